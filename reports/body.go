package reports

import (
	"strings"
)

// headingLines wraps a heading to the text width.
func (d *pdfLayout) headingLines(s string) []string {
	return d.wrapText(s, bold, sizeBody, d.width())
}

// flushPending draws the pending headings, first starting a new page unless
// they and next millimetres of what follows fit on this one.
func (d *pdfLayout) flushPending(next float64) {
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

// paragraphGeometry is where a paragraph's lines start: the indent of the
// first line, of the others, and the widths they may fill.
func (d *pdfLayout) paragraphGeometry(prefix string) (firstX, restX, first, rest float64) {
	W := d.width()
	if prefix != "" {
		x := firstIndent + d.measure(regular, sizeBody, prefix)
		return x, x, W - x, W - x
	}
	return firstIndent, 0, W - firstIndent, W
}

// paragraphLines wraps a paragraph or bullet block into its lines.
func (d *pdfLayout) paragraphLines(b *block) []string {
	prefix := ""
	if b.kind == blockBullet {
		prefix = "- "
	}
	_, _, first, rest := d.paragraphGeometry(prefix)
	return d.g.wrap(nil, b.text, b.st, maxUnits(first, sizeBody), maxUnits(rest, sizeBody))
}

// block lays out one justified paragraph. Without a prefix the first line is
// indented; with one, the prefix is drawn at the indent and all lines of s
// start after it. No page ends with the paragraph's first line alone or
// starts with its last line alone ("động."); d.keep can ask for more of its
// last lines to go with what follows.
func (d *pdfLayout) block(s, prefix string, indent float64, st style) {
	lh := lineHeight(sizeBody, spacingBody)
	firstX, restX, first, rest := d.paragraphGeometry(prefix)
	lines := d.g.wrap(nil, s, st, maxUnits(first, sizeBody), maxUnits(rest, sizeBody))
	n := len(lines)
	tail, after := min(n, 2), 0.0 // widow control
	if d.keep.lines > 0 {
		tail, after = min(n, max(tail, d.keep.lines)), d.keep.after
	}
	// A heading before it goes with what the first line will need: its first
	// two lines, or the whole paragraph and what it keeps with when the
	// paragraph is all tail (a last short paragraph kept with the signatures),
	// so the heading never stays alone at the foot of a page.
	need := lh * float64(min(n, 2))
	if n == tail {
		need = float64(tail) * lh
		if after > 0 {
			need += paraAfter + after
		}
	}
	d.flushPending(need)
	for i, l := range lines {
		switch {
		case i == n-tail && after > 0:
			d.ensure(float64(tail)*lh + paraAfter + after)
		case i == n-tail:
			d.ensure(float64(tail) * lh)
		case i == 0 && n >= 3:
			d.ensure(2 * lh) // orphan control
		default:
			d.ensure(lh)
		}
		x, avail := d.x0+restX, rest
		if i == 0 {
			x, avail = d.x0+firstX, first
			if prefix != "" {
				d.text(d.x0+indent, baseline(d.y, lh, sizeBody), prefix, regular, sizeBody)
			}
		}
		if i == n-1 {
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
func (d *pdfLayout) justified(x, avail, base float64, line string, st style) {
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

// closingParts wraps the signature block and the Nơi nhận entries and
// returns them with the block's height.
func (d *pdfLayout) closingParts(s Signer, entries []string) (signLines, recv [][]string, h float64) {
	lw := d.width() * signSplit
	signLines, signH := d.signatureLines(s, d.width()-lw, defaultSign)
	recvH := 0.0
	if len(entries) > 0 {
		recvH = lineHeight(sizeRecvHead, spacingSingle)
		m := maxUnits(lw-recvGap-d.measure(regular, sizeRecv, recvDash), sizeRecv)
		for _, e := range entries {
			ls := d.g.wrap(nil, e, regular, m, m)
			recv = append(recv, ls)
			recvH += float64(len(ls)) * lineHeight(sizeRecv, spacingSingle)
		}
	}
	return signLines, recv, max(signH, recvH)
}

// closingHeight is the height of a closing block.
func (d *pdfLayout) closingHeight(s Signer, entries []string) float64 {
	_, _, h := d.closingParts(s, entries)
	return h
}

// Nơi nhận entries start with recvDash and keep recvGap (mm) clear of the
// signature column.
const (
	recvDash = "- "
	recvGap  = 5.0
)

// closing draws the signature block on the right and, level with it, Nơi
// nhận on the left. The block is never split: if it does not fit, it moves
// whole to a new page (keeps has made the text before it come along).
func (d *pdfLayout) closing(s Signer, entries []string) {
	lw := d.width() * signSplit
	rw := d.width() - lw
	rx := d.x0 + lw
	signLines, recv, blockH := d.closingParts(s, entries)
	lh := lineHeight(sizeBody, spacingSingle)
	rlh := lineHeight(sizeRecv, spacingSingle)
	rhead := lineHeight(sizeRecvHead, spacingSingle)
	dashW := d.measure(regular, sizeRecv, recvDash)

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
					d.text(d.x0, b, recvDash, regular, sizeRecv)
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
func (d *pdfLayout) signatureLines(s Signer, w float64, orTitle string) ([][]string, float64) {
	title := oneLine(upper(s.Title))
	if title == "" && !s.NoTitle {
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
