package ui

import (
	"context"
	"errors"
	"log"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The record screens (Hội nghị NLĐ, Đối thoại, Thỏa ước) share this frame: a
// list of records, and a form per record whose messages land under their field,
// with rows of child records (resolutions, actions, clauses…) edited in place.

// recordForm holds the field rows, the summary line and the buttons of a record form.
type recordForm struct {
	ui      *UI
	onSave  func() bool // saves; false when refused (messages at the fields)
	onBack  func()      // back to the list, without asking
	rows    map[string]*fieldRow
	summary *widget.Label
	save    *widget.Button
	cancel  *widget.Button
	trash   *widget.Button // nil for a new record
	guard   *formGuard     // set by frame
}

func newRecordForm(u *UI, onSave func() bool, onBack func()) *recordForm {
	f := &recordForm{ui: u, onSave: onSave, onBack: onBack, rows: map[string]*fieldRow{}}
	f.summary = widget.NewLabel("")
	f.summary.Wrapping = fyne.TextWrapWord
	f.summary.Hide()
	f.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { onSave() })
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Quay lại danh sách"), theme.NavigateBackIcon(), func() { u.leave(onBack, nil) })
	return f
}

// row registers a labelled input whose messages come under it.
func (f *recordForm) row(field, label string, input fyne.CanvasObject) *fieldRow {
	r := newFieldRow(label, input)
	f.rows[field] = r
	return r
}

// block is a titled part of the form without the label column: a checklist or
// child rows, with its messages under it.
func (f *recordForm) block(field, title, hint string, content fyne.CanvasObject) fyne.CanvasObject {
	r := newFieldRow("", content)
	f.rows[field] = r
	objs := []fyne.CanvasObject{subheading(title)}
	if hint != "" {
		h := widget.NewLabel(hint)
		h.Wrapping = fyne.TextWrapWord
		h.TextStyle.Italic = true
		objs = append(objs, h)
	}
	return container.NewVBox(append(objs, content, r.errMsg)...)
}

// frame lays the form out: title and buttons on top, the summary, then the body
// scrolling; it registers the body with the unsaved-changes guard (guard.go).
func (f *recordForm) frame(title string, body fyne.CanvasObject) fyne.CanvasObject {
	f.guard = f.ui.guardForm(f.onSave, f.onBack, body)
	buttons := []fyne.CanvasObject{f.cancel}
	if f.trash != nil {
		buttons = append(buttons, f.trash)
	}
	buttons = append(buttons, f.save)
	h := heading(title)
	h.Truncation = fyne.TextTruncateEllipsis // a long title must not widen the window
	top := container.NewVBox(container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), h), f.summary)
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(body))
}

// showProblems puts each message at its field (errors outrank warnings) and a summary on top.
func (f *recordForm) showProblems(ps data.Problems) {
	for _, r := range f.rows {
		r.setError("", false)
	}
	var errs, warns int
	var other []string
	shown := map[string]string{}
	for _, p := range ps {
		if p.Warning {
			warns++
		} else {
			errs++
		}
		r := f.rows[p.Field]
		if r == nil {
			other = append(other, p.Message)
			continue
		}
		if r.errMsg.Visible() {
			if r.errMsg.Importance == widget.DangerImportance && p.Warning {
				continue
			}
			if r.errMsg.Importance == widget.WarningImportance && p.Warning || !p.Warning && r.errMsg.Importance == widget.DangerImportance {
				shown[p.Field] += "\n" + p.Message // several findings on one field: show them all
				r.setError(shown[p.Field], p.Warning)
				continue
			}
		}
		shown[p.Field] = p.Message
		r.setError(p.Message, p.Warning)
	}
	switch {
	case errs > 0:
		f.summary.Importance = widget.DangerImportance
		f.summary.SetText(strings.Join(append([]string{"Chưa lưu: còn " + strconv.Itoa(errs) + " lỗi cần sửa (ghi màu đỏ dưới từng ô)."}, other...), " "))
		f.summary.Show()
	case warns > 0:
		f.summary.Importance = widget.WarningImportance
		f.summary.SetText(strings.Join(append([]string{"Đã kiểm tra: xem các lưu ý màu vàng dưới từng ô."}, other...), " "))
		f.summary.Show()
	default:
		f.summary.Hide()
	}
}

