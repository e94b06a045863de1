package data

import (
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// AwardLevel is who confers an award (DOMAIN-MODULES §D.1 "Forms").
type AwardLevel string

// The conferring levels.
const (
	AwardByCDCS     AwardLevel = "cdcs"      // Giấy khen of the CĐCS's BCH
	AwardByUpper    AwardLevel = "cap_tren"  // of the CĐ cấp trên trực tiếp cơ sở
	AwardByProvince AwardLevel = "ldld_tinh" // LĐLĐ tỉnh, thành phố (or the industry union)
	AwardByTLD      AwardLevel = "tld"       // Tổng Liên đoàn
	AwardByOther    AwardLevel = "khac"      // the enterprise, the authorities…
)

// AwardLevels lists the levels from the CĐCS up.
var AwardLevels = []AwardLevel{AwardByCDCS, AwardByUpper, AwardByProvince, AwardByTLD, AwardByOther}

// Label is the level as the form shows it.
func (l AwardLevel) Label() string {
	switch l {
	case AwardByCDCS:
		return "Ban Chấp hành CĐCS"
	case AwardByUpper:
		return "Công đoàn cấp trên trực tiếp cơ sở"
	case AwardByProvince:
		return "LĐLĐ tỉnh, thành phố / công đoàn ngành"
	case AwardByTLD:
		return "Tổng Liên đoàn Lao động Việt Nam"
	case AwardByOther:
		return "Cấp khác"
	}
	return string(l)
}

// AwardForms are the usual forms (DOMAIN-MODULES §D.1), offered by the form; the
// chair may type another.
var AwardForms = []string{"Giấy khen", "Bằng khen", "Cờ thi đua", "Kỷ niệm chương \"Vì sự nghiệp xây dựng tổ chức Công đoàn\"", "Bằng Lao động sáng tạo"}

// AwardTitles are the usual titles (DOMAIN-MODULES §D.1, titles under the
// predecessors of QĐ 999/QĐ-TLĐ 2024 [L]); the chair may type another.
var AwardTitles = []string{"Đoàn viên công đoàn xuất sắc", "Tổ công đoàn vững mạnh", "Công đoàn cơ sở vững mạnh",
	"Giỏi việc nước, đảm việc nhà", "Xanh – Sạch – Đẹp, Bảo đảm ATVSLĐ", "Văn hóa – Thể thao"}

// Awardee is one person or collective an award or proposal names.
type Awardee struct {
	MemberID     int64 // 0 for a collective or someone not in the register
	Name         string
	Collective   bool   // a tổ công đoàn, the CĐCS itself…
	Unit         string // bộ phận, tổ công đoàn
	Title        string // danh hiệu or hình thức
	Achievement  string // thành tích, one line
	Amount       int64  // tiền thưởng, đồng (awards)
	VotesFor     int    // BCH votes (proposals)
	VotesAgainst int
}

// Award is one decision conferring an award, on the CĐCS or its members
// (DOMAIN-MODULES §D "Awards": title or form, level, decision số and ngày,
// year, amount paid).
type Award struct {
	ID           int64
	Year         int // the year of the achievements
	Level        AwardLevel
	Issuer       string // who decided, when not the CĐCS's BCH: "LĐLĐ tỉnh Vĩnh Long"
	Form         string // Giấy khen, Bằng khen…
	DecisionNo   string
	DecisionDate time.Time
	Reason       string // "Đã có thành tích xuất sắc trong phong trào thi đua năm 2026"
	Recipients   []Awardee
	// The phiếu chi that paid the amounts is linked from the finance books
	// (voucher_link.go); a number typed before that link is in Notes
	// (migration 0019).
	Notes     string
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Title names the award: "Giấy khen năm 2026 — QĐ số 12/QĐ-CĐCS".
func (a *Award) Title() string {
	t := a.Form + " năm " + strconv.Itoa(a.Year)
	if a.DecisionNo != "" {
		t += " — QĐ số " + a.DecisionNo
	}
	return t
}

// Total is the money of the award.
func (a *Award) Total() int64 {
	var n int64
	for _, r := range a.Recipients {
		n += r.Amount
	}
	return n
}

// IssuedByCDCS reports whether the CĐCS's own BCH decided it (its quyết định prints here).
func (a *Award) IssuedByCDCS() bool { return a.Level == AwardByCDCS }

// Award field names for messages at the form.
const (
	FieldAwdYear       = "awd_year"
	FieldAwdLevel      = "awd_level"
	FieldAwdForm       = "awd_form"
	FieldAwdDecision   = "awd_decision"
	FieldAwdRecipients = "awd_recipients"
)

func normalizeAwardees(rs []Awardee) []Awardee {
	out := rs[:0:0]
	for _, r := range rs {
		r.Name, r.Unit, r.Title, r.Achievement = vn.Clean(r.Name), vn.Clean(r.Unit), vn.Clean(r.Title), vn.Clean(r.Achievement)
		if r.Name == "" && r.MemberID == 0 && r.Title == "" && r.Amount == 0 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// Normalize NFC-cleans the texts and drops empty rows.
func (a *Award) Normalize() {
	a.Issuer, a.Form, a.DecisionNo = vn.Clean(a.Issuer), vn.Clean(a.Form), vn.Clean(a.DecisionNo)
	a.Reason, a.Notes = vn.Clean(a.Reason), vn.CleanMultiline(a.Notes)
	dayAll(&a.DecisionDate)
	if a.Level == AwardByCDCS {
		a.Issuer = ""
	}
	a.Recipients = normalizeAwardees(a.Recipients)
}

// Validate checks an award as the form does.
func (a *Award) Validate(now time.Time) Problems {
	var ps Problems
	if a.Year < 1990 || a.Year > 9999 {
		ps.add(FieldAwdYear, "Năm thành tích không hợp lệ")
	}
	switch {
	case a.Level == "":
		ps.add(FieldAwdLevel, "Cần chọn cấp khen thưởng")
	case a.Level != AwardByCDCS && a.Issuer == "":
		ps.add(FieldAwdLevel, "Cần ghi tên cơ quan, tổ chức khen thưởng")
	}
	if a.Form == "" {
		ps.add(FieldAwdForm, "Cần ghi hình thức khen thưởng (Giấy khen, Bằng khen…)")
	}
	switch {
	case a.DecisionDate.IsZero():
		ps.add(FieldAwdDecision, "Cần nhập ngày quyết định khen thưởng")
	case a.DecisionDate.After(vn.Day(now)):
		ps.add(FieldAwdDecision, "Ngày quyết định không được sau ngày hôm nay")
	case a.DecisionDate.Year() < a.Year:
		ps.add(FieldAwdDecision, "Ngày quyết định phải từ năm thành tích ("+strconv.Itoa(a.Year)+") trở đi")
	}
	if len(a.Recipients) == 0 {
		ps.add(FieldAwdRecipients, "Cần ít nhất một tập thể hoặc cá nhân được khen thưởng")
	}
	for i, r := range a.Recipients {
		n := "Dòng " + itoa(i+1) + ": "
		switch {
		case r.Name == "":
			ps.add(FieldAwdRecipients, n+"cần tên tập thể hoặc họ và tên")
		case r.Amount < 0 || r.Amount > 10_000_000_000:
			ps.add(FieldAwdRecipients, n+"số tiền thưởng không hợp lệ")
		}
	}
	return ps
}

// awardeeColumns are the columns of an awardee row (awards and proposals).
var awardeeColumns = []Column[Awardee]{
	{"member_id", "", func(r *Awardee) any { return &r.MemberID }, nil},
	{"name", "", func(r *Awardee) any { return &r.Name }, nil},
	{"collective", "", func(r *Awardee) any { return &r.Collective }, nil},
	{"unit", "", func(r *Awardee) any { return &r.Unit }, nil},
	{"title", "", func(r *Awardee) any { return &r.Title }, nil},
	{"achievement", "", func(r *Awardee) any { return &r.Achievement }, nil},
	{"amount", "", func(r *Awardee) any { return &r.Amount }, nil},
	{"votes_for", "", func(r *Awardee) any { return &r.VotesFor }, nil},
	{"votes_against", "", func(r *Awardee) any { return &r.VotesAgainst }, nil},
}

func showAwardee(r *Awardee) string {
	s := r.Name
	if r.Title != "" {
		s += " (" + r.Title + ")"
	}
	if r.Amount != 0 {
		s += " " + vn.FormatMoney(r.Amount)
	}
	if r.VotesFor != 0 || r.VotesAgainst != 0 {
		s += " — tán thành " + itoa(r.VotesFor) + ", không tán thành " + itoa(r.VotesAgainst)
	}
	return s
}

// Awards declares the award decisions in the registry (registry.go).
var Awards = &Kind[Award]{
	Kind:     KindAward,
	Label:    "Khen thưởng",
	Table:    "award",
	Entity:   "award",
	NotFound: "Không tìm thấy quyết định khen thưởng",
	Columns: []Column[Award]{
		{"year", "Năm thành tích", func(a *Award) any { return &a.Year }, func(a *Award) string { return strconv.Itoa(a.Year) }},
		{"level", "Cấp khen thưởng", func(a *Award) any { return (*string)(&a.Level) }, func(a *Award) string { return a.Level.Label() }},
		{"issuer", "Cơ quan khen thưởng", func(a *Award) any { return &a.Issuer }, nil},
		{"form", "Hình thức", func(a *Award) any { return &a.Form }, nil},
		{"decision_no", "Số quyết định", func(a *Award) any { return &a.DecisionNo }, nil},
		{"decision_date", "Ngày quyết định", func(a *Award) any { return &a.DecisionDate }, nil},
		{"reason", "Lý do khen thưởng", func(a *Award) any { return &a.Reason }, nil},
		{"notes", "Ghi chú", func(a *Award) any { return &a.Notes }, nil},
	},
	Children: []Child[Award]{
		Rows("award_recipient", "award_id", "Được khen thưởng", func(a *Award) *[]Awardee { return &a.Recipients }, awardeeColumns, showAwardee),
	},
	Meta:      func(a *Award) Meta { return Meta{&a.ID, &a.Version, &a.CreatedAt, &a.UpdatedAt} },
	Title:     (*Award).Title,
	Year:      func(a *Award) int { return a.Year },
	Normalize: (*Award).Normalize,
	Check:     func(a *Award, env CheckEnv) Problems { return a.Validate(env.Now) },
}

// Proposal is the BCH's consideration of a year's emulation and its proposal
// of awards to the upper level (DOMAIN-MODULES §D "Proposals: list, thành tích
// summary, BCH vote (biên bản)").
type Proposal struct {
	ID          int64
	Year        int
	MeetingDate time.Time // họp BCH xét thi đua
	Place       string
	BCHTotal    int
	BCHPresent  int
	Chair       string // chủ trì
	Secretary   string // thư ký
	Nominees    []Awardee
	Sent        time.Time // tờ trình gửi cấp trên
	SentTo      string    // "" is the profile's upper level
	Notes       string
	Version     int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Title names the proposal: "Đề nghị khen thưởng năm 2026".
func (p *Proposal) Title() string { return "Đề nghị khen thưởng năm " + strconv.Itoa(p.Year) }

// Passes reports whether the BCH agreed to a nominee: more than half of the BCH
// members present voted for (the Điều lệ's usual majority for BCH decisions;
// DOMAIN-MODULES §D names no other) [L].
func (p *Proposal) Passes(r Awardee) bool {
	return p.BCHPresent > 0 && 2*r.VotesFor > p.BCHPresent
}

// Agreed lists the nominees the BCH agreed to propose.
func (p *Proposal) Agreed() []Awardee {
	var out []Awardee
	for _, r := range p.Nominees {
		if p.Passes(r) {
			out = append(out, r)
		}
	}
	return out
}

// Proposal field names for messages at the form.
const (
	FieldPropYear     = "prop_year"
	FieldPropMeeting  = "prop_meeting"
	FieldPropBCH      = "prop_bch"
	FieldPropNominees = "prop_nominees"
	FieldPropSent     = "prop_sent"
)

// Normalize NFC-cleans the texts and drops empty rows.
func (p *Proposal) Normalize() {
	p.Place, p.Chair, p.Secretary, p.SentTo = vn.Clean(p.Place), vn.Clean(p.Chair), vn.Clean(p.Secretary), vn.Clean(p.SentTo)
	p.Notes = vn.CleanMultiline(p.Notes)
	dayAll(&p.MeetingDate, &p.Sent)
	p.Nominees = normalizeAwardees(p.Nominees)
}

// Validate checks a proposal as the form does.
func (p *Proposal) Validate(now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	if p.Year < 1990 || p.Year > 9999 {
		ps.add(FieldPropYear, "Năm thi đua không hợp lệ")
	}
	switch {
	case p.MeetingDate.IsZero():
		ps.add(FieldPropMeeting, "Cần nhập ngày họp Ban Chấp hành xét thi đua")
	case p.MeetingDate.After(today):
		ps.add(FieldPropMeeting, "Ngày họp không được sau ngày hôm nay")
	case p.MeetingDate.Year() < p.Year:
		ps.add(FieldPropMeeting, "Ngày họp phải từ năm thi đua ("+strconv.Itoa(p.Year)+") trở đi")
	}
	switch {
	case p.BCHTotal < 0 || p.BCHPresent < 0:
		ps.add(FieldPropBCH, "Số ủy viên không được âm")
	case p.BCHPresent > p.BCHTotal:
		ps.add(FieldPropBCH, "Số ủy viên có mặt ("+itoa(p.BCHPresent)+") lớn hơn tổng số ủy viên Ban Chấp hành ("+itoa(p.BCHTotal)+")")
	case p.BCHTotal > 0 && 3*p.BCHPresent < 2*p.BCHTotal:
		// Practice: a BCH meeting needs at least two thirds of its members [L].
		ps.warn(FieldPropBCH, "Cuộc họp có dưới 2/3 số ủy viên Ban Chấp hành dự")
	}
	if len(p.Nominees) == 0 {
		ps.add(FieldPropNominees, "Cần ít nhất một tập thể hoặc cá nhân được xét")
	}
	for i, r := range p.Nominees {
		n := "Dòng " + itoa(i+1) + ": "
		switch {
		case r.Name == "":
			ps.add(FieldPropNominees, n+"cần tên tập thể hoặc họ và tên")
		case r.Title == "":
			ps.add(FieldPropNominees, n+"cần ghi danh hiệu hoặc hình thức đề nghị")
		case r.VotesFor < 0 || r.VotesAgainst < 0:
			ps.add(FieldPropNominees, n+"số phiếu không được âm")
		case r.VotesFor+r.VotesAgainst > p.BCHPresent:
			ps.add(FieldPropNominees, n+"tổng số ý kiến ("+itoa(r.VotesFor+r.VotesAgainst)+") lớn hơn số ủy viên có mặt ("+itoa(p.BCHPresent)+")")
		case !p.Passes(r) && (r.VotesFor != 0 || r.VotesAgainst != 0):
			ps.warn(FieldPropNominees, n+r.Name+" chưa được quá nửa số ủy viên có mặt tán thành: không đưa vào danh sách đề nghị")
		}
	}
	if !p.Sent.IsZero() {
		switch {
		case p.Sent.After(today):
			ps.add(FieldPropSent, "Ngày gửi không được sau ngày hôm nay")
		case !p.MeetingDate.IsZero() && p.Sent.Before(p.MeetingDate):
			ps.add(FieldPropSent, "Ngày gửi tờ trình phải từ ngày họp trở đi")
		}
	}
	return ps
}

// Proposals declares the BCH's award proposals in the registry (registry.go).
var Proposals = &Kind[Proposal]{
	Kind:     KindProposal,
	Label:    "Đề nghị khen thưởng",
	Table:    "award_proposal",
	Entity:   "award_proposal",
	NotFound: "Không tìm thấy đề nghị khen thưởng",
	Columns: []Column[Proposal]{
		{"year", "Năm thi đua", func(p *Proposal) any { return &p.Year }, func(p *Proposal) string { return strconv.Itoa(p.Year) }},
		{"meeting_date", "Ngày họp Ban Chấp hành", func(p *Proposal) any { return &p.MeetingDate }, nil},
		{"place", "Địa điểm", func(p *Proposal) any { return &p.Place }, nil},
		{"bch_total", "Tổng số ủy viên", func(p *Proposal) any { return &p.BCHTotal }, nil},
		{"bch_present", "Số ủy viên có mặt", func(p *Proposal) any { return &p.BCHPresent }, nil},
		{"chair", "Chủ trì", func(p *Proposal) any { return &p.Chair }, nil},
		{"secretary", "Thư ký", func(p *Proposal) any { return &p.Secretary }, nil},
		{"sent", "Ngày gửi tờ trình", func(p *Proposal) any { return &p.Sent }, nil},
		{"sent_to", "Nơi gửi", func(p *Proposal) any { return &p.SentTo }, nil},
		{"notes", "Ghi chú", func(p *Proposal) any { return &p.Notes }, nil},
	},
	Children: []Child[Proposal]{
		Rows("award_proposal_nominee", "proposal_id", "Danh sách xét", func(p *Proposal) *[]Awardee { return &p.Nominees }, awardeeColumns, showAwardee),
	},
	Meta:      func(p *Proposal) Meta { return Meta{&p.ID, &p.Version, &p.CreatedAt, &p.UpdatedAt} },
	Title:     (*Proposal).Title,
	Year:      func(p *Proposal) int { return p.Year },
	Normalize: (*Proposal).Normalize,
	Check:     func(p *Proposal, env CheckEnv) Problems { return p.Validate(env.Now) },
}

// AwardsOfYear lists the awards of a year's achievements.
func AwardsOfYear(as []Award, year int) []Award {
	var out []Award
	for _, a := range as {
		if a.Year == year {
			out = append(out, a)
		}
	}
	return out
}

// Lines splits a multi-line text into its non-empty lines (titles, pledges).
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}
