package data

import (
	"fmt"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// ConferenceModel is the set of rules a worker conference follows (DOMAIN §1).
type ConferenceModel string

// The conference models.
const (
	// ModelOther: a non-state enterprise, whose quy chế dân chủ sets quorum and
	// voting (Decree 145 Arts 47–48); the shares come from RuleSettings.
	ModelOther ConferenceModel = "quy_che"
	// ModelSOE: the state-enterprise rules of Law 10/2022 Arts 67–70 (≥ 2/3, > 50%),
	// which non-state enterprises may adopt (Art. 82).
	ModelSOE ConferenceModel = "nha_nuoc"
)

// ConferenceModels lists the models in form order.
var ConferenceModels = []ConferenceModel{ModelOther, ModelSOE}

// Label is the Vietnamese name of the model.
func (m ConferenceModel) Label() string {
	switch m {
	case ModelOther:
		return "Quy chế dân chủ của doanh nghiệp (NĐ 145/2020)"
	case ModelSOE:
		return "Doanh nghiệp nhà nước (Luật 10/2022)"
	}
	return string(m)
}

// DefaultModel is the model the union profile suggests: the state model for a
// state enterprise, the enterprise's own rules otherwise (DOMAIN §1).
func DefaultModel(p *Profile) ConferenceModel {
	if p != nil && p.EnterpriseType == EnterpriseState {
		return ModelSOE
	}
	return ModelOther
}

// Rules returns the quorum (at least) and pass (more than) shares of the model.
func (m ConferenceModel) Rules(s RuleSettings) (quorum, pass Fraction) {
	if m == ModelSOE {
		return SOEQuorum, SOEPass
	}
	return s.OtherQuorum, s.OtherPass
}

// DueMonth is the month by which the yearly conference of the model is due.
func (m ConferenceModel) DueMonth(s RuleSettings) time.Month {
	if m == ModelSOE {
		return time.Month(s.SOEConferenceMonth)
	}
	return time.Month(s.OtherConferenceMonth)
}

// ConferenceForm is hội nghị toàn thể or đại biểu (DOMAIN §1).
type ConferenceForm string

// The conference forms.
const (
	FormAll       ConferenceForm = "toan_the"
	FormDelegates ConferenceForm = "dai_bieu"
)

// Label is the Vietnamese name of the form.
func (f ConferenceForm) Label() string {
	switch f {
	case FormAll:
		return "Hội nghị toàn thể"
	case FormDelegates:
		return "Hội nghị đại biểu"
	}
	return string(f)
}

// Topic is one of the subjects of Labour Code Art. 64 that a conference or a
// dialogue takes up (DOMAIN §1 "Content", §2 "Topics"); "" is a free item.
type Topic string

// The Art. 64 topics.
const (
	TopicBusiness      Topic = "sxkd"
	TopicImplementing  Topic = "thuc_hien"
	TopicConditions    Topic = "dieu_kien"
	TopicWorkerRequest Topic = "yeu_cau_nld"
	TopicEmployerAsk   Topic = "yeu_cau_nsdld"
	TopicOther         Topic = "khac"
)

// Topics lists the Art. 64 topics in the order of the law.
var Topics = []Topic{TopicBusiness, TopicImplementing, TopicConditions, TopicWorkerRequest, TopicEmployerAsk, TopicOther}

// Label is the topic as the checklist shows it.
func (t Topic) Label() string {
	switch t {
	case TopicBusiness:
		return "Tình hình sản xuất, kinh doanh"
	case TopicImplementing:
		return "Thực hiện HĐLĐ, thỏa ước, nội quy, quy chế"
	case TopicConditions:
		return "Điều kiện làm việc"
	case TopicWorkerRequest:
		return "Yêu cầu của người lao động, công đoàn"
	case TopicEmployerAsk:
		return "Yêu cầu của người sử dụng lao động"
	case TopicOther:
		return "Nội dung khác hai bên quan tâm"
	}
	return string(t)
}

// AgendaItem is one item of an agenda: an Art. 64 topic, or free text.
type AgendaItem struct {
	Topic Topic  // "" for a free item
	Text  string // the free item, or a note on the topic
}

// Title is the item as a list shows it.
func (a AgendaItem) Title() string {
	if a.Topic == "" {
		return a.Text
	}
	if a.Text != "" {
		return a.Topic.Label() + ": " + a.Text
	}
	return a.Topic.Label()
}

// Resolution is one decision voted at a conference.
type Resolution struct {
	Text                    string
	For, Against, Abstained int
}

// ConferenceReview is one six-monthly check of how the resolution is carried out
// (DOMAIN §1: every 6 months, reported to all workers).
type ConferenceReview struct {
	Date     time.Time
	Findings string
}

// DocKind is the kind of a conference document (DOMAIN §1 "Documents produced").
type DocKind string

// The document kinds.
const (
	DocPlan       DocKind = "ke_hoach"
	DocReport     DocKind = "bao_cao"
	DocMinutes    DocKind = "bien_ban"
	DocResolution DocKind = "nghi_quyet"
	DocOther      DocKind = "khac"
)

// DocKinds lists the kinds in form order.
var DocKinds = []DocKind{DocPlan, DocReport, DocMinutes, DocResolution, DocOther}

// Label is the Vietnamese name of the kind.
func (k DocKind) Label() string {
	switch k {
	case DocPlan:
		return "Kế hoạch, thông báo tổ chức"
	case DocReport:
		return "Báo cáo"
	case DocMinutes:
		return "Biên bản hội nghị"
	case DocResolution:
		return "Nghị quyết hội nghị"
	case DocOther:
		return "Tài liệu khác"
	}
	return string(k)
}

// Attachment is a file kept with a record: a copy in the app's data folder.
type Attachment struct {
	ID      int64
	OwnerID int64 // the conference
	Kind    DocKind
	Name    string // the file name as the chair chose it
	Path    string // absolute path of the copy
	AddedAt time.Time
}

// Conference is one hội nghị người lao động (DOMAIN Implications A).
type Conference struct {
	ID                int64
	Year              int
	Extraordinary     bool // hội nghị bất thường
	Model             ConferenceModel
	Form              ConferenceForm
	Date              time.Time // zero while only planned without a date
	Place             string
	Chair             string // chủ tọa: signs the biên bản and the nghị quyết for the conference
	Secretary         string // thư ký: signs the biên bản
	WorkersTotal      int    // all workers of the enterprise
	DelegatesSummoned int    // for a hội nghị đại biểu
	Attendees         int
	Agenda            []AgendaItem
	Resolutions       []Resolution
	RepsAnnounced     bool // the dialogue-representative list was announced (DOMAIN §1 "Related")
	Reviews           []ConferenceReview
	Documents         []Attachment // managed apart from the form: RecordsService.AttachDocument
	Notes             string
	Version           int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt         time.Time
	UpdatedAt         time.Time
}

// Title names the conference: "Hội nghị người lao động năm 2026".
func (c *Conference) Title() string {
	t := "Hội nghị người lao động năm " + strconv.Itoa(c.Year)
	if c.Extraordinary {
		t = "Hội nghị người lao động bất thường năm " + strconv.Itoa(c.Year)
		if !c.Date.IsZero() {
			t += " (" + vn.FormatDate(c.Date) + ")"
		}
	}
	return t
}

// Base is who the quorum counts against: all workers, or the delegates summoned.
func (c *Conference) Base() int {
	if c.Form == FormDelegates {
		return c.DelegatesSummoned
	}
	return c.WorkersTotal
}

// Quorate reports whether the attendance makes the quorum of the model.
func (c *Conference) Quorate(s RuleSettings) bool {
	q, _ := c.Model.Rules(s)
	return ConferenceQuorum(q, c.Attendees, c.Base())
}

// Held reports whether the conference took place by today.
func (c *Conference) Held(today time.Time) bool {
	return !c.Date.IsZero() && !c.Date.After(vn.Day(today))
}

// Passed reports whether resolution r passed under the model.
func (c *Conference) Passed(r Resolution, s RuleSettings) bool {
	_, p := c.Model.Rules(s)
	return ResolutionPassed(p, r.For, c.Attendees)
}

// LastReview is the date of the latest six-monthly review, zero when none.
func (c *Conference) LastReview() time.Time {
	var last time.Time
	for _, r := range c.Reviews {
		if r.Date.After(last) {
			last = r.Date
		}
	}
	return last
}

// Conference field names for messages at the form.
const (
	FieldConfYear        = "conf_year"
	FieldConfModel       = "conf_model"
	FieldConfForm        = "conf_form"
	FieldConfDate        = "conf_date"
	FieldConfWorkers     = "conf_workers"
	FieldConfDelegates   = "conf_delegates"
	FieldConfAttendees   = "conf_attendees"
	FieldConfAgenda      = "conf_agenda"
	FieldConfResolutions = "conf_resolutions"
	FieldConfReviews     = "conf_reviews"
)

// Normalize NFC-cleans the text and sets the defaults of an unset model and form.
func (c *Conference) Normalize() {
	c.Place = vn.Clean(c.Place)
	c.Chair, c.Secretary = vn.Clean(c.Chair), vn.Clean(c.Secretary)
	c.Notes = vn.CleanMultiline(c.Notes)
	if c.Form == "" {
		c.Form = FormAll
	}
	if c.Model == "" {
		c.Model = ModelOther
	}
	if !c.Date.IsZero() {
		c.Date = vn.Day(c.Date)
	}
	agenda := c.Agenda[:0:0]
	for _, a := range c.Agenda {
		a.Text = vn.Clean(a.Text)
		if a.Topic != "" || a.Text != "" {
			agenda = append(agenda, a)
		}
	}
	c.Agenda = agenda
	for i := range c.Resolutions {
		c.Resolutions[i].Text = vn.CleanMultiline(c.Resolutions[i].Text)
	}
	for i := range c.Reviews {
		c.Reviews[i].Findings = vn.CleanMultiline(c.Reviews[i].Findings)
		c.Reviews[i].Date = vn.Day(c.Reviews[i].Date)
	}
}

// Validate checks a conference as the form does; s gives the shares of the
// non-state model. It returns all problems, errors and warnings alike.
func (c *Conference) Validate(s RuleSettings, now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	if c.Year < 2000 || c.Year > today.Year()+1 {
		ps.add(FieldConfYear, "Năm phải từ 2000 đến "+strconv.Itoa(today.Year()+1))
	}
	if c.Model != ModelOther && c.Model != ModelSOE {
		ps.add(FieldConfModel, "Cần chọn mô hình hội nghị")
	}
	if c.Form != FormAll && c.Form != FormDelegates {
		ps.add(FieldConfForm, "Cần chọn hình thức hội nghị")
	}
	// Issue 9: no empty records. A conference is known by its date (the planned one
	// until it is held); without it Việc cần làm and the reports cannot place it.
	if c.Date.IsZero() {
		ps.add(FieldConfDate, "Cần nhập ngày họp (ngày dự kiến nếu chưa họp)")
	}
	if !c.Date.IsZero() && c.Date.Year() != c.Year {
		ps.warn(FieldConfDate, "Ngày họp không thuộc năm "+strconv.Itoa(c.Year))
	}
	// DOMAIN §1: the state model's yearly conference comes no later than 3 months into the year.
	if c.Model == ModelSOE && !c.Extraordinary && !c.Date.IsZero() &&
		c.Date.After(EndOfMonth(c.Date.Year(), c.Model.DueMonth(s))) {
		ps.warn(FieldConfDate, "Theo Luật 10/2022, hội nghị thường niên tổ chức chậm nhất "+
			strconv.Itoa(s.SOEConferenceMonth)+" tháng sau khi kết thúc năm tài chính")
	}
	if c.WorkersTotal < 0 || c.DelegatesSummoned < 0 || c.Attendees < 0 {
		ps.add(FieldConfAttendees, "Số người không được âm")
		return ps
	}
	if c.Form == FormDelegates {
		switch {
		case c.DelegatesSummoned == 0:
			ps.add(FieldConfDelegates, "Hội nghị đại biểu cần số đại biểu được triệu tập")
		case c.WorkersTotal > 0 && c.DelegatesSummoned > c.WorkersTotal:
			ps.add(FieldConfDelegates, "Số đại biểu triệu tập không được lớn hơn tổng số người lao động")
		}
	}
	base := c.Base()
	switch {
	case c.Attendees > base && base > 0:
		who := "tổng số người lao động"
		if c.Form == FormDelegates {
			who = "số đại biểu được triệu tập"
		}
		ps.add(FieldConfAttendees, "Số người tham dự ("+itoa(c.Attendees)+") lớn hơn "+who+" ("+itoa(base)+")")
	case c.Held(today) && base == 0:
		ps.add(FieldConfWorkers, "Cần nhập tổng số người lao động")
	case c.Held(today) && c.Attendees > 0:
		q, _ := c.Model.Rules(s)
		if !ConferenceQuorum(q, c.Attendees, base) {
			// DOMAIN §1: the state model needs at least 2/3 of the workers or delegates.
			ps.warn(FieldConfAttendees, "Chưa đủ điều kiện tiến hành: cần ít nhất "+q.String()+
				" ("+vn.FormatInt(int64(q.Needed(base, true)))+" người), có "+vn.FormatInt(int64(c.Attendees)))
		}
	}
	for i, r := range c.Resolutions {
		n := "Nghị quyết " + itoa(i+1) + ": "
		switch {
		case r.Text == "":
			ps.add(FieldConfResolutions, n+"cần ghi nội dung")
		case r.For < 0 || r.Against < 0 || r.Abstained < 0:
			ps.add(FieldConfResolutions, n+"số phiếu không được âm")
		case c.Attendees > 0 && r.For+r.Against+r.Abstained > c.Attendees:
			ps.add(FieldConfResolutions, n+"tổng số phiếu ("+itoa(r.For+r.Against+r.Abstained)+
				") lớn hơn số người tham dự ("+itoa(c.Attendees)+")")
		}
	}
	for i, r := range c.Reviews {
		n := "Lần sơ kết " + itoa(i+1) + ": "
		switch {
		case r.Date.IsZero():
			ps.add(FieldConfReviews, n+"cần ngày đánh giá")
		case !c.Date.IsZero() && r.Date.Before(c.Date):
			ps.add(FieldConfReviews, n+"ngày đánh giá phải sau ngày hội nghị")
		case r.Date.After(today):
			ps.add(FieldConfReviews, n+"ngày đánh giá không được sau ngày hôm nay")
		case r.Findings == "":
			ps.add(FieldConfReviews, n+"cần ghi kết quả đánh giá")
		}
	}
	return ps
}

// Conferences declares the worker conference in the registry (registry.go).
var Conferences = &Kind[Conference]{
	Kind:     KindConference,
	Label:    "Hội nghị người lao động",
	Table:    "conference",
	Entity:   "conference",
	NotFound: "Không tìm thấy hội nghị",
	Columns: []Column[Conference]{
		{"year", "Năm", func(c *Conference) any { return &c.Year }, func(c *Conference) string { return strconv.Itoa(c.Year) }},
		{"extraordinary", "Hội nghị bất thường", func(c *Conference) any { return &c.Extraordinary }, nil},
		{"model", "Mô hình", func(c *Conference) any { return (*string)(&c.Model) }, func(c *Conference) string { return c.Model.Label() }},
		{"form", "Hình thức", func(c *Conference) any { return (*string)(&c.Form) }, func(c *Conference) string { return c.Form.Label() }},
		{"date", "Ngày họp", func(c *Conference) any { return &c.Date }, nil},
		{"place", "Địa điểm", func(c *Conference) any { return &c.Place }, nil},
		{"chair", "Chủ tọa", func(c *Conference) any { return &c.Chair }, nil},
		{"secretary", "Thư ký", func(c *Conference) any { return &c.Secretary }, nil},
		{"workers_total", "Tổng số người lao động", func(c *Conference) any { return &c.WorkersTotal }, nil},
		{"delegates_summoned", "Số đại biểu triệu tập", func(c *Conference) any { return &c.DelegatesSummoned }, nil},
		{"attendees", "Số người tham dự", func(c *Conference) any { return &c.Attendees }, nil},
		{"reps_announced", "Đã công bố danh sách đại diện đối thoại", func(c *Conference) any { return &c.RepsAnnounced }, nil},
		{"notes", "Ghi chú", func(c *Conference) any { return &c.Notes }, nil},
	},
	Children: []Child[Conference]{
		Rows("conference_agenda", "conference_id", "Nội dung hội nghị",
			func(c *Conference) *[]AgendaItem { return &c.Agenda }, agendaColumns, (*AgendaItem).titleOf),
		Rows("conference_resolution", "conference_id", "Nghị quyết",
			func(c *Conference) *[]Resolution { return &c.Resolutions },
			[]Column[Resolution]{
				{"text", "", func(r *Resolution) any { return &r.Text }, nil},
				{"votes_for", "", func(r *Resolution) any { return &r.For }, nil},
				{"votes_against", "", func(r *Resolution) any { return &r.Against }, nil},
				{"votes_abstain", "", func(r *Resolution) any { return &r.Abstained }, nil},
			},
			func(r *Resolution) string {
				return fmt.Sprintf("%s (tán thành %d, không tán thành %d, không biểu quyết %d)", r.Text, r.For, r.Against, r.Abstained)
			}),
		Rows("conference_review", "conference_id", "Sơ kết 6 tháng",
			func(c *Conference) *[]ConferenceReview { return &c.Reviews },
			[]Column[ConferenceReview]{
				{"date", "", func(r *ConferenceReview) any { return &r.Date }, nil},
				{"findings", "", func(r *ConferenceReview) any { return &r.Findings }, nil},
			},
			func(r *ConferenceReview) string { return vn.FormatDate(r.Date) + ": " + r.Findings }),
	},
	Meta:      func(c *Conference) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*Conference).Title,
	Year:      func(c *Conference) int { return c.Year },
	Normalize: (*Conference).Normalize,
	Check:     func(c *Conference, env CheckEnv) Problems { return c.Validate(env.Settings, env.Now) },
	Confirm:   secondYearly,
	Todos:     conferenceTodos,
}

