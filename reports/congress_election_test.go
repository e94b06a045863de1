package reports_test

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/reports"
)

// sampleCongress is a toàn thể congress of 180 members: seven candidates for
// five BCH seats, one on exactly half, three tied at the last two seats and a
// second round among them; the chair elected at the first BCH meeting.
func sampleCongress() *data.Congress {
	bch := []struct {
		name  string
		votes int
	}{
		{"Vũ Thị Giang", 60}, {"Trần Văn An", 90}, {"Hoàng Văn Đức", 60}, {"Lê Văn Cường", 70},
		{norm.NFD.String("Nguyễn Thị Bình"), 80}, {"Phạm Thị Dung", 60}, {"Đỗ Văn Hải", 50},
	}
	c := &data.Congress{ID: 3, Number: 5, TermFrom: 2025, TermTo: 2030, Form: data.FormGeneral, Members: 180, Called: 180, Present: 150,
		Date: day(2025, 11, 20), Place: "Hội trường nhà ăn ca", Theme: "Đoàn kết - Đổi mới - Phát triển",
		BCHSize: 5, FirstBCH: day(2025, 11, 20),
		Organizers: []data.CongressOrganizer{
			{Body: "Ban kiểm phiếu", Name: "Ngô Thị Lan", Role: "Ủy viên"},
			{Body: "Ban kiểm phiếu", Name: "Đặng Văn Minh", Role: "Trưởng ban"},
			{Body: "Ban tổ chức", Name: "Trần Văn An", Role: "Trưởng ban"},
		},
		Elections: []data.CongressElection{
			{No: 1, Body: data.BodyBCH, Round: 1, Seats: 5, Issued: 150, Collected: 100, Valid: 98, Invalid: 2},
			{No: 2, Body: data.BodyBCH, Round: 2, Seats: 2, Issued: 100, Collected: 100, Valid: 100},
			{No: 3, Body: data.BodyChair, Round: 1, Seats: 1, Issued: 5, Collected: 5, Valid: 5},
		},
	}
	for _, k := range bch {
		c.Candidates = append(c.Candidates, data.CongressCandidate{Body: data.BodyBCH, Name: k.name, Nationality: data.Vietnam})
		c.Votes = append(c.Votes, data.CongressVote{Election: 1, Name: k.name, Votes: k.votes})
	}
	c.Candidates = append(c.Candidates, data.CongressCandidate{Body: data.BodyChair, Name: "Trần Văn An", Nationality: data.Vietnam})
	c.Votes = append(c.Votes, data.CongressVote{Election: 2, Name: "Phạm Thị Dung", Votes: 70}, data.CongressVote{Election: 2, Name: "Hoàng Văn Đức", Votes: 55},
		data.CongressVote{Election: 2, Name: "Vũ Thị Giang", Votes: 45}, data.CongressVote{Election: 3, Name: "Trần Văn An", Votes: 5})
	c.Normalize()
	return c
}

// inOrder fails unless each string is found in text after the one before.
func inOrder(t *testing.T, text string, want ...string) {
	t.Helper()
	text = flat(text)
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Errorf("%q not found after position %d in:\n%s", w, at, text)
			return
		}
		at += i + len(w)
	}
}

