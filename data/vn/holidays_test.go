package vn_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data/vn"
)

func TestDefaultHolidays2026(t *testing.T) {
	want := []vn.Holiday{
		{date(2026, 1, 1), "Tết Dương lịch"},
		{date(2026, 2, 16), "Tết Nguyên đán"},
		{date(2026, 2, 17), "Tết Nguyên đán"},
		{date(2026, 2, 18), "Tết Nguyên đán"},
		{date(2026, 2, 19), "Tết Nguyên đán"},
		{date(2026, 2, 20), "Tết Nguyên đán"},
		{date(2026, 4, 26), "Giỗ Tổ Hùng Vương"},
		{date(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"},
		{date(2026, 4, 30), "Ngày Chiến thắng"},
		{date(2026, 5, 1), "Ngày Quốc tế Lao động"},
		{date(2026, 9, 1), "Quốc khánh"},
		{date(2026, 9, 2), "Quốc khánh"},
		{date(2026, 11, 24), "Ngày Văn hóa Việt Nam"},
	}
	assertHolidays(t, vn.DefaultHolidays(2026), want)
}

func TestDefaultHolidaysMakeUpWeekendDays(t *testing.T) {
	tests := []struct {
		name    string
		year    int
		weekday time.Weekday // of the holiday, checked so the case means what it says
		holiday time.Time
		makeUp  time.Time
		want    string
	}{
		{"1/1/2028 falls on a Saturday so Monday 3/1 is off", 2028, time.Saturday,
			date(2028, 1, 1), date(2028, 1, 3), "Nghỉ bù Tết Dương lịch"},
		{"Giỗ Tổ 2026 falls on a Sunday so Monday 27/4 is off", 2026, time.Sunday,
			date(2026, 4, 26), date(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương"},
		{"30/4/2028 on a Sunday is made up after 1/5, on Tuesday 2/5", 2028, time.Sunday,
			date(2028, 4, 30), date(2028, 5, 2), "Nghỉ bù Ngày Chiến thắng"},
		{"1/5/2027 on a Saturday is made up on Monday 3/5", 2027, time.Saturday,
			date(2027, 5, 1), date(2027, 5, 3), "Nghỉ bù Ngày Quốc tế Lao động"},
		{"mùng 1 Tết 2027 on a Saturday is made up after mùng 4, on Wednesday 10/2", 2027, time.Saturday,
			date(2027, 2, 6), date(2027, 2, 10), "Nghỉ bù Tết Nguyên đán"},
		{"mùng 2 Tết 2027 on a Sunday is made up on Thursday 11/2", 2027, time.Sunday,
			date(2027, 2, 7), date(2027, 2, 11), "Nghỉ bù Tết Nguyên đán"},
		{"1/9/2029 on a Saturday is made up on Monday 3/9", 2029, time.Saturday,
			date(2029, 9, 1), date(2029, 9, 3), "Nghỉ bù Quốc khánh"},
		{"2/9/2029 on a Sunday is made up on Tuesday 4/9", 2029, time.Sunday,
			date(2029, 9, 2), date(2029, 9, 4), "Nghỉ bù Quốc khánh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.holiday.Weekday(); got != tt.weekday {
				t.Fatalf("%s is a %s, not a %s", tt.holiday.Format(time.DateOnly), got, tt.weekday)
			}
			h, ok := find(vn.DefaultHolidays(tt.year), tt.makeUp)
			if !ok || h.Name != tt.want {
				t.Errorf("%s = %q, %v; want %q", tt.makeUp.Format(time.DateOnly), h.Name, ok, tt.want)
			}
		})
	}
}

func TestDefaultHolidaysCultureDay(t *testing.T) {
	t.Run("24/11 is not a day off before 2026", func(t *testing.T) {
		if h, ok := find(vn.DefaultHolidays(2025), date(2025, 11, 24)); ok {
			t.Errorf("2025-11-24 = %q, want no holiday", h.Name)
		}
	})
	t.Run("24/11 is a day off from 2026", func(t *testing.T) {
		if h, ok := find(vn.DefaultHolidays(2027), date(2027, 11, 24)); !ok || h.Name != "Ngày Văn hóa Việt Nam" {
			t.Errorf("2027-11-24 = %q, %v; want Ngày Văn hóa Việt Nam", h.Name, ok)
		}
	})
	t.Run("24/11/2029 on a Saturday is not made up, being outside Art. 112(1)", func(t *testing.T) {
		for _, h := range vn.DefaultHolidays(2029) {
			if strings.Contains(h.Name, "Văn hóa") && !h.Date.Equal(date(2029, 11, 24)) {
				t.Errorf("unexpected %s %q", h.Date.Format(time.DateOnly), h.Name)
			}
		}
	})
}

func TestDefaultHolidaysAreSortedUniqueAndInTheirYear(t *testing.T) {
	for year := 1900; year <= 2199; year++ {
		days := vn.DefaultHolidays(year)
		statutory := 0
		for i, h := range days {
			if h.Date.Year() != year || h.Date.Hour() != 0 || h.Date.Location() != time.UTC {
				t.Fatalf("%d: %s %q is not UTC midnight in the year", year, h.Date, h.Name)
			}
			if i > 0 && !days[i-1].Date.Before(h.Date) {
				t.Fatalf("%d: %s not after %s", year, h.Date.Format(time.DateOnly), days[i-1].Date.Format(time.DateOnly))
			}
			if h.Date.Weekday() == time.Saturday || h.Date.Weekday() == time.Sunday {
				if strings.HasPrefix(h.Name, "Nghỉ bù") {
					t.Fatalf("%d: make-up day %s on a weekend", year, h.Date.Format(time.DateOnly))
				}
			}
			if !strings.HasPrefix(h.Name, "Nghỉ bù") {
				statutory += 1 + strings.Count(h.Name, ",")
			}
		}
		want := 11 // Labour Code 2019 Art. 112(1)
		if year >= 2026 {
			want++ // Ngày Văn hóa Việt Nam
		}
		if statutory != want {
			t.Errorf("%d: %d statutory days, want %d", year, statutory, want)
		}
	}
}

func TestDefaultHolidaysMergeGioToOn30April(t *testing.T) {
	// 10/3 Đinh Hợi fell on 30/4/1947: one day off, both names.
	h, ok := find(vn.DefaultHolidays(1947), date(1947, 4, 30))
	if !ok || h.Name != "Giỗ Tổ Hùng Vương, Ngày Chiến thắng" {
		t.Errorf("1947-04-30 = %q, %v", h.Name, ok)
	}
}

// find returns the holiday on day d.
func find(days []vn.Holiday, d time.Time) (vn.Holiday, bool) {
	for _, h := range days {
		if h.Date.Equal(d) {
			return h, true
		}
	}
	return vn.Holiday{}, false
}

// assertHolidays compares two holiday lists by date and name.
func assertHolidays(t *testing.T, got, want []vn.Holiday) {
	t.Helper()
	n := max(len(got), len(want))
	for i := range n {
		var g, w vn.Holiday
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if !g.Date.Equal(w.Date) || g.Name != w.Name {
			t.Errorf("holiday %d = %s %q, want %s %q", i, g.Date.Format(time.DateOnly), g.Name, w.Date.Format(time.DateOnly), w.Name)
		}
	}
}
