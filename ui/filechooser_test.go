package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// shownTexts returns the texts of the labels, buttons and entries under o.
func shownTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, w.Text)
		case *widget.Entry:
			out = append(out, w.Text)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
			return
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.WidgetRenderer(w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func overlayTexts(w fyne.Window) string {
	var all []string
	for _, o := range w.Canvas().Overlays().List() {
		all = append(all, shownTexts(o)...)
	}
	return strings.Join(all, "\n")
}

func newChooserDir(t *testing.T) string {
	dir := t.TempDir()
	for _, f := range []string{"danh-sach.xlsx", "ghi-chu.txt", ".an.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, f), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "Báo cáo"), 0o700); err != nil {
		t.Fatal(err)
	}
	return dir
}

// Issue 12 §5: the file dialog is Vietnamese, lists folders then the wanted files,
// and opens the file picked.
func TestFileChooserOpens(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 600))
	dir := newChooserDir(t)
	var got string
	c := newFileChooser(w, false, dir, "", []string{".XLSX"}, func(p string) { got = p })
	c.show()
	var names []string
	for _, it := range c.items {
		names = append(names, it.Name())
	}
	if strings.Join(names, "|") != "Báo cáo|danh-sach.xlsx" {
		t.Errorf("listed %v, want the folder then the .xlsx file (no hidden file, no .txt)", names)
	}
	texts := overlayTexts(w)
	for _, english := range []string{"Home", "Computer", "Desktop", "Open", "Cancel", "Save"} {
		if strings.Contains("\n"+texts+"\n", "\n"+english+"\n") {
			t.Errorf("the dialog shows %q:\n%s", english, texts)
		}
	}
	if !strings.Contains(texts, "Thư mục cá nhân") || !strings.Contains(texts, "Hủy") {
		t.Errorf("the dialog lacks its Vietnamese places and buttons:\n%s", texts)
	}
	c.confirm()
	if got != "" || !c.message.Visible() {
		t.Errorf("confirm with nothing picked: got %q, message shown %v", got, c.message.Visible())
	}
	c.picked(0) // into Báo cáo
	if c.dir != filepath.Join(dir, "Báo cáo") || len(c.items) != 0 {
		t.Errorf("after picking the folder: dir %q, %d items", c.dir, len(c.items))
	}
	c.open(filepath.Dir(c.dir))
	c.picked(1)
	c.confirm()
	if got != filepath.Join(dir, "danh-sach.xlsx") {
		t.Errorf("opened %q", got)
	}
	if len(w.Canvas().Overlays().List()) != 0 {
		t.Error("the dialog stayed open after a file was opened")
	}
}

// Saving over a file asks first, in Vietnamese; a typed name gets the extension; a
// name Windows refuses is said so and nothing is returned.
func TestFileChooserSaves(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	dir := newChooserDir(t)
	var got string
	c := newFileChooser(w, true, dir, "danh-sach.xlsx", []string{".xlsx"}, func(p string) { got = p })
	c.ext = ".xlsx"
	c.show()

	test.Type(c.name, "") // Enter in the name field saves
	c.name.OnSubmitted(c.name.Text)
	if got != "" {
		t.Fatalf("saved over an existing file without asking: %q", got)
	}
	texts := overlayTexts(w)
	if !strings.Contains(texts, "Ghi đè") || !strings.Contains(texts, "danh-sach.xlsx") || strings.Contains(texts, "Overwrite") {
		t.Errorf("overwrite question:\n%s", texts)
	}
	var asked []string
	c.confirmOverwrite = func(path string, yes func()) { asked = append(asked, path); yes() }
	c.confirm()
	if got != filepath.Join(dir, "danh-sach.xlsx") || len(asked) != 1 {
		t.Errorf("after yes: got %q, asked %v", got, asked)
	}

	got = ""
	c.name.SetText("bao cao/2026")
	c.confirm()
	if got != "" || !strings.Contains(c.message.Text, "/") {
		t.Errorf("bad name: got %q, message %q", got, c.message.Text)
	}
	c.name.SetText("mới")
	c.confirm()
	if got != filepath.Join(dir, "mới.xlsx") {
		t.Errorf("typed name saved as %q, want mới.xlsx", got)
	}
	if _, err := os.Stat(got); !os.IsNotExist(err) {
		t.Error("the dialog created the file itself")
	}
}
