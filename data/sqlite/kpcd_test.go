package sqlite_test

import (
	"testing"

	"socongdoan/data"
)

func kpcdFixture() *data.KPCDRecord {
	return &data.KPCDRecord{Month: day(2026, 3, 1), Workers: 120, Payroll: 1_200_000_000, Paid: 24_000_000, PaidOn: day(2026, 4, 25),
		Returned: 18_000_000, Notes: "Đóng cùng BHXH"}
}

func kpcdFixture2() *data.KPCDRecord {
	return &data.KPCDRecord{Month: day(2026, 4, 1), Workers: 118, Payroll: 1_180_000_000, Paid: 18_880_000, PaidOn: day(2026, 5, 30),
		Returned: 14_160_000, ReliefKind: data.ReliefReduce, ReliefPercent: 20, ReliefDecision: "12/QĐ-LĐLĐ", ReliefDate: day(2026, 3, 20),
		ReliefFrom: day(2026, 4, 1), ReliefTo: day(2026, 6, 1), Notes: "Giảm 20%"}
}

// A month is kept whole and judged by Decree 105: a second record for the same
// month is a question, a payment dated after today is refused.
func TestKPCDMonths(t *testing.T) {
	s := mustOpen(t)
	store := data.KPCDs.Store(s)
	must(t, store.Create(ctx, kpcdFixture()))
	err := store.Create(ctx, kpcdFixture())
	if data.ErrorCode(err) != data.ECONFIRM {
		t.Errorf("a second record of 03/2026: %v", err)
	}
	bad := kpcdFixture2()
	bad.PaidOn = day(2026, 7, 1)
	if err := store.Create(ctx, bad); data.ErrorCode(err) != data.EINVALID {
		t.Errorf("paid after today: %v", err)
	}
	must(t, store.Create(ctx, kpcdFixture2()))
	all, err := store.List(ctx)
	must(t, err)
	lines := data.KPCDYear(2026, all, today, data.Fraction{Num: 75, Den: 100})
	if len(lines) != 6 || lines[2].Status.State != data.KPCDOnTime || lines[3].Status.Due != 18_880_000 || lines[3].Status.State != data.KPCDOnTime {
		t.Errorf("year: %+v", lines)
	}
}
