package sqlite

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		in     string
		want   time.Time
		wantOK bool
	}{
		{"", time.Time{}, true},
		{"1990-03-12", time.Date(1990, 3, 12, 0, 0, 0, 0, time.UTC), true},
		{"2024-02-29", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), true},
		{"1990-3-12", time.Time{}, false},
		{"1990/03/12", time.Time{}, false},
		{"1990-13-01", time.Time{}, false},
		{"1990-00-10", time.Time{}, false},
		{"1990-01-32", time.Time{}, false},
		{"19a0-01-01", time.Time{}, false},
		{"12/03/1990", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run("stored date "+tt.in+" reads as expected", func(t *testing.T) {
			got, ok := parseDay(tt.in)
			if ok != tt.wantOK || !got.Equal(tt.want) {
				t.Fatalf("parseDay(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
			if ok && tt.in != "" && got.Location() != time.UTC {
				t.Fatalf("location %v, want UTC like vn.ParseISO", got.Location())
			}
		})
	}
}

func TestCutFields(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"three fields are cut apart", "a\xffb\xffc", []string{"a", "b", "c"}},
		{"empty fields are kept", "\xff\xff", []string{"", "", ""}},
		{"too few separators are refused", "a\xffb", nil},
		{"too many separators are refused", "a\xffb\xffc\xffd", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := make([]string, 3)
			ok := cutFields(tt.in, f)
			if ok != (tt.want != nil) {
				t.Fatalf("ok = %v", ok)
			}
			for i := range tt.want {
				if f[i] != tt.want[i] {
					t.Fatalf("fields %q, want %q", f, tt.want)
				}
			}
		})
	}
}
