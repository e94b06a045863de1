package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// booksStore is the store with the thu – chi books of a test.
type booksStore struct {
	*sqlite.Store
	cats    []data.BudgetCategory
	entries []data.BookEntry
}

func (b *booksStore) BudgetBooks(_ context.Context, from, to time.Time) ([]data.BudgetCategory, data.BooksFigures, error) {
	out := data.BooksFigures{Opening: data.CashBank{Cash: 2_000_000, Bank: 8_000_000}}
	for _, e := range b.entries {
		if !e.Date.Before(from) && !e.Date.After(to) {
			out.Entries = append(out.Entries, e)
		}
	}
	return b.cats, out, nil
}

func newBooksTestUI(t *testing.T) (*UI, *booksStore) {
	u, store := newTestUI(t)
	b := &booksStore{Store: store,
		cats: []data.BudgetCategory{{Code: "T23", Name: "Thu đoàn phí", Side: data.SideIncome},
			{Code: "C33", Name: "Chi thăm hỏi", Side: data.SideSpend}, {Code: "C37", Name: "Nộp đoàn phí cấp trên", Side: data.SideRemit}},
		entries: []data.BookEntry{
			{Movement: data.Movement{Date: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Kind: data.MoveReceipt, Amount: 3_000_000}, Category: "T23"},
			{Movement: data.Movement{Date: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Kind: data.MoveSpend, Amount: 500_000}, Category: "C33"},
			{Movement: data.Movement{Date: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), Kind: data.MoveRemit, Amount: 900_000}, Category: "C37"},
		}}
	u.svc.Store = b
	return u, b
}

func lineRow(t *testing.T, f *budgetForm, code string) *budgetLineRow {
	t.Helper()
	for _, r := range f.lineRows {
		if r.line.Code == code && r.code.Text == code {
			return r
		}
	}
	t.Fatalf("no line %s", code)
	return nil
}

func TestSettlementFormFromTheBooksKeepsTypedFigures(t *testing.T) {
	u, books := newBooksTestUI(t)
	u.win.Resize(fyne.NewSize(1024, 600))
	u.openRecord(data.RecordRef{Kind: data.KindBudgetSettlement})
	f := u.rec.budget
	f.year.set(2026)
	f.half.set(1)
	if got := lineRow(t, f, "T23").figure.Text; got != "3.000.000" {
		t.Fatalf("T23 from the books: %q", got)
	}
	if f.closingCash.Text != "3.600.000" || f.closingBank.Text != "8.000.000" {
		t.Errorf("closing cash %q bank %q", f.closingCash.Text, f.closingBank.Text)
	}
	shot(t, u, "quyet-toan-1024")
	lineRow(t, f, "T23").figure.SetText("3.000.0000") // a typo the chair must fix
	if f.submit() || !strings.Contains(f.rows[data.FieldBudgetLines].errMsg.Text, "Thu đoàn phí") {
		t.Fatalf("a typo in a figure: %q", f.rows[data.FieldBudgetLines].errMsg.Text)
	}
	lineRow(t, f, "T23").figure.SetText("3.100.000")
	if !lineRow(t, f, "T23").line.Typed || !lineRow(t, f, "T23").fromBook.Visible() {
		t.Fatal("a figure typed over the books is not marked")
	}
	if !f.submit() {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	if f.answer != nil {
		t.Fatalf("a question: %s", f.summary.Text)
	}
	ss, err := data.BudgetSettlements.Store(books).List(u.ctx)
	if err != nil || len(ss) != 1 {
		t.Fatalf("saved %v %v", ss, err)
	}
	s := ss[0]
	if l := findLine(s.Lines, "T23"); l.Figure != 3_100_000 || l.Book != 3_000_000 || !l.Typed {
		t.Errorf("stored T23 %+v", l)
	}

	// More vouchers, then the books read again: the typed figure stays, the rest follows the books.
	books.entries = append(books.entries,
		data.BookEntry{Movement: data.Movement{Date: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), Kind: data.MoveReceipt, Amount: 1_000_000}, Category: "T23"},
		data.BookEntry{Movement: data.Movement{Date: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC), Kind: data.MoveSpend, Amount: 200_000}, Category: "C33"})
	u.openRecord(data.RecordRef{Kind: data.KindBudgetSettlement, ID: s.ID})
	f = u.rec.budget
	test.Tap(f.readBooks)
	if r := lineRow(t, f, "T23"); r.figure.Text != "3.100.000" || r.book.Text != "4.000.000" {
		t.Errorf("typed T23 after reading the books: figure %q, books %q", r.figure.Text, r.book.Text)
	}
	if r := lineRow(t, f, "C33"); r.figure.Text != "700.000" {
		t.Errorf("C33 follows the books: %q", r.figure.Text)
	}
	if !strings.Contains(f.totals.Text, "1 dòng số gõ tay") {
		t.Errorf("totals: %q", f.totals.Text)
	}
	test.Tap(lineRow(t, f, "T23").fromBook)
	if r := lineRow(t, f, "T23"); r.figure.Text != "4.000.000" || r.line.Typed {
		t.Errorf("Theo sổ: %q typed %v", r.figure.Text, r.line.Typed)
	}
	if !f.submit() {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	got, _ := data.BudgetSettlements.Store(books).Get(u.ctx, s.ID)
	if l := findLine(got.Lines, "T23"); l.Figure != 4_000_000 || l.Typed {
		t.Errorf("after Theo sổ: %+v", l)
	}
	if got.ClosingCash != 4_400_000 {
		t.Errorf("closing cash %d", got.ClosingCash)
	}
}

