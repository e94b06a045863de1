package reports_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/reports"
)

// sampleProfile is the union of the document tests.
var sampleProfile = &data.Profile{
	Name:           "Công đoàn cơ sở Công ty TNHH May Thành Công",
	UpperName:      "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
	UpperKind:      data.UpperZone,
	EnterpriseName: "Công ty TNHH May Thành Công",
	Address:        "Lô C5, KCN Quế Võ, phường Quế Võ, tỉnh Bắc Ninh",
	EnterpriseType: data.EnterpriseFDI,
	WorkersTotal:   1250,
	WorkersFemale:  980,
	Place:          "Bắc Ninh",
	ChairName:      norm.NFD.String("Nguyễn Thị Hường"),
	ViceChairName:  "Trần Văn Đức",
}

// issued is the date of issue of the sample documents.
var issued = time.Date(2027, time.January, 5, 0, 0, 0, 0, time.UTC)

// sampleMeta is the frame of a sample document numbered n of type t.
func sampleMeta(t data.DocType, n int) reports.Meta {
	m := reports.MetaFromProfile(sampleProfile, issued, false)
	m.Number = data.FormatDocNumber(n, t.DefaultSymbol())
	m.Recipients = []string{sampleProfile.UpperName + " (để báo cáo)", "Lưu: VT"}
	return m
}

// sampleRows are n register rows; row 2 has a name typed in NFD.
func sampleRows(n int) []data.MemberRow {
	rows := make([]data.MemberRow, n)
	for i := range rows {
		sex := data.SexFemale
		if i%3 == 1 {
			sex = data.SexMale
		}
		rows[i] = data.MemberRow{
			ID:          int64(i + 1),
			Name:        familyNames[i%len(familyNames)] + " " + middleNames[(i/3)%len(middleNames)] + " " + givenNames[(i/7)%len(givenNames)],
			BirthDate:   time.Date(1970+i%35, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC),
			Sex:         sex,
			UnitName:    departments[i%len(departments)],
			JoinDate:    time.Date(2010+i%16, time.Month(1+(i/7)%12), 1+(i/3)%28, 0, 0, 0, 0, time.UTC),
			Status:      data.StatusActive,
			Nationality: data.Vietnam,
			IDNumber:    fmt.Sprintf("0011900%05d", i),
		}
		if i%50 == 0 {
			rows[i].UnionRole = "Tổ trưởng công đoàn"
		}
	}
	if n > 2 {
		rows[2].Name = norm.NFD.String("Đặng Thị Thu Phương")
	}
	return rows
}

// sampleFacts are the figures of 2026 for the sample union.
func sampleFacts() data.AnnualFacts {
	return data.AnnualFacts{
		Profile: *sampleProfile,
		Period:  data.YearPeriod(2026),
		AsOf:    time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC),
		Members: data.MemberFacts{
			AtStart: 1120, AtEnd: 1180, AtEndFemale: 930, SuspendedAtEnd: 12, ForeignAtEnd: 3,
			Admitted: 85, AdmittedFemale: 60, TransferredIn: 5, TransferredOut: 10, Left: 15, Removed: 5,
			Suspensions: 14,
			Units:       []data.UnitFacts{{Name: "Tổ Cắt", Members: 120, Female: 40}, {Name: "Tổ May 1", Members: 400, Female: 380}, {Name: "Tổ May 2", Members: 380, Female: 350}, {Name: "Kho vận", Members: 80, Female: 10}, {Name: "", Members: 200, Female: 150}},
		},
	}
}

// sampleNarrative has some parts written, one typed in NFD over two lines.
func sampleNarrative() data.Narrative {
	return data.Narrative{
		data.NarrSituation:  "Năm 2026, tình hình sản xuất kinh doanh của Công ty ổn định, đơn hàng tăng so với năm trước.",
		data.NarrAssessment: norm.NFD.String("Ban Chấp hành đã hoàn thành tốt nhiệm vụ được giao.\nTồn tại: hoạt động của một số tổ công đoàn chưa đều."),
		data.NarrDirections: "Tiếp tục phát triển đoàn viên, phấn đấu đạt 96% số lao động.",
		data.FigDues:        "125.400.000",
		data.FigSelfRating:  "Hoàn thành tốt nhiệm vụ",
	}
}

