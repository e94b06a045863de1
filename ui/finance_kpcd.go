package ui

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The KPCĐ tab of Tài chính (issue 13 point 2; DOMAIN-MODULES §A.1): the
// employer's 2% month by month with each month's state on today, and the form of
// a month.

const kpcdTitle = "KPCĐ"

// kpcdList is the tab's state: the year shown.
type kpcdList struct {
	year  *selectOf[int]
	lines []data.KPCDLine
	table *widget.Table
	sum   *widget.Label
}

func kpcdTab(u *UI) fyne.CanvasObject {
	l := &kpcdList{sum: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	l.sum.Wrapping = fyne.TextWrapWord
	now := u.svc.Now().Year()
	var years []int
	for y := now; y >= now-5; y-- {
		years = append(years, y)
	}
	headers := []string{"Tháng", "Quỹ lương đóng BHXH", "Phải đóng (2%)", "Đã đóng", "Ngày đóng", "Hạn đóng", "Tình trạng", "CĐCS được sử dụng", "Ghi chú"}
	var rows [][]string
	l.table = recordTable(headers, []float32{80, 170, 120, 120, 100, 100, 150, 170, 320},
		func() [][]string { return rows }, func(i int) {
			if i < len(l.lines) {
				ln := l.lines[i]
				if ln.Record != nil {
					u.openRecord(data.RecordRef{Kind: data.KindKPCD, ID: ln.Record.ID})
					return
				}
				u.rec.kpcdMonth = ln.Month
				u.openRecord(data.RecordRef{Kind: data.KindKPCD})
			}
		})
	show := func(year int) {
		records, err := data.KPCDs.Store(u.svc.Store).List(u.ctx)
		if err != nil {
			u.showError(err)
		}
		rules, _ := u.rules()
		l.lines = data.KPCDYear(year, records, u.svc.Now(), rules.Finance.KPCDShare)
		rows = rows[:0]
		var due, paid, kept int64
		late := 0
		for _, ln := range l.lines {
			row := []string{data.MonthLabel(ln.Month), "", "", "", "", vn.FormatDate(data.KPCDDeadline(ln.Month)), lang.L("Chưa ghi"), "", ""}
			if r := ln.Record; r != nil {
				s := ln.Status
				row = []string{data.MonthLabel(ln.Month), vn.FormatInt(r.Payroll), vn.FormatInt(s.Due), vn.FormatInt(r.Paid),
					dateText(r.PaidOn), vn.FormatDate(s.Deadline), s.State.Label(), vn.FormatInt(s.Share), firstOf(ln.Err, s.Note, r.Notes)}
				due, paid, kept = due+s.Due, paid+r.Paid, kept+s.Share
			}
			if ln.Overdue() {
				late++
			}
			rows = append(rows, row)
		}
		l.sum.SetText(fmt.Sprintf(lang.L("Năm %d: phải đóng %s · đã đóng %s · CĐCS được sử dụng (%s) %s · %d tháng chậm hoặc không đóng"),
			year, vn.FormatMoney(due), vn.FormatMoney(paid), rules.Finance.KPCDShare, vn.FormatMoney(kept), late))
		l.table.Refresh()
	}
	l.year = newSelectOf(years, strconv.Itoa, lang.L("Năm"), show)
	add := widget.NewButtonWithIcon(lang.L("Ghi tháng"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindKPCD}) })
	add.Importance = widget.HighImportance
	help := lang.L("Doanh nghiệp đóng 2% quỹ lương đóng BHXH hằng tháng, hạn chậm nhất ngày cuối tháng sau; quá hạn là chậm đóng, " +
		"60 ngày sau hạn còn thiếu là không đóng (Nghị định 105/2026/NĐ-CP, Điều 4, 6). Bấm vào một tháng để ghi hoặc sửa.")
	screen := listScreen(lang.L("Kinh phí công đoàn"), help, container.NewBorder(l.sum, nil, nil, nil, l.table), false,
		widget.NewLabel(lang.L("Năm")), fixedWidth(90, l.year), add)
	l.year.set(now)
	return screen
}

