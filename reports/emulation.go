package reports

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The documents of thi đua – khen thưởng (DOMAIN-MODULES §D "Documents to
// print"): bản đăng ký thi đua, bảng tự chấm điểm, báo cáo thành tích,
// thông báo kết quả xếp loại (from a year's Emulation); biên bản họp BCH xét
// thi đua and tờ trình with its danh sách đề nghị (from a Proposal); quyết
// định tặng giấy khen and the giấy khen itself (from an Award of the BCH).

func init() {
	Register(
		&Kind{Name: "emulation-registration", Of: data.KindEmulation, Title: "Bản đăng ký thi đua", Type: data.DocTypeRegistration, Period: true, Record: "hồ sơ thi đua",
			Description: "Bản đăng ký danh hiệu và chỉ tiêu thi đua của năm gửi công đoàn cấp trên",
			recipients:  listRecipients, choices: emulationChoices, prepare: prepareEmulation("registration")},
		&Kind{Name: "emulation-scoring", Of: data.KindEmulation, Title: "Bảng tự chấm điểm, xếp loại CĐCS", Type: data.DocTypeReport, Period: true, Record: "hồ sơ thi đua",
			Description: "Bảng tự chấm điểm theo tiêu chí của cấp trên, tổng theo nhóm và mức xếp loại tự đánh giá",
			defaultYear: lastYearUntil(time.November), recipients: listRecipients, choices: emulationChoices, prepare: prepareEmulation("scoring")},
		&Kind{Name: "achievement-report", Of: data.KindEmulation, Title: "Báo cáo thành tích", Type: data.DocTypeReport, Period: true, Record: "hồ sơ thi đua",
			Description: "Báo cáo thành tích của công đoàn cơ sở trong năm, kèm các hình thức khen thưởng đã ghi",
			defaultYear: lastYearUntil(time.November), recipients: listRecipients, choices: emulationChoices, prepare: prepareEmulation("achievements")},
		&Kind{Name: "rating-notice", Of: data.KindEmulation, Title: "Thông báo kết quả xếp loại CĐCS", Type: data.DocTypeNotice, Period: true, Record: "hồ sơ thi đua",
			Description: "Thông báo đến đoàn viên kết quả đánh giá, xếp loại công đoàn cơ sở do cấp trên công nhận",
			defaultYear: lastYear, recipients: noticeRecipients, choices: emulationChoices, prepare: prepareEmulation("notice")},
		&Kind{Name: "award-decision", Of: data.KindAward, Title: "Quyết định tặng giấy khen", Type: data.DocTypeDecision, Period: true, Record: "quyết định khen thưởng",
			Description: "Quyết định khen thưởng của Ban Chấp hành công đoàn cơ sở (Mẫu 1.3, QĐ 933), kèm danh sách và tiền thưởng",
			defaultYear: lastYear, recipients: admissionRecipients, choices: awardChoices, prepare: prepareAward(false)},
		&Kind{Name: "award-certificate", Of: data.KindAward, Title: "Giấy khen (bản in)", Type: data.DocTypeDecision, Period: true, Record: "quyết định khen thưởng",
			Description: "Giấy khen in khổ ngang, mỗi người hoặc tập thể một trang, ghi số và ngày quyết định",
			defaultYear: lastYear, choices: awardChoices, prepare: prepareAward(true)},
		&Kind{Name: "emulation-minutes", Of: data.KindProposal, Title: "Biên bản họp BCH xét thi đua", Type: data.DocTypeMinutes, Period: true, Record: "đợt xét khen thưởng",
			Description: "Biên bản họp Ban Chấp hành xét thi đua, khen thưởng với kết quả biểu quyết từng trường hợp",
			choices:     proposalChoices, prepare: prepareProposal(true)},
		&Kind{Name: "award-proposal", Of: data.KindProposal, Title: "Tờ trình đề nghị khen thưởng", Type: data.DocTypeSubmission, Period: true, Record: "đợt xét khen thưởng",
			Description: "Tờ trình kèm danh sách tập thể, cá nhân được Ban Chấp hành tán thành đề nghị cấp trên khen thưởng",
			recipients:  listRecipients, choices: proposalChoices, prepare: prepareProposal(false)},
	)
}

// pointsCell is a score for a table: "8,5", or "" when not scored.
func pointsCell(p data.Points, scored bool) string {
	if !scored {
		return ""
	}
	return data.FormatPoints(p)
}

// EmulationRegistration is the bản đăng ký thi đua the CĐCS sends its upper
// level at the start of the year (DOMAIN-MODULES §D.1: "registers its
// emulation title with the upper level at the start of the year"): the titles
// and the targets as the chair typed them, one a line.
func EmulationRegistration(m Meta, e *data.Emulation) (*Document, error) {
	titles, pledges := data.Lines(e.Titles), data.Lines(e.Pledges)
	if len(titles) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldEmuTitles, "Chưa ghi danh hiệu thi đua đăng ký năm %d", e.Year)
	}
	d, err := m.start(false, data.DocTypeRegistration.Label(), fmt.Sprintf("Thi đua năm %d", e.Year))
	if err != nil {
		return nil, err
	}
	d.CenteredBold("Kính gửi: " + orDots(m.UpperLevel))
	d.Paragraph(fmt.Sprintf("Thực hiện hướng dẫn của công đoàn cấp trên về tổ chức phong trào thi đua năm %d, Ban Chấp hành %s đăng ký thi đua như sau:",
		e.Year, issuerName(&m)))
	d.Heading("I. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG ĐĂNG KÝ")
	for _, t := range titles {
		d.Bullet(t)
	}
	d.Heading("II. CHỈ TIÊU, NỘI DUNG THI ĐUA")
	if len(pledges) == 0 {
		d.FillLines(3)
	}
	for i, p := range pledges {
		d.Paragraph(fmt.Sprintf("%d. %s", i+1, strings.TrimRight(p, ".")+"."))
	}
	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s phân công các ủy viên phụ trách từng nội dung, phấn đấu hoàn thành các chỉ tiêu đã đăng ký./.", issuerName(&m)))
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// EmulationScoring is the bảng tự chấm điểm, đánh giá xếp loại CĐCS
// (DOMAIN-MODULES §D): the upper level's criteria by group with the maximum,
// the self score and its evidence, the upper level's column (blank until it
// scores), the totals and the level the self score gives under the settings.
func EmulationScoring(m Meta, e *data.Emulation, s data.EmulationSettings) (*Document, error) {
	if len(e.Criteria) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldEmuCriteria, "Thi đua năm %d chưa có bảng tiêu chí", e.Year)
	}
	d, err := m.start(true, "Bảng tự chấm điểm", fmt.Sprintf("Đánh giá, xếp loại công đoàn cơ sở năm %d", e.Year))
	if err != nil {
		return nil, err
	}
	if e.Basis != "" {
		d.ParagraphItalic("Căn cứ " + lowerFirst(strings.TrimPrefix(e.Basis, "Căn cứ ")) + ".")
	}
	t := Table{Columns: []Column{
		{Title: "TT", Align: AlignCenter, Fit: "000"},
		{Title: "Tiêu chí", Width: 120},
		{Title: "Điểm tối đa", Align: AlignCenter, Fit: "Điểm tối"},
		{Title: "Tự chấm", Align: AlignCenter, Fit: "Tự chấm"},
		{Title: "Cấp trên chấm", Align: AlignCenter, Fit: "Cấp trên"},
		{Title: "Minh chứng", Width: 70},
	}}
	for gi, g := range data.Groups(e.Criteria) {
		if g.Name != "" {
			t.Rows = append(t.Rows, []string{"", g.Name, data.FormatPoints(g.Max), data.FormatPoints(g.Self), pointsCell(g.Upper, e.UpperScored), ""})
		}
		for i, c := range g.Items {
			no := rowNo(g.FirstItem + i + 1)
			_ = gi
			t.Rows = append(t.Rows, []string{no, c.Item, data.FormatPoints(c.Max), data.FormatPoints(c.Self), pointsCell(c.Upper, e.UpperScored), c.Evidence})
		}
	}
	t.Rows = append(t.Rows, []string{"", "Tổng cộng", data.FormatPoints(e.MaxTotal()), data.FormatPoints(e.SelfTotal()), pointsCell(e.UpperTotal(), e.UpperScored), ""})
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Tổng số điểm tự chấm: %s/%s điểm. Tự đánh giá, xếp loại: %s.", data.FormatPoints(e.SelfTotal()),
		data.FormatPoints(e.MaxTotal()), e.SelfLevel(s).Label()))
	if e.UpperScored {
		d.Paragraph(fmt.Sprintf("Điểm công đoàn cấp trên chấm: %s/%s điểm.", data.FormatPoints(e.UpperTotal()), data.FormatPoints(e.MaxTotal())))
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// ScoringWarnings are told before printing the sheet: the thresholds are
// settings, the sample ones unverified (DOMAIN-MODULES §D).
func ScoringWarnings(s data.EmulationSettings) []string {
	e, g, dn, share := data.PreEmulation2019()
	if s.ExcellentPoints == e && s.GoodPoints == g && s.DonePoints == dn && s.GroupShare == share {
		return []string{"Mức xếp loại tính theo ngưỡng mẫu trước năm 2019 (85/70/50 điểm, mỗi nhóm từ 50% điểm tối đa), chưa kiểm chứng với quy định hiện hành: " +
			"đặt ngưỡng theo hướng dẫn của cấp trên ở \"Ngưỡng xếp loại\" (mục Thi đua – Nữ công)."}
	}
	return nil
}

// AchievementReport is the báo cáo thành tích of the CĐCS for the year
// (DOMAIN-MODULES §D): its achievements as the chair wrote them, its rating
// (self-scored and decided), and the awards of the year from the records.
func AchievementReport(m Meta, p *data.Profile, e *data.Emulation, awards []data.Award, s data.EmulationSettings) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), fmt.Sprintf("Thành tích năm %d của %s", e.Year, issuerName(&m)))
	if err != nil {
		return nil, err
	}
	d.Heading("I. ĐẶC ĐIỂM, TÌNH HÌNH")
	facts := fmt.Sprintf("%s hoạt động tại %s", issuerName(&m), enterpriseName(p))
	if p.WorkersTotal > 0 {
		facts += fmt.Sprintf(", nơi có %s người lao động", count(p.WorkersTotal))
	}
	d.Paragraph(facts + ".")
	d.Heading("II. THÀNH TÍCH ĐẠT ĐƯỢC")
	ach := data.Lines(e.Achievements)
	if len(ach) == 0 {
		d.FillLines(4)
	}
	for _, a := range ach {
		d.Bullet(strings.TrimRight(a, ".") + ".")
	}
	if len(e.Criteria) > 0 {
		d.Paragraph(fmt.Sprintf("Kết quả tự chấm điểm theo tiêu chí của công đoàn cấp trên: %s/%s điểm (%s).",
			data.FormatPoints(e.SelfTotal()), data.FormatPoints(e.MaxTotal()), lowerFirst(e.SelfLevel(s).Label())))
	}
	if e.Level != "" {
		s := "Công đoàn cấp trên xếp loại: " + lowerFirst(e.Level.Label())
		if e.DecisionNo != "" {
			s += " (Quyết định số " + e.DecisionNo
			if !e.DecisionDate.IsZero() {
				s += " ngày " + vn.FormatDate(e.DecisionDate)
			}
			s += ")"
		}
		d.Paragraph(s + ".")
	}
	d.Heading("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN")
	if len(awards) == 0 {
		d.Paragraph("Chưa ghi nhận hình thức khen thưởng nào trong năm.")
	} else {
		d.Table(awardsTable(awards))
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// awardsTable lists awards, one row per recipient.
func awardsTable(awards []data.Award) Table {
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Tập thể, cá nhân", Width: 45},
		{Title: "Hình thức, danh hiệu", Width: 45},
		{Title: "Cấp khen", Width: 35},
		{Title: "Số, ngày quyết định", Width: 35},
	}}
	n := 0
	for _, a := range awards {
		level := a.Level.Label()
		if a.Issuer != "" {
			level = a.Issuer
		}
		dec := vn.FormatDate(a.DecisionDate)
		if a.DecisionNo != "" {
			dec = a.DecisionNo + ", " + dec
		}
		for _, r := range a.Recipients {
			n++
			form := a.Form
			if r.Title != "" {
				form += ": " + r.Title
			}
			t.Rows = append(t.Rows, []string{rowNo(n), r.Name, form, level, dec})
		}
	}
	return t
}

