package xlsx

import (
	"fmt"
	"math"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Problem is one finding about one cell of the file, in Vietnamese, as the error
// list shows it and as the error workbook writes it.
type Problem struct {
	Line    int    // the row number Excel shows
	Column  string // the column letter ("" when the problem is about the whole row)
	Header  string // the column's header
	Value   string // the cell as the file has it
	Message string // why it cannot be taken
	Warning bool   // a warning does not stop the row
}

// Converted tells the chair that cells of a column were written in an old encoding
// and converted, one by one (each is listed in Result.Conversions).
type Converted struct {
	Column, Header string
	From           vn.Legacy
	Cells          int // cells converted
}

// Text is the note the preview shows.
func (c Converted) Text() string {
	return fmt.Sprintf("cột %s \"%s\": %s ô gõ bằng %s đã được chuyển sang Unicode", c.Column, c.Header,
		vn.FormatInt(int64(c.Cells)), c.From.Label())
}

// CellKey is a cell of the file: Excel's row number and the zero-based column.
type CellKey struct{ Line, Col int }

// Conversion is one cell read in an old encoding: what the file has and what the
// importer would take (issue 10 item 10). The preview lists each; the chair may keep
// the original (Mapping.KeepOriginal), and then Kept is set and the cell is read as is.
type Conversion struct {
	CellKey
	Column, Header string
	Before, After  string
	From           vn.Legacy
	Kept           bool
}

// Text is the conversion in one line with sep between before and after (the window's
// font has no "→"): "dòng 12, cột B (Họ và tên): TrÇn ThÕ S¬n → Trần Thế Sơn".
func (c Conversion) Text(sep string) string {
	return fmt.Sprintf("dòng %d, cột %s (%s): %s%s%s", c.Line, c.Column, c.Header, c.Before, sep, c.After)
}

// Row is one data row of the file.
type Row struct {
	Line     int         // the row number Excel shows
	Cells    []string    // the cells as read, for the error workbook
	Member   data.Member // what the row describes, normalized
	set      uint64      // bit i: Fields[i] had a value in the file (an update takes only these)
	Problems []Problem
	Status   RowStatus
	Match    Match // the member already in the register this row matches, if any
	DupLine  int   // for a duplicate: the earlier row of the file with the same person
	nameKey  string
	// conversions of the row's cells, gathered into Result.Conversions by Convert
	conversions []Conversion
}

// Has reports whether the file gave a value for f in this row.
func (r *Row) Has(f Field) bool { return r.set&fieldBit(f) != 0 }

// Errors reports whether any problem of the row blocks it.
func (r *Row) Errors() bool {
	for _, p := range r.Problems {
		if !p.Warning {
			return true
		}
	}
	return false
}

// Message is the row's first blocking problem, or its first warning.
func (r *Row) Message() string {
	for _, p := range r.Problems {
		if !p.Warning {
			return problemText(p)
		}
	}
	if len(r.Problems) > 0 {
		return problemText(r.Problems[0])
	}
	return ""
}

func problemText(p Problem) string {
	if p.Header != "" {
		return p.Header + ": " + p.Message
	}
	return p.Message
}

// fieldBit is the bit of f in Row.set.
func fieldBit(f Field) uint64 {
	for i, fi := range Fields {
		if fi.Field == f {
			return 1 << uint(i)
		}
	}
	return 0
}

// Result is a converted sheet.
type Result struct {
	Table       *Table
	Mapping     *Mapping
	Rows        []Row
	Converted   []Converted  // per column, the cells converted from TCVN3 or VNI
	Conversions []Conversion // every cell read in an old encoding, in row order
	Skipped     []Problem    // rows left out on purpose: group headings, totals, the signature block
	now         time.Time    // today, as the rows were checked
}

// legacyColumns are the text fields whose columns are checked for old encodings.
var legacyColumns = map[Field]bool{
	FieldFullName: true, FieldHo: true, FieldTenDem: true, FieldTen: true, FieldSex: true, FieldFemale: true,
	FieldEthnicity: true, FieldNation: true, FieldUnit: true, FieldJobTitle: true, FieldContract: true,
	FieldPrevious: true, FieldRole: true, FieldParty: true, FieldStatus: true, FieldNotes: true,
}

// Convert turns the data rows of t into members with per-cell problems, checked as
// the member form checks them (now is today). It does not look at the register:
// Preview does that.
func Convert(t *Table, m *Mapping, now time.Time) *Result {
	res := &Result{Table: t, Mapping: m, now: now}
	c := newConverter(t, m, now)
	c.detectLegacy()
	// One pass decides which rows are data; it carries state (group headings, the
	// signature block), so it runs in order. Converting the rows is independent per
	// row and runs on every core: 100,000 rows of Vietnamese text are worth it.
	type job struct {
		idx     int
		section string
	}
	var jobs []job
	section, seenData := "", false
	for i := m.DataStart; i < len(t.Rows); i++ {
		row := t.Rows[i]
		switch c.kind(row, seenData) {
		case rowBlank:
			if len(c.uncached[t.Lines[i]]) == 0 {
				continue
			} // a row of formulas without results is reported, not skipped as blank
		case rowSection:
			section = sectionUnit(firstCell(row))
			res.Skipped = append(res.Skipped, Problem{Line: t.Lines[i], Value: firstCell(row), Message: "Dòng tiêu đề nhóm, không phải đoàn viên"})
			continue
		case rowTotal:
			res.Skipped = append(res.Skipped, Problem{Line: t.Lines[i], Value: firstCell(row), Message: "Dòng tổng cộng"})
			continue
		case rowFooter:
			res.Skipped = append(res.Skipped, Problem{Line: t.Lines[i], Value: firstCell(row),
				Message: fmt.Sprintf("Phần cuối danh sách (chữ ký, ngày tháng): bỏ qua từ dòng %d", t.Lines[i])})
			i = len(t.Rows)
			continue
		}
		seenData = true
		jobs = append(jobs, job{i, section})
	}
	res.Rows = make([]Row, len(jobs))
	workers := runtime.GOMAXPROCS(0)
	if len(jobs) < 256 {
		workers = 1 // a short list is done before goroutines would pay off
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := w; k < len(jobs); k += workers {
				c.row(&res.Rows[k], jobs[k].idx, jobs[k].section)
			}
		}(w)
	}
	wg.Wait()
	counts := map[repairKey]int{}
	for i := range res.Rows {
		for _, cv := range res.Rows[i].conversions {
			res.Conversions = append(res.Conversions, cv)
			if !cv.Kept {
				counts[repairKey{cv.Col, cv.From}]++
			}
		}
		res.Rows[i].conversions = nil
	}
	for k, n := range counts {
		res.Converted = append(res.Converted, Converted{Column: Column(k.col), Header: m.Headers[k.col], From: k.enc, Cells: n})
	}
	sort.Slice(res.Converted, func(i, j int) bool {
		a, b := res.Converted[i], res.Converted[j]
		return len(a.Column) < len(b.Column) || len(a.Column) == len(b.Column) && a.Column < b.Column
	})
	return res
}

