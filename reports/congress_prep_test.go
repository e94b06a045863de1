package reports_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/reports"
)

// prepCongress is a delegate congress of 283 members: five delegates called
// (three present, one absent, one not yet marked), three candidates for nine
// seats… of which two are in the register, a ban tổ chức and two tiểu ban.
func prepCongress() *data.Congress {
	return &data.Congress{ID: 7, Number: 5, TermFrom: 2025, TermTo: 2030, Form: data.FormDelegate, Members: 283,
		Date: day(2025, 11, 20), Place: "Hội trường nhà ăn ca", Theme: "Đoàn kết - Đổi mới - Phát triển", Guests: 1,
		BCHSize: 9, BTVSize: 3, UBKTSize: 3, UBKTFromBCH: 1, FirstBCH: day(2025, 11, 20),
		Organizers: []data.CongressOrganizer{
			{Body: "Ban tổ chức", Name: "Nguyễn Thị Hường", Role: "Trưởng ban"},
			{Body: "Tiểu ban văn kiện", Name: "Trần Văn Đức", Role: "Trưởng tiểu ban"},
			{Body: "Tiểu ban nhân sự", Name: "Lê Thị Mai", Role: ""},
		},
		Delegates: []data.CongressDelegate{
			{MemberID: 1, Name: "Nguyễn Thị Hường", Position: "Tổ May 1", Status: data.DelegatePresent},
			{MemberID: 2, Name: "Trần Văn Đức", Position: "Tổ Cắt", Status: data.DelegatePresent},
			{MemberID: 3, Name: "Lê Thị Mai", Position: "Tổ May 1", Status: data.DelegateAbsent},
			{Name: "Phạm Văn Nam", Position: "Kho vận", Status: data.DelegatePresent},
			{MemberID: 4, Name: "Đỗ Thị Lan", Position: "Tổ Cắt"},
		},
		Candidates: []data.CongressCandidate{
			{Body: data.BodyBCH, MemberID: 2, Name: "Trần Văn Đức", Position: "Phó Chủ tịch", Nationality: data.Vietnam},
			{Body: data.BodyBCH, MemberID: 1, Name: "Nguyễn Thị Hường", Position: "Chủ tịch", Nationality: data.Vietnam},
			{Body: data.BodyBCH, Name: "Vũ Minh Anh", Position: "Tổ trưởng Kho vận", Nationality: data.Vietnam},
		},
		Budget: []data.CongressBudgetLine{
			{Item: "Trang trí, khánh tiết", Amount: 3_500_000, Source: "Kinh phí công đoàn"},
			{Item: "Nước uống đại biểu", Amount: 3_000_000, Source: "Doanh nghiệp hỗ trợ"},
		},
	}
}

func prepMembers() map[int64]*data.Member {
	return map[int64]*data.Member{
		1: {ID: 1, Ho: "Nguyễn", TenDem: "Thị", Ten: "Hường", BirthDate: day(1980, 5, 2), Sex: data.SexFemale, Ethnicity: "Kinh",
			UnionRole: "Chủ tịch", UnitName: "Tổ May 1", JoinDate: day(2005, 3, 1), PartyMember: true, Status: data.StatusActive},
		2: {ID: 2, Ho: "Trần", TenDem: "Văn", Ten: "Đức", BirthDate: day(1995, 12, 30), Sex: data.SexMale, Ethnicity: "Tày",
			UnionRole: "Phó Chủ tịch", JobTitle: "Thợ cắt", UnitName: "Tổ Cắt", JoinDate: day(2015, 7, 9), Status: data.StatusActive},
		3: {ID: 3, Ho: "Lê", TenDem: "Thị", Ten: "Mai", Sex: data.SexFemale, Status: data.StatusActive},
	}
}

func prepInput() reports.CongressInput {
	return reports.CongressInput{Profile: sampleProfile, Congress: prepCongress(), Settings: data.DefaultRuleSettings(),
		Calendar: vn.NewCalendar(), Members: prepMembers()}
}

// congressDoc lays out one congress document and checks it as every document is checked.
func congressDoc(t *testing.T, name string, m reports.Meta, in reports.CongressInput) (string, string, []string) {
	t.Helper()
	d, told, err := reports.CongressDocument(name, m, in)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	return path, strings.Join(text, "\n"), told
}

