package reports

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The báo cáo sơ kết / tổng kết thực hiện một nghị quyết (DOMAIN-MODULES §B,
// "Report structure" of the NQ 4a review): 1 leadership and dissemination;
// 2 results against each target, "có so sánh, đối chiếu"; 3 tasks and
// solutions done; 4 shortcomings, causes, lessons; 5 direction. Part 2 prints
// the chair's targets beside the results, those about cadre training counted
// from the records over the period. What is not recorded prints as dotted
// lines to fill by hand, and the chair is told before printing.

func init() {
	Register(&Kind{Name: "resolution-review", Of: data.KindResolutionReview, Title: "Báo cáo sơ kết, tổng kết nghị quyết", Type: data.DocTypeReport,
		Period: true, Record: "báo cáo",
		Description: "Báo cáo sơ kết, tổng kết thực hiện nghị quyết: 5 phần, kết quả từng chỉ tiêu đối chiếu với chỉ tiêu nghị quyết",
		recipients:  reportRecipients, choices: reviewChoices, prepare: prepareReview})
}

func reviewChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	rs, err := data.ResolutionReviews.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, r := range rs {
		// The year reviewed, or the year the report is due in (a tổng kết of
		// 2021–2025 is written in 2026).
		in := func(y int) bool { return y >= period.From.Year() && y <= period.To.Year() }
		if in(r.To.Year()) || !r.Due.IsZero() && in(r.Due.Year()) {
			ds = append(ds, dated{Choice{ID: r.ID, Label: r.Title()}, r.To})
		}
	}
	return newestFirst(ds), nil
}

// ReviewSubject is the trích yếu: "Tổng kết 5 năm thực hiện Nghị quyết số 10b/NQ-BCH".
func ReviewSubject(r *data.ResolutionReview) string {
	return fmt.Sprintf("%s %s thực hiện %s", r.Stage.Label(), reviewSpan(r), vn.Clean(r.Resolution))
}

// reviewSpan is the length of the period as titles say it: "5 năm", "6 tháng".
func reviewSpan(r *data.ResolutionReview) string {
	months := (r.To.Year()-r.From.Year())*12 + int(r.To.Month()) - int(r.From.Month()) + 1
	if r.To.Day() < r.From.Day()-1 {
		months--
	}
	if months >= 12 && months%12 == 0 {
		return strconv.Itoa(months/12) + " năm"
	}
	return strconv.Itoa(max(months, 1)) + " tháng"
}

func prepareReview(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	r, err := data.ResolutionReviews.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	in, err := loadTraining(ctx, src)
	if err != nil {
		return nil, err
	}
	st := data.ComputeTrainingStats(in.cadres, in.courses, in.settings, r.From, r.To)
	return &prepared{subject: ReviewSubject(r), ref: "resolution-review:" + strconv.FormatInt(id, 10),
		verdicts: ReviewBlanks(r, st),
		build:    func(m Meta) (*Document, error) { return ReviewDoc(m, r, st) }}, nil
}

// reviewParts are the written parts in the order §B gives them (part 2, the
// targets, sits between the first and the second of these).
func reviewParts(r *data.ResolutionReview) []struct{ heading, text string } {
	return []struct{ heading, text string }{
		{"I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT", r.Leadership},
		{"III. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", r.Tasks},
		{"IV. HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM", r.Shortcomings},
		{"V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", r.Direction},
	}
}

// ReviewBlanks lists what the report prints as dotted lines because nothing is
// recorded: told to the chair before printing.
func ReviewBlanks(r *data.ResolutionReview, st data.TrainingStats) []string {
	var out []string
	var parts []string
	for _, p := range reviewParts(r) {
		if strings.TrimSpace(p.text) == "" {
			parts = append(parts, "phần "+strings.SplitN(p.heading, ".", 2)[0])
		}
	}
	if len(parts) > 0 {
		out = append(out, "Chưa viết "+strings.Join(parts, ", ")+": báo cáo in dòng chấm để điền tay.")
	}
	if len(r.Targets) == 0 {
		out = append(out, "Chưa ghi chỉ tiêu nào của nghị quyết: phần II in dòng chấm để điền tay.")
	}
	for i, t := range r.Targets {
		res := data.ResultOf(t, st)
		if res.Text == "" {
			out = append(out, fmt.Sprintf("Chỉ tiêu %d (%s): %s, cột kết quả để trống.", i+1, t.Indicator, res.Why))
		}
		if t.Target == "" {
			out = append(out, fmt.Sprintf("Chỉ tiêu %d (%s): chưa ghi mức nghị quyết đề ra, cột chỉ tiêu để trống.", i+1, t.Indicator))
		}
	}
	return out
}

// ReviewDoc is the report: the five parts, part II a table of the targets,
// their results and the comparison.
func ReviewDoc(m Meta, r *data.ResolutionReview, st data.TrainingStats) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), ReviewSubject(r))
	if err != nil {
		return nil, err
	}
	intro := "Thực hiện yêu cầu của công đoàn cấp trên"
	if r.UpperPlan != "" {
		intro = "Thực hiện " + r.UpperPlan
	}
	d.Paragraph(fmt.Sprintf("%s, Ban Chấp hành %s báo cáo %s kết quả thực hiện %s, từ ngày %s đến ngày %s, như sau:",
		intro, issuerName(&m), strings.ToLower(r.Stage.Label()), r.Resolution, vn.FormatDate(r.From), vn.FormatDate(r.To)))
	parts := reviewParts(r)
	written := func(i int) {
		d.Heading(parts[i].heading)
		if strings.TrimSpace(parts[i].text) == "" {
			d.FillLines(4)
			return
		}
		for _, para := range strings.Split(parts[i].text, "\n") {
			if para = strings.TrimSpace(para); para != "" {
				d.Paragraph(para)
			}
		}
	}
	written(0)
	d.Heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
	if len(r.Targets) == 0 {
		d.FillLines(4)
	} else {
		d.Paragraph(fmt.Sprintf("Kết quả thực hiện từng chỉ tiêu, đối chiếu với chỉ tiêu nghị quyết đề ra (số liệu về đào tạo, bồi dưỡng cán bộ tính theo sổ đào tạo từ ngày %s đến ngày %s):",
			vn.FormatDate(r.From), vn.FormatDate(r.To)))
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Chỉ tiêu", Width: 55},
			{Title: "Nghị quyết\nđề ra", Align: AlignCenter, Width: 18},
			{Title: "Kết quả\nthực hiện", Align: AlignCenter, Width: 22},
			{Title: "So sánh", Align: AlignCenter, Fit: "Chưa đạt"},
			{Title: "Ghi chú", Width: 20},
		}}
		for i, tg := range r.Targets {
			res := data.ResultOf(tg, st)
			t.Rows = append(t.Rows, []string{rowNo(i + 1), tg.Indicator, dotsIfEmpty(tg.Target), dotsIfEmpty(res.Text), data.Compare(tg.Target, res), tg.Note})
		}
		d.Table(t)
	}
	for i := 1; i < len(parts); i++ {
		written(i)
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// dotsIfEmpty leaves a cell nothing recorded fills with dots to write in by hand.
func dotsIfEmpty(s string) string {
	if s == "" {
		return "……"
	}
	return s
}
