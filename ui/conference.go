package ui

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// conferenceListView is the Hội nghị NLĐ section: one row per conference.
type conferenceListView struct {
	ui    *UI
	items []data.Conference
	rows  [][]string
	rs    data.RuleSettings
	table *widget.Table
}

// newConferenceSection is the Hội nghị NLĐ section (the sidebar builds it).
func newConferenceSection(u *UI) *conferenceListView {
	v := &conferenceListView{ui: u}
	u.rec.conferences = v
	return v
}

func (v *conferenceListView) build() fyne.CanvasObject {
	u := v.ui
	v.rs, _ = u.rules()
	cs, err := data.Conferences.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	v.items = cs
	today := u.svc.Now()
	for i := range cs {
		c := &cs[i]
		kind := "Thường niên"
		if c.Extraordinary {
			kind = "Bất thường"
		}
		quorum := "—"
		if c.Held(today) && c.Base() > 0 {
			quorum = "Đủ"
			if !c.Quorate(v.rs) {
				quorum = "Không đủ"
			}
		} else if !c.Held(today) {
			quorum = "Chưa họp"
		}
		passed := 0
		for _, r := range c.Resolutions {
			if c.Passed(r, v.rs) {
				passed++
			}
		}
		v.rows = append(v.rows, []string{
			strconv.Itoa(c.Year), kind, orDash(vn.FormatDate(c.Date)), c.Form.Label(),
			attendance(c), quorum,
			fmt.Sprintf("%d/%d thông qua", passed, len(c.Resolutions)),
			strconv.Itoa(len(c.Reviews)) + " lần", strconv.Itoa(len(c.Documents)) + " tệp",
		})
	}
	v.table = recordTable(
		[]string{"Năm", "Loại", "Ngày họp", "Hình thức", "Tham dự", "Hợp lệ", "Nghị quyết", "Sơ kết 6 tháng", "Tài liệu"},
		[]float32{60, 110, 105, 140, 145, 85, 125, 125, 80},
		func() [][]string { return v.rows },
		func(i int) { u.openRecord(data.RecordRef{Kind: data.KindConference, ID: v.items[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm hội nghị"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindConference, ID: 0}) })
	add.Importance = widget.HighImportance
	help := lang.L("Hội nghị người lao động tổ chức hằng năm (Nghị định 145/2020 Điều 47; doanh nghiệp nhà nước: chậm nhất 3 tháng sau khi kết thúc năm tài chính, Luật 10/2022). Bấm vào một dòng để xem, sửa và đính kèm tài liệu.")
	return containerWithHeading(lang.L("Hội nghị người lao động"), listScreen(lang.L("Các hội nghị"), help, v.table, len(cs) == 0, add))
}

// attendance shows "120/150 đại biểu" or "250/300 người".
func attendance(c *data.Conference) string {
	if c.Attendees == 0 {
		return "—"
	}
	if c.Form == data.FormDelegates {
		return vn.FormatInt(int64(c.Attendees)) + "/" + vn.FormatInt(int64(c.DelegatesSummoned)) + " đại biểu"
	}
	return vn.FormatInt(int64(c.Attendees)) + "/" + vn.FormatInt(int64(c.WorkersTotal)) + " người"
}

// containerWithHeading puts a screen title over a screen.
func containerWithHeading(title string, body fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(heading(title), nil, nil, nil, body)
}

// conferenceForm adds or edits a conference; the documents of a saved one are managed here too.
type conferenceForm struct {
	*recordForm
	conf *data.Conference // the record as loaded; nil when adding
	rs   data.RuleSettings

	year          *formEntry
	extraordinary *widget.Check
	model         *selectOf[data.ConferenceModel]
	form          *selectOf[data.ConferenceForm]
	date          *dateField
	place         *formEntry
	chair         *formEntry
	secretary     *formEntry
	workers       *formEntry
	delegates     *formEntry
	attendees     *formEntry
	quorum        *widget.Label
	topics        *widget.CheckGroup
	freeItems     *rowEditor[string]
	resolutions   *rowEditor[data.Resolution]
	repsAnnounced *widget.Check
	reviews       *rowEditor[data.ConferenceReview]
	notes         *formEntry
	docs          *fyne.Container
	docKind       *selectOf[data.DocKind] // which kind the next attached file is; not part of the record
}

// conferenceScreen opens the form of a Conference (a new one for id 0); recordScreens lists it.
func conferenceScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.Conferences, id)
	if err != nil {
		return nil, err
	}
	f := newConferenceForm(u, c)
	u.rec.conference = f
	return f, nil
}

func newConferenceForm(u *UI, c *data.Conference) *conferenceForm {
	f := &conferenceForm{conf: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindConference) })
	f.rs, _ = u.rules()
	f.year = numEntry("")
	f.extraordinary = widget.NewCheck(lang.L("Hội nghị bất thường"), nil)
	f.model = newSelectOf(data.ConferenceModels, data.ConferenceModel.Label, lang.L("Chọn mô hình"), func(data.ConferenceModel) { f.updateQuorum() })
	f.form = newSelectOf([]data.ConferenceForm{data.FormAll, data.FormDelegates}, data.ConferenceForm.Label, lang.L("Chọn hình thức"),
		func(fm data.ConferenceForm) {
			if fm == data.FormDelegates {
				f.delegates.Enable()
			} else {
				f.delegates.Disable()
			}
			f.updateQuorum()
		})
	f.date = u.dateInput(time.Time{})
	f.place = newFormEntry()
	f.chair, f.secretary = newFormEntry(), newFormEntry()
	f.chair.SetPlaceHolder(lang.L("họ và tên; in trong biên bản, nghị quyết"))
	f.secretary.SetPlaceHolder(lang.L("họ và tên; in trong biên bản"))
	f.workers = numEntry(lang.L("tổng số người lao động"))
	f.delegates = numEntry(lang.L("số đại biểu được triệu tập"))
	f.attendees = numEntry(lang.L("số người có mặt"))
	for _, e := range []*formEntry{f.workers, f.delegates, f.attendees} {
		e.OnChanged = func(string) { f.updateQuorum() }
	}
	f.quorum = widget.NewLabel("")
	f.quorum.Wrapping = fyne.TextWrapWord
	labels := make([]string, len(data.Topics))
	for i, t := range data.Topics {
		labels[i] = t.Label()
	}
	f.topics = widget.NewCheckGroup(labels, nil)
	f.repsAnnounced = widget.NewCheck(lang.L("Đã công bố danh sách thành viên đại diện đối thoại tại hội nghị"), nil)
	f.notes = multiLine(2)
	f.docs = container.NewVBox()

	var free []string
	var resolutions []data.Resolution
	var reviews []data.ConferenceReview
	if c != nil {
		f.fill(c)
		for _, a := range c.Agenda {
			if a.Topic == "" {
				free = append(free, a.Text)
			}
		}
		resolutions, reviews = c.Resolutions, c.Reviews
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindConference, ID: c.ID}, func() { u.backToSection(data.KindConference) })
	} else {
		now := u.svc.Now()
		f.year.SetText(strconv.Itoa(now.Year()))
		f.model.set(data.DefaultModel(u.profile))
		f.form.set(data.FormAll)
		if u.profile != nil {
			setNum(f.workers, u.profile.WorkersTotal)
		}
	}
	f.freeItems = newRowEditor(lang.L("Thêm nội dung khác"), func(s string) *editorRow[string] {
		e := newFormEntry()
		e.SetText(s)
		e.SetPlaceHolder(lang.L("Ví dụ: Bầu Ban Thanh tra nhân dân"))
		return &editorRow[string]{object: e, read: func(*data.Problems) string { return e.Text }}
	}, free)
	f.resolutions = newRowEditor(lang.L("Thêm nghị quyết"), f.resolutionRow, resolutions)
	f.reviews = newRowEditor(lang.L("Thêm lần sơ kết"), func(r data.ConferenceReview) *editorRow[data.ConferenceReview] {
		d := u.dateInput(r.Date)
		text := newFormEntry()
		text.SetText(r.Findings)
		text.SetPlaceHolder(lang.L("Kết quả đánh giá việc thực hiện nghị quyết"))
		obj := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(170, d.entry.MinSize().Height), d.object), nil, text)
		return &editorRow[data.ConferenceReview]{object: obj, read: func(ps *data.Problems) data.ConferenceReview {
			return data.ConferenceReview{Date: readDate(d, data.FieldConfReviews, ps), Findings: text.Text}
		}}
	}, reviews)
	f.updateQuorum()
	return f
}

