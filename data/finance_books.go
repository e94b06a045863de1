package data

import (
	"context"
	"time"

	"socongdoan/data/vn"
)

// The books of the CĐCS (issue 13 point 4; DOMAIN-MODULES §A.3 "Vouchers and
// books": sổ quỹ tiền mặt S11-H, sổ tiền gửi S12-H; §A.4 "In practice"), made
// from the vouchers: each line with its running balance, and the identity
// đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ = tiền mặt + tiền gửi
// (§A.3 "Reconciliation", PeriodBooks.Check).

// BookLine is one line of the cash or bank book.
type BookLine struct {
	VoucherID int64
	Date      time.Time
	Ref       string // PT001/2026
	Text      string // the voucher's reason
	Category  string
	In, Out   int64
	Balance   int64 // after the line
}

// AccountBook is the sổ quỹ tiền mặt or the sổ tiền gửi of a period.
type AccountBook struct {
	Bank           bool
	Opening        int64 // tồn đầu kỳ
	Lines          []BookLine
	TotalIn        int64
	TotalOut       int64
	Closing        int64 // tồn cuối kỳ
	VoucherIndexes []int // index in Books.Vouchers of each line
}

// Title is the book's printed name.
func (b *AccountBook) Title() string {
	if b.Bank {
		return "Sổ tiền gửi ngân hàng"
	}
	return "Sổ quỹ tiền mặt"
}

// Books are the books of a period, made from the vouchers.
type Books struct {
	From, To time.Time
	Cash     AccountBook
	Bank     AccountBook
	// Period holds the identity's figures (PeriodBooks.Check, String).
	Period PeriodBooks
	// ByCategory totals the period's vouchers per mục lục code (the quyết toán
	// takes its thực hiện figures from here through the catalogue).
	ByCategory map[string]int64
	// Vouchers are the period's vouchers in book order.
	Vouchers []Voucher
}

// BuildBooks makes the books of from..to (both days included) from every live
// voucher dated up to to (earlier ones give the opening balances).
func BuildBooks(setup CashSetup, cats map[string]Category, all []Voucher, from, to time.Time) (Books, error) {
	from, to = vn.Day(from), vn.Day(to)
	b := Books{From: from, To: to, ByCategory: map[string]int64{}}
	b.Bank.Bank = true
	var before, in []Voucher
	for _, v := range all {
		switch {
		case v.Date.After(to):
		case v.Date.Before(from):
			before = append(before, v)
		default:
			in = append(in, v)
		}
	}
	bals, err := VoucherBalances(setup, cats, before)
	if err != nil {
		return b, err
	}
	opening := setup.Opening
	if len(bals) > 0 {
		opening = bals[len(bals)-1]
	}
	SortVouchers(in)
	ms := make([]Movement, len(in))
	for i := range in {
		ms[i] = in[i].Movement(cats[in[i].Category].Flow)
	}
	if b.Period, err = SummarizePeriod(opening, ms); err != nil {
		return b, err
	}
	bals, _ = RunBalances(opening, ms) // SummarizePeriod ran the same
	b.Vouchers = in
	b.Cash.Opening, b.Bank.Opening = opening.Cash, opening.Bank
	for i, v := range in {
		b.ByCategory[v.Category] += v.Amount
		m := ms[i]
		line := BookLine{VoucherID: v.ID, Date: v.Date, Ref: v.Ref(), Text: v.Reason, Category: v.Category}
		add := func(book *AccountBook, in, out, bal int64) {
			l := line
			l.In, l.Out, l.Balance = in, out, bal
			book.Lines = append(book.Lines, l)
			book.TotalIn += in
			book.TotalOut += out
			book.VoucherIndexes = append(book.VoucherIndexes, i)
		}
		switch m.Kind {
		case MoveReceipt, MoveSpend, MoveRemit:
			in, out := m.Amount, int64(0)
			if m.Kind != MoveReceipt {
				in, out = 0, m.Amount
			}
			if m.Bank {
				add(&b.Bank, in, out, bals[i].Bank)
			} else {
				add(&b.Cash, in, out, bals[i].Cash)
			}
		case MoveDeposit:
			add(&b.Cash, 0, m.Amount, bals[i].Cash)
			add(&b.Bank, m.Amount, 0, bals[i].Bank)
		case MoveWithdraw:
			add(&b.Bank, 0, m.Amount, bals[i].Bank)
			add(&b.Cash, m.Amount, 0, bals[i].Cash)
		}
	}
	b.Cash.Closing, b.Bank.Closing = b.Period.Held.Cash, b.Period.Held.Bank
	return b, nil
}

// CategoryMap indexes the mục lục by code.
func CategoryMap(cs []Category) map[string]Category {
	m := make(map[string]Category, len(cs))
	for _, c := range cs {
		m[c.Code] = c
	}
	return m
}

// LoadBooks reads what BuildBooks needs and makes the books of from..to. A zero
// from starts at the setup's start (or the first voucher).
func LoadBooks(ctx context.Context, s VoucherService, from, to time.Time) (Books, error) {
	setup, err := s.CashSetup(ctx)
	if err != nil {
		return Books{}, err
	}
	cats, err := s.FinanceCategories(ctx)
	if err != nil {
		return Books{}, err
	}
	all, err := s.VouchersBetween(ctx, time.Time{}, to)
	if err != nil {
		return Books{}, err
	}
	if from.IsZero() {
		from = setup.Start
		if from.IsZero() && len(all) > 0 {
			from = all[0].Date
		}
		if from.IsZero() {
			from = to
		}
	}
	return BuildBooks(setup, CategoryMap(cats), all, from, to)
}

// YearBounds are 1 January and 31 December of a year.
func YearBounds(year int) (time.Time, time.Time) {
	return time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC)
}

// BalanceOn is what the union holds at the end of day: cash, bank.
func BalanceOn(ctx context.Context, s VoucherService, day time.Time) (CashBank, error) {
	b, err := LoadBooks(ctx, s, day, day)
	if err != nil {
		return CashBank{}, err
	}
	return b.Period.Held, nil
}

// Figures are the books of the period as the dự toán and quyết toán read them
// (ComputeBudgetLines): the opening balances and each voucher's movement with
// its mục lục code, in book order.
func (b *Books) Figures(cats map[string]Category) BooksFigures {
	f := BooksFigures{Opening: CashBank{Cash: b.Cash.Opening, Bank: b.Bank.Opening}}
	for i := range b.Vouchers {
		v := &b.Vouchers[i]
		f.Entries = append(f.Entries, BookEntry{Movement: v.Movement(cats[v.Category].Flow), Category: v.Category})
	}
	return f
}

// BudgetCategories are the mục lục lines as the dự toán and quyết toán tables
// read them; transfers between cash and bank are neither thu nor chi and have none.
func BudgetCategories(cs []Category) []BudgetCategory {
	var out []BudgetCategory
	for _, c := range cs {
		side := SideIncome
		switch {
		case c.Flow == FlowTransfer:
			continue
		case c.Flow == FlowRemit:
			side = SideRemit
		case c.Kind == VoucherPayment:
			side = SideSpend
		}
		out = append(out, BudgetCategory{Code: c.Code, Name: c.Name, Side: side})
	}
	return out
}
