package vn

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestPrecomposedLatinIsNFC: every rune isPrecomposedLatin lets Clean skip NFC for
// is NFC alone and starts a new normalization segment (a starter that composes with
// nothing before it), so a string of them is a row of one-rune segments, each NFC:
// the string is NFC. And Clean gives what it gave through norm.NFC before.
func TestPrecomposedLatinIsNFC(t *testing.T) {
	for r := rune(0); r <= 0x1EFF; r++ {
		if r == 0x300 {
			r = 0x1E00
		}
		s := string(r)
		if !isPrecomposedLatin(s) {
			t.Fatalf("U+%04X not taken", r)
		}
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || !p.BoundaryBefore() || p.CCC() != 0 {
			t.Errorf("U+%04X (%s) is not a stable NFC starter", r, s)
		}
	}
	for _, c := range []struct {
		in   string
		fast bool
	}{
		{"Nguyễn Thị Hường", true},
		{"Đặng Văn Ơn ưng ý", true},
		{"Nguye\u0302\u0303n", false}, // NFD, as pasted from macOS
		{"Tr\u0300n", false},
		{"Ω \u2126", false},
		{"a\xffb", false},
		{"", true},
	} {
		if got := isPrecomposedLatin(c.in); got != c.fast {
			t.Errorf("isPrecomposedLatin(%q) = %v", c.in, got)
		}
		if c.fast && norm.NFC.String(c.in) != c.in {
			t.Errorf("%q taken but not NFC", c.in)
		}
		if got, want := Clean(c.in), Clean(norm.NFC.String(strings.ToValidUTF8(c.in, "\uFFFD"))); got != want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, want)
		}
	}
}

func TestHasEth(t *testing.T) {
	for s, want := range map[string]bool{"Ðặng": true, "ðá": true, "Đặng đá": false, "Nguyễn Thị Hường": false, "": false, "\xc3": false} {
		if got := hasEth(s); got != want {
			t.Errorf("hasEth(%q) = %v", s, got)
		}
		if want != strings.ContainsAny(s, "\u00D0\u00F0") {
			t.Errorf("%q: the test's own answer is wrong", s)
		}
	}
}
