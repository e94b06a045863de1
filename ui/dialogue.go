package ui

import (
	"fmt"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// dialogueListView is the Đối thoại section: dialogues and representative lists in two tabs.
type dialogueListView struct {
	ui        *UI
	dialogues []data.Dialogue
	lists     []data.RepList
	rows      [][]string // the dialogue table's cells
	listRows  [][]string // the representative-list table's cells
	tabs      *container.AppTabs
	table     *widget.Table
	listTable *widget.Table
}

// newDialogueSection is the Đối thoại section (the sidebar builds it).
func newDialogueSection(u *UI) *dialogueListView {
	v := &dialogueListView{ui: u}
	u.rec.dialogues = v
	return v
}

func (v *dialogueListView) build() fyne.CanvasObject {
	u := v.ui
	ds, err := data.Dialogues.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	ls, err := data.RepLists.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	v.dialogues, v.lists = ds, ls
	_, cal := u.rules()
	today := u.svc.Now()

	for i := range ds {
		d := &ds[i]
		what := ""
		switch d.Kind {
		case data.DialogueCase:
			what = d.Case.Label()
		case data.DialogueRequested:
			what = "Yêu cầu của " + lowerFirst(d.RequestedBy.Label()) + " ngày " + vn.FormatDate(d.RequestDate)
		}
		quorum := "Chưa họp"
		if d.Held(today) {
			quorum = "Đủ"
			if !d.Quorate() {
				quorum = "Không đủ"
			}
		}
		posted := "—"
		switch {
		case !d.Posted.IsZero():
			posted = vn.FormatDate(d.Posted)
		case d.Held(today):
			posted = "Chưa (hạn " + vn.FormatDate(data.DialoguePostDue(cal, d.Date)) + ")"
		}
		done := 0
		for _, a := range d.Actions {
			if a.Done {
				done++
			}
		}
		v.rows = append(v.rows, []string{orDash(vn.FormatDate(d.Date)), d.Kind.Label(), orDash(what), quorum,
			yesNoText(d.MinutesSigned), posted, fmt.Sprintf("%d/%d xong", done, len(d.Actions))})
	}
	v.table = recordTable([]string{"Ngày đối thoại", "Loại", "Vụ việc / yêu cầu", "Đủ điều kiện", "Biên bản đã ký", "Niêm yết", "Việc sau đối thoại"},
		[]float32{120, 110, 280, 100, 115, 170, 145},
		func() [][]string { return v.rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindDialogue, ID: ds[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm cuộc đối thoại"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindDialogue, ID: 0}) })
	add.Importance = widget.HighImportance
	dialogues := listScreen(lang.L("Các cuộc đối thoại"),
		lang.L("Đối thoại định kỳ ít nhất mỗi năm một lần; theo yêu cầu của một hoặc hai bên; theo vụ việc (Điều 63 Bộ luật Lao động). Biên bản được niêm yết trong 3 ngày làm việc."),
		v.table, len(ds) == 0, add)

	for i := range ls {
		l := &ls[i]
		on := vn.Day(today)
		if on.After(l.To) {
			on = l.To
		}
		active := l.Active(on)
		lo, hi := data.RepresentativeBand(l.Headcount)
		v.listRows = append(v.listRows, []string{vn.FormatDate(l.From), vn.FormatDate(l.To), strconv.Itoa(len(active)),
			strconv.Itoa(data.Women(active)), vn.FormatInt(int64(l.Headcount)) + " lao động: " + data.BandText(lo, hi),
			orDash(vn.FormatDate(l.Announced))})
	}
	v.listTable = recordTable([]string{"Từ ngày", "Đến ngày", "Số thành viên", "Nữ", "Khung theo số lao động", "Ngày công bố"},
		[]float32{120, 120, 120, 70, 300, 130},
		func() [][]string { return v.listRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindRepList, ID: ls[i].ID}) })
	addList := widget.NewButtonWithIcon(lang.L("Lập danh sách mới"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindRepList, ID: 0}) })
	addList.Importance = widget.HighImportance
	lists := listScreen(lang.L("Danh sách thành viên đại diện đối thoại"),
		lang.L("Xác định lại ít nhất 2 năm một lần và công khai; số thành viên theo số lao động (Nghị định 145/2020, Điều 38)."),
		v.listTable, len(ls) == 0, addList)

	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Cuộc đối thoại"), dialogues),
		container.NewTabItem(lang.L("Danh sách đại diện"), lists))
	v.tabs.SelectIndex(u.rec.tabs[lang.L("Đối thoại")])
	v.tabs.OnSelected = func(*container.TabItem) { u.rec.tabs[lang.L("Đối thoại")] = v.tabs.SelectedIndex() }
	return containerWithHeading(lang.L("Đối thoại tại nơi làm việc"), v.tabs)
}

