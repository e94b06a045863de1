package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The courses and the yearly plan of the Cán bộ – Đào tạo section (cadre.go).

// courseList lists the courses, newest first, with lượt người and people apart.
func (s *trainingSection) courseList() fyne.CanvasObject {
	u := s.ui
	var rows [][]string
	for i := range s.courses {
		c := &s.courses[i]
		attended := 0
		for _, p := range c.Participants {
			if p.Attended {
				attended++
			}
		}
		rows = append(rows, []string{c.Dates(), c.Name, c.Level.Label(), c.Form.Label(), orDash(c.TopicsText()),
			fmt.Sprintf("%d/%d", attended, len(c.Participants))})
	}
	table := recordTable([]string{"Thời gian", "Tên lớp", "Cấp tổ chức", "Hình thức", "Chủ đề", "Tham dự/cử"},
		[]float32{190, 280, 170, 100, 260, 100},
		func() [][]string { return rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindCourse, ID: s.courses[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm lớp"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindCourse}) })
	add.Importance = widget.HighImportance
	rules, _ := u.rules()
	year := u.svc.Now().Year()
	st := data.ComputeTrainingStats(s.cadres, s.courses, rules.Training, time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC))
	summary := widget.NewLabel(fmt.Sprintf(lang.L("Năm %d: %d lớp, %d lượt người, %d người; %d/%d ủy viên BCH đã được bồi dưỡng."),
		year, st.Courses, st.Attendances, st.People, st.BCHTrained, st.BCH))
	summary.Wrapping = fyne.TextWrapWord
	return container.NewBorder(summary, nil, nil, nil, listScreen(lang.L("Lớp đào tạo, bồi dưỡng"),
		lang.L("Các lớp cán bộ đã được cử đi học hoặc công đoàn cơ sở tự tổ chức; \"lượt người\" đếm mỗi lần tham dự, \"người\" đếm mỗi người một lần."),
		table, len(s.courses) == 0, add))
}

// planList lists the yearly plans and their needs registration.
func (s *trainingSection) planList() fyne.CanvasObject {
	u := s.ui
	var rows [][]string
	for i := range s.plans {
		p := &s.plans[i]
		sent := "Chưa gửi"
		if !p.NeedsSent.IsZero() {
			sent = "Đã gửi " + vn.FormatDate(p.NeedsSent)
		}
		rows = append(rows, []string{strconv.Itoa(p.Year), orDash(vn.FormatDate(p.Approved)), strconv.Itoa(len(p.Items)),
			vn.FormatInt(p.Cost()) + " đ", strconv.Itoa(len(p.Needs)) + " dòng, " + sent})
	}
	table := recordTable([]string{"Năm", "Ngày ban hành", "Số lớp dự kiến", "Kinh phí dự kiến", "Đăng ký nhu cầu với cấp trên"},
		[]float32{80, 130, 130, 160, 300},
		func() [][]string { return rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindTrainingPlan, ID: s.plans[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Lập kế hoạch năm"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindTrainingPlan}) })
	add.Importance = widget.HighImportance
	return listScreen(lang.L("Kế hoạch đào tạo, bồi dưỡng năm"),
		lang.L("Kế hoạch của công đoàn cơ sở và bản đăng ký nhu cầu đào tạo năm sau gửi công đoàn cấp trên (thường trong tháng 11)."),
		table, len(s.plans) == 0, add)
}

// trainingTopics is the catalogue of course topics (Cài đặt, TrainingSettings.Topics).
func (u *UI) trainingTopics() []string {
	rules, _ := u.rules()
	if len(rules.Training.Topics) == 0 {
		return data.DefaultTrainingTopics()
	}
	return rules.Training.Topics
}

// courseForm adds or edits a course and its participants.
type courseForm struct {
	*recordForm
	course      *data.Course
	name        *formEntry
	level       *selectOf[data.CourseLevel]
	form        *selectOf[data.CourseForm]
	from, to    *dateField
	days, hours *formEntry
	place       *formEntry
	topics      *widget.CheckGroup
	otherTopics *formEntry
	cost        *formEntry
	voucher     *formEntry
	vouchers    *voucherLink // voucher_link.go
	people      *rowEditor[data.Participant]
	addBCH      *widget.Button
	count       *widget.Label
	notes       *formEntry
}

// courseScreen opens the form of a Course (a new one for id 0); screenOf lists it.
func courseScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.Courses, id)
	if err != nil {
		return nil, err
	}
	f := newCourseForm(u, c)
	u.rec.train.course = f
	return f, nil
}

func newCourseForm(u *UI, c *data.Course) *courseForm {
	f := &courseForm{course: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindCourse) })
	f.name = newFormEntry()
	f.name.SetPlaceHolder(lang.L("Tên lớp, khóa tập huấn"))
	f.level = newSelectOf(data.CourseLevels, data.CourseLevel.Label, lang.L("Cấp tổ chức"), nil)
	f.form = newSelectOf(data.CourseForms, data.CourseForm.Label, lang.L("Hình thức"), nil)
	f.from = u.dateInput(time.Time{})
	f.to = u.dateInput(time.Time{})
	f.to.entry.SetPlaceHolder(lang.L("để trống nếu học một ngày"))
	f.days = numEntry(lang.L("số ngày"))
	f.hours = numEntry(lang.L("số giờ"))
	f.place = newFormEntry()
	f.cost = numEntry(lang.L("đồng"))
	f.voucher = newFormEntry()
	f.voucher.SetPlaceHolder(lang.L("số phiếu chi ngoài sổ thu – chi (nếu có)"))
	f.notes = multiLine(2)
	catalogue := u.trainingTopics()
	f.topics = widget.NewCheckGroup(catalogue, nil)
	f.topics.Horizontal = false
	f.otherTopics = newFormEntry()
	f.otherTopics.SetPlaceHolder(lang.L("Chủ đề khác, cách nhau bằng dấu ;"))
	f.count = widget.NewLabel("")
	var people []data.Participant
	if c != nil {
		f.name.SetText(c.Name)
		f.level.set(c.Level)
		f.form.set(c.Form)
		f.from.set(c.From, false)
		f.to.set(c.To, false)
		setNum(f.days, c.Days)
		setNum(f.hours, c.Hours)
		f.place.SetText(c.Place)
		setMoney(f.cost, c.Cost)
		f.voucher.SetText(c.Voucher)
		f.notes.SetText(c.Notes)
		var chosen, other []string
		for _, t := range c.Topics {
			found := false
			for _, k := range catalogue {
				if vn.Fold(k) == vn.Fold(t.Topic) {
					chosen, found = append(chosen, k), true
				}
			}
			if !found {
				other = append(other, t.Topic)
			}
		}
		f.topics.SetSelected(chosen)
		f.otherTopics.SetText(strings.Join(other, "; "))
		people = c.Participants
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindCourse, ID: c.ID}, func() { u.backToSection(data.KindCourse) })
	} else {
		f.form.set(data.FormOnsite)
	}
	f.people = newRowEditor(lang.L("Thêm học viên"), f.personRow, people)
	f.addBCH = widget.NewButtonWithIcon(lang.L("Thêm cả Ban Chấp hành"), theme.AccountIcon(), f.addOfficers)
	f.vouchers = newCourseVouchers(f)
	return f
}