func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return vn.FormatDate(t)
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// kpcdForm is one month of KPCĐ.
type kpcdForm struct {
	*recordForm
	stored                  *data.KPCDRecord
	month                   *selectOf[time.Time]
	workers                 *formEntry
	payroll, paid, returned *formEntry
	paidOn                  *dateField
	relief                  *selectOf[data.ReliefKind]
	percent, decision       *formEntry
	decisionDate            *dateField
	reliefFrom, reliefTo    *selectOf[time.Time]
	notes                   *formEntry
	state                   *widget.Label
}

func kpcdScreen(u *UI, id int64) (recordView, error) {
	k, err := loadRecord(u, data.KPCDs, id)
	if err != nil {
		return nil, err
	}
	f := &kpcdForm{stored: k}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindKPCD) })
	now := data.MonthOf(u.svc.Now())
	var months []time.Time
	for m := now.AddDate(1, 0, 0); !m.Before(now.AddDate(-3, 0, 0)); m = m.AddDate(0, -1, 0) {
		months = append(months, m)
	}
	past := months[12:]
	f.month = newSelectOf(past, data.MonthLabel, lang.L("Chọn tháng"), func(time.Time) { f.showState() })
	f.workers = numEntry(lang.L("người"))
	f.payroll, f.paid, f.returned = numEntry(lang.L("đồng")), numEntry(lang.L("đồng")), numEntry(lang.L("đồng"))
	for _, e := range []*formEntry{f.payroll, f.paid} {
		e.OnChanged = func(string) { f.showState() }
	}
	f.paidOn = u.dateInput(time.Time{})
	f.paidOn.entry.OnChanged = func(string) { f.showState() }
	f.relief = newSelectOf([]data.ReliefKind{"", data.ReliefReduce, data.ReliefSuspend}, func(k data.ReliefKind) string {
		if k == "" {
			return lang.L("Không")
		}
		return k.Label()
	}, lang.L("Không"), func(data.ReliefKind) { f.showState() })
	f.percent, f.decision = numEntry("%"), newFormEntry()
	f.decisionDate = u.dateInput(time.Time{})
	f.reliefFrom = newSelectOf(months, data.MonthLabel, lang.L("Từ tháng"), nil)
	f.reliefTo = newSelectOf(months, data.MonthLabel, lang.L("Đến tháng"), nil)
	f.notes = multiLine(2)
	f.state = widget.NewLabel("")
	f.state.Wrapping = fyne.TextWrapWord
	if k != nil {
		f.month.set(k.Month)
		setNum(f.workers, k.Workers)
		setMoney(f.payroll, k.Payroll)
		setMoney(f.paid, k.Paid)
		f.paidOn.set(k.PaidOn, false)
		setMoney(f.returned, k.Returned)
		f.relief.set(k.ReliefKind)
		setNum(f.percent, k.ReliefPercent)
		f.decision.SetText(k.ReliefDecision)
		f.decisionDate.set(k.ReliefDate, false)
		f.reliefFrom.set(k.ReliefFrom)
		f.reliefTo.set(k.ReliefTo)
		f.notes.SetText(k.Notes)
		f.confirmTrash(k.Title(), data.RecordRef{Kind: data.KindKPCD, ID: k.ID}, func() { u.backToSection(data.KindKPCD) })
	} else {
		m := u.rec.kpcdMonth
		if m.IsZero() {
			m = now.AddDate(0, -1, 0)
		}
		u.rec.kpcdMonth = time.Time{}
		f.month.set(m)
		f.relief.set("")
	}
	u.rec.kpcd = f
	f.showState()
	return f, nil
}

