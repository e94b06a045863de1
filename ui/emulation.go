package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// The "Thi đua – Nữ công" section (issue 14 points 4–6, DOMAIN-MODULES §D–§F):
// three tabs — Thi đua (the year's thi đua, awards, proposals), Nữ công and
// Chăm lo — each listing its record kinds in inner tabs. screenOf names a
// kind's place as tab = 10×outer + inner.

// emulationSectionTitle is the sidebar title of the section.
func emulationSectionTitle() string { return lang.L("Thi đua – Nữ công") }

// emuList is one record list of the section: a kind, its table and its add button.
type emuList struct {
	title, help, add string
	kind             data.RecordKind
	headers          []string
	widths           []float32
	load             func(u *UI) ([]int64, [][]string, error) // ids and cells, newest first
	extra            func(u *UI) []fyne.CanvasObject          // more buttons beside "Thêm", or nil
	view             func(u *UI) fyne.CanvasObject            // a tab that is not a list of records (the statistics), or nil
}

// emuTab is one outer tab of the section with its lists.
type emuTab struct {
	title string
	lists []emuList
}

// emulationTabs lists the section's tabs; nữ công and chăm lo add theirs from their files.
func emulationTabs() []emuTab {
	return []emuTab{
		{lang.L("Thi đua"), []emuList{emulationYearList(), awardList(), proposalList()}},
		womenTab(),
		careTab(),
	}
}

// emulationUI is the section's state: the forms on screen (tests reach them here).
type emulationUI struct {
	tabs       *container.AppTabs
	inner      []*container.AppTabs
	rows       map[data.RecordKind][][]string
	emulation  *emulationForm
	award      *awardForm
	proposal   *proposalForm
	women      *womenCommitteeForm
	activity   *womenActivityForm
	goodAtWork *goodAtWorkForm
	tet        *tetForm
	partyIntro *partyIntroForm
}

func newEmulationSection(u *UI) *emulationUI {
	if u.rec.emu == nil {
		u.rec.emu = &emulationUI{}
	}
	return u.rec.emu
}

// build shows the tabs, reopening the tab and list the chair last looked at.
func (s *emulationUI) build(u *UI) fyne.CanvasObject {
	title := emulationSectionTitle()
	s.rows = map[data.RecordKind][][]string{}
	s.tabs = container.NewAppTabs()
	s.inner = nil
	for _, t := range emulationTabs() {
		inner := container.NewAppTabs()
		for _, l := range t.lists {
			inner.Append(container.NewTabItem(l.title, s.listView(u, l)))
		}
		s.inner = append(s.inner, inner)
		s.tabs.Append(container.NewTabItem(t.title, inner))
	}
	at := u.rec.tabs[title]
	if o := at / 10; o < len(s.inner) {
		s.tabs.SelectIndex(o)
		if i := at % 10; i < len(s.inner[o].Items) {
			s.inner[o].SelectIndex(i)
		}
	}
	remember := func(*container.TabItem) {
		o := s.tabs.SelectedIndex()
		u.rec.tabs[title] = 10*o + s.inner[o].SelectedIndex()
	}
	s.tabs.OnSelected = remember
	for _, in := range s.inner {
		in.OnSelected = remember
	}
	return containerWithHeading(lang.L("Thi đua – khen thưởng, nữ công, chăm lo"), s.tabs)
}

func (s *emulationUI) listView(u *UI, l emuList) fyne.CanvasObject {
	if l.view != nil {
		return l.view(u)
	}
	ids, rows, err := l.load(u)
	if err != nil {
		u.showError(err)
	}
	s.rows[l.kind] = rows
	table := recordTable(l.headers, l.widths, func() [][]string { return s.rows[l.kind] },
		func(i int) { u.openRecord(data.RecordRef{Kind: l.kind, ID: ids[i]}) })
	add := widget.NewButtonWithIcon(l.add, theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: l.kind}) })
	add.Importance = widget.HighImportance
	buttons := []fyne.CanvasObject{add}
	if l.extra != nil {
		buttons = append(l.extra(u), add)
	}
	return listScreen(l.title, l.help, table, len(ids) == 0, buttons...)
}

