package reports

// The Word backend: the same blocks as the PDF, written as a WordprocessingML
// package (ECMA-376 Part 1) that Word and LibreOffice lay out themselves, in
// the same frame — A4, margins 20/20/30/15 mm, the two-column header table,
// Times New Roman (LibreOffice substitutes the metric-compatible Liberation
// Serif), title, body, tables with repeated header rows, signature block and
// Nơi nhận, page numbers from page 2. Chairs finish documents in Word (issue
// 11 item 10).
//
// A small writer of our own rather than a library: the parts needed are a
// handful of fixed XML files and one document.xml written straight to the zip
// stream, which keeps a 100,000-row list fast and in little memory; the Go
// docx libraries found either wrap templates or build the whole tree in memory.

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// docxSlack (mm) is taken off the width of the lines the Word file breaks
// itself, so that Word does not break them once more.
const docxSlack = 2.0

// twips converts millimetres to twentieths of a point, Word's unit.
func twips(mm float64) int { return int(mm*1440/25.4 + 0.5) }

// halfPoints converts a font size in points to Word's half-points.
func halfPoints(pt float64) int { return int(pt*2 + 0.5) }

// OutputDOCX writes the document as a Word file (.docx) to w. Like Output it
// may be called once; the document cannot be changed afterwards.
func (d *Document) OutputDOCX(w io.Writer) error {
	if d.closed {
		return errors.New("reports: tài liệu đã được xuất")
	}
	d.closed = true
	z := zip.NewWriter(w)
	// Repetitive XML deflates well at the fastest level, and a long list
	// stays quick to write.
	z.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	now := time.Now()
	part := func(name string, write func(*bufio.Writer) error) error {
		f, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return err
		}
		bw := bufio.NewWriterSize(f, 256<<10)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	static := func(s string) func(*bufio.Writer) error {
		return func(b *bufio.Writer) error { _, err := b.WriteString(s); return err }
	}
	parts := []struct {
		name  string
		write func(*bufio.Writer) error
	}{
		{"[Content_Types].xml", static(docxContentTypes)},
		{"_rels/.rels", static(docxRootRels)},
		{"docProps/core.xml", static(d.docxCore())},
		{"word/_rels/document.xml.rels", static(docxDocumentRels)},
		{"word/styles.xml", static(d.docxStyles())},
		{"word/settings.xml", static(docxSettings)},
		{"word/header1.xml", static(docxPageNumberHeader)},
		{"word/header2.xml", static(docxEmptyHeader)},
		{"word/document.xml", d.writeDocumentXML},
	}
	for _, p := range parts {
		if err := part(p.name, p.write); err != nil {
			return err
		}
	}
	return z.Close()
}

// docxCore is the package's core properties: title and author, as in the PDF.
func (d *Document) docxCore() string {
	var b xmlBuf
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.s("<dc:title>").text(documentTitle(d.header)).s("</dc:title>")
	b.s("<dc:creator>").text(upper(d.header.Issuer)).s("</dc:creator>")
	b.s("<cp:lastModifiedBy>").text(docCreator).s("</cp:lastModifiedBy>")
	b.s("</cp:coreProperties>")
	return string(b)
}

// xmlBuf builds XML text.
type xmlBuf []byte

func (b *xmlBuf) s(s string) *xmlBuf { *b = append(*b, s...); return b }
func (b *xmlBuf) i(n int) *xmlBuf    { *b = strconv.AppendInt(*b, int64(n), 10); return b }

// text appends s escaped for XML character data. clean has removed the
// control characters XML does not allow.
func (b *xmlBuf) text(s string) *xmlBuf {
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '&':
			b.s("&amp;")
		case '<':
			b.s("&lt;")
		case '>':
			b.s("&gt;")
		case '"':
			b.s("&quot;")
		default:
			if c < utf8.RuneSelf {
				*b = append(*b, c)
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && n == 1 {
					*b = append(*b, '?')
				} else {
					*b = append(*b, s[i:i+n]...)
				}
				i += n
				continue
			}
		}
		i++
	}
	return b
}

// run is one run of text: its face, size (0: the paragraph style's) and text,
// where "\n" becomes a line break.
func (b *xmlBuf) run(s string, st style, size float64) *xmlBuf { return b.runOf(s, st, size, false) }

