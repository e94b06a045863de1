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
	// answer is the pending yes/no question about a save (ECONFIRM), conflict the
	// pending "changed elsewhere" dialog: nil when none (tests answer them).
	answer   func(bool)
	conflict *conflictDialog

	ref     data.RecordRef     // the record shown; ID 0 when adding
	tabs    *container.AppTabs // Thông tin | Lịch sử thay đổi, for a saved record
	history []data.AuditEntry
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
	content := fyne.CanvasObject(container.NewVScroll(body))
	if f.ref.ID != 0 {
		// A saved record has its change log beside the form, as a member has.
		f.tabs = container.NewAppTabs(
			container.NewTabItem(lang.L("Thông tin"), content),
			container.NewTabItem(lang.L("Lịch sử thay đổi"), f.historyTab()))
		content = f.tabs
	}
	return container.NewBorder(top, nil, nil, nil, content)
}

// historyTab lists the record's changes (when, field, old and new value), newest first.
func (f *recordForm) historyTab() fyne.CanvasObject {
	entries, err := f.ui.svc.Store.History(f.ui.ctx, f.ref)
	if err != nil {
		f.ui.logError(err)
		return widget.NewLabel(data.ErrorMessage(err))
	}
	f.history = entries
	return historyList(entries)
}

// historyList shows a change log, one line per change: when — field: old thành new.
func historyList(entries []data.AuditEntry) fyne.CanvasObject {
	if len(entries) == 0 {
		return widget.NewLabel(lang.L("Chưa có thay đổi nào."))
	}
	return widget.NewList(
		func() int { return len(entries) },
		func() fyne.CanvasObject { return newCutLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			labelOf(o).SetText(historyLine(entries[i]))
		})
}

// historyLine is one change as the history shows it.
func historyLine(h data.AuditEntry) string {
	text := formatStamp(h.At) + " — " + h.Field
	if h.Old != "" || h.New != "" {
		// "thành", not an arrow: U+2192 is not in Fyne's bundled font (issue 12 §2).
		text += ": " + orEmpty(h.Old) + " thành " + orEmpty(h.New)
	}
	return text
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

// validating is a record type that checks itself against today (its Validate).
type validating[T any] interface {
	*T
	Validate(now time.Time) data.Problems
}

// validateAndSave is every record form's submit after it has collected v: the
// record's own checks join the form's problems (ps), all are shown at their
// fields, and the record is saved (saveRecord) only when none is an error.
func validateAndSave[T any, P validating[T]](f *recordForm, k *data.Kind[T], v P, isNew bool, ps data.Problems) bool {
	ps = append(ps, v.Validate(f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f, k, (*T)(v), isNew, ps)
}

// saveRecord stores v, a record of kind k read by the form (a new one when isNew),
// after the form has shown its problems ps. It returns true when saved; then the
// saved record's form is shown, saying "Đã lưu".
// Two answers of the store need the chair (issue 9), and neither overwrites
// anything by itself:
//   - ECONFIRM (a second yearly conference in a year): the question is asked,
//     and on "Vẫn lưu" the same save runs again, confirmed;
//   - ECONFLICT with the stored record (changed elsewhere since the form read
//     it): the new values are shown beside the form's, with "Nạp lại" and an
//     explicit "Lưu đè".
func saveRecord[T any](f *recordForm, k *data.Kind[T], v *T, isNew bool, ps data.Problems) bool {
	reopen := func(id int64) *recordForm { return f.ui.openRecord(data.RecordRef{Kind: k.Kind, ID: id}) }
	var run func(ctx context.Context) bool
	run = func(ctx context.Context) bool {
		store := k.Store(f.ui.svc.Store)
		var err error
		if isNew {
			err = store.Create(ctx, v)
		} else {
			err = store.Update(ctx, v)
		}
		if err == nil {
			if nf := reopen(*k.Meta(v).ID); nf != nil {
				nf.showSaved(ps.Warnings())
			}
			return true
		}
		if data.ErrorCode(err) == data.ECONFIRM {
			f.ask(lang.L("Xác nhận trước khi lưu"), data.ErrorMessage(err), lang.L("Vẫn lưu"), func() { run(data.Confirmed(ctx)) })
			return false
		}
		if cur, ok := data.ConflictCurrent[T](err); ok {
			f.showConflict(k.Info().Changes(v, cur), func() { reopen(*k.Meta(cur).ID) }, func() {
				*k.Meta(v).Version = *k.Meta(cur).Version // the chair saw the new values and chose theirs
				run(ctx)
			})
			return false
		}
		f.saveError(err, ps)
		return false
	}
	return run(f.ui.ctx)
}

// ask shows a yes/no question about the record; yes runs on the confirming button.
// The answer is kept on the form for tests (f.answer).
func (f *recordForm) ask(title, question, yesLabel string, yes func()) {
	f.answer = func(ok bool) {
		f.answer = nil
		if ok {
			yes()
		}
	}
	d := dialog.NewConfirm(title, question, func(ok bool) {
		if f.answer != nil {
			f.answer(ok)
		}
	}, f.ui.win)
	d.SetConfirmText(yesLabel)
	d.SetDismissText(lang.L("Quay lại biểu mẫu"))
	d.Show()
}

// showConflict tells the chair that the record was changed elsewhere since the
// form read it, with each field's value there and on the form; reload replaces
// the form with the stored record, overwrite saves the form's values over it.
func (f *recordForm) showConflict(changes []data.Change, reload, overwrite func()) {
	f.summary.Importance = widget.DangerImportance
	f.summary.SetText(data.MsgChangedElsewhere + ". " + lang.L("Chưa lưu gì."))
	f.summary.Show()
	lines := []string{}
	for _, c := range changes {
		lines = append(lines, "• "+c.Field+": "+lang.L("nơi khác đã lưu")+" \""+orEmpty(c.New)+"\"; "+lang.L("trên biểu mẫu")+" \""+orEmpty(c.Old)+"\"")
	}
	text := widget.NewLabel(data.MsgChangedElsewhere + ".\n" + strings.Join(lines, "\n"))
	text.Wrapping = fyne.TextWrapWord
	c := &conflictDialog{text: text}
	c.reload = widget.NewButtonWithIcon(lang.L("Nạp lại giá trị mới"), theme.ViewRefreshIcon(), func() { c.dialog.Hide(); reload() })
	c.reload.Importance = widget.HighImportance
	c.overwrite = widget.NewButtonWithIcon(lang.L("Lưu đè bằng bản trên biểu mẫu"), theme.DocumentSaveIcon(), func() { c.dialog.Hide(); overwrite() })
	c.stay = widget.NewButton(lang.L("Ở lại"), func() { c.dialog.Hide() })
	body := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), c.stay, c.overwrite, c.reload), nil, nil, container.NewVScroll(text))
	c.dialog = dialog.NewCustomWithoutButtons(lang.L("Hồ sơ đã thay đổi"), body, f.ui.win)
	c.dialog.Resize(fyne.NewSize(640, 360))
	f.conflict = c
	c.dialog.Show()
}

