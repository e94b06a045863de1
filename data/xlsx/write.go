package xlsx

import (
	"archive/zip"
	"bufio"
	"compress/flate"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// RegisterColumns are the export columns that match the register on screen.
var RegisterColumns = []Field{FieldSTT, FieldFullName, FieldBirth, FieldSex, FieldUnit, FieldRole, FieldJoinDate, FieldStatus}

// AllColumns are every export column, in template order.
func AllColumns() []Field {
	var out []Field
	for _, fi := range Fields {
		if fi.Export {
			out = append(out, fi.Field)
		}
	}
	return out
}

// TemplateColumns are the columns of the blank template: every field a chair fills in.
var TemplateColumns = []Field{FieldSTT, FieldFullName, FieldBirth, FieldSex, FieldEthnicity, FieldNation, FieldIDNumber,
	FieldPhone, FieldUnit, FieldJobTitle, FieldHireDate, FieldContract, FieldJoinDate, FieldPrevious, FieldDecision,
	FieldDecDate, FieldCode, FieldCard, FieldCardDate, FieldRole, FieldParty, FieldNotes}

// isDateField reports whether f holds a date, written as an Excel date.
func isDateField(f Field) bool {
	switch f {
	case FieldBirth, FieldBirthMale, FieldBirthFem, FieldHireDate, FieldJoinDate, FieldDecDate, FieldCardDate:
		return true
	}
	return false
}

// isTextNumber reports whether f holds digits that must stay text (leading zeros).
func isTextNumber(f Field) bool {
	return f == FieldIDNumber || f == FieldPhone || f == FieldCode || f == FieldCard || f == FieldDecision
}

// dateValue is a date cell's value: the date, a bare year, or nothing.
type dateValue struct {
	t        time.Time
	yearOnly bool
}

// value is what member m shows in column f (n is its STT): a string, an int, or a dateValue.
func value(m *data.Member, f Field, n int) any {
	switch f {
	case FieldSTT:
		return n
	case FieldFullName:
		return m.FullName()
	case FieldHo:
		return m.Ho
	case FieldTenDem:
		return m.TenDem
	case FieldTen:
		return m.Ten
	case FieldBirth:
		return dateValue{m.BirthDate, m.BirthYearOnly}
	case FieldBirthMale:
		if m.Sex != data.SexFemale {
			return dateValue{m.BirthDate, m.BirthYearOnly}
		}
		return dateValue{}
	case FieldBirthFem:
		if m.Sex == data.SexFemale {
			return dateValue{m.BirthDate, m.BirthYearOnly}
		}
		return dateValue{}
	case FieldSex:
		return m.Sex.Label()
	case FieldFemale:
		if m.Sex == data.SexFemale {
			return "x"
		}
		return ""
	case FieldEthnicity:
		return m.Ethnicity
	case FieldNation:
		return m.Nationality
	case FieldIDNumber:
		return m.IDNumber
	case FieldPhone:
		return m.Phone
	case FieldUnit:
		return m.UnitName
	case FieldJobTitle:
		return m.JobTitle
	case FieldHireDate:
		return dateValue{t: m.HireDate}
	case FieldContract:
		if m.Contract == data.ContractFixed && m.ContractMonths > 0 {
			return fmt.Sprintf("%s %d tháng", m.Contract.Label(), m.ContractMonths)
		}
		return m.Contract.Label()
	case FieldJoinDate:
		return dateValue{t: m.JoinDate}
	case FieldPrevious:
		return m.PreviousUnion
	case FieldDecision:
		return m.DecisionNumber
	case FieldDecDate:
		return dateValue{t: m.DecisionDate}
	case FieldCode:
		return m.MemberCode
	case FieldCard:
		return m.CardNumber
	case FieldCardDate:
		return dateValue{t: m.CardDate}
	case FieldRole:
		return m.UnionRole
	case FieldParty:
		if m.PartyMember {
			return "x"
		}
		return ""
	case FieldStatus:
		return m.Status.Label()
	case FieldNotes:
		return m.Notes
	}
	return ""
}

// text is a value as CSV writes it: dates as dd/mm/yyyy, years as yyyy.
func text(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case dateValue:
		return vn.FormatDateOrYear(x.t, x.yearOnly)
	}
	return ""
}