// bodyRun is run for the body's paragraphs (and table cells, runOf with
// body set), where Word wraps the lines itself: a document's ký hiệu ("22/KH-TLĐ") keeps its hyphen unbroken.
func (b *xmlBuf) bodyRun(s string, st style) *xmlBuf { return b.runOf(s, st, 0, true) }

func (b *xmlBuf) runOf(s string, st style, size float64, body bool) *xmlBuf {
	b.s("<w:r>")
	if st != regular || size > 0 {
		b.s("<w:rPr>")
		if st == bold || st == boldItalic {
			b.s("<w:b/>")
		}
		if st == italic || st == boldItalic {
			b.s("<w:i/>")
		}
		if size > 0 {
			b.s(`<w:sz w:val="`).i(halfPoints(size)).s(`"/><w:szCs w:val="`).i(halfPoints(size)).s(`"/>`)
		}
		b.s("</w:rPr>")
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.s("<w:br/>")
		}
		parts := []string{strings.ReplaceAll(line, nbsp, " ")}
		if body {
			parts = splitSymbolHyphens(parts[0])
		}
		for j, part := range parts {
			if j > 0 {
				// Word and LibreOffice never break a line here: "22/KH-TLĐ" stays whole, as in the PDF.
				b.s("<w:noBreakHyphen/>")
			}
			b.s(`<w:t xml:space="preserve">`).text(part).s("</w:t>")
		}
	}
	b.s("</w:r>")
	return b
}

// docxWriter writes document.xml.
type docxWriter struct {
	d      *Document
	m      *pdfLayout // measures and wraps text as the PDF does, draws nothing
	narrow *pdfLayout // m, docxSlack narrower: for the lines the Word file breaks itself
	out    *bufio.Writer
	b      xmlBuf
	page   bool // the next paragraph starts a new page
	err    error
}

// flush writes the buffered XML out.
func (w *docxWriter) flush() {
	if w.err == nil {
		_, w.err = w.out.Write(w.b)
	}
	w.b = w.b[:0]
}

// pPr opens a paragraph with a style and extra properties.
func (w *docxWriter) pPr(styleID, extra string) {
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="`).s(styleID).s(`"/>`)
	if w.page {
		w.b.s("<w:pageBreakBefore/>")
		w.page = false
	}
	w.b.s(extra).s("</w:pPr>")
}

// writeDocumentXML writes the body: header table, title, blocks, section.
func (d *Document) writeDocumentXML(out *bufio.Writer) error {
	pageW, pageH := 210.0, 297.0
	if d.landscape {
		pageW, pageH = pageH, pageW
	}
	w := &docxWriter{d: d, out: out,
		m:      &pdfLayout{g: d.g, x0: marginLeft, x1: pageW - marginRight, noNotes: d.noNotes},
		narrow: &pdfLayout{g: d.g, x0: marginLeft, x1: pageW - marginRight - docxSlack}}
	w.b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	w.b.s(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>`)
	w.header(d.header)
	keeps := w.m.keeps(d.blocks)
	for i := range d.blocks {
		w.block(&d.blocks[i], keeps[i])
		if len(w.b) > 64<<10 {
			w.flush()
		}
	}
	w.b.s(`<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/>`)
	w.b.s(`<w:pgSz w:w="`).i(twips(pageW)).s(`" w:h="`).i(twips(pageH)).s(`"`)
	if d.landscape {
		w.b.s(` w:orient="landscape"`)
	}
	w.b.s(`/><w:pgMar w:top="`).i(twips(marginTop)).s(`" w:right="`).i(twips(marginRight)).
		s(`" w:bottom="`).i(twips(marginBottom)).s(`" w:left="`).i(twips(marginLeft)).
		s(`" w:header="`).i(twips(marginTop/2 - 2)).s(`" w:footer="`).i(twips(marginBottom / 2)).s(`" w:gutter="0"/>`)
	w.b.s(`<w:titlePg/></w:sectPr></w:body></w:document>`)
	w.flush()
	return w.err
}

// rulePara is an empty paragraph whose top border is a centred rule length
// mm long in a column width mm wide.
func (w *docxWriter) rulePara(width, length float64) {
	side := twips(max((width-length)/2, 0))
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr><w:ind w:left="`).
		i(side).s(`" w:right="`).i(side).s(`"/></w:pPr></w:p>`)
}

