package ui

import (
	"strconv"
	"strings"
	"time"

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

// fieldRow is one labelled input with its error line under it.
//
// A message stays until the chair edits the field, then its line goes blank but
// keeps its height (issue 12 §6): the fields below do not jump while the chair
// works down the form fixing them, and a message never sits beside a value it no
// longer describes. The next save checks everything again and lays the form out anew.
type fieldRow struct {
	label   *widget.Label
	input   fyne.CanvasObject
	errMsg  *widget.Label
	watched bool // the input's change handlers clear the message (watchEdits)
}

func newFieldRow(label string, input fyne.CanvasObject) *fieldRow {
	e := widget.NewLabel("")
	e.Importance = widget.DangerImportance
	e.Wrapping = fyne.TextWrapWord
	e.Hide()
	return &fieldRow{label: widget.NewLabel(label), input: input, errMsg: e}
}

func (f *fieldRow) setError(msg string, warning bool) {
	if msg == "" {
		f.errMsg.Hide()
		return
	}
	f.errMsg.Importance = widget.DangerImportance
	if warning {
		f.errMsg.Importance = widget.WarningImportance
	}
	f.errMsg.SetText(msg)
	f.errMsg.Show()
	if !f.watched {
		f.watched = true
		// Installed when the first message shows: by then the form has set the
		// input's own handlers, which keep running first.
		watchEdits(f.input, f.edited)
	}
}

// edited blanks the message of a field the chair has just changed, keeping its line.
func (f *fieldRow) edited() {
	if f.errMsg.Visible() && f.errMsg.Text != "" {
		f.errMsg.SetText("")
	}
}

// watchEdits calls edited after every change of the inputs under o, after their
// own change handlers.
func watchEdits(o fyne.CanvasObject, edited func()) {
	chain := func(prev func(string)) func(string) {
		return func(s string) {
			if prev != nil {
				prev(s)
			}
			edited()
		}
	}
	switch w := o.(type) {
	case *nameEntry:
		w.Entry.OnChanged = chain(w.Entry.OnChanged)
	case *formEntry:
		w.Entry.OnChanged = chain(w.Entry.OnChanged)
	case *formSelect:
		w.SelectEntry.OnChanged = chain(w.SelectEntry.OnChanged)
	case *widget.SelectEntry:
		w.OnChanged = chain(w.OnChanged)
	case *widget.Entry:
		w.OnChanged = chain(w.OnChanged)
	case *widget.Select:
		w.OnChanged = chain(w.OnChanged)
	case *widget.RadioGroup:
		w.OnChanged = chain(w.OnChanged)
	case *widget.Check:
		prev := w.OnChanged
		w.OnChanged = func(b bool) {
			if prev != nil {
				prev(b)
			}
			edited()
		}
	case *fyne.Container:
		for _, c := range w.Objects {
			watchEdits(c, edited)
		}
	}
}

// formSection lays out rows as label | input (with the error under the input).
func formSection(title string, rows ...*fieldRow) fyne.CanvasObject {
	objs := make([]fyne.CanvasObject, 0, 2*len(rows))
	for _, r := range rows {
		objs = append(objs, r.label, container.NewVBox(r.input, r.errMsg))
	}
	return container.NewVBox(subheading(title), container.New(layout.NewFormLayout(), objs...))
}

var ethnicities = []string{"Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "Mông", "Dao", "Gia Rai", "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê"}
var nationalities = []string{data.Vietnam, "Hàn Quốc", "Trung Quốc", "Đài Loan (Trung Quốc)", "Nhật Bản", "Lào", "Campuchia", "Thái Lan", "Philippines", "Ấn Độ", "Hoa Kỳ"}

const noUnit = "(Chưa chọn)"

// memberForm adds or edits a member. Nothing is saved while any error stands.
type memberForm struct {
	ui     *UI
	member *data.Member // nil when adding
	units  []data.Unit

	fullName, ho, tenDem, ten *nameEntry
	birth                     *dateField
	sex                       *widget.RadioGroup
	ethnicity, nationality    *formSelect
	idNumber, phone           *formEntry
	unit                      *widget.Select
	jobTitle                  *formEntry
	hireDate                  *dateField
	contract                  *widget.Select
	contractMonths            *formEntry
	manager                   *widget.Check
	joinKind                  *widget.RadioGroup
	joinDate                  *dateField
	previous, decisionNo      *formEntry
	decisionDate              *dateField
	role                      *formSelect
	party                     *widget.Check
	memberCode, cardNumber    *formEntry
	cardType                  *widget.Select
	cardDate                  *dateField
	notes                     *formEntry
	save, cancel              *widget.Button
	rows                      map[string]*fieldRow
	summary                   *widget.Label
	onSaved                   func(m *data.Member)
	splitting                 bool
}

var contractLabels = []string{"(Chưa rõ)", data.ContractIndefinite.Label(), data.ContractFixed.Label()}
var cardLabels = []string{"(Chưa có thẻ)", data.CardNormal.Label(), data.CardLinked.Label()}

func newMemberForm(u *UI, m *data.Member, units []data.Unit) *memberForm {
	f := &memberForm{ui: u, member: m, units: units, rows: map[string]*fieldRow{}}
	canvas := func() fyne.Canvas { return u.win.Canvas() }
	f.fullName = newNameEntry()
	f.fullName.SetPlaceHolder(lang.L("Ví dụ: Nguyễn Thị Hường"))
	f.ho, f.tenDem, f.ten = newNameEntry(), newNameEntry(), newNameEntry()
	f.ho.SetPlaceHolder(lang.L("Họ"))
	f.tenDem.SetPlaceHolder(lang.L("Tên đệm"))
	f.ten.SetPlaceHolder(lang.L("Tên"))
	f.fullName.onChanged = func(s string) {
		// The name is typed as one field and split for the chair, who can correct the split.
		if f.splitting {
			return
		}
		f.splitting = true
		h, d, t := vn.SplitFullName(s)
		f.ho.SetText(h)
		f.tenDem.SetText(d)
		f.ten.SetText(t)
		f.splitting = false
	}
	// A corrected part rewrites the full name, so the two never disagree.
	joinParts := func(string) {
		if f.splitting {
			return
		}
		f.splitting = true
		f.fullName.SetText(vn.JoinName(f.ho.Text, f.tenDem.Text, f.ten.Text))
		f.splitting = false
	}
	f.ho.onChanged, f.tenDem.onChanged, f.ten.onChanged = joinParts, joinParts, joinParts
	f.birth = newDateField(canvas, true)
	f.sex = widget.NewRadioGroup([]string{"Nam", "Nữ"}, nil)
	f.sex.Horizontal = true
	f.ethnicity = newFormSelect(ethnicities)
	f.ethnicity.SetText("Kinh")
	f.nationality = newFormSelect(nationalities)
	f.nationality.SetText(data.Vietnam)
	f.idNumber = newFormEntry()
	f.idNumber.SetPlaceHolder(lang.L("12 chữ số; người nước ngoài ghi số hộ chiếu"))
	f.phone = newFormEntry()
	unitNames := []string{noUnit}
	for _, un := range units {
		unitNames = append(unitNames, un.Name)
	}
	f.unit = widget.NewSelect(unitNames, nil)
	f.unit.PlaceHolder = noUnit
	f.unit.SetSelected(noUnit)
	f.jobTitle = newFormEntry()
	f.hireDate = newDateField(canvas, false)
	f.contractMonths = newFormEntry()
	f.contractMonths.SetPlaceHolder(lang.L("số tháng"))
	f.contract = widget.NewSelect(contractLabels, func(s string) {
		if s == data.ContractFixed.Label() {
			f.contractMonths.Enable()
		} else {
			f.contractMonths.SetText("")
			f.contractMonths.Disable()
		}
	})
	f.contract.PlaceHolder = contractLabels[0]
	f.contract.SetSelected(contractLabels[0])
	f.manager = widget.NewCheck(lang.L("Là người quản lý doanh nghiệp"), nil)
	f.joinKind = widget.NewRadioGroup([]string{data.JoinAdmitted.Label(), data.JoinTransferred.Label()}, func(s string) {
		if s == data.JoinTransferred.Label() {
			f.previous.Enable()
		} else {
			f.previous.Disable()
		}
	})
	f.joinKind.Horizontal = true
	f.previous = newFormEntry()
	f.previous.SetPlaceHolder(lang.L("Công đoàn cơ sở nơi chuyển đến từ"))
	f.joinKind.SetSelected(data.JoinAdmitted.Label())
	f.joinDate = newDateField(canvas, false)
	f.decisionNo = newFormEntry()
	f.decisionNo.SetPlaceHolder(lang.L("Ví dụ: 12/QĐ-CĐCS"))
	f.decisionDate = newDateField(canvas, false)
	f.role = newFormSelect(data.UnionRoles)
	f.role.SetPlaceHolder(lang.L("Để trống nếu không giữ chức vụ"))
	f.party = widget.NewCheck(lang.L("Là đảng viên"), nil)
	f.memberCode = newFormEntry()
	f.cardNumber = newFormEntry()
	f.cardType = widget.NewSelect(cardLabels, nil)
	f.cardType.PlaceHolder = cardLabels[0]
	f.cardType.SetSelected(cardLabels[0])
	f.cardDate = newDateField(canvas, false)
	f.notes = newFormMultiLine()
	f.notes.SetMinRowsVisible(3)
	f.summary = widget.NewLabel("")
	f.summary.Wrapping = fyne.TextWrapWord
	f.summary.Hide()
	f.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { f.submit() })
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { u.leave(f.close, nil) })
	if m != nil {
		f.fill(m)
	}
	return f
}

