package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// repListForm adds or edits a dialogue-representative list (DOMAIN §2).
type repListForm struct {
	*recordForm
	list      *data.RepList
	from, to  *dateField
	headcount *formEntry
	announced *dateField
	reps      *rowEditor[data.Rep]
	summary2  *widget.Label
	notes     *formEntry
}

// repListScreen opens the form of a RepList (a new one for id 0); recordScreens lists it.
func repListScreen(u *UI, id int64) (recordView, error) {
	l, err := loadRecord(u, data.RepLists, id)
	if err != nil {
		return nil, err
	}
	f := newRepListForm(u, l)
	u.rec.repList = f
	return f, nil
}

func newRepListForm(u *UI, l *data.RepList) *repListForm {
	f := &repListForm{list: l}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindRepList) })
	f.from = u.dateInput(time.Time{})
	f.to = u.dateInput(time.Time{})
	f.to.entry.SetPlaceHolder(lang.L("để trống: 2 năm kể từ ngày bắt đầu"))
	f.headcount = numEntry(lang.L("số lao động của doanh nghiệp"))
	f.announced = u.dateInput(time.Time{})
	f.notes = multiLine(2)
	f.summary2 = widget.NewLabel("")
	f.summary2.Wrapping = fyne.TextWrapWord
	var reps []data.Rep
	if l != nil {
		f.from.set(l.From, false)
		f.to.set(l.To, false)
		setNum(f.headcount, l.Headcount)
		f.announced.set(l.Announced, false)
		f.notes.SetText(l.Notes)
		reps = l.Reps
		f.confirmTrash(l.Title(), data.RecordRef{Kind: data.KindRepList, ID: l.ID}, func() { u.backToSection(data.KindRepList) })
	} else {
		f.from.set(vn.Day(u.svc.Now()), false)
		if u.profile != nil {
			setNum(f.headcount, u.profile.WorkersTotal)
		}
	}
	f.reps = newRowEditor(lang.L("Thêm thành viên"), f.repRow, reps)
	f.headcount.OnChanged = func(string) { f.updateSummary() }
	return f
}

// repRow edits one representative: a member picked from the register, or a non-member typed by name.
func (f *repListForm) repRow(r data.Rep) *editorRow[data.Rep] {
	name := newFormEntry()
	name.SetText(r.Name)
	name.SetPlaceHolder(lang.L("Họ và tên"))
	memberID := r.MemberID
	source := widget.NewLabel("")
	source.TextStyle.Italic = true
	showSource := func() {
		if memberID != 0 {
			source.SetText(lang.L("Đoàn viên"))
		} else {
			source.SetText(lang.L("Ngoài công đoàn"))
		}
	}
	showSource()
	female := widget.NewCheck(lang.L("Nữ"), func(bool) { f.updateSummary() })
	female.SetChecked(r.Female)
	name.OnChanged = func(string) {
		if memberID != 0 {
			memberID = 0 // typed over: no longer the member picked
			showSource()
		}
	}
	pick := widget.NewButtonWithIcon(lang.L("Chọn từ sổ"), theme.AccountIcon(), func() {
		f.ui.pickMember(func(row data.MemberRow) {
			name.SetText(row.Name)
			memberID = row.ID
			female.SetChecked(row.Sex == data.SexFemale)
			showSource()
			f.updateSummary()
		})
	})
	role := newFormEntry()
	role.SetText(r.Role)
	role.SetPlaceHolder(lang.L("Chức danh, nơi làm việc"))
	from := f.ui.dateInput(r.From)
	from.entry.SetPlaceHolder(lang.L("từ đầu"))
	until := f.ui.dateInput(r.Until)
	until.entry.SetPlaceHolder(lang.L("chưa"))
	note := newFormEntry()
	note.SetText(r.Note)
	note.SetPlaceHolder(lang.L("Ghi chú, lý do thay thế"))
	for _, d := range []*dateField{from, until} {
		d.entry.OnChanged = func(string) { f.updateSummary() }
	}
	h := name.MinSize().Height
	line1 := container.NewBorder(nil, nil, nil, container.NewHBox(source, female, pick),
		container.NewGridWithColumns(2, name, role))
	line2 := container.NewBorder(nil, nil, container.NewHBox(
		labelled(lang.L("Từ ngày"), container.NewGridWrap(fyne.NewSize(170, h), from.object)),
		labelled(lang.L("Thay thế ngày"), container.NewGridWrap(fyne.NewSize(170, h), until.object))), nil,
		labelled(lang.L("Ghi chú"), note))
	obj := container.NewVBox(line1, line2, widget.NewSeparator())
	return &editorRow[data.Rep]{object: obj, read: func(ps *data.Problems) data.Rep {
		return data.Rep{MemberID: memberID, Name: name.Text, Female: female.Checked, Role: role.Text,
			From: readDate(from, data.FieldRepReps, ps), Until: readDate(until, data.FieldRepReps, ps), Note: note.Text}
	}}
}