func TestCongressBallots(t *testing.T) {
	c := sampleCongress()
	ballots := reports.Ballots(c)
	if len(ballots) != 3 {
		t.Fatalf("ballots: %d, want BCH, its round 2 and the chair", len(ballots))
	}
	d, err := reports.BallotsDoc(sampleMeta(data.DocTypeList, 0), sampleProfile, c, ballots, 2)
	if err != nil {
		t.Fatal(err)
	}
	_, text := checkDocument(t, d, 6, false)
	// Page 1: the congress's heading, no number or date, the candidates a, b, c by given name.
	wantText(t, text[0], "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030", "PHIẾU BẦU CỬ",
		"Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030", "(Bầu không quá 5 người)",
		"gạch ngang cả họ và tên")
	inOrder(t, text[0], "1 Trần Văn An", "2 Nguyễn Thị Bình", "3 Lê Văn Cường", "4 Phạm Thị Dung", "5 Hoàng Văn Đức", "6 Vũ Thị Giang", "7 Đỗ Văn Hải")
	for _, s := range []string{"Số:", "ngày 20 tháng"} {
		if strings.Contains(text[0], s) {
			t.Errorf("a ballot has no number or date, got %q", s)
		}
	}
	if flat(text[1]) != flat(text[0]) {
		t.Errorf("the second copy differs:\n%s\n%s", text[0], text[1])
	}
	// The second round: only the tied, for the seats left.
	wantText(t, text[2], "khóa V, nhiệm kỳ 2025 - 2030 (bầu lại, vòng 2)", "(Bầu không quá 2 người)")
	inOrder(t, text[2], "1 Phạm Thị Dung", "2 Hoàng Văn Đức", "3 Vũ Thị Giang")
	if strings.Contains(text[2], "Trần Văn An") {
		t.Error("round 2 ballot lists a candidate elected in round 1")
	}
	// The chair is elected at the first BCH meeting: its heading.
	wantText(t, text[4], "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG KHÓA V", "HỘI NGHỊ LẦN THỨ NHẤT",
		"Chủ tịch Công đoàn cơ sở Công ty TNHH May Thành Công khóa V", "(Bầu không quá 1 người)", "1 Trần Văn An")

	// Unknown seats are left to fill by hand.
	c.Elections, c.BCHSize = nil, 0
	d, err = reports.BallotsDoc(sampleMeta(data.DocTypeList, 0), sampleProfile, c, reports.Ballots(c), 1)
	if err != nil {
		t.Fatal(err)
	}
	_, text = checkDocument(t, d, 2, false)
	wantText(t, text[0], "(Bầu không quá ..... người)")

	c.Candidates = nil
	if _, err := reports.BallotsDoc(sampleMeta(data.DocTypeList, 0), sampleProfile, c, reports.Ballots(c), 1); err == nil {
		t.Error("ballots without candidates: want an error")
	}
}

func TestCongressCountMinutes(t *testing.T) {
	c := sampleCongress()
	d, err := reports.CountMinutesDoc(sampleMeta(data.DocTypeMinutes, 0), sampleProfile, c, data.BaseCollected)
	if err != nil {
		t.Fatal(err)
	}
	_, text := checkDocument(t, d, 0, false)
	all := strings.Join(text, "\n")
	inOrder(t, all, "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030 BAN KIỂM PHIẾU",
		"BIÊN BẢN Kiểm phiếu bầu Ban Chấp hành khóa V",
		"ngày 20 tháng 11 năm 2025, tại Hội trường nhà ăn ca, Ban kiểm phiếu của đại hội Công đoàn cơ sở Công ty TNHH May Thành Công lần thứ V, nhiệm kỳ 2025 - 2030 gồm:",
		"1. Đặng Văn Minh - Trưởng ban", "2. Ngô Thị Lan - Ủy viên",
		"Số lượng cần bầu: 5 người. Số người trong danh sách bầu cử: 7 người.",
		"Tổng số đoàn viên được triệu tập: 180; có mặt: 150.",
		"Số phiếu phát ra: 150 phiếu.", "Số phiếu thu về: 100 phiếu.", "Số phiếu hợp lệ: 98 phiếu.", "Số phiếu không hợp lệ: 2 phiếu.",
		"quá một nửa so với tổng số phiếu thu về (100 phiếu), tức ít nhất 51 phiếu.",
		// the table in the order of the list
		"1 Trần Văn An 90 90,0% Trúng cử", "2 Nguyễn Thị Bình 80 80,0% Trúng cử", "3 Lê Văn Cường 70 70,0% Trúng cử",
		"4 Phạm Thị Dung 60 60,0% Bằng phiếu, bầu lại", "5 Hoàng Văn Đức 60 60,0% Bằng phiếu, bầu lại", "6 Vũ Thị Giang 60 60,0% Bằng phiếu, bầu lại",
		"7 Đỗ Văn Hải 50 50,0% Không trúng cử", // exactly half is not elected
		"trúng cử Ban Chấp hành (xếp theo số phiếu từ cao xuống thấp):",
		"1. Trần Văn An (90 phiếu, đạt 90,0%).", "2. Nguyễn Thị Bình (80 phiếu, đạt 80,0%).", "3. Lê Văn Cường (70 phiếu, đạt 70,0%).",
		"Các đồng chí Phạm Thị Dung, Hoàng Văn Đức, Vũ Thị Giang bằng phiếu nhau ở vị trí cuối: đề nghị Đại hội bầu lại giữa những người bằng phiếu cho 2 vị trí còn lại.",
		"TRƯỞNG BAN KIỂM PHIẾU", "Đặng Văn Minh",
		// round 2, on its own page with its heading
		"BAN KIỂM PHIẾU", "Kiểm phiếu bầu Ban Chấp hành khóa V (vòng 2)",
		"1 Phạm Thị Dung 70 70,0% Trúng cử", "2 Hoàng Văn Đức 55 55,0% Trúng cử", "3 Vũ Thị Giang 45 45,0% Không trúng cử",
		// the chair, at the first BCH meeting: its heading, its ban kiểm phiếu not the congress's
		"HỘI NGHỊ BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG KHÓA V LẦN THỨ NHẤT BAN KIỂM PHIẾU",
		"Kiểm phiếu bầu Chủ tịch", "Trần Văn An", "100,0%", "Trúng cử",
		"đồng chí Trần Văn An (5 phiếu, đạt 100,0%) trúng cử Chủ tịch.")
	last := text[len(text)-1]
	if strings.Contains(last, "Đặng Văn Minh") || strings.Contains(last, "Tổng số đoàn viên được triệu tập") {
		t.Errorf("the first BCH meeting's count names the congress's ban kiểm phiếu or attendance:\n%s", last)
	}

	t.Run("valid ballots as the base", func(t *testing.T) {
		d, err := reports.CountMinutesDoc(sampleMeta(data.DocTypeMinutes, 0), sampleProfile, sampleCongress(), data.BaseValid)
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), "quá một nửa so với tổng số phiếu hợp lệ (98 phiếu), tức ít nhất 50 phiếu.",
			"7 Đỗ Văn Hải 50 51,0% Không trúng cử")
	})
	t.Run("an inconsistent count prints nothing", func(t *testing.T) {
		c := sampleCongress()
		c.Elections[0].Valid = 120 // more valid than collected
		if _, err := reports.CountMinutesDoc(sampleMeta(data.DocTypeMinutes, 0), sampleProfile, c, data.BaseCollected); err == nil ||
			!strings.Contains(err.Error(), "phiếu hợp lệ (120) nhiều hơn phiếu thu về (100)") {
			t.Errorf("err = %v", err)
		}
		c.Elections = nil
		if _, err := reports.CountMinutesDoc(sampleMeta(data.DocTypeMinutes, 0), sampleProfile, c, data.BaseCollected); err == nil {
			t.Error("no count: want an error")
		}
	})
}

