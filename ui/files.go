package ui

import (
	"os"
	"path/filepath"

	"socongdoan/data"
)

// fileHooks replace the file dialogs in tests; nil fields mean the real dialogs.
type fileHooks struct {
	open func(exts []string, done func(path string))
	save func(name string, done func(path string))
}

// pickOpenPath asks for a file to read with the app's Vietnamese file dialog
// (filechooser.go), starting in the user's Documents; no extensions means any file.
func (u *UI) pickOpenPath(exts []string, done func(path string)) {
	if u.files.open != nil {
		u.files.open(exts, done)
		return
	}
	newFileChooser(u.win, false, documentsDir(), "", exts, done).show()
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

// saveDialog is the save dialog itself, starting in dir. A name typed without the
// extension gets it, and the overwrite question is asked for that final name.
func (u *UI) saveDialog(dir, name string, done func(path string)) {
	ext := filepath.Ext(name)
	var exts []string
	if ext != "" {
		exts = []string{ext}
	}
	c := newFileChooser(u.win, true, dir, name, exts, done)
	c.ext = ext
	c.show()
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
