package reports

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The sổ theo dõi thu đoàn phí of a year (issue 13 points 4, 9; DOMAIN-MODULES
// §A.3): one line per member with what was collected each month, the year's
// due, collected and still owed, in one table per bộ phận with its subtotal,
// then the totals per month and per bộ phận.
// Read from the store one member at a time (data.DuesRegisterService).

func init() {
	Register(&Kind{Name: "dues-register", Title: "Sổ theo dõi thu đoàn phí", Type: data.DocTypeList, Period: true,
		Description: "Đoàn phí từng đoàn viên theo từng tháng trong năm: phải thu, đã thu, còn thiếu; cộng theo tháng và theo bộ phận",
		defaultYear: func(today time.Time) int { return today.Year() }, prepare: prepareDuesRegister})
}

// DuesRegisterCell is a month's cell: what was collected, "miễn" for an
// exempt month, "" for a month not kept; a shortfall is marked with its amount owed.
func DuesRegisterCell(c data.DuesCell) string {
	switch {
	case !c.Kept:
		return ""
	case c.Exempt && c.Due == 0:
		return "miễn"
	case c.Collected < c.Due:
		return vn.FormatInt(c.Collected) + "*"
	}
	return vn.FormatInt(c.Collected)
}

// duesRegisterTotals are the sums of a group of lines, month by month.
type duesRegisterTotals struct {
	members        int
	due, collected [12]int64
}

func (t *duesRegisterTotals) add(l *data.DuesRegisterLine) {
	t.members++
	for i, c := range l.Months {
		t.due[i] += c.Due
		t.collected[i] += c.Collected
	}
}

func (t *duesRegisterTotals) sums() (due, collected int64) {
	for i := range t.due {
		due += t.due[i]
		collected += t.collected[i]
	}
	return due, collected
}

func prepareDuesRegister(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	s, ok := src.Records.(data.DuesRegisterService)
	if !ok {
		return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ thu đoàn phí"}
	}
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return nil, err
	}
	year := period.From.Year()
	if period.To.Year() != year {
		return nil, data.Errorf(data.EINVALID, "year", "Sổ theo dõi thu đoàn phí lập theo từng năm: chọn một năm")
	}
	// Read once here, so that the warnings are known before printing; the table
	// rows are strings, much smaller than the ledger they come from.
	rows := map[string][][]string{} // by bộ phận, each in register order
	count := 0
	var all duesRegisterTotals
	units := map[string]*duesRegisterTotals{}
	short := 0
	err = s.DuesRegister(ctx, year, func(l *data.DuesRegisterLine) error {
		all.add(l)
		u := units[l.UnitName]
		if u == nil {
			u = &duesRegisterTotals{}
			units[l.UnitName] = u
		}
		u.add(l)
		due, collected, owed := l.Totals()
		if owed > 0 {
			short++
		}
		name := l.Name
		if l.Trashed {
			name += " (đã xóa khỏi sổ)"
		}
		count++
		row := make([]string, 0, 17)
		row = append(row, rowNo(len(rows[l.UnitName])+1), name)
		for _, c := range l.Months {
			row = append(row, DuesRegisterCell(c))
		}
		rows[l.UnitName] = append(rows[l.UnitName], append(row, vn.FormatInt(due), vn.FormatInt(collected), vn.FormatInt(owed)))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if count == 0 {
		return nil, data.Errorf(data.EINVALID, "year", "Năm %d chưa có tháng đoàn phí nào được lưu", year)
	}
	var warnings []string
	if short > 0 {
		warnings = append(warnings, fmt.Sprintf("%s đoàn viên còn thiếu đoàn phí trong năm %d (ô có dấu *)", vn.FormatInt(int64(short)), year))
	}
	return &prepared{subject: fmt.Sprintf("Theo dõi thu đoàn phí năm %d", year), ref: "dues-register:" + strconv.Itoa(year), warnings: warnings,
		build: func(m Meta) (*Document, error) { return DuesRegisterDoc(m, p, year, rows, &all, units) }}, nil
}

// DuesRegisterDoc lays out the register of year from its rows (DuesRegisterCell).
func DuesRegisterDoc(m Meta, p *data.Profile, year int, rows map[string][][]string, all *duesRegisterTotals, units map[string]*duesRegisterTotals) (*Document, error) {
	d, err := m.start(true, "Sổ", fmt.Sprintf("Theo dõi thu đoàn phí năm %d", year))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Đoàn phí công đoàn đã thu của từng đoàn viên %s theo từng tháng năm %d, từ bảng thu đoàn phí hằng tháng. "+
		"Đơn vị tính: đồng. Ô có dấu * là tháng thu chưa đủ; \"miễn\" là tháng không phải đóng; ô trống là tháng chưa lập bảng.", issuerName(&m), year))
	money := "000.000"
	cols := []Column{{Title: "STT", Align: AlignCenter, Fit: "00000"}, {Title: "Họ và tên", Width: 48}}
	for i := 1; i <= 12; i++ {
		cols = append(cols, Column{Title: fmt.Sprintf("T%d", i), Align: AlignRight, Fit: money + "*"})
	}
	cols = append(cols, Column{Title: "Phải thu", Align: AlignRight, Fit: "0.000.000"}, Column{Title: "Đã thu", Align: AlignRight, Fit: "0.000.000"},
		Column{Title: "Còn thiếu", Align: AlignRight, Fit: "0.000.000"})
	names := make([]string, 0, len(units))
	for n := range units {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return vn.Fold(names[i]) < vn.Fold(names[j]) })
	sumRow := func(label string, t *duesRegisterTotals) []string {
		row := []string{"", label}
		for i := range t.collected {
			row = append(row, vn.FormatInt(t.collected[i]))
		}
		due, collected := t.sums()
		return append(row, vn.FormatInt(due), vn.FormatInt(collected), vn.FormatInt(due-collected))
	}
	// One table per bộ phận, as the bảng thu đoàn phí is kept, each with its subtotal.
	for _, n := range names {
		label := n
		if label == "" {
			label = "(Chưa xếp bộ phận)"
		}
		d.Heading(label)
		d.Table(Table{FontSize: 6.5, Columns: cols, Rows: append(rows[n], sumRow("Cộng "+label, units[n]))})
	}
	due, collected := all.sums()
	d.Table(Table{FontSize: 6.5, Columns: cols, Rows: [][]string{sumRow("Cộng "+vn.FormatInt(int64(all.members))+" đoàn viên", all)}})

	d.Heading("Tổng hợp theo bộ phận")
	t := Table{FontSize: 10, Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "000"}, {Title: "Bộ phận", Width: 70},
		{Title: "Số đoàn viên", Align: AlignRight, Fit: "000.000"}, {Title: "Phải thu", Align: AlignRight, Fit: "0.000.000.000"},
		{Title: "Đã thu", Align: AlignRight, Fit: "0.000.000.000"}, {Title: "Còn thiếu", Align: AlignRight, Fit: "0.000.000.000"},
		{Title: "Tỷ lệ đã thu", Align: AlignRight, Fit: "100,0%"}}}
	for i, n := range names {
		u := units[n]
		ud, uc := u.sums()
		label := n
		if label == "" {
			label = "(Chưa xếp bộ phận)"
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), label, vn.FormatInt(int64(u.members)), vn.FormatInt(ud), vn.FormatInt(uc), vn.FormatInt(ud - uc), vn.Percent(uc, ud)})
	}
	t.Rows = append(t.Rows, []string{"", "Cộng", vn.FormatInt(int64(all.members)), vn.FormatInt(due), vn.FormatInt(collected), vn.FormatInt(due - collected), vn.Percent(collected, due)})
	d.Table(t)
	d.Bullet(fmt.Sprintf("Đoàn phí đã thu năm %d: %s (%s).", year, vn.FormatMoney(collected), vn.MoneyInWords(collected)))
	chair := ""
	if p != nil {
		chair = p.ChairName
	}
	d.Signatures(Signer{Title: "NGƯỜI GHI SỔ", Name: ""}, Signer{Authority: "TM. BAN CHẤP HÀNH", Title: "CHỦ TỊCH", Name: chair})
	return d, nil
}
