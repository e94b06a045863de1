package reports_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/reports"
)

// The danh sách mạng lưới ATVSV read back with pdftotext: the ATVSV serving
// on the date by unit, elected when, phụ cấp and certificate as recorded (or
// from a course), the quy chế once, the units with none; one who left is not
// on it.
func TestATVSVNetworkDocument(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	rules := "Quyết định số 15/QĐ-CTY ngày 10/01/2025"
	cadres := []data.Cadre{
		{Name: "Trần Văn Đức", Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ May 2", From: day(2025, 2, 1), How: data.AppointElected}},
			ATVSVAllowance: 300_000, ATVSVRules: rules, ATVSVCertNo: "ATVSLĐ-123/2025", ATVSVCertDate: day(2025, 3, 20)},
		{Name: "Lê Thị Mai", Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ Cắt", From: day(2025, 2, 3), How: data.AppointElected}},
			ATVSVAllowance: 250_000, ATVSVRules: rules},
		{Name: "Phạm Văn Long", Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ Cắt", From: day(2022, 1, 1), Until: day(2025, 1, 31)}}},
	}
	units := []data.Unit{{Name: "Tổ Cắt", Members: 20}, {Name: "Tổ May 2", Members: 30}, {Name: "Tổ Hoàn thiện", Members: 12}, {Name: "Phòng Kế toán", Members: 4}}
	s := data.DefaultRuleSettings().Training
	s.ATVSVExempt = []string{"Phòng Kế toán"}
	n := reports.NetworkOn(cadres, nil, units, s, issued)
	d, err := reports.ATVSVNetworkList(sampleMeta(data.DocTypeList, 6), n)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 1, false)
	all := strings.Join(text, "\n")
	wantText(t, all, "Mạng lưới an toàn, vệ sinh viên (đến ngày 05/01/2027)",
		"Tổng số: 2 an toàn, vệ sinh viên; tổng phụ cấp 550.000 đồng/tháng.",
		"Phụ cấp trách nhiệm theo quy chế hoạt động của mạng lưới an toàn, vệ sinh viên: "+rules+".",
		"Bộ phận chưa có an toàn, vệ sinh viên: Tổ Hoàn thiện.")
	wantRows(t, path, 1, "1 Lê Thị Mai Tổ Cắt 03/02/2025 Bầu 250.000", "2 Trần Văn Đức Tổ May 2 01/02/2025 Bầu 300.000", "ATVSLĐ-123/2025")
	if strings.Contains(all, "Phạm Văn Long") || strings.Contains(all, "Phòng Kế toán") {
		t.Error("one who left, or an exempt office, is on the list")
	}
	if _, err := reports.ATVSVNetworkList(sampleMeta(data.DocTypeList, 7), reports.NetworkOn(nil, nil, units, s, issued)); err == nil {
		t.Error("a network of nobody printed")
	}
}