// lowerFirst lowers the first letter of a label for use inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// dialogueForm adds or edits a dialogue.
type dialogueForm struct {
	*recordForm
	dlg *data.Dialogue
	cal *vn.Calendar

	kind          *widget.Select
	caseType      *selectOf[data.CaseType]
	requestBox    *fyne.Container
	requestedBy   *selectOf[data.Side]
	requestDate   *dateField
	requestAgreed *formEntry
	replyDate     *dateField
	agendaSent    *dateField
	date          *dateField
	place         *formEntry
	employer      *formEntry
	legalRep      *widget.Check
	repsTotal     *formEntry
	repsPresent   *formEntry
	quorum        *widget.Label
	topics        *widget.CheckGroup
	freeTopics    *rowEditor[string]
	agreed        *formEntry
	disputed      *formEntry
	actions       *rowEditor[data.FollowUp]
	minutesSigned *widget.Check
	posted        *dateField
	informed      *dateField
	deadlines     *widget.Label
	notes         *formEntry
}

// dialogueScreen opens the form of a Dialogue (a new one for id 0); recordScreens lists it.
func dialogueScreen(u *UI, id int64) (recordView, error) {
	d, err := loadRecord(u, data.Dialogues, id)
	if err != nil {
		return nil, err
	}
	f := newDialogueForm(u, d)
	u.rec.dialogue = f
	return f, nil
}

var dialogueKindLabels = []string{data.DialoguePeriodic.Label(), data.DialogueRequested.Label(), data.DialogueCase.Label()}

