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

// awardeeRow edits one person or collective of an award (with the amount) or
// of a proposal (with the BCH's votes): a member picked from the register, a
// collective, or someone typed by name.
func awardeeRow(f *recordForm, votes bool, field string, changed func()) func(r data.Awardee) *editorRow[data.Awardee] {
	return func(r data.Awardee) *editorRow[data.Awardee] {
		name, unit, achievement := newFormEntry(), newFormEntry(), newFormEntry()
		name.SetText(r.Name)
		name.SetPlaceHolder(lang.L("Họ và tên, hoặc tên tập thể"))
		unit.SetText(r.Unit)
		unit.SetPlaceHolder(lang.L("Bộ phận, tổ công đoàn"))
		achievement.SetText(r.Achievement)
		achievement.SetPlaceHolder(lang.L("Thành tích tóm tắt"))
		title := widget.NewSelectEntry(data.AwardTitles)
		title.SetText(r.Title)
		title.SetPlaceHolder(lang.L("Danh hiệu, hình thức"))
		memberID := r.MemberID
		collective := widget.NewCheck(lang.L("Tập thể"), nil)
		collective.SetChecked(r.Collective)
		name.OnChanged = func(string) { memberID = 0 }
		pick := widget.NewButtonWithIcon(lang.L("Chọn từ sổ"), theme.AccountIcon(), func() {
			f.ui.pickMember(func(row data.MemberRow) {
				name.SetText(row.Name)
				memberID = row.ID
				unit.SetText(row.UnitName)
				collective.SetChecked(false)
			})
		})
		h := name.MinSize().Height
		amount, vfor, vagainst := numEntry(lang.L("tiền thưởng, đồng")), numEntry(lang.L("tán thành")), numEntry(lang.L("không tán thành"))
		if r.Amount != 0 {
			amount.SetText(vn.FormatInt(r.Amount))
		}
		setNum(vfor, r.VotesFor)
		setNum(vagainst, r.VotesAgainst)
		for _, e := range []*formEntry{vfor, vagainst, amount} {
			e.OnChanged = func(string) { changed() }
		}
		var nums fyne.CanvasObject = labelled(lang.L("Tiền thưởng (đồng)"), container.NewGridWrap(fyne.NewSize(150, h), amount))
		if votes {
			nums = container.NewHBox(labelled(lang.L("Tán thành"), container.NewGridWrap(fyne.NewSize(90, h), vfor)),
				labelled(lang.L("Không tán thành"), container.NewGridWrap(fyne.NewSize(90, h), vagainst)))
		}
		line1 := container.NewBorder(nil, nil, nil, container.NewHBox(collective, pick), container.NewGridWithColumns(2, name, unit))
		line2 := container.NewBorder(nil, nil, nil, nums, container.NewGridWithColumns(2, labelled(lang.L("Danh hiệu, hình thức"), title),
			labelled(lang.L("Thành tích"), achievement)))
		obj := container.NewVBox(line1, line2, widget.NewSeparator())
		return &editorRow[data.Awardee]{object: obj, read: func(ps *data.Problems) data.Awardee {
			a := data.Awardee{MemberID: memberID, Name: name.Text, Collective: collective.Checked, Unit: unit.Text,
				Title: title.Text, Achievement: achievement.Text}
			if collective.Checked {
				a.MemberID = 0
			}
			if votes {
				a.VotesFor, a.VotesAgainst = readNum(vfor, field, ps), readNum(vagainst, field, ps)
			} else {
				a.Amount = int64(readNum(amount, field, ps))
			}
			return a
		}}
	}
}

// awardForm adds or edits an award decision.
type awardForm struct {
	*recordForm
	award         *data.Award
	year          *formEntry
	level         *selectOf[data.AwardLevel]
	issuer        *formEntry
	form          *widget.SelectEntry
	decNo, reason *formEntry
	notes         *formEntry
	vouchers      *voucherLink // award_voucher.go
	decDate       *dateField
	recipients    *rowEditor[data.Awardee]
	total         *widget.Label
}

func awardScreen(u *UI, id int64) (recordView, error) {
	a, err := loadRecord(u, data.Awards, id)
	if err != nil {
		return nil, err
	}
	f := newAwardForm(u, a)
	newEmulationSection(u).award = f
	return f, nil
}

