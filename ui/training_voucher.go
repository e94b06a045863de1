package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// A course's cost and its phiếu chi (data/training_voucher.go): the course
// form shows the phiếu chi linked to the course, makes one from the course or
// links one already written, and says at the cost field when the two sums differ.

// courseVouchers is the phiếu chi part of the course form.
type courseVouchers struct {
	form                *courseForm
	linked              []data.Voucher
	shown               *widget.Label
	make, pick, useSums *widget.Button
}

func newCourseVouchers(f *courseForm) *courseVouchers {
	cv := &courseVouchers{form: f, shown: widget.NewLabel("")}
	cv.shown.Wrapping = fyne.TextWrapWord
	cv.make = widget.NewButtonWithIcon(lang.L("Lập phiếu chi"), theme.ContentAddIcon(), cv.makeVoucher)
	cv.pick = widget.NewButtonWithIcon(lang.L("Chọn phiếu chi đã có"), theme.SearchIcon(), cv.pickVoucher)
	cv.useSums = widget.NewButton(lang.L("Lấy theo phiếu chi"), func() { setMoney(f.cost, data.VouchersTotal(cv.linked)) })
	if f.course == nil { // linked by the course's id: saved first
		cv.make.Disable()
		cv.pick.Disable()
	}
	cv.load()
	return cv
}

// load reads the phiếu chi linked to the course and shows them.
func (cv *courseVouchers) load() {
	f := cv.form
	cv.linked = nil
	if f.course != nil {
		all, err := data.Vouchers.Store(f.ui.svc.Store).List(f.ui.ctx)
		if err != nil {
			f.ui.showError(err)
		}
		cv.linked = data.CourseVouchers(f.course.ID, all)
	}
	if len(cv.linked) == 0 {
		cv.shown.SetText(lang.L("Chưa liên kết phiếu chi nào trong sổ thu – chi."))
		cv.useSums.Hide()
		return
	}
	var lines []string
	for i := range cv.linked {
		lines = append(lines, cv.linked[i].Title())
	}
	cv.shown.SetText(lang.L("Phiếu chi đã liên kết:") + "\n" + strings.Join(lines, "\n"))
	cv.useSums.Show()
}

func (cv *courseVouchers) object() fyne.CanvasObject {
	// One button a line: side by side they widened the course form past 1024 px.
	return container.NewVBox(cv.shown, container.NewHBox(cv.make), container.NewHBox(cv.pick), container.NewHBox(cv.useSums))
}

// mismatch is the warning at the cost field when the cost and the linked phiếu chi differ.
func (cv *courseVouchers) mismatch(c *data.Course) data.Problems {
	if w := data.CourseCostMismatch(c, cv.linked); w != "" {
		return data.Problems{{Field: data.FieldCourseCost, Message: w, Warning: true}}
	}
	return nil
}

// makeVoucher opens a phiếu chi filled from the saved course (its cost, its
// name, linked to it) for the chair to complete and save.
func (cv *courseVouchers) makeVoucher() {
	f := cv.form
	if f.guard != nil && f.guard.dirty() {
		f.ui.showError(data.Errorf(data.EINVALID, "", "Hãy lưu lớp trước khi lập phiếu chi"))
		return
	}
	date := f.course.End()
	if today := vn.Day(f.ui.svc.Now()); date.IsZero() || date.After(today) {
		date = today
	}
	v := data.CoursePayment(f.course, date)
	f.ui.rec.linkedVoucher = &v
	f.ui.openRecord(data.RecordRef{Kind: data.KindVoucher})
}

// pickVoucher links a phiếu chi of the books that pays for nothing yet.
func (cv *courseVouchers) pickVoucher() {
	f := cv.form
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
	dialog.ShowCustomConfirm(lang.L("Liên kết phiếu chi với lớp"), lang.L("Liên kết"), lang.L("Hủy"), choice, func(ok bool) {
		if !ok || choice.Selected == "" {
			return
		}
		v := free[choice.value()]
		v.LinkKind, v.LinkID = data.KindCourse, f.course.ID
		if err := data.Vouchers.Store(f.ui.svc.Store).Update(f.ui.ctx, &v); err != nil {
			f.ui.showError(err)
			return
		}
		cv.load()
		c, _ := f.collect()
		f.showProblems(cv.mismatch(c))
	}, f.ui.win)
}
