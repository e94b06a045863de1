package ui

import (
	"image/color"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The keyboard of issue 12 §4. Fyne gives every key to the focused widget, and a
// widget.Entry keeps the keys it does not use (Ctrl+S, Escape, Enter without
// OnSubmitted), so with the cursor in a field the window's own shortcuts never
// ran. formEntry is the entry of every form: it passes those keys on to the
// window, which saves (Ctrl+S, Enter), cancels (Escape) or answers the dialog on
// top (keyDialog).

// formEntry is a text field of a form: keys it does not use go to the window,
// and coming into it by Tab selects its text so typing replaces it.
type formEntry struct {
	widget.Entry
	// self is the widget in the window's tree when a type embeds formEntry
	// (nameEntry): the canvas is found from it, not from the embedded part.
	self fyne.CanvasObject
	// focused: FocusGained again without FocusLost (test.Type does it) is no
	// new arrival and must not select the text being typed.
	focused bool
}

// object is the widget in the tree.
func (e *formEntry) object() fyne.CanvasObject {
	if e.self != nil {
		return e.self
	}
	return e
}

// newFormEntry is a one-line field (widget.NewEntry).
func newFormEntry() *formEntry {
	e := &formEntry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	return e
}

// newFormMultiLine is a text area (widget.NewMultiLineEntry).
func newFormMultiLine() *formEntry {
	e := newFormEntry()
	e.MultiLine = true
	return e
}

// formValue is what the unsaved-changes guard compares (guard.go).
func (e *formEntry) formValue() string { return "entry:" + e.Text }

// FocusGained selects the text, so typing over a filled field replaces it
// rather than prepending ("0912 345 678Việt Nam"). A click then places the
// cursor where it lands, which clears the selection, so this matters for Tab.
func (e *formEntry) FocusGained() {
	e.Entry.FocusGained()
	if !e.focused {
		selectAllText(&e.Entry)
	}
	e.focused = true
}

func (e *formEntry) FocusLost() {
	e.focused = false
	e.Entry.FocusLost()
}

// TypedShortcut also gives the window the shortcuts it registered (Ctrl+S).
func (e *formEntry) TypedShortcut(s fyne.Shortcut) {
	e.Entry.TypedShortcut(s)
	passShortcut(e.object(), s)
}

// TypedKey sends Escape, and Enter in a one-line field without its own
// OnSubmitted, to the window: Escape cancels the form, Enter saves it.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if !passKey(e.object(), &e.Entry, k) {
		e.Entry.TypedKey(k)
	}
}

// formSelect is a field with a list of usual values (widget.SelectEntry) that
// behaves as formEntry; its list button is no Tab stop.
type formSelect struct {
	widget.SelectEntry
	focused bool // as formEntry's
}

func newFormSelect(options []string) *formSelect {
	e := &formSelect{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.ExtendBaseWidget(e)
	e.SetOptions(options)
	if b, ok := e.ActionItem.(*widget.Button); ok {
		e.ActionItem = newIconButton(theme.MenuDropDownIcon(), b.OnTapped)
	}
	return e
}

// CreateRenderer lays the wheel catcher over the field, as formEntry does.
func (e *formSelect) CreateRenderer() fyne.WidgetRenderer {
	r := e.SelectEntry.CreateRenderer()
	return &wheelRenderer{WidgetRenderer: r, wheel: &wheelForwarder{entry: e, inner: r}}
}

func (e *formSelect) formValue() string { return "selectentry:" + e.Text }

func (e *formSelect) FocusGained() {
	e.SelectEntry.FocusGained()
	if !e.focused {
		selectAllText(&e.Entry)
	}
	e.focused = true
}

func (e *formSelect) FocusLost() {
	e.focused = false
	e.SelectEntry.FocusLost()
}

func (e *formSelect) TypedShortcut(s fyne.Shortcut) {
	e.SelectEntry.TypedShortcut(s)
	passShortcut(e, s)
}

func (e *formSelect) TypedKey(k *fyne.KeyEvent) {
	if !passKey(e, &e.Entry, k) {
		e.SelectEntry.TypedKey(k)
	}
}

// selectAllText selects a filled entry's text.
func selectAllText(e *widget.Entry) {
	if e.Text != "" {
		e.TypedShortcut(&fyne.ShortcutSelectAll{})
	}
}

// windowShortcuts are the shortcuts of each window (Ctrl+S, Ctrl+F), kept
// here as well as on its canvas: with a field focused Fyne hands a shortcut to
// the field only, and the field passes it on through this table.
var windowShortcuts = map[fyne.Canvas]*fyne.ShortcutHandler{}

// addShortcut makes s run f in the window, whether or not a field has the focus.
func (u *UI) addShortcut(s fyne.Shortcut, f func(fyne.Shortcut)) {
	c := u.win.Canvas()
	c.AddShortcut(s, f)
	h := windowShortcuts[c]
	if h == nil {
		h = &fyne.ShortcutHandler{}
		windowShortcuts[c] = h
	}
	h.AddShortcut(s, f)
}

// passShortcut gives the window a shortcut typed in field o. Only custom
// shortcuts (Ctrl+S, Ctrl+F) go on: the entry's own are the standard ones
// (copy, paste, undo…), which the window never registers.
func passShortcut(o fyne.CanvasObject, s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); !custom {
		return
	}
	if h := windowShortcuts[canvasOf(o)]; h != nil {
		h.TypedShortcut(s)
	}
}