func TestCongressPlanAndDecision(t *testing.T) {
	t.Run("the plan: form, delegates' band, BCH band, the deadlines computed", func(t *testing.T) {
		path, text, told := congressDoc(t, "congress-plan", sampleMeta(data.DocTypePlan, 4), prepInput())
		wantText(t, text, "KẾ HOẠCH Tổ chức đại hội đại biểu Công đoàn cơ sở Công ty TNHH May Thành Công lần thứ V, nhiệm kỳ 2025 - 2030",
			"Số: 04/KH-CĐCS",
			"Căn cứ Kế hoạch số 22/KH-TLĐ ngày 29/8/2025",
			"3. Chủ đề đại hội: \"Đoàn kết - Đổi mới - Phát triển\".",
			"2. Thời gian: ngày 20 tháng 11 năm 2025; phiên chính thức không quá một buổi (Kế hoạch số 22/KH-TLĐ).",
			"4. Thành phần: 5 đại biểu chính thức; khách mời: 1 người.",
			"Công đoàn có 283 đoàn viên: số đại biểu chính thức từ 75 đến 150 theo Kế hoạch số 22/KH-TLĐ, mục D",
			"Ban Chấp hành khóa V: 9 ủy viên (công đoàn có 283 đoàn viên bầu tối đa 9 ủy viên theo Kế hoạch 22/KH-TLĐ ngày 29/8/2025, mục B.1).",
			"Ban Thường vụ: 3 ủy viên", "Ủy ban Kiểm tra: 3 ủy viên, trong đó 1 ủy viên Ban Chấp hành.",
			"Dự toán kinh phí tổ chức đại hội: 6.500.000 đồng (Sáu triệu năm trăm nghìn đồng), gồm: kinh phí công đoàn 3.500.000 đồng; doanh nghiệp hỗ trợ 3.000.000 đồng",
			"Tiểu ban văn kiện: Trần Văn Đức (trưởng tiểu ban).")
		// The recognition file: ten working days after the first BCH meeting
		// (HD 38 §10.4): 20/11/2025 is a Thursday → 04/12/2025.
		wantRows(t, path, pdfPages(t, path), "Chậm nhất", "Đến 20/05/2026 Niêm phong, lưu giữ phiếu bầu")
		wantText(t, text, "Chậm nhất 04/12/2025")
		wantRows(t, path, 2, "1 Tổ May 1 2", "3 Kho vận 1")
		wantText(t, strings.Join(told, "\n"), "Lịch công việc trước đại hội để trống cột thời gian")
	})
	t.Run("the decision names each body's members and tasks, citing the plan as issued", func(t *testing.T) {
		in := prepInput()
		in.Plan = &data.OutgoingDoc{Type: data.DocTypePlan, Number: 4, Symbol: "KH-CĐCS", Date: day(2025, 9, 15)}
		_, text, _ := congressDoc(t, "congress-committee", sampleMeta(data.DocTypeDecision, 9), in)
		wantText(t, text, "QUYẾT ĐỊNH Về việc thành lập Ban tổ chức và các tiểu ban đại hội đại biểu",
			"Căn cứ Kế hoạch số 04/KH-CĐCS ngày 15/09/2025 của Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công",
			"Tiểu ban văn kiện: - Đồng chí Trần Văn Đức – Trưởng tiểu ban.",
			"- Đồng chí Lê Thị Mai – ......................",
			"Tiểu ban nhân sự: xây dựng đề án nhân sự Ban Chấp hành",
			"Điều 3. Quyết định có hiệu lực kể từ ngày ký.")
		in.Congress.Organizers = nil
		if _, _, err := reports.CongressDocument("congress-committee", sampleMeta(data.DocTypeDecision, 9), in); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("no ban tổ chức recorded: %v", err)
		}
	})
	t.Run("the công văn to the upper level has its ký hiệu and the candidates", func(t *testing.T) {
		m := sampleMeta(data.DocTypeLetter, 2)
		_, text, _ := congressDoc(t, "congress-letter", m, prepInput())
		wantText(t, text, "Số: 02/CĐCS", "V/v Báo cáo kế hoạch tổ chức đại hội và dự kiến nhân sự Ban Chấp hành khóa V",
			"Kính gửi: Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
			"Danh sách 3 người được giới thiệu ứng cử Ban Chấp hành khóa V:")
	})
}