// saveError shows an error from the store: a validation error at its field, anything else in a dialog.
func (f *recordForm) saveError(err error, ps data.Problems) {
	if de := asDataError(err); de != nil && (de.Code == data.EINVALID || de.Code == data.ECONFLICT) {
		f.showProblems(append(ps.Warnings(), data.Problem{Field: de.Field, Message: de.Message}))
		return
	}
	f.ui.showError(err)
}

// confirmTrash asks before moving a record to the trash, then goes back to the list.
func (f *recordForm) confirmTrash(name string, ref data.RecordRef, back func()) {
	f.trash = widget.NewButtonWithIcon(lang.L("Chuyển vào thùng rác"), theme.DeleteIcon(), func() {
		dialog.ShowConfirm(lang.L("Chuyển vào thùng rác"), "Chuyển \""+name+"\" vào Thùng rác?", func(ok bool) {
			if !ok {
				return
			}
			if err := f.ui.svc.Records.TrashRecord(f.ui.ctx, ref); err != nil {
				f.ui.showError(err)
				return
			}
			back()
		}, f.ui.win)
	})
}

// multiLine is a text area of rows lines that wraps at word boundaries.
func multiLine(rows int) *widget.Entry {
	e := widget.NewMultiLineEntry()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return e
}

// numEntry is an entry for a whole number.
func numEntry(placeholder string) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(placeholder)
	return e
}

// setNum fills a number entry, blank for 0.
func setNum(e *widget.Entry, n int) {
	if n == 0 {
		e.SetText("")
		return
	}
	e.SetText(vn.FormatInt(int64(n)))
}

// readNum parses a number entry (blank is 0); a typing mistake becomes a problem at field.
func readNum(e *widget.Entry, field string, ps *data.Problems) int {
	if strings.TrimSpace(e.Text) == "" {
		return 0
	}
	n, err := vn.ParseInt(e.Text)
	if err != nil {
		*ps = append(*ps, data.Problem{Field: field, Message: err.Error()})
		return 0
	}
	return int(n)
}

// readDate parses a date field; a typing mistake becomes a problem at field.
func readDate(d *dateField, field string, ps *data.Problems) time.Time {
	t, _, err := d.value()
	if err != nil {
		*ps = append(*ps, data.Problem{Field: field, Message: err.Error()})
	}
	return t
}

// dateInput is a dd/mm/yyyy field with the Vietnamese calendar, set to t.
func (u *UI) dateInput(t time.Time) *dateField {
	d := newDateField(func() fyne.Canvas { return u.win.Canvas() }, false)
	d.set(t, false)
	return d
}

// selectOf is a drop-down of labels for values, with a placeholder for none.
type selectOf[T comparable] struct {
	*widget.Select
	values []T
	labels []string
}

func newSelectOf[T comparable](values []T, label func(T) string, placeholder string, changed func(T)) *selectOf[T] {
	s := &selectOf[T]{values: values}
	for _, v := range values {
		s.labels = append(s.labels, label(v))
	}
	s.Select = widget.NewSelect(s.labels, func(l string) {
		if changed != nil {
			changed(s.value())
		}
	})
	s.PlaceHolder = placeholder
	return s
}

// formValue is the choice as the unsaved-changes guard compares it.
func (s *selectOf[T]) formValue() string { return "select:" + s.Selected }

// value is the chosen value, the zero value when none.
func (s *selectOf[T]) value() T {
	for i, l := range s.labels {
		if l == s.Selected {
			return s.values[i]
		}
	}
	var zero T
	return zero
}

// set chooses v (or nothing for a value not in the list).
func (s *selectOf[T]) set(v T) {
	for i, x := range s.values {
		if x == v {
			s.SetSelected(s.labels[i])
			return
		}
	}
	s.ClearSelected()
}

// editorRow is one child row being edited: its widgets and how to read it back.
type editorRow[T any] struct {
	object fyne.CanvasObject
	read   func(ps *data.Problems) T // parse errors go to ps
}

// rowEditor edits the child rows of a record: each row has a remove button and
// "Thêm …" appends an empty row.
type rowEditor[T any] struct {
	box    *fyne.Container
	rows   []*editorRow[T]
	make   func(v T) *editorRow[T]
	object fyne.CanvasObject
	addBtn *widget.Button
}

