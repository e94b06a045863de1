package reports

import (
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"

	"socongdoan/assets"
	"socongdoan/data/vn"
)

// style is one of the four faces of the document font.
type style int

const (
	regular style = iota
	bold
	italic
	boldItalic
)

// fontFamily is the name the embedded Liberation Serif faces are registered under.
const fontFamily = "LiberationSerif"

// fontFiles maps each style to its embedded TTF and gofpdf style string.
var fontFiles = [...]struct{ file, gofpdfStyle string }{
	regular:    {"LiberationSerif-Regular.ttf", ""},
	bold:       {"LiberationSerif-Bold.ttf", "B"},
	italic:     {"LiberationSerif-Italic.ttf", "I"},
	boldItalic: {"LiberationSerif-BoldItalic.ttf", "BI"},
}

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// glyphWidths holds, per style, the advance width of every BMP rune in
// thousandths of an em, exactly as gofpdf measures it. Measuring through this
// table costs no allocation, unlike Fpdf.GetStringWidth, which matters for
// tables of 100,000 rows.
type glyphWidths [4][0x10000]uint16

var (
	widthsOnce sync.Once
	widths     *glyphWidths
	widthsErr  error
)

// loadWidths fills the width table once per process from the embedded fonts.
func loadWidths() (*glyphWidths, error) {
	widthsOnce.Do(func() {
		pdf := gofpdf.New("P", "mm", "A4", "")
		if err := addFonts(pdf); err != nil {
			widthsErr = err
			return
		}
		t := new(glyphWidths)
		var buf [utf8.UTFMax]byte
		for st := range fontFiles {
			pdf.SetFont(fontFamily, fontFiles[st].gofpdfStyle, 10)
			for r := rune(0x20); r < 0x10000; r++ {
				if r >= 0xD800 && r < 0xE000 { // surrogates are not runes
					continue
				}
				n := utf8.EncodeRune(buf[:], r)
				t[st][r] = uint16(pdf.GetStringSymbolWidth(string(buf[:n])))
			}
		}
		if err := pdf.Error(); err != nil {
			widthsErr = fmt.Errorf("reports: đo độ rộng phông chữ: %w", err)
			return
		}
		widths = t
	})
	return widths, widthsErr
}

// addFonts registers the four embedded faces with pdf.
func addFonts(pdf *gofpdf.Fpdf) error {
	for _, ff := range fontFiles {
		b := assets.Font(ff.file)
		if b == nil {
			return fmt.Errorf("reports: thiếu phông chữ nhúng %s", ff.file)
		}
		pdf.AddUTF8FontFromBytes(fontFamily, ff.gofpdfStyle, b)
	}
	// gofpdf only prints a message when a TTF fails to parse; selecting each
	// face turns a missing one into an error.
	for _, ff := range fontFiles {
		pdf.SetFont(fontFamily, ff.gofpdfStyle, 12)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("reports: nạp phông chữ: %w", err)
	}
	return nil
}

// units returns the width of s in thousandths of an em.
func (g *glyphWidths) units(st style, s string) int {
	t := &g[st]
	w := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf { // ASCII fast path
			w += int(t[c])
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n - 1
		if r < 0x10000 {
			w += int(t[r])
		} else {
			w += int(t['?'])
		}
	}
	return w
}

// clean prepares caller text for gofpdf: NFC (gofpdf has no shaping, so
// decomposed marks would print misplaced), CR/LF to LF, tabs to spaces, other
// control characters dropped, and runes outside the BMP or invalid UTF-8
// replaced with '?' (gofpdf's UTF-8 path handles neither). Text that needs
// none of this is returned as is, without allocating.
func clean(s string) string {
	s = norm.NFC.String(s)
	ok := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				ok = false
				break
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || r >= 0x10000 || (r >= 0x80 && r < 0xa0) {
			ok = false
			break
		}
		i += n - 1
	}
	if ok {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				n++
			}
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			// dropped
		case r == utf8.RuneError || r >= 0x10000:
			b.WriteByte('?')
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// upper returns clean(s) in upper case. Go's Unicode case mapping is right for
// Vietnamese (đ→Đ, ơ→Ơ, ự→Ự); it has no language-specific rules to apply.
func upper(s string) string {
	return norm.NFC.String(strings.ToUpper(clean(s)))
}

// oneLine collapses runs of spaces and line breaks in clean text to one
// space. A no-break space (U+00A0) is kept: it joins words on one line.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' }), " ")
}

// vnDate formats a date as Decree 30/2020 writes it (vn.LongDate, without a
// place, inside a sentence): "ngày 05 tháng 01 năm 2027". A zero date leaves
// dotted blanks to fill by hand.
func vnDate(t time.Time) string {
	if t.IsZero() {
		return "ngày ..... tháng ..... năm ......."
	}
	return lowerFirst(vn.LongDate("", t))
}

// placeDate is the place/date line of the header: "Bắc Ninh, ngày 05 tháng 01 năm 2027".
func placeDate(place string, t time.Time) string {
	place = oneLine(clean(place))
	d := vnDate(t)
	if place == "" {
		return "N" + d[1:]
	}
	return place + ", " + d
}

// wrap breaks s into lines no wider than max units (first line: firstMax),
// appending them to dst. Lines are substrings of s, so wrapping allocates
// nothing but the growth of dst. A '\n' forces a break; a word wider than a
// line is broken between characters. Spaces at line ends are dropped.
func (g *glyphWidths) wrap(dst []string, s string, st style, firstMax, max int) []string {
	for {
		nl := strings.IndexByte(s, '\n')
		if nl < 0 {
			return g.wrapLine(dst, s, st, firstMax, max)
		}
		dst = g.wrapLine(dst, s[:nl], st, firstMax, max)
		firstMax = max
		s = s[nl+1:]
	}
}

// wrapLine wraps one paragraph without line breaks; see wrap.
func (g *glyphWidths) wrapLine(dst []string, s string, st style, firstMax, max int) []string {
	s = strings.Trim(s, " ")
	if g.units(st, s) <= firstMax {
		return append(dst, s)
	}
	space := int(g[st][' '])
	limit := firstMax
	start, end, lineW := -1, -1, 0 // current line is s[start:end], lineW wide
	for pos := 0; pos < len(s); {
		wordStart := pos
		for wordStart < len(s) && s[wordStart] == ' ' {
			wordStart++
		}
		wordEnd := len(s)
		if i := strings.IndexByte(s[wordStart:], ' '); i >= 0 {
			wordEnd = wordStart + i
		}
		ww := g.units(st, s[wordStart:wordEnd])
		gap := (wordStart - pos) * space
		pos = wordEnd
		if start >= 0 && lineW+gap+ww <= limit {
			end, lineW = wordEnd, lineW+gap+ww
			continue
		}
		if start >= 0 {
			dst = append(dst, s[start:end])
			limit = max
		}
		if ww <= limit {
			start, end, lineW = wordStart, wordEnd, ww
			continue
		}
		// A word wider than the line: cut it between runes.
		start, lineW = wordStart, 0
		for i, r := range s[wordStart:wordEnd] {
			i += wordStart
			cw := int(g[st]['?'])
			if r < 0x10000 {
				cw = int(g[st][r])
			}
			if lineW+cw > limit && i > start {
				dst = append(dst, s[start:i])
				limit = max
				start, lineW = i, 0
			}
			lineW += cw
		}
		end = wordEnd
	}
	if start >= 0 {
		dst = append(dst, s[start:end])
	}
	return dst
}
