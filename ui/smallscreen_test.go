package ui

import (
	"context"
	"errors"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"path/filepath"
	"strings"

	"socongdoan/data"
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

func TestEveryFormFitsASmallScreen(t *testing.T) {
	u, store := newTestUI(t, "Trần Văn Đức", "Nguyễn Thị Hường")
	fyne.CurrentApp().Settings().SetTheme(theme.DefaultTheme())
	u.win.Resize(fyne.NewSize(1024, 600))
	for _, k := range []data.RecordKind{data.KindConference, data.KindDialogue, data.KindAgreement, data.KindBargaining, data.KindRepList} {
		u.openRecord(data.RecordRef{Kind: k})
		fitsSmallScreen(t, u, "biểu mẫu "+string(k), u.body.Objects[0])
	}
	u.openMemberForm(nil)
	fitsSmallScreen(t, u, "thêm đoàn viên", u.body.Objects[0])
	rows, err := store.MemberRows(context.Background())
	if err != nil || len(rows) == 0 {
		t.Fatal(rows, err)
	}
	u.openMember(rows[0].ID)
	fitsSmallScreen(t, u, "trang đoàn viên", u.body.Objects[0])
}

func TestTheAppOpensOnTheOverview(t *testing.T) {
	u, _ := newTestUI(t)
	u.Show() // as the window first shows it
	if u.current != 0 || u.sections[0].title != "Tổng quan" {
		t.Errorf("opens on section %d (%s), want Tổng quan", u.current, u.sections[u.current].title)
	}
}

func TestSavedFileOffersToOpenFileAndFolder(t *testing.T) {
	u, _ := newTestUI(t)
	var opened []string
	u.openHook = func(p string) error { opened = append(opened, p); return errors.New("no viewer") }
	path := filepath.Join(t.TempDir(), "so-doan-vien.xlsx")
	openFile, openFolder := u.savedFileButtons(func() string { return path })
	test.Tap(openFile)
	test.Tap(openFolder)
	if len(opened) != 2 || opened[0] != path || opened[1] != filepath.Dir(path) {
		t.Errorf("opened %q", opened)
	}
	// No viewer is a note, not an error titled "Lỗi".
	var title string
	var deep func(o fyne.CanvasObject)
	deep = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			if strings.Contains(x.Text, "Chưa mở được") || strings.Contains(x.Text, "Lỗi") {
				title += x.Text
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				deep(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				deep(c)
			}
		}
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		deep(top)
	}
	if title != "Chưa mở được" {
		t.Errorf("no viewer: dialog title %q, want \"Chưa mở được\"", title)
	}
	// The Báo cáo screen with both buttons shown still fits a 1024×600 screen.
	for i, s := range u.sections {
		if s.title == "Báo cáo" {
			u.open(i)
		}
	}
	walk(u.body, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && (b.Text == "Mở tệp" || b.Text == "Mở thư mục") {
			b.Show()
		}
	})
	fyne.CurrentApp().Settings().SetTheme(theme.DefaultTheme())
	fitsSmallScreen(t, u, "Báo cáo sau khi tạo tệp", u.body.Objects[0])
}