// listOf reads a kind's records as ids and table cells.
func listOf[T any](u *UI, k *data.Kind[T], cells func(*T) []string) ([]int64, [][]string, error) {
	recs, err := k.Store(u.svc.Store).List(u.ctx)
	var ids []int64
	var rows [][]string
	for i := range recs {
		ids = append(ids, *k.Meta(&recs[i]).ID)
		rows = append(rows, cells(&recs[i]))
	}
	return ids, rows, err
}

func emulationYearList() emuList {
	return emuList{title: lang.L("Thi đua năm"), add: lang.L("Thêm năm thi đua"), kind: data.KindEmulation,
		help:    lang.L("Đăng ký thi đua với cấp trên đầu năm; cuối năm tự chấm điểm theo bảng tiêu chí của cấp trên; ghi kết quả xếp loại cấp trên công nhận (Hướng dẫn 1294/HD-TLĐ)."),
		headers: []string{"Năm", "Đăng ký", "Tự chấm", "Mức theo tự chấm", "Cấp trên chấm", "Xếp loại", "Quyết định"},
		widths:  []float32{60, 105, 90, 230, 110, 230, 120},
		extra: func(u *UI) []fyne.CanvasObject {
			return []fyne.CanvasObject{widget.NewButtonWithIcon(lang.L("Ngưỡng xếp loại"), theme.SettingsIcon(), func() { newRatingSettings(u).show() })}
		},
		load: func(u *UI) ([]int64, [][]string, error) {
			rs, _ := u.rules()
			return listOf(u, data.Emulations, func(e *data.Emulation) []string {
				upper := "—"
				if e.UpperScored {
					upper = data.FormatPoints(e.UpperTotal()) + "/" + data.FormatPoints(e.MaxTotal())
				}
				self := "—"
				if len(e.Criteria) > 0 {
					self = data.FormatPoints(e.SelfTotal()) + "/" + data.FormatPoints(e.MaxTotal())
				}
				return []string{strconv.Itoa(e.Year), orDash(vn.FormatDate(e.Registered)), self,
					orDash(e.SelfLevel(rs.Emulation).Label()), upper, orDash(e.Level.Label()), orDash(e.DecisionNo)}
			})
		}}
}

func awardList() emuList {
	return emuList{title: lang.L("Khen thưởng"), add: lang.L("Thêm quyết định khen thưởng"), kind: data.KindAward,
		help:    lang.L("Khen thưởng tập thể và đoàn viên: của Ban Chấp hành công đoàn cơ sở (in quyết định và giấy khen) hoặc của cấp trên (ghi lại số, ngày quyết định)."),
		headers: []string{"Năm", "Hình thức", "Cấp khen", "Số quyết định", "Ngày", "Số người/tập thể", "Tiền thưởng"},
		widths:  []float32{70, 130, 230, 140, 110, 130, 130},
		load: func(u *UI) ([]int64, [][]string, error) {
			return listOf(u, data.Awards, func(a *data.Award) []string {
				return []string{strconv.Itoa(a.Year), a.Form, a.Level.Label(), orDash(a.DecisionNo), vn.FormatDate(a.DecisionDate),
					strconv.Itoa(len(a.Recipients)), vn.FormatMoney(a.Total())}
			})
		}}
}

func proposalList() emuList {
	return emuList{title: lang.L("Đề nghị khen thưởng"), add: lang.L("Thêm đợt xét khen thưởng"), kind: data.KindProposal,
		help:    lang.L("Ban Chấp hành họp xét thi đua, biểu quyết từng trường hợp; những người được quá nửa số ủy viên có mặt tán thành vào tờ trình đề nghị cấp trên khen thưởng."),
		headers: []string{"Năm", "Ngày họp", "Ủy viên có mặt", "Số được xét", "Được đề nghị", "Ngày gửi"},
		widths:  []float32{70, 110, 130, 110, 120, 110},
		load: func(u *UI) ([]int64, [][]string, error) {
			return listOf(u, data.Proposals, func(p *data.Proposal) []string {
				return []string{strconv.Itoa(p.Year), vn.FormatDate(p.MeetingDate), fmt.Sprintf("%d/%d", p.BCHPresent, p.BCHTotal),
					strconv.Itoa(len(p.Nominees)), strconv.Itoa(len(p.Agreed())), orDash(vn.FormatDate(p.Sent))}
			})
		}}
}

