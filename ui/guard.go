package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Nothing typed is lost without a question (issue 9): every form on screen
// registers with the UI's formGuard. Leaving it — by the sidebar, its own back or
// cancel button, a record opened from elsewhere, or closing the window — goes
// through UI.leave, which asks "Lưu thay đổi?" when the inputs hold values other
// than the ones the form loaded. The comparison is by value: typing a letter and
// deleting it again is no change.
//
// A form registers once, with the parts of its screen that hold its inputs, its
// save (true when saved; false keeps the chair on the form with the messages at
// the fields) and its cancel. Keyboard shortcuts (Ctrl+S, Escape) call
// UI.saveForm and UI.cancelForm, the same entry points as the buttons.

// formGuard is the form on screen that must not be left with unsaved changes.
type formGuard struct {
	parts  []*formPart
	save   func() bool // nil: the form cannot save by itself (the question offers Bỏ / Ở lại)
	cancel func()
	// changed, when set, tells instead of the parts whether there is work to
	// lose (a wizard whose steps replace each other: the importer).
	changed func() bool
}

// formPart is one area of a form whose inputs are compared with what was loaded.
type formPart struct {
	root   fyne.CanvasObject
	loaded []string
	skip   map[fyne.CanvasObject]bool
}

// guardForm registers the form whose inputs are inside parts. It is active for
// as long as its first part is on screen; a later form replaces it.
func (u *UI) guardForm(save func() bool, cancel func(), parts ...fyne.CanvasObject) *formGuard {
	g := &formGuard{save: save, cancel: cancel}
	for _, p := range parts {
		g.parts = append(g.parts, &formPart{root: p, skip: map[fyne.CanvasObject]bool{}})
	}
	g.reset()
	u.guard = g
	return g
}

// unguard drops g when it is the registered form (its inputs left the screen).
func (u *UI) unguard(g *formGuard) {
	if g != nil && u.guard == g {
		u.guard = nil
	}
}

// part returns the part rooted at o (nil when o is not one).
func (g *formGuard) part(o fyne.CanvasObject) *formPart {
	for _, p := range g.parts {
		if p.root == o {
			return p
		}
	}
	return nil
}

// ignore leaves inputs out of the comparison: choices that are not part of the
// record (the kind of a document to attach, the theme).
func (g *formGuard) ignore(objs ...fyne.CanvasObject) {
	for _, p := range g.parts {
		for _, o := range objs {
			p.skip[o] = true
		}
		p.reset()
	}
}

// reset takes the values on screen as the saved ones (after loading or saving).
func (g *formGuard) reset() {
	for _, p := range g.parts {
		p.reset()
	}
}

func (p *formPart) reset() { p.loaded = p.values() }

// values lists the value of every input under the part's root, in screen order.
func (p *formPart) values() []string {
	var out []string
	walkInputs(p.root, p.skip, func(v string) { out = append(out, v) })
	return out
}

// dirty tells whether the inputs differ from what was loaded.
func (p *formPart) dirty() bool {
	now := p.values()
	if len(now) != len(p.loaded) {
		return true
	}
	for i := range now {
		if now[i] != p.loaded[i] {
			return true
		}
	}
	return false
}

// dirty tells whether any part of the form differs from what was loaded.
func (g *formGuard) dirty() bool {
	if g.changed != nil {
		return g.changed()
	}
	for _, p := range g.parts {
		if p.dirty() {
			return true
		}
	}
	return false
}

// formValuer is a custom input that tells its value to the guard.
type formValuer interface{ formValue() string }

