// Package reports writes documents in the official layout of Vietnamese
// trade-union documents (Quyết định 933/QĐ-TLĐ on top of Decree 30/2020/NĐ-CP,
// see DOMAIN.md §6): header with the issuing union and the national motto,
// number, place and date, title, body, signature block, recipients and page
// numbers. A Document is a list of blocks (model.go) with two backends: the
// PDF, laid out here line by line (the only package that imports gofpdf), and
// the Word file (docx.go), laid out by Word from the same blocks.
//
// The PDF layout draws every line itself: gofpdf's automatic page break is
// off, tables never split a row and repeat their header row, headings stay
// with the text that follows, paragraphs have widow and orphan control, and
// the closing block moves to a new page whole, with the last lines before it.
package reports

import (
	"bytes"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"
)

// Page geometry in millimetres (DOMAIN.md §6: A4, margins top 20, bottom 20,
// left 30, right 15).
const (
	marginTop    = 20.0
	marginBottom = 20.0
	marginLeft   = 30.0
	marginRight  = 15.0
)

// Font sizes in points.
const (
	sizeHeader   = 12.5 // upper level, issuer, Quốc hiệu
	sizeNumber   = 13.0 // "Số: …"
	sizeMotto    = 13.5 // Tiêu ngữ and the place/date line
	sizeMinDate  = 12.0 // smallest size for a long place/date line
	sizeCongVan  = 12.0 // "V/v …" under the number of a công văn
	sizeTitle    = 14.0 // type name and trích yếu
	sizeBody     = 13.0 // body text, headings, signature block, page numbers
	sizeRecvHead = 12.0 // "Nơi nhận:"
	sizeRecv     = 11.0 // recipient entries
	sizeTable    = 11.0 // default table text
	sizeFormNote = 11.0 // "(Ban hành kèm theo …)" under an accounting form's number
)

// Line spacing as a multiple of the font size. Times New Roman and Liberation
// Serif have a "single" line of 1.15 em; the body uses a little more, within
// the "single to 1.5" Decree 30 allows.
const (
	spacingSingle = 1.15
	spacingBody   = 1.25
)

const (
	firstIndent = 12.7           // first-line indent of body paragraphs (1.27 cm)
	paraAfter   = 6 * mmPerPt    // space after each paragraph, heading and table (6 pt)
	ruleWidth   = 0.3            // line width of the rules in the header and title
	tableLine   = 0.2            // line width of table borders
	fontAscent  = 0.891          // ascender of Liberation Serif, em
	fontHeight  = 0.891 + 0.216  // ascender + descender, em
	headerSplit = 0.40           // share of the text width taken by the left header column
	signSplit   = 0.45           // share of the text width left of the signature block
	signBlank   = 4              // blank lines for signature and seal
	docCreator  = "Sổ Công đoàn" // PDF Creator field
	defaultSign = "CHỦ TỊCH"     // signer title when Signer.Title is empty
	blankNumber = "Số: ......"   // number line when Header.Number is empty
	numberLabel = "Số: "         // prefix of the number line
	congVanPref = "V/v "         // prefix of the trích yếu of a công văn
)

// Header holds the parts of the official frame printed on the first page.
type Header struct {
	// UpperLevel is the directly superior union, e.g. "Công đoàn các Khu công
	// nghiệp tỉnh Bắc Ninh"; printed upper case, regular. May be empty.
	UpperLevel string
	// Issuer is the issuing union, e.g. "Công đoàn cơ sở Công ty TNHH ABC";
	// printed upper case, bold, with a short rule under it.
	Issuer string
	// Number is the số/ký hiệu, e.g. "07/BC-CĐCS", printed as "Số: 07/BC-CĐCS";
	// when empty, "Số: ......" is printed for filling in by hand.
	Number string
	// Place is the locality of the issuer, e.g. "Bắc Ninh".
	Place string
	// Date is the date of issue; the zero time prints dotted blanks.
	Date time.Time
	// TypeName is the document type, e.g. "Báo cáo", printed upper case, bold,
	// centred under the header. Empty for a công văn.
	TypeName string
	// Subject is the trích yếu. With a TypeName it is printed bold and centred
	// under it, with a short rule; without one (a công văn) it is printed under
	// the number as "V/v …".
	Subject string
	// NoNumber leaves out the number and the place/date line: a form such as
	// the phiếu bầu, which has neither.
	NoNumber bool
	// Form, when set, takes the Quốc hiệu's place in the right column: an
	// accounting form's own heading, as the phiếu thu / phiếu chi of TT
	// 107/2017/TT-BTC print it — the first line bold ("Mẫu số C40-BB"), the
	// others italic ("(Ban hành kèm theo Thông tư …)").
	Form []string
}