// sampleCongressHeld is sampleCongress with its bodies named, the vice-chair
// and the UBKT elected at the first BCH meeting, and members in the register.
func sampleCongressHeld() (*data.Congress, map[int64]*data.Member) {
	c := sampleCongress()
	c.Organizers = append(c.Organizers, data.CongressOrganizer{Body: "Đoàn Chủ tịch", Name: "Trần Văn An", Role: "Chủ tịch đoàn"},
		data.CongressOrganizer{Body: "Đoàn thư ký", Name: "Ngô Thị Lan", Role: "Trưởng đoàn"})
	c.Elections = append(c.Elections, data.CongressElection{No: 4, Body: data.BodyVice, Round: 1, Seats: 1, Issued: 5, Collected: 5, Valid: 5},
		data.CongressElection{No: 5, Body: data.BodyUBKT, Round: 1, Seats: 3, Issued: 5, Collected: 5, Valid: 5})
	c.Candidates = append(c.Candidates, data.CongressCandidate{Body: data.BodyVice, Name: "Nguyễn Thị Bình"})
	c.Votes = append(c.Votes, data.CongressVote{Election: 4, Name: "Nguyễn Thị Bình", Votes: 4},
		data.CongressVote{Election: 5, Name: "Lê Văn Cường", Votes: 5}, data.CongressVote{Election: 5, Name: "Mai Thị Yến", Votes: 4},
		data.CongressVote{Election: 5, Name: "Đinh Văn Tú", Votes: 3})
	for i := range c.Candidates {
		switch c.Candidates[i].Name {
		case "Trần Văn An":
			c.Candidates[i].MemberID = 11
		case "Nguyễn Thị Bình":
			c.Candidates[i].MemberID = 12
		}
	}
	members := map[int64]*data.Member{
		11: {ID: 11, Ho: "Trần", TenDem: "Văn", Ten: "An", BirthDate: day(1980, 3, 2), Sex: data.SexMale, Ethnicity: "Kinh", JobTitle: "Kỹ sư", UnitName: "Phòng Kỹ thuật", PartyMember: true},
		12: {ID: 12, Ho: "Nguyễn", TenDem: "Thị", Ten: "Bình", BirthDate: day(1990, 7, 9), Sex: data.SexFemale, Ethnicity: "Tày", JobTitle: "Công nhân may", UnitName: "Tổ May 1"},
	}
	c.Normalize()
	return c, members
}

