package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/reports"
)

// reportsScreen is Báo cáo: the chair picks a document, its period, which
// members and how, the frame (date, number, signer, upper level, place,
// recipients) and, for the periodic reports, writes the parts only she can;
// "Tạo PDF" asks where to save, prints in the background with a progress
// bar and opens the file. A second tab lists the sổ văn bản đi.
type reportsScreen struct {
	wantID int64 // the record to choose once the choices are read (openReports)
	ui     *UI
	kind   *reports.Kind

	kinds      *widget.List
	rows       []reportRow // the list's lines: headings and documents
	title      *widget.Label
	about      *widget.Label
	params     *fyne.Container // the rows the chosen kind asks for
	year       *widget.Select
	custom     *widget.Check
	from, to   *dateField
	subject    *widget.Select // the record the document is about (Kind.Choices)
	subjectIDs []int64
	choices    []reports.Choice // the records of the period, as loaded for subject
	members    []int64          // the people picked for a new quyết định kết nạp
	picked     *widget.Label    // who they are
	pick       *widget.Button
	copies     *formEntry // originals of a biên bản: the setting, remembered when changed
	status     *widget.Select
	sex        *widget.Select
	unit       *widget.Select
	nation     *widget.Select
	sortBy     *widget.Select
	desc       *widget.Check
	columns    []*widget.Check // one per reports.MemberColumns, in its order
	columnGrid *fyne.Container
	landscape  *widget.Check
	fullID     *widget.Check
	noNotes    *widget.Check

	date       *dateField
	number     *formEntry
	draft      *widget.Check
	signer     *widget.RadioGroup
	signerName *formEntry
	upper      *formEntry
	place      *formEntry
	recipients *formEntry

	narrative   map[string]*formEntry
	narrBox     *fyne.Container
	narrPeriod  data.Period
	narrFigures bool // the editor shows only the typed figures (biểu thống kê)
	narrSaved   data.Narrative
	narrGuard   *formGuard // asks before typed texts are left unsaved
	generate    *widget.Button
	openFile    *widget.Button // "Mở tệp": the file just made (lastPath)
	openFolder  *widget.Button // "Mở thư mục": its folder
	lastPath    string
	saveWord    *widget.Button
	progress    *widget.ProgressBar
	result      *widget.Label
	units       []data.Unit
	docs        []data.OutgoingDoc
	docRows     [][]string // docsTable's cells, one row per entry of docs
	docsTable   *widget.Table
	docsYear    *widget.Select
	onGenerated func(res *reports.Result, path string, err error) // tests wait on this
	errMsgs     *widget.Label
}

// Choices of the screen's selects.
const (
	yearAll       = "Tất cả"
	subjectAll    = "Mọi người kết nạp trong kỳ chưa có quyết định (một quyết định, kèm danh sách)"
	subjectLatest = "Mới nhất trong kỳ"
	signerChair   = "Chủ tịch"
	signerDeputy  = "Phó Chủ tịch (KT. CHỦ TỊCH)"
	reportsFolder = "Báo cáo"
)

// sortChoices are the orders a member list can take, as the register's columns.
var sortChoices = func() []string {
	var out []string
	for _, c := range data.RegisterColumns {
		out = append(out, c.Title)
	}
	return out
}()

// reportsScreen builds the Báo cáo section.
func (u *UI) reportsScreen() fyne.CanvasObject {
	s := &reportsScreen{ui: u}
	u.rec.reports = s
	return s.build()
}

