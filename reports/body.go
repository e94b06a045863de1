package reports

import (
	"strings"
)

// Heading adds a bold, left-aligned section heading such as "I. ĐẶC ĐIỂM TÌNH
// HÌNH". It is drawn together with what follows it: if the next paragraph's
// first line, the next table's header and first row, or the closing block
// would not fit under it, the heading moves to the next page with them.
func (d *Document) Heading(text string) {
	if d.closed {
		return
	}
	if s := oneLine(clean(text)); s != "" {
		d.pending = append(d.pending, s)
	}
}

// headingLines wraps a heading to the text width.
func (d *Document) headingLines(s string) []string {
	return d.wrapText(s, bold, sizeBody, d.width())
}

// flushPending draws the pending headings, first starting a new page unless
// they and next millimetres of what follows fit on this one.
func (d *Document) flushPending(next float64) {
	if len(d.pending) == 0 {
		return
	}
	lh := lineHeight(sizeBody, spacingBody)
	h := next
	for _, s := range d.pending {
		h += float64(len(d.headingLines(s)))*lh + paraAfter
	}
	d.ensure(h)
	for _, s := range d.pending {
		for _, l := range d.headingLines(s) {
			d.ensure(lh)
			d.text(d.x0, baseline(d.y, lh, sizeBody), l, bold, sizeBody)
			d.y += lh
		}
		d.y += paraAfter
	}
	d.pending = d.pending[:0]
}

// Paragraph adds body text: 13 pt, justified, first line indented 1.27 cm,
// 6 pt after. Each line of text ("\n") is a paragraph of its own; runs of
// spaces are collapsed.
func (d *Document) Paragraph(text string) {
	if d.closed {
		return
	}
	for _, p := range strings.Split(clean(text), "\n") {
		if p = oneLine(p); p != "" {
			d.block(p, "", firstIndent, regular)
		}
	}
}

// ParagraphItalic is Paragraph in italics: the căn cứ (grounds) of a
// quyết định or nghị quyết (Decree 30/2020 Phụ lục I).
func (d *Document) ParagraphItalic(text string) {
	if d.closed {
		return
	}
	for _, p := range strings.Split(clean(text), "\n") {
		if p = oneLine(p); p != "" {
			d.block(p, "", firstIndent, italic)
		}
	}
}

// Bullet adds a "- " item: the dash at the paragraph indent, its text
// justified in a hanging indent after it. A leading dash in text is not doubled.
func (d *Document) Bullet(text string) {
	if d.closed {
		return
	}
	s := oneLine(clean(text))
	s = strings.TrimSpace(strings.TrimLeft(s, "-–•+"))
	if s == "" {
		return
	}
	d.block(s, "- ", firstIndent, regular)
}

// block lays out one justified paragraph. Without a prefix the first line is
// indented by indent; with one, the prefix is drawn at indent and all lines of
// s start after it.
func (d *Document) block(s, prefix string, indent float64, st style) {
	lh := lineHeight(sizeBody, spacingBody)
	W := d.width()
	first, rest := W-indent, W
	var textX0 float64 // offset of continuation lines
	if prefix != "" {
		textX0 = indent + d.measure(regular, sizeBody, prefix)
		first, rest = W-textX0, W-textX0
	}
	lines := d.g.wrap(nil, s, st, maxUnits(first, sizeBody), maxUnits(rest, sizeBody))
	d.flushPending(lh)
	for i, l := range lines {
		d.ensure(lh)
		x, avail := d.x0+textX0, rest
		if i == 0 {
			x, avail = d.x0+W-first, first
			if prefix != "" {
				d.text(d.x0+indent, baseline(d.y, lh, sizeBody), prefix, regular, sizeBody)
			}
		}
		if i == len(lines)-1 {
			d.text(x, baseline(d.y, lh, sizeBody), l, st, sizeBody)
		} else {
			d.justified(x, avail, baseline(d.y, lh, sizeBody), l, st)
		}
		d.y += lh
	}
	d.y += paraAfter
}

// justified draws a body line stretched to avail millimetres by widening the
// spaces between its words. gofpdf's word spacing (Tw) has no effect on UTF-8
// fonts, which are written with two-byte codes, so words are placed one by one.
func (d *Document) justified(x, avail, base float64, line string, st style) {
	words := strings.Split(line, " ") // wrap's lines have single spaces
	if len(words) < 2 {
		d.text(x, base, line, st, sizeBody)
		return
	}
	total := 0.0
	for _, w := range words {
		total += d.measure(st, sizeBody, w)
	}
	gap := (avail - total) / float64(len(words)-1)
	for _, w := range words {
		d.text(x, base, w, st, sizeBody)
		x += d.measure(st, sizeBody, w) + gap
	}
}

