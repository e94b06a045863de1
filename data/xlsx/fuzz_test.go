package xlsx

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Fuzz targets for everything that reads a chair's file: no input may panic, and what
// comes out must be well-formed. `make fuzz` runs each for a minute; the seeds below
// and the files under testdata/fuzz are the starting corpus.

var fuzzNow = time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)

// importAll runs a table through every step of an import but the commit, and writes
// the error workbook when withErrors (excelize's work: tens of milliseconds, which
// would slow the xlsx targets to a few inputs a second).
func importAll(t *testing.T, tab *Table, withErrors bool) {
	m := Guess(tab, nil)
	res := Convert(tab, m, fuzzNow)
	keys := []data.MemberKey{{ID: 1, Name: "Nguyễn Văn An", BirthDate: fuzzNow.AddDate(-30, 0, 0), IDNumber: "001190012345"}}
	p, err := NewPreview(res, keys, UpdateExisting, func(ids []int64) (map[int64]*data.Member, error) {
		out := map[int64]*data.Member{}
		for _, id := range ids {
			m := &data.Member{ID: id}
			m.SetFullName("Nguyễn Văn An")
			out[id] = m
		}
		return out, nil
	})
	if err != nil {
		t.Fatalf("preview: %v", err)
	}
	for _, r := range p.Rows {
		for _, s := range []string{r.Member.Ho, r.Member.TenDem, r.Member.Ten, r.Member.UnitName, r.Member.IDNumber} {
			if !utf8.ValidString(s) {
				t.Errorf("row %d: invalid UTF-8 %q", r.Line, s)
			}
		}
		if r.Status == RowNew && r.Errors() {
			t.Errorf("row %d is new but has errors %+v", r.Line, r.Problems)
		}
	}
	if withErrors && p.ErrorRows <= 20 {
		var b bytes.Buffer
		if err := WriteErrors(&b, p); err != nil {
			t.Errorf("error workbook: %v", err)
		}
	}
	_ = p.Batch()
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"Họ và tên,Ngày sinh,Giới tính\nNguyễn Thị Hường,05/01/1990,Nữ\n",
		"\uFEFFSTT;Họ và tên;Năm sinh;Số CCCD\n1;Trần Văn Đức;1985;001085000123\n2;Lê Thị B;05/01/90;12345\n",
		"DANH SÁCH\n\nHä vµ tªn\tNgµy sinh\nNguyÔn ThÞ H\u00adêng\t32874\n",
		"\"Họ và tên\",\"Ghi chú\"\n\"A \"\"B\"\"\",\"x\ny\"\n",
		"Họ và tên,Ngày sinh\n,\n,,,\nTổng cộng: 5\n",
		"\xff\xfeH\x00\xe4\x00",
		"Ho va ten,Ngay vao cong doan\nNguyen Van A,ngày 5 tháng 1 năm 2015\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := ReadCSV("fuzz.csv", b)
		if err != nil {
			if data.ErrorMessage(err) == "" {
				t.Errorf("error without a message: %v", err)
			}
			return
		}
		if len(tab.Rows) != len(tab.Lines) {
			t.Fatalf("%d rows, %d lines", len(tab.Rows), len(tab.Lines))
		}
		importAll(t, tab, true)
	})
}

// fuzzWorkbook is a small real workbook for the xlsx seeds.
func fuzzWorkbook(f *testing.F, rows [][]any, merge string) []byte {
	x := excelize.NewFile()
	defer x.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow("Sheet1", cell, &r); err != nil {
			f.Fatal(err)
		}
	}
	if merge != "" {
		a, b, _ := strings.Cut(merge, ":")
		if err := x.MergeCell("Sheet1", a, b); err != nil {
			f.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		f.Fatal(err)
	}
	return b.Bytes()
}