// converter holds what converting rows needs; it is read-only once built, so the
// workers of Convert share it.
type converter struct {
	t      *Table
	m      *Mapping
	now    time.Time
	col    map[Field]int
	legacy map[int]vn.Legacy // the encoding most of a column is in, as evidence for its cells
	hasUnit,
	hasFemale bool
	uncached map[int][]int // Excel row → the columns whose formula has no stored result
}

type repairKey struct {
	col int
	enc vn.Legacy
}

func newConverter(t *Table, m *Mapping, now time.Time) *converter {
	c := &converter{t: t, m: m, now: now, col: map[Field]int{}, legacy: map[int]vn.Legacy{}}
	for i, f := range m.Fields {
		if f != Skip {
			if _, ok := c.col[f]; !ok || f != FieldSTT {
				c.col[f] = i
			}
		}
	}
	for _, u := range t.uncached {
		if u.col < len(m.Fields) && m.Fields[u.col] != Skip {
			if c.uncached == nil {
				c.uncached = map[int][]int{}
			}
			c.uncached[u.row] = append(c.uncached[u.row], u.col)
		}
	}
	_, c.hasUnit = c.col[FieldUnit]
	_, c.hasFemale = c.col[FieldFemale]
	return c
}

// detectLegacy finds the columns mostly written in TCVN3 or VNI, on up to 5,000 of
// their values, and the files that are (a column too short to tell takes the file's). Nothing is converted by column: this only lets a one-word cell of
// such a column ("N÷" for Nữ) count as confident (vn.LegacyCell).
func (c *converter) detectLegacy() {
	var all []string // the headers and every column's sample: is the file as a whole old?
	all = append(all, c.m.Headers...)
	var short []int // columns with too few old-looking cells to tell on their own
	for i, f := range c.m.Fields {
		if !legacyColumns[f] {
			continue
		}
		var sample []string
		for r := c.m.DataStart; r < len(c.t.Rows) && len(sample) < 5000; r++ {
			if v := cellRaw(c.t.Rows[r], i); v != "" {
				sample = append(sample, v)
			}
		}
		all = append(all, sample...)
		if enc := vn.DetectLegacy(sample); enc != vn.LegacyNone {
			c.legacy[i] = enc
		} else if oldLetters(sample) < 3 {
			short = append(short, i)
		}
	}
	if file := vn.DetectLegacy(all); file != vn.LegacyNone {
		for _, i := range short {
			c.legacy[i] = file
		}
	}
}

