package ui

import (
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

// rulesSettings is the part of Cài đặt with the values DOMAIN.md marks
// uncertain (each with its default) and the holidays of each year, which the
// Government fixes (Labour Code Art. 112(3)) and the chair may adjust.
type rulesSettings struct {
	*recordForm
	rs data.RuleSettings

	soeMonth, otherMonth, quorum, pass *formEntry
	renegotiate, grace, rating, notice *formEntry
	weekend                            *widget.CheckGroup
	adjacent                           *widget.RadioGroup
	training                           *trainingSettings // training_settings.go

	year        *widget.Select
	yearNote    *widget.Label
	holidays    *rowEditor[vn.Holiday]
	holidayBox  *fyne.Container
	shownYear   int
	switching   bool // the year choice is being put back after "Ở lại"
	defaultDays *widget.Button

	finance *financeSettings // the finance values and deadlines (settings_finance.go)

	rulesBox fyne.CanvasObject // the rule values: one part of the screen's unsaved-changes guard
	object   fyne.CanvasObject
	// shown is called after the holidays of a year were put on screen (the guard takes them as loaded).
	shown func()
}

// weekdayOrder is the order of the week in Vietnam: Monday first.
var weekdayOrder = []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday}

// newRulesSettings builds the section. Cài đặt saves it with the rest of the
// screen (settingsScreen.saveAll): the rule values, and the holidays of the year shown.
func newRulesSettings(u *UI) *rulesSettings {
	s := &rulesSettings{}
	u.rec.settings = s
	s.recordForm = newRecordForm(u, nil, nil)
	s.rs, _ = u.rules()
	entry := func(v string) *formEntry {
		e := newFormEntry()
		e.SetText(v)
		return e
	}
	r := s.rs
	s.soeMonth = entry(strconv.Itoa(r.SOEConferenceMonth))
	s.otherMonth = entry(strconv.Itoa(r.OtherConferenceMonth))
	s.quorum = entry(r.OtherQuorum.String())
	s.pass = entry(r.OtherPass.String())
	s.renegotiate = entry(strconv.Itoa(r.RenegotiationDays))
	s.grace = entry(strconv.Itoa(r.GraceDays))
	s.rating = entry(strconv.Itoa(r.RatingMonth))
	s.notice = entry(strconv.Itoa(r.RepListNoticeDays))
	labels := make([]string, len(weekdayOrder))
	for i, d := range weekdayOrder {
		labels[i] = data.WeekdayCode(d)
	}
	s.weekend = widget.NewCheckGroup(labels, nil)
	s.weekend.Horizontal = true
	var sel []string
	for _, d := range r.WeekendDays {
		sel = append(sel, data.WeekdayCode(d))
	}
	s.weekend.SetSelected(sel)
	s.adjacent = widget.NewRadioGroup([]string{"1/9", "3/9"}, nil)
	s.adjacent.Horizontal = true
	s.adjacent.SetSelected(strconv.Itoa(r.NationalDayAdjacent) + "/9")

	this := u.svc.Now().Year()
	var years []string
	for y := this - 1; y <= this+3; y++ {
		years = append(years, strconv.Itoa(y))
	}
	s.holidayBox = container.NewVBox()
	s.yearNote = widget.NewLabel("")
	s.yearNote.Wrapping = fyne.TextWrapWord
	s.year = widget.NewSelect(years, func(v string) {
		y, err := strconv.Atoi(v)
		if err != nil || y == s.shownYear || s.switching {
			return
		}
		// Another year replaces the rows on screen: edits of this year's are asked about first.
		s.ui.leave(func() { s.showYear(y) }, func() {
			s.switching = true
			s.year.SetSelected(strconv.Itoa(s.shownYear))
			s.switching = false
		})
	})
	s.defaultDays = widget.NewButtonWithIcon(lang.L("Về mặc định"), theme.ViewRefreshIcon(), func() {
		if err := data.SaveYearHolidays(u.ctx, u.svc.Store, s.shownYear, nil); err != nil {
			u.showError(err)
			return
		}
		s.showYear(s.shownYear)
	})
	s.switching = true
	s.year.SetSelected(strconv.Itoa(this))
	s.switching = false
	s.showYear(this)

	narrow := func(e *formEntry) fyne.CanvasObject {
		return container.NewHBox(container.NewGridWrap(fyne.NewSize(110, e.MinSize().Height), e))
	}
	rules := formSection(lang.L("Quy định dùng để tính hạn (có thể điều chỉnh)"),
		s.row(data.FieldSetSOEMonth, lang.L("Hội nghị NLĐ (DNNN) chậm nhất tháng"), narrow(s.soeMonth)),
		s.row(data.FieldSetOtherMonth, lang.L("Hội nghị NLĐ (doanh nghiệp khác) chậm nhất tháng"), narrow(s.otherMonth)),
		s.row(data.FieldSetQuorum, lang.L("Tỷ lệ có mặt tối thiểu (quy chế dân chủ)"), narrow(s.quorum)),
		s.row(data.FieldSetPass, lang.L("Nghị quyết thông qua khi trên"), narrow(s.pass)),
		s.row(data.FieldSetRenegotiate, lang.L("Thương lượng lại thỏa ước trước khi hết hạn (ngày)"), narrow(s.renegotiate)),
		s.row(data.FieldSetGrace, lang.L("Thỏa ước còn hiệu lực sau khi hết hạn\nkhi đang thương lượng (ngày)"), narrow(s.grace)),
		s.row(data.FieldSetRating, lang.L("Xếp loại thỏa ước chậm nhất tháng"), narrow(s.rating)),
		s.row(data.FieldSetRepNotice, lang.L("Nhắc lập lại danh sách đại diện trước (ngày)"), narrow(s.notice)),
		s.row(data.FieldSetWeekend, lang.L("Ngày nghỉ hằng tuần"), s.weekend),
		s.row(data.FieldSetAdjacent, lang.L("Ngày nghỉ liền kề Quốc khánh 2/9"), s.adjacent),
	)
	note := widget.NewLabel(lang.L("Mặc định theo Bộ luật Lao động 2019, Nghị định 145/2020 và Luật 10/2022; tỷ lệ của doanh nghiệp ngoài nhà nước lấy theo quy chế dân chủ của doanh nghiệp."))
	note.Wrapping = fyne.TextWrapWord
	note.TextStyle.Italic = true
	holidays := container.NewVBox(
		subheading(lang.L("Ngày nghỉ lễ, Tết")),
		container.NewHBox(widget.NewLabel(lang.L("Năm")), s.year, s.defaultDays),
		s.yearNote, s.holidayBox)
	s.training = newTrainingSettings(u, s.recordForm, r.Training)
	s.finance = newFinanceSettings(u, s.recordForm, r)
	s.rulesBox = container.NewVBox(rules, note, s.training.object, widget.NewSeparator(), s.finance.object)
	s.object = container.NewVBox(s.rulesBox, widget.NewSeparator(), holidays)
	return s
}