// conflictDialog is the "changed elsewhere" dialog on screen (tests press its buttons).
type conflictDialog struct {
	dialog                  dialog.Dialog
	text                    *widget.Label
	reload, overwrite, stay *widget.Button
}

// orEmpty shows an empty value as "(trống)".
func orEmpty(s string) string {
	if s == "" {
		return "(trống)"
	}
	return s
}

// confirmTrash asks before moving a record to the trash, then goes back to the list.
func (f *recordForm) confirmTrash(name string, ref data.RecordRef, back func()) {
	f.ref = ref
	f.trash = widget.NewButtonWithIcon(lang.L("Chuyển vào thùng rác"), theme.DeleteIcon(), func() {
		f.ask(lang.L("Chuyển vào thùng rác"), "Chuyển \""+name+"\" vào Thùng rác?\nCó thể khôi phục lại từ mục Thùng rác bất cứ lúc nào.",
			lang.L("Chuyển vào thùng rác"), func() {
				if err := f.ui.svc.Store.TrashRecord(f.ui.ctx, ref); err != nil {
					f.ui.showError(err)
					return
				}
				back()
			})
	})
}

// multiLine is a text area of rows lines that wraps at word boundaries.
func multiLine(rows int) *formEntry {
	e := newFormMultiLine()
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	return e
}

// numEntry is an entry for a whole number.
func numEntry(placeholder string) *formEntry {
	e := newFormEntry()
	e.SetPlaceHolder(placeholder)
	return e
}

// setNum fills a number entry, blank for 0.
func setNum(e *formEntry, n int) {
	if n == 0 {
		e.SetText("")
		return
	}
	e.SetText(vn.FormatInt(int64(n)))
}

// readNum parses a number entry (blank is 0); a typing mistake becomes a problem at field.
func readNum(e *formEntry, field string, ps *data.Problems) int {
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
	// Not widget.NewSelect: the drop-down must be extended by s itself, or a
	// choice set after the screen is drawn (a row loaded, a value changed by
	// code) refreshes a renderer that is not the one on screen.
	s.Select = &widget.Select{Options: s.labels, PlaceHolder: placeholder, OnChanged: func(l string) {
		if changed != nil {
			changed(s.value())
		}
	}}
	s.ExtendBaseWidget(s)
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
	remove := newTipButton("", lang.L("Xóa dòng này"), theme.DeleteIcon(), func() {
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
		func() fyne.CanvasObject { return newCutLabel("") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			rs := rows()
			l := labelOf(o)
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
	rs, err := data.LoadRuleSettings(u.ctx, u.svc.Store)
	if err != nil {
		u.logError(err)
		rs = data.DefaultRuleSettings()
	}
	cal, err := data.LoadCalendar(u.ctx, u.svc.Store, rs, u.svc.Now())
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
