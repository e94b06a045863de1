package reports_test

import (
	"strconv"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/reports"
)

func sampleCourse() *data.Course {
	return &data.Course{Name: "Bồi dưỡng nghiệp vụ cán bộ công đoàn mới bầu", Level: data.CourseUpper, Form: data.FormOnsite,
		From: day(2026, 3, 10), To: day(2026, 3, 12), Days: 3, Place: "Trung tâm bồi dưỡng LĐLĐ tỉnh",
		Topics: []data.CourseTopic{{Topic: "Công tác tổ chức"}, {Topic: "Nghiệp vụ tài chính công đoàn"}},
		Participants: []data.Participant{
			{MemberID: 1, Name: "Nguyễn Thị Hường", Role: "Chủ tịch", Attended: true, Result: "Giỏi", CertNo: "125/GCN", CertDate: day(2026, 3, 12), Essay: true},
			{MemberID: 2, Name: "Trần Văn Đức", Role: "Ủy viên Ban Chấp hành", Attended: false},
		}}
}

func TestTrainingDocuments(t *testing.T) {
	t.Run("the plan with its needs registration", func(t *testing.T) {
		pl := &data.TrainingPlan{Year: 2026, Goals: "100% cán bộ mới bầu được bồi dưỡng.",
			Items: []data.PlanItem{{Topic: "Công tác tổ chức", Audience: "Ủy viên BCH mới bầu", Level: data.CourseUpper, Form: data.FormOnsite, When: "Quý I", People: 5, Cost: 1_500_000}},
			Needs: []data.TrainingNeed{{Topic: "Chuyển đổi số", Audience: "Tổ trưởng", People: 4}}}
		d, err := reports.TrainingPlanDoc(sampleMeta(data.DocTypePlan, 3), pl)
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), "KẾ HOẠCH Đào tạo, bồi dưỡng cán bộ công đoàn năm 2026", "Số: 03/KH-CĐCS",
			"I. MỤC ĐÍCH, YÊU CẦU 100% cán bộ mới bầu được bồi dưỡng.",
			"Tổng kinh phí dự kiến: 1.500.000 đồng (Một triệu năm trăm nghìn đồng)",
			"ĐĂNG KÝ NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM 2026")
		wantRows(t, path, len(text), "1 Chuyển đổi số Tổ trưởng 4")
		if _, err := reports.TrainingPlanDoc(sampleMeta(data.DocTypePlan, 3), &data.TrainingPlan{Year: 2026}); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("an empty plan: %v", err)
		}
	})
	t.Run("the giấy giới thiệu names everyone sent and the course", func(t *testing.T) {
		d, err := reports.CourseReferral(sampleMeta(data.DocTypeReferral, 4), sampleCourse())
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 1, false)
		wantText(t, text[0], "GIẤY GIỚI THIỆU Cử cán bộ tham dự lớp bồi dưỡng nghiệp vụ cán bộ công đoàn mới bầu", "Số: 04/GGT-CĐCS",
			"trân trọng giới thiệu 2 cán bộ công đoàn có tên sau:", "1 Nguyễn Thị Hường Chủ tịch", "2 Trần Văn Đức Ủy viên Ban Chấp hành",
			"do Công đoàn cấp trên trực tiếp tổ chức từ ngày 10/03/2026 đến ngày 12/03/2026, hình thức tập trung, địa điểm: Trung tâm bồi dưỡng LĐLĐ tỉnh.",
			"Giấy giới thiệu có giá trị đến hết ngày 12/03/2026./.")
	})
	t.Run("the participants' list: attended, result, certificate, bài thu hoạch", func(t *testing.T) {
		d, err := reports.CourseList(sampleMeta(data.DocTypeList, 5), sampleCourse())
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 1, false)
		// Issue 14 point 5: the certificate's number and date share a column,
		// the number over the date (the row reads between them).
		wantRows(t, path, 1, "1 Nguyễn Thị Hường Chủ tịch Có Giỏi x", "2 Trần Văn Đức Ủy viên Ban Chấp hành Không")
		wantText(t, text[0], "125/GCN 12/03/2026", "Tổng số: 2 người được cử; 1 người tham dự.")
	})
	t.Run("a list of ten is one page with its signature", func(t *testing.T) {
		// In landscape the header took half of page 1: six people already put
		// the last two rows and the signature on page 2, page 1 half empty.
		// Portrait, the certificate's number over its date: ten people with
		// two-line posts and the signature fit on page 1.
		c := sampleCourse()
		names := []string{"Nguyễn Thị Hường", "Trần Văn Đức", "Lê Thị Mai", "Phạm Văn Long", "Hoàng Thị Lan", "Vũ Đức Anh",
			"Đặng Thu Trang", "Bùi Thị Hạ", "Đỗ Văn Hùng", "Hồ Thị Ngọc"}
		c.Participants = nil
		for i, n := range names {
			c.Participants = append(c.Participants, data.Participant{MemberID: int64(i + 1), Name: n, Role: "Ủy viên Ban Chấp hành, Tổ trưởng tổ May " + strconv.Itoa(i%4+1),
				Attended: true, Result: "Hoàn thành", CertNo: strconv.Itoa(120+i) + "/GCN", CertDate: day(2026, 3, 12), Essay: true})
		}
		d, err := reports.CourseList(sampleMeta(data.DocTypeList, 5), c)
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 1, false)
		wantText(t, text[0], "10 Hồ Thị Ngọc", "Tổng số: 10 người được cử; 10 người tham dự.", "Nơi nhận:")
	})
	t.Run("the results report counts lượt người apart from people, by topic, and the trained shares", func(t *testing.T) {
		c2 := data.Course{Name: "Tập huấn Bộ luật Lao động", Level: data.CourseProvince, Form: data.FormELearning, From: day(2026, 9, 5),
			Topics:       []data.CourseTopic{{Topic: "Bộ luật Lao động"}, {Topic: "Công tác tổ chức"}},
			Participants: []data.Participant{{MemberID: 1, Name: "Nguyễn Thị Hường", Attended: true}, {MemberID: 3, Name: "Lê Thị Mai", Attended: true}}}
		cadres := []data.Cadre{
			{MemberID: 1, Name: "Nguyễn Thị Hường", Posts: []data.PostTerm{{Post: data.PostChair, From: day(2025, 5, 10), How: data.AppointElected}}},
			{MemberID: 2, Name: "Trần Văn Đức", Posts: []data.PostTerm{{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointElected}}},
		}
		d, err := reports.TrainingReport(sampleMeta(data.DocTypeReport, 6), data.YearPeriod(2026), cadres, []data.Course{*sampleCourse(), c2}, data.DefaultTrainingSettings())
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		all := strings.Join(text, "\n")
		wantText(t, all, "BÁO CÁO Kết quả đào tạo, bồi dưỡng cán bộ công đoàn năm 2026",
			"tham dự 2 lớp đào tạo, bồi dưỡng với 3 lượt người (2 người), trong đó 1 lượt được cấp giấy chứng nhận, 1 bài thu hoạch đã nộp.",
			"còn 1 cán bộ mới bầu chưa được bồi dưỡng nghiệp vụ: Trần Văn Đức (Ủy viên Ban Chấp hành, từ 10/05/2025).",
			"II. ĐÁNH GIÁ", "III. PHƯƠNG HƯỚNG, ĐỀ XUẤT")
		wantRows(t, path, 1, "1 Bộ luật Lao động 1 2 2", "2 Nghiệp vụ tài chính công đoàn 1 1 1", "3 Công tác tổ chức 2 3 2",
			"Tổng số lớp (một lớp có thể nhiều chủ đề) 2 3 2",
			"Ủy viên Ban Chấp hành đang giữ chức (bồi dưỡng từ khi giữ chức) 2 1 50,0%",
			"Chủ tịch công đoàn mới bầu được bồi dưỡng trong 12 tháng đầu 1 1 100,0%")
	})
}
