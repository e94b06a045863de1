package ui

import (
	"context"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// ctrlS is the shortcut the window gets for Ctrl+S.
var ctrlS = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}

// Issue 12 §4: Ctrl+S typed with the cursor in a field saves the form, as its
// Lưu button does (before, the entry kept the shortcut and nothing happened).
func TestCtrlSInAFieldSavesTheForm(t *testing.T) {
	u, store := newTestUI(t, "Lê Minh Anh")
	f := editFirstMember(t, u, store)
	c := u.win.Canvas()
	c.Focus(f.phone)
	test.Type(f.phone, "0912345678")
	c.Focused().(fyne.Shortcutable).TypedShortcut(ctrlS)
	m, _ := store.Member(context.Background(), f.member.ID)
	if m.Phone != "0912345678" {
		t.Fatalf("after Ctrl+S the stored phone is %q", m.Phone)
	}
	if u.hasUnsaved() {
		t.Error("the form still counts as changed after Ctrl+S")
	}
}

// Enter in a one-line field saves; in a text area it is a new line.
func TestEnterInAFieldSavesTheForm(t *testing.T) {
	u, store := newTestUI(t, "Lê Minh Anh")
	f := editFirstMember(t, u, store)
	c := u.win.Canvas()
	c.Focus(f.notes)
	test.Type(f.notes, "dòng một")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if m, _ := store.Member(context.Background(), f.member.ID); m.Notes != "" {
		t.Fatalf("Enter in Ghi chú saved %q", m.Notes)
	}
	c.Focus(f.phone)
	test.Type(f.phone, "0912345678")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	m, _ := store.Member(context.Background(), f.member.ID)
	if m.Phone != "0912345678" || m.Notes == "" {
		t.Fatalf("after Enter in Điện thoại: phone %q, notes %q", m.Phone, m.Notes)
	}
}

// Escape in a field of a changed form asks "Lưu thay đổi?"; Escape again
// answers Ở lại and keeps the text; an unchanged form closes at once.
func TestEscapeCancelsTheFormThroughTheGuard(t *testing.T) {
	u, store := newTestUI(t, "Lê Minh Anh")
	f := editFirstMember(t, u, store)
	c := u.win.Canvas()
	c.Focus(f.phone)
	test.Type(f.phone, "0912")
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.question == nil {
		t.Fatal("Escape on a changed form did not ask")
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) // the dialog has the keys now
	if u.question != nil || !onScreen(c.Content(), f.save) || f.phone.Text != "0912" {
		t.Fatalf("Escape on the question: question %v, form on screen %v, phone %q",
			u.question != nil, onScreen(c.Content(), f.save), f.phone.Text)
	}
	f.phone.SetText("")
	c.Focus(f.phone)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if u.question != nil || onScreen(c.Content(), f.save) {
		t.Fatalf("Escape on an unchanged form: question %v, form on screen %v", u.question != nil, onScreen(c.Content(), f.save))
	}
}

// Escape dismisses a confirm dialog (its "No" side); Enter confirms it.
func TestEscapeAndEnterAnswerAConfirmDialog(t *testing.T) {
	u, _ := newTestUI(t, "Lê Minh Anh")
	c := u.win.Canvas()
	for _, k := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		answer := "none"
		d := dialog.NewConfirm("Xóa?", "Xóa bản ghi này?", func(ok bool) {
			answer = map[bool]string{true: "yes", false: "no"}[ok]
		}, u.win)
		d.Show()
		c.OnTypedKey()(&fyne.KeyEvent{Name: k})
		want := map[fyne.KeyName]string{fyne.KeyEscape: "no", fyne.KeyReturn: "yes"}[k]
		if answer != want || c.Overlays().Top() != nil {
			t.Errorf("%s: answer %s (want %s), dialog still shown %v", k, answer, want, c.Overlays().Top() != nil)
		}
	}
}

// Escape closes the guide and goes back to the section.
func TestEscapeClosesTheGuide(t *testing.T) {
	u, _ := newTestUI(t, "Lê Minh Anh")
	u.nav.Select(1)
	u.showCurrentHelp()
	c := u.win.Canvas()
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if onScreen(c.Content(), u.register.search) == false || u.help != nil {
		t.Fatal("Escape left the guide on screen")
	}
}