func (s *reportsScreen) build() fyne.CanvasObject {
	s.rows = reportRows()
	s.kinds = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			// Cut with "…" when the list is narrow (issue 12 §3: the screen fits
			// 1024×600); the chosen title shows in full above the form.
			return newCutLabel("")
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			l, r := labelOf(o), s.rows[i]
			l.TextStyle.Bold = r.kind == nil
			if r.kind == nil {
				l.SetText(r.heading)
			} else {
				l.SetText("   " + r.kind.Title)
			}
		},
	)
	s.kinds.OnSelected = func(i widget.ListItemID) {
		if s.rows[i].kind == nil { // a heading: its first document
			s.kinds.Select(i + 1)
			return
		}
		s.choose(s.rows[i].kind)
	}

	s.title = subheading("")
	s.about = widget.NewLabel("")
	s.about.Wrapping = fyne.TextWrapWord
	s.buildParams()
	s.buildFrame()
	s.narrative = map[string]*formEntry{}
	s.narrBox = container.NewVBox()

	s.progress = widget.NewProgressBar()
	s.progress.Hide()
	s.result = widget.NewLabel("")
	s.result.Wrapping = fyne.TextWrapWord
	s.errMsgs = widget.NewLabel("")
	s.errMsgs.Importance = widget.DangerImportance
	s.errMsgs.Wrapping = fyne.TextWrapWord
	s.errMsgs.Hide()
	s.generate = widget.NewButtonWithIcon(lang.L("Tạo PDF"), theme.DocumentPrintIcon(), func() { s.startGenerate(".pdf") })
	s.generate.Importance = widget.HighImportance
	// The same document as a Word file, for chairs who finish it in Word.
	s.saveWord = widget.NewButtonWithIcon(lang.L("Lưu Word (.docx)"), theme.DocumentSaveIcon(), func() { s.startGenerate(".docx") })

	form := container.NewVBox(s.title, s.about, s.params, s.frameBox(), s.narrBox)
	s.openFile, s.openFolder = s.ui.savedFileButtons(func() string { return s.lastPath })
	s.openFile.Hide()
	s.openFolder.Hide()
	bottom := container.NewVBox(s.errMsgs, s.progress, container.NewBorder(nil, nil, nil,
		container.NewHBox(s.openFile, s.openFolder, s.saveWord, s.generate), s.result))
	// A split, not a list as wide as its longest title: that made the window
	// 1,215 px wide. The chair can drag the divider to read the whole titles.
	split := container.NewHSplit(s.kinds, container.NewVScroll(container.NewPadded(form)))
	split.Offset = 0.3
	create := container.NewBorder(nil, bottom, nil, nil, split)
	tabs := container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Tạo văn bản"), theme.DocumentCreateIcon(), create),
		container.NewTabItemWithIcon(lang.L("Sổ văn bản đi"), theme.ListIcon(), s.buildRegister()),
	)
	s.ui.background(s.loadRows)
	s.kinds.Select(s.wantedRow())
	return container.NewBorder(heading(lang.L("Báo cáo")), nil, nil, nil, tabs)
}

// reportWant is a document to open Báo cáo on, about one record: a record's
// form sends the chair to its documents (the congress's, issue 15 point 5).
type reportWant struct {
	kind string // reports.Kind.Name
	id   int64
}

// openReports shows Báo cáo on document kind about record id, once any form
// on screen has been saved or left (the form is never left without asking).
func (u *UI) openReports(kind string, id int64) {
	u.leave(func() {
		for i, sec := range u.sections {
			if sec.title == lang.L("Báo cáo") {
				u.wantReport = reportWant{kind: kind, id: id}
				u.highlight(i)
				u.open(i)
				return
			}
		}
	}, nil)
}

// wantedRow is the list row of the document asked for by openReports (the
// record is chosen once the choices are read, loadChoices), else the first.
func (s *reportsScreen) wantedRow() int {
	want := s.ui.wantReport
	s.ui.wantReport = reportWant{}
	for i, r := range s.rows {
		if want.kind != "" && r.kind != nil && r.kind.Name == want.kind {
			s.wantID = want.id
			return i
		}
	}
	return 0
}

// reportRow is a line of the list of documents: a group's heading (kind nil)
// or a document under it.
type reportRow struct {
	heading string
	kind    *reports.Kind
}

// reportRows lists the documents under the heading of what they are about
// (reports.Groups: Báo cáo chung, Đoàn viên, then each record kind).
func reportRows() []reportRow {
	var rows []reportRow
	for _, g := range reports.Groups() {
		rows = append(rows, reportRow{heading: g.Label})
		for _, k := range g.Docs {
			rows = append(rows, reportRow{kind: k})
		}
	}
	return rows
}