// RatingNotice is the thông báo kết quả xếp loại to the members
// (DOMAIN-MODULES §D.1: "the CĐCS publicises its result").
func RatingNotice(m Meta, e *data.Emulation) (*Document, error) {
	if e.Level == "" {
		return nil, data.Errorf(data.EINVALID, data.FieldEmuLevel, "Thi đua năm %d chưa có kết quả xếp loại của cấp trên", e.Year)
	}
	d, err := m.start(false, data.DocTypeNotice.Label(), fmt.Sprintf("Kết quả đánh giá, xếp loại công đoàn cơ sở năm %d", e.Year))
	if err != nil {
		return nil, err
	}
	dec := "của công đoàn cấp trên"
	if e.DecisionNo != "" {
		dec = "số " + e.DecisionNo
		if !e.DecisionDate.IsZero() {
			dec += " ngày " + vn.FormatDate(e.DecisionDate)
		}
		dec += " của " + orDots(m.UpperLevel)
	}
	d.Paragraph(fmt.Sprintf("Căn cứ Quyết định %s về việc đánh giá, xếp loại công đoàn cơ sở năm %d, Ban Chấp hành %s thông báo đến toàn thể đoàn viên, người lao động:",
		dec, e.Year, issuerName(&m)))
	d.CenteredBold(upper(issuerName(&m)) + " ĐƯỢC XẾP LOẠI: " + upper(e.Level.Label()))
	if e.UpperScored && len(e.Criteria) > 0 {
		d.Paragraph(fmt.Sprintf("Tổng số điểm công đoàn cấp trên chấm: %s/%s điểm.", data.FormatPoints(e.UpperTotal()), data.FormatPoints(e.MaxTotal())))
	}
	d.Paragraph("Ban Chấp hành trân trọng cảm ơn sự đóng góp của đoàn viên, người lao động và đề nghị các tổ công đoàn phổ biến kết quả này đến đoàn viên./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// EmulationMinutes is the biên bản họp Ban Chấp hành xét thi đua, khen thưởng
// (DOMAIN-MODULES §D "Proposals: … BCH vote (biên bản)"): who attended, each
// case with its votes, and who the BCH agreed to propose.
func EmulationMinutes(m Meta, pr *data.Proposal, copies int) (*Document, error) {
	d, err := m.start(false, data.DocTypeMinutes.Label(), fmt.Sprintf("Họp Ban Chấp hành xét thi đua, khen thưởng năm %d", pr.Year))
	if err != nil {
		return nil, err
	}
	place := pr.Place
	if place == "" {
		place = "......................................"
	}
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, tại %s, Ban Chấp hành %s họp xét thi đua, khen thưởng năm %d.", vnDate(pr.MeetingDate), place, issuerName(&m), pr.Year))
	d.Heading("I. THÀNH PHẦN")
	present := "........"
	if pr.BCHPresent > 0 {
		present = count(pr.BCHPresent)
	}
	total := "........"
	if pr.BCHTotal > 0 {
		total = count(pr.BCHTotal)
	}
	d.Paragraph(fmt.Sprintf("Có mặt %s/%s ủy viên Ban Chấp hành.", present, total))
	d.Paragraph("Chủ trì: " + orDots(pr.Chair) + ". Thư ký: " + orDots(pr.Secretary) + ".")
	d.Heading("II. NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT")
	d.Paragraph("Ban Chấp hành xem xét thành tích của các tập thể, cá nhân và biểu quyết từng trường hợp như sau:")
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Tập thể, cá nhân", Width: 40},
		{Title: "Danh hiệu, hình thức đề nghị", Width: 45},
		{Title: "Tán thành", Align: AlignCenter, Fit: "Tán thành"},
		{Title: "Không tán thành", Align: AlignCenter, Fit: "thành"},
		{Title: "Kết quả", Align: AlignCenter, Fit: "Không đạt"},
	}}
	for i, r := range pr.Nominees {
		result := "Không đạt"
		if pr.Passes(r) {
			result = "Đạt"
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.Title, count(r.VotesFor), count(r.VotesAgainst), result})
	}
	d.Table(t)
	agreed := pr.Agreed()
	d.Paragraph(fmt.Sprintf("Ban Chấp hành thống nhất đề nghị khen thưởng %s tập thể, cá nhân được quá nửa số ủy viên có mặt tán thành.", count(len(agreed))))
	d.Paragraph(copiesSentence(copies, 1) + "; đã được đọc lại cho các ủy viên dự họp cùng nghe và nhất trí./.")
	d.Signatures(Signer{Authority: "THƯ KÝ", Title: " ", Name: pr.Secretary}, Signer{Authority: "CHỦ TRÌ", Title: " ", Name: pr.Chair})
	return d, nil
}