// checkDocument writes d and runs the checks every document must pass:
// qpdf --check, only embedded fonts, pdfinfo's page count equal to the pages
// laid out (and to want when want > 0), NFC text, nothing outside the
// margins. It returns the file and the text of each page.
func checkDocument(t *testing.T, d *reports.Document, want int, landscape bool) (string, []string) {
	t.Helper()
	requireTool(t, "pdftotext")
	laidOut := d.PageCount()
	path := writePDF(t, d)
	run(t, "qpdf", "--check", path)
	fonts := lines(run(t, "pdffonts", path))
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no fonts")
	}
	for _, l := range fonts[2:] {
		if f := strings.Fields(l); len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
	if n := pdfPages(t, path); n != laidOut || want > 0 && n != want {
		t.Errorf("pdfinfo: %d pages, laid out %d, want %d", n, laidOut, want)
	}
	text := pages(t, path, false)
	if !norm.NFC.IsNormalString(strings.Join(text, "")) {
		t.Error("extracted text is not NFC")
	}
	if landscape {
		checkInsideMargins(t, path, 297, 210)
	} else {
		checkInsideMargins(t, path, 210, 297)
	}
	return path, text
}

// wantText fails for each string missing from text (white space flattened).
func wantText(t *testing.T, text string, want ...string) {
	t.Helper()
	text = flat(text)
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
}

// wantRows fails for each string that is on no line of page n's -layout
// text (runs of spaces flattened): table rows read left to right.
func wantRows(t *testing.T, path string, n int, want ...string) {
	t.Helper()
	var flatLines []string
	for _, l := range lines(pageText(t, path, n, true)) {
		flatLines = append(flatLines, flat(l))
	}
	for _, w := range want {
		found := false
		for _, l := range flatLines {
			found = found || strings.Contains(l, w)
		}
		if !found {
			t.Errorf("page %d has no line with %q:\n%s", n, w, strings.Join(flatLines, "\n"))
		}
	}
}

// wantEach fails for each string missing from text.
func wantEach(t *testing.T, page int, text string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(flat(text), w) {
			t.Errorf("page %d lacks %q", page, w)
		}
	}
}

// tablePages returns, for each page, how many body rows of a table it holds,
// counting the row numbers (STT) at the start of lines of the -layout text.
func rowsPerPage(t *testing.T, path string, n int) []int {
	t.Helper()
	var out []int
	for p := 1; p <= n; p++ {
		c := 0
		for _, l := range lines(pageText(t, path, p, true)) {
			if f := strings.Fields(l); len(f) > 2 && isNumber(f[0]) && strings.Contains(l, "/") {
				c++
			}
		}
		out = append(out, c)
	}
	return out
}

