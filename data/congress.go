package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// A CĐCS congress (đại hội công đoàn cơ sở, DOMAIN-MODULES §C, Implications C
// "Data to keep"): the plan (lần thứ, term, form, delegates, guests, date, ban tổ
// chức, budget), the delegates and their attendance, the personnel plan and the
// candidates, each election's count (who is elected is computed by CountElection
// from it, never stored), the first BCH meeting and the recognition file.

// ElectionBody is what an election fills.
type ElectionBody string

// The elections of a congress and of the first BCH meeting (DOMAIN-MODULES §C.2
// "Method"; HD 38 §10.4).
const (
	BodyBCH       ElectionBody = "bch"
	BodyChair     ElectionBody = "chu_tich"
	BodyVice      ElectionBody = "pho_chu_tich"
	BodyBTV       ElectionBody = "btv"
	BodyUBKT      ElectionBody = "ubkt"
	BodyUBKTHead  ElectionBody = "chu_nhiem_ubkt"
	BodyDelegates ElectionBody = "dai_bieu"
)

// ElectionBodies lists the bodies in the order they are elected.
var ElectionBodies = []ElectionBody{BodyBCH, BodyChair, BodyDelegates, BodyVice, BodyBTV, BodyUBKT, BodyUBKTHead}

// Label is the body as an election is named after it.
func (b ElectionBody) Label() string {
	switch b {
	case BodyBCH:
		return "Ban Chấp hành"
	case BodyChair:
		return "Chủ tịch"
	case BodyVice:
		return "Phó Chủ tịch"
	case BodyBTV:
		return "Ban Thường vụ"
	case BodyUBKT:
		return "Ủy ban Kiểm tra"
	case BodyUBKTHead:
		return "Chủ nhiệm Ủy ban Kiểm tra"
	case BodyDelegates:
		return "Đại biểu dự đại hội công đoàn cấp trên"
	}
	return string(b)
}

// AtCongress reports whether the congress itself elects the body; the others
// are elected at the first BCH meeting (HD 38 §10.4). The chair is elected at
// the congress only when the upper level decided on a direct election (KH 22 §C).
func (b ElectionBody) AtCongress(directChair bool) bool {
	switch b {
	case BodyBCH, BodyDelegates:
		return true
	case BodyChair:
		return directChair
	}
	return false
}

// Delegate attendance.
const (
	DelegateCalled  = ""       // called, attendance not yet taken
	DelegatePresent = "co_mat" // present
	DelegateAbsent  = "vang"   // absent
)

// CongressOrganizer is one person of the ban tổ chức or a tiểu ban (KH 22 §III.1).
type CongressOrganizer struct {
	Body string // "Ban tổ chức", "Tiểu ban văn kiện", "Tiểu ban nhân sự"…
	Name string
	Role string // "Trưởng ban", "Phó Trưởng ban", "Ủy viên"
}

// CongressDelegate is one official delegate called (for a đại hội toàn thể,
// one member), with the attendance.
type CongressDelegate struct {
	MemberID int64 // the register's member, 0 when typed
	Name     string
	Position string // chức vụ, đơn vị
	Status   string // DelegateCalled, DelegatePresent, DelegateAbsent
}

// CongressCandidate is one name on a candidate list.
type CongressCandidate struct {
	Body        ElectionBody
	MemberID    int64
	Name        string
	Position    string
	Nationality string // copied from the register when chosen: only Vietnamese citizens stand
}

// CongressElection is the count of one election round as the ban kiểm phiếu
// records it. No is its number within the congress (the votes name it); Round
// is 2 and up for a new round among tied candidates.
type CongressElection struct {
	No        int
	Body      ElectionBody
	Round     int
	Seats     int
	Issued    int
	Collected int
	Valid     int
	Invalid   int
}

// CongressVote is one candidate's votes in election No.
type CongressVote struct {
	Election int
	Name     string
	Votes    int
}

// CongressBudgetLine is one line of the dự toán kinh phí đại hội (KH 22 §III.6).
type CongressBudgetLine struct {
	Item   string
	Amount int64  // đồng
	Source string // "Kinh phí công đoàn", "Doanh nghiệp hỗ trợ"…
}

