package data

import (
	"context"
	"time"
)

// The finance figures of a báo cáo tổng kết / sơ kết and its biểu thống kê, from
// the books instead of typed (issue 13 point 9; DOMAIN §7 "Typical indicators":
// đoàn phí, KPCĐ; DOMAIN-MODULES §A.3 "Reconciliation", §A.4): đoàn phí collected
// (the sổ theo dõi thu đoàn phí, §A.1), KPCĐ paid by the employer and returned
// (§A.1), thu and chi by mục lục and the balances (the sổ quỹ and sổ tiền gửi).
// A figure the chair typed stays hers: the documents print it, with the books'
// figure beside it when they differ (never recomputed over what she typed).

// CategoryAmount is a mục lục line's total in a period.
type CategoryAmount struct {
	Code, Name string
	Amount     int64
}

// FinanceFacts are a period's finance figures from the books; nil parts were not kept.
type FinanceFacts struct {
	// DuesMonths is how many months of the period the ledger keeps; Dues totals them.
	DuesMonths int
	Dues       DuesTotals
	// KPCDMonths is how many months of the period have a KPCĐ record.
	KPCDMonths   int
	KPCDDue      int64 // 2% of the payrolls, less reductions
	KPCDPaid     int64 // paid by the employer for those months
	KPCDReturned int64 // returned to the CĐCS by the upper level, as received
	KPCDOverdue  int   // months late or unpaid on the report's day
	// Books is the period's identity (nil: no voucher and no opening balance kept).
	Books    *PeriodBooks
	Receipts []CategoryAmount // thu by mục lục, in its order
	Spending []CategoryAmount // chi by mục lục, in its order (nộp cấp trên apart: Books.Remitted)
}

// FinanceBooks is what the finance figures are read from: the store.
type FinanceBooks interface {
	DuesService
	VoucherService
	RecordsService
}

// GatherFinanceFacts reads the finance figures of period p, judged on asOf, with
// the settings f; nil when nothing of the finance is kept.
func GatherFinanceFacts(ctx context.Context, s FinanceBooks, p Period, asOf time.Time, f FinanceSettings) (*FinanceFacts, error) {
	out := &FinanceFacts{}
	in := func(m time.Time) bool { return !m.Before(MonthOf(p.From)) && !m.After(p.To) }
	for y := p.From.Year(); y <= p.To.Year(); y++ {
		months, err := s.DuesYear(ctx, y)
		if err != nil {
			return nil, err
		}
		for _, m := range months {
			if in(m.Month) {
				out.DuesMonths++
				out.Dues.Due += m.Totals.Due
				out.Dues.Collected += m.Totals.Collected
				out.Dues.Standard += m.Totals.Standard
			}
		}
	}
	out.Dues.Excess = out.Dues.Collected - out.Dues.Standard
	out.Dues = SplitDues(out.Dues, f.DuesRemitShare)
	ks, err := KPCDs.Store(s).List(ctx)
	if err != nil {
		return nil, err
	}
	for y := p.From.Year(); y <= p.To.Year(); y++ {
		for _, l := range KPCDYear(y, ks, asOf, f.KPCDShare) {
			if l.Record == nil || !in(l.Month) {
				continue
			}
			out.KPCDMonths++
			out.KPCDDue += l.Status.Due
			out.KPCDPaid += l.Record.Paid
			out.KPCDReturned += l.Record.Returned
			if l.Overdue() {
				out.KPCDOverdue++
			}
		}
	}
	if err := gatherBooks(ctx, s, p, out); err != nil {
		return nil, err
	}
	if out.DuesMonths == 0 && out.KPCDMonths == 0 && out.Books == nil {
		return nil, nil
	}
	return out, nil
}

// gatherBooks adds the period's books: the identity, thu and chi by mục lục.
func gatherBooks(ctx context.Context, s VoucherService, p Period, out *FinanceFacts) error {
	setup, err := s.CashSetup(ctx)
	if err != nil {
		return err
	}
	vs, err := s.VouchersBetween(ctx, time.Time{}, p.To)
	if err != nil {
		return err
	}
	if len(vs) == 0 && setup.Start.IsZero() {
		return nil
	}
	cats, err := s.FinanceCategories(ctx)
	if err != nil {
		return err
	}
	byCode := CategoryMap(cats)
	b, err := BuildBooks(setup, byCode, vs, p.From, p.To)
	if err != nil {
		return err
	}
	out.Books = &b.Period
	for _, c := range cats {
		amount := b.ByCategory[c.Code]
		if amount == 0 || c.Flow == FlowTransfer || c.Flow == FlowRemit {
			continue // cash ↔ bank is neither thu nor chi; nộp cấp trên is its own line (Books.Remitted)
		}
		line := CategoryAmount{Code: c.Code, Name: c.Name, Amount: amount}
		if c.Kind == VoucherReceipt {
			out.Receipts = append(out.Receipts, line)
		} else {
			out.Spending = append(out.Spending, line)
		}
	}
	return nil
}

// BooksFigure is the books' value of a typed figure of the statistics table
// (FigDues, FigKPCD), and how it was counted; ok is false when the books do not
// keep it.
func (f *FinanceFacts) BooksFigure(key string) (v int64, how string, ok bool) {
	if f == nil {
		return 0, "", false
	}
	switch {
	case key == FigDues && f.DuesMonths > 0:
		return f.Dues.Collected, "theo sổ thu đoàn phí, " + itoaMonths(f.DuesMonths), true
	case key == FigKPCD && f.KPCDMonths > 0:
		return f.KPCDPaid, "theo sổ KPCĐ, " + itoaMonths(f.KPCDMonths), true
	}
	return 0, "", false
}

func itoaMonths(n int) string {
	if n < 10 {
		return string(rune('0'+n)) + " tháng"
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10)) + " tháng"
}
