package xlsx

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Salaries for the đoàn phí of a month (issue 13 point 1; DOMAIN §5): a payroll
// export with a name, the member's keys (CCCD, mã đoàn viên, or ngày sinh) and a
// salary column. Rows are matched to the register exactly as the member import
// matches them (Convert, then NewPreview); every row must match one member and
// carry a salary, or the whole file is refused, as the member import refuses it.

// identityFields are the columns a salary file is read for besides the salary:
// what finds the member. The other member columns of a payroll are not imported.
var identityFields = map[Field]bool{
	FieldFullName: true, FieldHo: true, FieldTenDem: true, FieldTen: true, FieldBirth: true,
	FieldBirthMale: true, FieldBirthFem: true, FieldIDNumber: true, FieldCode: true, FieldSTT: true,
}

// SalaryRow is one row of a salary file.
type SalaryRow struct {
	Line     int
	Name     string // as the file writes it, normalized
	IDNumber string
	Match    Match // the member of the register, when found
	Base     data.DuesBase
	Amount   int64
	Problems []Problem // blocking: the row cannot be taken
}

// SalaryPreview is a salary file checked against the register, before anything is written.
type SalaryPreview struct {
	Table     *Table
	Mapping   *Mapping
	SalaryCol int
	Base      data.DuesBase
	Rows      []SalaryRow
	Skipped   []Problem
	ErrorRows int
}

// salaryColumn finds the salary column by its header, and the base it states:
// "Lương đóng BHXH", "Tiền lương thực lĩnh", "Mức đóng cố định".
func salaryColumn(headers []string) (int, data.DuesBase) {
	for i, h := range headers {
		n := " " + normHeader(h) + " "
		switch {
		case strings.Contains(n, " thuc linh "):
			return i, data.DuesBaseTakeHome
		case strings.Contains(n, " co dinh "):
			return i, data.DuesBaseFixed
		case strings.Contains(n, " luong ") && !strings.Contains(n, " quy luong "):
			return i, data.DuesBaseBHXH
		}
	}
	return -1, ""
}

// PreviewSalaries reads the salaries of t and matches each row to the register (keys).
func PreviewSalaries(t *Table, keys []data.MemberKey, now time.Time) (*SalaryPreview, error) {
	m := Guess(t, nil)
	if m.HeaderRow < 0 || !m.HasName() {
		return nil, &data.Error{Code: data.EINVALID, Message: "Không tìm thấy dòng tiêu đề trong " + where(t) +
			": cần cột \"Họ và tên\", một cột \"Số CCCD\", \"Mã đoàn viên\" hoặc \"Ngày sinh\" để tìm đoàn viên, và cột lương (\"Lương đóng BHXH\")"}
	}
	col, base := salaryColumn(m.Headers)
	if col < 0 {
		return nil, &data.Error{Code: data.EINVALID, Message: "Không tìm thấy cột lương trong " + where(t) +
			": đặt tiêu đề \"Lương đóng BHXH\", \"Tiền lương thực lĩnh\" hoặc \"Mức đóng cố định\""}
	}
	for i, f := range m.Fields {
		if !identityFields[f] || i == col {
			m.Fields[i] = Skip
		}
	}
	res := Convert(t, m, now)
	keep := map[string]bool{}
	for i, f := range m.Fields {
		if f != Skip {
			keep[Column(i)] = true
		}
	}
	for i := range res.Rows {
		r := &res.Rows[i]
		ps := r.Problems[:0]
		for _, p := range r.Problems {
			// Only what finds the member counts: a payroll has no sex or join date.
			if !p.Warning && keep[p.Column] {
				ps = append(ps, p)
			}
		}
		r.Problems = ps
	}
	pv, err := NewPreview(res, keys, SkipExisting, nil)
	if err != nil {
		return nil, err
	}
	index := make(map[int]int, len(t.Lines))
	for i, l := range t.Lines {
		index[l] = i
	}
	p := &SalaryPreview{Table: t, Mapping: m, SalaryCol: col, Base: base, Skipped: res.Skipped}
	p.Rows = make([]SalaryRow, 0, len(res.Rows))
	header := m.Headers[col]
	for i := range pv.Rows {
		r := &pv.Rows[i]
		s := SalaryRow{Line: r.Line, Name: r.Member.FullName(), IDNumber: r.Member.IDNumber, Match: r.Match, Base: base}
		for _, pr := range r.Problems {
			if !pr.Warning {
				s.Problems = append(s.Problems, pr)
			}
		}
		switch r.Status {
		case RowNew:
			s.Problems = append(s.Problems, Problem{Line: r.Line, Value: s.Name,
				Message: "Không tìm thấy đoàn viên này trong sổ (theo số CCCD, mã đoàn viên, hoặc họ tên và ngày sinh)"})
		case RowDuplicate:
			s.Problems = append(s.Problems, Problem{Line: r.Line, Value: s.Name,
				Message: fmt.Sprintf("Cùng một người với dòng %d: mỗi đoàn viên một dòng lương", r.DupLine)})
		}
		raw := cellRaw(t.Rows[index[r.Line]], col)
		amount, msg := parseMoneyCell(raw)
		if msg != "" {
			s.Problems = append(s.Problems, Problem{Line: r.Line, Column: Column(col), Header: header, Value: raw, Message: msg})
		}
		s.Amount = amount
		if len(s.Problems) > 0 {
			p.ErrorRows++
		}
		p.Rows = append(p.Rows, s)
	}
	// Two rows of the file for one member, found by different keys.
	seen := map[int64]int{}
	for i := range p.Rows {
		r := &p.Rows[i]
		if r.Match.ID == 0 || len(r.Problems) > 0 {
			continue
		}
		if line, ok := seen[r.Match.ID]; ok {
			r.Problems = append(r.Problems, Problem{Line: r.Line, Value: r.Name,
				Message: fmt.Sprintf("Cùng đoàn viên %s với dòng %d: mỗi đoàn viên một dòng lương", r.Match.Name, line)})
			p.ErrorRows++
			continue
		}
		seen[r.Match.ID] = r.Line
	}
	return p, nil
}

