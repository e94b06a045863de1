package data

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data/vn"
)

// The Tết pay-plan rule (DOMAIN-MODULES §F, KH 34/KH-TLĐ: the employer
// publishes its Tết pay and bonus plan at least 20 days before Tết; the days
// are a setting). Tết Đinh Mùi is 06/02/2027 on the lunar calendar, so the
// last day is 17/01/2027: the 16th and the 17th are in time, the 18th is late.
// The rule follows the lunar new year, which moves: for Tết 2026 (17/02) the
// 18/01 would be late in 2027 but is in time (due 28/01/2026).
func TestTetPayPlanTwentyDays(t *testing.T) {
	if tet := vn.TetDate(2027); !tet.Equal(d(2027, 2, 6)) {
		t.Fatalf("Tết 2027 = %s", vn.FormatDate(tet))
	}
	s := DefaultEmulationSettings()
	if s.TetPayPlanDays != 20 {
		t.Fatalf("default days %d", s.TetPayPlanDays)
	}
	late := func(lunarYear int, published time.Time) bool {
		c := TetCampaign{LunarYear: lunarYear, PayPlan: published}
		for _, p := range c.SettingsWarnings(s) {
			if p.Field == FieldTetPayPlan {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		year int
		day  time.Time
		late bool
	}{
		{2027, d(2027, 1, 16), false}, // the day before the boundary
		{2027, d(2027, 1, 17), false}, // at it: exactly 20 days before
		{2027, d(2027, 1, 18), true},  // the day after: 19 days before
		{2026, d(2026, 1, 27), false},
		{2026, d(2026, 1, 28), false},
		{2026, d(2026, 1, 29), true},
		{2026, d(2026, 1, 18), false}, // a date late for 2027's Tết is in time for 2026's
	} {
		if got := late(tc.year, tc.day); got != tc.late {
			t.Errorf("Tết %d, published %s: late=%v, want %v", tc.year, vn.FormatDate(tc.day), got, tc.late)
		}
	}
	if late(2027, time.Time{}) {
		t.Error("no date recorded is not a late date")
	}
	s.TetPayPlanDays = 30 // the setting is honoured
	if !late(2027, d(2027, 1, 10)) {
		t.Error("30 days: 10/01/2027 (27 days before) not late")
	}
}

// The Việc cần làm of Tết: nothing until 45 days before; then the plan; once
// the campaign is recorded, the pay-plan check due on Tết − 20 until its date
// is recorded.
func TestTetTodos(t *testing.T) {
	s := DefaultRuleSettings()
	todos := func(today time.Time, ts []TetCampaign) []Todo {
		return tetTodos(ts, TodoEnv{Today: today, Settings: s})
	}
	// Tết 2027 is 06/02/2027; 45 days before is 23/12/2026.
	if got := todos(d(2026, 12, 22), nil); len(got) != 0 {
		t.Errorf("46 days before Tết: %+v", got)
	}
	got := todos(d(2026, 12, 23), nil)
	if len(got) != 1 || !strings.Contains(got[0].Title, "Lập kế hoạch chăm lo Tết 2027") {
		t.Fatalf("45 days before Tết: %+v", got)
	}
	c := TetCampaign{ID: 4, LunarYear: 2027}
	got = todos(d(2027, 1, 5), []TetCampaign{c})
	if len(got) != 1 || !got[0].Due.Equal(d(2027, 1, 17)) || got[0].Record.ID != 4 {
		t.Fatalf("pay-plan check: %+v", got)
	}
	c.PayPlan = d(2027, 1, 15)
	if got = todos(d(2027, 1, 20), []TetCampaign{c}); len(got) != 0 {
		t.Errorf("recorded pay plan still asked: %+v", got)
	}
}

// Party introductions (DOMAIN-MODULES §F: at least one per CĐCS a year): no
// warning before the fourth quarter; from 01/10 one while the year has none.
func TestPartyIntroFourthQuarter(t *testing.T) {
	env := func(today time.Time) TodoEnv { return TodoEnv{Today: today, Settings: DefaultRuleSettings()} }
	if got := partyIntroTodos(nil, env(d(2026, 9, 30))); len(got) != 0 {
		t.Errorf("30/09: %+v", got)
	}
	if got := partyIntroTodos(nil, env(d(2026, 10, 1))); len(got) != 1 || !got[0].Due.Equal(d(2026, 12, 31)) {
		t.Errorf("01/10: %+v", got)
	}
	last := []PartyIntro{{Name: "Lê Thị Mai", Date: d(2025, 11, 3)}}
	if got := partyIntroTodos(last, env(d(2026, 10, 1))); len(got) != 1 {
		t.Errorf("last year's introduction counted for this year: %+v", got)
	}
	this := append(last, PartyIntro{Name: "Trần Văn Nam", Date: d(2026, 4, 2)})
	if got := partyIntroTodos(this, env(d(2026, 12, 31))); len(got) != 0 {
		t.Errorf("the year has one: %+v", got)
	}
}
