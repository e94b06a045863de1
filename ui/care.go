package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Chăm lo tab (issue 14 point 6, DOMAIN-MODULES §F): the Tết campaign with
// the workers needing support, and the introductions of outstanding members
// to the Party.

func careTab() emuTab {
	return emuTab{lang.L("Chăm lo"), []emuList{
		{title: lang.L("Chăm lo Tết"), add: lang.L("Thêm đợt Tết"), kind: data.KindTet,
			help:    lang.L("Danh sách đoàn viên, người lao động cần hỗ trợ, ở lại dịp Tết; quà (tiền công đoàn chi qua danh sách ký nhận ở mục Tài chính); tất niên; ngày doanh nghiệp công bố kế hoạch lương, thưởng Tết (chậm nhất 20 ngày trước Tết)."),
			headers: []string{"Tết năm", "Ngày Tết", "Công bố lương, thưởng", "Người được hỗ trợ", "Ở lại", "Quà công đoàn", "Quà nguồn khác", "Báo cáo"},
			widths:  []float32{70, 100, 170, 140, 60, 130, 130, 100},
			load: func(u *UI) ([]int64, [][]string, error) {
				return listOf(u, data.TetCampaigns, func(t *data.TetCampaign) []string {
					union, other := t.GiftTotals()
					return []string{strconv.Itoa(t.LunarYear), vn.FormatDate(t.Tet()), orDash(vn.FormatDate(t.PayPlan)), strconv.Itoa(len(t.People)),
						strconv.Itoa(t.Staying()), vn.FormatMoney(union), vn.FormatMoney(other), orDash(vn.FormatDate(t.Reported))}
				})
			}},
		{title: lang.L("Giới thiệu đoàn viên ưu tú cho Đảng"), add: lang.L("Thêm người được giới thiệu"), kind: data.KindPartyIntro,
			help:    lang.L("Chỉ tiêu mỗi công đoàn cơ sở giới thiệu ít nhất một đoàn viên ưu tú cho Đảng mỗi năm; từ quý IV, năm chưa có ai được nhắc ở Việc cần làm."),
			headers: []string{"Ngày giới thiệu", "Họ và tên", "Bộ phận", "Chi bộ", "Kết quả", "Ngày kết nạp"},
			widths:  []float32{130, 220, 150, 180, 190, 120},
			load: func(u *UI) ([]int64, [][]string, error) {
				return listOf(u, data.PartyIntros, func(p *data.PartyIntro) []string {
					return []string{vn.FormatDate(p.Date), p.Name, orDash(p.Unit), orDash(p.Cell), data.IntroOutcomeLabel(p.Outcome), orDash(vn.FormatDate(p.Admitted))}
				})
			}},
	}}
}

// tetForm adds or edits a Tết campaign.
type tetForm struct {
	*recordForm
	t                         *data.TetCampaign
	year, tatPeople, tatUnion *formEntry
	alerts, results, notes    *formEntry
	payPlan, tatNien, report  *dateField
	tetDay, payDue            *widget.Label
	people                    *rowEditor[data.TetPerson]
	gifts                     *signListPicker
	giftCheck                 *widget.Label // the care list against the ký nhận list and its phiếu chi
}

