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
