package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// DialogueSubject is the trích yếu of a dialogue's biên bản: "Đối thoại định
// kỳ tại nơi làm việc", naming the case of a case dialogue.
func DialogueSubject(dl *data.Dialogue) string {
	s := "Đối thoại " + lowerFirst(dl.Kind.Label()) + " tại nơi làm việc"
	if dl.Kind == data.DialogueCase && dl.Case != "" {
		s += " về " + caseLabel(dl.Case)
	}
	return s
}

// caseLabel is a case of dialogue as a document names it: the screen's label
// cites the article alone, "(Điều 93)"; a document names its law too, "(Điều 93
// Bộ luật Lao động)" (issue 11 point 8). Every case is a Labour Code article
// (DOMAIN §2, Decree 145 Art. 41).
func caseLabel(c data.CaseType) string {
	l := lowerFirst(c.Label())
	if i := strings.LastIndex(l, "(Điều "); i >= 0 && strings.HasSuffix(l, ")") {
		l = l[:len(l)-1] + " Bộ luật Lao động năm 2019)"
	}
	return l
}

// DialogueNoticeSubject is the trích yếu of the thông báo nội dung chính.
func DialogueNoticeSubject(dl *data.Dialogue) string {
	s := "Nội dung chính của cuộc đối thoại " + lowerFirst(dl.Kind.Label()) + " tại nơi làm việc"
	if !dl.Date.IsZero() {
		s += " ngày " + vn.FormatDate(dl.Date)
	}
	return s
}

// dialogueArticle is the article of Decree 145/2020 that sets the procedure of
// the kind (DOMAIN §2: Art. 39 periodic, 40 on request, 41 on a case).
func dialogueArticle(k data.DialogueKind) string {
	switch k {
	case data.DialogueRequested:
		return "Điều 40"
	case data.DialogueCase:
		return "Điều 41"
	}
	return "Điều 39"
}

// topicsOf lists a dialogue's topics as numbered paragraphs, or dotted lines.
func (d *Document) topicsOf(items []data.AgendaItem) {
	if len(items) == 0 {
		d.FillLines(2)
	}
	for i, a := range items {
		d.Paragraph(fmt.Sprintf("%d. %s.", i+1, strings.TrimRight(a.Title(), ".")))
	}
}

// textOr prints text as typed, or dotted lines when there is none.
func (d *Document) textOr(text string) {
	if strings.TrimSpace(text) == "" {
		d.FillLines(2)
		return
	}
	d.Paragraph(text)
}

// actionsTable lists the follow-up actions agreed at a dialogue.
func (d *Document) actionsTable(actions []data.FollowUp) {
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Nội dung công việc", Width: 70},
		{Title: "Người thực hiện", Width: 35},
		{Title: "Thời hạn", Align: AlignCenter, Fit: fitDate},
	}}
	for i, a := range actions {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), a.Text, a.Owner, vn.FormatDate(a.Due)})
	}
	d.Table(t)
}

