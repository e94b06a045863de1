package reports

import "strings"

// Align is the horizontal alignment of the text in a table column.
type Align int

// Alignments of table columns.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
)

// Column describes one column of a Table.
type Column struct {
	// Title is the header cell text, drawn bold and centred; "\n" breaks it.
	Title string
	// Width is a relative weight. Columns are sized from their measured text
	// (columnWidths); when all of it fits, the room left is shared by Width,
	// so the same weights suit portrait and landscape. A weight of 0 or less
	// counts as 1.
	Width float64
	// Align aligns the body cells of the column.
	Align Align
	// Fit, when set, makes the column exactly as wide as this text (or the
	// longest word of its title) plus padding, e.g. "00/00/0000" for dates,
	// so that dates and numbers never wrap; the other columns share the rest.
	// If the fitted columns leave too little room, all columns fall back to
	// their weights.
	Fit string
}

// Table is a ruled table. Cell text wraps inside its cell ("\n" breaks it);
// a row never splits across pages unless it is taller than a page.
type Table struct {
	// Columns are the columns, left to right.
	Columns []Column
	// Rows are the body rows; missing cells are blank, extra ones ignored.
	Rows [][]string
	// NoHeaderRepeat draws the header row only once, instead of at the top
	// of every page the table continues on.
	NoHeaderRepeat bool
	// FontSize is the text size in points; 0 means 11.
	FontSize float64
	// Progress, when set, is called with the number of rows drawn so far,
	// every progressEvery rows and after the last one, so that a long list
	// can move a progress bar.
	Progress func(done int)
}

// progressEvery is how many rows a table draws between Progress calls.
const progressEvery = 500

// Cell padding in millimetres.
const (
	cellPadX = 1.2
	cellPadY = 0.8
)

// tableLayout holds what a table needs while it is drawn.
type tableLayout struct {
	size   float64   // font size, pt
	lh     float64   // line height, mm
	xs     []float64 // column edges, len(cols)+1
	maxU   []int     // text width of each column in font units
	align  []Align
	header [][]string // wrapped header cells
	headH  float64    // header row height
	repeat bool

	segTop float64 // top of the table part on the current page
}

// printedTable is t as it prints: without an empty "Ghi chú" column when
// the chair asked to leave it out (issue 11 item 7).
func printedTable(t Table, noNotes bool) Table {
	if !noNotes {
		return t
	}
	keep := make([]bool, len(t.Columns))
	dropped := false
	for c, col := range t.Columns {
		keep[c] = !isNotesTitle(col.Title) || columnHasText(t.Rows, c)
		dropped = dropped || !keep[c]
	}
	if !dropped {
		return t
	}
	out := t
	out.Columns = nil
	for c, col := range t.Columns {
		if keep[c] {
			out.Columns = append(out.Columns, col)
		}
	}
	out.Rows = make([][]string, len(t.Rows))
	for i, row := range t.Rows {
		r := make([]string, 0, len(out.Columns))
		for c := range t.Columns {
			if keep[c] {
				s := ""
				if c < len(row) {
					s = row[c]
				}
				r = append(r, s)
			}
		}
		out.Rows[i] = r
	}
	return out
}

// isNotesTitle reports whether a column title is "Ghi chú".
func isNotesTitle(title string) bool {
	return strings.EqualFold(oneLine(clean(title)), "Ghi chú")
}

// columnHasText reports whether any row has text in column c.
func columnHasText(rows [][]string, c int) bool {
	for _, r := range rows {
		if c < len(r) && strings.TrimSpace(r[c]) != "" {
			return true
		}
	}
	return false
}

// tableSize is the text size of a table, in points.
func tableSize(t *Table) float64 {
	if t.FontSize > 0 {
		return t.FontSize
	}
	return sizeTable
}

