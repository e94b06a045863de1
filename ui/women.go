package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Nữ công tab (issue 14 point 5, DOMAIN-MODULES §E): the Ban nữ công quần
// chúng with its plan, the activities with their gift lists, and "Giỏi việc
// nước, đảm việc nhà".

func womenTab() emuTab {
	return emuTab{lang.L("Nữ công"), []emuList{
		{title: lang.L("Ban nữ công quần chúng"), add: lang.L("Thêm quyết định"), kind: data.KindWomenCommittee,
			help:    lang.L("Công đoàn có từ 10 đoàn viên nữ trở lên (mức đặt ở \"Ngưỡng xếp loại\") thành lập Ban nữ công quần chúng; ghi quyết định, thành viên, nhiệm kỳ và kế hoạch công tác nữ công."),
			headers: []string{"Ngày quyết định", "Số", "Trưởng ban", "Số thành viên", "Nhiệm kỳ đến", "Kế hoạch năm"},
			widths:  []float32{130, 120, 200, 110, 120, 110},
			load: func(u *UI) ([]int64, [][]string, error) {
				return listOf(u, data.WomenCommittees, func(c *data.WomenCommittee) []string {
					plan := "—"
					if c.PlanYear != 0 {
						plan = strconv.Itoa(c.PlanYear)
					}
					return []string{vn.FormatDate(c.DecisionDate), orDash(c.DecisionNo), orDash(c.Head()), strconv.Itoa(len(c.Members)),
						orDash(vn.FormatDate(c.TermTo)), plan}
				})
			}},
		{title: lang.L("Hoạt động nữ công"), add: lang.L("Thêm hoạt động"), kind: data.KindWomenActivity,
			help:    lang.L("8/3, 1/6, Trung thu (15/8 âm lịch), 20/10 và thăm hỏi thai sản: nội dung, số người tham gia, và danh sách ký nhận quà (mục Tài chính) đã chi cho hoạt động."),
			headers: []string{"Năm", "Dịp", "Ngày", "Người tham gia", "Nhận quà", "Tổng tiền quà"},
			widths:  []float32{60, 230, 110, 120, 90, 130},
			load: func(u *UI) ([]int64, [][]string, error) {
				lists, err := data.SignLists.Store(u.svc.Store).List(u.ctx)
				if err != nil {
					return nil, nil, err
				}
				byID := map[int64]*data.SignList{}
				for i := range lists {
					byID[lists[i].ID] = &lists[i]
				}
				return listOf(u, data.WomenActivities, func(a *data.WomenActivity) []string {
					got, total := "—", "—"
					if l := byID[a.SignListID]; l != nil {
						got, total = strconv.Itoa(len(l.Rows)), vn.FormatMoney(l.Total())
					}
					return []string{strconv.Itoa(a.Year), a.Occasion.Label(), orDash(vn.FormatDate(a.Date)), strconv.Itoa(a.Participants), got, total}
				})
			}},
		{title: lang.L("Giỏi việc nước, đảm việc nhà"), add: lang.L("Thêm năm"), kind: data.KindGoodAtWork,
			help:    lang.L("Đăng ký tham gia phong trào \"Giỏi việc nước, đảm việc nhà\" đầu năm và kết quả bình xét cuối năm."),
			headers: []string{"Năm", "Ngày đăng ký", "Số đăng ký", "Đạt", "Ngày xét"},
			widths:  []float32{60, 120, 110, 80, 120},
			load: func(u *UI) ([]int64, [][]string, error) {
				return listOf(u, data.GoodAtWorks, func(g *data.GoodAtWork) []string {
					return []string{strconv.Itoa(g.Year), orDash(vn.FormatDate(g.Registered)), strconv.Itoa(len(g.Registrants)),
						strconv.Itoa(g.Passed()), orDash(vn.FormatDate(g.Reviewed))}
				})
			}},
		womenStatsList(),
	}}
}

// setYear shows a year as typed (2026, not 2.026); 0 leaves the entry empty.
func setYear(e *formEntry, y int) {
	if y != 0 {
		e.SetText(strconv.Itoa(y))
	}
}

// personRow is the name of a person picked from the register or typed, with their unit.
type personRow struct {
	name, unit *formEntry
	memberID   int64
	pick       *widget.Button
}

func newPersonRow(f *recordForm, id int64, name, unit string, picked func(data.MemberRow)) *personRow {
	p := &personRow{name: newFormEntry(), unit: newFormEntry(), memberID: id}
	p.name.SetText(name)
	p.name.SetPlaceHolder(lang.L("Họ và tên"))
	p.unit.SetText(unit)
	p.unit.SetPlaceHolder(lang.L("Bộ phận, tổ"))
	p.name.OnChanged = func(string) { p.memberID = 0 }
	p.pick = widget.NewButtonWithIcon(lang.L("Chọn từ sổ"), theme.AccountIcon(), func() {
		f.ui.pickMember(func(row data.MemberRow) {
			p.name.SetText(row.Name)
			p.memberID = row.ID
			p.unit.SetText(row.UnitName)
			if picked != nil {
				picked(row)
			}
		})
	})
	return p
}

