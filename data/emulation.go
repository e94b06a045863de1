package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Thi đua – khen thưởng and the yearly CĐCS rating (DOMAIN-MODULES §D).
//
// One Emulation record per year holds the registration sent to the upper level
// at the start of the year, the self-assessment sheet loaded from the upper
// level's criteria, and the rating the upper level decided. Awards (to the
// CĐCS and to members) and the BCH's proposals are kinds of their own
// (award.go).

// The record kinds of this module.
const (
	KindEmulation RecordKind = "thi-dua"
	KindAward     RecordKind = "khen-thuong"
	KindProposal  RecordKind = "de-nghi-khen-thuong"
)

// Points are tenths of a point, so that a sheet's "2,5 điểm" is kept exactly:
// 25 is 2,5 points.
type Points = int

// FormatPoints shows points the Vietnamese way: "85", "2,5".
func FormatPoints(p Points) string {
	s := strconv.Itoa(p / 10)
	if p < 0 && p > -10 {
		s = "-0"
	}
	if r := p % 10; r != 0 {
		if r < 0 {
			r = -r
		}
		s += "," + strconv.Itoa(r)
	}
	return s
}

// ParsePoints reads points typed as "85", "2,5" or "2.5" (one decimal at most).
func ParsePoints(s string) (Points, error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, ".", ","))
	if s == "" {
		return 0, nil
	}
	whole, frac, hasFrac := strings.Cut(s, ",")
	w, err := strconv.Atoi(whole)
	if err != nil || w < 0 || len(whole) > 4 || (hasFrac && (len(frac) != 1 || frac[0] < '0' || frac[0] > '9')) {
		return 0, &Error{Code: EINVALID, Message: fmt.Sprintf("Điểm %q không hợp lệ: gõ số, tối đa một chữ số thập phân (ví dụ 8 hoặc 2,5)", s)}
	}
	p := w * 10
	if hasFrac {
		p += int(frac[0] - '0')
	}
	return p, nil
}

// RatingLevel is the yearly rating of a CĐCS (HD 1294/HD-TLĐ 2019, DOMAIN-MODULES §D.1).
type RatingLevel string

// The four levels.
const (
	RatingExcellent RatingLevel = "xuat_sac"
	RatingGood      RatingLevel = "tot"
	RatingDone      RatingLevel = "hoan_thanh"
	RatingFailed    RatingLevel = "khong_hoan_thanh"
)

// RatingLevels lists the levels from the top.
var RatingLevels = []RatingLevel{RatingExcellent, RatingGood, RatingDone, RatingFailed}

// Label is the level as documents write it.
func (l RatingLevel) Label() string {
	switch l {
	case RatingExcellent:
		return "Hoàn thành xuất sắc nhiệm vụ"
	case RatingGood:
		return "Hoàn thành tốt nhiệm vụ"
	case RatingDone:
		return "Hoàn thành nhiệm vụ"
	case RatingFailed:
		return "Không hoàn thành nhiệm vụ"
	}
	return string(l)
}

// Criterion is one item of the self-assessment sheet, in its group.
type Criterion struct {
	Group    string // "I. Đại diện, chăm lo, bảo vệ quyền lợi…"; consecutive items with the same group form it
	Item     string
	Max      Points
	Self     Points
	Evidence string // minh chứng, the chair's note
	Upper    Points // the upper level's score (Emulation.UpperScored)
}

// CriteriaGroup is a group of the sheet with its totals.
type CriteriaGroup struct {
	Name              string
	Items             []Criterion
	Max, Self, Upper  Points
	FirstItem, NItems int
}

// Groups totals the sheet by group, in order (DOMAIN-MODULES §D "scoring is
// totalled by group"): consecutive items with the same group name form one.
func Groups(cs []Criterion) []CriteriaGroup {
	var out []CriteriaGroup
	for i, c := range cs {
		if len(out) == 0 || out[len(out)-1].Name != c.Group {
			out = append(out, CriteriaGroup{Name: c.Group, FirstItem: i})
		}
		g := &out[len(out)-1]
		g.Items = append(g.Items, c)
		g.NItems++
		g.Max += c.Max
		g.Self += c.Self
		g.Upper += c.Upper
	}
	return out
}

