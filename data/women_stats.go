package data

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// Female statistics (issue 14 point 5; DOMAIN-MODULES §E "female statistics
// (lao động nữ, đoàn viên nữ, nữ in BCH/UBKT)", "Female counts computed
// automatically"): every figure is counted from the register and the cán bộ
// records on one day, never typed. Lao động nữ who are not members are not in
// the register, so they are not counted here.

// StatLine is one line of the statistics: how many, and how many of them women.
type StatLine struct {
	Label   string
	Total   int
	Female  int
	Unknown int // of Total, whose sex the register does not say (a cadre not in it)
}

// AgeBands are the age bands of the statistics, as the congress's structure
// report counts them (reports/congress_papers.go): under 35, 35 to 50, over 50.
var AgeBands = []struct {
	Label    string
	From, To int // age from..to inclusive; To 0: no upper bound
}{{"Dưới 35 tuổi", 0, 34}, {"Từ 35 đến 50 tuổi", 35, 50}, {"Trên 50 tuổi", 51, 0}}

// noUnit names the members the register puts in no bộ phận.
const noUnit = "Chưa xếp bộ phận"

// WomenStats are the statistics on a day.
type WomenStats struct {
	Day time.Time
	// Workers are the enterprise's lao động and lao động nữ as the chair keeps
	// them in the union's profile (typed there, not counted); Total 0: not kept.
	Workers StatLine
	Members StatLine   // đoàn viên in the union (đang sinh hoạt, tạm dừng)
	Units   []StatLine // by bộ phận in Vietnamese order; members without one last, as noUnit
	Ages    []StatLine // by AgeBands, then "Chưa rõ năm sinh" when any
	Cadres  []StatLine // women among the cán bộ công đoàn by group of posts
	// Committee is the Ban nữ công quần chúng in force on Day (nil: none), with
	// its members' count and the women among them (from the register).
	Committee        *WomenCommittee
	CommitteeMembers StatLine
}

// cadreGroups are the groups of posts the statistics count (DOMAIN-MODULES §E
// "nữ in BCH/UBKT"; issue 14 point 5: BCH, UBKT, tổ trưởng…).
var cadreGroups = []struct {
	label string
	in    func(Post) bool
}{
	{"Ban Chấp hành", Post.InBCH},
	{"Trong đó: Chủ tịch, Phó Chủ tịch", func(p Post) bool { return p == PostChair || p == PostViceChair }},
	{"Ủy ban kiểm tra", Post.InUBKT},
	{"Tổ trưởng, tổ phó công đoàn", func(p Post) bool { return p == PostGroupLeader || p == PostGroupVice }},
	{"An toàn, vệ sinh viên", func(p Post) bool { return p == PostATVSV }},
}

