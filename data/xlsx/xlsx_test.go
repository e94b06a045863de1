package xlsx_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/data/xlsx"
)

// today is the fixed "now" of the tests.
var today = time.Date(2026, time.November, 21, 9, 0, 0, 0, time.UTC)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// realList builds a workbook the way union lists look: a title block of merged rows,
// a two-row header with "Ngày sinh" merged over "Nam" and "Nữ", a row numbering the
// columns, a CCCD stored as a number (leading zeros lost), dates as Excel serials and
// as typed text, a blank row, a name in NFD, a Bộ phận column typed in TCVN3, a
// group heading, a total line and a signature block.
func realList(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	s := "DS doan vien"
	must(t, f.SetSheetName("Sheet1", s))
	set := func(cell string, v any) { must(t, f.SetCellValue(s, cell, v)) }
	row := func(n int, vals ...any) {
		cell, _ := excelize.CoordinatesToCellName(1, n)
		must(t, f.SetSheetRow(s, cell, &vals))
	}
	set("A1", "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY SÔNG HỒNG")
	must(t, f.MergeCell(s, "A1", "F1"))
	set("A2", "DANH SÁCH ĐOÀN VIÊN NĂM 2026")
	must(t, f.MergeCell(s, "A2", "J2"))
	row(4, "STT", "Họ và tên", "Ngày sinh", "", "Số CCCD", "Bộ phận", "Chức vụ", "Ngày vào công đoàn", "Mã đoàn viên", "Ghi chú")
	row(5, "", "", "Nam", "Nữ")
	for _, col := range []string{"A", "B", "E", "F", "G", "H", "I", "J"} {
		must(t, f.MergeCell(s, col+"4", col+"5"))
	}
	must(t, f.MergeCell(s, "C4", "D4"))
	row(6, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)")
	// Dates as Excel serials: 32874 is 01/01/1990, 42009 is 05/01/2015.
	row(7, 1, "Nguyễn Văn An", 32874, nil, 1190012345, "Tæ may 1", "Công nhân", 42009, "DV001", "")
	// Row 8 is left blank.
	row(9, 2, norm.NFD.String("Trần Thị Hường"), nil, "1985", "001185000123", "Tæ c¾t", "Tổ trưởng", "05/01/2015", "DV002")
	row(10, "II. Khối văn phòng")
	row(11, 3, "LÊ VĂN CƯỜNG", "12.03.1992", nil, "001092000456", "Phßng kÕ to¸n", "Kế toán", "1/3/2016", "", "Chuyển từ CĐ khác")
	row(12, 4, "Phạm Thị Dung", nil, "05/01/90", "12345", "Phßng kÕ to¸n", "", "31/02/2016")
	row(13, 5, "Đỗ Văn Em", "1990-07-15", nil, "001090000789", "Tæ may 1", "", "2019-05-20", "DV003")
	row(14, "Tổng cộng: 5 đoàn viên")
	row(16, "", "", "", "", "", "", "Bắc Ninh, ngày 20 tháng 11 năm 2026")
	row(17, "", "NGƯỜI LẬP BIỂU", "", "", "", "", "TM. BAN CHẤP HÀNH")
	row(20, "", "Nguyễn Thị Lập", "", "", "", "", "Trần Văn Chủ")
	var b bytes.Buffer
	must(t, f.Write(&b))
	return b.Bytes()
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// readReal reads and maps realList.
func readReal(t *testing.T) (*xlsx.Table, *xlsx.Mapping) {
	t.Helper()
	tab, err := xlsx.ReadXLSX("ds.xlsx", bytes.NewReader(realList(t)), "")
	must(t, err)
	return tab, xlsx.Guess(tab, nil)
}

func TestHeaderDetection(t *testing.T) {
	tab, m := readReal(t)
	t.Run("the header is found under the title block and joined with its second row", func(t *testing.T) {
		if m.HeaderRow != 3 {
			t.Fatalf("header row index %d, want 3 (Excel row 4)", m.HeaderRow)
		}
		if got := tab.Lines[m.DataStart]; got != 7 {
			t.Errorf("data starts at Excel row %d, want 7 (after the numbering row)", got)
		}
		if m.Headers[2] != "Ngày sinh – Nam" || m.Headers[3] != "Ngày sinh – Nữ" {
			t.Errorf("headers C, D = %q, %q", m.Headers[2], m.Headers[3])
		}
	})
	t.Run("each column maps to its field", func(t *testing.T) {
		want := []xlsx.Field{xlsx.FieldSTT, xlsx.FieldFullName, xlsx.FieldBirthMale, xlsx.FieldBirthFem, xlsx.FieldIDNumber,
			xlsx.FieldUnit, xlsx.FieldJobTitle, xlsx.FieldJoinDate, xlsx.FieldCode, xlsx.FieldNotes}
		for i, f := range want {
			if m.Fields[i] != f {
				t.Errorf("column %s (%q) = %q, want %q", xlsx.Column(i), m.Headers[i], m.Fields[i], f)
			}
		}
	})
	t.Run("a remembered choice beats the guess", func(t *testing.T) {
		m := xlsx.Guess(tab, xlsx.Remembered{"chuc vu": xlsx.FieldRole})
		if got := m.Fields[6]; got != xlsx.FieldRole {
			t.Errorf("Chức vụ = %q, want %q", got, xlsx.FieldRole)
		}
	})
}

func TestHeaderSynonyms(t *testing.T) {
	tests := []struct {
		header string
		want   xlsx.Field
	}{
		{"Họ và tên", xlsx.FieldFullName},
		{"HỌ TÊN", xlsx.FieldFullName},
		{"Họ và tên (viết in hoa)", xlsx.FieldFullName},
		{"Ngày sinh", xlsx.FieldBirth},
		{"Năm sinh", xlsx.FieldBirth},
		{"Ngày sinh (dd/mm/yyyy)", xlsx.FieldBirth},
		{"Giới tính", xlsx.FieldSex},
		{"Nữ", xlsx.FieldFemale},
		{"Số CCCD", xlsx.FieldIDNumber},
		{"CCCD", xlsx.FieldIDNumber},
		{"Số định danh", xlsx.FieldIDNumber},
		{"Số CCCD/CMND", xlsx.FieldIDNumber},
		{"Bộ phận", xlsx.FieldUnit},
		{"Tổ công đoàn", xlsx.FieldUnit},
		{"Chức vụ", xlsx.FieldJobTitle},
		{"Chức vụ công đoàn", xlsx.FieldRole},
		{"Ngày vào công đoàn", xlsx.FieldJoinDate},
		{"Ngày kết nạp", xlsx.FieldJoinDate},
		{"Mã đoàn viên", xlsx.FieldCode},
		{"Mã số ĐV", xlsx.FieldCode},
		{"SĐT", xlsx.FieldPhone},
		{"Ngày vào Đảng", xlsx.Skip},
		{"Quê quán", xlsx.Skip},
		{"Hä vµ tªn", xlsx.FieldFullName}, // the header itself typed in TCVN3
	}
	tab := &xlsx.Table{}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q means %q", tt.header, tt.want), func(t *testing.T) {
			tab.Rows = [][]string{{"STT", "Họ và tên", tt.header}}
			if tt.want == xlsx.FieldFullName {
				tab.Rows = [][]string{{"STT", "Ghi chú", tt.header}}
			}
			tab.Lines = []int{1}
			m := xlsx.Guess(tab, nil)
			if m.Fields[2] != tt.want {
				t.Errorf("got %q", m.Fields[2])
			}
		})
	}
}

