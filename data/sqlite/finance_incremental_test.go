package sqlite_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
)

// TestVoucherCheckIsTheWholeCheck: the store checks a voucher write against the
// days from the change on, with the balance before carried by totals (booksFrom);
// its verdict must be the one of the whole books (data.CheckVoucherBooks over
// every live voucher), message included, for random creates, changes of date and
// amount, and trashes of thu, chi, bank, transfers and remittances.
func TestVoucherCheckIsTheWholeCheck(t *testing.T) {
	s := mustOpen(t)
	must(t, s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 300_000, Bank: 500_000}}))
	st := vouchers(s)
	cats, err := s.FinanceCategories(ctx)
	must(t, err)
	catMap := data.CategoryMap(cats)
	setup, err := s.CashSetup(ctx)
	must(t, err)
	rng := rand.New(rand.NewPCG(13, 2026))
	kinds := []struct {
		kind data.VoucherKind
		cat  string
		bank bool
	}{
		{data.VoucherReceipt, "T02", false}, {data.VoucherReceipt, "T01", true}, {data.VoucherPayment, "C04", false},
		{data.VoucherPayment, "C01", true}, {data.VoucherPayment, "C09", false}, {data.VoucherReceipt, "T09", false},
		{data.VoucherPayment, "N01", true}, {data.VoucherPayment, "C02", false},
	}
	// expect is the whole check's verdict on old → v.
	expect := func(old, v *data.Voucher) string {
		live, err := st.List(ctx)
		must(t, err)
		var others []data.Voucher
		for _, x := range live {
			if old == nil || x.ID != old.ID {
				others = append(others, x)
			}
		}
		if v != nil && v.Number == 0 {
			v.Number, v.Year = 999, v.Date.Year() // numbered by the store; the number only orders a day's same kind
		}
		return data.ErrorMessage(data.CheckVoucherBooks(setup, catMap, others, old, v))
	}
	accepted, refused := 0, 0
	for i := 0; i < 400; i++ {
		live, err := st.List(ctx)
		must(t, err)
		k := kinds[rng.IntN(len(kinds))]
		v := &data.Voucher{Kind: k.kind, Date: day(2026, time.Month(1+rng.IntN(5)), 1+rng.IntN(28)), Person: "Lê Văn Hùng", Reason: "Thử",
			Amount: int64(1+rng.IntN(40)) * 25_000, Bank: k.bank, Category: k.cat}
		var got, want string
		switch op := rng.IntN(10); {
		case op < 6 || len(live) == 0:
			probe := *v
			want = expect(nil, &probe)
			got = data.ErrorMessage(st.Create(ctx, v))
		case op < 9:
			old := live[rng.IntN(len(live))]
			changed := old
			changed.Date, changed.Amount = v.Date, v.Amount
			probe := changed
			want = expect(&old, &probe)
			got = data.ErrorMessage(st.Update(ctx, &changed))
		default:
			old := live[rng.IntN(len(live))]
			want = expect(&old, nil)
			got = data.ErrorMessage(s.TrashRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: old.ID}))
		}
		// A probe's own number is not the store's: compare the verdicts, and the
		// message where it names another voucher.
		if got != want && (got == "" || want == "" || !strings.Contains(want, "999/")) {
			t.Fatalf("step %d: store says %q, the whole books say %q", i, got, want)
		}
		if got == "" {
			accepted++
		} else {
			refused++
		}
	}
	t.Logf("%d accepted, %d refused", accepted, refused)
	if accepted < 100 || refused < 50 {
		t.Fatalf("the random walk did not test both sides: %d accepted, %d refused", accepted, refused)
	}
}
