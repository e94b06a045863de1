package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data/vn"
)

// showTrash lists the members moved to the trash, each with a restore button.
// Nothing is ever hard-deleted, so a mistake is always one click from undone.
func (u *UI) showTrash() {
	rows, err := u.svc.Members.TrashRows(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	back := widget.NewButtonWithIcon(lang.L("Danh sách đoàn viên"), theme.NavigateBackIcon(), u.backToRegister)
	top := container.NewVBox(container.NewHBox(back, heading(lang.L("Thùng rác"))),
		widget.NewLabel(lang.L("Đoàn viên đã chuyển vào thùng rác. Bấm \"Khôi phục\" để đưa trở lại danh sách.")))
	if len(rows) == 0 {
		u.setBody(container.NewBorder(top, nil, nil, nil, widget.NewLabel(lang.L("Thùng rác trống."))))
		return
	}
	list := widget.NewList(
		func() int { return len(rows) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.L("Khôi phục"), theme.ContentUndoIcon(), nil), widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			r := rows[i]
			c.Objects[0].(*widget.Label).SetText(r.Name + " — " + vn.FormatDateOrYear(r.BirthDate, r.BirthYearOnly) + " — " + r.UnitName)
			c.Objects[1].(*widget.Button).OnTapped = func() {
				if err := u.svc.Members.RestoreMember(u.ctx, r.ID); err != nil {
					u.showError(err)
					return
				}
				u.register.reload()
				u.showTrash()
			}
		})
	u.setBody(container.NewBorder(top, nil, nil, nil, list))
}