// addOfficers adds a row for every BCH and UBKT member serving on the course's
// first day (today when not set) who is not on the list yet, with their posts as role.
func (f *courseForm) addOfficers() {
	cadres, err := data.Cadres.Store(f.ui.svc.Store).List(f.ui.ctx)
	if err != nil {
		f.ui.showError(err)
		return
	}
	var ps data.Problems
	on := readDate(f.from, "", &ps)
	if on.IsZero() {
		on = f.ui.svc.Now()
	}
	have := map[string]bool{}
	for _, p := range f.people.values(&ps) {
		have[vn.Fold(p.Name)] = true
	}
	for i := range cadres {
		c := &cadres[i]
		officer := false
		for _, t := range c.PostsOn(on) {
			officer = officer || t.Post.InBCH() || t.Post.InUBKT()
		}
		if officer && !have[vn.Fold(c.Name)] {
			f.people.add(data.Participant{MemberID: c.MemberID, Name: c.Name, Role: c.PostsText(on), Attended: !on.After(f.ui.svc.Now())})
		}
	}
	f.updateCount()
}

// personRow edits one participant.
func (f *courseForm) personRow(p data.Participant) *editorRow[data.Participant] {
	name := newFormEntry()
	name.SetText(p.Name)
	name.SetPlaceHolder(lang.L("Họ và tên"))
	memberID := p.MemberID
	role := newFormEntry()
	role.SetText(p.Role)
	role.SetPlaceHolder(lang.L("Chức danh lúc đi học"))
	name.OnChanged = func(string) { memberID = 0 }
	pick := widget.NewButtonWithIcon("", theme.AccountIcon(), func() {
		f.ui.pickMember(func(row data.MemberRow) {
			name.SetText(row.Name)
			memberID = row.ID
			if role.Text == "" {
				role.SetText(row.UnionRole)
			}
			f.updateCount()
		})
	})
	attended := widget.NewCheck(lang.L("Có tham dự"), func(bool) { f.updateCount() })
	attended.SetChecked(p.Attended)
	result := newFormSelect([]string{"Hoàn thành", "Giỏi", "Khá", "Đạt", "Không đạt"})
	result.SetText(p.Result)
	result.SetPlaceHolder(lang.L("Kết quả"))
	certNo := newFormEntry()
	certNo.SetText(p.CertNo)
	certNo.SetPlaceHolder(lang.L("Số giấy chứng nhận"))
	certDate := f.ui.dateInput(p.CertDate)
	essay := widget.NewCheck(lang.L("Đã nộp bài thu hoạch"), nil)
	essay.SetChecked(p.Essay)
	leave := numEntry(lang.L("ngày"))
	setNum(leave, p.LeaveDays)
	h := name.MinSize().Height
	line1 := container.NewBorder(nil, nil, nil, container.NewHBox(pick, attended), container.NewGridWithColumns(2, name, role))
	line2 := container.NewBorder(nil, nil, container.NewHBox(
		labelled(lang.L("Kết quả"), container.NewGridWrap(fyne.NewSize(150, h), result)),
		labelled(lang.L("Ngày cấp"), container.NewGridWrap(fyne.NewSize(160, h), certDate.object)),
		labelled(lang.L("Nghỉ hưởng lương"), container.NewGridWrap(fyne.NewSize(90, h), leave)),
		labelled(" ", essay)), nil,
		labelled(lang.L("Giấy chứng nhận"), certNo))
	obj := container.NewVBox(line1, line2, widget.NewSeparator())
	return &editorRow[data.Participant]{object: obj, read: func(ps *data.Problems) data.Participant {
		return data.Participant{MemberID: memberID, Name: name.Text, Role: role.Text, Attended: attended.Checked, Result: result.Text,
			CertNo: certNo.Text, CertDate: readDate(certDate, data.FieldCoursePeople, ps), Essay: essay.Checked,
			LeaveDays: readNum(leave, data.FieldCoursePeople, ps)}
	}}
}

