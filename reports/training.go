package reports

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The documents of cadre training (issue 14 point 3, DOMAIN-MODULES §B,
// "Documents to print"): the yearly plan (with the needs registration), the
// giấy giới thiệu sending cadres to a course, the participants' list, and the
// báo cáo kết quả đào tạo, bồi dưỡng with its statistics table.

func init() {
	Register(
		&Kind{Name: "training-plan", Of: data.KindTrainingPlan, Title: "Kế hoạch đào tạo, bồi dưỡng cán bộ", Type: data.DocTypePlan, Period: true, Record: "kế hoạch",
			Description: "Kế hoạch đào tạo, bồi dưỡng cán bộ công đoàn năm, kèm đăng ký nhu cầu gửi cấp trên",
			recipients:  reportRecipients, choices: trainingPlanChoices, prepare: prepareTrainingPlan},
		&Kind{Name: "training-referral", Of: data.KindCourse, Title: "Giấy giới thiệu cử cán bộ đi tập huấn", Type: data.DocTypeReferral, Period: true, Record: "lớp",
			Description: "Giấy giới thiệu cử cán bộ công đoàn đi dự lớp đào tạo, bồi dưỡng",
			recipients:  listRecipients, choices: courseChoices, prepare: prepareCourseDoc(false)},
		&Kind{Name: "training-participants", Of: data.KindCourse, Title: "Danh sách học viên", Type: data.DocTypeList, Period: true, Record: "lớp",
			Description: "Danh sách học viên của một lớp: chức danh, tham dự, kết quả, giấy chứng nhận, bài thu hoạch",
			recipients:  listRecipients, choices: courseChoices, prepare: prepareCourseDoc(true)},
		&Kind{Name: "training-report", Of: data.KindCourse, Title: "Báo cáo kết quả đào tạo, bồi dưỡng cán bộ", Type: data.DocTypeReport, Period: true,
			Description: "Báo cáo kết quả đào tạo, bồi dưỡng cán bộ công đoàn: số lớp, lượt người, theo chủ đề, tỷ lệ BCH và chủ tịch mới bầu được bồi dưỡng",
			defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareTrainingReport},
	)
}

func trainingPlanChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	ps, err := data.TrainingPlans.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, p := range ps {
		if p.Year >= period.From.Year() && p.Year <= period.To.Year() {
			ds = append(ds, dated{Choice{ID: p.ID, Label: p.Title()}, time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)})
		}
	}
	return newestFirst(ds), nil
}

func courseChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	cs, err := data.Courses.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, c := range cs {
		if inPeriod(c.From, period) {
			ds = append(ds, dated{Choice{ID: c.ID, Label: c.Title()}, c.From})
		}
	}
	return newestFirst(ds), nil
}

// TrainingPlanSubject is the trích yếu of the yearly plan.
func TrainingPlanSubject(year int) string {
	return "Đào tạo, bồi dưỡng cán bộ công đoàn năm " + strconv.Itoa(year)
}

func prepareTrainingPlan(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	pl, err := data.TrainingPlans.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: TrainingPlanSubject(pl.Year), ref: "training-plan:" + strconv.FormatInt(id, 10), date: pl.Approved,
		build: func(m Meta) (*Document, error) { return TrainingPlanDoc(m, pl) }}, nil
}

