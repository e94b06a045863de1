package reports

// The congress's record after the vote (DOMAIN-MODULES §C.2 "After the
// congress", §C.3; HD 38 §7.6, §10.4; issue 15 point 5): the biên bản đại hội,
// the nghị quyết đại hội, the biên bản of the first BCH meeting, and the
// recognition file (tờ trình with its danh sách trích ngang). Elections and
// people come from the record; what it does not keep prints dotted.

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func init() {
	Register(
		&Kind{Name: "congress-minutes", Of: data.KindCongress, Title: "Biên bản đại hội", Type: data.DocTypeMinutes, Record: "đại hội",
			Description: "Biên bản đại hội: thành phần và số có mặt, chương trình, kết quả các cuộc bầu, thông qua nghị quyết",
			choices:     congressChoices, prepare: prepareCongressMinutes},
		&Kind{Name: "congress-resolution", Of: data.KindCongress, Title: "Nghị quyết đại hội", Type: data.DocTypeResolution, Record: "đại hội",
			Description: "Nghị quyết đại hội: chủ đề, mục tiêu nhiệm kỳ (điền tay nếu chưa ghi), Ban Chấp hành và đại biểu được bầu",
			recipients:  congressRecipients, choices: congressChoices, prepare: prepareCongressResolution},
		&Kind{Name: "congress-first-bch", Of: data.KindCongress, Title: "Biên bản hội nghị Ban Chấp hành lần thứ nhất", Type: data.DocTypeMinutes, Record: "đại hội",
			Description: "Biên bản hội nghị Ban Chấp hành khóa mới lần thứ nhất: bầu Chủ tịch, Phó Chủ tịch, Ban Thường vụ, Ủy ban Kiểm tra và Chủ nhiệm",
			choices:     congressChoices, prepare: prepareFirstBCH},
		&Kind{Name: "congress-recognition", Of: data.KindCongress, Title: "Tờ trình đề nghị công nhận Ban Chấp hành", Type: data.DocTypeSubmission, Record: "đại hội",
			Description: "Tờ trình đề nghị công đoàn cấp trên công nhận Ban Chấp hành, Chủ tịch, Phó Chủ tịch, Ủy ban Kiểm tra, kèm danh sách trích ngang (hạn 10 ngày làm việc sau hội nghị Ban Chấp hành lần thứ nhất)",
			recipients:  recognitionRecipients, choices: congressChoices, prepare: prepareRecognition},
	)
}

func congressRecipients(p *data.Profile) []string {
	return []string{upperName(p) + " (để báo cáo)", "Ban Chấp hành khóa mới", "Các tổ công đoàn", "Lưu: VT"}
}

func recognitionRecipients(p *data.Profile) []string {
	return []string{"Như trên", "Lưu: VT, BCH"}
}

// peopleOrDots names the people of a congress body, "Đặng Văn Minh (Trưởng
// ban), …", or dots to fill by hand.
func peopleOrDots(c *data.Congress, body string) string {
	ps := congressPeople(c, body)
	if len(ps) == 0 {
		return orDots("")
	}
	out := make([]string, len(ps))
	for i, o := range ps {
		out[i] = o.Name
		if o.Role != "" {
			out[i] += " (" + o.Role + ")"
		}
	}
	return strings.Join(out, ", ")
}

// headOf is the head of a congress body, "" when the record names none.
func headOf(c *data.Congress, body string) string {
	if ps := congressPeople(c, body); len(ps) > 0 {
		return ps[0].Name
	}
	return ""
}