// Signer is the signature block at the end of a document.
type Signer struct {
	// Authority is the signing capacity, e.g. "TM. BAN CHẤP HÀNH"; may be empty.
	Authority string
	// Deputy marks signing on behalf of the head: the block then reads
	// "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (built from Title).
	Deputy bool
	// Title is the head's position, e.g. "CHỦ TỊCH" (the default when empty).
	Title string
	// Name is the signer's full name.
	Name string
	// NoTitle prints no title line under the authority, even in a closing
	// block: "TM. ĐOÀN CHỦ TỊCH" over the name (a congress's resolution).
	NoTitle bool
}

// pdfLayout lays a Document out on PDF pages with gofpdf. It is made once per
// Document, when the pages are first needed.
type pdfLayout struct {
	pdf *gofpdf.Fpdf
	g   *glyphWidths

	x0, x1 float64 // left and right edge of the text area
	yTop   float64 // top of the text area
	yBot   float64 // bottom of the text area
	y      float64 // top of the next line to draw

	curStyle style   // face selected in pdf
	curSize  float64 // size selected in pdf; 0 before the first SetFont

	pending []string // headings waiting for the content they must stay with
	lines   []string // scratch for wrapping
	noNotes bool     // drop empty "Ghi chú" columns (Document.DropEmptyNotes)

	keep keep // what the block being drawn must keep with what follows it

	k, pageH float64      // points per millimetre; page height in mm
	seen     [4]runeSet   // runes gofpdf has drawn, per style (see text)
	raw      []byte       // scratch for text operators written directly
	rawR     bytes.Reader // reader over raw for RawWriteBuf
	row      textObject   // a table row's text, written as one text object (rowText)
}

// runeSet is a set of BMP runes.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) has(r rune) bool { return s[r>>6]&(1<<(r&63)) != 0 }
func (s *runeSet) add(r rune)      { s[r>>6] |= 1 << (r & 63) }

// newPDFLayout starts the PDF pages of a document and draws the header and
// title block on the first one.
func newPDFLayout(landscape bool, h Header, g *glyphWidths) (*pdfLayout, error) {
	orientation := "P"
	if landscape {
		orientation = "L"
	}
	pdf := gofpdf.New(orientation, "mm", "A4", "")
	if err := addFonts(pdf); err != nil {
		return nil, err
	}
	pdf.SetMargins(marginLeft, marginTop, marginRight)
	pdf.SetAutoPageBreak(false, marginBottom)
	pdf.SetCompression(false) // Output deflates the pages itself, see deflate.go
	pdf.SetCreator(docCreator, true)
	pdf.SetAuthor(upper(h.Issuer), true)
	pdf.SetTitle(documentTitle(h), true)

	pageW, pageH := pdf.GetPageSize()
	d := &pdfLayout{
		pdf:   pdf,
		g:     g,
		x0:    marginLeft,
		x1:    pageW - marginRight,
		yTop:  marginTop,
		yBot:  pageH - marginBottom,
		k:     pdf.GetConversionRatio(),
		pageH: pageH,
	}
	d.newPage()
	d.drawHeader(h)
	if err := pdf.Error(); err != nil {
		return nil, err
	}
	return d, nil
}

// documentTitle is the title in the file's properties: "BÁO CÁO Tổng kết …".
func documentTitle(h Header) string {
	return oneLine(strings.TrimSpace(upper(h.TypeName) + " " + clean(h.Subject)))
}

