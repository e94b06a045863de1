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

// agreementListView is the Thỏa ước section: agreements and bargaining rounds in two tabs.
type agreementListView struct {
	ui          *UI
	agreements  []data.Agreement
	bargainings []data.Bargaining
	rows        [][]string // the agreement table's cells
	barRows     [][]string // the bargaining table's cells
	tabs        *container.AppTabs
	table       *widget.Table
	barTable    *widget.Table
}

// negotiating reports whether a bargaining round is going on: it keeps an expired
// agreement in force for up to 90 days (DOMAIN §3, Art. 83).
func negotiating(bs []data.Bargaining) bool {
	for i := range bs {
		if bs[i].Ongoing() {
			return true
		}
	}
	return false
}

// newAgreementSection is the Thỏa ước section (the sidebar builds it).
func newAgreementSection(u *UI) *agreementListView {
	v := &agreementListView{ui: u}
	u.rec.agreements = v
	return v
}

func (v *agreementListView) build() fyne.CanvasObject {
	u := v.ui
	as, err := data.Agreements.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	bs, err := data.Bargainings.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	v.agreements, v.bargainings = as, bs
	rs, cal := u.rules()
	today := u.svc.Now()
	neg := negotiating(bs)

	for i := range as {
		a := &as[i]
		rating := "Chưa xếp loại"
		if r, ok := a.RatingOf(today.Year()); ok {
			rating = r.Grade.Label()
		}
		v.rows = append(v.rows, []string{a.Name(), a.Level.Label(), orDash(vn.FormatDate(a.Signed)),
			orDash(vn.FormatDate(a.EffectiveOn())), orDash(vn.FormatDate(a.Expiry())), a.Status(today, neg, rs).Label(), rating})
	}
	v.table = recordTable([]string{"Thỏa ước", "Cấp", "Ngày ký", "Hiệu lực từ", "Hết hạn", "Trạng thái", "Xếp loại năm " + strconv.Itoa(today.Year())},
		[]float32{250, 110, 100, 105, 100, 230, 150},
		func() [][]string { return v.rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindAgreement, ID: as[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm thỏa ước"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindAgreement, ID: 0}) })
	add.Importance = widget.HighImportance
	agreements := listScreen(lang.L("Thỏa ước lao động tập thể"),
		lang.L("Chỉ được ký khi trên 50% tổng số người lao động tán thành; thời hạn 1–3 năm; gửi Sở Nội vụ trong 10 ngày kể từ ngày ký; được thương lượng lại trong 90 ngày trước khi hết hạn (Điều 76–83 Bộ luật Lao động)."),
		v.table, len(as) == 0, add)

	for i := range bs {
		b := &bs[i]
		next := "—"
		if b.Ongoing() {
			switch {
			case b.AgreedDate.IsZero():
				next = "Thống nhất thời gian, địa điểm: " + vn.FormatDate(data.BargainAgreeDue(cal, b.RequestDate))
			case b.StartDate.IsZero():
				next = "Bắt đầu: " + vn.FormatDate(data.BargainStartDue(b.RequestDate))
			default:
				next = "Kết thúc: " + vn.FormatDate(data.BargainEndDue(b.StartDate, b.ExtendedTo))
			}
		}
		v.barRows = append(v.barRows, []string{vn.FormatDate(b.RequestDate), b.RequestedBy.Label(), orDash(vn.FormatDate(b.StartDate)),
			strconv.Itoa(len(b.Sessions)), b.Outcome.Label(), next})
	}
	v.barTable = recordTable([]string{"Ngày yêu cầu", "Bên yêu cầu", "Phiên đầu tiên", "Số phiên", "Kết quả", "Hạn tiếp theo"},
		[]float32{110, 220, 120, 80, 180, 330},
		func() [][]string { return v.barRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindBargaining, ID: bs[i].ID}) })
	addBar := widget.NewButtonWithIcon(lang.L("Thêm đợt thương lượng"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindBargaining, ID: 0}) })
	addBar.Importance = widget.HighImportance
	bargainings := listScreen(lang.L("Thương lượng tập thể"),
		lang.L("Thống nhất thời gian, địa điểm trong 7 ngày làm việc; bắt đầu trong 30 ngày kể từ khi có yêu cầu; tối đa 90 ngày; người sử dụng lao động cung cấp thông tin trong 10 ngày (Điều 70)."),
		v.barTable, len(bs) == 0, addBar)

	v.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Thỏa ước"), agreements),
		container.NewTabItem(lang.L("Thương lượng"), bargainings))
	v.tabs.SelectIndex(u.rec.tabs[lang.L("Thỏa ước")])
	v.tabs.OnSelected = func(*container.TabItem) { u.rec.tabs[lang.L("Thỏa ước")] = v.tabs.SelectedIndex() }
	return containerWithHeading(lang.L("Thương lượng tập thể và thỏa ước"), v.tabs)
}