// Congress is one đại hội công đoàn cơ sở.
type Congress struct {
	ID       int64
	Number   int // lần thứ
	TermFrom int
	TermTo   int
	Form     CongressForm
	// UpperConsent is the upper level's written consent (số, ngày) for a
	// delegate congress under 200 members or delegates above the maximum.
	UpperConsent string
	Members      int // đoàn viên on the congress date
	Called       int // official delegates called; the members for a toàn thể congress
	Present      int // typed when the delegates are not listed
	Guests       int
	Date         time.Time
	Place        string
	Theme        string // chủ đề đại hội
	BCHSize      int
	BCHIncreased bool // the upper level allowed +10% on a written request (HD 38 §10(5))
	BTVSize      int
	UBKTSize     int
	UBKTFromBCH  int
	DirectChair  bool // the congress elects the chair directly (KH 22 §C; HD 28)
	FirstBCH     time.Time
	FileSent     time.Time // the recognition file went up
	DecisionNo   string    // the upper level's quyết định công nhận
	DecisionDate time.Time
	SealDone     bool // signature specimens and seal registered for the new chair
	BankDone     bool // the bank-account holder changed
	Notes        string
	Organizers   []CongressOrganizer
	Delegates    []CongressDelegate
	Candidates   []CongressCandidate
	Elections    []CongressElection
	Votes        []CongressVote
	Budget       []CongressBudgetLine
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Roman writes n in Roman numerals, as congress numbers and BCH terms are
// written ("lần thứ V", "khóa V"); n ≤ 0 gives dots.
func Roman(n int) string {
	if n <= 0 || n >= 4000 {
		return "…"
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// Term is "2025 - 2030", as QĐ 933 Phụ lục IV writes the nhiệm kỳ.
func (c *Congress) Term() string {
	return strconv.Itoa(c.TermFrom) + " - " + strconv.Itoa(c.TermTo)
}

// Title names the congress: "Đại hội lần thứ V, nhiệm kỳ 2025 - 2030".
func (c *Congress) Title() string {
	return "Đại hội lần thứ " + Roman(c.Number) + ", nhiệm kỳ " + c.Term()
}

// Attendance is who was called and who is present: from the delegate list
// when there is one, else the typed numbers (a toàn thể congress of many
// members may keep only the counts).
func (c *Congress) Attendance() (called, present int) {
	if len(c.Delegates) == 0 {
		return c.Called, c.Present
	}
	for _, d := range c.Delegates {
		if d.Status == DelegatePresent {
			present++
		}
	}
	return len(c.Delegates), present
}

// BudgetTotal is the sum of the budget lines.
func (c *Congress) BudgetTotal() int64 {
	var t int64
	for _, b := range c.Budget {
		t += b.Amount
	}
	return t
}

// ElectionOf returns the election numbered no, nil when there is none.
func (c *Congress) ElectionOf(no int) *CongressElection {
	for i := range c.Elections {
		if c.Elections[i].No == no {
			return &c.Elections[i]
		}
	}
	return nil
}

// Name is the election as the biên bản kiểm phiếu heads it: "Bầu Ban Chấp hành
// khóa V", "… (vòng 2)".
func (e *CongressElection) Name(c *Congress) string {
	s := "Bầu " + e.Body.Label()
	switch e.Body {
	case BodyBCH, BodyUBKT, BodyBTV:
		s += " khóa " + Roman(c.Number)
	}
	if e.Round > 1 {
		s += " (vòng " + strconv.Itoa(e.Round) + ")"
	}
	return s
}

// Counted reports whether the ballots of the election have been entered.
func (e *CongressElection) Counted() bool { return e.Issued > 0 || e.Collected > 0 }

// Election is the count of election no as CountElection takes it.
func (c *Congress) Election(no int) Election {
	e := c.ElectionOf(no)
	if e == nil {
		return Election{}
	}
	out := Election{Name: e.Name(c), Seats: e.Seats, Issued: e.Issued, Collected: e.Collected, Valid: e.Valid, Invalid: e.Invalid}
	for _, v := range c.Votes {
		if v.Election == no {
			out.Candidates = append(out.Candidates, CandidateVotes{Name: v.Name, Votes: v.Votes})
		}
	}
	return out
}

// Results counts every counted election, in the order entered.
func (c *Congress) Results(base ElectionBase) ([]ElectionResult, error) {
	var es []Election
	for _, e := range c.Elections {
		if e.Counted() {
			es = append(es, c.Election(e.No))
		}
	}
	return CountElections(es, base)
}

// ElectedTo is who holds the body after every round: those elected in each
// round of the body's elections, in the Vietnamese order of names.
func (c *Congress) ElectedTo(body ElectionBody, base ElectionBase) []string {
	var names []string
	for _, e := range c.Elections {
		if e.Body != body || !e.Counted() {
			continue
		}
		r, err := CountElection(c.Election(e.No), base)
		if err != nil {
			continue
		}
		for _, cr := range r.Candidates {
			if cr.Outcome == OutcomeElected {
				names = append(names, cr.Name)
			}
		}
	}
	SortCandidateNames(names)
	return names
}

// CandidatesFor is the candidate list of a body in Vietnamese alphabetical
// order, given name first (DOMAIN-MODULES Implications C).
func (c *Congress) CandidatesFor(body ElectionBody) []CongressCandidate {
	var out []CongressCandidate
	for _, k := range c.Candidates {
		if k.Body == body {
			out = append(out, k)
		}
	}
	keys := make(map[string][]byte, len(out))
	for _, k := range out {
		keys[k.Name] = candidateSortKey(k.Name)
	}
	slices.SortStableFunc(out, func(a, b CongressCandidate) int { return compareBytes(keys[a.Name], keys[b.Name]) })
	return out
}

func compareBytes(a, b []byte) int { return strings.Compare(string(a), string(b)) }

// NextElectionNo is the number a new election takes.
func (c *Congress) NextElectionNo() int {
	n := 0
	for _, e := range c.Elections {
		n = max(n, e.No)
	}
	return n + 1
}

// RecognitionDue is the last day to send the recognition file, zero before the
// first BCH meeting is recorded (HD 38 §10.4).
func (c *Congress) RecognitionDue(cal *vn.Calendar) time.Time {
	if c.FirstBCH.IsZero() || cal == nil {
		return time.Time{}
	}
	return RecognitionDue(cal, c.FirstBCH)
}

// Congress field names for messages at the form.
const (
	FieldCongNumber     = "cong_number"
	FieldCongTerm       = "cong_term"
	FieldCongDate       = "cong_date"
	FieldCongMembers    = "cong_members"
	FieldCongPlace      = "cong_place"
	FieldCongOrganizers = "cong_organizers"
	FieldCongDelegList  = "cong_delegate_list"
	FieldCongElections  = "cong_elections"
	FieldCongFirstBCH   = "cong_first_bch"
	FieldCongBudget     = "cong_budget"
)

// Normalize NFC-cleans the text and keeps the rows in a stable form.
func (c *Congress) Normalize() {
	c.UpperConsent, c.Place, c.Theme = vn.Clean(c.UpperConsent), vn.Clean(c.Place), vn.Clean(c.Theme)
	c.DecisionNo, c.Notes = vn.Clean(c.DecisionNo), vn.CleanMultiline(c.Notes)
	if c.Form == "" {
		c.Form = RequiredCongressForm(c.Members)
	}
	for _, d := range []*time.Time{&c.Date, &c.FirstBCH, &c.FileSent, &c.DecisionDate} {
		if !d.IsZero() {
			*d = vn.Day(*d)
		}
	}
	org := c.Organizers[:0:0]
	for _, o := range c.Organizers {
		o.Body, o.Name, o.Role = vn.Clean(o.Body), vn.Clean(o.Name), vn.Clean(o.Role)
		if o.Name != "" || o.Body != "" || o.Role != "" {
			org = append(org, o)
		}
	}
	c.Organizers = org
	for i := range c.Delegates {
		d := &c.Delegates[i]
		d.Name, d.Position = vn.Clean(d.Name), vn.Clean(d.Position)
	}
	for i := range c.Candidates {
		k := &c.Candidates[i]
		k.Name, k.Position, k.Nationality = vn.Clean(k.Name), vn.Clean(k.Position), vn.Clean(k.Nationality)
	}
	for i := range c.Votes {
		c.Votes[i].Name = vn.Clean(c.Votes[i].Name)
	}
	for i := range c.Elections {
		if c.Elections[i].Round < 1 {
			c.Elections[i].Round = 1
		}
	}
	for i := range c.Budget {
		c.Budget[i].Item, c.Budget[i].Source = vn.Clean(c.Budget[i].Item), vn.Clean(c.Budget[i].Source)
	}
}

// Validate checks a congress against the rules of DOMAIN-MODULES §C, each
// message citing its rule; s gives the settings (election base, quorum, BCH table).
func (c *Congress) Validate(s RuleSettings, now time.Time) Problems {
	var ps Problems
	if c.Number < 1 || c.Number > 100 {
		ps.add(FieldCongNumber, "Đại hội lần thứ mấy: một số từ 1 đến 100")
	}
	switch {
	case c.TermFrom < 1990 || c.TermFrom > now.Year()+5 || c.TermTo <= c.TermFrom:
		ps.add(FieldCongTerm, "Nhiệm kỳ: năm bắt đầu và năm kết thúc, ví dụ 2025 - 2030")
	case c.TermTo-c.TermFrom != 5:
		// Điều lệ XIII Art 10(2); HD 38 §7.2: five years, shorter or longer only to match the upper level.
		ps.warn(FieldCongTerm, fmt.Sprintf("Nhiệm kỳ công đoàn là 5 năm; nhiệm kỳ %s là %d năm, chỉ khi rút ngắn hoặc kéo dài cho trùng với cấp trên (Điều lệ Công đoàn Việt Nam, Điều 10)", c.Term(), c.TermTo-c.TermFrom))
	}
	if c.Date.IsZero() {
		ps.add(FieldCongDate, "Cần nhập ngày đại hội (ngày dự kiến nếu chưa họp)")
	}
	if c.Members < 1 {
		ps.add(FieldCongMembers, "Cần nhập số đoàn viên của công đoàn tại ngày đại hội")
		return ps
	}
	consent := c.UpperConsent != ""
	ps = append(ps, CheckCongressForm(c.Members, c.Form, consent)...)
	called, present := c.Attendance()
	if c.Form == FormDelegate {
		ps = append(ps, CheckDelegates(c.Members, called, consent)...)
	} else if called > c.Members {
		ps.add(FieldCongressDelegates, fmt.Sprintf("Số đoàn viên được triệu tập (%d) nhiều hơn số đoàn viên (%d)", called, c.Members))
	}
	ps = append(ps, CheckGuests(c.Guests, called)...)
	if present > 0 && c.Held(now) {
		for _, p := range CheckCongressQuorum(s.Congress.Quorum, present, called) {
			// Told, not refused: the minutes record what happened; only more
			// present than called is an error.
			p.Warning = present <= called
			ps = append(ps, p)
		}
	}
	if c.BCHSize > 0 {
		ps = append(ps, s.Congress.Table().CheckBCHSize(c.Members, c.BCHSize, c.BCHIncreased)...)
		ps = append(ps, CheckBTVSize(c.BCHSize, c.BTVSize)...)
	}
	ps = append(ps, CheckUBKT(c.Members, c.UBKTSize, c.UBKTFromBCH)...)
	for _, o := range c.Organizers {
		if o.Name == "" {
			ps.add(FieldCongOrganizers, "Ban tổ chức: một dòng chưa có họ tên")
		}
	}
	seen := map[string]bool{}
	for i, d := range c.Delegates {
		switch {
		case d.Name == "":
			ps.add(FieldCongDelegList, fmt.Sprintf("Đại biểu dòng %d chưa có họ tên", i+1))
		case d.Status != DelegateCalled && d.Status != DelegatePresent && d.Status != DelegateAbsent:
			ps.add(FieldCongDelegList, fmt.Sprintf("Đại biểu %s: trạng thái %q không hợp lệ", d.Name, d.Status))
		case d.MemberID != 0 && seen[strconv.FormatInt(d.MemberID, 10)]:
			ps.add(FieldCongDelegList, fmt.Sprintf("Đại biểu %s có hai lần trong danh sách", d.Name))
		}
		if d.MemberID != 0 {
			seen[strconv.FormatInt(d.MemberID, 10)] = true
		}
	}
	for _, k := range c.Candidates {
		switch {
		case k.Name == "":
			ps.add(FieldCandidate, "Ứng cử viên chưa có họ tên")
		case isForeign(k.Nationality):
			ps.add(FieldCandidate, fmt.Sprintf("%s có quốc tịch %s: chỉ đoàn viên là công dân Việt Nam được ứng cử, đề cử (Điều lệ Công đoàn Việt Nam, Điều 2)",
				k.Name, k.Nationality))
		}
	}
	c.validateElections(&ps, s)
	switch {
	case !c.FirstBCH.IsZero() && !c.Date.IsZero() && c.FirstBCH.Before(c.Date):
		ps.add(FieldCongFirstBCH, "Hội nghị Ban Chấp hành lần thứ nhất không thể trước ngày đại hội")
	case !c.FileSent.IsZero() && c.FirstBCH.IsZero():
		ps.add(FieldCongFirstBCH, "Ghi ngày hội nghị Ban Chấp hành lần thứ nhất trước ngày gửi hồ sơ công nhận")
	case !c.FileSent.IsZero() && c.FileSent.Before(c.FirstBCH):
		ps.add(FieldCongFirstBCH, "Ngày gửi hồ sơ công nhận không thể trước hội nghị Ban Chấp hành lần thứ nhất")
	case !c.DecisionDate.IsZero() && !c.FileSent.IsZero() && c.DecisionDate.Before(c.FileSent):
		ps.add(FieldCongFirstBCH, "Ngày quyết định công nhận không thể trước ngày gửi hồ sơ")
	}
	for i, b := range c.Budget {
		if b.Item == "" || b.Amount < 0 {
			ps.add(FieldCongBudget, fmt.Sprintf("Dự toán dòng %d: cần nội dung chi và số tiền không âm", i+1))
		}
	}
	return ps
}

// validateElections refuses a count that does not add up (nothing is stored on
// an inconsistent count) and votes that belong to no election.
func (c *Congress) validateElections(ps *Problems, s RuleSettings) {
	nos := map[int]bool{}
	for _, e := range c.Elections {
		if nos[e.No] || e.No < 1 {
			ps.add(FieldCongElections, fmt.Sprintf("Cuộc bầu số %d có hai lần", e.No))
		}
		nos[e.No] = true
		if !slices.Contains(ElectionBodies, e.Body) {
			ps.add(FieldCongElections, fmt.Sprintf("Cuộc bầu số %d: chưa chọn bầu gì", e.No))
			continue
		}
		if e.Seats < 1 {
			ps.add(FieldCongElections, fmt.Sprintf("%s: số ghế cần bầu phải từ 1 trở lên", e.Name(c)))
		}
		if e.Counted() {
			el := c.Election(e.No)
			for _, p := range el.Check() {
				ps.add(FieldCongElections, p.Message)
			}
		}
	}
	for _, v := range c.Votes {
		if !nos[v.Election] {
			ps.add(FieldCongElections, fmt.Sprintf("Số phiếu của %s ghi cho cuộc bầu số %d không có", v.Name, v.Election))
		}
	}
	_ = s
}

// Held reports whether the congress took place by today.
func (c *Congress) Held(today time.Time) bool {
	return !c.Date.IsZero() && !c.Date.After(vn.Day(today))
}

// Congresses declares the congress in the registry (registry.go).
var Congresses = &Kind[Congress]{
	Kind:     KindCongress,
	Label:    "Đại hội công đoàn cơ sở",
	Table:    "congress",
	Entity:   "congress",
	NotFound: "Không tìm thấy đại hội",
	Columns: []Column[Congress]{
		{"number", "Lần thứ", func(c *Congress) any { return &c.Number }, nil},
		{"term_from", "Nhiệm kỳ từ năm", func(c *Congress) any { return &c.TermFrom }, func(c *Congress) string { return strconv.Itoa(c.TermFrom) }},
		{"term_to", "Nhiệm kỳ đến năm", func(c *Congress) any { return &c.TermTo }, func(c *Congress) string { return strconv.Itoa(c.TermTo) }},
		{"form", "Hình thức", func(c *Congress) any { return (*string)(&c.Form) }, func(c *Congress) string { return c.Form.Label() }},
		{"upper_consent", "Văn bản đồng ý của cấp trên", func(c *Congress) any { return &c.UpperConsent }, nil},
		{"members", "Số đoàn viên", func(c *Congress) any { return &c.Members }, nil},
		{"called", "Số được triệu tập", func(c *Congress) any { return &c.Called }, nil},
		{"present", "Số có mặt", func(c *Congress) any { return &c.Present }, nil},
		{"guests", "Khách mời", func(c *Congress) any { return &c.Guests }, nil},
		{"date", "Ngày đại hội", func(c *Congress) any { return &c.Date }, nil},
		{"place", "Địa điểm", func(c *Congress) any { return &c.Place }, nil},
		{"theme", "Chủ đề", func(c *Congress) any { return &c.Theme }, nil},
		{"bch_size", "Số ủy viên Ban Chấp hành", func(c *Congress) any { return &c.BCHSize }, nil},
		{"bch_increased", "Cấp trên cho tăng số ủy viên", func(c *Congress) any { return &c.BCHIncreased }, nil},
		{"btv_size", "Số ủy viên Ban Thường vụ", func(c *Congress) any { return &c.BTVSize }, nil},
		{"ubkt_size", "Số ủy viên Ủy ban kiểm tra", func(c *Congress) any { return &c.UBKTSize }, nil},
		{"ubkt_from_bch", "Ủy viên BCH trong UBKT", func(c *Congress) any { return &c.UBKTFromBCH }, nil},
		{"direct_chair", "Bầu trực tiếp Chủ tịch tại đại hội", func(c *Congress) any { return &c.DirectChair }, nil},
		{"first_bch", "Hội nghị BCH lần thứ nhất", func(c *Congress) any { return &c.FirstBCH }, nil},
		{"file_sent", "Ngày gửi hồ sơ công nhận", func(c *Congress) any { return &c.FileSent }, nil},
		{"decision_no", "Số quyết định công nhận", func(c *Congress) any { return &c.DecisionNo }, nil},
		{"decision_date", "Ngày quyết định công nhận", func(c *Congress) any { return &c.DecisionDate }, nil},
		{"seal_done", "Đã đăng ký mẫu dấu, chữ ký", func(c *Congress) any { return &c.SealDone }, nil},
		{"bank_done", "Đã đổi chủ tài khoản", func(c *Congress) any { return &c.BankDone }, nil},
		{"notes", "Ghi chú", func(c *Congress) any { return &c.Notes }, nil},
	},
	Children: []Child[Congress]{
		Rows("congress_organizer", "congress_id", "Ban tổ chức, tiểu ban",
			func(c *Congress) *[]CongressOrganizer { return &c.Organizers },
			[]Column[CongressOrganizer]{
				{"body", "", func(o *CongressOrganizer) any { return &o.Body }, nil},
				{"name", "", func(o *CongressOrganizer) any { return &o.Name }, nil},
				{"role", "", func(o *CongressOrganizer) any { return &o.Role }, nil},
			},
			func(o *CongressOrganizer) string { return o.Body + ": " + o.Name + " (" + o.Role + ")" }),
		Rows("congress_delegate", "congress_id", "Đại biểu",
			func(c *Congress) *[]CongressDelegate { return &c.Delegates },
			[]Column[CongressDelegate]{
				{"member_id", "", func(d *CongressDelegate) any { return &d.MemberID }, nil},
				{"name", "", func(d *CongressDelegate) any { return &d.Name }, nil},
				{"position", "", func(d *CongressDelegate) any { return &d.Position }, nil},
				{"status", "", func(d *CongressDelegate) any { return &d.Status }, nil},
			},
			func(d *CongressDelegate) string { return d.Name + " (" + DelegateStatusLabel(d.Status) + ")" }),
		Rows("congress_candidate", "congress_id", "Ứng cử viên",
			func(c *Congress) *[]CongressCandidate { return &c.Candidates },
			[]Column[CongressCandidate]{
				{"body", "", func(k *CongressCandidate) any { return (*string)(&k.Body) }, nil},
				{"member_id", "", func(k *CongressCandidate) any { return &k.MemberID }, nil},
				{"name", "", func(k *CongressCandidate) any { return &k.Name }, nil},
				{"position", "", func(k *CongressCandidate) any { return &k.Position }, nil},
				{"nationality", "", func(k *CongressCandidate) any { return &k.Nationality }, nil},
			},
			func(k *CongressCandidate) string { return k.Body.Label() + ": " + k.Name }),
		Rows("congress_election", "congress_id", "Cuộc bầu",
			func(c *Congress) *[]CongressElection { return &c.Elections },
			[]Column[CongressElection]{
				{"no", "", func(e *CongressElection) any { return &e.No }, nil},
				{"body", "", func(e *CongressElection) any { return (*string)(&e.Body) }, nil},
				{"round", "", func(e *CongressElection) any { return &e.Round }, nil},
				{"seats", "", func(e *CongressElection) any { return &e.Seats }, nil},
				{"issued", "", func(e *CongressElection) any { return &e.Issued }, nil},
				{"collected", "", func(e *CongressElection) any { return &e.Collected }, nil},
				{"valid", "", func(e *CongressElection) any { return &e.Valid }, nil},
				{"invalid", "", func(e *CongressElection) any { return &e.Invalid }, nil},
			},
			func(e *CongressElection) string {
				return fmt.Sprintf("số %d %s vòng %d: %d ghế, phát ra %d, thu về %d, hợp lệ %d, không hợp lệ %d",
					e.No, e.Body.Label(), e.Round, e.Seats, e.Issued, e.Collected, e.Valid, e.Invalid)
			}),
		Rows("congress_vote", "congress_id", "Số phiếu",
			func(c *Congress) *[]CongressVote { return &c.Votes },
			[]Column[CongressVote]{
				{"election_no", "", func(v *CongressVote) any { return &v.Election }, nil},
				{"name", "", func(v *CongressVote) any { return &v.Name }, nil},
				{"votes", "", func(v *CongressVote) any { return &v.Votes }, nil},
			},
			func(v *CongressVote) string {
				return fmt.Sprintf("cuộc bầu số %d, %s: %d phiếu", v.Election, v.Name, v.Votes)
			}),
		Rows("congress_budget", "congress_id", "Dự toán kinh phí",
			func(c *Congress) *[]CongressBudgetLine { return &c.Budget },
			[]Column[CongressBudgetLine]{
				{"item", "", func(b *CongressBudgetLine) any { return &b.Item }, nil},
				{"amount", "", func(b *CongressBudgetLine) any { return &b.Amount }, nil},
				{"source", "", func(b *CongressBudgetLine) any { return &b.Source }, nil},
			},
			func(b *CongressBudgetLine) string { return b.Item + ": " + vn.FormatInt(b.Amount) + " đồng" }),
	},
	Meta:      func(c *Congress) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*Congress).Title,
	Year:      func(c *Congress) int { return c.Date.Year() },
	Normalize: (*Congress).Normalize,
	Check:     func(c *Congress, env CheckEnv) Problems { return c.Validate(env.Settings, env.Now) },
	Confirm:   sameCongressNumber,
	Todos:     congressTodos,
}

// sameCongressNumber asks before a second congress with the same number is
// saved: usually the first one entered twice.
func sameCongressNumber(c *Congress, others []Congress) *Problem {
	for i := range others {
		if others[i].Number == c.Number {
			return &Problem{Field: FieldCongNumber, Message: "Đã có " + lowerFirstASCII(others[i].Title()) +
				". Vẫn lưu thêm một đại hội cùng lần thứ " + Roman(c.Number) + "?"}
		}
	}
	return nil
}

func lowerFirstASCII(s string) string {
	if strings.HasPrefix(s, "Đ") {
		return "đ" + strings.TrimPrefix(s, "Đ")
	}
	return s
}

// DelegateStatusLabel is the attendance as the list shows it.
func DelegateStatusLabel(s string) string {
	switch s {
	case DelegatePresent:
		return "có mặt"
	case DelegateAbsent:
		return "vắng"
	}
	return "được triệu tập"
}

// ElectionBodyOf reads what an election of a count sheet fills from its name
// ("Bầu Ban Chấp hành khóa V", "Bầu Chủ tịch vòng 2") and its round (2 when the
// name says "vòng 2" or "lần 2"); ok is false when the name says neither body.
func ElectionBodyOf(name string) (body ElectionBody, round int, ok bool) {
	f := " " + strings.Join(strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " ").Replace(vn.Fold(name))), " ") + " "
	switch {
	case strings.Contains(f, "chap hanh"):
		body = BodyBCH
	case strings.Contains(f, "thuong vu"):
		body = BodyBTV
	case strings.Contains(f, "chu nhiem"):
		body = BodyUBKTHead
	case strings.Contains(f, "kiem tra"):
		body = BodyUBKT
	case strings.Contains(f, "pho chu tich"):
		body = BodyVice
	case strings.Contains(f, "chu tich"):
		body = BodyChair
	case strings.Contains(f, "dai bieu"):
		body = BodyDelegates
	default:
		return "", 0, false
	}
	round = 1
	for _, w := range []string{" vong ", " lan "} {
		if i := strings.Index(f, w); i >= 0 {
			rest := strings.Fields(f[i+len(w):])
			if len(rest) > 0 {
				if n, err := strconv.Atoi(strings.Trim(rest[0], "()")); err == nil && n > 0 {
					round = n
				}
			}
		}
	}
	return body, round, true
}