// AwardProposal is the tờ trình đề nghị khen thưởng with its danh sách: the
// nominees the BCH agreed to (more than half of those present voted for).
func AwardProposal(m Meta, pr *data.Proposal) (*Document, error) {
	agreed := pr.Agreed()
	if len(agreed) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldPropNominees, "Chưa có tập thể, cá nhân nào được Ban Chấp hành tán thành đề nghị khen thưởng năm %d", pr.Year)
	}
	d, err := m.start(false, data.DocTypeSubmission.Label(), fmt.Sprintf("Đề nghị khen thưởng năm %d", pr.Year))
	if err != nil {
		return nil, err
	}
	to := pr.SentTo
	if to == "" {
		to = m.UpperLevel
	}
	d.CenteredBold("Kính gửi: " + orDots(to))
	d.Paragraph(fmt.Sprintf("Căn cứ kết quả phong trào thi đua năm %d và biên bản họp Ban Chấp hành %s %s, Ban Chấp hành kính đề nghị %s xem xét, khen thưởng %s tập thể, cá nhân có thành tích (danh sách kèm theo).",
		pr.Year, issuerName(&m), vnDate(pr.MeetingDate), orDots(to), count(len(agreed))))
	d.Paragraph("Kính đề nghị " + orDots(to) + " xem xét, quyết định./.")
	d.Closing(m.Signer, m.Recipients)
	d.Annex("Danh sách đề nghị khen thưởng năm "+strconv.Itoa(pr.Year), m.attachedTo("Tờ trình"))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Tập thể, cá nhân", Width: 38},
		{Title: "Đơn vị, bộ phận", Width: 28},
		{Title: "Danh hiệu, hình thức đề nghị", Width: 38},
		{Title: "Thành tích tóm tắt", Width: 50},
	}}
	for i, r := range agreed {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.Unit, r.Title, r.Achievement})
	}
	d.Table(t)
	return d, nil
}