// oldLetters counts the texts with a letter of the Latin-1 range, where old codes live.
func oldLetters(texts []string) int {
	n := 0
	for _, t := range texts {
		if strings.IndexFunc(t, func(r rune) bool { return r >= 0x80 && r <= 0xFF }) >= 0 {
			n++
		}
	}
	return n
}

// legacyCell is the text of cell col of row r, converted from an old encoding when
// vn.LegacyCell is confident and the chair has not kept the original; each
// conversion is noted on the row. It runs on the raw text, before any cleaning:
// cleaning first would turn the TCVN3 "é" (seen as "Ð") into "Đ".
func (c *converter) legacyCell(r *Row, col int, raw string) string {
	after, enc := vn.LegacyCell(raw, c.legacy[col])
	if enc == vn.LegacyNone {
		return raw
	}
	key := CellKey{r.Line, col}
	kept := c.m.KeepAllOriginal || c.m.KeepOriginal[key]
	r.conversions = append(r.conversions, Conversion{CellKey: key, Column: Column(col), Header: c.m.Headers[col],
		Before: strings.Join(strings.Fields(raw), " "), After: vn.Clean(after), From: enc, Kept: kept})
	if kept {
		return raw
	}
	return after
}

type rowKind int

const (
	rowData rowKind = iota
	rowBlank
	rowSection // "I. Tổ May 1": a group heading
	rowTotal   // "Tổng cộng: 120"
	rowFooter  // "Người lập biểu", "TM. BAN CHẤP HÀNH", the date line: the end of the list
)

var (
	footerWords = []string{"nguoi lap", "lap bieu", "tm ban chap hanh", "tm bch", "tm ban thuong vu", "xac nhan",
		"thu truong", "giam doc", "chu tich", "ke toan", "truong ban", "nguoi duyet"}
	dateLine    = regexp.MustCompile(`ngay .{0,12}thang .{0,12}nam`)
	totalLine   = regexp.MustCompile(`^(tong cong|tong so|cong tong|cong|tong)\b`)
	sectionHead = regexp.MustCompile(`^([IVXLC]+|[0-9]{1,2}|[A-Za-z])\s*[.):\-]\s*\S`)
	sectionWord = []string{"to ", "phong ", "bo phan", "xuong ", "phan xuong", "ban ", "khoi ", "doi ", "chi nhanh", "nha may"}
)

// kind says what a row is. Lists carry more than members: group headings ("I. Tổ May
// 1"), totals, and under the table a date line and signatures; rows numbered in
// advance but not filled in are blank. A footer row has one or two cells: a member
// row that lacks its name but has other cells stays data, to be shown as an error.
func (c *converter) kind(row []string, seenData bool) rowKind {
	filled, mapped := 0, 0
	for i, v := range row {
		if strings.TrimSpace(v) == "" {
			continue
		}
		filled++
		if i < len(c.m.Fields) && c.m.Fields[i] != Skip && c.m.Fields[i] != FieldSTT {
			mapped++
		}
	}
	if filled == 0 {
		return rowBlank
	}
	name, first := c.nameText(row), firstCell(row)
	if isTotal(first) {
		return rowTotal
	}
	if seenData && filled <= 2 {
		texts := row
		if name != "" {
			texts = []string{name} // a member row is never a footer, whatever its other cells say
		}
		for _, v := range texts {
			if isFooter(v) {
				return rowFooter
			}
		}
	}
	if filled == 1 && c.looksSection(first) {
		return rowSection
	}
	if name != "" {
		return rowData
	}
	if mapped == 0 {
		if filled == 1 && !isNumber(first) {
			return rowSection // a heading without numbering: "Tổ Cắt"
		}
		return rowBlank // numbered in advance, not filled in
	}
	return rowData
}

