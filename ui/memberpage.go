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
	u.nav.Select(1)
	u.setBody(u.register.build())
}

// openMemberForm shows the add form (m == nil) or the edit form.
func (u *UI) openMemberForm(m *data.Member) {
	units, err := u.svc.Units.Units(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	f := newMemberForm(u, m, units)
	u.form = f
	f.onSaved = func(saved *data.Member) {
		u.openMember(saved.ID)
	}
	u.setBody(f.build())
	u.win.Canvas().Focus(f.fullName)
}

// openMember shows one member's page: details, status history and change log.
func (u *UI) openMember(id int64) {
	m, err := u.svc.Members.Member(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	events, err := u.svc.Members.MemberEvents(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	history, err := u.svc.Members.MemberHistory(u.ctx, id)
	if err != nil {
		u.showError(err)
		return
	}
	u.setBody((&memberPage{ui: u, m: m, events: events, history: history}).build())
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
				if err := p.ui.svc.Members.TrashMember(p.ui.ctx, m.ID); err != nil {
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
	status.Importance = widget.SuccessImportance
	if !m.Status.InUnion() {
		status.Importance = widget.WarningImportance
	}
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
		v := kv[1]
		if v == "" {
			v = "—"
		}
		val := widget.NewLabel(v)
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

func (p *memberPage) historyList() fyne.CanvasObject {
	if len(p.history) == 0 {
		return widget.NewLabel(lang.L("Chưa có thay đổi nào."))
	}
	list := widget.NewList(
		func() int { return len(p.history) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			h := p.history[i]
			text := h.At.Local().Format("02/01/2006 15:04") + " — " + h.Field
			if h.Old != "" || h.New != "" {
				old, nw := h.Old, h.New
				if old == "" {
					old = "(trống)"
				}
				if nw == "" {
					nw = "(trống)"
				}
				text += ": " + old + " → " + nw
			}
			o.(*widget.Label).SetText(text)
		})
	return list
}

// showAction asks for the details of a status change and applies it.
func (p *memberPage) showAction(kind data.EventKind) {
	canvas := func() fyne.Canvas { return p.ui.win.Canvas() }
	date := newDateField(canvas, false)
	date.set(vn.Day(p.ui.svc.Now()), false)
	until := newDateField(canvas, false)
	reasons := make([]string, len(data.SuspendReasons))
	for i, r := range data.SuspendReasons {
		reasons[i] = r.Label()
	}
	reason := widget.NewSelect(reasons, nil)
	reason.PlaceHolder = lang.L("Chọn lý do")
	place := widget.NewEntry()
	decision := widget.NewEntry()
	note := widget.NewEntry()
	rows := map[string]*fieldRow{
		data.FieldEventDate:  newFieldRow(lang.L("Ngày"), date.object),
		data.FieldEventKind:  newFieldRow(lang.L("Lý do"), reason),
		data.FieldEventUntil: newFieldRow(lang.L("Đến ngày"), until.object),
		data.FieldEventPlace: newFieldRow(lang.L("Nơi chuyển đến"), place),
		"decision":           newFieldRow(lang.L("Số quyết định/đơn"), decision),
		data.FieldEventNote:  newFieldRow(lang.L("Ghi chú"), note),
	}
	order := []string{data.FieldEventDate}
	switch kind {
	case data.EventSuspended:
		order = append(order, data.FieldEventKind, data.FieldEventUntil)
	case data.EventTransferOut:
		order = append(order, data.FieldEventPlace)
	case data.EventTransferIn:
		rows[data.FieldEventPlace].label.SetText(lang.L("Chuyển đến từ"))
		order = append(order, data.FieldEventPlace)
	}
	order = append(order, "decision", data.FieldEventNote)
	var list []*fieldRow
	for _, k := range order {
		list = append(list, rows[k])
	}
	general := widget.NewLabel("")
	general.Importance = widget.DangerImportance
	general.Wrapping = fyne.TextWrapWord
	general.Hide()
	content := container.NewVBox(formSection(lang.L("Đoàn viên: ")+p.m.FullName(), list...), general)
	var d dialog.Dialog
	ok := widget.NewButton(lang.L("Ghi nhận"), func() {
		for _, r := range rows {
			r.setError("", false)
		}
		general.Hide()
		e := &data.MemberEvent{MemberID: p.m.ID, Kind: kind, Place: vn.Clean(place.Text),
			Decision: vn.Clean(decision.Text), Note: vn.Clean(note.Text)}
		var err error
		if e.Date, _, err = date.value(); err != nil {
			rows[data.FieldEventDate].setError(err.Error(), false)
			return
		}
		if e.Until, _, err = until.value(); err != nil {
			rows[data.FieldEventUntil].setError(err.Error(), false)
			return
		}
		for i, r := range reasons {
			if reason.Selected == r {
				e.Reason = data.SuspendReasons[i]
			}
		}
		if err := p.ui.svc.Members.AddMemberEvent(p.ui.ctx, e); err != nil {
			if de := asDataError(err); de != nil && de.Code != data.EINTERNAL {
				if r := rows[de.Field]; r != nil && r.label.Visible() && contains(list, r) {
					r.setError(de.Message, false)
				} else {
					general.SetText(de.Message)
					general.Show()
				}
				return
			}
			p.ui.showError(err)
			return
		}
		d.Hide()
		p.ui.openMember(p.m.ID)
		p.ui.register.reload()
	})
	ok.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Hủy"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(kind.Label(), container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancel, ok), nil, nil, content), p.ui.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

func contains(list []*fieldRow, r *fieldRow) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}