// emulationForm adds or edits a year's thi đua.
type emulationForm struct {
	*recordForm
	emu                           *data.Emulation
	settings                      data.EmulationSettings
	year                          *formEntry
	registered, assessed, decDate *dateField
	announced                     *dateField
	titles, pledges, achievements *formEntry
	basis, decNo, notes           *formEntry
	upperScored                   *widget.Check
	criteria                      *rowEditor[data.Criterion]
	totals                        *widget.Label
	level                         *selectOf[data.RatingLevel]
}

func emulationScreen(u *UI, id int64) (recordView, error) {
	e, err := loadRecord(u, data.Emulations, id)
	if err != nil {
		return nil, err
	}
	f := newEmulationForm(u, e)
	newEmulationSection(u).emulation = f
	return f, nil
}

func newEmulationForm(u *UI, e *data.Emulation) *emulationForm {
	rs, _ := u.rules()
	f := &emulationForm{emu: e, settings: rs.Emulation}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindEmulation) })
	f.year = numEntry(lang.L("năm"))
	f.registered, f.assessed, f.decDate, f.announced = u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.titles, f.pledges, f.achievements = multiLine(2), multiLine(3), multiLine(4)
	f.titles.SetPlaceHolder(lang.L("mỗi danh hiệu một dòng, ví dụ: Công đoàn cơ sở vững mạnh"))
	f.pledges.SetPlaceHolder(lang.L("mỗi chỉ tiêu một dòng"))
	f.basis, f.decNo, f.notes = newFormEntry(), newFormEntry(), multiLine(2)
	f.basis.SetPlaceHolder(lang.L("Hướng dẫn số …/HD-… của công đoàn cấp trên"))
	f.upperScored = widget.NewCheck(lang.L("Đã có điểm cấp trên chấm"), func(bool) { f.updateTotals() })
	f.totals = widget.NewLabel("")
	f.totals.Wrapping = fyne.TextWrapWord
	f.level = newSelectOf(data.RatingLevels, data.RatingLevel.Label, lang.L("chưa có"), nil)
	var cs []data.Criterion
	if e != nil {
		f.year.SetText(strconv.Itoa(e.Year))
		f.registered.set(e.Registered, false)
		f.titles.SetText(e.Titles)
		f.pledges.SetText(e.Pledges)
		f.basis.SetText(e.Basis)
		f.assessed.set(e.Assessed, false)
		f.upperScored.SetChecked(e.UpperScored)
		f.achievements.SetText(e.Achievements)
		f.level.set(e.Level)
		f.decNo.SetText(e.DecisionNo)
		f.decDate.set(e.DecisionDate, false)
		f.announced.set(e.Announced, false)
		f.notes.SetText(e.Notes)
		cs = e.Criteria
		f.confirmTrash(e.Title(), data.RecordRef{Kind: data.KindEmulation, ID: e.ID}, func() { u.backToSection(data.KindEmulation) })
	} else {
		f.year.SetText(strconv.Itoa(u.svc.Now().Year()))
		cs = f.lastYearCriteria()
	}
	f.criteria = newRowEditor(lang.L("Thêm tiêu chí"), f.criterionRow, cs)
	return f
}

// lastYearCriteria starts a new year's sheet from the latest one's criteria
// (groups, items, maximum points), scores cleared: the upper level's sheet
// rarely changes from one year to the next.
func (f *emulationForm) lastYearCriteria() []data.Criterion {
	es, err := data.Emulations.Store(f.ui.svc.Store).List(f.ui.ctx)
	if err != nil || len(es) == 0 {
		return nil
	}
	latest := es[0]
	for _, e := range es {
		if e.Year > latest.Year {
			latest = e
		}
	}
	var out []data.Criterion
	for _, c := range latest.Criteria {
		out = append(out, data.Criterion{Group: c.Group, Item: c.Item, Max: c.Max})
	}
	return out
}

func pointsEntry(p data.Points, placeholder string) *formEntry {
	e := newFormEntry()
	e.SetPlaceHolder(placeholder)
	if p != 0 {
		e.SetText(data.FormatPoints(p))
	}
	return e
}

func readPoints(e *formEntry, field string, ps *data.Problems) data.Points {
	p, err := data.ParsePoints(e.Text)
	if err != nil {
		*ps = append(*ps, data.Problem{Field: field, Message: data.ErrorMessage(err)})
	}
	return p
}

