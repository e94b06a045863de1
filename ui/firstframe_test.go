package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestStartupReadsWaitForTheFirstFrame: as the app starts (issue 12 §8), nothing is
// read before the window's first frame: Tổng quan says "Đang tải…" and shows no
// figure (never a 0 it has not counted), the register is not built. Once the frame
// is painted, Tổng quan shows the head counts, counted in SQL, and the register loads.
func TestStartupReadsWaitForTheFirstFrame(t *testing.T) {
	w, store := newTestWindow(t, "Trần Thị Bình", "Lê Thị Hoa", "Nguyễn Văn An")
	u := New(w, Services{Store: store, Now: func() time.Time { return today }})
	u.background = func(f func()) { f() }
	loaded := 0
	u.OnRegisterLoaded(func(int) { loaded++ })
	u.LoadAfterFirstFrame()
	u.Show()
	u.PreloadRegister()

	s := u.rec.overview
	if s.count.Text != "Đang tải…" || len(s.glance.Objects) != 0 || s.todos != nil {
		t.Errorf("before the first frame Tổng quan shows %q, %d figures, todos %v; want Đang tải… and nothing", s.count.Text, len(s.glance.Objects), s.todos)
	}
	if u.register.object != nil || loaded != 0 {
		t.Error("the register was built before the first frame")
	}

	u.firstFramePainted()
	if s.count.Text == "Đang tải…" || s.todos == nil {
		t.Errorf("after the first frame Tổng quan still shows %q", s.count.Text)
	}
	if got := glanceValue(s, "Đoàn viên nữ"); got != "2 (66,7%)" {
		t.Errorf("Đoàn viên nữ = %q, want 2 (66,7%%)", got)
	}
	if got := glanceValue(s, "Đoàn viên hiện có"); !strings.HasPrefix(got, "3 (") {
		t.Errorf("Đoàn viên hiện có = %q, want 3 (…)", got)
	}
	if loaded != 1 || len(u.register.shown) != 3 {
		t.Errorf("after the first frame the register loaded %d times with %d rows, want once with 3", loaded, len(u.register.shown))
	}
	u.firstFramePainted() // a second frame (or the timeout) reads nothing again
	if loaded != 1 {
		t.Errorf("the register loaded %d times", loaded)
	}
}

// glanceValue is the value beside key in Tổng quan's year at a glance.
func glanceValue(s *overviewScreen, key string) string {
	form := s.glance.Objects[1].(*fyne.Container)
	for i := 0; i+1 < len(form.Objects); i += 2 {
		if form.Objects[i].(*widget.Label).Text == key {
			return form.Objects[i+1].(*widget.Label).Text
		}
	}
	return "(no " + key + ")"
}
