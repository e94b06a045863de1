package sqlite_test

import (
	"context"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The thi đua kinds' fixtures for kindCases (registry_test.go): the second of
// each pair differs from the first in every column and child table.

func emulationFixture() *data.Emulation {
	return &data.Emulation{Year: 2025, Registered: day(2025, 2, 10), Titles: "Công đoàn cơ sở vững mạnh",
		Pledges: "100% đoàn viên đóng đoàn phí", Basis: "Hướng dẫn số 10/HD-LĐLĐ",
		Criteria: []data.Criterion{{Group: "I. Chăm lo", Item: "Thương lượng thỏa ước", Max: 200, Self: 180, Evidence: "Thỏa ước 2025"}},
		Assessed: day(2025, 11, 20), Achievements: "Tổ chức tốt hội nghị người lao động", Notes: "Năm đầu"}
}

func emulationFixture2() *data.Emulation {
	return &data.Emulation{Year: 2024, Registered: day(2024, 1, 15), Titles: "Cờ thi đua của LĐLĐ tỉnh",
		Pledges: "Giới thiệu 2 đoàn viên ưu tú cho Đảng", Basis: "Hướng dẫn số 12/HD-LĐLĐ",
		Criteria: []data.Criterion{{Group: "II. Tổ chức", Item: "Phát triển đoàn viên", Max: 150, Self: 145, Evidence: "Sổ đoàn viên", Upper: 140}},
		Assessed: day(2024, 11, 25), UpperScored: true, Achievements: "Kết nạp 40 đoàn viên",
		Level: data.RatingGood, DecisionNo: "45/QĐ-LĐLĐ", DecisionDate: day(2025, 1, 10), Announced: day(2025, 1, 20), Notes: "Đã công bố"}
}

func awardFixture() *data.Award {
	return &data.Award{Year: 2025, Level: data.AwardByCDCS, Form: "Giấy khen", DecisionNo: "12/QĐ-CĐCS", DecisionDate: day(2025, 12, 20),
		Reason: "Đã có thành tích xuất sắc trong phong trào thi đua năm 2025", Notes: "Tổng kết năm",
		Recipients: []data.Awardee{{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Title: "Đoàn viên công đoàn xuất sắc", Amount: 300_000}}}
}

func awardFixture2() *data.Award {
	return &data.Award{Year: 2024, Level: data.AwardByProvince, Issuer: "LĐLĐ tỉnh Vĩnh Long", Form: "Bằng khen", DecisionNo: "88/QĐ-LĐLĐ",
		DecisionDate: day(2025, 1, 5), Reason: "Thành tích phong trào Giỏi việc nước", Notes: "Khen chuyên đề",
		Recipients: []data.Awardee{{Name: "Tổ Cắt", Collective: true, Title: "Tổ công đoàn vững mạnh", Amount: 1_000_000}}}
}

func proposalFixture() *data.Proposal {
	return &data.Proposal{Year: 2025, MeetingDate: day(2025, 12, 5), Place: "Phòng họp", BCHTotal: 7, BCHPresent: 6,
		Chair: "Lê Văn Nam", Secretary: "Phạm Thị Lan", Sent: day(2025, 12, 8), SentTo: "Công đoàn KCN", Notes: "Xét cuối năm",
		Nominees: []data.Awardee{{Name: "Nguyễn Thị Hoa", Title: "Đoàn viên công đoàn xuất sắc", Achievement: "Vượt định mức", VotesFor: 6}}}
}

func proposalFixture2() *data.Proposal {
	return &data.Proposal{Year: 2024, MeetingDate: day(2024, 12, 6), Place: "Hội trường", BCHTotal: 9, BCHPresent: 8,
		Chair: "Trần Văn Bình", Secretary: "Đỗ Thị Mai", Sent: day(2024, 12, 10), SentTo: "LĐLĐ huyện", Notes: "Đợt hai",
		Nominees: []data.Awardee{{Name: "Tổ Cắt", Collective: true, Title: "Tổ công đoàn vững mạnh", VotesFor: 8}}}
}

// A second record of one year's thi đua is asked about, saved only when confirmed.
func TestEmulationSecondOfAYearIsAsked(t *testing.T) {
	s := mustOpen(t)
	st := data.Emulations.Store(s)
	must(t, st.Create(ctx, emulationFixture()))
	err := st.Create(ctx, emulationFixture())
	if data.ErrorCode(err) != data.ECONFIRM {
		t.Fatalf("second record of 2025: %v, want ECONFIRM", err)
	}
	must(t, st.Create(data.Confirmed(ctx), emulationFixture()))
	all, err := st.List(ctx)
	must(t, err)
	if len(all) != 2 {
		t.Fatalf("%d records, want 2", len(all))
	}
}

func womenCommitteeFixture() *data.WomenCommittee {
	return &data.WomenCommittee{DecisionNo: "05/QĐ-CĐCS", DecisionDate: day(2025, 3, 1), TermFrom: day(2025, 3, 1), TermTo: day(2030, 3, 1),
		PlanYear: 2025, Plan: "Tổ chức 8/3", Notes: "Thành lập",
		Members: []data.CommitteeMember{{Name: "Nguyễn Thị Hoa", Role: data.RoleCommitteeHead, Unit: "Tổ May 1"}}}
}

func womenCommitteeFixture2() *data.WomenCommittee {
	return &data.WomenCommittee{DecisionNo: "09/QĐ-CĐCS", DecisionDate: day(2024, 4, 2), TermFrom: day(2024, 4, 3), TermTo: day(2029, 4, 2),
		PlanYear: 2024, Plan: "Tổ chức 20/10", Notes: "Kiện toàn",
		Members: []data.CommitteeMember{{Name: "Đỗ Thị Mai", Role: data.RoleCommitteeDeputy, Unit: "Tổ Cắt"}}}
}

func womenActivityFixture() *data.WomenActivity {
	return &data.WomenActivity{Year: 2025, Occasion: data.OccasionWomensDay, Date: day(2025, 3, 8), Content: "Tặng quà", Participants: 120,
		Notes: "Đủ"}
}

// womenActivityFixture2 links to a finance danh sách ký nhận, which it stores
// first: the gifts are paid through that list, not a second one.
func womenActivityFixture2(s *sqlite.Store) *data.WomenActivity {
	l := &data.SignList{Date: day(2024, 9, 15), Title: "Quà Trung thu 2024", Category: "C05",
		Rows: []data.SignRow{{Name: "Đỗ Thị Mai", Unit: "Tổ Cắt", Amount: 50_000}}}
	if err := data.SignLists.Store(s).Create(context.Background(), l); err != nil {
		panic(err)
	}
	return &data.WomenActivity{Year: 2024, Occasion: data.OccasionMidAutumn, Date: day(2024, 9, 17), Content: "Phát quà Trung thu", Participants: 80,
		SignListID: l.ID, Notes: "Cho con đoàn viên"}
}

func goodAtWorkFixture() *data.GoodAtWork {
	return &data.GoodAtWork{Year: 2025, Registered: day(2025, 3, 10), Reviewed: day(2025, 11, 30), Notes: "Đợt 1",
		Registrants: []data.Registrant{{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Result: data.ResultPassed, Note: "tốt"}}}
}

func goodAtWorkFixture2() *data.GoodAtWork {
	return &data.GoodAtWork{Year: 2024, Registered: day(2024, 3, 11), Reviewed: day(2024, 12, 1), Notes: "Đợt 2",
		Registrants: []data.Registrant{{Name: "Đỗ Thị Mai", Unit: "Tổ Cắt", Result: data.ResultFailed, Note: "nghỉ dài"}}}
}

func tetFixture() *data.TetCampaign {
	return &data.TetCampaign{LunarYear: 2026, PayPlan: day(2026, 1, 10), TatNien: day(2026, 2, 10), TatNienPeople: 300, TatNienUnion: 21_000_000,
		Alerts: "Không có", Results: "Tặng 120 suất quà", Reported: day(2026, 2, 25), Notes: "Tết Bính Ngọ",
		People: []data.TetPerson{{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Hometown: "Thanh Hóa", Reason: "Khó khăn", Staying: true, Gift: 500_000, FromUnion: true}}}
}

// tetFixture2 links to the finance danh sách ký nhận that paid the union's gifts.
func tetFixture2(s *sqlite.Store) *data.TetCampaign {
	l := &data.SignList{Date: day(2025, 1, 20), Title: "Quà Tết Ất Tỵ", Category: "C05",
		Rows: []data.SignRow{{Name: "Đỗ Thị Mai", Unit: "Tổ Cắt", Amount: 1_000_000}}}
	if err := data.SignLists.Store(s).Create(context.Background(), l); err != nil {
		panic(err)
	}
	return &data.TetCampaign{LunarYear: 2025, PayPlan: day(2025, 1, 2), TatNien: day(2025, 1, 20), TatNienPeople: 250, TatNienUnion: 17_500_000,
		Alerts: "Chậm lương tháng 12", Results: "Tặng 100 suất quà", Reported: day(2025, 2, 15), SignListID: l.ID, Notes: "Tết Ất Tỵ",
		People: []data.TetPerson{{Name: "Đỗ Thị Mai", Unit: "Tổ Cắt", Hometown: "Nghệ An", Reason: "Tai nạn lao động", Gift: 1_000_000}}}
}

func partyIntroFixture() *data.PartyIntro {
	return &data.PartyIntro{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Date: day(2025, 5, 10), Cell: "Chi bộ Công ty", Outcome: data.IntroAdmitted,
		Admitted: day(2025, 11, 2), Notes: "Ưu tú"}
}

func partyIntroFixture2() *data.PartyIntro {
	return &data.PartyIntro{Name: "Đỗ Thị Mai", Unit: "Tổ Cắt", Date: day(2024, 6, 1), Cell: "Chi bộ Xưởng 2", Outcome: data.IntroNot,
		Notes: "Chưa đủ điều kiện"}
}