// newPage starts a page; from page 2 on it carries its number, centred in the
// top margin.
func (d *pdfLayout) newPage() {
	d.pdf.AddPage()
	d.y = d.yTop
	if n := d.pdf.PageNo(); n >= 2 {
		s := strconv.Itoa(n)
		d.text(d.x0+(d.width()-d.measure(regular, sizeBody, s))/2,
			marginTop/2+0.3*sizeBody*mmPerPt, s, regular, sizeBody)
	}
}

// width is the width of the text area.
func (d *pdfLayout) width() float64 { return d.x1 - d.x0 }

// fits reports whether h millimetres fit between the cursor and the bottom margin.
func (d *pdfLayout) fits(h float64) bool { return d.y+h <= d.yBot+1e-6 }

// ensure starts a new page unless h millimetres fit on this one, or the
// cursor is already at the top of a page (a new page would not help).
func (d *pdfLayout) ensure(h float64) {
	if !d.fits(h) && d.y > d.yTop+1e-6 {
		d.newPage()
	}
}

// setFont selects a face and size, skipping gofpdf's call (which writes to the
// page) when they are already selected.
func (d *pdfLayout) setFont(st style, size float64) {
	if d.curStyle == st && d.curSize == size {
		return
	}
	d.pdf.SetFont(fontFamily, fontFiles[st].gofpdfStyle, size)
	d.curStyle, d.curSize = st, size
}

// text draws s with its baseline at (x, baseline).
//
// gofpdf's Text costs several allocations and a Sprintf per call, most of the
// time of a long table. Once every rune of s has gone through Text in this
// style (so gofpdf puts its glyph in the font subset), text writes the same
// operator itself: "BT x y Td (UTF-16BE, escaped) Tj ET".
func (d *pdfLayout) text(x, baseline float64, s string, st style, size float64) {
	if s == "" {
		return
	}
	d.setFont(st, size)
	seen := &d.seen[st]
	for _, r := range s {
		if !seen.has(r) {
			for _, r := range s {
				seen.add(r)
			}
			d.pdf.Text(x, baseline, s)
			return
		}
	}
	b := append(d.raw[:0], "BT "...)
	b = strconv.AppendFloat(b, x*d.k, 'f', 2, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, (d.pageH-baseline)*d.k, 'f', 2, 64)
	b = append(b, " Td "...)
	b = appendShown(b, s)
	b = append(b, " ET"...)
	d.writeRaw(b)
}

// appendShown appends the Tj operator showing s: its runes as gofpdf encodes them
// (UTF-16BE, one BMP rune in two bytes), escaped for a PDF string.
func appendShown(b []byte, s string) []byte {
	b = append(b, '(')
	for _, r := range s { // clean leaves only BMP runes
		for _, c := range [2]byte{byte(r >> 8), byte(r)} {
			switch c {
			case '\\', '(', ')':
				b = append(b, '\\', c)
			case '\r':
				b = append(b, '\\', 'r')
			default:
				b = append(b, c)
			}
		}
	}
	return append(b, ") Tj"...)
}

// A table row's cells are written as one text object: "BT x y Td (…) Tj dx dy Td
// (…) Tj … ET", each cell placed relative to the one before, instead of a text object
// with its own absolute position per cell. At 100,000 members that is a quarter less
// page content to lay out and to deflate, for the same page (issue 11, speed).

// textObject is the text of one table row not yet written; x and y are where its
// last Td put the line origin, in hundredths of a point.
type textObject struct {
	b    []byte
	open bool
	x, y int64
}

// rowText is text for a cell of a table row: it joins the row's text object when
// the face is already selected and every rune of s already went through gofpdf
// (see text); otherwise the row's text so far is written and s goes through text.
func (d *pdfLayout) rowText(x, baseline float64, s string, st style, size float64) {
	if s == "" {
		return
	}
	if d.curStyle != st || d.curSize != size {
		d.endRow()
		d.setFont(st, size)
	}
	seen := &d.seen[st]
	for _, r := range s {
		if !seen.has(r) {
			d.endRow()
			d.text(x, baseline, s, st, size)
			return
		}
	}
	o := &d.row
	px, py := d.pt(x), d.pt(d.pageH-baseline)
	if !o.open {
		o.b = append(o.b[:0], "BT "...)
		o.b = appendHundredths(o.b, px)
		o.b = append(o.b, ' ')
		o.b = appendHundredths(o.b, py)
		o.open = true
	} else {
		o.b = append(o.b, ' ')
		o.b = appendHundredths(o.b, px-o.x)
		o.b = append(o.b, ' ')
		o.b = appendHundredths(o.b, py-o.y)
	}
	o.x, o.y = px, py
	o.b = append(o.b, " Td "...)
	o.b = appendShown(o.b, s)
}