// tableKeepRows is how many last rows of t stay together on one page: two,
// or three when the last is a total ("Cộng"), so that no page holds one row
// and the total (issue 11 item 6).
func tableKeepRows(t *Table) int {
	n := len(t.Rows)
	if n == 0 {
		return 0
	}
	for _, s := range t.Rows[n-1] {
		if s = strings.TrimSpace(s); s != "" {
			if strings.HasPrefix(s, "Cộng") || strings.HasPrefix(s, "Tổng cộng") {
				return min(n, 3)
			}
			break
		}
	}
	return min(n, 2)
}

// table draws a table spanning the text width. The header row is kept with
// the first body row and, unless NoHeaderRepeat, repeated at the top of each
// page; the last rows keep together (tableKeepRows), with what follows when
// d.keep asks.
func (d *pdfLayout) table(t Table) {
	t = printedTable(t, d.noNotes)
	tl := d.layoutTable(t)
	cells := make([][]string, len(t.Columns))
	wrapRow := func(row []string) float64 {
		n := 1
		for c := range cells {
			s := ""
			if c < len(row) {
				s = clean(row[c])
			}
			cells[c] = d.g.wrap(cells[c][:0], s, regular, tl.maxU[c], tl.maxU[c])
			n = max(n, len(cells[c]))
		}
		return float64(n)*tl.lh + 2*cellPadY
	}

	// Rows up to bodyH tall fit on a page under the header.
	bodyH := d.yBot - d.yTop
	if tl.repeat {
		bodyH -= tl.headH
	}

	// Keep the header with the first row, or the first lines of a row taller
	// than a page (and any heading before the table).
	first := tl.headH
	if len(t.Rows) > 0 {
		h := wrapRow(t.Rows[0])
		if h > bodyH {
			h = 3*tl.lh + 2*cellPadY
		}
		first += h
	}
	d.flushPending(first)
	d.ensure(first)
	d.startTablePart(tl, true)

	n := len(t.Rows)
	keepRows, after := tableKeepRows(&t), 0.0
	if d.keep.lines > 0 {
		keepRows, after = min(n, max(keepRows, d.keep.lines)), d.keep.after+paraAfter
	}
	onPage := 0 // body rows drawn on the current page
	for i, row := range t.Rows {
		if t.Progress != nil && i%progressEvery == 0 && i > 0 {
			t.Progress(i)
		}
		// The last keepRows rows go to a new page together (under the
		// repeated header), with what must follow them, rather than leave
		// one row and the total — or a signature — alone there.
		brk := false
		if i == n-keepRows && i > 0 && onPage >= 1 {
			tail := after
			for _, r := range t.Rows[i:] {
				tail += wrapRow(r)
			}
			brk = !d.fits(tail) && tail <= bodyH
		}
		h := wrapRow(row)
		if !d.fits(h) || brk {
			if h > bodyH {
				// Taller than a page: the only row that is split.
				d.drawSplitRow(tl, cells)
				continue
			}
			d.endTablePart(tl)
			d.newPage()
			d.startTablePart(tl, tl.repeat)
			onPage = 0
		}
		d.drawCells(tl, cells, 0, h, regular, false)
		onPage++
	}
	d.endTablePart(tl)
	d.y += paraAfter
	if t.Progress != nil {
		t.Progress(len(t.Rows))
	}
}

// layoutTable computes column edges, wrapped header cells and sizes.
func (d *pdfLayout) layoutTable(t Table) *tableLayout {
	size := tableSize(&t)
	n := len(t.Columns)
	tl := &tableLayout{
		size:   size,
		lh:     lineHeight(size, spacingSingle),
		xs:     make([]float64, n+1),
		maxU:   make([]int, n),
		align:  make([]Align, n),
		header: make([][]string, n),
		repeat: !t.NoHeaderRepeat,
	}
	widths := columnWidths(d.g, &t, size, d.width())
	x := d.x0
	lines := 1
	for i, c := range t.Columns {
		tl.xs[i] = x
		x += widths[i]
		tl.maxU[i] = max(maxUnits(x-tl.xs[i]-2*cellPadX, size), 1)
		tl.align[i] = c.Align
		tl.header[i] = d.g.wrap(nil, clean(c.Title), bold, tl.maxU[i], tl.maxU[i])
		lines = max(lines, len(tl.header[i]))
	}
	tl.xs[n] = d.x1
	tl.headH = float64(lines)*tl.lh + 2*cellPadY
	return tl
}