func isNumber(s string) bool {
	for _, r := range strings.ReplaceAll(s, ".", "") {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func TestMemberListDocument(t *testing.T) {
	meta := sampleMeta(data.DocTypeList, 3)
	subject := reports.MemberListSubject(issued)
	t.Run("300 members: the header row on every page, every row once, full pages", func(t *testing.T) {
		// Every row takes one line but row 11 on page 1, so the data implies
		// the pages: all but the first and the last hold the same number.
		rows := sampleRows(300)
		for i := range rows {
			rows[i].UnionRole = ""
		}
		rows[10].UnitName = "Tổ hoàn thiện, đóng gói và kiểm tra chất lượng hàng xuất khẩu sang thị trường châu Âu"
		d, err := reports.MemberList(meta, reports.MemberListOptions{Subject: subject}, rows)
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		wantText(t, text[0], "DANH SÁCH Đoàn viên công đoàn đến ngày 05/01/2027", "Số: 03/DS-CĐCS",
			"Bắc Ninh, ngày 05 tháng 01 năm 2027", "CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG")
		all := flat(strings.Join(text, "\n"))
		for i, r := range rows[:12] {
			if i != 10 && !strings.Contains(all, fmt.Sprintf("%d %s", i+1, norm.NFC.String(r.Name))) {
				t.Errorf("row %d (%s) missing", i+1, r.Name)
			}
		}
		wantText(t, all, "3 Đặng Thị Thu Phương", "Danh sách có 300 đoàn viên, trong đó nữ 200 đoàn viên./.",
			"TM. BAN CHẤP HÀNH CHỦ TỊCH", "Nguyễn Thị Hường")
		counts := rowsPerPage(t, path, len(text))
		total, fullest := 0, 0
		for p, c := range counts {
			total += c
			fullest = max(fullest, c)
			if c > 0 {
				wantEach(t, p+1, text[p], "STT", "Họ và tên", "Ngày sinh", "Giới", "tính", "Bộ phận/", "Tổ công đoàn", "Chức vụ", "Ngày vào", "Ghi chú")
			}
		}
		last := counts[len(counts)-1]
		for p := 1; p < len(counts)-1; p++ {
			// Widow control: the last two rows go with the closing block
			// (issue 11 item 6), so the page before a last page of two rows
			// may end early.
			widow := p == len(counts)-2 && last == 2
			if counts[p] != fullest && !widow {
				t.Errorf("page %d holds %d rows, the fullest %d: a page broke early", p+1, counts[p], fullest)
			}
		}
		if last > fullest || last < 2 {
			t.Errorf("the last page holds %d rows: more than a full page, or a widow", last)
		}
		if total != 300 || len(counts) < 7 {
			t.Errorf("%d rows over %v, want 300 over 7 pages or more", total, counts)
		}
	})
	t.Run("CCCD numbers print masked unless asked in full", func(t *testing.T) {
		for _, full := range []bool{false, true} {
			d, err := reports.MemberList(meta, reports.MemberListOptions{Subject: subject, Columns: []string{"ten", "cccd"}, FullIDNumber: full}, sampleRows(20))
			if err != nil {
				t.Fatal(err)
			}
			_, text := checkDocument(t, d, 1, false)
			all := flat(text[0])
			masked, plain := strings.Contains(all, "8 Vũ Hữu Bình ********0007"), strings.Contains(all, "001190000007")
			if masked == full || plain != full {
				t.Errorf("full=%v: masked %v, full number %v:\n%s", full, masked, plain, all)
			}
		}
	})
	t.Run("landscape with every column, a note and the header on each page", func(t *testing.T) {
		var keys []string
		for _, c := range reports.MemberColumns {
			keys = append(keys, c.Key)
		}
		d, err := reports.MemberList(meta, reports.MemberListOptions{Subject: subject, Columns: keys, Landscape: true,
			Note: "(Trạng thái: đang sinh hoạt; bộ phận: Kho vận)"}, sampleRows(60))
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, true)
		if info := run(t, "pdfinfo", path); !strings.Contains(info, "841.89 x 595.28 pts (A4)") {
			t.Errorf("not A4 landscape:\n%s", info)
		}
		wantText(t, text[0], "(Trạng thái: đang sinh hoạt; bộ phận: Kho vận)", "Mã số đoàn viên", "Trạng thái", "Quốc tịch")
		for p, c := range rowsPerPage(t, path, len(text)) {
			if c > 0 {
				wantEach(t, p+1, text[p], "STT", "Họ và tên", "Ngày sinh", "Mã số", "Trạng thái")
			}
		}
	})
	t.Run("an unknown column is refused by name", func(t *testing.T) {
		_, err := reports.MemberList(meta, reports.MemberListOptions{Columns: []string{"ten", "luong"}}, sampleRows(2))
		if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), "\"luong\"") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestAdmissionDocument(t *testing.T) {
	t.Run("one member: the decision names her on one page", func(t *testing.T) {
		one := data.Member{Sex: data.SexFemale, BirthDate: time.Date(1990, 1, 5, 0, 0, 0, 0, time.UTC), JobTitle: "Công nhân may",
			UnitName: "Tổ May 1", JoinDate: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}
		one.SetFullName(norm.NFD.String("Nguyễn Thị Hường"))
		d, err := reports.Admission(sampleMeta(data.DocTypeDecision, 2), []data.Member{one})
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 1, false)
		wantText(t, text[0], "Số: 02/QĐ-CĐCS", "QUYẾT ĐỊNH Về việc kết nạp đoàn viên công đoàn",
			"BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY THÀNH CÔNG",
			"Căn cứ Điều lệ Công đoàn Việt Nam;",
			"Xét đơn gia nhập Công đoàn Việt Nam của bà Nguyễn Thị Hường. QUYẾT ĐỊNH:",
			"Điều 1. Kết nạp bà Nguyễn Thị Hường, sinh ngày 05/01/1990, công nhân may, vào Công đoàn Việt Nam kể từ ngày 01/03/2026. Nơi sinh hoạt: Tổ May 1.",
			"Điều 3. Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công, các tổ công đoàn có liên quan và bà Nguyễn Thị Hường chịu trách nhiệm thi hành Quyết định này./.",
			"TM. BAN CHẤP HÀNH CHỦ TỊCH", "Nguyễn Thị Hường")
	})
	t.Run("a batch: the decision, then the list on pages of its own", func(t *testing.T) {
		var many []data.Member
		for _, r := range sampleRows(40) {
			m := data.Member{Sex: r.Sex, BirthDate: r.BirthDate, UnitName: r.UnitName, JoinDate: r.JoinDate, JobTitle: "Công nhân may"}
			m.SetFullName(r.Name)
			many = append(many, m)
		}
		d, err := reports.Admission(sampleMeta(data.DocTypeDecision, 3), many)
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 3, false)
		wantText(t, text[0], "Điều 1. Kết nạp 40 người lao động có tên trong danh sách kèm theo vào Công đoàn Việt Nam",
			"các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
		wantText(t, text[1], "DANH SÁCH ĐOÀN VIÊN ĐƯỢC KẾT NẠP",
			"(Kèm theo Quyết định số 03/QĐ-CĐCS ngày 05/01/2027 của Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công)")
		counts := rowsPerPage(t, path, 3)
		if counts[0] != 0 || counts[1]+counts[2] != 40 || counts[2] == 0 {
			t.Errorf("rows per page %v: want the list on pages 2 and 3 only", counts)
		}
		wantEach(t, 3, text[2], "STT", "Họ và tên", "Ngày sinh", "Chức danh", "Ngày kết")
		wantRows(t, path, 3, "40 Vũ Đức Hà 12/04/1974 Nữ Công nhân may Hành chính 14/06/2017")
	})
	t.Run("nobody to admit is an error, not an empty decision", func(t *testing.T) {
		if _, err := reports.Admission(sampleMeta(data.DocTypeDecision, 4), nil); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("err = %v", err)
		}
	})
}

