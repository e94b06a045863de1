package ui

import (
	"fmt"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Cán bộ – Đào tạo section (issue 14 points 1–2, DOMAIN-MODULES §B): the
// union's cadres and the posts they held, the courses they attended, and the
// yearly training plan. This file holds the section and the cadre form;
// training.go the course and plan forms.

// trainingForms are the section's forms on screen (tests reach them here).
type trainingForms struct {
	cadre  *cadreForm
	course *courseForm
	plan   *planForm
	review *reviewForm // resolution.go
}

// trainingSection is the Cán bộ – Đào tạo section on screen.
type trainingSection struct {
	ui      *UI
	cadres  []data.Cadre
	courses []data.Course
	plans   []data.TrainingPlan
	reviews []data.ResolutionReview
	tabs    *container.AppTabs
	flags   *widget.Label
}

func newTrainingSection(u *UI) *trainingSection { return &trainingSection{ui: u} }

func (s *trainingSection) build() fyne.CanvasObject {
	u := s.ui
	var err error
	if s.cadres, err = data.Cadres.Store(u.svc.Store).List(u.ctx); err != nil {
		u.showError(err)
	}
	if s.courses, err = data.Courses.Store(u.svc.Store).List(u.ctx); err != nil {
		u.showError(err)
	}
	if s.plans, err = data.TrainingPlans.Store(u.svc.Store).List(u.ctx); err != nil {
		u.showError(err)
	}
	if s.reviews, err = data.ResolutionReviews.Store(u.svc.Store).List(u.ctx); err != nil {
		u.showError(err)
	}
	title := lang.L("Cán bộ – Đào tạo")
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Cán bộ công đoàn"), s.cadreList()),
		container.NewTabItem(lang.L("Lớp đào tạo, bồi dưỡng"), s.courseList()),
		container.NewTabItem(lang.L("Kế hoạch, đăng ký nhu cầu"), s.planList()),
		container.NewTabItem(lang.L("Sơ kết, tổng kết nghị quyết"), s.reviewList()))
	if i := u.rec.tabs[title]; i < len(s.tabs.Items) {
		s.tabs.SelectIndex(i)
	}
	s.tabs.OnSelected = func(*container.TabItem) { u.rec.tabs[title] = s.tabs.SelectedIndex() }
	return containerWithHeading(lang.L("Cán bộ công đoàn – Đào tạo, bồi dưỡng"), s.tabs)
}