func FuzzReadXLSX(f *testing.F) {
	f.Add(fuzzWorkbook(f, [][]any{{"DANH SÁCH ĐOÀN VIÊN"}, {}, {"STT", "Họ và tên", "Ngày sinh", "Số CCCD"},
		{1, "Nguyễn Văn An", 32874, 1190012345}, {2, "Trần Thị B", "05/01/1990", "001190012346"}}, "A1:D1"))
	f.Add(fuzzWorkbook(f, [][]any{{"Họ và tên", "Ngày sinh", ""}, {"", "Nam", "Nữ"}, {"Lê C", "1985", ""}}, "B1:C1"))
	if real, err := os.ReadFile("testdata/danh-sach-that.xlsx"); err == nil {
		f.Add(real)
	}
	f.Add([]byte("PK\x03\x04 not really a zip"))
	f.Add([]byte{0xD0, 0xCF, 0x11, 0xE0})
	// Thousands of inputs a minute: parts capped at 1 MB once decompressed (the caps'
	// own behaviour is tested on generated files in hostile_test.go).
	sheetCap, sharedCap, smallCap = 1<<20, 1<<20, 64<<10
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := ReadXLSX("fuzz.xlsx", bytes.NewReader(b), "")
		if err != nil {
			if data.ErrorMessage(err) == "" {
				t.Errorf("error without a message: %v", err)
			}
			return
		}
		if len(tab.Rows) != len(tab.Lines) {
			t.Fatalf("%d rows, %d lines", len(tab.Rows), len(tab.Lines))
		}
		importAll(t, tab, false)
	})
}

// FuzzSheetXML feeds the worksheet and shared-strings scanners arbitrary XML, which
// reaches them more directly than whole zip files do.
func FuzzSheetXML(f *testing.F) {
	f.Add(`<dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>32874</v></c></row>` +
		`<row r="3"><c t="inlineStr"><is><t>Lê &amp; B</t><rPh><t>x</t></rPh></is></c></row></sheetData>` +
		`<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A1:XFD1048576"/></mergeCells>`)
	f.Add(`<x:sheetData><x:row r="2"><x:c r="C2" t="str"><x:f>A1</x:f><x:v>_x000D_&#233;&#xE9;</x:v></x:c></x:row>` +
		`<x:row r="3"><x:c r="A3"><x:f>A2</x:f></x:c></x:row></x:sheetData>`)
	f.Add(`<sheetData><row r="1048577"><c r="XFE1"><v>1</v></c></row><row r="0"/><c r="A1"><v>`)
	f.Add(`<sheetData><row r="1"><c r="IW1"><v>1</v></c></row></sheetData>`)
	f.Add(`<si><t>Nguyễn</t></si><si><r><t>Thị </t></r><r><t>Hường</t></r></si><si/>`)
	f.Fuzz(func(t *testing.T, x string) {
		strs, _ := parseSharedStrings(strings.NewReader(x))
		for _, s := range strs {
			if !utf8.ValidString(s) {
				t.Errorf("shared string %q is not UTF-8", s)
			}
		}
		tab, err := parseSheet(strings.NewReader(x), []string{"Họ và tên", "Ngày sinh"}, -1)
		if err != nil {
			return
		}
		if len(tab.Rows) != len(tab.Lines) {
			t.Fatalf("%d rows, %d lines", len(tab.Rows), len(tab.Lines))
		}
		for i := 1; i < len(tab.Lines); i++ {
			if tab.Lines[i] <= tab.Lines[i-1] {
				t.Fatalf("row numbers out of order: %v", tab.Lines)
			}
		}
		if err := fillMerges(tab); err != nil {
			return
		}
		importAll(t, tab, false)
	})
}

func FuzzParseDateCell(f *testing.F) {
	for _, s := range []string{"32874", "32874.5", "61", "60", "0", "-1", "2958466", "1985", "05/01/1990", "5.1.1990",
		"1990-01-05 00:00:00", "1990-01-05T12:00:00Z", "ngày 5 tháng 1 năm 1990", "05/01/90", "31/02/2016", "1e308", "NaN", "Inf", "0x1p3", ""} {
		f.Add(s, false, true)
	}
	f.Fuzz(func(t *testing.T, s string, date1904, allowYear bool) {
		d, yearOnly, msg := parseDateCell(s, date1904, allowYear)
		if msg != "" {
			if !d.IsZero() {
				t.Errorf("%q: a date %v with an error %q", s, d, msg)
			}
			return
		}
		if d.IsZero() {
			if strings.TrimSpace(s) != "" && vn.Clean(s) != "" {
				t.Errorf("%q: no date and no error", s)
			}
			return
		}
		if yearOnly && !allowYear {
			t.Errorf("%q: a bare year where a full date is needed", s)
		}
		if d.Year() < 1000 || d.Year() > 9999 || d.Hour() != 0 {
			t.Errorf("%q: %v out of range", s, d)
		}
	})
}