// centredPara is a centred paragraph of lines in one face and size.
func (w *docxWriter) centredPara(lines []string, st style, size float64, extra string) {
	if len(lines) == 0 {
		return
	}
	w.pPr("Center", extra)
	w.b.run(strings.Join(lines, "\n"), st, size)
	w.b.s("</w:p>")
}

// header writes the two-column header table and the title block (DOMAIN §6),
// with the same line breaks as the PDF.
func (w *docxWriter) header(h Header) {
	m := w.m
	W := m.width()
	lw := W * headerSplit
	rw := W - lw
	w.b.s(`<w:tbl><w:tblPr><w:tblW w:w="`).i(twips(W)).s(`" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
	w.b.s(`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>`)
	w.b.s(`<w:tblGrid><w:gridCol w:w="`).i(twips(lw)).s(`"/><w:gridCol w:w="`).i(twips(rw)).s(`"/></w:tblGrid>`)

	// Row 1: upper level and issuer with its rule; Quốc hiệu and Tiêu ngữ with its rule.
	w.b.s(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="`).i(twips(lw)).s(`" w:type="dxa"/></w:tcPr>`)
	if s := oneLine(upper(h.UpperLevel)); s != "" {
		w.centredPara(m.headerLines(s, regular, sizeHeader, lw-headerGutter), regular, sizeHeader, "")
	}
	if s := oneLine(upper(h.Issuer)); s != "" {
		lines := m.headerLines(s, bold, sizeHeader, lw-headerGutter)
		widest := 0.0
		for _, l := range lines {
			widest = max(widest, m.measure(bold, sizeHeader, strings.ReplaceAll(l, nbsp, " ")))
		}
		w.centredPara(lines, bold, sizeHeader, "")
		w.rulePara(lw, max(widest*0.4, 15))
	} else {
		w.b.s(`<w:p/>`)
	}
	w.b.s(`</w:tc><w:tc><w:tcPr><w:tcW w:w="`).i(twips(rw)).s(`" w:type="dxa"/></w:tcPr>`)
	if len(h.Form) > 0 {
		for i, l := range h.Form {
			st, size := italic, sizeFormNote
			if i == 0 {
				st, size = bold, sizeHeader
			}
			w.centredPara(m.balancedText(oneLine(clean(l)), st, size, rw-docxSlack), st, size, "")
		}
	} else {
		w.centredPara([]string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, bold, sizeHeader, "")
		motto := "Độc lập - Tự do - Hạnh phúc"
		w.centredPara([]string{motto}, bold, sizeMotto, "")
		w.rulePara(rw, m.measure(bold, sizeMotto, motto))
	}
	w.b.s(`</w:tc></w:tr>`)
	if h.NoNumber {
		w.b.s(`</w:tbl>`)
	} else {
		w.numberRow(h, lw, rw)
	}
	w.title(h)
}

// numberRow is the header's second row: the number (and a công văn's trích
// yếu); place and date.
func (w *docxWriter) numberRow(h Header, lw, rw float64) {
	m := w.m
	// Row 2: number (and a công văn's trích yếu); place and date.
	number := blankNumber
	if n := oneLine(clean(h.Number)); n != "" {
		n = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(n, "Số:"), "Số"))
		number = numberLabel + n
	}
	spaced := `<w:spacing w:before="` + strconv.Itoa(halfPoints(sizeNumber)*8) + `"/>` // a blank line above, as in the PDF
	w.b.s(`<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="`).i(twips(lw)).s(`" w:type="dxa"/></w:tcPr>`)
	w.centredPara(m.wrapText(number, regular, sizeNumber, lw-docxSlack), regular, sizeNumber, spaced)
	subject := oneLine(clean(h.Subject))
	typeName := oneLine(upper(h.TypeName))
	if typeName == "" && subject != "" {
		if !strings.HasPrefix(subject, "V/v") {
			subject = congVanPref + subject
		}
		w.centredPara(m.balancedText(subject, regular, sizeCongVan, lw-docxSlack), regular, sizeCongVan, "")
	}
	w.b.s(`</w:tc><w:tc><w:tcPr><w:tcW w:w="`).i(twips(rw)).s(`" w:type="dxa"/></w:tcPr>`)
	date := placeDate(h.Place, h.Date)
	dateSize := sizeMotto
	for dateSize > sizeMinDate && m.measure(italic, dateSize, date) > rw-docxSlack {
		dateSize -= 0.5
	}
	w.centredPara(m.balancedText(date, italic, dateSize, rw-docxSlack), italic, dateSize, spaced)
	w.b.s(`</w:tc></w:tr></w:tbl>`)
}

