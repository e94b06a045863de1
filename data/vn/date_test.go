package vn_test

import (
	"errors"
	"testing"
	"time"

	"socongdoan/data/vn"
)

// utcDay is a calendar date as the parsers return it: UTC midnight.
func utcDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestParseDateAccepts(t *testing.T) {
	tests := []struct {
		name, in string
		want     time.Time
	}{
		{"dd/mm/yyyy is read day first", "05/01/2027", utcDay(2027, 1, 5)},
		{"d/m/yyyy without leading zeros is read", "5/1/2027", utcDay(2027, 1, 5)},
		{"dashes are accepted as separators", "05-01-2027", utcDay(2027, 1, 5)},
		{"dots are accepted as separators", "05.01.2027", utcDay(2027, 1, 5)},
		{"surrounding spaces are ignored", " \t05/01/2027\u00a0", utcDay(2027, 1, 5)},
		{"ISO yyyy-mm-dd is read year first", "2027-01-05", utcDay(2027, 1, 5)},
		{"ISO without leading zeros is read", "2027-1-5", utcDay(2027, 1, 5)},
		{"29 February of a leap year is valid", "29/02/2024", utcDay(2024, 2, 29)},
		{"29 February of a year divisible by 400 is valid", "29/02/2000", utcDay(2000, 2, 29)},
		{"31 December is valid", "31/12/1999", utcDay(1999, 12, 31)},
		{"30 April is valid", "30/04/1975", utcDay(1975, 4, 30)},
		{"the year 1000 is the earliest accepted", "01/01/1000", utcDay(1000, 1, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vn.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q) error: %v", tt.in, err)
			}
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestParseDateRejects(t *testing.T) {
	const badFormat = "Ngày phải có dạng dd/mm/yyyy"
	tests := []struct {
		name, in, message string
	}{
		{"an empty input is reported as missing", "  ", "Chưa nhập ngày"},
		{"31 February does not exist", "31/02/2024", "Ngày không hợp lệ: 31/02/2024"},
		{"29 February of a common year does not exist", "29/02/2023", "Ngày không hợp lệ: 29/02/2023"},
		{"29 February 1900 does not exist (century rule)", "29/02/1900", "Ngày không hợp lệ: 29/02/1900"},
		{"31 April does not exist", "31/04/2024", "Ngày không hợp lệ: 31/04/2024"},
		{"day zero does not exist", "00/01/2024", "Ngày không hợp lệ: 00/01/2024"},
		{"month 13 does not exist", "01/13/2024", "Ngày không hợp lệ: 01/13/2024"},
		{"month zero does not exist", "01/00/2024", "Ngày không hợp lệ: 01/00/2024"},
		{"a year before 1000 is refused", "05/01/0999", "Ngày không hợp lệ: 05/01/0999"},
		{"a two-digit year is refused", "05/01/24", "Năm phải ghi đủ 4 chữ số: 05/01/24"},
		{"a three-digit year is refused", "05/01/202", "Năm phải ghi đủ 4 chữ số: 05/01/202"},
		{"a five-digit year is refused", "05/01/20245", badFormat},
		{"words are refused", "hôm nay", badFormat},
		{"a missing year is refused", "05/01", badFormat},
		{"mixed separators are refused", "05/01-2024", badFormat},
		{"year first with slashes is refused", "2024/01/05", badFormat},
		{"a three-digit day is refused", "123/01/2024", badFormat},
		{"a sign is refused", "+5/01/2024", badFormat},
		{"spaces around separators are refused", "05 / 01 / 2024", badFormat},
		{"full-width digits are refused", "０５/01/2024", badFormat},
		{"an empty part is refused", "05//2024", badFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vn.ParseDate(tt.in)
			var de *vn.DateError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDate(%q) = %v, %v; want a *DateError", tt.in, got, err)
			}
			if de.Message != tt.message || err.Error() != tt.message {
				t.Errorf("ParseDate(%q) message = %q, want %q", tt.in, de.Message, tt.message)
			}
			if de.Input != tt.in {
				t.Errorf("DateError.Input = %q, want %q", de.Input, tt.in)
			}
			if !got.IsZero() {
				t.Errorf("ParseDate(%q) returned %v with an error, want the zero time", tt.in, got)
			}
		})
	}
}

