package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Legacy is a pre-Unicode Vietnamese encoding. Lists typed in the 1990s and 2000s with
// the .VnTime (ABC, TCVN3) or VNI-Times fonts still circulate as Excel files: Excel
// stored the bytes as if they were Windows-1252 letters, so "Nguyễn" arrives as
// "NguyÔn" (TCVN3) or "Nguyeãn" (VNI). The converters read text in that form.
type Legacy int

// The legacy encodings the importer recognises.
const (
	LegacyNone  Legacy = iota // Unicode already
	LegacyTCVN3               // TCVN 5712:1993 VN3, the ABC fonts (.VnTime, .VnArial)
	LegacyVNI                 // VNI-Windows (VNI-Times): base letter + a mark byte
)

// Label is the encoding's name as a chair knows it from the font menu.
func (l Legacy) Label() string {
	switch l {
	case LegacyTCVN3:
		return "TCVN3 (ABC)"
	case LegacyVNI:
		return "VNI-Windows"
	}
	return "Unicode"
}

// Convert converts s from l to NFC Unicode; LegacyNone returns s unchanged.
func (l Legacy) Convert(s string) string {
	switch l {
	case LegacyTCVN3:
		return FromTCVN3(s)
	case LegacyVNI:
		return FromVNI(s)
	}
	return s
}

// tcvn3 maps the bytes 0xA0..0xFF of TCVN 5712 to Unicode (0 = not a letter, kept as is).
// The lower-case letters and Ă Â Ê Ô Ơ Ư Đ are TCVN3 proper; the few upper-case toned
// letters at 0xAF, 0xBA, 0xBF–0xC5 … come from the VN1 table and occur in files made
// with full VN1 fonts. 0xB0–0xB4 are combining tone marks, composed by NFC afterwards.
var tcvn3 = [96]rune{
	0x00:        0, // 0xA0, the no-break space: kept as is
	0xA1 - 0xA0: 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ',
	0xA8 - 0xA0: 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ',
	0xB0 - 0xA0: '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', 'à', 'ả', 'ã',
	0xB8 - 0xA0: 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ', 'Ẵ',
	0xC0 - 0xA0: 'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ',
	0xC8 - 0xA0: 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ',
	0xD0 - 0xA0: 'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì',
	0xD8 - 0xA0: 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò',
	0xE0 - 0xA0: 'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ',
	0xE8 - 0xA0: 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù',
	0xF0 - 0xA0: 'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ',
	0xF8 - 0xA0: 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố',
}

// FromTCVN3 converts TCVN3 (ABC) text, as Excel shows it, to NFC Unicode. ABC fonts
// have no upper-case toned letters: headings used the .VnTimeH fonts, which draw the
// lower-case codes as capitals. So a word whose plain letters are all capitals is
// taken as typed in such a font and made upper case ("NGUYÔN" → "NGUYỄN").
func FromTCVN3(s string) string {
	if !hasLatin1(s) {
		return s
	}
	if capsText(s) {
		// The whole text typed in capitals with a .VnTimeH font: "PHAN §øC S¬N" is
		// "PHAN ĐỨC SƠN", even in words with a single plain letter such as "§øC".
		return strings.ToUpper(norm.NFC.String(tcvn3Runes(s)))
	}
	var out, word strings.Builder
	out.Grow(len(s) + len(s)/2)
	flush := func() {
		w := word.String()
		if capsWord(w) {
			w = strings.ToUpper(w)
		}
		out.WriteString(w)
		word.Reset()
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			flush()
			out.WriteRune(r)
			continue
		}
		if r >= 0xA0 && r <= 0xFF {
			if u := tcvn3[r-0xA0]; u != 0 {
				r = u
			}
		}
		word.WriteRune(r)
	}
	flush()
	return norm.NFC.String(out.String())
}

// tcvn3Runes maps each TCVN3 code of s to its Unicode letter or mark.
func tcvn3Runes(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 0xA0 && r <= 0xFF {
			if u := tcvn3[r-0xA0]; u != 0 {
				return u
			}
		}
		return r
	}, s)
}