func newAwardForm(u *UI, a *data.Award) *awardForm {
	f := &awardForm{award: a}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindAward) })
	f.year = numEntry(lang.L("năm thành tích"))
	f.issuer = newFormEntry()
	f.issuer.SetPlaceHolder(lang.L("ví dụ: LĐLĐ tỉnh Vĩnh Long"))
	f.level = newSelectOf(data.AwardLevels, data.AwardLevel.Label, lang.L("chọn cấp"), func(l data.AwardLevel) {
		if l == data.AwardByCDCS {
			f.issuer.Disable()
		} else {
			f.issuer.Enable()
		}
	})
	f.form = widget.NewSelectEntry(data.AwardForms)
	f.decNo, f.reason, f.notes = newFormEntry(), newFormEntry(), multiLine(2)
	f.decNo.SetPlaceHolder(lang.L("để trống nếu in quyết định từ mục Báo cáo"))
	f.decDate = u.dateInput(time.Time{})
	f.total = widget.NewLabel("")
	var rs []data.Awardee
	if a != nil {
		f.year.SetText(strconv.Itoa(a.Year))
		f.level.set(a.Level)
		f.issuer.SetText(a.Issuer)
		f.form.SetText(a.Form)
		f.decNo.SetText(a.DecisionNo)
		f.decDate.set(a.DecisionDate, false)
		f.reason.SetText(a.Reason)
		f.notes.SetText(a.Notes)
		rs = a.Recipients
		f.confirmTrash(a.Title(), data.RecordRef{Kind: data.KindAward, ID: a.ID}, func() { u.backToSection(data.KindAward) })
	} else {
		now := u.svc.Now()
		year := now.Year()
		if now.Month() < 6 {
			year-- // early in the year the awards are for last year's work
		}
		f.year.SetText(strconv.Itoa(year))
		f.level.set(data.AwardByCDCS)
		f.form.SetText("Giấy khen")
		f.decDate.set(vn.Day(now), false)
		f.reason.SetText(fmt.Sprintf("Đã có thành tích xuất sắc trong phong trào thi đua năm %d", year))
	}
	f.recipients = newRowEditor(lang.L("Thêm người được khen"), awardeeRow(f.recordForm, false, data.FieldAwdRecipients, f.updateTotal), rs)
	f.vouchers = newAwardVouchers(f)
	return f
}

func (f *awardForm) updateTotal() {
	if f.recipients == nil {
		return
	}
	var ps data.Problems
	a := data.Award{Recipients: f.recipients.values(&ps)}
	f.total.SetText(fmt.Sprintf(lang.L("%d tập thể, cá nhân; tổng tiền thưởng %s"), len(a.Recipients), vn.FormatMoney(a.Total())))
}

func (f *awardForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Quyết định"),
		f.row(data.FieldAwdYear, lang.L("Năm thành tích *"), f.year),
		f.row(data.FieldAwdLevel, lang.L("Cấp khen thưởng *"), f.level),
		f.row("awd_issuer", lang.L("Cơ quan khen"), f.issuer),
		f.row(data.FieldAwdForm, lang.L("Hình thức *"), f.form),
		f.row(data.FieldAwdDecision, lang.L("Ngày quyết định *"), f.decDate.object),
		f.row("awd_no", lang.L("Số quyết định"), f.decNo))
	right := formSection(lang.L("Lý do, tiền thưởng"),
		f.row("awd_reason", lang.L("Lý do khen thưởng"), f.reason),
		f.row("awd_voucher", lang.L("Phiếu chi tiền thưởng"), f.vouchers.object()),
		f.row("awd_notes", lang.L("Ghi chú"), f.notes))
	list := f.block(data.FieldAwdRecipients, lang.L("Tập thể, cá nhân được khen thưởng"),
		lang.L("Chọn đoàn viên từ sổ, hoặc đánh dấu \"Tập thể\" và gõ tên tổ, bộ phận."),
		container.NewVBox(f.total, f.recipients.object))
	f.updateTotal()
	title := lang.L("Thêm quyết định khen thưởng")
	if f.award != nil {
		title = f.award.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, right), list))
}

func (f *awardForm) collect() (*data.Award, data.Problems) {
	a := &data.Award{}
	if f.award != nil {
		cp := *f.award
		a = &cp
	}
	var ps data.Problems
	a.Year = readNum(f.year, data.FieldAwdYear, &ps)
	a.Level = f.level.value()
	a.Issuer, a.Form, a.DecisionNo = f.issuer.Text, f.form.Text, f.decNo.Text
	a.DecisionDate = readDate(f.decDate, data.FieldAwdDecision, &ps)
	a.Reason, a.Notes = f.reason.Text, f.notes.Text
	a.Recipients = f.recipients.values(&ps)
	a.Normalize()
	return a, ps
}

func (f *awardForm) submit() bool {
	a, ps := f.collect()
	ps = append(ps, f.vouchers.mismatch(a.Total())...)
	return validateAndSave(f.recordForm, data.Awards, a, f.award == nil, ps)
}

// proposalForm adds or edits the BCH's consideration and its award proposal.
type proposalForm struct {
	*recordForm
	prop                    *data.Proposal
	year, total, present    *formEntry
	place, chair, secretary *formEntry
	sentTo, notes           *formEntry
	meeting, sent           *dateField
	nominees                *rowEditor[data.Awardee]
	result                  *widget.Label
}

func proposalScreen(u *UI, id int64) (recordView, error) {
	p, err := loadRecord(u, data.Proposals, id)
	if err != nil {
		return nil, err
	}
	f := newProposalForm(u, p)
	newEmulationSection(u).proposal = f
	return f, nil
}

