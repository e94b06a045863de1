// Package vn holds the Vietnamese text rules the rest of the app relies on:
// NFC cleaning, accent-insensitive search keys, register-order sort keys,
// dd/mm/yyyy dates, 1.234.567 numbers, money in words, holidays and working days.
package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean makes one-line input canonical: valid UTF-8, NFC (so NFD text pasted
// from macOS or PDFs compares equal and prints right), trimmed, and with every
// run of whitespace (tabs, newlines, NBSP, ...) reduced to one ASCII space.
func Clean(s string) string {
	if isCleanASCII(s) {
		return s // numbers, dates, codes: most cells of a list, checked in one pass
	}
	if !isPrecomposedLatin(s) {
		s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	}
	s = fixEth(s)
	if !needsCollapse(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pendingSpace = b.Len() > 0
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCleanASCII reports whether s is printable ASCII with single inner spaces and none
// at its ends: already what Clean makes of it.
func isCleanASCII(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c < 0x21 || c >= 0x7F:
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// isPrecomposedLatin reports whether s is valid UTF-8 made only of runes below U+0300
// (ASCII, Latin-1, Latin Extended-A and B: â ê ô ă đ ơ ư …) and of Latin Extended
// Additional (U+1E00–U+1EFF: ạ ả ấ … ỹ), as Unikey types Vietnamese and as nearly
// every cell of a member list is. Such a string is already NFC: each of these runes
// is NFC itself, a starter, and composes with nothing that follows or precedes it
// but combining marks (U+0300 on), which s does not hold; TestPrecomposedLatinIsNFC
// checks every one of them against the normalization tables. Clean then skips
// norm.NFC's own, slower, check (issue 12 §9: the import converts 1.3 million cells).
func isPrecomposedLatin(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r >= 0x300 && (r < 0x1E00 || r > 0x1EFF) {
			return false // also invalid UTF-8, which decodes as RuneError
		}
		i += size
	}
	return true
}

// needsCollapse reports whether Clean's whitespace pass would change s, so
// that already-clean strings (the common case) cost no allocation.
func needsCollapse(s string) bool {
	prevSpace := true // a leading space needs trimming
	for _, r := range s {
		switch {
		case r == ' ':
			if prevSpace {
				return true
			}
			prevSpace = true
		case unicode.IsSpace(r):
			return true
		default:
			prevSpace = false
		}
	}
	return prevSpace && s != ""
}

// CleanMultiline is Clean for notes and free text: NFC and valid UTF-8, line
// endings unified to \n (Windows and old Mac input), trailing spaces cut from
// every line, blank lines at the start and end dropped, inner layout kept.
func CleanMultiline(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	s = fixEth(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRightFunc(line, unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// Fold returns the search key of s: no tone or vowel marks, đ as d, lower
// case, single spaces, trimmed. "Nguyễn Thị Hường" -> "nguyen thi huong".
// It runs per row over whole tables, so it decomposes rune by rune from the
// normalisation tables instead of building an NFD copy, and returns s itself
// when s is already folded ASCII.
func Fold(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	var f folder
	f.b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			f.pendingSpace = f.b.Len() > 0
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			f.write(r)
		default:
			f.fold(r, 0)
		}
	}
	return f.b.String()
}

// isFoldedASCII reports whether s is already its own fold and pure ASCII.
func isFoldedASCII(s string) bool {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || ('A' <= c && c <= 'Z'):
			return false
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace || s == ""
}

// The precomposed Hangul syllables, decomposed by formula (Unicode §3.12).
const hangulFirst, hangulLast = 0xAC00, 0xD7A3

// folder builds a fold. The separating space is written only together with
// the next visible rune, so runes that fold to nothing (lone combining marks)
// can never leave a double or trailing space behind: Fold stays idempotent.
type folder struct {
	b            strings.Builder
	pendingSpace bool
}

func (f *folder) write(r rune) {
	if f.pendingSpace {
		f.b.WriteByte(' ')
		f.pendingSpace = false
	}
	f.b.WriteRune(r)
}

// fold writes the folded form of one non-space, non-ASCII rune. Lower-casing
// can yield a rune with its own decomposition, so the parts are folded again;
// depth bounds that in case future Unicode data ever forms a cycle.
func (f *folder) fold(r rune, depth int) {
	// U+0110/U+0111 are letters in their own right, not D plus a mark, so no
	// normal form strips the stroke; yet users type plain "d" for them.
	if r == 'đ' || r == 'Đ' || r == 'ð' || r == 'Ð' {
		f.write('d')
		return
	}
	// Combining marks fold away; so do format characters (zero-width space and
	// joiners, BOM, direction marks), which would otherwise hide a name from search.
	if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r) {
		return
	}
	r = unicode.ToLower(r)
	if hangulFirst <= r && r <= hangulLast {
		// The tables leave Hangul syllables to an algorithm; without it a
		// syllable and its NFD jamo would fold differently.
		i := r - hangulFirst
		f.write(0x1100 + i/588)
		f.write(0x1161 + i%588/28)
		if t := i % 28; t != 0 {
			f.write(0x11A7 + t)
		}
		return
	}
	if r >= utf8.RuneSelf && depth < 4 {
		var tmp [utf8.UTFMax]byte
		n := utf8.EncodeRune(tmp[:], r)
		if d := norm.NFD.Properties(tmp[:n]).Decomposition(); d != nil {
			for _, part := range string(d) {
				f.fold(part, depth+1)
			}
			return
		}
	}
	f.write(r)
}

// FoldQuery folds a search box entry and splits it into words, so that each
// word can be matched on its own ("huong nguyen" finds "Nguyễn Thị Hường").
func FoldQuery(q string) []string {
	return strings.Fields(Fold(q))
}

// MatchFolded reports whether every word occurs in folded; no words match all.
func MatchFolded(folded string, words []string) bool {
	for _, w := range words {
		if !containsWord(folded, w) {
			return false
		}
	}
	return true
}

// containsWord reports whether w starts a word of folded ("huong" finds "Hường" but
// not "Phượng"); a query of digits matches anywhere, so the last digits of a CCCD or
// a phone number find their holder.
func containsWord(folded, w string) bool {
	if isDigits(w) {
		return strings.Contains(folded, w)
	}
	for from := 0; ; {
		i := strings.Index(folded[from:], w)
		if i < 0 {
			return false
		}
		at := from + i
		if at == 0 || folded[at-1] == ' ' {
			return true
		}
		from = at + 1
	}
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// ethFixer maps Ð/ð (U+00D0/U+00F0, the Icelandic eth), which old keyboards, fonts and
// data sets put where Vietnamese has Đ/đ (U+0110/U+0111), to the Vietnamese letters.
var ethFixer = strings.NewReplacer("\u00D0", "\u0110", "\u00F0", "\u0111")

func fixEth(s string) string {
	if hasEth(s) {
		return ethFixer.Replace(s)
	}
	return s
}

// hasEth reports whether s holds Ð or ð, looking at bytes: in valid UTF-8 (what
// Clean passes) they are exactly C3 90 and C3 B0, and C3 only ever leads a rune.
// strings.ContainsAny would decode every rune of every cell of an import instead.
func hasEth(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xC3 && (s[i+1] == 0x90 || s[i+1] == 0xB0) {
			return true
		}
	}
	return false
}
