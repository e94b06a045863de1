package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Issue 12 §3: every section, Hướng dẫn and Giới thiệu show at once on a 1024×600
// netbook — with the sample-data banner, the tallest the window's top gets — so the
// sidebar never scrolls.
func TestTheSidebarFitsASmallScreenWithoutScrolling(t *testing.T) {
	u, _ := newTestUI(t)
	fyne.CurrentApp().Settings().SetTheme(theme.DefaultTheme()) // the sizes a chair sees
	u.svc.Demo = true
	u.Show()
	u.win.Resize(smallScreen)
	if len(u.sections) < 12 {
		t.Fatalf("%d sections, the test wants the full sidebar", len(u.sections))
	}
	u.nav.ScrollToBottom()
	if off := u.nav.GetScrollOffset(); off != 0 {
		t.Errorf("the sidebar scrolls by %v px at %v (sidebar needs %v)", off, smallScreen, u.sidebar.MinSize())
	}
}
