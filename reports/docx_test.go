package reports_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"socongdoan/reports"
)

// docxParts writes d as .docx and returns its parts by name, each checked to
// be well-formed XML.
func docxParts(t *testing.T, d *reports.Document) map[string]string {
	t.Helper()
	var buf bytes.Buffer
	if err := d.OutputDOCX(&buf); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		dec := xml.NewDecoder(bytes.NewReader(b))
		for {
			if _, err := dec.Token(); err == io.EOF {
				break
			} else if err != nil {
				t.Fatalf("%s is not well-formed XML: %v", f.Name, err)
			}
		}
		parts[f.Name] = string(b)
	}
	return parts
}

// TestDOCXFrame checks the Word file's frame against DOMAIN §6: A4 and its
// margins, the font, page numbers from page 2, the header table, repeated
// table header rows, and the rows before the closing kept with it.
func TestDOCXFrame(t *testing.T) {
	d := sampleDocument(t, 60)
	parts := docxParts(t, d)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
		"word/settings.xml", "word/header1.xml", "word/header2.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
		if _, ok := parts[name]; !ok {
			t.Errorf("no part %s", name)
		}
	}
	doc := parts["word/document.xml"]
	for _, want := range []string{
		`<w:pgSz w:w="11906" w:h="16838"/>`,
		`<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"`,
		`<w:titlePg/>`, `<w:tblHeader/>`, `<w:cantSplit/>`,
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 07/BC-CĐCS",
		"Bắc Ninh, ngày 05 tháng 01 năm 2027", "Nơi nhận:", "TM. BAN CHẤP HÀNH", "Nguyễn Thị Hương",
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("document.xml lacks %s", want)
		}
	}
	if !strings.Contains(parts["word/styles.xml"], `w:ascii="Times New Roman"`) {
		t.Error("the font is not Times New Roman")
	}
	if !strings.Contains(parts["word/header1.xml"], " PAGE ") || strings.Contains(parts["word/header2.xml"], "PAGE") {
		t.Error("page numbers: want a PAGE field on later pages and none on the first")
	}
	// The paragraph before the closing is kept with it (its last two lines).
	last := doc[strings.LastIndex(doc[:strings.Index(doc, "Trên đây là báo cáo")], "<w:p>"):]
	if !strings.HasPrefix(last[strings.Index(last, "<w:pPr>"):], `<w:pPr><w:pStyle w:val="Body"/><w:keepNext/>`) {
		t.Error("the paragraph before the closing is not kept with it")
	}
	// A one-line total after a table: the table's last rows come along too.
	tab, err := reports.New(sampleHeader())
	if err != nil {
		t.Fatal(err)
	}
	tab.Table(reports.Table{Columns: sampleColumns, Rows: memberRows(40)})
	tab.Paragraph("Tổng số: 40 đoàn viên./.")
	tab.Closing(sampleSigner, sampleRecipients)
	doc = docxParts(t, tab)["word/document.xml"]
	end := strings.Index(doc, "Tổng số: 40")
	tableEnd := strings.LastIndex(doc[:end], "</w:tbl>")
	rows := strings.Split(doc[strings.LastIndex(doc[:tableEnd], "<w:tblGrid>"):tableEnd], "<w:tr>")
	for i, r := range rows[len(rows)-2:] {
		if !strings.Contains(r, "<w:keepNext/>") {
			t.Errorf("row %d from the end is not kept with the closing", 2-i)
		}
	}
	if strings.Contains(rows[len(rows)-5], "<w:keepNext/>") {
		t.Error("rows far from the end are kept together too")
	}

	land, err := reports.NewLandscape(sampleHeader())
	if err != nil {
		t.Fatal(err)
	}
	land.Paragraph("Nội dung.")
	if doc := docxParts(t, land)["word/document.xml"]; !strings.Contains(doc, `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>`) {
		t.Error("landscape page size missing")
	}
	if err := d.Output(io.Discard); err == nil {
		t.Error("Output after OutputDOCX: want an error")
	}
}

// TestColumnsFitTheirText checks issue 11 item 7 on the PDF's column rules:
// "Ủy viên Ban Chấp hành" gets its room, an empty Ghi chú
// is no wider than its title, and DropEmptyNotes leaves it out.
func TestColumnsFitTheirText(t *testing.T) {
	build := func(drop bool) *reports.Document {
		d, err := reports.New(sampleHeader())
		if err != nil {
			t.Fatal(err)
		}
		if drop {
			d.DropEmptyNotes()
		}
		var rows [][]string
		for i, r := range memberRows(300) {
			role := ""
			if i%40 == 3 {
				role = "Ủy viên Ban Chấp hành"
			}
			rows = append(rows, []string{r[0], r[1], r[2], r[4], role, ""})
		}
		d.Table(reports.Table{Columns: []reports.Column{
			{Title: "STT", Align: reports.AlignCenter, Fit: "000"},
			{Title: "Họ và tên", Width: 48},
			{Title: "Ngày sinh", Align: reports.AlignCenter, Fit: "00/00/0000"},
			{Title: "Bộ phận/\nTổ công đoàn", Width: 36},
			{Title: "Chức vụ\ncông đoàn", Width: 20},
			{Title: "Ghi chú", Width: 16},
		}, Rows: rows})
		return d
	}
	edges := verticalRules(t, writePDF(t, build(false)), 1)
	if len(edges) != 7 {
		t.Fatalf("%d column rules, want 7: %v", len(edges), edges)
	}
	// "Ủy viên Ban Chấp hành" is about 39 mm at 11 pt, and every column's
	// longest text fits the 165 mm here, so it stays on one line (by weight
	// the column got 23 mm).
	if role := edges[5] - edges[4]; role < pt(40) {
		t.Errorf("Chức vụ công đoàn is %.1f mm wide: \"Ủy viên Ban Chấp hành\" breaks", role*25.4/72)
	}
	if notes := edges[6] - edges[5]; notes > pt(18) {
		t.Errorf("the empty Ghi chú is %.1f mm wide, want no wider than its title", notes*25.4/72)
	}
	if edges := verticalRules(t, writePDF(t, build(true)), 1); len(edges) != 6 {
		t.Errorf("DropEmptyNotes: %d column rules, want 6", len(edges))
	}
}
