package reports_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/reports"
)

func sampleEmulation() *data.Emulation {
	return &data.Emulation{ID: 4, Year: 2026, Registered: day(2026, 2, 20),
		Titles:  "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ\nTổ công đoàn vững mạnh: 4 tổ",
		Pledges: "Kết nạp thêm 30 đoàn viên\nGiới thiệu 2 đoàn viên ưu tú cho Đảng",
		Basis:   "Hướng dẫn số 10/HD-LĐLĐ ngày 05/10/2026",
		Criteria: []data.Criterion{
			{Group: "I. Chăm lo, bảo vệ", Item: "Thương lượng, ký kết thỏa ước", Max: 600, Self: 450, Evidence: "Thỏa ước 2026", Upper: 400},
			{Group: "II. Xây dựng tổ chức", Item: "Phát triển đoàn viên", Max: 400, Self: 400, Upper: 380},
		},
		UpperScored: true, Achievements: "Kết nạp 34 đoàn viên mới\nKý thỏa ước có lợi hơn luật",
		Level: data.RatingGood, DecisionNo: "152/QĐ-CĐ", DecisionDate: day(2026, 12, 1)}
}

func sampleAward() *data.Award {
	return &data.Award{ID: 5, Year: 2026, Level: data.AwardByCDCS, Form: "Giấy khen", DecisionDate: day(2026, 12, 20),
		Reason: "Đã có thành tích xuất sắc trong phong trào thi đua năm 2026",
		Recipients: []data.Awardee{
			{MemberID: 1, Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Title: "Đoàn viên công đoàn xuất sắc", Amount: 300_000},
			{Name: "Tổ Cắt", Collective: true, Title: "Tổ công đoàn vững mạnh", Amount: 500_000},
		}}
}

func sampleProposal() *data.Proposal {
	return &data.Proposal{ID: 6, Year: 2026, MeetingDate: day(2026, 11, 28), Place: "Văn phòng công đoàn", BCHTotal: 9, BCHPresent: 7,
		Chair: "Nguyễn Thị Hường", Secretary: "Trần Văn Đức",
		Nominees: []data.Awardee{
			{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Title: "Đoàn viên công đoàn xuất sắc", Achievement: "Vượt định mức 120%", VotesFor: 7},
			{Name: "Lê Văn Giang", Title: "Đoàn viên công đoàn xuất sắc", VotesFor: 3, VotesAgainst: 4},
		}}
}