// showYear shows the holidays of a year: the chair's list if set, else the computed one.
func (s *rulesSettings) showYear(year int) {
	s.shownYear = year
	u := s.ui
	days, set, err := data.YearHolidays(u.ctx, u.svc.Store, year)
	if err != nil {
		u.showError(err)
		return
	}
	if set {
		s.yearNote.SetText(lang.L("Đã điều chỉnh theo thông báo của Chính phủ. Ngày làm việc được tính theo danh sách này."))
	} else {
		_, cal := u.rules()
		days = cal.Holidays(year)
		s.yearNote.SetText(lang.L("Tính tự động: Tết Nguyên đán theo âm lịch (từ 30 Tết đến mùng 4), Giỗ Tổ 10/3 âm lịch, nghỉ bù khi trùng ngày nghỉ hằng tuần. Sửa rồi bấm \"Lưu\" khi Chính phủ công bố lịch nghỉ."))
	}
	s.holidays = newRowEditor(lang.L("Thêm ngày nghỉ"), func(h vn.Holiday) *editorRow[vn.Holiday] {
		d := u.dateInput(h.Date)
		name := newFormEntry()
		name.SetText(h.Name)
		name.SetPlaceHolder(lang.L("Tên ngày nghỉ"))
		weekday := widget.NewLabel("")
		showDay := func() {
			if t, _, err := d.value(); err == nil && !t.IsZero() {
				weekday.SetText(weekdayName(t.Weekday()))
			} else {
				weekday.SetText("")
			}
		}
		d.entry.OnChanged = func(string) { showDay() }
		showDay()
		hgt := name.MinSize().Height
		obj := container.NewBorder(nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(170, hgt), d.object),
			container.NewGridWrap(fyne.NewSize(90, hgt), weekday)), nil, name)
		return &editorRow[vn.Holiday]{object: obj, read: func(ps *data.Problems) vn.Holiday {
			return vn.Holiday{Date: readDate(d, "holidays", ps), Name: vn.Clean(name.Text)}
		}}
	}, days)
	s.holidayBox.Objects = []fyne.CanvasObject{s.holidays.object}
	s.rows["holidays"] = newFieldRow("", s.holidays.object)
	s.holidayBox.Add(s.rows["holidays"].errMsg)
	s.holidayBox.Refresh()
	if s.shown != nil {
		s.shown()
	}
}

