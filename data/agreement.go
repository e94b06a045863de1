package data

import (
	"slices"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// BargainOutcome is how a round of collective bargaining ended (DOMAIN §3).
type BargainOutcome string

// The outcomes.
const (
	BargainOngoing BargainOutcome = ""            // still negotiating
	BargainAgreed  BargainOutcome = "thanh_cong"  // a draft agreement was reached
	BargainFailed  BargainOutcome = "khong_thanh" // refused, 90 days out, or declared failed (Art. 71)
)

// BargainOutcomes lists the outcomes in form order.
var BargainOutcomes = []BargainOutcome{BargainOngoing, BargainAgreed, BargainFailed}

// Label is the Vietnamese name of the outcome.
func (o BargainOutcome) Label() string {
	switch o {
	case BargainOngoing:
		return "Đang thương lượng"
	case BargainAgreed:
		return "Đã thống nhất dự thảo"
	case BargainFailed:
		return "Thương lượng không thành"
	}
	return string(o)
}

// BargainSession is one session, recorded in a biên bản thương lượng (DOMAIN §3, Art. 70).
type BargainSession struct {
	Date     time.Time
	Agreed   string // nội dung đã thống nhất
	Disputed string // nội dung còn ý kiến khác nhau
}

// InfoRequest is a request to the employer for business information, answered
// within 10 days (DOMAIN §3, Art. 70).
type InfoRequest struct {
	Date     time.Time
	Subject  string
	Answered time.Time
}

// Bargaining is one round of thương lượng tập thể at the enterprise (DOMAIN §3, Art. 70).
type Bargaining struct {
	ID           int64
	RequestedBy  Side
	RequestDate  time.Time // the request and its agenda received
	Subject      string    // nội dung đề nghị thương lượng
	AgreedDate   time.Time // time and place agreed (≤ 7 working days)
	StartDate    time.Time // first session (≤ 30 days from the request)
	ExtendedTo   time.Time // an agreed end later than the 90 days; zero when none
	Outcome      BargainOutcome
	EndDate      time.Time
	Sessions     []BargainSession
	InfoRequests []InfoRequest
	Notes        string
	Version      int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Title names the round: "Thương lượng tập thể (yêu cầu ngày 02/11/2026)".
func (b *Bargaining) Title() string {
	if b.RequestDate.IsZero() {
		return "Thương lượng tập thể"
	}
	return "Thương lượng tập thể (yêu cầu ngày " + vn.FormatDate(b.RequestDate) + ")"
}

// Ongoing reports whether the parties are still negotiating.
func (b *Bargaining) Ongoing() bool { return b.Outcome == BargainOngoing && b.EndDate.IsZero() }

// Bargaining field names for messages at the form.
const (
	FieldBarRequest  = "bar_request"
	FieldBarAgreed   = "bar_agreed"
	FieldBarStart    = "bar_start"
	FieldBarExtended = "bar_extended"
	FieldBarEnd      = "bar_end"
	FieldBarSessions = "bar_sessions"
	FieldBarInfo     = "bar_info"
)

// Normalize NFC-cleans the text and takes the first session as the start when none is given.
func (b *Bargaining) Normalize() {
	b.Subject = vn.CleanMultiline(b.Subject)
	b.Notes = vn.CleanMultiline(b.Notes)
	for _, t := range []*time.Time{&b.RequestDate, &b.AgreedDate, &b.StartDate, &b.ExtendedTo, &b.EndDate} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	sessions := b.Sessions[:0:0]
	for _, s := range b.Sessions {
		s.Agreed, s.Disputed = vn.CleanMultiline(s.Agreed), vn.CleanMultiline(s.Disputed)
		if s.Date.IsZero() && s.Agreed == "" && s.Disputed == "" {
			continue
		}
		if !s.Date.IsZero() {
			s.Date = vn.Day(s.Date)
			if b.StartDate.IsZero() || s.Date.Before(b.StartDate) {
				b.StartDate = s.Date
			}
		}
		sessions = append(sessions, s)
	}
	b.Sessions = sessions
	infos := b.InfoRequests[:0:0]
	for _, r := range b.InfoRequests {
		r.Subject = vn.Clean(r.Subject)
		if r.Date.IsZero() && r.Subject == "" {
			continue
		}
		for _, t := range []*time.Time{&r.Date, &r.Answered} {
			if !t.IsZero() {
				*t = vn.Day(*t)
			}
		}
		infos = append(infos, r)
	}
	b.InfoRequests = infos
}

// Validate checks a round as the form does; the limits of DOMAIN §3 and
// Implications B are warnings, since the record must say what really happened.
func (b *Bargaining) Validate(cal *vn.Calendar, now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	switch {
	case b.RequestedBy == "":
		ps.add(FieldBarRequest, "Cần chọn bên yêu cầu thương lượng")
	case b.RequestDate.IsZero():
		ps.add(FieldBarRequest, "Cần nhập ngày nhận yêu cầu")
	case b.RequestDate.After(today):
		ps.add(FieldBarRequest, "Ngày yêu cầu không được sau ngày hôm nay")
	}
	if b.RequestDate.IsZero() {
		return ps
	}
	if !b.AgreedDate.IsZero() {
		if b.AgreedDate.Before(b.RequestDate) {
			ps.add(FieldBarAgreed, "Phải từ ngày nhận yêu cầu trở đi")
		} else if due := BargainAgreeDue(cal, b.RequestDate); b.AgreedDate.After(due) {
			ps.warn(FieldBarAgreed, "Quá 7 ngày làm việc kể từ khi nhận yêu cầu (hạn "+vn.FormatDate(due)+")")
		}
	}
	if !b.StartDate.IsZero() {
		if b.StartDate.Before(b.RequestDate) {
			ps.add(FieldBarStart, "Phiên đầu tiên phải sau ngày yêu cầu")
		} else if due := BargainStartDue(b.RequestDate); b.StartDate.After(due) {
			ps.warn(FieldBarStart, "Bắt đầu muộn: phải bắt đầu trong 30 ngày kể từ ngày yêu cầu (hạn "+vn.FormatDate(due)+")")
		}
		end := b.EndDate
		if end.IsZero() {
			end = today
		}
		if due := BargainEndDue(b.StartDate, b.ExtendedTo); end.After(due) {
			ps.warn(FieldBarEnd, "Quá thời hạn thương lượng 90 ngày (hạn "+vn.FormatDate(due)+"); ghi ngày gia hạn nếu hai bên đã thỏa thuận")
		}
	}
	if !b.ExtendedTo.IsZero() && !b.StartDate.IsZero() && !b.ExtendedTo.After(b.StartDate) {
		ps.add(FieldBarExtended, "Ngày gia hạn phải sau ngày bắt đầu")
	}
	switch {
	case b.Outcome != BargainOngoing && b.EndDate.IsZero():
		ps.add(FieldBarEnd, "Cần nhập ngày kết thúc thương lượng")
	case !b.EndDate.IsZero() && b.EndDate.Before(b.RequestDate):
		ps.add(FieldBarEnd, "Ngày kết thúc phải sau ngày yêu cầu")
	case b.EndDate.After(today):
		ps.add(FieldBarEnd, "Ngày kết thúc không được sau ngày hôm nay")
	}
	for i, s := range b.Sessions {
		n := "Phiên " + itoa(i+1) + ": "
		switch {
		case s.Date.IsZero():
			ps.add(FieldBarSessions, n+"cần ngày họp")
		case s.Date.Before(b.RequestDate):
			ps.add(FieldBarSessions, n+"ngày họp phải sau ngày yêu cầu")
		case s.Date.After(today):
			ps.add(FieldBarSessions, n+"ngày họp không được sau ngày hôm nay")
		}
	}
	for i, r := range b.InfoRequests {
		n := "Yêu cầu thông tin " + itoa(i+1) + ": "
		switch {
		case r.Date.IsZero():
			ps.add(FieldBarInfo, n+"cần ngày đề nghị")
		case r.Subject == "":
			ps.add(FieldBarInfo, n+"cần ghi thông tin đề nghị cung cấp")
		case !r.Answered.IsZero() && r.Answered.Before(r.Date):
			ps.add(FieldBarInfo, n+"ngày trả lời phải sau ngày đề nghị")
		case !r.Answered.IsZero() && r.Answered.After(BargainInfoDue(r.Date)):
			ps.warn(FieldBarInfo, n+"người sử dụng lao động cung cấp muộn (hạn 10 ngày: "+vn.FormatDate(BargainInfoDue(r.Date))+")")
		}
	}
	return ps
}

// AgreementLevel is the level of a collective agreement (DOMAIN §3, Arts 72–76).
type AgreementLevel string

// The levels.
const (
	LevelEnterprise AgreementLevel = "doanh_nghiep"
	LevelSector     AgreementLevel = "nganh"
	LevelMulti      AgreementLevel = "nhieu_doanh_nghiep"
)

// AgreementLevels lists the levels in form order.
var AgreementLevels = []AgreementLevel{LevelEnterprise, LevelSector, LevelMulti}

// Label is the Vietnamese name of the level.
func (l AgreementLevel) Label() string {
	switch l {
	case LevelEnterprise:
		return "Doanh nghiệp"
	case LevelSector:
		return "Ngành"
	case LevelMulti:
		return "Có nhiều doanh nghiệp"
	}
	return string(l)
}

// ClauseGroup is what a clause more favourable than the law is about (DOMAIN §3 Art. 67;
// §7 counts the shift-meal value).
type ClauseGroup string

// The clause groups.
const (
	ClauseWages    ClauseGroup = "tien_luong"
	ClauseBonus    ClauseGroup = "thuong"
	ClauseMeal     ClauseGroup = "bua_an"
	ClauseHours    ClauseGroup = "thoi_gio"
	ClauseSafety   ClauseGroup = "atvsld"
	ClauseWelfare  ClauseGroup = "phuc_loi"
	ClauseWomen    ClauseGroup = "nu_cong"
	ClauseOtherGrp ClauseGroup = "khac"
)

// ClauseGroups lists the groups in form order.
var ClauseGroups = []ClauseGroup{ClauseWages, ClauseBonus, ClauseMeal, ClauseHours, ClauseSafety, ClauseWelfare, ClauseWomen, ClauseOtherGrp}

// Label is the Vietnamese name of the group.
func (g ClauseGroup) Label() string {
	switch g {
	case ClauseWages:
		return "Tiền lương, phụ cấp"
	case ClauseBonus:
		return "Tiền thưởng"
	case ClauseMeal:
		return "Bữa ăn giữa ca"
	case ClauseHours:
		return "Thời giờ làm việc, nghỉ ngơi"
	case ClauseSafety:
		return "An toàn, vệ sinh lao động"
	case ClauseWelfare:
		return "Phúc lợi, hỗ trợ"
	case ClauseWomen:
		return "Lao động nữ, bình đẳng giới"
	case ClauseOtherGrp:
		return "Khác"
	}
	return string(g)
}

// Clause is one clause more favourable to workers than the law.
type Clause struct {
	Group   ClauseGroup
	Content string
	Value   string // e.g. "35.000 đ/suất", "14 ngày/năm"
}

// Amendment is one sửa đổi, bổ sung, signed only after its own vote (DOMAIN §3, Art. 82).
type Amendment struct {
	Date     time.Time // signed; zero while only a draft
	Content  string
	Voters   int
	VotesFor int
}

// Grade is the yearly quality rating of an agreement (DOMAIN §3, HD 1580 and 90/HD-TLĐ).
type Grade string

// The grades.
const (
	GradeA     Grade = "A"
	GradeB     Grade = "B"
	GradeC     Grade = "C"
	GradeD     Grade = "D"
	GradeNone  Grade = "khong" // không xếp loại, with a reason
	gradeUnset Grade = ""
)

// Grades lists the grades in form order.
var Grades = []Grade{GradeA, GradeB, GradeC, GradeD, GradeNone}

// Label is the grade as printed: "Loại A", "Không xếp loại".
func (g Grade) Label() string {
	switch g {
	case GradeNone:
		return "Không xếp loại"
	case gradeUnset:
		return ""
	}
	return "Loại " + string(g)
}

// Rating is the rating of one year.
type Rating struct {
	Year   int
	Grade  Grade
	Reason string // why, for GradeNone above all
}

// Agreement is a thỏa ước lao động tập thể (DOMAIN Implications A).
type Agreement struct {
	ID           int64
	Title        string
	Level        AgreementLevel
	BargainingID int64 // the round that produced it; 0 when not recorded
	VoteDate     time.Time
	Voters       int // all workers of the enterprise (the leadership members, for a sector agreement)
	VotesFor     int
	Signed       time.Time
	Effective    time.Time // the agreed date; zero = the signing date
	TermYears    int
	Sent         time.Time // copy sent to the Sở Nội vụ
	Published    time.Time // announced to the workers
	Clauses      []Clause
	Amendments   []Amendment
	Ratings      []Rating
	Notes        string
	Version      int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Name is the title, or a made-up one when the chair left it blank.
func (a *Agreement) Name() string {
	if a.Title != "" {
		return a.Title
	}
	if !a.Signed.IsZero() {
		return "Thỏa ước lao động tập thể ký ngày " + vn.FormatDate(a.Signed)
	}
	return "Thỏa ước lao động tập thể (dự thảo)"
}

// EffectiveOn is the day the agreement takes effect (the signing date when none was agreed).
func (a *Agreement) EffectiveOn() time.Time { return AgreementEffective(a.Signed, a.Effective) }

// Expiry is the last day in force; zero while the dates or the term are missing.
func (a *Agreement) Expiry() time.Time {
	if a.Signed.IsZero() {
		return time.Time{}
	}
	return AgreementExpiry(a.EffectiveOn(), a.TermYears)
}

// Status is the state of the agreement on today; negotiating says whether a
// bargaining round is going on (it keeps an expired agreement alive ≤ 90 days).
func (a *Agreement) Status(today time.Time, negotiating bool, s RuleSettings) AgreementState {
	return AgreementStatus(a.Signed, a.EffectiveOn(), a.Expiry(), negotiating, today, s.RenegotiationDays, s.GraceDays)
}

// RatingOf returns the rating of a year, if any.
func (a *Agreement) RatingOf(year int) (Rating, bool) {
	for _, r := range a.Ratings {
		if r.Year == year {
			return r, true
		}
	}
	return Rating{}, false
}

// Agreement field names for messages at the form.
const (
	FieldAgrLevel      = "agr_level"
	FieldAgrVotes      = "agr_votes"
	FieldAgrVoteDate   = "agr_vote_date"
	FieldAgrSigned     = "agr_signed"
	FieldAgrEffective  = "agr_effective"
	FieldAgrTerm       = "agr_term"
	FieldAgrSent       = "agr_sent"
	FieldAgrPublished  = "agr_published"
	FieldAgrClauses    = "agr_clauses"
	FieldAgrAmendments = "agr_amendments"
	FieldAgrRatings    = "agr_ratings"
)

// Normalize NFC-cleans the text fields and drops empty child rows.
func (a *Agreement) Normalize() {
	a.Title = vn.Clean(a.Title)
	a.Notes = vn.CleanMultiline(a.Notes)
	if a.Level == "" {
		a.Level = LevelEnterprise
	}
	for _, t := range []*time.Time{&a.VoteDate, &a.Signed, &a.Effective, &a.Sent, &a.Published} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	clauses := a.Clauses[:0:0]
	for _, c := range a.Clauses {
		c.Content, c.Value = vn.CleanMultiline(c.Content), vn.Clean(c.Value)
		if c.Content != "" || c.Value != "" {
			clauses = append(clauses, c)
		}
	}
	a.Clauses = clauses
	amends := a.Amendments[:0:0]
	for _, m := range a.Amendments {
		m.Content = vn.CleanMultiline(m.Content)
		if m.Content == "" && m.Date.IsZero() && m.Voters == 0 && m.VotesFor == 0 {
			continue
		}
		if !m.Date.IsZero() {
			m.Date = vn.Day(m.Date)
		}
		amends = append(amends, m)
	}
	a.Amendments = amends
	ratings := a.Ratings[:0:0]
	for _, r := range a.Ratings {
		r.Reason = vn.CleanMultiline(r.Reason)
		if r.Year == 0 && r.Grade == gradeUnset && r.Reason == "" {
			continue
		}
		ratings = append(ratings, r)
	}
	a.Ratings = ratings
}

// signingMessage explains why a vote does not allow signing: more than 50% of
// all workers, not of the votes cast (DOMAIN §3, Art. 76).
func signingMessage(level AgreementLevel, votesFor, voters int) string {
	who := "tổng số người lao động của doanh nghiệp"
	if level == LevelSector {
		who = "tổng số thành viên ban lãnh đạo các tổ chức đại diện người lao động"
	}
	return "Chưa được ký: số tán thành (" + vn.FormatInt(int64(votesFor)) + ") phải trên 50% " + who +
		" (" + vn.FormatInt(int64(voters)) + " người), tức ít nhất " +
		vn.FormatInt(int64(SigningShare.Needed(voters, false))) + " người — tính trên tổng số người, không phải trên số phiếu"
}

// Validate checks an agreement as the form does.
func (a *Agreement) Validate(now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	switch a.Level {
	case LevelEnterprise, LevelSector, LevelMulti:
	default:
		ps.add(FieldAgrLevel, "Cần chọn cấp thỏa ước")
	}
	switch {
	case a.Voters < 0 || a.VotesFor < 0:
		ps.add(FieldAgrVotes, "Số người không được âm")
	case a.VotesFor > a.Voters:
		ps.add(FieldAgrVotes, "Số tán thành lớn hơn tổng số người lao động")
	case !a.Signed.IsZero() && a.Voters == 0:
		ps.add(FieldAgrVotes, "Cần nhập kết quả biểu quyết trước khi ký (tổng số người lao động và số tán thành)")
	case !a.Signed.IsZero() && !AgreementSigningAllowed(a.VotesFor, a.Voters):
		ps.add(FieldAgrVotes, signingMessage(a.Level, a.VotesFor, a.Voters))
	}
	future := func(field, label string, t time.Time) bool {
		if t.After(today) {
			ps.add(field, label+" không được sau ngày hôm nay")
			return true
		}
		return false
	}
	future(FieldAgrVoteDate, "Ngày biểu quyết", a.VoteDate)
	// Issue 9: no empty records. An agreement is recorded once signed: its signing
	// date and term give its validity, which everything else about it counts from.
	if a.Signed.IsZero() {
		ps.add(FieldAgrSigned, "Cần nhập ngày ký thỏa ước")
	}
	if !future(FieldAgrSigned, "Ngày ký", a.Signed) && !a.Signed.IsZero() && !a.VoteDate.IsZero() && a.VoteDate.After(a.Signed) {
		ps.add(FieldAgrVoteDate, "Ngày biểu quyết phải trước ngày ký")
	}
	switch {
	case a.TermYears == 0:
		ps.add(FieldAgrTerm, "Cần nhập thời hạn thỏa ước (từ 1 đến 3 năm)")
	case a.TermYears != 0 && !AgreementTermOK(a.TermYears):
		ps.add(FieldAgrTerm, "Thỏa ước có thời hạn từ 1 đến 3 năm (Bộ luật Lao động, Điều 78)")
	}
	if !a.Effective.IsZero() {
		if a.Signed.IsZero() {
			ps.add(FieldAgrEffective, "Chỉ ghi ngày có hiệu lực khi đã ký")
		} else if a.Effective.Before(a.Signed) {
			ps.warn(FieldAgrEffective, "Ngày có hiệu lực trước ngày ký")
		}
	}
	for _, d := range []struct {
		field, label string
		t            time.Time
	}{{FieldAgrSent, "Ngày gửi Sở Nội vụ", a.Sent}, {FieldAgrPublished, "Ngày công bố", a.Published}} {
		switch {
		case d.t.IsZero():
		case a.Signed.IsZero() || d.t.Before(a.Signed):
			ps.add(d.field, d.label+" phải từ ngày ký trở đi")
		case d.t.After(today):
			ps.add(d.field, d.label+" không được sau ngày hôm nay")
		case d.field == FieldAgrSent && d.t.After(AgreementSendDue(a.Signed)):
			// DOMAIN §3, Art. 77: a copy within 10 days of signing.
			ps.warn(d.field, "Gửi muộn: phải gửi trong 10 ngày kể từ ngày ký (hạn "+vn.FormatDate(AgreementSendDue(a.Signed))+")")
		}
	}
	for i, c := range a.Clauses {
		n := "Điều khoản " + itoa(i+1) + ": "
		switch {
		case c.Group == "":
			ps.add(FieldAgrClauses, n+"cần chọn nhóm")
		case c.Content == "":
			ps.add(FieldAgrClauses, n+"cần ghi nội dung")
		}
	}
	for i, m := range a.Amendments {
		n := "Sửa đổi " + itoa(i+1) + ": "
		switch {
		case m.Content == "":
			ps.add(FieldAgrAmendments, n+"cần ghi nội dung")
		case m.Voters < 0 || m.VotesFor < 0 || m.VotesFor > m.Voters:
			ps.add(FieldAgrAmendments, n+"số tán thành phải từ 0 đến tổng số người lao động")
		case m.Date.IsZero():
		case a.Signed.IsZero() || m.Date.Before(a.Signed):
			ps.add(FieldAgrAmendments, n+"ngày ký phải sau ngày ký thỏa ước")
		case m.Date.After(today):
			ps.add(FieldAgrAmendments, n+"ngày ký không được sau ngày hôm nay")
		case !AgreementSigningAllowed(m.VotesFor, m.Voters):
			// DOMAIN §3, Art. 82: an amendment follows the signing procedure, with its own vote.
			ps.add(FieldAgrAmendments, n+lower(signingMessage(a.Level, m.VotesFor, m.Voters)))
		}
	}
	seen := map[int]bool{}
	for i, r := range a.Ratings {
		n := "Xếp loại " + itoa(i+1) + ": "
		switch {
		case r.Year < 2000 || r.Year > today.Year():
			ps.add(FieldAgrRatings, n+"năm không hợp lệ")
		case seen[r.Year]:
			ps.add(FieldAgrRatings, n+"năm "+strconv.Itoa(r.Year)+" đã được xếp loại")
		case r.Grade == gradeUnset:
			ps.add(FieldAgrRatings, n+"cần chọn loại")
		case r.Grade == GradeNone && r.Reason == "":
			ps.add(FieldAgrRatings, n+"không xếp loại cần ghi lý do")
		}
		seen[r.Year] = true
	}
	return ps
}

// Bargainings declares the bargaining round in the registry (registry.go).
var Bargainings = &Kind[Bargaining]{
	Kind:     KindBargaining,
	Label:    "Thương lượng tập thể",
	Table:    "bargaining",
	Entity:   "bargaining",
	NotFound: "Không tìm thấy đợt thương lượng",
	Columns: []Column[Bargaining]{
		{"requested_by", "Bên yêu cầu", func(b *Bargaining) any { return (*string)(&b.RequestedBy) }, func(b *Bargaining) string { return b.RequestedBy.Label() }},
		{"request_date", "Ngày nhận yêu cầu", func(b *Bargaining) any { return &b.RequestDate }, nil},
		{"subject", "Nội dung đề nghị", func(b *Bargaining) any { return &b.Subject }, nil},
		{"agreed_date", "Ngày thống nhất thời gian, địa điểm", func(b *Bargaining) any { return &b.AgreedDate }, nil},
		{"start_date", "Phiên đầu tiên", func(b *Bargaining) any { return &b.StartDate }, nil},
		{"extended_to", "Gia hạn đến", func(b *Bargaining) any { return &b.ExtendedTo }, nil},
		{"outcome", "Kết quả", func(b *Bargaining) any { return (*string)(&b.Outcome) }, func(b *Bargaining) string { return b.Outcome.Label() }},
		{"end_date", "Ngày kết thúc", func(b *Bargaining) any { return &b.EndDate }, nil},
		{"notes", "Ghi chú", func(b *Bargaining) any { return &b.Notes }, nil},
	},
	Children: []Child[Bargaining]{
		Rows("bargaining_session", "bargaining_id", "Các phiên thương lượng",
			func(b *Bargaining) *[]BargainSession { return &b.Sessions },
			[]Column[BargainSession]{
				{"date", "", func(s *BargainSession) any { return &s.Date }, nil},
				{"agreed", "", func(s *BargainSession) any { return &s.Agreed }, nil},
				{"disputed", "", func(s *BargainSession) any { return &s.Disputed }, nil},
			},
			func(s *BargainSession) string {
				return vn.FormatDate(s.Date) + ": thống nhất " + s.Agreed + "; chưa thống nhất " + s.Disputed
			}),
		Rows("bargaining_info", "bargaining_id", "Yêu cầu cung cấp thông tin",
			func(b *Bargaining) *[]InfoRequest { return &b.InfoRequests },
			[]Column[InfoRequest]{
				{"date", "", func(r *InfoRequest) any { return &r.Date }, nil},
				{"subject", "", func(r *InfoRequest) any { return &r.Subject }, nil},
				{"answered", "", func(r *InfoRequest) any { return &r.Answered }, nil},
			},
			func(r *InfoRequest) string {
				s := vn.FormatDate(r.Date) + " " + r.Subject
				if !r.Answered.IsZero() {
					s += " (trả lời " + vn.FormatDate(r.Answered) + ")"
				}
				return s
			}),
	},
	Meta:      func(b *Bargaining) Meta { return Meta{&b.ID, &b.Version, &b.CreatedAt, &b.UpdatedAt} },
	Title:     (*Bargaining).Title,
	Year:      func(b *Bargaining) int { return b.RequestDate.Year() },
	Normalize: (*Bargaining).Normalize,
	Check:     func(b *Bargaining, env CheckEnv) Problems { return b.Validate(env.Calendar, env.Now) },
	Todos:     bargainingTodos,
}

// Agreements declares the collective agreement in the registry (registry.go).
var Agreements = &Kind[Agreement]{
	Kind:     KindAgreement,
	Label:    "Thỏa ước lao động tập thể",
	Table:    "agreement",
	Entity:   "agreement",
	NotFound: "Không tìm thấy thỏa ước",
	Columns: []Column[Agreement]{
		{"title", "Tên thỏa ước", func(a *Agreement) any { return &a.Title }, nil},
		{"level", "Cấp", func(a *Agreement) any { return (*string)(&a.Level) }, func(a *Agreement) string { return a.Level.Label() }},
		{"bargaining_id", "Đợt thương lượng", func(a *Agreement) any { return &a.BargainingID }, nil},
		{"vote_date", "Ngày biểu quyết", func(a *Agreement) any { return &a.VoteDate }, nil},
		{"voters", "Tổng số người lao động", func(a *Agreement) any { return &a.Voters }, nil},
		{"votes_for", "Số tán thành", func(a *Agreement) any { return &a.VotesFor }, nil},
		{"signed", "Ngày ký", func(a *Agreement) any { return &a.Signed }, nil},
		{"effective", "Ngày có hiệu lực", func(a *Agreement) any { return &a.Effective }, nil},
		{"term_years", "Thời hạn (năm)", func(a *Agreement) any { return &a.TermYears }, nil},
		{"sent", "Ngày gửi Sở Nội vụ", func(a *Agreement) any { return &a.Sent }, nil},
		{"published", "Ngày công bố", func(a *Agreement) any { return &a.Published }, nil},
		{"notes", "Ghi chú", func(a *Agreement) any { return &a.Notes }, nil},
	},
	Children: []Child[Agreement]{
		Rows("agreement_clause", "agreement_id", "Điều khoản có lợi hơn",
			func(a *Agreement) *[]Clause { return &a.Clauses },
			[]Column[Clause]{
				{"grp", "", func(c *Clause) any { return (*string)(&c.Group) }, nil},
				{"content", "", func(c *Clause) any { return &c.Content }, nil},
				{"value", "", func(c *Clause) any { return &c.Value }, nil},
			},
			func(c *Clause) string {
				s := c.Group.Label() + ": " + c.Content
				if c.Value != "" {
					s += " (" + c.Value + ")"
				}
				return s
			}),
		Rows("agreement_amendment", "agreement_id", "Sửa đổi, bổ sung",
			func(a *Agreement) *[]Amendment { return &a.Amendments },
			[]Column[Amendment]{
				{"date", "", func(m *Amendment) any { return &m.Date }, nil},
				{"content", "", func(m *Amendment) any { return &m.Content }, nil},
				{"voters", "", func(m *Amendment) any { return &m.Voters }, nil},
				{"votes_for", "", func(m *Amendment) any { return &m.VotesFor }, nil},
			},
			func(m *Amendment) string {
				return vn.FormatDate(m.Date) + " " + m.Content + " (tán thành " + strconv.Itoa(m.VotesFor) + "/" + strconv.Itoa(m.Voters) + ")"
			}),
		Rows("agreement_rating", "agreement_id", "Xếp loại",
			func(a *Agreement) *[]Rating { return &a.Ratings },
			[]Column[Rating]{
				{"year", "", func(r *Rating) any { return &r.Year }, nil},
				{"grade", "", func(r *Rating) any { return (*string)(&r.Grade) }, nil},
				{"reason", "", func(r *Rating) any { return &r.Reason }, nil},
			},
			func(r *Rating) string {
				s := strconv.Itoa(r.Year) + ": " + r.Grade.Label()
				if r.Reason != "" {
					s += " (" + r.Reason + ")"
				}
				return s
			}),
	},
	Meta:      func(a *Agreement) Meta { return Meta{&a.ID, &a.Version, &a.CreatedAt, &a.UpdatedAt} },
	Title:     (*Agreement).Name,
	Year:      func(a *Agreement) int { return a.Signed.Year() },
	Normalize: (*Agreement).Normalize,
	Check:     func(a *Agreement, env CheckEnv) Problems { return a.Validate(env.Now) },
	Todos:     agreementTodos,
	TodoReads: []RecordKind{KindBargaining},
}

// bargainingTodos (Kind.Todos): the limits of Labour Code Art. 70 (DOMAIN §3) for each round still going on.
func bargainingTodos(bs []Bargaining, env TodoEnv) []Todo {
	var t todoList
	for i := range bs {
		b := &bs[i]
		if !b.Ongoing() || b.RequestDate.IsZero() {
			continue
		}
		ref := RecordRef{KindBargaining, b.ID}
		if b.AgreedDate.IsZero() {
			t.add(BargainAgreeDue(env.Calendar, b.RequestDate), "Thống nhất thời gian, địa điểm thương lượng (7 ngày làm việc)", b.Title(), ref)
		}
		if b.StartDate.IsZero() {
			t.add(BargainStartDue(b.RequestDate), "Bắt đầu thương lượng (trong 30 ngày kể từ ngày yêu cầu)", b.Title(), ref)
		} else {
			t.add(BargainEndDue(b.StartDate, b.ExtendedTo), "Kết thúc thương lượng (tối đa 90 ngày)", b.Title(), ref)
		}
		for _, r := range b.InfoRequests {
			if r.Answered.IsZero() && !r.Date.IsZero() {
				t.add(BargainInfoDue(r.Date), "Người sử dụng lao động cung cấp thông tin: "+r.Subject, b.Title(), ref)
			}
		}
	}
	return t.items
}

// agreementTodos (Kind.Todos): the copy to the Sở Nội vụ (10 days), the renegotiation window and
// the 90-day grace (Art. 83), and the yearly rating (DOMAIN §3). Whether a bargaining is going on comes from env.Records (TodoReads).
func agreementTodos(as []Agreement, env TodoEnv) []Todo {
	var t todoList
	s := env.Settings
	negotiating := slices.ContainsFunc(Bargainings.In(env.Records), func(b Bargaining) bool { return b.Ongoing() })
	var latest *Agreement
	for i := range as {
		a := &as[i]
		if a.Signed.IsZero() {
			continue
		}
		if latest == nil || a.Signed.After(latest.Signed) {
			latest = a
		}
		st := a.Status(env.Today, negotiating, s)
		if a.Sent.IsZero() && st != AgreementEnded {
			t.add(AgreementSendDue(a.Signed), "Gửi thỏa ước đến Sở Nội vụ (10 ngày kể từ ngày ký)", a.Name(), RecordRef{KindAgreement, a.ID})
		}
	}
	if latest == nil {
		return t.items
	}
	ref := RecordRef{KindAgreement, latest.ID}
	expiry := latest.Expiry()
	switch latest.Status(env.Today, negotiating, s) {
	case AgreementExpiring:
		t.add(expiry, "Thương lượng gia hạn hoặc ký thỏa ước mới (hết hạn "+vn.FormatDate(expiry)+")", latest.Name(), ref)
	case AgreementGrace:
		t.add(GraceEnds(expiry, s.GraceDays), "Ký thỏa ước mới: thỏa ước cũ hết hạn, chỉ còn hiệu lực khi đang thương lượng", latest.Name(), ref)
	case AgreementEnded:
		if !expiry.IsZero() && env.Today.Before(expiry.AddDate(1, 0, 0)) {
			t.add(expiry, "Thỏa ước đã hết hiệu lực: thương lượng ký thỏa ước mới", latest.Name(), ref)
		}
	}
	if latest.Status(env.Today, negotiating, s).InForce() {
		year := env.Today.Year()
		if _, ok := latest.RatingOf(year); !ok {
			t.add(EndOfMonth(year, time.Month(s.RatingMonth)), "Đánh giá, xếp loại thỏa ước năm "+strconv.Itoa(year), latest.Name(), ref)
		}
	}
	return t.items
}
