package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// Issue 13 point 3 through the form: a chi refused with the field named, a
// thu and a chi saved with their numbers, the amount in words.
func TestVoucherFormRefusesAndNumbers(t *testing.T) {
	u, store := newTestUI(t)
	u.win.Resize(fyne.NewSize(1024, 600))
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 1_000_000}}))
	u.newVoucher(data.VoucherPayment)
	f := u.rec.voucher
	f.date.entry.SetText("05/06/2026")
	f.person.SetText("Nguyễn Văn An")
	f.reason.SetText("Thăm hỏi ốm đau")
	f.amount.SetText("1.500.000")
	if !strings.Contains(f.words.Text, "Một triệu năm trăm nghìn đồng") {
		t.Errorf("in words: %q", f.words.Text)
	}
	if f.submit() || !strings.Contains(f.rows[data.FieldVoucherCategory].errMsg.Text, "mục chi") {
		t.Fatalf("no category: %q", f.rows[data.FieldVoucherCategory].errMsg.Text)
	}
	f.category.set("C04")
	if f.submit() || !strings.Contains(f.rows[data.FieldVoucherAmount].errMsg.Text, "quỹ tiền mặt âm") {
		t.Fatalf("above the cash: %q / %q", f.rows[data.FieldVoucherAmount].errMsg.Text, f.summary.Text)
	}
	shot(t, u, "phieu-chi-tu-choi-1024")
	f.amount.SetText("600.000")
	if !f.submit() {
		t.Fatalf("not saved: %q", f.summary.Text)
	}
	f = u.rec.voucher
	if f.number.Text != "PC001/2026" || f.kind.Disabled() == false {
		t.Errorf("after saving: number %q, kind enabled", f.number.Text)
	}
	shot(t, u, "phieu-chi-1024")
	vs, err := store.VouchersBetween(u.ctx, day(2026, 1, 1), day(2026, 12, 31))
	must(err)
	if len(vs) != 1 || vs[0].Amount != 600_000 || vs[0].Category != "C04" || vs[0].Person != "Nguyễn Văn An" {
		t.Fatalf("stored %+v", vs)
	}
	// The books show it with the running balance and the identity.
	u.rec.tabs["Tài chính"] = financeTabIndex(booksTitle)
	u.win.Resize(fyne.NewSize(1366, 768))
	u.setBody(booksTab(u))
	shot(t, u, "so-quy-1366")
}

// Issue 13 point 5: a quy chế, a ký nhận list over it flagged, paid by one phiếu chi.
func TestSignListBecomesOneVoucher(t *testing.T) {
	u, store := newTestUI(t, "Trần Thị Mai", "Lê Văn Hùng", "Phạm Thị Lan")
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 5_000_000}}))
	u.openRecord(data.RecordRef{Kind: data.KindSpendRule})
	r := u.rec.spendRule
	r.doc.SetText("02/NQ-CĐCS")
	r.adopted.entry.SetText("05/01/2026")
	if r.submit() || !strings.Contains(r.rows[data.FieldRuleItems].errMsg.Text, "mức chi phải lớn hơn 0") {
		t.Fatalf("suggested items without amounts: %q", r.rows[data.FieldRuleItems].errMsg.Text)
	}
	r.items.rows = r.items.rows[:0]
	r.items.box.Objects = nil
	r.items.add(data.SpendingItem{Name: "Quà 8/3", Amount: 200_000, Category: "C05"})
	if !r.submit() {
		t.Fatalf("quy chế not saved: %q", r.summary.Text)
	}
	u.openRecord(data.RecordRef{Kind: data.KindSignList})
	l := u.rec.signList
	l.date.entry.SetText("07/03/2026")
	l.title.SetText("Quà 8/3 cho nữ đoàn viên")
	l.ruleItem.SetText("Quà 8/3")
	rows, err := store.MemberRows(u.ctx)
	must(err)
	l.addMembers(rows, 0, "", 250_000)
	if len(l.people.rows) != 3 || !strings.Contains(l.total.Text, "750.000 đ") {
		t.Fatalf("rows %d, total %q", len(l.people.rows), l.total.Text)
	}
	if !l.submit() {
		t.Fatalf("list not saved: %q", l.summary.Text)
	}
	l = u.rec.signList
	if !strings.Contains(l.rows[data.FieldSignRows].errMsg.Text, "Vượt mức quy chế") {
		t.Errorf("250,000 a head above 200,000 is not flagged: %q", l.rows[data.FieldSignRows].errMsg.Text)
	}
	shot(t, u, "ky-nhan-1366")
	test.Tap(l.pay)
	v := u.rec.voucher
	if v.amount.Text != "750.000" || v.category.value() != "C05" {
		t.Fatalf("voucher from the list: %q %q", v.amount.Text, v.category.value())
	}
	if !v.submit() {
		t.Fatalf("voucher not saved: %q", v.summary.Text)
	}
	vs, err := store.VouchersBetween(u.ctx, day(2026, 1, 1), day(2026, 12, 31))
	must(err)
	if len(vs) != 1 || vs[0].LinkKind != data.KindSignList || vs[0].Amount != 750_000 {
		t.Fatalf("stored %+v", vs)
	}
	u.openRecord(data.RecordRef{Kind: data.KindSignList, ID: vs[0].LinkID})
	if u.rec.signList.pay != nil || u.rec.signList.paidBy != "PC001/2026" {
		t.Errorf("a paid list still offers a voucher (%q)", u.rec.signList.paidBy)
	}
}