// congressAgenda is the order of business of HD 38 §7.6 (DOMAIN-MODULES §C.2).
func congressAgenda(c *data.Congress) []string {
	bodies, report := "Bầu Đoàn Chủ tịch, Đoàn thư ký", "Báo cáo tình hình đoàn viên"
	if c.Form == data.FormDelegate {
		bodies, report = "Bầu Đoàn Chủ tịch, Đoàn thư ký, Ban thẩm tra tư cách đại biểu", "Báo cáo thẩm tra tư cách đại biểu"
	}
	elect := "Bầu Ban Chấp hành khóa mới"
	if c.DirectChair {
		elect += ", Chủ tịch"
	}
	if len(c.CandidatesFor(data.BodyDelegates)) > 0 {
		elect += ", đại biểu dự đại hội công đoàn cấp trên"
	}
	return []string{"Chào cờ (Quốc ca, Bài hát truyền thống Công đoàn Việt Nam)", "Tuyên bố lý do, giới thiệu đại biểu", bodies,
		"Thông qua chương trình, quy chế làm việc của Đại hội", report, "Khai mạc Đại hội",
		"Báo cáo tổng kết nhiệm kỳ qua và phương hướng, nhiệm vụ nhiệm kỳ " + c.Term(), "Báo cáo kiểm điểm của Ban Chấp hành",
		"Thảo luận các văn kiện của Đại hội, góp ý dự thảo văn kiện công đoàn cấp trên", "Phát biểu của lãnh đạo công đoàn cấp trên, cấp ủy",
		elect, "Thông qua Nghị quyết Đại hội", "Bế mạc Đại hội", "Chào cờ"}
}

// electionLines are the sentences of one counted election for the minutes:
// ballots, who is elected with votes and share, a tie sent to a new round.
func electionLines(c *data.Congress, e *data.CongressElection, r *data.ElectionResult) []string {
	el := &r.Election
	out := []string{fmt.Sprintf("%s: số lượng cần bầu %s; số phiếu phát ra %s, thu về %s, hợp lệ %s, không hợp lệ %s.",
		e.Name(c), count(el.Seats), count(el.Issued), count(el.Collected), count(el.Valid), count(el.Invalid))}
	var won []string
	for _, cr := range r.Candidates {
		if cr.Outcome == data.OutcomeElected {
			won = append(won, fmt.Sprintf("%s (%s phiếu, đạt %s so với %s)", cr.Name, count(cr.Votes), cr.Percent, r.Base.Label()))
		}
	}
	if len(won) > 0 {
		out = append(out, "Trúng cử: "+strings.Join(won, "; ")+".")
	} else {
		out = append(out, "Không có người trúng cử.")
	}
	if r.TieSeats > 0 {
		out = append(out, fmt.Sprintf("Bằng phiếu ở vị trí cuối: %s; bầu lại %s vị trí.", strings.Join(r.Tied, ", "), count(r.TieSeats)))
	}
	return out
}

// countedAt are the counted elections held at the congress (atCongress) or at
// the first BCH meeting, with their results.
func countedAt(c *data.Congress, base data.ElectionBase, atCongress bool) ([]data.CongressElection, []data.ElectionResult, error) {
	var es []data.CongressElection
	var rs []data.ElectionResult
	for _, e := range c.Elections {
		if !e.Counted() || e.Body.AtCongress(c.DirectChair) != atCongress {
			continue
		}
		r, err := data.CountElection(c.Election(e.No), base)
		if err != nil {
			return nil, nil, err
		}
		es, rs = append(es, e), append(rs, r)
	}
	return es, rs, nil
}