func newProposalForm(u *UI, p *data.Proposal) *proposalForm {
	f := &proposalForm{prop: p}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindProposal) })
	f.year, f.total, f.present = numEntry(lang.L("năm")), numEntry(lang.L("tổng số")), numEntry(lang.L("có mặt"))
	f.place, f.chair, f.secretary, f.sentTo, f.notes = newFormEntry(), newFormEntry(), newFormEntry(), newFormEntry(), multiLine(2)
	f.meeting, f.sent = u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.result = widget.NewLabel("")
	f.result.Wrapping = fyne.TextWrapWord
	f.present.OnChanged = func(string) { f.updateResult() }
	var ns []data.Awardee
	if p != nil {
		f.year.SetText(strconv.Itoa(p.Year))
		f.meeting.set(p.MeetingDate, false)
		f.place.SetText(p.Place)
		setNum(f.total, p.BCHTotal)
		setNum(f.present, p.BCHPresent)
		f.chair.SetText(p.Chair)
		f.secretary.SetText(p.Secretary)
		f.sent.set(p.Sent, false)
		f.sentTo.SetText(p.SentTo)
		f.notes.SetText(p.Notes)
		ns = p.Nominees
		f.confirmTrash(p.Title(), data.RecordRef{Kind: data.KindProposal, ID: p.ID}, func() { u.backToSection(data.KindProposal) })
	} else {
		f.year.SetText(strconv.Itoa(u.svc.Now().Year()))
		f.meeting.set(vn.Day(u.svc.Now()), false)
		if u.profile != nil {
			f.chair.SetText(u.profile.ChairName)
			f.sentTo.SetPlaceHolder(u.profile.UpperName)
		}
	}
	f.nominees = newRowEditor(lang.L("Thêm người được xét"), awardeeRow(f.recordForm, true, data.FieldPropNominees, f.updateResult), ns)
	return f
}

// updateResult shows who the votes typed so far put on the proposal list.
func (f *proposalForm) updateResult() {
	if f.nominees == nil {
		return
	}
	var ps data.Problems
	p := data.Proposal{BCHPresent: readNum(f.present, "", &ps), Nominees: f.nominees.values(&ps)}
	var names []string
	for _, n := range p.Agreed() {
		names = append(names, n.Name)
	}
	text := fmt.Sprintf(lang.L("Được đề nghị (quá nửa số ủy viên có mặt tán thành): %d/%d"), len(names), len(p.Nominees))
	if len(names) > 0 {
		text += " — " + strings.Join(names, ", ")
	}
	f.result.SetText(text)
}

func (f *proposalForm) build() fyne.CanvasObject {
	left := formSection(lang.L("Cuộc họp Ban Chấp hành"),
		f.row(data.FieldPropYear, lang.L("Năm thi đua *"), f.year),
		f.row(data.FieldPropMeeting, lang.L("Ngày họp *"), f.meeting.object),
		f.row("prop_place", lang.L("Địa điểm"), f.place),
		f.row(data.FieldPropBCH, lang.L("Ủy viên BCH (tổng / có mặt)"), container.NewGridWithColumns(2, f.total, f.present)),
		f.row("prop_chair", lang.L("Chủ trì"), f.chair),
		f.row("prop_secretary", lang.L("Thư ký"), f.secretary))
	right := formSection(lang.L("Tờ trình"),
		f.row(data.FieldPropSent, lang.L("Ngày gửi cấp trên"), f.sent.object),
		f.row("prop_sent_to", lang.L("Nơi nhận"), f.sentTo),
		f.row("prop_notes", lang.L("Ghi chú"), f.notes))
	list := f.block(data.FieldPropNominees, lang.L("Tập thể, cá nhân được xét và kết quả biểu quyết"),
		lang.L("Ghi số ủy viên tán thành và không tán thành cho từng trường hợp."),
		container.NewVBox(f.result, f.nominees.object))
	f.updateResult()
	title := lang.L("Thêm đợt xét khen thưởng")
	if f.prop != nil {
		title = f.prop.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, left, right), list))
}

func (f *proposalForm) collect() (*data.Proposal, data.Problems) {
	p := &data.Proposal{}
	if f.prop != nil {
		cp := *f.prop
		p = &cp
	}
	var ps data.Problems
	p.Year = readNum(f.year, data.FieldPropYear, &ps)
	p.MeetingDate = readDate(f.meeting, data.FieldPropMeeting, &ps)
	p.Place, p.Chair, p.Secretary, p.SentTo, p.Notes = f.place.Text, f.chair.Text, f.secretary.Text, f.sentTo.Text, f.notes.Text
	p.BCHTotal = readNum(f.total, data.FieldPropBCH, &ps)
	p.BCHPresent = readNum(f.present, data.FieldPropBCH, &ps)
	p.Sent = readDate(f.sent, data.FieldPropSent, &ps)
	p.Nominees = f.nominees.values(&ps)
	p.Normalize()
	return p, ps
}

func (f *proposalForm) submit() bool {
	p, ps := f.collect()
	return validateAndSave(f.recordForm, data.Proposals, p, f.prop == nil, ps)
}