// endRow writes the row's text object, if any.
func (d *pdfLayout) endRow() {
	if !d.row.open {
		return
	}
	d.row.b = append(d.row.b, " ET"...)
	d.row.open = false
	d.writePage(d.row.b)
}

// endRowWithRule writes the row's text object and the rule under the row in one
// write to the page: a line from (x1, y) to (x2, y).
func (d *pdfLayout) endRowWithRule(x1, x2, y float64) {
	if !d.row.open {
		d.line(x1, y, x2, y)
		return
	}
	d.row.b = append(d.row.b, " ET\n"...)
	d.row.open = false
	d.row.b = d.appendLine(d.row.b, x1, y, x2, y)
	d.writePage(d.row.b)
}

// appendHundredths appends v/100 with the decimals it needs: 12345 → "123.45",
// -50 → "-0.5", 300 → "3".
func appendHundredths(b []byte, v int64) []byte {
	if v < 0 {
		b = append(b, '-')
		v = -v
	}
	b = strconv.AppendInt(b, v/100, 10)
	switch c := v % 100; {
	case c == 0:
	case c%10 == 0:
		b = append(b, '.', byte('0'+c/10))
	default:
		b = append(b, '.', byte('0'+c/10), byte('0'+c%10))
	}
	return b
}

// line draws a straight line in the current line width. It writes gofpdf's
// Line operator itself, which saves a Sprintf per table row.
func (d *pdfLayout) line(x1, y1, x2, y2 float64) {
	d.writeRaw(d.appendLine(d.raw[:0], x1, y1, x2, y2))
}

// appendLine appends the operators of line to b.
func (d *pdfLayout) appendLine(b []byte, x1, y1, x2, y2 float64) []byte {
	b = appendHundredths(b, d.pt(x1))
	b = append(b, ' ')
	b = appendHundredths(b, d.pt(d.pageH-y1))
	b = append(b, " m "...)
	b = appendHundredths(b, d.pt(x2))
	b = append(b, ' ')
	b = appendHundredths(b, d.pt(d.pageH-y2))
	return append(b, " l S"...)
}

// pt converts millimetres to hundredths of a point, the precision of the page content.
func (d *pdfLayout) pt(mm float64) int64 { return int64(math.Round(mm * d.k * 100)) }

// writeRaw appends b, one line of page content built in d.raw, to the current page.
func (d *pdfLayout) writeRaw(b []byte) {
	d.raw = b
	d.writePage(b)
}

// writePage appends b, page content ending without a line break, to the current page.
func (d *pdfLayout) writePage(b []byte) {
	d.rawR.Reset(b)
	d.pdf.RawWriteBuf(&d.rawR)
}

// measure returns the width of s in millimetres.
func (d *pdfLayout) measure(st style, size float64, s string) float64 {
	return float64(d.g.units(st, s)) * size * mmPerPt / 1000
}

// maxUnits converts a width in millimetres to font units at size.
func maxUnits(w, size float64) int {
	return int(w * 1000 / (size * mmPerPt))
}

// lineHeight is the height of one line of text at size with the given spacing.
func lineHeight(size, spacing float64) float64 { return size * spacing * mmPerPt }

// baseline returns the baseline of a line box of height lh whose top is at top.
func baseline(top, lh, size float64) float64 {
	return top + (lh-fontHeight*size*mmPerPt)/2 + fontAscent*size*mmPerPt
}

// wrapText wraps s to width w (mm) in the given face, into d's scratch slice.
func (d *pdfLayout) wrapText(s string, st style, size, w float64) []string {
	m := maxUnits(w, size)
	d.lines = d.g.wrap(d.lines[:0], s, st, m, m)
	return d.lines
}