// Rate gives the level of a sheet scored with score (Self or Upper) under the
// settings (DOMAIN-MODULES §D: thresholds and the "no group below X%" condition
// are settings). The top level needs the excellent threshold AND every group at
// least GroupShare of its maximum; a sheet that fails the group condition falls
// to "hoàn thành tốt" (pre-2019: "≥ 85 failing the extra conditions" is khá).
// Points exactly at a threshold reach it.
func Rate(cs []Criterion, score func(Criterion) Points, s EmulationSettings) RatingLevel {
	total := 0
	groupsOK := true
	for _, g := range Groups(cs) {
		got := 0
		for _, c := range g.Items {
			got += score(c)
		}
		total += got
		if g.Max > 0 && !s.GroupShare.AtLeast(got, g.Max) {
			groupsOK = false
		}
	}
	switch {
	case total >= s.ExcellentPoints*10 && groupsOK:
		return RatingExcellent
	case total >= s.GoodPoints*10:
		return RatingGood
	case total >= s.DonePoints*10:
		return RatingDone
	}
	return RatingFailed
}

// SelfScore and UpperScore pick a score of a criterion, for Rate and totals.
func SelfScore(c Criterion) Points  { return c.Self }
func UpperScore(c Criterion) Points { return c.Upper }

// Emulation is one year's thi đua of the CĐCS (DOMAIN-MODULES §D "Data to keep").
type Emulation struct {
	ID   int64
	Year int

	// The registration sent to the upper level at the start of the year.
	Registered time.Time // ngày gửi bản đăng ký; zero while not sent
	Titles     string    // danh hiệu, hình thức đăng ký (one a line)
	Pledges    string    // chỉ tiêu, nội dung thi đua đăng ký (one a line)

	// The self-assessment sheet.
	Basis       string // căn cứ: the upper level's guidance the criteria come from
	Criteria    []Criterion
	Assessed    time.Time // ngày tự chấm
	UpperScored bool      // the upper level's scores are entered
	// Achievements: the summary of the year's results for the báo cáo thành tích.
	Achievements string

	// The result the upper level decided.
	Level        RatingLevel
	DecisionNo   string
	DecisionDate time.Time
	Announced    time.Time // thông báo kết quả đến đoàn viên
	Notes        string

	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Title names the record: "Thi đua năm 2026".
func (e *Emulation) Title() string { return "Thi đua năm " + strconv.Itoa(e.Year) }

// MaxTotal, SelfTotal and UpperTotal total the sheet.
func (e *Emulation) MaxTotal() Points {
	return sumPoints(e.Criteria, func(c Criterion) Points { return c.Max })
}
func (e *Emulation) SelfTotal() Points  { return sumPoints(e.Criteria, SelfScore) }
func (e *Emulation) UpperTotal() Points { return sumPoints(e.Criteria, UpperScore) }

func sumPoints(cs []Criterion, f func(Criterion) Points) Points {
	n := 0
	for _, c := range cs {
		n += f(c)
	}
	return n
}

// SelfLevel is the level the self scores give; UpperLevel the upper level's scores ("" until entered).
func (e *Emulation) SelfLevel(s EmulationSettings) RatingLevel {
	if len(e.Criteria) == 0 {
		return ""
	}
	return Rate(e.Criteria, SelfScore, s)
}

// UpperLevel is the level the upper level's scores give, "" until they are entered.
func (e *Emulation) UpperLevel(s EmulationSettings) RatingLevel {
	if !e.UpperScored || len(e.Criteria) == 0 {
		return ""
	}
	return Rate(e.Criteria, UpperScore, s)
}

// Field names for messages at the form.
const (
	FieldEmuYear       = "emu_year"
	FieldEmuTitles     = "emu_titles"
	FieldEmuRegistered = "emu_registered"
	FieldEmuCriteria   = "emu_criteria"
	FieldEmuAssessed   = "emu_assessed"
	FieldEmuLevel      = "emu_level"
	FieldEmuDecision   = "emu_decision"
	FieldEmuAnnounced  = "emu_announced"
)

// Normalize NFC-cleans the texts and drops empty criteria rows.
func (e *Emulation) Normalize() {
	e.Titles = vn.CleanMultiline(e.Titles)
	e.Pledges = vn.CleanMultiline(e.Pledges)
	e.Basis = vn.Clean(e.Basis)
	e.Achievements = vn.CleanMultiline(e.Achievements)
	e.DecisionNo = vn.Clean(e.DecisionNo)
	e.Notes = vn.CleanMultiline(e.Notes)
	dayAll(&e.Registered, &e.Assessed, &e.DecisionDate, &e.Announced)
	cs := e.Criteria[:0:0]
	for _, c := range e.Criteria {
		c.Group, c.Item, c.Evidence = vn.Clean(c.Group), vn.Clean(c.Item), vn.Clean(c.Evidence)
		if c.Group == "" && c.Item == "" && c.Max == 0 && c.Self == 0 && c.Upper == 0 && c.Evidence == "" {
			continue
		}
		if !e.UpperScored {
			c.Upper = 0
		}
		cs = append(cs, c)
	}
	e.Criteria = cs
}

// dayAll makes each non-zero time a calendar day.
func dayAll(ts ...*time.Time) {
	for _, t := range ts {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
}

// Validate checks the record as the form does: errors refuse the save.
func (e *Emulation) Validate(s EmulationSettings, now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	if e.Year < 1990 || e.Year > 9999 {
		ps.add(FieldEmuYear, "Năm thi đua không hợp lệ")
		return ps
	}
	if !e.Registered.IsZero() {
		switch {
		case e.Registered.After(today):
			ps.add(FieldEmuRegistered, "Ngày gửi bản đăng ký không được sau ngày hôm nay")
		case e.Registered.Year() < e.Year-1 || e.Registered.Year() > e.Year:
			ps.add(FieldEmuRegistered, fmt.Sprintf("Ngày gửi bản đăng ký phải trong năm %d (hoặc cuối năm %d)", e.Year, e.Year-1))
		}
	}
	for i, c := range e.Criteria {
		n := "Tiêu chí " + itoa(i+1) + ": "
		switch {
		case c.Item == "":
			ps.add(FieldEmuCriteria, n+"cần ghi nội dung tiêu chí")
		case c.Max <= 0:
			ps.add(FieldEmuCriteria, n+"cần điểm tối đa lớn hơn 0")
		case c.Self < 0 || c.Self > c.Max:
			ps.add(FieldEmuCriteria, n+"điểm tự chấm phải từ 0 đến "+FormatPoints(c.Max))
		case c.Upper < 0 || c.Upper > c.Max:
			ps.add(FieldEmuCriteria, n+"điểm cấp trên chấm phải từ 0 đến "+FormatPoints(c.Max))
		}
	}
	if e.UpperScored && len(e.Criteria) == 0 {
		ps.add(FieldEmuCriteria, "Chưa có tiêu chí nào để cấp trên chấm điểm")
	}
	if !e.Assessed.IsZero() && e.Assessed.After(today) {
		ps.add(FieldEmuAssessed, "Ngày tự chấm không được sau ngày hôm nay")
	}
	if e.DecisionDate.After(today) {
		ps.add(FieldEmuDecision, "Ngày quyết định không được sau ngày hôm nay")
	}
	if (e.DecisionNo != "" || !e.DecisionDate.IsZero()) && e.Level == "" {
		ps.add(FieldEmuLevel, "Cần chọn mức xếp loại mà quyết định công nhận")
	}
	if !e.Announced.IsZero() {
		switch {
		case e.Level == "":
			ps.add(FieldEmuAnnounced, "Chưa có kết quả xếp loại để thông báo")
		case e.Announced.After(today):
			ps.add(FieldEmuAnnounced, "Ngày thông báo không được sau ngày hôm nay")
		}
	}
	// The decided level is the upper level's; a level other than their scores
	// give is allowed (they may apply other conditions) but worth a look.
	if computed := e.UpperLevel(s); e.Level != "" && computed != "" && computed != e.Level {
		ps.warn(FieldEmuLevel, "Mức xếp loại đã chọn ("+e.Level.Label()+") khác mức theo điểm cấp trên chấm ("+computed.Label()+
			", ngưỡng "+s.RatingThresholdsText()+")")
	}
	return ps
}

// oneEmulationAYear asks before a second record of the same year is saved.
func oneEmulationAYear(e *Emulation, others []Emulation) *Problem {
	for i := range others {
		if others[i].Year == e.Year {
			return &Problem{Field: FieldEmuYear, Message: "Đã có hồ sơ thi đua năm " + strconv.Itoa(e.Year) + ". Vẫn lưu thêm một hồ sơ cho năm này?"}
		}
	}
	return nil
}

// Emulations declares the yearly thi đua in the registry (registry.go).
var Emulations = &Kind[Emulation]{
	Kind:     KindEmulation,
	Label:    "Thi đua năm",
	Table:    "emulation",
	Entity:   "emulation",
	NotFound: "Không tìm thấy hồ sơ thi đua",
	Columns: []Column[Emulation]{
		{"year", "Năm", func(e *Emulation) any { return &e.Year }, func(e *Emulation) string { return strconv.Itoa(e.Year) }},
		{"registered", "Ngày gửi bản đăng ký", func(e *Emulation) any { return &e.Registered }, nil},
		{"titles", "Danh hiệu đăng ký", func(e *Emulation) any { return &e.Titles }, nil},
		{"pledges", "Chỉ tiêu đăng ký", func(e *Emulation) any { return &e.Pledges }, nil},
		{"basis", "Căn cứ chấm điểm", func(e *Emulation) any { return &e.Basis }, nil},
		{"assessed", "Ngày tự chấm", func(e *Emulation) any { return &e.Assessed }, nil},
		{"upper_scored", "Cấp trên đã chấm", func(e *Emulation) any { return &e.UpperScored }, nil},
		{"achievements", "Thành tích", func(e *Emulation) any { return &e.Achievements }, nil},
		{"level", "Xếp loại", func(e *Emulation) any { return (*string)(&e.Level) }, func(e *Emulation) string { return e.Level.Label() }},
		{"decision_no", "Số quyết định", func(e *Emulation) any { return &e.DecisionNo }, nil},
		{"decision_date", "Ngày quyết định", func(e *Emulation) any { return &e.DecisionDate }, nil},
		{"announced", "Ngày thông báo", func(e *Emulation) any { return &e.Announced }, nil},
		{"notes", "Ghi chú", func(e *Emulation) any { return &e.Notes }, nil},
	},
	Children: []Child[Emulation]{
		Rows("emulation_criterion", "emulation_id", "Bảng chấm điểm",
			func(e *Emulation) *[]Criterion { return &e.Criteria },
			[]Column[Criterion]{
				{"grp", "", func(c *Criterion) any { return &c.Group }, nil},
				{"item", "", func(c *Criterion) any { return &c.Item }, nil},
				{"max_points", "", func(c *Criterion) any { return &c.Max }, nil},
				{"self_points", "", func(c *Criterion) any { return &c.Self }, nil},
				{"evidence", "", func(c *Criterion) any { return &c.Evidence }, nil},
				{"upper_points", "", func(c *Criterion) any { return &c.Upper }, nil},
			},
			func(c *Criterion) string {
				return c.Item + " (" + FormatPoints(c.Self) + "/" + FormatPoints(c.Max) + ")"
			}),
	},
	Meta:      func(e *Emulation) Meta { return Meta{&e.ID, &e.Version, &e.CreatedAt, &e.UpdatedAt} },
	Title:     (*Emulation).Title,
	Year:      func(e *Emulation) int { return e.Year },
	Normalize: (*Emulation).Normalize,
	Check:     func(e *Emulation, env CheckEnv) Problems { return e.Validate(env.Settings.Emulation, env.Now) },
	Confirm:   oneEmulationAYear,
}
