package data

import (
	"strconv"
	"time"
	"unicode"

	"socongdoan/data/vn"
)

// DialogueKind is why a workplace dialogue is held (DOMAIN §2, Labour Code Art. 63(2)).
type DialogueKind string

// The dialogue kinds.
const (
	DialoguePeriodic  DialogueKind = "dinh_ky"      // at least once a year
	DialogueRequested DialogueKind = "theo_yeu_cau" // one or both sides asked
	DialogueCase      DialogueKind = "vu_viec"      // a case the Code names
)

// DialogueKinds lists the kinds in form order.
var DialogueKinds = []DialogueKind{DialoguePeriodic, DialogueRequested, DialogueCase}

// Label is the Vietnamese name of the kind.
func (k DialogueKind) Label() string {
	switch k {
	case DialoguePeriodic:
		return "Định kỳ"
	case DialogueRequested:
		return "Theo yêu cầu"
	case DialogueCase:
		return "Theo vụ việc"
	}
	return string(k)
}

// CaseType is the article behind a case dialogue (DOMAIN §2, Art. 63(2)(c)).
type CaseType string

// The case types.
const (
	CaseArt36  CaseType = "d36"
	CaseArt42  CaseType = "d42"
	CaseArt44  CaseType = "d44"
	CaseArt93  CaseType = "d93"
	CaseArt104 CaseType = "d104"
	CaseArt118 CaseType = "d118"
	CaseArt128 CaseType = "d128"
)

// CaseTypes lists the case types in the order of the Code.
var CaseTypes = []CaseType{CaseArt36, CaseArt42, CaseArt44, CaseArt93, CaseArt104, CaseArt118, CaseArt128}

// Label is the case as the form shows it.
func (c CaseType) Label() string {
	switch c {
	case CaseArt36:
		return "Tiêu chí thường xuyên không hoàn thành công việc (Điều 36)"
	case CaseArt42:
		return "Thay đổi cơ cấu, công nghệ, lý do kinh tế (Điều 42)"
	case CaseArt44:
		return "Phương án sử dụng lao động (Điều 44)"
	case CaseArt93:
		return "Thang lương, bảng lương, định mức lao động (Điều 93)"
	case CaseArt104:
		return "Quy chế thưởng (Điều 104)"
	case CaseArt118:
		return "Nội quy lao động (Điều 118)"
	case CaseArt128:
		return "Tạm đình chỉ công việc (Điều 128)"
	}
	return string(c)
}

// Side is who asked for a dialogue or for bargaining.
type Side string

// The sides.
const (
	SideWorkers  Side = "nld"   // the worker side: the CĐCS (and the nhóm đại diện)
	SideEmployer Side = "nsdld" // the employer
)

// Label is the Vietnamese name of the side.
func (s Side) Label() string {
	switch s {
	case SideWorkers:
		return "Bên người lao động (công đoàn)"
	case SideEmployer:
		return "Người sử dụng lao động"
	}
	return string(s)
}

// FollowUp is one action agreed at a dialogue, ticked off when done.
type FollowUp struct {
	Text     string
	Owner    string
	Due      time.Time
	Done     bool
	DoneDate time.Time
}

// Dialogue is one đối thoại tại nơi làm việc (DOMAIN Implications A).
type Dialogue struct {
	ID   int64
	Kind DialogueKind
	Case CaseType // for DialogueCase

	// The request (DialogueRequested).
	RequestedBy   Side
	RequestDate   time.Time
	RequestAgreed int // worker representatives who agreed to a worker-side request
	ReplyDate     time.Time

	AgendaSent time.Time // nội dung gửi bên kia (≥ 5 working days before)
	Date       time.Time // the meeting; zero while it is only asked for or planned
	Place      string

	EmployerCount   int  // people on the employer side (≥ 3)
	LegalRepPresent bool // người đại diện theo pháp luật (or authorised) present
	RepsTotal       int  // worker representatives on the list
	RepsPresent     int

	Topics        []AgendaItem
	Agreed        string // nội dung đã thống nhất
	Disputed      string // nội dung còn ý kiến khác nhau
	Actions       []FollowUp
	MinutesSigned bool      // biên bản signed by both sides
	Posted        time.Time // main contents posted at the workplace (≤ 3 working days)
	Informed      time.Time // the CĐCS told its members
	Notes         string
	Version       int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt     time.Time
	UpdatedAt     time.Time
}

