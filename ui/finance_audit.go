package ui

import (
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

// The Công khai – Kiểm tra tab of Tài chính (issue 13 §7): when and how the
// year's figures were published (Luật Công đoàn 2024 Điều 34, DOMAIN-MODULES
// §A.6), and the checks of the Ủy ban kiểm tra with the cash count (§A.7).

func auditTab(u *UI) fyne.CanvasObject {
	ds, err := data.FinanceDisclosures.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	cs, err := data.FinanceChecks.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	var dRows, cRows [][]string
	for i := range ds {
		d := &ds[i]
		dRows = append(dRows, []string{vn.FormatDate(d.Date), strconv.Itoa(d.Year), d.Forms(), orDash(d.Content)})
	}
	for i := range cs {
		c := &cs[i]
		cash := "—"
		if c.CashCounted {
			cash = vn.FormatMoney(c.Counted())
			if d := c.Difference(); d != 0 {
				cash += " (chênh " + vn.FormatMoney(d) + ")"
			}
		}
		cRows = append(cRows, []string{vn.FormatDate(c.Date), c.Kind.Label(), strconv.Itoa(c.Year), c.Checker, cash})
	}
	dTable := recordTable([]string{"Ngày", "Năm số liệu", "Hình thức", "Nội dung"}, []float32{110, 100, 330, 260},
		func() [][]string { return dRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindFinanceDisclosure, ID: ds[i].ID}) })
	cTable := recordTable([]string{"Ngày", "Loại", "Năm", "Người chủ trì", "Kiểm kê quỹ"}, []float32{110, 200, 70, 180, 240},
		func() [][]string { return cRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindFinanceCheck, ID: cs[i].ID}) })
	addD := widget.NewButtonWithIcon(lang.L("Ghi lần công khai"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindFinanceDisclosure}) })
	addC := widget.NewButtonWithIcon(lang.L("Ghi lần kiểm tra"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindFinanceCheck}) })
	addC.Importance = widget.HighImportance
	checks := listScreen(lang.L("Kiểm tra tài chính, kiểm kê quỹ"),
		lang.L("Ủy ban kiểm tra (hoặc ủy viên Ban Chấp hành được phân công nơi dưới 30 đoàn viên) kiểm tra tài chính ít nhất mỗi năm một lần, trước khi quyết toán gửi cấp trên, và kiểm kê quỹ tiền mặt."),
		cTable, len(cs) == 0, addC)
	disclosures := listScreen(lang.L("Công khai tài chính"),
		lang.L("Hằng năm công khai tại hội nghị Ban Chấp hành và bằng ít nhất một hình thức: niêm yết, văn bản, hội nghị người lao động hoặc trang thông tin (Điều 34 Luật Công đoàn)."),
		dTable, len(ds) == 0, addD)
	split := container.NewVSplit(checks, disclosures)
	split.Offset = 0.5
	return split
}

// disclosureForm records one công khai.
type disclosureForm struct {
	*recordForm
	stored                                 *data.FinanceDisclosure
	year                                   *selectOf[int]
	date                                   *dateField
	atBCH, posted, written, atConf, online *widget.Check
	place                                  *formEntry
	content, evidence, notes               *formEntry
}

func disclosureScreen(u *UI, id int64) (recordView, error) {
	d, err := loadRecord(u, data.FinanceDisclosures, id)
	if err != nil {
		return nil, err
	}
	f := &disclosureForm{stored: d}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindFinanceDisclosure) })
	f.year = yearSelect(u)
	f.date = u.dateInput(time.Time{})
	f.atBCH = widget.NewCheck(lang.L("Tại hội nghị Ban Chấp hành"), nil)
	f.posted = widget.NewCheck(lang.L("Niêm yết tại trụ sở"), nil)
	f.written = widget.NewCheck(lang.L("Thông báo bằng văn bản"), nil)
	f.atConf = widget.NewCheck(lang.L("Tại hội nghị người lao động"), nil)
	f.online = widget.NewCheck(lang.L("Trang thông tin điện tử của doanh nghiệp"), nil)
	f.place = newFormEntry()
	f.place.SetPlaceHolder(lang.L("Bảng tin, hội trường…"))
	f.content, f.evidence, f.notes = multiLine(3), multiLine(2), multiLine(2)
	if d != nil {
		f.year.set(d.Year)
		f.date.set(d.Date, false)
		f.atBCH.SetChecked(d.AtBCH)
		f.posted.SetChecked(d.Posted)
		f.written.SetChecked(d.Written)
		f.atConf.SetChecked(d.AtConference)
		f.online.SetChecked(d.Website)
		f.place.SetText(d.Place)
		f.content.SetText(d.Content)
		f.evidence.SetText(d.Evidence)
		f.notes.SetText(d.Notes)
		f.confirmTrash(d.Title(), data.RecordRef{Kind: data.KindFinanceDisclosure, ID: d.ID}, func() { u.backToSection(data.KindFinanceDisclosure) })
	} else {
		f.year.set(u.svc.Now().Year() - 1)
		f.date.set(vn.Day(u.svc.Now()), false)
		f.atBCH.SetChecked(true)
		f.content.SetText(lang.L("Quyết toán thu, chi tài chính công đoàn năm trước và dự toán năm nay"))
	}
	u.rec.disclosure = f
	return f, nil
}

