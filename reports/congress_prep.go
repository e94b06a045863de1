package reports

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The documents that prepare a CĐCS congress (issue 15 point 5, DOMAIN-MODULES
// §C.3 "Congress papers"): the kế hoạch, the quyết định thành lập ban tổ chức,
// the công văn to the upper level, the giấy triệu tập and the danh sách đại
// biểu, the chương trình, the quy chế làm việc và bầu cử, the đề án nhân sự,
// the báo cáo thẩm tra tư cách đại biểu, the tờ trình dự toán kinh phí and the
// báo cáo chính trị skeleton. Every figure comes from the congress record, the
// register or the other records; what nobody recorded prints as dots and the
// chair is told before printing. The election documents (phiếu bầu, biên bản
// kiểm phiếu …) are in congress_election.go.

func init() {
	Register(
		congressKind("congress-plan", "Kế hoạch tổ chức đại hội", data.DocTypePlan,
			"Kế hoạch tổ chức đại hội công đoàn cơ sở: thời gian, địa điểm, đại biểu, nhân sự, kinh phí, lịch công việc",
			reportRecipients, congressPlanDoc),
		congressKind("congress-committee", "Quyết định thành lập ban tổ chức, tiểu ban đại hội", data.DocTypeDecision,
			"Quyết định thành lập ban tổ chức và các tiểu ban đại hội, thành viên theo hồ sơ đại hội",
			committeeRecipients, congressCommitteeDoc),
		congressKind("congress-letter", "Công văn báo cáo cấp trên về đại hội", data.DocTypeLetter,
			"Công văn báo cáo công đoàn cấp trên kế hoạch đại hội và dự kiến nhân sự Ban Chấp hành, xin ý kiến",
			letterRecipients, congressLetterDoc),
		congressKind("congress-summons", "Giấy triệu tập đại biểu", data.DocTypeSummons,
			"Giấy triệu tập đại biểu dự đại hội, kèm phiếu triệu tập từng người để cắt rời",
			summonsRecipients, congressSummonsDoc),
		congressKind("congress-delegates", "Danh sách đại biểu dự đại hội", data.DocTypeList,
			"Danh sách đại biểu chính thức được triệu tập dự đại hội, theo hồ sơ đại hội",
			listRecipients, congressDelegatesDoc),
		congressKind("congress-agenda", "Chương trình đại hội", "",
			"Chương trình làm việc của đại hội theo trình tự của Hướng dẫn 38/HD-TLĐ",
			nil, congressAgendaDoc),
		congressKind("congress-rules", "Quy chế làm việc và bầu cử của đại hội", "",
			"Quy chế làm việc và bầu cử tại đại hội: số ủy viên, hình thức bỏ phiếu kín, trúng cử khi quá một nửa",
			nil, congressRulesDoc),
		congressKind("congress-personnel", "Đề án nhân sự Ban Chấp hành", "",
			"Đề án nhân sự Ban Chấp hành khóa mới: cơ cấu, số lượng, danh sách trích ngang người ứng cử",
			nil, congressPersonnelDoc),
		congressKind("congress-credentials", "Báo cáo thẩm tra tư cách đại biểu", "",
			"Báo cáo thẩm tra tư cách đại biểu (đại hội đại biểu) hoặc tình hình đoàn viên dự đại hội (đại hội toàn thể)",
			nil, congressCredentialsDoc),
		congressKind("congress-budget", "Tờ trình dự toán kinh phí đại hội", data.DocTypeSubmission,
			"Tờ trình phê duyệt dự toán kinh phí tổ chức đại hội, kèm các phiếu chi đã ghi cho đại hội",
			letterRecipients, congressBudgetDoc),
		congressKind("congress-report", "Báo cáo chính trị (khung)", "",
			"Khung báo cáo chính trị trình đại hội với số liệu nhiệm kỳ từ sổ sách: đoàn viên, hội nghị, đối thoại, thỏa ước, đào tạo, khen thưởng",
			nil, congressReportDoc),
	)
}

// congressDoc is how one congress document is read and laid out.
type congressDoc struct {
	subject func(cd *congressData) string
	// body is the congress body that issues it, under the congress's name
	// (QĐ 933 Phụ lục IV): "Ban thẩm tra tư cách đại biểu"…; "" for the
	// congress itself. Only for the congress's own documents (Kind.Type "").
	body  func(cd *congressData) string
	needs congressNeeds
	build func(m Meta, cd *congressData) (*Document, error)
	// check returns what to tell the chair before printing (the parts left
	// dotted, a rule the records break); it never goes into the document.
	check func(cd *congressData) []string
}

// congressNeeds are the reads beyond the congress record a document needs.
type congressNeeds struct {
	members  bool // the members behind candidates and delegates
	facts    bool // the term's figures
	finance  bool // vouchers and the year's dự toán
	outgoing bool // the plan's number in the sổ văn bản đi
}

// congressData is what a congress document is built from.
type congressData struct {
	p     *data.Profile
	c     *data.Congress
	rs    data.RuleSettings
	cal   *vn.Calendar
	today time.Time

	members  map[int64]*data.Member // by ID: candidates and delegates in the register
	facts    data.AnnualFacts       // the term: members, conferences, dialogues, agreements, training
	awards   []data.Award           // decided in the term
	vouchers []data.Voucher         // phiếu thu, chi linked to the congress
	estimate *data.BudgetEstimate   // the dự toán thu, chi of the congress's year
	plan     *data.OutgoingDoc      // the kế hoạch as issued, if it was
}

var congressDocs = map[string]*congressDoc{}

// congressKind declares one congress document: the BCH's own (typ set) go in
// the sổ văn bản đi; the congress's own (typ "") carry its header and no number.
func congressKind(name, title string, typ data.DocType, desc string, recipients func(*data.Profile) []string,
	doc *congressDoc) *Kind {
	congressDocs[name] = doc
	if recipients == nil {
		recipients = func(*data.Profile) []string { return nil }
	}
	return &Kind{Name: name, Of: data.KindCongress, Title: title, Type: typ, Record: "đại hội", Description: desc,
		recipients: recipients, choices: congressChoices, prepare: prepareCongressDoc}
}

func committeeRecipients(p *data.Profile) []string {
	return []string{"Như Điều 3", upperName(p) + " (để báo cáo)", "Lưu: VT"}
}

func letterRecipients(p *data.Profile) []string {
	return []string{"Như trên", "Lưu: VT"}
}

func summonsRecipients(p *data.Profile) []string {
	return []string{"Các đồng chí có tên trong danh sách", upperName(p) + " (để báo cáo)", "Lưu: VT"}
}

func prepareCongressDoc(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	doc := congressDocs[k.Name]
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	cd := &congressData{p: p, c: c, today: vn.Day(src.Now())}
	if cd.rs, err = ruleSettings(ctx, src); err != nil {
		return nil, err
	}
	if src.Settings != nil {
		if cd.cal, err = data.LoadCalendar(ctx, src.Settings, cd.rs, cd.today); err != nil {
			return nil, err
		}
	}
	if err := cd.load(ctx, src, doc.needs, k); err != nil {
		return nil, err
	}
	prep := &prepared{subject: doc.subject(cd), date: c.Date, build: func(m Meta) (*Document, error) { return doc.build(m, cd) }}
	if k.Type != "" {
		prep.ref = "congress:" + strconv.FormatInt(c.ID, 10)
		// Prepared before the congress: dated today, or the day chosen.
		prep.date = time.Time{}
	} else {
		// The congress's own paper: its header, no number, not in the sổ văn bản đi.
		prep.unnumbered = true
		body := ""
		if doc.body != nil {
			body = doc.body(cd)
		}
		prep.frame = func(m *Meta) { congressFrame(m, p, c, body) }
	}
	if doc.check != nil {
		// Told before printing (Check), like a verdict: what prints as dots.
		prep.verdicts = doc.check(cd)
	}
	return prep, nil
}

// load reads what the document needs beyond the congress.
func (cd *congressData) load(ctx context.Context, src *Sources, n congressNeeds, k *Kind) error {
	c := cd.c
	if n.members {
		cd.members = map[int64]*data.Member{}
		var ids []int64
		for _, k := range c.Candidates {
			ids = append(ids, k.MemberID)
		}
		for _, d := range c.Delegates {
			ids = append(ids, d.MemberID)
		}
		for _, id := range ids {
			if id == 0 || cd.members[id] != nil {
				continue
			}
			m, err := src.Members.Member(ctx, id)
			if data.ErrorCode(err) == data.ENOTFOUND {
				continue // left the register since: the record's own name and position stand
			}
			if err != nil {
				return err
			}
			cd.members[id] = m
		}
	}
	if n.facts {
		term := cd.termPeriod(ctx, src)
		f, _, err := gatherFacts(ctx, src, cd.p, term)
		if err != nil {
			return err
		}
		cd.facts = f
		awards, err := data.Awards.Store(src.Records).List(ctx)
		if err != nil {
			return err
		}
		for _, a := range awards {
			if a.Year >= term.From.Year() && a.Year <= term.To.Year() {
				cd.awards = append(cd.awards, a)
			}
		}
	}
	if n.finance {
		vs, err := data.Vouchers.Store(src.Records).List(ctx)
		if err != nil {
			return err
		}
		for _, v := range vs {
			if v.LinkKind == data.KindCongress && v.LinkID == c.ID {
				cd.vouchers = append(cd.vouchers, v)
			}
		}
		data.SortVouchers(cd.vouchers)
		es, err := data.BudgetEstimates.Store(src.Records).List(ctx)
		if err != nil {
			return err
		}
		for i := range es {
			if es[i].Year == c.Date.Year() {
				cd.estimate = &es[i]
			}
		}
	}
	if n.outgoing && src.Documents != nil {
		docs, err := src.Documents.OutgoingDocs(ctx, 0)
		if err != nil {
			return err
		}
		cd.plan = data.LatestDoc(docs, "congress-plan", "congress:"+strconv.FormatInt(c.ID, 10))
	}
	return nil
}

// termPeriod is the term that ends with this congress: from the previous
// congress's date when it is recorded, else from 1 January of the term's first
// year (TermFrom − 5), to the congress date (today while it is ahead).
func (cd *congressData) termPeriod(ctx context.Context, src *Sources) data.Period {
	c := cd.c
	from := time.Date(c.TermFrom-5, 1, 1, 0, 0, 0, 0, time.UTC)
	if cs, err := data.Congresses.Store(src.Records).List(ctx); err == nil {
		for _, o := range cs {
			if o.Number == c.Number-1 && !o.Date.IsZero() && o.Date.Before(c.Date) {
				from = o.Date
			}
		}
	}
	to := c.Date
	if to.IsZero() || to.After(cd.today) {
		to = cd.today
	}
	if to.Before(from) {
		to = from
	}
	return data.CustomPeriod(from, to)
}

// congressFrame heads a congress paper with the congress's name, and a body's
// name in bold under it when a body issues it (Đoàn Chủ tịch, Ban thẩm tra tư
// cách đại biểu…); such papers carry no number of the sổ văn bản đi.
func congressFrame(m *Meta, p *data.Profile, c *data.Congress, body string) {
	if body == "" {
		m.UpperLevel, m.Issuer = "", CongressName(p, c)
	} else {
		m.UpperLevel, m.Issuer = CongressName(p, c), body
	}
	m.Number = ""
}

// congressTitle is "Đại hội đại biểu Công đoàn cơ sở … lần thứ V, nhiệm kỳ
// 2025 - 2030" inside a sentence.
func congressTitle(cd *congressData) string { return lowerFirst(CongressName(cd.p, cd.c)) }

// outgoingBCH is the BCH that convenes the congress: "Ban Chấp hành Công đoàn
// cơ sở … khóa IV" (the khóa before this congress's).
func outgoingBCH(cd *congressData) string {
	s := "Ban Chấp hành " + unionName(cd.p)
	if cd.c.Number > 1 {
		s += " khóa " + data.Roman(cd.c.Number-1)
	}
	return s
}

// dateOrDots is dd/mm/yyyy, or dots.
func dateOrDots(t time.Time) string {
	if t.IsZero() {
		return "..../..../......"
	}
	return vn.FormatDate(t)
}

// countOrDots is a count, or dots when nothing was recorded.
func countOrDots(n int) string {
	if n <= 0 {
		return "......"
	}
	return count(n)
}

// missing lists what a document leaves dotted, to tell the chair before printing.
func (cd *congressData) missing(what ...string) []string {
	var out []string
	for _, w := range what {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

func (cd *congressData) placeGap() string {
	if cd.c.Place == "" {
		return "Chưa ghi địa điểm đại hội: in dòng chấm để điền tay."
	}
	return ""
}

func (cd *congressData) dateGap() string {
	if cd.c.Date.IsZero() {
		return "Chưa ghi ngày đại hội: in dòng chấm để điền tay."
	}
	return ""
}

// groundsOfCongress are the căn cứ of the BCH's congress papers: the Điều lệ,
// HD 38/HD-TLĐ and, for the 2025–2030 round, KH 22/KH-TLĐ (DOMAIN-MODULES §C).
func groundsOfCongress(d *Document, cd *congressData) {
	d.ParagraphItalic("Căn cứ Điều lệ Công đoàn Việt Nam;")
	d.ParagraphItalic("Căn cứ Hướng dẫn số 38/HD-TLĐ ngày 27/12/2024 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam hướng dẫn thi hành Điều lệ Công đoàn Việt Nam;")
	if cd.c.TermFrom == 2025 {
		d.ParagraphItalic("Căn cứ Kế hoạch số 22/KH-TLĐ ngày 29/8/2025 của Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội công đoàn các cấp tiến tới Đại hội Công đoàn Việt Nam lần thứ XIV, nhiệm kỳ 2026 - 2031;")
	}
	d.ParagraphItalic("Căn cứ hướng dẫn của " + upperName(cd.p) + " về tổ chức đại hội công đoàn cơ sở;")
}

// delegatesSentence is who comes: "toàn thể 180 đoàn viên", "150 đại biểu chính thức".
func delegatesSentence(c *data.Congress) string {
	called, _ := c.Attendance()
	if c.Form == data.FormDelegate {
		return countOrDots(called) + " đại biểu chính thức"
	}
	if called > 0 && called < c.Members {
		return count(called) + " đoàn viên được triệu tập (trên tổng số " + count(c.Members) + " đoàn viên)"
	}
	return "toàn thể " + countOrDots(c.Members) + " đoàn viên"
}

// delegateStructure counts the listed delegates by unit (the Position the
// record keeps, chức vụ or đơn vị), in the list's order of first appearance.
func delegateStructure(c *data.Congress) [][]string {
	var order []string
	by := map[string]int{}
	for _, d := range c.Delegates {
		u := d.Position
		if u == "" {
			u = "Chưa ghi đơn vị"
		}
		if by[u] == 0 {
			order = append(order, u)
		}
		by[u]++
	}
	var rows [][]string
	for i, u := range order {
		rows = append(rows, []string{rowNo(i + 1), u, count(by[u])})
	}
	return rows
}

// personnelSentence is the BCH, BTV and UBKT to be elected, with the band of the table chosen.
func personnelSentences(cd *congressData) []string {
	c := cd.c
	t := cd.rs.Congress.Table()
	band := t.Band(c.Members)
	var out []string
	bch := "Ban Chấp hành khóa " + data.Roman(c.Number) + ": " + countOrDots(c.BCHSize) + " ủy viên"
	if c.Members > 0 {
		if band.Min == band.Max {
			bch += fmt.Sprintf(" (công đoàn có %s đoàn viên bầu %s ủy viên theo %s)", count(c.Members), count(band.Max), t.Source)
		} else {
			bch += fmt.Sprintf(" (công đoàn có %s đoàn viên bầu tối đa %s ủy viên theo %s)", count(c.Members), count(band.Max), t.Source)
		}
	}
	out = append(out, bch+".")
	if c.BTVSize > 0 {
		out = append(out, "Ban Thường vụ: "+count(c.BTVSize)+" ủy viên (Ban Chấp hành có từ 09 ủy viên trở lên; không quá 1/3 số ủy viên Ban Chấp hành).")
	}
	if c.UBKTSize > 0 {
		s := "Ủy ban Kiểm tra: " + count(c.UBKTSize) + " ủy viên"
		if c.UBKTFromBCH > 0 {
			s += ", trong đó " + count(c.UBKTFromBCH) + " ủy viên Ban Chấp hành"
		}
		out = append(out, s+".")
	}
	if c.DirectChair {
		out = append(out, "Chủ tịch công đoàn được bầu trực tiếp tại đại hội theo quyết định của công đoàn cấp trên (Hướng dẫn số 28/HD-TLĐ ngày 24/6/2021).")
	} else {
		out = append(out, "Chủ tịch, Phó Chủ tịch"+btvPart(c)+", Ủy ban Kiểm tra và Chủ nhiệm Ủy ban Kiểm tra do Ban Chấp hành bầu tại hội nghị Ban Chấp hành lần thứ nhất (Hướng dẫn số 38/HD-TLĐ, mục 10.4).")
	}
	if del := c.CandidatesFor(data.BodyDelegates); len(del) > 0 {
		out = append(out, "Bầu đại biểu dự đại hội công đoàn cấp trên theo số lượng cấp trên phân bổ.")
	}
	return out
}

func btvPart(c *data.Congress) string {
	if c.BTVSize > 0 {
		return ", Ban Thường vụ"
	}
	return ""
}

// budgetSentence is the money: the recorded total and its sources.
func budgetSentence(c *data.Congress) string {
	if len(c.Budget) == 0 {
		return "Dự toán kinh phí tổ chức đại hội: ...................... đồng, từ nguồn tài chính công đoàn và hỗ trợ của doanh nghiệp."
	}
	src := map[string]int64{}
	var order []string
	for _, b := range c.Budget {
		s := b.Source
		if s == "" {
			s = "nguồn chưa ghi"
		}
		if _, ok := src[s]; !ok {
			order = append(order, s)
		}
		src[s] += b.Amount
	}
	var parts []string
	for _, s := range order {
		parts = append(parts, lowerFirst(s)+" "+vn.FormatInt(src[s])+" đồng")
	}
	total := c.BudgetTotal()
	return fmt.Sprintf("Dự toán kinh phí tổ chức đại hội: %s đồng (%s), gồm: %s; chi tiết tại tờ trình dự toán kinh phí đại hội.",
		vn.FormatInt(total), vn.MoneyInWords(total), strings.Join(parts, "; "))
}

// timetable is the lịch công việc of the plan: the steps before the congress
// (their days are the ban tổ chức's to write: no act sets them), the congress,
// and the deadlines after it that DOMAIN-MODULES §C computes from its dates.
func timetable(cd *congressData) Table {
	c := cd.c
	dots := "................"
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Thời gian", Width: 22},
		{Title: "Nội dung công việc", Width: 55},
		{Title: "Thực hiện", Width: 23},
	}}
	add := func(when, what, who string) {
		t.Rows = append(t.Rows, []string{rowNo(len(t.Rows) + 1), when, what, who})
	}
	add(dots, "Ban Chấp hành họp, thông qua kế hoạch đại hội; báo cáo công đoàn cấp trên kế hoạch và dự kiến nhân sự", "Ban Chấp hành")
	add(dots, "Thành lập ban tổ chức, tiểu ban; lập dự toán kinh phí trình công đoàn cấp trên", "Ban Chấp hành")
	add(dots, "Xây dựng dự thảo báo cáo chính trị, báo cáo kiểm điểm, quy chế, chương trình, dự thảo nghị quyết", "Tiểu ban văn kiện")
	add(dots, "Xây dựng đề án nhân sự; giới thiệu người ứng cử; "+map[bool]string{true: "bầu, chỉ định đại biểu chính thức", false: "lập danh sách đoàn viên dự đại hội"}[c.Form == data.FormDelegate], "Tiểu ban nhân sự")
	add(dots, "Gửi giấy triệu tập đại biểu, giấy mời khách mời; chuẩn bị hội trường, tài liệu, thùng phiếu", "Ban tổ chức")
	when := dateOrDots(c.Date)
	add(when, "Tổ chức đại hội tại "+orDotsShort(c.Place)+"; hội nghị Ban Chấp hành lần thứ nhất", "Ban tổ chức, đoàn chủ tịch")
	recog := "Trong 10 ngày làm việc kể từ hội nghị Ban Chấp hành lần thứ nhất"
	if due := c.RecognitionDue(cd.cal); !due.IsZero() {
		recog = "Chậm nhất " + vn.FormatDate(due)
	}
	add(recog, "Gửi hồ sơ đề nghị công nhận Ban Chấp hành, Chủ tịch, Ủy ban Kiểm tra lên công đoàn cấp trên (Hướng dẫn số 38/HD-TLĐ, mục 10.4)", "Ban Chấp hành mới")
	if !c.Date.IsZero() && cd.rs.Congress.BallotKeepMonths > 0 {
		add("Đến "+vn.FormatDate(data.BallotsKeptUntil(c.Date, cd.rs.Congress.BallotKeepMonths)),
			"Niêm phong, lưu giữ phiếu bầu", "Ban Thường vụ (Ban Chấp hành)")
	}
	add("Sau khi có quyết định công nhận", "Đăng ký mẫu dấu, mẫu chữ ký của Chủ tịch mới; đổi chủ tài khoản ngân hàng", "Chủ tịch công đoàn")
	return t
}

func orDotsShort(s string) string {
	if s == "" {
		return "......................"
	}
	return s
}

// organizerGroups are the bodies of the ban tổ chức in the record's order.
func organizerGroups(c *data.Congress) (order []string, by map[string][]data.CongressOrganizer) {
	by = map[string][]data.CongressOrganizer{}
	for _, o := range c.Organizers {
		b := o.Body
		if b == "" {
			b = "Ban tổ chức"
		}
		if _, ok := by[b]; !ok {
			order = append(order, b)
		}
		by[b] = append(by[b], o)
	}
	return order, by
}

// planSubject is the plan's trích yếu.
func congressSubject(prefix string) func(cd *congressData) string {
	return func(cd *congressData) string { return prefix + " " + congressTitle(cd) }
}

var congressPlanDoc = &congressDoc{
	subject: congressSubject("Tổ chức"),
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, data.DocTypePlan.Label(), congressSubject("Tổ chức")(cd))
		if err != nil {
			return nil, err
		}
		groundsOfCongress(d, cd)
		d.Paragraph("Ban Chấp hành " + issuerName(&m) + " xây dựng kế hoạch tổ chức " + congressTitle(cd) + " như sau:")
		d.Heading("I. MỤC ĐÍCH, YÊU CẦU")
		d.Paragraph("1. Đánh giá kết quả thực hiện nghị quyết đại hội nhiệm kỳ qua; xác định phương hướng, mục tiêu, nhiệm vụ và giải pháp hoạt động công đoàn nhiệm kỳ " + c.Term() + ".")
		d.Paragraph("2. Bầu Ban Chấp hành khóa mới đủ tiêu chuẩn, cơ cấu hợp lý; đại hội được tổ chức dân chủ, đúng Điều lệ Công đoàn Việt Nam, tiết kiệm, thiết thực.")
		if c.Theme != "" {
			d.Paragraph("3. Chủ đề đại hội: \"" + c.Theme + "\".")
		}
		d.Heading("II. NỘI DUNG ĐẠI HỘI")
		for i, s := range []string{
			"Thảo luận, thông qua báo cáo tổng kết hoạt động công đoàn nhiệm kỳ qua; quyết định chỉ tiêu, phương hướng, nhiệm vụ và các giải pháp nhiệm kỳ tới.",
			"Tham gia ý kiến vào dự thảo văn kiện đại hội công đoàn cấp trên; tổng hợp kiến nghị của đoàn viên, người lao động.",
			"Tham gia ý kiến sửa đổi, bổ sung Điều lệ Công đoàn Việt Nam.",
			"Bầu Ban Chấp hành công đoàn nhiệm kỳ mới" + map[bool]string{true: " và Chủ tịch công đoàn", false: ""}[c.DirectChair] + "; bầu đại biểu dự đại hội công đoàn cấp trên (nếu có).",
		} {
			d.Paragraph(fmt.Sprintf("%d. %s", i+1, s))
		}
		d.Heading("III. HÌNH THỨC, THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
		form := upperFirst(c.Form.Label())
		if c.UpperConsent != "" {
			form += " (được công đoàn cấp trên đồng ý: " + c.UpperConsent + ")"
		}
		d.Paragraph("1. Hình thức: " + form + ".")
		when := "2. Thời gian: " + vnDate(c.Date)
		if c.TermFrom == 2025 {
			when += "; phiên chính thức không quá một buổi (Kế hoạch số 22/KH-TLĐ)"
		}
		d.Paragraph(when + ".")
		d.Paragraph("3. Địa điểm: " + orDots(c.Place) + ".")
		d.Paragraph("4. Thành phần: " + delegatesSentence(c) + "; khách mời: " + countOrDots(c.Guests) + " người.")
		if c.Form == data.FormDelegate {
			lo, hi := data.DelegateRange(c.Members, c.UpperConsent != "")
			d.Paragraph(fmt.Sprintf("Công đoàn có %s đoàn viên: số đại biểu chính thức từ %s đến %s theo Kế hoạch số 22/KH-TLĐ, mục D; khách mời không quá 15%% số đại biểu chính thức.",
				countOrDots(c.Members), count(lo), count(hi)))
		}
		if rows := delegateStructure(c); len(rows) > 0 {
			d.Paragraph("Cơ cấu " + map[bool]string{true: "đại biểu", false: "đoàn viên được triệu tập"}[c.Form == data.FormDelegate] + " theo đơn vị:")
			d.Table(Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Đơn vị, chức vụ", Width: 70}, {Title: "Số người", Align: AlignRight, Fit: "Số người"}},
				Rows: rows})
		}
		d.Heading("IV. CÔNG TÁC NHÂN SỰ")
		for _, s := range personnelSentences(cd) {
			d.Paragraph(s)
		}
		d.Heading("V. KINH PHÍ")
		d.Paragraph(budgetSentence(c))
		d.Heading("VI. TỔ CHỨC THỰC HIỆN")
		order, by := organizerGroups(c)
		if len(order) == 0 {
			d.Paragraph("Ban Chấp hành thành lập ban tổ chức đại hội (hoặc phân công cán bộ) gồm: ")
			d.FillLines(2)
		}
		for _, b := range order {
			var names []string
			for _, o := range by[b] {
				names = append(names, o.Name+map[bool]string{true: " (" + lowerFirst(o.Role) + ")", false: ""}[o.Role != ""])
			}
			d.Bullet(b + ": " + strings.Join(names, ", ") + ".")
		}
		d.Paragraph("Lịch thực hiện:")
		d.Table(timetable(cd))
		d.Paragraph("Trên đây là kế hoạch tổ chức " + congressTitle(cd) + ". Đề nghị các tổ công đoàn, các đồng chí được phân công triển khai thực hiện./.")
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
	check: func(cd *congressData) []string {
		var gaps []string
		if cd.c.BCHSize == 0 {
			gaps = append(gaps, "Chưa ghi số ủy viên Ban Chấp hành: in dòng chấm.")
		}
		if len(cd.c.Organizers) == 0 {
			gaps = append(gaps, "Chưa ghi ban tổ chức: phần tổ chức thực hiện in dòng chấm.")
		}
		return append(cd.missing(cd.dateGap(), cd.placeGap()), append(gaps, "Lịch công việc trước đại hội để trống cột thời gian: ban tổ chức ghi ngày.")...)
	},
}