// TrainingPlanDoc is the kế hoạch đào tạo, bồi dưỡng năm: purposes, the courses
// foreseen, the money, who does what; the needs registration as an annex.
func TrainingPlanDoc(m Meta, pl *data.TrainingPlan) (*Document, error) {
	if len(pl.Items) == 0 && len(pl.Needs) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "%s chưa có lớp dự kiến nào", pl.Title())
	}
	d, err := m.start(false, data.DocTypePlan.Label(), TrainingPlanSubject(pl.Year))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Căn cứ Điều lệ Công đoàn Việt Nam (Ban Chấp hành công đoàn cơ sở có nhiệm vụ đào tạo, bồi dưỡng cán bộ công đoàn) và hướng dẫn của công đoàn cấp trên, Ban Chấp hành %s xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ công đoàn năm %d như sau:",
		issuerName(&m), pl.Year))
	d.Heading("I. MỤC ĐÍCH, YÊU CẦU")
	if pl.Goals != "" {
		d.Paragraph(pl.Goals)
	} else {
		d.FillLines(3)
	}
	if len(pl.Items) > 0 {
		d.Heading("II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN")
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Nội dung", Width: 40},
			{Title: "Đối tượng", Width: 35},
			{Title: "Cấp tổ chức,\nhình thức", Width: 30},
			{Title: "Thời gian", Width: 20},
			{Title: "Số người", Align: AlignRight, Fit: "người"},
			{Title: "Kinh phí\n(đồng)", Align: AlignRight, Fit: "00.000.000"},
		}}
		people := 0
		for i, it := range pl.Items {
			how := strings.Trim(it.Level.Label()+", "+lowerForm(it.Form), ", ")
			t.Rows = append(t.Rows, []string{rowNo(i + 1), it.Topic, it.Audience, how, it.When, blankZero(it.People), blankZero64(it.Cost)})
			people += it.People
		}
		t.Rows = append(t.Rows, []string{"", "Cộng", "", "", "", blankZero(people), blankZero64(pl.Cost())})
		d.Table(t)
		d.Heading("III. KINH PHÍ")
		if pl.Cost() > 0 {
			d.Paragraph(fmt.Sprintf("Tổng kinh phí dự kiến: %s đồng (%s), chi từ nguồn tài chính công đoàn cơ sở theo quy định; các lớp do công đoàn cấp trên, doanh nghiệp tổ chức theo kinh phí của đơn vị tổ chức.",
				count64(pl.Cost()), vn.MoneyInWords(pl.Cost())))
		} else {
			d.Paragraph("Các lớp do công đoàn cấp trên, doanh nghiệp tổ chức theo kinh phí của đơn vị tổ chức; công đoàn cơ sở chi theo quy định khi phát sinh.")
		}
		d.Heading("IV. TỔ CHỨC THỰC HIỆN")
		d.Paragraph("Ban Chấp hành phân công ủy viên phụ trách từng lớp, phối hợp với người sử dụng lao động bố trí thời gian cho cán bộ đi học; cán bộ được cử tham dự đầy đủ, nộp bài thu hoạch; cuối năm báo cáo kết quả về công đoàn cấp trên.")
	}
	if len(pl.Needs) > 0 {
		title := fmt.Sprintf("ĐĂNG KÝ NHU CẦU ĐÀO TẠO, BỒI DƯỠNG NĂM %d", pl.Year)
		d.Annex(title, m.attachedTo(data.DocTypePlan.Label()))
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Nội dung cần đào tạo", Width: 45},
			{Title: "Đối tượng", Width: 35},
			{Title: "Số người", Align: AlignRight, Fit: "người"},
			{Title: "Ghi chú", Width: 30},
		}}
		people := 0
		for i, n := range pl.Needs {
			t.Rows = append(t.Rows, []string{rowNo(i + 1), n.Topic, n.Audience, blankZero(n.People), n.Note})
			people += n.People
		}
		t.Rows = append(t.Rows, []string{"", "Cộng", "", blankZero(people), ""})
		d.Table(t)
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

func blankZero(n int) string {
	if n == 0 {
		return ""
	}
	return count(n)
}

func blankZero64(n int64) string {
	if n == 0 {
		return ""
	}
	return count64(n)
}

// CourseReferralSubject and CourseListSubject are the trích yếu of a course's documents.
func CourseReferralSubject(c *data.Course) string {
	return "Cử cán bộ tham dự lớp " + lowerFirstRune(c.Name)
}

// CourseListSubject is the trích yếu of the participants' list.
func CourseListSubject(c *data.Course) string { return "Học viên lớp " + lowerFirstRune(c.Name) }