// updateCount shows how many were sent and how many attended.
func (f *courseForm) updateCount() {
	if f.people == nil {
		return
	}
	var ps data.Problems
	people := f.people.values(&ps)
	attended := 0
	for _, p := range people {
		if p.Attended {
			attended++
		}
	}
	f.count.SetText(fmt.Sprintf(lang.L("Cử %d người, %d người có tham dự."), len(people), attended))
}

func (f *courseForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Lớp học"),
		f.row(data.FieldCourseName, lang.L("Tên lớp *"), f.name),
		f.row(data.FieldCourseLevel, lang.L("Cấp tổ chức *"), f.level),
		f.row(data.FieldCourseForm, lang.L("Hình thức *"), f.form),
		f.row(data.FieldCourseDates, lang.L("Từ ngày *"), f.from.object),
		f.row("course_to", lang.L("Đến ngày"), f.to.object),
		f.row(data.FieldCourseLength, lang.L("Số ngày, số giờ"), container.NewGridWithColumns(2, f.days, f.hours)),
		f.row("course_place", lang.L("Địa điểm"), f.place),
		f.row(data.FieldCourseCost, lang.L("Kinh phí CĐCS chi"), f.cost),
		f.row("course_voucher", lang.L("Phiếu chi"), container.NewVBox(f.voucher, f.vouchers.object())),
		f.row("course_notes", lang.L("Ghi chú"), f.notes))
	topics := f.block(data.FieldCourseTopics, lang.L("Chủ đề"),
		lang.L("Chọn chủ đề trong danh mục (sửa danh mục ở Cài đặt); chủ đề chưa có thì ghi ở ô dưới."), container.NewVBox(f.topics, f.otherTopics))
	people := f.block(data.FieldCoursePeople, lang.L("Học viên"),
		lang.L("Chọn đoàn viên từ sổ; ghi chức danh lúc đi học, có tham dự không, kết quả, giấy chứng nhận."),
		container.NewVBox(container.NewBorder(nil, nil, nil, f.addBCH, f.count), f.people.object))
	f.updateCount()
	title := lang.L("Thêm lớp đào tạo, bồi dưỡng")
	if f.course != nil {
		title = f.course.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, general, topics), people))
}

