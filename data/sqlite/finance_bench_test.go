package sqlite_test

import (
	"testing"

	"socongdoan/data"
)

// BenchmarkVoucherSave is one phiếu thu or phiếu chi saved into books that
// already hold the year's vouchers (issue 13: the year's sổ quỹ at 10,000
// vouchers): the number issued, the mục lục and the balances checked, in the
// write's transaction. Each save is dated at the end of the books, as a kế
// toán writes them.
func BenchmarkVoucherSave(b *testing.B) {
	s := mustOpen(b)
	must(b, s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 1_000_000, Bank: 1_000_000}}))
	st := vouchers(s)
	i := 0
	save := func() {
		v := &data.Voucher{Kind: data.VoucherReceipt, Date: day(2026, 1, 1).AddDate(0, 0, i*150/10_000), Person: "Tổ may 1",
			Reason: "Thu đoàn phí", Amount: 300_000, Category: "T02"}
		if i%2 == 1 {
			v.Kind, v.Category, v.Reason, v.Amount = data.VoucherPayment, "C04", "Thăm hỏi", 200_000
		}
		i++
		if err := st.Create(ctx, v); err != nil {
			b.Fatal(err)
		}
	}
	for range 2000 {
		save()
	}
	for b.Loop() {
		save()
	}
}