func TestCongressMinutesAndResolution(t *testing.T) {
	c, _ := sampleCongressHeld()
	d, err := reports.CongressMinutes(sampleMeta(data.DocTypeMinutes, 0), sampleProfile, c, data.BaseCollected)
	if err != nil {
		t.Fatal(err)
	}
	_, text := checkDocument(t, d, 0, false)
	all := strings.Join(text, "\n")
	inOrder(t, all, "BIÊN BẢN Đại hội Công đoàn cơ sở Công ty TNHH May Thành Công lần thứ V, nhiệm kỳ 2025 - 2030",
		"Hôm nay, ngày 20 tháng 11 năm 2025, tại Hội trường nhà ăn ca, Công đoàn cơ sở Công ty TNHH May Thành Công tiến hành đại hội lần thứ V, nhiệm kỳ 2025 - 2030 theo hình thức đại hội toàn thể.",
		"Chủ đề Đại hội: \u201cĐoàn kết - Đổi mới - Phát triển\u201d.",
		"Tổng số đoàn viên công đoàn cơ sở: 180 người.",
		"Số đoàn viên được triệu tập: 180 người; có mặt: 150 người (83,3%); vắng mặt: 30 người.",
		"Đoàn Chủ tịch: Trần Văn An (Chủ tịch đoàn).", "Đoàn thư ký: Ngô Thị Lan (Trưởng đoàn).",
		"Ban kiểm phiếu: Đặng Văn Minh (Trưởng ban), Ngô Thị Lan (Ủy viên).",
		"5. Báo cáo tình hình đoàn viên.", "11. Bầu Ban Chấp hành khóa mới.", "14. Chào cờ.",
		"III. KẾT QUẢ BẦU CỬ",
		"Bầu Ban Chấp hành khóa V: số lượng cần bầu 5; số phiếu phát ra 150, thu về 100, hợp lệ 98, không hợp lệ 2.",
		"Trúng cử: Trần Văn An (90 phiếu, đạt 90,0% so với phiếu thu về); Nguyễn Thị Bình (80 phiếu",
		"Bằng phiếu ở vị trí cuối: Phạm Thị Dung, Hoàng Văn Đức, Vũ Thị Giang; bầu lại 2 vị trí.",
		"Bầu Ban Chấp hành khóa V (vòng 2)", "Trúng cử: Phạm Thị Dung (70 phiếu",
		"Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030 gồm 5 đồng chí: Trần Văn An, Nguyễn Thị Bình, Lê Văn Cường, Phạm Thị Dung, Hoàng Văn Đức.",
		"IV. THÔNG QUA NGHỊ QUYẾT ĐẠI HỘI", "TM. ĐOÀN THƯ KÝ", "TM. ĐOÀN CHỦ TỊCH", "Ngô Thị Lan", "Trần Văn An")
	if strings.Contains(all, "Bầu Chủ tịch") || strings.Contains(all, "Bầu Ủy ban Kiểm tra") {
		t.Error("the minutes of the congress list an election of the first BCH meeting")
	}

	d, err = reports.CongressResolution(sampleMeta(data.DocTypeResolution, 0), sampleProfile, c, data.BaseCollected)
	if err != nil {
		t.Fatal(err)
	}
	_, text = checkDocument(t, d, 0, false)
	all = strings.Join(text, "\n")
	inOrder(t, all, "NGHỊ QUYẾT", "ĐẠI HỘI CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG LẦN THỨ V, NHIỆM KỲ 2025 - 2030",
		"Căn cứ Điều lệ Công đoàn Việt Nam;", "Căn cứ Kế hoạch số 22/KH-TLĐ ngày 29/8/2025",
		"QUYẾT NGHỊ:", "với chủ đề: \u201cĐoàn kết - Đổi mới - Phát triển\u201d. Các mục tiêu, chỉ tiêu chủ yếu của nhiệm kỳ:", "........",
		"Điều 2. Đại hội đã bầu Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030 gồm 5 đồng chí:",
		"1. Trần Văn An.", "2. Nguyễn Thị Bình.", "3. Lê Văn Cường.", "4. Phạm Thị Dung.", "5. Hoàng Văn Đức.",
		"Điều 3.", "TM. ĐOÀN CHỦ TỊCH", "Trần Văn An")
	if strings.Contains(all, "Vũ Thị Giang") {
		t.Error("the resolution names a candidate not elected")
	}
	c.Elections = nil
	if _, err := reports.CongressResolution(sampleMeta(data.DocTypeResolution, 0), sampleProfile, c, data.BaseCollected); err == nil {
		t.Error("resolution without an elected BCH: want an error")
	}
}

