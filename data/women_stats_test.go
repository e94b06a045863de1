package data

import (
	"testing"
	"time"
)

// The female statistics are counted from the register and the cán bộ on a
// day: only members in the union, by bộ phận in Vietnamese order (none last), by age band at
// its boundaries (34/35, 50/51), the women among the cadres holding a post
// that day, the Ban nữ công in force.
func TestWomenStats(t *testing.T) {
	day := d(2026, 6, 15)
	rows := []MemberRow{
		{ID: 1, Sex: SexFemale, UnitName: "Tổ May 1", BirthDate: d(1991, 6, 16), Status: StatusActive},                          // 34 the day before her birthday
		{ID: 2, Sex: SexFemale, UnitName: "Tổ May 1", BirthDate: d(1991, 6, 15), Status: StatusActive},                          // 35 on it
		{ID: 3, Sex: SexMale, UnitName: "Tổ Cơ điện", BirthDate: d(1976, 1, 1), Status: StatusActive},                           // 50
		{ID: 4, Sex: SexFemale, UnitName: "Tổ Cơ điện", BirthDate: d(1975, 1, 1), BirthYearOnly: true, Status: StatusSuspended}, // 51
		{ID: 5, Sex: SexFemale, UnitName: "", Status: StatusActive},                                                             // no unit, no birth date
		{ID: 6, Sex: SexFemale, UnitName: "Tổ May 1", BirthDate: d(1990, 1, 1), Status: StatusLeft},                             // left: not counted
	}
	cadres := []Cadre{
		{MemberID: 1, Name: "A", Posts: []PostTerm{{Post: PostChair, From: d(2025, 1, 1)}}},
		{MemberID: 3, Name: "C", Posts: []PostTerm{{Post: PostBCH, From: d(2025, 1, 1)}, {Post: PostATVSV, From: d(2025, 1, 1)}}},
		{MemberID: 2, Name: "B", Posts: []PostTerm{{Post: PostUBKT, From: d(2025, 1, 1), Until: d(2026, 6, 14)}}}, // left the day before
		{Name: "Khách", Posts: []PostTerm{{Post: PostGroupLeader, From: d(2025, 1, 1)}}},                          // not in the register
	}
	committees := []WomenCommittee{
		{DecisionDate: d(2024, 3, 1), TermTo: d(2025, 3, 1), Members: []CommitteeMember{{MemberID: 1}}},
		{DecisionDate: d(2025, 3, 2), Members: []CommitteeMember{{MemberID: 1, Role: RoleCommitteeHead, Name: "A"}, {MemberID: 2}, {Name: "Ngoài sổ"}}},
	}
	st := ComputeWomenStats(rows, cadres, committees, day.Add(13*time.Hour))
	if st.Members.Total != 5 || st.Members.Female != 4 || st.Members.Share() != "80,0%" {
		t.Errorf("members: %+v %s", st.Members, st.Members.Share())
	}
	want := []StatLine{{Label: "Tổ Cơ điện", Total: 2, Female: 1}, {Label: "Tổ May 1", Total: 2, Female: 2}, {Label: "Chưa xếp bộ phận", Total: 1, Female: 1}}
	if len(st.Units) != 3 || st.Units[0] != want[0] || st.Units[1] != want[1] || st.Units[2] != want[2] {
		t.Errorf("units: %+v", st.Units)
	}
	ages := []int{1, 2, 1, 1} // under 35; 35–50 (35 on the day, 50); over 50 (a birth year alone); unknown
	for i, n := range ages {
		if i >= len(st.Ages) || st.Ages[i].Total != n {
			t.Errorf("ages: %+v", st.Ages)
			break
		}
	}
	byLabel := map[string]StatLine{}
	for _, l := range st.Cadres {
		byLabel[l.Label] = l
	}
	if l := byLabel["Ban Chấp hành"]; l.Total != 2 || l.Female != 1 {
		t.Errorf("BCH: %+v", l)
	}
	if l := byLabel["Ủy ban kiểm tra"]; l.Total != 0 {
		t.Errorf("UBKT counts a post left the day before: %+v", l)
	}
	if l := byLabel["Tổ trưởng, tổ phó công đoàn"]; l.Total != 1 || l.Unknown != 1 || l.Female != 0 {
		t.Errorf("tổ trưởng not in the register: %+v", l)
	}
	if l := byLabel["An toàn, vệ sinh viên"]; l.Total != 1 || l.Female != 0 {
		t.Errorf("ATVSV: %+v", l)
	}
	if st.Committee == nil || !st.Committee.DecisionDate.Equal(d(2025, 3, 2)) || st.CommitteeMembers.Total != 3 ||
		st.CommitteeMembers.Female != 2 || st.CommitteeMembers.Unknown != 1 {
		t.Errorf("committee: %+v %+v", st.Committee, st.CommitteeMembers)
	}
	// Share is cut, not rounded, as the documents print it: 2/3 is 66,6%.
	if s := (StatLine{Total: 3, Female: 2}).Share(); s != "66,6%" {
		t.Errorf("2/3 = %s", s)
	}
	if s := (StatLine{}).Share(); s != "" {
		t.Errorf("empty share %q", s)
	}
}
