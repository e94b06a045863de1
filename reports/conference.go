package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// ConferenceSubject is the trích yếu of a conference's documents: its title.
func ConferenceSubject(c *data.Conference) string { return c.Title() }

// enterpriseName is the enterprise as the body names it, with a fallback.
func enterpriseName(p *data.Profile) string {
	if p.EnterpriseName != "" {
		return p.EnterpriseName
	}
	return "doanh nghiệp"
}

// unionName is the CĐCS as the body of a hội nghị's document names it: the
// document's issuer is then the hội nghị, not the union.
func unionName(p *data.Profile) string {
	if p.Name != "" {
		return p.Name
	}
	return "Công đoàn cơ sở"
}

// orDots is a name as recorded, or dots to write it in by hand.
func orDots(s string) string {
	if s == "" {
		return "........................................................"
	}
	return s
}

// ConferenceIssuer is the issuer of the hội nghị's own documents, its minutes
// and its resolution (issue 11 point 9): "Hội nghị người lao động Công ty …",
// with no cơ quan chủ quản above it, as QĐ 933 Phụ lục IV heads a congress's
// documents with the congress (DOMAIN-MODULES "Headers"; DOMAIN §6).
func ConferenceIssuer(p *data.Profile) string {
	return "Hội nghị người lao động " + enterpriseName(p)
}

// issuerName is the union as the body names it, with a fallback.
func issuerName(m *Meta) string {
	if m.Issuer != "" {
		return m.Issuer
	}
	return "Công đoàn cơ sở"
}

// attendance is the sentence about who attended: "Số người tham dự: 200
// người trên tổng số người lao động là 250 người (80,0%)." Whether that met the
// quorum (DOMAIN §1) is a verdict for the chair's screen (ConferenceWarnings),
// not for the signed minutes (issue 11 point 3).
func attendance(c *data.Conference) string {
	base := c.Base()
	who := "tổng số người lao động"
	if c.Form == data.FormDelegates {
		who = "số đại biểu được triệu tập"
	}
	if c.Attendees <= 0 {
		return "Số người tham dự: ........ người."
	}
	return fmt.Sprintf("Số người tham dự: %s người trên %s là %s người%s.", count(c.Attendees), who, count(base), inParens(pct(c.Attendees, base)))
}

// ConferenceWarnings are the legal verdicts on a conference's record, told to
// the chair before printing: a quorum not met under the rules of its model.
func ConferenceWarnings(c *data.Conference, s data.RuleSettings) []string {
	if c.Attendees <= 0 {
		return []string{"Chưa ghi số người tham dự: biên bản in dòng chấm để điền tay."}
	}
	if q, _ := c.Model.Rules(s); !c.Quorate(s) {
		return []string{"Theo số liệu đã ghi, số người tham dự chưa đủ " + q.String() + " theo quy định của mô hình " +
			lowerFirst(c.Model.Label()) + ": hội nghị chưa đủ điều kiện tiến hành."}
	}
	return nil
}

// ConferenceMinutes is the biên bản hội nghị người lao động (DOMAIN §1
// "Documents produced"): when and where, the form and attendance against the
// quorum of its model, the agenda (Labour Code Art. 64 topics), the vote on
// each resolution with whether it passed, whether the dialogue-representative
// list was announced, and the signatures of the secretary and the chair.
// Names the records do not keep (chủ tọa, thư ký, times) are left dotted.
func ConferenceMinutes(m Meta, p *data.Profile, c *data.Conference, s data.RuleSettings) (*Document, error) {
	d, err := m.start(false, data.DocTypeMinutes.Label(), ConferenceSubject(c))
	if err != nil {
		return nil, err
	}
	place := c.Place
	if place == "" {
		place = "......................................"
	}
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, tại %s, %s phối hợp với Ban Chấp hành %s tổ chức %s theo hình thức %s.",
		vnDate(c.Date), place, enterpriseName(p), unionName(p), lowerFirst(c.Title()), lowerFirst(c.Form.Label())))

	d.Heading("I. THÀNH PHẦN THAM DỰ")
	d.Paragraph("Mô hình tổ chức: " + lowerFirst(c.Model.Label()) + ".")
	d.Paragraph("Tổng số người lao động của doanh nghiệp: " + count(c.WorkersTotal) + " người.")
	if c.Form == data.FormDelegates {
		d.Paragraph("Số đại biểu được triệu tập: " + count(c.DelegatesSummoned) + " người.")
	}
	d.Paragraph(attendance(c))
	d.Paragraph("Chủ tọa hội nghị: " + orDots(c.Chair) + ".")
	d.Paragraph("Thư ký hội nghị: " + orDots(c.Secretary) + ".")

	d.Heading("II. NỘI DUNG HỘI NGHỊ")
	if len(c.Agenda) == 0 {
		d.FillLines(3)
	}
	for i, a := range c.Agenda {
		d.Paragraph(fmt.Sprintf("%d. %s.", i+1, strings.TrimRight(a.Title(), ".")))
	}

	d.Heading("III. KẾT QUẢ BIỂU QUYẾT")
	if len(c.Resolutions) == 0 {
		d.Paragraph("Hội nghị không biểu quyết nội dung nào.")
	} else {
		_, pass := c.Model.Rules(s)
		d.Paragraph(fmt.Sprintf("Nội dung được thông qua khi có trên %s số người tham dự (%s người) tán thành.",
			pass.String(), count(c.Attendees)))
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Nội dung biểu quyết", Width: 60},
			{Title: "Tán thành", Align: AlignRight, Fit: "00.000"},
			{Title: "Không tán thành", Align: AlignRight, Fit: "00.000"},
			{Title: "Không biểu quyết", Align: AlignRight, Fit: "00.000"},
			{Title: "Tỷ lệ tán thành", Align: AlignRight, Fit: "100%"},
			{Title: "Kết quả", Width: 18, Align: AlignCenter},
		}}
		for i, r := range c.Resolutions {
			result := "Không thông qua"
			if c.Passed(r, s) {
				result = "Thông qua"
			}
			t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Text, count(r.For), count(r.Against), count(r.Abstained),
				pct(r.For, c.Attendees), result})
		}
		d.Table(t)
	}
	if c.RepsAnnounced {
		d.Paragraph("Hội nghị đã công bố danh sách thành viên đại diện đối thoại của bên người lao động.")
	}
	if c.Notes != "" {
		d.Heading("IV. Ý KIẾN KHÁC")
		d.Paragraph(c.Notes)
	}
	d.Paragraph("Hội nghị kết thúc vào hồi ..... giờ ..... cùng ngày. Biên bản đã được đọc lại trước hội nghị và được hội nghị nhất trí thông qua./.")
	d.Signatures(Signer{Title: "Thư ký hội nghị", Name: c.Secretary}, Signer{Title: "Chủ tọa hội nghị", Name: c.Chair})
	return d, nil
}

