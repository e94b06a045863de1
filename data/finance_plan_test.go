package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
)

var planCats = []data.BudgetCategory{
	{Code: "T23", Name: "Thu đoàn phí", Side: data.SideIncome},
	{Code: "T25", Name: "Kinh phí cấp trên cấp", Side: data.SideIncome},
	{Code: "C33", Name: "Chi thăm hỏi", Side: data.SideSpend},
	{Code: "C37", Name: "Nộp đoàn phí cấp trên", Side: data.SideRemit},
}

func planBooks() data.BooksFigures {
	return data.BooksFigures{Opening: data.CashBank{Cash: 1_000_000, Bank: 4_000_000}, Entries: []data.BookEntry{
		{Movement: data.Movement{Date: day(2026, 1, 5), Kind: data.MoveReceipt, Amount: 3_000_000}, Category: "T23"},
		{Movement: data.Movement{Date: day(2026, 1, 6), Kind: data.MoveReceipt, Amount: 10_000_000, Bank: true}, Category: "T25"},
		{Movement: data.Movement{Date: day(2026, 2, 1), Kind: data.MoveSpend, Amount: 500_000}, Category: "C33"},
		{Movement: data.Movement{Date: day(2026, 2, 2), Kind: data.MoveSpend, Amount: 700_000}, Category: "C99"}, // not in the catalogue
		{Movement: data.Movement{Date: day(2026, 2, 3), Kind: data.MoveRemit, Amount: 900_000}, Category: "C37"},
		{Movement: data.Movement{Date: day(2026, 2, 4), Kind: data.MoveDeposit, Amount: 1_000_000}, Category: "CQ"},
	}}
}

func lineOf(t *testing.T, ls []data.BudgetLine, side data.LineSide, code string) data.BudgetLine {
	t.Helper()
	for _, l := range ls {
		if l.Side == side && l.Code == code {
			return l
		}
	}
	t.Fatalf("no line %s %s in %+v", side, code, ls)
	return data.BudgetLine{}
}

func TestComputeBudgetLinesTakesEveryVoucherThroughTheCatalogue(t *testing.T) {
	ls, p, err := data.ComputeBudgetLines(planCats, planBooks())
	if err != nil {
		t.Fatal(err)
	}
	if got := lineOf(t, ls, data.SideIncome, "T23").Figure; got != 3_000_000 {
		t.Errorf("T23 = %d", got)
	}
	if got := lineOf(t, ls, data.SideSpend, "C99"); got.Figure != 700_000 || !strings.Contains(got.Name, "C99") {
		t.Errorf("an unknown code keeps its money on a line of its own: %+v", got)
	}
	if got := lineOf(t, ls, data.SideRemit, "C37").Figure; got != 900_000 {
		t.Errorf("remitted = %d", got)
	}
	tot := data.SumBudget(ls, data.ColFigure)
	// 5.000.000 + 13.000.000 - 1.200.000 - 900.000 = 15.900.000; the deposit is neither thu nor chi.
	if tot.Opening != 5_000_000 || tot.Income != 13_000_000 || tot.Spend != 1_200_000 || tot.Remit != 900_000 || tot.Closing != 15_900_000 {
		t.Errorf("totals %+v", tot)
	}
	if p.Held.Cash != 900_000 || p.Held.Bank != 15_000_000 {
		t.Errorf("held %+v", p.Held)
	}
	s := data.BudgetSettlement{Year: 2026, Half: 1, Lines: ls, ClosingCash: p.Held.Cash, ClosingBank: p.Held.Bank}
	s.Normalize()
	for _, pr := range s.Validate() {
		t.Errorf("a settlement straight from the books: %v", pr)
	}
}