func TestCongressDelegatesDocuments(t *testing.T) {
	t.Run("the giấy triệu tập with a slip for each delegate", func(t *testing.T) {
		_, text, told := congressDoc(t, "congress-summons", sampleMeta(data.DocTypeSummons, 3), prepInput())
		wantText(t, text, "GIẤY TRIỆU TẬP Triệu tập đại biểu dự đại hội đại biểu", "Số: 03/GTT-CĐCS",
			"trân trọng triệu tập các đồng chí có tên trong danh sách kèm theo là đại biểu chính thức dự đại hội.",
			"Thời gian: ..... giờ ..... ngày 20 tháng 11 năm 2025.", "Địa điểm: Hội trường nhà ăn ca.",
			"Triệu tập đồng chí: Phạm Văn Nam", "Triệu tập đồng chí: Đỗ Thị Lan")
		if strings.Count(text, "GIẤY TRIỆU TẬP số 03/GTT-CĐCS") != 5 {
			t.Errorf("want 5 slips:\n%s", text)
		}
		wantText(t, strings.Join(told, "\n"), "Giờ khai mạc chưa có trong hồ sơ")
	})
	t.Run("the danh sách đại biểu", func(t *testing.T) {
		path, text, _ := congressDoc(t, "congress-delegates", sampleMeta(data.DocTypeList, 5), prepInput())
		wantRows(t, path, 1, "1 Nguyễn Thị Hường Tổ May 1", "4 Phạm Văn Nam Kho vận Không có trong sổ đoàn viên")
		wantText(t, text, "Tổng số: 5 đại biểu chính thức được triệu tập.")
	})
	t.Run("the báo cáo thẩm tra tư cách under the Phụ lục IV header", func(t *testing.T) {
		path, text, told := congressDoc(t, "congress-credentials", sampleMeta(data.DocTypeReport, 1), prepInput())
		wantText(t, text, "ĐẠI HỘI ĐẠI BIỂU CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030",
			"BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", "BÁO CÁO Thẩm tra tư cách đại biểu",
			"Tổng số đại biểu chính thức được triệu tập: 5; có mặt: 3 (60,0%); vắng mặt: 2.",
			"đại hội hợp lệ khi có ít nhất 2/3 tổng số đại biểu chính thức được triệu tập tham dự (4 người).",
			"Nữ: 1 (33,3%); đảng viên: 1 (33,3%) (theo sổ đoàn viên).",
			"Độ tuổi (tính đến ngày đại hội): dưới 35 tuổi 1; từ 35 đến 50 tuổi 1; trên 50 tuổi 0.",
			"có tên trong sổ đoàn viên, đang sinh hoạt công đoàn: 2/3.",
			"TM. BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU")
		if strings.Contains(text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == false || strings.Contains(text, "KHU CÔNG NGHIỆP") {
			t.Errorf("a congress paper has the Quốc hiệu and no upper level above the congress:\n%s", text)
		}
		wantRows(t, path, 1, "1 Lê Thị Mai Tổ May 1")
		wantText(t, strings.Join(told, "\n"), "Số có mặt 3/5 chưa đạt 2/3", "không ghi lý do vắng của 1 người")
	})
}

// A toàn thể congress: the report on members under the Đoàn Chủ tịch, no
// Ban thẩm tra, and every member summoned when there is no list.
func TestCongressGeneralForm(t *testing.T) {
	in := prepInput()
	in.Congress.Form, in.Congress.Members, in.Congress.Delegates = data.FormGeneral, 120, nil
	in.Congress.Called, in.Congress.Present = 120, 95
	_, text, _ := congressDoc(t, "congress-credentials", sampleMeta(data.DocTypeReport, 1), in)
	wantText(t, text, "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030 ĐOÀN CHỦ TỊCH",
		"BÁO CÁO Tình hình đoàn viên dự đại hội",
		"Tổng số đoàn viên được triệu tập: 120; có mặt: 95 (79,1%); vắng mặt: 25.", "TM. ĐOÀN CHỦ TỊCH")
	if strings.Contains(text, "Thẩm tra tư cách") || strings.Contains(text, "ĐẠI BIỂU CÔNG ĐOÀN") {
		t.Errorf("a toàn thể congress has no Ban thẩm tra:\n%s", text)
	}
	_, text, _ = congressDoc(t, "congress-summons", sampleMeta(data.DocTypeSummons, 3), in)
	wantText(t, text, "trân trọng triệu tập toàn thể đoàn viên Công đoàn cơ sở Công ty TNHH May Thành Công dự đại hội.")
}

func TestCongressSessionPapers(t *testing.T) {
	t.Run("the chương trình follows HD 38 §7.6", func(t *testing.T) {
		path, text, _ := congressDoc(t, "congress-agenda", sampleMeta(data.DocTypeReport, 1), prepInput())
		wantText(t, text, "CHƯƠNG TRÌNH Làm việc của đại hội", "Báo cáo tổng kết hoạt động công đoàn nhiệm kỳ 2020 - 2025 và phương hướng nhiệm kỳ 2025 - 2030")
		wantRows(t, path, 1, "3 Bầu Đoàn Chủ tịch, Đoàn Thư ký, Ban Thẩm tra tư cách đại biểu",
			"11 Bầu cử: bầu Ban Chấp hành khóa V", "14 Chào cờ")
	})
	t.Run("the quy chế has the seats, the secret ballot and the >50% rule with the base chosen", func(t *testing.T) {
		in := prepInput()
		_, text, _ := congressDoc(t, "congress-rules", sampleMeta(data.DocTypeReport, 1), in)
		wantText(t, text, "QUY CHẾ Làm việc và bầu cử tại đại hội",
			"Điều 6. Đại hội bầu Ban Chấp hành khóa V gồm 9 ủy viên",
			"Điều 7. Hình thức bầu cử: bỏ phiếu kín",
			"quá một nửa (trên 50%) so với tổng số phiếu thu về.",
			"lưu giữ 6 tháng")
		in.Settings.Congress.ElectionBase = data.BaseValid
		_, text, _ = congressDoc(t, "congress-rules", sampleMeta(data.DocTypeReport, 1), in)
		wantText(t, text, "quá một nửa (trên 50%) so với tổng số phiếu hợp lệ.")
	})
	t.Run("the đề án nhân sự with the trích ngang from the register", func(t *testing.T) {
		path, text, told := congressDoc(t, "congress-personnel", sampleMeta(data.DocTypeReport, 1), prepInput())
		wantText(t, text, "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG KHÓA IV",
			"ĐỀ ÁN Nhân sự Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030",
			"Tổng số 3 người; nữ 1 người (theo sổ đoàn viên).")
		// Given-name order: Anh, Đức, Hường.
		wantRows(t, path, 1, "1 Vũ Minh Anh Tổ trưởng Kho vận",
			"2 Trần Văn Đức 1995 Tày Phó Chủ tịch, Thợ cắt, Tổ Cắt 09/07/2015",
			"3 Nguyễn Thị Hường 1980 Kinh Chủ tịch, Tổ May 1 01/03/2005 x")
		wantText(t, strings.Join(told, "\n"), "Vũ Minh Anh: không có trong sổ đoàn viên")
	})
}

func TestCongressBudgetAndReport(t *testing.T) {
	t.Run("the tờ trình dự toán refers to the year's dự toán and lists the vouchers", func(t *testing.T) {
		in := prepInput()
		in.Estimate = &data.BudgetEstimate{Year: 2025, ApprovalNo: "45/TB-CĐ", ApprovalDate: day(2025, 1, 20)}
		in.Vouchers = []data.Voucher{{Kind: data.VoucherPayment, Number: 12, Year: 2025, Date: day(2025, 11, 18), Reason: "Trang trí hội trường đại hội", Amount: 3_200_000}}
		path, text, told := congressDoc(t, "congress-budget", sampleMeta(data.DocTypeSubmission, 6), in)
		wantText(t, text, "TỜ TRÌNH Phê duyệt dự toán kinh phí tổ chức đại hội đại biểu",
			"Bằng chữ: Sáu triệu năm trăm nghìn đồng.",
			"Phần chi từ nguồn tài chính công đoàn nằm trong dự toán thu, chi năm 2025 đã được công đoàn cấp trên duyệt (45/TB-CĐ ngày 20/01/2025).",
			"Đã chi: 3.200.000 đồng.")
		wantRows(t, path, 1, "Tổng cộng 6.500.000", "1 PC012/2025 18/11/2025 Trang trí hội trường đại hội 3.200.000")
		if len(told) != 0 {
			t.Errorf("told %v", told)
		}
		in.Congress.Budget = nil
		if _, _, err := reports.CongressDocument("congress-budget", sampleMeta(data.DocTypeSubmission, 6), in); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("no budget lines: %v", err)
		}
	})
	t.Run("the báo cáo chính trị skeleton has the term's figures and the headings to write", func(t *testing.T) {
		in := prepInput()
		f := sampleFacts()
		f.Period = data.CustomPeriod(day(2020, 10, 15), day(2025, 11, 20))
		f.AsOf = day(2025, 11, 20)
		in.Facts = f
		in.Awards = []data.Award{*sampleAward()}
		_, text, _ := congressDoc(t, "congress-report", sampleMeta(data.DocTypeReport, 1), in)
		wantText(t, text, "ĐẠI HỘI ĐẠI BIỂU CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030",
			"BÁO CÁO Kết quả hoạt động công đoàn nhiệm kỳ 2020 - 2025; phương hướng, nhiệm vụ nhiệm kỳ 2025 - 2030",
			"PHẦN THỨ NHẤT KẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NHIỆM KỲ 2020 - 2025",
			"đầu nhiệm kỳ công đoàn có 1.120 đoàn viên.",
			"Từ ngày 15/10/2020 đến ngày 20/11/2025, Công đoàn cơ sở kết nạp mới 85 đoàn viên (nữ 60)",
			"Tổng số đoàn viên đến ngày 20/11/2025 là 1.180, tăng 60 đoàn viên so với đầu kỳ.",
			"Theo sổ khen thưởng, trong các năm 2020 - 2025 có 1 quyết định khen thưởng (giấy khen 1 quyết định) với 2 lượt tập thể, cá nhân được khen.",
			"III. ĐÁNH GIÁ CHUNG", "PHẦN THỨ HAI PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030",
			"II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU", "TM. BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG KHÓA IV")
	})
}