func TestConvertRealList(t *testing.T) {
	tab, m := readReal(t)
	res := xlsx.Convert(tab, m, today)
	byLine := map[int]*xlsx.Row{}
	for i := range res.Rows {
		byLine[res.Rows[i].Line] = &res.Rows[i]
	}
	if len(res.Rows) != 5 {
		var lines []int
		for _, r := range res.Rows {
			lines = append(lines, r.Line)
		}
		t.Fatalf("%d data rows (%v), want 5: the blank row, heading, total and signatures are not members", len(res.Rows), lines)
	}
	t.Run("a date stored as an Excel serial, a CCCD stored as a number", func(t *testing.T) {
		r := byLine[7]
		if got := r.Member.FullName(); got != "Nguyễn Văn An" {
			t.Errorf("name %q", got)
		}
		if !r.Member.BirthDate.Equal(day(1990, 1, 1)) || r.Member.Sex != data.SexMale {
			t.Errorf("birth %v sex %q, want 01/01/1990 (under Nam)", r.Member.BirthDate, r.Member.Sex)
		}
		if r.Member.IDNumber != "001190012345" {
			t.Errorf("CCCD %q, want its zeros back", r.Member.IDNumber)
		}
		if !r.Member.JoinDate.Equal(day(2015, 1, 5)) {
			t.Errorf("joined %v", r.Member.JoinDate)
		}
		if r.Errors() {
			t.Errorf("problems %+v", r.Problems)
		}
	})
	t.Run("a name in NFD becomes NFC, a birth year under Nữ makes a woman born that year", func(t *testing.T) {
		r := byLine[9]
		if got := r.Member.FullName(); got != "Trần Thị Hường" {
			t.Errorf("name %+q", got)
		}
		if r.Member.Sex != data.SexFemale || !r.Member.BirthYearOnly || r.Member.BirthDate.Year() != 1985 {
			t.Errorf("sex %q birth %v yearOnly %v", r.Member.Sex, r.Member.BirthDate, r.Member.BirthYearOnly)
		}
	})
	t.Run("the TCVN3 column is converted and reported", func(t *testing.T) {
		if len(res.Converted) != 1 || res.Converted[0].Column != "F" || res.Converted[0].From.Label() != "TCVN3 (ABC)" {
			t.Fatalf("converted %+v", res.Converted)
		}
		for line, want := range map[int]string{7: "Tổ may 1", 9: "Tổ cắt", 11: "Phòng kế toán"} {
			if got := byLine[line].Member.UnitName; got != want {
				t.Errorf("row %d unit %q, want %q", line, got, want)
			}
		}
	})
	t.Run("a name in capitals is written as a name, dates with dots and ISO are read", func(t *testing.T) {
		r := byLine[11]
		if got := r.Member.FullName(); got != "Lê Văn Cường" {
			t.Errorf("name %q", got)
		}
		if !r.Member.BirthDate.Equal(day(1992, 3, 12)) || !r.Member.JoinDate.Equal(day(2016, 3, 1)) {
			t.Errorf("birth %v joined %v", r.Member.BirthDate, r.Member.JoinDate)
		}
		r = byLine[13]
		if !r.Member.BirthDate.Equal(day(1990, 7, 15)) || !r.Member.JoinDate.Equal(day(2019, 5, 20)) {
			t.Errorf("birth %v joined %v", r.Member.BirthDate, r.Member.JoinDate)
		}
	})
	t.Run("bad cells are errors naming row, column, value and reason", func(t *testing.T) {
		r := byLine[12]
		want := map[string]string{
			"D": "Năm phải ghi đủ 4 chữ số: 05/01/90",
			"E": "Số CCCD phải gồm đúng 12 chữ số",
			"H": "Ngày không hợp lệ: 31/02/2016",
		}
		got := map[string]string{}
		for _, p := range r.Problems {
			if !p.Warning {
				got[p.Column] = p.Message
				if p.Line != 12 || p.Header == "" || p.Value == "" {
					t.Errorf("problem without its place: %+v", p)
				}
			}
		}
		for col, msg := range want {
			if got[col] != msg {
				t.Errorf("column %s: %q, want %q (all: %v)", col, got[col], msg, got)
			}
		}
	})
	t.Run("the heading, the total and the signature block are skipped and said so", func(t *testing.T) {
		var lines []int
		for _, s := range res.Skipped {
			lines = append(lines, s.Line)
		}
		if fmt.Sprint(lines) != "[10 14 16]" {
			t.Errorf("skipped rows %v, want [10 14 16]", lines)
		}
	})
	t.Run("a heading names the unit of the rows under it when there is no unit column", func(t *testing.T) {
		m2 := *m
		m2.Fields = append([]xlsx.Field(nil), m.Fields...)
		m2.Set(5, xlsx.Skip)
		res := xlsx.Convert(tab, &m2, today)
		for _, r := range res.Rows {
			if r.Line == 11 && r.Member.UnitName != "Khối văn phòng" {
				t.Errorf("row 11 unit %q, want the heading's", r.Member.UnitName)
			}
		}
	})
}

