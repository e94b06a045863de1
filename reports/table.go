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
	// Width is a relative weight: the table always spans the text width and
	// each column gets Width/sum(Width) of it, so the same weights suit
	// portrait and landscape. A weight of 0 or less counts as 1.
	Width float64
	// Align aligns the body cells of the column.
	Align Align
	// Fit, when set, makes the column exactly as wide as this text (or the
	// longest word of its title) plus padding, e.g. "00/00/0000" for dates,
	// so that dates and numbers never wrap; the other columns share the rest
	// by Width. If the fitted columns leave too little room, all columns fall
	// back to their weights.
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

// Table adds a table spanning the text width. The header row is kept with the
// first body row and, unless NoHeaderRepeat, repeated at the top of each page.
func (d *Document) Table(t Table) {
	if d.closed || len(t.Columns) == 0 {
		return
	}
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
	onPage := 0 // body rows drawn on the current page
	for i, row := range t.Rows {
		if t.Progress != nil && i%progressEvery == 0 && i > 0 {
			t.Progress(i)
		}
		// Widow control: the last row never stands alone on a new page under
		// the repeated header (a "Cộng" row orphaned from its table); the
		// row before it goes over with it.
		widow := false
		if n := len(t.Rows); i == n-2 && onPage >= 2 {
			last := wrapRow(t.Rows[n-1])
			h := wrapRow(row)
			widow = d.fits(h) && !d.fits(h+last) && h+last <= bodyH
		}
		h := wrapRow(row)
		if !d.fits(h) || widow {
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
func (d *Document) layoutTable(t Table) *tableLayout {
	size := t.FontSize
	if size <= 0 {
		size = sizeTable
	}
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
	widths := d.columnWidths(t.Columns, size)
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

// minFlexible is the narrowest a column sized by weight may get, in mm.
const minFlexible = 12.0

// columnWidths gives each column its width in millimetres: the Fit columns
// what their text needs, the others the rest of the text width by weight.
func (d *Document) columnWidths(cols []Column, size float64) []float64 {
	out := make([]float64, len(cols))
	fixed, total := 0.0, 0.0
	flexible := 0
	for i, c := range cols {
		if c.Fit == "" {
			total += weight(c.Width)
			flexible++
			continue
		}
		w := d.measure(regular, size, clean(c.Fit))
		for _, word := range strings.Fields(clean(c.Title)) {
			w = max(w, d.measure(bold, size, word))
		}
		out[i] = w + 2*cellPadX + 0.5
		fixed += out[i]
	}
	rest := d.width() - fixed
	if rest < minFlexible*float64(flexible) || (flexible == 0 && rest < 0) {
		// The fitted columns do not fit: share everything by weight.
		total = 0
		for _, c := range cols {
			total += weight(c.Width)
		}
		for i, c := range cols {
			out[i] = d.width() * weight(c.Width) / total
		}
		return out
	}
	for i, c := range cols {
		switch {
		case c.Fit == "":
			out[i] = rest * weight(c.Width) / total
		case flexible == 0:
			out[i] += rest / float64(len(cols)) // spread the slack over all
		}
	}
	return out
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
func (d *Document) startTablePart(tl *tableLayout, header bool) {
	tl.segTop = d.y
	d.pdf.SetLineWidth(tableLine)
	d.line(d.x0, d.y, d.x1, d.y)
	if header {
		d.drawCells(tl, tl.header, 0, tl.headH, bold, false)
	}
}

// endTablePart draws the vertical rules of the part of the table on the
// current page: one line per column edge instead of a box per cell.
func (d *Document) endTablePart(tl *tableLayout) {
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
func (d *Document) drawCells(tl *tableLayout, cells [][]string, from int, h float64, st style, top bool) {
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
			d.text(x, baseline(y, tl.lh, tl.size), l, st, tl.size)
			y += tl.lh
		}
	}
	d.y += h
	d.line(d.x0, d.y, d.x1, d.y)
}

// drawSplitRow draws a row taller than a page across as many pages as it
// needs, top-aligned, continuing under the repeated header.
func (d *Document) drawSplitRow(tl *tableLayout, cells [][]string) {
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
