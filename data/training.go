package data

import (
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Đào tạo, bồi dưỡng cán bộ công đoàn (DOMAIN-MODULES §B, issue 14 point 2): the
// courses cadres attended, with their participants, and the yearly training
// plan with the needs registration sent upward. The rules on them (who is still
// to be trained, which ATVSV certificate is missing or due) and the counts the
// reports print are in training_rules.go.

// CourseLevel is who organised a course (§B, Implications: TLĐ / LĐLĐ tỉnh /
// CĐ cấp trên / CĐCS / employer).
type CourseLevel string

// The organiser levels.
const (
	CourseTLD        CourseLevel = "tld"
	CourseProvince   CourseLevel = "ldld_tinh"
	CourseUpper      CourseLevel = "cap_tren"
	CourseCDCS       CourseLevel = "cdcs"
	CourseEnterprise CourseLevel = "doanh_nghiep"
)

// CourseLevels lists the levels in form order.
var CourseLevels = []CourseLevel{CourseTLD, CourseProvince, CourseUpper, CourseCDCS, CourseEnterprise}

// Label is the level as a form and a report show it.
func (l CourseLevel) Label() string {
	switch l {
	case CourseTLD:
		return "Tổng Liên đoàn"
	case CourseProvince:
		return "LĐLĐ tỉnh, thành phố"
	case CourseUpper:
		return "Công đoàn cấp trên trực tiếp"
	case CourseCDCS:
		return "Công đoàn cơ sở"
	case CourseEnterprise:
		return "Doanh nghiệp"
	}
	return string(l)
}

// CourseForm is how a course was held.
type CourseForm string

// The forms.
const (
	FormOnsite    CourseForm = "tap_trung"
	FormOnline    CourseForm = "truc_tuyen"
	FormELearning CourseForm = "e_learning"
)

// CourseForms lists the forms in form order.
var CourseForms = []CourseForm{FormOnsite, FormOnline, FormELearning}

// Label is the form as a form and a report show it.
func (f CourseForm) Label() string {
	switch f {
	case FormOnsite:
		return "Tập trung"
	case FormOnline:
		return "Trực tuyến"
	case FormELearning:
		// "eLearning", not "E-learning": a hyphen lets Word and LibreOffice break the word
		// where the PDF does not, and the .docx would read differently (app TestEveryKindAsWord).
		return "eLearning"
	}
	return string(f)
}

// CourseTopic is one topic of a course, from the catalogue (TrainingSettings.Topics)
// or typed.
type CourseTopic struct{ Topic string }

// Participant is one person sent to a course (§B, participant row).
type Participant struct {
	MemberID  int64  // the member in the register; 0 for someone not in it
	Name      string // as printed
	Role      string // chức danh at the time, "Ủy viên BCH, Tổ trưởng tổ May 2"
	Attended  bool   // took part (a "lượt người" is counted only then)
	Result    string // kết quả: "Hoàn thành", "Giỏi", "Không đạt" …
	CertNo    string // giấy chứng nhận, chứng chỉ
	CertDate  time.Time
	Essay     bool // bài thu hoạch submitted (seed 001)
	LeaveDays int  // days the employer paid as leave (2012 Law Art 24)
}

// Passed reports whether the participant attended and did not fail.
func (p *Participant) Passed() bool {
	return p.Attended && !strings.EqualFold(strings.TrimSpace(p.Result), "Không đạt")
}

// Course is one lớp tập huấn, bồi dưỡng.
type Course struct {
	ID           int64
	Name         string
	Level        CourseLevel
	Form         CourseForm
	From, To     time.Time // To: the last day; zero for a one-day course
	Days, Hours  int
	Place        string
	Topics       []CourseTopic
	Cost         int64  // đồng, the CĐCS's own spending on it
	Voucher      string // số phiếu chi (the finance module's voucher, once it is there)
	Participants []Participant
	Notes        string
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// End is the course's last day.
func (c *Course) End() time.Time {
	if c.To.IsZero() {
		return c.From
	}
	return c.To
}

// Title names the course: "Tập huấn nghiệp vụ công đoàn (12/03/2026)".
func (c *Course) Title() string {
	t := c.Name
	if !c.From.IsZero() {
		t += " (" + vn.FormatDate(c.From)
		if !c.To.IsZero() && !c.To.Equal(c.From) {
			t += " – " + vn.FormatDate(c.To)
		}
		t += ")"
	}
	return t
}

// Dates is the span as a document prints it: "12/03/2026" or "12/03/2026 – 14/03/2026".
func (c *Course) Dates() string {
	if c.To.IsZero() || c.To.Equal(c.From) {
		return vn.FormatDate(c.From)
	}
	return vn.FormatDate(c.From) + " – " + vn.FormatDate(c.To)
}

// HasTopic reports whether the course covers topic (compared blind to marks and case).
func (c *Course) HasTopic(topic string) bool {
	for _, t := range c.Topics {
		if vn.Fold(t.Topic) == vn.Fold(topic) {
			return true
		}
	}
	return false
}

// TopicsText is the topics joined for a list.
func (c *Course) TopicsText() string {
	parts := make([]string, len(c.Topics))
	for i, t := range c.Topics {
		parts[i] = t.Topic
	}
	return strings.Join(parts, "; ")
}

// Course field names for messages at the form.
const (
	FieldCourseName   = "course_name"
	FieldCourseLevel  = "course_level"
	FieldCourseForm   = "course_form"
	FieldCourseDates  = "course_dates"
	FieldCourseLength = "course_length"
	FieldCourseTopics = "course_topics"
	FieldCourseCost   = "course_cost"
	FieldCoursePeople = "course_people"
)

// Normalize NFC-cleans the text and drops empty rows.
func (c *Course) Normalize() {
	c.Name, c.Place, c.Voucher = vn.Clean(c.Name), vn.Clean(c.Place), vn.Clean(c.Voucher)
	c.Notes = vn.CleanMultiline(c.Notes)
	for _, t := range []*time.Time{&c.From, &c.To} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	topics := c.Topics[:0:0]
	for _, t := range c.Topics {
		t.Topic = vn.Clean(t.Topic)
		if t.Topic != "" {
			topics = append(topics, t)
		}
	}
	c.Topics = topics
	people := c.Participants[:0:0]
	for _, p := range c.Participants {
		p.Name, p.Role, p.Result, p.CertNo = vn.Clean(p.Name), vn.Clean(p.Role), vn.Clean(p.Result), vn.Clean(p.CertNo)
		if p.Name == "" && p.MemberID == 0 && p.Role == "" && p.CertNo == "" {
			continue
		}
		if !p.CertDate.IsZero() {
			p.CertDate = vn.Day(p.CertDate)
		}
		people = append(people, p)
	}
	c.Participants = people
}

// Validate checks a course as the form does.
func (c *Course) Validate(now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	if c.Name == "" {
		ps.add(FieldCourseName, "Cần nhập tên lớp, khóa học")
	}
	if c.Level == "" {
		ps.add(FieldCourseLevel, "Cần chọn cấp tổ chức")
	}
	if c.Form == "" {
		ps.add(FieldCourseForm, "Cần chọn hình thức (tập trung, trực tuyến, eLearning)")
	}
	switch {
	case c.From.IsZero():
		ps.add(FieldCourseDates, "Cần nhập ngày bắt đầu (ngày dự kiến nếu chưa học)")
	case !c.To.IsZero() && c.To.Before(c.From):
		ps.add(FieldCourseDates, "Ngày kết thúc phải từ ngày bắt đầu trở đi")
	}
	if c.Days < 0 || c.Hours < 0 {
		ps.add(FieldCourseLength, "Số ngày, số giờ không được âm")
	} else if c.Days > 0 && !c.From.IsZero() && !c.To.IsZero() && c.Days > int(c.To.Sub(c.From).Hours()/24)+1 {
		ps.warn(FieldCourseLength, "Số ngày học ("+itoa(c.Days)+") nhiều hơn số ngày từ "+vn.FormatDate(c.From)+" đến "+vn.FormatDate(c.To))
	}
	if c.Cost < 0 {
		ps.add(FieldCourseCost, "Kinh phí không được âm")
	}
	if len(c.Topics) == 0 {
		ps.warn(FieldCourseTopics, "Nên chọn chủ đề: báo cáo kết quả đào tạo đếm số lớp, lượt người theo chủ đề")
	}
	held := !c.From.IsZero() && !c.From.After(today)
	seen := map[string]int{}
	for i, p := range c.Participants {
		n := "Học viên " + itoa(i+1) + ": "
		key := p.Name
		if p.MemberID != 0 {
			key = "#" + strconv.FormatInt(p.MemberID, 10)
		}
		switch {
		case p.Name == "":
			ps.add(FieldCoursePeople, n+"cần họ và tên")
		case seen[key] > 0:
			ps.add(FieldCoursePeople, n+p.Name+" đã có ở dòng "+itoa(seen[key])+" (một người chỉ ghi một lần mỗi lớp)")
		case p.Attended && !held:
			ps.add(FieldCoursePeople, n+"lớp chưa diễn ra, chưa thể ghi đã tham dự")
		case !p.CertDate.IsZero() && p.CertDate.After(today):
			ps.add(FieldCoursePeople, n+"ngày cấp giấy chứng nhận không được sau ngày hôm nay")
		case p.LeaveDays < 0:
			ps.add(FieldCoursePeople, n+"số ngày nghỉ không được âm")
		}
		if seen[key] == 0 {
			seen[key] = i + 1
		}
	}
	return ps
}

var courseParticipantColumns = []Column[Participant]{
	{"member_id", "", func(p *Participant) any { return &p.MemberID }, nil},
	{"name", "", func(p *Participant) any { return &p.Name }, nil},
	{"role", "", func(p *Participant) any { return &p.Role }, nil},
	{"attended", "", func(p *Participant) any { return &p.Attended }, nil},
	{"result", "", func(p *Participant) any { return &p.Result }, nil},
	{"cert_no", "", func(p *Participant) any { return &p.CertNo }, nil},
	{"cert_date", "", func(p *Participant) any { return &p.CertDate }, nil},
	{"essay", "", func(p *Participant) any { return &p.Essay }, nil},
	{"leave_days", "", func(p *Participant) any { return &p.LeaveDays }, nil},
}

func showParticipant(p *Participant) string {
	s := p.Name
	if p.Role != "" {
		s += " (" + p.Role + ")"
	}
	if p.Attended {
		s += ", có tham dự"
	} else {
		s += ", không tham dự"
	}
	if p.Result != "" {
		s += ", " + p.Result
	}
	if p.CertNo != "" {
		s += ", GCN " + p.CertNo
		if !p.CertDate.IsZero() {
			s += " ngày " + vn.FormatDate(p.CertDate)
		}
	}
	if p.Essay {
		s += ", đã nộp bài thu hoạch"
	}
	if p.LeaveDays > 0 {
		s += ", nghỉ hưởng lương " + itoa(p.LeaveDays) + " ngày"
	}
	return s
}

// Courses declares the training courses in the registry (registry.go).
var Courses = &Kind[Course]{
	Kind:     KindCourse,
	Label:    "Lớp đào tạo, bồi dưỡng",
	Table:    "course",
	Entity:   "course",
	NotFound: "Không tìm thấy lớp đào tạo, bồi dưỡng",
	Columns: []Column[Course]{
		{"name", "Tên lớp", func(c *Course) any { return &c.Name }, nil},
		{"level", "Cấp tổ chức", func(c *Course) any { return (*string)(&c.Level) }, func(c *Course) string { return c.Level.Label() }},
		{"form", "Hình thức", func(c *Course) any { return (*string)(&c.Form) }, func(c *Course) string { return c.Form.Label() }},
		{"date_from", "Từ ngày", func(c *Course) any { return &c.From }, nil},
		{"date_to", "Đến ngày", func(c *Course) any { return &c.To }, nil},
		{"days", "Số ngày", func(c *Course) any { return &c.Days }, nil},
		{"hours", "Số giờ", func(c *Course) any { return &c.Hours }, nil},
		{"place", "Địa điểm", func(c *Course) any { return &c.Place }, nil},
		{"cost", "Kinh phí (đồng)", func(c *Course) any { return &c.Cost }, func(c *Course) string { return vn.FormatInt(c.Cost) }},
		{"voucher", "Phiếu chi", func(c *Course) any { return &c.Voucher }, nil},
		{"notes", "Ghi chú", func(c *Course) any { return &c.Notes }, nil},
	},
	Children: []Child[Course]{
		Rows("course_topic", "course_id", "Chủ đề", func(c *Course) *[]CourseTopic { return &c.Topics },
			[]Column[CourseTopic]{{"topic", "", func(t *CourseTopic) any { return &t.Topic }, nil}},
			func(t *CourseTopic) string { return t.Topic }),
		Rows("course_participant", "course_id", "Học viên", func(c *Course) *[]Participant { return &c.Participants },
			courseParticipantColumns, showParticipant),
	},
	Meta:      func(c *Course) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*Course).Title,
	Year:      func(c *Course) int { return c.From.Year() },
	Normalize: (*Course).Normalize,
	Check:     func(c *Course, env CheckEnv) Problems { return c.Validate(env.Now) },
}

// PlanItem is one course the yearly plan foresees.
type PlanItem struct {
	Topic    string      // the catalogue topic, or the course's name
	Audience string      // đối tượng: "Ủy viên BCH mới bầu", "Tổ trưởng công đoàn"
	Level    CourseLevel // who is to organise it
	Form     CourseForm
	When     string // thời gian: "Quý II", "Tháng 5/2026"
	People   int    // số người dự kiến
	Cost     int64  // kinh phí dự kiến, đồng
}

// TrainingNeed is one line of the needs registration sent to the upper level.
type TrainingNeed struct {
	Topic    string
	Audience string
	People   int
	Note     string
}

// TrainingPlan is the yearly kế hoạch đào tạo, bồi dưỡng cán bộ and the needs
// registration (đăng ký nhu cầu) that goes to the upper level (§B).
type TrainingPlan struct {
	ID        int64
	Year      int
	Approved  time.Time // ngày ban hành kế hoạch
	Goals     string    // mục đích, yêu cầu
	Items     []PlanItem
	Needs     []TrainingNeed
	NeedsSent time.Time // the day the registration went to the upper level
	Notes     string
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Title names the plan: "Kế hoạch đào tạo, bồi dưỡng năm 2026".
func (p *TrainingPlan) Title() string {
	return "Kế hoạch đào tạo, bồi dưỡng năm " + strconv.Itoa(p.Year)
}

// Cost is the planned spending, the sum of the items.
func (p *TrainingPlan) Cost() int64 {
	var n int64
	for _, it := range p.Items {
		n += it.Cost
	}
	return n
}

// Training-plan field names for messages at the form.
const (
	FieldPlanYear  = "plan_year"
	FieldPlanItems = "plan_items"
	FieldPlanNeeds = "plan_needs"
	FieldPlanSent  = "plan_needs_sent"
)

// Normalize NFC-cleans the text and drops empty rows.
func (p *TrainingPlan) Normalize() {
	p.Goals, p.Notes = vn.CleanMultiline(p.Goals), vn.CleanMultiline(p.Notes)
	for _, t := range []*time.Time{&p.Approved, &p.NeedsSent} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	items := p.Items[:0:0]
	for _, it := range p.Items {
		it.Topic, it.Audience, it.When = vn.Clean(it.Topic), vn.Clean(it.Audience), vn.Clean(it.When)
		if it.Topic != "" || it.Audience != "" || it.People != 0 || it.Cost != 0 {
			items = append(items, it)
		}
	}
	p.Items = items
	needs := p.Needs[:0:0]
	for _, n := range p.Needs {
		n.Topic, n.Audience, n.Note = vn.Clean(n.Topic), vn.Clean(n.Audience), vn.Clean(n.Note)
		if n.Topic != "" || n.Audience != "" || n.People != 0 {
			needs = append(needs, n)
		}
	}
	p.Needs = needs
}

// Validate checks a plan as the form does.
func (p *TrainingPlan) Validate(now time.Time) Problems {
	var ps Problems
	if p.Year < 2000 || p.Year > 2100 {
		ps.add(FieldPlanYear, "Năm kế hoạch phải từ 2000 đến 2100")
	}
	if len(p.Items) == 0 && len(p.Needs) == 0 {
		ps.add(FieldPlanItems, "Cần ghi ít nhất một lớp dự kiến hoặc một dòng đăng ký nhu cầu")
	}
	for i, it := range p.Items {
		n := "Dòng " + itoa(i+1) + ": "
		switch {
		case it.Topic == "":
			ps.add(FieldPlanItems, n+"cần nội dung, chủ đề")
		case it.People < 0 || it.Cost < 0:
			ps.add(FieldPlanItems, n+"số người, kinh phí không được âm")
		}
	}
	for i, nd := range p.Needs {
		n := "Nhu cầu " + itoa(i+1) + ": "
		switch {
		case nd.Topic == "":
			ps.add(FieldPlanNeeds, n+"cần nội dung, chủ đề")
		case nd.People < 0:
			ps.add(FieldPlanNeeds, n+"số người không được âm")
		}
	}
	if !p.NeedsSent.IsZero() && p.NeedsSent.After(vn.Day(now)) {
		ps.add(FieldPlanSent, "Ngày gửi đăng ký không được sau ngày hôm nay")
	}
	return ps
}

// TrainingPlans declares the yearly training plan in the registry (registry.go).
var TrainingPlans = &Kind[TrainingPlan]{
	Kind:     KindTrainingPlan,
	Label:    "Kế hoạch đào tạo, bồi dưỡng",
	Table:    "training_plan",
	Entity:   "training_plan",
	NotFound: "Không tìm thấy kế hoạch đào tạo",
	Columns: []Column[TrainingPlan]{
		{"year", "Năm", func(p *TrainingPlan) any { return &p.Year }, func(p *TrainingPlan) string { return strconv.Itoa(p.Year) }},
		{"approved", "Ngày ban hành", func(p *TrainingPlan) any { return &p.Approved }, nil},
		{"goals", "Mục đích, yêu cầu", func(p *TrainingPlan) any { return &p.Goals }, nil},
		{"needs_sent", "Ngày gửi đăng ký nhu cầu", func(p *TrainingPlan) any { return &p.NeedsSent }, nil},
		{"notes", "Ghi chú", func(p *TrainingPlan) any { return &p.Notes }, nil},
	},
	Children: []Child[TrainingPlan]{
		Rows("training_plan_item", "plan_id", "Lớp dự kiến", func(p *TrainingPlan) *[]PlanItem { return &p.Items },
			[]Column[PlanItem]{
				{"topic", "", func(it *PlanItem) any { return &it.Topic }, nil},
				{"audience", "", func(it *PlanItem) any { return &it.Audience }, nil},
				{"level", "", func(it *PlanItem) any { return (*string)(&it.Level) }, nil},
				{"form", "", func(it *PlanItem) any { return (*string)(&it.Form) }, nil},
				{"time_text", "", func(it *PlanItem) any { return &it.When }, nil},
				{"people", "", func(it *PlanItem) any { return &it.People }, nil},
				{"cost", "", func(it *PlanItem) any { return &it.Cost }, nil},
			},
			func(it *PlanItem) string {
				s := it.Topic
				if it.Audience != "" {
					s += " — " + it.Audience
				}
				if it.When != "" {
					s += ", " + it.When
				}
				if it.People > 0 {
					s += ", " + itoa(it.People) + " người"
				}
				if it.Cost > 0 {
					s += ", " + vn.FormatInt(it.Cost) + " đ"
				}
				return s
			}),
		Rows("training_need", "plan_id", "Đăng ký nhu cầu", func(p *TrainingPlan) *[]TrainingNeed { return &p.Needs },
			[]Column[TrainingNeed]{
				{"topic", "", func(n *TrainingNeed) any { return &n.Topic }, nil},
				{"audience", "", func(n *TrainingNeed) any { return &n.Audience }, nil},
				{"people", "", func(n *TrainingNeed) any { return &n.People }, nil},
				{"note", "", func(n *TrainingNeed) any { return &n.Note }, nil},
			},
			func(n *TrainingNeed) string {
				s := n.Topic
				if n.Audience != "" {
					s += " — " + n.Audience
				}
				if n.People > 0 {
					s += ", " + itoa(n.People) + " người"
				}
				return s
			}),
	},
	Meta:      func(p *TrainingPlan) Meta { return Meta{&p.ID, &p.Version, &p.CreatedAt, &p.UpdatedAt} },
	Title:     (*TrainingPlan).Title,
	Year:      func(p *TrainingPlan) int { return p.Year },
	Normalize: (*TrainingPlan).Normalize,
	Check:     func(p *TrainingPlan, env CheckEnv) Problems { return p.Validate(env.Now) },
	Todos:     planTodos, // training_rules.go
	Confirm: func(p *TrainingPlan, others []TrainingPlan) *Problem {
		for _, o := range others {
			if o.Year == p.Year {
				return &Problem{Field: FieldPlanYear, Message: "Đã có kế hoạch đào tạo năm " + strconv.Itoa(p.Year) + ": vẫn lập thêm một kế hoạch nữa?"}
			}
		}
		return nil
	},
}
