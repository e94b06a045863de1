package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
)

// MemberColumn is a column the printed member list can have.
type MemberColumn struct {
	Key   string  // name on the command line: "ngay-sinh"
	Title string  // header cell
	Width float64 // relative weight; about millimetres on a portrait page
	Align Align
	fit   string // sample of the widest content, for columns that must not wrap
	text  func(r *data.MemberRow, fullID bool) string
}

// Samples of fixed-width content, see Column.Fit.
const (
	fitDate = "00/00/0000"
	fitCCCD = "000000000000"
)

// MemberColumns are the columns a member list can print, in printing order.
// Those of the register print data.RegisterColumns' text, so that the paper says
// what the window says; "ghi-chu" is an empty column for the upper level's or
// the chair's notes.
var MemberColumns = []MemberColumn{
	{"ten", "Họ và tên", 48, AlignLeft, "", registerText(data.SortByName)},
	{"ngay-sinh", "Ngày sinh", 21, AlignCenter, fitDate, registerText(data.SortByBirth)},
	{"gioi-tinh", "Giới tính", 13, AlignCenter, "Nam", registerText(data.SortBySex)},
	{"quoc-tich", "Quốc tịch", 20, AlignLeft, "", func(r *data.MemberRow, _ bool) string { return r.Nationality }},
	{"cccd", "Số CCCD/\nHộ chiếu", 27, AlignCenter, fitCCCD, func(r *data.MemberRow, full bool) string {
		if full {
			return r.IDNumber
		}
		return MaskIDNumber(r.IDNumber)
	}},
	{"bo-phan", "Bộ phận/\nTổ công đoàn", 36, AlignLeft, "", registerText(data.SortByUnit)},
	{"chuc-vu", "Chức vụ\ncông đoàn", 20, AlignLeft, "", registerText(data.SortByRole)},
	{"ngay-vao", "Ngày vào\ncông đoàn", 21, AlignCenter, fitDate, registerText(data.SortByJoinDate)},
	{"ma-dv", "Mã số\nđoàn viên", 24, AlignCenter, "", func(r *data.MemberRow, _ bool) string { return r.MemberCode }},
	{"trang-thai", "Trạng thái", 24, AlignLeft, "", registerText(data.SortByStatus)},
	{"ghi-chu", "Ghi chú", 16, AlignLeft, "", func(*data.MemberRow, bool) string { return "" }},
}

// registerText is the text of the register's column sorted by s. Every caller
// names a column of data.RegisterColumns; the panic at start-up says if one goes.
func registerText(s data.SortColumn) func(*data.MemberRow, bool) string {
	for _, c := range data.RegisterColumns {
		if c.Sort == s {
			return func(r *data.MemberRow, _ bool) string { return c.Text(r) }
		}
	}
	panic(fmt.Sprintf("reports: no register column sorted by %v", s))
}

// DefaultMemberColumns are the columns printed when none are chosen.
var DefaultMemberColumns = []string{"ten", "ngay-sinh", "gioi-tinh", "bo-phan", "chuc-vu", "ngay-vao", "ghi-chu"}

// MemberColumnKeys lists every column key, for messages.
func MemberColumnKeys() string {
	keys := make([]string, len(MemberColumns))
	for i, c := range MemberColumns {
		keys[i] = c.Key
	}
	return strings.Join(keys, ", ")
}

// memberColumns returns the chosen columns in printing order (nil: the
// defaults); an unknown key is an EINVALID error naming the known ones.
func memberColumns(keys []string) ([]MemberColumn, error) {
	if len(keys) == 0 {
		keys = DefaultMemberColumns
	}
	want := map[string]bool{}
	for _, k := range keys {
		k = strings.TrimSpace(k)
		found := false
		for _, c := range MemberColumns {
			found = found || c.Key == k
		}
		if !found {
			return nil, data.Errorf(data.EINVALID, "columns", "Không có cột \"%s\"; các cột: %s", k, MemberColumnKeys())
		}
		want[k] = true
	}
	var out []MemberColumn
	for _, c := range MemberColumns {
		if want[c.Key] {
			out = append(out, c)
		}
	}
	return out, nil
}

// MemberListOptions are the choices of a printed member list.
type MemberListOptions struct {
	Columns      []string // keys of MemberColumns; nil: DefaultMemberColumns
	Landscape    bool     // A4 landscape, for many columns
	FullIDNumber bool     // print CCCD numbers in full; by default only the last 4 digits
	Subject      string   // trích yếu under "DANH SÁCH"
	Note         string   // printed in italics under the title: which members, in what order
	// Progress, when set, is called with the rows laid out so far.
	Progress func(done, total int)
}

// MemberList is the danh sách đoàn viên: the rows in the order given (the
// register's filter and order, chosen by the caller), numbered, with the
// header row repeated on every page, the totals under the table and the
// signature of the BCH.
func MemberList(m Meta, o MemberListOptions, rows []data.MemberRow) (*Document, error) {
	cols, err := memberColumns(o.Columns)
	if err != nil {
		return nil, err
	}
	d, err := m.start(o.Landscape, data.DocTypeList.Label(), o.Subject)
	if err != nil {
		return nil, err
	}
	if o.Note != "" {
		d.CenteredItalic(o.Note)
	}
	t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(rows), 10))}}}
	for _, c := range cols {
		t.Columns = append(t.Columns, Column{Title: c.Title, Width: c.Width, Align: c.Align, Fit: c.fit})
	}
	// Many columns on a page: a smaller size keeps names on one line.
	if n := len(cols); n >= 9 && !o.Landscape || n >= 11 {
		t.FontSize = 10
	}
	// One backing array for every cell: 100,000 rows make 800,000 strings.
	cells := make([]string, len(rows)*len(t.Columns))
	t.Rows = make([][]string, len(rows))
	female := 0
	for i := range rows {
		r := &rows[i]
		row := cells[i*len(t.Columns) : (i+1)*len(t.Columns) : (i+1)*len(t.Columns)]
		row[0] = rowNo(i + 1)
		for j, c := range cols {
			row[j+1] = c.text(r, o.FullIDNumber)
		}
		t.Rows[i] = row
		if r.Sex == data.SexFemale {
			female++
		}
	}
	if o.Progress != nil {
		t.Progress = func(done int) { o.Progress(done, len(rows)) }
	}
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Danh sách có %s đoàn viên, trong đó nữ %s đoàn viên./.", count(len(rows)), count(female)))
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}