// ExportOptions are the title and columns of an export.
type ExportOptions struct {
	Title    string  // "DANH SÁCH ĐOÀN VIÊN"
	Subtitle string  // the union's name and the date
	Columns  []Field // in order; empty: RegisterColumns
}

// newFile is a new workbook whose zip parts are compressed at deflate's best speed:
// for a 100,000-row export that is three times faster than the default level, for a
// file about a quarter bigger.
func newFile() *excelize.File {
	f := excelize.NewFile()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter {
		zw := zip.NewWriter(w)
		zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
			return flate.NewWriter(out, flate.BestSpeed)
		})
		return zw
	})
	return f
}

// styles are the cell styles of a written workbook.
type styles struct{ title, subtitle, header, date, text, year, errCell int }

func newStyles(f *excelize.File) (*styles, error) {
	s := &styles{}
	dmy := "dd/mm/yyyy"
	border := []excelize.Border{{Type: "left", Color: "999999", Style: 1}, {Type: "right", Color: "999999", Style: 1},
		{Type: "top", Color: "999999", Style: 1}, {Type: "bottom", Color: "999999", Style: 1}}
	var err error
	for _, x := range []struct {
		id *int
		st *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&s.subtitle, &excelize.Style{Font: &excelize.Font{Italic: true}}},
		{&s.header, &excelize.Style{Font: &excelize.Font{Bold: true}, Border: border,
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.date, &excelize.Style{CustomNumFmt: &dmy, Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&s.text, &excelize.Style{NumFmt: 49}}, // "@": Excel keeps what is typed as text (CCCD with its zeros)
		{&s.year, &excelize.Style{NumFmt: 1, Alignment: &excelize.Alignment{Horizontal: "center"}}},
		{&s.errCell, &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F8CBAD"}}}},
	} {
		if *x.id, err = f.NewStyle(x.st); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// cellValue is v as a streamed cell, styled so that Excel shows dates as dates and
// keeps digits as text.
func (s *styles) cellValue(v any, f Field) any {
	switch x := v.(type) {
	case dateValue:
		switch {
		case x.t.IsZero():
			return nil
		case x.yearOnly:
			return excelize.Cell{StyleID: s.year, Value: x.t.Year()}
		}
		return excelize.Cell{StyleID: s.date, Value: ExcelSerial(x.t)}
	case string:
		if x == "" {
			return nil
		}
		if isTextNumber(f) {
			return excelize.Cell{StyleID: s.text, Value: x}
		}
	}
	return v
}

// columnWidth is a readable width for a column.
func columnWidth(f Field) float64 {
	switch {
	case f == FieldSTT:
		return 6
	case f == FieldFullName:
		return 28
	case isDateField(f):
		return 12
	case f == FieldSex || f == FieldFemale || f == FieldParty:
		return 9
	case f == FieldNotes || f == FieldUnit || f == FieldJobTitle || f == FieldContract || f == FieldRole:
		return 22
	}
	return 15
}

// WriteXLSX writes members (in the order given) as a workbook: a title block, the
// header row and one row per member, with the header frozen.
func WriteXLSX(w io.Writer, ms []*data.Member, o ExportOptions) error {
	return WriteXLSXSeq(w, slicesSeq(ms), o)
}

// slicesSeq streams a slice as WriteXLSXSeq and WriteCSVSeq take it.
func slicesSeq(ms []*data.Member) iter.Seq2[*data.Member, error] {
	return func(yield func(*data.Member, error) bool) {
		for _, m := range ms {
			if !yield(m, nil) {
				return
			}
		}
	}
}

// WriteXLSXSeq is WriteXLSX over a stream of members (Members reads them from the store
// while the rows are written). It streams the rows too (excelize StreamWriter), so
// 100,000 members stay within memory.
func WriteXLSXSeq(w io.Writer, ms iter.Seq2[*data.Member, error], o ExportOptions) error {
	cols := o.Columns
	if len(cols) == 0 {
		cols = RegisterColumns
	}
	f := newFile()
	defer f.Close()
	sheet := "Danh sách đoàn viên"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, columnWidth(c)); err != nil {
			return err
		}
	}
	headerRow := 4
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	title := o.Title
	if title == "" {
		title = "DANH SÁCH ĐOÀN VIÊN"
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: title}}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: st.subtitle, Value: o.Subtitle}}); err != nil {
		return err
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.Title()}
	}
	if err := sw.SetRow(fmt.Sprintf("A%d", headerRow), header, excelize.RowOpts{Height: 30}); err != nil {
		return err
	}
	row := make([]any, len(cols))
	i := 0
	for m, err := range ms {
		if err != nil {
			return err
		}
		for j, c := range cols {
			row[j] = st.cellValue(value(m, c, i+1), c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, headerRow+1+i)
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
		i++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// WriteCSV writes members as UTF-8 CSV with a BOM, which Excel needs to show Vietnamese
// letters instead of mojibake; dates as dd/mm/yyyy.
func WriteCSV(w io.Writer, ms []*data.Member, cols []Field) error {
	return WriteCSVSeq(w, slicesSeq(ms), cols)
}

// WriteCSVSeq is WriteCSV over a stream of members.
func WriteCSVSeq(w io.Writer, ms iter.Seq2[*data.Member, error], cols []Field) error {
	if len(cols) == 0 {
		cols = RegisterColumns
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	if _, err := bw.WriteString("\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true // what Excel on Windows writes and expects
	rec := make([]string, len(cols))
	for i, c := range cols {
		rec[i] = c.Title()
	}
	if err := cw.Write(rec); err != nil {
		return err
	}
	i := 0
	for m, err := range ms {
		if err != nil {
			return err
		}
		i++
		for j, c := range cols {
			rec[j] = csvCell(text(value(m, c, i)))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return bw.Flush()
}

// csvCell is a value as a CSV cell Excel opens safely (issue 10 item 12): control
// characters other than line breaks and tabs are dropped (a NUL or BEL from an old file
// must not reach the chair's spreadsheet), and a value Excel would run as a formula
// (starting with = + - @, or a tab or carriage return before one) gets a leading
// apostrophe, which makes Excel take the cell as text. The importer takes the
// apostrophe off again (unquoteFormula).
func csvCell(s string) string {
	s = data.StripControls(s)
	if s != "" && strings.ContainsRune(formulaStart, rune(s[0])) {
		return "'" + s
	}
	return s
}

// formulaStart are the first characters that make Excel read a CSV cell as a formula.
const formulaStart = "=+-@\t\r"

// unquoteFormula undoes csvCell's apostrophe on a cell read back from a CSV file.
func unquoteFormula(s string) string {
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune(formulaStart, rune(s[1])) {
		return s[1:]
	}
	return s
}

// Members streams the members with the given ids, in that order, reading them from the
// store a chunk ahead of the caller: the database read of an export overlaps with
// writing the file. Ids no longer in the register are skipped.
func Members(ctx context.Context, svc data.ImportService, ids []int64) iter.Seq2[*data.Member, error] {
	return func(yield func(*data.Member, error) bool) {
		const chunk = 2000
		type part struct {
			ids []int64
			ms  map[int64]*data.Member
			err error
		}
		ahead := make(chan part, 2)
		stop := make(chan struct{})
		defer close(stop)
		go func() {
			defer close(ahead)
			for start := 0; start < len(ids); start += chunk {
				p := part{ids: ids[start:min(start+chunk, len(ids))]}
				p.ms, p.err = svc.MembersByID(ctx, p.ids)
				select {
				case ahead <- p:
				case <-stop:
					return
				}
				if p.err != nil {
					return
				}
			}
		}()
		for p := range ahead {
			if p.err != nil {
				yield(nil, p.err)
				return
			}
			for _, id := range p.ids {
				if m, ok := p.ms[id]; ok && !yield(m, nil) {
					return
				}
			}
		}
	}
}

// WriteTemplate writes the blank import template ("Tải file mẫu"): the title, one header
// per field, CCCD and phone columns formatted as text so that Excel keeps their zeros,
// date columns as dd/mm/yyyy, drop-down lists for Giới tính and Đảng viên, and a sheet
// of instructions.
func WriteTemplate(w io.Writer) error {
	f := newFile()
	defer f.Close()
	sheet := "Danh sách đoàn viên"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	cols := TemplateColumns
	const headerRow, lastRow = 4, 5000
	set := func(cell string, v any, style int) error {
		if err := f.SetCellValue(sheet, cell, v); err != nil {
			return err
		}
		return f.SetCellStyle(sheet, cell, cell, style)
	}
	if err := set("A1", "DANH SÁCH ĐOÀN VIÊN", st.title); err != nil {
		return err
	}
	if err := set("A2", "Điền từ dòng 5; xem trang \"Hướng dẫn\". Ngày ghi dd/mm/yyyy; chỉ biết năm sinh thì ghi năm.", st.subtitle); err != nil {
		return err
	}
	for i, c := range cols {
		name := Column(i)
		if err := set(fmt.Sprintf("%s%d", name, headerRow), c.Title(), st.header); err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, name, name, columnWidth(c)); err != nil {
			return err
		}
		rng := fmt.Sprintf("%s%d:%s%d", name, headerRow+1, name, lastRow)
		switch {
		case isTextNumber(c):
			err = f.SetCellStyle(sheet, fmt.Sprintf("%s%d", name, headerRow+1), fmt.Sprintf("%s%d", name, lastRow), st.text)
		case isDateField(c):
			err = f.SetCellStyle(sheet, fmt.Sprintf("%s%d", name, headerRow+1), fmt.Sprintf("%s%d", name, lastRow), st.date)
		}
		if err != nil {
			return err
		}
		var list []string
		switch c {
		case FieldSex:
			list = []string{"Nam", "Nữ"}
		case FieldParty:
			list = []string{"x"}
		case FieldContract:
			list = []string{"Không xác định thời hạn", "Xác định thời hạn 12 tháng", "Xác định thời hạn 24 tháng", "Xác định thời hạn 36 tháng"}
		}
		if list != nil {
			dv := excelize.NewDataValidation(true)
			dv.Sqref = rng
			if err := dv.SetDropList(list); err != nil {
				return err
			}
			if err := f.AddDataValidation(sheet, dv); err != nil {
				return err
			}
		}
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	help := "Hướng dẫn"
	if _, err := f.NewSheet(help); err != nil {
		return err
	}
	lines := []string{
		"CÁCH ĐIỀN DANH SÁCH ĐOÀN VIÊN",
		"",
		"Mỗi dòng một đoàn viên, bắt đầu từ dòng 5 của trang \"Danh sách đoàn viên\". Chỉ cột Họ và tên là bắt buộc.",
		"Họ và tên: ghi đầy đủ, ví dụ Nguyễn Thị Hường; phần mềm tự tách họ, tên đệm, tên.",
		"Ngày sinh: dd/mm/yyyy (05/01/1990); nếu chỉ biết năm sinh thì ghi năm (1990). Năm phải đủ 4 chữ số.",
		"Giới tính: Nam hoặc Nữ.",
		"Số CCCD: đủ 12 chữ số; cột đã định dạng Văn bản để giữ các số 0 ở đầu. Người nước ngoài ghi số hộ chiếu.",
		"Bộ phận: tên tổ/phòng; bộ phận chưa có sẽ được tạo.",
		"Hợp đồng lao động: \"Không xác định thời hạn\" hoặc \"Xác định thời hạn 12 tháng\" (ghi số tháng).",
		"Ngày vào công đoàn: ngày kết nạp; đoàn viên chuyển đến thì ghi ngày chuyển đến và điền cột Đơn vị cũ.",
		"Đảng viên: ghi x nếu là đảng viên.",
		"Có thể xóa các cột không dùng và đổi thứ tự cột; khi nhập, phần mềm nhận ra cột theo tiêu đề và cho sửa lại.",
		"Có thể dùng tệp Excel sẵn có của công đoàn: phần mềm tìm dòng tiêu đề (kể cả dưới phần tên danh sách) và chữ TCVN3/VNI.",
	}
	for i, l := range lines {
		if err := f.SetCellValue(help, fmt.Sprintf("A%d", i+1), l); err != nil {
			return err
		}
	}
	if err := f.SetCellStyle(help, "A1", "A1", st.title); err != nil {
		return err
	}
	if err := f.SetColWidth(help, "A", "A", 120); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	_, err = f.WriteTo(w)
	return err
}

// WriteErrors writes the rows in error as a workbook to fix and import again: the same
// headers, each row as the file had it with its problem cells shaded and a last column
// "Lỗi" saying what is wrong; and a second sheet listing row, column, value and reason.
func WriteErrors(w io.Writer, p *Preview) error {
	f := newFile()
	defer f.Close()
	sheet := "Dòng lỗi"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	m := p.Mapping
	width := len(m.Headers)
	for i := range p.Rows {
		width = max(width, len(p.Rows[i].Cells))
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for c := 0; c < width; c++ {
		fld := Skip
		if c < len(m.Fields) {
			fld = m.Fields[c]
		}
		if err := sw.SetColWidth(c+1, c+1, columnWidth(fld)); err != nil {
			return err
		}
	}
	if err := sw.SetColWidth(width+1, width+1, 60); err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{excelize.Cell{StyleID: st.title, Value: "CÁC DÒNG LỖI CỦA TỆP " + strings.ToUpper(p.Table.File)}}); err != nil {
		return err
	}
	if err := sw.SetRow("A2", []any{excelize.Cell{StyleID: st.subtitle,
		Value: "Sửa các ô tô màu theo cột Lỗi, rồi nhập lại tệp này (cột Lỗi được bỏ qua khi nhập)."}}); err != nil {
		return err
	}
	header := make([]any, width+1)
	for c := 0; c < width; c++ {
		h := ""
		if c < len(m.Headers) {
			h = m.Headers[c]
		}
		header[c] = excelize.Cell{StyleID: st.header, Value: h}
	}
	header[width] = excelize.Cell{StyleID: st.header, Value: "Lỗi"}
	if err := sw.SetRow("A4", header); err != nil {
		return err
	}
	out := 5
	for i := range p.Rows {
		r := &p.Rows[i]
		if r.Status != RowError {
			continue
		}
		bad := map[string]bool{}
		var msgs []string
		for _, pr := range r.Problems {
			if pr.Warning {
				continue
			}
			bad[pr.Column] = true
			msgs = append(msgs, problemText(pr))
		}
		vals := make([]any, width+1)
		for c := 0; c < width; c++ {
			fld := Skip
			if c < len(m.Fields) {
				fld = m.Fields[c]
			}
			v := cellRaw(r.Cells, c)
			var cellV any = v
			switch {
			case v == "":
				cellV = nil
			case isDateField(fld) && isNumber(v):
				if n, _ := strconv.ParseFloat(v, 64); n > 2200 {
					cellV = excelize.Cell{StyleID: st.date, Value: n}
				}
			case isTextNumber(fld):
				cellV = excelize.Cell{StyleID: st.text, Value: v}
			}
			if bad[Column(c)] {
				cellV = excelize.Cell{StyleID: st.errCell, Value: plain(cellV)}
			}
			vals[c] = cellV
		}
		vals[width] = strings.Join(msgs, "; ")
		cell, _ := excelize.CoordinatesToCellName(1, out)
		if err := sw.SetRow(cell, vals); err != nil {
			return err
		}
		out++
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	list := "Danh sách lỗi"
	if _, err := f.NewSheet(list); err != nil {
		return err
	}
	lw, err := f.NewStreamWriter(list)
	if err != nil {
		return err
	}
	for i, wd := range []float64{8, 7, 24, 24, 70} {
		if err := lw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	hdr := []any{}
	for _, h := range []string{"Dòng", "Cột", "Tiêu đề cột", "Giá trị", "Lý do"} {
		hdr = append(hdr, excelize.Cell{StyleID: st.header, Value: h})
	}
	if err := lw.SetRow("A1", hdr); err != nil {
		return err
	}
	for i, pr := range p.Problems() {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := lw.SetRow(cell, []any{pr.Line, pr.Column, pr.Header, excelize.Cell{StyleID: st.text, Value: pr.Value}, pr.Message}); err != nil {
			return err
		}
	}
	if err := lw.Flush(); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}

// plain is the value inside a styled cell.
func plain(v any) any {
	if c, ok := v.(excelize.Cell); ok {
		return c.Value
	}
	return v
}
