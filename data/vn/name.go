package vn

import (
	"bytes"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// SplitFullName splits a typed full name the Vietnamese way: the first word
// is the family name, the last the given name, the rest the middle name.
// A single word is taken as the given name, since that is what registers sort on.
func SplitFullName(full string) (ho, tenDem, ten string) {
	words := strings.Fields(Clean(full))
	switch len(words) {
	case 0:
		return "", "", ""
	case 1:
		return "", "", words[0]
	default:
		return words[0], strings.Join(words[1:len(words)-1], " "), words[len(words)-1]
	}
}

// NameCase writes a name typed in capitals ("NGUYỄN THỊ HƯỜNG") or in small letters
// ("nguyễn thị hường") as names are written, with a capital at the start of each word;
// a word already mixed ("McDonald") is left as typed. Lists are often typed in capitals
// for print, and the ABC fonts have no capital toned letters, so such names arrive as
// "ánh". The importer and the member form both use it, so a name reads the same
// whichever way it came in. Spaces are kept as they are (the form calls it while the
// chair types).
func NameCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for len(s) > 0 {
		i := strings.IndexFunc(s, unicode.IsSpace)
		if i < 0 {
			i = len(s)
		}
		b.WriteString(wordCase(s[:i]))
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) })
		if j < 0 {
			j = len(s)
		}
		b.WriteString(s[:j])
		s = s[j:]
	}
	return b.String()
}

func wordCase(w string) string {
	if w == "" || (strings.ToUpper(w) != w && strings.ToLower(w) != w) {
		return w
	}
	rs := []rune(strings.ToLower(w))
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

// JoinName rebuilds the full name, skipping empty parts so that a missing
// middle name leaves no double space.
func JoinName(ho, tenDem, ten string) string {
	parts := make([]string, 0, 3)
	for _, p := range [3]string{ho, tenDem, ten} {
		if p = Clean(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// collator pairs a Collator with its key buffer; both are single-goroutine
// objects, so they travel together through collators.
type collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

// collators hands out Vietnamese collators, because a collate.Collator is not
// safe for concurrent use and building one per call is slow.
var collators = sync.Pool{
	New: func() any { return &collator{c: collate.New(language.Vietnamese)} },
}

// NameSortKey returns the key that sorts people in Vietnamese register order:
// given name, then family name, then middle name, each by the Vietnamese
// collation at all levels. Keys compare with bytes.Compare (or SQLite's
// BLOB ordering), so the store can index them.
func NameSortKey(ho, tenDem, ten string) []byte {
	co := collators.Get().(*collator)
	defer collators.Put(co)
	key := make([]byte, 0, 8*(len(ho)+len(tenDem)+len(ten))+16)
	for _, field := range [3]string{ten, ho, tenDem} {
		key = appendField(key, co, field)
	}
	return key
}

// CompareNames orders two names given as {ho, tenDem, ten} like NameSortKey.
func CompareNames(a, b [3]string) int {
	return bytes.Compare(NameSortKey(a[0], a[1], a[2]), NameSortKey(b[0], b[1], b[2]))
}

// SortKey returns the Vietnamese collation key of any text (unit names,
// titles), escaped like one NameSortKey field so that it too compares bytewise.
func SortKey(s string) []byte {
	co := collators.Get().(*collator)
	defer collators.Put(co)
	return appendField(make([]byte, 0, 8*len(s)+2), co, s)
}

// appendField appends the collation key of s with every 0x00 written as
// 0x00 0xFF and a 0x00 0x00 terminator. The terminator sorts below any
// continuation, so a field that is a prefix of another sorts first and the
// next field is only consulted when this one is equal.
func appendField(dst []byte, co *collator, s string) []byte {
	co.buf.Reset()
	for _, c := range co.c.KeyFromString(&co.buf, Clean(s)) {
		if c == 0 {
			dst = append(dst, 0, 0xFF)
		} else {
			dst = append(dst, c)
		}
	}
	return append(dst, 0, 0)
}
