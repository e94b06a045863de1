// Command hello is the reference for the first-frame ratio (issue 12 §8): the smallest
// Fyne window, built with the same Fyne, tags and flags as the app and started by the
// same script (scripts/firstframe.sh) in the same run. Test tooling only, never shipped.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("vn.socongdoan.hello")
	w := a.NewWindow("Hello")
	w.SetContent(widget.NewLabel("Xin chào"))
	w.Resize(fyne.NewSize(1280, 720))
	w.ShowAndRun()
}