// ComputeWomenStats counts the statistics on day from the register's rows, the
// cán bộ records and the Ban nữ công decisions.
func ComputeWomenStats(rows []MemberRow, cadres []Cadre, committees []WomenCommittee, day time.Time) WomenStats {
	day = vn.Day(day)
	st := WomenStats{Day: day, Members: StatLine{Label: "Đoàn viên công đoàn"}}
	sex := make(map[int64]Sex, len(rows))
	unitAt := map[string]int{}
	ages := make([]StatLine, len(AgeBands)+1)
	for i, b := range AgeBands {
		ages[i].Label = b.Label
	}
	ages[len(AgeBands)].Label = "Chưa rõ năm sinh"
	for i := range rows {
		r := &rows[i]
		sex[r.ID] = r.Sex
		if !r.Status.InUnion() {
			continue
		}
		female := r.Sex == SexFemale
		add := func(l *StatLine) {
			l.Total++
			if female {
				l.Female++
			}
		}
		add(&st.Members)
		unit := r.UnitName
		if unit == "" {
			unit = noUnit
		}
		at, ok := unitAt[unit]
		if !ok {
			at = len(st.Units)
			unitAt[unit] = at
			st.Units = append(st.Units, StatLine{Label: unit})
		}
		add(&st.Units[at])
		add(&ages[ageBand(r, day)])
	}
	// Units in Vietnamese order, "Chưa xếp bộ phận" last.
	slices.SortStableFunc(st.Units, func(a, b StatLine) int {
		if (a.Label == noUnit) != (b.Label == noUnit) {
			if a.Label == noUnit {
				return 1
			}
			return -1
		}
		return bytes.Compare(vn.SortKey(a.Label), vn.SortKey(b.Label))
	})
	if ages[len(AgeBands)].Total == 0 {
		ages = ages[:len(AgeBands)]
	}
	st.Ages = ages
	for _, g := range cadreGroups {
		l := StatLine{Label: g.label}
		for i := range cadres {
			c := &cadres[i]
			if !slices.ContainsFunc(c.PostsOn(day), func(t PostTerm) bool { return g.in(t.Post) }) {
				continue
			}
			countPerson(&l, c.MemberID, sex)
		}
		st.Cadres = append(st.Cadres, l)
	}
	for i := range committees {
		c := &committees[i]
		if c.InForceOn(day) && (st.Committee == nil || c.DecisionDate.After(st.Committee.DecisionDate)) {
			st.Committee = c
		}
	}
	st.CommitteeMembers.Label = "Ban nữ công quần chúng"
	if st.Committee != nil {
		for _, m := range st.Committee.Members {
			countPerson(&st.CommitteeMembers, m.MemberID, sex)
		}
	}
	return st
}

// countPerson adds one person to l, a woman by the register, unknown when not in it.
func countPerson(l *StatLine, memberID int64, sex map[int64]Sex) {
	l.Total++
	s, ok := sex[memberID]
	switch {
	case memberID == 0 || !ok || s == "":
		l.Unknown++
	case s == SexFemale:
		l.Female++
	}
}

// ageBand is the index in AgeBands of the member's age on day; len(AgeBands)
// when the birth date is unknown. A birth year alone counts as 1 January.
func ageBand(r *MemberRow, day time.Time) int {
	if r.BirthDate.IsZero() {
		return len(AgeBands)
	}
	age := day.Year() - r.BirthDate.Year()
	if !r.BirthYearOnly && (day.Month() < r.BirthDate.Month() || day.Month() == r.BirthDate.Month() && day.Day() < r.BirthDate.Day()) {
		age--
	}
	for i, b := range AgeBands {
		if age >= b.From && (b.To == 0 || age <= b.To) {
			return i
		}
	}
	return len(AgeBands)
}

// Share is the women's share of the line, "" when it has nobody: one decimal,
// cut rather than rounded as every document prints a share (reports.pct), so
// the screen and the paper agree.
func (l StatLine) Share() string {
	if l.Total <= 0 {
		return ""
	}
	tenths := int64(l.Female) * 1000 / int64(l.Total)
	return vn.FormatInt(tenths/10) + "," + strconv.FormatInt(tenths%10, 10) + "%"
}

// womenStatsStore keeps the records and the register (the store).
type womenStatsStore interface {
	RecordDB
	MemberRows(ctx context.Context) ([]MemberRow, error)
}

// LoadWomenStats reads the register, the cán bộ and the Ban nữ công and counts
// the statistics on day. r must keep the register (the store does).
func LoadWomenStats(ctx context.Context, r RecordDB, day time.Time) (WomenStats, error) {
	s, ok := r.(womenStatsStore)
	if !ok {
		return WomenStats{}, Errorf(EINTERNAL, "", "Tệp dữ liệu này chưa có sổ đoàn viên")
	}
	rows, err := s.MemberRows(ctx)
	if err != nil {
		return WomenStats{}, err
	}
	cadres, err := Cadres.Store(r).List(ctx)
	if err != nil {
		return WomenStats{}, err
	}
	cs, err := WomenCommittees.Store(r).List(ctx)
	if err != nil {
		return WomenStats{}, err
	}
	return ComputeWomenStats(rows, cadres, cs, day), nil
}
