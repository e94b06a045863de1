package sqlite_test

import (
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/sqlite"
)

// Issue 13 "Engineering": the balance identity holds on every demo month, and
// the demo's year has vouchers, gift lists paid by one phiếu chi each and a
// voucher above the quy chế.
func TestDemoFinanceBalancesEveryMonth(t *testing.T) {
	today := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	s := mustOpen(t, sqlite.WithNow(func() time.Time { return today }))
	must(t, demo.Fill(ctx, s, 120, 3, today))
	for y := 2025; y <= 2026; y++ {
		for m := time.January; m <= time.December; m++ {
			from := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
			b, err := data.LoadBooks(ctx, s, from, from.AddDate(0, 1, -1))
			must(t, err)
			if err := b.Period.Check(); err != nil {
				t.Errorf("%d/%d: %v", m, y, err)
			}
			if from.Before(today) && len(b.Vouchers) < 5 {
				t.Errorf("%d/%d has %d vouchers", m, y, len(b.Vouchers))
			}
		}
	}
	lists, err := data.SignLists.Store(s).List(ctx)
	must(t, err)
	vs, err := s.VouchersBetween(ctx, time.Time{}, time.Time{})
	must(t, err)
	rules, err := data.SpendingRules.Store(s).List(ctx)
	must(t, err)
	paid, over := map[int64]bool{}, 0
	for _, v := range vs {
		if v.LinkKind == data.KindSignList {
			paid[v.LinkID] = true
		}
		if data.OverRule(rules, &v, 1) != "" && v.LinkID == 0 {
			over++
		}
	}
	if len(lists) != 10 || len(paid) != len(lists) || over != 1 {
		t.Errorf("%d gift lists, %d paid, %d vouchers above the quy chế", len(lists), len(paid), over)
	}
}