// criterionRow edits one criterion: group and item, then max, self, upper and evidence.
func (f *emulationForm) criterionRow(c data.Criterion) *editorRow[data.Criterion] {
	group, item, evidence := newFormEntry(), newFormEntry(), newFormEntry()
	group.SetText(c.Group)
	group.SetPlaceHolder(lang.L("Nhóm tiêu chí"))
	item.SetText(c.Item)
	item.SetPlaceHolder(lang.L("Nội dung tiêu chí"))
	evidence.SetText(c.Evidence)
	evidence.SetPlaceHolder(lang.L("Minh chứng"))
	max, self, upper := pointsEntry(c.Max, lang.L("tối đa")), pointsEntry(c.Self, lang.L("tự chấm")), pointsEntry(c.Upper, lang.L("cấp trên"))
	for _, e := range []*formEntry{max, self, upper} {
		e.OnChanged = func(string) { f.updateTotals() }
	}
	h := item.MinSize().Height
	nums := container.NewGridWrap(fyne.NewSize(90, h), max, self, upper)
	obj := container.NewVBox(
		container.NewBorder(nil, nil, nil, nil, container.NewGridWithColumns(2, group, item)),
		container.NewBorder(nil, nil, nums, nil, evidence), widget.NewSeparator())
	return &editorRow[data.Criterion]{object: obj, read: func(ps *data.Problems) data.Criterion {
		return data.Criterion{Group: group.Text, Item: item.Text, Evidence: evidence.Text,
			Max: readPoints(max, data.FieldEmuCriteria, ps), Self: readPoints(self, data.FieldEmuCriteria, ps),
			Upper: readPoints(upper, data.FieldEmuCriteria, ps)}
	}}
}

// updateTotals shows the totals by group and the level each score gives.
func (f *emulationForm) updateTotals() {
	if f.criteria == nil {
		return
	}
	var ps data.Problems
	cs := f.criteria.values(&ps)
	if len(cs) == 0 {
		f.totals.SetText(lang.L("Chưa có tiêu chí. Nhập từng tiêu chí theo bảng của cấp trên, hoặc bấm \"Nhập từ Excel\"."))
		return
	}
	var lines []string
	for _, g := range data.Groups(cs) {
		name := g.Name
		if name == "" {
			name = lang.L("(không nhóm)")
		}
		lines = append(lines, fmt.Sprintf("%s: tự chấm %s/%s", name, data.FormatPoints(g.Self), data.FormatPoints(g.Max)))
	}
	e := data.Emulation{Criteria: cs, UpperScored: f.upperScored.Checked}
	text := strings.Join(lines, "; ") + fmt.Sprintf(".\nTổng tự chấm %s/%s điểm: %s.", data.FormatPoints(e.SelfTotal()),
		data.FormatPoints(e.MaxTotal()), e.SelfLevel(f.settings).Label())
	if e.UpperScored {
		text += fmt.Sprintf(" Cấp trên chấm %s điểm: %s.", data.FormatPoints(e.UpperTotal()), e.UpperLevel(f.settings).Label())
	}
	text += fmt.Sprintf(" (Ngưỡng %s: bấm \"Ngưỡng xếp loại\" ở danh sách Thi đua năm để đặt theo hướng dẫn của cấp trên.)", f.settings.RatingThresholdsText())
	f.totals.SetText(text)
}

