package reports

import (
	"context"
	"strconv"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The finance documents of issue 13 §9 made from the finance-plan records: the
// dự toán (B14-TLĐ layout) and quyết toán (B07-TLĐ layout), the thông báo công
// khai tài chính of the year's quyết toán (Luật Công đoàn 2024 Điều 34), and the
// biên bản kiểm kê quỹ tiền mặt (DOMAIN-MODULES §A.3, §A.6, §A.7). Every figure
// printed is the record's: a typed figure prints as typed, and the chair saw on
// the form which figures those are.

// budgetTable lays out the lines with three money columns, with the totals of thu
// and chi; cols names the columns and pick reads them.
func (d *Document) budgetTable(ls []data.BudgetLine, cols [3]string, pick [3]func(data.BudgetLine) int64) {
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Nội dung", Width: 70},
		{Title: "Mã số", Align: AlignCenter, Fit: "MÃ SỐ"},
		{Title: cols[0], Align: AlignRight, Fit: "000.000.000.000"},
		{Title: cols[1], Align: AlignRight, Fit: "000.000.000.000"},
		{Title: cols[2], Align: AlignRight, Fit: "000.000.000.000"},
	}}
	money := func(n int64) string {
		if n == 0 {
			return ""
		}
		return vn.FormatInt(n)
	}
	row := func(no, name, code string, l func(int) int64) {
		t.Rows = append(t.Rows, []string{no, name, code, money(l(0)), money(l(1)), money(l(2))})
	}
	groups := []struct {
		side  data.LineSide
		no    string
		title string
	}{
		{data.SideOpening, "I", ""},
		{data.SideIncome, "II", "Tổng thu"},
		{data.SideSpend, "III", "Tổng chi"},
		{data.SideRemit, "IV", "Nộp cấp trên"},
		{data.SideClosing, "V", ""},
	}
	for _, g := range groups {
		var in []data.BudgetLine
		for _, l := range ls {
			if l.Side == g.side {
				in = append(in, l)
			}
		}
		if g.title == "" { // the balance lines: one line each
			for _, l := range in {
				row(g.no, l.Name, l.Code, func(c int) int64 { return pick[c](l) })
			}
			continue
		}
		row(g.no, g.title, "", func(c int) int64 {
			var n int64
			for _, l := range in {
				n += pick[c](l)
			}
			return n
		})
		for i, l := range in {
			row(strconv.Itoa(i+1), l.Name, l.Code, func(c int) int64 { return pick[c](l) })
		}
	}
	d.Table(t)
}

// BudgetEstimateDoc is the dự toán thu, chi tài chính công đoàn (B14-TLĐ layout).
func BudgetEstimateDoc(m Meta, p *data.Profile, e *data.BudgetEstimate) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), "Dự toán thu, chi tài chính công đoàn năm "+strconv.Itoa(e.Year))
	if err != nil {
		return nil, err
	}
	d.Heading("A. CHỈ TIÊU CƠ BẢN")
	d.Bullet("Số lao động: " + count(e.Workers) + " người; số cán bộ công đoàn chuyên trách: " + count(e.FullTimeCadres) + " người.")
	d.Bullet("Số đoàn viên: " + count(e.Members) + " người.")
	d.Bullet("Tổng quỹ tiền lương: " + vn.FormatMoney(e.Payroll) + ".")
	d.Heading("B. CHỈ TIÊU THU, CHI (đơn vị tính: đồng)")
	d.budgetTable(e.Lines, [3]string{"Ước thực hiện năm " + strconv.Itoa(e.Year-1), "Dự toán năm " + strconv.Itoa(e.Year), "Cấp trên duyệt"},
		[3]func(data.BudgetLine) int64{data.ColFigure, data.ColPlan, data.ColApproved})
	d.Heading("C. THUYẾT MINH VÀ KIẾN NGHỊ")
	d.textOr(e.Explanation)
	d.Heading("D. NHẬN XÉT CỦA CÔNG ĐOÀN CẤP TRÊN")
	d.textOr(approvalLine(e.ApprovalNo, e.ApprovalDate) + e.UpperRemarks)
	d.Signatures(Signer{Title: "KẾ TOÁN"}, m.Signer)
	return d, nil
}

