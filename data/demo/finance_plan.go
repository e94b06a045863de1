package demo

import (
	"context"
	"slices"
	"time"

	"socongdoan/data"
)

// The demo's dự toán, quyết toán, UBKT check with its cash count and công khai
// (issue 13 §6, §7). The figures come from the store's thu – chi books when it
// keeps them (data.ReadBudgetBooks); a store without books gets a small year of
// sample vouchers through the same computation, so every figure still obeys
// đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ.

// demoCategories is the sample mục lục the fallback books use ("ví dụ": a real
// CĐCS takes its codes from the upper level, DOMAIN-MODULES §A.2).
var demoCategories = []data.BudgetCategory{
	{Code: "T23", Name: "Thu đoàn phí công đoàn", Side: data.SideIncome},
	{Code: "T25", Name: "Kinh phí công đoàn cấp trên cấp", Side: data.SideIncome},
	{Code: "T24", Name: "Thu khác", Side: data.SideIncome},
	{Code: "C27", Name: "Phụ cấp cán bộ công đoàn", Side: data.SideSpend},
	{Code: "C29", Name: "Chi quản lý hành chính", Side: data.SideSpend},
	{Code: "C31", Name: "Chi tổ chức hoạt động phong trào", Side: data.SideSpend},
	{Code: "C33", Name: "Chi thăm hỏi đoàn viên", Side: data.SideSpend},
	{Code: "C37", Name: "Nộp đoàn phí về công đoàn cấp trên", Side: data.SideRemit},
}

// sampleBooks is a year of monthly vouchers for members đoàn viên, from an opening balance.
func sampleBooks(year, members int, from, to time.Time) data.BooksFigures {
	b := data.BooksFigures{Opening: data.CashBank{Cash: 2_000_000, Bank: 10_000_000}}
	var all []data.BookEntry
	add := func(m time.Month, d int, kind data.MovementKind, amount int64, bank bool, cat string) {
		all = append(all, data.BookEntry{Movement: data.Movement{Date: time.Date(year, m, d, 0, 0, 0, 0, time.UTC), Kind: kind, Amount: amount, Bank: bank}, Category: cat})
	}
	members = max(members, 20)      // a tiny register still keeps a sensible cash box
	dues := int64(members) * 30_000 // about 0.5% of a 6 million salary
	for m := time.January; m <= time.December; m++ {
		add(m, 10, data.MoveReceipt, dues, false, "T23")
		add(m, 21, data.MoveRemit, dues*30/100, true, "C37")
		add(m, 20, data.MoveReceipt, int64(members)*90_000, true, "T25")
		add(m, 25, data.MoveSpend, 500_000+int64(members)*5_000, true, "C27")
		add(m, 26, data.MoveSpend, 300_000, false, "C29")
		add(m, 27, data.MoveSpend, int64(members)*8_000, false, "C33")
		if m%3 == 0 {
			add(m, 28, data.MoveSpend, int64(members)*150_000, true, "C31")
		}
	}
	slices.SortStableFunc(all, func(a, b data.BookEntry) int { return a.Date.Compare(b.Date) })
	for _, e := range all { // the opening of from: everything before it
		if e.Date.Before(from) {
			b.Opening = applyDemo(b.Opening, e.Movement)
		} else if !e.Date.After(to) {
			b.Entries = append(b.Entries, e)
		}
	}
	return b
}

func applyDemo(b data.CashBank, m data.Movement) data.CashBank {
	p := &b.Cash
	if m.Bank {
		p = &b.Bank
	}
	if m.Kind == data.MoveReceipt {
		*p += m.Amount
	} else {
		*p -= m.Amount
	}
	return b
}

// demoLines reads the books of a period as the forms do.
func demoLines(ctx context.Context, store Store, members int, from, to time.Time) ([]data.BudgetLine, data.PeriodBooks, error) {
	cats, books, err := data.ReadBudgetBooks(ctx, store, from, to)
	if err == data.ErrNoBooks || err == nil && len(books.Entries) == 0 {
		cats, books, err = demoCategories, sampleBooks(from.Year(), members, from, to), nil
	}
	if err != nil {
		return nil, data.PeriodBooks{}, err
	}
	return data.ComputeBudgetLines(cats, books)
}