func tetScreen(u *UI, id int64) (recordView, error) {
	t, err := loadRecord(u, data.TetCampaigns, id)
	if err != nil {
		return nil, err
	}
	gifts, err := newSignListPicker(u)
	if err != nil {
		return nil, err
	}
	f := &tetForm{t: t, gifts: gifts}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindTet) })
	f.year, f.tatPeople, f.tatUnion = numEntry(lang.L("năm âm lịch")), numEntry(lang.L("số người")), numEntry(lang.L("đồng"))
	f.alerts, f.results, f.notes = multiLine(2), multiLine(4), multiLine(2)
	f.alerts.SetPlaceHolder(lang.L("doanh nghiệp khó khăn, nợ lương, thưởng… đã báo cáo cấp trên"))
	f.payPlan, f.tatNien, f.report = u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.tetDay, f.payDue = widget.NewLabel(""), widget.NewLabel("")
	f.tetDay.Wrapping, f.payDue.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord // no minimum width: the form fits 1024 px
	f.year.OnChanged = func(string) { f.showTet() }
	var ps []data.TetPerson
	if t != nil {
		setYear(f.year, t.LunarYear)
		f.payPlan.set(t.PayPlan, false)
		f.tatNien.set(t.TatNien, false)
		setNum(f.tatPeople, t.TatNienPeople)
		setMoney(f.tatUnion, t.TatNienUnion)
		f.alerts.SetText(t.Alerts)
		f.results.SetText(t.Results)
		f.report.set(t.Reported, false)
		f.notes.SetText(t.Notes)
		f.gifts.choice.set(t.SignListID)
		ps = t.People
		f.confirmTrash(t.Title(), data.RecordRef{Kind: data.KindTet, ID: t.ID}, func() { u.backToSection(data.KindTet) })
	} else {
		// The coming Tết: this year's while it is ahead, otherwise next year's.
		now := vn.Day(u.svc.Now())
		y := now.Year()
		if now.After(vn.TetDate(y)) {
			y++
		}
		setYear(f.year, y)
	}
	f.people = newRowEditor(lang.L("Thêm người"), f.personRow, ps)
	f.giftCheck = widget.NewLabel("")
	f.giftCheck.Wrapping = fyne.TextWrapWord
	f.giftCheck.Importance = widget.WarningImportance
	f.gifts.onChange = func(int64) { f.showGiftCheck() }
	f.showTet()
	f.showGiftCheck()
	newEmulationSection(u).tet = f
	return f, nil
}

// showTet shows the day of Tết of the typed year and the pay plan's last day
// under the chair's settings (DOMAIN-MODULES §F).
func (f *tetForm) showTet() {
	y := readNum(f.year, "", new(data.Problems))
	if y < 1990 || y > 2100 {
		f.tetDay.SetText("")
		f.payDue.SetText("")
		return
	}
	rs, _ := f.ui.rules()
	days := rs.Emulation.TetPayPlanDays
	f.tetDay.SetText(lang.L("Tết (mùng 1 tháng Giêng):") + " " + vn.FormatDate(vn.TetDate(y)))
	f.payDue.SetText(lang.L("Chậm nhất ngày") + " " + vn.FormatDate(data.PayPlanDue(y, days)) + " (" + strconv.Itoa(days) + " " + lang.L("ngày trước Tết") + ")")
}

// giftProblems compares the union's gifts on t with the chosen ký nhận list
// and the phiếu chi paying it (data.TetGiftCheck): warnings, never a change.
func (f *tetForm) giftProblems(t *data.TetCampaign) data.Problems {
	l := f.gifts.lists[f.gifts.choice.value()]
	var paid *data.Voucher
	if l != nil {
		paid = f.ui.voucherPaying(l.ID)
	}
	return data.TetGiftCheck(t, l, paid)
}

// showGiftCheck shows, under the list's choice, where the form's care list
// and the chosen list disagree.
func (f *tetForm) showGiftCheck() {
	t := &data.TetCampaign{People: f.people.values(new(data.Problems))}
	t.Normalize()
	text := ""
	for i, p := range f.giftProblems(t) {
		if i > 0 {
			text += "\n"
		}
		text += "• " + p.Message
	}
	f.giftCheck.SetText(text)
	f.giftCheck.Hidden = text == ""
	f.giftCheck.Refresh()
}

// voucherPaying is the live phiếu chi that pays the ký nhận list id, nil when none.
func (u *UI) voucherPaying(id int64) *data.Voucher {
	svc, err := u.cashService()
	if err != nil {
		return nil
	}
	vs, err := svc.VouchersBetween(u.ctx, time.Time{}, time.Time{})
	if err != nil {
		u.logError(err)
		return nil
	}
	for i := range vs {
		if vs[i].LinkKind == data.KindSignList && vs[i].LinkID == id {
			return &vs[i]
		}
	}
	return nil
}

