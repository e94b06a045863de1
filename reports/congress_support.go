package reports

import (
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The công văn xin hỗ trợ kinh phí tổ chức đại hội (issue 15 point 5;
// DOMAIN-MODULES §C "Congress papers": "công văn xin hỗ trợ kinh phí"): the BCH
// asks the employer for the part of the congress budget that the record says
// the enterprise is to support. The sum asked is the budget lines whose source
// names the employer ("Doanh nghiệp hỗ trợ"), never a figure
// nobody recorded: with no such line the amount prints as dots and the chair is
// told before printing.

func init() {
	Register(congressKind("congress-support", "Công văn xin hỗ trợ kinh phí đại hội", data.DocTypeLetter,
		"Công văn đề nghị doanh nghiệp hỗ trợ kinh phí tổ chức đại hội: các khoản dự toán ghi nguồn doanh nghiệp hỗ trợ",
		supportRecipients, congressSupportDoc))
}

func supportRecipients(p *data.Profile) []string {
	return []string{"Như trên", upperName(p) + " (để báo cáo)", "Lưu: VT"}
}

// supportLines are the budget lines the enterprise is asked to pay.
func supportLines(c *data.Congress) []data.CongressBudgetLine {
	var out []data.CongressBudgetLine
	for _, b := range c.Budget {
		s := vn.Fold(b.Source)
		// Only a source naming the employer: "Kinh phí công đoàn Công ty …" or
		// "Cấp trên hỗ trợ" are not the enterprise's to pay.
		if strings.Contains(s, "doanh nghiep") || strings.Contains(s, "nguoi su dung lao dong") {
			out = append(out, b)
		}
	}
	return out
}

var congressSupportDoc = &congressDoc{
	subject: congressSubject("Đề nghị hỗ trợ kinh phí tổ chức"),
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, "", congressSubject("Đề nghị hỗ trợ kinh phí tổ chức")(cd))
		if err != nil {
			return nil, err
		}
		d.CenteredBold("Kính gửi: Ban Giám đốc " + enterpriseName(cd.p))
		d.Paragraph("Thực hiện Kế hoạch của " + upperName(cd.p) + " về tổ chức đại hội công đoàn cơ sở, Ban Chấp hành " + issuerName(&m) +
			" tổ chức " + congressTitle(cd) + " vào " + vnDate(c.Date) + " tại " + orDots(c.Place) + ", với " + delegatesSentence(c) + ".")
		lines := supportLines(c)
		if len(lines) == 0 {
			d.Paragraph("Để đại hội được tổ chức trang trọng, tiết kiệm, đúng quy định, Ban Chấp hành kính đề nghị Ban Giám đốc quan tâm hỗ trợ kinh phí tổ chức đại hội với số tiền: ...................... đồng.")
		} else {
			var asked int64
			t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Nội dung", Width: 60}, {Title: "Số tiền (đồng)", Align: AlignRight, Fit: "000.000.000"}}}
			for i, b := range lines {
				t.Rows = append(t.Rows, []string{rowNo(i + 1), b.Item, vn.FormatInt(b.Amount)})
				asked += b.Amount
			}
			t.Rows = append(t.Rows, []string{"", "Tổng cộng", vn.FormatInt(asked)})
			d.Paragraph("Để đại hội được tổ chức trang trọng, tiết kiệm, đúng quy định, Ban Chấp hành kính đề nghị Ban Giám đốc quan tâm hỗ trợ kinh phí tổ chức đại hội các khoản sau:")
			d.Table(t)
			d.Paragraph("Tổng số tiền đề nghị hỗ trợ: " + vn.FormatInt(asked) + " đồng (" + vn.MoneyInWords(asked) + ").")
		}
		d.Paragraph("Ban Chấp hành " + issuerName(&m) + " trân trọng cảm ơn sự quan tâm, tạo điều kiện của Ban Giám đốc./.")
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
	check: func(cd *congressData) []string {
		gaps := cd.missing(cd.dateGap(), cd.placeGap())
		if len(supportLines(cd.c)) == 0 {
			gaps = append(gaps, "Dự toán đại hội chưa có khoản nào ghi nguồn “Doanh nghiệp hỗ trợ”: số tiền đề nghị in dòng chấm.")
		}
		return gaps
	},
}