func findLine(ls []data.BudgetLine, code string) data.BudgetLine {
	for _, l := range ls {
		if l.Code == code {
			return l
		}
	}
	return data.BudgetLine{}
}

func TestEstimateFormPlansFromLastYear(t *testing.T) {
	u, books := newBooksTestUI(t)
	u.openRecord(data.RecordRef{Kind: data.KindBudgetEstimate})
	f := u.rec.budget
	f.year.set(2027) // ước thực hiện năm trước: the books of 2026
	r := lineRow(t, f, "T23")
	if r.figure.Text != "3.000.000" || r.plan.Text != "3.000.000" {
		t.Fatalf("T23: figure %q plan %q", r.figure.Text, r.plan.Text)
	}
	r.plan.SetText("3.500.000")
	r.approved.SetText("3.400.000")
	test.Type(f.members, "8")
	shot(t, u, "du-toan")
	if !f.submit() {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	es, _ := data.BudgetEstimates.Store(books).List(u.ctx)
	if len(es) != 1 || findLine(es[0].Lines, "T23").Plan != 3_500_000 || findLine(es[0].Lines, "T23").Approved != 3_400_000 || es[0].Members != 8 {
		t.Fatalf("saved %+v", es)
	}
	// A quyết toán of 2027 takes the approved dự toán into its Dự toán column.
	u.openRecord(data.RecordRef{Kind: data.KindBudgetSettlement})
	s := u.rec.budget
	s.year.set(2027)
	s.half.set(0)
	if got := lineRow(t, s, "T23").plan.Text; got != "3.400.000" {
		t.Errorf("the settlement's dự toán: %q", got)
	}
}

func TestCashCountForm(t *testing.T) {
	u, books := newBooksTestUI(t)
	u.openRecord(data.RecordRef{Kind: data.KindFinanceCheck})
	f := u.rec.check
	if f.bookCash.Text != "3.600.000" {
		t.Errorf("tồn quỹ theo sổ on %s: %q", today.Format("02/01/2006"), f.bookCash.Text)
	}
	test.Type(f.checker, "Lê Văn Hải")
	test.Type(f.cashier, "Phạm Thị Hoa")
	f.counts[0].count.SetText("7") // 7 × 500.000
	f.counts[2].count.SetText("5") // 5 × 100.000
	if !strings.Contains(f.countSum.Text, "Thực tế kiểm kê: 4.000.000 đ") || !strings.Contains(f.countSum.Text, "chênh lệch: 400.000 đ") {
		t.Errorf("count: %q", f.countSum.Text)
	}
	shot(t, u, "kiem-ke-quy")
	if !f.submit() {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	cs, _ := data.FinanceChecks.Store(books).List(u.ctx)
	if len(cs) != 1 || cs[0].Counted() != 4_000_000 || cs[0].BookCash != 3_600_000 || len(cs[0].Counts) != 2 {
		t.Fatalf("saved %+v", cs)
	}
}

func TestDisclosureFormRefusesNoForm(t *testing.T) {
	u, books := newBooksTestUI(t)
	u.openRecord(data.RecordRef{Kind: data.KindFinanceDisclosure})
	f := u.rec.disclosure
	f.atBCH.SetChecked(false)
	if f.submit() {
		t.Fatal("saved without a form of publication")
	}
	if msg := f.rows[data.FieldDiscForms].errMsg.Text; !strings.Contains(msg, "ít nhất một hình thức") {
		t.Errorf("message %q", msg)
	}
	if ds, _ := data.FinanceDisclosures.Store(books).List(u.ctx); len(ds) != 0 {
		t.Fatal("something was written")
	}
	f.atBCH.SetChecked(true)
	f.posted.SetChecked(true)
	if !f.submit() {
		t.Fatalf("not saved: %s", f.summary.Text)
	}
	u.open(financeSectionIndex(u))
	shot(t, u, "cong-khai-list")
}

func financeSectionIndex(u *UI) int {
	for i, s := range u.sections {
		if s.title == "Tài chính" {
			return i
		}
	}
	return 0
}
