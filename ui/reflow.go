package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// reflowColumns lays its parts out side by side, in equal columns, when the
// space is wide enough for every part at its minimum width, and one under the
// other otherwise, so that a two-column form fits a 1024×600 netbook (issue 12 §3).
// Its minimum size is the one-column one: it never makes the window wider than
// its widest part.
func reflowColumns(parts ...fyne.CanvasObject) *fyne.Container {
	return container.New(reflowLayout{}, parts...)
}

type reflowLayout struct{}

func (reflowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	shown := 0
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		min.Width = fyne.Max(min.Width, m.Width)
		min.Height += m.Height
		shown++
	}
	if shown > 1 {
		min.Height += theme.Padding() * float32(shown-1)
	}
	return min
}

// sideBySide reports whether parts fit in columns across width.
func (reflowLayout) sideBySide(objs []fyne.CanvasObject, width float32) bool {
	var widest float32
	shown := 0
	for _, o := range objs {
		if o.Visible() {
			widest = fyne.Max(widest, o.MinSize().Width)
			shown++
		}
	}
	return shown > 1 && widest*float32(shown)+theme.Padding()*float32(shown-1) <= width
}

func (l reflowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	if l.sideBySide(objs, size.Width) {
		shown := 0
		for _, o := range objs {
			if o.Visible() {
				shown++
			}
		}
		w := (size.Width - pad*float32(shown-1)) / float32(shown)
		x := float32(0)
		for _, o := range objs {
			if !o.Visible() {
				continue
			}
			o.Move(fyne.NewPos(x, 0))
			o.Resize(fyne.NewSize(w, fyne.Max(o.MinSize().Height, size.Height)))
			x += w + pad
		}
		return
	}
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + pad
	}
}
