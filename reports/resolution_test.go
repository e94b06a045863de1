package reports_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/reports"
)

func sampleReview() *data.ResolutionReview {
	return &data.ResolutionReview{Stage: data.ReviewFinal,
		Resolution: "Nghị quyết số 10b/NQ-BCH ngày 12/12/2020 của Ban Chấp hành Tổng Liên đoàn về tiếp tục đổi mới, nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ công đoàn",
		UpperPlan:  "Kế hoạch số 15/KH-CĐKCN ngày 02/10/2025 của Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
		From:       day(2021, 1, 1), To: day(2025, 12, 31), Due: day(2026, 1, 20),
		Leadership: "Ban Chấp hành tổ chức quán triệt nghị quyết đến 100% cán bộ công đoàn.\nXây dựng kế hoạch thực hiện hằng năm.",
		Direction:  "Tiếp tục cử cán bộ mới bầu đi bồi dưỡng trong năm đầu nhiệm kỳ.",
		Targets: []data.ReviewTarget{
			{Indicator: "Ủy viên Ban Chấp hành được bồi dưỡng nghiệp vụ", Target: "≥ 70%", Measure: data.MeasureBCHTrained},
			{Indicator: "Chủ tịch công đoàn mới bầu được bồi dưỡng", Target: "100%", Measure: data.MeasureNewChairs},
			{Indicator: "Cán bộ không chuyên trách được tập huấn", Target: "≥ 70%", Result: "82%", Note: "Số liệu của cấp trên"},
			{Indicator: "Giới thiệu đoàn viên ưu tú cho Đảng", Target: "1 người/năm"},
		}}
}

// The five parts in order, the targets side by side with the results (counted
// from the records or typed) and the comparison; what nothing records prints
// as dots, and is what the chair is told before printing.
func TestResolutionReviewDocument(t *testing.T) {
	r := sampleReview()
	st := data.TrainingStats{BCH: 9, BCHTrained: 7, NewChairs: 1, NewChairsOK: 1}
	d, err := reports.ReviewDoc(sampleMeta(data.DocTypeReport, 8), r, st)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	all := strings.Join(text, "\n")
	wantText(t, all, "BÁO CÁO Tổng kết 5 năm thực hiện Nghị quyết số 10b/NQ-BCH ngày 12/12/2020",
		"Thực hiện Kế hoạch số 15/KH-CĐKCN ngày 02/10/2025 của Công đoàn các Khu công nghiệp tỉnh Bắc Ninh, Ban Chấp hành",
		"báo cáo tổng kết kết quả thực hiện Nghị quyết số 10b/NQ-BCH", "từ ngày 01/01/2021 đến ngày 31/12/2025",
		"I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT",
		"Ban Chấp hành tổ chức quán triệt nghị quyết đến 100% cán bộ công đoàn.", "Xây dựng kế hoạch thực hiện hằng năm.",
		"II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP",
		"IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
		"Tiếp tục cử cán bộ mới bầu đi bồi dưỡng trong năm đầu nhiệm kỳ.")
	for i, h := range []string{"I. CÔNG TÁC", "II. KẾT QUẢ", "III. KẾT QUẢ", "IV. HẠN CHẾ", "V. PHƯƠNG HƯỚNG"} {
		if j := strings.Index(all, h); j < 0 || i > 0 && j < strings.Index(all, []string{"", "I. CÔNG TÁC", "II. KẾT QUẢ", "III. KẾT QUẢ", "IV. HẠN CHẾ"}[i]) {
			t.Errorf("part %q missing or out of order", h)
		}
	}
	// Each row reads across: target, result, comparison (the indicator wraps
	// above and below the middle line).
	wantRows(t, path, 0, "1 ≥ 70% 77,8% (7/9) Vượt", "2 100% 100% (1/1) Đạt", "3 ≥ 70% 82% Vượt",
		"4 Giới thiệu đoàn viên ưu tú cho Đảng 1 người/năm ……")
	wantText(t, all, "Ủy viên Ban Chấp hành được bồi dưỡng nghiệp vụ", "Chủ tịch công đoàn mới bầu được bồi dưỡng", "Số liệu của cấp trên")
	if strings.Count(all, "……") < 1 || !strings.Contains(all, "....") && !strings.Contains(all, "…") {
		t.Error("no dots where nothing is recorded")
	}
	blanks := strings.Join(reports.ReviewBlanks(r, st), "\n")
	for _, want := range []string{"Chưa viết phần III, phần IV", "Chỉ tiêu 4 (Giới thiệu đoàn viên ưu tú cho Đảng): chưa ghi kết quả, cột kết quả để trống."} {
		if !strings.Contains(blanks, want) {
			t.Errorf("told before printing:\n%s\nwant %q", blanks, want)
		}
	}
	if strings.Contains(blanks, "Chỉ tiêu 1") || strings.Contains(blanks, "phần I,") {
		t.Errorf("told about what is recorded:\n%s", blanks)
	}
}
