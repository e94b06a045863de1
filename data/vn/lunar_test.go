package vn_test

import (
	"errors"
	"testing"
	"time"

	"socongdoan/data/vn"
)

// date builds UTC midnight of a solar date.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestTetDate(t *testing.T) {
	tests := []struct {
		name string
		year int
		want time.Time
	}{
		{"Tết 2024 is on 10 February", 2024, date(2024, 2, 10)},
		{"Tết 2025 is on 29 January", 2025, date(2025, 1, 29)},
		{"Tết 2026 is on 17 February", 2026, date(2026, 2, 17)},
		{"Tết 2027 is on 6 February", 2027, date(2027, 2, 6)},
		{"Tết 2028 is on 26 January", 2028, date(2028, 1, 26)},
		// The new moon is at 23:07 in Hà Nội on 2/2 but 00:07 on 3/2 in Beijing.
		{"Tết 2030 is on 2 February in Vietnam, a day before China", 2030, date(2030, 2, 2)},
		{"Tết 2033 is on 31 January", 2033, date(2033, 1, 31)},
		{"Tết 1985 is on 21 January in Vietnam, a month before China", 1985, date(1985, 1, 21)},
		{"Tết 2007 is on 17 February in Vietnam, a day before China", 2007, date(2007, 2, 17)},
		{"Tết 1968 is on 29 January under UTC+7", 1968, date(1968, 1, 29)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.TetDate(tt.year); !got.Equal(tt.want) {
				t.Errorf("TetDate(%d) = %s, want %s", tt.year, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestLunarToSolar(t *testing.T) {
	tests := []struct {
		name  string
		lunar vn.LunarDate
		want  time.Time
	}{
		{"Giỗ Tổ 2025 (10/3 Ất Tỵ) is on 7 April", vn.LunarDate{Day: 10, Month: 3, Year: 2025}, date(2025, 4, 7)},
		{"Giỗ Tổ 2026 (10/3 Bính Ngọ) is on 26 April", vn.LunarDate{Day: 10, Month: 3, Year: 2026}, date(2026, 4, 26)},
		{"leap month 2 of 2023 starts on 22 March", vn.LunarDate{Day: 1, Month: 2, Year: 2023, Leap: true}, date(2023, 3, 22)},
		{"regular month 2 of 2023 starts on 20 February", vn.LunarDate{Day: 1, Month: 2, Year: 2023}, date(2023, 2, 20)},
		{"leap month 4 of 2020 starts on 23 May", vn.LunarDate{Day: 1, Month: 4, Year: 2020, Leap: true}, date(2020, 5, 23)},
		{"leap month 6 of 2025 starts on 25 July", vn.LunarDate{Day: 1, Month: 6, Year: 2025, Leap: true}, date(2025, 7, 25)},
		{"month 7 of 2025 comes after the leap month 6", vn.LunarDate{Day: 1, Month: 7, Year: 2025}, date(2025, 8, 23)},
		{"29 tháng Chạp of Giáp Thìn is the last day before Tết 2025", vn.LunarDate{Day: 29, Month: 12, Year: 2024}, date(2025, 1, 28)},
		{"30 tháng Chạp of Quý Mão is the last day before Tết 2024", vn.LunarDate{Day: 30, Month: 12, Year: 2023}, date(2024, 2, 9)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vn.LunarToSolar(tt.lunar)
			if err != nil {
				t.Fatalf("LunarToSolar(%+v): %v", tt.lunar, err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("LunarToSolar(%+v) = %s, want %s", tt.lunar, got.Format(time.DateOnly), tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestLunarToSolarRejectsMissingDates(t *testing.T) {
	tests := []struct {
		name  string
		lunar vn.LunarDate
	}{
		{"2024 has no leap month", vn.LunarDate{Day: 1, Month: 6, Year: 2024, Leap: true}},
		{"2025's leap month is 6, not 5", vn.LunarDate{Day: 1, Month: 5, Year: 2025, Leap: true}},
		{"tháng Chạp of Giáp Thìn has only 29 days", vn.LunarDate{Day: 30, Month: 12, Year: 2024}},
		{"no month has 31 days", vn.LunarDate{Day: 31, Month: 1, Year: 2026}},
		{"day 0 does not exist", vn.LunarDate{Day: 0, Month: 1, Year: 2026}},
		{"month 13 does not exist", vn.LunarDate{Day: 1, Month: 13, Year: 2026}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vn.LunarToSolar(tt.lunar)
			if !errors.Is(err, vn.ErrInvalidLunarDate) {
				t.Errorf("LunarToSolar(%+v) = %s, %v; want ErrInvalidLunarDate", tt.lunar, got.Format(time.DateOnly), err)
			}
		})
	}
}

func TestSolarToLunar(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name  string
		solar time.Time
		want  vn.LunarDate
	}{
		{"Tết 2026 is 1/1 Bính Ngọ", date(2026, 2, 17), vn.LunarDate{Day: 1, Month: 1, Year: 2026}},
		{"the eve of Tết 2026 is 29 tháng Chạp of Ất Tỵ", date(2026, 2, 16), vn.LunarDate{Day: 29, Month: 12, Year: 2025}},
		{"25 July 2025 is 1 tháng 6 nhuận", date(2025, 7, 25), vn.LunarDate{Day: 1, Month: 6, Year: 2025, Leap: true}},
		{"a December date before the solstice month belongs to the old lunar year", date(2025, 12, 1), vn.LunarDate{Day: 12, Month: 10, Year: 2025}},
		{"late evening in Hà Nội keeps its own calendar date", time.Date(2026, 2, 17, 23, 30, 0, 0, ict), vn.LunarDate{Day: 1, Month: 1, Year: 2026}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.SolarToLunar(tt.solar); got != tt.want {
				t.Errorf("SolarToLunar(%s) = %+v, want %+v", tt.solar, got, tt.want)
			}
		})
	}
}

func TestLunarRoundTrip(t *testing.T) {
	for d := date(1950, 1, 1); d.Year() <= 2100; d = d.AddDate(0, 0, 1) {
		l := vn.SolarToLunar(d)
		back, err := vn.LunarToSolar(l)
		if err != nil || !back.Equal(d) {
			t.Fatalf("%s → %+v → %s, %v", d.Format(time.DateOnly), l, back.Format(time.DateOnly), err)
		}
	}
}

func TestLunarCalendarIsContinuous(t *testing.T) {
	prev := vn.SolarToLunar(date(1900, 1, 1))
	for d := date(1900, 1, 2); d.Year() <= 2199; d = d.AddDate(0, 0, 1) {
		cur := vn.SolarToLunar(d)
		sameMonth := cur.Month == prev.Month && cur.Leap == prev.Leap && cur.Year == prev.Year
		switch {
		case sameMonth && cur.Day == prev.Day+1:
		case cur.Day == 1 && (prev.Day == 29 || prev.Day == 30) && followsMonth(prev, cur):
		default:
			t.Fatalf("%s: %+v follows %+v", d.Format(time.DateOnly), cur, prev)
		}
		if cur.Day == 1 && cur.Month == 1 && !cur.Leap {
			if d.Before(date(d.Year(), 1, 21)) || d.After(date(d.Year(), 2, 20)) {
				t.Errorf("Tết %d falls on %s, outside 21/1–20/2", d.Year(), d.Format(time.DateOnly))
			}
		}
		prev = cur
	}
}

// followsMonth reports whether month b may come right after month a.
func followsMonth(a, b vn.LunarDate) bool {
	if b.Leap {
		return b.Month == a.Month && !a.Leap && b.Year == a.Year
	}
	if a.Month == 12 {
		return b.Month == 1 && b.Year == a.Year+1
	}
	return b.Month == a.Month+1 && b.Year == a.Year
}

func BenchmarkSolarToLunar(b *testing.B) {
	d := date(2026, 11, 21)
	for b.Loop() {
		vn.SolarToLunar(d)
	}
}