func TestParseDateOrYear(t *testing.T) {
	tests := []struct {
		name, in string
		want     time.Time
		yearOnly bool
		wantErr  bool
	}{
		{"a bare year is 1 January with yearOnly", "1985", utcDay(1985, 1, 1), true, false},
		{"a bare year with spaces is read", " 1985 ", utcDay(1985, 1, 1), true, false},
		{"a full date is not yearOnly", "05/01/1985", utcDay(1985, 1, 5), false, false},
		{"an ISO date is not yearOnly", "1985-01-05", utcDay(1985, 1, 5), false, false},
		{"a two-digit year is refused", "85", time.Time{}, false, true},
		{"a year before 1000 is refused", "0985", time.Time{}, false, true},
		{"an invalid date is refused", "31/02/1985", time.Time{}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, yearOnly, err := vn.ParseDateOrYear(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseDateOrYear(%q) error = %v, wantErr %v", tt.in, err, tt.wantErr)
			}
			var de *vn.DateError
			if err != nil && !errors.As(err, &de) {
				t.Errorf("ParseDateOrYear(%q) error %T is not a *DateError", tt.in, err)
			}
			if !got.Equal(tt.want) || yearOnly != tt.yearOnly {
				t.Errorf("ParseDateOrYear(%q) = %v, %v; want %v, %v", tt.in, got, yearOnly, tt.want, tt.yearOnly)
			}
		})
	}
}