func TestCongressSupportLetter(t *testing.T) {
	t.Run("asks the employer for the budget lines it is to support, in words", func(t *testing.T) {
		path, text, told := congressDoc(t, "congress-support", sampleMeta(data.DocTypeLetter, 5), prepInput())
		wantText(t, text, "Số: 05/CĐCS", "V/v Đề nghị hỗ trợ kinh phí tổ chức đại hội đại biểu",
			"Kính gửi: Ban Giám đốc Công ty TNHH May Thành Công",
			"vào ngày 20 tháng 11 năm 2025 tại Hội trường nhà ăn ca",
			"Tổng số tiền đề nghị hỗ trợ: 3.000.000 đồng (Ba triệu đồng).")
		wantRows(t, path, 1, "1 Nước uống đại biểu 3.000.000", "Tổng cộng 3.000.000")
		if strings.Contains(text, "Trang trí, khánh tiết") {
			t.Error("a line paid from union money is asked of the employer")
		}
		if len(told) != 0 {
			t.Errorf("told %v", told)
		}
	})
	t.Run("no line marked as the enterprise's support: the sum is dotted and the chair told", func(t *testing.T) {
		in := prepInput()
		in.Congress.Budget = append(in.Congress.Budget[:1],
			data.CongressBudgetLine{Item: "Hoa", Amount: 500_000, Source: "Kinh phí công đoàn Công ty"},
			data.CongressBudgetLine{Item: "Khen thưởng", Amount: 1_000_000, Source: "Cấp trên hỗ trợ"})
		_, text, told := congressDoc(t, "congress-support", sampleMeta(data.DocTypeLetter, 5), in)
		wantText(t, text, "với số tiền: ...................... đồng.")
		wantText(t, strings.Join(told, "\n"), "chưa có khoản nào ghi nguồn “Doanh nghiệp hỗ trợ”")
	})
}
