package ui

import (
	"testing"

	"socongdoan/data"
)

// The người lập phiếu (issue 13 point 3, C40-BB / C41-BB): a new phiếu starts
// with the kế toán of Cài đặt, the chair may type another name, and it is kept.
func TestVoucherPreparer(t *testing.T) {
	u, store := newTestUI(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 1_000_000}}))
	rs, err := data.LoadRuleSettings(u.ctx, store)
	must(err)
	rs.Finance.Accountant = "Trần Thị Lan"
	must(data.SaveRuleSettings(u.ctx, store, rs))

	u.newVoucher(data.VoucherPayment)
	f := u.rec.voucher
	if f.preparer.Text != "Trần Thị Lan" {
		t.Fatalf("new voucher's người lập: %q", f.preparer.Text)
	}
	f.date.entry.SetText("05/06/2026")
	f.person.SetText("Nguyễn Văn An")
	f.reason.SetText("Thăm hỏi ốm đau")
	f.amount.SetText("300.000")
	f.category.set("C04")
	f.preparer.SetText("Đỗ  Minh Khoa")
	if !f.submit() {
		t.Fatalf("not saved: %q", f.summary.Text)
	}
	vs, err := store.VouchersBetween(u.ctx, day(2026, 1, 1), day(2026, 12, 31))
	must(err)
	if len(vs) != 1 || vs[0].Preparer != "Đỗ Minh Khoa" {
		t.Fatalf("stored %+v", vs)
	}
	u.openRecord(data.RecordRef{Kind: data.KindVoucher, ID: vs[0].ID})
	if got := u.rec.voucher.preparer.Text; got != "Đỗ Minh Khoa" {
		t.Errorf("reopened: %q", got)
	}
}