func (f *conferenceForm) fill(c *data.Conference) {
	f.year.SetText(strconv.Itoa(c.Year))
	f.extraordinary.SetChecked(c.Extraordinary)
	f.model.set(c.Model)
	f.form.set(c.Form)
	f.date.set(c.Date, false)
	f.place.SetText(c.Place)
	f.chair.SetText(c.Chair)
	f.secretary.SetText(c.Secretary)
	setNum(f.workers, c.WorkersTotal)
	setNum(f.delegates, c.DelegatesSummoned)
	setNum(f.attendees, c.Attendees)
	var checked []string
	for _, a := range c.Agenda {
		if a.Topic != "" {
			checked = append(checked, a.Topic.Label())
		}
	}
	f.topics.SetSelected(checked)
	f.repsAnnounced.SetChecked(c.RepsAnnounced)
	f.notes.SetText(c.Notes)
}

// resolutionRow edits one resolution: text, votes, and whether it passed under the model.
func (f *conferenceForm) resolutionRow(r data.Resolution) *editorRow[data.Resolution] {
	text := newFormEntry()
	text.SetText(r.Text)
	text.SetPlaceHolder(lang.L("Nội dung nghị quyết"))
	yes, no, abstain := numEntry("0"), numEntry("0"), numEntry("0")
	setNum(yes, r.For)
	setNum(no, r.Against)
	setNum(abstain, r.Abstained)
	result := widget.NewLabel("")
	update := func() {
		var ps data.Problems
		n := readNum(yes, "", &ps)
		attendees := readNum(f.attendees, "", &ps)
		_, pass := f.model.value().Rules(f.rs)
		switch {
		case len(ps) > 0 || attendees == 0:
			result.SetText("")
		case data.ResolutionPassed(pass, n, attendees):
			result.SetText(lang.L("Thông qua"))
			result.Importance = widget.SuccessImportance
		default:
			result.SetText(lang.L("Không thông qua"))
			result.Importance = widget.DangerImportance
		}
		result.Refresh()
	}
	for _, e := range []*formEntry{yes, no, abstain} {
		e.OnChanged = func(string) { update() }
	}
	update()
	h := yes.MinSize().Height
	nums := container.NewHBox(
		labelled(lang.L("Tán thành"), container.NewGridWrap(fyne.NewSize(90, h), yes)),
		labelled(lang.L("Không tán thành"), container.NewGridWrap(fyne.NewSize(110, h), no)),
		labelled(lang.L("Không biểu quyết"), container.NewGridWrap(fyne.NewSize(115, h), abstain)),
		labelled(lang.L("Kết quả"), container.NewGridWrap(fyne.NewSize(130, h), result)))
	obj := container.NewBorder(nil, nil, nil, nums, labelled(lang.L("Nghị quyết"), text))
	return &editorRow[data.Resolution]{object: obj, read: func(ps *data.Problems) data.Resolution {
		return data.Resolution{Text: text.Text, For: readNum(yes, data.FieldConfResolutions, ps),
			Against: readNum(no, data.FieldConfResolutions, ps), Abstained: readNum(abstain, data.FieldConfResolutions, ps)}
	}}
}