// SetCount puts the elections of a count sheet on the congress: each replaces
// the congress's election of the same body and round (a count entered again
// after a recount), or is added with the next number. Nothing changes when a
// name says no body, or two names the same election.
func (c *Congress) SetCount(es []Election) error {
	type key struct {
		b ElectionBody
		r int
	}
	seen := map[key]string{}
	var msgs []string
	keys := make([]key, len(es))
	for i, e := range es {
		b, r, ok := ElectionBodyOf(e.Name)
		if !ok {
			msgs = append(msgs, fmt.Sprintf("Cuộc bầu %q: tên không cho biết bầu gì (Ban Chấp hành, Chủ tịch, Phó Chủ tịch, Ban Thường vụ, Ủy ban Kiểm tra, Chủ nhiệm, Đại biểu)", e.Name))
			continue
		}
		k := key{b, r}
		if prev, dup := seen[k]; dup {
			msgs = append(msgs, fmt.Sprintf("Cuộc bầu %q và %q cùng là %s vòng %d", prev, e.Name, b.Label(), r))
		}
		seen[k] = e.Name
		keys[i] = k
	}
	if len(msgs) > 0 {
		return Errorf(EINVALID, FieldCongElections, "%s", strings.Join(msgs, "\n"))
	}
	for i, e := range es {
		no := 0
		for _, old := range c.Elections {
			if old.Body == keys[i].b && old.Round == keys[i].r {
				no = old.No
			}
		}
		if no == 0 {
			no = c.NextElectionNo()
			c.Elections = append(c.Elections, CongressElection{No: no, Body: keys[i].b, Round: keys[i].r})
		}
		el := c.ElectionOf(no)
		el.Seats, el.Issued, el.Collected, el.Valid, el.Invalid = e.Seats, e.Issued, e.Collected, e.Valid, e.Invalid
		votes := c.Votes[:0:0]
		for _, v := range c.Votes {
			if v.Election != no {
				votes = append(votes, v)
			}
		}
		for _, cv := range e.Candidates {
			votes = append(votes, CongressVote{Election: no, Name: cv.Name, Votes: cv.Votes})
		}
		c.Votes = votes
	}
	return nil
}
