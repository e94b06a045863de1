package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// The Mục lục thu – chi tab of Tài chính (issue 13 point 3, DOMAIN-MODULES
// Implications A): the codes the phiếu thu, phiếu chi, books, dự toán and quyết
// toán are kept under, with how many phiếu use each. A line is added, renamed or
// retired here; one in use keeps its code and kind and cannot be deleted (the
// rule: data.CheckCategoryChange), so the past books never change under the chair.

var categoriesTitle = "Mục lục thu – chi"

// flowLabel names a line's flow in the form and the list.
func flowLabel(f data.CategoryFlow) string {
	if f == data.FlowNormal {
		return lang.L("Thu, chi thông thường")
	}
	return f.Label()
}

// categoryStateLabel is "Đang dùng" or "Ngừng dùng".
func categoryStateLabel(c data.Category) string {
	if c.Retired {
		return lang.L("Ngừng dùng")
	}
	return lang.L("Đang dùng")
}

func categoriesTab(u *UI) fyne.CanvasObject {
	svc, err := u.cashService()
	var cats []data.Category
	var uses map[string]data.CategoryUse
	if err == nil {
		cats, err = svc.FinanceCategories(u.ctx)
	}
	if err == nil {
		uses, err = svc.FinanceCategoryUses(u.ctx)
	}
	if err != nil {
		u.showError(err)
	}
	rows := make([][]string, len(cats))
	for i, c := range cats {
		flow := c.Flow.Label()
		rows[i] = []string{c.Code, c.Name, c.KindLabel(), flow, categoryStateLabel(c), fmt.Sprint(uses[c.Code].Vouchers)}
	}
	table := recordTable([]string{"Mã", "Tên mục", "Loại", "Nghiệp vụ", "Trạng thái", "Số phiếu"},
		[]float32{55, 300, 50, 205, 110, 75},
		func() [][]string { return rows }, func(i int) { u.editCategory(&cats[i], uses[cats[i].Code]) })
	add := widget.NewButtonWithIcon(lang.L("Thêm mục"), theme.ContentAddIcon(), func() { u.editCategory(nil, data.CategoryUse{}) })
	add.Importance = widget.HighImportance
	help := lang.L("Mục lục là ví dụ, cần đối chiếu với công đoàn cấp trên. Bấm một dòng để sửa. Mục đã có phiếu không xóa, không đổi mã hay loại được: chọn “Ngừng dùng” để ẩn khỏi phiếu mới; phiếu, sổ, dự toán, quyết toán cũ vẫn giữ và hiện mục đó.")
	return listScreen(lang.L("Mục lục thu – chi"), help, table, len(cats) == 0, add)
}

// categoryDialog is the open dialog of one mục lục line (kept for tests).
type categoryDialog struct {
	code, name   *formEntry
	kind         *selectOf[data.VoucherKind]
	flow         *selectOf[data.CategoryFlow]
	retired      *widget.Check
	used         *widget.Label
	msg          *widget.Label
	save, delete *widget.Button
	cancel       *widget.Button
	guard        *dialogGuard
	dialog       *dialog.CustomDialog
	stored       *data.Category // nil for a new line
}