// capsText reports whether the ASCII letters of s, two or more, are all capitals.
func capsText(s string) bool {
	upper := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			return false
		}
	}
	return upper >= 2
}

// capsWord reports whether a converted word has at least two ASCII letters and all of
// them capitals: a word typed with a .VnTimeH heading font.
func capsWord(w string) bool {
	upper, lower := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case 'A' <= c && c <= 'Z':
			upper++
		case 'a' <= c && c <= 'z':
			lower++
		}
	}
	return upper >= 2 && lower == 0 && strings.ToUpper(w) != w
}

// hasLatin1 reports whether s has a rune in U+0080..U+00FF, where every legacy code lives.
func hasLatin1(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r <= 0xFF {
			return true
		}
	}
	return false
}

// VNI-Windows writes a toned vowel as the base letter followed by one mark byte. The
// combining marks of each mark byte, lower- and upper-case forms alike.
var vniMarks = map[rune]string{
	'ù': "\u0301", 'ø': "\u0300", 'û': "\u0309", 'õ': "\u0303", 'ï': "\u0323",
	'Ù': "\u0301", 'Ø': "\u0300", 'Û': "\u0309", 'Õ': "\u0303", 'Ï': "\u0323",
	'â': "\u0302", 'á': "\u0302\u0301", 'à': "\u0302\u0300", 'å': "\u0302\u0309", 'ã': "\u0302\u0303", 'ä': "\u0302\u0323",
	'Â': "\u0302", 'Á': "\u0302\u0301", 'À': "\u0302\u0300", 'Å': "\u0302\u0309", 'Ã': "\u0302\u0303", 'Ä': "\u0302\u0323",
	'ê': "\u0306", 'é': "\u0306\u0301", 'è': "\u0306\u0300", 'ú': "\u0306\u0309", 'ü': "\u0306\u0303", 'ë': "\u0306\u0323",
	'Ê': "\u0306", 'É': "\u0306\u0301", 'È': "\u0306\u0300", 'Ú': "\u0306\u0309", 'Ü': "\u0306\u0303", 'Ë': "\u0306\u0323",
}

// vniLetters are the VNI bytes that are whole letters on their own: ơ, ư, đ and the
// toned i and ỵ (i takes no mark byte: í and ì are themselves, ỉ ĩ ị borrow æ ó ò).
var vniLetters = map[rune]string{
	'ô': "ơ", 'Ô': "Ơ", 'ö': "ư", 'Ö': "Ư", 'ñ': "đ", 'Ñ': "Đ",
	'æ': "ỉ", 'Æ': "Ỉ", 'ó': "ĩ", 'Ó': "Ĩ", 'ò': "ị", 'Ò': "Ị", 'î': "ỵ", 'Î': "Ỵ",
}

// FromVNI converts VNI-Windows text, as Excel shows it, to NFC Unicode.
func FromVNI(s string) string {
	if !hasLatin1(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		base := string(r)
		vowel := strings.ContainsRune("aeouyAEOUY", r)
		if l, ok := vniLetters[r]; ok {
			base = l
			vowel = r == 'ô' || r == 'Ô' || r == 'ö' || r == 'Ö' // ơ and ư take a tone
		}
		if vowel && i+1 < len(rs) {
			if m, ok := vniMarks[rs[i+1]]; ok && markFits(base, m) {
				b.WriteString(base)
				b.WriteString(m)
				i++
				continue
			}
		}
		b.WriteString(base)
	}
	return norm.NFC.String(b.String())
}

// markFits reports whether a VNI mark can sit on base: a circumflex only on a, e, o,
// a breve only on a; tones on any vowel.
func markFits(base, mark string) bool {
	lower := strings.ToLower(base)
	switch {
	case strings.HasPrefix(mark, "\u0302"):
		return lower == "a" || lower == "e" || lower == "o"
	case strings.HasPrefix(mark, "\u0306"):
		return lower == "a"
	}
	return true
}