func lowerFirstRune(s string) string {
	r := []rune(s)
	if len(r) > 1 && !isUpperWord(s) {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}

// isUpperWord reports whether the first word is an abbreviation ("ATVSLĐ").
func isUpperWord(s string) bool {
	w, _, _ := strings.Cut(s, " ")
	return len([]rune(w)) > 1 && strings.ToUpper(w) == w
}

func prepareCourseDoc(list bool) func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		id, err := pickRecord(ctx, k, src, req)
		if err != nil {
			return nil, err
		}
		c, err := data.Courses.Store(src.Records).Get(ctx, id)
		if err != nil {
			return nil, err
		}
		ref := "course:" + strconv.FormatInt(id, 10)
		if list {
			return &prepared{subject: CourseListSubject(c), ref: ref + ":list", date: c.End(),
				build: func(m Meta) (*Document, error) { return CourseList(m, c) }}, nil
		}
		// The giấy giới thiệu goes before the course: dated by the day printed, at the latest its first day.
		date := c.From
		if date.After(src.Now()) {
			date = time.Time{}
		}
		return &prepared{subject: CourseReferralSubject(c), ref: ref + ":referral", date: date,
			build: func(m Meta) (*Document, error) { return CourseReferral(m, c) }}, nil
	}
}

// courseWhere is "do Công đoàn cấp trên trực tiếp tổ chức từ ngày … đến ngày … tại …".
func courseWhere(c *data.Course) string {
	s := "do " + c.Level.Label() + " tổ chức"
	if c.To.IsZero() || c.To.Equal(c.From) {
		s += " ngày " + vn.FormatDate(c.From)
	} else {
		s += " từ ngày " + vn.FormatDate(c.From) + " đến ngày " + vn.FormatDate(c.To)
	}
	s += ", hình thức " + lowerForm(c.Form)
	if c.Place != "" {
		s += ", địa điểm: " + c.Place
	}
	return s
}

// CourseReferral is the giấy giới thiệu sending the course's participants.
func CourseReferral(m Meta, c *data.Course) (*Document, error) {
	if len(c.Participants) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Lớp %q chưa có học viên được cử", c.Name)
	}
	d, err := m.start(false, data.DocTypeReferral.Label(), CourseReferralSubject(c))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s trân trọng giới thiệu %s cán bộ công đoàn có tên sau:", issuerName(&m), count(len(c.Participants))))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 45},
		{Title: "Chức danh công đoàn", Width: 60},
	}}
	for i, p := range c.Participants {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), p.Name, p.Role})
	}
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Được cử tham dự lớp \"%s\" %s.", c.Name, courseWhere(c)))
	if topics := c.TopicsText(); topics != "" {
		d.Paragraph("Nội dung: " + topics + ".")
	}
	d.Paragraph("Đề nghị đơn vị tổ chức lớp tạo điều kiện để các đồng chí có tên trên hoàn thành nhiệm vụ. Đề nghị người sử dụng lao động bố trí thời gian để cán bộ tham dự theo quy định.")
	d.Paragraph("Giấy giới thiệu có giá trị đến hết ngày " + vn.FormatDate(c.End()) + "./.")
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// CourseList is the danh sách học viên of a course.
func CourseList(m Meta, c *data.Course) (*Document, error) {
	if len(c.Participants) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Lớp %q chưa có học viên", c.Name)
	}
	// Portrait, as the upper level's lists are: in landscape the header took
	// half of page 1 and a list of six moved its last rows and the signature
	// to a second page, leaving the first half empty.
	d, err := m.start(false, data.DocTypeList.Label(), CourseListSubject(c))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Lớp \"%s\" %s.", c.Name, courseWhere(c)))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		// A name and a result on one line (the longest of each, when the page
		// has room: Fit falls back to the weights); the certificate's number
		// over its date in one column, so that the post has the room to wrap
		// on two lines, not three.
		{Title: "Họ và tên", Width: 38, Fit: longest(c.Participants, func(p *data.Participant) string { return p.Name })},
		{Title: "Chức danh công đoàn", Width: 42},
		{Title: "Tham dự", Align: AlignCenter, Fit: "Không"},
		{Title: "Kết quả", Width: 18, Fit: longest(c.Participants, func(p *data.Participant) string { return p.Result })},
		{Title: "Số, ngày\ncấp GCN", Align: AlignCenter, Fit: longest([]string{"00/00/0000", longest(c.Participants, func(p *data.Participant) string { return p.CertNo })}, func(s *string) string { return *s })},
		{Title: "Bài thu\nhoạch", Align: AlignCenter, Fit: "hoạch"},
	}}
	attended := 0
	for i, p := range c.Participants {
		went, essay := "Không", ""
		if p.Attended {
			went = "Có"
			attended++
		}
		if p.Essay {
			essay = "x"
		}
		cert := p.CertNo
		if !p.CertDate.IsZero() {
			cert = strings.TrimPrefix(cert+"\n"+vn.FormatDate(p.CertDate), "\n")
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), p.Name, p.Role, went, p.Result, cert, essay})
	}
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Tổng số: %s người được cử; %s người tham dự.", count(len(c.Participants)), count(attended)))
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// longest is the longest text of the rows (by runes), for a column's Fit.
func longest[T any](rows []T, text func(*T) string) string {
	out := ""
	for i := range rows {
		if s := text(&rows[i]); utf8.RuneCountInString(s) > utf8.RuneCountInString(out) {
			out = s
		}
	}
	return out
}

