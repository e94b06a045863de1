package ui

import (
	"context"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DataFiles lets the window change which data file it shows (issue 10, item 14): the
// demo in its own file, another register, a new one. The app implements it with the
// one-writer lock and the start-up checks; the window never opens files itself.
type DataFiles interface {
	// Real is the chair's own register: where "Về sổ thật" goes.
	Real() string
	// PrepareDemo makes the demo data in its own file beside the register (never in
	// it), unless it is there already, and returns its path. Slow: call it off the
	// UI goroutine.
	PrepareDemo(ctx context.Context) (string, error)
	// Switch shows the data file at path in this window; create makes a new, empty
	// register there (refused where a file exists). On an error the window stays on
	// the file it shows. Call it on the UI goroutine.
	Switch(path string, create bool) error
}

// demoBanner is the strip across the top of the window while demo data is shown: it
// says so plainly, and takes the chair back to the real register.
func (u *UI) demoBanner() fyne.CanvasObject {
	text := widget.NewLabelWithStyle(lang.L("Đang xem dữ liệu mẫu")+" — "+
		lang.L("mọi thay đổi chỉ ghi vào tệp mẫu, không ảnh hưởng sổ của công đoàn."), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	text.Wrapping = fyne.TextWrapWord
	var back fyne.CanvasObject = widget.NewLabel("")
	if u.svc.Files != nil {
		b := widget.NewButtonWithIcon(lang.L("Về sổ thật"), theme.NavigateBackIcon(), func() {
			u.switchFile(u.svc.Files.Real(), false)
		})
		b.Importance = widget.HighImportance
		back = b
	}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameWarning))
	bg.CornerRadius = theme.InputRadiusSize()
	// The button leads, so that it shows on the smallest screens too.
	return container.NewStack(bg, container.NewPadded(container.NewBorder(nil, nil, container.NewHBox(widget.NewIcon(theme.InfoIcon()), back), nil, text)))
}

// switchFile asks the app to show another data file, and says why when it cannot.
func (u *UI) switchFile(path string, create bool) {
	if err := u.svc.Files.Switch(path, create); err != nil {
		u.showError(err)
	}
}

// dataFileSection is the part of Cài đặt about which file the window shows: its path,
// open another register, make a new one.
func (u *UI) dataFileSection() fyne.CanvasObject {
	path := widget.NewLabel(u.svc.DBPath)
	path.Wrapping = fyne.TextWrapBreak
	box := container.NewVBox(widget.NewLabel(lang.L("Tệp dữ liệu (chỉ người dùng này đọc được):")), path)
	if u.svc.Files == nil {
		return box
	}
	open := widget.NewButtonWithIcon(lang.L("Mở tệp dữ liệu khác…"), theme.FolderOpenIcon(), func() {
		u.pickOpenPath([]string{".db"}, func(p string) { u.switchFile(p, false) })
	})
	create := widget.NewButtonWithIcon(lang.L("Tạo tệp dữ liệu mới…"), theme.ContentAddIcon(), func() {
		u.pickSavePath("so-cong-doan-moi.db", func(p string) {
			if filepath.Ext(p) == "" {
				p += ".db"
			}
			u.switchFile(p, true)
		})
	})
	note := widget.NewLabel(lang.L("Mỗi tệp là một sổ riêng. Tệp được kiểm tra trước khi mở; chỉ một cửa sổ được mở một tệp. " +
		"Lần sau ứng dụng mở lại tệp đang dùng."))
	note.Wrapping = fyne.TextWrapWord
	box.Add(note)
	box.Add(container.NewHBox(open, create))
	return box
}

// confirmDemo explains where the demo data goes before making it.
func (u *UI) confirmDemo(members int, then func()) {
	msg := lang.L("Tạo một công đoàn mẫu với %d đoàn viên, hội nghị người lao động, đối thoại và thỏa ước để dùng thử?\n\n" +
		"Dữ liệu mẫu nằm trong một tệp riêng, không ghi vào sổ của bạn. Khi xem dữ liệu mẫu, đầu cửa sổ có nút \"Về sổ thật\".")
	dialog.ShowConfirm(lang.L("Dùng thử với dữ liệu mẫu"), fmt.Sprintf(msg, members), func(ok bool) {
		if ok {
			then()
		}
	}, u.win)
}
