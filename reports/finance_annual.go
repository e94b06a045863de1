package reports

import (
	"context"
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The finance figures of the báo cáo tổng kết / sơ kết and the biểu thống kê
// from the books (issue 13 point 9; data.FinanceFacts): each part here is
// called by one line of annual.go, statistics.go and prepare.go.

// gatherFinance adds the period's finance figures to f, when the store keeps
// the finance books (a store without them leaves the typed figures alone).
func gatherFinance(ctx context.Context, src *Sources, f *data.AnnualFacts, rs data.RuleSettings) error {
	books, ok := src.Records.(data.FinanceBooks)
	if !ok {
		return nil
	}
	ff, err := data.GatherFinanceFacts(ctx, books, f.Period, f.AsOf, rs.Finance)
	f.Records.Finance = ff
	return err
}

// financeFigure is a typed figure's cell of the statistics table with the books
// beside it: the books' figure when the chair typed none; hers when she did,
// with the books' in the note when they differ.
func financeFigure(f *data.AnnualFacts, n data.Narrative, key, value, note string) (string, string) {
	books, how, ok := f.Records.Finance.BooksFigure(key)
	if !ok {
		return value, note
	}
	typed, isTyped, _ := n.Figure(key)
	switch {
	case !isTyped:
		return count64(books), how
	case typed != books:
		return value, "số đã nhập; " + how + ": " + count64(books)
	}
	return value, how
}

// financeWarnings tell the chair, before printing, where her typed figure and
// the books differ (both are printed; hers stands).
func financeWarnings(f *data.AnnualFacts, n data.Narrative) []string {
	var out []string
	for _, fig := range []struct{ key, label string }{{data.FigDues, "Đoàn phí đã thu"}, {data.FigKPCD, "KPCĐ doanh nghiệp đã đóng"}} {
		books, how, ok := f.Records.Finance.BooksFigure(fig.key)
		if typed, isTyped, _ := n.Figure(fig.key); ok && isTyped && typed != books {
			out = append(out, fmt.Sprintf("%s: in số đã nhập %s đồng; %s là %s đồng (in cả hai)", fig.label, count64(typed), how, count64(books)))
		}
	}
	return out
}

// financeStatRows are the rows of the books in the statistics table: thu by
// mục lục, chi by mục lục, nộp cấp trên, and the balances at the period's end.
func financeStatRows(f *data.AnnualFacts, top, sub func(label, unit, value, note string)) {
	ff := f.Records.Finance
	if ff == nil || ff.Books == nil {
		return
	}
	b := ff.Books
	top("Tồn quỹ đầu kỳ (ngày "+vn.FormatDate(f.Period.From)+")", "đồng", count64(b.Opening), "")
	top("Tổng thu tài chính công đoàn trong kỳ", "đồng", count64(b.Receipts), "theo sổ quỹ và sổ tiền gửi")
	for _, c := range ff.Receipts {
		sub(c.Name, "đồng", count64(c.Amount), c.Code)
	}
	top("Tổng chi trong kỳ", "đồng", count64(b.Spending), "")
	for _, c := range ff.Spending {
		sub(c.Name, "đồng", count64(c.Amount), c.Code)
	}
	top("Nộp cấp trên", "đồng", count64(b.Remitted), "")
	top("Tồn quỹ cuối kỳ", "đồng", count64(b.Closing), "")
	sub("Tiền mặt", "đồng", count64(b.Held.Cash), "")
	sub("Tiền gửi ngân hàng", "đồng", count64(b.Held.Bank), "")
}

// financeFacts is what the books write in part II.5 (kiểm tra, tài chính):
// đoàn phí, KPCĐ and the identity of the period's books.
func financeFacts(f *data.AnnualFacts) []string {
	ff := f.Records.Finance
	if ff == nil {
		return nil
	}
	var out []string
	if ff.DuesMonths > 0 {
		d := ff.Dues
		s := fmt.Sprintf("Thu đoàn phí %s tháng: phải thu %s đồng, đã thu %s đồng (%s); nộp công đoàn cấp trên %s đồng, để lại công đoàn cơ sở %s đồng",
			count(ff.DuesMonths), count64(d.Due), count64(d.Collected), pct64(d.Collected, d.Due), count64(d.Remit), count64(d.Kept))
		if d.Excess > 0 {
			s += fmt.Sprintf(", trong đó phần thu trên mức 0,5%% công đoàn cơ sở giữ lại 100%%: %s đồng", count64(d.Excess))
		}
		out = append(out, s+".")
	}
	if ff.KPCDMonths > 0 {
		s := fmt.Sprintf("Kinh phí công đoàn %s tháng: doanh nghiệp phải đóng %s đồng, đã đóng %s đồng (%s); công đoàn cấp trên cấp lại %s đồng",
			count(ff.KPCDMonths), count64(ff.KPCDDue), count64(ff.KPCDPaid), pct64(ff.KPCDPaid, ff.KPCDDue), count64(ff.KPCDReturned))
		if ff.KPCDOverdue > 0 {
			s += fmt.Sprintf("; còn %s tháng chậm đóng hoặc chưa đóng", count(ff.KPCDOverdue))
		}
		out = append(out, s+".")
	}
	if b := ff.Books; b != nil {
		out = append(out, fmt.Sprintf("Tồn quỹ đầu kỳ %s đồng; tổng thu %s đồng; tổng chi %s đồng; nộp cấp trên %s đồng; tồn quỹ cuối kỳ %s đồng (tiền mặt %s đồng, tiền gửi ngân hàng %s đồng).",
			count64(b.Opening), count64(b.Receipts), count64(b.Spending), count64(b.Remitted), count64(b.Closing), count64(b.Held.Cash), count64(b.Held.Bank)))
		if len(ff.Spending) > 0 {
			var parts []string
			for _, c := range ff.Spending {
				parts = append(parts, fmt.Sprintf("%s %s đồng", lowerFirst(c.Name), count64(c.Amount)))
			}
			out = append(out, "Các khoản chi: "+strings.Join(parts, "; ")+".")
		}
	}
	return out
}

// pct64 is part of whole as a percentage for the text: "98,5%".
func pct64(part, whole int64) string {
	if whole <= 0 {
		return "—"
	}
	return vn.Percent(part, whole)
}
