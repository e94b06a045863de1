package data

import (
	"testing"
	"time"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

// The Ban nữ công threshold (DOMAIN-MODULES §E, a setting, 10 by default): 9
// women ask nothing, exactly 10 ask for one, and a committee in force today
// answers it.
func TestWomenCommitteeThreshold(t *testing.T) {
	s := DefaultEmulationSettings()
	today := d(2026, 12, 3)
	asked := func(n int, cs []WomenCommittee) bool {
		for _, td := range WomenTodos(n, cs, nil, s, today) {
			if td.Record.Kind == KindWomenCommittee {
				return true
			}
		}
		return false
	}
	if asked(9, nil) {
		t.Error("9 women asked for a Ban nữ công")
	}
	if !asked(10, nil) {
		t.Error("exactly 10 women did not ask for a Ban nữ công")
	}
	c := WomenCommittee{DecisionDate: d(2025, 3, 1), TermTo: d(2026, 12, 2)}
	c.Normalize()
	if !asked(10, []WomenCommittee{c}) {
		t.Error("a committee whose term ended yesterday counts as in force")
	}
	c.TermTo = d(2026, 12, 3)
	if asked(10, []WomenCommittee{c}) {
		t.Error("a committee in force until today still asked for")
	}
	s.WomenCommitteeFrom = 20
	if asked(10, nil) {
		t.Error("the setting (20) is not honoured")
	}
}

// Occasions appear OccasionLeadDays (21) before their day and until it; Trung
// thu is lunar (15/8 âm lịch: 06/10/2025, 25/09/2026).
func TestOccasionReminders(t *testing.T) {
	s := DefaultEmulationSettings()
	if got := OccasionDate(OccasionMidAutumn, 2025); !got.Equal(d(2025, 10, 6)) {
		t.Errorf("Trung thu 2025 = %v", got)
	}
	if got := OccasionDate(OccasionMidAutumn, 2026); !got.Equal(d(2026, 9, 25)) {
		t.Errorf("Trung thu 2026 = %v", got)
	}
	has := func(today time.Time, acts []WomenActivity) bool {
		for _, td := range WomenTodos(0, nil, acts, s, today) {
			if td.Record.Kind == KindWomenActivity && td.Due.Equal(d(2026, 3, 8)) {
				return true
			}
		}
		return false
	}
	if has(d(2026, 2, 14), nil) {
		t.Error("8/3 shown 22 days ahead")
	}
	if !has(d(2026, 2, 15), nil) || !has(d(2026, 3, 8), nil) {
		t.Error("8/3 not shown from 21 days ahead until the day")
	}
	if has(d(2026, 3, 9), nil) {
		t.Error("8/3 shown after the day")
	}
	if has(d(2026, 3, 1), []WomenActivity{{Year: 2026, Occasion: OccasionWomensDay}}) {
		t.Error("8/3 still shown with its activity recorded")
	}
}
