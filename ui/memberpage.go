package ui

import (
	"errors"
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func asDataError(err error) *data.Error {
	var de *data.Error
	if errors.As(err, &de) {
		return de
	}
	return nil
}

// backToRegister shows the register again, reloading it.
func (u *UI) backToRegister() {
	u.highlight(1)
	u.setBody(u.register.build())
}

// openMemberForm shows the add form (m == nil) or the edit form.
func (u *UI) openMemberForm(m *data.Member) {
	units, err := u.svc.Store.Units(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	f := newMemberForm(u, m, units)
	u.form = f
	f.onSaved = func(saved *data.Member) {
		u.openMember(saved.ID)
	}
	form := f.build()
	u.setBody(form)
	u.guardForm(f.submit, f.close, form)
	u.win.Canvas().Focus(f.fullName)
}

// openMember shows one member's page: details, status history and change log.
func (u *UI) openMember(id int64) {
	m, err := u.svc.Store.Member(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	events, err := u.svc.Store.MemberEvents(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	history, err := u.svc.Store.MemberHistory(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	u.page = &memberPage{ui: u, m: m, events: events, history: history}
	u.setBody(u.page.build())
}

// statusImportance colours a member's status badge: green while active, amber while
// suspended (Tạm dừng must not look like Đang sinh hoạt, issue 12 §6), grey once out.
func statusImportance(s data.Status) widget.Importance {
	switch {
	case s == data.StatusActive:
		return widget.SuccessImportance
	case s == data.StatusSuspended:
		return widget.WarningImportance
	default:
		return widget.LowImportance
	}
}

type memberPage struct {
	ui      *UI
	m       *data.Member
	events  []data.MemberEvent
	history []data.AuditEntry
}

func (p *memberPage) build() fyne.CanvasObject {
	m := p.m
	back := widget.NewButtonWithIcon(lang.L("Danh sách"), theme.NavigateBackIcon(), p.ui.backToRegister)
	edit := widget.NewButtonWithIcon(lang.L("Sửa"), theme.DocumentCreateIcon(), func() { p.ui.openMemberForm(m) })
	edit.Importance = widget.HighImportance
	trash := widget.NewButtonWithIcon(lang.L("Chuyển vào thùng rác"), theme.DeleteIcon(), func() {
		dialog.ShowConfirm(lang.L("Chuyển vào thùng rác"),
			fmt.Sprintf("Chuyển đoàn viên %s vào Thùng rác?\nCó thể khôi phục lại từ Thùng rác bất cứ lúc nào.", m.FullName()),
			func(ok bool) {
				if !ok {
					return
				}
				if err := p.ui.svc.Store.TrashMember(p.ui.ctx, m.ID); err != nil {
					p.ui.showError(err)
					return
				}
				p.ui.backToRegister()
			}, p.ui.win)
	})
	var actions []fyne.CanvasObject
	for _, k := range data.AllowedEvents(m.Status) {
		kind := k
		actions = append(actions, widget.NewButton(kind.Label(), func() { p.showAction(kind) }))
	}
	status := widget.NewLabelWithStyle(m.Status.Label(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	status.Importance = statusImportance(m.Status)
	title := container.NewHBox(heading(m.FullName()), status)
	top := container.NewVBox(
		container.NewBorder(nil, nil, back, container.NewHBox(trash, edit), title),
		container.NewHBox(append([]fyne.CanvasObject{widget.NewLabel(lang.L("Thay đổi trạng thái:"))}, actions...)...),
		widget.NewSeparator(),
	)
	tabs := container.NewAppTabs(
		container.NewTabItem(lang.L("Thông tin"), container.NewVScroll(p.details())),
		container.NewTabItem(lang.L("Quá trình sinh hoạt"), p.eventList()),
		container.NewTabItem(lang.L("Lịch sử thay đổi"), p.historyList()),
	)
	return container.NewBorder(top, nil, nil, nil, tabs)
}

func (p *memberPage) details() fyne.CanvasObject {
	m := p.m
	yesNo := func(b bool) string {
		if b {
			return "Có"
		}
		return "Không"
	}
	contract := m.Contract.Label()
	if m.Contract == data.ContractFixed && m.ContractMonths > 0 {
		contract += " (" + strconv.Itoa(m.ContractMonths) + " tháng)"
	}
	pairs := [][2]string{
		{"Họ và tên", m.FullName()}, {"Ngày sinh", vn.FormatDateOrYear(m.BirthDate, m.BirthYearOnly)},
		{"Giới tính", m.Sex.Label()}, {"Dân tộc", m.Ethnicity}, {"Quốc tịch", m.Nationality},
		{"Số CCCD/hộ chiếu", m.IDNumber}, {"Điện thoại", m.Phone},
		{"Bộ phận/Tổ CĐ", m.UnitName}, {"Chức danh công việc", m.JobTitle},
		{"Ngày vào làm", vn.FormatDate(m.HireDate)}, {"Hợp đồng lao động", contract},
		{"Người quản lý doanh nghiệp", yesNo(m.Manager)},
		{"Hình thức vào công đoàn", m.JoinKind.Label()}, {"Ngày vào công đoàn", vn.FormatDate(m.JoinDate)},
		{"Đơn vị cũ", m.PreviousUnion}, {"Quyết định kết nạp", joinNonEmpty(m.DecisionNumber, vn.FormatDate(m.DecisionDate), " ngày ")},
		{"Chức vụ công đoàn", m.UnionRole}, {"Đảng viên", yesNo(m.PartyMember)},
		{"Mã số đoàn viên", m.MemberCode}, {"Số thẻ", m.CardNumber}, {"Loại thẻ", m.CardType.Label()},
		{"Ngày cấp thẻ", vn.FormatDate(m.CardDate)}, {"Ghi chú", m.Notes},
	}
	objs := make([]fyne.CanvasObject, 0, 2*len(pairs))
	for _, kv := range pairs {
		val := widget.NewLabel(orDash(kv[1]))
		val.Wrapping = fyne.TextWrapWord
		objs = append(objs, widget.NewLabelWithStyle(kv[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), val)
	}
	var notes []fyne.CanvasObject
	if m.Foreign() {
		w := widget.NewLabel("Đoàn viên là người nước ngoài: không được ứng cử, đề cử vào Ban Chấp hành công đoàn.")
		w.Importance = widget.WarningImportance
		notes = append(notes, w)
	}
	return container.NewVBox(append(notes, container.New(layout.NewFormLayout(), objs...))...)
}

func joinNonEmpty(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

func (p *memberPage) eventList() fyne.CanvasObject {
	if len(p.events) == 0 {
		return widget.NewLabel(lang.L("Chưa có thay đổi trạng thái."))
	}
	rows := make([]fyne.CanvasObject, 0, len(p.events))
	for i := len(p.events) - 1; i >= 0; i-- { // newest first
		e := p.events[i]
		date := vn.FormatDate(e.Date)
		if date == "" {
			date = "(không rõ ngày)"
		}
		text := date + " — " + e.Kind.Label()
		var details []string
		if e.Kind == data.EventSuspended {
			details = append(details, "lý do: "+e.Reason.Label())
			if !e.Until.IsZero() {
				details = append(details, "đến "+vn.FormatDate(e.Until))
			}
		}
		if e.Place != "" {
			details = append(details, e.Place)
		}
		if e.Decision != "" {
			details = append(details, "số "+e.Decision)
		}
		if e.Note != "" {
			details = append(details, e.Note)
		}
		for i, d := range details {
			if i == 0 {
				text += ": "
			} else {
				text += "; "
			}
			text += d
		}
		l := widget.NewLabel(text)
		l.Wrapping = fyne.TextWrapWord
		rows = append(rows, l)
	}
	return container.NewVScroll(container.NewVBox(rows...))
}

func (p *memberPage) historyList() fyne.CanvasObject { return historyList(p.history) }

// statusAction is the dialog asking for the details of a status change.
type statusAction struct {
	page     *memberPage
	kind     data.EventKind
	date     *dateField
	until    *dateField
	reason   *widget.Select
	place    *formEntry
	decision *formEntry
	note     *formEntry
	rows     map[string]*fieldRow
	shown    []*fieldRow
	general  *widget.Label
	ok       *widget.Button
	cancel   *widget.Button
	dialog   dialog.Dialog
	guard    *dialogGuard // Hủy, Escape or closing the window with typed changes asks first
}

// showAction asks for the details of a status change and applies it.
func (p *memberPage) showAction(kind data.EventKind) *statusAction {
	a := newStatusAction(p, kind)
	a.dialog.Show()
	return a
}

func newStatusAction(p *memberPage, kind data.EventKind) *statusAction {
	canvas := func() fyne.Canvas { return p.ui.win.Canvas() }
	a := &statusAction{page: p, kind: kind,
		date: newDateField(canvas, false), until: newDateField(canvas, false),
		place: newFormEntry(), decision: newFormEntry(), note: newFormEntry()}
	a.date.set(vn.Day(p.ui.svc.Now()), false)
	a.reason = widget.NewSelect(labels(data.SuspendReasons), nil)
	a.reason.PlaceHolder = lang.L("Chọn lý do")
	a.rows = map[string]*fieldRow{
		data.FieldEventDate:  newFieldRow(lang.L("Ngày"), a.date.object),
		data.FieldEventKind:  newFieldRow(lang.L("Lý do"), a.reason),
		data.FieldEventUntil: newFieldRow(lang.L("Đến ngày"), a.until.object),
		data.FieldEventPlace: newFieldRow(lang.L("Nơi chuyển đến"), a.place),
		"decision":           newFieldRow(lang.L("Số quyết định/đơn"), a.decision),
		data.FieldEventNote:  newFieldRow(lang.L("Ghi chú"), a.note),
	}
	order := []string{data.FieldEventDate}
	switch kind {
	case data.EventSuspended:
		order = append(order, data.FieldEventKind, data.FieldEventUntil)
	case data.EventTransferOut:
		order = append(order, data.FieldEventPlace)
	case data.EventTransferIn:
		a.rows[data.FieldEventPlace].label.SetText(lang.L("Chuyển đến từ"))
		order = append(order, data.FieldEventPlace)
	}
	order = append(order, "decision", data.FieldEventNote)
	for _, k := range order {
		a.shown = append(a.shown, a.rows[k])
	}
	a.general = widget.NewLabel("")
	a.general.Importance = widget.DangerImportance
	a.general.Wrapping = fyne.TextWrapWord
	a.general.Hide()
	content := container.NewVBox(formSection(lang.L("Đoàn viên: ")+p.m.FullName(), a.shown...), a.general)
	a.ok = widget.NewButton(lang.L("Ghi nhận"), func() { a.submit() })
	a.ok.Importance = widget.HighImportance
	a.cancel = widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { a.guard.cancel() })
	a.dialog = dialog.NewCustomWithoutButtons(kind.Label(),
		container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), a.cancel, a.ok), nil, nil, content), p.ui.win)
	a.guard = p.ui.guardDialog(a.dialog, content, a.submit)
	a.dialog.Resize(fyne.NewSize(560, a.dialog.MinSize().Height))
	return a
}

// submit records the change; a refusal is shown at its field and changes
// nothing. True when recorded (the dialog closed).
func (a *statusAction) submit() bool {
	p := a.page
	for _, r := range a.rows {
		r.setError("", false)
	}
	a.general.Hide()
	e := &data.MemberEvent{MemberID: p.m.ID, Kind: a.kind, Place: vn.Clean(a.place.Text),
		Decision: vn.Clean(a.decision.Text), Note: vn.Clean(a.note.Text)}
	var err error
	if e.Date, _, err = a.date.value(); err != nil {
		a.rows[data.FieldEventDate].setError(err.Error(), false)
		return false
	}
	if e.Until, _, err = a.until.value(); err != nil {
		a.rows[data.FieldEventUntil].setError(err.Error(), false)
		return false
	}
	for i, r := range labels(data.SuspendReasons) {
		if a.reason.Selected == r {
			e.Reason = data.SuspendReasons[i]
		}
	}
	if err := p.ui.svc.Store.AddMemberEvent(p.ui.ctx, e); err != nil {
		de := asDataError(err)
		if de == nil || de.Code == data.EINTERNAL {
			p.ui.showError(err)
			return false
		}
		if r := a.rows[de.Field]; r != nil && contains(a.shown, r) {
			r.setError(de.Message, false)
		} else {
			a.general.SetText(de.Message)
			a.general.Show()
		}
		return false
	}
	a.dialog.Hide()
	p.ui.openMember(p.m.ID)
	p.ui.register.reload()
	return true
}

func contains(list []*fieldRow, r *fieldRow) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}
