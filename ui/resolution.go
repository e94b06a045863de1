package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The sơ kết / tổng kết of a resolution (data/resolution.go), a tab of the
// Cán bộ – Đào tạo section: the list and the form; the report is
// "resolution-review" in Báo cáo.

// reviewList lists the reviews, the latest period first.
func (s *trainingSection) reviewList() fyne.CanvasObject {
	u := s.ui
	var rows [][]string
	for i := range s.reviews {
		r := &s.reviews[i]
		state := "Chưa gửi"
		switch {
		case !r.Sent.IsZero():
			state = "Đã gửi " + vn.FormatDate(r.Sent)
		case !r.Due.IsZero():
			state = "Hạn gửi " + vn.FormatDate(r.Due)
		}
		rows = append(rows, []string{r.Title(), vn.FormatDate(r.From) + " – " + vn.FormatDate(r.To), vn.FormatInt(int64(len(r.Targets))), state})
	}
	table := recordTable([]string{"Báo cáo", "Thời gian thực hiện", "Số chỉ tiêu", "Gửi cấp trên"}, []float32{380, 200, 100, 170},
		func() [][]string { return rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindResolutionReview, ID: s.reviews[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Lập báo cáo sơ kết, tổng kết"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindResolutionReview}) })
	add.Importance = widget.HighImportance
	return listScreen(lang.L("Sơ kết, tổng kết thực hiện nghị quyết"),
		lang.L("Khi cấp trên yêu cầu sơ kết, tổng kết một nghị quyết (ví dụ nghị quyết về đào tạo cán bộ): ghi hạn gửi, các chỉ tiêu của nghị quyết và các phần báo cáo; kết quả về đào tạo tính theo sổ. In tại Báo cáo."),
		table, len(s.reviews) == 0, add)
}

// reviewForm adds or edits a sơ kết / tổng kết.
type reviewForm struct {
	*recordForm
	review                                     *data.ResolutionReview
	stage                                      *selectOf[data.ReviewStage]
	resolution, upperPlan                      *formEntry
	from, to, due, sent                        *dateField
	leadership, tasks, shortcomings, direction *formEntry
	targets                                    *rowEditor[data.ReviewTarget]
	notes                                      *formEntry
}

// reviewScreen opens the form of a ResolutionReview (a new one for id 0); screenOf lists it.
func reviewScreen(u *UI, id int64) (recordView, error) {
	r, err := loadRecord(u, data.ResolutionReviews, id)
	if err != nil {
		return nil, err
	}
	f := newReviewForm(u, r)
	u.rec.train.review = f
	return f, nil
}

func newReviewForm(u *UI, r *data.ResolutionReview) *reviewForm {
	f := &reviewForm{review: r}
	back := func() { u.backToSection(data.KindResolutionReview) }
	f.recordForm = newRecordForm(u, f.submit, back)
	f.stage = newSelectOf(data.ReviewStages, data.ReviewStage.Label, lang.L("Sơ kết hay tổng kết"), nil)
	f.resolution = multiLine(2)
	f.resolution.SetPlaceHolder(lang.L("Nghị quyết số …/NQ-… ngày … của … về …"))
	f.upperPlan = newFormEntry()
	f.upperPlan.SetPlaceHolder(lang.L("Kế hoạch, công văn của cấp trên yêu cầu báo cáo (số, ngày)"))
	f.from, f.to, f.due, f.sent = u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.leadership, f.tasks, f.shortcomings, f.direction, f.notes = multiLine(4), multiLine(4), multiLine(4), multiLine(4), multiLine(2)
	var targets []data.ReviewTarget
	if r != nil {
		f.stage.set(r.Stage)
		f.resolution.SetText(r.Resolution)
		f.upperPlan.SetText(r.UpperPlan)
		f.from.set(r.From, false)
		f.to.set(r.To, false)
		f.due.set(r.Due, false)
		f.sent.set(r.Sent, false)
		f.leadership.SetText(r.Leadership)
		f.tasks.SetText(r.Tasks)
		f.shortcomings.SetText(r.Shortcomings)
		f.direction.SetText(r.Direction)
		f.notes.SetText(r.Notes)
		targets = r.Targets
		f.confirmTrash(r.Title(), data.RecordRef{Kind: data.KindResolutionReview, ID: r.ID}, back)
	}
	f.targets = newRowEditor(lang.L("Thêm chỉ tiêu"), f.targetRow, targets)
	return f
}

// targetRow edits one target: the result is typed, or counted from the training
// records (then the typed result is off, so the report never has two figures).
func (f *reviewForm) targetRow(t data.ReviewTarget) *editorRow[data.ReviewTarget] {
	indicator := newFormEntry()
	indicator.SetText(t.Indicator)
	indicator.SetPlaceHolder(lang.L("Nội dung chỉ tiêu"))
	target := newFormEntry()
	target.SetText(t.Target)
	target.SetPlaceHolder(lang.L("100%, từ 70% …"))
	result := newFormEntry()
	result.SetText(t.Result)
	note := newFormEntry()
	note.SetText(t.Note)
	note.SetPlaceHolder(lang.L("Ghi chú"))
	showResult := func(m data.Measure) {
		if m == data.MeasureTyped {
			result.SetPlaceHolder(lang.L("Kết quả đạt được"))
			result.Enable()
			return
		}
		result.SetText("")
		result.SetPlaceHolder(lang.L("tính theo sổ đào tạo"))
		result.Disable()
	}
	measure := newSelectOf(data.Measures, data.Measure.Label, lang.L("Cách tính kết quả"), showResult)
	measure.set(t.Measure)
	showResult(t.Measure)
	h := indicator.MinSize().Height
	line2 := container.NewHBox(
		labelled(lang.L("Nghị quyết đề ra"), container.NewGridWrap(fyne.NewSize(130, h), target)),
		labelled(lang.L("Cách tính kết quả"), container.NewGridWrap(fyne.NewSize(380, h), measure)),
		labelled(lang.L("Kết quả tự ghi"), container.NewGridWrap(fyne.NewSize(170, h), result)))
	obj := container.NewVBox(indicator, container.NewHScroll(line2), note, widget.NewSeparator())
	return &editorRow[data.ReviewTarget]{object: obj, read: func(*data.Problems) data.ReviewTarget {
		return data.ReviewTarget{Indicator: indicator.Text, Target: target.Text, Measure: measure.value(), Result: result.Text, Note: note.Text}
	}}
}

func (f *reviewForm) build() fyne.CanvasObject {
	h := f.upperPlan.MinSize().Height
	period := container.NewHBox(container.NewGridWrap(fyne.NewSize(170, h), f.from.object), widget.NewLabel("–"),
		container.NewGridWrap(fyne.NewSize(170, h), f.to.object))
	general := formSection(lang.L("Báo cáo"),
		f.row(data.FieldRevStage, lang.L("Sơ kết / tổng kết *"), f.stage),
		f.row(data.FieldRevResolution, lang.L("Nghị quyết *"), f.resolution),
		f.row("rev_upper_plan", lang.L("Theo yêu cầu của"), f.upperPlan),
		f.row(data.FieldRevPeriod, lang.L("Thời gian thực hiện *"), period),
		f.row(data.FieldRevDue, lang.L("Hạn gửi cấp trên"), f.due.object),
		f.row("rev_sent", lang.L("Ngày đã gửi"), f.sent.object),
		f.row("rev_notes", lang.L("Ghi chú"), f.notes))
	targets := f.block(data.FieldRevTargets, lang.L("II. Các chỉ tiêu của nghị quyết"),
		lang.L("Ghi chỉ tiêu nghị quyết đề ra; kết quả tự ghi, hoặc chọn cách tính theo sổ đào tạo trong thời gian thực hiện."), f.targets.object)
	parts := formSection(lang.L("Các phần của báo cáo (để trống thì in dòng chấm)"),
		f.row("rev_leadership", lang.L("I. Lãnh đạo, quán triệt, triển khai"), f.leadership),
		f.row("rev_tasks", lang.L("III. Nhiệm vụ, giải pháp đã thực hiện"), f.tasks),
		f.row("rev_shortcomings", lang.L("IV. Hạn chế, nguyên nhân, bài học"), f.shortcomings),
		f.row("rev_direction", lang.L("V. Phương hướng thời gian tới"), f.direction))
	title := lang.L("Lập báo cáo sơ kết, tổng kết nghị quyết")
	if f.review != nil {
		title = f.review.Title()
	}
	return f.frame(title, container.NewVBox(general, targets, parts))
}

func (f *reviewForm) collect() (*data.ResolutionReview, data.Problems) {
	r := &data.ResolutionReview{}
	if f.review != nil {
		cp := *f.review
		r = &cp
	}
	var ps data.Problems
	r.Stage = f.stage.value()
	r.Resolution, r.UpperPlan = f.resolution.Text, f.upperPlan.Text
	r.From = readDate(f.from, data.FieldRevPeriod, &ps)
	r.To = readDate(f.to, data.FieldRevPeriod, &ps)
	r.Due = readDate(f.due, data.FieldRevDue, &ps)
	r.Sent = readDate(f.sent, "rev_sent", &ps)
	r.Leadership, r.Tasks, r.Shortcomings, r.Direction = f.leadership.Text, f.tasks.Text, f.shortcomings.Text, f.direction.Text
	r.Targets = f.targets.values(&ps)
	r.Notes = f.notes.Text
	r.Normalize()
	return r, ps
}

func (f *reviewForm) submit() bool {
	r, ps := f.collect()
	return validateAndSave(f.recordForm, data.ResolutionReviews, r, f.review == nil, ps)
}
