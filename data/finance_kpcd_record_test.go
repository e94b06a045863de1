package data_test

import (
	"strings"
	"testing"

	"socongdoan/data"
)

// Việc cần làm gets each KPCĐ month late or unpaid, and each past-deadline month
// never written down; one relief decision covers the months it names.
func TestKPCDTodosAndRelief(t *testing.T) {
	today := day(2026, 11, 2)
	records := []data.KPCDRecord{
		{ID: 1, Month: day(2026, 7, 1), Payroll: 500_000_000, Paid: 10_000_000, PaidOn: day(2026, 8, 20)},
		{ID: 2, Month: day(2026, 8, 1), Payroll: 500_000_000, Paid: 8_000_000, PaidOn: day(2026, 9, 10),
			ReliefKind: data.ReliefReduce, ReliefPercent: 20, ReliefDecision: "15/QĐ-LĐLĐ", ReliefDate: day(2026, 8, 5),
			ReliefFrom: day(2026, 8, 1), ReliefTo: day(2026, 10, 1)},
		{ID: 3, Month: day(2026, 9, 1), Payroll: 500_000_000, Paid: 8_000_000, PaidOn: day(2026, 10, 30)},
		{ID: 4, Month: day(2026, 5, 1), Payroll: 500_000_000},
	}
	todos := data.KPCDTodos(records, today)
	var got []string
	for _, td := range todos {
		got = append(got, data.MonthLabel(td.Due)+" "+td.Title)
	}
	text := strings.Join(got, "\n")
	for _, want := range []string{
		"06/2026 Đôn đốc doanh nghiệp đóng kinh phí công đoàn tháng 05/2026: Không đóng, còn thiếu 10.000.000 đ",
		"07/2026 Ghi kinh phí công đoàn tháng 06/2026",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if data.KPCDTodos(nil, today) != nil {
		t.Error("a chair who keeps no KPCĐ here gets KPCĐ items")
	}
	for _, not := range []string{"tháng 04/2026", "tháng 07/2026", "tháng 08/2026", "tháng 09/2026", "tháng 10/2026"} {
		if strings.Contains(text, not) {
			t.Errorf("%s is paid, reduced and paid, or not yet due:\n%s", not, text)
		}
	}
	lines := data.KPCDYear(2026, records, today, data.Fraction{Num: 75, Den: 100})
	if s := lines[8].Status; s.Due != 8_000_000 || s.State != data.KPCDOnTime || s.Share != 6_000_000 {
		t.Errorf("09/2026 under the reduction decided with 08/2026: %+v", s)
	}
}