// personRow edits one worker of the care list.
func (f *tetForm) personRow(p data.TetPerson) *editorRow[data.TetPerson] {
	pr := newPersonRow(f.recordForm, p.MemberID, p.Name, p.Unit, nil)
	home, reason := newFormEntry(), newFormEntry()
	home.SetText(p.Hometown)
	home.SetPlaceHolder(lang.L("Quê quán"))
	reason.SetText(p.Reason)
	reason.SetPlaceHolder(lang.L("Hoàn cảnh"))
	gift := numEntry(lang.L("quà, đồng"))
	setMoney(gift, p.Gift)
	staying := widget.NewCheck(lang.L("Ở lại"), nil)
	staying.SetChecked(p.Staying)
	union := widget.NewCheck(lang.L("Tiền công đoàn"), nil)
	union.SetChecked(p.FromUnion)
	// Two lines, so the row fits a 1024-wide window.
	obj := container.NewVBox(
		container.NewBorder(nil, nil, nil, pr.pick, container.NewGridWithColumns(3, pr.name, pr.unit, home)),
		container.NewBorder(nil, nil, nil, container.NewHBox(staying, union), container.NewGridWithColumns(2, reason, gift)))
	return &editorRow[data.TetPerson]{object: obj, read: func(ps *data.Problems) data.TetPerson {
		return data.TetPerson{MemberID: pr.memberID, Name: pr.name.Text, Unit: pr.unit.Text, Hometown: home.Text, Reason: reason.Text,
			Staying: staying.Checked, Gift: readMoney(gift, data.FieldTetPeople, pr.name.Text, ps), FromUnion: union.Checked}
	}}
}

func (f *tetForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Tết"),
		f.row(data.FieldTetYear, lang.L("Tết năm *"), container.NewVBox(f.year, f.tetDay)),
		f.row(data.FieldTetPayPlan, lang.L("Công bố lương, thưởng Tết"), container.NewVBox(f.payPlan.object, f.payDue)),
		f.row("tet_reported", lang.L("Ngày báo cáo cấp trên"), f.report.object))
	right := formSection(lang.L("Tất niên"),
		f.row("tet_tat_date", lang.L("Ngày tổ chức"), f.tatNien.object),
		f.row(data.FieldTetTatNien, lang.L("Số người dự"), f.tatPeople),
		f.row("tet_tat_union", lang.L("Tiền công đoàn chi"), f.tatUnion))
	people := f.block(data.FieldTetPeople, lang.L("Đoàn viên, người lao động cần hỗ trợ dịp Tết"),
		lang.L("Họ tên, bộ phận, quê quán, hoàn cảnh, mức quà; đánh dấu người ở lại không về quê và quà chi bằng tiền công đoàn."), f.people.object)
	gifts := f.block(data.FieldTetSignList, lang.L("Danh sách ký nhận quà Tết"),
		lang.L("Quà chi bằng tiền công đoàn đi qua một danh sách ký nhận và một phiếu chi ở mục Tài chính; chọn danh sách ấy ở đây."),
		container.NewVBox(f.gifts.object(), f.giftCheck))
	texts := formSection(lang.L("Kết quả"),
		f.row("tet_alerts", lang.L("Đã báo cáo khẩn cấp trên"), f.alerts),
		f.row("tet_results", lang.L("Kết quả, đánh giá"), f.results),
		f.row("tet_notes", lang.L("Ghi chú"), f.notes))
	title := lang.L("Thêm đợt chăm lo Tết")
	if f.t != nil {
		title = f.t.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, right), people, gifts, texts))
}

func (f *tetForm) submit() bool {
	t := &data.TetCampaign{}
	if f.t != nil {
		cp := *f.t
		t = &cp
	}
	var ps data.Problems
	t.LunarYear = readNum(f.year, data.FieldTetYear, &ps)
	t.PayPlan = readDate(f.payPlan, data.FieldTetPayPlan, &ps)
	t.TatNien = readDate(f.tatNien, "tet_tat_date", &ps)
	t.TatNienPeople = readNum(f.tatPeople, data.FieldTetTatNien, &ps)
	t.TatNienUnion = readMoney(f.tatUnion, "tet_tat_union", lang.L("Tiền công đoàn chi"), &ps)
	t.Reported = readDate(f.report, "tet_reported", &ps)
	t.Alerts, t.Results, t.Notes = f.alerts.Text, f.results.Text, f.notes.Text
	t.SignListID = f.gifts.choice.value()
	t.People = f.people.values(&ps)
	t.Normalize()
	rs, _ := f.ui.rules()
	ps = append(ps, t.SettingsWarnings(rs.Emulation)...)
	ps = append(ps, f.giftProblems(t)...)
	return validateAndSave(f.recordForm, data.TetCampaigns, t, f.t == nil, ps)
}

