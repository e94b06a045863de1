package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// bargainingForm adds or edits a round of collective bargaining (DOMAIN §3, Art. 70).
type bargainingForm struct {
	*recordForm
	bar *data.Bargaining
	cal *vn.Calendar

	requestedBy *selectOf[data.Side]
	requestDate *dateField
	subject     *formEntry
	agreedDate  *dateField
	startDate   *dateField
	extendedTo  *dateField
	outcome     *selectOf[data.BargainOutcome]
	endDate     *dateField
	deadlines   *widget.Label
	sessions    *rowEditor[data.BargainSession]
	infos       *rowEditor[data.InfoRequest]
	notes       *formEntry
}

// bargainingScreen opens the form of a Bargaining (a new one for id 0); recordScreens lists it.
func bargainingScreen(u *UI, id int64) (recordView, error) {
	b, err := loadRecord(u, data.Bargainings, id)
	if err != nil {
		return nil, err
	}
	f := newBargainingForm(u, b)
	u.rec.bargaining = f
	return f, nil
}

func newBargainingForm(u *UI, b *data.Bargaining) *bargainingForm {
	f := &bargainingForm{bar: b}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindBargaining) })
	_, f.cal = u.rules()
	f.requestedBy = newSelectOf([]data.Side{data.SideWorkers, data.SideEmployer}, data.Side.Label, lang.L("Chọn bên yêu cầu"), nil)
	f.requestDate = u.dateInput(time.Time{})
	f.subject = multiLine(2)
	f.subject.SetPlaceHolder(lang.L("Nội dung đề nghị thương lượng"))
	f.agreedDate = u.dateInput(time.Time{})
	f.startDate = u.dateInput(time.Time{})
	f.startDate.entry.SetPlaceHolder(lang.L("để trống: ngày phiên đầu tiên"))
	f.extendedTo = u.dateInput(time.Time{})
	f.extendedTo.entry.SetPlaceHolder(lang.L("nếu hai bên thỏa thuận kéo dài"))
	f.outcome = newSelectOf(data.BargainOutcomes, data.BargainOutcome.Label, "", nil)
	f.endDate = u.dateInput(time.Time{})
	f.deadlines = widget.NewLabel("")
	f.deadlines.Wrapping = fyne.TextWrapWord
	f.deadlines.TextStyle.Italic = true
	f.notes = multiLine(2)
	var sessions []data.BargainSession
	var infos []data.InfoRequest
	if b != nil {
		f.requestedBy.set(b.RequestedBy)
		f.requestDate.set(b.RequestDate, false)
		f.subject.SetText(b.Subject)
		f.agreedDate.set(b.AgreedDate, false)
		f.startDate.set(b.StartDate, false)
		f.extendedTo.set(b.ExtendedTo, false)
		f.outcome.set(b.Outcome)
		f.endDate.set(b.EndDate, false)
		f.notes.SetText(b.Notes)
		sessions, infos = b.Sessions, b.InfoRequests
		f.confirmTrash(b.Title(), data.RecordRef{Kind: data.KindBargaining, ID: b.ID}, func() { u.backToSection(data.KindBargaining) })
	} else {
		f.requestedBy.set(data.SideWorkers)
		f.outcome.set(data.BargainOngoing)
	}
	f.sessions = newRowEditor(lang.L("Thêm phiên"), func(s data.BargainSession) *editorRow[data.BargainSession] {
		date := u.dateInput(s.Date)
		agreed, disputed := newFormEntry(), newFormEntry()
		agreed.SetText(s.Agreed)
		agreed.SetPlaceHolder(lang.L("Nội dung đã thống nhất"))
		disputed.SetText(s.Disputed)
		disputed.SetPlaceHolder(lang.L("Nội dung chưa thống nhất"))
		h := agreed.MinSize().Height
		obj := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(170, h), date.object), nil,
			container.NewGridWithColumns(2, agreed, disputed))
		return &editorRow[data.BargainSession]{object: obj, read: func(ps *data.Problems) data.BargainSession {
			return data.BargainSession{Date: readDate(date, data.FieldBarSessions, ps), Agreed: agreed.Text, Disputed: disputed.Text}
		}}
	}, sessions)
	f.infos = newRowEditor(lang.L("Thêm yêu cầu thông tin"), func(r data.InfoRequest) *editorRow[data.InfoRequest] {
		date, answered := u.dateInput(r.Date), u.dateInput(r.Answered)
		answered.entry.SetPlaceHolder(lang.L("chưa trả lời"))
		subject := newFormEntry()
		subject.SetText(r.Subject)
		subject.SetPlaceHolder(lang.L("Thông tin đề nghị cung cấp"))
		h := subject.MinSize().Height
		obj := container.NewVBox(subject, container.NewHBox(
			labelled(lang.L("Ngày đề nghị"), container.NewGridWrap(fyne.NewSize(170, h), date.object)),
			labelled(lang.L("Ngày trả lời"), container.NewGridWrap(fyne.NewSize(170, h), answered.object))),
			widget.NewSeparator())
		return &editorRow[data.InfoRequest]{object: obj, read: func(ps *data.Problems) data.InfoRequest {
			return data.InfoRequest{Date: readDate(date, data.FieldBarInfo, ps), Subject: subject.Text, Answered: readDate(answered, data.FieldBarInfo, ps)}
		}}
	}, infos)
	for _, d := range []*dateField{f.requestDate, f.startDate, f.extendedTo} {
		d.entry.OnChanged = func(string) { f.updateDeadlines() }
	}
	f.updateDeadlines()
	return f
}