// committeeTasks are the tasks of a ban tổ chức or tiểu ban by its name (KH 22 §III.1 A).
func committeeTasks(body string) string {
	f := vn.Fold(body)
	switch {
	case strings.Contains(f, "van kien"):
		return "xây dựng dự thảo báo cáo tổng kết nhiệm kỳ, phương hướng nhiệm kỳ tới, báo cáo kiểm điểm của Ban Chấp hành; quy chế, chương trình đại hội, diễn văn khai mạc, bế mạc và dự thảo nghị quyết đại hội"
	case strings.Contains(f, "nhan su"):
		return "xây dựng đề án nhân sự Ban Chấp hành, Ủy ban Kiểm tra, đại biểu dự đại hội công đoàn cấp trên; dự thảo báo cáo thẩm tra tư cách đại biểu; chuẩn bị tài liệu bầu cử tại đại hội và hội nghị Ban Chấp hành lần thứ nhất"
	case strings.Contains(f, "dieu le"):
		return "tổ chức lấy ý kiến đoàn viên vào dự thảo sửa đổi, bổ sung Điều lệ Công đoàn Việt Nam và tổng hợp ý kiến"
	case strings.Contains(f, "tuyen truyen"), strings.Contains(f, "phuc vu"):
		return "tuyên truyền về đại hội; chuẩn bị hội trường, cơ sở vật chất, tài liệu; phát hành giấy triệu tập, giấy mời; phục vụ đại biểu"
	}
	return "chỉ đạo, tổ chức thực hiện kế hoạch đại hội; phân công nhiệm vụ cho các thành viên và các tiểu ban"
}