// CongressMinutes is the biên bản đại hội (DOMAIN-MODULES §C.3): when and
// where, the form, attendance against those called, the bodies that ran it,
// the order of business of HD 38 §7.6, each election's count and who was
// elected, the resolution's vote left to fill, and the signatures of the
// Đoàn thư ký and the Đoàn Chủ tịch.
func CongressMinutes(m Meta, p *data.Profile, c *data.Congress, base data.ElectionBase) (*Document, error) {
	es, rs, err := countedAt(c, base, true)
	if err != nil {
		return nil, err
	}
	d, err := m.start(false, data.DocTypeMinutes.Label(), CongressName(p, c))
	if err != nil {
		return nil, err
	}
	place := c.Place
	if place == "" {
		place = "......................................"
	}
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, tại %s, %s tiến hành %s theo hình thức %s.", vnDate(c.Date), place, unionName(p),
		lowerFirst(c.Title()), lowerFirst(c.Form.Label())))
	if c.Theme != "" {
		d.Paragraph("Chủ đề Đại hội: \u201c" + strings.TrimRight(c.Theme, ".") + "\u201d.")
	}
	d.Heading("I. THÀNH PHẦN THAM DỰ")
	d.Paragraph("Tổng số đoàn viên công đoàn cơ sở: " + count(c.Members) + " người.")
	called, present := c.Attendance()
	who := "Số đoàn viên được triệu tập"
	if c.Form == data.FormDelegate {
		who = "Số đại biểu chính thức được triệu tập"
	}
	if called > 0 {
		d.Paragraph(fmt.Sprintf("%s: %s người; có mặt: %s người%s; vắng mặt: %s người.", who, count(called), count(present),
			inParens(pct(present, called)), count(called-present)))
	} else {
		d.Paragraph(who + ": ........ người; có mặt: ........ người; vắng mặt: ........ người.")
	}
	if c.Guests > 0 {
		d.Paragraph("Khách mời: " + count(c.Guests) + " người.")
	}
	d.Paragraph("Đoàn Chủ tịch: " + peopleOrDots(c, "Đoàn Chủ tịch") + ".")
	d.Paragraph("Đoàn thư ký: " + peopleOrDots(c, "Đoàn thư ký") + ".")
	if c.Form == data.FormDelegate {
		d.Paragraph("Ban thẩm tra tư cách đại biểu: " + peopleOrDots(c, "Ban thẩm tra tư cách đại biểu") + ".")
	}
	d.Paragraph("Ban kiểm phiếu: " + peopleOrDots(c, "Ban kiểm phiếu") + ".")

	d.Heading("II. NỘI DUNG ĐẠI HỘI")
	d.Paragraph("Đại hội đã tiến hành theo chương trình được Đại hội thông qua:")
	for i, a := range congressAgenda(c) {
		d.Paragraph(fmt.Sprintf("%d. %s.", i+1, a))
	}
	d.Paragraph("Ý kiến thảo luận tại Đại hội:")
	d.FillLines(4)

	d.Heading("III. KẾT QUẢ BẦU CỬ")
	if len(es) == 0 {
		d.FillLines(3)
	}
	for i := range es {
		for _, l := range electionLines(c, &es[i], &rs[i]) {
			d.Paragraph(l)
		}
	}
	if names := c.ElectedTo(data.BodyBCH, base); len(names) > 0 {
		d.Paragraph(fmt.Sprintf("Ban Chấp hành %s khóa %s, nhiệm kỳ %s gồm %s đồng chí: %s.", unionName(p), data.Roman(c.Number), c.Term(),
			count(len(names)), strings.Join(names, ", ")))
	}
	d.Heading("IV. THÔNG QUA NGHỊ QUYẾT ĐẠI HỘI")
	d.Paragraph("Đại hội đã biểu quyết thông qua Nghị quyết Đại hội với ........ / ........ đại biểu tán thành, đạt ........ %.")
	d.Paragraph("Đại hội bế mạc vào hồi ..... giờ ..... cùng ngày. Biên bản đã được đọc lại trước Đại hội và được Đại hội nhất trí thông qua./.")
	d.Signatures(Signer{Authority: "TM. Đoàn thư ký", NoTitle: true, Name: headOf(c, "Đoàn thư ký")},
		Signer{Authority: "TM. Đoàn Chủ tịch", NoTitle: true, Name: headOf(c, "Đoàn Chủ tịch")})
	return d, nil
}

// congressGrounds are the căn cứ of a congress's resolution: the Điều lệ, HD 38
// and, for the 2025–2030 round, KH 22 (DOMAIN-MODULES §C.1).
func congressGrounds(c *data.Congress) []string {
	out := []string{"Căn cứ Điều lệ Công đoàn Việt Nam;",
		"Căn cứ Hướng dẫn số 38/HD-TLĐ năm 2024 của Tổng Liên đoàn Lao động Việt Nam hướng dẫn thi hành Điều lệ Công đoàn Việt Nam;"}
	if c.TermFrom == 2025 {
		out = append(out, "Căn cứ Kế hoạch số 22/KH-TLĐ ngày 29/8/2025 của Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội công đoàn các cấp, nhiệm kỳ 2025 - 2030;")
	}
	return out
}