// isTotal reports whether a cell is a total line: "Tổng cộng", "Cộng: 25", "Tổng số
// đoàn viên: 120". Words alone are not enough, since Tống Công is a name: a total has
// a number or a colon, or is just "Cộng" / "Tổng cộng".
func isTotal(v string) bool {
	f := normHeader(v)
	switch f {
	case "tong cong", "cong", "tong", "tong so", "cong tong":
		return true
	}
	return totalLine.MatchString(f) && strings.ContainsAny(v, "0123456789:")
}

// isFooter reports whether a cell belongs to the end of a list: the date line, the
// signers' titles.
func isFooter(v string) bool {
	f := normHeader(v)
	if f == "" {
		return false
	}
	for _, w := range footerWords {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return dateLine.MatchString(f)
}

// looksSection reports whether a lone cell reads as a group heading.
func (c *converter) looksSection(v string) bool {
	if v == "" {
		return false
	}
	if sectionHead.MatchString(v) {
		return true
	}
	f := vn.Fold(v) + " "
	for _, w := range sectionWord {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// sectionUnit is the unit a group heading names: "I. Tổ May 1" → "Tổ May 1".
func sectionUnit(v string) string {
	if loc := sectionHead.FindStringIndex(v); loc != nil {
		v = v[loc[1]-1:]
	}
	return vn.Clean(strings.TrimLeft(v, ".):- "))
}

// firstCell is the first filled cell of a row.
func firstCell(row []string) string {
	for _, v := range row {
		if v = vn.Clean(v); v != "" {
			return v
		}
	}
	return ""
}

// nameText is the row's name as the file writes it.
func (c *converter) nameText(row []string) string {
	if i, ok := c.col[FieldFullName]; ok {
		return cell(row, i)
	}
	var parts []string
	for _, f := range []Field{FieldHo, FieldTenDem, FieldTen} {
		if i, ok := c.col[f]; ok {
			if v := cell(row, i); v != "" {
				parts = append(parts, v)
			}
		}
	}
	return strings.Join(parts, " ")
}

// row converts data row idx into r.
func (c *converter) row(r *Row, idx int, section string) {
	raw := c.t.Rows[idx]
	r.Line = c.t.Lines[idx]
	r.Cells = raw
	m := &r.Member
	problem := func(f Field, msg string, warning bool) {
		col, ok := c.col[f]
		p := Problem{Line: r.Line, Message: msg, Warning: warning}
		if ok {
			p.Column, p.Header, p.Value = Column(col), c.m.Headers[col], cell(raw, col)
		}
		r.Problems = append(r.Problems, p)
	}
	// get returns the cleaned, converted text of f's column and marks f as given.
	get := func(f Field) string {
		i, ok := c.col[f]
		if !ok {
			return ""
		}
		v := cellRaw(raw, i)
		if legacyColumns[f] {
			v = c.legacyCell(r, i, v)
		}
		v = vn.Clean(v)
		if v != "" {
			r.set |= fieldBit(f)
		}
		return v
	}
	date := func(f Field, allowYear bool) (time.Time, bool) {
		t, yearOnly, msg := parseDateCell(get(f), c.t.Date1904, allowYear)
		if msg != "" {
			problem(f, msg, false)
		}
		return t, yearOnly
	}

	if v := get(FieldFullName); v != "" {
		m.SetFullName(vn.NameCase(v))
	} else {
		m.Ho, m.TenDem, m.Ten = vn.NameCase(get(FieldHo)), vn.NameCase(get(FieldTenDem)), vn.NameCase(get(FieldTen))
	}
	if _, ok := c.col[FieldFullName]; ok {
		// an update with a name column keeps the name in one piece
	} else if r.Has(FieldHo) || r.Has(FieldTenDem) || r.Has(FieldTen) {
		r.set |= fieldBit(FieldFullName)
	}
	m.BirthDate, m.BirthYearOnly = date(FieldBirth, true)
	sexKnown := false
	for _, b := range []struct {
		f   Field
		sex data.Sex
	}{{FieldBirthMale, data.SexMale}, {FieldBirthFem, data.SexFemale}} {
		if t, yearOnly := date(b.f, true); !t.IsZero() {
			if sexKnown || !m.BirthDate.IsZero() {
				problem(b.f, "Ngày sinh ghi ở cả cột Nam và cột Nữ", false)
				continue
			}
			m.BirthDate, m.BirthYearOnly, m.Sex, sexKnown = t, yearOnly, b.sex, true
			r.set |= fieldBit(FieldBirth) | fieldBit(FieldSex)
		}
	}
	if v := get(FieldSex); v != "" {
		sex, ok := data.ParseSex(v)
		if !ok {
			problem(FieldSex, "Giới tính phải là Nam hoặc Nữ", false)
		} else if sexKnown && sex != m.Sex {
			problem(FieldSex, "Giới tính khác với cột ngày sinh Nam/Nữ", false)
		} else {
			m.Sex, sexKnown = sex, true
		}
	}
	if c.hasFemale && !sexKnown {
		// A "Nữ" column is ticked for women; in such lists a blank means a man.
		v := get(FieldFemale)
		switch normHeader(v) {
		case "", "0", "khong", "k", "no":
			m.Sex = data.SexMale
		default:
			m.Sex = data.SexFemale
		}
		r.set |= fieldBit(FieldSex)
	}
	if r.Has(FieldFemale) || c.hasFemale {
		r.set |= fieldBit(FieldSex)
	}
	m.Ethnicity = get(FieldEthnicity)
	m.Nationality = get(FieldNation)
	if v := get(FieldIDNumber); v != "" {
		id, warn, msg := parseIDNumber(v)
		m.IDNumber = id
		if msg != "" {
			problem(FieldIDNumber, msg, false)
		} else if warn != "" {
			problem(FieldIDNumber, warn, true)
		}
	}
	if v := get(FieldPhone); v != "" {
		phone, warn := parsePhone(v)
		m.Phone = phone
		if warn != "" {
			problem(FieldPhone, warn, true)
		}
	}
	m.UnitName = get(FieldUnit)
	if !c.hasUnit && section != "" {
		m.UnitName = section
		r.set |= fieldBit(FieldUnit)
	}
	m.JobTitle = get(FieldJobTitle)
	m.HireDate, _ = date(FieldHireDate, false)
	if v := get(FieldContract); v != "" {
		ct, months, msg := parseContract(v)
		if msg != "" {
			problem(FieldContract, msg, false)
		}
		m.Contract, m.ContractMonths = ct, months
	}
	m.JoinDate, _ = date(FieldJoinDate, false)
	m.PreviousUnion = get(FieldPrevious)
	if m.PreviousUnion != "" {
		m.JoinKind = data.JoinTransferred
	}
	m.DecisionNumber = get(FieldDecision)
	m.DecisionDate, _ = date(FieldDecDate, false)
	m.MemberCode = numberText(get(FieldCode))
	m.CardNumber = numberText(get(FieldCard))
	m.CardDate, _ = date(FieldCardDate, false)
	m.UnionRole = get(FieldRole)
	if v := get(FieldParty); v != "" {
		yes, ok := parseYesNo(v)
		if !ok {
			problem(FieldParty, "Ghi \"x\" hoặc \"Có\" cho đảng viên, để trống nếu không phải", false)
		}
		m.PartyMember = yes
	}
	if v := get(FieldStatus); v != "" {
		st, ok := data.ParseStatus(v)
		if !ok {
			problem(FieldStatus, "Trạng thái không rõ; dùng: Đang sinh hoạt, Tạm dừng sinh hoạt, Đã chuyển đi, Ra khỏi tổ chức, Đã xóa tên, Bị khai trừ", false)
		}
		m.Status = st
	}
	if i, ok := c.col[FieldNotes]; ok {
		v := vn.CleanMultiline(c.legacyCell(r, i, cellRaw(raw, i)))
		if v != "" {
			r.set |= fieldBit(FieldNotes)
		}
		m.Notes = v
	}
	for _, col := range c.uncached[r.Line] {
		// A blank read from such a cell would be a silent loss: the file holds the
		// formula but not its result (a program that does not calculate wrote it).
		r.Problems = append(r.Problems, Problem{Line: r.Line, Column: Column(col), Header: c.m.Headers[col],
			Message: "Ô có công thức nhưng tệp không lưu kết quả tính; hãy mở tệp bằng Excel (hoặc LibreOffice), lưu lại rồi nhập lại"})
	}
	m.Normalize()
	for _, p := range m.Validate(c.now) {
		r.Problems = append(r.Problems, c.memberProblem(raw, r.Line, p))
	}
	// Matching by name and birth date needs the folded name; folding it here uses
	// every core, where the preview would fold 100,000 names on one.
	if !m.BirthDate.IsZero() && m.Ten != "" {
		r.nameKey = vn.Fold(m.FullName()) + "|" + birthKey(m.BirthDate, m.BirthYearOnly)
	}
}

// memberProblem places a Validate finding at the column of its field.
func (c *converter) memberProblem(raw []string, line int, p data.Problem) Problem {
	out := Problem{Line: line, Message: p.Message, Warning: p.Warning}
	for _, f := range memberField[p.Field] {
		if col, ok := c.col[f]; ok {
			out.Column, out.Header, out.Value = Column(col), c.m.Headers[col], cell(raw, col)
			break
		}
	}
	return out
}

// cellRaw is row[c] as it is, or "" past the end.
func cellRaw(row []string, c int) string {
	if c < len(row) {
		return row[c]
	}
	return ""
}

// isNumber reports whether s is a number as a cell stores it: 32874, 32874.5, 1.19E+11.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 &&
		!strings.ContainsAny(s, "xXpP_") && !strings.HasPrefix(strings.ToLower(s), "in") && !strings.HasPrefix(strings.ToLower(s), "na")
}

// timeOfDay matches a time written after a date: "1990-01-05 00:00:00", "05/01/1990 0:00".
var timeOfDay = regexp.MustCompile(`[ T][0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?( ?[AaPp][Mm])?Z?$`)

// longDate matches "ngày 5 tháng 1 năm 1990" (after vn.Fold).
var longDate = regexp.MustCompile(`^ngay\s*([0-9]{1,2})\s*thang\s*([0-9]{1,2})\s*nam\s*([0-9]{4})$`)

// parseDateCell reads a date as Excel stores it (a serial day number) or as people
// type it (dd/mm/yyyy, d/m/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, "ngày 5 tháng 1
// năm 1990"), or a bare year where allowYear. The message is Vietnamese, "" when fine.
func parseDateCell(v string, date1904, allowYear bool) (time.Time, bool, string) {
	s := vn.Clean(v)
	if s == "" {
		return time.Time{}, false, ""
	}
	if isNumber(s) {
		f, _ := strconv.ParseFloat(s, 64)
		switch {
		case f == math.Trunc(f) && f >= 1000 && f <= 2200:
			if allowYear {
				return time.Date(int(f), time.January, 1, 0, 0, 0, 0, time.UTC), true, ""
			}
			return time.Time{}, false, "Chỉ có năm " + s + "; cần ghi đủ ngày/tháng/năm"
		case f >= 1 && f < 2958466: // Excel's last day is 31/12/9999
			if d := excelDate(f, date1904); d.Year() <= 9999 {
				return d, false, ""
			}
		}
		return time.Time{}, false, "Không phải ngày tháng: " + s
	}
	if loc := timeOfDay.FindStringIndex(s); loc != nil && loc[0] > 0 {
		s = strings.TrimSpace(s[:loc[0]])
	}
	if m := longDate.FindStringSubmatch(vn.Fold(s)); m != nil {
		s = m[1] + "/" + m[2] + "/" + m[3]
	}
	s = strings.Join(strings.Fields(s), "") // "05 / 01 / 1990"
	var (
		t        time.Time
		yearOnly bool
		err      error
	)
	if allowYear {
		t, yearOnly, err = vn.ParseDateOrYear(s)
	} else {
		t, err = vn.ParseDate(s)
		if err != nil && len(s) == 4 && isNumber(s) {
			return time.Time{}, false, "Chỉ có năm " + s + "; cần ghi đủ ngày/tháng/năm"
		}
	}
	if err != nil {
		return time.Time{}, false, err.Error()
	}
	return t, yearOnly, ""
}

// excelDate converts an Excel serial day number. Excel counts 1900 as a leap year
// (a Lotus 1-2-3 bug it kept), so serials from 61 on are one day ahead of the count
// from 31/12/1899; the 1904 system counts from 01/01/1904. The time of day is dropped.
func excelDate(serial float64, date1904 bool) time.Time {
	days := int(math.Floor(serial))
	if date1904 {
		return time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	}
	if days >= 61 {
		days--
	}
	return time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
}

// ExcelSerial is the Excel serial day number of a date (1900 system), for writing dates
// that Excel shows and sorts as dates.
func ExcelSerial(t time.Time) float64 {
	d := t.Sub(time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	if d < 61 {
		d--
	}
	return math.Round(d)
}

// numberText writes a number read raw from a cell as its digits: "12345.0" → "12345".
func numberText(s string) string {
	if strings.HasSuffix(s, ".0") && isNumber(s) {
		return strings.TrimSuffix(s, ".0")
	}
	return s
}

// Replacers are built once: building one costs more than using it.
var (
	dropDotsDashes       = strings.NewReplacer(".", "", "-", "")
	dropSpacesDotsDashes = strings.NewReplacer(" ", "", ".", "", "-", "")
)

var scientific = regexp.MustCompile(`^[0-9](\.[0-9]+)?[eE]\+?[0-9]+$`)

// parseIDNumber reads a CCCD. Excel drops the leading zeros of a CCCD stored as a
// number (001190012345 → 1190012345); every CCCD starts with a 0 (the province codes
// are 001–096), so 10 or 11 digits get their zeros back, with a warning. A number shown
// in scientific form has lost digits for good and must be typed again.
func parseIDNumber(v string) (id, warn, msg string) {
	s := strings.ToUpper(strings.Join(strings.Fields(v), ""))
	if scientific.MatchString(strings.ReplaceAll(s, ",", ".")) {
		return s, "", "Excel đã đổi số này thành dạng " + s + " và làm mất chữ số; hãy định dạng cột là Văn bản (Text) rồi gõ lại"
	}
	s = numberText(s)
	digits := dropDotsDashes.Replace(s)
	if allDigits(digits) {
		s = digits
		if len(s) == 10 || len(s) == 11 {
			return strings.Repeat("0", 12-len(s)) + s, "Đã thêm số 0 ở đầu (Excel bỏ mất khi ô lưu dạng số)", ""
		}
	}
	return s, "", ""
}

// parsePhone reads a phone number; a mobile number stored as a number lost its leading 0.
func parsePhone(v string) (phone, warn string) {
	s := numberText(strings.TrimSpace(v))
	if allDigits(s) && len(s) == 9 && s[0] != '0' {
		return "0" + s, "Đã thêm số 0 ở đầu (Excel bỏ mất khi ô lưu dạng số)"
	}
	return s, ""
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var contractTerm = regexp.MustCompile(`([0-9]{1,3})\s*(thang|nam|t|th|n)\b`)

// parseContract reads the kind of labour contract as lists write it: "Không xác định
// thời hạn", "KXĐTH", "Xác định thời hạn 12 tháng", "12 tháng", "1 năm", "HĐ 36T".
func parseContract(v string) (data.ContractType, int, string) {
	f := vn.Fold(v)
	compact := dropSpacesDotsDashes.Replace(f)
	switch {
	case strings.Contains(f, "khong xac dinh") || strings.Contains(f, "khong thoi han") || strings.Contains(f, "vo thoi han") ||
		strings.HasPrefix(compact, "kxd") || strings.HasPrefix(compact, "hdkxd"):
		return data.ContractIndefinite, 0, ""
	}
	if m := contractTerm.FindStringSubmatch(f); m != nil {
		n, _ := strconv.Atoi(m[1])
		if m[2] == "nam" || m[2] == "n" {
			n *= 12
		}
		return data.ContractFixed, n, ""
	}
	if strings.Contains(f, "xac dinh") || strings.HasPrefix(compact, "xd") || strings.HasPrefix(compact, "hdxd") {
		return data.ContractFixed, 0, ""
	}
	return data.ContractUnknown, 0, "Không hiểu loại hợp đồng; ghi \"Không xác định thời hạn\" hoặc thời hạn, ví dụ \"12 tháng\""
}

// parseYesNo reads a tick: x, có, 1, ✓ are yes; không, 0, - are no.
func parseYesNo(v string) (bool, bool) {
	switch normHeader(v) {
	case "x", "co", "1", "c", "v", "yes", "true", "dang vien", "dv", "la dang vien":
		return true, true
	case "", "0", "khong", "k", "no", "false":
		return false, true
	}
	switch strings.TrimSpace(v) {
	case "✓", "✔", "√", "☑", "X":
		return true, true
	case "-", "–":
		return false, true
	}
	return false, false
}