// walkInputs calls f with the value of each input under o, skipping the subtrees in skip.
func walkInputs(o fyne.CanvasObject, skip map[fyne.CanvasObject]bool, f func(string)) {
	if o == nil || skip[o] {
		return
	}
	switch w := o.(type) {
	case formValuer:
		f(w.formValue())
	case *widget.SelectEntry:
		f("selectentry:" + w.Text)
	case *widget.Entry:
		f("entry:" + w.Text)
	case *widget.Check:
		f("check:" + strconv.FormatBool(w.Checked))
	case *widget.Select:
		f("select:" + w.Selected)
	case *widget.RadioGroup:
		f("radio:" + w.Selected)
	case *widget.CheckGroup:
		f("checks:" + strings.Join(w.Selected, "\x00"))
	case *fyne.Container:
		f("box:" + strconv.Itoa(len(w.Objects))) // a child row added or removed is a change
		for _, c := range w.Objects {
			walkInputs(c, skip, f)
		}
	case *container.Scroll:
		walkInputs(w.Content, skip, f)
	case *container.Split:
		walkInputs(w.Leading, skip, f)
		walkInputs(w.Trailing, skip, f)
	case *container.AppTabs:
		for _, t := range w.Items {
			walkInputs(t.Content, skip, f)
		}
	case *widget.Card:
		walkInputs(w.Content, skip, f)
	case *widget.Form:
		for _, it := range w.Items {
			walkInputs(it.Widget, skip, f)
		}
	}
}

// active is the registered form if it is on screen.
func (u *UI) active() *formGuard {
	g := u.guard
	if g == nil || len(g.parts) == 0 || !onScreen(u.win.Content(), g.parts[0].root) {
		return nil
	}
	return g
}

// onScreen tells whether target is in the tree under o.
func onScreen(o, target fyne.CanvasObject) bool {
	if o == nil {
		return false
	}
	if o == target {
		return true
	}
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			if onScreen(c, target) {
				return true
			}
		}
	case *container.Scroll:
		return onScreen(w.Content, target)
	case *container.Split:
		return onScreen(w.Leading, target) || onScreen(w.Trailing, target)
	case *container.AppTabs:
		for _, t := range w.Items {
			if onScreen(t.Content, target) {
				return true
			}
		}
	case *widget.Card:
		return onScreen(w.Content, target)
	}
	return false
}

// hasUnsaved tells whether the form on screen holds changes not saved.
func (u *UI) hasUnsaved() bool {
	g := u.active()
	return g != nil && g.dirty()
}

// leave runs goOn at once when no form on screen has unsaved changes; otherwise
// it asks "Lưu thay đổi?": Lưu saves and goes on (a refused save stays, with the
// messages at the fields), Không lưu goes on, Ở lại stays. stay (may be nil)
// undoes what started the leaving, such as the sidebar's new selection.
func (u *UI) leave(goOn, stay func()) {
	g := u.active()
	if g == nil || !g.dirty() {
		goOn()
		return
	}
	u.askSave(g.save, func() {
		if u.guard == g {
			u.guard = nil // answered: the form is not asked about again on the way out
		}
		goOn()
	}, stay)
}

// saveQuestion is the "Lưu thay đổi?" dialog on screen (tests press its buttons).
type saveQuestion struct {
	dialog              dialog.Dialog
	save, discard, stay *widget.Button
}

// askSave asks whether to save before going on. Lưu runs save and goes on only
// when it returns true.
//
// Without save (a step or dialog that cannot save by itself) the question is
// "Bỏ những gì vừa nhập?" with Bỏ (goes on) and Ở lại.
func (u *UI) askSave(save func() bool, goOn, stay func()) {
	if save == nil {
		u.askDiscard(goOn, stay)
		return
	}
	q := &saveQuestion{}
	msg := widget.NewLabel(lang.L("Biểu mẫu có thay đổi chưa được lưu. Lưu trước khi rời đi?"))
	msg.Wrapping = fyne.TextWrapWord
	done := func() { q.dialog.Hide(); u.question = nil }
	q.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() {
		done()
		if save != nil && save() {
			goOn()
		} else if stay != nil {
			stay()
		}
	})
	q.save.Importance = widget.HighImportance
	q.discard = widget.NewButtonWithIcon(lang.L("Không lưu"), theme.CancelIcon(), func() { done(); goOn() })
	q.discard.Importance = widget.DangerImportance
	q.stay = widget.NewButtonWithIcon(lang.L("Ở lại"), theme.NavigateBackIcon(), func() {
		done()
		if stay != nil {
			stay()
		}
	})
	buttons := container.NewHBox(layout.NewSpacer(), q.stay, q.discard, q.save)
	q.dialog = dialog.NewCustomWithoutButtons(lang.L("Lưu thay đổi?"), container.NewVBox(msg, buttons), u.win)
	q.dialog.Resize(fyne.NewSize(480, q.dialog.MinSize().Height))
	u.question = q
	q.dialog.Show()
}