// approvalLine is the upper level's notice as a sentence, "" when none.
func approvalLine(no string, on time.Time) string {
	if no == "" && on.IsZero() {
		return ""
	}
	s := "Thông báo duyệt"
	if no != "" {
		s += " số " + no
	}
	if !on.IsZero() {
		s += " ngày " + vn.FormatDate(on)
	}
	return s + ". "
}

// BudgetSettlementDoc is the báo cáo quyết toán thu, chi tài chính công đoàn (B07-TLĐ layout).
func BudgetSettlementDoc(m Meta, p *data.Profile, s *data.BudgetSettlement) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), "Quyết toán thu, chi tài chính công đoàn "+s.PeriodName())
	if err != nil {
		return nil, err
	}
	d.Heading("A. CHỈ TIÊU CƠ BẢN")
	d.Bullet("Lao động thuộc đối tượng đóng kinh phí công đoàn: " + count(s.Workers) + " người; quỹ tiền lương đóng kinh phí công đoàn: " + vn.FormatMoney(s.Payroll) + ".")
	d.Bullet("Đoàn viên công đoàn cuối kỳ: " + count(s.Members) + " người; quỹ tiền lương đóng đoàn phí: " + vn.FormatMoney(s.DuesPayroll) + ".")
	d.Heading("B. CHỈ TIÊU THU, CHI (đơn vị tính: đồng)")
	d.budgetTable(s.Lines, [3]string{"Dự toán", "Quyết toán", "Cấp trên duyệt"},
		[3]func(data.BudgetLine) int64{data.ColPlan, data.ColFigure, data.ColApproved})
	d.Heading("C. THUYẾT MINH")
	d.textOr(s.Explanation)
	if a := approvalLine(s.ApprovalNo, s.ApprovalDate) + s.UpperRemarks; a != "" {
		d.Heading("D. Ý KIẾN CỦA CÔNG ĐOÀN CẤP TRÊN")
		d.Paragraph(a)
	}
	// The reconciliation closes the report (§A.3): it is what the signatures vouch for.
	d.Paragraph("Tài chính công đoàn tích lũy cuối kỳ " + vn.FormatMoney(s.Books().Closing) + ", gồm tiền mặt " + vn.FormatMoney(s.ClosingCash) +
		" và tiền gửi ngân hàng " + vn.FormatMoney(s.ClosingBank) + ". Số liệu trên khớp với sổ quỹ tiền mặt, sổ tiền gửi ngân hàng và chứng từ thu, chi của công đoàn cơ sở.")
	d.Signatures(Signer{Title: "KẾ TOÁN"}, m.Signer)
	return d, nil
}