// AwardDecisionSubject is the trích yếu of the BCH's quyết định khen thưởng.
func AwardDecisionSubject(a *data.Award) string {
	return "Về việc tặng " + lowerFirst(a.Form) + " năm " + strconv.Itoa(a.Year)
}

// AwardDecision is the quyết định tặng giấy khen of the CĐCS's BCH
// (DOMAIN-MODULES §D: QĐ 933 Mẫu 1.3, laid out as the quyết định kết nạp):
// the grounds, Điều 1 naming the recipients (an annex when several), Điều 2
// the money from the union's funds, Điều 3 who carries it out.
func AwardDecision(m Meta, a *data.Award) (*Document, error) {
	if !a.IssuedByCDCS() {
		return nil, data.Errorf(data.EINVALID, data.FieldAwdLevel, "Quyết định này do %s ban hành: chỉ in quyết định khen thưởng của Ban Chấp hành công đoàn cơ sở", orDots(a.Issuer))
	}
	d, err := m.start(false, data.DocTypeDecision.Label(), AwardDecisionSubject(a))
	if err != nil {
		return nil, err
	}
	d.CenteredBold(upper("Ban Chấp hành " + issuerName(&m)))
	d.ParagraphItalic("Căn cứ Luật Thi đua, khen thưởng năm 2022;")
	d.ParagraphItalic("Căn cứ Điều lệ Công đoàn Việt Nam;")
	d.ParagraphItalic("Căn cứ Quy chế khen thưởng của tổ chức Công đoàn ban hành kèm theo Quyết định số 999/QĐ-TLĐ ngày 29/5/2024 của Tổng Liên đoàn Lao động Việt Nam;")
	d.ParagraphItalic("Xét thành tích của các tập thể, cá nhân và đề nghị của Ban Chấp hành.")
	d.CenteredBold("QUYẾT ĐỊNH:")
	reason := strings.TrimRight(a.Reason, ".")
	if reason == "" {
		reason = fmt.Sprintf("Đã có thành tích xuất sắc trong phong trào thi đua năm %d", a.Year)
	}
	one := len(a.Recipients) == 1
	if one {
		r := a.Recipients[0]
		who := r.Name
		if r.Unit != "" && !r.Collective {
			who += ", " + r.Unit
		}
		d.Paragraph(fmt.Sprintf("Điều 1. Tặng %s cho %s, %s.", a.Form, who, lowerFirst(reason)))
	} else {
		d.Paragraph(fmt.Sprintf("Điều 1. Tặng %s cho %s tập thể, cá nhân có tên trong danh sách kèm theo, %s.", a.Form, count(len(a.Recipients)), lowerFirst(reason)))
	}
	if total := a.Total(); total > 0 {
		d.Paragraph(fmt.Sprintf("Điều 2. Kèm theo %s là tiền thưởng theo danh sách, tổng cộng %s đồng (bằng chữ: %s), chi từ nguồn tài chính công đoàn cơ sở.",
			lowerFirst(a.Form), vn.FormatInt(total), vn.MoneyInWords(total)))
	} else {
		d.Paragraph("Điều 2. Quyết định có hiệu lực kể từ ngày ký.")
	}
	d.Paragraph("Điều 3. Ban Chấp hành, các tổ công đoàn và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
	d.Closing(m.Signer, m.Recipients)
	if !one {
		d.Annex("Danh sách tập thể, cá nhân được tặng "+lowerFirst(a.Form), m.attachedTo("Quyết định"))
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Tập thể, cá nhân", Width: 45},
			{Title: "Đơn vị, bộ phận", Width: 35},
			{Title: "Danh hiệu", Width: 45},
			{Title: "Tiền thưởng (đồng)", Align: AlignRight, Fit: "10.000.000"},
		}}
		for i, r := range a.Recipients {
			t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.Unit, r.Title, moneyCell(r.Amount)})
		}
		t.Rows = append(t.Rows, []string{"", "Tổng cộng", "", "", moneyCell(a.Total())})
		d.Table(t)
	}
	return d, nil
}

