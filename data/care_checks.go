package data

import (
	"time"
)

// Bad input on the nữ công and chăm lo forms (issue 14, BRIEF "Trust first"):
// the registry's kinds are checked like the member register (data/textcheck.go)
// — a hidden character or a pasted page is refused with the field and the row
// named — and dates and figures outside what a CĐCS can have are refused, not
// stored.

// textField is one text value of a record to check.
type textField struct {
	field, label, value string
	max                 int
	multiline           bool
}

// checkTextFields adds a problem for each value holding a hidden character or
// longer than its limit (CheckText).
func checkTextFields(ps *Problems, fs ...textField) {
	for _, f := range fs {
		if msg := CheckText(f.label, f.value, f.max, f.multiline); msg != "" {
			ps.add(f.field, msg)
		}
	}
}

// rowLabel names a field of row i (from 0) of a list: "Dòng 3: Họ và tên".
func rowLabel(i int, label string) string { return "Dòng " + itoa(i+1) + ": " + label }

// MaxPeopleCount bounds a head count typed on these forms (số người dự, tham gia).
const MaxPeopleCount = 1_000_000

// earliestDate: no CĐCS record here predates the Luật Công đoàn 1990.
var earliestDate = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// checkDates refuses a date before 1990 (a mistyped year: "01/01/0026").
func checkDates(ps *Problems, field, label string, days ...time.Time) {
	for _, d := range days {
		if !d.IsZero() && d.Before(earliestDate) {
			ps.add(field, label+": ngày "+d.Format("02/01/2006")+" không hợp lệ (trước năm 1990)")
			return
		}
	}
}
