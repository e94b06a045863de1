package data

import (
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// Nữ công (DOMAIN-MODULES §E): the Ban nữ công quần chúng with its plan, the
// activities of 8/3, 1/6, Trung thu, 20/10 (and maternity visits), and the
// "Giỏi việc nước, đảm việc nhà" movement.

// The record kinds of nữ công.
const (
	KindWomenCommittee RecordKind = "ban-nu-cong"
	KindWomenActivity  RecordKind = "hoat-dong-nu-cong"
	KindGoodAtWork     RecordKind = "gioi-viec-nuoc"
)

// CommitteeMember is one member of the Ban nữ công quần chúng.
type CommitteeMember struct {
	MemberID int64
	Name     string
	Role     string // Trưởng ban, Phó trưởng ban, Ủy viên
	Unit     string
}

// The roles in the Ban nữ công.
const (
	RoleCommitteeHead   = "Trưởng ban"
	RoleCommitteeDeputy = "Phó trưởng ban"
	RoleCommitteeMember = "Ủy viên"
)

// CommitteeRoles lists the roles in the form's order.
var CommitteeRoles = []string{RoleCommitteeHead, RoleCommitteeDeputy, RoleCommitteeMember}

// WomenCommittee is the Ban nữ công quần chúng as the BCH set it up
// (DOMAIN-MODULES §E "Data to keep": decision số, ngày, members, head, term)
// with its plan of work.
type WomenCommittee struct {
	ID           int64
	DecisionNo   string
	DecisionDate time.Time
	TermFrom     time.Time
	TermTo       time.Time // zero: until the BCH's term ends or a new decision
	Members      []CommitteeMember
	PlanYear     int
	Plan         string // kế hoạch công tác nữ công: one task a line
	Notes        string
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Title names it: "Ban nữ công quần chúng (QĐ ngày 10/03/2026)".
func (c *WomenCommittee) Title() string {
	return "Ban nữ công quần chúng (quyết định ngày " + vn.FormatDate(c.DecisionDate) + ")"
}

// Head is the Trưởng ban, "" when none is named.
func (c *WomenCommittee) Head() string {
	for _, m := range c.Members {
		if m.Role == RoleCommitteeHead {
			return m.Name
		}
	}
	return ""
}

// InForceOn reports whether the committee's term covers day.
func (c *WomenCommittee) InForceOn(day time.Time) bool {
	d := vn.Day(day)
	from := c.TermFrom
	if from.IsZero() {
		from = c.DecisionDate
	}
	return !from.After(d) && (c.TermTo.IsZero() || !c.TermTo.Before(d))
}

// Women committee field names for messages at the form.
const (
	FieldWcDecision = "wc_decision"
	FieldWcTerm     = "wc_term"
	FieldWcMembers  = "wc_members"
	FieldWcPlan     = "wc_plan"
)

// Normalize NFC-cleans the texts and drops empty rows.
func (c *WomenCommittee) Normalize() {
	c.DecisionNo, c.Plan, c.Notes = vn.Clean(c.DecisionNo), vn.CleanMultiline(c.Plan), vn.CleanMultiline(c.Notes)
	dayAll(&c.DecisionDate, &c.TermFrom, &c.TermTo)
	if c.TermFrom.IsZero() {
		c.TermFrom = c.DecisionDate
	}
	ms := c.Members[:0:0]
	for _, m := range c.Members {
		m.Name, m.Role, m.Unit = vn.Clean(m.Name), vn.Clean(m.Role), vn.Clean(m.Unit)
		if m.Name == "" && m.MemberID == 0 && m.Unit == "" {
			continue // an empty row (its role is the form's default); a row with anything typed stays, to be named
		}
		if m.Role == "" {
			m.Role = RoleCommitteeMember
		}
		ms = append(ms, m)
	}
	c.Members = ms
}

// Validate checks the committee as the form does.
func (c *WomenCommittee) Validate(now time.Time) Problems {
	var ps Problems
	switch {
	case c.DecisionDate.IsZero():
		ps.add(FieldWcDecision, "Cần nhập ngày quyết định thành lập (kiện toàn) Ban nữ công")
	case c.DecisionDate.After(vn.Day(now)):
		ps.add(FieldWcDecision, "Ngày quyết định không được sau ngày hôm nay")
	}
	if !c.TermTo.IsZero() && !c.TermTo.After(c.TermFrom) {
		ps.add(FieldWcTerm, "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu")
	}
	if len(c.Members) == 0 {
		ps.add(FieldWcMembers, "Cần ít nhất một thành viên Ban nữ công")
	}
	heads := 0
	for i, m := range c.Members {
		if m.Role == RoleCommitteeHead {
			heads++
		}
		if m.Name == "" {
			ps.add(FieldWcMembers, "Dòng "+itoa(i+1)+": cần họ và tên")
		}
		checkTextFields(&ps,
			textField{FieldWcMembers, rowLabel(i, "Họ và tên"), m.Name, MaxNameChars, false},
			textField{FieldWcMembers, rowLabel(i, "Chức danh"), m.Role, MaxFieldChars, false},
			textField{FieldWcMembers, rowLabel(i, "Bộ phận"), m.Unit, MaxFieldChars, false})
	}
	checkTextFields(&ps,
		textField{"wc_no", "Số quyết định", c.DecisionNo, MaxFieldChars, false},
		textField{FieldWcPlan, "Kế hoạch", c.Plan, MaxNotesChars, true},
		textField{"wc_notes", "Ghi chú", c.Notes, MaxNotesChars, true})
	checkDates(&ps, FieldWcDecision, "Ngày quyết định", c.DecisionDate)
	checkDates(&ps, FieldWcTerm, "Nhiệm kỳ", c.TermFrom, c.TermTo)
	switch {
	case len(c.Members) > 0 && heads == 0:
		ps.warn(FieldWcMembers, "Chưa có Trưởng ban nữ công")
	case heads > 1:
		ps.add(FieldWcMembers, "Ban nữ công chỉ có một Trưởng ban (đang có "+itoa(heads)+")")
	}
	if c.PlanYear != 0 && (c.PlanYear < 1990 || c.PlanYear > 2100) {
		ps.add(FieldWcPlan, "Năm của kế hoạch không hợp lệ")
	}
	return ps
}

// WomenCommittees declares the Ban nữ công in the registry (registry.go).
var WomenCommittees = &Kind[WomenCommittee]{
	Kind:     KindWomenCommittee,
	Label:    "Ban nữ công quần chúng",
	Table:    "women_committee",
	Entity:   "women_committee",
	NotFound: "Không tìm thấy Ban nữ công",
	Columns: []Column[WomenCommittee]{
		{"decision_no", "Số quyết định", func(c *WomenCommittee) any { return &c.DecisionNo }, nil},
		{"decision_date", "Ngày quyết định", func(c *WomenCommittee) any { return &c.DecisionDate }, nil},
		{"term_from", "Nhiệm kỳ từ", func(c *WomenCommittee) any { return &c.TermFrom }, nil},
		{"term_to", "Nhiệm kỳ đến", func(c *WomenCommittee) any { return &c.TermTo }, nil},
		{"plan_year", "Năm kế hoạch", func(c *WomenCommittee) any { return &c.PlanYear }, nil},
		{"plan", "Kế hoạch công tác nữ công", func(c *WomenCommittee) any { return &c.Plan }, nil},
		{"notes", "Ghi chú", func(c *WomenCommittee) any { return &c.Notes }, nil},
	},
	Children: []Child[WomenCommittee]{
		Rows("women_committee_member", "committee_id", "Thành viên", func(c *WomenCommittee) *[]CommitteeMember { return &c.Members },
			[]Column[CommitteeMember]{
				{"member_id", "", func(m *CommitteeMember) any { return &m.MemberID }, nil},
				{"name", "", func(m *CommitteeMember) any { return &m.Name }, nil},
				{"role", "", func(m *CommitteeMember) any { return &m.Role }, nil},
				{"unit", "", func(m *CommitteeMember) any { return &m.Unit }, nil},
			},
			func(m *CommitteeMember) string { return m.Name + " (" + m.Role + ")" }),
	},
	Meta:      func(c *WomenCommittee) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*WomenCommittee).Title,
	Year:      func(c *WomenCommittee) int { return c.DecisionDate.Year() },
	Normalize: (*WomenCommittee).Normalize,
	Check:     func(c *WomenCommittee, env CheckEnv) Problems { return c.Validate(env.Now) },
	Todos:     womenCommitteeTodos,
	TodoReads: []RecordKind{KindWomenActivity},
}

// Occasion is what a nữ công activity is for (DOMAIN-MODULES §E).
type Occasion string

// The occasions.
const (
	OccasionWomensDay    Occasion = "8-3"       // Quốc tế Phụ nữ 8/3
	OccasionChildrensDay Occasion = "1-6"       // Quốc tế Thiếu nhi 1/6
	OccasionMidAutumn    Occasion = "trung-thu" // Tết Trung thu, 15/8 âm lịch
	OccasionVNWomensDay  Occasion = "20-10"     // Phụ nữ Việt Nam 20/10
	OccasionMaternity    Occasion = "thai-san"  // thăm hỏi nữ đoàn viên sinh con
	OccasionOther        Occasion = "khac"
)

// Occasions lists them in the order of the year.
var Occasions = []Occasion{OccasionWomensDay, OccasionChildrensDay, OccasionMidAutumn, OccasionVNWomensDay, OccasionMaternity, OccasionOther}

// Label is the occasion as the form shows it.
func (o Occasion) Label() string {
	switch o {
	case OccasionWomensDay:
		return "Quốc tế Phụ nữ 8/3"
	case OccasionChildrensDay:
		return "Quốc tế Thiếu nhi 1/6"
	case OccasionMidAutumn:
		return "Tết Trung thu"
	case OccasionVNWomensDay:
		return "Ngày Phụ nữ Việt Nam 20/10"
	case OccasionMaternity:
		return "Thăm hỏi thai sản"
	case OccasionOther:
		return "Hoạt động khác"
	}
	return string(o)
}

// OccasionDate is the day of a yearly occasion in a year: 8/3, 1/6, 20/10, and
// Trung thu on the 15th of the 8th lunar month (data/vn's calendar); zero for
// occasions without a day.
func OccasionDate(o Occasion, year int) time.Time {
	d := func(m time.Month, day int) time.Time { return time.Date(year, m, day, 0, 0, 0, 0, time.UTC) }
	switch o {
	case OccasionWomensDay:
		return d(time.March, 8)
	case OccasionChildrensDay:
		return d(time.June, 1)
	case OccasionVNWomensDay:
		return d(time.October, 20)
	case OccasionMidAutumn:
		t, err := vn.LunarToSolar(vn.LunarDate{Year: year, Month: 8, Day: 15})
		if err != nil {
			return time.Time{}
		}
		return t
	}
	return time.Time{}
}

// WomenActivity is one nữ công activity (DOMAIN-MODULES §E "activities with
// participants and gift lists (link to A)"). Its gifts are not a second money
// path: a gift handed out against signatures is a finance danh sách ký nhận
// (KindSignList, paid by one phiếu chi), which the activity links to.
type WomenActivity struct {
	ID           int64
	Year         int
	Occasion     Occasion
	Date         time.Time
	Content      string
	Participants int
	SignListID   int64 // the danh sách ký nhận quà in thu – chi; 0: none
	Notes        string
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Title names the activity: "Quốc tế Phụ nữ 8/3 năm 2026".
func (a *WomenActivity) Title() string { return a.Occasion.Label() + " năm " + strconv.Itoa(a.Year) }

// Women activity field names for messages at the form.
const (
	FieldWaYear     = "wa_year"
	FieldWaOccasion = "wa_occasion"
	FieldWaDate     = "wa_date"
	FieldWaSignList = "wa_sign_list"
)

// Normalize NFC-cleans the texts and drops empty rows.
func (a *WomenActivity) Normalize() {
	a.Content, a.Notes = vn.CleanMultiline(a.Content), vn.CleanMultiline(a.Notes)
	dayAll(&a.Date)
	if a.Year == 0 && !a.Date.IsZero() {
		a.Year = a.Date.Year()
	}
}

// Validate checks an activity as the form does (no rule depends on the day).
func (a *WomenActivity) Validate(time.Time) Problems {
	var ps Problems
	if a.Occasion == "" {
		ps.add(FieldWaOccasion, "Cần chọn dịp hoạt động")
	}
	if a.Year < 1990 || a.Year > 2100 {
		ps.add(FieldWaYear, "Năm không hợp lệ")
	}
	checkTextFields(&ps,
		textField{"wa_content", "Nội dung", a.Content, MaxNotesChars, true},
		textField{"wa_notes", "Ghi chú", a.Notes, MaxNotesChars, true})
	if !a.Date.IsZero() && a.Date.Year() != a.Year {
		ps.add(FieldWaDate, "Ngày tổ chức phải trong năm "+strconv.Itoa(a.Year))
	}
	if a.Participants < 0 || a.Participants > MaxPeopleCount {
		ps.add("wa_participants", "Số người tham gia không hợp lệ")
	}
	if a.SignListID < 0 {
		ps.add(FieldWaSignList, "Danh sách ký nhận không hợp lệ")
	}
	return ps
}

// WomenActivities declares the nữ công activities in the registry (registry.go).
var WomenActivities = &Kind[WomenActivity]{
	Kind:     KindWomenActivity,
	Label:    "Hoạt động nữ công",
	Table:    "women_activity",
	Entity:   "women_activity",
	NotFound: "Không tìm thấy hoạt động nữ công",
	Columns: []Column[WomenActivity]{
		{"year", "Năm", func(a *WomenActivity) any { return &a.Year }, func(a *WomenActivity) string { return strconv.Itoa(a.Year) }},
		{"occasion", "Dịp", func(a *WomenActivity) any { return (*string)(&a.Occasion) }, func(a *WomenActivity) string { return a.Occasion.Label() }},
		{"date", "Ngày tổ chức", func(a *WomenActivity) any { return &a.Date }, nil},
		{"content", "Nội dung", func(a *WomenActivity) any { return &a.Content }, nil},
		{"participants", "Số người tham gia", func(a *WomenActivity) any { return &a.Participants }, nil},
		{"sign_list_id", "Danh sách ký nhận quà (mã)", func(a *WomenActivity) any { return &a.SignListID }, nil},
		{"notes", "Ghi chú", func(a *WomenActivity) any { return &a.Notes }, nil},
	},
	Meta:      func(a *WomenActivity) Meta { return Meta{&a.ID, &a.Version, &a.CreatedAt, &a.UpdatedAt} },
	Title:     (*WomenActivity).Title,
	Year:      func(a *WomenActivity) int { return a.Year },
	Normalize: (*WomenActivity).Normalize,
	Check:     func(a *WomenActivity, env CheckEnv) Problems { return a.Validate(env.Now) },
}

// Movement results of "Giỏi việc nước, đảm việc nhà".
const (
	ResultPending = ""
	ResultPassed  = "dat"
	ResultFailed  = "khong_dat"
)

// ResultLabel shows a movement result.
func ResultLabel(r string) string {
	switch r {
	case ResultPassed:
		return "Đạt"
	case ResultFailed:
		return "Không đạt"
	}
	return "Chưa xét"
}

// Registrant is one woman registered for the movement, with her result.
type Registrant struct {
	MemberID int64
	Name     string
	Unit     string
	Result   string
	Note     string
}

// GoodAtWork is a year's "Giỏi việc nước, đảm việc nhà" registrations and
// results (DOMAIN-MODULES §E "Movement registrations and results").
type GoodAtWork struct {
	ID          int64
	Year        int
	Registered  time.Time
	Registrants []Registrant
	Reviewed    time.Time // results decided
	Notes       string
	Version     int64
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// Title names it: "Giỏi việc nước, đảm việc nhà năm 2026".
func (g *GoodAtWork) Title() string {
	return "Giỏi việc nước, đảm việc nhà năm " + strconv.Itoa(g.Year)
}

// Passed counts the registrants who passed.
func (g *GoodAtWork) Passed() int {
	n := 0
	for _, r := range g.Registrants {
		if r.Result == ResultPassed {
			n++
		}
	}
	return n
}

// Movement field names for messages at the form.
const (
	FieldGwYear        = "gw_year"
	FieldGwRegistrants = "gw_registrants"
	FieldGwReviewed    = "gw_reviewed"
)

// Normalize NFC-cleans the texts and drops empty rows.
func (g *GoodAtWork) Normalize() {
	g.Notes = vn.CleanMultiline(g.Notes)
	dayAll(&g.Registered, &g.Reviewed)
	rs := g.Registrants[:0:0]
	for _, r := range g.Registrants {
		r.Name, r.Unit, r.Note = vn.Clean(r.Name), vn.Clean(r.Unit), vn.Clean(r.Note)
		if r.Name == "" && r.MemberID == 0 {
			continue
		}
		rs = append(rs, r)
	}
	g.Registrants = rs
}

// Validate checks the movement record as the form does.
func (g *GoodAtWork) Validate(now time.Time) Problems {
	var ps Problems
	if g.Year < 1990 || g.Year > 2100 {
		ps.add(FieldGwYear, "Năm không hợp lệ")
	}
	checkTextFields(&ps, textField{"gw_notes", "Ghi chú", g.Notes, MaxNotesChars, true})
	checkDates(&ps, FieldGwReviewed, "Ngày đăng ký, ngày xét", g.Registered, g.Reviewed)
	if len(g.Registrants) == 0 {
		ps.add(FieldGwRegistrants, "Cần ít nhất một người đăng ký")
	}
	decided := false
	for i, r := range g.Registrants {
		switch {
		case r.Name == "":
			ps.add(FieldGwRegistrants, "Dòng "+itoa(i+1)+": cần họ và tên")
		case r.Result != ResultPending && r.Result != ResultPassed && r.Result != ResultFailed:
			ps.add(FieldGwRegistrants, "Dòng "+itoa(i+1)+": kết quả không hợp lệ")
		}
		decided = decided || r.Result != ResultPending
		checkTextFields(&ps,
			textField{FieldGwRegistrants, rowLabel(i, "Họ và tên"), r.Name, MaxNameChars, false},
			textField{FieldGwRegistrants, rowLabel(i, "Bộ phận"), r.Unit, MaxFieldChars, false},
			textField{FieldGwRegistrants, rowLabel(i, "Ghi chú"), r.Note, MaxFieldChars, false})
	}
	if decided && g.Reviewed.IsZero() {
		ps.warn(FieldGwReviewed, "Đã ghi kết quả nhưng chưa ghi ngày xét")
	}
	if g.Reviewed.After(vn.Day(now)) {
		ps.add(FieldGwReviewed, "Ngày xét không được sau ngày hôm nay")
	}
	return ps
}

// GoodAtWorks declares the movement records in the registry (registry.go).
var GoodAtWorks = &Kind[GoodAtWork]{
	Kind:     KindGoodAtWork,
	Label:    "Giỏi việc nước, đảm việc nhà",
	Table:    "good_at_work",
	Entity:   "good_at_work",
	NotFound: "Không tìm thấy hồ sơ phong trào",
	Columns: []Column[GoodAtWork]{
		{"year", "Năm", func(g *GoodAtWork) any { return &g.Year }, func(g *GoodAtWork) string { return strconv.Itoa(g.Year) }},
		{"registered", "Ngày đăng ký", func(g *GoodAtWork) any { return &g.Registered }, nil},
		{"reviewed", "Ngày xét kết quả", func(g *GoodAtWork) any { return &g.Reviewed }, nil},
		{"notes", "Ghi chú", func(g *GoodAtWork) any { return &g.Notes }, nil},
	},
	Children: []Child[GoodAtWork]{
		Rows("good_at_work_registrant", "good_at_work_id", "Người đăng ký", func(g *GoodAtWork) *[]Registrant { return &g.Registrants },
			[]Column[Registrant]{
				{"member_id", "", func(r *Registrant) any { return &r.MemberID }, nil},
				{"name", "", func(r *Registrant) any { return &r.Name }, nil},
				{"unit", "", func(r *Registrant) any { return &r.Unit }, nil},
				{"result", "", func(r *Registrant) any { return &r.Result }, nil},
				{"note", "", func(r *Registrant) any { return &r.Note }, nil},
			},
			func(r *Registrant) string { return r.Name + " (" + ResultLabel(r.Result) + ")" }),
	},
	Meta:      func(g *GoodAtWork) Meta { return Meta{&g.ID, &g.Version, &g.CreatedAt, &g.UpdatedAt} },
	Title:     (*GoodAtWork).Title,
	Year:      func(g *GoodAtWork) int { return g.Year },
	Normalize: (*GoodAtWork).Normalize,
	Check:     func(g *GoodAtWork, env CheckEnv) Problems { return g.Validate(env.Now) },
}

// WomenTodos are the nữ công items of Việc cần làm (DOMAIN-MODULES §E): a Ban
// nữ công when the female members reach the threshold and none is in force
// today; each occasion of the year (8/3, 1/6, Trung thu, 20/10) from
// OccasionLeadDays before it until its day, unless an activity of that
// occasion is recorded for the year.
func WomenTodos(femaleMembers int, committees []WomenCommittee, activities []WomenActivity, s EmulationSettings, today time.Time) []Todo {
	today = vn.Day(today)
	var out []Todo
	add := func(due time.Time, title, about string, ref RecordRef) {
		out = append(out, Todo{Due: due, Title: title, About: about, Record: ref, Overdue: due.Before(today)})
	}
	inForce := false
	for i := range committees {
		inForce = inForce || committees[i].InForceOn(today)
	}
	if femaleMembers >= s.WomenCommitteeFrom && !inForce {
		add(today, "Thành lập Ban nữ công quần chúng: công đoàn có "+strconv.Itoa(femaleMembers)+" đoàn viên nữ (từ "+
			strconv.Itoa(s.WomenCommitteeFrom)+" nữ trở lên)", "", RecordRef{Kind: KindWomenCommittee})
	}
	done := map[Occasion]bool{}
	for _, a := range activities {
		if a.Year == today.Year() {
			done[a.Occasion] = true
		}
	}
	for _, o := range []Occasion{OccasionWomensDay, OccasionChildrensDay, OccasionMidAutumn, OccasionVNWomensDay} {
		day := OccasionDate(o, today.Year())
		if day.IsZero() || done[o] || today.After(day) || today.Before(day.AddDate(0, 0, -s.OccasionLeadDays)) {
			continue
		}
		add(day, "Chuẩn bị hoạt động "+o.Label()+" ("+vn.FormatDate(day)+"): quà, phiếu chi, danh sách ký nhận", "",
			RecordRef{Kind: KindWomenActivity})
	}
	return out
}
