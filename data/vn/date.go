package vn

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DateLayout is how dates are shown and typed in Vietnam (day first).
const DateLayout = "02/01/2006"

// isoLayout is how dates are stored: text that sorts in date order.
const isoLayout = "2006-01-02"

// DateError reports a date the user typed that cannot be accepted; Message is
// Vietnamese and meant to be shown next to the field as it is.
type DateError struct{ Input, Message string }

// Error returns the Vietnamese message, so callers can show err.Error() as is.
func (e *DateError) Error() string { return e.Message }

// FormatDate shows t as dd/mm/yyyy; the zero time is an unknown date and shows empty.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// FormatDateOrYear shows t as dd/mm/yyyy, or as yyyy when only the year is
// known (old members often remember just their birth year).
func FormatDateOrYear(t time.Time, yearOnly bool) string {
	if t.IsZero() {
		return ""
	}
	if yearOnly {
		return fmt.Sprintf("%04d", t.Year())
	}
	return FormatDate(t)
}

// ParseDate reads a typed date: d/m/yyyy or dd/mm/yyyy with '/', '-' or '.'
// as separator, or ISO yyyy-mm-dd as other systems export it. Two-digit years are
// refused because "05/01/45" could be 1945 or 2045. The result is UTC midnight.
func ParseDate(s string) (time.Time, error) {
	in := Clean(s)
	if in == "" {
		return time.Time{}, &DateError{Input: s, Message: "Chưa nhập ngày"}
	}
	sep := strings.IndexAny(in, "/-.")
	if sep < 0 {
		return time.Time{}, badFormat(s)
	}
	parts := strings.Split(in, in[sep:sep+1])
	if len(parts) != 3 {
		return time.Time{}, badFormat(s)
	}
	for _, p := range parts {
		if p == "" || !allDigits(p) {
			return time.Time{}, badFormat(s)
		}
	}
	dd, mm, yy := parts[0], parts[1], parts[2]
	if len(dd) == 4 && in[sep] == '-' { // ISO yyyy-mm-dd
		dd, yy = yy, dd
	}
	if len(dd) > 2 || len(mm) > 2 {
		return time.Time{}, badFormat(s)
	}
	if len(yy) < 4 {
		return time.Time{}, &DateError{Input: s, Message: "Năm phải ghi đủ 4 chữ số: " + in}
	}
	if len(yy) > 4 {
		return time.Time{}, badFormat(s)
	}
	d, _ := strconv.Atoi(dd)
	m, _ := strconv.Atoi(mm)
	y, _ := strconv.Atoi(yy)
	if y < 1000 || !validDate(y, m, d) {
		return time.Time{}, &DateError{Input: s, Message: "Ngày không hợp lệ: " + in}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// ParseDateOrYear is ParseDate that also takes a bare year such as "1985",
// returned as 01/01 of that year with yearOnly set, so it can be shown back as typed.
func ParseDateOrYear(s string) (t time.Time, yearOnly bool, err error) {
	in := Clean(s)
	if len(in) == 4 && allDigits(in) {
		y, _ := strconv.Atoi(in)
		if y < 1000 {
			return time.Time{}, false, &DateError{Input: s, Message: "Năm không hợp lệ: " + in}
		}
		return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC), true, nil
	}
	t, err = ParseDate(s)
	return t, false, err
}

// Day drops the time of day, keeping t's own calendar date, so dates from
// time.Now() and from the store compare equal.
func Day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// ISO formats t for storage as YYYY-MM-DD; the zero time is stored as "".
func ISO(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(isoLayout)
}

// ParseISO reads a stored YYYY-MM-DD date strictly; "" is the zero time.
func ParseISO(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(isoLayout, s)
	if err != nil {
		return time.Time{}, &DateError{Input: s, Message: "Ngày lưu trữ không hợp lệ: " + s}
	}
	return t, nil
}

// LongDate writes the date line of an official document, e.g. "Hà Nội, ngày
// 05 tháng 01 năm 2027". Decree 30/2020/NĐ-CP (Appendix I) puts a leading zero
// on days below 10 and on months 1 and 2 only, so that nobody can turn them
// into another date by adding a digit; "tháng 3".."tháng 9" stay unpadded.
func LongDate(place string, t time.Time) string {
	y, m, d := t.Date()
	month := strconv.Itoa(int(m))
	if m < time.March {
		month = "0" + month
	}
	if place = Clean(place); place == "" {
		return fmt.Sprintf("Ngày %02d tháng %s năm %d", d, month, y)
	}
	return fmt.Sprintf("%s, ngày %02d tháng %s năm %d", place, d, month, y)
}

func badFormat(s string) error {
	return &DateError{Input: s, Message: "Ngày phải có dạng dd/mm/yyyy"}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// validDate checks the calendar by round-tripping through time.Date, which
// silently normalises 31/02 into March.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}