func TestFirstBCHAndRecognition(t *testing.T) {
	c, members := sampleCongressHeld()
	d, err := reports.FirstBCHMinutes(sampleMeta(data.DocTypeMinutes, 2), sampleProfile, c, data.BaseCollected, "04/12/2025")
	if err != nil {
		t.Fatal(err)
	}
	_, text := checkDocument(t, d, 0, false)
	all := strings.Join(text, "\n")
	inOrder(t, all, "BIÊN BẢN Hội nghị Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V lần thứ nhất",
		"Hôm nay, ngày 20 tháng 11 năm 2025",
		"Tổng số ủy viên Ban Chấp hành: 5 đồng chí; có mặt: ........ đồng chí",
		"1. Bầu Chủ tịch: số lượng cần bầu 1; số phiếu phát ra 5, thu về 5, hợp lệ 5, không hợp lệ 0.", "Trúng cử: Trần Văn An (5 phiếu, đạt 100,0% so với phiếu thu về).",
		"2. Bầu Phó Chủ tịch", "Trúng cử: Nguyễn Thị Bình (4 phiếu, đạt 80,0%",
		"3. Bầu Ủy ban Kiểm tra khóa V: số lượng cần bầu 3", "Trúng cử: Lê Văn Cường (5 phiếu", "Mai Thị Yến (4 phiếu", "Đinh Văn Tú (3 phiếu, đạt 60,0%",
		"(hạn: 04/12/2025)", "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ")
	c2 := *c
	c2.FirstBCH = time.Time{}
	if _, err := reports.FirstBCHMinutes(sampleMeta(data.DocTypeMinutes, 2), sampleProfile, &c2, data.BaseCollected, ""); err == nil {
		t.Error("no first BCH meeting: want an error")
	}

	m := sampleMeta(data.DocTypeSubmission, 3)
	m.Signer.Name = "Trần Văn An"
	d, err = reports.RecognitionRequest(m, sampleProfile, c, data.BaseCollected, members)
	if err != nil {
		t.Fatal(err)
	}
	_, text = checkDocument(t, d, 0, false)
	all = strings.Join(text, "\n")
	inOrder(t, all, "Số: 03/TTr-CĐCS", "TỜ TRÌNH",
		"Đề nghị công nhận Ban Chấp hành, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030",
		"Kính gửi: Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
		"Căn cứ kết quả đại hội lần thứ V, nhiệm kỳ 2025 - 2030 ngày 20 tháng 11 năm 2025 và Hội nghị Ban Chấp hành lần thứ nhất ngày 20 tháng 11 năm 2025,",
		"1. Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công khóa V, nhiệm kỳ 2025 - 2030 gồm 5 đồng chí (có danh sách kèm theo).",
		"2. Đồng chí Trần Văn An giữ chức Chủ tịch.", "3. Đồng chí Nguyễn Thị Bình giữ chức Phó Chủ tịch.",
		"4. Ủy ban Kiểm tra gồm 3 đồng chí: Lê Văn Cường, Đinh Văn Tú, Mai Thị Yến.",
		"biên bản hội nghị Ủy ban Kiểm tra lần thứ nhất", "TM. BAN CHẤP HÀNH", "Trần Văn An",
		"DANH SÁCH TRÍCH NGANG", "(Kèm theo tờ trình số 03/TTr-CĐCS ngày 05/01/2027")
	last := flat(text[len(text)-1])
	wantText(t, last, "Trần Văn An", "1980", "Kinh", "Kỹ sư, Phòng Kỹ thuật", "Ủy viên BCH, Chủ tịch",
		"Nguyễn Thị Bình", "1990", "Tày", "Công nhân may, Tổ May 1", "Ủy viên BCH, Phó Chủ tịch", "Mai Thị Yến", "Ủy viên UBKT")
	// Six people, each once: the five of the BCH, then the two UBKT members outside it.
	for _, n := range []string{"Trần Văn An", "Lê Văn Cường", "Mai Thị Yến", "Đinh Văn Tú", "Hoàng Văn Đức"} {
		if k := strings.Count(last, n); k != 1 {
			t.Errorf("%s is %d times in the danh sách", n, k)
		}
	}
}
