package data

import (
	"sort"
	"time"

	"socongdoan/data/vn"
)

// MemberRow is the compact row the register table shows; loaded in one query for
// the whole register so that searching and sorting never touch the database.
type MemberRow struct {
	ID            int64
	Name          string
	BirthDate     time.Time
	BirthYearOnly bool
	Sex           Sex
	UnitID        int64
	UnitName      string
	UnionRole     string
	JoinDate      time.Time
	Status        Status
	Nationality   string
	IDNumber      string
	MemberCode    string
	SearchKey     string // vn.Fold of name, CCCD, phone and member code
}

// Foreign reports whether the member is not a Vietnamese citizen.
func (r *MemberRow) Foreign() bool { return isForeign(r.Nationality) }

// MemberFilter narrows the register. Zero values mean "all".
type MemberFilter struct {
	Search      string // matched word by word, ignoring marks and case
	Status      Status // "" = every status; see AllInUnion
	InUnion     bool   // only đang sinh hoạt + tạm dừng
	Sex         Sex
	UnitID      int64  // -1 = members without a unit
	Nationality string // exact nationality, e.g. "Việt Nam"
	ForeignOnly bool   // only members who are not Vietnamese citizens
}

// Filter returns the indexes of the rows that match, in order. It returns indexes
// rather than copies so that a keystroke over 100,000 rows moves no row data.
func (f MemberFilter) Filter(rows []MemberRow) []int32 {
	words := vn.FoldQuery(f.Search)
	nat := vn.Fold(f.Nationality)
	out := make([]int32, 0, len(rows))
	for i := range rows {
		r := &rows[i]
		if f.Status != "" && r.Status != f.Status ||
			f.InUnion && !r.Status.InUnion() ||
			f.Sex != SexUnknown && r.Sex != f.Sex ||
			f.UnitID > 0 && r.UnitID != f.UnitID || f.UnitID < 0 && r.UnitID != 0 ||
			f.ForeignOnly && !r.Foreign() {
			continue
		}
		if nat != "" && vn.Fold(r.Nationality) != nat {
			continue
		}
		if len(words) > 0 && !vn.MatchFolded(r.SearchKey, words) {
			continue
		}
		out = append(out, int32(i))
	}
	return out
}

// Pick returns copies of the rows at the given indexes (for the command line and reports).
func Pick(rows []MemberRow, idx []int32) []MemberRow {
	out := make([]MemberRow, len(idx))
	for i, j := range idx {
		out[i] = rows[j]
	}
	return out
}

// Counts are the figures shown under the register: "1.234 đoàn viên · 612 nữ".
type Counts struct{ Total, Female int }

// CountRows counts members and women among the rows at the given indexes.
func CountRows(rows []MemberRow, idx []int32) Counts {
	c := Counts{Total: len(idx)}
	for _, i := range idx {
		if rows[i].Sex == SexFemale {
			c.Female++
		}
	}
	return c
}

// SortColumn is a register column the chair can sort by.
type SortColumn int

// The sortable columns, in table order.
const (
	SortByName SortColumn = iota
	SortByBirth
	SortBySex
	SortByUnit
	SortByRole
	SortByJoinDate
	SortByStatus
)

// SortRows re-sorts rows (which arrive in name order) by a column, keeping name order
// within equal values. Text columns use Vietnamese collation, computed once per distinct value.
func SortRows(rows []MemberRow, col SortColumn, desc bool) {
	if col == SortByName {
		if desc {
			for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
				rows[i], rows[j] = rows[j], rows[i]
			}
		}
		return
	}
	textKey := map[string]string{}
	keyOf := func(s string) string {
		k, ok := textKey[s]
		if !ok {
			k = string(vn.SortKey(s))
			textKey[s] = k
		}
		return k
	}
	cmp := func(a, b *MemberRow) int {
		switch col {
		case SortByBirth:
			return a.BirthDate.Compare(b.BirthDate)
		case SortBySex:
			return compareStrings(string(a.Sex), string(b.Sex))
		case SortByUnit:
			return compareStrings(keyOf(a.UnitName), keyOf(b.UnitName))
		case SortByRole:
			return compareStrings(keyOf(a.UnionRole), keyOf(b.UnionRole))
		case SortByJoinDate:
			return a.JoinDate.Compare(b.JoinDate)
		case SortByStatus:
			return statusRank(a.Status) - statusRank(b.Status)
		}
		return 0
	}
	sort.SliceStable(rows, func(i, j int) bool {
		c := cmp(&rows[i], &rows[j])
		if desc {
			return c > 0
		}
		return c < 0
	})
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func statusRank(s Status) int {
	for i, st := range Statuses {
		if st == s {
			return i
		}
	}
	return len(Statuses)
}

// RegisterColumn is one column of the member register, shared by the window,
// the command line and the printed list so that all three say the same thing.
type RegisterColumn struct {
	Title string
	Sort  SortColumn
	Text  func(r *MemberRow) string
}

// RegisterColumns are the register's columns after STT, in order.
var RegisterColumns = []RegisterColumn{
	{"Họ và tên", SortByName, func(r *MemberRow) string { return r.Name }},
	{"Ngày sinh", SortByBirth, func(r *MemberRow) string { return vn.FormatDateOrYear(r.BirthDate, r.BirthYearOnly) }},
	{"Giới tính", SortBySex, func(r *MemberRow) string { return r.Sex.Label() }},
	{"Bộ phận/Tổ CĐ", SortByUnit, func(r *MemberRow) string { return r.UnitName }},
	{"Chức vụ CĐ", SortByRole, func(r *MemberRow) string { return r.UnionRole }},
	{"Ngày vào CĐ", SortByJoinDate, func(r *MemberRow) string { return vn.FormatDate(r.JoinDate) }},
	{"Trạng thái", SortByStatus, func(r *MemberRow) string { return r.Status.Label() }},
}