func moneyCell(n int64) string {
	if n == 0 {
		return ""
	}
	return vn.FormatInt(n)
}

// Certificate is the printable giấy khen, one landscape page per recipient:
// the BCH's name, "GIẤY KHEN", the recipient, the reason, the decision's number
// and date, and the chair's signature.
func Certificate(m Meta, a *data.Award, number string) (*Document, error) {
	if !a.IssuedByCDCS() {
		return nil, data.Errorf(data.EINVALID, data.FieldAwdLevel, "Giấy khen này do %s tặng, không in tại công đoàn cơ sở", orDots(a.Issuer))
	}
	if len(a.Recipients) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldAwdRecipients, "Quyết định chưa có người được khen")
	}
	h := Header{UpperLevel: m.UpperLevel, Issuer: m.Issuer, Number: number, Place: m.Place, Date: a.DecisionDate,
		TypeName: "Ban Chấp hành " + issuerName(&m), Subject: ""}
	d, err := NewLandscape(h)
	if err != nil {
		return nil, err
	}
	reason := strings.TrimRight(a.Reason, ".")
	if reason == "" {
		reason = fmt.Sprintf("Đã có thành tích xuất sắc trong phong trào thi đua năm %d", a.Year)
	}
	for i, r := range a.Recipients {
		if i > 0 {
			// Each giấy khen is handed out on its own: the same header as the
			// first, and no page number (a plain page break printed "2", "3" …
			// at the top and left the header off).
			d.NewFrame(h)
		}
		d.CenteredBold("TẶNG " + upper(a.Form))
		who := r.Name
		if !r.Collective && r.MemberID != 0 {
			who = "Đoàn viên " + r.Name
		}
		d.CenteredBold(who)
		if r.Unit != "" {
			d.CenteredItalic(r.Unit)
		}
		if r.Title != "" {
			d.CenteredItalic("Danh hiệu: " + r.Title)
		}
		d.CenteredItalic(reason + ".")
		d.CenteredItalic(fmt.Sprintf("Quyết định số %s ngày %s.", orDots(number), vn.FormatDate(a.DecisionDate)))
		d.Signatures(m.Signer)
	}
	return d, nil
}