func TestPreview(t *testing.T) {
	tab, m := readReal(t)
	keys := []data.MemberKey{
		{ID: 10, Name: "Nguyễn Văn An", BirthDate: day(1990, 1, 1), IDNumber: "001190012345"},
		{ID: 11, Name: "Đỗ Văn Em", BirthDate: day(1990, 7, 15)},
	}
	p, err := xlsx.NewPreview(xlsx.Convert(tab, m, today), keys, xlsx.SkipExisting, nil)
	must(t, err)
	status := map[int]xlsx.RowStatus{}
	for _, r := range p.Rows {
		status[r.Line] = r.Status
	}
	want := map[int]xlsx.RowStatus{7: xlsx.RowExisting, 9: xlsx.RowNew, 11: xlsx.RowNew, 12: xlsx.RowError, 13: xlsx.RowExisting}
	for line, st := range want {
		if status[line] != st {
			t.Errorf("row %d: %s, want %s", line, status[line].Label(), st.Label())
		}
	}
	if p.Rows[0].Match.By != "CCCD" || p.Rows[4].Match.By != "họ tên và ngày sinh" {
		t.Errorf("matched by %q and %q", p.Rows[0].Match.By, p.Rows[4].Match.By)
	}
	if got := p.Summary(); got != "2 thêm mới · 2 đã có trong sổ (bỏ qua) · 1 dòng lỗi" {
		t.Errorf("summary %q", got)
	}
	b := p.Batch()
	if len(b.Creates) != 2 || len(b.Updates) != 0 {
		t.Errorf("batch %d creates, %d updates", len(b.Creates), len(b.Updates))
	}

	t.Run("update takes the filled cells into the register's member", func(t *testing.T) {
		load := func(ids []int64) (map[int64]*data.Member, error) {
			out := map[int64]*data.Member{}
			for _, id := range ids {
				m := &data.Member{ID: id, Sex: data.SexMale, Phone: "0912345678", Status: data.StatusActive}
				if id == 10 {
					m.SetFullName("Nguyễn Văn An")
					m.BirthDate, m.IDNumber = day(1990, 1, 1), "001190012345"
				} else {
					m.SetFullName("Đỗ Văn Em")
					m.BirthDate, m.IDNumber, m.MemberCode, m.UnitName = day(1990, 7, 15), "001090000789", "DV003", "Tổ May 1"
					m.JoinDate = day(2019, 5, 20)
				}
				m.Normalize()
				out[id] = m
			}
			return out, nil
		}
		p, err := xlsx.NewPreview(xlsx.Convert(tab, m, today), keys, xlsx.UpdateExisting, load)
		must(t, err)
		if p.Rows[0].Status != xlsx.RowUpdate || p.Rows[4].Status != xlsx.RowUnchanged {
			t.Fatalf("statuses %s, %s; problems %+v", p.Rows[0].Status.Label(), p.Rows[4].Status.Label(), p.Rows[0].Problems)
		}
		b := p.Batch()
		if len(b.Updates) != 1 {
			t.Fatalf("%d updates", len(b.Updates))
		}
		u := b.Updates[0].Member
		if u.ID != 10 || u.Phone != "0912345678" || u.MemberCode != "DV001" || u.UnitName != "Tổ may 1" {
			t.Errorf("update %+v: the phone must stay, code and unit come from the file", u)
		}
	})
	t.Run("the same person twice in the file is imported once", func(t *testing.T) {
		tab := &xlsx.Table{File: "x.csv", Rows: [][]string{{"Họ và tên", "Ngày sinh", "CCCD"},
			{"Lê Văn A", "1990", "001090000001"}, {"Lê Thị B", "1991", "001191000002"}, {"Lê Văn A", "1990", ""}, {"Lê Văn C", "1992", "001191000002"}},
			Lines: []int{1, 2, 3, 4, 5}}
		p, err := xlsx.NewPreview(xlsx.Convert(tab, xlsx.Guess(tab, nil), today), nil, xlsx.SkipExisting, nil)
		must(t, err)
		if p.Rows[2].Status != xlsx.RowDuplicate || p.Rows[2].DupLine != 2 || p.Rows[3].Status != xlsx.RowDuplicate || p.Rows[3].DupLine != 3 {
			t.Errorf("rows %+v", p.Rows)
		}
	})
	t.Run("a CCCD of one member and a code of another is an error", func(t *testing.T) {
		keys := []data.MemberKey{{ID: 1, Name: "A", IDNumber: "001190012345"}, {ID: 2, Name: "B", MemberCode: "DV001"}}
		p, err := xlsx.NewPreview(xlsx.Convert(tab, m, today), keys, xlsx.SkipExisting, nil)
		must(t, err)
		if p.Rows[0].Status != xlsx.RowError || !strings.Contains(p.Rows[0].Message(), "nhưng mã số đoàn viên là của đoàn viên B") {
			t.Errorf("row 7: %s %q", p.Rows[0].Status.Label(), p.Rows[0].Message())
		}
	})
}

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name  string
		bytes []byte
	}{
		{"UTF-8 with a BOM and semicolons", []byte("\uFEFFHọ và tên;Ngày sinh;Giới tính\r\nNguyễn Thị Hường;05/01/1990;Nữ\r\n")},
		{"UTF-8 without a BOM and commas", []byte("Họ và tên,Ngày sinh,Giới tính\nNguyễn Thị Hường,05/01/1990,Nữ\n")},
		{"quoted fields with the separator inside", []byte("\"Họ và tên\",\"Ngày sinh\",\"Giới tính\"\n\"Nguyễn Thị Hường\",\"05/01/1990\",\"Nữ\"\n")},
		{"UTF-16 tab-separated (Excel's Unicode Text)", utf16LE("Họ và tên\tNgày sinh\tGiới tính\r\nNguyễn Thị Hường\t05/01/1990\tNữ\r\n")},
		{"TCVN3 bytes (Windows-1252) with a title line", append([]byte("DANH S\xb8CH\n"),
			[]byte("H\xe4 v\xb5 t\xaan,Ng\xb5y sinh,Gi\xedi t\xddnh\nNguy\xd4n Th\xde H\xad\xeang,05/01/1990,N\xf7\n")...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := xlsx.ReadCSV("ds.csv", tt.bytes)
			must(t, err)
			m := xlsx.Guess(tab, nil)
			res := xlsx.Convert(tab, m, today)
			if len(res.Rows) != 1 {
				t.Fatalf("%d rows; table %q; fields %q", len(res.Rows), tab.Rows, m.Fields)
			}
			r := res.Rows[0]
			if r.Member.FullName() != "Nguyễn Thị Hường" || !r.Member.BirthDate.Equal(day(1990, 1, 5)) || r.Member.Sex != data.SexFemale {
				t.Errorf("member %q %v %q; problems %+v", r.Member.FullName(), r.Member.BirthDate, r.Member.Sex, r.Problems)
			}
		})
	}
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func TestDates(t *testing.T) {
	tests := []struct {
		in       string
		want     time.Time
		yearOnly bool
		err      string
	}{
		{"32874", day(1990, 1, 1), false, ""},
		{"32874.75", day(1990, 1, 1), false, ""},
		{"61", day(1900, 3, 1), false, ""},
		{"05/01/1990", day(1990, 1, 5), false, ""},
		{"5/1/1990", day(1990, 1, 5), false, ""},
		{"05.01.1990", day(1990, 1, 5), false, ""},
		{"05-01-1990", day(1990, 1, 5), false, ""},
		{"1990-01-05", day(1990, 1, 5), false, ""},
		{"1990-01-05 00:00:00", day(1990, 1, 5), false, ""},
		{"05 / 01 / 1990", day(1990, 1, 5), false, ""},
		{"ngày 5 tháng 1 năm 1990", day(1990, 1, 5), false, ""},
		{"1985", day(1985, 1, 1), true, ""},
		{"05/01/90", time.Time{}, false, "Năm phải ghi đủ 4 chữ số: 05/01/90"},
		{"31/02/1990", time.Time{}, false, "Ngày không hợp lệ: 31/02/1990"},
		{"abc", time.Time{}, false, "Ngày phải có dạng dd/mm/yyyy"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, yearOnly, msg := xlsx.ParseDateCell(tt.in, false, true)
			if msg != tt.err || !got.Equal(tt.want) || yearOnly != tt.yearOnly {
				t.Errorf("got %v %v %q, want %v %v %q", got, yearOnly, msg, tt.want, tt.yearOnly, tt.err)
			}
		})
	}
	t.Run("a date other than the birth date needs day and month", func(t *testing.T) {
		if _, _, msg := xlsx.ParseDateCell("2015", false, false); msg != "Chỉ có năm 2015; cần ghi đủ ngày/tháng/năm" {
			t.Errorf("got %q", msg)
		}
	})
	t.Run("a 1904 workbook counts from 1904", func(t *testing.T) {
		if got, _, _ := xlsx.ParseDateCell("31412", true, false); !got.Equal(day(1990, 1, 1)) {
			t.Errorf("got %v", got)
		}
	})
	t.Run("writing a date and reading it back gives the same day", func(t *testing.T) {
		for _, d := range []time.Time{day(1900, 1, 1), day(1900, 3, 1), day(1990, 1, 5), day(2026, 11, 21)} {
			got, _, _ := xlsx.ParseDateCell(fmt.Sprint(xlsx.ExcelSerial(d)), false, false)
			if !got.Equal(d) {
				t.Errorf("%v → %v → %v", d, xlsx.ExcelSerial(d), got)
			}
		}
	})
}