// editCategory opens the line c (nil: a new one) in a dialog.
func (u *UI) editCategory(c *data.Category, use data.CategoryUse) {
	svc, err := u.cashService()
	if err != nil {
		u.showError(err)
		return
	}
	d := &categoryDialog{code: newFormEntry(), name: newFormEntry(), msg: widget.NewLabel(""), used: widget.NewLabel(""), stored: c}
	d.kind = newSelectOf([]data.VoucherKind{data.VoucherReceipt, data.VoucherPayment}, func(k data.VoucherKind) string { return k.Label() }, lang.L("Chọn"), nil)
	d.flow = newSelectOf([]data.CategoryFlow{data.FlowNormal, data.FlowRemit, data.FlowTransfer}, flowLabel, lang.L("Chọn"), nil)
	d.retired = widget.NewCheck(lang.L("Ngừng dùng (không còn trong danh sách chọn khi lập phiếu mới)"), nil)
	d.msg.Wrapping, d.used.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	d.msg.Importance = widget.DangerImportance
	d.code.SetPlaceHolder(lang.L("Ví dụ C10"))
	title := lang.L("Thêm mục thu – chi")
	d.flow.set(data.FlowNormal)
	if c != nil {
		title = lang.L("Mục ") + c.Code
		d.code.SetText(c.Code)
		d.name.SetText(c.Name)
		d.kind.set(c.Kind)
		d.flow.set(c.Flow)
		d.retired.SetChecked(c.Retired)
		if use.InUse() {
			d.used.SetText(fmt.Sprintf(lang.L("Mục này đã có %s: không xóa, không đổi mã, loại hay nghiệp vụ được. Khi không dùng nữa, chọn “Ngừng dùng”."), use))
			d.code.Disable()
			d.kind.Disable()
			d.flow.Disable()
		} else {
			d.used.SetText(lang.L("Chưa có phiếu nào dùng mục này."))
		}
	}
	form := container.NewVBox(formSection(lang.L("Mục lục thu – chi"),
		newFieldRow(lang.L("Mã mục"), d.code),
		newFieldRow(lang.L("Tên mục"), d.name),
		newFieldRow(lang.L("Loại"), d.kind),
		newFieldRow(lang.L("Nghiệp vụ"), d.flow),
		newFieldRow("", d.retired)), d.used)
	submit := func() bool {
		n := data.Category{Code: d.code.Text, Name: d.name.Text, Kind: d.kind.value(), Flow: d.flow.value(), Retired: d.retired.Checked}
		if c != nil {
			n.Parent, n.FromYear, n.Source, n.Pos = c.Parent, c.FromYear, c.Source, c.Pos
			err = svc.ChangeFinanceCategory(u.ctx, c.Code, &n)
		} else {
			err = svc.AddFinanceCategory(u.ctx, &n)
		}
		if err != nil {
			d.msg.SetText(data.ErrorMessage(err))
			return false
		}
		d.dialog.Hide()
		u.reopenCategories()
		return true
	}
	d.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { submit() })
	d.save.Importance = widget.HighImportance
	d.cancel = widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { d.guard.cancel() })
	d.delete = widget.NewButtonWithIcon(lang.L("Xóa mục"), theme.DeleteIcon(), func() { u.deleteCategory(svc, d) })
	buttons := container.NewHBox(d.cancel, d.save)
	if c != nil {
		buttons = container.NewHBox(d.delete, d.cancel, d.save)
	}
	d.dialog = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.NewVBox(d.msg, buttons), nil, nil, form), u.win)
	d.guard = u.guardDialog(d.dialog, form, submit)
	d.dialog.Resize(fyne.NewSize(640, 500))
	d.dialog.Show()
	u.rec.category = d
}

// deleteCategory removes the dialog's line after asking; the store refuses a
// line in use and the dialog shows why.
func (u *UI) deleteCategory(svc data.VoucherService, d *categoryDialog) {
	c := d.stored
	u.confirmText(lang.L("Xóa mục"), fmt.Sprintf(lang.L("Xóa mục %s – %s khỏi mục lục thu – chi?"), c.Code, c.Name), lang.L("Xóa"), func() {
		if err := svc.DeleteFinanceCategory(u.ctx, c.Code); err != nil {
			d.msg.SetText(data.ErrorMessage(err))
			return
		}
		d.guard.hide()
		u.reopenCategories()
	})
}

// reopenCategories shows the Mục lục tab again with what was just saved.
func (u *UI) reopenCategories() {
	u.rec.category = nil
	u.rec.tabs[lang.L("Tài chính")] = financeTabIndex(categoriesTitle)
	u.setBody(u.sections[u.current].build())
}

// openFinanceTab shows Tài chính on the tab titled title, once any form on
// screen has been saved or left (Cài đặt's "Mục lục thu – chi…").
func (u *UI) openFinanceTab(title string) {
	u.leave(func() {
		for i, sec := range u.sections {
			if sec.title == lang.L("Tài chính") {
				u.rec.tabs[sec.title] = financeTabIndex(title)
				u.highlight(i)
				u.open(i)
				return
			}
		}
	}, nil)
}
