package vn_test

import (
	"errors"
	"math"
	"testing"

	"socongdoan/data/vn"
)

func TestFormatInt(t *testing.T) {
	tests := []struct {
		name string
		in   int64
		want string
	}{
		{"zero has no separator", 0, "0"},
		{"one digit has no separator", 7, "7"},
		{"three digits have no separator", 999, "999"},
		{"a thousand gets a dot", 1000, "1.000"},
		{"four digits get one dot", 1234, "1.234"},
		{"five digits get one dot", 12345, "12.345"},
		{"six digits get one dot", 123456, "123.456"},
		{"seven digits get two dots", 1234567, "1.234.567"},
		{"a million is grouped", 1000000, "1.000.000"},
		{"a negative number keeps its sign before the groups", -1234, "-1.234"},
		{"a small negative number has no separator", -7, "-7"},
		{"a negative thousand is grouped", -1000, "-1.000"},
		{"the largest int64 is grouped", math.MaxInt64, "9.223.372.036.854.775.807"},
		{"the smallest int64 is grouped", math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.FormatInt(tt.in); got != tt.want {
				t.Errorf("FormatInt(%d) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFormatMoney(t *testing.T) {
	if got, want := vn.FormatMoney(1234567), "1.234.567 đ"; got != want {
		t.Errorf("FormatMoney(1234567) = %q, want %q", got, want)
	}
	if got, want := vn.FormatMoney(0), "0 đ"; got != want {
		t.Errorf("FormatMoney(0) = %q, want %q", got, want)
	}
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
		message  string
	}{
		{"dot-grouped thousands are read", "1.234.567", 1234567, ""},
		{"plain digits are read", "1234567", 1234567, ""},
		{"space-grouped thousands are read", " 1 234 567 ", 1234567, ""},
		{"no-break-space grouping is read", "1\u00a0000", 1000, ""},
		{"a negative number is read", "-1.234", -1234, ""},
		{"a plus sign is read", "+12", 12, ""},
		{"zero is read", "0", 0, ""},
		{"the largest int64 is read", "9.223.372.036.854.775.807", math.MaxInt64, ""},
		{"the smallest int64 is read", "-9.223.372.036.854.775.808", math.MinInt64, ""},
		{"an empty input is reported as missing", "  ", 0, "Chưa nhập số"},
		{"letters are refused", "abc", 0, "Số không hợp lệ: abc"},
		{"a decimal comma is refused", "1,5", 0, "Chỉ nhập số nguyên, không có phần thập phân: 1,5"},
		{"a dot that is not a thousands separator is refused", "2.5", 0, "Dấu chấm phải tách từng nhóm 3 chữ số: 2.5"},
		{"a short inner group is refused", "1.23.456", 0, "Dấu chấm phải tách từng nhóm 3 chữ số: 1.23.456"},
		{"a long first group is refused", "1234.567", 0, "Dấu chấm phải tách từng nhóm 3 chữ số: 1234.567"},
		{"a leading dot is refused", ".123", 0, "Số không hợp lệ: .123"},
		{"a double dot is refused", "1..234", 0, "Số không hợp lệ: 1..234"},
		{"a double sign is refused", "--1", 0, "Số không hợp lệ: --1"},
		{"a lone sign is refused", "-", 0, "Số không hợp lệ: -"},
		{"exponent notation is refused", "1e3", 0, "Số không hợp lệ: 1e3"},
		{"a number beyond int64 is refused", "99999999999999999999", 0, "Số quá lớn: 99999999999999999999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := vn.ParseInt(tt.in)
			if tt.message == "" {
				if err != nil || got != tt.want {
					t.Errorf("ParseInt(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
				}
				return
			}
			var ne *vn.NumberError
			if !errors.As(err, &ne) {
				t.Fatalf("ParseInt(%q) = %d, %v; want a *NumberError", tt.in, got, err)
			}
			if err.Error() != tt.message || ne.Input != tt.in {
				t.Errorf("ParseInt(%q) error = %q (input %q), want %q", tt.in, err.Error(), ne.Input, tt.message)
			}
		})
	}
	for _, n := range []int64{0, 5, 999, 1000, -1234567, math.MaxInt64, math.MinInt64} {
		t.Run("the formatted "+vn.FormatInt(n)+" reads back", func(t *testing.T) {
			if got, err := vn.ParseInt(vn.FormatInt(n)); err != nil || got != n {
				t.Errorf("ParseInt(FormatInt(%d)) = %d, %v", n, got, err)
			}
		})
	}
}

func TestPercent(t *testing.T) {
	tests := []struct {
		name        string
		part, whole int64
		want        string
	}{
		{"a fraction shows one decimal after a comma", 1, 40, "2,5%"},
		{"an exact half shows no decimal", 1, 2, "50%"},
		{"a whole of zero is 0%", 5, 0, "0%"},
		{"nothing of nothing is 0%", 0, 0, "0%"},
		{"nothing of something is 0%", 0, 10, "0%"},
		{"a third rounds down", 1, 3, "33,3%"},
		{"two thirds round up", 2, 3, "66,7%"},
		{"a half tenth rounds up", 1, 16, "6,3%"},
		{"all is 100%", 7, 7, "100%"},
		{"more than all goes above 100%", 3, 2, "150%"},
		{"almost all rounds to 100%", 9999, 10000, "100%"},
		{"a tiny share rounds to 0%", 1, 10000, "0%"},
		{"a negative share keeps its sign", -1, 4, "-25%"},
		{"a huge share is grouped", 1000, 1, "100.000%"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.Percent(tt.part, tt.whole); got != tt.want {
				t.Errorf("Percent(%d, %d) = %q, want %q", tt.part, tt.whole, got, tt.want)
			}
		})
	}
}

func TestPercent1KeepsTheDecimal(t *testing.T) {
	tests := []struct {
		part, whole int64
		want        string
	}{
		{1, 2, "50,0%"}, {51, 100, "51,0%"}, {2, 3, "66,7%"}, {0, 10, "0,0%"}, {5, 0, "0,0%"},
		{7, 7, "100,0%"}, {1001, 2001, "50,0%"}, {-1, 4, "-25,0%"},
	}
	for _, tt := range tests {
		if got := vn.Percent1(tt.part, tt.whole); got != tt.want {
			t.Errorf("Percent1(%d, %d) = %q, want %q", tt.part, tt.whole, got, tt.want)
		}
	}
}

func TestMoneyInWords(t *testing.T) {
	tests := []struct {
		name string
		in   int64
		want string
	}{
		{"zero is không đồng", 0, "Không đồng"},
		{"a single digit", 5, "Năm đồng"},
		{"ten is mười", 10, "Mười đồng"},
		{"eleven is mười một, not mốt", 11, "Mười một đồng"},
		{"fourteen is mười bốn, not tư", 14, "Mười bốn đồng"},
		{"fifteen uses lăm", 15, "Mười lăm đồng"},
		{"twenty is hai mươi", 20, "Hai mươi đồng"},
		{"twenty-one uses mốt", 21, "Hai mươi mốt đồng"},
		{"twenty-four uses tư", 24, "Hai mươi tư đồng"},
		{"twenty-five uses lăm", 25, "Hai mươi lăm đồng"},
		{"a hundred", 100, "Một trăm đồng"},
		{"a hundred and one uses linh and một", 101, "Một trăm linh một đồng"},
		{"a hundred and four uses linh and bốn", 104, "Một trăm linh bốn đồng"},
		{"a hundred and five uses linh and năm, not lăm", 105, "Một trăm linh năm đồng"},
		{"a hundred and ten uses mười", 110, "Một trăm mười đồng"},
		{"a hundred and fifteen uses lăm", 115, "Một trăm mười lăm đồng"},
		{"a thousand", 1000, "Một nghìn đồng"},
		{"an inner group says không trăm linh", 1005, "Một nghìn không trăm linh năm đồng"},
		{"an inner group says không trăm mười", 1010, "Một nghìn không trăm mười đồng"},
		{"fifty thousand", 50000, "Năm mươi nghìn đồng"},
		{"a hundred thousand", 100000, "Một trăm nghìn đồng"},
		{"hundreds of thousands", 253000, "Hai trăm năm mươi ba nghìn đồng"},
		{"a million", 1000000, "Một triệu đồng"},
		{"a million and a quarter", 1250000, "Một triệu hai trăm năm mươi nghìn đồng"},
		{"millions and thousands", 2530000, "Hai triệu năm trăm ba mươi nghìn đồng"},
		{"an inner thousands group says không trăm", 1010000, "Một triệu không trăm mười nghìn đồng"},
		{"a billion is một tỷ", 1000000000, "Một tỷ đồng"},
		{"skipped zero groups still say không trăm linh", 1000000005, "Một tỷ không trăm linh năm đồng"},
		{"two trillion is hai nghìn tỷ", 2000000000000, "Hai nghìn tỷ đồng"},
		{"trillions are read in full", 1234567891234,
			"Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn hai trăm ba mươi tư đồng"},
		{"a negative amount starts with âm", -1500, "Âm một nghìn năm trăm đồng"},
		{"the largest int64 is read", math.MaxInt64,
			"Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng"},
		{"the smallest int64 is read", math.MinInt64,
			"Âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh tám đồng"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.MoneyInWords(tt.in); got != tt.want {
				t.Errorf("MoneyInWords(%d) =\n%q, want\n%q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzParseInt: whatever is typed, ParseInt returns a number or a message, and a number
// it returns is written back by FormatInt as a text it reads again to the same number.
func FuzzParseInt(f *testing.F) {
	for _, s := range []string{"1.234.567", "1 234 567", "-12", "+7", "2.5", "", "9223372036854775807", "١٢٣", "1..2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := vn.ParseInt(s)
		if err != nil {
			if err.Error() == "" {
				t.Errorf("%q: an error without a message", s)
			}
			return
		}
		back, err := vn.ParseInt(vn.FormatInt(n))
		if err != nil || back != n {
			t.Errorf("%q → %d → %q → %d, %v", s, n, vn.FormatInt(n), back, err)
		}
	})
}