func (f *memberForm) row(field, label string, input fyne.CanvasObject) *fieldRow {
	r := newFieldRow(label, input)
	f.rows[field] = r
	return r
}

func (f *memberForm) build() fyne.CanvasObject {
	names := container.NewGridWithColumns(3, f.ho, f.tenDem, f.ten)
	contract := container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(110, f.contractMonths.MinSize().Height), f.contractMonths), f.contract)
	personal := formSection(lang.L("Thông tin cá nhân"),
		f.row(data.FieldName, lang.L("Họ và tên *"), container.NewVBox(f.fullName, names)),
		f.row(data.FieldBirth, lang.L("Ngày sinh"), f.birth.object),
		f.row(data.FieldSex, lang.L("Giới tính"), f.sex),
		f.row("ethnicity", lang.L("Dân tộc"), f.ethnicity),
		f.row(data.FieldNationality, lang.L("Quốc tịch"), f.nationality),
		f.row(data.FieldIDNumber, lang.L("Số CCCD/hộ chiếu"), f.idNumber),
		f.row(data.FieldPhone, lang.L("Điện thoại"), f.phone),
	)
	job := formSection(lang.L("Công việc"),
		f.row("unit", lang.L("Bộ phận/Tổ CĐ"), f.unit),
		f.row("job_title", lang.L("Chức danh công việc"), f.jobTitle),
		f.row(data.FieldHireDate, lang.L("Ngày vào làm"), f.hireDate.object),
		f.row(data.FieldContract, lang.L("Hợp đồng lao động"), contract),
		f.row(data.FieldManager, "", f.manager),
	)
	union := formSection(lang.L("Công đoàn"),
		f.row("join_kind", lang.L("Hình thức"), f.joinKind),
		f.row(data.FieldJoinDate, lang.L("Ngày vào công đoàn"), f.joinDate.object),
		f.row(data.FieldPrevious, lang.L("Đơn vị cũ"), f.previous),
		f.row("decision_no", lang.L("Số quyết định kết nạp"), f.decisionNo),
		f.row(data.FieldDecisionDate, lang.L("Ngày quyết định"), f.decisionDate.object),
		f.row(data.FieldUnionRole, lang.L("Chức vụ công đoàn"), f.role),
		f.row("party", "", f.party),
	)
	card := formSection(lang.L("Thẻ đoàn viên"),
		f.row(data.FieldMemberCode, lang.L("Mã số đoàn viên"), f.memberCode),
		f.row("card_number", lang.L("Số thẻ"), f.cardNumber),
		f.row("card_type", lang.L("Loại thẻ"), f.cardType),
		f.row(data.FieldCardDate, lang.L("Ngày cấp thẻ"), f.cardDate.object),
	)
	notes := formSection(lang.L("Ghi chú"), f.row("notes", "", f.notes))
	columns := reflowColumns(
		container.NewVBox(personal, job),
		container.NewVBox(union, card, notes))
	title := lang.L("Thêm đoàn viên")
	if f.member != nil {
		title = lang.L("Sửa thông tin: ") + f.member.FullName()
	}
	top := container.NewVBox(container.NewBorder(nil, nil, heading(title), container.NewHBox(f.cancel, f.save)), f.summary)
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(columns))
}