// agreementForm adds or edits a collective agreement.
type agreementForm struct {
	*recordForm
	agr         *data.Agreement
	rs          data.RuleSettings
	negotiating bool
	bargainings []data.Bargaining

	title      *formEntry
	level      *selectOf[data.AgreementLevel]
	bargaining *widget.Select
	voteDate   *dateField
	voters     *formEntry
	votesFor   *formEntry
	vote       *widget.Label
	signed     *dateField
	effective  *dateField
	term       *widget.Select
	status     *widget.Label
	sent       *dateField
	published  *dateField
	clauses    *rowEditor[data.Clause]
	amendments *rowEditor[data.Amendment]
	ratings    *rowEditor[data.Rating]
	notes      *formEntry
}

// agreementScreen opens the form of a Agreement (a new one for id 0); recordScreens lists it.
func agreementScreen(u *UI, id int64) (recordView, error) {
	a, err := loadRecord(u, data.Agreements, id)
	if err != nil {
		return nil, err
	}
	f := newAgreementForm(u, a)
	u.rec.agreement = f
	return f, nil
}

var termLabels = []string{"(chưa chọn)", "1 năm", "2 năm", "3 năm"}

func newAgreementForm(u *UI, a *data.Agreement) *agreementForm {
	f := &agreementForm{agr: a}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindAgreement) })
	f.rs, _ = u.rules()
	f.bargainings, _ = data.Bargainings.Store(u.svc.Store).List(u.ctx)
	f.negotiating = negotiating(f.bargainings)
	f.title = newFormEntry()
	f.title.SetPlaceHolder(lang.L("Ví dụ: Thỏa ước lao động tập thể năm 2026–2029"))
	f.level = newSelectOf(data.AgreementLevels, data.AgreementLevel.Label, lang.L("Chọn cấp"), func(data.AgreementLevel) { f.updateChecks() })
	barLabels := []string{lang.L("(không ghi)")}
	for i := range f.bargainings {
		barLabels = append(barLabels, f.bargainings[i].Title())
	}
	f.bargaining = widget.NewSelect(barLabels, nil)
	f.bargaining.SetSelected(barLabels[0])
	f.voteDate = u.dateInput(time.Time{})
	f.voters = numEntry(lang.L("tổng số người lao động của doanh nghiệp"))
	f.votesFor = numEntry(lang.L("số người tán thành"))
	f.vote = widget.NewLabel("")
	f.vote.Wrapping = fyne.TextWrapWord
	f.signed = u.dateInput(time.Time{})
	f.effective = u.dateInput(time.Time{})
	f.effective.entry.SetPlaceHolder(lang.L("để trống: từ ngày ký"))
	f.term = widget.NewSelect(termLabels, func(string) { f.updateChecks() })
	f.term.SetSelected(termLabels[0])
	f.status = widget.NewLabel("")
	f.status.Wrapping = fyne.TextWrapWord
	f.sent = u.dateInput(time.Time{})
	f.published = u.dateInput(time.Time{})
	f.notes = multiLine(2)
	var clauses []data.Clause
	var amendments []data.Amendment
	var ratings []data.Rating
	if a != nil {
		f.fill(a)
		clauses, amendments, ratings = a.Clauses, a.Amendments, a.Ratings
		f.confirmTrash(a.Name(), data.RecordRef{Kind: data.KindAgreement, ID: a.ID}, func() { u.backToSection(data.KindAgreement) })
	} else {
		f.level.set(data.LevelEnterprise)
		if u.profile != nil {
			setNum(f.voters, u.profile.WorkersTotal)
		}
	}
	f.clauses = newRowEditor(lang.L("Thêm điều khoản"), func(c data.Clause) *editorRow[data.Clause] {
		group := newSelectOf(data.ClauseGroups, data.ClauseGroup.Label, lang.L("Nhóm"), nil)
		group.set(c.Group)
		content, value := newFormEntry(), newFormEntry()
		content.SetText(c.Content)
		content.SetPlaceHolder(lang.L("Nội dung có lợi hơn quy định của pháp luật"))
		value.SetText(c.Value)
		value.SetPlaceHolder(lang.L("Giá trị, ví dụ 35.000 đ/suất"))
		h := content.MinSize().Height
		// Two lines: the right column is too narrow for group, content and value side by side.
		obj := container.NewVBox(container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(240, h), group), nil, value),
			content, widget.NewSeparator())
		return &editorRow[data.Clause]{object: obj, read: func(*data.Problems) data.Clause {
			return data.Clause{Group: group.value(), Content: content.Text, Value: value.Text}
		}}
	}, clauses)
	f.amendments = newRowEditor(lang.L("Thêm sửa đổi, bổ sung"), func(m data.Amendment) *editorRow[data.Amendment] {
		date := u.dateInput(m.Date)
		content := newFormEntry()
		content.SetText(m.Content)
		content.SetPlaceHolder(lang.L("Nội dung sửa đổi, bổ sung"))
		voters, votesFor := numEntry(lang.L("tổng số NLĐ")), numEntry(lang.L("tán thành"))
		setNum(voters, m.Voters)
		setNum(votesFor, m.VotesFor)
		h := content.MinSize().Height
		right := container.NewHBox(labelled(lang.L("Tổng số người lao động"), container.NewGridWrap(fyne.NewSize(150, h), voters)),
			labelled(lang.L("Tán thành"), container.NewGridWrap(fyne.NewSize(110, h), votesFor)))
		left := labelled(lang.L("Ngày ký"), container.NewGridWrap(fyne.NewSize(170, h), date.object))
		obj := container.NewBorder(nil, nil, left, right, labelled(lang.L("Nội dung"), content))
		return &editorRow[data.Amendment]{object: obj, read: func(ps *data.Problems) data.Amendment {
			return data.Amendment{Date: readDate(date, data.FieldAgrAmendments, ps), Content: content.Text,
				Voters: readNum(voters, data.FieldAgrAmendments, ps), VotesFor: readNum(votesFor, data.FieldAgrAmendments, ps)}
		}}
	}, amendments)
	f.ratings = newRowEditor(lang.L("Thêm xếp loại"), func(r data.Rating) *editorRow[data.Rating] {
		year := numEntry(lang.L("năm"))
		if r.Year == 0 {
			r.Year = u.svc.Now().Year()
		}
		year.SetText(strconv.Itoa(r.Year))
		grade := newSelectOf(data.Grades, data.Grade.Label, lang.L("Loại"), nil)
		grade.set(r.Grade)
		reason := newFormEntry()
		reason.SetText(r.Reason)
		reason.SetPlaceHolder(lang.L("Lý do, căn cứ đánh giá"))
		h := reason.MinSize().Height
		obj := container.NewBorder(nil, nil, container.NewHBox(container.NewGridWrap(fyne.NewSize(90, h), year),
			container.NewGridWrap(fyne.NewSize(170, h), grade)), nil, reason)
		return &editorRow[data.Rating]{object: obj, read: func(ps *data.Problems) data.Rating {
			return data.Rating{Year: readNum(year, data.FieldAgrRatings, ps), Grade: grade.value(), Reason: reason.Text}
		}}
	}, ratings)
	for _, e := range []*formEntry{f.voters, f.votesFor} {
		e.OnChanged = func(string) { f.updateChecks() }
	}
	for _, d := range []*dateField{f.signed, f.effective} {
		d.entry.OnChanged = func(string) { f.updateChecks() }
	}
	f.updateChecks()
	return f
}