// updateQuorum shows, as the chair types, whether the attendance makes the quorum of the model.
func (f *conferenceForm) updateQuorum() {
	if f.quorum == nil || f.attendees == nil {
		return
	}
	var ps data.Problems
	c := data.Conference{Form: f.form.value(), Model: f.model.value(),
		WorkersTotal: readNum(f.workers, "", &ps), DelegatesSummoned: readNum(f.delegates, "", &ps), Attendees: readNum(f.attendees, "", &ps)}
	q, pass := c.Model.Rules(f.rs)
	base := c.Base()
	if len(ps) > 0 || base == 0 || c.Attendees == 0 || c.Model == "" {
		f.quorum.SetText(fmt.Sprintf(lang.L("Điều kiện hợp lệ: có mặt ít nhất %s; nghị quyết thông qua khi trên %s người dự tán thành."), q, pass))
		f.quorum.Importance = widget.MediumImportance
		f.quorum.Refresh()
		return
	}
	share := vn.Percent(int64(c.Attendees), int64(base))
	if data.ConferenceQuorum(q, c.Attendees, base) {
		f.quorum.SetText(fmt.Sprintf(lang.L("Đủ điều kiện: có mặt %s/%s (%s), cần ít nhất %s (%s người)."),
			vn.FormatInt(int64(c.Attendees)), vn.FormatInt(int64(base)), share, q, vn.FormatInt(int64(q.Needed(base, true)))))
		f.quorum.Importance = widget.SuccessImportance
	} else {
		f.quorum.SetText(fmt.Sprintf(lang.L("Chưa đủ điều kiện: có mặt %s/%s (%s), cần ít nhất %s (%s người)."),
			vn.FormatInt(int64(c.Attendees)), vn.FormatInt(int64(base)), share, q, vn.FormatInt(int64(q.Needed(base, true)))))
		f.quorum.Importance = widget.DangerImportance
	}
	f.quorum.Refresh()
}