// title is the type name and trích yếu under the header, with its rule.
func (w *docxWriter) title(h Header) {
	m := w.m
	W := m.width()
	subject := oneLine(clean(h.Subject))
	typeName := oneLine(upper(h.TypeName))
	if typeName == "" {
		w.b.s(`<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr></w:p>`)
		return
	}
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:spacing w:before="0" w:after="0" w:line="`).
		i(twips(lineHeight(sizeTitle, spacingSingle)*1.5) + 0).s(`" w:lineRule="exact"/></w:pPr></w:p>`)
	// Word's line may come out a hair wider than ours: wrap with a margin.
	tw := W - docxSlack
	w.centredPara(m.balancedText(typeName, bold, sizeTitle, tw), bold, sizeTitle, "<w:keepNext/>")
	widest := 0.0
	for _, l := range m.balancedText(typeName, bold, sizeTitle, tw) {
		widest = max(widest, m.measure(bold, sizeTitle, l))
	}
	if subject != "" {
		lines := append([]string(nil), m.balancedText(subject, bold, sizeTitle, tw)...)
		widest = 0
		for _, l := range lines {
			widest = max(widest, m.measure(bold, sizeTitle, l))
		}
		w.centredPara(lines, bold, sizeTitle, "<w:keepNext/>")
	}
	w.rulePara(W, max(widest/3, 25))
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:spacing w:before="0" w:after="0" w:line="`).
		i(twips(lineHeight(sizeBody, spacingBody))).s(`" w:lineRule="exact"/></w:pPr></w:p>`)
}

// keepNextIf is the keep-with-next property when on.
func keepNextIf(on bool) string {
	if on {
		return "<w:keepNext/>"
	}
	return ""
}