// lastYear is the default year of the documents about a year's results: the
// upper level decides the rating, and the BCH its awards, after the year ends.
func lastYear(today time.Time) int { return today.Year() - 1 }

// yearChoices lists a kind's records of the period's year (or years), newest
// first; keep, when set, leaves out the others.
func yearChoices[T any](k *data.Kind[T], day func(*T) time.Time, keep func(*T) bool) func(context.Context, *Sources, data.Period) ([]Choice, error) {
	return yearChoicesBy(k, k.Year, day, keep)
}

// yearChoicesBy is yearChoices by another year than the kind's (a plan's year).
func yearChoicesBy[T any](k *data.Kind[T], year func(*T) int, day func(*T) time.Time, keep func(*T) bool) func(context.Context, *Sources, data.Period) ([]Choice, error) {
	return func(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
		if src.Records == nil {
			return nil, nil
		}
		recs, err := k.Store(src.Records).List(ctx)
		if err != nil {
			return nil, err
		}
		var ds []dated
		for i := range recs {
			r := &recs[i]
			if y := year(r); y >= period.From.Year() && y <= period.To.Year() && (keep == nil || keep(r)) {
				ds = append(ds, dated{Choice{ID: *k.Meta(r).ID, Label: k.Title(r)}, day(r)})
			}
		}
		return newestFirst(ds), nil
	}
}

