package data

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Period is the span a periodic report covers (DOMAIN §7: "báo cáo sơ kết 6
// tháng, tổng kết năm"). The chair's texts for it are saved per Year and Half.
type Period struct {
	From, To time.Time // both days included
	Year     int
	Half     int // 0: the whole year (or a custom span); 1: the first six months
}

// YearPeriod is 01/01 to 31/12 of year.
func YearPeriod(year int) Period {
	return Period{From: periodDay(year, 1, 1), To: periodDay(year, 12, 31), Year: year}
}

// HalfYearPeriod is the first six months of year, 01/01 to 30/06, the span of
// the báo cáo sơ kết 6 tháng.
func HalfYearPeriod(year int) Period {
	return Period{From: periodDay(year, 1, 1), To: periodDay(year, 6, 30), Year: year, Half: 1}
}

// CustomPeriod is a span the chair chose; its texts are those of the year it ends in.
func CustomPeriod(from, to time.Time) Period {
	return Period{From: vn.Day(from), To: vn.Day(to), Year: to.Year()}
}

func periodDay(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// IsYear reports whether the period is exactly one calendar year.
func (p Period) IsYear() bool {
	return p.Half == 0 && p.From.Equal(periodDay(p.Year, 1, 1)) && p.To.Equal(periodDay(p.Year, 12, 31))
}

// IsHalf reports whether the period is exactly the first six months of its year.
func (p Period) IsHalf() bool {
	return p.Half == 1 && p.From.Equal(periodDay(p.Year, 1, 1)) && p.To.Equal(periodDay(p.Year, 6, 30))
}

// Label names the period inside a sentence: "năm 2026", "6 tháng đầu năm 2026",
// "từ ngày 01/03/2026 đến ngày 30/09/2026".
func (p Period) Label() string {
	switch {
	case p.IsYear():
		return "năm " + itoa(p.Year)
	case p.IsHalf():
		return "6 tháng đầu năm " + itoa(p.Year)
	}
	return "từ ngày " + vn.FormatDate(p.From) + " đến ngày " + vn.FormatDate(p.To)
}

// Next names the period after this one, for "phương hướng, nhiệm vụ …":
// "năm 2027", "6 tháng cuối năm 2026", or "thời gian tới" after a custom span.
func (p Period) Next() string {
	switch {
	case p.IsYear():
		return "năm " + itoa(p.Year+1)
	case p.IsHalf():
		return "6 tháng cuối năm " + itoa(p.Year)
	}
	return "thời gian tới"
}

// Validate refuses a span that ends before it starts.
func (p Period) Validate() error {
	if p.From.IsZero() || p.To.IsZero() || p.To.Before(p.From) {
		return Errorf(EINVALID, "period", "Khoảng thời gian không hợp lệ: ngày kết thúc phải từ ngày bắt đầu trở đi")
	}
	return nil
}

// NarrativeSection is a part of the periodic report that the chair writes
// (DOMAIN §7 "Report structure"; the records fill in the figures around it).
type NarrativeSection struct {
	Key   string // stored key
	Title string // as the editor shows it
	Hint  string // what to write, shown under the title
	Auto  bool   // the app writes facts here too, so an empty text leaves no blank
	// Number marks a figure that must be a whole number (đồng, people): typed
	// as 1.234.567 or 1234567, printed 1.234.567 (issue 11 point 5).
	Number bool
}

// The keys of the narrative sections, in report order.
const (
	NarrSituation   = "dac_diem"
	NarrRepresent   = "dai_dien"
	NarrPropaganda  = "tuyen_truyen"
	NarrOrganising  = "to_chuc"
	NarrWomen       = "nu_cong"
	NarrInspection  = "kiem_tra"
	NarrEmulation   = "thi_dua"
	NarrAssessment  = "danh_gia"
	NarrDirections  = "phuong_huong"
	NarrProposals   = "kien_nghi"
	FigDues         = "so_doan_phi"
	FigKPCD         = "so_kpcd"
	FigMeal         = "so_bua_an"
	FigTrained      = "so_can_bo_tap_huan"
	FigSelfRating   = "xep_loai_cdcs"
	FigAverageWages = "so_thu_nhap"
)

// NarrativeSections are the texts of a báo cáo tổng kết / sơ kết, in report order.
var NarrativeSections = []NarrativeSection{
	{Key: NarrSituation, Title: "I. Đặc điểm tình hình", Hint: "Tình hình sản xuất, kinh doanh; thuận lợi, khó khăn. Số lao động và đoàn viên do ứng dụng tự điền.", Auto: true},
	{Key: NarrRepresent, Title: "II.1. Đại diện, chăm lo, bảo vệ quyền lợi", Hint: "Việc làm, tiền lương, BHXH, an toàn vệ sinh lao động, chăm lo đời sống. Hội nghị người lao động, đối thoại, thỏa ước do ứng dụng tự điền."},
	{Key: NarrPropaganda, Title: "II.2. Tuyên truyền, giáo dục"},
	{Key: NarrOrganising, Title: "II.3. Phát triển đoàn viên, xây dựng tổ chức", Hint: "Số kết nạp, chuyển đến, chuyển đi do ứng dụng tự điền; ghi thêm hoạt động của BCH, các tổ công đoàn.", Auto: true},
	{Key: NarrWomen, Title: "II.4. Hoạt động nữ công"},
	{Key: NarrInspection, Title: "II.5. Kiểm tra, tài chính công đoàn"},
	{Key: NarrEmulation, Title: "II.6. Thi đua, khen thưởng"},
	{Key: NarrAssessment, Title: "III. Đánh giá chung", Hint: "Ưu điểm; tồn tại, hạn chế và nguyên nhân."},
	{Key: NarrDirections, Title: "IV. Phương hướng, nhiệm vụ"},
	{Key: NarrProposals, Title: "V. Kiến nghị, đề xuất"},
}

// NarrativeFigures are figures the chair types for the statistics table, which
// no part of the app keeps yet (DOMAIN Implications D.2: dues, KPCĐ, training).
// They print as typed.
var NarrativeFigures = []NarrativeSection{
	{Key: FigAverageWages, Number: true, Title: "Thu nhập bình quân của người lao động (đồng/người/tháng)"},
	{Key: FigMeal, Number: true, Title: "Giá trị bữa ăn giữa ca (đồng/suất)"},
	{Key: FigDues, Number: true, Title: "Đoàn phí công đoàn đã thu (đồng)", Hint: "Để trống: lấy từ sổ thu đoàn phí. Số nhập ở đây được in thay số của sổ."},
	{Key: FigKPCD, Number: true, Title: "Kinh phí công đoàn doanh nghiệp đã đóng (đồng)", Hint: "Để trống: lấy từ sổ KPCĐ. Số nhập ở đây được in thay số của sổ."},
	{Key: FigTrained, Number: true, Title: "Cán bộ công đoàn được tập huấn (lượt người)"},
	{Key: FigSelfRating, Title: "Tự đánh giá, xếp loại công đoàn cơ sở", Hint: "Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ."},
}

// Narrative holds the chair's texts of one period, by section key.
type Narrative map[string]string

// Figure is the value of a numeric figure: ok is false when it is empty.
// Call Validate first; a value that is not a number is an EINVALID error.
func (n Narrative) Figure(key string) (v int64, ok bool, err error) {
	t := strings.TrimSpace(n[key])
	if t == "" {
		return 0, false, nil
	}
	v, err = parseFigure(t)
	if err != nil {
		title := key
		for _, f := range NarrativeFigures {
			if f.Key == key {
				title = f.Title
			}
		}
		return 0, false, &Error{Code: EINVALID, Field: key, Message: title + ": " + err.Error()}
	}
	return v, true, nil
}

// parseFigure reads a typed whole figure. A comma is the decimal separator in
// Vietnamese, so "312,450,000" reads as a fraction, never as 312 million: it
// is refused with the way to write it.
func parseFigure(t string) (int64, error) {
	if strings.Contains(t, ",") {
		return 0, fmt.Errorf("\"%s\" không phải số nguyên: dấu phẩy là dấu thập phân; viết các nhóm nghìn bằng dấu chấm, ví dụ %s",
			t, vn.FormatInt(digitsOnly(t)))
	}
	v, err := vn.ParseInt(t)
	if err != nil {
		return 0, fmt.Errorf("\"%s\" không phải số: %s", t, err.Error())
	}
	if v < 0 {
		return 0, fmt.Errorf("\"%s\" không được âm", t)
	}
	return v, nil
}

// digitsOnly is the number the digits of s make, for the example in a message.
func digitsOnly(s string) int64 {
	var n int64
	for _, r := range s {
		if r >= '0' && r <= '9' && n < 1e15 {
			n = n*10 + int64(r-'0')
		}
	}
	return n
}

// Validate checks that every numeric figure typed is a whole number; the
// error names the first that is not.
func (n Narrative) Validate() error {
	for _, f := range NarrativeFigures {
		if !f.Number {
			continue
		}
		if _, _, err := n.Figure(f.Key); err != nil {
			return err
		}
	}
	return nil
}

// Missing lists the titles of the sections left empty that the app cannot
// fill either, for a warning before printing: they print as dotted lines to
// fill in by hand.
func (n Narrative) Missing() []string {
	var out []string
	for _, s := range NarrativeSections {
		if n[s.Key] == "" && !s.Auto {
			out = append(out, s.Title)
		}
	}
	return out
}

// UnitFacts are the members of one bộ phận / tổ công đoàn at the end of a period.
type UnitFacts struct {
	Name            string // "" for members without a unit
	Members, Female int
}

// MemberFacts are the membership figures of a period, from the register and
// its status history (DOMAIN §7 "Typical indicators"; Implications D.2).
type MemberFacts struct {
	AtStart            int // in the union the day before the period
	AtEnd, AtEndFemale int // in the union on its last day
	SuspendedAtEnd     int // of AtEnd, tạm dừng sinh hoạt
	ForeignAtEnd       int // of AtEnd, not Vietnamese citizens

	Admitted, AdmittedFemale int // kết nạp and kết nạp lại during the period
	TransferredIn            int
	TransferredOut           int
	Left, Removed, Expelled  int
	Suspensions              int // suspensions that started during the period

	Units []UnitFacts // AtEnd by unit, in Vietnamese order, members without a unit last
}

// Joined is every member who came in during the period.
func (f *MemberFacts) Joined() int { return f.Admitted + f.TransferredIn }

// Gone is every member who went out during the period.
func (f *MemberFacts) Gone() int { return f.TransferredOut + f.Left + f.Removed + f.Expelled }

// GatherMemberFacts computes the membership figures of p. rows are the register
// (MemberRows); events are the status history of those members up to at least
// p.To, oldest first within each member (MemberEventsBetween from the zero
// time). A member's status on a day is the result of their last event on or
// before it; an event of unknown date (an old admission) counts as before
// everything.
func GatherMemberFacts(rows []MemberRow, events []MemberEvent, p Period) MemberFacts {
	var f MemberFacts
	at := newRowIndex(rows)
	// Status of each row the day before the period and on its last day;
	// "" until the first event, i.e. not yet a member.
	start := make([]Status, len(rows))
	end := make([]Status, len(rows))
	seen := make([]bool, len(rows))
	dayBefore := p.From.AddDate(0, 0, -1)
	for _, e := range events {
		k, ok := at.find(e.MemberID)
		if !ok {
			continue // in the trash, or not in these rows
		}
		seen[k] = true
		if !e.Date.After(dayBefore) { // zero dates land here too
			start[k] = e.Kind.Result()
		}
		if !e.Date.After(p.To) {
			end[k] = e.Kind.Result()
		}
		if e.Date.IsZero() || e.Date.Before(p.From) || e.Date.After(p.To) {
			continue
		}
		switch e.Kind {
		case EventAdmitted, EventReadmitted:
			f.Admitted++
			if rows[k].Sex == SexFemale {
				f.AdmittedFemale++
			}
		case EventTransferIn:
			f.TransferredIn++
		case EventTransferOut:
			f.TransferredOut++
		case EventLeft:
			f.Left++
		case EventRemoved:
			f.Removed++
		case EventExpelled:
			f.Expelled++
		case EventSuspended:
			f.Suspensions++
		}
	}

	units := map[string]*UnitFacts{}
	for k := range rows {
		r := &rows[k]
		if !seen[k] {
			// A member without any history (not written by this app) counts by
			// the register alone: in the union from the day they joined.
			if !r.JoinDate.After(dayBefore) {
				start[k] = r.Status
			}
			if !r.JoinDate.After(p.To) {
				end[k] = r.Status
			}
		}
		if start[k].InUnion() {
			f.AtStart++
		}
		if !end[k].InUnion() {
			continue
		}
		f.AtEnd++
		female := r.Sex == SexFemale
		if female {
			f.AtEndFemale++
		}
		if end[k] == StatusSuspended {
			f.SuspendedAtEnd++
		}
		if r.Foreign() {
			f.ForeignAtEnd++
		}
		u := units[r.UnitName]
		if u == nil {
			u = &UnitFacts{Name: r.UnitName}
			units[r.UnitName] = u
		}
		u.Members++
		if female {
			u.Female++
		}
	}

	keys := make(map[string]string, len(units))
	for name, u := range units {
		f.Units = append(f.Units, *u)
		keys[name] = string(vn.SortKey(name))
	}
	sort.Slice(f.Units, func(i, j int) bool {
		a, b := f.Units[i].Name, f.Units[j].Name
		if (a == "") != (b == "") {
			return b == ""
		}
		return keys[a] < keys[b]
	})
	return f
}

// rowIndex finds a member's row by id. Ids are SQLite rowids, dense from 1,
// so a slice indexed by id does it several times faster than a map for the
// 100,000 events of a big register; a map serves ids that are not dense.
type rowIndex struct {
	dense []int32 // row index + 1 by id; 0: none
	other map[int64]int
}

func newRowIndex(rows []MemberRow) rowIndex {
	var maxID int64
	for i := range rows {
		maxID = max(maxID, rows[i].ID)
	}
	var x rowIndex
	if maxID <= int64(4*len(rows)+1024) {
		x.dense = make([]int32, maxID+1)
		for i := range rows {
			if id := rows[i].ID; id >= 0 {
				x.dense[id] = int32(i + 1)
			}
		}
		return x
	}
	x.other = make(map[int64]int, len(rows))
	for i := range rows {
		x.other[rows[i].ID] = i
	}
	return x
}

// find returns the row of member id.
func (x rowIndex) find(id int64) (int, bool) {
	if x.other != nil {
		k, ok := x.other[id]
		return k, ok
	}
	if id < 0 || id >= int64(len(x.dense)) || x.dense[id] == 0 {
		return 0, false
	}
	return int(x.dense[id]) - 1, true
}

// AnnualFacts is everything a báo cáo tổng kết / sơ kết and its statistics
// table print that the app knows: the union profile, the period, and the
// figures of the records. The reports package takes it as plain data and
// never reads the store.
type AnnualFacts struct {
	Profile Profile
	Period  Period
	AsOf    time.Time // the day the figures stand at: the period's end, or today if earlier
	Members MemberFacts
	Records RecordFacts
}

// GatherFacts assembles the membership facts of a period; now bounds AsOf.
// The records' facts are added with GatherRecordFacts.
func GatherFacts(p *Profile, period Period, rows []MemberRow, events []MemberEvent, now time.Time) AnnualFacts {
	f := AnnualFacts{Period: period, AsOf: period.To, Members: GatherMemberFacts(rows, events, period)}
	if p != nil {
		f.Profile = *p
	}
	if today := vn.Day(now); today.Before(f.AsOf) {
		f.AsOf = today
	}
	return f
}

// RecordFacts are the facts of a period from the records of worker
// conferences, dialogues, bargaining and agreements (DOMAIN §1–§3; §7 "Typical
// indicators"): what the report's part II.1 and the statistics table say.
type RecordFacts struct {
	Kept bool // the records were read; false leaves the report's II.1 to the chair

	Conferences []Conference // held in the period, oldest first
	Reviews     int          // six-monthly reviews of a resolution dated in the period

	Dialogues        int                  // held in the period
	DialoguesNotHeld int                  // met in the period but, by their record, could not proceed
	DialoguesByKind  map[DialogueKind]int // of Dialogues
	Actions, Done    int                  // follow-up actions of those dialogues, and how many are done
	DialoguesPosted  int                  // of Dialogues, whose main contents were posted
	RepList          *RepList             // the representative list valid on AsOf, if any
	Bargainings      int                  // rounds requested in the period
	BargainsAgreed   int                  // of Bargainings, ended with an agreed draft
	Agreement        *Agreement           // the agreement that binds on AsOf, or the latest signed by then
	AgreementState   AgreementState       // its state on AsOf
	AgreementClauses int                  // its clauses more favourable than the law
	Rating           *Rating              // its latest rating up to the period's year, if recorded
	Meal             int64                // đồng per meal in its clause on the mid-shift meal; 0: none readable
	// Training is counted from the cadre and course records (issue 14 point 4);
	// nil when neither is kept, and the typed figure FigTrained stands.
	Training *TrainingStats
	// Finance is read from the books (issue 13 point 9); nil when none is kept.
	Finance *FinanceFacts
	// Year holds the awards, the Ban nữ công and the Party introductions
	// (issue 14 point 7, annual_records.go).
	Year YearRecords
}

// MealValue is the đồng per meal of the agreement's clause on the mid-shift
// meal, read from the first number of its value ("35.000 đ/suất"); ok is
// false when there is no such clause or its value starts with no number.
func MealValue(a *Agreement) (int64, bool) {
	for _, c := range a.Clauses {
		if c.Group != ClauseMeal {
			continue
		}
		v := strings.TrimSpace(c.Value)
		end := strings.IndexFunc(v, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
		if end < 0 {
			end = len(v)
		}
		if n, err := vn.ParseInt(strings.TrimRight(v[:end], ".")); err == nil && n > 0 {
			return n, true
		}
	}
	return 0, false
}

// DialogueAttendanceRecorded reports whether a dialogue's attendance was
// written down: someone counted on either side, or the legal representative
// marked present. Without it a biên bản leaves the blanks dotted and nothing
// is concluded from zeros.
func DialogueAttendanceRecorded(d *Dialogue) bool {
	return d.EmployerCount > 0 || d.RepsPresent > 0 || d.LegalRepPresent
}

// GatherRecordFacts computes the records' facts of f's period, on f.AsOf,
// with the shares of s; the lists come from RecordsService in any order.
func GatherRecordFacts(f *AnnualFacts, confs []Conference, dialogues []Dialogue, bargs []Bargaining,
	agrs []Agreement, lists []RepList, s RuleSettings) {
	p, asOf := f.Period, f.AsOf
	in := func(t time.Time) bool { return !t.IsZero() && !t.Before(p.From) && !t.After(p.To) }
	r := RecordFacts{Kept: true, DialoguesByKind: map[DialogueKind]int{}}
	for _, c := range confs {
		if in(c.Date) && !c.Date.After(asOf) {
			r.Conferences = append(r.Conferences, c)
		}
		for _, rv := range c.Reviews {
			if in(rv.Date) {
				r.Reviews++
			}
		}
	}
	sort.Slice(r.Conferences, func(i, j int) bool { return r.Conferences[i].Date.Before(r.Conferences[j].Date) })
	for _, d := range dialogues {
		if !in(d.Date) || d.Date.After(asOf) {
			continue
		}
		if DialogueAttendanceRecorded(&d) && !d.Quorate() {
			// Its own record says it could not proceed (issue 11 point 3).
			r.DialoguesNotHeld++
			continue
		}
		r.Dialogues++
		r.DialoguesByKind[d.Kind]++
		if !d.Posted.IsZero() {
			r.DialoguesPosted++
		}
		for _, a := range d.Actions {
			r.Actions++
			if a.Done {
				r.Done++
			}
		}
	}
	for i := range lists {
		l := &lists[i]
		if !l.From.After(asOf) && !l.To.Before(asOf) && (r.RepList == nil || l.From.After(r.RepList.From)) {
			r.RepList = l
		}
	}
	for _, b := range bargs {
		if in(b.RequestDate) {
			r.Bargainings++
			if b.Outcome == BargainAgreed {
				r.BargainsAgreed++
			}
		}
	}
	// The agreement of the report: the one binding on AsOf, else the latest signed by then.
	for i := range agrs {
		a := &agrs[i]
		if a.Signed.IsZero() || a.Signed.After(asOf) {
			continue
		}
		st := a.Status(asOf, false, s)
		cur := r.Agreement
		switch {
		case cur == nil,
			st.InForce() && !r.AgreementState.InForce(),
			st.InForce() == r.AgreementState.InForce() && a.Signed.After(cur.Signed):
			r.Agreement, r.AgreementState = a, st
		}
	}
	if a := r.Agreement; a != nil {
		r.AgreementClauses = len(a.Clauses)
		// The latest grade known: the year's own is often given only months later.
		for _, rt := range a.Ratings {
			if rt.Year <= p.Year && (r.Rating == nil || rt.Year > r.Rating.Year) {
				rt := rt
				r.Rating = &rt
			}
		}
		r.Meal, _ = MealValue(a)
	}
	f.Records = r
}
