package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// An award's tiền thưởng and its phiếu chi, through the code the course form
// uses: the phiếu chi made from the saved award pays its total to its one
// person and is linked to it; a tiền thưởng that differs from what was paid is
// told at the recipients on save; "Lấy theo phiếu chi" makes a one-row award
// agree, and with two rows says the chair must split it.
func TestAwardAmountLinkedToAVoucher(t *testing.T) {
	u, store := newTestUI(t)
	if err := store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 5_000_000}}); err != nil {
		t.Fatal(err)
	}
	a := &data.Award{Year: 2025, Level: data.AwardByCDCS, Form: "Giấy khen", DecisionDate: day(2026, 1, 10),
		Recipients: []data.Awardee{{Name: "Hồ Thị An", Amount: 300_000}}}
	if err := data.Awards.Store(store).Create(u.ctx, a); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindAward, ID: a.ID})
	f := u.rec.emu.award
	if !strings.Contains(f.vouchers.shown.Text, "Chưa liên kết") || f.vouchers.make.Disabled() {
		t.Fatalf("before: %q", f.vouchers.shown.Text)
	}
	test.Tap(f.vouchers.make)
	vf := u.rec.voucher
	if vf == nil || vf.amount.Text != "300.000" || vf.person.Text != "Hồ Thị An" || !strings.Contains(vf.reason.Text, "tiền thưởng giấy khen năm 2025") {
		t.Fatalf("voucher form from the award: %+v", vf)
	}
	vf.category.set("C04")
	vf.amount.SetText("250.000")
	if !vf.submit() {
		t.Fatalf("voucher not saved: %q", vf.summary.Text)
	}
	vs, _ := data.Vouchers.Store(store).List(u.ctx)
	if len(vs) != 1 || vs[0].LinkKind != data.KindAward || vs[0].LinkID != a.ID {
		t.Fatalf("stored %+v", vs)
	}

	u.openRecord(data.RecordRef{Kind: data.KindAward, ID: a.ID})
	f = u.rec.emu.award
	f.notes.SetText("Đã chi")
	test.Tap(f.save)
	f = u.rec.emu.award
	if got, _ := data.Awards.Store(store).Get(u.ctx, a.ID); got.Notes != "Đã chi" {
		t.Error("a warning stopped the save")
	}
	if msg, _ := fieldMessage(f.recordForm, data.FieldAwdRecipients); !strings.Contains(msg, "300.000 đ nhưng phiếu chi PC001/2026 chi 250.000 đ") {
		t.Errorf("recipients message %q", msg)
	}
	test.Tap(f.vouchers.useSums)
	test.Tap(f.save)
	f = u.rec.emu.award
	if got, _ := data.Awards.Store(store).Get(u.ctx, a.ID); got.Total() != 250_000 {
		t.Errorf("tiền thưởng %d after Lấy theo phiếu chi", got.Total())
	}
	if msg, _ := fieldMessage(f.recordForm, data.FieldAwdRecipients); msg != "" {
		t.Errorf("still a message: %q", msg)
	}

	f.recipients.add(data.Awardee{Name: "Tổ May 1", Collective: true, Amount: 100_000})
	test.Tap(f.vouchers.useSums)
	if msg, _ := fieldMessage(f.recordForm, data.FieldAwdRecipients); !strings.Contains(msg, "khen 2 tập thể, cá nhân: sửa tiền thưởng từng dòng") {
		t.Errorf("two rows: %q", msg)
	}
}