func TestCardRequestDocument(t *testing.T) {
	d, err := reports.CardRequest(sampleMeta(data.DocTypeList, 4), sampleRows(45), data.DocTypeList)
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	wantText(t, text[0], "DANH SÁCH Đề nghị cấp thẻ đoàn viên công đoàn",
		"Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công đề nghị Công đoàn các Khu công nghiệp tỉnh Bắc Ninh xem xét, cấp thẻ đoàn viên công đoàn cho 45 đoàn viên có tên sau đây:")
	// Issue 11 point 8 changed this: the upper level issues cards from the full CCCD.
	wantRows(t, path, 1, "1 Nguyễn Thị Anh 01/01/1970 Nữ 001190000000 Xưởng may 1 01/01/2010")
	wantRows(t, path, len(text), "45 Hồ Thị Thu Hải 17/09/1979 Nữ 001190000044 Kho vận 15/07/2022")
	wantText(t, strings.Join(text, "\n"), "Tổng số: 45 đoàn viên, trong đó nữ 30 đoàn viên./.")
	counts := rowsPerPage(t, path, len(text))
	if len(text) < 2 || counts[0]+counts[1] != 45 {
		t.Errorf("rows per page %v, want 45 rows over 2 pages", counts)
	}
	for p, c := range counts {
		if c > 0 {
			wantEach(t, p+1, text[p], "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD/", "Hộ chiếu", "Ngày vào")
		}
	}
}

