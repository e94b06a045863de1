package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// AgreementVoteSubject is the trích yếu of the biên bản tổng hợp kết quả biểu quyết.
const AgreementVoteSubject = "Tổng hợp kết quả biểu quyết dự thảo thỏa ước lao động tập thể"

// AgreementVote is the biên bản tổng hợp kết quả biểu quyết dự thảo TƯLĐTT
// (DOMAIN Implications D.5): how many workers the enterprise has, how many
// voted for the draft, and whether that is more than 50% of all workers, not
// of the votes cast, which the signing needs (Labour Code Art. 76; DOMAIN §3).
// copies is the number of originals (DocumentSettings.MinutesCopies).
func AgreementVote(m Meta, p *data.Profile, a *data.Agreement, copies int) (*Document, error) {
	if a.Voters <= 0 {
		return nil, data.Errorf(data.EINVALID, "", "%s chưa có kết quả biểu quyết (tổng số người lao động và số tán thành)", a.Name())
	}
	d, err := m.start(false, data.DocTypeMinutes.Label(), AgreementVoteSubject)
	if err != nil {
		return nil, err
	}
	who, whole := "người lao động của doanh nghiệp", "Tổng số người lao động của doanh nghiệp"
	if a.Level == data.LevelSector {
		who = "thành viên ban lãnh đạo các tổ chức đại diện người lao động"
		whole = "Tổng số thành viên ban lãnh đạo các tổ chức đại diện người lao động"
	}
	draft := "dự thảo thỏa ước lao động tập thể"
	if a.Title != "" { // typed by the chair: printed as typed
		draft += " \"" + a.Title + "\""
	}
	d.Paragraph(fmt.Sprintf("Hôm nay, %s, Ban Chấp hành %s tổng hợp kết quả lấy ý kiến biểu quyết của %s về %s như sau:",
		vnDate(a.VoteDate), issuerName(&m), who, draft))
	against := a.Voters - a.VotesFor
	d.Table(Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Nội dung", Width: 90},
		{Title: "Số người", Align: AlignRight, Fit: "000.000"},
		{Title: "Tỷ lệ so với tổng số", Width: 28, Align: AlignRight},
	}, Rows: [][]string{
		{"1", whole, count(a.Voters), "100%"},
		{"2", "Số người tán thành dự thảo", count(a.VotesFor), pct(a.VotesFor, a.Voters)},
		{"3", "Số người không tán thành hoặc không biểu quyết", count(against), pct(against, a.Voters)},
	}})
	// The count, not the legal verdict: whether it may be signed is the
	// chair's warning before printing (AgreementVoteWarnings).
	d.Paragraph(fmt.Sprintf("Kết quả: dự thảo thỏa ước được %s trên tổng số %s %s tán thành, đạt %s.",
		count(a.VotesFor), count(a.Voters), who, pct(a.VotesFor, a.Voters)))
	d.Paragraph(copiesSentence(copies, 1) + ", gửi người sử dụng lao động và lưu tại Công đoàn cơ sở./.")
	d.Signatures(Signer{Title: "Người tổng hợp"}, m.Signer)
	return d, nil
}

// AgreementVoteWarnings are the legal verdict on a vote, told to the chair
// before printing rather than written in the biên bản (issue 11 point 3).
func AgreementVoteWarnings(a *data.Agreement) []string {
	if a.Voters <= 0 || data.AgreementSigningAllowed(a.VotesFor, a.Voters) {
		return nil
	}
	need := data.SigningShare.Needed(a.Voters, false)
	return []string{fmt.Sprintf("Dự thảo chưa được trên 50%% tổng số người lao động tán thành (cần ít nhất %s người): chưa đủ điều kiện để ký kết theo Điều 76 Bộ luật Lao động năm 2019.", count(need))}
}

// AgreementReportSubject is the trích yếu of the report on bargaining and the agreement for a period.
func AgreementReportSubject(p data.Period) string {
	return "Tình hình thương lượng tập thể và thực hiện thỏa ước lao động tập thể " + p.Label()
}

