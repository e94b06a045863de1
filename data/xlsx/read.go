package xlsx

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Table is one sheet of a file as text: what the importer works on.
type Table struct {
	File     string     // the file's base name, for messages
	Format   string     // "xlsx" or "csv"
	Sheet    string     // the sheet read ("" for CSV)
	Sheets   []string   // every sheet of the workbook, for the chair to choose another
	Encoding string     // CSV: how its bytes were read ("UTF-8", "UTF-16", "Windows-1258", "Windows-1252")
	Rows     [][]string // the cells of each row, raw: numbers and dates as Excel stores them
	Lines    []int      // the row number Excel shows (the line for CSV) of each row
	Date1904 bool       // the workbook counts dates from 1904 (old Mac Excel)
	merges   []cellRange
	uncached []cellRef // formula cells whose result the file does not hold (row = Excel's row number)
	cells    int       // cells held, for the MaxCells budget
}

// cellRange is a merged area, zero-based and inclusive.
type cellRange struct{ row1, col1, row2, col2 int }

// headerScan is how many rows the header may sit below the top (title block, blank rows).
const headerScan = 30

// errRead is the message for a file that cannot be read as a spreadsheet at all.
func errRead(file string, err error) error {
	return &data.Error{Code: data.EINVALID, Err: err,
		Message: fmt.Sprintf("Không đọc được tệp %s: tệp bị hỏng hoặc không phải bảng tính Excel/CSV", file)}
}

// ReadFile reads a .xlsx or .csv file. sheet picks a sheet of a workbook; "" takes the
// first sheet whose header row can be found, or else the first sheet.
func ReadFile(path, sheet string) (*Table, error) { return ReadFileAs(path, sheet, "") }

// ReadFileAs is ReadFile with the encoding of a CSV file named (Encodings) rather than
// detected: the chair's choice when the file alone cannot tell.
func ReadFileAs(path, sheet, encoding string) (*Table, error) {
	name := filepath.Base(path)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xls":
		return nil, &data.Error{Code: data.EINVALID, Message: "Tệp .xls (Excel 97–2003) chưa đọc được. " +
			"Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu \"Excel Workbook (*.xlsx)\" rồi nhập tệp mới."}
	case ".csv", ".txt", ".tsv":
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, data.Internal(err, "đọc tệp "+name)
		}
		return ReadCSVAs(name, b, encoding)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, data.Internal(err, "đọc tệp "+name)
	}
	defer f.Close()
	return ReadXLSX(name, f, sheet)
}

// ReadXLSX reads the sheet of a workbook (sheetxml.go). Cells are read raw, so that a
// CCCD stored as a number is not shown as 1,19E+11 and a date comes as its serial
// number, which the importer reads without guessing the order of day and month.
func ReadXLSX(name string, r io.Reader, sheet string) (t *Table, err error) {
	// The reader must meet damaged and hostile files with a message, never a crash.
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, errRead(name, fmt.Errorf("panic: %v", p))
		}
	}()
	file, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, data.Internal(err, "đọc tệp "+name)
	}
	if len(file) > MaxFileBytes {
		return nil, tooLargeFile(name)
	}
	if bytes.HasPrefix(file, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return nil, &data.Error{Code: data.EINVALID, Message: "Tệp " + name + " được đặt mật khẩu hoặc là tệp Excel 97–2003. " +
			"Hãy mở bằng Excel, bỏ mật khẩu và Lưu thành (Save As) kiểu \"Excel Workbook (*.xlsx)\" rồi nhập lại."}
	}
	p, err := openPackage(file)
	if err != nil {
		return nil, fileError(name, err)
	}
	strs, err := p.sharedStrings()
	if err != nil {
		return nil, fileError(name, err)
	}
	t = &Table{File: name, Format: "xlsx", Date1904: p.date1904}
	for _, s := range p.sheets {
		t.Sheets = append(t.Sheets, s.name)
	}
	part := ""
	for _, s := range p.sheets {
		if strings.EqualFold(s.name, sheet) {
			part, t.Sheet = s.part, s.name
		}
	}
	if sheet != "" && part == "" {
		return nil, &data.Error{Code: data.EINVALID, Message: fmt.Sprintf("Tệp %s không có trang tính \"%s\"", name, sheet)}
	}
	if part == "" {
		// The first visible sheet whose header row can be found, else the first sheet.
		part, t.Sheet = p.sheets[0].part, p.sheets[0].name
		for _, s := range p.sheets {
			if s.hidden {
				continue
			}
			top, err := p.readSheet(s.part, strs, headerScan)
			if err != nil {
				return nil, fileError(name, err)
			}
			if _, ok := findHeader(top.Rows, nil); ok {
				part, t.Sheet = s.part, s.name
				break
			}
		}
	}
	all, err := p.readSheet(part, strs, -1)
	if err != nil {
		return nil, fileError(name, err)
	}
	t.Rows, t.Lines, t.merges, t.uncached, t.cells = all.Rows, all.Lines, all.merges, all.uncached, all.cells
	if err := fillMerges(t); err != nil {
		return nil, fileError(name, err)
	}
	return t, nil
}