// DetectLegacy looks at the texts of one column and says which encoding they are in.
// Only the words a conversion would change count. A conversion "fixes" a word that is
// not Vietnamese as it stands and is after converting (NguyÔn → Nguyễn), and "breaks"
// one that was Vietnamese already (VNI would read the Unicode "Hoàng" as "Hồng"). A
// column is converted when its conversion fixes at least three words, twice as many
// as it breaks, and half of those it changes: real legacy text is mostly unreadable
// as it stands, while a Unicode column with a few stray legacy cells is not (those
// cells are RepairLegacy's work).
func DetectLegacy(texts []string) Legacy {
	best, bestFixed := LegacyNone, 0
	for _, enc := range []Legacy{LegacyTCVN3, LegacyVNI} {
		fixed, broken, changed := 0, 0, 0
		for _, t := range texts {
			for _, w := range strings.FieldsFunc(t, isWordBreak) {
				if !hasLatin1(w) {
					continue
				}
				c := enc.Convert(w)
				if c == w {
					continue
				}
				changed++
				switch asIs := IsVietnameseWord(w); {
				case asIs:
					broken++
				case IsVietnameseWord(c):
					fixed++
				}
			}
		}
		if fixed >= 3 && fixed >= 2*broken && 2*fixed >= changed && fixed > bestFixed {
			best, bestFixed = enc, fixed
		}
	}
	return best
}

// RepairLegacy is LegacyCell without knowing the column: a text is converted only
// when that is certain from the text alone.
func RepairLegacy(s string) (string, Legacy) { return LegacyCell(s, LegacyNone) }

// LegacyCell decides one cell (issue 10 item 10): it converts s from TCVN3 or VNI only
// when that makes every word it changes Vietnamese and changes no word that already
// was, so a cell that is valid Unicode Vietnamese ("Lê Hoàng Quân", which VNI would
// read as "Lê Hồng Quân") is never touched. It must also be confident: two or more
// words repaired, or one when the column as a whole is in that encoding (column, from
// DetectLegacy) — a lone "Loïc" in a Unicode list is a French name, not VNI "Lọc".
// When both encodings fit equally and the column does not decide, the text is left
// as it is.
func LegacyCell(s string, column Legacy) (string, Legacy) {
	if !hasLatin1(s) {
		return s, LegacyNone
	}
	best, bestFixed, tie, rival := LegacyNone, 0, false, 0
	words := strings.FieldsFunc(s, isWordBreak)
	valid := true
	for _, w := range words {
		if hasLatin1(w) && !IsVietnameseWord(w) {
			valid = false
			break
		}
	}
	if valid {
		return s, LegacyNone // Unicode Vietnamese already: never touched
	}
	for _, enc := range []Legacy{LegacyTCVN3, LegacyVNI} {
		// fixed: words unreadable as they are that the conversion makes Vietnamese;
		// doubtful: words already Vietnamese that it changes ("ThÕ" is "thõ" as it
		// stands and "Thế" in TCVN3); others: Vietnamese words it leaves alone.
		fixed, doubtful, others, ok := 0, 0, 0, true
		for _, w := range words {
			c := w
			if hasLatin1(w) {
				c = enc.Convert(w)
			}
			switch {
			case c == w:
				if IsVietnameseWord(w) {
					others++
				}
			case !IsVietnameseWord(c):
				ok = false
			case IsVietnameseWord(w):
				doubtful++
			default:
				fixed++
			}
		}
		// One repaired word is enough beside two Vietnamese words ("Buøi Thanh Hà")
		// or in a column of that encoding; alone it is not ("Loïc").
		sure := fixed >= 2 && fixed > doubtful ||
			fixed == 1 && doubtful == 0 && (others >= 2 && others == len(words)-1 || enc == column)
		if !ok || fixed == 0 {
			continue
		}
		if !sure {
			rival = max(rival, fixed) // a reading that fits, if not surely: "Tæ" is Tổ in TCVN3, Tỉ in VNI
			continue
		}
		switch {
		case fixed > bestFixed:
			best, bestFixed, tie = enc, fixed, false
		case fixed == bestFixed && enc == column:
			best, tie = enc, false
		case fixed == bestFixed && best != column:
			tie = true
		}
	}
	if best == LegacyNone || tie || rival >= bestFixed && best != column {
		return s, LegacyNone // both readings make sense: too doubtful to change a name
	}
	return best.Convert(s), best
}