func TestEmulationDocuments(t *testing.T) {
	s := data.DefaultEmulationSettings()
	e := sampleEmulation()
	check := func(t *testing.T, d *reports.Document, err error, landscape bool, want ...string) string {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 0, landscape)
		all := strings.Join(text, "\n")
		wantText(t, all, want...)
		return all
	}
	t.Run("bản đăng ký: titles and targets as typed", func(t *testing.T) {
		d, err := reports.EmulationRegistration(sampleMeta(data.DocTypeRegistration, 1), e)
		check(t, d, err, false, "BẢN ĐĂNG KÝ Thi đua năm 2026", "Số: 01/ĐK-CĐCS", "Kính gửi: Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
			"- Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ", "1. Kết nạp thêm 30 đoàn viên.", "2. Giới thiệu 2 đoàn viên ưu tú cho Đảng.")
	})
	t.Run("bảng tự chấm điểm: groups totalled, the level of the self score at exactly 85", func(t *testing.T) {
		d, err := reports.EmulationScoring(sampleMeta(data.DocTypeReport, 2), e, s)
		check(t, d, err, true, "BẢNG TỰ CHẤM ĐIỂM", "Căn cứ hướng dẫn số 10/HD-LĐLĐ ngày 05/10/2026.",
			"I. Chăm lo, bảo vệ 60 45 40", "Tổng cộng 100 85 78",
			"Tổng số điểm tự chấm: 85/100 điểm. Tự đánh giá, xếp loại: Hoàn thành xuất sắc nhiệm vụ.",
			"Điểm công đoàn cấp trên chấm: 78/100 điểm.")
		if len(reports.ScoringWarnings(s)) != 1 {
			t.Error("the sample thresholds are not flagged as unverified")
		}
	})
	t.Run("báo cáo thành tích: achievements, rating and the year's awards from the records", func(t *testing.T) {
		d, err := reports.AchievementReport(sampleMeta(data.DocTypeReport, 3), sampleProfile, e, []data.Award{*sampleAward()}, s)
		check(t, d, err, false, "- Kết nạp 34 đoàn viên mới.", "Công đoàn cấp trên xếp loại: hoàn thành tốt nhiệm vụ (Quyết định số 152/QĐ-CĐ ngày 01/12/2026).",
			"III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", "1 Nguyễn Thị Hoa Giấy khen: Đoàn viên công")
	})
	t.Run("thông báo kết quả xếp loại", func(t *testing.T) {
		d, err := reports.RatingNotice(sampleMeta(data.DocTypeNotice, 4), e)
		check(t, d, err, false, "ĐƯỢC XẾP LOẠI: HOÀN THÀNH TỐT NHIỆM VỤ", "Căn cứ Quyết định số 152/QĐ-CĐ ngày 01/12/2026")
		e2 := sampleEmulation()
		e2.Level = ""
		if _, err := reports.RatingNotice(sampleMeta(data.DocTypeNotice, 4), e2); err == nil {
			t.Error("a notice without a decided level was printed")
		}
	})
	t.Run("biên bản họp BCH: each vote and its result", func(t *testing.T) {
		d, err := reports.EmulationMinutes(sampleMeta(data.DocTypeMinutes, 5), sampleProposal(), 2)
		check(t, d, err, false, "Họp Ban Chấp hành xét thi đua, khen thưởng năm 2026", "Có mặt 7/9 ủy viên Ban Chấp hành.",
			"Chủ trì: Nguyễn Thị Hường. Thư ký: Trần Văn Đức.", "Ban Chấp hành thống nhất đề nghị khen thưởng 1 tập thể, cá nhân")
	})
	t.Run("tờ trình: only those the BCH agreed", func(t *testing.T) {
		d, err := reports.AwardProposal(sampleMeta(data.DocTypeSubmission, 6), sampleProposal())
		all := check(t, d, err, false, "TỜ TRÌNH Đề nghị khen thưởng năm 2026", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026", "Vượt định mức 120%")
		if strings.Contains(all, "Lê Văn Giang") {
			t.Error("a nominee the BCH did not agree to is on the list")
		}
	})
	t.Run("quyết định tặng giấy khen: the money in words, the annex", func(t *testing.T) {
		d, err := reports.AwardDecision(sampleMeta(data.DocTypeDecision, 7), sampleAward())
		check(t, d, err, false, "QUYẾT ĐỊNH Về việc tặng giấy khen năm 2026", "Điều 1. Tặng Giấy khen cho 2 tập thể, cá nhân có tên trong danh sách kèm theo",
			"tổng cộng 800.000 đồng (bằng chữ: Tám trăm nghìn đồng)", "Tiền thưởng (đồng) Đoàn viên công đoàn xuất sắc 300.000 Tổ công đoàn vững mạnh 500.000 800.000")
		up := sampleAward()
		up.Level, up.Issuer = data.AwardByProvince, "LĐLĐ tỉnh Bắc Ninh"
		if _, err := reports.AwardDecision(sampleMeta(data.DocTypeDecision, 7), up); err == nil {
			t.Error("the upper level's award printed as the CĐCS's decision")
		}
	})
	t.Run("giấy khen: one page per recipient with the decision's number", func(t *testing.T) {
		d, err := reports.Certificate(sampleMeta(data.DocTypeDecision, 7), sampleAward(), "07/QĐ-CĐCS")
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 2, true)
		wantText(t, text[0], "TẶNG GIẤY KHEN", "Đoàn viên Nguyễn Thị Hoa", "Quyết định số 07/QĐ-CĐCS ngày 20/12/2026.")
		wantText(t, text[1], "Tổ Cắt", "Danh hiệu: Tổ công đoàn vững mạnh")
		// Each page is a giấy khen of its own: the header again, no page number.
		wantText(t, text[1], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 07/QĐ-CĐCS", "Quyết định số 07/QĐ-CĐCS ngày 20/12/2026.")
		if strings.HasPrefix(strings.TrimSpace(text[1]), "2") {
			t.Errorf("page 2 of the giấy khen starts with a page number: %.60q", text[1])
		}
	})
}