func TestFormatDate(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name     string
		in       time.Time
		yearOnly bool
		want     string
	}{
		{"a date is shown as dd/mm/yyyy with leading zeros", utcDay(2027, 1, 5), false, "05/01/2027"},
		{"the zero time is shown empty", time.Time{}, false, ""},
		{"the zero time is shown empty even when yearOnly", time.Time{}, true, ""},
		{"a yearOnly date shows only the year", utcDay(1985, 1, 1), true, "1985"},
		{"a date keeps its own calendar day in another zone", time.Date(2027, 1, 5, 23, 30, 0, 0, ict), false, "05/01/2027"},
		{"29 February is shown", utcDay(2024, 2, 29), false, "29/02/2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.FormatDateOrYear(tt.in, tt.yearOnly); got != tt.want {
				t.Errorf("FormatDateOrYear(%v, %v) = %q, want %q", tt.in, tt.yearOnly, got, tt.want)
			}
			if !tt.yearOnly {
				if got := vn.FormatDate(tt.in); got != tt.want {
					t.Errorf("FormatDate(%v) = %q, want %q", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestDay(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name string
		in   time.Time
		want time.Time
	}{
		{"a UTC time drops its clock", time.Date(2027, 1, 5, 13, 45, 10, 99, time.UTC), utcDay(2027, 1, 5)},
		{"a late evening in Vietnam keeps the Vietnamese date", time.Date(2027, 1, 5, 23, 30, 0, 0, ict), utcDay(2027, 1, 5)},
		{"an early morning in Vietnam keeps the Vietnamese date", time.Date(2027, 1, 6, 1, 0, 0, 0, ict), utcDay(2027, 1, 6)},
		{"the zero time stays zero", time.Time{}, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vn.Day(tt.in)
			if !got.Equal(tt.want) || got.Location() != time.UTC {
				t.Errorf("Day(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestISO(t *testing.T) {
	tests := []struct {
		name string
		in   time.Time
		want string
	}{
		{"a date is stored as YYYY-MM-DD", utcDay(2027, 1, 5), "2027-01-05"},
		{"the zero time is stored empty", time.Time{}, ""},
		{"a leap day is stored", utcDay(2024, 2, 29), "2024-02-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := vn.ISO(tt.in)
			if got != tt.want {
				t.Fatalf("ISO(%v) = %q, want %q", tt.in, got, tt.want)
			}
			back, err := vn.ParseISO(got)
			if err != nil || !back.Equal(tt.in) {
				t.Errorf("ParseISO(%q) = %v, %v; want %v", got, back, err, tt.in)
			}
		})
	}
	for _, bad := range []string{"05/01/2027", "2027-1-5", "2027-02-30", " 2027-01-05", "x"} {
		t.Run("stored text "+bad+" is an error", func(t *testing.T) {
			var de *vn.DateError
			if _, err := vn.ParseISO(bad); !errors.As(err, &de) {
				t.Errorf("ParseISO(%q) error = %v, want a *DateError", bad, err)
			}
		})
	}
}

func TestLongDate(t *testing.T) {
	tests := []struct {
		name, place string
		in          time.Time
		want        string
	}{
		{"a day and month below 10 get leading zeros", "Hà Nội", utcDay(2027, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2027"},
		{"no place starts with a capital Ngày", "", utcDay(2027, 1, 5), "Ngày 05 tháng 01 năm 2027"},
		{"February gets a leading zero", "TP. Hồ Chí Minh", utcDay(2026, 2, 28), "TP. Hồ Chí Minh, ngày 28 tháng 02 năm 2026"},
		{"March onwards has no leading zero (Decree 30)", "Đà Nẵng", utcDay(2026, 3, 9), "Đà Nẵng, ngày 09 tháng 3 năm 2026"},
		{"two-digit days and months are written as they are", "Hải Phòng", utcDay(2026, 11, 20), "Hải Phòng, ngày 20 tháng 11 năm 2026"},
		{"a place with stray spaces is cleaned", " Huế ", utcDay(2026, 9, 2), "Huế, ngày 02 tháng 9 năm 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.LongDate(tt.place, tt.in); got != tt.want {
				t.Errorf("LongDate(%q, %v) = %q, want %q", tt.place, tt.in, got, tt.want)
			}
		})
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"", "05/01/2027", "5/1/2027", "05-01-2027", "05.01.2027", "2027-01-05",
		"29/02/2024", "31/02/2024", "05/01/24", "1985", "0985", "99/99/9999",
		"01/01/0000", "-1/-1/-1", " 05/01/2027 ", "05/01/2027/", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := vn.ParseDate(s)
		checkParsed(t, "ParseDate", s, got, err)
		if err == nil {
			back, err := vn.ParseDate(vn.FormatDate(got))
			if err != nil || !back.Equal(got) {
				t.Errorf("ParseDate(FormatDate(%v)) = %v, %v", got, back, err)
			}
			iso, err := vn.ParseISO(vn.ISO(got))
			if err != nil || !iso.Equal(got) {
				t.Errorf("ParseISO(ISO(%v)) = %v, %v", got, iso, err)
			}
		}
		got, yearOnly, err := vn.ParseDateOrYear(s)
		checkParsed(t, "ParseDateOrYear", s, got, err)
		if err == nil && yearOnly && (got.Month() != time.January || got.Day() != 1) {
			t.Errorf("ParseDateOrYear(%q) = %v with yearOnly, want 1 January", s, got)
		}
	})
}

func checkParsed(t *testing.T, fn, s string, got time.Time, err error) {
	t.Helper()
	if err != nil {
		var de *vn.DateError
		if !errors.As(err, &de) || de.Message == "" {
			t.Errorf("%s(%q) error %v is not a *DateError with a message", fn, s, err)
		}
		return
	}
	if got.Location() != time.UTC || !got.Equal(vn.Day(got)) {
		t.Errorf("%s(%q) = %v, want UTC midnight", fn, s, got)
	}
	if got.Year() < 1000 || got.Year() > 9999 {
		t.Errorf("%s(%q) = %v, year out of range", fn, s, got)
	}
}
