package reports_test

import (
	"strings"
	"testing"

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