// womenCommitteeForm adds or edits the Ban nữ công.
type womenCommitteeForm struct {
	*recordForm
	c                      *data.WomenCommittee
	decNo, planYear, notes *formEntry
	plan                   *formEntry
	decDate, from, to      *dateField
	members                *rowEditor[data.CommitteeMember]
}

func womenCommitteeScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.WomenCommittees, id)
	if err != nil {
		return nil, err
	}
	f := &womenCommitteeForm{c: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindWomenCommittee) })
	f.decNo, f.planYear, f.notes, f.plan = newFormEntry(), numEntry(lang.L("năm")), multiLine(2), multiLine(6)
	f.plan.SetPlaceHolder(lang.L("mỗi công việc một dòng: nội dung — thời gian — người phụ trách"))
	f.decDate, f.from, f.to = u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.to.entry.SetPlaceHolder(lang.L("hết nhiệm kỳ Ban Chấp hành"))
	var ms []data.CommitteeMember
	if c != nil {
		f.decNo.SetText(c.DecisionNo)
		f.decDate.set(c.DecisionDate, false)
		f.from.set(c.TermFrom, false)
		f.to.set(c.TermTo, false)
		setYear(f.planYear, c.PlanYear)
		f.plan.SetText(c.Plan)
		f.notes.SetText(c.Notes)
		ms = c.Members
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindWomenCommittee, ID: c.ID}, func() { u.backToSection(data.KindWomenCommittee) })
	} else {
		f.decDate.set(vn.Day(u.svc.Now()), false)
		setYear(f.planYear, u.svc.Now().Year())
	}
	f.members = newRowEditor(lang.L("Thêm thành viên"), func(m data.CommitteeMember) *editorRow[data.CommitteeMember] {
		p := newPersonRow(f.recordForm, m.MemberID, m.Name, m.Unit, nil)
		role := widget.NewSelectEntry(data.CommitteeRoles)
		role.SetText(m.Role)
		role.SetPlaceHolder(lang.L("Chức danh"))
		obj := container.NewVBox(container.NewBorder(nil, nil, nil, p.pick, container.NewGridWithColumns(3, p.name, role, p.unit)))
		return &editorRow[data.CommitteeMember]{object: obj, read: func(*data.Problems) data.CommitteeMember {
			return data.CommitteeMember{MemberID: p.memberID, Name: p.name.Text, Role: role.Text, Unit: p.unit.Text}
		}}
	}, ms)
	newEmulationSection(u).women = f
	return f, nil
}

func (f *womenCommitteeForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Quyết định"),
		f.row(data.FieldWcDecision, lang.L("Ngày quyết định *"), f.decDate.object),
		f.row("wc_no", lang.L("Số quyết định"), f.decNo),
		f.row(data.FieldWcTerm, lang.L("Nhiệm kỳ từ"), f.from.object),
		f.row("wc_to", lang.L("Đến"), f.to.object),
		f.row("wc_notes", lang.L("Ghi chú"), f.notes))
	members := f.block(data.FieldWcMembers, lang.L("Thành viên Ban nữ công"), lang.L("Một Trưởng ban; chọn từ sổ đoàn viên."), f.members.object)
	plan := f.block(data.FieldWcPlan, lang.L("Kế hoạch công tác nữ công"), "",
		container.NewVBox(formSection("", f.row("wc_plan_year", lang.L("Năm"), f.planYear)), f.plan))
	title := lang.L("Thành lập Ban nữ công quần chúng")
	if f.c != nil {
		title = f.c.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, widget.NewLabel("")), members, plan))
}

func (f *womenCommitteeForm) submit() bool {
	c := &data.WomenCommittee{}
	if f.c != nil {
		cp := *f.c
		c = &cp
	}
	var ps data.Problems
	c.DecisionNo, c.Plan, c.Notes = f.decNo.Text, f.plan.Text, f.notes.Text
	c.DecisionDate = readDate(f.decDate, data.FieldWcDecision, &ps)
	c.TermFrom = readDate(f.from, data.FieldWcTerm, &ps)
	c.TermTo = readDate(f.to, data.FieldWcTerm, &ps)
	c.PlanYear = readNum(f.planYear, data.FieldWcPlan, &ps)
	c.Members = f.members.values(&ps)
	c.Normalize()
	return validateAndSave(f.recordForm, data.WomenCommittees, c, f.c == nil, ps)
}