// Title names the dialogue: "Đối thoại định kỳ 15/06/2026".
func (d *Dialogue) Title() string {
	t := "Đối thoại " + lower(d.Kind.Label())
	switch {
	case !d.Date.IsZero():
		t += " " + vn.FormatDate(d.Date)
	case !d.RequestDate.IsZero():
		t += " (yêu cầu ngày " + vn.FormatDate(d.RequestDate) + ")"
	}
	return t
}

func lower(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// Held reports whether the dialogue took place by today.
func (d *Dialogue) Held(today time.Time) bool {
	return !d.Date.IsZero() && !d.Date.After(vn.Day(today))
}

// Quorate is the quorum of DOMAIN §2: legal representative and > 70% of the worker representatives.
func (d *Dialogue) Quorate() bool {
	return DialogueQuorum(d.LegalRepPresent, d.RepsPresent, d.RepsTotal)
}

// Dialogue field names for messages at the form.
const (
	FieldDlgKind     = "dlg_kind"
	FieldDlgCase     = "dlg_case"
	FieldDlgRequest  = "dlg_request"
	FieldDlgAgreed   = "dlg_request_agreed"
	FieldDlgReply    = "dlg_reply"
	FieldDlgAgenda   = "dlg_agenda"
	FieldDlgDate     = "dlg_date"
	FieldDlgEmployer = "dlg_employer"
	FieldDlgReps     = "dlg_reps"
	FieldDlgActions  = "dlg_actions"
	FieldDlgMinutes  = "dlg_minutes"
	FieldDlgPosted   = "dlg_posted"
	FieldDlgInformed = "dlg_informed"
)

// Normalize NFC-cleans the text fields and clears what the kind does not use.
func (d *Dialogue) Normalize() {
	d.Place = vn.Clean(d.Place)
	d.Agreed = vn.CleanMultiline(d.Agreed)
	d.Disputed = vn.CleanMultiline(d.Disputed)
	d.Notes = vn.CleanMultiline(d.Notes)
	for _, t := range []*time.Time{&d.RequestDate, &d.ReplyDate, &d.AgendaSent, &d.Date, &d.Posted, &d.Informed} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	if d.Kind != DialogueCase {
		d.Case = ""
	}
	if d.Kind != DialogueRequested {
		d.RequestedBy, d.RequestDate, d.RequestAgreed, d.ReplyDate = "", time.Time{}, 0, time.Time{}
	}
	if d.RequestedBy != SideWorkers {
		d.RequestAgreed = 0
	}
	topics := d.Topics[:0:0]
	for _, t := range d.Topics {
		t.Text = vn.Clean(t.Text)
		if t.Topic != "" || t.Text != "" {
			topics = append(topics, t)
		}
	}
	d.Topics = topics
	actions := d.Actions[:0:0]
	for _, a := range d.Actions {
		a.Text, a.Owner = vn.Clean(a.Text), vn.Clean(a.Owner)
		if a.Text == "" && a.Owner == "" && a.Due.IsZero() {
			continue
		}
		if !a.Due.IsZero() {
			a.Due = vn.Day(a.Due)
		}
		if !a.Done {
			a.DoneDate = time.Time{}
		} else if !a.DoneDate.IsZero() {
			a.DoneDate = vn.Day(a.DoneDate)
		}
		actions = append(actions, a)
	}
	d.Actions = actions
}

// Validate checks a dialogue as the form does, with the working-day deadlines of
// cal. It returns all problems, errors and warnings alike.
func (d *Dialogue) Validate(cal *vn.Calendar, now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	switch d.Kind {
	case DialoguePeriodic, DialogueRequested, DialogueCase:
	default:
		ps.add(FieldDlgKind, "Cần chọn loại đối thoại")
	}
	if d.Kind == DialogueCase && d.Case == "" {
		ps.add(FieldDlgCase, "Cần chọn vụ việc (Điều 36, 42, 44, 93, 104, 118 hoặc 128)")
	}
	future := func(field, label string, t time.Time) {
		if t.After(today) {
			ps.add(field, label+" không được sau ngày hôm nay")
		}
	}
	if d.Kind == DialogueRequested {
		switch {
		case d.RequestedBy == "":
			ps.add(FieldDlgRequest, "Cần chọn bên yêu cầu đối thoại")
		case d.RequestDate.IsZero():
			ps.add(FieldDlgRequest, "Cần nhập ngày nhận yêu cầu")
		}
		future(FieldDlgRequest, "Ngày yêu cầu", d.RequestDate)
		// DOMAIN §2, Decree 145 Art. 40: a worker-side request needs ≥ 30% of the representatives.
		if d.RequestedBy == SideWorkers {
			switch {
			case d.RepsTotal == 0:
				ps.add(FieldDlgReps, "Cần nhập tổng số thành viên đại diện bên người lao động")
			case d.RequestAgreed < 0 || d.RequestAgreed > d.RepsTotal:
				ps.add(FieldDlgAgreed, "Số thành viên đồng ý phải từ 0 đến "+itoa(d.RepsTotal))
			case !RequestSupport(d.RequestAgreed, d.RepsTotal):
				ps.add(FieldDlgAgreed, "Yêu cầu đối thoại của bên người lao động cần ít nhất 30% thành viên đại diện đồng ý ("+
					itoa(RequestSupportShare.Needed(d.RepsTotal, true))+" trên "+itoa(d.RepsTotal)+" người)")
			}
		}
		if !d.ReplyDate.IsZero() && !d.RequestDate.IsZero() {
			due := DialogueReplyDue(cal, d.RequestDate)
			switch {
			case d.ReplyDate.Before(d.RequestDate):
				ps.add(FieldDlgReply, "Ngày trả lời phải từ ngày nhận yêu cầu trở đi")
			case d.ReplyDate.After(due):
				ps.warn(FieldDlgReply, "Trả lời muộn: hạn là "+vn.FormatDate(due)+" (5 ngày làm việc)")
			}
		}
		future(FieldDlgReply, "Ngày trả lời", d.ReplyDate)
	}
	// Issue 9: no empty records. A dialogue is known by its date (the planned one
	// until it is held); one asked for is known by the request until a date is set.
	if d.Date.IsZero() && d.Kind != DialogueRequested {
		ps.add(FieldDlgDate, "Cần nhập ngày đối thoại (ngày dự kiến nếu chưa họp)")
	}
	if !d.Date.IsZero() && !d.RequestDate.IsZero() && d.Date.Before(d.RequestDate) {
		ps.add(FieldDlgDate, "Ngày đối thoại phải sau ngày yêu cầu")
	}
	if !d.AgendaSent.IsZero() {
		future(FieldDlgAgenda, "Ngày gửi nội dung", d.AgendaSent)
		if !d.Date.IsZero() {
			// DOMAIN §2: each side sends its agenda ≥ 5 working days before.
			if due := DialogueAgendaDue(cal, d.Date); d.AgendaSent.After(due) {
				ps.warn(FieldDlgAgenda, "Gửi nội dung muộn: phải gửi trước ít nhất 5 ngày làm việc (chậm nhất "+vn.FormatDate(due)+")")
			}
		}
	}
	if d.EmployerCount < 0 || d.RepsTotal < 0 || d.RepsPresent < 0 {
		ps.add(FieldDlgReps, "Số người không được âm")
		return ps
	}
	if d.RepsPresent > d.RepsTotal {
		ps.add(FieldDlgReps, "Số thành viên có mặt ("+itoa(d.RepsPresent)+") lớn hơn tổng số thành viên đại diện ("+itoa(d.RepsTotal)+")")
	}
	if d.Held(today) {
		// DOMAIN §2, Decree 145 Art. 38: the employer side has at least 3 people.
		if d.EmployerCount > 0 && d.EmployerCount < 3 {
			ps.warn(FieldDlgEmployer, "Bên người sử dụng lao động cần ít nhất 3 người, có người đại diện theo pháp luật")
		}
		if !d.LegalRepPresent {
			ps.warn(FieldDlgEmployer, "Không đủ điều kiện đối thoại: người đại diện theo pháp luật (hoặc người được ủy quyền) phải có mặt")
		}
		// DOMAIN §2, Decree 145 Art. 39: more than 70% of the worker representatives.
		if d.RepsTotal > 0 && d.RepsPresent <= d.RepsTotal && !DialogueQuorumShare.MoreThan(d.RepsPresent, d.RepsTotal) {
			ps.warn(FieldDlgReps, "Không đủ điều kiện đối thoại: cần trên 70% thành viên đại diện có mặt ("+
				itoa(DialogueQuorumShare.Needed(d.RepsTotal, false))+" trên "+itoa(d.RepsTotal)+" người)")
		}
	}
	future(FieldDlgDate, "Ngày đối thoại", d.Date)
	for _, p := range []struct {
		field, label string
		t            time.Time
	}{{FieldDlgPosted, "Ngày niêm yết", d.Posted}, {FieldDlgInformed, "Ngày thông báo đoàn viên", d.Informed}} {
		switch {
		case p.t.IsZero():
		case d.Date.IsZero() || p.t.Before(d.Date):
			ps.add(p.field, p.label+" phải từ ngày đối thoại trở đi")
		case p.t.After(today):
			ps.add(p.field, p.label+" không được sau ngày hôm nay")
		case p.t.After(DialoguePostDue(cal, d.Date)):
			// DOMAIN §2: the main contents are published within 3 working days.
			ps.warn(p.field, "Muộn: phải công khai trong 3 ngày làm việc (chậm nhất "+vn.FormatDate(DialoguePostDue(cal, d.Date))+")")
		}
	}
	if !d.Posted.IsZero() && !d.MinutesSigned {
		ps.warn(FieldDlgMinutes, "Biên bản đối thoại cần có chữ ký của hai bên trước khi công khai")
	}
	for i, a := range d.Actions {
		n := "Việc " + itoa(i+1) + ": "
		switch {
		case a.Text == "":
			ps.add(FieldDlgActions, n+"cần ghi nội dung")
		case !d.Date.IsZero() && !a.Due.IsZero() && a.Due.Before(d.Date):
			ps.add(FieldDlgActions, n+"hạn phải sau ngày đối thoại")
		}
	}
	return ps
}

// Rep is one member of the dialogue-representative list: a union member from the
// register, or a non-member named by the nhóm đại diện.
type Rep struct {
	MemberID int64 // 0 for a non-member
	Name     string
	Female   bool
	Role     string    // chức danh, e.g. "Chủ tịch CĐCS", "Tổ trưởng tổ may 2"
	From     time.Time // on the list since (a replacement's date); zero = since the list began
	Until    time.Time // replaced on; zero while serving
	Note     string    // e.g. the reason for a replacement
}

// ActiveOn reports whether the representative serves on day d.
func (r *Rep) ActiveOn(d time.Time) bool {
	return (r.From.IsZero() || !r.From.After(d)) && (r.Until.IsZero() || r.Until.After(d))
}

// RepList is the list of dialogue representatives of the worker side, fixed at
// least every 2 years (DOMAIN §2, Decree 145 Art. 38).
type RepList struct {
	ID        int64
	From      time.Time // valid from
	To        time.Time // valid to; at most 2 years
	Headcount int       // workers of the enterprise when fixed, for the band check
	Announced time.Time // publicised (e.g. at the worker conference)
	Reps      []Rep
	Notes     string
	Version   int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Title names the list: "Danh sách đại diện đối thoại 01/01/2026 – 31/12/2027".
func (l *RepList) Title() string {
	return "Danh sách đại diện đối thoại " + vn.FormatDate(l.From) + " – " + vn.FormatDate(l.To)
}

// Active returns the representatives serving on day d.
func (l *RepList) Active(d time.Time) []Rep {
	var out []Rep
	for _, r := range l.Reps {
		if r.ActiveOn(vn.Day(d)) {
			out = append(out, r)
		}
	}
	return out
}

// Women counts the women among reps.
func Women(reps []Rep) int {
	n := 0
	for _, r := range reps {
		if r.Female {
			n++
		}
	}
	return n
}

// Representative-list field names for messages at the form.
const (
	FieldRepFrom      = "rep_from"
	FieldRepTo        = "rep_to"
	FieldRepHeadcount = "rep_headcount"
	FieldRepReps      = "rep_reps"
)

// Normalize NFC-cleans the text and sets the end of a list to 2 years after its start.
func (l *RepList) Normalize() {
	l.Notes = vn.CleanMultiline(l.Notes)
	if !l.From.IsZero() {
		l.From = vn.Day(l.From)
		if l.To.IsZero() {
			l.To = RepListEnd(l.From)
		}
	}
	if !l.To.IsZero() {
		l.To = vn.Day(l.To)
	}
	reps := l.Reps[:0:0]
	for _, r := range l.Reps {
		r.Name, r.Role, r.Note = vn.Clean(r.Name), vn.Clean(r.Role), vn.Clean(r.Note)
		if r.Name == "" && r.MemberID == 0 && r.Role == "" {
			continue
		}
		for _, t := range []*time.Time{&r.From, &r.Until} {
			if !t.IsZero() {
				*t = vn.Day(*t)
			}
		}
		reps = append(reps, r)
	}
	l.Reps = reps
}

// Validate checks a list as the form does. The size is checked against the band
// of the headcount (DOMAIN §2) on today, or on the list's first day if later.
func (l *RepList) Validate(now time.Time) Problems {
	var ps Problems
	if l.From.IsZero() {
		ps.add(FieldRepFrom, "Cần nhập ngày bắt đầu")
		return ps
	}
	switch {
	case l.To.Before(l.From):
		ps.add(FieldRepTo, "Ngày kết thúc phải sau ngày bắt đầu")
	case l.To.After(RepListEnd(l.From)):
		ps.add(FieldRepTo, "Danh sách phải được xác định lại ít nhất 2 năm một lần (chậm nhất "+vn.FormatDate(RepListEnd(l.From))+")")
	}
	if l.Headcount < 0 {
		ps.add(FieldRepHeadcount, "Số lao động không được âm")
	}
	for i, r := range l.Reps {
		n := "Dòng " + itoa(i+1) + ": "
		switch {
		case r.Name == "":
			ps.add(FieldRepReps, n+"cần họ và tên")
		case !r.Until.IsZero() && !r.From.IsZero() && !r.Until.After(r.From):
			ps.add(FieldRepReps, n+"ngày thay thế phải sau ngày bắt đầu")
		case !r.From.IsZero() && (r.From.Before(l.From) || r.From.After(l.To)):
			ps.add(FieldRepReps, n+"ngày bắt đầu phải trong thời hạn của danh sách")
		}
	}
	on := vn.Day(now)
	if on.Before(l.From) {
		on = l.From
	}
	if on.After(l.To) {
		on = l.To
	}
	active := l.Active(on)
	if l.Headcount > 0 && len(active) > 0 && !RepresentativeSizeOK(len(active), l.Headcount) {
		lo, hi := RepresentativeBand(l.Headcount)
		ps.warn(FieldRepReps, "Doanh nghiệp "+vn.FormatInt(int64(l.Headcount))+" lao động cần "+BandText(lo, hi)+
			" đại diện đối thoại (Nghị định 145/2020, Điều 38); đang có "+strconv.Itoa(len(active)))
	}
	if len(active) > 0 && Women(active) == 0 {
		ps.warn(FieldRepReps, "Nên có đại diện là nữ (bảo đảm bình đẳng giới, Nghị định 145/2020, Điều 38)")
	}
	return ps
}

// Dialogues declares the workplace dialogue in the registry (registry.go).
var Dialogues = &Kind[Dialogue]{
	Kind:     KindDialogue,
	Label:    "Đối thoại",
	Table:    "dialogue",
	Entity:   "dialogue",
	NotFound: "Không tìm thấy cuộc đối thoại",
	Columns: []Column[Dialogue]{
		{"kind", "Loại đối thoại", func(d *Dialogue) any { return (*string)(&d.Kind) }, func(d *Dialogue) string { return d.Kind.Label() }},
		{"case_type", "Vụ việc", func(d *Dialogue) any { return (*string)(&d.Case) }, func(d *Dialogue) string {
			if d.Case == "" {
				return ""
			}
			return d.Case.Label()
		}},
		{"requested_by", "Bên yêu cầu", func(d *Dialogue) any { return (*string)(&d.RequestedBy) }, func(d *Dialogue) string {
			if d.RequestedBy == "" {
				return ""
			}
			return d.RequestedBy.Label()
		}},
		{"request_date", "Ngày nhận yêu cầu", func(d *Dialogue) any { return &d.RequestDate }, nil},
		{"request_agreed", "Số đại diện đồng ý yêu cầu", func(d *Dialogue) any { return &d.RequestAgreed }, nil},
		{"reply_date", "Ngày trả lời", func(d *Dialogue) any { return &d.ReplyDate }, nil},
		{"agenda_sent", "Ngày gửi nội dung", func(d *Dialogue) any { return &d.AgendaSent }, nil},
		{"date", "Ngày đối thoại", func(d *Dialogue) any { return &d.Date }, nil},
		{"place", "Địa điểm", func(d *Dialogue) any { return &d.Place }, nil},
		{"employer_count", "Số người bên sử dụng lao động", func(d *Dialogue) any { return &d.EmployerCount }, nil},
		{"legal_rep_present", "Người đại diện theo pháp luật có mặt", func(d *Dialogue) any { return &d.LegalRepPresent }, nil},
		{"reps_total", "Tổng số thành viên đại diện", func(d *Dialogue) any { return &d.RepsTotal }, nil},
		{"reps_present", "Số thành viên đại diện có mặt", func(d *Dialogue) any { return &d.RepsPresent }, nil},
		{"agreed", "Nội dung đã thống nhất", func(d *Dialogue) any { return &d.Agreed }, nil},
		{"disputed", "Nội dung còn ý kiến khác nhau", func(d *Dialogue) any { return &d.Disputed }, nil},
		{"minutes_signed", "Biên bản đã ký", func(d *Dialogue) any { return &d.MinutesSigned }, nil},
		{"posted", "Ngày niêm yết", func(d *Dialogue) any { return &d.Posted }, nil},
		{"informed", "Ngày thông báo đoàn viên", func(d *Dialogue) any { return &d.Informed }, nil},
		{"notes", "Ghi chú", func(d *Dialogue) any { return &d.Notes }, nil},
	},
	Children: []Child[Dialogue]{
		Rows("dialogue_topic", "dialogue_id", "Nội dung đối thoại",
			func(d *Dialogue) *[]AgendaItem { return &d.Topics }, agendaColumns, (*AgendaItem).titleOf),
		Rows("dialogue_action", "dialogue_id", "Việc cần làm sau đối thoại",
			func(d *Dialogue) *[]FollowUp { return &d.Actions },
			[]Column[FollowUp]{
				{"text", "", func(a *FollowUp) any { return &a.Text }, nil},
				{"owner", "", func(a *FollowUp) any { return &a.Owner }, nil},
				{"due", "", func(a *FollowUp) any { return &a.Due }, nil},
				{"done", "", func(a *FollowUp) any { return &a.Done }, nil},
				{"done_date", "", func(a *FollowUp) any { return &a.DoneDate }, nil},
			},
			func(a *FollowUp) string {
				s := a.Text
				if a.Owner != "" {
					s += " — " + a.Owner
				}
				if !a.Due.IsZero() {
					s += ", hạn " + vn.FormatDate(a.Due)
				}
				if a.Done {
					s += " (đã xong " + vn.FormatDate(a.DoneDate) + ")"
				}
				return s
			}),
	},
	Meta:  func(d *Dialogue) Meta { return Meta{&d.ID, &d.Version, &d.CreatedAt, &d.UpdatedAt} },
	Title: (*Dialogue).Title,
	Year: func(d *Dialogue) int {
		if d.Date.IsZero() {
			return d.RequestDate.Year()
		}
		return d.Date.Year()
	},
	Normalize: (*Dialogue).Normalize,
	Check:     func(d *Dialogue, env CheckEnv) Problems { return d.Validate(env.Calendar, env.Now) },
	Todos:     dialogueTodos,
}

// RepLists declares the list of dialogue representatives in the registry (registry.go).
var RepLists = &Kind[RepList]{
	Kind:     KindRepList,
	Label:    "Danh sách đại diện đối thoại",
	Table:    "rep_list",
	Entity:   "rep_list",
	NotFound: "Không tìm thấy danh sách đại diện",
	Columns: []Column[RepList]{
		{"valid_from", "Từ ngày", func(l *RepList) any { return &l.From }, nil},
		{"valid_to", "Đến ngày", func(l *RepList) any { return &l.To }, nil},
		{"headcount", "Số lao động", func(l *RepList) any { return &l.Headcount }, nil},
		{"announced", "Ngày công bố", func(l *RepList) any { return &l.Announced }, nil},
		{"notes", "Ghi chú", func(l *RepList) any { return &l.Notes }, nil},
	},
	Children: []Child[RepList]{
		Rows("rep_list_member", "rep_list_id", "Thành viên",
			func(l *RepList) *[]Rep { return &l.Reps },
			[]Column[Rep]{
				{"member_id", "", func(r *Rep) any { return &r.MemberID }, nil},
				{"name", "", func(r *Rep) any { return &r.Name }, nil},
				{"female", "", func(r *Rep) any { return &r.Female }, nil},
				{"role", "", func(r *Rep) any { return &r.Role }, nil},
				{"from_date", "", func(r *Rep) any { return &r.From }, nil},
				{"until_date", "", func(r *Rep) any { return &r.Until }, nil},
				{"note", "", func(r *Rep) any { return &r.Note }, nil},
			},
			func(r *Rep) string {
				s := r.Name
				if r.Role != "" {
					s += " (" + r.Role + ")"
				}
				if !r.From.IsZero() {
					s += " từ " + vn.FormatDate(r.From)
				}
				if !r.Until.IsZero() {
					s += " đến " + vn.FormatDate(r.Until)
				}
				return s
			}),
	},
	Meta:      func(l *RepList) Meta { return Meta{&l.ID, &l.Version, &l.CreatedAt, &l.UpdatedAt} },
	Title:     (*RepList).Title,
	Year:      func(l *RepList) int { return l.From.Year() },
	Normalize: (*RepList).Normalize,
	Check:     func(l *RepList, env CheckEnv) Problems { return l.Validate(env.Now) },
	Todos:     repListTodos,
}

// dialogueTodos (Kind.Todos): the periodic dialogue of the year (DOMAIN §2: at least once a year),
// the reply to a request, the agenda before and the publication after a meeting,
// and the follow-up actions.
func dialogueTodos(ds []Dialogue, env TodoEnv) []Todo {
	var t todoList
	year := env.Today.Year()
	held := false
	var planned *Dialogue
	for i := range ds {
		d := &ds[i]
		if d.Kind == DialoguePeriodic && !d.Date.IsZero() && d.Date.Year() == year {
			if d.Held(env.Today) {
				held = true
			} else {
				planned = d
			}
		}
	}
	if !held {
		ref, about := RecordRef{KindDialogue, 0}, ""
		if planned != nil {
			ref, about = RecordRef{KindDialogue, planned.ID}, planned.Title()
		}
		t.add(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), "Tổ chức đối thoại định kỳ năm "+strconv.Itoa(year), about, ref)
	}
	for i := range ds {
		d := &ds[i]
		ref := RecordRef{KindDialogue, d.ID}
		if d.Kind == DialogueRequested && !d.RequestDate.IsZero() && d.ReplyDate.IsZero() && d.Date.IsZero() {
			t.add(DialogueReplyDue(env.Calendar, d.RequestDate), "Trả lời bằng văn bản yêu cầu đối thoại của "+lower(d.RequestedBy.Label()), d.Title(), ref)
		}
		if !d.Date.IsZero() && d.Date.After(env.Today) && d.AgendaSent.IsZero() {
			t.add(DialogueAgendaDue(env.Calendar, d.Date), "Gửi nội dung đối thoại cho bên kia (trước 5 ngày làm việc)", d.Title(), ref)
		}
		if d.Held(env.Today) {
			switch {
			case d.Posted.IsZero() && !d.MinutesSigned:
				t.add(DialoguePostDue(env.Calendar, d.Date), "Ký biên bản và niêm yết nội dung chính của đối thoại", d.Title(), ref)
			case d.Posted.IsZero():
				t.add(DialoguePostDue(env.Calendar, d.Date), "Niêm yết nội dung chính của đối thoại", d.Title(), ref)
			case d.Informed.IsZero():
				t.add(DialoguePostDue(env.Calendar, d.Date), "Thông báo kết quả đối thoại cho đoàn viên", d.Title(), ref)
			}
		}
		for _, a := range d.Actions {
			if !a.Done && !a.Due.IsZero() {
				title := "Thực hiện sau đối thoại: " + a.Text
				if a.Owner != "" {
					title += " (" + a.Owner + ")"
				}
				t.add(a.Due, title, d.Title(), ref)
			}
		}
	}
	return t.items
}

// repListTodos (Kind.Todos): a list at least every 2 years, of the size the headcount needs (DOMAIN §2).
func repListTodos(ls []RepList, env TodoEnv) []Todo {
	var t todoList
	p, s := env.Profile, env.Settings
	var latest *RepList
	for i := range ls {
		if latest == nil || ls[i].From.After(latest.From) {
			latest = &ls[i]
		}
	}
	if latest == nil {
		t.add(env.Today, "Lập danh sách thành viên đại diện đối thoại", "", RecordRef{KindRepList, 0})
		return t.items
	}
	ref := RecordRef{KindRepList, latest.ID}
	if !env.Today.Before(latest.To.AddDate(0, 0, -s.RepListNoticeDays)) {
		t.add(latest.To, "Xác định lại danh sách đại diện đối thoại (ít nhất 2 năm một lần)", latest.Title(), ref)
	}
	headcount := latest.Headcount
	if p != nil && p.WorkersTotal > 0 {
		headcount = p.WorkersTotal
	}
	if active := latest.Active(env.Today); !env.Today.Before(latest.From) && !env.Today.After(latest.To) &&
		headcount > 0 && !RepresentativeSizeOK(len(active), headcount) {
		lo, hi := RepresentativeBand(headcount)
		t.add(env.Today, "Điều chỉnh số thành viên đại diện đối thoại: có "+strconv.Itoa(len(active))+", cần "+BandText(lo, hi),
			latest.Title(), ref)
	}
	return t.items
}
