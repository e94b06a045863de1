package ui

// Small things a chair notices (issue 12 §6): tooltips, the theme choice, field messages.

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// Tips never fire by themselves in tests (the test driver's fyne.Do would run them
// beside the test): a test calls show itself, as the timer would.
func init() {
	startTip = func(func()) *time.Timer { return time.NewTimer(time.Hour) }
}

// A cut text shows in full on hover (issue 12 §6), a text that fits shows no tip,
// the tip goes when the pointer leaves, and while it shows the screen beneath
// still takes clicks.
func TestCutTextShowsInFullOnHover(t *testing.T) {
	test.NewTempApp(t)
	long := "Nguyễn Thị Minh Khai — Tổ Kiểm tra chất lượng sản phẩm, Xưởng Kéo sợi số 2"
	cut := newCutLabel(long)
	fits := newCutLabel("Lan")
	tapped := false
	button := widget.NewButton("Lưu", func() { tapped = true })
	content := container.NewVBox(container.NewGridWrap(fyne.NewSize(160, 36), cut, fits), button)
	w := test.NewTempWindow(t, nil)
	w.SetContent(withTips(content, w.Canvas()))
	w.Resize(fyne.NewSize(400, 300))
	layer := tipLayers[w.Canvas()]

	if got := fits.cutText(); got != "" {
		t.Errorf("a text that fits shows a tip: %q", got)
	}
	if got := cut.cutText(); got != long {
		t.Fatalf("cut text tip = %q, want the whole text", got)
	}

	test.MoveMouse(w.Canvas(), fyne.NewPos(20, 10)) // over the cut label
	if cut.timer == nil {
		t.Fatal("hovering a cut label did not start the tip's timer")
	}
	cut.show() // what the timer does after tipDelay
	if !layer.box.Visible() || layer.text.Text != long {
		t.Fatalf("tip visible=%v text=%q, want the whole text", layer.box.Visible(), layer.text.Text)
	}
	pos, size := layer.box.Position(), layer.box.Size()
	if pos.X < 0 || pos.Y < 10 || pos.X+size.Width > 400 {
		t.Errorf("tip at %v size %v: not beside the pointer inside the window", pos, size)
	}

	// The tip draws over the Lưu button: a click there still saves.
	test.TapCanvas(w.Canvas(), button.Position().AddXY(5, 5))
	if !tapped {
		t.Error("a click under the tip did not reach the button")
	}

	test.MoveMouse(w.Canvas(), fyne.NewPos(390, 290)) // away
	if layer.box.Visible() {
		t.Error("the tip stayed after the pointer left")
	}
}

// An icon-only button names itself on hover.
func TestIconButtonNamesItselfOnHover(t *testing.T) {
	test.NewTempApp(t)
	b := newTipButton("", "Xóa dòng này", nil, nil)
	w := test.NewTempWindow(t, nil)
	w.SetContent(withTips(container.NewVBox(b), w.Canvas()))
	w.Resize(fyne.NewSize(300, 200))
	test.MoveMouse(w.Canvas(), fyne.NewPos(10, 10))
	b.show()
	if l := tipLayers[w.Canvas()]; !l.box.Visible() || l.text.Text != "Xóa dòng này" {
		t.Errorf("tip visible=%v text=%q", l.box.Visible(), l.text.Text)
	}
}

// Clicking the chosen theme again keeps it (a radio group unticks by default, which
// fell back to the system's dark theme), and the light theme is the one drawn.
func TestThemeChoiceStaysOnSecondClick(t *testing.T) {
	u, _ := newTestUI(t)
	for i, s := range u.sections {
		if s.title == "Cài đặt" {
			u.nav.Select(i)
		}
	}
	var sel *widget.RadioGroup
	walk(u.win.Content(), func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && len(r.Options) == 3 && r.Options[1] == themeLight {
			sel = r
		}
	})
	if sel == nil {
		t.Fatal("no theme choice in Cài đặt")
	}
	sel.SetSelected(themeLight)
	if !sel.Required {
		t.Error("the theme choice can be unticked")
	}
	fg := fyne.CurrentApp().Settings().Theme().Color(theme.ColorNameBackground, theme.VariantDark)
	if want := theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantLight); fg != want {
		t.Errorf("after choosing Sáng the background is %v, want the light one %v", fg, want)
	}
	t.Cleanup(func() { fyne.CurrentApp().Preferences().RemoveValue(prefTheme) })
}

// A message under a field goes blank as soon as the chair edits that field, and
// its line keeps its height so that the fields below stay under the pointer
// (issue 12 §6); the next save checks again.
func TestFieldMessageClearsOnEditWithoutMovingFields(t *testing.T) {
	u, _ := newTestUI(t)
	u.openMemberForm(nil)
	f := currentForm(t, u)
	c := u.win.Canvas()
	c.Focus(f.birth.entry)
	test.Type(f.birth.entry, "01/01/2099") // after today: refused at the field
	if f.submit() {
		t.Fatal("a member born in 2099 was saved")
	}
	r := f.rows[data.FieldBirth]
	if !r.errMsg.Visible() || r.errMsg.Text == "" {
		t.Fatalf("no message at Ngày sinh: %q", r.errMsg.Text)
	}
	below := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.idNumber)
	f.birth.entry.SetText("01/01/1990")
	if r.errMsg.Text != "" {
		t.Errorf("the message stayed after the field was edited: %q", r.errMsg.Text)
	}
	if got := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.idNumber); got != below {
		t.Errorf("the field below moved from %v to %v", below, got)
	}
	// Saving again checks again: a still-wrong value gets its message back.
	f.birth.entry.SetText("01/01/2099")
	f.submit()
	if r.errMsg.Text == "" {
		t.Error("a still-wrong value lost its message on the next save")
	}
}
