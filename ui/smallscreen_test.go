package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// smallScreen is the smallest screen the app must fit (issue 12 §3: a 1024×600
// netbook), less the window's title bar and the Windows taskbar.
var smallScreen = fyne.NewSize(1024, 600-40-30)

// fitsSmallScreen fails when a screen shown beside the sidebar would need more than smallScreen.
func fitsSmallScreen(t *testing.T, u *UI, name string, screen fyne.CanvasObject) {
	t.Helper()
	side := u.sidebar.MinSize()
	min := screen.MinSize()
	need := fyne.NewSize(side.Width+theme.Padding()*2+min.Width, fyne.Max(side.Height, min.Height))
	t.Logf("%s: %v (sidebar %v)", name, need, side)
	if need.Width > smallScreen.Width || need.Height > smallScreen.Height {
		t.Errorf("%s needs %v with the sidebar, more than %v", name, need, smallScreen)
	}
}

func TestEverySectionFitsASmallScreen(t *testing.T) {
	u, _ := newTestUI(t, "Trần Văn Đức", "Nguyễn Thị Hường")
	fyne.CurrentApp().Settings().SetTheme(theme.DefaultTheme()) // the sizes a chair sees
	u.win.Resize(fyne.NewSize(1024, 600))
	for i, s := range u.sections {
		u.open(i)
		fitsSmallScreen(t, u, s.title, u.body.Objects[0])
	}
}