// TrainingReportSubject is the trích yếu of the results report.
func TrainingReportSubject(p data.Period) string {
	return "Kết quả đào tạo, bồi dưỡng cán bộ công đoàn " + p.Label()
}

func prepareTrainingReport(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	if src.Records == nil {
		return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ cán bộ, đào tạo"}
	}
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return nil, err
	}
	in, err := loadTraining(ctx, src)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: TrainingReportSubject(period), ref: periodRef(period),
		build: func(m Meta) (*Document, error) { return TrainingReport(m, period, in.cadres, in.courses, in.settings) }}, nil
}

// trainingRecords are what the training report reads.
type trainingRecords struct {
	cadres   []data.Cadre
	courses  []data.Course
	settings data.TrainingSettings
}

func loadTraining(ctx context.Context, src *Sources) (trainingRecords, error) {
	var in trainingRecords
	var err error
	if in.cadres, err = data.Cadres.Store(src.Records).List(ctx); err != nil {
		return in, err
	}
	if in.courses, err = data.Courses.Store(src.Records).List(ctx); err != nil {
		return in, err
	}
	in.settings = data.DefaultTrainingSettings()
	if src.Settings != nil {
		rules, err := data.LoadRuleSettings(ctx, src.Settings)
		if err != nil {
			return in, err
		}
		in.settings = rules.Training
	}
	return in, nil
}