func TestExportRoundTrip(t *testing.T) {
	ms := []*data.Member{}
	for i, n := range []string{"Nguyễn Thị Hường", "Trần Văn Đức", "Lê Văn An"} {
		m := &data.Member{Sex: data.SexFemale, BirthDate: day(1990, 1, 5+i), IDNumber: fmt.Sprintf("00119001234%d", i),
			UnitName: "Tổ May 1", JoinDate: day(2015, 3, 1), Contract: data.ContractFixed, ContractMonths: 12,
			PartyMember: i == 1, Status: data.StatusActive, Phone: "0912345678", MemberCode: fmt.Sprintf("DV%03d", i)}
		if i == 2 {
			m.BirthDate, m.BirthYearOnly, m.Sex, m.Contract, m.ContractMonths = day(1990, 1, 1), true, data.SexMale, data.ContractIndefinite, 0
		}
		m.SetFullName(n)
		ms = append(ms, m)
	}
	check := func(t *testing.T, tab *xlsx.Table) {
		m := xlsx.Guess(tab, nil)
		res := xlsx.Convert(tab, m, today)
		if len(res.Rows) != len(ms) {
			t.Fatalf("%d rows back, want %d", len(res.Rows), len(ms))
		}
		for i, r := range res.Rows {
			got, want := r.Member, *ms[i]
			want.Normalize()
			got.Status = want.Status // status is read back too, but as the export's label
			if r.Errors() || got != want {
				t.Errorf("row %d: %+v\nwant %+v\nproblems %+v", r.Line, got, want, r.Problems)
			}
		}
	}
	cols := xlsx.AllColumns()
	t.Run("xlsx", func(t *testing.T) {
		var b bytes.Buffer
		must(t, xlsx.WriteXLSX(&b, ms, xlsx.ExportOptions{Columns: cols, Subtitle: "CĐCS Thử"}))
		tab, err := xlsx.ReadXLSX("out.xlsx", &b, "")
		must(t, err)
		check(t, tab)
	})
	t.Run("csv with a BOM", func(t *testing.T) {
		var b bytes.Buffer
		must(t, xlsx.WriteCSV(&b, ms, cols))
		if !bytes.HasPrefix(b.Bytes(), []byte("\xEF\xBB\xBF")) {
			t.Fatal("no BOM")
		}
		tab, err := xlsx.ReadCSV("out.csv", b.Bytes())
		must(t, err)
		check(t, tab)
	})
}