func (f *conferenceForm) build() fyne.CanvasObject {
	if f.form.value() != data.FormDelegates {
		f.delegates.Disable()
	}
	general := formSection(lang.L("Thông tin chung"),
		f.row(data.FieldConfYear, lang.L("Năm *"), container.NewBorder(nil, nil, nil, f.extraordinary, f.year)),
		f.row(data.FieldConfModel, lang.L("Mô hình"), f.model),
		f.row(data.FieldConfForm, lang.L("Hình thức"), f.form),
		f.row(data.FieldConfDate, lang.L("Ngày họp"), f.date.object),
		f.row("conf_place", lang.L("Địa điểm"), f.place),
		f.row("conf_chair", lang.L("Chủ tọa"), f.chair),
		f.row("conf_secretary", lang.L("Thư ký"), f.secretary),
	)
	people := formSection(lang.L("Thành phần tham dự"),
		f.row(data.FieldConfWorkers, lang.L("Tổng số người lao động"), f.workers),
		f.row(data.FieldConfDelegates, lang.L("Đại biểu triệu tập"), f.delegates),
		f.row(data.FieldConfAttendees, lang.L("Số người có mặt"), f.attendees),
	)
	agenda := f.block(data.FieldConfAgenda, lang.L("Nội dung hội nghị"),
		lang.L("Các nội dung theo Điều 64 Bộ luật Lao động và nội dung khác hai bên thống nhất."),
		container.NewVBox(f.topics, f.freeItems.object))
	left := container.NewVBox(general, people, f.quorum, f.repsAnnounced)
	columns := reflowColumns(left, agenda)
	resolutions := f.block(data.FieldConfResolutions, lang.L("Nghị quyết và kết quả biểu quyết"), "", f.resolutions.object)
	reviews := f.block(data.FieldConfReviews, lang.L("Sơ kết 6 tháng thực hiện nghị quyết"),
		lang.L("Người sử dụng lao động và công đoàn cùng kiểm tra, đánh giá 6 tháng một lần và thông báo kết quả tới người lao động."),
		f.reviews.object)
	notes := formSection(lang.L("Ghi chú"), f.row("conf_notes", "", f.notes))
	body := container.NewVBox(columns, widget.NewSeparator(), resolutions, widget.NewSeparator(), reviews,
		widget.NewSeparator(), f.documents(), notes)
	title := lang.L("Thêm hội nghị người lao động")
	if f.conf != nil {
		title = f.conf.Title()
	}
	obj := f.frame(title, body)
	// Attached files are saved as soon as they are attached: not an unsaved change.
	f.guard.ignore(f.docs)
	if f.docKind != nil {
		f.guard.ignore(f.docKind)
	}
	return obj
}

// documents is the list of attached files with their buttons; only a saved conference has them.
func (f *conferenceForm) documents() fyne.CanvasObject {
	title := subheading(lang.L("Tài liệu (kế hoạch, báo cáo, biên bản, nghị quyết)"))
	if f.conf == nil {
		note := widget.NewLabel(lang.L("Lưu hội nghị trước, rồi đính kèm tài liệu."))
		note.TextStyle.Italic = true
		return container.NewVBox(title, note)
	}
	f.fillDocs()
	kind := newSelectOf(data.DocKinds, data.DocKind.Label, lang.L("Loại tài liệu"), nil)
	kind.set(data.DocMinutes)
	f.docKind = kind
	attach := widget.NewButtonWithIcon(lang.L("Đính kèm tệp…"), theme.FileIcon(), func() {
		f.ui.pickOpenPath(nil, func(path string) { f.attach(kind.value(), path) })
	})
	h := attach.MinSize().Height
	return container.NewVBox(title, f.docs,
		container.NewHBox(container.NewGridWrap(fyne.NewSize(260, h), kind), attach),
		widget.NewLabel(lang.L("Tệp được sao chép vào thư mục dữ liệu của ứng dụng; tệp gốc giữ nguyên.")))
}

// attach copies a file into the data folder as a document of the conference, off the
// UI goroutine: a scanned minutes PDF can be tens of megabytes.
func (f *conferenceForm) attach(kind data.DocKind, path string) {
	id := f.conf.ID
	f.ui.background(func() {
		a, err := f.ui.svc.Store.AttachDocument(f.ui.ctx, id, kind, path)
		fyne.Do(func() {
			if err != nil {
				f.ui.showError(err)
				return
			}
			f.conf.Documents = append(f.conf.Documents, *a)
			f.fillDocs()
		})
	})
}