// CongressResolution is the nghị quyết đại hội: the grounds, the term report
// and the theme adopted, the targets (dotted lines: the record keeps none),
// the BCH, the directly elected chair and the delegates to the upper congress
// from the counts, signed for the Đoàn Chủ tịch.
func CongressResolution(m Meta, p *data.Profile, c *data.Congress, base data.ElectionBase) (*Document, error) {
	bch := c.ElectedTo(data.BodyBCH, base)
	if len(bch) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldCongElections, "%s chưa ghi kết quả bầu Ban Chấp hành: ghi kết quả kiểm phiếu trước khi in nghị quyết", c.Title())
	}
	d, err := m.start(false, data.DocTypeResolution.Label(), CongressName(p, c))
	if err != nil {
		return nil, err
	}
	d.CenteredBold(upper(CongressName(p, c)))
	for _, g := range congressGrounds(c) {
		d.ParagraphItalic(g)
	}
	d.ParagraphItalic("Căn cứ kết quả làm việc của Đại hội " + vnDate(c.Date) + ",")
	d.CenteredBold("QUYẾT NGHỊ:")
	s := "Điều 1. Thông qua Báo cáo tổng kết hoạt động công đoàn nhiệm kỳ qua và phương hướng, nhiệm vụ nhiệm kỳ " + c.Term()
	if c.Theme != "" {
		s += ", với chủ đề: \u201c" + strings.TrimRight(c.Theme, ".") + "\u201d"
	}
	d.Paragraph(s + ". Các mục tiêu, chỉ tiêu chủ yếu của nhiệm kỳ:")
	d.FillLines(5)
	d.Paragraph(fmt.Sprintf("Điều 2. Đại hội đã bầu Ban Chấp hành %s khóa %s, nhiệm kỳ %s gồm %s đồng chí:", unionName(p), data.Roman(c.Number), c.Term(), count(len(bch))))
	for i, n := range bch {
		d.Paragraph(fmt.Sprintf("%d. %s.", i+1, n))
	}
	if chair := c.ElectedTo(data.BodyChair, base); c.DirectChair && len(chair) > 0 {
		d.Paragraph("Đại hội bầu trực tiếp đồng chí " + strings.Join(chair, ", ") + " giữ chức Chủ tịch " + unionName(p) + " khóa " + data.Roman(c.Number) + ".")
	}
	if dels := c.ElectedTo(data.BodyDelegates, base); len(dels) > 0 {
		d.Paragraph(fmt.Sprintf("Đại hội bầu %s đại biểu chính thức dự đại hội công đoàn cấp trên: %s.", count(len(dels)), strings.Join(dels, ", ")))
	}
	d.Paragraph("Điều 3. Đại hội giao Ban Chấp hành khóa " + data.Roman(c.Number) + " căn cứ Nghị quyết này xây dựng chương trình hành động và tổ chức thực hiện; đoàn viên công đoàn có trách nhiệm thực hiện Nghị quyết Đại hội./.")
	d.Closing(Signer{Authority: "TM. Đoàn Chủ tịch", NoTitle: true, Name: headOf(c, "Đoàn Chủ tịch")}, m.Recipients)
	return d, nil
}