// Column sizing, in millimetres: no column sized from its text gets narrower
// than minColumn, and no single word may claim more than maxWordShare of the
// text width (a longer one is cut between letters).
const (
	minColumn    = 8.0
	maxWordShare = 0.3
	maxTitleLine = 18.0 // a title line up to this wide is not broken between words
)

// columnWidths gives each column of t its width in millimetres, spanning
// width W (issue 11 item 7). A Fit column is exactly as wide as its sample
// (dates, numbers never wrap). The others are sized from their measured text:
// each gets at least its longest word (title or cell). If every column can
// have its longest line, the room left is shared by Width. Otherwise the room
// above the longest words goes, a few millimetres at a time, to the column
// where it saves the most lines over a sample of rows (rowCost): names on
// one line for most rows first, one long cell not at the cost of many rows,
// and no "Ủy viên Ban Chấp hành" in four lines, while an empty "Ghi chú"
// stays as narrow as its title.
func columnWidths(g *glyphWidths, t *Table, size, W float64) []float64 {
	cols := t.Columns
	out := make([]float64, len(cols))
	mm := func(u int) float64 { return float64(u) * size * mmPerPt / 1000 }
	pad := 2*cellPadX + 0.5
	fixed := 0.0
	minW := make([]float64, len(cols))
	natW := make([]float64, len(cols))
	var flex []int
	var sumMin, sumNat, sumWeight float64
	for i, c := range cols {
		title := clean(c.Title)
		if c.Fit != "" {
			w := mm(g.units(regular, clean(c.Fit)))
			for _, word := range strings.Fields(title) {
				w = max(w, mm(g.units(bold, word)))
			}
			out[i] = w + pad
			fixed += out[i]
			continue
		}
		word, line := textExtent(g, bold, title)
		if mm(line) <= maxTitleLine {
			word = line // a short title keeps its lines: "Ghi chú", not "Ghi / chú"
		}
		for _, r := range t.Rows {
			if i < len(r) && r[i] != "" {
				w, l := textExtent(g, regular, r[i])
				word, line = max(word, w), max(line, l)
			}
		}
		minW[i] = max(min(mm(word)+pad, W*maxWordShare), minColumn)
		natW[i] = max(mm(line)+pad, minW[i])
		sumMin += minW[i]
		sumNat += natW[i]
		sumWeight += weight(c.Width)
		flex = append(flex, i)
	}
	rest := W - fixed
	switch {
	case len(flex) == 0: // only Fit columns: spread the slack over all
		for i := range out {
			out[i] += rest / float64(len(cols))
		}
	case rest < sumMin:
		// Not even the longest words fit: the Fit columns first shrink to
		// their share by weight, then words are cut.
		if W < sumMin+fixed {
			total := 0.0
			for _, c := range cols {
				total += weight(c.Width)
			}
			for i, c := range cols {
				out[i] = W * weight(c.Width) / total
			}
			return out
		}
		for _, i := range flex {
			out[i] = minW[i] * rest / sumMin
		}
	case sumNat <= rest:
		for _, i := range flex {
			out[i] = natW[i] + (rest-sumNat)*weight(cols[i].Width)/sumWeight
		}
	default:
		for _, i := range flex {
			out[i] = minW[i]
		}
		shareSlack(g, t, size, out, natW, flex, rest-sumMin)
	}
	return out
}

// Sizing samples at most sampleRows rows of a long table (and each column's
// longest cell), and hands out room in these steps (mm).
const sampleRows = 1000

var widthSteps = [...]float64{1, 3, 9, 27}