// askDiscard asks "Bỏ những gì vừa nhập?": Bỏ goes on, Ở lại stays (as does
// Escape); Enter does not discard. q.save is nil.
func (u *UI) askDiscard(goOn, stay func()) {
	q := &saveQuestion{}
	msg := widget.NewLabel(lang.L("Những gì bạn vừa nhập hoặc chọn ở đây chưa được dùng và sẽ mất nếu rời đi."))
	msg.Wrapping = fyne.TextWrapWord
	done := func() { q.dialog.Hide(); u.question = nil }
	q.discard = widget.NewButtonWithIcon(lang.L("Bỏ"), theme.DeleteIcon(), func() { done(); goOn() })
	q.discard.Importance = widget.DangerImportance
	q.stay = widget.NewButtonWithIcon(lang.L("Ở lại"), theme.NavigateBackIcon(), func() {
		done()
		if stay != nil {
			stay()
		}
	})
	q.stay.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer(), q.discard, q.stay)
	q.dialog = dialog.NewCustomWithoutButtons(lang.L("Bỏ những gì vừa nhập?"), container.NewVBox(msg, buttons), u.win)
	q.dialog.Resize(fyne.NewSize(480, q.dialog.MinSize().Height))
	u.question = q
	q.dialog.Show()
}

// dialogGuard is a modal dialog where the chair types (an entry of the sổ văn
// bản đi, a status change, a unit's name): closing it with typed changes, by
// its Hủy, Escape or closing the window, asks first, as leaving a form does.
type dialogGuard struct {
	ui     *UI
	part   *formPart
	save   func() bool // the dialog's own save: true when saved (it has closed); nil: none
	dialog dialog.Dialog
	closed bool
}

// guardDialog registers the dialog d whose inputs are under root; save is its
// own save (nil when it has none). Its Hủy button calls the guard's cancel. The
// guard ends when d closes.
func (u *UI) guardDialog(d dialog.Dialog, root fyne.CanvasObject, save func() bool) *dialogGuard {
	g := &dialogGuard{ui: u, part: &formPart{root: root, skip: map[fyne.CanvasObject]bool{}}, save: save, dialog: d}
	g.part.reset()
	u.dialogGuard = g
	d.SetOnClosed(func() {
		g.closed = true
		if u.dialogGuard == g {
			u.dialogGuard = nil
		}
	})
	return g
}

// cancel closes the dialog, asking first when it holds typed changes.
func (g *dialogGuard) cancel() { g.leave(func() {}) }

// leave closes the dialog and runs goOn, asking first when the dialog holds
// typed changes; Ở lại keeps it open with its text.
func (g *dialogGuard) leave(goOn func()) {
	if !g.part.dirty() {
		g.hide()
		goOn()
		return
	}
	// Lưu runs the dialog's save, which closes it when it is accepted and keeps
	// it open with its message when refused.
	g.ui.askSave(g.save, func() { g.hide(); goOn() }, nil)
}

// hide closes the dialog unless it has closed already (its save closes it).
func (g *dialogGuard) hide() {
	if !g.closed {
		g.dialog.Hide()
	}
}

// saveForm is "Lưu" of the form on screen (the keyboard's Ctrl+S); false when
// there is no form or its save was refused.
func (u *UI) saveForm() bool {
	g := u.active()
	if g == nil || g.save == nil {
		return false
	}
	return g.save()
}

// cancelForm is "Hủy" / "Quay lại" of the form on screen (the keyboard's Escape),
// asking first when there are unsaved changes.
func (u *UI) cancelForm() {
	g := u.active()
	if g == nil || g.cancel == nil {
		return
	}
	u.leave(g.cancel, nil)
}

// interceptClose makes closing the window ask first when a form holds unsaved
// changes; with none the window closes at once.
func (u *UI) interceptClose() {
	u.closeWindow = u.win.Close
	u.requestClose = func() {
		closeAll := func() { u.leave(func() { u.closeWindow() }, nil) }
		if g := u.dialogGuard; g != nil {
			g.leave(closeAll) // the dialog on top first, then the form beneath
			return
		}
		closeAll()
	}
	u.win.SetCloseIntercept(u.requestClose)
}