// buildParams makes the widgets of the document's own choices.
func (s *reportsScreen) buildParams() {
	this := s.ui.svc.Now().Year()
	var years []string
	for y := this + 1; y >= this-10; y-- {
		years = append(years, strconv.Itoa(y))
	}
	s.year = widget.NewSelect(years, func(string) { s.periodChanged() })
	s.custom = widget.NewCheck(lang.L("Chọn khoảng thời gian khác"), func(on bool) {
		if on {
			s.from.object.Show()
			s.to.object.Show()
		} else {
			s.from.object.Hide()
			s.to.object.Hide()
		}
		s.periodChanged()
	})
	canvas := func() fyne.Canvas { return s.ui.win.Canvas() }
	s.from, s.to = newDateField(canvas, false), newDateField(canvas, false)
	s.from.entry.OnChanged = func(string) { s.periodChanged() }
	s.to.entry.OnChanged = func(string) { s.periodChanged() }
	s.from.object.Hide()
	s.to.object.Hide()
	s.subject = widget.NewSelect([]string{subjectAll}, func(string) { s.setMembers(nil) })
	s.picked = widget.NewLabel("")
	s.picked.Wrapping = fyne.TextWrapWord
	s.picked.Hide()
	s.pick = widget.NewButton(lang.L("Chọn nhiều người…"), s.pickMembers)
	s.copies = newFormEntry()

	// The register's filters and order, starting from what the register shows.
	statuses := []string{statusAllCurrent, statusAll}
	for _, st := range data.Statuses {
		statuses = append(statuses, st.Label())
	}
	s.status = widget.NewSelect(statuses, nil)
	s.sex = widget.NewSelect([]string{sexAll, "Nam", "Nữ"}, nil)
	s.unit = widget.NewSelect([]string{unitAll, unitNone}, nil)
	s.nation = widget.NewSelect([]string{nationAll, data.Vietnam, nationForeign}, nil)
	s.sortBy = widget.NewSelect(sortChoices, nil)
	s.desc = widget.NewCheck(lang.L("Giảm dần"), nil)
	s.status.SetSelected(statusAllCurrent)
	s.sex.SetSelected(sexAll)
	s.unit.SetSelected(unitAll)
	s.nation.SetSelected(nationAll)
	s.sortBy.SetSelected(sortChoices[0])
	if r := s.ui.register; r != nil {
		s.fromRegister(r)
	}
	// A grid, not a horizontal CheckGroup: eleven boxes in a row would make
	// the screen wider than the window.
	s.columns = make([]*widget.Check, len(reports.MemberColumns))
	s.columnGrid = container.NewGridWithColumns(2)
	for i, c := range reports.MemberColumns {
		s.columns[i] = widget.NewCheck(columnLabel(c), nil)
		s.columns[i].SetChecked(slices.Contains(reports.DefaultMemberColumns, c.Key))
		s.columnGrid.Add(s.columns[i])
	}
	s.landscape = widget.NewCheck(lang.L("Khổ ngang (A4 ngang, cho nhiều cột)"), nil)
	s.fullID = widget.NewCheck(lang.L("In đầy đủ số CCCD (mặc định chỉ in 4 số cuối)"), nil)
	s.noNotes = widget.NewCheck(lang.L("Bỏ cột Ghi chú khi không dòng nào có ghi chú"), nil)
	s.params = container.NewVBox()
}