func (f *memberForm) fill(m *data.Member) {
	f.fullName.SetText(m.FullName())
	f.ho.SetText(m.Ho)
	f.tenDem.SetText(m.TenDem)
	f.ten.SetText(m.Ten)
	f.birth.set(m.BirthDate, m.BirthYearOnly)
	f.sex.SetSelected(m.Sex.Label())
	f.ethnicity.SetText(m.Ethnicity)
	f.nationality.SetText(m.Nationality)
	f.idNumber.SetText(m.IDNumber)
	f.phone.SetText(m.Phone)
	if m.UnitName != "" {
		f.unit.SetSelected(m.UnitName)
	}
	f.jobTitle.SetText(m.JobTitle)
	f.hireDate.set(m.HireDate, false)
	if m.Contract != data.ContractUnknown {
		f.contract.SetSelected(m.Contract.Label())
	}
	if m.ContractMonths > 0 {
		f.contractMonths.SetText(strconv.Itoa(m.ContractMonths))
	}
	f.manager.SetChecked(m.Manager)
	f.joinKind.SetSelected(m.JoinKind.Label())
	f.joinDate.set(m.JoinDate, false)
	f.previous.SetText(m.PreviousUnion)
	f.decisionNo.SetText(m.DecisionNumber)
	f.decisionDate.set(m.DecisionDate, false)
	f.role.SetText(m.UnionRole)
	f.party.SetChecked(m.PartyMember)
	f.memberCode.SetText(m.MemberCode)
	f.cardNumber.SetText(m.CardNumber)
	if m.CardType != data.CardNone {
		f.cardType.SetSelected(m.CardType.Label())
	}
	f.cardDate.set(m.CardDate, false)
	f.notes.SetText(m.Notes)
}

