package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// savedFileButtons are "Mở tệp" and "Mở thư mục" for a file the app has just
// written (Xuất Excel, Tạo PDF; issue 12 §6). A machine with no program for the
// file gets a plain note, not an error: the file is saved and nothing went wrong.
func (u *UI) savedFileButtons(path func() string) (openFile, openFolder *widget.Button) {
	open := func(p string) {
		if p == "" {
			return
		}
		opener := u.openHook
		if opener == nil {
			opener = openPath
		}
		if err := opener(p); err != nil {
			u.noViewer(path())
		}
	}
	openFile = widget.NewButtonWithIcon(lang.L("Mở tệp"), theme.FileIcon(), func() { open(path()) })
	openFolder = widget.NewButtonWithIcon(lang.L("Mở thư mục"), theme.FolderOpenIcon(), func() {
		if p := path(); p != "" {
			open(filepath.Dir(p))
		}
	})
	return openFile, openFolder
}

// noViewer says the file is saved but no program opened it: a note, not "Lỗi".
func (u *UI) noViewer(path string) {
	dialog.ShowInformation(lang.L("Chưa mở được"),
		lang.L("Máy chưa có chương trình mở được tệp này. Tệp đã lưu tại:\n")+path, u.win)
}

// showSaved tells where a file was written, with buttons to open it or its folder.
func (u *UI) showSaved(title, message, path string) dialog.Dialog {
	text := widget.NewLabel(message)
	text.Wrapping = fyne.TextWrapWord
	openFile, openFolder := u.savedFileButtons(func() string { return path })
	body := container.NewVBox(text, container.NewHBox(openFile, openFolder))
	d := dialog.NewCustom(title, lang.L("Đóng"), body, u.win)
	d.Resize(fyne.NewSize(560, body.MinSize().Height+120))
	d.Show()
	return d
}
