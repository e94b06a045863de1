package reports

import (
	"strings"
	"testing"

	"socongdoan/data"
)

// Issue 13 point 9: the statistics table takes đoàn phí and KPCĐ from the books
// when the chair typed none; a typed figure stays hers, with the books' figure
// in the note and a warning when they differ; the books' rows and part II.5
// follow the period's identity.
func TestFinanceFiguresFromTheBooks(t *testing.T) {
	f := &data.AnnualFacts{Period: data.YearPeriod(2026)}
	f.Records.Finance = &data.FinanceFacts{DuesMonths: 11, Dues: data.DuesTotals{Due: 1_000_000, Collected: 900_000, Standard: 900_000, Remit: 270_000, Kept: 630_000},
		KPCDMonths: 11, KPCDDue: 2_000_000, KPCDPaid: 1_500_000, KPCDReturned: 1_125_000, KPCDOverdue: 1,
		Books:    &data.PeriodBooks{Opening: 100_000, Receipts: 2_400_000, Spending: 500_000, Remitted: 270_000, Closing: 1_730_000, Held: data.CashBank{Cash: 230_000, Bank: 1_500_000}},
		Receipts: []data.CategoryAmount{{Code: "T02", Name: "Đoàn phí công đoàn", Amount: 900_000}},
		Spending: []data.CategoryAmount{{Code: "C04", Name: "Thăm hỏi đoàn viên", Amount: 500_000}}}
	row := func(rows [][]string, label string) []string {
		for _, r := range rows {
			if strings.TrimPrefix(r[1], "- ") == label {
				return r
			}
		}
		t.Fatalf("no row %q", label)
		return nil
	}
	rows := statisticsRows(f, data.Narrative{})
	if r := row(rows, "Đoàn phí công đoàn đã thu"); r[3] != "900.000" || r[4] != "theo sổ thu đoàn phí, 11 tháng" {
		t.Errorf("dues from the books: %q", r)
	}
	if r := row(rows, "Kinh phí công đoàn doanh nghiệp đã đóng"); r[3] != "1.500.000" {
		t.Errorf("KPCĐ from the books: %q", r)
	}
	if r := row(rows, "Tồn quỹ cuối kỳ"); r[3] != "1.730.000" {
		t.Errorf("closing: %q", r)
	}
	if r := row(rows, "Thăm hỏi đoàn viên"); r[3] != "500.000" || r[4] != "C04" {
		t.Errorf("chi by mục lục: %q", r)
	}
	typed := data.Narrative{data.FigDues: "950.000", data.FigKPCD: "1.500.000"}
	rows = statisticsRows(f, typed)
	if r := row(rows, "Đoàn phí công đoàn đã thu"); r[3] != "950.000" || !strings.Contains(r[4], "số đã nhập; theo sổ thu đoàn phí, 11 tháng: 900.000") {
		t.Errorf("a typed figure stays, the books beside it: %q", r)
	}
	if r := row(rows, "Kinh phí công đoàn doanh nghiệp đã đóng"); r[3] != "1.500.000" || strings.Contains(r[4], "số đã nhập") {
		t.Errorf("a typed figure equal to the books: %q", r)
	}
	w := financeWarnings(f, typed)
	if len(w) != 1 || !strings.Contains(w[0], "950.000") || !strings.Contains(w[0], "900.000") {
		t.Errorf("warnings: %q", w)
	}
	text := strings.Join(financeFacts(f), "\n")
	for _, want := range []string{"đã thu 900.000 đồng (90%)", "nộp công đoàn cấp trên 270.000 đồng", "đã đóng 1.500.000 đồng (75%)",
		"còn 1 tháng chậm đóng", "tồn quỹ cuối kỳ 1.730.000 đồng (tiền mặt 230.000 đồng, tiền gửi ngân hàng 1.500.000 đồng)", "thăm hỏi đoàn viên 500.000 đồng"} {
		if !strings.Contains(text, want) {
			t.Errorf("II.5 lacks %q:\n%s", want, text)
		}
	}
	// No books kept: the typed figures print as typed, nothing added.
	f.Records.Finance = nil
	if r := row(statisticsRows(f, typed), "Đoàn phí công đoàn đã thu"); r[3] != "950.000" || r[4] != "" {
		t.Errorf("without books: %q", r)
	}
	if financeFacts(f) != nil {
		t.Error("II.5 without books")
	}
}