// collect reads the form into a member; date and number parse errors go to their fields.
func (f *memberForm) collect() (*data.Member, data.Problems) {
	m := &data.Member{}
	if f.member != nil {
		edited := *f.member // the form edits a copy; the page keeps the saved member
		m = &edited
	}
	var ps data.Problems
	m.Ho, m.TenDem, m.Ten = vn.Clean(f.ho.Text), vn.Clean(f.tenDem.Text), vn.Clean(f.ten.Text)
	if m.Ten == "" && m.Ho == "" && strings.TrimSpace(f.fullName.Text) != "" {
		m.SetFullName(f.fullName.Text)
	}
	parse := func(field string, d *dateField) (tm timeValue) {
		t, y, err := d.value()
		if err != nil {
			ps = append(ps, data.Problem{Field: field, Message: err.Error()}) // the field's label already names it
		}
		return timeValue{t, y}
	}
	b := parse(data.FieldBirth, f.birth)
	m.BirthDate, m.BirthYearOnly = b.t, b.yearOnly
	m.Sex, _ = data.ParseSex(f.sex.Selected)
	m.Ethnicity = f.ethnicity.Text
	m.Nationality = f.nationality.Text
	m.IDNumber = f.idNumber.Text
	m.Phone = f.phone.Text
	m.UnitID, m.UnitName = 0, ""
	for _, u := range f.units {
		if u.Name == f.unit.Selected {
			m.UnitID, m.UnitName = u.ID, u.Name
		}
	}
	m.JobTitle = f.jobTitle.Text
	m.HireDate = parse(data.FieldHireDate, f.hireDate).t
	m.Contract, m.ContractMonths = data.ContractUnknown, 0
	switch f.contract.Selected {
	case data.ContractIndefinite.Label():
		m.Contract = data.ContractIndefinite
	case data.ContractFixed.Label():
		m.Contract = data.ContractFixed
		if s := strings.TrimSpace(f.contractMonths.Text); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				ps = append(ps, data.Problem{Field: data.FieldContract, Message: "Thời hạn hợp đồng phải là số tháng, ví dụ 12"})
			}
			m.ContractMonths = n
		}
	}
	m.Manager = f.manager.Checked
	m.JoinKind = data.JoinAdmitted
	if f.joinKind.Selected == data.JoinTransferred.Label() {
		m.JoinKind = data.JoinTransferred
	}
	m.JoinDate = parse(data.FieldJoinDate, f.joinDate).t
	m.PreviousUnion = f.previous.Text
	if m.JoinKind != data.JoinTransferred {
		m.PreviousUnion = ""
	}
	m.DecisionNumber = f.decisionNo.Text
	m.DecisionDate = parse(data.FieldDecisionDate, f.decisionDate).t
	m.UnionRole = f.role.Text
	m.PartyMember = f.party.Checked
	m.MemberCode = f.memberCode.Text
	m.CardNumber = f.cardNumber.Text
	m.CardType = data.CardNone
	switch f.cardType.Selected {
	case data.CardNormal.Label():
		m.CardType = data.CardNormal
	case data.CardLinked.Label():
		m.CardType = data.CardLinked
	}
	m.CardDate = parse(data.FieldCardDate, f.cardDate).t
	m.Notes = f.notes.Text
	m.Normalize()
	return m, ps
}