var introOutcomes = []string{data.IntroPending, data.IntroAdmitted, data.IntroNot}

// partyIntroForm adds or edits an introduction to the Party.
type partyIntroForm struct {
	*recordForm
	p              *data.PartyIntro
	person         *personRow
	cell, notes    *formEntry
	date, admitted *dateField
	outcome        *selectOf[string]
}

func partyIntroScreen(u *UI, id int64) (recordView, error) {
	p, err := loadRecord(u, data.PartyIntros, id)
	if err != nil {
		return nil, err
	}
	f := &partyIntroForm{p: p}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindPartyIntro) })
	f.cell, f.notes = newFormEntry(), multiLine(3)
	f.cell.SetPlaceHolder(lang.L("Chi bộ nhận giới thiệu"))
	f.date, f.admitted = u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.outcome = newSelectOf(introOutcomes, data.IntroOutcomeLabel, "", func(o string) {
		if o == data.IntroAdmitted {
			f.admitted.entry.Enable()
		} else {
			f.admitted.entry.Disable()
		}
	})
	if p != nil {
		f.person = newPersonRow(f.recordForm, p.MemberID, p.Name, p.Unit, nil)
		f.date.set(p.Date, false)
		f.cell.SetText(p.Cell)
		f.outcome.set(p.Outcome)
		f.admitted.set(p.Admitted, false)
		f.notes.SetText(p.Notes)
		f.confirmTrash(p.Title(), data.RecordRef{Kind: data.KindPartyIntro, ID: p.ID}, func() { u.backToSection(data.KindPartyIntro) })
	} else {
		f.person = newPersonRow(f.recordForm, 0, "", "", nil)
		f.date.set(vn.Day(u.svc.Now()), false)
		f.outcome.set(data.IntroPending)
	}
	newEmulationSection(u).partyIntro = f
	return f, nil
}

func (f *partyIntroForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Đoàn viên được giới thiệu"),
		f.row(data.FieldPiName, lang.L("Họ và tên *"), container.NewBorder(nil, nil, nil, f.person.pick, f.person.name)),
		f.row("pi_unit", lang.L("Bộ phận"), f.person.unit),
		f.row(data.FieldPiDate, lang.L("Ngày giới thiệu *"), f.date.object),
		f.row("pi_cell", lang.L("Chi bộ"), f.cell))
	right := formSection(lang.L("Kết quả"),
		f.row(data.FieldPiOutcome, lang.L("Kết quả"), f.outcome),
		f.row("pi_admitted", lang.L("Ngày kết nạp Đảng"), f.admitted.object),
		f.row("pi_notes", lang.L("Ghi chú"), f.notes))
	title := lang.L("Giới thiệu đoàn viên ưu tú cho Đảng")
	if f.p != nil {
		title = f.p.Title()
	}
	return f.frame(title, container.NewGridWithColumns(2, left, right))
}

func (f *partyIntroForm) submit() bool {
	p := &data.PartyIntro{}
	if f.p != nil {
		cp := *f.p
		p = &cp
	}
	var ps data.Problems
	p.MemberID, p.Name, p.Unit = f.person.memberID, f.person.name.Text, f.person.unit.Text
	p.Date = readDate(f.date, data.FieldPiDate, &ps)
	p.Cell, p.Notes = f.cell.Text, f.notes.Text
	p.Outcome = f.outcome.value()
	p.Admitted = readDate(f.admitted, "pi_admitted", &ps)
	p.Normalize()
	return validateAndSave(f.recordForm, data.PartyIntros, p, f.p == nil, ps)
}