// where names the sheet in a message.
func where(t *Table) string {
	if t.Sheet != "" {
		return "trang \"" + t.Sheet + "\" của tệp " + t.File
	}
	return "tệp " + t.File
}

// excelNumber is a number as Excel stores it; groupedNumber is one typed with dots
// between thousands, which vn.ParseInt reads.
var (
	excelNumber   = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$`)
	groupedNumber = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+$`)
)

// parseMoneyCell reads an amount of đồng as a payroll writes it: a number Excel
// stores ("15000000", "1.5E7"), or typed text ("15.000.000", "15 000 000 đ").
// A fraction of a đồng is refused, not rounded: nothing typed is silently changed.
func parseMoneyCell(raw string) (int64, string) {
	v := strings.TrimSpace(raw)
	v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(v, "đồng"), "đ"), "VNĐ"))
	if v == "" {
		return 0, "Chưa có lương"
	}
	if excelNumber.MatchString(v) && !groupedNumber.MatchString(v) {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f != math.Trunc(f) || f < 0 || f > 1e12 {
			return 0, "Số tiền phải là số đồng nguyên, không âm"
		}
		return int64(f), ""
	}
	n, err := vn.ParseInt(v)
	if err != nil || n < 0 {
		return 0, "Không đọc được số tiền; ghi dạng 15.000.000"
	}
	return n, ""
}

// Errors lists the blocking problems in row order.
func (p *SalaryPreview) Errors() []Problem {
	var out []Problem
	for _, r := range p.Rows {
		out = append(out, r.Problems...)
	}
	return out
}

// Entries are the rows as the ledger takes them: the salary only, what was
// collected and any exemption kept as they are.
func (p *SalaryPreview) Entries() []data.DuesEntry {
	out := make([]data.DuesEntry, 0, len(p.Rows))
	for _, r := range p.Rows {
		if len(r.Problems) == 0 && r.Match.ID != 0 {
			out = append(out, data.DuesEntry{MemberID: r.Match.ID, Line: r.Line, Base: r.Base, Amount: r.Amount, SalaryOnly: true})
		}
	}
	return out
}