// passKey gives the window Escape, and Enter in a one-line field e without
// OnSubmitted; true when the key went to the window.
func passKey(o fyne.CanvasObject, e *widget.Entry, k *fyne.KeyEvent) bool {
	enter := k.Name == fyne.KeyReturn || k.Name == fyne.KeyEnter
	if k.Name != fyne.KeyEscape && (!enter || e.MultiLine || e.OnSubmitted != nil) {
		return false
	}
	if c := canvasOf(o); c != nil && c.OnTypedKey() != nil {
		c.OnTypedKey()(k)
	}
	return true
}

// iconButton is a flat button with an icon that the mouse can press but Tab
// passes by (it is not fyne.Focusable): the calendar and list buttons beside
// a field, which the keyboard does not need (the date is typed, the value too).
type iconButton struct {
	widget.DisableableWidget
	icon     fyne.Resource
	onTapped func()
	hovered  bool
	bg       *canvas.Rectangle
}

func newIconButton(icon fyne.Resource, onTapped func()) *iconButton {
	b := &iconButton{icon: icon, onTapped: onTapped}
	b.ExtendBaseWidget(b)
	return b
}

func (b *iconButton) CreateRenderer() fyne.WidgetRenderer {
	b.bg = canvas.NewRectangle(color.Transparent)
	b.bg.CornerRadius = theme.InputRadiusSize()
	icon := widget.NewIcon(b.icon)
	return widget.NewSimpleRenderer(container.NewStack(b.bg, container.NewPadded(icon)))
}

func (b *iconButton) Tapped(*fyne.PointEvent) {
	if !b.Disabled() && b.onTapped != nil {
		b.onTapped()
	}
}

func (b *iconButton) MouseIn(*desktop.MouseEvent)    { b.setHover(true) }
func (b *iconButton) MouseMoved(*desktop.MouseEvent) {}
func (b *iconButton) MouseOut()                      { b.setHover(false) }

func (b *iconButton) setHover(on bool) {
	b.hovered = on
	if b.bg == nil {
		return
	}
	b.bg.FillColor = color.Transparent
	if on && !b.Disabled() {
		b.bg.FillColor = theme.Color(theme.ColorNameHover)
	}
	b.bg.Refresh()
}

// canvasOf is the canvas showing o (nil before it is shown).
func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	if fyne.CurrentApp() == nil {
		return nil
	}
	return fyne.CurrentApp().Driver().CanvasForObject(o)
}

// keyDialog answers the dialog on top of the window with Escape (its dismiss
// button) or Enter (its one highlighted button). It tells whether there was a
// dialog: the key then goes no further, so Escape over a dialog never leaves
// the form beneath it.
func (u *UI) keyDialog(k fyne.KeyName) bool {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	if p, ok := top.(*widget.PopUp); ok { // a calendar or a list: Escape closes it
		if k == fyne.KeyEscape {
			p.Hide()
		}
		return true
	}
	if q := u.question; q != nil {
		switch k {
		case fyne.KeyEscape:
			q.stay.OnTapped()
		case fyne.KeyReturn, fyne.KeyEnter:
			if q.save != nil { // "Bỏ những gì vừa nhập?": Enter does not discard
				q.save.OnTapped()
			}
		}
		return true
	}
	var buttons []*widget.Button
	walkButtons(top, func(b *widget.Button) { buttons = append(buttons, b) })
	var pick *widget.Button
	for _, b := range buttons {
		switch {
		case k == fyne.KeyEscape && (len(buttons) == 1 || b.Icon != nil && b.Icon.Name() == theme.CancelIcon().Name()):
			pick = b
		case k != fyne.KeyEscape && b.Importance == widget.HighImportance:
			if pick != nil {
				return true // two highlighted buttons: Enter does not guess
			}
			pick = b
		}
	}
	if pick != nil && !pick.Disabled() && pick.OnTapped != nil {
		pick.OnTapped()
	}
	return true
}

