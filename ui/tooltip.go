package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Tooltips (issue 12 §6: "long texts show in full on hover"; §3: header buttons that
// shrink to an icon keep their name on hover). Fyne has no tooltips, so the window's
// content is stacked under a layer that only draws: a box with the text, placed
// beside the pointer. Nothing in the layer takes mouse events (no widget in it is
// tappable or hoverable), so the screen beneath keeps working while a tip shows.

// tipDelay is how long the pointer rests on a cut text before the whole text shows,
// as on Windows.
const tipDelay = 500 * time.Millisecond

// startTip runs show after tipDelay on the UI goroutine. Tests replace it: the
// test driver's fyne.Do runs show on the timer's goroutine, beside the test.
var startTip = func(show func()) *time.Timer {
	return time.AfterFunc(tipDelay, func() { fyne.Do(show) })
}

// tipMaxWidth keeps a very long text (a dialogue's conclusions) in a readable column.
const tipMaxWidth = 480

// tipLayer is the layer of one window's tooltips.
type tipLayer struct {
	canvas fyne.Canvas
	layer  *fyne.Container // fills the window, without layout: the box is placed by hand
	box    *fyne.Container
	text   *widget.Label
	shown  fyne.CanvasObject // whose tip is showing
}

// tipLayers finds the layer of the window an object is on (one per window).
var tipLayers = map[fyne.Canvas]*tipLayer{}

// withTips stacks the tooltip layer over a window's content; c is the window's canvas.
func withTips(content fyne.CanvasObject, c fyne.Canvas) fyne.CanvasObject {
	t := tipLayers[c]
	if t == nil {
		t = &tipLayer{canvas: c, text: widget.NewLabel("")}
		t.text.Wrapping = fyne.TextWrapWord
		bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
		bg.StrokeWidth = 1
		bg.CornerRadius = theme.InputRadiusSize()
		t.box = container.NewStack(bg, t.text)
		t.box.Hide()
		t.layer = container.NewWithoutLayout(t.box)
		tipLayers[c] = t
	}
	return container.NewStack(content, t.layer)
}

// show puts text in the box beside the pointer at pos (window coordinates), kept
// inside the window and below the pointer so it never hides what is pointed at.
func (t *tipLayer) show(owner fyne.CanvasObject, text string, pos fyne.Position) {
	if text == "" {
		return
	}
	// The colours follow the theme in use now: the chair may have switched it.
	bg := t.box.Objects[0].(*canvas.Rectangle)
	bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	bg.StrokeColor = theme.Color(theme.ColorNameForeground)
	t.text.SetText(text)
	width := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding() + 2
	if width > tipMaxWidth {
		width = tipMaxWidth
	}
	win := t.layer.Size()
	if width > win.Width {
		width = win.Width
	}
	t.text.Resize(fyne.NewSize(width, 0))
	size := fyne.NewSize(width, t.text.MinSize().Height)
	x, y := pos.X+12, pos.Y+20
	if x+size.Width > win.Width {
		x = max(0, win.Width-size.Width)
	}
	if y+size.Height > win.Height { // no room below: above the pointer
		y = max(0, pos.Y-size.Height-4)
	}
	t.box.Resize(size)
	t.box.Move(fyne.NewPos(x, y))
	t.shown = owner
	t.box.Show()
	t.repaint()
}

// repaint asks the window to draw the box again. The box's own Refresh cannot: a
// driver learns an object's canvas when it first draws it, and a box that was hidden
// until now was never drawn.
func (t *tipLayer) repaint() {
	t.box.Refresh()
	t.canvas.Refresh(t.layer)
}

// hide takes down owner's tip, if it is the one showing.
func (t *tipLayer) hide(owner fyne.CanvasObject) {
	if t.shown == owner {
		t.shown = nil
		t.box.Hide()
		t.repaint()
	}
}

// hoverTip shows a tip after the pointer rests on a widget: embedded in the widgets below.
type hoverTip struct {
	timer *time.Timer
	pos   fyne.Position
	owner fyne.CanvasObject
	text  func() string // the tip; "" shows none (a text that is not cut)
}

func (h *hoverTip) mouseIn(e *desktop.MouseEvent) {
	h.pos = e.AbsolutePosition
	h.stop()
	h.timer = startTip(h.show)
}

func (h *hoverTip) mouseMoved(e *desktop.MouseEvent) { h.pos = e.AbsolutePosition }

func (h *hoverTip) mouseOut() {
	h.stop()
	if t := h.layer(); t != nil {
		t.hide(h.owner)
	}
}

func (h *hoverTip) stop() {
	if h.timer != nil {
		h.timer.Stop()
		h.timer = nil
	}
}

func (h *hoverTip) show() {
	h.timer = nil
	if t := h.layer(); t != nil && h.owner.Visible() {
		t.show(h.owner, h.text(), h.pos)
	}
}

func (h *hoverTip) layer() *tipLayer {
	if c := canvasOf(h.owner); c != nil {
		return tipLayers[c]
	}
	return nil
}

// tipLabel is a label that, when its text is cut to fit (Truncation), shows the
// whole text on hover. Tables and lists use it for their cells.
type tipLabel struct {
	widget.Label
	hoverTip
}

func newTipLabel(text string) *tipLabel {
	l := &tipLabel{}
	l.Text = text
	l.hoverTip = hoverTip{owner: l, text: l.cutText}
	l.ExtendBaseWidget(l)
	return l
}

// cutText is the label's text when it does not fit its width, "" when it does.
func (l *tipLabel) cutText() string {
	if l.Truncation == fyne.TextTruncateOff || l.Text == "" {
		return ""
	}
	if fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width <= l.Size().Width-2*theme.InnerPadding() {
		return ""
	}
	return l.Text
}

func (l *tipLabel) MouseIn(e *desktop.MouseEvent)    { l.mouseIn(e) }
func (l *tipLabel) MouseMoved(e *desktop.MouseEvent) { l.mouseMoved(e) }
func (l *tipLabel) MouseOut()                        { l.mouseOut() }

// tipButton is a button whose name shows on hover: an icon-only button (Xóa dòng,
// tháng trước …) or one whose label was shortened to fit a small screen.
type tipButton struct {
	widget.Button
	hoverTip
	tip string
}

func newTipButton(label, tip string, icon fyne.Resource, tapped func()) *tipButton {
	b := &tipButton{tip: tip}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.hoverTip = hoverTip{owner: b, text: func() string { return b.tip }}
	b.ExtendBaseWidget(b)
	return b
}

func (b *tipButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.mouseIn(e)
}

func (b *tipButton) MouseMoved(e *desktop.MouseEvent) {
	b.Button.MouseMoved(e)
	b.mouseMoved(e)
}

func (b *tipButton) MouseOut() {
	b.Button.MouseOut()
	b.mouseOut()
}

// labelOf is the label of a list or table cell made by newTipLabel (or a plain label).
func labelOf(o fyne.CanvasObject) *widget.Label {
	if t, ok := o.(*tipLabel); ok {
		return &t.Label
	}
	return o.(*widget.Label)
}

// newCutLabel is a cell label that cuts its text with "…" to fit and shows the
// whole text on hover.
func newCutLabel(text string) *tipLabel {
	l := newTipLabel(text)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