// secondYearly asks before a second yearly (not extraordinary) conference of the
// same year is saved: usually it is the first one entered twice (issue 9).
func secondYearly(c *Conference, others []Conference) *Problem {
	if c.Extraordinary {
		return nil
	}
	for i := range others {
		if o := &others[i]; !o.Extraordinary && o.Year == c.Year {
			return &Problem{Field: FieldConfYear, Message: "Đã có hội nghị người lao động thường niên năm " + strconv.Itoa(c.Year) +
				" (" + vn.FormatDate(o.Date) + "). Vẫn lưu thêm một hội nghị thường niên cho năm này?"}
		}
	}
	return nil
}

// agendaColumns are the columns of an agenda item (a conference's agenda, a dialogue's topics).
var agendaColumns = []Column[AgendaItem]{
	{"topic", "", func(a *AgendaItem) any { return (*string)(&a.Topic) }, nil},
	{"text", "", func(a *AgendaItem) any { return &a.Text }, nil},
}

func (a *AgendaItem) titleOf() string { return a.Title() }

// conferenceTodos (Kind.Todos): the yearly conference (DOMAIN §1: every year; the state model by
// the end of March) and the six-monthly review of the latest resolution.
func conferenceTodos(cs []Conference, env TodoEnv) []Todo {
	var t todoList
	year := env.Today.Year()
	var planned, latest *Conference
	for i := range cs {
		c := &cs[i]
		if c.Extraordinary {
			continue
		}
		if c.Year == year {
			if c.Held(env.Today) {
				planned = nil
				latest = c
				break
			}
			planned = c
		}
		if c.Held(env.Today) && (latest == nil || c.Date.After(latest.Date)) {
			latest = c
		}
	}
	if latest == nil || latest.Year != year {
		model, ref, about := DefaultModel(env.Profile), RecordRef{KindConference, 0}, ""
		if planned != nil {
			model, ref, about = planned.Model, RecordRef{KindConference, planned.ID}, planned.Title()
			if !planned.Date.IsZero() {
				about += ", dự kiến " + vn.FormatDate(planned.Date)
			}
		}
		t.add(EndOfMonth(year, model.DueMonth(env.Settings)), "Tổ chức Hội nghị người lao động năm "+strconv.Itoa(year), about, ref)
	}
	if latest != nil {
		// The review at 12 months falls at the next conference, which takes its place;
		// a year after the conference the item for the next one says what is due.
		nextYear := latest.Date.AddDate(1, 0, 0)
		if due := NextReviewDue(latest.Date, latest.LastReview()); due.Before(nextYear) && env.Today.Before(nextYear) {
			t.add(due, "Sơ kết 6 tháng thực hiện nghị quyết hội nghị", latest.Title(), RecordRef{KindConference, latest.ID})
		}
	}
	return t.items
}