func (f *emulationForm) build() fyne.CanvasObject {
	reg := formSection(lang.L("Đăng ký thi đua"),
		f.row(data.FieldEmuYear, lang.L("Năm *"), f.year),
		f.row(data.FieldEmuRegistered, lang.L("Ngày gửi cấp trên"), f.registered.object),
		f.row("emu_titles", lang.L("Danh hiệu đăng ký"), f.titles),
		f.row("emu_pledges", lang.L("Chỉ tiêu đăng ký"), f.pledges))
	result := formSection(lang.L("Kết quả xếp loại"),
		f.row(data.FieldEmuLevel, lang.L("Xếp loại cấp trên công nhận"), f.level),
		f.row(data.FieldEmuDecision, lang.L("Số quyết định"), f.decNo),
		f.row("emu_decision_date", lang.L("Ngày quyết định"), f.decDate.object),
		f.row(data.FieldEmuAnnounced, lang.L("Ngày thông báo đoàn viên"), f.announced.object),
		f.row("emu_notes", lang.L("Ghi chú"), f.notes))
	importBtn := widget.NewButtonWithIcon(lang.L("Nhập từ Excel"), theme.FolderOpenIcon(), f.importCriteria)
	sheet := f.block(data.FieldEmuCriteria, lang.L("Bảng tự chấm điểm"),
		lang.L("Mỗi dòng: nhóm tiêu chí, nội dung, điểm tối đa, điểm tự chấm, điểm cấp trên chấm (khi có) và minh chứng. Điểm lẻ gõ 2,5."),
		container.NewVBox(
			formSection("", f.row("emu_basis", lang.L("Căn cứ"), f.basis), f.row(data.FieldEmuAssessed, lang.L("Ngày tự chấm"), f.assessed.object)),
			container.NewHBox(f.upperScored, importBtn), f.totals, f.criteria.object))
	ach := f.block("emu_achievements", lang.L("Thành tích nổi bật trong năm"),
		lang.L("Dùng cho báo cáo thành tích; mỗi ý một dòng."), f.achievements)
	f.updateTotals()
	title := lang.L("Thêm năm thi đua")
	if f.emu != nil {
		title = f.emu.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, reg, result), sheet, ach))
}

func (f *emulationForm) collect() (*data.Emulation, data.Problems) {
	e := &data.Emulation{}
	if f.emu != nil {
		cp := *f.emu
		e = &cp
	}
	var ps data.Problems
	e.Year = readNum(f.year, data.FieldEmuYear, &ps)
	e.Registered = readDate(f.registered, data.FieldEmuRegistered, &ps)
	e.Titles, e.Pledges, e.Basis = f.titles.Text, f.pledges.Text, f.basis.Text
	e.Assessed = readDate(f.assessed, data.FieldEmuAssessed, &ps)
	e.UpperScored = f.upperScored.Checked
	e.Criteria = f.criteria.values(&ps)
	e.Achievements = f.achievements.Text
	e.Level = f.level.value()
	e.DecisionNo = f.decNo.Text
	e.DecisionDate = readDate(f.decDate, data.FieldEmuDecision, &ps)
	e.Announced = readDate(f.announced, data.FieldEmuAnnounced, &ps)
	e.Notes = f.notes.Text
	e.Normalize()
	return e, ps
}

func (f *emulationForm) submit() bool {
	e, ps := f.collect()
	ps = append(ps, e.Validate(f.settings, f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Emulations, e, f.emu == nil, ps)
}

// importCriteria replaces the sheet's rows with the criteria of the upper
// level's Excel file (groups, items, maximum points), after asking when rows
// are already there; a file that cannot be read changes nothing.
func (f *emulationForm) importCriteria() {
	f.ui.pickOpenPath([]string{".xlsx", ".csv"}, func(path string) {
		t, err := xlsx.ReadFile(path, "")
		if err != nil {
			f.ui.showError(err)
			return
		}
		cs, err := xlsx.ReadCriteria(t)
		if err != nil {
			f.ui.showError(err)
			return
		}
		apply := func() {
			var ps data.Problems
			old := f.criteria.values(&ps)
			// Scores already typed for the same item are kept.
			scored := map[string]data.Criterion{}
			for _, c := range old {
				scored[c.Group+"\x00"+c.Item] = c
			}
			f.criteria.clear()
			for _, c := range cs {
				if o, ok := scored[c.Group+"\x00"+c.Item]; ok {
					c.Self, c.Upper, c.Evidence = o.Self, o.Upper, o.Evidence
				}
				f.criteria.add(c)
			}
			f.updateTotals()
			f.summary.Importance = widget.WarningImportance
			f.summary.SetText("Đã nhập " + xlsx.CriteriaSummary(cs) + " từ tệp. Bấm Lưu để ghi lại.")
			f.summary.Show()
		}
		if len(f.criteria.rows) == 0 {
			apply()
			return
		}
		f.ask(lang.L("Nhập tiêu chí từ Excel"), fmt.Sprintf("Thay %d tiêu chí đang có bằng %s của tệp? Điểm đã chấm của tiêu chí trùng tên được giữ lại.",
			len(f.criteria.rows), xlsx.CriteriaSummary(cs)), lang.L("Thay"), apply)
	})
}

// clear removes every row (a sheet replaced by an import).
func (e *rowEditor[T]) clear() {
	e.rows = nil
	e.box.RemoveAll()
}