var (
	emulationChoices = yearChoices(data.Emulations, func(e *data.Emulation) time.Time { return time.Date(e.Year, 1, 1, 0, 0, 0, 0, time.UTC) }, nil)
	proposalChoices  = yearChoices(data.Proposals, func(p *data.Proposal) time.Time { return p.MeetingDate }, nil)
	// Only the BCH's own awards print here: the upper level's are recorded, not issued.
	awardChoices = yearChoices(data.Awards, func(a *data.Award) time.Time { return a.DecisionDate }, (*data.Award).IssuedByCDCS)
)

// getRecord reads the record a request names (or the newest of the period).
func getRecord[T any](ctx context.Context, k *Kind, kind *data.Kind[T], src *Sources, req *Request) (*T, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	return kind.Store(src.Records).Get(ctx, id)
}

// emulationSettings are the rule settings' thi đua values (the defaults when unavailable).
func emulationSettings(ctx context.Context, src *Sources) (data.EmulationSettings, error) {
	if src.Settings == nil {
		return data.DefaultEmulationSettings(), nil
	}
	rs, err := data.LoadRuleSettings(ctx, src.Settings)
	return rs.Emulation, err
}

// prepareEmulation prints one of a year's thi đua documents.
func prepareEmulation(which string) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		e, err := getRecord(ctx, k, data.Emulations, src, req)
		if err != nil {
			return nil, err
		}
		s, err := emulationSettings(ctx, src)
		if err != nil {
			return nil, err
		}
		ref := which + ":" + strconv.FormatInt(e.ID, 10)
		switch which {
		case "registration":
			return &prepared{subject: fmt.Sprintf("Đăng ký thi đua năm %d", e.Year), ref: ref, date: e.Registered,
				build: func(m Meta) (*Document, error) { return EmulationRegistration(m, e) }}, nil
		case "scoring":
			return &prepared{subject: fmt.Sprintf("Bảng tự chấm điểm, xếp loại công đoàn cơ sở năm %d", e.Year), ref: ref, date: e.Assessed,
				verdicts: ScoringWarnings(s), build: func(m Meta) (*Document, error) { return EmulationScoring(m, e, s) }}, nil
		case "achievements":
			all, err := data.Awards.Store(src.Records).List(ctx)
			if err != nil {
				return nil, err
			}
			awards := data.AwardsOfYear(all, e.Year)
			var warnings []string
			if strings.TrimSpace(e.Achievements) == "" {
				warnings = append(warnings, "Chưa ghi thành tích nổi bật của năm: phần II in dòng chấm để viết tay.")
			}
			return &prepared{subject: fmt.Sprintf("Báo cáo thành tích năm %d", e.Year), ref: ref, warnings: warnings,
				build: func(m Meta) (*Document, error) { return AchievementReport(m, p, e, awards, s) }}, nil
		}
		return &prepared{subject: fmt.Sprintf("Kết quả đánh giá, xếp loại công đoàn cơ sở năm %d", e.Year), ref: ref, date: e.Announced,
			build: func(m Meta) (*Document, error) { return RatingNotice(m, e) }}, nil
	}
}