type timeValue struct {
	t        time.Time
	yearOnly bool
}

// showProblems puts each message at its field and a summary on top.
func (f *memberForm) showProblems(ps data.Problems) {
	for _, r := range f.rows {
		r.setError("", false)
	}
	var errs, warns int
	var other []string
	for _, p := range ps {
		r := f.rows[p.Field]
		if p.Warning {
			warns++
		} else {
			errs++
		}
		if r == nil {
			other = append(other, p.Message)
			continue
		}
		if r.errMsg.Visible() && r.errMsg.Importance == widget.DangerImportance && p.Warning {
			continue // an error at the field outranks a warning
		}
		r.setError(p.Message, p.Warning)
	}
	switch {
	case errs > 0:
		f.summary.Importance = widget.DangerImportance
		f.summary.SetText(strings.Join(append([]string{"Chưa lưu: còn " + strconv.Itoa(errs) + " lỗi cần sửa (ghi màu đỏ dưới từng ô)."}, other...), " "))
		f.summary.Show()
	case warns > 0:
		f.summary.Importance = widget.WarningImportance
		f.summary.SetText("Lưu ý: xem các cảnh báo màu vàng dưới từng ô.")
		f.summary.Show()
	default:
		f.summary.Hide()
	}
}

// submit validates and saves the member; false when refused (the messages are at the fields).
func (f *memberForm) submit() bool {
	m, ps := f.collect()
	ps = append(ps, m.Validate(f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	var err error
	if f.member == nil {
		err = f.ui.svc.Store.CreateMember(f.ui.ctx, m)
	} else {
		err = f.ui.svc.Store.UpdateMember(f.ui.ctx, m)
	}
	if err != nil {
		if cur, ok := data.ConflictCurrent[data.Member](err); ok {
			f.changedElsewhere(err, m, cur)
			return false
		}
		if code := data.ErrorCode(err); code == data.EINVALID || code == data.ECONFLICT {
			if de := asDataError(err); de != nil && f.rows[de.Field] != nil {
				f.showProblems(append(ps.Warnings(), data.Problem{Field: de.Field, Message: de.Message}))
				return false
			}
		}
		f.ui.showError(err)
		return false
	}
	if f.onSaved != nil {
		f.onSaved(m)
	}
	return true
}

// changedElsewhere shows a save refused because the member was changed elsewhere
// (an import, the CLI, another window) after the form opened, and lets the chair
// save their version over the new one or open the new one.
func (f *memberForm) changedElsewhere(err error, mine, cur *data.Member) {
	text := data.ErrorMessage(err)
	if cs := data.MemberChanges(cur, mine); len(cs) > 0 {
		text += "\n\n" + lang.L("Những chỗ khác nhau:")
		for _, c := range cs {
			text += "\n• " + c.Field + ": " + lang.L("đang lưu") + " «" + orDash(c.Old) + "», " +
				lang.L("bạn vừa nhập") + " «" + orDash(c.New) + "»"
		}
	}
	text += "\n\n" + lang.L("Bấm \"Xem bản mới\" để xem giá trị mới (những gì bạn vừa nhập sẽ bỏ), hoặc \"Lưu bản của tôi\" để ghi đè.")
	msg := widget.NewLabel(text)
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L(data.MsgChangedElsewhere), lang.L("Lưu bản của tôi"), lang.L("Xem bản mới"), msg,
		func(keep bool) {
			if !keep {
				f.ui.openMember(mine.ID)
				return
			}
			mine.Version = cur.Version
			if err := f.ui.svc.Store.UpdateMember(f.ui.ctx, mine); err != nil {
				f.ui.showError(err)
				return
			}
			if f.onSaved != nil {
				f.onSaved(mine)
			}
		}, f.ui.win)
	d.Resize(fyne.NewSize(560, 360))
	d.Show()
}

func (f *memberForm) close() {
	if f.onSaved != nil && f.member != nil {
		f.ui.openMember(f.member.ID)
		return
	}
	f.ui.backToRegister()
}