// cadreList lists the cadres with their posts today, and the flags of §B: newly
// elected office holders not yet trained, ATVSV certificates missing or due.
func (s *trainingSection) cadreList() fyne.CanvasObject {
	u := s.ui
	today := vn.Day(u.svc.Now())
	rules, _ := u.rules()
	// The highest post first (chủ tịch, phó … ATVSV), those who left last. Sorted
	// before the flags are found: they point into s.cadres, and a sort after
	// would leave them naming whoever moved into their place.
	slices.SortStableFunc(s.cadres, func(a, b data.Cadre) int { return postOrder(&a, today) - postOrder(&b, today) })
	gaps := data.UntrainedNewlyElected(s.cadres, s.courses, rules.Training, today)
	certs := data.ATVSVCertIssues(s.cadres, s.courses, rules.Training, today)
	var rows [][]string
	for i := range s.cadres {
		c := &s.cadres[i]
		posts := c.PostsText(today)
		if posts == "" {
			posts = "Đã thôi (" + c.Title() + ")"
		}
		var since time.Time
		ft := "Không"
		for _, t := range c.PostsOn(today) {
			if since.IsZero() || t.From.Before(since) {
				since = t.From
			}
			if t.FullTime {
				ft = "Có"
			}
		}
		trained := "—"
		if d := data.FirstTrained(c, s.courses, time.Time{}, today); !d.IsZero() {
			trained = "Lần đầu " + vn.FormatDate(d)
			for _, g := range gaps {
				if g.Cadre.ID == c.ID {
					trained = "Chưa từ khi bầu (hạn " + vn.FormatDate(g.Due) + ")"
				}
			}
		} else {
			for _, g := range gaps {
				if g.Cadre.ID == c.ID {
					trained = "Chưa (hạn " + vn.FormatDate(g.Due) + ")"
				}
			}
		}
		rows = append(rows, []string{c.Name, posts, orDash(vn.FormatDate(since)), ft, trained})
	}
	table := recordTable([]string{"Họ và tên", "Chức danh hiện nay", "Từ ngày", "Chuyên trách", "Bồi dưỡng nghiệp vụ"},
		[]float32{180, 300, 100, 100, 230},
		func() [][]string { return rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindCadre, ID: s.cadres[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm cán bộ"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindCadre}) })
	add.Importance = widget.HighImportance
	s.flags = widget.NewLabel(flagText(gaps, certs))
	s.flags.Wrapping = fyne.TextWrapWord
	s.flags.Importance = widget.WarningImportance
	if s.flags.Text == "" {
		s.flags.Hide()
	}
	list := listScreen(lang.L("Cán bộ công đoàn"),
		lang.L("Mỗi người một hồ sơ ghi các chức danh đã giữ (từ ngày, đến ngày, chuyên trách, bầu hay chỉ định). Chủ tịch đang giữ chức ký các văn bản."),
		table, len(s.cadres) == 0, add)
	return container.NewBorder(s.flags, nil, nil, nil, list)
}

// postOrder ranks a cadre by the highest post held on day d; those with none last.
func postOrder(c *data.Cadre, d time.Time) int {
	if cur := c.PostsOn(d); len(cur) > 0 {
		return slices.Index(data.Posts, cur[0].Post)
	}
	return len(data.Posts)
}

// flagLines is how many people the warning above the list names per rule; the
// rest are counted ("và 12 người khác") so the list stays on a small screen.
const flagLines = 3

// flagText is the warning above the cadre list (§B, rules to check).
func flagText(gaps []data.TrainingGap, certs []data.CertIssue) string {
	text := ""
	if len(gaps) > 0 {
		text = fmt.Sprintf(lang.L("%d người mới bầu giữ chức danh chưa được bồi dưỡng nghiệp vụ:"), len(gaps))
		for i, g := range gaps {
			if i == flagLines {
				text += fmt.Sprintf(lang.L("\n• và %d người khác (xem cột Bồi dưỡng nghiệp vụ)"), len(gaps)-flagLines)
				break
			}
			text += "\n• " + g.Cadre.Name + " – " + g.Post.Title() + ", hạn " + vn.FormatDate(g.Due)
		}
	}
	if len(certs) > 0 {
		if text != "" {
			text += "\n"
		}
		text += fmt.Sprintf(lang.L("%d an toàn, vệ sinh viên cần giấy chứng nhận huấn luyện ATVSLĐ:"), len(certs))
		for i, c := range certs {
			if i == flagLines {
				text += fmt.Sprintf(lang.L("\n• và %d người khác"), len(certs)-flagLines)
				break
			}
			if c.Missing {
				text += "\n• " + c.Cadre.Name + ": chưa có giấy chứng nhận"
			} else {
				text += "\n• " + c.Cadre.Name + ": hết hạn " + vn.FormatDate(c.Expires)
			}
		}
	}
	return text
}

// cadreForm adds or edits one cadre and the posts they held.
type cadreForm struct {
	*recordForm
	cadre    *data.Cadre
	name     *formEntry
	memberID int64
	source   *widget.Label
	pick     *widget.Button
	posts    *rowEditor[data.PostTerm]
	certNo   *formEntry
	certDate *dateField
	// allowance and rules: the ATVSV's phụ cấp a month and the quy chế setting it.
	allowance, rules *formEntry
	notes            *formEntry
}

// cadreScreen opens the form of a Cadre (a new one for id 0); screenOf lists it.
func cadreScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.Cadres, id)
	if err != nil {
		return nil, err
	}
	f := newCadreForm(u, c)
	u.rec.train.cadre = f
	return f, nil
}

func newCadreForm(u *UI, c *data.Cadre) *cadreForm {
	f := &cadreForm{cadre: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindCadre) })
	f.name = newFormEntry()
	f.name.SetPlaceHolder(lang.L("Họ và tên, hoặc chọn từ sổ đoàn viên"))
	f.source = widget.NewLabel("")
	f.source.TextStyle.Italic = true
	f.certNo = newFormEntry()
	f.certNo.SetPlaceHolder(lang.L("số giấy chứng nhận huấn luyện ATVSLĐ (nếu là ATVSV)"))
	f.certDate = u.dateInput(time.Time{})
	f.allowance, f.rules = numEntry(lang.L("đồng/tháng")), newFormEntry()
	f.rules.SetPlaceHolder(lang.L("Quyết định số … ngày … của người sử dụng lao động"))
	f.notes = multiLine(2)
	var posts []data.PostTerm
	if c != nil {
		f.name.SetText(c.Name)
		f.memberID = c.MemberID
		f.certNo.SetText(c.ATVSVCertNo)
		f.certDate.set(c.ATVSVCertDate, false)
		setMoney(f.allowance, c.ATVSVAllowance)
		f.rules.SetText(c.ATVSVRules)
		f.notes.SetText(c.Notes)
		posts = c.Posts
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindCadre, ID: c.ID}, func() { u.backToSection(data.KindCadre) })
	} else {
		term := ""
		if u.profile != nil {
			term = u.profile.Term()
		}
		posts = []data.PostTerm{{From: vn.Day(u.svc.Now()), How: data.AppointElected, Term: term}}
	}
	f.showSource()
	f.name.OnChanged = func(string) {
		if f.memberID != 0 {
			f.memberID = 0 // typed over: no longer the member picked
			f.showSource()
		}
	}
	f.pick = widget.NewButtonWithIcon(lang.L("Chọn từ sổ"), theme.AccountIcon(), func() {
		u.pickMember(func(row data.MemberRow) { f.choose(row) })
	})
	f.posts = newRowEditor(lang.L("Thêm chức danh"), f.postRow, posts)
	return f
}