// block writes one block; k says whether it must stay with what follows.
func (w *docxWriter) block(b *block, k keep) {
	switch b.kind {
	case blockHeading:
		w.pPr("Heading", "")
		w.b.run(b.text, regular, 0).s("</w:p>")
	case blockParagraph:
		w.pPr("Body", keepNextIf(k.lines > 0))
		w.b.bodyRun(b.text, b.st).s("</w:p>")
	case blockBullet:
		w.pPr("Bullet", keepNextIf(k.lines > 0))
		w.b.s(`<w:r><w:t xml:space="preserve">-</w:t></w:r><w:r><w:tab/></w:r>`)
		w.b.bodyRun(b.text, b.st).s("</w:p>")
	case blockCentred:
		w.centredPara(w.narrow.centredLinesOf(b.text, b.st, b.size), b.st, b.size, `<w:keepNext/><w:spacing w:after="120" w:line="300" w:lineRule="auto"/>`)
	case blockPageBreak:
		w.page = true
	case blockFrame:
		w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:pageBreakBefore/></w:pPr></w:p>`)
		w.page = false
		w.header(*b.header)
	case blockFill:
		dots := w.narrow.fillDots()
		for i := range b.n {
			extra := ""
			if i < b.n-1 {
				extra = `<w:spacing w:after="0"/>`
			}
			w.pPr("Body", `<w:ind w:firstLine="0"/>`+extra)
			w.b.run(dots, regular, 0).s("</w:p>")
		}
	case blockTable:
		w.table(*b.table, k)
	case blockClosing:
		w.closing(b.signers[0], b.recipients)
	case blockSignatures:
		w.signatures(b.signers)
	}
}

// table writes a ruled table: fixed column widths measured as for the PDF,
// the header row repeated on each page, rows that never split, and the last
// rows kept together (and with what follows when k asks).
func (w *docxWriter) table(t Table, k keep) {
	t = printedTable(t, w.m.noNotes)
	size := tableSize(&t)
	widths := columnWidths(w.d.g, &t, size, w.m.width())
	if w.page { // a table cannot carry pageBreakBefore
		w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:pageBreakBefore/></w:pPr></w:p>`)
		w.page = false
	}
	w.b.s(`<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/><w:tblW w:w="`).i(twips(w.m.width())).s(`" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, cw := range widths {
		w.b.s(`<w:gridCol w:w="`).i(twips(cw)).s(`"/>`)
	}
	w.b.s(`</w:tblGrid>`)
	sz := ""
	if size != sizeTable {
		sz = `<w:rPr><w:sz w:val="` + strconv.Itoa(halfPoints(size)) + `"/></w:rPr>`
	}
	// Header row.
	w.b.s(`<w:tr><w:trPr><w:cantSplit/>`)
	if !t.NoHeaderRepeat {
		w.b.s(`<w:tblHeader/>`)
	}
	w.b.s(`</w:trPr>`)
	for c, col := range t.Columns {
		w.b.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(twips(widths[c])).s(`" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>`)
		w.b.s(`<w:p><w:pPr><w:pStyle w:val="TH"/><w:keepNext/>`).s(sz).s(`</w:pPr>`)
		w.b.run(clean(col.Title), bold, sizeIf(size)).s(`</w:p></w:tc>`)
	}
	w.b.s(`</w:tr>`)
	styles := make([]string, len(t.Columns))
	for c, col := range t.Columns {
		styles[c] = [...]string{AlignLeft: "TL", AlignCenter: "TC", AlignRight: "TR"}[col.Align]
	}
	n := len(t.Rows)
	keepFrom := n - max(tableKeepRows(&t), k.lines)
	for i, row := range t.Rows {
		if t.Progress != nil && i%progressEvery == 0 && i > 0 {
			t.Progress(i)
		}
		w.b.s(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		// Keep with the next row: the first row with the header row's page,
		// the last ones together and with what follows.
		kn := (i == 0 && n > 1) || (i >= keepFrom && (i < n-1 || k.lines > 0))
		for c := range t.Columns {
			s := ""
			if c < len(row) {
				s = clean(row[c])
			}
			w.b.s(`<w:tc><w:p><w:pPr><w:pStyle w:val="`).s(styles[c]).s(`"/>`)
			if kn {
				w.b.s(`<w:keepNext/>`)
			}
			w.b.s(sz).s(`</w:pPr>`)
			if s != "" {
				w.b.runOf(s, regular, sizeIf(size), true)
			}
			w.b.s(`</w:p></w:tc>`)
		}
		w.b.s(`</w:tr>`)
		if len(w.b) > 64<<10 {
			w.flush()
		}
	}
	w.b.s(`</w:tbl>`)
	// The space after the table, as after a paragraph.
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/>`).s(keepNextIf(k.lines > 0)).
		s(`<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>`)
	if t.Progress != nil {
		t.Progress(n)
	}
}

// sizeIf is size when it differs from the table styles' 11 pt, else 0.
func sizeIf(size float64) float64 {
	if size == sizeTable {
		return 0
	}
	return size
}

// borderless opens a table without borders or cell margins, in columns of
// the given widths (mm), whose one row never splits.
func (w *docxWriter) borderless(widths ...float64) {
	if w.page {
		w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:pageBreakBefore/></w:pPr></w:p>`)
		w.page = false
	}
	total := 0.0
	for _, x := range widths {
		total += x
	}
	w.b.s(`<w:tbl><w:tblPr><w:tblW w:w="`).i(twips(total)).s(`" w:type="dxa"/><w:tblLayout w:type="fixed"/>`)
	w.b.s(`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>`)
	for _, x := range widths {
		w.b.s(`<w:gridCol w:w="`).i(twips(x)).s(`"/>`)
	}
	w.b.s(`</w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr>`)
}

// cell opens a cell of a borderless table.
func (w *docxWriter) cell(width float64) {
	w.b.s(`<w:tc><w:tcPr><w:tcW w:w="`).i(twips(width)).s(`" w:type="dxa"/></w:tcPr>`)
}

// signatureCell writes a signature block's lines: titles, the blank lines
// for signature and seal, the name.
func (w *docxWriter) signatureCell(lines [][]string) {
	for i, ls := range lines {
		extra := ""
		if i == len(lines)-1 {
			extra = `<w:spacing w:before="` + strconv.Itoa(signBlank*twips(lineHeight(sizeBody, spacingSingle))) + `"/>`
		}
		w.centredPara(ls, bold, sizeBody, extra)
	}
}