func (f *agreementForm) fill(a *data.Agreement) {
	f.title.SetText(a.Title)
	f.level.set(a.Level)
	for i := range f.bargainings {
		if f.bargainings[i].ID == a.BargainingID {
			f.bargaining.SetSelected(f.bargainings[i].Title())
		}
	}
	f.voteDate.set(a.VoteDate, false)
	setNum(f.voters, a.Voters)
	setNum(f.votesFor, a.VotesFor)
	f.signed.set(a.Signed, false)
	f.effective.set(a.Effective, false)
	if a.TermYears >= 1 && a.TermYears <= 3 {
		f.term.SetSelected(termLabels[a.TermYears])
	}
	f.sent.set(a.Sent, false)
	f.published.set(a.Published, false)
	f.notes.SetText(a.Notes)
}

// termYears is the chosen term, 0 when none.
func (f *agreementForm) termYears() int {
	for i, l := range termLabels {
		if l == f.term.Selected {
			return i
		}
	}
	return 0
}

// updateChecks shows, as the chair types, whether the vote allows signing
// (> 50% of all workers, DOMAIN §3 Art. 76) and the dates that follow from signing.
func (f *agreementForm) updateChecks() {
	if f.vote == nil || f.status == nil || f.votesFor == nil {
		return
	}
	var ps data.Problems
	voters, votesFor := readNum(f.voters, "", &ps), readNum(f.votesFor, "", &ps)
	switch {
	case len(ps) > 0 || voters == 0:
		f.vote.SetText(lang.L("Chỉ được ký khi số tán thành trên 50% tổng số người lao động của doanh nghiệp (không tính trên số phiếu)."))
		f.vote.Importance = widget.MediumImportance
	case data.AgreementSigningAllowed(votesFor, voters):
		f.vote.SetText(fmt.Sprintf(lang.L("Tán thành %s/%s người lao động (%s): đủ điều kiện ký."),
			vn.FormatInt(int64(votesFor)), vn.FormatInt(int64(voters)), vn.Percent(int64(votesFor), int64(voters))))
		f.vote.Importance = widget.SuccessImportance
	default:
		f.vote.SetText(fmt.Sprintf(lang.L("Tán thành %s/%s người lao động (%s): chưa đủ điều kiện ký, cần ít nhất %s người."),
			vn.FormatInt(int64(votesFor)), vn.FormatInt(int64(voters)), vn.Percent(int64(votesFor), int64(voters)),
			vn.FormatInt(int64(data.SigningShare.Needed(voters, false)))))
		f.vote.Importance = widget.DangerImportance
	}
	f.vote.Refresh()
	signed, _, err1 := f.signed.value()
	effective, _, err2 := f.effective.value()
	a := data.Agreement{Signed: signed, Effective: effective, TermYears: f.termYears()}
	if err1 != nil || err2 != nil || signed.IsZero() {
		f.status.SetText(lang.L("Chưa ký."))
		return
	}
	text := "Hiệu lực từ " + vn.FormatDate(a.EffectiveOn())
	if exp := a.Expiry(); !exp.IsZero() {
		text += " đến hết " + vn.FormatDate(exp) + "; thương lượng lại từ " + vn.FormatDate(data.RenegotiationOpens(exp, f.rs.RenegotiationDays))
	}
	text += ". Gửi Sở Nội vụ chậm nhất " + vn.FormatDate(data.AgreementSendDue(signed)) + ".\nTrạng thái hôm nay: " +
		a.Status(f.ui.svc.Now(), f.negotiating, f.rs).Label() + "."
	f.status.SetText(text)
}