// womenActivityForm adds or edits a nữ công activity. Its gifts are paid
// through a finance danh sách ký nhận (one phiếu chi), which it links to.
type womenActivityForm struct {
	*recordForm
	a                  *data.WomenActivity
	year, participants *formEntry
	content, notes     *formEntry
	occasion           *selectOf[data.Occasion]
	date               *dateField
	gifts              *signListPicker
}

func womenActivityScreen(u *UI, id int64) (recordView, error) {
	a, err := loadRecord(u, data.WomenActivities, id)
	if err != nil {
		return nil, err
	}
	gifts, err := newSignListPicker(u)
	if err != nil {
		return nil, err
	}
	f := &womenActivityForm{a: a, gifts: gifts}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindWomenActivity) })
	f.year, f.participants = numEntry(lang.L("năm")), numEntry(lang.L("số người"))
	f.content, f.notes = multiLine(3), multiLine(2)
	f.date = u.dateInput(time.Time{})
	f.occasion = newSelectOf(data.Occasions, data.Occasion.Label, lang.L("chọn dịp"), func(o data.Occasion) {
		y := readNum(f.year, "", new(data.Problems))
		if day := data.OccasionDate(o, y); !day.IsZero() && f.date.entry.Text == "" {
			f.date.set(day, false)
		}
	})
	if a != nil {
		setYear(f.year, a.Year)
		f.occasion.set(a.Occasion)
		f.date.set(a.Date, false)
		f.content.SetText(a.Content)
		setNum(f.participants, a.Participants)
		f.gifts.choice.set(a.SignListID)
		f.notes.SetText(a.Notes)
		f.confirmTrash(a.Title(), data.RecordRef{Kind: data.KindWomenActivity, ID: a.ID}, func() { u.backToSection(data.KindWomenActivity) })
	} else {
		setYear(f.year, u.svc.Now().Year())
	}
	newEmulationSection(u).activity = f
	return f, nil
}

// signListPicker links a record to one of the finance danh sách ký nhận
// (KindSignList, paid by one phiếu chi): a choice of the lists, newest first,
// or none (0); a button opening the chosen one and one starting a new one.
type signListPicker struct {
	choice            *selectOf[int64]
	openList, newList *widget.Button
	lists             map[int64]*data.SignList
	onChange          func(id int64) // set by a form that checks the list against itself
}

func newSignListPicker(u *UI) (*signListPicker, error) {
	lists, err := data.SignLists.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		return nil, err
	}
	ids := []int64{0}
	label := map[int64]string{0: lang.L("Không có")}
	for i := len(lists) - 1; i >= 0; i-- {
		l := &lists[i]
		ids = append(ids, l.ID)
		label[l.ID] = l.ListTitle() + " — " + strconv.Itoa(len(l.Rows)) + " người, " + vn.FormatMoney(l.Total())
	}
	p := &signListPicker{lists: map[int64]*data.SignList{}}
	for i := range lists {
		p.lists[lists[i].ID] = &lists[i]
	}
	p.openList = widget.NewButtonWithIcon(lang.L("Mở danh sách"), theme.DocumentIcon(), func() {
		if id := p.choice.value(); id != 0 {
			u.openRecord(data.RecordRef{Kind: data.KindSignList, ID: id})
		}
	})
	p.newList = widget.NewButtonWithIcon(lang.L("Lập danh sách ký nhận mới"), theme.ContentAddIcon(), func() {
		u.openRecord(data.RecordRef{Kind: data.KindSignList})
	})
	p.choice = newSelectOf(ids, func(id int64) string { return label[id] }, lang.L("chọn danh sách ký nhận"), func(id int64) {
		if id == 0 {
			p.openList.Disable()
		} else {
			p.openList.Enable()
		}
		if p.onChange != nil {
			p.onChange(id)
		}
	})
	p.choice.set(0)
	return p, nil
}

func (p *signListPicker) object() fyne.CanvasObject {
	return container.NewVBox(p.choice, container.NewHBox(p.openList, p.newList))
}

func (f *womenActivityForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Hoạt động"),
		f.row(data.FieldWaYear, lang.L("Năm *"), f.year),
		f.row(data.FieldWaOccasion, lang.L("Dịp *"), f.occasion),
		f.row(data.FieldWaDate, lang.L("Ngày tổ chức"), f.date.object),
		f.row("wa_participants", lang.L("Số người tham gia"), f.participants))
	right := formSection(lang.L("Nội dung"),
		f.row("wa_content", lang.L("Nội dung"), f.content),
		f.row("wa_notes", lang.L("Ghi chú"), f.notes))
	gifts := f.block(data.FieldWaSignList, lang.L("Quà tặng"),
		lang.L("Quà phát có ký nhận được chi bằng một danh sách ký nhận và một phiếu chi ở mục Tài chính; chọn danh sách ấy ở đây (in danh sách từ chính nó)."),
		f.gifts.object())
	title := lang.L("Thêm hoạt động nữ công")
	if f.a != nil {
		title = f.a.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, right), gifts))
}