// closing writes Nơi nhận on the left and the signature block on the right,
// in one row that never splits.
func (w *docxWriter) closing(s Signer, entries []string) {
	lw := w.m.width() * signSplit
	rw := w.m.width() - lw
	signLines, _, _ := w.m.closingParts(s, entries)
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="`).
		i(twips(lineHeight(sizeBody, spacingBody) * 0.5)).s(`" w:lineRule="exact"/></w:pPr></w:p>`)
	w.borderless(lw, rw)
	w.cell(lw)
	if len(entries) > 0 {
		w.pPr("Recv", "")
		w.b.run("Nơi nhận:", boldItalic, sizeRecvHead).s("</w:p>")
		for _, e := range entries {
			w.pPr("Recv", "")
			w.b.s(`<w:r><w:t xml:space="preserve">-</w:t></w:r><w:r><w:tab/></w:r>`)
			w.b.run(e, regular, 0).s("</w:p>")
		}
	} else {
		w.b.s(`<w:p/>`)
	}
	w.b.s(`</w:tc>`)
	w.cell(rw)
	w.signatureCell(signLines)
	w.b.s(`</w:tc></w:tr></w:tbl>`)
}

// signatures writes signature blocks side by side, names on one line.
func (w *docxWriter) signatures(signers []Signer) {
	cw := w.m.width() / float64(len(signers))
	blocks, titleH, _ := w.m.signatureBlocks(signers)
	w.b.s(`<w:p><w:pPr><w:pStyle w:val="Rule"/><w:keepNext/><w:spacing w:before="0" w:after="0" w:line="`).
		i(twips(lineHeight(sizeBody, spacingBody) * 0.5)).s(`" w:lineRule="exact"/></w:pPr></w:p>`)
	widths := make([]float64, len(signers))
	for i := range widths {
		widths[i] = cw
	}
	w.borderless(widths...)
	lh := lineHeight(sizeBody, spacingSingle)
	for _, lines := range blocks {
		w.cell(cw)
		th := 0.0
		for _, ls := range lines[:len(lines)-1] {
			w.centredPara(ls, bold, sizeBody, "")
			th += float64(len(ls)) * lh
		}
		// Names level: the shorter title blocks get more room above the name.
		gap := `<w:spacing w:before="` + strconv.Itoa(twips(titleH-th+signBlank*lh)) + `"/>`
		w.centredPara(lines[len(lines)-1], bold, sizeBody, gap)
		w.b.s(`</w:tc>`)
	}
	w.b.s(`</w:tr></w:tbl>`)
}

// autoLine is Word's "auto" line spacing (240 = single, which for Times New
// Roman and Liberation Serif is 1.15 em) for a spacing in em.
func autoLine(spacing float64) int { return int(240*spacing/spacingSingle + 0.5) }