// trimRow cuts trailing blank cells, so that a row formatted far to the right is not wide.
func trimRow(cells []string) []string {
	n := len(cells)
	for n > 0 && strings.TrimSpace(cells[n-1]) == "" {
		n--
	}
	return cells[:n:n]
}

// fillMerges copies the text of merged areas into all their cells. In the header
// region every area is filled, so that "Ngày sinh" merged over "Nam" and "Nữ" heads
// both columns and "Họ và tên" merged down over two header rows is seen in both.
// Below it only vertical areas are filled: a "Bộ phận" cell merged down over the
// members of a tổ belongs to each of them, while a row merged across is a group
// heading ("I. Tổ May 1") that must stay one cell to be recognised as such.
// Areas are clipped to the rows and columns that hold data, and the cells they add
// count against MaxCells: a few bytes of mergeCells must not fill a million rows.
func fillMerges(t *Table) error {
	width := 0
	for _, r := range t.Rows {
		width = max(width, len(r))
	}
	// Rows are indexed by position; merges by Excel's row number.
	index := func(line int) int {
		i, _ := slices.BinarySearch(t.Lines, line)
		return i
	}
	for _, m := range t.merges {
		r1 := index(m.row1 + 1)
		if r1 >= len(t.Rows) || t.Lines[r1] != m.row1+1 || m.col1 >= len(t.Rows[r1]) {
			continue
		}
		v := t.Rows[r1][m.col1]
		if v == "" {
			continue
		}
		col2 := min(m.col2, width-1)
		last := m.row2 + 1
		if m.col1 != m.col2 {
			if m.row1 > headerScan {
				continue
			}
			last = min(last, headerScan+2)
		}
		for r := r1; r < len(t.Rows) && t.Lines[r] <= last; r++ {
			if grow := col2 + 1 - len(t.Rows[r]); grow > 0 {
				if t.cells += grow; t.cells > MaxCells {
					return refuse("các vùng gộp ô tạo ra hơn %s ô dữ liệu", vn.FormatInt(MaxCells))
				}
				t.Rows[r] = append(t.Rows[r], make([]string, grow)...)
			}
			for c := m.col1; c <= col2; c++ {
				t.Rows[r][c] = v
			}
		}
	}
	return nil
}

// tooLargeFile is the refusal of a file past MaxFileBytes.
func tooLargeFile(name string) error {
	return &data.Error{Code: data.EINVALID, Message: fmt.Sprintf("Không nhập tệp %s: tệp lớn hơn %s MB, "+
		"quá lớn cho một danh sách đoàn viên", name, vn.FormatInt(MaxFileBytes>>20))}
}

// ReadCSV reads CSV text as Excel and other programs save it: UTF-8 with or without
// a BOM, UTF-16 ("Unicode Text"), or Windows-1252 bytes (old TCVN3/VNI files, whose
// letters the legacy converter then fixes); comma, semicolon (Excel with Vietnamese
// regional settings) or tab separated.
func ReadCSV(name string, b []byte) (*Table, error) { return ReadCSVAs(name, b, "") }

