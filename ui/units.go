package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// showUnits manages the list of bộ phận / tổ công đoàn: add, rename, merge.
func (u *UI) showUnits() {
	s := &unitsScreen{ui: u}
	u.setBody(s.build())
}

type unitsScreen struct {
	ui       *UI
	units    []data.Unit
	list     *widget.List
	selected int
	rename   *widget.Button
	merge    *widget.Button
	merging  dialog.Dialog // the progress of a merge running in the background, if any
}

func (s *unitsScreen) load() {
	units, err := s.ui.svc.Store.Units(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.units = units
	s.selected = -1
	s.rename.Disable()
	s.merge.Disable()
	s.list.UnselectAll()
	s.list.Refresh()
}

func (s *unitsScreen) build() fyne.CanvasObject {
	s.list = widget.NewList(
		func() int { return len(s.units) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, nil, widget.NewLabel("000 đoàn viên"), widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(s.units[i].Name)
			c.Objects[1].(*widget.Label).SetText(vn.FormatInt(int64(s.units[i].Members)) + " đoàn viên")
		})
	s.list.OnSelected = func(i widget.ListItemID) {
		s.selected = i
		s.rename.Enable()
		s.merge.Enable()
	}
	add := widget.NewButtonWithIcon(lang.L("Thêm bộ phận"), theme.ContentAddIcon(), s.add)
	add.Importance = widget.HighImportance
	s.rename = widget.NewButtonWithIcon(lang.L("Đổi tên"), theme.DocumentCreateIcon(), s.renameSelected)
	s.merge = widget.NewButtonWithIcon(lang.L("Gộp vào bộ phận khác"), theme.ContentPasteIcon(), s.mergeSelected)
	back := widget.NewButtonWithIcon(lang.L("Danh sách đoàn viên"), theme.NavigateBackIcon(), s.ui.backToRegister)
	top := container.NewVBox(
		container.NewBorder(nil, nil, container.NewHBox(back, heading(lang.L("Bộ phận / Tổ công đoàn"))), container.NewHBox(s.rename, s.merge, add)),
		widget.NewLabel(lang.L("Danh sách dùng trong biểu mẫu đoàn viên và bộ lọc. Gộp hai bộ phận sẽ chuyển toàn bộ đoàn viên sang bộ phận được giữ lại.")),
	)
	s.load()
	return container.NewBorder(top, nil, nil, nil, s.list)
}

// askName shows a one-field dialog; ok receives the cleaned text.
func (s *unitsScreen) askName(title, initial string, ok func(string) error) {
	e := newFormEntry()
	e.SetText(initial)
	msg := widget.NewLabel("")
	msg.Importance = widget.DangerImportance
	msg.Hide()
	var d dialog.Dialog
	submit := func() bool {
		if err := ok(vn.Clean(e.Text)); err != nil {
			msg.SetText(data.ErrorMessage(err))
			msg.Show()
			return false
		}
		d.Hide()
		s.load()
		return true
	}
	save := widget.NewButton(lang.L("Lưu"), func() { submit() })
	save.Importance = widget.HighImportance
	e.OnSubmitted = func(string) { save.OnTapped() }
	var guard *dialogGuard // Hủy, Escape or closing the window with a typed name asks first
	cancel := widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { guard.cancel() })
	content := container.NewVBox(widget.NewLabel(lang.L("Tên bộ phận")), e, msg,
		container.NewHBox(layout.NewSpacer(), cancel, save))
	d = dialog.NewCustomWithoutButtons(title, content, s.ui.win)
	guard = s.ui.guardDialog(d, e, submit)
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	d.Show()
	s.ui.win.Canvas().Focus(e)
}

func (s *unitsScreen) add() {
	s.askName(lang.L("Thêm bộ phận"), "", func(name string) error {
		if name == "" {
			return data.Errorf(data.EINVALID, "", "Cần nhập tên bộ phận")
		}
		_, err := s.ui.svc.Store.CreateUnit(s.ui.ctx, name)
		return err
	})
}

func (s *unitsScreen) renameSelected() {
	if s.selected < 0 {
		return
	}
	unit := s.units[s.selected]
	s.askName(lang.L("Đổi tên bộ phận"), unit.Name, func(name string) error {
		if name == "" {
			return data.Errorf(data.EINVALID, "", "Cần nhập tên bộ phận")
		}
		return s.ui.svc.Store.RenameUnit(s.ui.ctx, unit.ID, name)
	})
}

func (s *unitsScreen) mergeSelected() {
	if s.selected < 0 {
		return
	}
	from := s.units[s.selected]
	var names []string
	for _, un := range s.units {
		if un.ID != from.ID {
			names = append(names, un.Name)
		}
	}
	if len(names) == 0 {
		return
	}
	into := widget.NewSelect(names, nil)
	into.PlaceHolder = lang.L("Chọn bộ phận giữ lại")
	dialog.ShowCustomConfirm(lang.L("Gộp bộ phận"), lang.L("Gộp"), lang.L("Hủy"),
		container.NewVBox(widget.NewLabel(fmt.Sprintf("Gộp \"%s\" (%d đoàn viên) vào:", from.Name, from.Members)), into),
		func(ok bool) {
			if !ok || into.Selected == "" {
				return
			}
			for _, un := range s.units {
				if un.Name == into.Selected {
					s.mergeInBackground(from, un)
				}
			}
		}, s.ui.win)
}

// mergeInBackground moves the members of from into into off the UI goroutine:
// on a register of 20,000 members the transaction takes a second or two, and the
// window must keep drawing meanwhile. A progress dialog without buttons keeps the
// chair from starting a second change of the units until it is done.
func (s *unitsScreen) mergeInBackground(from, into data.Unit) {
	bar := widget.NewProgressBarInfinite()
	msg := widget.NewLabel(fmt.Sprintf("Đang chuyển %s đoàn viên của \"%s\" sang \"%s\"…", vn.FormatInt(int64(from.Members)), from.Name, into.Name))
	msg.Wrapping = fyne.TextWrapWord
	wait := dialog.NewCustomWithoutButtons(lang.L("Đang gộp bộ phận"), container.NewVBox(msg, bar), s.ui.win)
	wait.Resize(fyne.NewSize(460, wait.MinSize().Height))
	s.merging = wait
	wait.Show()
	ctx := s.ui.ctx
	s.ui.background(func() {
		err := s.ui.svc.Store.MergeUnits(ctx, from.ID, into.ID)
		s.ui.toUI(func() {
			bar.Stop()
			wait.Hide()
			s.merging = nil
			if err != nil {
				s.ui.showError(err)
			}
			s.load()
		})
	})
}
