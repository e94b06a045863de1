package xlsx

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"socongdoan/data/vn"
)

// Reading a worksheet is the slow part of an import: excelize's row iterator decodes
// each cell with encoding/xml, about 3 µs a cell, 4 s for a 100,000-row list on the
// 2-core machine the targets are set on. The parts of a workbook a list needs are
// simple (rows of cells, each a number, a shared string or an inline string), so they
// are read here by a small tag scanner over the decompressed stream, ten times faster.
// excelize still writes every file the app makes.

// xlsxPackage is an opened .xlsx: its parts and what the workbook says about its sheets.
type xlsxPackage struct {
	files    map[string]*zip.File
	sheets   []pkgSheet
	date1904 bool
	shared   string // the shared-strings part, "" when none
}

// pkgSheet is one worksheet of the workbook.
type pkgSheet struct {
	name, part string
	hidden     bool
}

// errNoSheet reports a workbook whose sheets cannot be found.
var errNoSheet = errors.New("xlsx: no worksheet")

// openPackage reads the package structure: _rels/.rels names the workbook, the workbook
// lists its sheets by relationship id, and the workbook's rels give their parts.
func openPackage(file []byte) (*xlsxPackage, error) {
	zr, err := zip.NewReader(bytes.NewReader(file), int64(len(file)))
	if err != nil {
		return nil, err
	}
	p := &xlsxPackage{files: map[string]*zip.File{}}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(strings.ReplaceAll(f.Name, "\\", "/"), "/")] = f
	}
	type rel struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	}
	decode := func(name string, v any) error {
		f, ok := p.files[name]
		if !ok {
			return nil
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		return xml.NewDecoder(&capReader{r: rc, left: smallCap, what: name}).Decode(v)
	}
	var root struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := decode("_rels/.rels", &root); err != nil {
		return nil, err
	}
	wb := "xl/workbook.xml"
	for _, r := range root.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			wb = strings.TrimPrefix(r.Target, "/")
		}
	}
	if _, ok := p.files[wb]; !ok {
		return nil, errNoSheet
	}
	var book struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name  string `xml:"name,attr"`
			State string `xml:"state,attr"`
			ID    string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
			// Strict Open XML names the relationship namespace differently.
			StrictID string `xml:"http://purl.oclc.org/ooxml/officeDocument/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := decode(wb, &book); err != nil {
		return nil, err
	}
	p.date1904 = book.Pr.Date1904 == "1" || book.Pr.Date1904 == "true"
	dir := path.Dir(wb)
	var rels struct {
		Rels []rel `xml:"Relationship"`
	}
	if err := decode(path.Join(dir, "_rels", path.Base(wb)+".rels"), &rels); err != nil {
		return nil, err
	}
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(t, "/")
		}
		return path.Join(dir, t)
	}
	for _, r := range rels.Rels {
		if strings.HasSuffix(r.Type, "/sharedStrings") {
			p.shared = target(r.Target)
		}
	}
	for _, sh := range book.Sheets {
		id := sh.ID
		if id == "" {
			id = sh.StrictID
		}
		for _, r := range rels.Rels {
			if r.ID == id && strings.HasSuffix(r.Type, "/worksheet") {
				if _, ok := p.files[target(r.Target)]; ok {
					p.sheets = append(p.sheets, pkgSheet{sh.Name, target(r.Target), sh.State == "hidden" || sh.State == "veryHidden"})
				}
			}
		}
	}
	if len(p.sheets) == 0 {
		return nil, errNoSheet
	}
	if len(p.sheets) > maxSheets {
		return nil, refuse("sổ có hơn %s trang tính", vn.FormatInt(maxSheets))
	}
	return p, nil
}

// sharedStrings reads the shared-strings table: each <si> is the text of its <t>
// elements (rich text runs joined), phonetic guides (<rPh>) left out.
func (p *xlsxPackage) sharedStrings() ([]string, error) {
	f, ok := p.files[p.shared]
	if p.shared == "" || !ok {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return parseSharedStrings(&capReader{r: rc, left: sharedCap, what: "chuỗi dùng chung (sharedStrings)"})
}

// parseSharedStrings reads a shared-strings part.
func parseSharedStrings(r io.Reader) ([]string, error) {
	z := newTokenizer(r)
	var out []string
	var cur []byte
	inSI, inT, inPh, ended := false, false, 0, false
	for {
		if err := z.next(); err != nil {
			if err == io.EOF && ended {
				return out, nil
			}
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return nil, refuse("phần chuỗi dùng chung (sharedStrings) bị cắt cụt: tệp chưa được lưu hết hoặc bị hỏng")
			}
			return nil, err
		}
		if inT && inPh == 0 {
			cur = append(cur, z.text...)
			if len(cur) > maxTokenBytes {
				return nil, errTooLong
			}
		}
		name, end, self := z.tagName()
		switch name {
		case "sst":
			ended = ended || end || self
		case "si":
			if !end {
				inSI, cur = true, cur[:0]
			}
			if end || self {
				if len(out) >= MaxSharedStrings {
					return nil, refuse("có hơn %s chuỗi dùng chung", vn.FormatInt(MaxSharedStrings))
				}
				out = append(out, unescape(cur))
				inSI = false
			}
		case "t":
			inT = inSI && !end && !self
		case "rPh":
			if !end && !self {
				inPh++
			} else if end && inPh > 0 {
				inPh--
			}
		}
	}
}

// cellState is the cell being read.
type cellState struct {
	col      int
	typ      string
	v, inl   []byte
	inV, inT bool
	inIs     bool
	inPh     int
	formula  bool // the cell has a formula (<f>)
}

// cellRef is a cell of a Table: its row index and zero-based column.
type cellRef struct{ row, col int }

// readSheet reads up to max rows of a worksheet (all when max < 0) as raw cell text,
// with blank rows for rows the file leaves out, and the sheet's merged areas.
func (p *xlsxPackage) readSheet(part string, strs []string, max int) (*Table, error) {
	f, ok := p.files[part]
	if !ok {
		return nil, errNoSheet
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return parseSheet(&capReader{r: rc, left: sheetCap, what: "trang tính"}, strs, max)
}

// sheetScan is the state of parseSheet.
type sheetScan struct {
	t       *Table
	strs    []string
	row     []string
	rowNum  int // the row being read (Excel's number)
	emitted int // the last row number appended to t
	cells   int // cells held (the rows' widths)
	lastRow int // the last row element of the file, for the dimension check
	dimRows int // the last row the <dimension> element announces, 0 when none
	ended   bool
	pending bool // the row has a formula without result: kept even if it reads blank
	// interned holds, per column, the short values met so far (text)
	interned []map[string]string
}

// parseSheet reads a worksheet part. The part must be whole: a sheet cut off (no
// closing </sheetData>, or fewer rows than its <dimension> announces) is refused, so
// that half a list is never imported as if it were the list.
func parseSheet(r io.Reader, strs []string, max int) (*Table, error) {
	s := &sheetScan{t: &Table{}, strs: strs}
	z := newTokenizer(r)
	inRow, lastCol := false, -1
	var c cellState
	inCell := false
	for {
		if err := z.next(); err != nil {
			if err == io.EOF {
				return s.finish()
			}
			if err == io.ErrUnexpectedEOF {
				return nil, s.truncated()
			}
			return nil, err
		}
		if inCell {
			if c.inV {
				c.v = append(c.v, z.text...)
			}
			if c.inT && c.inPh == 0 {
				c.inl = append(c.inl, z.text...)
			}
			if len(c.v) > maxTokenBytes || len(c.inl) > maxTokenBytes {
				return nil, errTooLong
			}
		}
		name, end, self := z.tagName()
		switch name {
		case "row":
			if !end {
				n := s.rowNum + 1
				if r, ok := z.attr("r"); ok {
					if v, err := strconv.Atoi(r); err == nil && v > s.rowNum && v <= 1<<20 {
						n = v
					}
				}
				if max >= 0 && n > max {
					return s.t, nil
				}
				s.rowNum, inRow, s.row, lastCol, s.pending = n, true, s.row[:0], -1, false
				s.lastRow = n
			}
			if end || self {
				if inRow {
					if err := s.endRow(); err != nil {
						return nil, err
					}
				}
				inRow = false
			}
		case "c":
			if !inRow {
				continue
			}
			if !end {
				col := lastCol + 1 // a cell without a reference follows the one before
				if r, ok := z.rawAttr("r"); ok {
					if n, ok := cellColumn(r); ok {
						col = n
					} else if cn, _, err := excelize.SplitCellName(unescape(r)); err == nil {
						if n, err := excelize.ColumnNameToNumber(cn); err == nil {
							col = n - 1
						}
					}
				}
				c = cellState{col: col, typ: cellType(z), v: c.v[:0], inl: c.inl[:0]}
				inCell = true
			}
			if end || self {
				if err := s.endCell(&c); err != nil {
					return nil, err
				}
				inCell, lastCol = false, c.col
			}
		case "f":
			if inCell && !end {
				c.formula = true
			}
		case "v":
			c.inV = inCell && !end && !self
		case "is":
			c.inIs = inCell && !end && !self
		case "t":
			c.inT = inCell && c.inIs && !end && !self
		case "rPh":
			if !end && !self {
				c.inPh++
			} else if end && c.inPh > 0 {
				c.inPh--
			}
		case "mergeCell":
			if ref, ok := z.attr("ref"); ok && !end {
				if m, ok := parseRange(ref); ok {
					if len(s.t.merges) >= maxMerges {
						return nil, refuse("trang tính có hơn %s vùng gộp ô", vn.FormatInt(maxMerges))
					}
					s.t.merges = append(s.t.merges, m)
				}
			}
		case "dimension":
			if ref, ok := z.attr("ref"); ok && !end {
				if m, ok := parseRange(ref); ok {
					s.dimRows = m.row2 + 1
				}
			}
		case "sheetData":
			if end || self {
				s.ended = true
			}
		}
	}
}

// endCell puts the cell's text into the row. A formula whose result the file does not
// hold (a file written by a program that does not calculate) is noted, to be reported
// rather than read as a blank.
func (s *sheetScan) endCell(c *cellState) error {
	var val string
	switch c.typ {
	case "s":
		if i, err := strconv.Atoi(string(bytes.TrimSpace(c.v))); err == nil && i >= 0 && i < len(s.strs) {
			val = s.strs[i]
		}
	case "inlineStr":
		val = s.text(c.col, c.inl)
	default: // n, str (a formula's text), b (0/1), e (#N/A), d (ISO date)
		val = s.text(c.col, c.v)
	}
	if c.formula && len(c.v) == 0 && c.typ != "inlineStr" {
		if c.col >= 0 && c.col < MaxColumns {
			s.t.uncached = append(s.t.uncached, cellRef{s.rowNum, c.col})
			s.pending = true
		}
		return nil
	}
	if val == "" || c.col < 0 {
		return nil
	}
	if c.col >= MaxColumns {
		return refuse("có dữ liệu ở ô %s%d (cột thứ %s); chỉ đọc được tối đa %s cột (đến cột %s)",
			Column(c.col), s.rowNum, vn.FormatInt(int64(c.col+1)), vn.FormatInt(MaxColumns), Column(MaxColumns-1))
	}
	if utf8.RuneCountInString(val) > MaxCellChars {
		return refuse("ô %s%d dài quá %s ký tự", Column(c.col), s.rowNum, vn.FormatInt(MaxCellChars))
	}
	for len(s.row) <= c.col {
		s.row = append(s.row, "")
	}
	s.row[c.col] = val
	return nil
}

// Values a list repeats down a column (Nữ, Kinh, Việt Nam, a tổ, a chức danh, a
// hợp đồng) are kept once per column: a 100,000-row list otherwise holds a
// million small copies, which the collector scans again on every cycle while the
// import runs. Only short values, and no more than internCap per column, so a
// column of names or CCCD numbers costs one lookup a cell and nothing more.
const (
	internCap  = 512
	internLen  = 48
	internCols = 64
)

// text is the text of a cell's raw bytes (unescape), shared with the same value
// earlier in the column.
func (s *sheetScan) text(col int, raw []byte) string {
	if col < 0 || col >= internCols || len(raw) > internLen {
		return unescape(raw)
	}
	if s.interned == nil {
		s.interned = make([]map[string]string, internCols)
	}
	m := s.interned[col]
	if v, ok := m[string(raw)]; ok {
		return v
	}
	v := unescape(raw)
	if m == nil {
		m = make(map[string]string)
		s.interned[col] = m
	}
	if len(m) < internCap && v == string(raw) {
		m[v] = v // the key is the value itself: one string, not two
	} else if len(m) < internCap {
		m[string(raw)] = v
	}
	return v
}

// endRow appends the row read, and the blank rows the file left out before it. Blank
// rows after the last filled one are not kept: a sheet formatted down to row 1,048,576
// is as long as its data.
func (s *sheetScan) endRow() error {
	row := trimRow(s.row)
	if len(row) == 0 && !s.pending {
		return nil
	}
	if s.rowNum > MaxRows {
		return refuse("có dữ liệu ở dòng %s; chỉ đọc được tối đa %s dòng", vn.FormatInt(int64(s.rowNum)), vn.FormatInt(MaxRows))
	}
	s.cells += len(row)
	if s.cells > MaxCells {
		return refuse("có hơn %s ô dữ liệu", vn.FormatInt(MaxCells))
	}
	for s.emitted+1 < s.rowNum {
		s.emitted++
		s.t.Rows = append(s.t.Rows, nil)
		s.t.Lines = append(s.t.Lines, s.emitted)
	}
	s.t.Rows = append(s.t.Rows, slices.Clone(row))
	s.t.Lines = append(s.t.Lines, s.rowNum)
	s.emitted = s.rowNum
	return nil
}

// finish checks that the part was read whole.
func (s *sheetScan) finish() (*Table, error) {
	if !s.ended {
		return nil, s.truncated()
	}
	if s.dimRows > 0 && s.lastRow < s.dimRows && s.dimRows <= 1<<20 {
		return nil, refuse("trang tính ghi là có đến dòng %s nhưng chỉ có dữ liệu đến dòng %s: tệp bị cắt cụt hoặc hỏng. "+
			"Hãy mở tệp bằng Excel, kiểm tra rồi lưu lại", vn.FormatInt(int64(s.dimRows)), vn.FormatInt(int64(s.lastRow)))
	}
	s.t.cells = s.cells
	return s.t, nil
}

// truncated is the refusal of a sheet whose XML stops before its end.
func (s *sheetScan) truncated() error {
	return refuse("trang tính bị cắt cụt (dữ liệu dừng ở dòng %s, thiếu phần cuối): tệp chưa được lưu hết hoặc bị hỏng. "+
		"Không nhập gì; hãy lấy lại tệp đầy đủ", vn.FormatInt(int64(s.rowNum)))
}

// parseRange reads "A1:B2" (or "A1") as a zero-based cellRange.
func parseRange(ref string) (cellRange, bool) {
	a, b, _ := strings.Cut(ref, ":")
	if b == "" {
		b = a
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(a)
	c2, r2, err2 := excelize.CellNameToCoordinates(b)
	if err1 != nil || err2 != nil || r2 < r1 || c2 < c1 {
		return cellRange{}, false
	}
	return cellRange{r1 - 1, c1 - 1, r2 - 1, c2 - 1}, true
}

// tokenizer splits XML into the text before each tag and the tag itself, enough for
// the flat elements of a worksheet. Comments and processing instructions are tags it
// ignores; entities are decoded by unescape.
type tokenizer struct {
	r         *bufio.Reader
	text, tag []byte
}

func newTokenizer(r io.Reader) *tokenizer {
	return &tokenizer{r: bufio.NewReaderSize(r, 1<<16)}
}

// next reads the text up to the next tag and the tag.
func (z *tokenizer) next() error {
	var err error
	if z.text, err = readUntil(z.r, '<', z.text[:0]); err != nil {
		return err
	}
	z.tag, err = readUntil(z.r, '>', z.tag[:0])
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// readUntil appends to buf the bytes before delim and consumes delim.
func readUntil(r *bufio.Reader, delim byte, buf []byte) ([]byte, error) {
	for {
		s, err := r.ReadSlice(delim)
		if len(buf)+len(s) > maxTokenBytes {
			return buf, errTooLong
		}
		if err == bufio.ErrBufferFull {
			buf = append(buf, s...)
			continue
		}
		if err != nil {
			if err == io.EOF && len(s) == 0 && len(buf) == 0 {
				return buf, io.EOF
			}
			if err == io.EOF {
				return append(buf, s...), io.EOF
			}
			return buf, err
		}
		return append(buf, s[:len(s)-1]...), nil
	}
}

// tagName is the current tag's local name (namespace prefix dropped) and whether it
// is an end tag or self-closing. Comments, declarations and PIs have no name.
func (z *tokenizer) tagName() (name string, end, self bool) {
	t := z.tag
	if len(t) == 0 || t[0] == '?' || t[0] == '!' {
		return "", false, false
	}
	if t[0] == '/' {
		end, t = true, t[1:]
	}
	self = len(t) > 0 && t[len(t)-1] == '/'
	i := bytes.IndexAny(t, " \t\r\n/")
	if i < 0 {
		i = len(t)
	}
	n := t[:i]
	if j := bytes.IndexByte(n, ':'); j >= 0 {
		n = n[j+1:]
	}
	// The few names the readers switch on, without allocating for each tag.
	switch string(n) {
	case "row":
		return "row", end, self
	case "c":
		return "c", end, self
	case "v":
		return "v", end, self
	case "t":
		return "t", end, self
	case "is":
		return "is", end, self
	case "si":
		return "si", end, self
	case "rPh":
		return "rPh", end, self
	case "mergeCell":
		return "mergeCell", end, self
	case "f":
		return "f", end, self
	case "dimension":
		return "dimension", end, self
	case "sheetData":
		return "sheetData", end, self
	case "sst":
		return "sst", end, self
	}
	return "", end, self
}

// attr returns the value of an attribute of the current tag (unescaped).
func (z *tokenizer) attr(name string) (string, bool) {
	v, ok := z.rawAttr(name)
	if !ok {
		return "", false
	}
	return unescape(v), true
}

// cellType is the t attribute of a <c> tag; the common ones without allocating a
// string for each of a sheet's million cells.
func cellType(z *tokenizer) string {
	v, ok := z.rawAttr("t")
	if !ok {
		return ""
	}
	switch string(v) {
	case "s":
		return "s"
	case "inlineStr":
		return "inlineStr"
	case "n":
		return "n"
	case "str":
		return "str"
	case "b":
		return "b"
	}
	return unescape(v)
}

// cellColumn reads the zero-based column of a plain cell reference ("AB12") in
// place; ok is false for anything else (entities, lower case, "$", a column past
// XFD, a row number of ten digits or more), which the caller reads the slow way,
// as before.
func cellColumn(ref []byte) (int, bool) {
	n, i := 0, 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		n = n*26 + int(ref[i]-'A'+1)
	}
	if i == 0 || i > 3 || n > excelize.MaxColumns || i == len(ref) || len(ref)-i > 9 || ref[i] < '1' || ref[i] > '9' {
		return 0, false
	}
	for _, d := range ref[i+1:] {
		if d < '0' || d > '9' {
			return 0, false
		}
	}
	return n - 1, true
}

// rawAttr is attr's value as the tag has it, entities not decoded: a slice of the
// tag, valid until the next tag is read.
func (z *tokenizer) rawAttr(name string) ([]byte, bool) {
	t := z.tag
	for {
		i := bytes.Index(t, []byte(name+"="))
		if i < 0 {
			return nil, false
		}
		// The name must stand alone: " r=" not "ref=" when looking for "r".
		if i > 0 && !isSpace(t[i-1]) {
			t = t[i+len(name)+1:]
			continue
		}
		rest := t[i+len(name)+1:]
		if len(rest) == 0 || (rest[0] != '"' && rest[0] != '\'') {
			return nil, false
		}
		q := rest[0]
		j := bytes.IndexByte(rest[1:], q)
		if j < 0 {
			return nil, false
		}
		return rest[1 : 1+j], true
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// unescape decodes XML entities (&amp; &#233; &#xE9;) and Excel's _xHHHH_ escapes of
// control characters in text.
func unescape(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 && !bytes.Contains(b, []byte("_x")) {
		if utf8.Valid(b) {
			return string(b)
		}
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	var out strings.Builder
	out.Grow(len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '&' {
			if j := bytes.IndexByte(b[i:], ';'); j > 1 && j < 12 {
				ent := string(b[i+1 : i+j])
				if r, ok := entity(ent); ok {
					out.WriteRune(r)
					i += j
					continue
				}
			}
		}
		if c == '_' && i+6 < len(b) && b[i+1] == 'x' && b[i+6] == '_' {
			if v, err := strconv.ParseUint(string(b[i+2:i+6]), 16, 32); err == nil {
				out.WriteRune(rune(v))
				i += 6
				continue
			}
		}
		out.WriteByte(c)
	}
	return strings.ToValidUTF8(out.String(), "\uFFFD")
}

func entity(e string) (rune, bool) {
	switch e {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if strings.HasPrefix(e, "#x") || strings.HasPrefix(e, "#X") {
		v, err := strconv.ParseUint(e[2:], 16, 32)
		return rune(v), err == nil && utf8.ValidRune(rune(v))
	}
	if strings.HasPrefix(e, "#") {
		v, err := strconv.ParseUint(e[1:], 10, 32)
		return rune(v), err == nil && utf8.ValidRune(rune(v))
	}
	return 0, false
}