// sentenceCase capitalises the first letter: "hội nghị" → "Hội nghị".
func sentenceCase(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// columnLabel is a member-list column as the check box shows it.
func columnLabel(c reports.MemberColumn) string { return strings.ReplaceAll(c.Title, "\n", " ") }

// fromRegister starts the member filter from the register screen's.
func (s *reportsScreen) fromRegister(r *registerScreen) {
	f := r.filter
	switch {
	case f.Status != "":
		s.status.SetSelected(f.Status.Label())
	case !f.InUnion:
		s.status.SetSelected(statusAll)
	}
	switch f.Sex {
	case data.SexMale:
		s.sex.SetSelected("Nam")
	case data.SexFemale:
		s.sex.SetSelected("Nữ")
	}
	if r.unitSel != nil && r.unitSel.Selected != "" {
		s.unit.Options = r.unitSel.Options
		s.unit.SetSelected(r.unitSel.Selected)
	}
	if r.nationSel != nil && r.nationSel.Selected != "" {
		s.nation.Options = r.nationSel.Options
		s.nation.SetSelected(r.nationSel.Selected)
	}
	for _, c := range data.RegisterColumns {
		if c.Sort == r.sortCol {
			s.sortBy.SetSelected(c.Title)
		}
	}
	s.desc.SetChecked(r.desc)
}

// buildFrame makes the widgets of the official frame.
func (s *reportsScreen) buildFrame() {
	s.date = newDateField(func() fyne.Canvas { return s.ui.win.Canvas() }, false)
	// Empty means the usual day: today, or the meeting's for a biên bản.
	s.date.entry.SetPlaceHolder(lang.L("để trống: hôm nay (biên bản: ngày họp)"))
	s.number = newFormEntry()
	s.number.SetPlaceHolder(lang.L("tự động"))
	s.draft = widget.NewCheck(lang.L("Bản nháp: để trống số, không ghi vào sổ văn bản đi"), func(on bool) {
		if on {
			s.number.Disable()
		} else {
			s.number.Enable()
		}
	})
	s.signer = widget.NewRadioGroup([]string{signerChair, signerDeputy}, func(v string) { s.fillSignerName() })
	s.signer.Horizontal = true
	s.signerName = newFormEntry()
	s.upper = newFormEntry()
	s.place = newFormEntry()
	s.recipients = newFormMultiLine()
	s.recipients.SetMinRowsVisible(4)
	if p := s.ui.profile; p != nil {
		s.upper.SetText(p.UpperName)
		s.place.SetText(p.Place)
	}
	s.signer.SetSelected(signerChair)
}

func (s *reportsScreen) fillSignerName() {
	p := s.ui.profile
	if p == nil || s.signerName == nil {
		return
	}
	// The post history wins over the profile (issue 14 point 1).
	chair, vice, err := data.Signers(s.ui.ctx, s.ui.svc.Store, p, s.ui.svc.Now())
	if err != nil {
		chair, vice = p.ChairName, p.ViceChairName
	}
	if s.signer.Selected == signerDeputy {
		s.signerName.SetText(vice)
	} else {
		s.signerName.SetText(chair)
	}
}

func (s *reportsScreen) frameBox() fyne.CanvasObject {
	return formSection(lang.L("Thể thức văn bản"),
		newFieldRow(lang.L("Ngày ban hành"), s.date.object),
		newFieldRow(lang.L("Số văn bản"), container.NewVBox(s.number, s.draft)),
		newFieldRow(lang.L("Người ký"), container.NewVBox(s.signer, s.signerName)),
		newFieldRow(lang.L("Công đoàn cấp trên"), s.upper),
		newFieldRow(lang.L("Địa danh"), s.place),
		newFieldRow(lang.L("Nơi nhận (mỗi dòng một nơi)"), s.recipients),
	)
}

// choose shows the choices of a kind of document.
func (s *reportsScreen) choose(k *reports.Kind) {
	if s.kind != nil && s.kind != k {
		s.wantID = 0 // the record asked for belongs to its kind
	}
	s.kind = k
	s.title.SetText(k.Title)
	s.about.SetText(k.Description + ".")
	var rows []*fieldRow
	if k.Period {
		if k.Members || k.Name == "card-request" {
			s.year.Options = append([]string{yearAll}, s.yearOptions()...)
			s.year.SetSelected(yearAll)
		} else {
			s.year.Options = s.yearOptions()
			s.year.SetSelected(strconv.Itoa(k.DefaultYear(s.ui.svc.Now())))
		}
		// The year means the year people joined only for lists of members; for a
		// conference, a dialogue or an agreement it is the year the record belongs to.
		label := lang.L("Năm")
		if k.Members || k.IDNumbers || k.Name == "admission" || k.Name == "card-request" {
			label = lang.L("Vào công đoàn năm")
		}
		rows = append(rows, newFieldRow(label, container.NewVBox(s.year, s.custom, s.from.object, s.to.object)))
	}
	if k.Record != "" {
		subject := fyne.CanvasObject(s.subject)
		if k.Name == "admission" {
			// A new decision for the people the chair picks (issue 11 point 1).
			subject = container.NewVBox(container.NewBorder(nil, nil, nil, s.pick, s.subject), s.picked)
		}
		rows = append(rows, newFieldRow(sentenceCase(k.Record), subject))
	}
	if k.Members {
		rows = append(rows,
			newFieldRow(lang.L("Trạng thái"), s.status),
			newFieldRow(lang.L("Giới tính"), s.sex),
			newFieldRow(lang.L("Bộ phận"), s.unit),
			newFieldRow(lang.L("Quốc tịch"), s.nation),
			newFieldRow(lang.L("Sắp xếp theo"), container.NewHBox(s.sortBy, s.desc)),
			newFieldRow(lang.L("Các cột"), s.columnGrid),
			newFieldRow(lang.L("Khổ giấy"), s.landscape),
		)
	}
	if k.IDNumbers {
		rows = append(rows, newFieldRow(lang.L("Số CCCD"), s.fullID))
	}
	if k.Type == data.DocTypeMinutes && !strings.HasPrefix(k.Name, "conference") {
		// "Biên bản được lập thành 02 bản": a setting (DocumentSettings.MinutesCopies).
		ds, err := data.LoadDocumentSettings(s.ui.ctx, s.ui.svc.Store)
		if err != nil {
			s.ui.showError(err)
		}
		s.copies.SetText(strconv.Itoa(ds.MinutesCopies))
		rows = append(rows, newFieldRow(lang.L("Số bản biên bản"), s.copies))
	}
	if dropsNotes(k) {
		rows = append(rows, newFieldRow(lang.L("Ghi chú"), s.noNotes))
	}
	s.params.Objects = []fyne.CanvasObject{formSection(lang.L("Nội dung"), rows...)}
	s.params.Refresh()
	if p := s.ui.profile; p != nil {
		s.recipients.SetText(strings.Join(k.DefaultRecipients(p), "\n"))
	}
	s.number.SetText("")
	s.result.SetText("")
	s.errMsgs.Hide()
	s.periodChanged()
}

func (s *reportsScreen) yearOptions() []string {
	var out []string
	this := s.ui.svc.Now().Year()
	for y := this + 1; y >= this-10; y-- {
		out = append(out, strconv.Itoa(y))
	}
	return out
}

// loadRows reads the units for the member filter.
func (s *reportsScreen) loadRows() {
	units, err := s.ui.svc.Store.Units(s.ui.ctx)
	fyne.Do(func() {
		if err != nil {
			s.ui.showError(err)
			return
		}
		s.units = units
		opts := []string{unitAll}
		for _, u := range units {
			opts = append(opts, u.Name)
		}
		s.unit.Options = append(opts, unitNone)
		s.unit.Refresh()
	})
}

// periodChanged reloads what depends on the period: the chair's texts of a
// periodic report, the people an admission decision can name.
func (s *reportsScreen) periodChanged() {
	if s.kind == nil || s.narrBox == nil {
		return
	}
	req, err := s.request()
	if err != nil {
		return // the chair is still typing a date
	}
	period, err := s.kind.PeriodOf(&req, s.ui.svc.Now())
	if err != nil {
		return
	}
	show := func() {
		if s.kind.Narrative {
			s.showNarrative(period)
		} else if len(s.narrBox.Objects) > 0 {
			s.narrBox.Objects = nil
			s.narrBox.Refresh()
			s.ui.unguard(s.narrGuard)
		}
	}
	if s.kind.Narrative && period == s.narrPeriod {
		show()
	} else {
		// The texts on screen belong to the period they were loaded for, which the
		// note above them names: on "Ở lại" they stay, and "Lưu" saves them there.
		s.ui.leave(show, nil)
	}
	if s.kind.Record != "" {
		s.loadChoices(req)
	}
}

// loadChoices fills the choice of the record the document is about: for an
// admission everyone admitted in the period (one decision) or one of them;
// otherwise the newest record of the period or one of the others. Reading
// them can take a moment on a big register, so it runs in the background.
func (s *reportsScreen) loadChoices(req reports.Request) {
	k, src := s.kind, s.sources()
	first := subjectLatest
	if k.Name == "admission" {
		first = subjectAll
	}
	s.subject.Options, s.subjectIDs = []string{first}, []int64{0}
	s.subject.SetSelected(first)
	s.ui.background(func() {
		cs, err := k.Choices(s.ui.ctx, src, req)
		fyne.Do(func() {
			if s.kind != k {
				return // the chair has moved on to another document
			}
			if err != nil {
				s.ui.showError(err)
				return
			}
			s.choices = cs
			opts, ids := []string{first}, []int64{0}
			for _, c := range cs {
				opts = append(opts, c.Label)
				ids = append(ids, c.ID)
			}
			s.subject.Options, s.subjectIDs = opts, ids
			s.subject.Refresh()
			for i, id := range ids {
				if s.wantID != 0 && id == s.wantID {
					s.subject.SetSelected(opts[i])
				}
			}
			// wantID stays: choosing the kind reads the choices twice (its year, then
			// its period), and the second read must choose it again; another kind forgets it.
		})
	})
}

// dropsNotes says whether the kind offers to leave out an empty Ghi chú: the
// card request (a member list chooses its columns instead).
func dropsNotes(k *reports.Kind) bool { return k.Name == "card-request" }

// setMembers keeps the people picked for a new decision and shows who they are.
func (s *reportsScreen) setMembers(ids []int64) {
	s.members = ids
	if len(ids) == 0 {
		s.picked.Hide()
		return
	}
	var names []string
	for _, c := range s.choices {
		if slices.Contains(ids, c.ID) {
			name, _, _ := strings.Cut(c.Label, " — ")
			names = append(names, name)
		}
	}
	s.picked.SetText(fmt.Sprintf(lang.L("Quyết định mới cho %d người: %s"), len(ids), strings.Join(names, ", ")))
	s.picked.Show()
}

// pickMembers lets the chair tick the people of a new quyết định kết nạp among
// those admitted in the period who are still members and have none yet.
func (s *reportsScreen) pickMembers() {
	var labels []string
	byLabel := map[string]int64{}
	for _, c := range s.choices {
		if c.New {
			labels = append(labels, c.Label)
			byLabel[c.Label] = c.ID
		}
	}
	if len(labels) == 0 {
		s.errMsgs.SetText(lang.L("Trong kỳ đã chọn không có ai còn sinh hoạt mà chưa có quyết định kết nạp."))
		s.errMsgs.Show()
		return
	}
	group := widget.NewCheckGroup(labels, nil)
	for _, l := range labels {
		if slices.Contains(s.members, byLabel[l]) {
			group.Selected = append(group.Selected, l)
		}
	}
	d := dialog.NewCustomConfirm(lang.L("Chọn người đưa vào quyết định kết nạp"), lang.L("Chọn"), lang.L("Hủy"),
		container.NewVScroll(group), func(ok bool) {
			if !ok {
				return
			}
			var ids []int64
			for _, l := range group.Selected {
				ids = append(ids, byLabel[l])
			}
			s.subject.SetSelected(s.subject.Options[0]) // clears the pick; set it after
			s.setMembers(ids)
		}, s.ui.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

// sources are the services documents are read from.
func (s *reportsScreen) sources() reports.Sources {
	sv := &s.ui.svc
	return reports.Sources{Members: sv.Store, Profile: sv.Store, Documents: sv.Store,
		Records: sv.Store, Settings: sv.Store, Now: sv.Now}
}

// showNarrative shows the editor of the chair's texts for period, loading
// what was saved for it.
func (s *reportsScreen) showNarrative(p data.Period) {
	// The biểu thống kê prints only the typed figures, the reports everything.
	figuresOnly := s.kind.Name == "statistics"
	if p == s.narrPeriod && figuresOnly == s.narrFigures && len(s.narrBox.Objects) > 0 {
		return
	}
	n, err := s.ui.svc.Store.Narrative(s.ui.ctx, p)
	if err != nil {
		s.ui.showError(err)
		return
	}
	s.narrPeriod, s.narrSaved, s.narrFigures = p, n, figuresOnly
	s.narrative = map[string]*formEntry{}
	var rows []*fieldRow
	for _, sec := range data.NarrativeSections {
		if figuresOnly {
			break
		}
		e := newFormMultiLine()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(3)
		e.SetPlaceHolder(sec.Hint)
		e.SetText(n[sec.Key])
		s.narrative[sec.Key] = e
		rows = append(rows, newFieldRow(sec.Title, e))
	}
	var figs []*fieldRow
	for _, f := range data.NarrativeFigures {
		e := newFormEntry()
		e.SetText(n[f.Key])
		e.SetPlaceHolder(f.Hint)
		if f.Number {
			// A comma is the decimal separator: thousands are grouped with dots (issue 11 point 5).
			e.SetPlaceHolder(lang.L("số nguyên, ví dụ 8.500.000"))
		}
		s.narrative[f.Key] = e
		figs = append(figs, newFieldRow(f.Title, e))
	}
	save := widget.NewButtonWithIcon(lang.L("Lưu nội dung"), theme.DocumentSaveIcon(), func() {
		if err := s.saveNarrative(); err != nil {
			s.ui.showError(err)
			return
		}
		s.result.SetText(lang.L("Đã lưu nội dung báo cáo ") + p.Label() + ".")
	})
	note := widget.NewLabel(lang.L("Nội dung Ban Chấp hành viết cho ") + p.Label() +
		lang.L(": in đúng như đã gõ, mỗi dòng một đoạn; phần để trống in dòng chấm để điền tay. Số liệu đoàn viên do ứng dụng tự điền."))
	note.Wrapping = fyne.TextWrapWord
	s.narrBox.Objects = []fyne.CanvasObject{
		formSection(lang.L("Nội dung báo cáo"), rows...),
		note,
		formSection(lang.L("Số liệu nhập tay cho biểu thống kê"), figs...),
		container.NewHBox(save),
	}
	if figuresOnly {
		s.narrBox.Objects = s.narrBox.Objects[2:]
	}
	s.narrBox.Refresh()
	// The texts are a form: leaving them typed but unsaved asks first (guard.go).
	s.narrGuard = s.ui.guardForm(func() bool {
		if err := s.saveNarrative(); err != nil {
			s.ui.showError(err)
			return false
		}
		return true
	}, nil, s.narrBox)
}

// saveNarrative saves the texts shown, if any changed.
func (s *reportsScreen) saveNarrative() error {
	if s.kind == nil || !s.kind.Narrative || len(s.narrative) == 0 {
		return nil
	}
	n := data.Narrative{}
	changed := false
	for k, e := range s.narrative {
		n[k] = e.Text
		changed = changed || vn.CleanMultiline(e.Text) != s.narrSaved[k]
	}
	if !changed {
		if s.narrGuard != nil {
			s.narrGuard.reset() // only spaces differ: the saved texts stand
		}
		return nil
	}
	if err := s.ui.svc.Store.SaveNarrative(s.ui.ctx, s.narrPeriod, n); err != nil {
		return err
	}
	for k, v := range n {
		s.narrSaved[k] = vn.CleanMultiline(v)
	}
	if s.narrGuard != nil {
		s.narrGuard.reset()
	}
	return nil
}

// request reads the screen into a reports.Request.
func (s *reportsScreen) request() (reports.Request, error) {
	k := s.kind
	req := reports.Request{Kind: k.Name}
	if k.Period {
		if s.custom.Checked {
			var err error
			if req.From, err = vn.ParseDate(s.from.entry.Text); err != nil {
				return req, invalidChoice("Từ ngày: " + err.Error())
			}
			if req.To, err = vn.ParseDate(s.to.entry.Text); err != nil {
				return req, invalidChoice("Đến ngày: " + err.Error())
			}
		} else if y, err := strconv.Atoi(s.year.Selected); err == nil {
			req.Year = y
		}
	}
	if k.Record != "" {
		req.Members = s.members
		for i, o := range s.subject.Options {
			if o == s.subject.Selected && i < len(s.subjectIDs) && len(s.members) == 0 {
				req.ID = s.subjectIDs[i]
			}
		}
	}
	if k.Members {
		req.Filter = s.filter()
		for _, c := range data.RegisterColumns {
			if c.Title == s.sortBy.Selected {
				req.Sort = c.Sort
			}
		}
		req.Desc = s.desc.Checked
		for i, c := range reports.MemberColumns {
			if s.columns[i].Checked {
				req.Columns = append(req.Columns, c.Key)
			}
		}
		if len(req.Columns) == 0 {
			return req, invalidChoice("Cần chọn ít nhất một cột")
		}
		req.Landscape = s.landscape.Checked
	} else {
		req.Filter = data.MemberFilter{InUnion: true}
	}
	req.FullIDNumber = k.IDNumbers && s.fullID.Checked
	req.NoNotes = dropsNotes(k) && s.noNotes.Checked
	d, _, err := s.date.value()
	if err != nil {
		return req, invalidChoice("Ngày ban hành: " + err.Error())
	}
	req.Date = d
	req.Draft = s.draft.Checked
	if t := strings.TrimSpace(s.number.Text); t != "" && !req.Draft {
		n, err := strconv.Atoi(t)
		if err != nil || n < 1 {
			return req, invalidChoice("Số văn bản phải là số nguyên dương, ví dụ 7")
		}
		req.Number = n
	}
	if k.Type == data.DocTypeMinutes && !strings.HasPrefix(k.Name, "conference") {
		n, err := strconv.Atoi(strings.TrimSpace(s.copies.Text))
		if err != nil || n < 1 || n > 20 {
			return req, invalidChoice("Số bản biên bản phải là số nguyên từ 1 đến 20, ví dụ 2")
		}
		req.Copies = n
	}
	req.Deputy = s.signer.Selected == signerDeputy
	req.SignerName, req.UpperLevel, req.Place = s.signerName.Text, s.upper.Text, s.place.Text
	req.Recipients = []string{}
	for _, l := range strings.Split(s.recipients.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			req.Recipients = append(req.Recipients, l)
		}
	}
	return req, nil
}

// invalidChoice is a mistake in the screen's choices, shown above "Tạo PDF".
func invalidChoice(msg string) error { return &data.Error{Code: data.EINVALID, Message: msg} }

// filter is the member filter chosen on the screen.
func (s *reportsScreen) filter() data.MemberFilter {
	var f data.MemberFilter
	switch s.status.Selected {
	case statusAllCurrent:
		f.InUnion = true
	case statusAll:
	default:
		for _, st := range data.Statuses {
			if st.Label() == s.status.Selected {
				f.Status = st
			}
		}
	}
	if s.sex.Selected != sexAll {
		f.Sex, _ = data.ParseSex(s.sex.Selected)
	}
	switch s.unit.Selected {
	case unitAll, "":
	case unitNone:
		f.UnitID = -1
	default:
		for _, u := range s.units {
			if u.Name == s.unit.Selected {
				f.UnitID = u.ID
			}
		}
	}
	switch s.nation.Selected {
	case nationAll, "":
	case nationForeign:
		f.ForeignOnly = true
	default:
		f.Nationality = s.nation.Selected
	}
	return f
}

// defaultReportsDir is where documents are saved unless the chair chooses
// otherwise: a "Báo cáo" folder in her Documents (XDG_DOCUMENTS_DIR on
// Linux desktops that set it), created when missing.
func defaultReportsDir() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return os.TempDir()
	}
	docs := os.Getenv("XDG_DOCUMENTS_DIR")
	if docs == "" {
		docs = filepath.Join(home, "Documents")
	}
	dir := filepath.Join(docs, reportsFolder)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return home
	}
	return dir
}