// choose fills the form with a member picked from the register.
func (f *cadreForm) choose(row data.MemberRow) {
	f.name.SetText(row.Name)
	f.memberID = row.ID
	f.showSource()
	if row.Foreign() {
		// Luật Công đoàn 2024 Art 4(5): a cán bộ công đoàn is a Vietnamese citizen.
		f.source.SetText(lang.L("Đoàn viên – không phải công dân Việt Nam, không làm cán bộ công đoàn"))
	}
}

func (f *cadreForm) showSource() {
	if f.memberID != 0 {
		f.source.SetText(lang.L("Đoàn viên trong sổ"))
	} else {
		f.source.SetText(lang.L("Chưa gắn với sổ đoàn viên"))
	}
}

// postRow edits one post held.
func (f *cadreForm) postRow(t data.PostTerm) *editorRow[data.PostTerm] {
	post := newSelectOf(data.Posts, data.Post.Label, lang.L("Chức danh"), nil)
	post.set(t.Post)
	unit := newFormEntry()
	unit.SetText(t.Unit)
	unit.SetPlaceHolder(lang.L("Tổ công đoàn, tổ sản xuất (nếu có)"))
	from := f.ui.dateInput(t.From)
	until := f.ui.dateInput(t.Until)
	until.entry.SetPlaceHolder(lang.L("đang giữ"))
	how := newSelectOf(data.Appointments, data.Appointment.Label, lang.L("Bầu / chỉ định"), nil)
	how.set(t.How)
	fullTime := widget.NewCheck(lang.L("Chuyên trách"), nil)
	fullTime.SetChecked(t.FullTime)
	decision := newFormEntry()
	decision.SetText(t.Decision)
	decision.SetPlaceHolder(lang.L("Nghị quyết, quyết định số … ngày …"))
	term := newFormEntry()
	term.SetText(t.Term)
	term.SetPlaceHolder(lang.L("2025–2030"))
	h := unit.MinSize().Height
	line1 := container.NewGridWithColumns(2, post, unit)
	line2 := container.NewBorder(nil, nil, container.NewHBox(
		labelled(lang.L("Từ ngày"), container.NewGridWrap(fyne.NewSize(160, h), from.object)),
		labelled(lang.L("Đến ngày"), container.NewGridWrap(fyne.NewSize(160, h), until.object)),
		labelled(lang.L("Cách giữ chức"), container.NewGridWrap(fyne.NewSize(190, h), how)),
		labelled(" ", fullTime)), nil,
		labelled(lang.L("Nhiệm kỳ"), term))
	obj := container.NewVBox(line1, line2, labelled(lang.L("Căn cứ"), decision), widget.NewSeparator())
	return &editorRow[data.PostTerm]{object: obj, read: func(ps *data.Problems) data.PostTerm {
		return data.PostTerm{Post: post.value(), Unit: unit.Text, From: readDate(from, data.FieldCadrePosts, ps),
			Until: readDate(until, data.FieldCadrePosts, ps), FullTime: fullTime.Checked, How: how.value(),
			Decision: decision.Text, Term: term.Text}
	}}
}

