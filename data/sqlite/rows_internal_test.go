package sqlite

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
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
		t.Run(fmt.Sprintf("stored date %q reads as expected", tt.in), func(t *testing.T) {
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

func TestParseRow(t *testing.T) {
	units := map[int64]string{3: "Tổ Cắt"}
	row := func(fields ...string) string { return strings.Join(fields, rowSep) }
	tests := []struct {
		name    string
		text    string
		want    data.MemberRow
		wantErr bool
	}{
		{"a full row is read field by field",
			row("3", "1", "Nguyễn Thị Hường", "1990-01-01", "nu", "Tổ trưởng", "2013-01-15", "dang_sinh_hoat", "Việt Nam", "001190012345", "DV-1", "nguyen thi huong"),
			data.MemberRow{ID: 7, UnitID: 3, UnitName: "Tổ Cắt", BirthYearOnly: true, Name: "Nguyễn Thị Hường",
				BirthDate: time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), Sex: data.SexFemale, UnionRole: "Tổ trưởng",
				JoinDate: time.Date(2013, 1, 15, 0, 0, 0, 0, time.UTC), Status: data.StatusActive, Nationality: "Việt Nam",
				IDNumber: "001190012345", MemberCode: "DV-1", SearchKey: "nguyen thi huong"}, false},
		{"a row without unit and dates has zero values",
			row("0", "0", "Lan", "", "", "", "", "dang_sinh_hoat", "Việt Nam", "", "", "lan"),
			data.MemberRow{ID: 7, Name: "Lan", Status: data.StatusActive, Nationality: "Việt Nam", SearchKey: "lan"}, false},
		{"a row with a damaged date is an error",
			row("0", "0", "Lan", "01/02/1990", "", "", "", "dang_sinh_hoat", "Việt Nam", "", "", "lan"), data.MemberRow{}, true},
		{"a row with a field missing is an error",
			row("0", "0", "Lan", "", "", "", "", "dang_sinh_hoat", "Việt Nam", "", "lan"), data.MemberRow{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseRow(7, tt.text, make([]string, rowFields), units)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Fatalf("parseRow = %+v, %v\nwant %+v", got, err, tt.want)
			}
		})
	}
}