func (f *conferenceForm) fillDocs() {
	f.docs.Objects = nil
	if len(f.conf.Documents) == 0 {
		f.docs.Add(widget.NewLabel(lang.L("Chưa có tài liệu đính kèm.")))
	}
	for _, d := range f.conf.Documents {
		doc := d
		name := newCutLabel(doc.Kind.Label() + ": " + doc.Name + " (" + vn.FormatDate(doc.AddedAt.Local()) + ")")
		open := widget.NewButtonWithIcon(lang.L("Mở"), theme.FileIcon(), func() { f.ui.openFile(doc.Path) })
		remove := widget.NewButtonWithIcon(lang.L("Bỏ"), theme.DeleteIcon(), func() {
			dialog.ShowConfirm(lang.L("Bỏ tài liệu"), "Bỏ \""+doc.Name+"\" khỏi hội nghị?\nBản sao trong thư mục dữ liệu sẽ bị xóa; tệp gốc của bạn giữ nguyên.", func(ok bool) {
				if !ok {
					return
				}
				if err := f.ui.svc.Store.RemoveDocument(f.ui.ctx, doc.ID); err != nil {
					f.ui.showError(err)
					return
				}
				for i, x := range f.conf.Documents {
					if x.ID == doc.ID {
						f.conf.Documents = append(f.conf.Documents[:i], f.conf.Documents[i+1:]...)
						break
					}
				}
				f.fillDocs()
			}, f.ui.win)
		})
		f.docs.Add(container.NewBorder(nil, nil, nil, container.NewHBox(open, remove), name))
	}
	f.docs.Refresh()
}

// openFile opens a file or folder in the system's viewer, showing any failure.
func (u *UI) openFile(path string) {
	if err := openPath(path); err != nil {
		u.showError(err)
	}
}

// openPath asks the system to open a file or folder. Fyne's file URI is
// "file:///C:/…" on Windows too, which the shell opens.
func openPath(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	link, err := url.Parse(storage.NewFileURI(abs).String())
	if err != nil {
		return err
	}
	return fyne.CurrentApp().OpenURL(link)
}

// collect reads the form into a conference.
func (f *conferenceForm) collect() (*data.Conference, data.Problems) {
	c := &data.Conference{}
	if f.conf != nil {
		cp := *f.conf
		c = &cp
	}
	var ps data.Problems
	c.Year = readNum(f.year, data.FieldConfYear, &ps)
	c.Extraordinary = f.extraordinary.Checked
	c.Model, c.Form = f.model.value(), f.form.value()
	c.Date = readDate(f.date, data.FieldConfDate, &ps)
	c.Place = f.place.Text
	c.Chair, c.Secretary = f.chair.Text, f.secretary.Text
	c.WorkersTotal = readNum(f.workers, data.FieldConfWorkers, &ps)
	c.DelegatesSummoned = 0
	if c.Form == data.FormDelegates {
		c.DelegatesSummoned = readNum(f.delegates, data.FieldConfDelegates, &ps)
	}
	c.Attendees = readNum(f.attendees, data.FieldConfAttendees, &ps)
	c.Agenda = nil
	for _, t := range data.Topics {
		for _, s := range f.topics.Selected {
			if s == t.Label() {
				c.Agenda = append(c.Agenda, data.AgendaItem{Topic: t})
			}
		}
	}
	for _, s := range f.freeItems.values(&ps) {
		c.Agenda = append(c.Agenda, data.AgendaItem{Text: s})
	}
	c.Resolutions = f.resolutions.values(&ps)
	c.RepsAnnounced = f.repsAnnounced.Checked
	c.Reviews = f.reviews.values(&ps)
	c.Notes = f.notes.Text
	c.Normalize()
	return c, ps
}

func (f *conferenceForm) submit() bool {
	c, ps := f.collect()
	ps = append(ps, c.Validate(f.rs, f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Conferences, c, f.conf == nil, ps)
}

// showSaved tells the chair the record was saved, with any warnings still at their fields.
func (f *recordForm) showSaved(warnings data.Problems) {
	f.showProblems(warnings)
	text := lang.L("Đã lưu.")
	if len(warnings) > 0 {
		text += " " + lang.L("Lưu ý các ô ghi màu vàng.")
		f.summary.Importance = widget.WarningImportance
	} else {
		f.summary.Importance = widget.SuccessImportance
	}
	f.summary.SetText(text)
	f.summary.Show()
}
