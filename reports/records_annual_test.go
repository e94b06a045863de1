package reports

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
)

// Issue 14 point 7: the annual report and the statistics table take cadre
// training, awards, the Ban nữ công and Party introductions from the records;
// the typed figure of cadres trained stays hers, with the records beside it
// and a warning when they differ; a kind with no record adds nothing.
func TestYearFiguresFromTheRecords(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	awards := []data.Award{
		{Level: data.AwardByCDCS, DecisionDate: d(2026, 1, 10), Recipients: []data.Awardee{
			{Name: "Hồ Thị An", Amount: 300_000}, {Name: "Lê Văn Bình", Amount: 300_000}, {Name: "Tổ May 1", Collective: true, Amount: 500_000}}},
		{Level: data.AwardByUpper, DecisionDate: d(2026, 12, 31), Recipients: []data.Awardee{{Name: "Công đoàn cơ sở", Collective: true}}},
		{Level: data.AwardByCDCS, DecisionDate: d(2025, 12, 31), Recipients: []data.Awardee{{Name: "Ngoài kỳ", Amount: 1}}},
	}
	committees := []data.WomenCommittee{{DecisionNo: "03/QĐ-CĐCS", DecisionDate: d(2025, 3, 2),
		Members: []data.CommitteeMember{{Name: "Bùi Hồng Anh", Role: data.RoleCommitteeHead}, {Name: "Lý Nguyệt Anh", Role: data.RoleCommitteeMember}}}}
	intros := []data.PartyIntro{{Name: "A", Date: d(2026, 5, 1), Outcome: data.IntroAdmitted}, {Name: "B", Date: d(2026, 6, 1)}, {Name: "C", Date: d(2025, 6, 1)}}
	f := &data.AnnualFacts{Period: data.YearPeriod(2026), AsOf: d(2026, 12, 31)}
	f.Records.Year = data.GatherYearRecords(awards, committees, intros, f.Period.From, f.Period.To)
	f.Records.Training = &data.TrainingStats{Courses: 2, Attendances: 7, People: 6, BCH: 9, BCHTrained: 3}

	row := func(rows [][]string, label string) []string {
		for _, r := range rows {
			if strings.TrimPrefix(r[1], "- ") == label {
				return r
			}
		}
		t.Fatalf("no row %q", label)
		return nil
	}
	rows := statisticsRows(f, data.Narrative{})
	if r := row(rows, "Cán bộ công đoàn được tập huấn"); r[3] != "7" || r[4] != "theo sổ đào tạo: 2 lớp, 7 lượt người, 6 người; 3/9 ủy viên BCH đã được bồi dưỡng (33,3%)" {
		t.Errorf("trained from the records: %q", r)
	}
	if r := row(rows, "Tập thể, cá nhân được khen thưởng trong kỳ"); r[3] != "4" || !strings.HasPrefix(r[4], "2 tập thể, 2 cá nhân") {
		t.Errorf("awards: %q", r)
	}
	if r := row(rows, "Ban Chấp hành CĐCS"); r[3] != "3" || r[4] != "1 tập thể, 2 cá nhân" {
		t.Errorf("awards of the CĐCS: %q", r)
	}
	if r := row(rows, "Ban nữ công quần chúng"); r[3] != "Có" || !strings.Contains(r[4], "2 thành viên; trưởng ban Bùi Hồng Anh") {
		t.Errorf("committee: %q", r)
	}
	if r := row(rows, "Đoàn viên ưu tú giới thiệu cho Đảng"); r[3] != "2" || r[4] != "đã được kết nạp 1, đang xem xét 1" {
		t.Errorf("Party: %q", r)
	}
	typed := data.Narrative{data.FigTrained: "9"}
	if r := row(statisticsRows(f, typed), "Cán bộ công đoàn được tập huấn"); r[3] != "9" || !strings.HasPrefix(r[4], "số đã nhập; theo sổ đào tạo: 2 lớp, 7 lượt người") {
		t.Errorf("a typed figure stays hers: %q", r)
	}
	if w := figureWarnings(f, typed); len(w) != 1 || !strings.Contains(w[0], "in số đã nhập 9 lượt người; theo sổ đào tạo là 7") {
		t.Errorf("warning: %q", w)
	}
	// A meal figure that disagrees too is listed beside it, not instead of it.
	withMeal := *f
	withMeal.Records.Meal = 35000
	if w := figureWarnings(&withMeal, data.Narrative{data.FigTrained: "9", data.FigMeal: "30000"}); len(w) != 2 ||
		!strings.Contains(w[0], "bữa ăn giữa ca") || !strings.Contains(w[1], "theo sổ đào tạo là 7") {
		t.Errorf("meal and training warnings: %q", w)
	}
	if w := figureWarnings(f, data.Narrative{data.FigTrained: "7"}); len(w) != 0 {
		t.Errorf("equal: %q", w)
	}
	text := strings.Join(append(append(womenFacts(f), emulationFacts(f)...), partyFacts(f)...), "\n")
	for _, want := range []string{"Quyết định số 03/QĐ-CĐCS ngày 02/03/2025, gồm 2 thành viên, Trưởng ban là Bùi Hồng Anh.",
		"Ban Chấp hành CĐCS khen thưởng 1 tập thể, 2 cá nhân; Công đoàn cấp trên trực tiếp cơ sở khen thưởng 1 tập thể; tổng tiền thưởng 1.100.000 đồng.",
		"Giới thiệu 2 đoàn viên ưu tú cho Đảng xem xét kết nạp; đã được kết nạp 1, đang xem xét 1."} {
		if !strings.Contains(text, want) {
			t.Errorf("paragraphs lack %q:\n%s", want, text)
		}
	}
	// Nothing recorded: no row, no sentence (no fact nobody recorded).
	f.Records.Year = data.GatherYearRecords(nil, nil, nil, f.Period.From, f.Period.To)
	for _, r := range statisticsRows(f, data.Narrative{}) {
		if strings.Contains(r[1], "nữ công") || strings.Contains(r[1], "khen thưởng") || strings.Contains(r[1], "Đảng") {
			t.Errorf("row without records: %q", r)
		}
	}
	if womenFacts(f) != nil || emulationFacts(f) != nil || partyFacts(f) != nil {
		t.Error("paragraphs without records")
	}
}