// walkButtons calls f with every visible button under o, in screen order.
func walkButtons(o fyne.CanvasObject, f func(*widget.Button)) {
	if o == nil || !o.Visible() {
		return
	}
	switch w := o.(type) {
	case *widget.Button:
		f(w)
	case *fyne.Container:
		for _, c := range w.Objects {
			walkButtons(c, f)
		}
	case *widget.PopUp:
		walkButtons(w.Content, f)
	case *container.Scroll:
		walkButtons(w.Content, f)
	default:
		walkButtons(overlayContent(o), f)
	}
}

// overlayContent is the Content of a dialog's overlay (Fyne's
// internal/widget.OverlayContainer, which cannot be named here); nil for
// anything else.
func overlayContent(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	c := v.Elem().FieldByName("Content")
	if !c.IsValid() || !c.CanInterface() {
		return nil
	}
	content, _ := c.Interface().(fyne.CanvasObject)
	return content
}

// CreateRenderer lays a wheel catcher over the entry. widget.Entry scrolls its
// text in a scroll of its own, which takes every wheel event under the pointer
// even when the text fits, so a long form stopped scrolling over a text box.
func (e *formEntry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	return &wheelRenderer{WidgetRenderer: r, wheel: &wheelForwarder{entry: e.object(), inner: r}}
}

// wheelRenderer is the entry's renderer with the wheel catcher on top.
type wheelRenderer struct {
	fyne.WidgetRenderer
	wheel *wheelForwarder
}

func (r *wheelRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.wheel.Resize(size)
	r.wheel.Move(fyne.NewPos(0, 0))
}

func (r *wheelRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.wheel)
}

// wheelForwarder gives a wheel event over a field to the field's own scroll when
// its text is taller than the box, otherwise to the scroll around the form. It
// is only fyne.Scrollable: taps, the cursor and the mouse pointer go through.
type wheelForwarder struct {
	widget.BaseWidget
	entry fyne.CanvasObject
	inner fyne.WidgetRenderer
}

func (w *wheelForwarder) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (w *wheelForwarder) Scrolled(ev *fyne.ScrollEvent) {
	if own := w.ownScroll(); own != nil {
		own.Scrolled(ev)
		return
	}
	if c := canvasOf(w.entry); c != nil {
		if s := scrollAround(c.Content(), w.entry, nil); s != nil {
			s.Scrolled(ev)
		}
	}
}

// ownScroll is the entry's scroll when its text is taller than the box.
func (w *wheelForwarder) ownScroll() fyne.Scrollable {
	for _, o := range w.inner.Objects() {
		s, ok := o.(fyne.Scrollable)
		if !ok || !o.Visible() {
			continue
		}
		if content := overlayContent(o); content != nil && content.Size().Height > o.Size().Height+1 {
			return s
		}
	}
	return nil
}

// scrollAround is the innermost scroll on the way from o to target (nil when
// none, or target is not under o); around is the one found so far.
func scrollAround(o, target fyne.CanvasObject, around *container.Scroll) *container.Scroll {
	if o == nil {
		return nil
	}
	if o == target {
		if around == nil {
			return nil
		}
		return around
	}
	var children []fyne.CanvasObject
	switch w := o.(type) {
	case *fyne.Container:
		children = w.Objects
	case *container.Scroll:
		around = w
		children = []fyne.CanvasObject{w.Content}
	case *container.Split:
		children = []fyne.CanvasObject{w.Leading, w.Trailing}
	case *container.AppTabs:
		if sel := w.Selected(); sel != nil {
			children = []fyne.CanvasObject{sel.Content}
		}
	case *widget.Card:
		children = []fyne.CanvasObject{w.Content}
	case *widget.Form:
		for _, it := range w.Items {
			children = append(children, it.Widget)
		}
	}
	for _, c := range children {
		if s := scrollAround(c, target, around); s != nil {
			return s
		}
	}
	return nil
}