// ReadCSVAs is ReadCSV in a given encoding ("" to detect it).
func ReadCSVAs(name string, b []byte, encoding string) (*Table, error) {
	if len(b) > MaxFileBytes {
		return nil, tooLargeFile(name)
	}
	text, enc, err := decodeText(b, encoding)
	if err != nil {
		return nil, &data.Error{Code: data.EINVALID, Err: err, Message: "Không nhập tệp " + name + ": " + err.Error()}
	}
	if err := checkCSVShape(text); err != nil {
		return nil, fileError(name, err)
	}
	t := &Table{File: name, Format: "csv", Encoding: enc}
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	r.ReuseRecord = false
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &data.Error{Code: data.EINVALID, Err: err,
					Message: fmt.Sprintf("Tệp %s lỗi ở dòng %d: dấu ngoặc kép không khớp", name, pe.Line)}
			}
			return nil, errRead(name, err)
		}
		line, _ := r.FieldPos(0)
		for i := range rec {
			rec[i] = unquoteFormula(rec[i])
		}
		t.Rows = append(t.Rows, trimRow(rec))
		t.Lines = append(t.Lines, line)
	}
	return t, nil
}

// checkCSVShape refuses, before any parsing, CSV text past the limits: a record with
// more than MaxColumns separators of one kind, a run of text longer than a cell may
// be, more than MaxRows records. Quotes are followed, so separators and line breaks
// inside a quoted cell do not count.
func checkCSVShape(text string) error {
	var seps [4]int // , ; tab |
	quoted, run, records := false, 0, 1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '"' {
			quoted = !quoted
		}
		if run++; run > maxTokenBytes {
			return refuse("dòng %s có một ô dài quá %s ký tự", vn.FormatInt(int64(records)), vn.FormatInt(MaxCellChars))
		}
		if quoted {
			continue
		}
		k := strings.IndexByte(",;\t|", c)
		switch {
		case k >= 0:
			if seps[k]++; seps[k] >= MaxColumns {
				return refuse("dòng %s có hơn %s cột; chỉ đọc được tối đa %s cột", vn.FormatInt(int64(records)),
					vn.FormatInt(MaxColumns), vn.FormatInt(MaxColumns))
			}
			run = 0
		case c == '\n':
			if records++; records > MaxRows+headerScan {
				return refuse("tệp có hơn %s dòng", vn.FormatInt(MaxRows))
			}
			seps, run = [4]int{}, 0
		}
	}
	return nil
}

// The encodings a CSV file may be read in, by the names --encoding takes.
const (
	EncodingUTF8  = "utf-8"
	EncodingUTF16 = "utf-16"
	Encoding1258  = "windows-1258" // Excel's "CSV (Comma delimited)" on a Vietnamese Windows
	Encoding1252  = "windows-1252" // bytes of the old TCVN3/VNI fonts, converted cell by cell
)

// Encodings are the choices offered to the chair, with what each is.
var Encodings = []struct{ Name, Label string }{
	{EncodingUTF8, "UTF-8 (Unicode)"},
	{EncodingUTF16, "UTF-16 (Unicode Text của Excel)"},
	{Encoding1258, "Windows-1258 (CSV của Excel trên Windows tiếng Việt)"},
	{Encoding1252, "Windows-1252 (chữ TCVN3/ABC hoặc VNI cũ)"},
}

// ErrEncoding marks a CSV file whose encoding cannot be decided: the chair chooses
// (the window's list, the CLI's --encoding).
var ErrEncoding = errors.New("xlsx: CSV encoding undecided")

// encodingError explains an undecided encoding.
type encodingError struct{}

func (encodingError) Error() string {
	return "không xác định được bảng mã của tệp (có thể là Windows-1258 — CSV của Excel trên Windows tiếng Việt — " +
		"hoặc chữ TCVN3/VNI cũ). Hãy chọn bảng mã; ở dòng lệnh dùng --encoding windows-1258 hoặc --encoding windows-1252"
}
func (encodingError) Unwrap() error { return ErrEncoding }

