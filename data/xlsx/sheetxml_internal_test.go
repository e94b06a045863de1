package xlsx

import (
	"testing"
	"unsafe"

	"github.com/xuri/excelize/v2"
)

// cellColumn reads a plain reference in place; whatever it accepts must give the
// column excelize gives, and what it declines goes the old way.
func TestCellColumnIsExcelizes(t *testing.T) {
	for _, ref := range []string{"A1", "B285", "M100001", "Z9", "AA1", "AZ12", "XFD1048576", "XFE1", "ZZZ1", "AAAA1",
		"A0", "A", "1", "a1", "$A$1", "A1B", "A01", "A1234567890", "A99999999999999999999", "AB12 ", ""} {
		got, ok := cellColumn([]byte(ref))
		if !ok {
			continue
		}
		cn, _, err := excelize.SplitCellName(ref)
		if err != nil {
			t.Errorf("%q: read as column %d, excelize refuses it: %v", ref, got, err)
			continue
		}
		n, err := excelize.ColumnNameToNumber(cn)
		if err != nil || n-1 != got {
			t.Errorf("%q: column %d, excelize %d (%v)", ref, got, n-1, err)
		}
	}
	for ref, want := range map[string]int{"A1": 0, "M100001": 12, "AA1": 26, "XFD1048576": 16383} {
		if got, ok := cellColumn([]byte(ref)); !ok || got != want {
			t.Errorf("%q: %d %v, want %d", ref, got, ok, want)
		}
	}
}

// A value repeated down a column is one string; a column's values stay its own.
func TestRepeatedCellsShareTheirText(t *testing.T) {
	s := &sheetScan{}
	a, b := s.text(3, []byte("Tổ May 1")), s.text(3, []byte("Tổ May 1"))
	if a != "Tổ May 1" || b != a || unsafe.StringData(a) != unsafe.StringData(b) {
		t.Fatalf("%q %q", a, b)
	}
	if got := s.text(3, []byte("A &amp; B")); got != "A & B" {
		t.Errorf("escaped: %q", got)
	}
	if got := s.text(3, []byte("A &amp; B")); got != "A & B" {
		t.Errorf("escaped, second time: %q", got)
	}
	if got := s.text(4, []byte("Tổ May 2")); got != "Tổ May 2" {
		t.Errorf("other column: %q", got)
	}
	for i := 0; i < internCap+10; i++ {
		s.text(5, []byte{byte('a' + i%26), byte('a' + i/26%26), byte('0' + i/676)})
	}
	if len(s.interned[5]) != internCap {
		t.Errorf("column 5 keeps %d values, cap %d", len(s.interned[5]), internCap)
	}
}