func (f *courseForm) collect() (*data.Course, data.Problems) {
	c := &data.Course{}
	if f.course != nil {
		cp := *f.course
		c = &cp
	}
	var ps data.Problems
	c.Name, c.Level, c.Form = f.name.Text, f.level.value(), f.form.value()
	c.From = readDate(f.from, data.FieldCourseDates, &ps)
	c.To = readDate(f.to, data.FieldCourseDates, &ps)
	c.Days = readNum(f.days, data.FieldCourseLength, &ps)
	c.Hours = readNum(f.hours, data.FieldCourseLength, &ps)
	c.Place = f.place.Text
	c.Cost = readMoney(f.cost, data.FieldCourseCost, "Kinh phí", &ps)
	c.Voucher = f.voucher.Text
	c.Topics = nil
	for _, t := range f.topics.Selected {
		c.Topics = append(c.Topics, data.CourseTopic{Topic: t})
	}
	for _, t := range strings.Split(f.otherTopics.Text, ";") {
		c.Topics = append(c.Topics, data.CourseTopic{Topic: t})
	}
	c.Participants = f.people.values(&ps)
	c.Notes = f.notes.Text
	c.Normalize()
	return c, ps
}

func (f *courseForm) submit() bool {
	c, ps := f.collect()
	ps = append(ps, f.vouchers.mismatch(c.Cost)...)
	return validateAndSave(f.recordForm, data.Courses, c, f.course == nil, ps)
}

// planForm adds or edits a yearly training plan and its needs registration.
type planForm struct {
	*recordForm
	plan      *data.TrainingPlan
	year      *formEntry
	approved  *dateField
	goals     *formEntry
	items     *rowEditor[data.PlanItem]
	needs     *rowEditor[data.TrainingNeed]
	needsSent *dateField
	notes     *formEntry
}

// planScreen opens the form of a TrainingPlan (a new one for id 0); screenOf lists it.
func planScreen(u *UI, id int64) (recordView, error) {
	p, err := loadRecord(u, data.TrainingPlans, id)
	if err != nil {
		return nil, err
	}
	f := newPlanForm(u, p)
	u.rec.train.plan = f
	return f, nil
}

func newPlanForm(u *UI, p *data.TrainingPlan) *planForm {
	f := &planForm{plan: p}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindTrainingPlan) })
	f.year = numEntry(lang.L("năm"))
	f.approved = u.dateInput(time.Time{})
	f.goals = multiLine(3)
	f.goals.SetPlaceHolder(lang.L("Mục đích, yêu cầu; chỉ tiêu (ví dụ: 100% cán bộ mới bầu được bồi dưỡng)"))
	f.needsSent = u.dateInput(time.Time{})
	f.notes = multiLine(2)
	var items []data.PlanItem
	var needs []data.TrainingNeed
	if p != nil {
		f.year.SetText(strconv.Itoa(p.Year))
		f.approved.set(p.Approved, false)
		f.goals.SetText(p.Goals)
		f.needsSent.set(p.NeedsSent, false)
		f.notes.SetText(p.Notes)
		items, needs = p.Items, p.Needs
		f.confirmTrash(p.Title(), data.RecordRef{Kind: data.KindTrainingPlan, ID: p.ID}, func() { u.backToSection(data.KindTrainingPlan) })
	} else {
		now := u.svc.Now()
		year := now.Year()
		if now.Month() >= time.October { // late in the year the plan is the next one's
			year++
		}
		f.year.SetText(strconv.Itoa(year))
	}
	f.items = newRowEditor(lang.L("Thêm lớp dự kiến"), f.itemRow, items)
	f.needs = newRowEditor(lang.L("Thêm dòng đăng ký"), f.needRow, needs)
	return f
}

