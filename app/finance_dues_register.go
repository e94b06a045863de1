package app

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/reports"
)

// `finance dues-register --year Y [--tsv]`: the sổ theo dõi thu đoàn phí (issue 13
// point 4) on the command line, each member's year month by month as the
// dues-register document prints it, written as the store reads it.
func init() {
	financeCommands["dues-register"] = financeDuesRegister
}

func financeDuesRegister(e *env, args []string) error {
	fs := newFlags("finance dues-register")
	year := fs.Int("year", e.now().Year(), "")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *year < 2000 || *year > 2999 {
		return usagef("--year không hợp lệ: %d", *year)
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	buf := bufio.NewWriterSize(e.stdout, 1<<16)
	var w io.Writer = buf
	var tw *tabwriter.Writer
	if !*tsv {
		tw = tabwriter.NewWriter(buf, 2, 4, 2, ' ', 0)
		w = tw
	}
	end := "" // tabwriter aligns a column that ends with a tab; a .tsv line ends without one
	if tw != nil {
		end = "\t"
	}
	head := []string{"STT", "Họ và tên", "Số CCCD", "Bộ phận"}
	for m := 1; m <= 12; m++ {
		head = append(head, fmt.Sprintf("T%02d", m))
	}
	fmt.Fprintln(w, strings.Join(append(head, "Phải thu", "Đã thu", "Còn thiếu"), "\t")+end)
	n := 0
	var due, collected int64
	err = store.DuesRegister(e.ctx, *year, func(l *data.DuesRegisterLine) error {
		n++
		d, c, owed := l.Totals()
		due, collected = due+d, collected+c
		name := l.Name
		if l.Trashed {
			name += " (đã xóa khỏi sổ)"
		}
		cells := []string{vn.FormatInt(int64(n)), name, l.IDNumber, l.UnitName}
		for _, cell := range l.Months {
			cells = append(cells, reports.DuesRegisterCell(cell))
		}
		cells = append(cells, vn.FormatInt(d), vn.FormatInt(c), vn.FormatInt(owed))
		for i := range cells {
			cells[i] = strings.ReplaceAll(cells[i], "\t", " ")
		}
		_, err := fmt.Fprintln(w, strings.Join(cells, "\t")+end)
		return err
	})
	if err != nil {
		return err
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(buf, "Năm %d · %s đoàn viên · phải thu %s · đã thu %s · còn thiếu %s (ô có * là tháng thu chưa đủ)\n",
			*year, vn.FormatInt(int64(n)), vn.FormatMoney(due), vn.FormatMoney(collected), vn.FormatMoney(due-collected))
	}
	return buf.Flush()
}
