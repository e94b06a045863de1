package xlsx

import (
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"

	"socongdoan/data/vn"
)

// Mapping says where a sheet's data starts and which column holds which field.
type Mapping struct {
	HeaderRow int      // index in Table.Rows of the header row; -1 when none was found
	DataStart int      // index in Table.Rows of the first data row
	Headers   []string // each column's header as the file writes it ("Ngày sinh – Nữ" for two rows)
	Fields    []Field  // each column's field; Skip for columns not imported
	// The chair's choices about old encodings: cells to read as the file has them
	// although they look like TCVN3 or VNI, or all of them (CLI --no-convert).
	KeepOriginal    map[CellKey]bool
	KeepAllOriginal bool
}

// Column is the Excel name of a zero-based column index: 0 → "A", 27 → "AB".
func Column(i int) string {
	name, err := excelize.ColumnNumberToName(i + 1)
	if err != nil {
		return "?"
	}
	return name
}

// ColumnOf returns the column that holds f, or -1.
func (m *Mapping) ColumnOf(f Field) int {
	for i, g := range m.Fields {
		if g == f {
			return i
		}
	}
	return -1
}

// Set maps column col to f; a field sits in one column only, so another column
// holding f is set to Skip.
func (m *Mapping) Set(col int, f Field) {
	if col < 0 || col >= len(m.Fields) {
		return
	}
	if f != Skip && f != FieldSTT {
		for i := range m.Fields {
			if m.Fields[i] == f {
				m.Fields[i] = Skip
			}
		}
	}
	m.Fields[col] = f
}

// HasName reports whether the mapping has a column for the name, which every row needs.
func (m *Mapping) HasName() bool {
	return m.ColumnOf(FieldFullName) >= 0 || m.ColumnOf(FieldTen) >= 0
}

// Remembered is a chair's earlier choice of field per header text (normalised), kept
// in the settings so that the next file from the same source maps itself.
type Remembered map[string]Field

// Remember records the mapping's choices for its headers.
func (r Remembered) Remember(m *Mapping) {
	for i, h := range m.Headers {
		if k := normHeader(h); k != "" {
			r[k] = m.Fields[i]
		}
	}
}

// Guess finds the header row and maps each column by its header, the chair's earlier
// choices for the same header text first. Without a header row every column is Skip
// and the chair maps them by hand.
func Guess(t *Table, remembered Remembered) *Mapping {
	width := 0
	for _, r := range t.Rows {
		width = max(width, len(r))
	}
	h, ok := findHeader(t.Rows, remembered)
	if ok {
		width = max(width, len(h.headers))
	}
	m := &Mapping{HeaderRow: -1, Headers: make([]string, width), Fields: make([]Field, width)}
	if !ok {
		return m
	}
	m.HeaderRow, m.DataStart = h.row, h.dataStart
	copy(m.Headers, h.headers)
	for i, text := range h.headers {
		f := guessHeader(text, h.parts[i], remembered)
		if f == Skip {
			continue
		}
		if f != FieldSTT && m.ColumnOf(f) >= 0 {
			continue // the leftmost column with a field keeps it
		}
		m.Fields[i] = f
	}
	return m
}

// header is what findHeader found.
type header struct {
	row, dataStart int
	headers        []string    // per column, as shown
	parts          [][2]string // per column, the upper and lower header texts
}

// guessHeader maps one column: the remembered choice, else the two header rows read
// together ("Ngày sinh" over "Nữ"), else the lower one, else the upper one.
func guessHeader(text string, parts [2]string, remembered Remembered) Field {
	if f, ok := remembered[normHeader(text)]; ok {
		return f
	}
	for _, h := range []string{parts[0] + " " + parts[1], parts[1], parts[0]} {
		if f := guessField(h); f != Skip {
			return f
		}
	}
	return Skip
}

