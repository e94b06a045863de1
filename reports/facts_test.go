package reports_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/reports"
)

// Issue 11 points 4 and 5: the statistics print the meal value of the
// agreement's clause, its latest grade with the year, and typed figures as numbers.
func TestStatisticsFiguresFromTheData(t *testing.T) {
	f := sampleFacts()
	a := sampleAgreement()
	a.Ratings = []data.Rating{{Year: 2025, Grade: data.GradeA}}
	f.Records = data.RecordFacts{Kept: true, Agreement: a, AgreementState: data.AgreementInForce,
		Rating: &a.Ratings[0], Meal: 35000}
	n := sampleNarrative()
	n[data.FigKPCD] = "98400000"
	n[data.FigMeal] = "30000"
	d, err := reports.Statistics(sampleMeta(data.DocTypeReport, 8), f, n)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	wantText(t, strings.Join(text, "\n"), "xếp loại A (năm 2025)")
	wantRows(t, path, 1, "Giá trị bữa ăn giữa ca đồng/suất 35.000 theo thỏa ước lao động tập thể",
		"Kinh phí công đoàn doanh nghiệp đã đóng đồng 98.400.000")
	if strings.Contains(strings.Join(text, "\n"), "30.000") {
		t.Error("the typed meal value printed over the agreement's")
	}
}

// Issue 11 point 4: the conference's chủ tọa and thư ký are printed, not dotted.
func TestConferenceOfficers(t *testing.T) {
	c := sampleConference()
	c.Chair, c.Secretary = "Trần Văn Bình", "Lê Thị Thu Trang"
	d, err := reports.ConferenceMinutes(sampleMeta(data.DocTypeMinutes, 1), sampleProfile, c, data.DefaultRuleSettings())
	if err != nil {
		t.Fatal(err)
	}
	_, text := checkDocument(t, d, 0, false)
	all := strings.Join(text, "\n")
	wantText(t, all, "Chủ tọa hội nghị: Trần Văn Bình.", "Thư ký hội nghị: Lê Thị Thu Trang.")
	if strings.Contains(all, ".........") {
		t.Errorf("dotted lines left for recorded names:\n%s", all)
	}
	r, err := reports.ConferenceResolution(sampleMeta(data.DocTypeResolution, 1), sampleProfile, c, data.DefaultRuleSettings())
	if err != nil {
		t.Fatal(err)
	}
	_, text = checkDocument(t, r, 0, false)
	wantText(t, strings.Join(text, "\n"), "TM. HỘI NGHỊ CHỦ TỌA", "Trần Văn Bình")
	if strings.Contains(strings.Join(text, "\n"), sampleProfile.ChairName) {
		t.Error("the resolution is signed by the CĐCS's chair, not the conference's chủ tọa")
	}
}

// Issue 11 point 8: row numbers carry no thousands dot.
func TestRowNumbersWithoutDots(t *testing.T) {
	d, err := reports.MemberList(sampleMeta(data.DocTypeList, 1), reports.MemberListOptions{Subject: "Đoàn viên"}, sampleRows(1001))
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	found := false
	for p := 1; p <= len(text); p++ {
		for _, l := range strings.Split(pageText(t, path, p, true), "\n") {
			f := strings.Fields(l)
			if len(f) > 0 && (f[0] == "1.000" || f[0] == "1.001") {
				t.Errorf("row number with a dot: %q", l)
			}
			found = found || len(f) > 0 && f[0] == "1001"
		}
	}
	if !found {
		t.Error("row 1001 not found")
	}
	wantText(t, strings.Join(text, "\n"), "Danh sách có 1.001 đoàn viên")
}
