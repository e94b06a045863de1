package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"socongdoan/data"
)

// fileHooks replace the file dialogs in tests; nil fields mean the real dialogs.
type fileHooks struct {
	open func(exts []string, done func(path string))
	save func(name string, done func(path string))
}

// pickOpenPath asks for a file to read with Fyne's file dialog (its buttons are
// Vietnamese through the translations), starting in the user's Documents; no
// extensions means any file.
func (u *UI) pickOpenPath(exts []string, done func(path string)) {
	if u.files.open != nil {
		u.files.open(exts, done)
		return
	}
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		done(path)
	}, u.win)
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(documentsDir())); err == nil {
		d.SetLocation(l)
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600)) // only after Show: a FileDialog builds its window there
}

// pickSavePath asks where to save a file named name, starting in Documents; the
// extension of name is kept.
func (u *UI) pickSavePath(name string, done func(path string)) {
	if u.files.save != nil {
		u.files.save(name, done)
		return
	}
	u.saveDialog(documentsDir(), name, done)
}

// saveDialog is the save dialog itself, starting in dir.
func (u *UI) saveDialog(dir, name string, done func(path string)) {
	ext := filepath.Ext(name)
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		if ext != "" && !strings.EqualFold(filepath.Ext(path), ext) {
			path += ext
		}
		done(path)
	}, u.win)
	d.SetFileName(name)
	if ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
	d.Show()
	d.Resize(fyne.NewSize(900, 600)) // only after Show: a FileDialog builds its window there
}

// documentsDir is where file dialogs start: Documents (Tài liệu) if there is one.
func documentsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	for _, d := range []string{"Documents", "Tài liệu"} {
		if fi, err := os.Stat(filepath.Join(home, d)); err == nil && fi.IsDir() {
			return filepath.Join(home, d)
		}
	}
	return home
}

// writeUserFile writes a file the chair asked for, readable only by them: exports and
// error lists hold CCCD and phone numbers, personal data under Law 91/2025.
func writeUserFile(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Không ghi được tệp " + path}
	}
	// WriteFile keeps the mode of a file that existed (the save dialog may have made it).
	if err := os.Chmod(path, 0o600); err != nil {
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Không ghi được tệp " + path}
	}
	return nil
}