// findHeader picks, among the first rows, the one whose cells name the most fields and
// at least the name: the header row under any title block ("DANH SÁCH ĐOÀN VIÊN…").
// A second header row under it (sub-columns such as "Nam" / "Nữ" under "Ngày sinh")
// is joined to it, and a row numbering the columns (1, 2, 3…) is skipped.
func findHeader(rows [][]string, remembered Remembered) (header, bool) {
	best, bestScore := -1, 0
	for i := 0; i < len(rows) && i < headerScan; i++ {
		score, name := 0, false
		seen := map[Field]bool{}
		for _, c := range rows[i] {
			f := guessField(c)
			if rf, ok := remembered[normHeader(c)]; ok {
				f = rf
			}
			if f == Skip || seen[f] {
				continue
			}
			seen[f] = true
			score++
			name = name || f == FieldFullName || f == FieldTen
		}
		if name && score >= 2 && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return header{}, false
	}
	h := header{row: best, dataStart: best + 1}
	top := rows[best]
	var sub []string
	if best+1 < len(rows) && isSubHeader(top, rows[best+1]) {
		sub = rows[best+1]
		h.dataStart++
	}
	width := max(len(top), len(sub))
	h.headers = make([]string, width)
	h.parts = make([][2]string, width)
	parent := ""
	for c := 0; c < width; c++ {
		t, b := cell(top, c), cell(sub, c)
		if t != "" {
			parent = t
		} else if b != "" {
			t = parent // a CSV of merged headers leaves the upper cell blank
		}
		if b == t {
			b = ""
		}
		h.parts[c] = [2]string{t, b}
		switch {
		case b == "":
			h.headers[c] = t
		case t == "":
			h.headers[c] = b
		default:
			h.headers[c] = t + " – " + b
		}
	}
	if h.dataStart < len(rows) && isNumberingRow(rows[h.dataStart]) {
		h.dataStart++
	}
	return h, true
}

// isSubHeader reports whether next is a second header row under top: all its filled
// cells are header words (Nam, Nữ, a field's name) or repeat the cell above (a merge
// filled down), and at least one of them differs from the cell above.
func isSubHeader(top, next []string) bool {
	differs := false
	for c := range next {
		v := vn.Clean(next[c])
		if v == "" {
			continue
		}
		if v == vn.Clean(cell(top, c)) {
			continue
		}
		n := normHeader(v)
		if n != "nam" && n != "nu" && guessField(v) == Skip {
			return false
		}
		differs = true
	}
	return differs
}

var numberingCell = regexp.MustCompile(`^\(?([0-9]{1,2}|[A-Z])\)?$`)

// isNumberingRow reports whether a row only numbers the columns: (1) (2) (3)… or A B C…
func isNumberingRow(row []string) bool {
	n := 0
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !numberingCell.MatchString(c) {
			return false
		}
		n++
	}
	return n >= 3
}

// cell is row[c], cleaned, or "" past its end.
func cell(row []string, c int) string {
	if c < len(row) {
		return vn.Clean(row[c])
	}
	return ""
}

// Samples returns up to n of a column's first values as the importer will read them
// into field f (dates as dd/mm/yyyy, old encodings converted, CCCD zeros put back), so
// that the mapping step shows "01/01/1990" rather than Excel's 32874. A value that
// cannot be read is shown as it is.
func Samples(t *Table, m *Mapping, col int, f Field, n int) []string {
	var raw []string
	for i := m.DataStart; i < len(t.Rows) && i < m.DataStart+500; i++ {
		if v := cellRaw(t.Rows[i], col); strings.TrimSpace(v) != "" {
			raw = append(raw, v)
		}
	}
	enc := vn.DetectLegacy(raw)
	var out []string
	for _, v := range raw {
		if len(out) == n {
			break
		}
		switch {
		case isDateField(f):
			if d, yearOnly, msg := parseDateCell(v, t.Date1904, f == FieldBirth || f == FieldBirthMale || f == FieldBirthFem); msg == "" {
				v = vn.FormatDateOrYear(d, yearOnly)
			}
		case f == FieldIDNumber:
			v, _, _ = parseIDNumber(v)
		default:
			if !m.KeepAllOriginal {
				v, _ = vn.LegacyCell(v, enc)
			}
		}
		v = vn.Clean(v)
		out = append(out, v)
	}
	return out
}