// DialogueMinutes is the biên bản đối thoại tại nơi làm việc (DOMAIN §2
// "Biên bản contents"): time, place, kind, both sides and the quorum check
// (legal representative present and more than 70% of the worker
// representatives, Decree 145 Art. 39), the topics, what was agreed and what
// is still disputed as typed, the follow-up actions, and the signatures of both
// sides (the law requires them).
// copies is the number of originals (DocumentSettings.MinutesCopies).
func DialogueMinutes(m Meta, p *data.Profile, dl *data.Dialogue, copies int) (*Document, error) {
	d, err := m.start(false, data.DocTypeMinutes.Label(), DialogueSubject(dl))
	if err != nil {
		return nil, err
	}
	place := dl.Place
	if place == "" {
		place = "......................................"
	}
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, tại %s, %s và %s tiến hành đối thoại %s tại nơi làm việc.",
		vnDate(dl.Date), place, enterpriseName(p), issuerName(&m), lowerFirst(dl.Kind.Label())))
	if dl.Kind == data.DialogueRequested && !dl.RequestDate.IsZero() {
		d.Paragraph(fmt.Sprintf("Cuộc đối thoại được tổ chức theo yêu cầu của %s ngày %s.",
			lowerFirst(dl.RequestedBy.Label()), vn.FormatDate(dl.RequestDate)))
	}

	d.Heading("I. THÀNH PHẦN THAM DỰ")
	// Only what was recorded: without attendance the blanks are dotted for
	// the hand (issue 11 point 3), and the quorum verdict is never written
	// here, it is the chair's warning before printing (DialogueWarnings).
	if data.DialogueAttendanceRecorded(dl) {
		employer := fmt.Sprintf("1. Bên người sử dụng lao động: %s người", count(dl.EmployerCount))
		if dl.LegalRepPresent {
			employer += ", có người đại diện theo pháp luật (hoặc người được ủy quyền)"
		} else {
			employer += ", không có người đại diện theo pháp luật"
		}
		d.Paragraph(employer + ".")
		d.Paragraph(fmt.Sprintf("2. Bên người lao động: có mặt %s trong tổng số %s thành viên đại diện đối thoại%s.",
			count(dl.RepsPresent), count(dl.RepsTotal), inParens(pct(dl.RepsPresent, dl.RepsTotal))))
	} else {
		d.Paragraph("1. Bên người sử dụng lao động: ........ người.")
		total := "........"
		if dl.RepsTotal > 0 {
			total = count(dl.RepsTotal)
		}
		d.Paragraph("2. Bên người lao động: có mặt ........ trong tổng số " + total + " thành viên đại diện đối thoại.")
	}

	d.Heading("II. NỘI DUNG ĐỐI THOẠI")
	d.topicsOf(dl.Topics)

	d.Heading("III. KẾT QUẢ ĐỐI THOẠI")
	d.Heading("1. Những nội dung hai bên đã thống nhất")
	d.textOr(dl.Agreed)
	d.Heading("2. Những nội dung còn ý kiến khác nhau")
	switch {
	case strings.TrimSpace(dl.Disputed) != "":
		d.Paragraph(dl.Disputed)
	case dl.Date.IsZero() || strings.TrimSpace(dl.Agreed) == "":
		// Nothing recorded of the meeting yet: not "Không có", which nobody said.
		d.FillLines(2)
	default:
		d.Paragraph("Không có.")
	}
	if len(dl.Actions) > 0 {
		d.Heading("3. Công việc cần thực hiện")
		d.actionsTable(dl.Actions)
	}
	d.Paragraph(copiesSentence(copies, 2) + "; đã được đọc lại cho các thành viên tham dự cùng nghe và nhất trí ký tên./.")
	union := m.Signer
	union.Authority = "Đại diện bên người lao động"
	d.Signatures(union, Signer{Authority: "Đại diện người sử dụng lao động"})
	return d, nil
}

// DialogueWarnings are what the chair is told on screen before printing a
// dialogue's documents: the legal verdicts the records allow, which a signed
// biên bản does not state (issue 11 point 3).
func DialogueWarnings(dl *data.Dialogue) []string {
	var out []string
	switch {
	case dl.Date.IsZero():
		out = append(out, "Cuộc đối thoại chưa có ngày họp: ngày và nội dung in dòng chấm để điền tay.")
	case !data.DialogueAttendanceRecorded(dl):
		out = append(out, "Chưa ghi thành phần tham dự: biên bản in dòng chấm để điền tay.")
	case !dl.Quorate():
		out = append(out, "Theo số liệu đã ghi, cuộc đối thoại chưa đủ điều kiện tiến hành theo Điều 39 Nghị định số 145/2020/NĐ-CP "+
			"(cần người đại diện theo pháp luật của người sử dụng lao động và trên 70% thành viên đại diện bên người lao động có mặt). "+
			"Biên bản chỉ ghi số người có mặt; báo cáo năm không tính cuộc này là đã tổ chức.")
	}
	return out
}

// copiesSentence is "Biên bản được lập thành 02 bản có giá trị như nhau,
// mỗi bên giữ 01 bản" for n originals shared by sides; the counts take a
// leading zero as numbers in a document's text usually do below 10.
func copiesSentence(n, sides int) string {
	s := fmt.Sprintf("Biên bản được lập thành %02d bản có giá trị như nhau", n)
	if sides > 1 && n%sides == 0 {
		s += fmt.Sprintf(", mỗi bên giữ %02d bản", n/sides)
	}
	return s
}