func newDialogueForm(u *UI, d *data.Dialogue) *dialogueForm {
	f := &dialogueForm{dlg: d}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindDialogue) })
	_, f.cal = u.rules()
	f.caseType = newSelectOf(data.CaseTypes, data.CaseType.Label, lang.L("Chọn vụ việc"), nil)
	f.requestedBy = newSelectOf([]data.Side{data.SideWorkers, data.SideEmployer}, data.Side.Label, lang.L("Chọn bên yêu cầu"),
		func(s data.Side) {
			if s == data.SideWorkers {
				f.requestAgreed.Enable()
			} else {
				f.requestAgreed.Disable()
			}
			f.updateChecks()
		})
	f.requestDate = u.dateInput(time.Time{})
	f.requestAgreed = numEntry(lang.L("số thành viên đại diện đồng ý"))
	f.replyDate = u.dateInput(time.Time{})
	f.agendaSent = u.dateInput(time.Time{})
	f.date = u.dateInput(time.Time{})
	f.place = newFormEntry()
	f.employer = numEntry(lang.L("ít nhất 3 người"))
	f.legalRep = widget.NewCheck(lang.L("Người đại diện theo pháp luật có mặt"), func(bool) { f.updateChecks() })
	f.repsTotal = numEntry(lang.L("tổng số thành viên đại diện"))
	f.repsPresent = numEntry(lang.L("số có mặt"))
	f.quorum = widget.NewLabel("")
	f.quorum.Wrapping = fyne.TextWrapWord
	f.deadlines = widget.NewLabel("")
	f.deadlines.Wrapping = fyne.TextWrapWord
	f.deadlines.TextStyle.Italic = true
	labels := make([]string, len(data.Topics))
	for i, t := range data.Topics {
		labels[i] = t.Label()
	}
	f.topics = widget.NewCheckGroup(labels, nil)
	f.agreed = multiLine(3)
	f.disputed = multiLine(3)
	f.minutesSigned = widget.NewCheck(lang.L("Biên bản đã có chữ ký của hai bên"), nil)
	f.posted = u.dateInput(time.Time{})
	f.informed = u.dateInput(time.Time{})
	f.notes = multiLine(2)
	f.requestBox = container.NewVBox()
	f.kind = widget.NewSelect(dialogueKindLabels, func(string) { f.kindChanged() })

	var free []string
	var actions []data.FollowUp
	if d != nil {
		f.fill(d)
		for _, t := range d.Topics {
			if t.Topic == "" {
				free = append(free, t.Text)
			}
		}
		actions = d.Actions
		f.confirmTrash(d.Title(), data.RecordRef{Kind: data.KindDialogue, ID: d.ID}, func() { u.backToSection(data.KindDialogue) })
	} else {
		f.kind.SetSelected(data.DialoguePeriodic.Label())
		f.legalRep.SetChecked(true)
		// The current representative list gives the number of worker representatives.
		if ls, err := data.RepLists.Store(u.svc.Store).List(u.ctx); err == nil && len(ls) > 0 {
			setNum(f.repsTotal, len(ls[0].Active(u.svc.Now())))
		}
	}
	f.freeTopics = newRowEditor(lang.L("Thêm nội dung khác"), func(s string) *editorRow[string] {
		e := newFormEntry()
		e.SetText(s)
		e.SetPlaceHolder(lang.L("Ví dụ: Tiền ăn giữa ca"))
		return &editorRow[string]{object: e, read: func(*data.Problems) string { return e.Text }}
	}, free)
	f.actions = newRowEditor(lang.L("Thêm việc"), func(a data.FollowUp) *editorRow[data.FollowUp] {
		text, owner := newFormEntry(), newFormEntry()
		text.SetText(a.Text)
		text.SetPlaceHolder(lang.L("Việc cần làm"))
		owner.SetText(a.Owner)
		owner.SetPlaceHolder(lang.L("Người/bộ phận thực hiện"))
		due := u.dateInput(a.Due)
		done := widget.NewCheck(lang.L("Đã xong"), nil)
		done.SetChecked(a.Done)
		doneDate := a.DoneDate
		h := text.MinSize().Height
		right := container.NewHBox(container.NewGridWrap(fyne.NewSize(200, h), owner),
			container.NewGridWrap(fyne.NewSize(170, h), due.object), done)
		return &editorRow[data.FollowUp]{object: container.NewBorder(nil, nil, nil, right, text),
			read: func(ps *data.Problems) data.FollowUp {
				v := data.FollowUp{Text: text.Text, Owner: owner.Text, Due: readDate(due, data.FieldDlgActions, ps), Done: done.Checked, DoneDate: doneDate}
				if v.Done && v.DoneDate.IsZero() {
					v.DoneDate = vn.Day(u.svc.Now()) // ticked today
				}
				return v
			}}
	}, actions)
	for _, e := range []*formEntry{f.repsTotal, f.repsPresent, f.requestAgreed, f.employer} {
		e.OnChanged = func(string) { f.updateChecks() }
	}
	for _, d := range []*dateField{f.requestDate, f.date} {
		d.entry.OnChanged = func(string) { f.updateChecks() }
	}
	f.kindChanged()
	return f
}

func (f *dialogueForm) fill(d *data.Dialogue) {
	for i, k := range data.DialogueKinds {
		if k == d.Kind {
			f.kind.SetSelected(dialogueKindLabels[i])
		}
	}
	f.caseType.set(d.Case)
	f.requestedBy.set(d.RequestedBy)
	f.requestDate.set(d.RequestDate, false)
	setNum(f.requestAgreed, d.RequestAgreed)
	f.replyDate.set(d.ReplyDate, false)
	f.agendaSent.set(d.AgendaSent, false)
	f.date.set(d.Date, false)
	f.place.SetText(d.Place)
	setNum(f.employer, d.EmployerCount)
	f.legalRep.SetChecked(d.LegalRepPresent)
	setNum(f.repsTotal, d.RepsTotal)
	setNum(f.repsPresent, d.RepsPresent)
	var checked []string
	for _, t := range d.Topics {
		if t.Topic != "" {
			checked = append(checked, t.Topic.Label())
		}
	}
	f.topics.SetSelected(checked)
	f.agreed.SetText(d.Agreed)
	f.disputed.SetText(d.Disputed)
	f.minutesSigned.SetChecked(d.MinutesSigned)
	f.posted.set(d.Posted, false)
	f.informed.set(d.Informed, false)
	f.notes.SetText(d.Notes)
}

// kindValue is the chosen kind.
func (f *dialogueForm) kindValue() data.DialogueKind {
	for i, l := range dialogueKindLabels {
		if l == f.kind.Selected {
			return data.DialogueKinds[i]
		}
	}
	return ""
}