func TestMergeBudgetLinesKeepsWhatTheChairTyped(t *testing.T) {
	old, _, _ := data.ComputeBudgetLines(planCats, planBooks())
	for i := range old {
		switch {
		case old[i].Code == "T23":
			old[i].Figure, old[i].Typed = 3_500_000, true // typed over the books
		case old[i].Code == "C33":
			old[i].Plan, old[i].Approved = 2_000_000, 1_800_000
		}
	}
	old = append(old, data.BudgetLine{Code: "C50", Name: "Chi khác (gõ tay)", Side: data.SideSpend, Figure: 100_000, Typed: true})
	books := planBooks()
	books.Entries = append(books.Entries,
		data.BookEntry{Movement: data.Movement{Date: day(2026, 3, 1), Kind: data.MoveReceipt, Amount: 1_000_000}, Category: "T23"},
		data.BookEntry{Movement: data.Movement{Date: day(2026, 3, 2), Kind: data.MoveSpend, Amount: 300_000}, Category: "C33"})
	fresh, _, err := data.ComputeBudgetLines(planCats, books)
	if err != nil {
		t.Fatal(err)
	}
	got := data.MergeBudgetLines(old, fresh)
	if l := lineOf(t, got, data.SideIncome, "T23"); l.Figure != 3_500_000 || l.Book != 4_000_000 || !l.Typed {
		t.Errorf("a typed figure was recomputed over: %+v", l)
	}
	if l := lineOf(t, got, data.SideSpend, "C33"); l.Figure != 800_000 || l.Plan != 2_000_000 || l.Approved != 1_800_000 {
		t.Errorf("the books' figure moves, the dự toán and approved figure stay: %+v", l)
	}
	if l := lineOf(t, got, data.SideSpend, "C50"); l.Figure != 100_000 {
		t.Errorf("a line the chair added is kept: %+v", l)
	}
	// It stays among the chi lines, before the remittances and the closing balance.
	if got[len(got)-1].Side != data.SideClosing {
		t.Errorf("last line %+v", got[len(got)-1])
	}
	for i := 1; i < len(got); i++ {
		if rank(got[i].Side) < rank(got[i-1].Side) {
			t.Errorf("line %d (%s) out of order", i, got[i].Name)
		}
	}
}

func rank(s data.LineSide) int {
	for i, x := range data.LineSides {
		if x == s {
			return i
		}
	}
	return -1
}

func TestSettlementThatDoesNotReconcileIsWarned(t *testing.T) {
	ls, p, _ := data.ComputeBudgetLines(planCats, planBooks())
	ls[1].Figure, ls[1].Typed = ls[1].Figure+1_000, true
	s := data.BudgetSettlement{Year: 2026, Lines: ls, ClosingCash: p.Held.Cash, ClosingBank: p.Held.Bank}
	s.Normalize()
	ps := s.Validate()
	if ps.Err() != nil {
		t.Fatalf("typed figures are allowed: %v", ps.Err())
	}
	var msgs []string
	for _, p := range ps {
		msgs = append(msgs, p.Message)
	}
	all := strings.Join(msgs, "\n")
	if !strings.Contains(all, "chênh -1.000 đ") || !strings.Contains(all, "1 dòng có số liệu gõ tay") {
		t.Errorf("warnings: %s", all)
	}
}

func TestCashCount(t *testing.T) {
	c := data.FinanceCheck{Kind: data.CheckCash, Date: day(2026, 12, 31), Checker: "Lê Văn Hải", Cashier: "Phạm Thị Hoa",
		BookCash: 1_250_000, Counts: []data.CashCountRow{{Denomination: 500_000, Count: 2}, {Denomination: 100_000, Count: 2}, {}}}
	c.Normalize()
	if c.Year != 2026 || !c.CashCounted || len(c.Counts) != 2 {
		t.Fatalf("normalized %+v", c)
	}
	if c.Counted() != 1_200_000 || c.Difference() != -50_000 {
		t.Errorf("counted %d, difference %d", c.Counted(), c.Difference())
	}
	ps := c.Validate()
	if ps.Err() != nil || len(ps) != 1 || !strings.Contains(ps[0].Message, "chênh -50.000 đ") {
		t.Errorf("a difference without explanation: %v", ps)
	}
	c.Counts = append(c.Counts, data.CashCountRow{Denomination: 500_000, Count: 1})
	c.Checker = "phạm thị hoa"
	ps = c.Validate()
	if ps.Err() == nil || !strings.Contains(ps.Err().Error(), "Dòng 3: mệnh giá 500.000 đ đã có") {
		t.Errorf("a denomination twice: %v", ps)
	}
	if !strings.Contains(ps.Warnings()[0].Message, "thủ quỹ") {
		t.Errorf("the cashier checking herself: %v", ps.Warnings())
	}
}

func TestDisclosureNeedsAForm(t *testing.T) {
	d := data.FinanceDisclosure{Year: 2026, Date: day(2027, 3, 1)}
	if err := d.Validate().Err(); err == nil || !strings.Contains(err.Error(), "ít nhất một hình thức") {
		t.Errorf("no form: %v", err)
	}
	d.AtBCH = true
	if ps := d.Validate(); ps.Err() != nil || len(ps.Warnings()) != 1 {
		t.Errorf("only at the BCH: %v", ps)
	}
	d.Posted = true
	if ps := d.Validate(); len(ps) != 0 {
		t.Errorf("BCH and posted: %v", ps)
	}
}

func todoTitles(ts []data.Todo) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Due.Format("02/01/2006")+" "+t.Title)
	}
	return strings.Join(out, "\n")
}

