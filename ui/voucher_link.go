package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Money a record spends and its phiếu chi (data/voucher_link.go): a form shows
// the phiếu chi linked to its record, makes one from the saved record or links
// one already written, and says at the amount's field when the two sums differ.
// The course form (its cost) and the award form (its tiền thưởng) use it.

// voucherLink is the phiếu chi part of a record's form.
type voucherLink struct {
	form  *recordForm
	kind  data.RecordKind
	id    int64  // the saved record; 0 until saved (the link is by id)
	field string // where a disagreement is told
	what  string // "Kinh phí", "Tiền thưởng"
	// payment prepares the phiếu chi from the saved record; amount reads the
	// amount the form shows now; agree sets the form's amount to the total paid
	// ("Lấy theo phiếu chi") and says false, with the reason at field, when it cannot.
	payment func() data.Voucher
	amount  func() int64
	agree   func(total int64) bool

	linked              []data.Voucher
	shown               *widget.Label
	make, pick, useSums *widget.Button
}

func newVoucherLink(f *recordForm, kind data.RecordKind, id int64, field, what string) *voucherLink {
	vl := &voucherLink{form: f, kind: kind, id: id, field: field, what: what, shown: widget.NewLabel("")}
	vl.shown.Wrapping = fyne.TextWrapWord
	vl.make = widget.NewButtonWithIcon(lang.L("Lập phiếu chi"), theme.ContentAddIcon(), vl.makeVoucher)
	vl.pick = widget.NewButtonWithIcon(lang.L("Chọn phiếu chi đã có"), theme.SearchIcon(), vl.pickVoucher)
	vl.useSums = widget.NewButton(lang.L("Lấy theo phiếu chi"), func() {
		if vl.agree(data.VouchersTotal(vl.linked)) {
			f.showProblems(nil)
		}
	})
	if id == 0 {
		vl.make.Disable()
		vl.pick.Disable()
	}
	vl.load()
	return vl
}

// load reads the phiếu chi linked to the record and shows them.
func (vl *voucherLink) load() {
	u := vl.form.ui
	vl.linked = nil
	if vl.id != 0 {
		all, err := data.Vouchers.Store(u.svc.Store).List(u.ctx)
		if err != nil {
			u.showError(err)
		}
		vl.linked = data.LinkedPayments(vl.kind, vl.id, all)
	}
	if len(vl.linked) == 0 {
		text := lang.L("Chưa liên kết phiếu chi nào trong sổ thu – chi.")
		if vl.id == 0 {
			text += " " + lang.L("Lưu trước, rồi lập hoặc chọn phiếu chi.")
		}
		vl.shown.SetText(text)
		vl.useSums.Hide()
		return
	}
	var lines []string
	for i := range vl.linked {
		lines = append(lines, vl.linked[i].Title())
	}
	vl.shown.SetText(lang.L("Phiếu chi đã liên kết:") + "\n" + strings.Join(lines, "\n"))
	vl.useSums.Show()
}

// object is the part as the form shows it: one button a line, since side by
// side they widened a two-column form past 1024 px.
func (vl *voucherLink) object() fyne.CanvasObject {
	return container.NewVBox(vl.shown, container.NewHBox(vl.make), container.NewHBox(vl.pick), container.NewHBox(vl.useSums))
}

// mismatch is the warning at the amount's field when it and the linked phiếu chi differ.
func (vl *voucherLink) mismatch(amount int64) data.Problems {
	if w := data.PaidMismatch(vl.what, amount, vl.linked); w != "" {
		return data.Problems{{Field: vl.field, Message: w, Warning: true}}
	}
	return nil
}

// makeVoucher opens a phiếu chi filled from the saved record, linked to it,
// for the chair to complete and save.
func (vl *voucherLink) makeVoucher() {
	f := vl.form
	if f.guard != nil && f.guard.dirty() {
		f.ui.showError(data.Errorf(data.EINVALID, "", "Hãy lưu trước khi lập phiếu chi"))
		return
	}
	v := vl.payment()
	f.ui.rec.linkedVoucher = &v
	f.ui.openRecord(data.RecordRef{Kind: data.KindVoucher})
}

// paymentDate is the date a prepared phiếu chi takes: the record's own day,
// or today when that is unknown or still ahead.
func paymentDate(u *UI, day time.Time) time.Time {
	if today := vn.Day(u.svc.Now()); day.IsZero() || day.After(today) {
		return today
	}
	return day
}

// pickVoucher links a phiếu chi of the books that pays for nothing yet.
func (vl *voucherLink) pickVoucher() {
	f := vl.form
	all, err := data.Vouchers.Store(f.ui.svc.Store).List(f.ui.ctx)
	if err != nil {
		f.ui.showError(err)
		return
	}
	var free []data.Voucher
	for _, v := range all {
		if v.Kind == data.VoucherPayment && v.LinkID == 0 {
			free = append(free, v)
		}
	}
	if len(free) == 0 {
		f.ui.showError(data.Errorf(data.ENOTFOUND, "", "Sổ thu – chi chưa có phiếu chi nào chưa liên kết"))
		return
	}
	data.SortVouchers(free)
	idx := make([]int, len(free))
	for i := range idx {
		idx[len(free)-1-i] = i // newest first
	}
	choice := newSelectOf(idx, func(i int) string { return free[i].Title() }, lang.L("Chọn phiếu chi"), nil)
	dialog.ShowCustomConfirm(lang.L("Liên kết phiếu chi"), lang.L("Liên kết"), lang.L("Hủy"), choice, func(ok bool) {
		if !ok || choice.Selected == "" {
			return
		}
		v := free[choice.value()]
		v.LinkKind, v.LinkID = vl.kind, vl.id
		if err := data.Vouchers.Store(f.ui.svc.Store).Update(f.ui.ctx, &v); err != nil {
			f.ui.showError(err)
			return
		}
		vl.load()
		f.showProblems(vl.mismatch(vl.amount()))
	}, f.ui.win)
}