func TestTemplate(t *testing.T) {
	var b bytes.Buffer
	must(t, xlsx.WriteTemplate(&b))
	tab, err := xlsx.ReadXLSX("mau.xlsx", &b, "")
	must(t, err)
	m := xlsx.Guess(tab, nil)
	for i, f := range xlsx.TemplateColumns {
		if m.Fields[i] != f {
			t.Errorf("template column %s %q maps to %q, want %q", xlsx.Column(i), m.Headers[i], m.Fields[i], f)
		}
	}
}

func TestFillTemplate(t *testing.T) {
	// The upper level's layout: its own title, columns in its order, a column we do not
	// have (Quê quán), ten numbered rows and a signature block under them.
	f := excelize.NewFile()
	s := "Sheet1"
	vals := func(n int, v ...any) {
		cell, _ := excelize.CoordinatesToCellName(1, n)
		must(t, f.SetSheetRow(s, cell, &v))
	}
	vals(1, "LĐLĐ TỈNH BẮC NINH")
	vals(3, "DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ")
	vals(5, "TT", "Họ và tên", "Năm sinh", "Quê quán", "Số CCCD", "Ngày vào CĐ")
	for i := 1; i <= 2; i++ {
		vals(5+i, i)
	}
	vals(9, "", "Người lập biểu")
	var tmpl bytes.Buffer
	must(t, f.Write(&tmpl))
	ms := []*data.Member{}
	for i := 0; i < 5; i++ {
		m := &data.Member{BirthDate: day(1990, 1, 5), IDNumber: fmt.Sprintf("00119001234%d", i), JoinDate: day(2015, 3, 1)}
		m.SetFullName(fmt.Sprintf("Nguyễn Văn %c", 'A'+i))
		ms = append(ms, m)
	}
	var out bytes.Buffer
	mp, err := xlsx.FillTemplate("mau.xlsx", tmpl.Bytes(), &out, ms, nil)
	must(t, err)
	if mp.Fields[3] != xlsx.Skip {
		t.Errorf("Quê quán mapped to %q", mp.Fields[3])
	}
	g, err := excelize.OpenReader(&out)
	must(t, err)
	rows, err := g.GetRows(s)
	must(t, err)
	if rows[2][0] != "DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ" {
		t.Errorf("title lost: %q", rows[2])
	}
	if got := strings.Join(rows[9], "|"); got != "5|Nguyễn Văn E|05/01/1990||001190012344|01/03/2015" {
		t.Errorf("row 10 = %q", got)
	}
	if len(rows) < 12 || len(rows[10]) != 0 || rows[11][1] != "Người lập biểu" {
		t.Errorf("the signature block was not pushed down to row 12 after a blank row: %q", rows[8:])
	}
}

