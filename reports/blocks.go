package reports

import "strings"

// centredBlock draws each line of text ("\n" breaks it) centred and wrapped
// into balanced lines, then the paragraph spacing. It stays on one page with
// the first line of what follows.
func (d *pdfLayout) centredBlock(text string, st style, size float64) {
	lines := d.centredLinesOf(text, st, size)
	lh := lineHeight(size, spacingBody)
	h := float64(len(lines)) * lh
	d.flushPending(h + lh)
	d.ensure(h + lh)
	d.y, _ = d.centredLines(lines, d.x0, d.width(), d.y, st, size, spacingBody)
	d.y += paraAfter
}

// centredLinesOf wraps each line of a centred block into balanced lines.
func (d *pdfLayout) centredLinesOf(text string, st style, size float64) []string {
	var lines []string
	for _, p := range strings.Split(text, "\n") {
		lines = append(lines, d.balancedText(p, st, size, d.width())...)
	}
	return lines
}

// fillDots is a dotted line as wide as the text area.
func (d *pdfLayout) fillDots() string {
	return strings.Repeat(".", int(d.width()/d.measure(regular, sizeBody, ".")))
}

// fillLines draws n dotted lines across the text width.
func (d *pdfLayout) fillLines(n int) {
	lh := lineHeight(sizeBody, spacingBody)
	d.flushPending(lh)
	dots := d.fillDots()
	for range n {
		d.ensure(lh)
		d.text(d.x0, baseline(d.y, lh, sizeBody), dots, regular, sizeBody)
		d.y += lh
	}
	d.y += paraAfter
}

// signatureBlocks wraps the signature blocks of a row of signers into columns
// of width w and returns them with the height of the tallest titles and names.
func (d *pdfLayout) signatureBlocks(signers []Signer) (blocks [][][]string, titleH, nameH float64) {
	w := d.width() / float64(len(signers))
	lh := lineHeight(sizeBody, spacingSingle)
	blocks = make([][][]string, len(signers))
	for i, s := range signers {
		blocks[i], _ = d.signatureLines(s, w-4, "")
		th := 0.0
		for _, ls := range blocks[i][:len(blocks[i])-1] {
			th += float64(len(ls)) * lh
		}
		titleH = max(titleH, th)
		nameH = max(nameH, float64(len(blocks[i][len(blocks[i])-1]))*lh)
	}
	return blocks, titleH, nameH
}

// signaturesHeight is the height of a row of signature blocks.
func (d *pdfLayout) signaturesHeight(signers []Signer) float64 {
	_, titleH, nameH := d.signatureBlocks(signers)
	return titleH + signBlank*lineHeight(sizeBody, spacingSingle) + nameH
}

// signatures draws signature blocks side by side; the row moves whole to a
// new page if it does not fit.
func (d *pdfLayout) signatures(signers []Signer) {
	w := d.width() / float64(len(signers))
	lh := lineHeight(sizeBody, spacingSingle)
	blocks, titleH, nameH := d.signatureBlocks(signers)
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
