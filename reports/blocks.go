package reports

import "strings"

// PageBreak starts a new page, unless nothing has been drawn on the current
// one yet. Headings waiting for their text move with it.
func (d *Document) PageBreak() {
	if d.closed || d.y <= d.yTop+1e-6 {
		return
	}
	d.newPage()
}

// CenteredBold adds bold text centred on the text width, e.g. the issuing
// authority and "QUYẾT ĐỊNH:" in a quyết định (Decree 30 Phụ lục III, Mẫu 1.3).
// It stays on one page with the first line of what follows.
func (d *Document) CenteredBold(text string) {
	d.centredBlock(text, bold, sizeBody)
}

// CenteredItalic adds italic text centred on the text width, e.g. "(Kèm theo
// Quyết định số …)" under the title of an annex.
func (d *Document) CenteredItalic(text string) {
	d.centredBlock(text, italic, sizeBody)
}

// centredBlock draws each line of text ("\n" breaks it) centred and wrapped
// into balanced lines, then the paragraph spacing.
func (d *Document) centredBlock(text string, st style, size float64) {
	if d.closed {
		return
	}
	var lines []string
	for _, p := range strings.Split(clean(text), "\n") {
		if p = oneLine(p); p != "" {
			lines = append(lines, d.balancedText(p, st, size, d.width())...)
		}
	}
	if len(lines) == 0 {
		return
	}
	lh := lineHeight(size, spacingBody)
	h := float64(len(lines)) * lh
	d.flushPending(h + lh)
	d.ensure(h + lh) // keep with the first line of what follows
	d.y, _ = d.centredLines(lines, d.x0, d.width(), d.y, st, size, spacingBody)
	d.y += paraAfter
}

// Annex starts an appendix on a new page: its title in bold upper case
// centred, e.g. "BIỂU THỐNG KÊ", and under it a note in italics such as
// "(Kèm theo Báo cáo số 07/BC-CĐCS ngày 05/01/2027 của …)".
func (d *Document) Annex(title, note string) {
	if d.closed {
		return
	}
	d.PageBreak()
	d.centredBlock(upper(title), bold, sizeTitle)
	d.centredBlock(note, italic, sizeBody)
}

// FillLines adds n dotted lines across the text width, to be filled in by
// hand where the chair has written nothing yet.
func (d *Document) FillLines(n int) {
	if d.closed || n <= 0 {
		return
	}
	lh := lineHeight(sizeBody, spacingBody)
	d.flushPending(lh)
	dots := strings.Repeat(".", int(d.width()/d.measure(regular, sizeBody, ".")))
	for range n {
		d.ensure(lh)
		d.text(d.x0, baseline(d.y, lh, sizeBody), dots, regular, sizeBody)
		d.y += lh
	}
	d.y += paraAfter
}

// Signatures adds signature blocks side by side, each centred in an equal
// share of the text width, with no Nơi nhận: the end of a biên bản, signed
// by the secretary and the chair, or by both sides of a dialogue. The names
// share one line; a signer without a Title has no title line. Like Closing,
// the row moves whole to a new page if it does not fit.
func (d *Document) Signatures(signers ...Signer) {
	if d.closed || len(signers) == 0 {
		return
	}
	w := d.width() / float64(len(signers))
	lh := lineHeight(sizeBody, spacingSingle)
	blocks := make([][][]string, len(signers))
	titleH, nameH := 0.0, 0.0
	for i, s := range signers {
		blocks[i], _ = d.signatureLines(s, w-4, "")
		th := 0.0
		for _, ls := range blocks[i][:len(blocks[i])-1] {
			th += float64(len(ls)) * lh
		}
		titleH = max(titleH, th)
		nameH = max(nameH, float64(len(blocks[i][len(blocks[i])-1]))*lh)
	}
	h := titleH + signBlank*lh + nameH
	gap := lineHeight(sizeBody, spacingBody) * 0.5
	d.flushPending(gap + h)
	if d.fits(gap + h) {
		d.y += gap
	} else {
		d.ensure(h)
	}
	for i, lines := range blocks {
		x := d.x0 + float64(i)*w
		y := d.y
		for _, ls := range lines[:len(lines)-1] {
			y, _ = d.centredLines(ls, x, w, y, bold, sizeBody, spacingSingle)
		}
		d.centredLines(lines[len(lines)-1], x, w, d.y+titleH+signBlank*lh, bold, sizeBody, spacingSingle)
	}
	d.y += h + paraAfter
}