// kindChanged shows the fields of the kind: the case for a case dialogue, the request for a requested one.
func (f *dialogueForm) kindChanged() {
	if f.caseType == nil || f.requestBox == nil {
		return
	}
	if f.kindValue() == data.DialogueCase {
		f.caseType.Enable()
	} else {
		f.caseType.Disable()
	}
	if f.kindValue() == data.DialogueRequested {
		f.requestBox.Show()
	} else {
		f.requestBox.Hide()
	}
	f.updateChecks()
}

// updateChecks shows the quorum and the deadlines of the procedure as the chair types (DOMAIN §2).
func (f *dialogueForm) updateChecks() {
	if f.quorum == nil || f.deadlines == nil || f.repsPresent == nil {
		return
	}
	var ps data.Problems
	total, present := readNum(f.repsTotal, "", &ps), readNum(f.repsPresent, "", &ps)
	switch {
	case len(ps) > 0 || total == 0 || present == 0:
		f.quorum.SetText(lang.L("Điều kiện đối thoại: người đại diện theo pháp luật có mặt và trên 70% thành viên đại diện bên người lao động."))
		f.quorum.Importance = widget.MediumImportance
	case data.DialogueQuorum(f.legalRep.Checked, present, total):
		f.quorum.SetText(fmt.Sprintf(lang.L("Đủ điều kiện: %d/%d thành viên đại diện có mặt (%s, cần trên 70%%)."), present, total, vn.Percent(int64(present), int64(total))))
		f.quorum.Importance = widget.SuccessImportance
	default:
		f.quorum.SetText(fmt.Sprintf(lang.L("Chưa đủ điều kiện: %d/%d thành viên đại diện có mặt (%s); cần trên 70%% (%d người) và người đại diện theo pháp luật."),
			present, total, vn.Percent(int64(present), int64(total)), data.DialogueQuorumShare.Needed(total, false)))
		f.quorum.Importance = widget.DangerImportance
	}
	f.quorum.Refresh()
	var lines []string
	if req, _, err := f.requestDate.value(); err == nil && !req.IsZero() && f.kindValue() == data.DialogueRequested {
		lines = append(lines, "Hạn trả lời yêu cầu: "+vn.FormatDate(data.DialogueReplyDue(f.cal, req))+" (5 ngày làm việc).")
		if f.requestedBy.value() == data.SideWorkers && total > 0 {
			lines = append(lines, fmt.Sprintf("Yêu cầu của bên người lao động cần ít nhất %d/%d thành viên đại diện đồng ý (30%%).",
				data.RequestSupportShare.Needed(total, true), total))
		}
	}
	if meet, _, err := f.date.value(); err == nil && !meet.IsZero() {
		lines = append(lines, "Gửi nội dung chậm nhất "+vn.FormatDate(data.DialogueAgendaDue(f.cal, meet))+
			"; niêm yết nội dung chính chậm nhất "+vn.FormatDate(data.DialoguePostDue(f.cal, meet))+".")
	}
	text := ""
	for i, l := range lines {
		if i > 0 {
			text += "\n"
		}
		text += l
	}
	f.deadlines.SetText(text)
}

