package demo_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data/demo"
	"socongdoan/data/vn"
)

func TestDemoNamesAreUnicodeVietnamese(t *testing.T) {
	today := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	for _, m := range demo.Members(3000, 7, today) {
		if m.Foreign() {
			continue
		}
		for _, w := range strings.Fields(m.FullName()) {
			if fixed, _ := vn.RepairLegacy(w); fixed != w || !vn.IsVietnameseWord(w) {
				t.Errorf("demo name %q has the word %q, not Unicode Vietnamese (repair gives %q)", m.FullName(), w, fixed)
			}
		}
		if m.Normalize(); m.Validate(today).Err() != nil {
			t.Errorf("demo member %q is invalid: %v", m.FullName(), m.Validate(today).Err())
		}
	}
}

func TestDemoIsDeterministic(t *testing.T) {
	today := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	a, b := demo.Members(50, 3, today), demo.Members(50, 3, today)
	for i := range a {
		if a[i].FullName() != b[i].FullName() || !a[i].BirthDate.Equal(b[i].BirthDate) {
			t.Fatalf("member %d differs between two runs with the same seed", i)
		}
	}
}
