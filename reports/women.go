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

// The documents of nữ công (DOMAIN-MODULES §E "Documents to print"): the
// quyết định thành lập Ban nữ công quần chúng and its kế hoạch công tác nữ
// công. The danh sách ký nhận quà of an activity is the finance "sign-list"
// (reports/finance_cash.go) of the list the activity links to: one money path.

func init() {
	Register(
		&Kind{Name: "women-committee", Of: data.KindWomenCommittee, Title: "Quyết định thành lập Ban nữ công", Type: data.DocTypeDecision, Period: true, Record: "Ban nữ công",
			Description: "Quyết định thành lập (kiện toàn) Ban nữ công quần chúng với danh sách thành viên",
			recipients:  admissionRecipients, choices: womenCommitteeChoices, prepare: prepareWomenCommittee(false)},
		&Kind{Name: "women-plan", Of: data.KindWomenCommittee, Title: "Kế hoạch công tác nữ công", Type: data.DocTypePlan, Period: true, Record: "kế hoạch nữ công",
			Description: "Kế hoạch công tác nữ công của năm theo các việc đã ghi",
			recipients:  reportRecipients, choices: womenPlanChoices, prepare: prepareWomenCommittee(true)},
	)
}

// WomenCommitteeDecision is the BCH's quyết định thành lập (kiện toàn) Ban nữ
// công quần chúng, laid out as the other quyết định: grounds, Điều 1 the
// members with their roles, Điều 2 the task, Điều 3 who carries it out.
func WomenCommitteeDecision(m Meta, c *data.WomenCommittee) (*Document, error) {
	if len(c.Members) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldWcMembers, "Ban nữ công chưa có thành viên")
	}
	d, err := m.start(false, data.DocTypeDecision.Label(), "Về việc thành lập Ban nữ công quần chúng")
	if err != nil {
		return nil, err
	}
	d.CenteredBold(upper("Ban Chấp hành " + issuerName(&m)))
	d.ParagraphItalic("Căn cứ Luật Công đoàn năm 2024;")
	d.ParagraphItalic("Căn cứ Điều lệ Công đoàn Việt Nam và các văn bản hướng dẫn thi hành;")
	d.ParagraphItalic("Xét đề nghị của Ban Chấp hành về công tác nữ công.")
	d.CenteredBold("QUYẾT ĐỊNH:")
	term := ""
	if !c.TermTo.IsZero() {
		term = fmt.Sprintf(", nhiệm kỳ từ ngày %s đến ngày %s", vn.FormatDate(c.TermFrom), vn.FormatDate(c.TermTo))
	}
	d.Paragraph(fmt.Sprintf("Điều 1. Thành lập Ban nữ công quần chúng %s%s, gồm %s thành viên có tên sau:", issuerName(&m), term, count(len(c.Members))))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 50},
		{Title: "Bộ phận, tổ", Width: 45},
		{Title: "Chức danh trong Ban", Width: 35},
	}}
	for i, mb := range c.Members {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), mb.Name, mb.Unit, mb.Role})
	}
	d.Table(t)
	d.Paragraph("Điều 2. Ban nữ công quần chúng có nhiệm vụ tham mưu cho Ban Chấp hành về công tác nữ công: bảo vệ quyền, lợi ích hợp pháp của lao động nữ, bình đẳng giới, chăm lo gia đình và con của đoàn viên; tổ chức phong trào \"Giỏi việc nước, đảm việc nhà\". Ban hoạt động theo kế hoạch được Ban Chấp hành thông qua.")
	d.Paragraph("Điều 3. Ban Chấp hành, các tổ công đoàn và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. Quyết định có hiệu lực kể từ ngày ký./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// WomenPlan is the kế hoạch công tác nữ công of a year: the tasks as the chair
// typed them, one a line, numbered.
func WomenPlan(m Meta, c *data.WomenCommittee) (*Document, error) {
	tasks := data.Lines(c.Plan)
	if len(tasks) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldWcPlan, "Chưa ghi kế hoạch công tác nữ công")
	}
	year := c.PlanYear
	if year == 0 {
		year = m.Date.Year()
	}
	d, err := m.start(false, data.DocTypePlan.Label(), fmt.Sprintf("Công tác nữ công năm %d", year))
	if err != nil {
		return nil, err
	}
	d.Heading("I. MỤC ĐÍCH, YÊU CẦU")
	d.Paragraph("Chăm lo, bảo vệ quyền và lợi ích hợp pháp của lao động nữ; thực hiện bình đẳng giới; đẩy mạnh phong trào \"Giỏi việc nước, đảm việc nhà\"; chăm lo con của đoàn viên, người lao động.")
	d.Heading("II. NỘI DUNG CÔNG VIỆC")
	for i, task := range tasks {
		d.Paragraph(fmt.Sprintf("%d. %s", i+1, strings.TrimRight(task, ".")+"."))
	}
	d.Heading("III. TỔ CHỨC THỰC HIỆN")
	head := c.Head()
	if head == "" {
		d.Paragraph("Ban nữ công quần chúng chủ trì thực hiện kế hoạch, báo cáo Ban Chấp hành kết quả sau mỗi hoạt động./.")
	} else {
		d.Paragraph("Ban nữ công quần chúng, do " + head + " (Trưởng ban) phụ trách, chủ trì thực hiện kế hoạch, báo cáo Ban Chấp hành kết quả sau mỗi hoạt động./.")
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

var womenPlanChoices = yearChoicesBy(data.WomenCommittees, func(c *data.WomenCommittee) int { return c.PlanYear },
	func(c *data.WomenCommittee) time.Time { return c.DecisionDate }, nil)

// womenCommitteeChoices are the committees in force on some day of the period
// (or set up in it): a committee is chosen in every year of its term.
func womenCommitteeChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	cs, err := data.WomenCommittees.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for i := range cs {
		c := &cs[i]
		if !c.DecisionDate.After(period.To) && (c.TermTo.IsZero() || !c.TermTo.Before(period.From)) {
			ds = append(ds, dated{Choice{ID: c.ID, Label: c.Title()}, c.DecisionDate})
		}
	}
	return newestFirst(ds), nil
}

// prepareWomenCommittee prints the committee's quyết định, or its plan.
func prepareWomenCommittee(plan bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		c, err := getRecord(ctx, k, data.WomenCommittees, src, req)
		if err != nil {
			return nil, err
		}
		id := strconv.FormatInt(c.ID, 10)
		if plan {
			return &prepared{subject: fmt.Sprintf("Kế hoạch công tác nữ công năm %d", c.PlanYear), ref: "women-plan:" + id,
				build: func(m Meta) (*Document, error) { return WomenPlan(m, c) }}, nil
		}
		prep := &prepared{subject: "Về việc thành lập Ban nữ công quần chúng", ref: "women-committee:" + id, date: c.DecisionDate,
			build: func(m Meta) (*Document, error) { return WomenCommitteeDecision(m, c) }}
		if c.DecisionNo != "" {
			prep.issued = &issuedDoc{number: c.DecisionNo, date: c.DecisionDate}
		}
		return prep, nil
	}
}