func (f *kpcdForm) build() fyne.CanvasObject {
	main := formSection(lang.L("Tháng"),
		f.row(data.FieldKPCDMonth, lang.L("Tháng *"), f.month),
		f.row("kpcd_workers", lang.L("Số lao động đóng BHXH"), f.workers),
		f.row(data.FieldKPCDPayroll, lang.L("Quỹ lương đóng BHXH"), f.payroll),
		f.row(data.FieldKPCDPaid, lang.L("Doanh nghiệp đã đóng"), f.paid),
		f.row("kpcd_paid_on", lang.L("Ngày đóng đủ"), f.paidOn.object),
		f.row("kpcd_returned", lang.L("Cấp trên cấp lại cho CĐCS"), f.returned),
		f.row("kpcd_state", lang.L("Tình trạng"), f.state))
	relief := formSection(lang.L("Giảm, tạm dừng đóng (Điều 12, 13)"),
		f.row(data.FieldKPCDRelief, lang.L("Giảm/tạm dừng"), f.relief),
		f.row("kpcd_percent", lang.L("Mức giảm (%)"), f.percent),
		f.row("kpcd_decision", lang.L("Số quyết định"), f.decision),
		f.row("kpcd_decision_date", lang.L("Ngày quyết định"), f.decisionDate.object),
		f.row("kpcd_from", lang.L("Từ tháng"), f.reliefFrom),
		f.row("kpcd_to", lang.L("Đến tháng"), f.reliefTo),
		f.row("kpcd_notes", lang.L("Ghi chú"), f.notes))
	title := lang.L("Ghi kinh phí công đoàn một tháng")
	if f.stored != nil {
		title = f.stored.Title()
	}
	return f.frame(title, container.NewGridWithColumns(2, main, relief))
}

// read takes the form's values; typing mistakes go to ps.
func (f *kpcdForm) read(ps *data.Problems) *data.KPCDRecord {
	k := &data.KPCDRecord{}
	if f.stored != nil {
		cp := *f.stored
		k = &cp
	}
	k.Month = f.month.value()
	k.Workers = readNum(f.workers, "kpcd_workers", ps)
	k.Payroll = readMoney(f.payroll, data.FieldKPCDPayroll, lang.L("Quỹ lương"), ps)
	k.Paid = readMoney(f.paid, data.FieldKPCDPaid, lang.L("Đã đóng"), ps)
	k.PaidOn = readDate(f.paidOn, "kpcd_paid_on", ps)
	k.Returned = readMoney(f.returned, "kpcd_returned", lang.L("Cấp trên cấp lại"), ps)
	k.ReliefKind = f.relief.value()
	k.ReliefPercent = readNum(f.percent, "kpcd_percent", ps)
	k.ReliefDecision = f.decision.Text
	k.ReliefDate = readDate(f.decisionDate, "kpcd_decision_date", ps)
	k.ReliefFrom, k.ReliefTo = f.reliefFrom.value(), f.reliefTo.value()
	k.Notes = f.notes.Text
	k.Normalize()
	return k
}

// showState shows the month's 2% and its state as typed.
func (f *kpcdForm) showState() {
	if f.state == nil {
		return
	}
	var ps data.Problems
	k := f.read(&ps)
	if k.Month.IsZero() || ps.Err() != nil {
		f.state.SetText("")
		return
	}
	rules, _ := f.ui.rules()
	s, err := data.KPCDOn(k.Input(), f.ui.svc.Now(), rules.Finance.KPCDShare)
	if err != nil {
		f.state.SetText(data.ErrorMessage(err))
		return
	}
	f.state.SetText(fmt.Sprintf(lang.L("Phải đóng %s, hạn %s: %s. %s"), vn.FormatMoney(s.Due), vn.FormatDate(s.Deadline), s.State.Label(), s.Note))
}

func (f *kpcdForm) submit() bool {
	var ps data.Problems
	k := f.read(&ps)
	return validateAndSave(f.recordForm, data.KPCDs, k, f.stored == nil, ps)
}
