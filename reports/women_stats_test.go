package reports_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/reports"
)

// The thống kê nữ công read back with pdftotext: the share of women, the
// tables by bộ phận, by age and among the cán bộ, and the Ban nữ công — every
// figure counted from the rows given.
func TestWomenStatisticsDocument(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	rows := []data.MemberRow{
		{ID: 1, Name: "Nguyễn Thị Hoa", Sex: data.SexFemale, UnitName: "Tổ May 1", BirthDate: day(1995, 3, 1), Status: data.StatusActive},
		{ID: 2, Name: "Trần Văn Nam", Sex: data.SexMale, UnitName: "Tổ May 1", BirthDate: day(1980, 3, 1), Status: data.StatusActive},
		{ID: 3, Name: "Lê Thị Mai", Sex: data.SexFemale, UnitName: "Kho vận", BirthDate: day(1970, 3, 1), Status: data.StatusActive},
	}
	cadres := []data.Cadre{{MemberID: 1, Name: "Nguyễn Thị Hoa", Posts: []data.PostTerm{{Post: data.PostChair, From: day(2025, 1, 1)}}},
		{MemberID: 2, Name: "Trần Văn Nam", Posts: []data.PostTerm{{Post: data.PostBCH, From: day(2025, 1, 1)}}}}
	cs := []data.WomenCommittee{{DecisionNo: "12/QĐ-CĐCS", DecisionDate: day(2025, 3, 2),
		Members: []data.CommitteeMember{{MemberID: 1, Name: "Nguyễn Thị Hoa", Role: data.RoleCommitteeHead}, {MemberID: 3, Name: "Lê Thị Mai"}}}}
	st := data.ComputeWomenStats(rows, cadres, cs, issued)
	st.Workers = data.StatLine{Total: 4, Female: 3}
	d, err := reports.WomenStatistics(sampleMeta(data.DocTypeReport, 7), st)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	wantText(t, strings.Join(text, "\n"), "Thống kê nữ đoàn viên, nữ cán bộ công đoàn (tính đến ngày 05/01/2027)",
		"lao động nữ: 3 người, chiếm 75,0%.",
		"Tổng số đoàn viên công đoàn: 3 người; trong đó nữ: 2 người, chiếm 66,6%.",
		"Ban nữ công quần chúng được thành lập (kiện toàn) theo quyết định số 12/QĐ-CĐCS ngày 02/03/2025, gồm 2 thành viên (nữ: 2); Trưởng ban: Nguyễn Thị Hoa.")
	wantRows(t, path, 1, "1 Kho vận 1 1 100,0%", "2 Tổ May 1 2 1 50,0%", "Cộng 3 2 66,6%",
		"1 Dưới 35 tuổi 1 1 100,0%", "2 Từ 35 đến 50 tuổi 1 0 0,0%", "3 Trên 50 tuổi 1 1 100,0%",
		"1 Ban Chấp hành 2 1 50,0%", "2 Trong đó: Chủ tịch, Phó Chủ tịch 1 1 100,0%", "3 Ủy ban kiểm tra 0 0")

	// No Ban nữ công in force: said so, not invented.
	st = data.ComputeWomenStats(rows, cadres, nil, issued)
	d, err = reports.WomenStatistics(sampleMeta(data.DocTypeReport, 8), st)
	if err != nil {
		t.Fatal(err)
	}
	_, text = checkDocument(t, d, 0, false)
	wantText(t, strings.Join(text, "\n"), "Chưa có quyết định thành lập Ban nữ công quần chúng còn hiệu lực đến ngày 05/01/2027.")
	if strings.Contains(strings.Join(text, "\n"), "lao động nữ") {
		t.Error("a workers' line printed with no figures kept")
	}
	// An empty register is refused.
	if _, err := reports.WomenStatistics(sampleMeta(data.DocTypeReport, 9), data.ComputeWomenStats(nil, nil, nil, issued)); err == nil {
		t.Error("statistics of nobody printed")
	}
}