func TestFinancePlanTodos(t *testing.T) {
	d := data.DefaultFinanceDeadlines()
	// 10 January 2027: last year's quyết toán (31/01) and the UBKT check (15/01) are
	// due; last month's KPCĐ and đoàn phí by the end of January.
	got := todoTitles(data.FinancePlanTodos(data.FinancePlanRecords{}, d, day(2027, 1, 10)))
	for _, want := range []string{"31/01/2027 Kiểm tra doanh nghiệp đã đóng KPCĐ tháng 12/2026", "31/01/2027 Nộp đoàn phí tháng 12/2026",
		"31/01/2027 Lập và gửi quyết toán năm 2026", "15/01/2027 Ủy ban kiểm tra kiểm tra tài chính năm 2026"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if !strings.Contains(got, "15/12/2026 Lập và gửi dự toán thu, chi năm 2027") || strings.Contains(got, "năm 2028") {
		t.Errorf("the 2027 dự toán not sent is still due; 2028's not until next December:\n%s", got)
	}
	// Checked, sent and approved: the công khai is what remains, 30 days after the approval.
	recs := data.FinancePlanRecords{
		Checks:      []data.FinanceCheck{{Kind: data.CheckYearly, Year: 2026, Date: day(2027, 1, 8)}},
		Settlements: []data.BudgetSettlement{{ID: 4, Year: 2026, SentDate: day(2027, 1, 20), ApprovalDate: day(2027, 2, 10)}},
	}
	got = todoTitles(data.FinancePlanTodos(recs, d, day(2027, 2, 15)))
	if strings.Contains(got, "quyết toán năm") || strings.Contains(got, "Ủy ban kiểm tra") || !strings.Contains(got, "12/03/2027 Công khai tài chính năm 2026") {
		t.Errorf("after approval:\n%s", got)
	}
	recs.Disclosures = []data.FinanceDisclosure{{Year: 2026}}
	if got = todoTitles(data.FinancePlanTodos(recs, d, day(2027, 2, 15))); strings.Contains(got, "Công khai") {
		t.Errorf("published:\n%s", got)
	}
	// December: next year's dự toán; quarterly dues only in the quarter's first month.
	d.DuesRemitQuarterly = true
	got = todoTitles(data.FinancePlanTodos(data.FinancePlanRecords{}, d, day(2026, 12, 1)))
	if !strings.Contains(got, "15/12/2026 Lập và gửi dự toán thu, chi năm 2027") || strings.Contains(got, "đoàn phí") {
		t.Errorf("December:\n%s", got)
	}
	got = todoTitles(data.FinancePlanTodos(data.FinancePlanRecords{}, d, day(2026, 7, 3)))
	if !strings.Contains(got, "Nộp đoàn phí quý 2/2026") || !strings.Contains(got, "15/07/2026 Lập và gửi quyết toán 6 tháng đầu năm 2026") {
		t.Errorf("July:\n%s", got)
	}
}

func TestMonthDay(t *testing.T) {
	m, err := data.ParseMonthDay(" 31/2 ")
	if err != nil || m.In(2027) != time.Date(2027, 2, 28, 0, 0, 0, 0, time.UTC) || m.String() != "31/02" {
		t.Errorf("31/2: %v %v", m, err)
	}
	if _, err := data.ParseMonthDay("15-12"); err == nil {
		t.Error("15-12 accepted")
	}
}

func TestFinanceDeadlinesInVieccanlam(t *testing.T) {
	set := data.RecordSet{
		data.KindBudgetSettlement: []data.BudgetSettlement{{ID: 3, Year: 2026, SentDate: day(2027, 1, 20), ApprovalDate: day(2027, 2, 10)}},
		data.KindFinanceCheck:     []data.FinanceCheck{{Kind: data.CheckYearly, Year: 2026}},
	}
	s := data.DefaultRuleSettings()
	s.FinanceDeadlines.DisclosureDays = 10
	got := todoTitles(data.Todos(data.TodoInput{Settings: s, Records: set}, day(2027, 2, 15), nil))
	if !strings.Contains(got, "20/02/2027 Công khai tài chính năm 2026") || !strings.Contains(got, "28/02/2027 Kiểm tra doanh nghiệp đã đóng KPCĐ tháng 1/2027") {
		t.Errorf("Việc cần làm:\n%s", got)
	}
	for _, td := range data.Todos(data.TodoInput{Settings: s, Records: set}, day(2027, 2, 15), nil) {
		if strings.Contains(td.Title, "KPCĐ") && td.RecordName() != "Theo dõi KPCĐ (Tài chính)" {
			t.Errorf("a reminder about no record names %q", td.RecordName())
		}
	}
}