// yearSelect is a drop-down of the years a finance record is about.
func yearSelect(u *UI) *selectOf[int] {
	now := u.svc.Now().Year()
	var years []int
	for y := now + 1; y >= now-6; y-- {
		years = append(years, y)
	}
	return newSelectOf(years, strconv.Itoa, lang.L("Chọn năm"), nil)
}

func (f *disclosureForm) build() fyne.CanvasObject {
	forms := container.NewVBox(f.atBCH, f.posted, f.written, f.atConf, f.online)
	body := formSection(lang.L("Công khai"),
		f.row(data.FieldDiscYear, lang.L("Số liệu năm *"), f.year),
		f.row(data.FieldDiscDate, lang.L("Ngày công khai *"), f.date.object),
		f.row(data.FieldDiscForms, lang.L("Hình thức *"), forms),
		f.row("disc_place", lang.L("Nơi công khai"), f.place),
		f.row("disc_content", lang.L("Nội dung công khai"), f.content),
		f.row("disc_evidence", lang.L("Lưu bằng chứng"), f.evidence),
		f.row("disc_notes", lang.L("Ghi chú"), f.notes))
	title := lang.L("Ghi lần công khai tài chính")
	if f.stored != nil {
		title = f.stored.Title()
	}
	return f.frame(title, container.NewGridWithColumns(2, body, widget.NewLabel("")))
}

func (f *disclosureForm) submit() bool {
	d := &data.FinanceDisclosure{}
	if f.stored != nil {
		cp := *f.stored
		d = &cp
	}
	var ps data.Problems
	d.Year = f.year.value()
	d.Date = readDate(f.date, data.FieldDiscDate, &ps)
	d.AtBCH, d.Posted, d.Written, d.AtConference, d.Website = f.atBCH.Checked, f.posted.Checked, f.written.Checked, f.atConf.Checked, f.online.Checked
	d.Place, d.Content, d.Evidence, d.Notes = f.place.Text, f.content.Text, f.evidence.Text, f.notes.Text
	d.Normalize()
	ps = append(ps, d.Validate()...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.FinanceDisclosures, d, f.stored == nil, ps)
}

// checkForm records a kiểm tra and its cash count.
type checkForm struct {
	*recordForm
	stored                              *data.FinanceCheck
	kind                                *selectOf[data.CheckKind]
	date                                *dateField
	year                                *selectOf[int]
	checker, role, cashier, accountant  *formEntry
	participants, scope, findings, recs *formEntry
	counted                             *widget.Check
	bookCash                            *formEntry
	counts                              []*cashCountRow
	countBox                            *fyne.Container
	countSum                            *widget.Label
	explanation, notes                  *formEntry
}

// cashCountRow is one denomination on screen.
type cashCountRow struct {
	denomination, count *formEntry
	amount              *widget.Label
}

func checkScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.FinanceChecks, id)
	if err != nil {
		return nil, err
	}
	f := &checkForm{stored: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindFinanceCheck) })
	f.kind = newSelectOf(data.CheckKinds, func(k data.CheckKind) string { return k.Label() }, lang.L("Chọn loại"), func(data.CheckKind) { f.showCount() })
	f.date = u.dateInput(time.Time{})
	f.year = yearSelect(u)
	f.checker, f.role, f.cashier, f.accountant = newFormEntry(), newFormEntry(), newFormEntry(), newFormEntry()
	f.role.SetPlaceHolder(lang.L("Chủ nhiệm Ủy ban kiểm tra, ủy viên BCH được phân công…"))
	f.participants, f.scope, f.findings, f.recs = multiLine(2), multiLine(2), multiLine(3), multiLine(2)
	f.counted = widget.NewCheck(lang.L("Có kiểm kê quỹ tiền mặt"), func(bool) { f.showCount() })
	f.bookCash = numEntry(lang.L("đồng"))
	f.bookCash.OnChanged = func(string) { f.updateCount() }
	f.countBox = container.NewVBox()
	f.countSum = widget.NewLabel("")
	f.countSum.Wrapping = fyne.TextWrapWord
	f.explanation, f.notes = multiLine(2), multiLine(2)
	counts := []data.CashCountRow{}
	if c != nil {
		f.kind.set(c.Kind)
		f.date.set(c.Date, false)
		f.year.set(c.Year)
		f.checker.SetText(c.Checker)
		f.role.SetText(c.CheckerRole)
		f.participants.SetText(c.Participants)
		f.scope.SetText(c.Scope)
		f.findings.SetText(c.Findings)
		f.recs.SetText(c.Recommendations)
		f.counted.SetChecked(c.CashCounted)
		f.cashier.SetText(c.Cashier)
		f.accountant.SetText(c.Accountant)
		setMoney(f.bookCash, c.BookCash)
		f.explanation.SetText(c.Explanation)
		f.notes.SetText(c.Notes)
		counts = c.Counts
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindFinanceCheck, ID: c.ID}, func() { u.backToSection(data.KindFinanceCheck) })
	} else {
		f.kind.set(data.CheckCash)
		f.date.set(vn.Day(u.svc.Now()), false)
		f.year.set(u.svc.Now().Year())
		f.counted.SetChecked(true)
		if bal, err := u.cashOnHand(u.svc.Now()); err == nil {
			setMoney(f.bookCash, bal)
		}
	}
	// Every usual banknote has its row, then any other the count had.
	have := map[int64]int{}
	for _, r := range counts {
		have[r.Denomination] = r.Count
	}
	for _, d := range data.DefaultDenominations {
		f.addCount(data.CashCountRow{Denomination: d, Count: have[d]})
		delete(have, d)
	}
	for _, r := range counts {
		if _, ok := have[r.Denomination]; ok {
			f.addCount(r)
		}
	}
	u.rec.check = f
	return f, nil
}

func (f *checkForm) addCount(r data.CashCountRow) {
	row := &cashCountRow{denomination: numEntry(lang.L("mệnh giá")), count: numEntry(lang.L("số tờ")), amount: widget.NewLabel("")}
	setMoney(row.denomination, r.Denomination)
	setNum(row.count, r.Count)
	row.amount.Alignment = fyne.TextAlignTrailing
	row.denomination.OnChanged = func(string) { f.updateCount() }
	row.count.OnChanged = func(string) { f.updateCount() }
	f.counts = append(f.counts, row)
	h := row.count.MinSize().Height
	f.countBox.Add(container.NewHBox(container.NewGridWrap(fyne.NewSize(130, h), row.denomination),
		widget.NewLabel("x"), container.NewGridWrap(fyne.NewSize(90, h), row.count),
		widget.NewLabel("="), container.NewGridWrap(fyne.NewSize(150, h), row.amount)))
}

// countRows reads the denominations; mistakes go to ps at the counts.
func (f *checkForm) countRows(ps *data.Problems) []data.CashCountRow {
	var out []data.CashCountRow
	for i, r := range f.counts {
		what := "Dòng " + strconv.Itoa(i+1)
		d := readMoney(r.denomination, data.FieldCheckCounts, what+", mệnh giá", ps)
		n := readNum(r.count, data.FieldCheckCounts, ps)
		if d == 0 && n == 0 {
			continue
		}
		out = append(out, data.CashCountRow{Denomination: d, Count: n})
	}
	return out
}

