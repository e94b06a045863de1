package ui

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data/vn"
)

// fileChooser is the app's own open/save dialog, in Vietnamese throughout. Fyne's
// file dialog names its places "Home", "Computer", "Desktop" and asks "Overwrite?"
// in English with no way to translate them (issue 12 §5). This one lists the places a
// chair keeps files (Tài liệu, Màn hình nền, Tải về, the drives), the folders and the
// files of the wanted kinds; when saving it asks in Vietnamese before replacing a file.
// It never creates or touches a file itself: the caller writes.
type fileChooser struct {
	win  fyne.Window
	save bool
	exts []string // lower case with the dot; none means any file
	ext  string   // when saving, the extension a typed name gets if it lacks it
	done func(path string)

	dir     string
	items   []os.DirEntry
	chosen  string // the file picked in the list (open)
	where   *widget.Label
	list    *widget.List
	name    *formEntry // the file name (save)
	message *widget.Label
	ok      *widget.Button
	dlg     dialog.Dialog
	// confirmOverwrite asks before replacing a file; tests answer it directly.
	confirmOverwrite func(path string, yes func())
}

// newFileChooser makes an open (save == false) or save dialog starting in dir; name
// is the suggested file name when saving.
func newFileChooser(win fyne.Window, save bool, dir, name string, exts []string, done func(path string)) *fileChooser {
	c := &fileChooser{win: win, save: save, done: done}
	for _, e := range exts {
		c.exts = append(c.exts, strings.ToLower(e))
	}
	c.where = widget.NewLabel("")
	c.where.Truncation = fyne.TextTruncateEllipsis
	c.message = widget.NewLabel("")
	c.message.Importance = widget.DangerImportance
	c.message.Wrapping = fyne.TextWrapWord
	c.message.Hide()
	c.list = widget.NewList(
		func() int { return len(c.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Tên tệp")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.FolderIcon()), nil, l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			it := c.items[i]
			icon := theme.FileIcon()
			if it.IsDir() {
				icon = theme.FolderIcon()
			}
			box.Objects[1].(*widget.Icon).SetResource(icon)
			box.Objects[0].(*widget.Label).SetText(it.Name())
		},
	)
	c.list.OnSelected = func(i widget.ListItemID) { c.picked(i) }
	c.name = newFormEntry()
	c.name.SetText(name)
	c.name.OnSubmitted = func(string) { c.confirm() }
	c.name.OnChanged = func(string) { c.message.Hide() }
	okText := lang.L("Mở")
	if save {
		okText = lang.L("Lưu")
	}
	c.ok = widget.NewButtonWithIcon(okText, theme.ConfirmIcon(), c.confirm)
	c.ok.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { c.dlg.Hide() })
	up := widget.NewButtonWithIcon(lang.L("Lên một cấp"), theme.MoveUpIcon(), func() { c.open(filepath.Dir(c.dir)) })

	places := container.NewVBox()
	for _, p := range filePlaces() {
		p := p
		b := widget.NewButtonWithIcon(p.name, p.icon, func() { c.open(p.path) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		places.Add(b)
	}
	bottom := container.NewVBox(c.message)
	if save {
		bottom.Add(container.NewBorder(nil, nil, widget.NewLabel(lang.L("Tên tệp:")), nil, c.name))
	}
	bottom.Add(container.NewHBox(layout.NewSpacer(), cancel, c.ok))
	body := container.NewBorder(container.NewBorder(nil, nil, nil, up, c.where), bottom,
		container.NewHBox(container.NewVScroll(places), widget.NewSeparator()), nil, c.list)
	title := lang.L("Mở tệp")
	if save {
		title = lang.L("Lưu tệp")
	}
	c.dlg = dialog.NewCustomWithoutButtons(title, body, win)
	c.confirmOverwrite = func(path string, yes func()) {
		d := dialog.NewConfirm(lang.L("Ghi đè tệp?"),
			"Thư mục này đã có tệp \""+filepath.Base(path)+"\".\nGhi đè thì nội dung cũ của tệp đó mất hẳn. Ghi đè?",
			func(ok bool) {
				if ok {
					yes()
				}
			}, win)
		d.SetConfirmText(lang.L("Ghi đè"))
		d.SetDismissText(lang.L("Không"))
		d.Show()
	}
	c.open(dir)
	return c
}

// show opens the dialog at most 900×600, smaller on a small window.
func (c *fileChooser) show() {
	c.dlg.Show()
	size := c.win.Canvas().Size()
	c.dlg.Resize(fyne.NewSize(min(900, size.Width*0.95), min(600, size.Height*0.95)))
	if c.save {
		c.win.Canvas().Focus(c.name) // Enter saves under the suggested name
	}
}

// open lists dir; a folder that cannot be read is said so and the list stays empty.
func (c *fileChooser) open(dir string) {
	c.dir, c.chosen = dir, ""
	c.where.SetText(dir)
	c.message.Hide()
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.items = nil
		c.showMessage(lang.L("Không mở được thư mục này."))
	} else {
		c.items = c.items[:0]
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") || (!e.IsDir() && !c.wanted(e.Name())) {
				continue
			}
			c.items = append(c.items, e)
		}
		// Folders first, then files, each in Vietnamese order.
		sort.SliceStable(c.items, func(i, j int) bool {
			a, b := c.items[i], c.items[j]
			if a.IsDir() != b.IsDir() {
				return a.IsDir()
			}
			return string(vn.SortKey(a.Name())) < string(vn.SortKey(b.Name()))
		})
	}
	c.list.UnselectAll()
	c.list.Refresh()
	c.list.ScrollToTop()
}