// weekdayName is the Vietnamese name of a weekday.
func weekdayName(d time.Weekday) string {
	return []string{"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}[d]
}

// holidayValues reads the holidays of the year shown; a day of another year is a problem.
func (s *rulesSettings) holidayValues() ([]vn.Holiday, data.Problems) {
	var ps data.Problems
	days := s.holidays.values(&ps)
	out := []vn.Holiday{} // an empty list is a year without holidays, not the defaults
	for _, h := range days {
		if h.Date.IsZero() {
			continue
		}
		if h.Date.Year() != s.shownYear {
			ps = append(ps, data.Problem{Field: "holidays", Message: "Ngày " + vn.FormatDate(h.Date) + " không thuộc năm " + strconv.Itoa(s.shownYear)})
		}
		out = append(out, h)
	}
	return out, ps
}

func (s *rulesSettings) collect() (data.RuleSettings, data.Problems) {
	r := s.rs
	var ps data.Problems
	r.SOEConferenceMonth = readNum(s.soeMonth, data.FieldSetSOEMonth, &ps)
	r.OtherConferenceMonth = readNum(s.otherMonth, data.FieldSetOtherMonth, &ps)
	var err error
	if r.OtherQuorum, err = data.ParseFraction(s.quorum.Text); err != nil {
		ps = append(ps, data.Problem{Field: data.FieldSetQuorum, Message: "Tỷ lệ phải dạng 2/3 hoặc 67%"})
	}
	if r.OtherPass, err = data.ParseFraction(s.pass.Text); err != nil {
		ps = append(ps, data.Problem{Field: data.FieldSetPass, Message: "Tỷ lệ phải dạng 1/2 hoặc 50%"})
	}
	r.RenegotiationDays = readNum(s.renegotiate, data.FieldSetRenegotiate, &ps)
	r.GraceDays = readNum(s.grace, data.FieldSetGrace, &ps)
	r.RatingMonth = readNum(s.rating, data.FieldSetRating, &ps)
	r.RepListNoticeDays = readNum(s.notice, data.FieldSetRepNotice, &ps)
	r.WeekendDays = nil
	for _, d := range weekdayOrder {
		for _, c := range s.weekend.Selected {
			if c == data.WeekdayCode(d) {
				r.WeekendDays = append(r.WeekendDays, d)
			}
		}
	}
	if len(r.WeekendDays) == 0 {
		ps = append(ps, data.Problem{Field: data.FieldSetWeekend, Message: "Chọn ít nhất một ngày nghỉ hằng tuần"})
	}
	r.NationalDayAdjacent, _ = strconv.Atoi(strings.TrimSuffix(s.adjacent.Selected, "/9"))
	s.training.collect(&r, &ps)
	s.finance.collect(&r, &ps)
	return r, append(ps, r.Validate()...)
}
