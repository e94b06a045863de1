package reports

import (
	"errors"
	"io"
	"strings"
)

// Document is a document in the official layout, kept as a list of blocks
// (header, paragraphs, tables, closing…) that two backends render: the PDF
// (Output, laid out here line by line) and the Word file (OutputDOCX, laid out
// by Word or LibreOffice from the same blocks and the same rules). Build it
// with New or NewLandscape, add content top to bottom, then write it once.
// A Document is not safe for concurrent use; separate Documents are.
type Document struct {
	header    Header
	landscape bool
	noNotes   bool
	blocks    []block
	g         *glyphWidths

	pdf    *pdfLayout // the PDF pages, once laid out
	closed bool       // Output or OutputDOCX was called
}

// blockKind is what a block is.
type blockKind int

const (
	blockHeading    blockKind = iota // bold section heading, kept with what follows
	blockParagraph                   // justified body paragraph (text, st)
	blockBullet                      // "- " item with a hanging indent
	blockCentred                     // centred, balanced lines (text, st, size)
	blockPageBreak                   // a new page, unless the page is empty
	blockFill                        // n dotted lines to fill in by hand
	blockTable                       // a ruled table
	blockClosing                     // signature block and Nơi nhận
	blockSignatures                  // signature blocks side by side (biên bản)
	blockFrame                       // a new page with a header of its own (header)
)

// block is one piece of a Document, already cleaned for printing.
type block struct {
	kind       blockKind
	text       string // one paragraph, no "\n" (centred: lines joined by "\n")
	st         style
	size       float64
	n          int // blockFill: number of lines
	table      *Table
	signers    []Signer // blockClosing: one; blockSignatures: several
	recipients []string
	header     *Header // blockFrame
}

// keep is what the block being laid out must keep on the page of its last
// lines: lines of text (or table rows) and the height after them.
type keep struct {
	lines int
	after float64
}

// New starts an A4 portrait document whose first page carries the header and
// title block.
func New(h Header) (*Document, error) {
	return newDocument(false, h)
}

// NewLandscape is New on A4 landscape, for wide tables; the frame and margins
// are the same.
func NewLandscape(h Header) (*Document, error) {
	return newDocument(true, h)
}

func newDocument(landscape bool, h Header) (*Document, error) {
	g, err := loadWidths()
	if err != nil {
		return nil, err
	}
	return &Document{header: h, landscape: landscape, g: g}, nil
}

// DropEmptyNotes leaves out the "Ghi chú" column of every table in which no
// row has a note, when the chair prints without it (Request.NoNotes).
func (d *Document) DropEmptyNotes() { d.noNotes = true }

// add appends a block unless the document has been written.
func (d *Document) add(b block) {
	if !d.closed {
		d.blocks = append(d.blocks, b)
	}
}

// Output writes the document as PDF to w. It may be called once (with
// OutputDOCX, once in all); the document cannot be changed afterwards.
func (d *Document) Output(w io.Writer) error {
	if d.closed {
		return errors.New("reports: tài liệu đã được xuất")
	}
	l, err := d.layout()
	if err != nil {
		return err
	}
	d.closed = true
	dw := &deflater{w: w}
	if err := l.pdf.Output(dw); err != nil {
		return err
	}
	return dw.flush()
}

// PageCount returns the number of PDF pages, laying the document out if it
// has not been yet.
func (d *Document) PageCount() int {
	l, err := d.layout()
	if err != nil {
		return 0
	}
	return l.pdf.PageNo()
}

// layout draws the blocks on PDF pages, once.
func (d *Document) layout() (*pdfLayout, error) {
	if d.pdf != nil {
		return d.pdf, d.pdf.pdf.Error()
	}
	l, err := newPDFLayout(d.landscape, d.header, d.g)
	if err != nil {
		return nil, err
	}
	l.noNotes = d.noNotes
	keeps := l.keeps(d.blocks)
	for i := range d.blocks {
		l.keep = keeps[i]
		l.draw(&d.blocks[i])
	}
	l.keep = keep{}
	l.flushPending(0)
	d.pdf = l
	return l, l.pdf.Error()
}