func (f *planForm) itemRow(it data.PlanItem) *editorRow[data.PlanItem] {
	topic := newFormSelect(f.ui.trainingTopics())
	topic.SetText(it.Topic)
	topic.SetPlaceHolder(lang.L("Nội dung, chủ đề"))
	audience := newFormEntry()
	audience.SetText(it.Audience)
	audience.SetPlaceHolder(lang.L("Đối tượng"))
	level := newSelectOf(data.CourseLevels, data.CourseLevel.Label, lang.L("Cấp tổ chức"), nil)
	level.set(it.Level)
	form := newSelectOf(data.CourseForms, data.CourseForm.Label, lang.L("Hình thức"), nil)
	form.set(it.Form)
	when := newFormEntry()
	when.SetText(it.When)
	when.SetPlaceHolder(lang.L("Quý II, tháng 5 …"))
	people := numEntry(lang.L("số người"))
	setNum(people, it.People)
	cost := numEntry(lang.L("kinh phí, đồng"))
	setMoney(cost, it.Cost)
	h := audience.MinSize().Height
	line2 := container.NewHBox(
		labelled(lang.L("Cấp tổ chức"), container.NewGridWrap(fyne.NewSize(230, h), level)),
		labelled(lang.L("Hình thức"), container.NewGridWrap(fyne.NewSize(130, h), form)),
		labelled(lang.L("Thời gian"), container.NewGridWrap(fyne.NewSize(130, h), when)),
		labelled(lang.L("Số người"), container.NewGridWrap(fyne.NewSize(90, h), people)),
		labelled(lang.L("Kinh phí"), container.NewGridWrap(fyne.NewSize(130, h), cost)))
	obj := container.NewVBox(container.NewGridWithColumns(2, topic, audience), container.NewHScroll(line2), widget.NewSeparator())
	return &editorRow[data.PlanItem]{object: obj, read: func(ps *data.Problems) data.PlanItem {
		return data.PlanItem{Topic: topic.Text, Audience: audience.Text, Level: level.value(), Form: form.value(), When: when.Text,
			People: readNum(people, data.FieldPlanItems, ps), Cost: readMoney(cost, data.FieldPlanItems, "Kinh phí", ps)}
	}}
}

func (f *planForm) needRow(n data.TrainingNeed) *editorRow[data.TrainingNeed] {
	topic := newFormSelect(f.ui.trainingTopics())
	topic.SetText(n.Topic)
	topic.SetPlaceHolder(lang.L("Nội dung cần đào tạo"))
	audience := newFormEntry()
	audience.SetText(n.Audience)
	audience.SetPlaceHolder(lang.L("Đối tượng"))
	people := numEntry(lang.L("số người"))
	setNum(people, n.People)
	note := newFormEntry()
	note.SetText(n.Note)
	note.SetPlaceHolder(lang.L("Ghi chú"))
	h := audience.MinSize().Height
	obj := container.NewVBox(container.NewGridWithColumns(2, topic, audience),
		container.NewBorder(nil, nil, labelled(lang.L("Số người"), container.NewGridWrap(fyne.NewSize(90, h), people)), nil, labelled(lang.L("Ghi chú"), note)),
		widget.NewSeparator())
	return &editorRow[data.TrainingNeed]{object: obj, read: func(ps *data.Problems) data.TrainingNeed {
		return data.TrainingNeed{Topic: topic.Text, Audience: audience.Text, People: readNum(people, data.FieldPlanNeeds, ps), Note: note.Text}
	}}
}

func (f *planForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Kế hoạch"),
		f.row(data.FieldPlanYear, lang.L("Năm *"), f.year),
		f.row("plan_approved", lang.L("Ngày ban hành"), f.approved.object),
		f.row("plan_goals", lang.L("Mục đích, chỉ tiêu"), f.goals),
		f.row(data.FieldPlanSent, lang.L("Ngày gửi đăng ký nhu cầu"), f.needsSent.object),
		f.row("plan_notes", lang.L("Ghi chú"), f.notes))
	items := f.block(data.FieldPlanItems, lang.L("Các lớp dự kiến"), "", f.items.object)
	needs := f.block(data.FieldPlanNeeds, lang.L("Đăng ký nhu cầu đào tạo với công đoàn cấp trên"),
		lang.L("Những nội dung đề nghị cấp trên mở lớp; ghi \"Ngày gửi đăng ký\" khi đã gửi."), f.needs.object)
	title := lang.L("Lập kế hoạch đào tạo, bồi dưỡng")
	if f.plan != nil {
		title = f.plan.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, general, widget.NewLabel("")), items, needs))
}

func (f *planForm) collect() (*data.TrainingPlan, data.Problems) {
	p := &data.TrainingPlan{}
	if f.plan != nil {
		cp := *f.plan
		p = &cp
	}
	var ps data.Problems
	p.Year = readNum(f.year, data.FieldPlanYear, &ps)
	p.Approved = readDate(f.approved, "plan_approved", &ps)
	p.Goals = f.goals.Text
	p.NeedsSent = readDate(f.needsSent, data.FieldPlanSent, &ps)
	p.Items = f.items.values(&ps)
	p.Needs = f.needs.values(&ps)
	p.Notes = f.notes.Text
	p.Normalize()
	return p, ps
}

func (f *planForm) submit() bool {
	p, ps := f.collect()
	return validateAndSave(f.recordForm, data.TrainingPlans, p, f.plan == nil, ps)
}