// updateCount shows each row's amount and the counted, book and difference figures.
func (f *checkForm) updateCount() {
	var ps data.Problems
	for _, r := range f.counts {
		var rp data.Problems
		d := readMoney(r.denomination, "", "", &rp)
		n := readNum(r.count, "", &rp)
		if len(rp) == 0 && n != 0 {
			r.amount.SetText(vn.FormatMoney(d * int64(n)))
		} else {
			r.amount.SetText("")
		}
	}
	c := data.FinanceCheck{Counts: f.countRows(&ps), BookCash: readMoney(f.bookCash, "", "", &ps)}
	f.countSum.Importance = widget.SuccessImportance
	if c.Difference() != 0 {
		f.countSum.Importance = widget.WarningImportance
	}
	f.countSum.SetText(lang.L("Thực tế kiểm kê: ") + vn.FormatMoney(c.Counted()) + lang.L("; theo sổ quỹ: ") + vn.FormatMoney(c.BookCash) +
		lang.L("; chênh lệch: ") + vn.FormatMoney(c.Difference()) + " (" + vn.MoneyInWords(c.Counted()) + ")")
}

// showCount shows the cash count part when the cash was counted.
func (f *checkForm) showCount() {
	if f.countBox == nil {
		return
	}
	if f.kind.value() == data.CheckCash && !f.counted.Checked {
		f.counted.SetChecked(true)
	}
}

func (f *checkForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Kiểm tra"),
		f.row(data.FieldCheckKind, lang.L("Loại *"), f.kind),
		f.row(data.FieldCheckDate, lang.L("Ngày kiểm tra *"), f.date.object),
		f.row(data.FieldCheckYear, lang.L("Tài chính năm"), f.year),
		f.row(data.FieldCheckChecker, lang.L("Người chủ trì *"), f.checker),
		f.row("check_role", lang.L("Chức vụ"), f.role),
		f.row("check_participants", lang.L("Thành phần"), f.participants))
	result := formSection(lang.L("Nội dung và kết quả"),
		f.row("check_scope", lang.L("Nội dung kiểm tra"), f.scope),
		f.row("check_findings", lang.L("Kết quả"), f.findings),
		f.row("check_recs", lang.L("Kiến nghị"), f.recs),
		f.row("check_notes", lang.L("Ghi chú"), f.notes))
	people := formSection(lang.L("Kiểm kê quỹ tiền mặt"),
		f.row("check_counted", "", f.counted),
		f.row("check_cashier", lang.L("Thủ quỹ"), f.cashier),
		f.row("check_accountant", lang.L("Kế toán"), f.accountant),
		f.row("check_book", lang.L("Tồn quỹ theo sổ"), f.bookCash),
		f.row(data.FieldCheckExplain, lang.L("Nguyên nhân chênh lệch"), f.explanation))
	count := f.block(data.FieldCheckCounts, lang.L("Kiểm kê theo mệnh giá"),
		lang.L("Số tờ của từng mệnh giá; thành tiền và chênh lệch so với sổ tự tính."),
		container.NewVBox(f.countBox, f.countSum))
	f.updateCount()
	title := lang.L("Ghi lần kiểm tra tài chính")
	if f.stored != nil {
		title = f.stored.Title()
	}
	return f.frame(title, container.NewVBox(container.NewGridWithColumns(2, general, result),
		container.NewGridWithColumns(2, people, count)))
}

func (f *checkForm) submit() bool {
	c := &data.FinanceCheck{}
	if f.stored != nil {
		cp := *f.stored
		c = &cp
	}
	var ps data.Problems
	c.Kind = f.kind.value()
	c.Date = readDate(f.date, data.FieldCheckDate, &ps)
	c.Year = f.year.value()
	c.Checker, c.CheckerRole, c.Cashier, c.Accountant = f.checker.Text, f.role.Text, f.cashier.Text, f.accountant.Text
	c.Participants, c.Scope, c.Findings, c.Recommendations = f.participants.Text, f.scope.Text, f.findings.Text, f.recs.Text
	c.CashCounted = f.counted.Checked
	c.BookCash = readMoney(f.bookCash, "check_book", "Tồn quỹ theo sổ", &ps)
	c.Counts = f.countRows(&ps)
	c.Explanation, c.Notes = f.explanation.Text, f.notes.Text
	c.Normalize()
	ps = append(ps, c.Validate()...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.FinanceChecks, c, f.stored == nil, ps)
}