// ConferenceResolution is the nghị quyết hội nghị người lao động (DOMAIN §1:
// named for state enterprises, usual practice elsewhere): the grounds (Labour
// Code, Decree 145; Law 10/2022 for the state model), the resolutions that
// passed with their votes, who carries them out and the six-monthly review,
// signed on behalf of the conference by its chair.
func ConferenceResolution(m Meta, p *data.Profile, c *data.Conference, s data.RuleSettings) (*Document, error) {
	var passed []data.Resolution
	for _, r := range c.Resolutions {
		if c.Passed(r, s) {
			passed = append(passed, r)
		}
	}
	if len(passed) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "%s chưa có nội dung nào được thông qua: ghi kết quả biểu quyết trước khi in nghị quyết", c.Title())
	}
	d, err := m.start(false, data.DocTypeResolution.Label(), ConferenceSubject(c))
	if err != nil {
		return nil, err
	}
	d.CenteredBold(upper("Hội nghị người lao động " + enterpriseName(p)))
	d.ParagraphItalic("Căn cứ Bộ luật Lao động năm 2019;")
	d.ParagraphItalic("Căn cứ Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động;")
	if c.Model == data.ModelSOE {
		d.ParagraphItalic("Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15;")
	}
	d.ParagraphItalic("Căn cứ Quy chế dân chủ ở cơ sở tại nơi làm việc của " + enterpriseName(p) + ";")
	d.ParagraphItalic("Căn cứ kết quả biểu quyết tại " + lowerFirst(c.Title()) + " " + vnDate(c.Date) + ".")
	d.CenteredBold("QUYẾT NGHỊ:")
	d.Paragraph("Điều 1. Thông qua các nội dung sau:")
	for i, r := range passed {
		d.Paragraph(fmt.Sprintf("%d. %s (tán thành %s/%s người tham dự, đạt %s).", i+1, strings.TrimRight(r.Text, ". "),
			count(r.For), count(c.Attendees), pct(r.For, c.Attendees)))
	}
	d.Paragraph("Điều 2. Người sử dụng lao động và Ban Chấp hành " + unionName(p) + " có trách nhiệm phổ biến, tổ chức thực hiện Nghị quyết; định kỳ 6 tháng cùng kiểm tra, đánh giá việc thực hiện và thông báo kết quả đến người lao động.")
	d.Paragraph("Điều 3. Nghị quyết có hiệu lực kể từ ngày hội nghị thông qua. Người sử dụng lao động, Ban Chấp hành " + unionName(p) + " và toàn thể người lao động có trách nhiệm thực hiện Nghị quyết này./.")
	// Signed for the conference by its chủ tọa, who need not be the CĐCS's chair.
	sig := Signer{Authority: "TM. Hội nghị", Title: "Chủ tọa", Name: c.Chair}
	d.Closing(sig, m.Recipients)
	return d, nil
}

// conferencePart is the sentence of the annual report's II.1 about the conferences.
func conferencePart(f *data.AnnualFacts) []string {
	r, p := &f.Records, f.Period
	var out []string
	if len(r.Conferences) == 0 {
		out = append(out, "Trong "+p.Label()+", chưa tổ chức Hội nghị người lao động.")
	}
	for _, c := range r.Conferences {
		s := fmt.Sprintf("Phối hợp với người sử dụng lao động tổ chức %s ngày %s (%s), có %s người tham dự",
			lowerFirst(c.Title()), vn.FormatDate(c.Date), lowerFirst(c.Form.Label()), count(c.Attendees))
		if len(c.Resolutions) > 0 {
			s += fmt.Sprintf("; hội nghị biểu quyết %s nội dung", count(len(c.Resolutions)))
		}
		if c.RepsAnnounced {
			s += "; công bố danh sách thành viên đại diện đối thoại"
		}
		out = append(out, s+".")
	}
	if r.Reviews > 0 {
		out = append(out, fmt.Sprintf("Tổ chức %s lần kiểm tra, đánh giá việc thực hiện nghị quyết hội nghị người lao động.", count(r.Reviews)))
	}
	return out
}