// FirstBCHMinutes is the biên bản of the new BCH's first meeting (HD 38
// §10.4): the BCH elected at the congress, the elections held there (chủ
// tịch, phó chủ tịch, ban thường vụ, ủy ban kiểm tra and its chủ nhiệm) with
// their counts and who won, and the recognition file's due day.
func FirstBCHMinutes(m Meta, p *data.Profile, c *data.Congress, base data.ElectionBase, due string) (*Document, error) {
	if c.FirstBCH.IsZero() {
		return nil, data.Errorf(data.EINVALID, data.FieldCongFirstBCH, "%s chưa ghi ngày hội nghị Ban Chấp hành lần thứ nhất", c.Title())
	}
	es, rs, err := countedAt(c, base, false)
	if err != nil {
		return nil, err
	}
	d, err := m.start(false, data.DocTypeMinutes.Label(), firstBCHName(p, c))
	if err != nil {
		return nil, err
	}
	bch := c.ElectedTo(data.BodyBCH, base)
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, tại ......................................, Ban Chấp hành %s khóa %s, nhiệm kỳ %s họp hội nghị lần thứ nhất.",
		vnDate(c.FirstBCH), unionName(p), data.Roman(c.Number), c.Term()))
	d.Heading("I. THÀNH PHẦN")
	total := "........"
	if len(bch) > 0 {
		total = count(len(bch))
	}
	d.Paragraph("Tổng số ủy viên Ban Chấp hành: " + total + " đồng chí; có mặt: ........ đồng chí; vắng mặt: ........ đồng chí.")
	if len(bch) > 0 {
		d.Paragraph("Ban Chấp hành gồm các đồng chí: " + strings.Join(bch, ", ") + ".")
	}
	d.Paragraph("Chủ trì hội nghị: " + orDots("") + ". Thư ký hội nghị: " + orDots("") + ".")
	d.Heading("II. NỘI DUNG VÀ KẾT QUẢ BẦU CỬ")
	if c.DirectChair {
		if chair := c.ElectedTo(data.BodyChair, base); len(chair) > 0 {
			d.Paragraph("Chủ tịch công đoàn cơ sở đã được Đại hội bầu trực tiếp: đồng chí " + strings.Join(chair, ", ") + ".")
		}
	}
	if len(es) == 0 {
		d.FillLines(4)
	}
	for i := range es {
		d.Paragraph(fmt.Sprintf("%d. %s", i+1, electionLines(c, &es[i], &rs[i])[0]))
		for _, l := range electionLines(c, &es[i], &rs[i])[1:] {
			d.Paragraph(l)
		}
	}
	d.Paragraph("Hội nghị thống nhất hoàn thiện hồ sơ đề nghị công đoàn cấp trên công nhận Ban Chấp hành và các chức danh được bầu, gửi trong 10 ngày làm việc kể từ ngày hội nghị (hạn: " + due + ").")
	d.Paragraph("Hội nghị kết thúc vào hồi ..... giờ ..... cùng ngày. Biên bản đã được đọc lại cho các ủy viên dự họp cùng nghe và nhất trí./.")
	d.Signatures(Signer{Authority: "Thư ký", Title: " "}, Signer{Authority: "Chủ trì hội nghị", Title: " "})
	return d, nil
}

// elected is one person the recognition file names, with every post won.
type elected struct {
	Name     string
	MemberID int64
	Posts    []string
}

// recognised are the people to recognise, in the order of the BCH list (then
// the UBKT members outside the BCH), each with the posts won.
func recognised(c *data.Congress, base data.ElectionBase) []elected {
	var out []elected
	at := map[string]int{}
	ids := map[string]int64{}
	for _, k := range c.Candidates {
		if k.MemberID != 0 {
			ids[vn.Fold(k.Name)] = k.MemberID
		}
	}
	add := func(name, post string) {
		i, ok := at[vn.Fold(name)]
		if !ok {
			i = len(out)
			at[vn.Fold(name)] = i
			out = append(out, elected{Name: name, MemberID: ids[vn.Fold(name)]})
		}
		out[i].Posts = append(out[i].Posts, post)
	}
	posts := []struct {
		body  data.ElectionBody
		label string
	}{{data.BodyBCH, "Ủy viên BCH"}, {data.BodyChair, "Chủ tịch"}, {data.BodyVice, "Phó Chủ tịch"},
		{data.BodyBTV, "Ủy viên BTV"}, {data.BodyUBKT, "Ủy viên UBKT"}, {data.BodyUBKTHead, "Chủ nhiệm UBKT"}}
	for _, ps := range posts {
		for _, n := range c.ElectedTo(ps.body, base) {
			add(n, ps.label)
		}
	}
	return out
}

