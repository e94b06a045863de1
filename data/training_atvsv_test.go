package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// atvsvTodos runs Việc cần làm over the cadres and the register's units.
func atvsvTodos(cadres []data.Cadre, units []data.Unit, s data.TrainingSettings, today time.Time) []data.Todo {
	rules := data.DefaultRuleSettings()
	rules.Training = s
	in := data.TodoInput{Settings: rules, Units: units, Records: data.RecordSet{data.KindCadre: cadres}}
	var out []data.Todo
	for _, t := range data.Todos(in, today, vn.NewCalendar()) {
		if strings.HasPrefix(t.Title, "Bầu an toàn, vệ sinh viên") {
			out = append(out, t)
		}
	}
	return out
}

func atvsvPost(unit string, from, until time.Time) data.PostTerm {
	return data.PostTerm{Post: data.PostATVSV, Unit: unit, From: from, Until: until, How: data.AppointElected}
}

// An ATVSV whose post ends today still serves today; one whose post ended
// yesterday leaves the unit without one from today (due today, not overdue),
// and the day after that the item is overdue. A post starting tomorrow does
// not serve today.
func TestUnitWithoutATVSVAtTheBoundary(t *testing.T) {
	s := data.DefaultTrainingSettings()
	units := []data.Unit{{ID: 1, Name: "Tổ May 2", Members: 31}}
	today := day(2026, 7, 22)
	cases := []struct {
		name        string
		post        data.PostTerm
		want        bool // an item
		due         time.Time
		overdue     bool
		titlePhrase string
	}{
		{"post ends today", atvsvPost("Tổ May 2", day(2024, 1, 2), today), false, time.Time{}, false, ""},
		{"post ended yesterday", atvsvPost("Tổ May 2", day(2024, 1, 2), today.AddDate(0, 0, -1)), true, today, false, "không còn ATVSV từ 22/07/2026"},
		{"post ended two days ago", atvsvPost("Tổ May 2", day(2024, 1, 2), today.AddDate(0, 0, -2)), true, today.AddDate(0, 0, -1), true, "không còn ATVSV từ 21/07/2026"},
		{"post starts tomorrow", atvsvPost("Tổ May 2", today.AddDate(0, 0, 1), time.Time{}), true, today, false, "chưa có ATVSV"},
		{"post starts today", atvsvPost("Tổ May 2", today, time.Time{}), false, time.Time{}, false, ""},
		{"unit typed without marks or case", atvsvPost("  to may 2 ", day(2024, 1, 2), time.Time{}), false, time.Time{}, false, ""},
		{"ATVSV of another unit", atvsvPost("Tổ May 3", day(2024, 1, 2), time.Time{}), true, today, false, "chưa có ATVSV"},
		{"a tổ trưởng is not an ATVSV", data.PostTerm{Post: data.PostGroupLeader, Unit: "Tổ May 2", From: day(2024, 1, 2)}, true, today, false, "chưa có ATVSV"},
	}
	for _, c := range cases {
		cadres := []data.Cadre{{ID: 4, MemberID: 4, Name: "Lê Thị Thu", Posts: []data.PostTerm{c.post}}}
		got := atvsvTodos(cadres, units, s, today)
		if !c.want {
			if len(got) != 0 {
				t.Errorf("%s: items %+v, want none", c.name, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%s: %d items %+v, want 1", c.name, len(got), got)
			continue
		}
		it := got[0]
		if !it.Due.Equal(c.due) || it.Overdue != c.overdue || !strings.Contains(it.Title, "Tổ May 2: "+c.titlePhrase) ||
			it.Record != (data.RecordRef{Kind: data.KindCadre}) || !strings.Contains(it.About, "31 đoàn viên") {
			t.Errorf("%s: %+v; want due %s overdue %v title with %q", c.name, it, vn.FormatDate(c.due), c.overdue, c.titlePhrase)
		}
	}
}

// Offices listed in the settings, and units without members, need no ATVSV;
// the exemption is compared blind to marks and case.
func TestATVSVExemptUnitsAndEmptyUnits(t *testing.T) {
	s := data.DefaultTrainingSettings()
	units := []data.Unit{{ID: 1, Name: "Phòng Kế toán", Members: 6}, {ID: 2, Name: "Tổ Cắt", Members: 0}, {ID: 3, Name: "Kho vận", Members: 9}}
	today := day(2026, 7, 22)
	got := atvsvTodos(nil, units, s, today)
	if len(got) != 2 || !strings.Contains(got[0].Title, "Kho vận") || !strings.Contains(got[1].Title, "Phòng Kế toán") {
		t.Fatalf("no exemptions: %+v", got)
	}
	s.ATVSVExempt = data.ParseTopics("phong ke toan\n\n")
	got = atvsvTodos(nil, units, s, today)
	if len(got) != 1 || !strings.Contains(got[0].Title, "Kho vận") {
		t.Errorf("Phòng Kế toán exempt: %+v", got)
	}
	// The exemption survives a save and a load as the chair typed it.
	rs := data.DefaultRuleSettings()
	rs.Training.ATVSVExempt = []string{"Phòng Kế toán", "Phòng Kỹ thuật"}
	mem := memSettings{}
	if err := data.SaveRuleSettings(t.Context(), mem, rs); err != nil {
		t.Fatal(err)
	}
	back, err := data.LoadRuleSettings(t.Context(), mem)
	if err != nil || strings.Join(back.Training.ATVSVExempt, "|") != "Phòng Kế toán|Phòng Kỹ thuật" {
		t.Errorf("loaded %q, %v", back.Training.ATVSVExempt, err)
	}
}

// Up to five units get an item each; a sixth makes one item naming them all,
// due when the earliest of them lost its ATVSV.
func TestManyUnitsWithoutATVSVAreOneItem(t *testing.T) {
	s := data.DefaultTrainingSettings()
	today := day(2026, 7, 22)
	var units []data.Unit
	for i, n := range []string{"Tổ May 1", "Tổ May 2", "Tổ May 3", "Tổ May 4", "Tổ Cắt", "Tổ Bảo trì"} {
		units = append(units, data.Unit{ID: int64(i + 1), Name: n, Members: 10})
	}
	if got := atvsvTodos(nil, units[:5], s, today); len(got) != 5 {
		t.Errorf("five units: %d items", len(got))
	}
	left := []data.Cadre{{ID: 1, Name: "Phạm Văn Nam", Posts: []data.PostTerm{atvsvPost("Tổ Cắt", day(2024, 1, 2), day(2026, 6, 30))}}}
	got := atvsvTodos(left, units, s, today)
	if len(got) != 1 || !strings.Contains(got[0].Title, "6 bộ phận chưa có: Tổ May 1, Tổ May 2, Tổ May 3, Tổ May 4, Tổ Cắt, Tổ Bảo trì") ||
		!got[0].Due.Equal(day(2026, 7, 1)) || !got[0].Overdue {
		t.Errorf("six units: %+v", got)
	}
}