// DisclosureNotice is the thông báo công khai tài chính of a year: the yearly
// quyết toán's figures, published under Điều 34 Luật Công đoàn 2024.
func DisclosureNotice(m Meta, p *data.Profile, s *data.BudgetSettlement) (*Document, error) {
	d, err := m.start(false, data.DocTypeNotice.Label(), "Công khai tài chính công đoàn năm "+strconv.Itoa(s.Year))
	if err != nil {
		return nil, err
	}
	d.Paragraph("Căn cứ Điều 34 Luật Công đoàn năm 2024 về công khai tài chính công đoàn, Ban Chấp hành " + issuerName(&m) +
		" thông báo công khai quyết toán thu, chi tài chính công đoàn năm " + strconv.Itoa(s.Year) + " như sau (đơn vị tính: đồng):")
	d.budgetTable(s.Lines, [3]string{"Dự toán", "Thực hiện", "Cấp trên duyệt"},
		[3]func(data.BudgetLine) int64{data.ColPlan, data.ColFigure, data.ColApproved})
	d.Paragraph("Số dư cuối năm: tiền mặt " + vn.FormatMoney(s.ClosingCash) + ", tiền gửi ngân hàng " + vn.FormatMoney(s.ClosingBank) + ".")
	d.Paragraph("Mọi ý kiến về nội dung công khai xin gửi về Ban Chấp hành công đoàn và Ủy ban kiểm tra công đoàn cơ sở./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// CashCountMinutes is the biên bản kiểm kê quỹ tiền mặt: denominations × count,
// book against counted, the difference and its cause.
func CashCountMinutes(m Meta, p *data.Profile, c *data.FinanceCheck) (*Document, error) {
	if !c.CashCounted {
		return nil, data.Errorf(data.EINVALID, "id", "%s không có kiểm kê quỹ tiền mặt", c.Title())
	}
	d, err := m.start(false, data.DocTypeMinutes.Label(), "Kiểm kê quỹ tiền mặt")
	if err != nil {
		return nil, err
	}
	d.Paragraph("Hôm nay, ngày " + vn.FormatDate(c.Date) + ", chúng tôi gồm:")
	d.Bullet(c.Checker + joinNonEmpty(", ", c.CheckerRole) + ", chủ trì kiểm kê;")
	if c.Cashier != "" {
		d.Bullet(c.Cashier + ", thủ quỹ;")
	}
	if c.Accountant != "" {
		d.Bullet(c.Accountant + ", kế toán;")
	}
	if c.Participants != "" {
		d.Bullet(c.Participants)
	}
	d.Paragraph("Đã kiểm kê quỹ tiền mặt của " + issuerName(&m) + ", kết quả như sau:")
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Mệnh giá (đồng)", Align: AlignRight, Width: 40},
		{Title: "Số tờ", Align: AlignRight, Width: 25},
		{Title: "Thành tiền (đồng)", Align: AlignRight, Width: 45},
	}}
	for i, r := range c.Counts {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), vn.FormatInt(r.Denomination), vn.FormatInt(int64(r.Count)), vn.FormatInt(r.Denomination * int64(r.Count))})
	}
	t.Rows = append(t.Rows, []string{"", "Cộng", "", vn.FormatInt(c.Counted())})
	d.Table(t)
	d.Bullet("Số tiền thực tế kiểm kê: " + vn.FormatMoney(c.Counted()) + " (" + vn.MoneyInWords(c.Counted()) + ").")
	d.Bullet("Số dư theo sổ quỹ: " + vn.FormatMoney(c.BookCash) + ".")
	diff := c.Difference()
	switch {
	case diff == 0:
		d.Bullet("Chênh lệch: không.")
	case diff > 0:
		d.Bullet("Chênh lệch: thừa " + vn.FormatMoney(diff) + ".")
	default:
		d.Bullet("Chênh lệch: thiếu " + vn.FormatMoney(-diff) + ".")
	}
	if diff != 0 {
		d.Paragraph("Nguyên nhân chênh lệch:")
		d.textOr(c.Explanation)
	}
	if c.Findings != "" || c.Recommendations != "" {
		d.Paragraph("Kết luận, kiến nghị:")
		d.textOr(joinNonEmpty("\n", c.Findings, c.Recommendations))
	}
	d.Paragraph("Biên bản kết thúc cùng ngày, đã đọc lại cho những người có mặt cùng nghe và thống nhất ký tên.")
	d.Signatures(Signer{Title: "THỦ QUỸ", Name: c.Cashier}, Signer{Title: "KẾ TOÁN", Name: c.Accountant}, Signer{Title: "NGƯỜI KIỂM KÊ", Name: c.Checker})
	return d, nil
}

// joinNonEmpty joins the parts that are not empty, with sep also in front
// when the first part is the only one and sep starts with ", ".
func joinNonEmpty(sep string, parts ...string) string {
	out := ""
	for _, s := range parts {
		if s == "" {
			continue
		}
		if out != "" || sep == ", " {
			out += sep
		}
		out += s
	}
	return out
}

func budgetChoices[T any](k *data.Kind[T], year func(*T) int) func(context.Context, *Sources, data.Period) ([]Choice, error) {
	return func(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
		if src.Records == nil {
			return nil, nil
		}
		rs, err := k.Store(src.Records).List(ctx)
		if err != nil {
			return nil, err
		}
		var ds []dated
		for i := range rs {
			r := &rs[i]
			y := year(r)
			if y >= period.From.Year() && y <= period.To.Year() {
				ds = append(ds, dated{Choice{ID: *k.Meta(r).ID, Label: k.Title(r)}, time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)})
			}
		}
		return newestFirst(ds), nil
	}
}

