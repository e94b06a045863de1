package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/assets"
	"socongdoan/data"
)

// showFatal fills the window with a calm Vietnamese explanation when the book cannot
// be opened at all (a newer version's database, another copy holding the lock…):
// what happened, that nothing was changed, which file, and a way out.
func showFatal(w fyne.Window, err error, path string) {
	icon := container.NewGridWrap(fyne.NewSize(64, 64), widget.NewIcon(fyne.NewStaticResource("icon.png", assets.IconPNG)))
	title := widget.NewLabelWithStyle("Không mở được sổ dữ liệu", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameHeadingText
	msg := widget.NewLabel(data.ErrorMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	safe := widget.NewLabel("Dữ liệu của bạn không bị thay đổi.")
	safe.Importance = widget.SuccessImportance
	file := widget.NewLabel("Tệp dữ liệu: " + path)
	file.Wrapping = fyne.TextWrapBreak
	quit := widget.NewButtonWithIcon("Đóng", theme.CancelIcon(), w.Close)
	quit.Importance = widget.HighImportance
	card := container.NewVBox(container.NewHBox(icon, container.NewCenter(title)), msg, safe, file,
		container.NewHBox(layout.NewSpacer(), quit))
	w.SetContent(container.NewCenter(container.NewGridWrap(fyne.NewSize(640, card.MinSize().Height), card)))
}