// updateDeadlines shows the limits of Art. 70 that follow from the dates typed.
func (f *bargainingForm) updateDeadlines() {
	if f.deadlines == nil || f.extendedTo == nil {
		return
	}
	req, _, err := f.requestDate.value()
	if err != nil || req.IsZero() {
		f.deadlines.SetText("")
		return
	}
	lines := []string{
		"Thống nhất thời gian, địa điểm chậm nhất " + vn.FormatDate(data.BargainAgreeDue(f.cal, req)) + " (7 ngày làm việc).",
		"Bắt đầu thương lượng chậm nhất " + vn.FormatDate(data.BargainStartDue(req)) + " (30 ngày).",
	}
	start, _, err1 := f.startDate.value()
	ext, _, err2 := f.extendedTo.value()
	if err1 == nil && err2 == nil && !start.IsZero() {
		lines = append(lines, "Kết thúc chậm nhất "+vn.FormatDate(data.BargainEndDue(start, ext))+" (90 ngày, trừ khi hai bên thỏa thuận khác).")
	}
	f.deadlines.SetText(strings.Join(lines, "\n"))
}

func (f *bargainingForm) build() fyne.CanvasObject {
	request := formSection(lang.L("Yêu cầu thương lượng"),
		f.row(data.FieldBarRequest, lang.L("Bên yêu cầu"), f.requestedBy),
		f.row("bar_request_date", lang.L("Ngày nhận yêu cầu *"), f.requestDate.object),
		f.row("bar_subject", lang.L("Nội dung"), f.subject),
	)
	times := formSection(lang.L("Tiến trình"),
		f.row(data.FieldBarAgreed, lang.L("Ngày thống nhất lịch họp"), f.agreedDate.object),
		f.row(data.FieldBarStart, lang.L("Phiên đầu tiên"), f.startDate.object),
		f.row(data.FieldBarExtended, lang.L("Gia hạn đến"), f.extendedTo.object),
		f.row("bar_outcome", lang.L("Kết quả"), f.outcome),
		f.row(data.FieldBarEnd, lang.L("Ngày kết thúc"), f.endDate.object),
	)
	left := container.NewVBox(request, times, f.deadlines)
	infos := f.block(data.FieldBarInfo, lang.L("Yêu cầu cung cấp thông tin"),
		lang.L("Người sử dụng lao động cung cấp thông tin về tình hình sản xuất, kinh doanh trong 10 ngày kể từ khi có yêu cầu (trừ bí mật kinh doanh)."),
		f.infos.object)
	notes := formSection(lang.L("Ghi chú"), f.row("bar_notes", "", f.notes))
	right := container.NewVBox(infos, notes)
	sessions := f.block(data.FieldBarSessions, lang.L("Các phiên thương lượng (biên bản)"),
		lang.L("Mỗi phiên có biên bản ghi nội dung đã thống nhất và chưa thống nhất; công đoàn công khai tới người lao động."),
		f.sessions.object)
	body := container.NewVBox(reflowColumns(left, right), widget.NewSeparator(), sessions)
	title := lang.L("Thêm đợt thương lượng tập thể")
	if f.bar != nil {
		title = f.bar.Title()
	}
	return f.frame(title, body)
}

func (f *bargainingForm) collect() (*data.Bargaining, data.Problems) {
	b := &data.Bargaining{}
	if f.bar != nil {
		cp := *f.bar
		b = &cp
	}
	var ps data.Problems
	b.RequestedBy = f.requestedBy.value()
	b.RequestDate = readDate(f.requestDate, data.FieldBarRequest, &ps)
	b.Subject = f.subject.Text
	b.AgreedDate = readDate(f.agreedDate, data.FieldBarAgreed, &ps)
	b.StartDate = readDate(f.startDate, data.FieldBarStart, &ps)
	b.ExtendedTo = readDate(f.extendedTo, data.FieldBarExtended, &ps)
	b.Outcome = f.outcome.value()
	b.EndDate = readDate(f.endDate, data.FieldBarEnd, &ps)
	b.Sessions = f.sessions.values(&ps)
	b.InfoRequests = f.infos.values(&ps)
	b.Notes = f.notes.Text
	b.Normalize()
	return b, ps
}

func (f *bargainingForm) submit() bool {
	b, ps := f.collect()
	ps = append(ps, b.Validate(f.cal, f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Bargainings, b, f.bar == nil, ps)
}