// fillFinancePlan writes last year's approved dự toán and yearly quyết toán, this
// year's dự toán, the first half's quyết toán once July has come, the UBKT's
// check of last year with a cash count, last year's công khai, and a cash count
// of this year.
func fillFinancePlan(ctx context.Context, store Store, p *data.Profile, members int, today time.Time) error {
	year := today.Year()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	workers := max(p.WorkersTotal, members)
	payroll := int64(workers) * 6_500_000 * 12

	lastLines, lastBooks, err := demoLines(ctx, store, members, day(year-1, 1, 1), day(year-1, 12, 31))
	if err != nil {
		return err
	}
	plan := func(ls []data.BudgetLine, pct int64) []data.BudgetLine {
		out := make([]data.BudgetLine, len(ls))
		for i, l := range ls {
			l.Plan = l.Figure * pct / 100 / 100_000 * 100_000
			l.Approved = l.Plan
			out[i] = l
		}
		return out
	}
	// Last year's dự toán was planned from the year before; the demo takes last
	// year's books as its estimate, a little lower.
	estimates := []*data.BudgetEstimate{
		{Year: year - 1, Workers: workers, FullTimeCadres: 0, Members: members, Payroll: payroll, Lines: plan(lastLines, 95),
			Explanation: "Dự toán căn cứ số lao động, đoàn viên và quỹ lương dự kiến.", SentDate: day(year-2, 12, 12),
			ApprovalNo: "45/TB-CĐ", ApprovalDate: day(year-1, 1, 20), UpperRemarks: "Đồng ý dự toán."},
		{Year: year, Workers: workers, Members: members, Payroll: payroll * 105 / 100, Lines: plan(lastLines, 105), BooksRead: day(year-1, 12, 10),
			Explanation: "Dự kiến tăng 5% lao động; tăng chi thăm hỏi đoàn viên.", SentDate: day(year-1, 12, 14),
			ApprovalNo: "12/TB-CĐ", ApprovalDate: day(year, 1, 18), UpperRemarks: "Đồng ý, đề nghị tiết kiệm chi hành chính."},
	}
	for _, e := range estimates {
		for i := range e.Lines { // last year's estimate: its own figure column is the year before's, unknown here
			if e.Year == year-1 {
				e.Lines[i].Book, e.Lines[i].Figure = 0, 0
			}
		}
		if err := data.BudgetEstimates.Store(store).Create(ctx, e); err != nil {
			return err
		}
	}
	settle := func(half int, ls []data.BudgetLine, pb data.PeriodBooks, plans []data.BudgetLine) *data.BudgetSettlement {
		for i := range ls {
			for _, pl := range plans {
				if pl.Side == ls[i].Side && pl.Code == ls[i].Code && pl.Name == ls[i].Name {
					ls[i].Plan = pl.Approved
					if half != 0 {
						ls[i].Plan /= 2
					}
				}
			}
		}
		return &data.BudgetSettlement{Half: half, Workers: workers, Payroll: payroll / 2, Members: members, DuesPayroll: payroll * 9 / 20,
			Lines: ls, ClosingCash: pb.Held.Cash, ClosingBank: pb.Held.Bank, Explanation: "Thu, chi theo đúng dự toán được duyệt; chứng từ đầy đủ."}
	}
	yearly := settle(0, lastLines, lastBooks, estimates[0].Lines)
	yearly.Year, yearly.Payroll, yearly.DuesPayroll = year-1, payroll, payroll*9/10
	yearly.BooksRead, yearly.SentDate = day(year, 1, 12), day(year, 1, 25)
	yearly.ApprovalNo, yearly.ApprovalDate, yearly.UpperRemarks = "08/TB-CĐ", day(year, 2, 26), "Duyệt quyết toán."
	for i := range yearly.Lines {
		yearly.Lines[i].Approved = yearly.Lines[i].Figure
	}
	settlements := []*data.BudgetSettlement{yearly}
	if today.Month() >= time.July {
		ls, pb, err := demoLines(ctx, store, members, day(year, 1, 1), day(year, 6, 30))
		if err != nil {
			return err
		}
		h := settle(1, ls, pb, estimates[1].Lines)
		h.Year, h.BooksRead, h.SentDate = year, day(year, 7, 5), day(year, 7, 10)
		settlements = append(settlements, h)
	}
	for _, s := range settlements {
		if err := data.BudgetSettlements.Store(store).Create(ctx, s); err != nil {
			return err
		}
	}

	// The UBKT checks last year's vouchers before the quyết toán goes up, and counts the cash.
	checker, cashier, accountant := "Lê Văn Hải", "Phạm Thị Hoa", "Ngô Văn Nam"
	count := func(cash int64) []data.CashCountRow {
		var rows []data.CashCountRow
		for _, d := range data.DefaultDenominations {
			if n := cash / d; n > 0 && d >= 10_000 {
				rows = append(rows, data.CashCountRow{Denomination: d, Count: int(n)})
				cash -= n * d
			}
		}
		return rows
	}
	checks := []*data.FinanceCheck{
		{Kind: data.CheckYearly, Date: day(year, 1, 10), Year: year - 1, Checker: checker, CheckerRole: "Chủ nhiệm Ủy ban kiểm tra",
			Participants: "Chủ tịch công đoàn cơ sở", Scope: "Chứng từ thu, chi năm " + itoa(year-1) + "; sổ quỹ tiền mặt, sổ tiền gửi; kiểm kê quỹ.",
			Findings: "Chứng từ đầy đủ, đúng mục lục; số dư sổ khớp với ngân hàng.", Recommendations: "Ghi sổ quỹ ngay trong ngày lập phiếu.",
			CashCounted: true, Cashier: cashier, Accountant: accountant, BookCash: lastBooks.Held.Cash, Counts: count(lastBooks.Held.Cash),
			Explanation: "Tiền lẻ dưới 10.000 đ để riêng trong phong bì."},
	}
	countDay := today.AddDate(0, 0, -2)
	if countDay.Year() == year {
		cash, err := data.CashOnHand(ctx, store, countDay)
		if err == data.ErrNoBooks {
			_, pb, _ := demoLines(ctx, store, members, day(year, 1, 1), countDay)
			cash, err = pb.Held.Cash, nil
		}
		if err != nil {
			return err
		}
		checks = append(checks, &data.FinanceCheck{Kind: data.CheckCash, Date: countDay, Year: year, Checker: checker,
			CheckerRole: "Chủ nhiệm Ủy ban kiểm tra", Scope: "Kiểm kê đột xuất quỹ tiền mặt", Cashier: cashier, Accountant: accountant,
			BookCash: cash, Counts: count(cash), Explanation: "Tiền lẻ dưới 10.000 đ để riêng trong phong bì."})
	}
	for _, c := range checks {
		if err := data.FinanceChecks.Store(store).Create(ctx, c); err != nil {
			return err
		}
	}
	if d := day(year, 3, 20); !d.After(today) {
		return data.FinanceDisclosures.Store(store).Create(ctx, &data.FinanceDisclosure{Year: year - 1, Date: d, AtBCH: true, Posted: true, AtConference: true,
			Place: "Hội nghị người lao động; bảng tin nhà ăn ca", Content: "Quyết toán thu, chi tài chính công đoàn năm " + itoa(year-1) + " đã được duyệt và dự toán năm " + itoa(year) + ".",
			Evidence: "Biên bản hội nghị; ảnh bảng tin lưu trong hồ sơ tài chính."})
	}
	return nil
}

func itoa(n int) string { return time.Date(n, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006") }
