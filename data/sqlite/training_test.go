package sqlite_test

import (
	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The course and training-plan fixtures for kindCases: the second of each differs
// in every column and child table.

func courseFixture() *data.Course {
	return &data.Course{
		Name: "Tập huấn nghiệp vụ cho cán bộ công đoàn mới bầu", Level: data.CourseUpper, Form: data.FormOnsite,
		From: day(2026, 3, 10), To: day(2026, 3, 12), Days: 3, Hours: 24, Place: "Hội trường LĐLĐ tỉnh",
		Topics: []data.CourseTopic{{Topic: "Công tác tổ chức"}, {Topic: "Nghiệp vụ tài chính công đoàn"}},
		Cost:   1_500_000, Voucher: "PC 12/2026",
		Participants: []data.Participant{{Name: "Nguyễn Thị Hường", Role: "Chủ tịch", Attended: true, Result: "Hoàn thành",
			CertNo: "125/GCN", CertDate: day(2026, 3, 12), Essay: true, LeaveDays: 3}},
		Notes: "Cấp trên cử",
	}
}

func courseFixture2(s *sqlite.Store) *data.Course {
	m := member("Trần Văn Đức")
	if err := s.CreateMember(ctx, m); err != nil {
		panic(err)
	}
	return &data.Course{
		Name: "Huấn luyện ATVSLĐ nhóm 6", Level: data.CourseEnterprise, Form: data.FormELearning,
		From: day(2026, 5, 4), To: day(2026, 5, 5), Days: 2, Hours: 16, Place: "Trực tuyến",
		Topics: []data.CourseTopic{{Topic: data.TopicATVSLD}},
		Cost:   0, Voucher: "",
		Participants: []data.Participant{{MemberID: m.ID, Name: "Trần Văn Đức", Role: "ATVSV tổ May 2", Attended: false, Result: "",
			CertNo: "", Essay: false}, {Name: "Lê Thị Thu Trang"}},
		Notes: "Doanh nghiệp tổ chức",
	}
}

func planFixture() *data.TrainingPlan {
	return &data.TrainingPlan{
		Year: 2026, Approved: day(2026, 1, 15), Goals: "Bồi dưỡng 100% cán bộ mới bầu",
		Items:     []data.PlanItem{{Topic: "Công tác tổ chức", Audience: "Ủy viên BCH mới bầu", Level: data.CourseCDCS, Form: data.FormOnsite, When: "Quý II", People: 9, Cost: 6_000_000}},
		Needs:     []data.TrainingNeed{{Topic: "Nghiệp vụ tài chính công đoàn", Audience: "Chủ tịch, kế toán", People: 2, Note: "Lớp của LĐLĐ tỉnh"}},
		NeedsSent: day(2025, 11, 20),
		Notes:     "Đã thông qua BCH",
	}
}

func planFixture2(*sqlite.Store) *data.TrainingPlan {
	return &data.TrainingPlan{
		Year: 2027, Approved: day(2026, 6, 1), Goals: "Kế hoạch sửa",
		Items:     []data.PlanItem{{Topic: "Chuyển đổi số", Audience: "Tổ trưởng", Level: data.CourseUpper, Form: data.FormOnline, When: "Tháng 9", People: 12, Cost: 0}},
		Needs:     []data.TrainingNeed{{Topic: "Đại hội công đoàn", Audience: "BCH", People: 5}},
		NeedsSent: day(2026, 6, 2),
		Notes:     "",
	}
}

// The resolution review fixtures for kindCases: the second differs in every column and its targets.

func reviewFixture() *data.ResolutionReview {
	return &data.ResolutionReview{
		Stage: data.ReviewInterim, Resolution: "Nghị quyết số 10b/NQ-BCH ngày 12/12/2020 của Ban Chấp hành Tổng Liên đoàn về tiếp tục đổi mới công tác đào tạo, bồi dưỡng cán bộ công đoàn",
		UpperPlan: "Kế hoạch số 20/KH-LĐLĐ ngày 31/3/2023", From: day(2021, 1, 1), To: day(2023, 6, 30), Due: day(2023, 7, 15),
		Leadership: "Ban Chấp hành tổ chức quán triệt nghị quyết.", Tasks: "Cử cán bộ đi học.", Shortcomings: "Thời gian học ít.", Direction: "Tiếp tục cử cán bộ.",
		Targets: []data.ReviewTarget{{Indicator: "Chủ tịch mới bầu được bồi dưỡng", Target: "100%", Measure: data.MeasureNewChairs, Note: "Mục tiêu 2026"}},
		Notes:   "Bản nháp",
	}
}

func reviewFixture2(*sqlite.Store) *data.ResolutionReview {
	return &data.ResolutionReview{
		Stage: data.ReviewFinal, Resolution: "Nghị quyết số 4a/NQ-TLĐ ngày 04/3/2010", UpperPlan: "Kế hoạch 20/KH-LĐLĐ ngày 31/3/2020",
		From: day(2010, 3, 4), To: day(2020, 3, 31), Due: day(2020, 4, 28), Sent: day(2020, 4, 25),
		Leadership: "Quán triệt đến 100% cán bộ.", Tasks: "Mở 12 lớp.", Shortcomings: "Kinh phí hạn chế.", Direction: "Đổi mới nội dung.",
		Targets: []data.ReviewTarget{{Indicator: "Cán bộ không chuyên trách được bồi dưỡng", Target: "≥ 70%", Measure: data.MeasureTyped, Result: "82%", Note: "Theo số liệu cấp trên"}},
		Notes:   "",
	}
}