// fileName is the suggested name of a document: its title and period,
// safe on every file system.
func (s *reportsScreen) fileName(req reports.Request, ext string) string {
	name := s.kind.Title
	switch {
	case !req.From.IsZero():
		name += " " + vn.ISO(req.From) + " đến " + vn.ISO(req.To)
	case req.Year != 0:
		name += " " + strconv.Itoa(req.Year)
	}
	date := req.Date
	if date.IsZero() {
		date = s.ui.svc.Now()
	}
	name += " " + vn.ISO(date)
	return strings.NewReplacer("/", "-", "\\", "-", ":", "-").Replace(name) + ext
}

// openPDF opens a saved report in the system's PDF viewer.
func (u *UI) openPDF(path string) {
	if err := openPath(path); err != nil {
		// Not an error: the file is saved; "Mở tệp" and "Mở thư mục" stay under the result.
		u.noViewer(path)
	}
}

// startGenerate checks the choices, saves the chair's texts, tells her what
// the records say against the document (a quorum not met…), which the
// document itself does not state, asks where to save and prints.
func (s *reportsScreen) startGenerate(ext string) {
	req, err := s.request()
	if err != nil {
		s.errMsgs.SetText(data.ErrorMessage(err))
		s.errMsgs.Show()
		return
	}
	s.errMsgs.Hide()
	if err := s.saveNarrative(); err != nil {
		s.ui.showError(err)
		return
	}
	src := s.sources()
	s.generate.Disable()
	s.saveWord.Disable()
	s.ui.background(func() {
		verdicts, err := reports.Check(s.ui.ctx, src, req)
		fyne.Do(func() {
			s.generate.Enable()
			s.saveWord.Enable()
			if err != nil {
				s.errMsgs.SetText(data.ErrorMessage(err))
				s.errMsgs.Show()
				return
			}
			if len(verdicts) == 0 {
				s.askPath(req, ext)
				return
			}
			s.ui.confirmText(lang.L("Lưu ý trước khi in"), strings.Join(verdicts, "\n\n")+
				"\n\n"+lang.L("Văn bản chỉ ghi số liệu đã nhập, không ghi các nhận định này."), lang.L("Vẫn in"),
				func() { s.askPath(req, ext) })
		})
	})
}