// RecognitionRequest is the tờ trình đề nghị công nhận (HD 38 §10.4): the
// grounds, who is proposed for each post from the counts, the papers that go
// with it, signed by the new chair; then the danh sách trích ngang (HD 38
// Mẫu 2; its exact columns were not seen, DOMAIN-MODULES §C.3), one row per
// person from the register: năm sinh under nam or nữ, dân tộc, nghề nghiệp
// and nơi làm việc, đảng viên, the posts (BCH, BTV, UBKT as the upper level's
// lists shorten them); trình độ is not kept and is left blank.
func RecognitionRequest(m Meta, p *data.Profile, c *data.Congress, base data.ElectionBase, members map[int64]*data.Member) (*Document, error) {
	people := recognised(c, base)
	if len(people) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldCongElections, "%s chưa ghi kết quả bầu cử: chưa có ai để đề nghị công nhận", c.Title())
	}
	d, err := m.start(false, data.DocTypeSubmission.Label(), recognitionSubject(p, c, base))
	if err != nil {
		return nil, err
	}
	d.CenteredBold("Kính gửi: " + upperName(p))
	for _, g := range congressGrounds(c)[:2] {
		d.Paragraph(g)
	}
	s := "Căn cứ kết quả " + lowerFirst(c.Title()) + " " + vnDate(c.Date)
	if !c.FirstBCH.IsZero() {
		s += " và Hội nghị Ban Chấp hành lần thứ nhất " + vnDate(c.FirstBCH)
	}
	d.Paragraph(s + ",")
	d.Paragraph("Ban Chấp hành " + unionName(p) + " khóa " + data.Roman(c.Number) + " kính đề nghị " + upperName(p) + " xem xét, công nhận:")
	n := 0
	item := func(s string) { n++; d.Paragraph(strconv.Itoa(n) + ". " + s) }
	if bch := c.ElectedTo(data.BodyBCH, base); len(bch) > 0 {
		item(fmt.Sprintf("Ban Chấp hành %s khóa %s, nhiệm kỳ %s gồm %s đồng chí (có danh sách kèm theo).", unionName(p), data.Roman(c.Number), c.Term(), count(len(bch))))
	}
	for _, b := range []data.ElectionBody{data.BodyChair, data.BodyVice, data.BodyUBKTHead} {
		if names := c.ElectedTo(b, base); len(names) > 0 {
			item("Đồng chí " + strings.Join(names, ", đồng chí ") + " giữ chức " + b.Label() + ".")
		}
	}
	for _, b := range []data.ElectionBody{data.BodyBTV, data.BodyUBKT} {
		if names := c.ElectedTo(b, base); len(names) > 0 {
			item(fmt.Sprintf("%s gồm %s đồng chí: %s.", b.Label(), count(len(names)), strings.Join(names, ", ")))
		}
	}
	d.Paragraph("Hồ sơ gửi kèm: biên bản kiểm phiếu bầu cử; danh sách trích ngang; biên bản đại hội; biên bản hội nghị Ban Chấp hành lần thứ nhất" +
		ubktMinutes(c, base) + ".")
	d.Paragraph("Kính đề nghị " + upperName(p) + " xem xét, quyết định./.")
	d.Closing(m.Signer, m.Recipients)

	d.Annex("Danh sách trích ngang", "(Kèm theo "+strings.ToLower(data.DocTypeSubmission.Label())+numberPart(m)+" của Ban Chấp hành "+unionName(p)+")")
	t := Table{FontSize: 10, Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 30},
		{Title: "Năm sinh\nNam", Align: AlignCenter, Fit: "0000"},
		{Title: "Năm sinh\nNữ", Align: AlignCenter, Fit: "0000"},
		{Title: "Dân tộc", Width: 9},
		{Title: "Nghề nghiệp, nơi làm việc", Width: 26},
		{Title: "Trình độ chuyên môn", Width: 14},
		{Title: "Đảng viên", Align: AlignCenter, Fit: "viên"},
		{Title: "Chức danh đề nghị công nhận", Width: 20},
	}}
	for i, e := range people {
		row := []string{rowNo(i + 1), e.Name, "", "", "", "", "", "", strings.Join(e.Posts, ", ")}
		if mb := members[e.MemberID]; mb != nil {
			if !mb.BirthDate.IsZero() {
				if mb.Sex == data.SexFemale {
					row[3] = strconv.Itoa(mb.BirthDate.Year())
				} else if mb.Sex == data.SexMale {
					row[2] = strconv.Itoa(mb.BirthDate.Year())
				}
			}
			row[4] = mb.Ethnicity
			row[5] = strings.Join(nonEmpty(mb.JobTitle, mb.UnitName), ", ")
			if mb.PartyMember {
				row[7] = "x"
			}
		}
		t.Rows = append(t.Rows, row)
	}
	d.Table(t)
	return d, nil
}

