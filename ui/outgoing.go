package ui

// The Sổ văn bản đi tab of the Báo cáo screen (reports.go).

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// buildRegister makes the Sổ văn bản đi tab: the entries of a year, each
// editable, and entries added by hand for documents made elsewhere.
func (s *reportsScreen) buildRegister() fyne.CanvasObject {
	this := s.ui.svc.Now().Year()
	years := []string{yearAll}
	for y := this; y >= this-10; y-- {
		years = append(years, strconv.Itoa(y))
	}
	s.docsYear = widget.NewSelect(years, func(string) { s.loadDocs() })
	s.docsTable = recordTable([]string{"Số, ký hiệu", "Ngày", "Loại văn bản", "Trích yếu"},
		[]float32{150, 110, 120, 620},
		func() [][]string { return s.docRows }, func(i int) {
			d := s.docs[i]
			s.editDoc(&d)
		})
	add := widget.NewButtonWithIcon(lang.L("Thêm văn bản"), theme.ContentAddIcon(), func() {
		s.editDoc(&data.OutgoingDoc{Type: data.DocTypeReport, Date: s.ui.svc.Now()})
	})
	s.docsYear.SetSelected(strconv.Itoa(this))
	top := container.NewBorder(nil, nil, container.NewHBox(widget.NewLabel(lang.L("Năm")), s.docsYear), add,
		widget.NewLabel(lang.L("Bấm vào một dòng để sửa số, ngày hoặc trích yếu.")))
	return container.NewBorder(top, nil, nil, nil, s.docsTable)
}

// loadDocs reads the register of the chosen year.
func (s *reportsScreen) loadDocs() {
	if s.docsYear == nil {
		return
	}
	year, _ := strconv.Atoi(s.docsYear.Selected) // "Tất cả" reads as 0: every year
	docs, err := s.ui.svc.Store.OutgoingDocs(s.ui.ctx, year)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.docs = docs
	s.docRows = make([][]string, len(docs))
	for i := range docs {
		d := &docs[i]
		s.docRows[i] = []string{d.NumberText(), vn.FormatDate(d.Date), d.Type.Label(), d.Subject}
	}
	s.docsTable.Refresh()
}

// docForm edits one entry of the sổ văn bản đi in a dialog.
type docForm struct {
	s       *reportsScreen
	doc     data.OutgoingDoc // as it was; ID 0 for a new entry
	typ     *widget.Select
	number  *formEntry
	symbol  *formEntry
	date    *dateField
	subject *formEntry
	msg     *widget.Label
	save    *widget.Button
	cancel  *widget.Button
	dlg     dialog.Dialog
	guard   *dialogGuard // Hủy, Escape or closing the window with typed changes asks first
}

// typeChoice is a type as the form's select shows it: "BC — Báo cáo".
func typeChoice(t data.DocType) string { return string(t) + " — " + t.Label() }

// editDoc edits an entry of the register, or adds one (ID 0), in a dialog.
func (s *reportsScreen) editDoc(d *data.OutgoingDoc) *docForm {
	f := &docForm{s: s, doc: *d}
	types := make([]string, len(data.DocTypes))
	for i, t := range data.DocTypes {
		types[i] = typeChoice(t)
	}
	f.typ = widget.NewSelect(types, nil)
	f.typ.SetSelected(typeChoice(d.Type))
	f.number = newFormEntry()
	if d.Number > 0 {
		f.number.SetText(strconv.Itoa(d.Number))
	}
	f.number.SetPlaceHolder(lang.L("để trống: số tiếp theo"))
	f.symbol = newFormEntry()
	f.symbol.SetText(d.Symbol)
	f.symbol.SetPlaceHolder(d.Type.DefaultSymbol())
	f.date = newDateField(func() fyne.Canvas { return s.ui.win.Canvas() }, false)
	f.date.set(d.Date, false)
	f.subject = newFormEntry()
	f.subject.SetText(d.Subject)
	f.msg = widget.NewLabel("")
	f.msg.Importance = widget.DangerImportance
	f.msg.Wrapping = fyne.TextWrapWord
	f.msg.Hide()
	form := container.NewVBox(
		formSection("", newFieldRow(lang.L("Loại văn bản"), f.typ), newFieldRow(lang.L("Số"), f.number),
			newFieldRow(lang.L("Ký hiệu"), f.symbol), newFieldRow(lang.L("Ngày ban hành"), f.date.object),
			newFieldRow(lang.L("Trích yếu"), f.subject)),
		f.msg)
	title := lang.L("Sửa văn bản trong sổ")
	if d.ID == 0 {
		title = lang.L("Thêm văn bản vào sổ")
	}
	// Own buttons, so that a refused entry keeps the dialog open with its message.
	f.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.ConfirmIcon(), func() { f.submit() })
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { f.guard.cancel() })
	f.dlg = dialog.NewCustomWithoutButtons(title, container.NewVBox(form, container.NewHBox(f.cancel, f.save)), s.ui.win)
	f.guard = s.ui.guardDialog(f.dlg, form, f.submit)
	f.dlg.Resize(fyne.NewSize(620, 420))
	f.dlg.Show()
	return f
}

// fail shows a message in the dialog, which stays open.
func (f *docForm) fail(msg string) {
	f.msg.SetText(msg)
	f.msg.Show()
}

// submit saves the entry (IssueDoc for a new one, UpdateDoc otherwise); true
// when it is saved and the dialog closed.
func (f *docForm) submit() bool {
	d, c := &f.doc, f.doc
	for _, t := range data.DocTypes {
		if f.typ.Selected == typeChoice(t) {
			c.Type = t
		}
	}
	c.Number = 0
	if t := strings.TrimSpace(f.number.Text); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil {
			f.fail(lang.L("Số văn bản phải là số nguyên dương"))
			return false
		}
		c.Number = n
	}
	c.Symbol = f.symbol.Text
	// A new type takes its own ký hiệu unless the chair typed another one.
	if c.Symbol == "" || c.Type != d.Type && c.Symbol == d.Type.DefaultSymbol() {
		c.Symbol = c.Type.DefaultSymbol()
	}
	var err error
	if c.Date, _, err = f.date.value(); err != nil {
		f.fail(err.Error())
		return false
	}
	c.Subject = f.subject.Text
	return f.write(f.s.ui.ctx, c)
}

// write saves c; a number out of date order is asked about first, and saved
// on the chair's yes (issue 11 point 2). True when saved (the dialog closed).
func (f *docForm) write(ctx context.Context, c data.OutgoingDoc) bool {
	docs := f.s.ui.svc.Store
	var err error
	if f.doc.ID == 0 {
		err = docs.IssueDoc(ctx, &c)
	} else {
		err = docs.UpdateDoc(ctx, &c)
	}
	if data.ErrorCode(err) == data.ECONFIRM {
		dialog.ShowConfirm(lang.L("Số không theo thứ tự ngày"), data.ErrorMessage(err), func(yes bool) {
			if yes {
				f.write(data.Confirmed(ctx), c)
			}
		}, f.s.ui.win)
		return false
	}
	if err != nil {
		f.fail(data.ErrorMessage(err))
		return false
	}
	f.dlg.Hide()
	f.s.loadDocs()
	return true
}