// TrainingReport is the báo cáo kết quả đào tạo, bồi dưỡng of §B with its
// statistics: số lớp, lượt người (apart from distinct people), by topic, the
// share of the BCH trained and of newly elected chairs trained. The parts the
// records cannot say (assessment, direction) are left to write by hand.
func TrainingReport(m Meta, period data.Period, cadres []data.Cadre, courses []data.Course, s data.TrainingSettings) (*Document, error) {
	in := trainingRecords{cadres, courses, s}
	st := data.ComputeTrainingStats(in.cadres, in.courses, in.settings, period.From, period.To)
	d, err := m.start(false, data.DocTypeReport.Label(), TrainingReportSubject(period))
	if err != nil {
		return nil, err
	}
	d.Heading("I. KẾT QUẢ ĐÀO TẠO, BỒI DƯỠNG")
	if st.Courses == 0 {
		d.Paragraph("Trong " + period.Label() + ", sổ chưa ghi lớp đào tạo, bồi dưỡng nào có cán bộ công đoàn của đơn vị tham dự.")
	} else {
		d.Paragraph(fmt.Sprintf("Trong %s, công đoàn cơ sở đã cử và tổ chức cho cán bộ tham dự %s lớp đào tạo, bồi dưỡng với %s lượt người (%s người), trong đó %s lượt được cấp giấy chứng nhận, %s bài thu hoạch đã nộp.",
			period.Label(), count(st.Courses), count(st.Attendances), count(st.People), count(st.Certified), count(st.Essays)))
	}
	d.Paragraph("1. Số lớp theo chủ đề")
	topics := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Chủ đề", Width: 60},
		{Title: "Số lớp", Align: AlignRight, Fit: "Số lớp"},
		{Title: "Lượt người", Align: AlignRight, Fit: "Lượt người"},
		{Title: "Số người", Align: AlignRight, Fit: "Số người"},
	}}
	for i, tc := range st.ByTopic {
		topics.Rows = append(topics.Rows, []string{rowNo(i + 1), tc.Topic, count(tc.Courses), count(tc.Attendances), count(tc.People)})
	}
	topics.Rows = append(topics.Rows, []string{"", "Tổng số lớp (một lớp có thể nhiều chủ đề)", count(st.Courses), count(st.Attendances), count(st.People)})
	d.Table(topics)
	d.Paragraph("2. Tỷ lệ cán bộ được bồi dưỡng")
	rates := Table{Columns: []Column{
		{Title: "Chỉ tiêu", Width: 70},
		{Title: "Số người", Align: AlignRight, Fit: "Số người"},
		{Title: "Đã bồi dưỡng", Align: AlignRight, Fit: "bồi dưỡng"},
		{Title: "Tỷ lệ", Align: AlignRight, Fit: "100,0%"},
	}}
	for _, r := range []struct {
		label    string
		n, total int
	}{
		{"Ủy viên Ban Chấp hành đang giữ chức (bồi dưỡng từ khi giữ chức)", st.BCHTrained, st.BCH},
		{"Ủy viên Ủy ban kiểm tra đang giữ chức", st.UBKTTrained, st.UBKT},
		{fmt.Sprintf("Chủ tịch công đoàn mới bầu được bồi dưỡng trong %d tháng đầu", in.settings.WindowMonths), st.NewChairsOK, st.NewChairs},
		{fmt.Sprintf("Cán bộ mới bầu (chủ tịch, phó chủ tịch, BCH, UBKT) được bồi dưỡng trong %d tháng đầu", in.settings.WindowMonths), st.NewOfficerOK, st.NewOfficers},
		{"Cán bộ chuyên trách", st.FullTimeOK, st.FullTime},
	} {
		share := pct(r.n, r.total) // the one rule of every document (meta.go)
		if share == "" {
			share = "—"
		}
		rates.Rows = append(rates.Rows, []string{r.label, count(r.total), count(r.n), share})
	}
	d.Table(rates)
	if len(st.ByTopic) > 0 || st.Courses > 0 {
		d.Paragraph("3. Các lớp đã tham dự")
		list := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "00"},
			{Title: "Tên lớp", Width: 55},
			{Title: "Thời gian", Width: 25},
			{Title: "Cấp tổ chức,\nhình thức", Width: 30},
			{Title: "Lượt\nngười", Align: AlignRight, Fit: "người"},
		}}
		var cs []data.Course
		for _, c := range in.courses {
			if e := c.End(); !e.Before(period.From) && !e.After(period.To) {
				cs = append(cs, c)
			}
		}
		slices.SortStableFunc(cs, func(a, b data.Course) int { return a.From.Compare(b.From) })
		for i, c := range cs {
			n := 0
			for _, p := range c.Participants {
				if p.Attended {
					n++
				}
			}
			list.Rows = append(list.Rows, []string{rowNo(i + 1), c.Name, c.Dates(), c.Level.Label() + ", " + lowerForm(c.Form), count(n)})
		}
		d.Table(list)
	}
	on := period.To // the state at the period's end, or on the report's date while the period runs
	if !m.Date.IsZero() && m.Date.Before(on) {
		on = m.Date
	}
	if gaps := data.UntrainedNewlyElected(in.cadres, in.courses, in.settings, on); len(gaps) > 0 {
		names := make([]string, len(gaps))
		for i, g := range gaps {
			names[i] = g.Cadre.Name + " (" + g.Post.Post.Label() + ", từ " + vn.FormatDate(g.Post.From) + ")"
		}
		d.Paragraph(fmt.Sprintf("Đến ngày %s còn %s cán bộ mới bầu chưa được bồi dưỡng nghiệp vụ: %s.", vn.FormatDate(on), count(len(gaps)), strings.Join(names, "; ")))
	}
	d.Heading("II. ĐÁNH GIÁ")
	d.Paragraph("1. Ưu điểm:")
	d.FillLines(3)
	d.Paragraph("2. Tồn tại, hạn chế và nguyên nhân:")
	d.FillLines(3)
	d.Heading("III. PHƯƠNG HƯỚNG, ĐỀ XUẤT")
	d.FillLines(4)
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// lowerForm is the course form inside a sentence: "tập trung", "eLearning".
func lowerForm(f data.CourseForm) string {
	if f == data.FormELearning {
		return f.Label()
	}
	return strings.ToLower(f.Label())
}
