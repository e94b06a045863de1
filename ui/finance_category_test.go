package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The mục lục editor through its form (issue 13 point 3): add (a code already
// there refused, naming it), rename, retire a line in use (hidden from a new
// phiếu chi, kept on the old one), refuse deleting it with its count, bring it
// back, and ask "Lưu thay đổi?" before dropping typed changes.
func TestCategoryEditor(t *testing.T) {
	u, store := newTestUI(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 5_000_000}}))
	paid := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 2, 3), Person: "Lê Văn Hùng", Reason: "Thăm hỏi ốm đau", Amount: 500_000, Category: "C04"}
	must(data.Vouchers.Store(store).Create(u.ctx, paid))

	u.rec.tabs["Tài chính"] = financeTabIndex(categoriesTitle)
	u.open(financeSectionIndex(u))
	row := func(code string) (data.Category, data.CategoryUse) {
		cs, err := store.FinanceCategories(u.ctx)
		must(err)
		uses, err := store.FinanceCategoryUses(u.ctx)
		must(err)
		i := slices.IndexFunc(cs, func(c data.Category) bool { return c.Code == code })
		if i < 0 {
			return data.Category{}, data.CategoryUse{}
		}
		return cs[i], uses[code]
	}

	// Add: a code already in the mục lục is refused with its line named.
	u.editCategory(nil, data.CategoryUse{})
	d := u.rec.category
	test.Type(d.code, "c05")
	test.Type(d.name, "Hỗ trợ đoàn viên khó khăn")
	d.kind.set(data.VoucherPayment)
	shot(t, u, "category-new")
	test.Tap(d.save)
	if !strings.Contains(d.msg.Text, "Mã C05 đã có trong mục lục (C05 – Quà lễ, Tết") || d.guard.closed {
		t.Fatalf("duplicate: %q (closed %v)", d.msg.Text, d.guard.closed)
	}
	d.code.SetText("C10")
	test.Tap(d.save)
	if c, _ := row("C10"); c.Name != "Hỗ trợ đoàn viên khó khăn" || c.Kind != data.VoucherPayment || !d.guard.closed {
		t.Fatalf("added: %+v (%q)", c, d.msg.Text)
	}

	// A line in use: code, kind and flow locked, deletion refused with the count.
	c, use := row("C04")
	u.editCategory(&c, use)
	d = u.rec.category
	if !d.code.Disabled() || !d.kind.Disabled() || !strings.Contains(d.used.Text, "đã có 1 phiếu") {
		t.Fatalf("in use: code disabled %v, kind %v, %q", d.code.Disabled(), d.kind.Disabled(), d.used.Text)
	}
	asked := ""
	u.confirmHook = func(title, text string) bool { asked = text; return true }
	test.Tap(d.delete)
	if !strings.Contains(asked, "Xóa mục C04") || !strings.Contains(d.msg.Text, "Mục C04 đã có 1 phiếu: không xóa được") {
		t.Fatalf("delete in use: asked %q, %q", asked, d.msg.Text)
	}
	// Typed changes are not dropped without a question.
	d.name.SetText("Thăm hỏi đoàn viên")
	test.Tap(d.cancel)
	if u.question == nil || d.guard.closed {
		t.Fatal("Hủy with a typed name: no \"Lưu thay đổi?\"")
	}
	test.Tap(u.question.stay)
	d.retired.SetChecked(true)
	shot(t, u, "category-retire")
	test.Tap(d.cancel)
	test.Tap(u.question.save)
	if c, _ := row("C04"); !c.Retired || c.Name != "Thăm hỏi đoàn viên" || !d.guard.closed {
		t.Fatalf("retired: %+v (%q)", c, d.msg.Text)
	}
	shot(t, u, "categories-1366")
	u.win.Resize(fyne.NewSize(1024, 600))
	shot(t, u, "categories-1024")

	// A new phiếu chi does not offer C04; the old one still shows it.
	u.newVoucher(data.VoucherPayment)
	if slices.Contains(u.rec.voucher.category.values, "C04") || !slices.Contains(u.rec.voucher.category.values, "C10") {
		t.Errorf("new voucher offers %v", u.rec.voucher.category.values)
	}
	u.openRecord(data.RecordRef{Kind: data.KindVoucher, ID: paid.ID})
	if got := u.rec.voucher.category.Selected; got != "C04 – Thăm hỏi đoàn viên" {
		t.Errorf("old voucher shows %q", got)
	}

	// Brought back, and an unused line deleted.
	c, use = row("C04")
	u.editCategory(&c, use)
	u.rec.category.retired.SetChecked(false)
	test.Tap(u.rec.category.save)
	if c, _ := row("C04"); c.Retired {
		t.Fatal("C04 still retired")
	}
	c, use = row("C10")
	u.editCategory(&c, use)
	d = u.rec.category
	if d.code.Disabled() {
		t.Error("an unused line's code is locked")
	}
	test.Tap(d.delete)
	if c, _ := row("C10"); c.Code != "" || !d.guard.closed {
		t.Fatalf("C10 not deleted: %q", d.msg.Text)
	}
}