// isWordBreak splits text into words for DetectLegacy. The TCVN3 code of ư is the soft
// hyphen U+00AD, so punctuation is a break but that code is not.
func isWordBreak(r rune) bool {
	if r == 0xAD {
		return false
	}
	return unicode.IsSpace(r) || r == ',' || r == ';' || r == '(' || r == ')' || r == '/' || r == '-' || r == '.' || r == ':'
}

// toneless maps each toned Vietnamese vowel to its toneless vowel, so syllables can
// be checked on their letters; filled by init from the six forms of each vowel.
var toneless = map[rune]rune{}

func init() {
	vowels := []struct {
		base  rune
		toned string // sắc, huyền, hỏi, ngã, nặng
	}{
		{'a', "áàảãạ"}, {'ă', "ắằẳẵặ"}, {'â', "ấầẩẫậ"}, {'e', "éèẻẽẹ"}, {'ê', "ếềểễệ"},
		{'i', "íìỉĩị"}, {'o', "óòỏõọ"}, {'ô', "ốồổỗộ"}, {'ơ', "ớờởỡợ"}, {'u', "úùủũụ"},
		{'ư', "ứừửữự"}, {'y', "ýỳỷỹỵ"},
	}
	for _, v := range vowels {
		toneless[v.base] = v.base
		for _, r := range v.toned {
			toneless[r] = v.base
		}
	}
}

// initials are the consonants a Vietnamese syllable may start with, longest first.
var initials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

// nuclei are the vowel groups of Vietnamese syllables, without tones.
var nuclei = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu
		oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê iêu yêu oai oay oeo uây uôi
		ươi ươu uya uyê uyu`) {
		nuclei[n] = true
	}
}

// finals are the consonants a syllable may end with.
var finals = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

// IsVietnameseWord reports whether w (any case, NFC or NFD) is one well-formed
// Vietnamese syllable: initial consonant, vowel group, final consonant, at most one tone.
func IsVietnameseWord(w string) bool {
	w = strings.ToLower(norm.NFC.String(w))
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	var plain []rune
	tones := 0
	for _, r := range w {
		switch {
		case r == 'đ' || ('a' <= r && r <= 'z'):
			if b, ok := toneless[r]; ok {
				r = b
			}
		default:
			b, ok := toneless[r]
			if !ok {
				return false
			}
			if b != r {
				tones++
			}
			r = b
		}
		plain = append(plain, r)
	}
	if tones > 1 {
		return false
	}
	s := string(plain)
	init := ""
	for _, c := range initials {
		if strings.HasPrefix(s, c) {
			init = c
			break
		}
	}
	rest := s[len(init):]
	if init == "gi" && (rest == "" || !isVowel([]rune(rest)[0])) {
		rest = "i" + rest // gì, gìn: g + i
	}
	rs := []rune(rest)
	n := 0
	for n < len(rs) && isVowel(rs[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	nucleus, final := string(rs[:n]), string(rs[n:])
	// A vowel group that ends in a glide (ai, ao, êu, uôi…) takes no final consonant,
	// except "uy" (huynh, khuya) and the ia/ua/ưa groups, which end in a vowel.
	if final != "" && glideEnd(nucleus) {
		return false
	}
	return nuclei[nucleus] && finals[final]
}

// glideEnd reports whether a vowel group ends in the semivowel i/y/o/u.
func glideEnd(n string) bool {
	if len([]rune(n)) < 2 || n == "uy" || n == "uyê" {
		return false
	}
	switch last := []rune(n)[len([]rune(n))-1]; last {
	case 'i', 'y', 'o', 'u':
		return !(n == "oo")
	}
	return false
}

func isVowel(r rune) bool {
	_, ok := toneless[r]
	return ok
}