// ParseEncoding reads an encoding name as a chair may type it.
func ParseEncoding(s string) (string, bool) {
	switch strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "_", "-") {
	case "":
		return "", true
	case "utf-8", "utf8", "unicode":
		return EncodingUTF8, true
	case "utf-16", "utf16", "utf-16le", "unicode text":
		return EncodingUTF16, true
	case "windows-1258", "cp1258", "1258", "win1258":
		return Encoding1258, true
	case "windows-1252", "cp1252", "1252", "latin1", "tcvn3", "abc", "vni":
		return Encoding1252, true
	}
	return "", false
}

// decodeText turns file bytes into text and names the encoding: a BOM decides, then
// valid UTF-8; other bytes are Windows-1258 or the Windows-1252 reading of old-font
// text, whichever makes Vietnamese words of them — or undecided (ErrEncoding).
func decodeText(b []byte, encoding string) (string, string, error) {
	switch {
	case encoding == EncodingUTF8 || encoding == "" && bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return strings.ToValidUTF8(string(bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})), "\uFFFD"), "UTF-8", nil
	case encoding == EncodingUTF16 || encoding == "" && (bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})):
		return decodeUTF16(b), "UTF-16", nil
	case encoding == Encoding1258:
		return decode1258(b), "Windows-1258", nil
	case encoding == Encoding1252:
		return decode1252(b), "Windows-1252", nil
	case utf8.Valid(b):
		return string(b), "UTF-8", nil
	}
	// Many words read the same both ways ("và", "tên"); the reading that leaves fewer
	// words unreadable wins, clearly or not at all.
	as1258, as1252 := decode1258(b), decode1252(b)
	good1258, bad1258 := vietnameseWords(as1258, false)
	good1252, bad1252 := vietnameseWords(as1252, true)
	switch {
	case good1258 > 0 && 2*bad1258 < bad1252:
		return as1258, "Windows-1258", nil
	case good1252 > 0 && 2*bad1252 < bad1258:
		return as1252, "Windows-1252", nil
	}
	return "", "", encodingError{}
}

// decodeUTF16 reads UTF-16 after its BOM (little-endian without one).
func decodeUTF16(b []byte) string {
	big := bytes.HasPrefix(b, []byte{0xFE, 0xFF})
	if big || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) {
		b = b[2:]
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
	}
	return string(utf16.Decode(u))
}

// decode1258 reads Windows-1258, whose tone marks are combining characters after the
// letter, and composes them (NFC).
func decode1258(b []byte) string {
	s, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return norm.NFC.String(string(s))
}

func decode1252(b []byte) string {
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(s)
}

// vietnameseWords counts the words with letters outside ASCII that read as Vietnamese
// (after a TCVN3 or VNI conversion, for the old-font reading) and those that do not,
// in the first 256 KB.
func vietnameseWords(text string, legacy bool) (good, bad int) {
	if len(text) > 256<<10 {
		text = text[:256<<10]
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != 0xAD && !(r >= 0xA0 && r <= 0xFF)
	}) {
		if isASCII(w) {
			continue
		}
		if vn.IsVietnameseWord(w) || legacy && (vn.IsVietnameseWord(vn.FromTCVN3(w)) || vn.IsVietnameseWord(vn.FromVNI(w))) {
			good++
		} else {
			bad++
		}
	}
	return good, bad
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// sniffDelimiter picks the separator that splits the most of the first lines into the
// same number of fields (at least two); the title block has one field in any case.
func sniffDelimiter(text string) rune {
	best, bestScore := ',', -1
	for _, d := range []rune{',', ';', '\t', '|'} {
		r := csv.NewReader(strings.NewReader(text))
		r.Comma, r.FieldsPerRecord, r.LazyQuotes = d, -1, true
		counts := map[int]int{}
		for i := 0; i < 50; i++ {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				break
			}
			if n := len(trimRow(rec)); n >= 2 {
				counts[n]++
			}
		}
		score := 0
		for n, c := range counts {
			if s := c*1000 + n; s > score {
				score = s
			}
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}