// Closing adds the end of the document: the signature block on the right
// (authority, "KT. …" for a deputy, title, room for signature and seal, name)
// and, level with it on the left, "Nơi nhận:" with one "- …;" entry per
// recipient, the last ending in "." (the punctuation is added or corrected).
// The block is never split: if it does not fit, it moves whole to a new page.
func (d *Document) Closing(s Signer, recipients []string) {
	if d.closed {
		return
	}
	W := d.width()
	lw := W * signSplit
	rw := W - lw
	rx := d.x0 + lw

	// Signature block lines.
	signLines, signH := d.signatureLines(s, rw, defaultSign)
	lh := lineHeight(sizeBody, spacingSingle)

	// Nơi nhận entries with a hanging indent after the dash.
	rlh := lineHeight(sizeRecv, spacingSingle)
	rhead := lineHeight(sizeRecvHead, spacingSingle)
	dash := "- "
	dashW := d.measure(regular, sizeRecv, dash)
	recvW := lw - 5 // keep clear of the signature column
	var recv [][]string
	recvH := 0.0
	if len(recipients) > 0 {
		recvH = rhead
		entries := recipientEntries(recipients)
		for _, e := range entries {
			m := maxUnits(recvW-dashW, sizeRecv)
			ls := d.g.wrap(nil, e, regular, m, m)
			recv = append(recv, ls)
			recvH += float64(len(ls)) * rlh
		}
	}

	blockH := max(signH, recvH)
	gap := lineHeight(sizeBody, spacingBody) * 0.5
	d.flushPending(gap + blockH)
	if d.fits(gap + blockH) {
		d.y += gap
	} else {
		d.ensure(blockH)
	}
	top, topPage := d.y, d.pdf.PageNo()

	// Signature block, centred in the right column; the name sits below the
	// blank lines left for the signature and seal.
	y := top
	for i, ls := range signLines {
		if i == len(signLines)-1 {
			y += signBlank * lh
		}
		y, _ = d.centredLines(ls, rx, rw, y, bold, sizeBody, spacingSingle)
	}
	end := y

	// Nơi nhận. Only a list longer than a page can reach the bottom margin;
	// it then continues on the next page.
	if len(recv) > 0 {
		y = top
		d.text(d.x0, baseline(y, rhead, sizeRecvHead), "Nơi nhận:", boldItalic, sizeRecvHead)
		d.y = y + rhead
		for _, ls := range recv {
			for i, l := range ls {
				if !d.fits(rlh) {
					d.newPage()
				}
				b := baseline(d.y, rlh, sizeRecv)
				if i == 0 {
					d.text(d.x0, b, dash, regular, sizeRecv)
				}
				d.text(d.x0+dashW, b, l, regular, sizeRecv)
				d.y += rlh
			}
		}
		if d.pdf.PageNo() != topPage {
			end = d.y
		} else {
			end = max(end, d.y)
		}
	}
	d.y = end + paraAfter
}

// signatureLines wraps the lines of a signature block to width w: authority,
// "KT. …" over the deputy's title or the title (orTitle when it is empty;
// none when both are), then the name. It returns them and the block's height,
// including the blank lines for the signature.
func (d *Document) signatureLines(s Signer, w float64, orTitle string) ([][]string, float64) {
	title := oneLine(upper(s.Title))
	if title == "" {
		title = orTitle
	}
	var sign []string
	if a := oneLine(upper(s.Authority)); a != "" {
		sign = append(sign, a)
	}
	switch {
	case title == "":
	case s.Deputy:
		head := strings.TrimSpace(strings.TrimPrefix(title, "PHÓ "))
		sign = append(sign, "KT. "+head, "PHÓ "+head)
	default:
		sign = append(sign, title)
	}
	name := oneLine(clean(s.Name))
	lh := lineHeight(sizeBody, spacingSingle)
	var out [][]string
	h := 0.0
	for i, l := range append(sign, name) {
		var ls []string
		if i < len(sign) {
			// "ĐẠI DIỆN NGƯỜI / SỬ DỤNG LAO ĐỘNG", not "… LAO / ĐỘNG".
			ls = append(ls, d.headerLines(l, bold, sizeBody, w)...)
		} else {
			ls = d.g.wrap(nil, l, bold, maxUnits(w, sizeBody), maxUnits(w, sizeBody))
		}
		out = append(out, ls)
		h += float64(len(ls)) * lh
	}
	return out, h + signBlank*lh
}

// recipientEntries normalises the Nơi nhận entries: no leading dash, each
// ending in ";" and the last in ".".
func recipientEntries(recipients []string) []string {
	var out []string
	for _, r := range recipients {
		r = oneLine(clean(r))
		r = strings.TrimSpace(strings.TrimLeft(r, "-–•+"))
		r = strings.TrimRight(r, " ;.,:")
		if r != "" {
			out = append(out, r+";")
		}
	}
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimSuffix(out[n-1], ";") + "."
	}
	return out
}