// FuzzFillTemplate feeds the template reader arbitrary files: a template is the upper
// level's file, as untrusted as any import.
func FuzzFillTemplate(f *testing.F) {
	f.Add(fuzzWorkbook(f, [][]any{{"DANH SÁCH"}, {"STT", "Họ và tên", "Ngày sinh", "Bộ phận"}, {1}, {2},
		{"", "Người lập biểu"}}, "A1:D1"))
	f.Add(fuzzWorkbook(f, [][]any{{"Họ và tên", "Ngày sinh", ""}, {"", "Nam", "Nữ"}}, "B1:C1"))
	f.Add([]byte("PK\x03\x04 not really a zip"))
	members := []*data.Member{{Ho: "Nguyễn", TenDem: "Văn", Ten: "An", BirthDate: fuzzNow.AddDate(-30, 0, 0), UnitName: "=Tổ 1"}}
	f.Fuzz(func(t *testing.T, b []byte) {
		var out bytes.Buffer
		m, err := FillTemplate("mau.xlsx", b, &out, members, nil)
		if err != nil {
			if data.ErrorMessage(err) == "" && !strings.HasPrefix(err.Error(), "write") {
				t.Errorf("error without a message: %v", err)
			}
			return
		}
		if len(m.Fields) != len(m.Headers) || !m.HasName() {
			t.Fatalf("mapping %+v", m)
		}
		if _, err := ReadXLSX("out.xlsx", &out, ""); err != nil {
			t.Errorf("the filled template cannot be read back: %v", err)
		}
	})
}

// FuzzGuess feeds the header guesser arbitrary grids (rows split at newlines, cells at
// tabs): whatever it finds must be a mapping the importer can use.
func FuzzGuess(f *testing.F) {
	for _, s := range []string{
		"DANH SÁCH\n\nSTT\tHọ và tên\tNgày sinh\t\tSố CCCD\n\t\tNam\tNữ\n(1)\t(2)\t(3)\t(4)\t(5)\n1\tNguyễn Văn An\t32874\t\t001190012345",
		"Ho\tTen dem\tTen\tNam sinh\nNguyen\tVan\tAn\t1990",
		"Họ và tên\tHọ và tên\tHọ tên\tSTT\tSTT",
		"\t\t\t\n\n\nHọ và tên",
	} {
		f.Add(s, "ho ten")
	}
	f.Fuzz(func(t *testing.T, s, remembered string) {
		tab := &Table{File: "g.csv", Format: "csv"}
		for i, line := range strings.Split(s, "\n") {
			tab.Rows = append(tab.Rows, trimRow(strings.Split(line, "\t")))
			tab.Lines = append(tab.Lines, i+1)
		}
		m := Guess(tab, Remembered{normHeader(remembered): FieldFullName})
		if len(m.Fields) != len(m.Headers) {
			t.Fatalf("%d fields, %d headers", len(m.Fields), len(m.Headers))
		}
		if m.HeaderRow >= 0 && (m.DataStart <= m.HeaderRow || m.DataStart > len(tab.Rows)) {
			t.Fatalf("header row %d, data from %d of %d rows", m.HeaderRow, m.DataStart, len(tab.Rows))
		}
		seen := map[Field]bool{}
		for _, fl := range m.Fields {
			if fl != Skip && fl != FieldSTT && seen[fl] {
				t.Fatalf("field %s in two columns: %v", fl, m.Fields)
			}
			seen[fl] = true
		}
		importAll(t, tab, false)
	})
}