// draw lays out one block.
func (d *pdfLayout) draw(b *block) {
	switch b.kind {
	case blockHeading:
		d.pending = append(d.pending, b.text)
	case blockParagraph:
		d.block(b.text, "", firstIndent, b.st)
	case blockBullet:
		d.block(b.text, "- ", firstIndent, b.st)
	case blockCentred:
		d.centredBlock(b.text, b.st, b.size)
	case blockPageBreak:
		if d.y > d.yTop+1e-6 {
			d.newPage()
		}
	case blockFill:
		d.fillLines(b.n)
	case blockTable:
		d.table(*b.table)
	case blockClosing:
		d.closing(b.signers[0], b.recipients)
	case blockSignatures:
		d.signatures(b.signers)
	case blockFrame:
		d.flushPending(0)
		// A page that starts a document of its own: no page number, as
		// on a first page.
		d.pdf.AddPage()
		d.y = d.yTop
		d.drawHeader(*b.header)
	}
}

// Closing blocks take at least this many lines of text (or table rows) of
// what comes before them to their page: a signature never stands alone.
const closingKeepsLines = 2

// keeps works out, for every block, what its last lines must keep with them
// (issue 11 item 6): a closing block or a row of signatures takes the last two
// lines of text before it, or the last rows of the table before it (and the
// one-line paragraph between), to its page.
func (d *pdfLayout) keeps(blocks []block) []keep {
	out := make([]keep, len(blocks))
	for i := range blocks {
		var h float64
		switch blocks[i].kind {
		case blockClosing:
			h = d.closingHeight(blocks[i].signers[0], blocks[i].recipients)
		case blockSignatures:
			h = d.signaturesHeight(blocks[i].signers)
		default:
			continue
		}
		after := h + lineHeight(sizeBody, spacingBody)*0.5
		need := closingKeepsLines
		for j := i - 1; j >= 0 && need > 0; j-- {
			b := &blocks[j]
			switch b.kind {
			case blockParagraph, blockBullet:
				n := len(d.paragraphLines(b))
				if n >= need {
					out[j] = keep{lines: need, after: after}
					need = 0
					break
				}
				out[j] = keep{lines: n, after: after}
				after += float64(n)*lineHeight(sizeBody, spacingBody) + paraAfter
				need -= n
			case blockTable:
				out[j] = keep{lines: need, after: after}
				need = 0
			default:
				need = 0 // headings, centred lines and fill lines keep their own rules
			}
		}
	}
	return out
}

// PageBreak starts a new page, unless nothing has been drawn on the current
// one yet. Headings waiting for their text move with it.
func (d *Document) PageBreak() { d.add(block{kind: blockPageBreak}) }

// NewFrame starts a new page with a header and title of its own, as the first
// page of another document printed in the same file: the ballots of several
// elections, or the biên bản kiểm phiếu of each.
func (d *Document) NewFrame(h Header) { d.add(block{kind: blockFrame, header: &h}) }

// CenteredBold adds bold text centred on the text width, e.g. the issuing
// authority and "QUYẾT ĐỊNH:" in a quyết định (Decree 30 Phụ lục III, Mẫu 1.3).
// It stays on one page with the first line of what follows.
func (d *Document) CenteredBold(text string) { d.centred(text, bold, sizeBody) }

// CenteredItalic adds italic text centred on the text width, e.g. "(Kèm theo
// Quyết định số …)" under the title of an annex.
func (d *Document) CenteredItalic(text string) { d.centred(text, italic, sizeBody) }