func (f *agreementForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Thông tin chung"),
		f.row("agr_title", lang.L("Tên thỏa ước"), f.title),
		f.row(data.FieldAgrLevel, lang.L("Cấp"), f.level),
		f.row("agr_bargaining", lang.L("Đợt thương lượng"), f.bargaining),
	)
	vote := formSection(lang.L("Lấy ý kiến biểu quyết"),
		f.row(data.FieldAgrVoteDate, lang.L("Ngày biểu quyết"), f.voteDate.object),
		f.row("agr_voters", lang.L("Tổng số người lao động"), f.voters),
		f.row(data.FieldAgrVotes, lang.L("Số tán thành"), f.votesFor),
	)
	signing := formSection(lang.L("Ký kết, hiệu lực, gửi và công bố"),
		f.row(data.FieldAgrSigned, lang.L("Ngày ký"), f.signed.object),
		f.row(data.FieldAgrEffective, lang.L("Ngày có hiệu lực"), f.effective.object),
		f.row(data.FieldAgrTerm, lang.L("Thời hạn"), f.term),
		f.row(data.FieldAgrSent, lang.L("Ngày gửi Sở Nội vụ"), f.sent.object),
		f.row(data.FieldAgrPublished, lang.L("Ngày công bố"), f.published.object),
	)
	left := container.NewVBox(general, vote, f.vote, signing, f.status)
	clauses := f.block(data.FieldAgrClauses, lang.L("Điều khoản có lợi hơn cho người lao động"),
		lang.L("Thỏa ước chỉ sao chép luật thì không được xếp loại."), f.clauses.object)
	ratings := f.block(data.FieldAgrRatings, lang.L("Xếp loại hằng năm"),
		lang.L("Loại A, B, C, D; \"Không xếp loại\" cần ghi lý do (hết hạn, chỉ sao chép luật…)."), f.ratings.object)
	right := container.NewVBox(clauses, ratings)
	amendments := f.block(data.FieldAgrAmendments, lang.L("Sửa đổi, bổ sung"),
		lang.L("Mỗi lần sửa đổi, bổ sung phải lấy ý kiến biểu quyết như khi ký (trên 50% tổng số người lao động)."), f.amendments.object)
	notes := formSection(lang.L("Ghi chú"), f.row("agr_notes", "", f.notes))
	body := container.NewVBox(reflowColumns(left, right), widget.NewSeparator(), amendments, notes)
	title := lang.L("Thêm thỏa ước lao động tập thể")
	if f.agr != nil {
		title = f.agr.Name()
	}
	return f.frame(title, body)
}