// balancedText wraps s like wrapText, then narrows the width as far as the
// line count allows, so a centred block has no short last line ("…, nhiệm /
// vụ năm 2027" becomes two lines of similar length).
func (d *pdfLayout) balancedText(s string, st style, size, w float64) []string {
	m := maxUnits(w, size)
	n := len(d.g.wrap(d.lines[:0], s, st, m, m))
	if n > 1 {
		lo, hi := m/n, m // hi always gives n lines
		for _, w := range strings.Split(s, " ") {
			lo = min(max(lo, d.g.units(st, w)), hi) // never cut a word to balance
		}
		for lo < hi {
			mid := (lo + hi) / 2
			if len(d.g.wrap(d.lines[:0], s, st, mid, mid)) <= n {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		m = hi
	}
	d.lines = d.g.wrap(d.lines[:0], s, st, m, m)
	return d.lines
}

// centredLines draws lines centred in the column [x, x+w] from top, one line
// height apart, and returns the y below them and the widest line's width.
func (d *pdfLayout) centredLines(lines []string, x, w, top float64, st style, size, spacing float64) (y, widest float64) {
	lh := lineHeight(size, spacing)
	y = top
	for _, l := range lines {
		l = strings.ReplaceAll(l, nbsp, " ") // see glueWords
		lw := d.measure(st, size, l)
		widest = max(widest, lw)
		d.text(x+(w-lw)/2, baseline(y, lh, size), l, st, size)
		y += lh
	}
	return y, widest
}

// headerGutter keeps the left header's lines this far (mm) from the right
// column, so that the two never read as one line.
const headerGutter = 2.0

// nbsp is the no-break space, which wrap never breaks at.
const nbsp = "\u00a0"

// gluedPairs are the two-word compounds of union and company names that a
// line break should not split: "CÔNG ĐOÀN CƠ SỞ CÔNG / TY TNHH" reads wrong
// to anyone. gluedWords also keeps a company's legal form with "CÔNG TY".
var (
	gluedPairs = strings.NewReplacer(pairs(false)...)
	gluedWords = strings.NewReplacer(pairs(true)...)
)

// pairs lists old, new arguments for strings.NewReplacer.
func pairs(withForms bool) []string {
	var compounds []string
	if withForms {
		compounds = []string{"CÔNG TY TNHH", "CÔNG TY CỔ PHẦN", "CÔNG TY CP"}
	}
	compounds = append(compounds, "CÔNG TY", "CÔNG ĐOÀN", "CƠ SỞ", "CÔNG NGHIỆP", "KINH TẾ", "LIÊN ĐOÀN",
		"LAO ĐỘNG", "THÀNH PHỐ", "TẬP ĐOÀN", "ĐẦU TƯ", "PHÁT TRIỂN", "HẠ TẦNG", "THƯƠNG MẠI",
		"DỊCH VỤ", "SẢN XUẤT", "VIỆT NAM", "ĐẠI DIỆN", "SỬ DỤNG", "CHẤP HÀNH", "HỘI NGHỊ")
	var out []string
	for _, c := range compounds {
		out = append(out, c, strings.ReplaceAll(c, " ", nbsp))
	}
	return out
}

// headerLines wraps a line of the left header into balanced lines, keeping as
// many compounds whole (gluedWords, then gluedPairs) as cost no extra line.
// centredLines prints the no-break spaces as ordinary ones again.
func (d *pdfLayout) headerLines(s string, st style, size, w float64) []string {
	plain := len(d.balancedText(s, st, size, w))
	for _, r := range []*strings.Replacer{gluedWords, gluedPairs} {
		if lines := d.balancedText(r.Replace(s), st, size, w); len(lines) <= plain {
			return lines
		}
	}
	return d.balancedText(s, st, size, w)
}

// rule draws a horizontal rule of length l centred on cx at height y.
func (d *pdfLayout) rule(cx, y, l float64) {
	d.pdf.SetLineWidth(ruleWidth)
	d.line(cx-l/2, y, cx+l/2, y)
}

// drawHeader draws the two-column header and the title block on page 1.
func (d *pdfLayout) drawHeader(h Header) {
	W := d.width()
	lw := W * headerSplit
	rw := W - lw
	lx, rx := d.x0, d.x0+lw
	const ruleGap = 0.8 // between the text above a rule and the rule

	// Left column: upper level, issuer, rule.
	yl := d.yTop
	if s := oneLine(upper(h.UpperLevel)); s != "" {
		yl, _ = d.centredLines(d.headerLines(s, regular, sizeHeader, lw-headerGutter), lx, lw, yl, regular, sizeHeader, spacingSingle)
	}
	if s := oneLine(upper(h.Issuer)); s != "" {
		var widest float64
		yl, widest = d.centredLines(d.headerLines(s, bold, sizeHeader, lw-headerGutter), lx, lw, yl, bold, sizeHeader, spacingSingle)
		yl += ruleGap
		d.rule(lx+lw/2, yl, max(widest*0.4, 15))
	}

	// Right column: Quốc hiệu, Tiêu ngữ with a rule as long as it; or the form.
	yr := d.yTop
	if len(h.Form) > 0 {
		for i, l := range h.Form {
			st, size := italic, sizeFormNote
			if i == 0 {
				st, size = bold, sizeHeader
			}
			yr, _ = d.centredLines(d.balancedText(oneLine(clean(l)), st, size, rw), rx, rw, yr, st, size, spacingSingle)
		}
	} else {
		yr, _ = d.centredLines([]string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, rx, rw, yr, bold, sizeHeader, spacingSingle)
		var mottoW float64
		yr, mottoW = d.centredLines([]string{"Độc lập - Tự do - Hạnh phúc"}, rx, rw, yr, bold, sizeMotto, spacingSingle)
		yr += ruleGap
		d.rule(rx+rw/2, yr, mottoW)
	}

	if h.NoNumber {
		d.y = max(yl, yr) + lineHeight(sizeBody, spacingBody)
		d.drawTitle(h)
		return
	}
	// One blank line, then the number and the place/date on the same line.
	y := max(yl, yr) + lineHeight(sizeNumber, spacingSingle)*0.8
	number := blankNumber
	if n := oneLine(clean(h.Number)); n != "" {
		n = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(n, "Số:"), "Số"))
		number = numberLabel + n
	}
	yl, _ = d.centredLines(d.wrapText(number, regular, sizeNumber, lw), lx, lw, y, regular, sizeNumber, spacingSingle)
	// The place/date line stays on one line if a slightly smaller size allows.
	date := placeDate(h.Place, h.Date)
	dateSize := sizeMotto
	for dateSize > sizeMinDate && d.measure(italic, dateSize, date) > rw {
		dateSize -= 0.5
	}
	yr, _ = d.centredLines(d.balancedText(date, italic, dateSize, rw), rx, rw, y, italic, dateSize, spacingSingle)

	subject := oneLine(clean(h.Subject))
	typeName := oneLine(upper(h.TypeName))
	if typeName == "" && subject != "" {
		// Công văn: the trích yếu sits under the number.
		if !strings.HasPrefix(subject, "V/v") {
			subject = congVanPref + subject
		}
		yl, _ = d.centredLines(d.balancedText(subject, regular, sizeCongVan, lw), lx, lw, yl+1, regular, sizeCongVan, spacingSingle)
	}
	d.y = max(yl, yr) + lineHeight(sizeBody, spacingBody)
	d.drawTitle(h)
}

// drawTitle draws the type name and the trích yếu under the header, centred,
// with a short rule; a công văn (no type name) has none.
func (d *pdfLayout) drawTitle(h Header) {
	W := d.width()
	const ruleGap = 0.8
	subject := oneLine(clean(h.Subject))
	typeName := oneLine(upper(h.TypeName))
	if typeName == "" {
		return
	}
	d.y += lineHeight(sizeTitle, spacingSingle) * 0.5
	var widest float64
	d.y, widest = d.centredLines(d.balancedText(typeName, bold, sizeTitle, W), d.x0, W, d.y, bold, sizeTitle, spacingSingle)
	if subject != "" {
		d.y, widest = d.centredLines(d.balancedText(subject, bold, sizeTitle, W), d.x0, W, d.y, bold, sizeTitle, spacingSingle)
	}
	d.y += ruleGap
	d.rule(d.x0+W/2, d.y, max(widest/3, 25))
	d.y += lineHeight(sizeBody, spacingBody)
}