// ubktMinutes adds the UBKT's first meeting to the papers when a UBKT was elected.
func ubktMinutes(c *data.Congress, base data.ElectionBase) string {
	if len(c.ElectedTo(data.BodyUBKT, base)) > 0 {
		return "; biên bản hội nghị Ủy ban Kiểm tra lần thứ nhất"
	}
	return ""
}

func numberPart(m Meta) string {
	s := ""
	if m.Number != "" {
		s += " số " + m.Number
	}
	if !m.Date.IsZero() {
		s += " ngày " + vn.FormatDate(m.Date)
	}
	return s
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// recognitionSubject names the posts proposed: "Đề nghị công nhận Ban Chấp
// hành, Chủ tịch, Phó Chủ tịch … khóa V, nhiệm kỳ 2025 - 2030".
func recognitionSubject(p *data.Profile, c *data.Congress, base data.ElectionBase) string {
	var bodies []string
	for _, b := range []data.ElectionBody{data.BodyBCH, data.BodyBTV, data.BodyChair, data.BodyVice, data.BodyUBKT, data.BodyUBKTHead} {
		if len(c.ElectedTo(b, base)) > 0 {
			bodies = append(bodies, b.Label())
		}
	}
	return "Đề nghị công nhận " + strings.Join(bodies, ", ") + " " + unionName(p) + " khóa " + data.Roman(c.Number) + ", nhiệm kỳ " + c.Term()
}

func prepareCongressMinutes(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	rs, err := ruleSettings(ctx, src)
	if err != nil {
		return nil, err
	}
	warnings := []string{"Chương trình in theo Hướng dẫn 38/HD-TLĐ (mục 7.6): sửa trong tệp Word nếu Đại hội tiến hành khác.",
		"Ý kiến thảo luận, giờ bế mạc và kết quả biểu quyết nghị quyết chưa được ghi: in dòng chấm để điền tay."}
	warnings = append(warnings, missingBodies(c)...)
	var verdicts []string
	if called, present := c.Attendance(); called > 0 {
		for _, pr := range data.CheckCongressQuorum(rs.Congress.Quorum, present, called) {
			verdicts = append(verdicts, pr.Message)
		}
	}
	return &prepared{subject: CongressName(p, c), date: c.Date, unnumbered: true, warnings: warnings, verdicts: verdicts,
		frame: func(m *Meta) { m.UpperLevel, m.Issuer, m.Number = "", CongressName(p, c), "" },
		build: func(m Meta) (*Document, error) { return CongressMinutes(m, p, c, rs.Congress.ElectionBase) }}, nil
}

// missingBodies tells which bodies of the congress the record does not name.
func missingBodies(c *data.Congress) []string {
	var out []string
	for _, b := range []string{"Đoàn Chủ tịch", "Đoàn thư ký", "Ban kiểm phiếu"} {
		if len(congressPeople(c, b)) == 0 {
			out = append(out, "Chưa ghi "+b+" (Ban tổ chức, tiểu ban: dòng có tên ban \""+b+"\"): in dòng chấm để điền tay.")
		}
	}
	return out
}

func prepareCongressResolution(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	base, err := electionBase(ctx, src)
	if err != nil {
		return nil, err
	}
	warnings := []string{"Ứng dụng chưa lưu mục tiêu, chỉ tiêu nhiệm kỳ: Điều 1 in dòng chấm để điền tay."}
	if headOf(c, "Đoàn Chủ tịch") == "" {
		warnings = append(warnings, "Chưa ghi Đoàn Chủ tịch: tên người ký in để trống.")
	}
	return &prepared{subject: CongressName(p, c), date: c.Date, unnumbered: true, warnings: warnings,
		frame: func(m *Meta) { m.UpperLevel, m.Issuer, m.Number = "", CongressName(p, c), "" },
		build: func(m Meta) (*Document, error) { return CongressResolution(m, p, c, base) }}, nil
}

// recognitionDue is the recognition file's last day, "dd/mm/yyyy", on the
// working-day calendar; dots before the first BCH meeting is recorded.
func recognitionDue(ctx context.Context, src *Sources, c *data.Congress) (string, error) {
	if c.FirstBCH.IsZero() {
		return "..../..../........", nil
	}
	rs, err := ruleSettings(ctx, src)
	if err != nil {
		return "", err
	}
	cal := vn.NewCalendar()
	if src.Settings != nil {
		if cal, err = data.LoadCalendar(ctx, src.Settings, rs, src.Now()); err != nil {
			return "", err
		}
	}
	return vn.FormatDate(c.RecognitionDue(cal)), nil
}

// congressWithDue reads what the first BCH meeting's minutes and the
// recognition file both start from: the congress, the count's base (a
// setting) and the recognition file's due date on the working-day calendar.
func congressWithDue(ctx context.Context, k *Kind, src *Sources, req *Request) (*data.Congress, data.ElectionBase, string, error) {
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, "", "", err
	}
	base, err := electionBase(ctx, src)
	if err != nil {
		return nil, "", "", err
	}
	due, err := recognitionDue(ctx, src, c)
	return c, base, due, err
}

