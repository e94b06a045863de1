package ui

import (
	"unicode"

	"socongdoan/data/vn"
)

// nameEntry is a field for a person's name. A word typed all in small letters or all
// in capitals is written with a capital at its start, as the importer writes names
// (vn.NameCase), visibly in the field: each word as soon as the chair moves past it,
// the word under the cursor when they leave the field. The word being typed is left
// alone, so Unikey's backspace-and-retype of that word is never disturbed.
type nameEntry struct {
	formEntry
	// onChanged is the form's handler, called with the text as it stands.
	onChanged func(string)
	// typed is set once the chair has typed in the field: a name loaded from the
	// register is shown exactly as it was saved until they change it.
	typed bool
}

func newNameEntry() *nameEntry {
	e := &nameEntry{}
	e.self = e
	e.ExtendBaseWidget(e)
	e.Entry.OnChanged = func(s string) {
		if e.onChanged != nil {
			e.onChanged(s)
		}
	}
	return e
}

// TypedRune capitalises the words the chair has moved past.
func (e *nameEntry) TypedRune(r rune) {
	e.Entry.TypedRune(r)
	e.typed = true
	if fixed := nameCaseAwayFrom(e.Text, e.CursorColumn); fixed != e.Text {
		e.setFixed(fixed)
	}
}

// FocusLost capitalises the last word too.
func (e *nameEntry) FocusLost() {
	if fixed := vn.NameCase(e.Text); e.typed && fixed != e.Text {
		e.setFixed(fixed)
	}
	e.formEntry.FocusLost()
}

// setFixed writes the capitalised text, keeping the cursor where it was (the rune
// count does not change).
func (e *nameEntry) setFixed(s string) {
	row, col := e.CursorRow, e.CursorColumn
	e.SetText(s)
	e.CursorRow, e.CursorColumn = row, col
	e.Refresh()
}

// nameCaseAwayFrom applies vn.NameCase to every word of s except the one the cursor
// (a rune offset) is in or just after.
func nameCaseAwayFrom(s string, cursor int) string {
	rs := []rune(s)
	start, end := cursor, cursor
	for start > 0 && start <= len(rs) && !unicode.IsSpace(rs[start-1]) {
		start--
	}
	for end < len(rs) && !unicode.IsSpace(rs[end]) {
		end++
	}
	if start > len(rs) {
		return vn.NameCase(s)
	}
	return vn.NameCase(string(rs[:start])) + string(rs[start:end]) + vn.NameCase(string(rs[end:]))
}