// centred adds each line of text ("\n" breaks it) centred and wrapped into
// balanced lines, then the paragraph spacing.
func (d *Document) centred(text string, st style, size float64) {
	var lines []string
	for _, p := range strings.Split(clean(text), "\n") {
		if p = oneLine(p); p != "" {
			lines = append(lines, p)
		}
	}
	if len(lines) > 0 {
		d.add(block{kind: blockCentred, text: strings.Join(lines, "\n"), st: st, size: size})
	}
}

// Annex starts an appendix on a new page: its title in bold upper case
// centred, e.g. "BIỂU THỐNG KÊ", and under it a note in italics such as
// "(Kèm theo Báo cáo số 07/BC-CĐCS ngày 05/01/2027 của …)".
func (d *Document) Annex(title, note string) {
	d.PageBreak()
	d.centred(upper(title), bold, sizeTitle)
	d.centred(note, italic, sizeBody)
}

// FillLines adds n dotted lines across the text width, to be filled in by
// hand where the chair has written nothing yet.
func (d *Document) FillLines(n int) {
	if n > 0 {
		d.add(block{kind: blockFill, n: n})
	}
}

// Signatures adds signature blocks side by side, each centred in an equal
// share of the text width, with no Nơi nhận: the end of a biên bản, signed
// by the secretary and the chair, or by both sides of a dialogue. The names
// share one line; a signer without a Title has no title line. Like Closing,
// the row moves whole to a new page if it does not fit.
func (d *Document) Signatures(signers ...Signer) {
	if len(signers) > 0 {
		d.add(block{kind: blockSignatures, signers: signers})
	}
}

// Heading adds a bold, left-aligned section heading such as "I. ĐẶC ĐIỂM TÌNH
// HÌNH". It is drawn together with what follows it: if the next paragraph's
// first line, the next table's header and first row, or the closing block
// would not fit under it, the heading moves to the next page with them.
func (d *Document) Heading(text string) {
	if s := oneLine(clean(text)); s != "" {
		d.add(block{kind: blockHeading, text: s, st: bold})
	}
}

// Paragraph adds body text: 13 pt, justified, first line indented 1.27 cm,
// 6 pt after. Each line of text ("\n") is a paragraph of its own; runs of
// spaces are collapsed.
func (d *Document) Paragraph(text string) { d.paragraphs(text, regular) }

// ParagraphItalic is Paragraph in italics: the căn cứ (grounds) of a
// quyết định or nghị quyết (Decree 30/2020 Phụ lục I).
func (d *Document) ParagraphItalic(text string) { d.paragraphs(text, italic) }

func (d *Document) paragraphs(text string, st style) {
	for _, p := range strings.Split(clean(text), "\n") {
		if p = oneLine(p); p != "" {
			d.add(block{kind: blockParagraph, text: p, st: st})
		}
	}
}

// Bullet adds a "- " item: the dash at the paragraph indent, its text
// justified in a hanging indent after it. A leading dash in text is not doubled.
func (d *Document) Bullet(text string) {
	s := oneLine(clean(text))
	s = strings.TrimSpace(strings.TrimLeft(s, "-–•+"))
	if s != "" {
		d.add(block{kind: blockBullet, text: s, st: regular})
	}
}

// Table adds a table spanning the text width. The header row is kept with the
// first body row and, unless NoHeaderRepeat, repeated at the top of each page.
// Column widths come from the measured text of the header and the rows.
func (d *Document) Table(t Table) {
	if len(t.Columns) > 0 {
		d.add(block{kind: blockTable, table: &t})
	}
}

// Closing adds the end of the document: the signature block on the right
// (authority, "KT. …" for a deputy, title, room for signature and seal, name)
// and, level with it on the left, "Nơi nhận:" with one "- …;" entry per
// recipient, the last ending in "." (the punctuation is added or corrected).
// The block is never split, and it takes the last two lines of text (or
// table rows) before it to its page.
func (d *Document) Closing(s Signer, recipients []string) {
	d.add(block{kind: blockClosing, signers: []Signer{s}, recipients: recipientEntries(recipients)})
}