func TestAnnualDocument(t *testing.T) {
	meta := sampleMeta(data.DocTypeReport, 7)
	d, err := reports.Annual(meta, sampleFacts(), sampleNarrative())
	if err != nil {
		t.Fatal(err)
	}
	// The facts and texts fill two pages; the statistics table is an annex on a page of its own.
	path, text := checkDocument(t, d, 3, false)
	wantText(t, text[0], "BÁO CÁO Tổng kết công tác công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027", "Số: 07/BC-CĐCS",
		"Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công báo cáo kết quả công tác công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027 như sau:",
		"I. ĐẶC ĐIỂM TÌNH HÌNH",
		"Công ty TNHH May Thành Công là doanh nghiệp có vốn đầu tư nước ngoài, địa chỉ: Lô C5, KCN Quế Võ, phường Quế Võ, tỉnh Bắc Ninh. Tổng số lao động: 1.250 người, trong đó nữ 980 người (78,4%).",
		"Đến ngày 31/12/2026, Công đoàn cơ sở Công ty TNHH May Thành Công có 1.180 đoàn viên, trong đó nữ 930 đoàn viên (78,8%), đoàn viên là người nước ngoài 3; tỷ lệ đoàn viên so với tổng số lao động đạt 94,4%; đoàn viên sinh hoạt tại 4 bộ phận, tổ công đoàn.",
		"Năm 2026, tình hình sản xuất kinh doanh của Công ty ổn định, đơn hàng tăng so với năm trước.",
		"II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
		"3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn Trong năm 2026, Công đoàn cơ sở kết nạp mới 85 đoàn viên (nữ 60), tiếp nhận 5 đoàn viên chuyển đến; giảm 30 đoàn viên (chuyển sinh hoạt đi 10, ra khỏi tổ chức 15, xóa tên 5). Có 12 đoàn viên đang tạm dừng sinh hoạt. Tổng số đoàn viên đến ngày 31/12/2026 là 1.180, tăng 60 đoàn viên so với đầu kỳ.")
	body := flat(text[0] + "\n" + text[1])
	wantText(t, body,
		"III. ĐÁNH GIÁ CHUNG Ban Chấp hành đã hoàn thành tốt nhiệm vụ được giao. Tồn tại: hoạt động của một số tổ công đoàn chưa đều.",
		"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 Tiếp tục phát triển đoàn viên, phấn đấu đạt 96% số lao động.",
		"V. KIẾN NGHỊ, ĐỀ XUẤT ....",
		"Trên đây là báo cáo tổng kết công tác công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027 của Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công./.",
		"Nơi nhận:", "TM. BAN CHẤP HÀNH CHỦ TỊCH", "Nguyễn Thị Hường")
	// Parts with neither facts nor text get three dotted lines each: II.1, 2, 4, 5, 6 and V.
	dotted := 0
	for _, l := range lines(text[0] + text[1]) {
		if strings.Count(l, ".") > 100 {
			dotted++
		}
	}
	if dotted != 18 {
		t.Errorf("%d dotted lines, want 18", dotted)
	}
	wantText(t, text[2], "BIỂU THỐNG KÊ NĂM 2026",
		"(Kèm theo Báo cáo số 07/BC-CĐCS ngày 05/01/2027 của Ban Chấp hành Công đoàn cơ sở Công ty TNHH May Thành Công)",
		"I. SỐ LIỆU CHUNG", "II. ĐOÀN VIÊN THEO BỘ PHẬN, TỔ CÔNG ĐOÀN (ĐẾN NGÀY 31/12/2026)")
	wantRows(t, path, 3, "STT Chỉ tiêu Đơn vị tính Số lượng Ghi chú",
		"1 Tổng số lao động trong doanh nghiệp người 1.250",
		"2 Tổng số đoàn viên đến ngày 31/12/2026 người 1.180 94,4% số lao động",
		"- Kết nạp mới người 85 nữ: 60",
		"8 Đoàn phí công đoàn đã thu đồng 125.400.000",
		"5 (Chưa xếp bộ phận) 200 150 75,0%", "Cộng 1.180 930 78,8%")
	wantText(t, text[2], "Tự đánh giá, xếp loại công đoàn cơ sở", "Hoàn thành tốt nhiệm vụ")
	if strings.Contains(text[2], "Nơi nhận") {
		t.Error("the annex page carries the closing block")
	}

	t.Run("the six-month report names its half year", func(t *testing.T) {
		f := sampleFacts()
		f.Period = data.HalfYearPeriod(2026)
		d, err := reports.Annual(meta, f, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 0, false)
		wantText(t, text[0], "BÁO CÁO Sơ kết công tác công đoàn 6 tháng đầu năm 2026 và phương hướng, nhiệm vụ 6 tháng cuối năm 2026")
		wantText(t, strings.Join(text, "\n"), "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "BIỂU THỐNG KÊ 6 THÁNG ĐẦU NĂM 2026")
	})
}

func TestStatisticsDocument(t *testing.T) {
	d, err := reports.Statistics(sampleMeta(data.DocTypeReport, 8), sampleFacts(), sampleNarrative())
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	wantText(t, text[0], "BIỂU THỐNG KÊ Số liệu công tác công đoàn năm 2026", "Số: 08/BC-CĐCS")
	wantRows(t, path, 1, "5 Đoàn viên giảm trong kỳ người 30", "- Ra khỏi tổ chức người 15")
	last := flat(text[len(text)-1])
	wantText(t, last, "Nơi nhận:", "- Lưu: VT.", "TM. BAN CHẤP HÀNH CHỦ TỊCH", "Nguyễn Thị Hường")
}