func (f *womenActivityForm) submit() bool {
	a := &data.WomenActivity{}
	if f.a != nil {
		cp := *f.a
		a = &cp
	}
	var ps data.Problems
	a.Year = readNum(f.year, data.FieldWaYear, &ps)
	a.Occasion = f.occasion.value()
	a.Date = readDate(f.date, data.FieldWaDate, &ps)
	a.Participants = readNum(f.participants, "wa_participants", &ps)
	a.Content, a.Notes = f.content.Text, f.notes.Text
	a.SignListID = f.gifts.choice.value()
	a.Normalize()
	return validateAndSave(f.recordForm, data.WomenActivities, a, f.a == nil, ps)
}

// goodAtWorkForm adds or edits a year's "Giỏi việc nước, đảm việc nhà".
type goodAtWorkForm struct {
	*recordForm
	g                    *data.GoodAtWork
	year, notes          *formEntry
	registered, reviewed *dateField
	people               *rowEditor[data.Registrant]
}

var movementResults = []string{data.ResultPending, data.ResultPassed, data.ResultFailed}

func goodAtWorkScreen(u *UI, id int64) (recordView, error) {
	g, err := loadRecord(u, data.GoodAtWorks, id)
	if err != nil {
		return nil, err
	}
	f := &goodAtWorkForm{g: g}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindGoodAtWork) })
	f.year, f.notes = numEntry(lang.L("năm")), multiLine(2)
	f.registered, f.reviewed = u.dateInput(time.Time{}), u.dateInput(time.Time{})
	var rs []data.Registrant
	if g != nil {
		setYear(f.year, g.Year)
		f.registered.set(g.Registered, false)
		f.reviewed.set(g.Reviewed, false)
		f.notes.SetText(g.Notes)
		rs = g.Registrants
		f.confirmTrash(g.Title(), data.RecordRef{Kind: data.KindGoodAtWork, ID: g.ID}, func() { u.backToSection(data.KindGoodAtWork) })
	} else {
		setYear(f.year, u.svc.Now().Year())
	}
	f.people = newRowEditor(lang.L("Thêm người đăng ký"), func(r data.Registrant) *editorRow[data.Registrant] {
		p := newPersonRow(f.recordForm, r.MemberID, r.Name, r.Unit, nil)
		result := newSelectOf(movementResults, data.ResultLabel, "", nil)
		result.set(r.Result)
		note := newFormEntry()
		note.SetText(r.Note)
		note.SetPlaceHolder(lang.L("Ghi chú"))
		obj := container.NewBorder(nil, nil, nil, p.pick, container.NewGridWithColumns(4, p.name, p.unit, result, note))
		return &editorRow[data.Registrant]{object: obj, read: func(*data.Problems) data.Registrant {
			return data.Registrant{MemberID: p.memberID, Name: p.name.Text, Unit: p.unit.Text, Result: result.value(), Note: note.Text}
		}}
	}, rs)
	newEmulationSection(u).goodAtWork = f
	return f, nil
}

func (f *goodAtWorkForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Phong trào"),
		f.row(data.FieldGwYear, lang.L("Năm *"), f.year),
		f.row("gw_registered", lang.L("Ngày đăng ký"), f.registered.object),
		f.row(data.FieldGwReviewed, lang.L("Ngày xét kết quả"), f.reviewed.object),
		f.row("gw_notes", lang.L("Ghi chú"), f.notes))
	people := f.block(data.FieldGwRegistrants, lang.L("Người đăng ký và kết quả"), "", f.people.object)
	title := lang.L("Giỏi việc nước, đảm việc nhà")
	if f.g != nil {
		title = f.g.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, widget.NewLabel("")), people))
}

func (f *goodAtWorkForm) submit() bool {
	g := &data.GoodAtWork{}
	if f.g != nil {
		cp := *f.g
		g = &cp
	}
	var ps data.Problems
	g.Year = readNum(f.year, data.FieldGwYear, &ps)
	g.Registered = readDate(f.registered, "gw_registered", &ps)
	g.Reviewed = readDate(f.reviewed, data.FieldGwReviewed, &ps)
	g.Notes = f.notes.Text
	g.Registrants = f.people.values(&ps)
	g.Normalize()
	return validateAndSave(f.recordForm, data.GoodAtWorks, g, f.g == nil, ps)
}