// pickMember lets the chair find a member of the register by name and choose them
// (representatives, cadres, course participants). The register is read in the
// background: with a big union it is the slow part.
func (u *UI) pickMember(chosen func(data.MemberRow)) {
	u.background(func() {
		rows, err := u.svc.Store.MemberRows(u.ctx)
		fyne.Do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			u.showMemberPicker(rows, chosen)
		})
	})
}

// showMemberPicker is pickMember's dialog over the rows it read.
func (u *UI) showMemberPicker(rows []data.MemberRow, chosen func(data.MemberRow)) {
	var shown []int32
	search := newFormEntry()
	search.SetPlaceHolder(lang.L("Gõ tên, không cần dấu"))
	var d dialog.Dialog
	list := widget.NewList(func() int { return len(shown) },
		func() fyne.CanvasObject { return widget.NewLabel("Nguyễn Thị Minh Khai — Tổ May 1") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := rows[shown[i]]
			text := r.Name
			if r.UnitName != "" {
				text += " — " + r.UnitName
			}
			o.(*widget.Label).SetText(text)
		})
	filter := func(q string) {
		shown = data.MemberFilter{Search: q, InUnion: true}.Filter(rows)
		if len(shown) > 200 {
			shown = shown[:200]
		}
		list.Refresh()
	}
	list.OnSelected = func(i widget.ListItemID) {
		chosen(rows[shown[i]])
		d.Hide()
	}
	search.OnChanged = filter
	filter("")
	d = dialog.NewCustom(lang.L("Chọn đoàn viên"), lang.L("Hủy"), container.NewBorder(search, nil, nil, nil, list), u.win)
	d.Resize(fyne.NewSize(520, 520))
	d.Show()
	u.win.Canvas().Focus(search)
}

// updateSummary shows the number of representatives serving today, the women
// among them and the band the headcount needs (DOMAIN §2).
func (f *repListForm) updateSummary() {
	if f.reps == nil {
		return
	}
	var ps data.Problems
	l := data.RepList{Reps: f.reps.values(&ps), From: readDate(f.from, "", &ps)}
	headcount := readNum(f.headcount, "", &ps)
	active := l.Active(f.ui.svc.Now())
	lo, hi := data.RepresentativeBand(headcount)
	text := fmt.Sprintf(lang.L("Đang có %d thành viên, %d nữ. Doanh nghiệp %s lao động cần %s."),
		len(active), data.Women(active), vn.FormatInt(int64(headcount)), data.BandText(lo, hi))
	f.summary2.Importance = widget.SuccessImportance
	if headcount > 0 && !data.RepresentativeSizeOK(len(active), headcount) {
		f.summary2.Importance = widget.WarningImportance
	}
	f.summary2.SetText(text)
}

func (f *repListForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Danh sách"),
		f.row(data.FieldRepFrom, lang.L("Từ ngày *"), f.from.object),
		f.row(data.FieldRepTo, lang.L("Đến ngày"), f.to.object),
		f.row(data.FieldRepHeadcount, lang.L("Số lao động"), f.headcount),
		f.row("rep_announced", lang.L("Ngày công bố"), f.announced.object),
		f.row("rep_notes", lang.L("Ghi chú"), f.notes),
	)
	reps := f.block(data.FieldRepReps, lang.L("Thành viên đại diện bên người lao động"),
		lang.L("Chọn đoàn viên từ sổ hoặc gõ tên người ngoài công đoàn (nhóm đại diện đối thoại). Khi thay người, ghi \"Thay thế ngày\" ở người cũ và thêm người mới với \"Từ ngày\"."),
		container.NewVBox(f.summary2, f.reps.object))
	f.updateSummary()
	title := lang.L("Lập danh sách đại diện đối thoại")
	if f.list != nil {
		title = f.list.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, general, widget.NewLabel("")), reps))
}

func (f *repListForm) collect() (*data.RepList, data.Problems) {
	l := &data.RepList{}
	if f.list != nil {
		cp := *f.list
		l = &cp
	}
	var ps data.Problems
	l.From = readDate(f.from, data.FieldRepFrom, &ps)
	l.To = readDate(f.to, data.FieldRepTo, &ps)
	l.Headcount = readNum(f.headcount, data.FieldRepHeadcount, &ps)
	l.Announced = readDate(f.announced, "rep_announced", &ps)
	l.Reps = f.reps.values(&ps)
	l.Notes = f.notes.Text
	l.Normalize()
	return l, ps
}

func (f *repListForm) submit() bool {
	l, ps := f.collect()
	return validateAndSave(f.recordForm, data.RepLists, l, f.list == nil, ps)
}
