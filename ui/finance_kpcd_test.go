package ui

import (
	"strings"
	"testing"

	"socongdoan/data"
)

// The KPCĐ tab: a month written through its form shows its 2% and state, and a
// month left unpaid 60 days after its deadline is không đóng.
func TestKPCDForm(t *testing.T) {
	u, store := newTestUI(t)
	u.open(financeSectionIndex(u))
	u.rec.kpcdMonth = day(2026, 7, 1)
	u.openRecord(data.RecordRef{Kind: data.KindKPCD})
	f := u.rec.kpcd
	if f == nil || f.month.value() != day(2026, 7, 1) {
		t.Fatalf("the form opens on the month clicked: %+v", f)
	}
	f.payroll.SetText("500.000.000")
	f.paid.SetText("4.000.000")
	f.paidOn.set(day(2026, 8, 20), false)
	if !strings.Contains(f.state.Text, "Phải đóng 10.000.000 đ, hạn 31/08/2026: Không đóng. Còn thiếu 6.000.000 đ sau 60 ngày") {
		t.Errorf("state on 21/11/2026: %q", f.state.Text)
	}
	f.paidOn.set(day(2026, 12, 1), false)
	if f.submit() {
		t.Fatal("a payment dated after today was saved")
	}
	f.paidOn.set(day(2026, 8, 20), false)
	if !f.submit() {
		t.Fatal("not saved")
	}
	shot(t, u, "kpcd-form")
	ks, err := data.KPCDs.Store(store).List(u.ctx)
	if err != nil || len(ks) != 1 || ks[0].Payroll != 500_000_000 {
		t.Fatalf("saved: %+v %v", ks, err)
	}
	lines := data.KPCDYear(2026, ks, day(2026, 11, 1), data.Fraction{Num: 75, Den: 100})
	if lines[6].Status.State != data.KPCDNotPaid {
		t.Errorf("on 01/11/2026, 62 days after 31/08: %s", lines[6].Status.State)
	}
	if l := data.KPCDYear(2026, ks, day(2026, 10, 30), data.Fraction{}); l[6].Status.State != data.KPCDLate {
		t.Errorf("on 30/10/2026, the 60th day: %s", l[6].Status.State)
	}
}

// Việc cần làm: a KPCĐ month past its deadline with no record opens the form on
// that month, not on last month (issue 13 bug: it opened 10/2026 for 08/2026).
func TestKPCDTodoOpensOverdueMonth(t *testing.T) {
	u, store := newTestUI(t)
	if err := data.KPCDs.Store(store).Create(u.ctx, &data.KPCDRecord{Month: day(2026, 7, 1), Payroll: 500_000_000,
		Paid: 10_000_000, PaidOn: day(2026, 8, 20)}); err != nil {
		t.Fatal(err)
	}
	s := openOverview(t, u)
	i, td := todoFor(t, s, "Ghi kinh phí công đoàn tháng 08/2026")
	if td.Record.ID != 0 || td.Period != day(2026, 8, 1) {
		t.Fatalf("the todo: %+v", td)
	}
	s.list.OnSelected(i)
	if f := u.rec.kpcd; f == nil || f.month.value() != day(2026, 8, 1) {
		t.Fatalf("the form opens on the overdue month 08/2026: %+v", f)
	}
}