// The finance-plan documents, each under its record kind (Register).
func init() {
	Register(
		&Kind{Name: "budget-estimate", Of: data.KindBudgetEstimate, Title: "Dự toán thu, chi tài chính công đoàn", Type: data.DocTypeReport, Period: true, Record: "dự toán",
			Description: "Dự toán thu, chi tài chính công đoàn (mẫu B14-TLĐ): ước thực hiện năm trước, dự toán, cấp trên duyệt",
			recipients:  reportRecipients, choices: estimateChoices, prepare: prepareEstimate},
		&Kind{Name: "budget-settlement", Of: data.KindBudgetSettlement, Title: "Quyết toán thu, chi tài chính công đoàn", Type: data.DocTypeReport, Period: true, Record: "quyết toán",
			Description: "Báo cáo quyết toán thu, chi tài chính công đoàn 6 tháng hoặc năm (mẫu B07-TLĐ)",
			defaultYear: lastYearUntil(time.July), recipients: reportRecipients, choices: settlementChoices, prepare: prepareSettlement(false)},
		&Kind{Name: "finance-disclosure", Of: data.KindFinanceDisclosure, Title: "Thông báo công khai tài chính công đoàn", Type: data.DocTypeNotice, Period: true, Record: "quyết toán",
			Description: "Thông báo công khai quyết toán thu, chi tài chính công đoàn năm (Điều 34 Luật Công đoàn)",
			defaultYear: func(today time.Time) int { return today.Year() - 1 }, recipients: noticeRecipients, choices: settlementChoices, prepare: prepareSettlement(true)},
		&Kind{Name: "cash-count", Of: data.KindFinanceCheck, Title: "Biên bản kiểm kê quỹ tiền mặt", Type: data.DocTypeMinutes, Period: true, Record: "lần kiểm kê",
			Description: "Biên bản kiểm kê quỹ tiền mặt: mệnh giá, số tờ, số theo sổ, chênh lệch",
			choices:     cashCountChoices, prepare: prepareCashCount},
	)
}

var (
	estimateChoices   = budgetChoices(data.BudgetEstimates, func(e *data.BudgetEstimate) int { return e.Year })
	settlementChoices = budgetChoices(data.BudgetSettlements, func(s *data.BudgetSettlement) int { return s.Year })
	cashCountChoices  = budgetChoices(data.FinanceChecks, func(c *data.FinanceCheck) int {
		if !c.CashCounted {
			return 0
		}
		return c.Date.Year()
	})
)

func prepareEstimate(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	e, err := data.BudgetEstimates.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: "Dự toán thu, chi tài chính công đoàn năm " + strconv.Itoa(e.Year), ref: "estimate:" + strconv.FormatInt(id, 10),
		build: func(m Meta) (*Document, error) { return BudgetEstimateDoc(m, p, e) }}, nil
}

func prepareSettlement(notice bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		id, err := pickRecord(ctx, k, src, req)
		if err != nil {
			return nil, err
		}
		s, err := data.BudgetSettlements.Store(src.Records).Get(ctx, id)
		if err != nil {
			return nil, err
		}
		if notice {
			if s.Half != 0 {
				return nil, data.Errorf(data.EINVALID, "id", "Công khai tài chính theo quyết toán cả năm; %s là quyết toán 6 tháng", s.Title())
			}
			return &prepared{subject: "Công khai tài chính công đoàn năm " + strconv.Itoa(s.Year), ref: "disclosure:" + strconv.FormatInt(id, 10),
				build: func(m Meta) (*Document, error) { return DisclosureNotice(m, p, s) }}, nil
		}
		var verdicts []string
		if err := s.Books().Check(); err != nil {
			verdicts = append(verdicts, "Số liệu quyết toán chưa khớp: "+data.ErrorMessage(err))
		}
		return &prepared{subject: "Quyết toán thu, chi tài chính công đoàn " + s.PeriodName(), ref: "settlement:" + strconv.FormatInt(id, 10),
			verdicts: verdicts, build: func(m Meta) (*Document, error) { return BudgetSettlementDoc(m, p, s) }}, nil
	}
}

func prepareCashCount(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	c, err := data.FinanceChecks.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: "Kiểm kê quỹ tiền mặt", ref: "cashcount:" + strconv.FormatInt(id, 10), date: c.Date,
		build: func(m Meta) (*Document, error) { return CashCountMinutes(m, p, c) }}, nil
}