func (f *cadreForm) build() fyne.CanvasObject {
	person := formSection(lang.L("Cán bộ"),
		f.row(data.FieldCadreName, lang.L("Họ và tên *"), container.NewBorder(nil, nil, nil, f.pick, f.name)),
		f.row("cadre_source", "", f.source),
		f.row("cadre_notes", lang.L("Ghi chú"), f.notes))
	cert := formSection(lang.L("An toàn, vệ sinh viên"),
		f.row(data.FieldCadreCert, lang.L("Số giấy chứng nhận"), f.certNo),
		f.row("cadre_cert_date", lang.L("Ngày cấp"), f.certDate.object),
		f.row(data.FieldCadreAllowance, lang.L("Phụ cấp trách nhiệm"), f.allowance),
		f.row(data.FieldCadreRules, lang.L("Quy chế mạng lưới"), f.rules))
	posts := f.block(data.FieldCadrePosts, lang.L("Các chức danh đã giữ *"),
		lang.L("Mỗi lần bầu, chỉ định một dòng; khi thôi giữ chức ghi \"Đến ngày\". Người mới bầu Chủ tịch, Phó Chủ tịch, Ủy viên BCH, UBKT cần được bồi dưỡng nghiệp vụ trong năm đầu nhiệm kỳ."),
		f.posts.object)
	title := lang.L("Thêm cán bộ công đoàn")
	if f.cadre != nil {
		title = f.cadre.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, person, cert), posts, f.trainingHistory()))
}

// trainingHistory lists the courses the cadre attended, read from the courses.
func (f *cadreForm) trainingHistory() fyne.CanvasObject {
	if f.cadre == nil {
		return widget.NewLabel("")
	}
	courses, err := data.Courses.Store(f.ui.svc.Store).List(f.ui.ctx)
	if err != nil {
		f.ui.logError(err)
		return widget.NewLabel(data.ErrorMessage(err))
	}
	lines := container.NewVBox(subheading(lang.L("Đã đào tạo, bồi dưỡng")))
	n := 0
	for i := range courses {
		c := &courses[i]
		for _, p := range c.Participants {
			if !p.Attended || !(p.MemberID != 0 && p.MemberID == f.cadre.MemberID || p.MemberID == 0 && vn.Fold(p.Name) == vn.Fold(f.cadre.Name)) {
				continue
			}
			line := c.Title() + " — " + c.TopicsText()
			if p.CertNo != "" {
				line += " — GCN " + p.CertNo
			}
			l := widget.NewLabel(line)
			l.Wrapping = fyne.TextWrapWord
			lines.Add(l)
			n++
		}
	}
	if n == 0 {
		lines.Add(widget.NewLabel(lang.L("Chưa có lớp nào ghi người này tham dự.")))
	}
	return lines
}

func (f *cadreForm) collect() (*data.Cadre, data.Problems) {
	c := &data.Cadre{}
	if f.cadre != nil {
		cp := *f.cadre
		c = &cp
	}
	var ps data.Problems
	c.Name, c.MemberID = f.name.Text, f.memberID
	c.Posts = f.posts.values(&ps)
	c.ATVSVCertNo = f.certNo.Text
	c.ATVSVCertDate = readDate(f.certDate, "cadre_cert_date", &ps)
	c.ATVSVAllowance = readMoney(f.allowance, data.FieldCadreAllowance, lang.L("Phụ cấp trách nhiệm"), &ps)
	c.ATVSVRules = f.rules.Text
	c.Notes = f.notes.Text
	c.Normalize()
	return c, ps
}

func (f *cadreForm) submit() bool {
	c, ps := f.collect()
	return validateAndSave(f.recordForm, data.Cadres, c, f.cadre == nil, ps)
}