func prepareFirstBCH(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, base, due, err := congressWithDue(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	warnings := []string{"Địa điểm, số ủy viên có mặt, chủ trì và thư ký hội nghị chưa được ghi: in dòng chấm để điền tay."}
	return &prepared{subject: firstBCHName(p, c), ref: "congress-bch:" + strconv.FormatInt(c.ID, 10), date: c.FirstBCH, warnings: warnings,
		build: func(m Meta) (*Document, error) { return FirstBCHMinutes(m, p, c, base, due) }}, nil
}

func prepareRecognition(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, base, due, err := congressWithDue(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	people := recognised(c, base)
	members := map[int64]*data.Member{}
	missing := 0
	for _, e := range people {
		if e.MemberID == 0 {
			missing++
			continue
		}
		mb, err := src.Members.Member(ctx, e.MemberID)
		if err != nil {
			if data.ErrorCode(err) == data.ENOTFOUND {
				missing++
				continue
			}
			return nil, err
		}
		members[e.MemberID] = mb
	}
	warnings := []string{"Hạn gửi hồ sơ đề nghị công nhận: " + due + " (10 ngày làm việc sau hội nghị Ban Chấp hành lần thứ nhất, Hướng dẫn 38/HD-TLĐ mục 10.4).",
		"Danh sách trích ngang: sổ đoàn viên chưa lưu trình độ chuyên môn, cột này in trống để điền tay."}
	if missing > 0 {
		warnings = append(warnings, fmt.Sprintf("%d người được bầu không tìm thấy trong sổ đoàn viên: năm sinh, dân tộc, chức vụ in trống để điền tay.", missing))
	}
	// The new chair signs the file (HD 38 §10.4: an elected chair signs once the result is announced).
	chair := c.ElectedTo(data.BodyChair, base)
	return &prepared{subject: recognitionSubject(p, c, base), ref: "congress-recognition:" + strconv.FormatInt(c.ID, 10), warnings: warnings,
		build: func(m Meta) (*Document, error) {
			if len(chair) > 0 && !m.Signer.Deputy && req.SignerName == "" {
				m.Signer.Name = chair[0]
			}
			return RecognitionRequest(m, p, c, base, members)
		}}, nil
}