func (c *fileChooser) wanted(name string) bool {
	if len(c.exts) == 0 {
		return true
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range c.exts {
		if e == ext {
			return true
		}
	}
	return false
}

// picked enters a folder, or takes a file (its name, when saving).
func (c *fileChooser) picked(i int) {
	if i < 0 || i >= len(c.items) {
		return
	}
	it := c.items[i]
	if it.IsDir() {
		c.open(filepath.Join(c.dir, it.Name()))
		return
	}
	c.chosen = it.Name()
	if c.save {
		c.name.SetText(it.Name())
	}
}

// confirm finishes: the chosen file when opening; when saving, the typed name in
// the current folder, asking first if a file of that name is there.
func (c *fileChooser) confirm() {
	if !c.save {
		if c.chosen == "" {
			c.showMessage(lang.L("Hãy chọn một tệp trong danh sách."))
			return
		}
		c.finish(filepath.Join(c.dir, c.chosen))
		return
	}
	name := strings.TrimSpace(c.name.Text)
	if msg := badFileName(name); msg != "" {
		c.showMessage(msg)
		return
	}
	if c.ext != "" && !strings.EqualFold(filepath.Ext(name), c.ext) {
		name += c.ext
	}
	path := filepath.Join(c.dir, name)
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		c.open(path)
	case err == nil:
		c.confirmOverwrite(path, func() { c.finish(path) })
	default:
		c.finish(path)
	}
}

func (c *fileChooser) finish(path string) {
	c.dlg.Hide()
	c.done(path)
}

func (c *fileChooser) showMessage(s string) {
	c.message.SetText(s)
	c.message.Show()
}

// badFileName says what is wrong with a file name typed when saving ("" when fine):
// the characters Windows refuses are named.
func badFileName(name string) string {
	if name == "" {
		return lang.L("Hãy gõ tên tệp.")
	}
	if i := strings.IndexAny(name, `<>:"/\|?*`); i >= 0 {
		return "Tên tệp không được có ký tự " + string(name[i]) + " (các ký tự < > : \" / \\ | ? * không dùng được)."
	}
	return ""
}

// filePlace is a shortcut on the left of the file dialog.
type filePlace struct {
	name string
	icon fyne.Resource
	path string
}

// filePlaces are the folders a chair keeps files in, named in Vietnamese, then the
// drives (Windows) or the whole computer.
func filePlaces() []filePlace {
	var out []filePlace
	home, err := os.UserHomeDir()
	if err == nil {
		out = append(out, filePlace{lang.L("Thư mục cá nhân"), theme.HomeIcon(), home})
		for _, p := range []struct{ name, dir, alt string }{
			{lang.L("Tài liệu"), "Documents", "Tài liệu"},
			{lang.L("Màn hình nền"), "Desktop", "Màn hình nền"},
			{lang.L("Tải về"), "Downloads", "Tải về"},
		} {
			for _, d := range []string{p.dir, p.alt} {
				if fi, err := os.Stat(filepath.Join(home, d)); err == nil && fi.IsDir() {
					out = append(out, filePlace{p.name, theme.FolderIcon(), filepath.Join(home, d)})
					break
				}
			}
		}
	}
	if runtime.GOOS == "windows" {
		for d := 'C'; d <= 'Z'; d++ {
			root := string(d) + `:\`
			if _, err := os.Stat(root); err == nil {
				out = append(out, filePlace{"Ổ đĩa " + string(d) + ":", theme.StorageIcon(), root})
			}
		}
	} else {
		out = append(out, filePlace{lang.L("Máy tính"), theme.ComputerIcon(), "/"})
	}
	return out
}