func (f *dialogueForm) build() fyne.CanvasObject {
	f.requestBox.Objects = []fyne.CanvasObject{formSection(lang.L("Yêu cầu đối thoại"),
		f.row(data.FieldDlgRequest, lang.L("Bên yêu cầu"), f.requestedBy),
		f.row("dlg_request_date", lang.L("Ngày nhận yêu cầu"), f.requestDate.object),
		f.row(data.FieldDlgAgreed, lang.L("Đại diện đồng ý"), f.requestAgreed),
		f.row(data.FieldDlgReply, lang.L("Ngày trả lời"), f.replyDate.object),
	)}
	if f.requestedBy.value() != data.SideWorkers {
		f.requestAgreed.Disable()
	}
	kind := formSection(lang.L("Loại đối thoại"),
		f.row(data.FieldDlgKind, lang.L("Loại"), f.kind),
		f.row(data.FieldDlgCase, lang.L("Vụ việc"), f.caseType),
	)
	meeting := formSection(lang.L("Cuộc đối thoại"),
		f.row(data.FieldDlgAgenda, lang.L("Ngày gửi nội dung"), f.agendaSent.object),
		f.row(data.FieldDlgDate, lang.L("Ngày đối thoại"), f.date.object),
		f.row("dlg_place", lang.L("Địa điểm"), f.place),
	)
	people := formSection(lang.L("Thành phần"),
		f.row(data.FieldDlgEmployer, lang.L("Bên sử dụng lao động"), container.NewVBox(f.employer, f.legalRep)),
		f.row(data.FieldDlgReps, lang.L("Đại diện người lao động"), container.NewGridWithColumns(2,
			labelled(lang.L("Tổng số"), f.repsTotal), labelled(lang.L("Có mặt"), f.repsPresent))),
	)
	left := container.NewVBox(kind, f.requestBox, meeting, f.deadlines, people, f.quorum)
	topics := f.block("dlg_topics", lang.L("Nội dung đối thoại"), "", container.NewVBox(f.topics, f.freeTopics.object))
	results := formSection(lang.L("Kết quả"),
		f.row("dlg_agreed", lang.L("Đã thống nhất"), f.agreed),
		f.row("dlg_disputed", lang.L("Còn ý kiến khác"), f.disputed),
	)
	right := container.NewVBox(topics, results)
	actions := f.block(data.FieldDlgActions, lang.L("Việc cần làm sau đối thoại"),
		lang.L("Đánh dấu \"Đã xong\" khi hoàn thành; việc chưa xong hiện trong Việc cần làm ở Tổng quan."), f.actions.object)
	publish := formSection(lang.L("Biên bản và công khai"),
		f.row(data.FieldDlgMinutes, "", f.minutesSigned),
		f.row(data.FieldDlgPosted, lang.L("Ngày niêm yết"), f.posted.object),
		f.row(data.FieldDlgInformed, lang.L("Ngày thông báo đoàn viên"), f.informed.object),
		f.row("dlg_notes", lang.L("Ghi chú"), f.notes),
	)
	body := container.NewVBox(reflowColumns(left, right), widget.NewSeparator(), actions, widget.NewSeparator(), publish)
	title := lang.L("Thêm cuộc đối thoại")
	if f.dlg != nil {
		title = f.dlg.Title()
	}
	f.kindChanged()
	return f.frame(title, body)
}

// collect reads the form into a dialogue.
func (f *dialogueForm) collect() (*data.Dialogue, data.Problems) {
	d := &data.Dialogue{}
	if f.dlg != nil {
		cp := *f.dlg
		d = &cp
	}
	var ps data.Problems
	d.Kind = f.kindValue()
	d.Case = f.caseType.value()
	d.RequestedBy = f.requestedBy.value()
	d.RequestDate = readDate(f.requestDate, data.FieldDlgRequest, &ps)
	d.RequestAgreed = readNum(f.requestAgreed, data.FieldDlgAgreed, &ps)
	d.ReplyDate = readDate(f.replyDate, data.FieldDlgReply, &ps)
	d.AgendaSent = readDate(f.agendaSent, data.FieldDlgAgenda, &ps)
	d.Date = readDate(f.date, data.FieldDlgDate, &ps)
	d.Place = f.place.Text
	d.EmployerCount = readNum(f.employer, data.FieldDlgEmployer, &ps)
	d.LegalRepPresent = f.legalRep.Checked
	d.RepsTotal = readNum(f.repsTotal, data.FieldDlgReps, &ps)
	d.RepsPresent = readNum(f.repsPresent, data.FieldDlgReps, &ps)
	d.Topics = nil
	for _, t := range data.Topics {
		for _, s := range f.topics.Selected {
			if s == t.Label() {
				d.Topics = append(d.Topics, data.AgendaItem{Topic: t})
			}
		}
	}
	for _, s := range f.freeTopics.values(&ps) {
		d.Topics = append(d.Topics, data.AgendaItem{Text: s})
	}
	d.Agreed, d.Disputed = f.agreed.Text, f.disputed.Text
	d.Actions = f.actions.values(&ps)
	d.MinutesSigned = f.minutesSigned.Checked
	d.Posted = readDate(f.posted, data.FieldDlgPosted, &ps)
	d.Informed = readDate(f.informed, data.FieldDlgInformed, &ps)
	d.Notes = f.notes.Text
	d.Normalize()
	return d, ps
}

func (f *dialogueForm) submit() bool {
	d, ps := f.collect()
	ps = append(ps, d.Validate(f.cal, f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Dialogues, d, f.dlg == nil, ps)
}
