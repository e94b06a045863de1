package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// showFatal fills the window with a plain Vietnamese message when the book cannot be opened.
func showFatal(w fyne.Window, err error) {
	msg := widget.NewLabel("Không mở được sổ dữ liệu.\n\n" + data.ErrorMessage(err))
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewPadded(msg))
}