func newRowEditor[T any](addLabel string, mk func(v T) *editorRow[T], values []T) *rowEditor[T] {
	e := &rowEditor[T]{box: container.NewVBox(), make: mk}
	for _, v := range values {
		e.add(v)
	}
	e.addBtn = widget.NewButtonWithIcon(addLabel, theme.ContentAddIcon(), func() {
		var zero T
		e.add(zero)
	})
	e.object = container.NewVBox(e.box, container.NewHBox(e.addBtn))
	return e
}

// add appends a row showing v.
func (e *rowEditor[T]) add(v T) {
	r := e.make(v)
	e.rows = append(e.rows, r)
	var holder *fyne.Container
	remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, x := range e.rows {
			if x == r {
				e.rows = append(e.rows[:i], e.rows[i+1:]...)
			}
		}
		e.box.Remove(holder)
	})
	remove.Importance = widget.LowImportance
	holder = container.NewBorder(nil, nil, nil, remove, r.object)
	e.box.Add(holder)
}

// values reads every row.
func (e *rowEditor[T]) values(ps *data.Problems) []T {
	out := make([]T, 0, len(e.rows))
	for _, r := range e.rows {
		out = append(out, r.read(ps))
	}
	return out
}

// labelled puts a small caption above an input inside a child row.
func labelled(caption string, input fyne.CanvasObject) fyne.CanvasObject {
	l := widget.NewLabel(caption)
	l.TextStyle.Italic = true
	return container.NewBorder(l, nil, nil, nil, input)
}

// recordTable is a read-only table of records with headers; a tap opens the row.
func recordTable(headers []string, widths []float32, rows func() [][]string, open func(i int)) *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(rows()), len(headers) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			rs := rows()
			l := o.(*widget.Label)
			if id.Row >= len(rs) || id.Col >= len(rs[id.Row]) {
				l.SetText("")
				return
			}
			l.SetText(rs[id.Row][id.Col])
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(headers) {
			o.(*widget.Label).SetText(headers[id.Col])
		}
	}
	for i, w := range widths {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.UnselectAll()
		if id.Row >= 0 && id.Row < len(rows()) {
			open(id.Row)
		}
	}
	return t
}

// listScreen frames a record list: title, buttons, an explanation and the table (or an empty note).
func listScreen(title, help string, table fyne.CanvasObject, empty bool, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	h := widget.NewLabel(help)
	h.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(container.NewBorder(nil, nil, subheading(title), container.NewHBox(buttons...)), h)
	if empty {
		note := widget.NewLabel(lang.L("Chưa có hồ sơ nào. Bấm nút bên phải để thêm."))
		return container.NewBorder(top, nil, nil, nil, container.NewVBox(note, layout.NewSpacer()))
	}
	return container.NewBorder(top, nil, nil, nil, table)
}

// rules loads the rule settings and the working-day calendar, falling back to
// the defaults (with a log line) when the settings cannot be read.
func (u *UI) rules() (data.RuleSettings, *vn.Calendar) {
	if u.svc.Settings == nil {
		return data.DefaultRuleSettings(), vn.NewCalendar()
	}
	rs, err := data.LoadRuleSettings(u.ctx, u.svc.Settings)
	if err != nil {
		u.logError(err)
		rs = data.DefaultRuleSettings()
	}
	cal, err := data.LoadCalendar(u.ctx, u.svc.Settings, rs, u.svc.Now())
	if err != nil {
		u.logError(err)
		cal = vn.NewCalendar()
	}
	return rs, cal
}

// logError logs an error that the screen can live with.
func (u *UI) logError(err error) {
	if err != nil && !errors.Is(err, context.Canceled) {
		log.Printf("lỗi: %v", err)
	}
}

// yesNoText shows a boolean in a list.
func yesNoText(b bool) string {
	if b {
		return "Có"
	}
	return "Chưa"
}

// orDash shows "—" for an empty value.
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// formatStamp shows a moment (a backup, a change in the history) in local time, to the minute.
func formatStamp(t time.Time) string { return t.Local().Format("02/01/2006 15:04") }