// DialogueNotice is the thông báo nội dung chính of a dialogue, which the
// CĐCS gives its members within 3 working days of the dialogue (DOMAIN §2,
// Decree 145 Arts 39–41): the topics, what was agreed, what is still
// disputed, and the follow-up actions.
func DialogueNotice(m Meta, p *data.Profile, dl *data.Dialogue) (*Document, error) {
	d, err := m.start(false, data.DocTypeNotice.Label(), DialogueNoticeSubject(dl))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Thực hiện quy định tại %s Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ, Ban Chấp hành %s thông báo đến đoàn viên và người lao động nội dung chính của cuộc đối thoại %s tại nơi làm việc giữa %s và %s %s như sau:",
		dialogueArticle(dl.Kind), issuerName(&m), lowerFirst(dl.Kind.Label()), enterpriseName(p), issuerName(&m), vnDate(dl.Date)))
	d.Heading("1. Nội dung đối thoại")
	d.topicsOf(dl.Topics)
	d.Heading("2. Những nội dung hai bên đã thống nhất")
	d.textOr(dl.Agreed)
	if strings.TrimSpace(dl.Disputed) != "" {
		d.Heading("3. Những nội dung còn ý kiến khác nhau")
		d.Paragraph(dl.Disputed)
	}
	if len(dl.Actions) > 0 {
		d.Heading(fmt.Sprintf("%d. Công việc cần thực hiện", 3+boolInt(strings.TrimSpace(dl.Disputed) != "")))
		d.actionsTable(dl.Actions)
	}
	d.Paragraph("Ban Chấp hành đề nghị các tổ công đoàn phổ biến nội dung thông báo này đến đoàn viên và người lao động./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// RepListSubject is the trích yếu of the thông báo danh sách đại diện đối thoại.
const RepListSubject = "Danh sách thành viên đại diện đối thoại của bên người lao động"

// RepListNotice is the thông báo danh sách thành viên đại diện đối thoại,
// fixed at least every 2 years and publicised (DOMAIN §2, Decree 145 Art.
// 38): who serves on the day of the notice (or from the list's first day),
// their role, the women among them, and how the size compares with the band
// for the headcount.
func RepListNotice(m Meta, p *data.Profile, l *data.RepList) (*Document, error) {
	on := m.Date
	if on.IsZero() || on.Before(l.From) {
		on = l.From
	}
	if on.After(l.To) {
		on = l.To
	}
	reps := l.Active(on)
	if len(reps) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "%s chưa có thành viên nào", l.Title())
	}
	d, err := m.start(false, data.DocTypeNotice.Label(), RepListSubject)
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Căn cứ Điều 38 Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ, Ban Chấp hành %s thông báo danh sách thành viên đại diện đối thoại của bên người lao động tại %s, thời hạn từ ngày %s đến ngày %s, gồm %s người (nữ %s người), như sau:",
		issuerName(&m), enterpriseName(p), vn.FormatDate(l.From), vn.FormatDate(l.To), count(len(reps)), count(data.Women(reps))))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 45},
		{Title: "Chức danh", Width: 55},
		{Title: "Nữ", Align: AlignCenter, Fit: "Nữ"},
		{Title: "Ghi chú", Width: 35},
	}}
	for i, r := range reps {
		female := ""
		if r.Female {
			female = "x"
		}
		note := r.Note
		if !r.From.IsZero() && r.From.After(l.From) {
			note = strings.TrimSpace("Từ ngày " + vn.FormatDate(r.From) + ". " + note)
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.Role, female, note})
	}
	d.Table(t)
	if l.Headcount > 0 {
		lo, hi := data.RepresentativeBand(l.Headcount)
		fit := "phù hợp"
		if !data.RepresentativeSizeOK(len(reps), l.Headcount) {
			fit = "chưa phù hợp"
		}
		d.Paragraph(fmt.Sprintf("Số thành viên đại diện %s với quy mô %s lao động của doanh nghiệp (cần %s theo Điều 38 Nghị định số 145/2020/NĐ-CP).",
			fit, count(l.Headcount), data.BandText(lo, hi)))
	}
	d.Paragraph("Các thành viên có tên trên có trách nhiệm tham gia đối thoại tại nơi làm việc theo quy định của pháp luật và quy chế dân chủ ở cơ sở của doanh nghiệp./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// dialoguePart is the annual report's sentences about dialogues and the
// representative list.
func dialoguePart(f *data.AnnualFacts) []string {
	r, p := &f.Records, f.Period
	var out []string
	if r.Dialogues == 0 {
		out = append(out, "Trong "+p.Label()+", chưa tổ chức đối thoại tại nơi làm việc.")
	} else {
		var kinds []string
		for _, k := range data.DialogueKinds {
			if n := r.DialoguesByKind[k]; n > 0 {
				kinds = append(kinds, lowerFirst(k.Label())+" "+count(n))
			}
		}
		s := fmt.Sprintf("Phối hợp tổ chức %s cuộc đối thoại tại nơi làm việc (%s); %s cuộc đã niêm yết công khai nội dung chính",
			count(r.Dialogues), strings.Join(kinds, ", "), count(r.DialoguesPosted))
		if r.Actions > 0 {
			s += fmt.Sprintf("; hai bên thống nhất %s công việc cần thực hiện, đến nay đã thực hiện xong %s", count(r.Actions), count(r.Done))
		}
		out = append(out, s+".")
	}
	if r.DialoguesNotHeld > 0 {
		out = append(out, fmt.Sprintf("Có %s cuộc đối thoại không tiến hành được do không đủ thành phần tham dự theo quy định.", count(r.DialoguesNotHeld)))
	}
	if l := r.RepList; l != nil {
		reps := l.Active(f.AsOf)
		out = append(out, fmt.Sprintf("Danh sách thành viên đại diện đối thoại bên người lao động gồm %s người (nữ %s), có hiệu lực đến ngày %s.",
			count(len(reps)), count(data.Women(reps)), vn.FormatDate(l.To)))
	}
	return out
}