// AgreementReport is the báo cáo tình hình thương lượng và thực hiện TƯLĐTT
// for the upper level (DOMAIN Implications D.5; §3): the bargaining rounds
// of the period, the agreement that binds (dates, vote, copy to the Sở Nội
// vụ, publication, favourable clauses, amendments), its rating of the year,
// and dotted lines for the chair's assessment and proposals.
func AgreementReport(m Meta, f data.AnnualFacts, bargs []data.Bargaining) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), AgreementReportSubject(f.Period))
	if err != nil {
		return nil, err
	}
	p := &f.Profile
	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s báo cáo tình hình thương lượng tập thể và thực hiện thỏa ước lao động tập thể tại %s %s như sau:",
		issuerName(&m), enterpriseName(p), f.Period.Label()))

	d.Heading("I. TÌNH HÌNH THƯƠNG LƯỢNG TẬP THỂ")
	in := func(b *data.Bargaining) bool {
		return !b.RequestDate.Before(f.Period.From) && !b.RequestDate.After(f.Period.To)
	}
	n := 0
	for i := range bargs {
		b := &bargs[i]
		if !in(b) {
			continue
		}
		n++
		s := fmt.Sprintf("%d. Ngày %s, %s đề nghị thương lượng tập thể", n, vn.FormatDate(b.RequestDate), lowerFirst(b.RequestedBy.Label()))
		if subj := strings.TrimSpace(b.Subject); subj != "" {
			s += " về: " + strings.TrimRight(subj, ".")
		}
		s += "."
		if !b.StartDate.IsZero() {
			s += fmt.Sprintf(" Phiên thương lượng đầu tiên ngày %s; %s phiên có biên bản.", vn.FormatDate(b.StartDate), count(len(b.Sessions)))
		}
		s += " Kết quả: " + lowerFirst(b.Outcome.Label())
		if !b.EndDate.IsZero() {
			s += " (ngày " + vn.FormatDate(b.EndDate) + ")"
		}
		d.Paragraph(s + ".")
	}
	if n == 0 {
		d.Paragraph("Trong " + f.Period.Label() + ", không có cuộc thương lượng tập thể nào.")
	}

	d.Heading("II. THỎA ƯỚC LAO ĐỘNG TẬP THỂ")
	r := &f.Records
	if a := r.Agreement; a == nil {
		d.Paragraph("Đến ngày " + vn.FormatDate(f.AsOf) + ", doanh nghiệp chưa ký thỏa ước lao động tập thể.")
	} else {
		d.Paragraph(agreementSentence(a, r.AgreementState) + ".")
		vote := fmt.Sprintf("Dự thảo được %s trên %s người lao động tán thành (%s)", count(a.VotesFor), count(a.Voters), pct(a.VotesFor, a.Voters))
		if !a.VoteDate.IsZero() {
			vote += " ngày " + vn.FormatDate(a.VoteDate)
		}
		d.Paragraph(vote + ".")
		sent := "Chưa ghi nhận việc gửi thỏa ước đến Sở Nội vụ"
		if !a.Sent.IsZero() {
			sent = "Đã gửi Sở Nội vụ ngày " + vn.FormatDate(a.Sent)
		}
		if !a.Published.IsZero() {
			sent += "; đã công bố đến người lao động ngày " + vn.FormatDate(a.Published)
		}
		d.Paragraph(sent + ".")
		if len(a.Clauses) > 0 {
			d.Paragraph(fmt.Sprintf("Thỏa ước có %s điều khoản có lợi hơn cho người lao động so với quy định của pháp luật:", count(len(a.Clauses))))
			t := Table{Columns: []Column{
				{Title: "STT", Align: AlignCenter, Fit: "00"},
				{Title: "Nhóm nội dung", Width: 35},
				{Title: "Nội dung có lợi hơn", Width: 80},
				{Title: "Mức", Width: 30},
			}}
			for i, c := range a.Clauses {
				t.Rows = append(t.Rows, []string{rowNo(i + 1), c.Group.Label(), c.Content, c.Value})
			}
			d.Table(t)
		}
		for _, am := range a.Amendments {
			s := "Sửa đổi, bổ sung"
			if !am.Date.IsZero() {
				s += " ký ngày " + vn.FormatDate(am.Date)
			}
			s += ": " + strings.TrimRight(am.Content, ".")
			if am.Voters > 0 {
				s += fmt.Sprintf(" (tán thành %s/%s người, %s)", count(am.VotesFor), count(am.Voters), pct(am.VotesFor, am.Voters))
			}
			d.Paragraph(s + ".")
		}
	}

	d.Heading("III. ĐÁNH GIÁ, XẾP LOẠI THỎA ƯỚC")
	if rt := r.Rating; rt != nil {
		s := fmt.Sprintf("Năm %d, thỏa ước được đánh giá, xếp loại: %s", rt.Year, rt.Grade.Label())
		if strings.TrimSpace(rt.Reason) != "" {
			s += " (" + strings.TrimRight(rt.Reason, ".") + ")"
		}
		d.Paragraph(s + ".")
	} else {
		d.FillLines(2)
	}
	d.Heading("IV. KIẾN NGHỊ, ĐỀ XUẤT")
	d.FillLines(3)
	d.Paragraph("Trên đây là báo cáo " + lowerFirst(AgreementReportSubject(f.Period)) + " của Ban Chấp hành " + issuerName(&m) + "./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// agreementSentence says what agreement binds and until when.
func agreementSentence(a *data.Agreement, st data.AgreementState) string {
	s := a.Name()
	if !a.Signed.IsZero() && !strings.Contains(s, vn.FormatDate(a.Signed)) {
		s += " ký ngày " + vn.FormatDate(a.Signed)
	}
	if !a.EffectiveOn().IsZero() {
		s += ", có hiệu lực từ ngày " + vn.FormatDate(a.EffectiveOn())
	}
	if exp := a.Expiry(); !exp.IsZero() {
		s += " đến ngày " + vn.FormatDate(exp)
	}
	if a.TermYears > 0 {
		s += fmt.Sprintf(" (thời hạn %d năm)", a.TermYears)
	}
	if st != "" {
		s += "; tình trạng: " + lowerFirst(st.Label())
	}
	return s
}

// agreementPart is the annual report's sentences about bargaining and the agreement.
func agreementPart(f *data.AnnualFacts) []string {
	r := &f.Records
	var out []string
	if r.Bargainings > 0 {
		s := fmt.Sprintf("Trong %s, tiến hành %s cuộc thương lượng tập thể", f.Period.Label(), count(r.Bargainings))
		if r.BargainsAgreed > 0 {
			s += fmt.Sprintf(", %s cuộc đã thống nhất được dự thảo thỏa ước", count(r.BargainsAgreed))
		}
		out = append(out, s+".")
	}
	a := r.Agreement
	if a == nil {
		return append(out, "Doanh nghiệp chưa ký thỏa ước lao động tập thể.")
	}
	s := agreementSentence(a, r.AgreementState)
	if r.AgreementClauses > 0 {
		s += fmt.Sprintf("; có %s điều khoản có lợi hơn cho người lao động so với quy định của pháp luật", count(r.AgreementClauses))
	}
	if rt := r.Rating; rt != nil {
		s += "; xếp loại năm " + itoa(rt.Year) + ": " + rt.Grade.Label()
	}
	return append(out, s+".")
}