// prepareProposal prints the BCH's biên bản or the tờ trình of a proposal.
func prepareProposal(minutes bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		pr, err := getRecord(ctx, k, data.Proposals, src, req)
		if err != nil {
			return nil, err
		}
		if minutes {
			ds, err := docSettings(ctx, src, req)
			if err != nil {
				return nil, err
			}
			return &prepared{subject: fmt.Sprintf("Họp Ban Chấp hành xét thi đua, khen thưởng năm %d", pr.Year),
				ref: "proposal-minutes:" + strconv.FormatInt(pr.ID, 10), date: pr.MeetingDate,
				build: func(m Meta) (*Document, error) { return EmulationMinutes(m, pr, ds.MinutesCopies) }}, nil
		}
		return &prepared{subject: fmt.Sprintf("Đề nghị khen thưởng năm %d", pr.Year), ref: "proposal:" + strconv.FormatInt(pr.ID, 10), date: pr.Sent,
			build: func(m Meta) (*Document, error) { return AwardProposal(m, pr) }}, nil
	}
}

// prepareAward prints the BCH's quyết định, or the giấy khen under its number.
// A decision whose number the chair typed was issued already: it reprints
// with that number and date and nothing new is recorded.
func prepareAward(certificate bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		a, err := getRecord(ctx, k, data.Awards, src, req)
		if err != nil {
			return nil, err
		}
		ref := "award:" + strconv.FormatInt(a.ID, 10)
		number := a.DecisionNo
		if number == "" && src.Documents != nil {
			docs, err := src.Documents.OutgoingDocs(ctx, 0)
			if err != nil {
				return nil, err
			}
			if l := data.LatestDoc(docs, "award-decision", ref); l != nil {
				number = l.NumberText()
			}
		}
		if certificate {
			var warnings []string
			if number == "" {
				warnings = append(warnings, "Quyết định khen thưởng chưa có số: in quyết định trước (mục \"Quyết định tặng giấy khen\") để giấy khen ghi số quyết định.")
			}
			return &prepared{subject: "Giấy khen năm " + strconv.Itoa(a.Year), date: a.DecisionDate, unnumbered: true, warnings: warnings,
				build: func(m Meta) (*Document, error) { return Certificate(m, a, number) }}, nil
		}
		prep := &prepared{subject: AwardDecisionSubject(a), ref: ref, date: a.DecisionDate,
			build: func(m Meta) (*Document, error) { return AwardDecision(m, a) }}
		if a.DecisionNo != "" {
			prep.issued = &issuedDoc{number: a.DecisionNo, date: a.DecisionDate}
		}
		return prep, nil
	}
}