// shareSlack hands slack millimetres to the flexible columns of w, in steps,
// each to the column and step that lower the sampled rows' cost the most per
// millimetre; what no column needs is shared by Width.
func shareSlack(g *glyphWidths, t *Table, size float64, w, natW []float64, flex []int, slack float64) {
	rows := sampleOf(g, t, flex)
	lines := make([][]int, len(rows)) // lines[r][k]: lines of flex[k] in rows[r]
	var buf []string
	count := func(r []string, c int, width float64) int {
		if c >= len(r) || r[c] == "" {
			return 1
		}
		m := max(maxUnits(width-2*cellPadX, size), 1)
		buf = g.wrap(buf[:0], clean(r[c]), regular, m, m)
		return max(len(buf), 1)
	}
	for ri, r := range rows {
		lines[ri] = make([]int, len(flex))
		for k, c := range flex {
			lines[ri][k] = count(r, c, w[c])
		}
	}
	newLines := make([]int, len(rows))
	// gainOf is how much widening flex[k] by step lowers the sampled rows'
	// cost; it leaves their line counts in newLines.
	gainOf := func(k int, step float64) int {
		c := flex[k]
		gain := 0
		for ri, r := range rows {
			old := lines[ri][k]
			newLines[ri] = old
			if old == 1 {
				continue
			}
			nl := count(r, c, w[c]+step)
			if newLines[ri] = nl; nl == old {
				continue
			}
			others := 1
			for k2, l := range lines[ri] {
				if k2 != k {
					others = max(others, l)
				}
			}
			long := float64(g.units(regular, r[c]))*size*mmPerPt/1000 > shortCell
			gain += rowCost(max(others, old), old, long) - rowCost(max(others, nl), nl, long)
		}
		return gain
	}
	for slack >= 0.5 {
		bestK, bestStep, bestGain, bestRate := -1, 0.0, 0, 0.0
		for k, c := range flex {
			for _, step := range widthSteps {
				step = min(step, slack, natW[c]-w[c])
				if step < 0.5 {
					continue
				}
				if gain := gainOf(k, step); gain > 0 && float64(gain)/step > bestRate {
					bestK, bestStep, bestGain, bestRate = k, step, gain, float64(gain)/step
				}
			}
		}
		if bestK < 0 {
			break
		}
		// The smallest step with the same gain, so no column takes more
		// than its lines need.
		lo, hi := 0.0, bestStep
		for hi-lo > 0.25 {
			if mid := (lo + hi) / 2; gainOf(bestK, mid) == bestGain {
				hi = mid
			} else {
				lo = mid
			}
		}
		gainOf(bestK, hi)
		w[flex[bestK]] += hi
		slack -= hi
		for ri := range rows {
			lines[ri][bestK] = newLines[ri]
		}
	}
	total := 0.0
	for _, c := range flex {
		total += weight(t.Columns[c].Width)
	}
	for _, c := range flex {
		w[c] += slack * weight(t.Columns[c].Width) / total
	}
}

// rowCost is what a row of rowLines lines costs when one of its cells takes
// cellLines: its height, and more for a short text (not long) broken into
// three lines or more, which reads badly ("Ủy viên / Ban / Chấp / hành").
func rowCost(rowLines, cellLines int, long bool) int {
	if long {
		return rowLines
	}
	return rowLines + 2*max(cellLines-2, 0)
}

// shortCell is the widest a cell's text may be (mm, on one line) to count as
// short for rowCost.
const shortCell = 60.0

// sampleOf returns up to sampleRows rows spread evenly over t, plus the row
// with the longest text of each flexible column.
func sampleOf(g *glyphWidths, t *Table, flex []int) [][]string {
	n := len(t.Rows)
	var out [][]string
	if n <= sampleRows {
		return t.Rows
	}
	for i := range sampleRows {
		out = append(out, t.Rows[i*n/sampleRows])
	}
	for _, c := range flex {
		best, at := -1, -1
		for i, r := range t.Rows {
			if c < len(r) && len(r[c]) > best { // bytes: cheap and close enough
				best, at = len(r[c]), i
			}
		}
		if at >= 0 {
			out = append(out, t.Rows[at])
		}
	}
	return out
}