func TestErrorWorkbook(t *testing.T) {
	tab, m := readReal(t)
	p, err := xlsx.NewPreview(xlsx.Convert(tab, m, today), nil, xlsx.SkipExisting, nil)
	must(t, err)
	var b bytes.Buffer
	must(t, xlsx.WriteErrors(&b, p))
	path := filepath.Join(t.TempDir(), "loi.xlsx")
	must(t, os.WriteFile(path, b.Bytes(), 0o600))
	back, err := xlsx.ReadFile(path, "")
	must(t, err)
	bm := xlsx.Guess(back, nil)
	res := xlsx.Convert(back, bm, today)
	if len(res.Rows) != 1 || res.Rows[0].Member.FullName() != "Phạm Thị Dung" {
		t.Fatalf("error workbook rows %+v", res.Rows)
	}
	if bm.ColumnOf(xlsx.FieldBirthFem) != 3 {
		t.Errorf("the error workbook's headers map back: %q", bm.Fields)
	}
	g, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	must(t, err)
	list, err := g.GetRows("Danh sách lỗi")
	must(t, err)
	if len(list) != 4 || list[1][0] != "12" || list[1][1] != "D" {
		t.Errorf("error list %q", list)
	}
}

// TestWriteFixtures writes the realistic list to testdata (the app's command-line
// tests and the screenshots use it) when SOCONGDOAN_WRITE_FIXTURES is set.
func TestWriteFixtures(t *testing.T) {
	if os.Getenv("SOCONGDOAN_WRITE_FIXTURES") == "" {
		t.Skip("set SOCONGDOAN_WRITE_FIXTURES=1 to rewrite testdata/danh-sach-that.xlsx")
	}
	must(t, os.WriteFile(filepath.Join("testdata", "danh-sach-that.xlsx"), realList(t), 0o644))
}