// docxStyles are the paragraph and table styles the body uses, in the sizes
// and spacing of the PDF (DOMAIN §6).
func (d *Document) docxStyles() string {
	dash := float64(d.g.units(regular, "- ")) * sizeBody * mmPerPt / 1000
	recvDashW := float64(d.g.units(regular, recvDash)) * sizeRecv * mmPerPt / 1000
	var b xmlBuf
	para := func(id, name, pPr, rPr string) {
		b.s(`<w:style w:type="paragraph" w:customStyle="1" w:styleId="`).s(id).s(`"><w:name w:val="`).s(name).
			s(`"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>`).s(pPr).s(`</w:pPr><w:rPr>`).s(rPr).s(`</w:rPr></w:style>`)
	}
	body := `<w:spacing w:before="0" w:after="` + strconv.Itoa(twips(paraAfter)) + `" w:line="` + strconv.Itoa(autoLine(spacingBody)) + `" w:lineRule="auto"/>`
	single := `<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>`
	table := `<w:rPr><w:sz w:val="` + strconv.Itoa(halfPoints(sizeTable)) + `"/><w:szCs w:val="` + strconv.Itoa(halfPoints(sizeTable)) + `"/></w:rPr>`
	b.s(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.s(`<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">`)
	b.s(`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`)
	b.s(`<w:sz w:val="`).i(halfPoints(sizeBody)).s(`"/><w:szCs w:val="`).i(halfPoints(sizeBody)).s(`"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`)
	b.s(`<w:pPrDefault><w:pPr><w:widowControl/>`).s(single).s(`</w:pPr></w:pPrDefault></w:docDefaults>`)
	b.s(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/></w:pPr></w:style>`)
	para("Body", "Nội dung", `<w:jc w:val="both"/><w:ind w:firstLine="`+strconv.Itoa(twips(firstIndent))+`"/>`+body, "")
	para("Heading", "Đề mục", `<w:keepNext/><w:keepLines/>`+body, "<w:b/><w:bCs/>")
	para("Bullet", "Gạch đầu dòng", `<w:jc w:val="both"/><w:tabs><w:tab w:val="left" w:pos="`+strconv.Itoa(twips(firstIndent+dash))+`"/></w:tabs><w:ind w:left="`+
		strconv.Itoa(twips(firstIndent+dash))+`" w:hanging="`+strconv.Itoa(twips(dash))+`"/>`+body, "")
	para("Center", "Căn giữa", `<w:jc w:val="center"/>`+single, "")
	para("Rule", "Đường kẻ", `<w:spacing w:before="`+strconv.Itoa(twips(0.8))+`" w:after="0" w:line="20" w:lineRule="exact"/>`, `<w:sz w:val="2"/>`)
	para("Recv", "Nơi nhận", `<w:tabs><w:tab w:val="left" w:pos="`+strconv.Itoa(twips(recvDashW))+`"/></w:tabs><w:ind w:left="`+strconv.Itoa(twips(recvDashW))+`" w:right="`+
		strconv.Itoa(twips(recvGap))+`" w:hanging="`+strconv.Itoa(twips(recvDashW))+`"/>`+single, `<w:sz w:val="`+strconv.Itoa(halfPoints(sizeRecv))+`"/>`)
	for _, a := range []struct{ id, name, jc string }{{"TH", "Tiêu đề bảng", "center"}, {"TL", "Ô bảng trái", "left"}, {"TC", "Ô bảng giữa", "center"}, {"TR", "Ô bảng phải", "right"}} {
		para(a.id, a.name, `<w:jc w:val="`+a.jc+`"/>`+single, table[len("<w:rPr>"):len(table)-len("</w:rPr>")])
	}
	line := `w:val="single" w:sz="4" w:space="0" w:color="000000"`
	b.s(`<w:style w:type="table" w:customStyle="1" w:styleId="Grid"><w:name w:val="Bảng kẻ ô"/><w:tblPr><w:tblBorders>`)
	for _, e := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.s("<w:" + e + " " + line + "/>")
	}
	b.s(`</w:tblBorders><w:tblCellMar><w:top w:w="`).i(twips(cellPadY)).s(`" w:type="dxa"/><w:left w:w="`).i(twips(cellPadX)).
		s(`" w:type="dxa"/><w:bottom w:w="`).i(twips(cellPadY)).s(`" w:type="dxa"/><w:right w:w="`).i(twips(cellPadX)).s(`" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	b.s(`</w:styles>`)
	return string(b)
}

// The fixed parts of the package.
const (
	docxContentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`

	docxRootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`

	docxDocumentRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdH2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`

	docxSettings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

	// Page numbers from page 2, centred in the top margin, 13 pt.
	docxPageNumberHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`

	docxEmptyHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p/></w:hdr>`
)

// splitSymbolHyphens splits s at the hyphens inside a document's số, ký hiệu
// ("22/KH-TLĐ", "145/2020/NĐ-CP"): a hyphen after an upper-case letter or a
// digit, in a word that has a slash, and followed by an upper-case letter.
// Word would break a line after such a hyphen; the PDF never does.
func splitSymbolHyphens(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	pos := 0 // byte offset of rs[i]
	wordHasSlash := false
	for i, r := range rs {
		switch {
		case r == ' ':
			wordHasSlash = false
		case r == '/':
			wordHasSlash = true
		case r == '-' && wordHasSlash && i > 0 && i+1 < len(rs) &&
			(unicode.IsUpper(rs[i-1]) || unicode.IsDigit(rs[i-1])) && unicode.IsUpper(rs[i+1]):
			out = append(out, s[start:pos])
			start = pos + 1
		}
		pos += utf8.RuneLen(r)
	}
	return append(out, s[start:])
}