// textExtent returns, in font units, the widest word and the widest line
// ("\n" breaks lines) of s.
func textExtent(g *glyphWidths, st style, s string) (word, line int) {
	t := &g[st]
	space := int(t[' '])
	w, l := 0, 0
	end := func() {
		word = max(word, w)
		w = 0
	}
	for _, r := range s {
		switch {
		case r == ' ':
			end()
			l += space
		case r == '\n':
			end()
			line = max(line, l)
			l = 0
		default:
			cw := int(t['?'])
			if r < 0x10000 {
				cw = int(t[r])
			}
			w += cw
			l += cw
		}
	}
	end()
	return word, max(line, l)
}

// weight returns a column's relative width, 1 when it is not positive.
func weight(w float64) float64 {
	if w > 0 {
		return w
	}
	return 1
}

// startTablePart draws the top border, and the header row if asked, of the
// part of the table on the current page.
func (d *pdfLayout) startTablePart(tl *tableLayout, header bool) {
	tl.segTop = d.y
	d.pdf.SetLineWidth(tableLine)
	d.line(d.x0, d.y, d.x1, d.y)
	if header {
		d.drawCells(tl, tl.header, 0, tl.headH, bold, false)
	}
}

// endTablePart draws the vertical rules of the part of the table on the
// current page: one line per column edge instead of a box per cell.
func (d *pdfLayout) endTablePart(tl *tableLayout) {
	if d.y <= tl.segTop {
		return
	}
	d.pdf.SetLineWidth(tableLine)
	for _, x := range tl.xs {
		d.line(x, tl.segTop, x, d.y)
	}
}

// drawCells draws a row of height h from line from of each cell, vertically
// centred unless top is set, then the rule under it. Bold (the header row) is
// centred horizontally.
func (d *pdfLayout) drawCells(tl *tableLayout, cells [][]string, from int, h float64, st style, top bool) {
	for c, lines := range cells {
		if from >= len(lines) {
			continue
		}
		lines = lines[from:]
		n := min(len(lines), int((h-2*cellPadY)/tl.lh+1e-6))
		y := d.y + cellPadY
		if !top {
			y += (h - 2*cellPadY - float64(n)*tl.lh) / 2
		}
		align := tl.align[c]
		if st == bold {
			align = AlignCenter
		}
		x0, x1 := tl.xs[c]+cellPadX, tl.xs[c+1]-cellPadX
		for _, l := range lines[:n] {
			x := x0
			switch align {
			case AlignCenter:
				x = (x0 + x1 - d.measure(st, tl.size, l)) / 2
			case AlignRight:
				x = x1 - d.measure(st, tl.size, l)
			}
			d.rowText(x, baseline(y, tl.lh, tl.size), l, st, tl.size)
			y += tl.lh
		}
	}
	d.y += h
	d.endRowWithRule(d.x0, d.x1, d.y)
}

// drawSplitRow draws a row taller than a page across as many pages as it
// needs, top-aligned, continuing under the repeated header.
func (d *pdfLayout) drawSplitRow(tl *tableLayout, cells [][]string) {
	total := 0
	for _, c := range cells {
		total = max(total, len(c))
	}
	for from := 0; from < total; {
		fit := int((d.yBot - d.y - 2*cellPadY) / tl.lh)
		if fit < 1 {
			d.endTablePart(tl)
			d.newPage()
			d.startTablePart(tl, tl.repeat)
			fit = max(int((d.yBot-d.y-2*cellPadY)/tl.lh), 1)
		}
		n := min(fit, total-from)
		d.drawCells(tl, cells, from, float64(n)*tl.lh+2*cellPadY, regular, true)
		from += n
		if from < total {
			d.endTablePart(tl)
			d.newPage()
			d.startTablePart(tl, tl.repeat)
		}
	}
}
