package data

import (
	"strings"
	"testing"
	"time"
)

func month(y int, m time.Month) time.Time { return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC) }

// A new mức lương cơ sở may not change the cap of a month already kept; from the
// month after the last kept one it may (issue 13: never recompute silently).
func TestBaseSalaryChangeProblems(t *testing.T) {
	old := DefaultBaseSalaries()
	kept := []time.Time{month(2026, 6), month(2026, 7), month(2026, 8)}
	later := append(DefaultBaseSalaries(), BaseSalary{month(2026, 9), 2_800_000})
	if ps := BaseSalaryChangeProblems(old, later, kept); len(ps) != 0 {
		t.Errorf("a new amount from 09/2026, after the last kept month: %v", ps)
	}
	earlier := append(DefaultBaseSalaries(), BaseSalary{month(2026, 8), 2_800_000})
	ps := BaseSalaryChangeProblems(old, earlier, kept)
	if len(ps) != 1 || ps[0].Field != FieldSetBaseSalaries || !strings.Contains(ps[0].Message, "Tháng 08/2026 đã lưu đoàn phí theo mức lương cơ sở 2.530.000 đ") ||
		!strings.Contains(ps[0].Message, "từ tháng 09/2026") {
		t.Errorf("a new amount from 08/2026, a kept month: %v", ps)
	}
	moved := []BaseSalary{old[0], {month(2026, 6), 2_530_000}}
	if ps := BaseSalaryChangeProblems(old, moved, kept); len(ps) != 1 || !strings.Contains(ps[0].Message, "Tháng 06/2026") {
		t.Errorf("moving 01/07/2026 to 01/06/2026 changes June's cap: %v", ps)
	}
	if ps := BaseSalaryChangeProblems(old, moved, nil); len(ps) != 0 {
		t.Errorf("nothing kept, anything goes: %v", ps)
	}
}

// Each finance deadline's message stands under its own field; the yearly
// quyết toán must fall before the province's 31/3 (§A.5).
func TestFinanceDeadlineFields(t *testing.T) {
	r := DefaultRuleSettings()
	if ps := r.Validate(); len(ps) != 0 {
		t.Fatalf("defaults: %v", ps)
	}
	r.FinanceDeadlines.DuesRemitDay = 32
	r.FinanceDeadlines.YearSettlement = MonthDay{4, 15}
	ps := r.Validate()
	fields := map[string]bool{}
	for _, p := range ps {
		fields[p.Field] = true
	}
	if len(ps) != 2 || !fields[FieldSetDuesRemitDay] || !fields[FieldSetYearSettlement] {
		t.Errorf("problems: %v", ps)
	}
}

func TestParseDuesRate(t *testing.T) {
	for in, want := range map[string]int{"1%": 100, "0,8%": 80, "0.75": 75, " 1,5 % ": 150, "2": 200} {
		if got, err := ParseDuesRate(in); err != nil || got != want {
			t.Errorf("%q: %d %v", in, got, err)
		}
	}
	for _, in := range []string{"", "%", "abc", "0,125%", "101%", "-1%"} {
		if _, err := ParseDuesRate(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
	kept := []time.Time{month(2026, 9), month(2026, 10)}
	if err := CheckDuesRateStart(kept, month(2026, 10)); err == nil || !strings.Contains(err.Error(), "từ tháng 11/2026") {
		t.Errorf("from a kept month: %v", err)
	}
	if err := CheckDuesRateStart(kept, month(2026, 11)); err != nil {
		t.Errorf("from the month after: %v", err)
	}
}