// askPath asks where to save, starting in the "Báo cáo" folder, and prints.
func (s *reportsScreen) askPath(req reports.Request, ext string) {
	choose := s.ui.savePDFPath // tests skip the dialog
	if choose == nil {
		choose = s.ui.saveDialog
	}
	choose(defaultReportsDir(), s.fileName(req, ext), func(path string) { s.run(req, path) })
}

// confirmText asks a yes/no question whose text may be long: it wraps, and
// yes runs onYes. Tests answer through confirmHook.
func (u *UI) confirmText(title, text, yes string, onYes func()) {
	if u.confirmHook != nil {
		if u.confirmHook(title, text) {
			onYes()
		}
		return
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(title, yes, lang.L("Quay lại"), l, func(ok bool) {
		if ok {
			onYes()
		}
	}, u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// run prints in the background, moving the progress bar, then opens the file.
func (s *reportsScreen) run(req reports.Request, path string) {
	s.generate.Disable()
	s.saveWord.Disable()
	s.progress.SetValue(0)
	s.progress.Show()
	s.result.SetText(lang.L("Đang tạo ") + s.kind.Title + "…")
	req.Progress = func(f float64) { fyne.Do(func() { s.progress.SetValue(f) }) }
	title := s.kind.Title
	src := s.sources()
	s.ui.background(func() {
		res, err := reports.Issue(context.Background(), src, req, path)
		if err == nil && req.Copies > 0 {
			// The number of originals is remembered for the next biên bản.
			if serr := src.Settings.SetSetting(context.Background(), data.KeyMinutesCopies, strconv.Itoa(req.Copies)); serr != nil {
				res.Warnings = append(res.Warnings, "Văn bản đã tạo, nhưng chưa nhớ được số bản cho lần sau: "+data.ErrorMessage(serr))
			}
		}
		fyne.Do(func() {
			s.generate.Enable()
			s.saveWord.Enable()
			s.progress.Hide()
			if data.ErrorCode(err) == data.ECONFIRM && !req.OutOfOrder {
				// A number out of date order in the sổ văn bản đi: on her yes, print again confirmed.
				s.result.SetText("")
				s.ui.confirmText(lang.L("Số không theo thứ tự ngày"), data.ErrorMessage(err), lang.L("Vẫn cấp số này"), func() {
					req.OutOfOrder = true
					s.run(req, path)
				})
				return
			}
			if err != nil {
				s.result.SetText("")
				s.ui.showError(err)
			} else {
				number := lang.L("bản nháp, chưa lấy số")
				if !req.Draft || res.Reprint {
					number = "số " + res.Number
				}
				if res.Reprint {
					number += lang.L(", in lại văn bản đã ban hành")
				}
				pages := vn.FormatInt(int64(res.Pages)) + " trang"
				if res.Pages == 0 {
					pages = lang.L("tệp Word")
				}
				msg := fmt.Sprintf("Đã tạo %s (%s, %s): %s", title, number, pages, path)
				for _, w := range res.Warnings {
					msg += "\nLưu ý: " + w
				}
				s.result.SetText(msg)
				s.lastPath = path
				s.openFile.Show()
				s.openFolder.Show()
				s.number.SetText("")
				s.loadDocs()
				open := s.ui.showPDF
				if open == nil {
					open = s.ui.openPDF
				}
				open(path)
			}
			if s.onGenerated != nil {
				s.onGenerated(res, path, err)
			}
		})
	})
}