var congressCommitteeDoc = &congressDoc{
	subject: func(cd *congressData) string {
		return "Về việc thành lập Ban tổ chức " + lowerFirst(committeeBodies(cd.c)) + congressTitle(cd)
	},
	needs: congressNeeds{outgoing: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		if len(c.Organizers) == 0 {
			return nil, data.Errorf(data.EINVALID, data.FieldCongOrganizers, "%s chưa ghi ban tổ chức, tiểu ban: nhập thành viên ở hồ sơ đại hội trước khi in quyết định", c.Title())
		}
		d, err := m.start(false, data.DocTypeDecision.Label(), "Về việc thành lập Ban tổ chức "+lowerFirst(committeeBodies(c))+congressTitle(cd))
		if err != nil {
			return nil, err
		}
		d.CenteredBold(upper("Ban Chấp hành " + issuerName(&m)))
		groundsOfCongress(d, cd)
		plan := "Căn cứ Kế hoạch tổ chức " + congressTitle(cd)
		if cd.plan != nil {
			plan = "Căn cứ Kế hoạch số " + cd.plan.NumberText() + " ngày " + vn.FormatDate(cd.plan.Date) + " của Ban Chấp hành " + issuerName(&m) + " về tổ chức " + congressTitle(cd)
		}
		d.ParagraphItalic(plan + ";")
		d.ParagraphItalic("Theo đề nghị của Thường trực Ban Chấp hành.")
		d.CenteredBold("QUYẾT ĐỊNH:")
		order, by := organizerGroups(c)
		d.Paragraph("Điều 1. Thành lập Ban tổ chức " + lowerFirst(committeeBodies(c)) + congressTitle(cd) + ", gồm các đồng chí có tên sau:")
		for _, b := range order {
			d.Paragraph(b + ":")
			for _, o := range by[b] {
				role := o.Role
				if role == "" {
					role = "......................"
				}
				d.Bullet("Đồng chí " + o.Name + " – " + role + ".")
			}
		}
		d.Paragraph("Điều 2. Nhiệm vụ:")
		for _, b := range order {
			d.Bullet(b + ": " + committeeTasks(b) + ".")
		}
		d.Paragraph("Ban tổ chức và các tiểu ban tự giải thể sau khi hoàn thành nhiệm vụ.")
		d.Paragraph("Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các đồng chí có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
}

// committeeBodies is "và các tiểu ban " when the record has tiểu ban, else "".
func committeeBodies(c *data.Congress) string {
	for _, o := range c.Organizers {
		if strings.Contains(vn.Fold(o.Body), "tieu ban") {
			return "và các tiểu ban "
		}
	}
	return ""
}

var congressLetterDoc = &congressDoc{
	subject: func(cd *congressData) string {
		return "Báo cáo kế hoạch tổ chức đại hội và dự kiến nhân sự Ban Chấp hành khóa " + data.Roman(cd.c.Number)
	},
	needs: congressNeeds{outgoing: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, "", "Báo cáo kế hoạch tổ chức đại hội và dự kiến nhân sự Ban Chấp hành khóa "+data.Roman(c.Number))
		if err != nil {
			return nil, err
		}
		d.CenteredBold("Kính gửi: " + upperName(cd.p))
		plan := ""
		if cd.plan != nil {
			plan = " (Kế hoạch số " + cd.plan.NumberText() + " ngày " + vn.FormatDate(cd.plan.Date) + ")"
		}
		d.Paragraph("Thực hiện hướng dẫn của " + upperName(cd.p) + " về tổ chức đại hội công đoàn cơ sở, Ban Chấp hành " + issuerName(&m) +
			" báo cáo kế hoạch tổ chức " + congressTitle(cd) + plan + " như sau:")
		d.Paragraph("1. Thời gian: " + vnDate(c.Date) + "; địa điểm: " + orDots(c.Place) + ".")
		form := upperFirst(c.Form.Label())
		if c.UpperConsent != "" {
			form += " (theo văn bản đồng ý " + c.UpperConsent + ")"
		}
		d.Paragraph("2. Hình thức: " + form + "; thành phần: " + delegatesSentence(c) + "; số đoàn viên hiện có: " + countOrDots(c.Members) + ".")
		d.Paragraph("3. Dự kiến nhân sự:")
		for _, s := range personnelSentences(cd) {
			d.Bullet(s)
		}
		cands := c.CandidatesFor(data.BodyBCH)
		if len(cands) > 0 {
			d.Paragraph(fmt.Sprintf("Danh sách %s người được giới thiệu ứng cử Ban Chấp hành khóa %s:", count(len(cands)), data.Roman(c.Number)))
			d.Table(candidateTable(cands, nil))
		} else {
			d.Paragraph("Danh sách người được giới thiệu ứng cử Ban Chấp hành: ")
			d.FillLines(2)
		}
		d.Paragraph("4. " + budgetSentence(c))
		d.Paragraph("Ban Chấp hành " + issuerName(&m) + " kính đề nghị " + upperName(cd.p) + " cho ý kiến chỉ đạo để công đoàn cơ sở tổ chức đại hội đúng quy định./.")
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
	check: func(cd *congressData) []string {
		gaps := cd.missing(cd.dateGap(), cd.placeGap())
		if len(cd.c.CandidatesFor(data.BodyBCH)) == 0 {
			gaps = append(gaps, "Chưa ghi người ứng cử Ban Chấp hành: danh sách in dòng chấm.")
		}
		return gaps
	},
}

// candidateTable is a candidate list; with members, the trích ngang from the register.
func candidateTable(cands []data.CongressCandidate, members map[int64]*data.Member) Table {
	if members == nil {
		t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Họ và tên", Width: 40}, {Title: "Chức vụ, đơn vị công tác", Width: 60}}}
		for i, k := range cands {
			t.Rows = append(t.Rows, []string{rowNo(i + 1), k.Name, k.Position})
		}
		return t
	}
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 32},
		{Title: "Năm sinh\nNam", Align: AlignCenter, Fit: "0000"},
		{Title: "Năm sinh\nNữ", Align: AlignCenter, Fit: "0000"},
		{Title: "Dân tộc", Width: 10},
		{Title: "Chức vụ, đơn vị công tác", Width: 40},
		{Title: "Ngày vào\ncông đoàn", Align: AlignCenter, Fit: "00/00/0000"},
		{Title: "Đảng viên", Align: AlignCenter, Fit: "Đảng"},
	}}
	for i, k := range cands {
		row := []string{rowNo(i + 1), k.Name, "", "", "", k.Position, "", ""}
		if m := members[k.MemberID]; m != nil {
			y := ""
			if !m.BirthDate.IsZero() {
				y = strconv.Itoa(m.BirthDate.Year())
			}
			if m.Sex == data.SexFemale {
				row[3] = y
			} else {
				row[2] = y
			}
			row[4] = m.Ethnicity
			row[5] = positionOf(k.Position, m)
			if !m.JoinDate.IsZero() {
				row[6] = vn.FormatDate(m.JoinDate)
			}
			if m.PartyMember {
				row[7] = "x"
			}
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// positionOf is the chức vụ, đơn vị of a candidate: the register's union role,
// job and unit, or what the candidate list says when the register has none.
func positionOf(listed string, m *data.Member) string {
	var parts []string
	for _, s := range []string{m.UnionRole, m.JobTitle, m.UnitName} {
		if s != "" && !slices.Contains(parts, s) {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return listed
	}
	return strings.Join(parts, ", ")
}

// CongressInput is what a congress document is read from, for building one
// without a store (tests, previews): the records the document needs.
type CongressInput struct {
	Profile  *data.Profile
	Congress *data.Congress
	Settings data.RuleSettings
	Calendar *vn.Calendar
	Members  map[int64]*data.Member // candidates and delegates by member ID
	Facts    data.AnnualFacts       // the term's figures (báo cáo chính trị)
	Awards   []data.Award
	Vouchers []data.Voucher
	Estimate *data.BudgetEstimate
	Plan     *data.OutgoingDoc // the kế hoạch as issued
}

// CongressDocument lays out the congress document name ("congress-plan" …)
// in the frame m (the congress's own papers get the congress header here),
// and returns what the chair is told before printing it.
func CongressDocument(name string, m Meta, in CongressInput) (*Document, []string, error) {
	doc := congressDocs[name]
	if doc == nil {
		return nil, nil, data.Errorf(data.EINVALID, "kind", "Không có văn bản đại hội %q", name)
	}
	cd := &congressData{p: in.Profile, c: in.Congress, rs: in.Settings, cal: in.Calendar, members: in.Members,
		facts: in.Facts, awards: in.Awards, vouchers: in.Vouchers, estimate: in.Estimate, plan: in.Plan}
	if KindByName(name).Type == "" {
		body := ""
		if doc.body != nil {
			body = doc.body(cd)
		}
		congressFrame(&m, cd.p, cd.c, body)
	}
	var told []string
	if doc.check != nil {
		told = doc.check(cd)
	}
	d, err := doc.build(m, cd)
	return d, told, err
}