func (f *agreementForm) collect() (*data.Agreement, data.Problems) {
	a := &data.Agreement{}
	if f.agr != nil {
		cp := *f.agr
		a = &cp
	}
	var ps data.Problems
	a.Title = f.title.Text
	a.Level = f.level.value()
	a.BargainingID = 0
	for i := range f.bargainings {
		if f.bargainings[i].Title() == f.bargaining.Selected {
			a.BargainingID = f.bargainings[i].ID
		}
	}
	a.VoteDate = readDate(f.voteDate, data.FieldAgrVoteDate, &ps)
	a.Voters = readNum(f.voters, data.FieldAgrVotes, &ps)
	a.VotesFor = readNum(f.votesFor, data.FieldAgrVotes, &ps)
	a.Signed = readDate(f.signed, data.FieldAgrSigned, &ps)
	a.Effective = readDate(f.effective, data.FieldAgrEffective, &ps)
	a.TermYears = f.termYears()
	a.Sent = readDate(f.sent, data.FieldAgrSent, &ps)
	a.Published = readDate(f.published, data.FieldAgrPublished, &ps)
	a.Clauses = f.clauses.values(&ps)
	a.Amendments = f.amendments.values(&ps)
	a.Ratings = f.ratings.values(&ps)
	a.Notes = f.notes.Text
	a.Normalize()
	return a, ps
}

func (f *agreementForm) submit() bool {
	a, ps := f.collect()
	return validateAndSave(f.recordForm, data.Agreements, a, f.agr == nil, ps)
}