// Tab into a filled field selects its text, so typing replaces it (before:
// "0912 345 678Việt Nam" in Quốc tịch); the calendar and list buttons are no
// Tab stops.
func TestTabSelectsAndSkipsTheButtons(t *testing.T) {
	u, store := newTestUI(t, "Lê Minh Anh")
	f := editFirstMember(t, u, store)
	c := u.win.Canvas()
	c.Focus(f.phone)
	f.phone.SetText("0912 345 678")
	f.nationality.SetText("Việt Nam")
	c.Focus(f.nationality)
	c.Focus(f.phone)
	if f.phone.SelectedText() != "0912 345 678" {
		t.Fatalf("focus into Điện thoại selected %q", f.phone.SelectedText())
	}
	test.Type(f.phone, "0987")
	if f.phone.Text != "0987" {
		t.Errorf("typing over the selection gave %q", f.phone.Text)
	}
	c.Focus(f.nationality)
	test.Type(f.nationality, "Lào")
	if f.nationality.Text != "Lào" {
		t.Errorf("Quốc tịch after Tab and typing: %q", f.nationality.Text)
	}
	// Tab through the whole form: never a button beside a field.
	c.Unfocus()
	seen := map[fyne.Focusable]bool{}
	for i := 0; i < 200; i++ {
		c.FocusNext()
		o := c.Focused()
		if o == nil || seen[o] {
			break
		}
		seen[o] = true
		if _, ok := o.(*widget.Button); ok && o != f.save && o != f.cancel {
			if b := o.(*widget.Button); b.Text == "" {
				t.Errorf("Tab stopped on an icon button beside a field")
			}
		}
	}
	if seen[f.birth.entry] == false || seen[f.nationality] == false {
		t.Errorf("Tab did not reach Ngày sinh and Quốc tịch")
	}
	var _ fyne.Focusable = f.birth.entry
	if _, ok := any(f.birth.button).(fyne.Focusable); ok {
		t.Error("the calendar button takes the focus")
	}
	if _, ok := f.nationality.ActionItem.(fyne.Focusable); ok {
		t.Error("the list button of Quốc tịch takes the focus")
	}
}

// The mouse wheel over a text box whose text fits scrolls the form around it
// (before, the box's own scroll took the event and the form stood still); a
// box with more text than it shows scrolls its text.
func TestWheelOverATextBoxScrollsTheForm(t *testing.T) {
	test.NewTempApp(t)
	notes := newFormMultiLine()
	notes.SetMinRowsVisible(3)
	notes.SetText("một dòng")
	long := newFormMultiLine()
	long.SetMinRowsVisible(2)
	long.SetText("1\n2\n3\n4\n5\n6\n7\n8")
	top := canvas.NewRectangle(color.Transparent)
	top.SetMinSize(fyne.NewSize(10, 150))
	bottom := canvas.NewRectangle(color.Transparent)
	bottom.SetMinSize(fyne.NewSize(10, 900))
	nationality := newFormSelect([]string{"Việt Nam", "Lào"})
	form := container.NewVScroll(container.NewVBox(top, notes, long, nationality, bottom))
	w := test.NewTempWindow(t, form)
	w.Resize(fyne.NewSize(400, 300))
	c := w.Canvas()

	at := func(o fyne.CanvasObject) fyne.Position {
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		return p.AddXY(o.Size().Width/2, o.Size().Height/2)
	}
	test.Scroll(c, at(notes), 0, -40)
	if form.Offset.Y <= 0 {
		t.Fatalf("wheel over a text box that fits: the form's offset is %v", form.Offset.Y)
	}
	before := form.Offset.Y
	test.Scroll(c, at(long), 0, -20)
	if form.Offset.Y != before {
		t.Errorf("wheel over a box with more text than it shows scrolled the form (%v → %v)", before, form.Offset.Y)
	}
	test.Scroll(c, at(nationality), 0, -20)
	if form.Offset.Y <= before {
		t.Errorf("wheel over Quốc tịch: the form's offset stayed %v", form.Offset.Y)
	}
}
