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

// The Dự toán – Quyết toán tab of Tài chính (issue 13 §6; DOMAIN-MODULES §A.3):
// the dự toán (B14-TLĐ) and quyết toán (B07-TLĐ) of the CĐCS, each a table of
// lines read from the books through the mục lục. The books' figure shows beside
// each line; a figure the chair types is marked "gõ tay" and kept when the books
// are read again ("Lấy lại số liệu từ sổ"), until "Theo sổ" puts the books' back.

// budgetPlanTab lists the dự toán and quyết toán.
func budgetPlanTab(u *UI) fyne.CanvasObject {
	es, err := data.BudgetEstimates.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	ss, err := data.BudgetSettlements.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	var eRows, sRows [][]string
	for i := range es {
		e := &es[i]
		t := data.SumBudget(e.Lines, data.ColPlan)
		eRows = append(eRows, []string{strconv.Itoa(e.Year), vn.FormatMoney(t.Income), vn.FormatMoney(t.Spend),
			orDash(vn.FormatDate(e.SentDate)), approvalText(e.ApprovalNo, e.ApprovalDate)})
	}
	for i := range ss {
		s := &ss[i]
		t := data.SumBudget(s.Lines, data.ColFigure)
		sRows = append(sRows, []string{s.PeriodName(), vn.FormatMoney(t.Income), vn.FormatMoney(t.Spend + t.Remit),
			vn.FormatMoney(t.Closing), orDash(vn.FormatDate(s.SentDate)), approvalText(s.ApprovalNo, s.ApprovalDate)})
	}
	eTable := recordTable([]string{"Năm", "Dự toán thu", "Dự toán chi", "Ngày gửi", "Cấp trên duyệt"},
		[]float32{70, 140, 140, 110, 220}, func() [][]string { return eRows },
		func(i int) { u.openRecord(data.RecordRef{Kind: data.KindBudgetEstimate, ID: es[i].ID}) })
	sTable := recordTable([]string{"Kỳ", "Thu", "Chi và nộp cấp trên", "Tích lũy cuối kỳ", "Ngày gửi", "Cấp trên duyệt"},
		[]float32{190, 130, 150, 140, 100, 200}, func() [][]string { return sRows },
		func(i int) { u.openRecord(data.RecordRef{Kind: data.KindBudgetSettlement, ID: ss[i].ID}) })
	addE := widget.NewButtonWithIcon(lang.L("Lập dự toán"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindBudgetEstimate}) })
	addS := widget.NewButtonWithIcon(lang.L("Lập quyết toán"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindBudgetSettlement}) })
	addS.Importance = widget.HighImportance
	estimates := listScreen(lang.L("Dự toán thu, chi (mẫu B14-TLĐ)"),
		lang.L("Dự toán năm sau lập trong tháng 12 và gửi công đoàn cấp trên duyệt; số ước thực hiện năm trước lấy từ sổ thu – chi."),
		eTable, len(es) == 0, addE)
	settlements := listScreen(lang.L("Quyết toán thu, chi (mẫu B07-TLĐ)"),
		lang.L("Quyết toán 6 tháng và cả năm lấy số liệu từ sổ thu – chi theo mục lục; có thể sửa trước khi in, số gõ tay được giữ lại."),
		sTable, len(ss) == 0, addS)
	split := container.NewVSplit(settlements, estimates)
	split.Offset = 0.5
	return split
}

// approvalText is the upper level's approval in a list: "12/TB-LĐLĐ 15/01/2027", "Chưa".
func approvalText(no string, d time.Time) string {
	if no == "" && d.IsZero() {
		return "Chưa"
	}
	return strings.TrimSpace(no + " " + vn.FormatDate(d))
}

// budgetForm edits a dự toán (settlement false) or a quyết toán.
type budgetForm struct {
	*recordForm
	settlement bool
	estimate   *data.BudgetEstimate   // the stored one, nil when new (dự toán)
	stored     *data.BudgetSettlement // the stored one, nil when new (quyết toán)

	year, half                      *selectOf[int]
	workers, cadres, members        *formEntry
	payroll, duesPayroll            *formEntry
	closingCash, closingBank        *formEntry
	explanation, remarks, notes     *formEntry
	sent, approvalDate              *dateField
	approvalNo                      *formEntry
	lines                           *rowEditor[data.BudgetLine]
	lineRows                        []*budgetLineRow
	booksRead                       time.Time
	booksNote, totals               *widget.Label
	readBooks                       *widget.Button
	columnFigure, columnPlan, colAp string
}

// budgetLineRow is one line on screen.
type budgetLineRow struct {
	line     data.BudgetLine
	code     *formEntry
	name     *formEntry
	book     *widget.Label
	figure   *formEntry
	fromBook *widget.Button
	plan     *formEntry
	approved *formEntry
}

func estimateScreen(u *UI, id int64) (recordView, error) {
	e, err := loadRecord(u, data.BudgetEstimates, id)
	if err != nil {
		return nil, err
	}
	f := newBudgetForm(u, false)
	f.estimate = e
	f.fillEstimate()
	u.rec.budget = f
	return f, nil
}

func settlementScreen(u *UI, id int64) (recordView, error) {
	s, err := loadRecord(u, data.BudgetSettlements, id)
	if err != nil {
		return nil, err
	}
	f := newBudgetForm(u, true)
	f.stored = s
	f.fillSettlement()
	u.rec.budget = f
	return f, nil
}

func newBudgetForm(u *UI, settlement bool) *budgetForm {
	f := &budgetForm{settlement: settlement}
	kind := data.KindBudgetEstimate
	if settlement {
		kind = data.KindBudgetSettlement
	}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(kind) })
	now := u.svc.Now()
	var years []int
	for y := now.Year() + 1; y >= now.Year()-5; y-- {
		years = append(years, y)
	}
	f.year = newSelectOf(years, strconv.Itoa, lang.L("Chọn năm"), nil)
	f.half = newSelectOf([]int{1, 2, 0}, func(h int) string {
		return map[int]string{1: "6 tháng đầu năm", 2: "6 tháng cuối năm", 0: "Cả năm"}[h]
	}, lang.L("Chọn kỳ"), nil)
	f.workers, f.cadres, f.members = numEntry(""), numEntry(""), numEntry("")
	f.payroll, f.duesPayroll = numEntry("đồng"), numEntry("đồng")
	f.closingCash, f.closingBank = numEntry("đồng"), numEntry("đồng")
	f.explanation, f.remarks, f.notes = multiLine(3), multiLine(2), multiLine(2)
	f.sent, f.approvalDate = u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.approvalNo = newFormEntry()
	f.approvalNo.SetPlaceHolder(lang.L("Số thông báo duyệt của cấp trên"))
	f.booksNote, f.totals = widget.NewLabel(""), widget.NewLabel("")
	f.booksNote.Wrapping, f.totals.Wrapping = fyne.TextWrapWord, fyne.TextWrapWord
	f.readBooks = widget.NewButtonWithIcon(lang.L("Lấy lại số liệu từ sổ"), theme.ViewRefreshIcon(), f.fromBooks)
	f.columnFigure, f.columnPlan, f.colAp = lang.L("Ước thực hiện năm trước"), lang.L("Dự toán năm nay"), lang.L("Cấp trên duyệt")
	if settlement {
		f.columnFigure, f.columnPlan = lang.L("Thực hiện"), lang.L("Dự toán")
	}
	return f
}

func (f *budgetForm) fillEstimate() {
	e := f.estimate
	if e == nil {
		y := f.ui.svc.Now().Year() + 1
		if f.ui.svc.Now().Month() < time.July {
			y-- // early in the year the dự toán still being made is this year's
		}
		f.year.set(y)
		if p := f.ui.profile; p != nil {
			setNum(f.workers, p.WorkersTotal)
		}
		f.lines = newRowEditor(lang.L("Thêm dòng chi"), f.lineRow, nil)
		f.fromBooks()
		return
	}
	f.year.set(e.Year)
	setNum(f.workers, e.Workers)
	setNum(f.cadres, e.FullTimeCadres)
	setNum(f.members, e.Members)
	setMoney(f.payroll, e.Payroll)
	f.explanation.SetText(e.Explanation)
	f.remarks.SetText(e.UpperRemarks)
	f.notes.SetText(e.Notes)
	f.sent.set(e.SentDate, false)
	f.approvalDate.set(e.ApprovalDate, false)
	f.approvalNo.SetText(e.ApprovalNo)
	f.booksRead = e.BooksRead
	f.lines = newRowEditor(lang.L("Thêm dòng chi"), f.lineRow, e.Lines)
	f.confirmTrash(e.Title(), data.RecordRef{Kind: data.KindBudgetEstimate, ID: e.ID}, func() { f.ui.backToSection(data.KindBudgetEstimate) })
}

func (f *budgetForm) fillSettlement() {
	s := f.stored
	if s == nil {
		now := f.ui.svc.Now()
		// The period most recently ended: January–June from July, last year until then.
		if now.Month() >= time.July {
			f.year.set(now.Year())
			f.half.set(1)
		} else {
			f.year.set(now.Year() - 1)
			f.half.set(0)
		}
		if p := f.ui.profile; p != nil {
			setNum(f.workers, p.WorkersTotal)
		}
		f.lines = newRowEditor(lang.L("Thêm dòng chi"), f.lineRow, nil)
		f.fromBooks()
		return
	}
	f.year.set(s.Year)
	f.half.set(s.Half)
	setNum(f.workers, s.Workers)
	setNum(f.members, s.Members)
	setMoney(f.payroll, s.Payroll)
	setMoney(f.duesPayroll, s.DuesPayroll)
	setMoney(f.closingCash, s.ClosingCash)
	setMoney(f.closingBank, s.ClosingBank)
	f.explanation.SetText(s.Explanation)
	f.remarks.SetText(s.UpperRemarks)
	f.notes.SetText(s.Notes)
	f.sent.set(s.SentDate, false)
	f.approvalDate.set(s.ApprovalDate, false)
	f.approvalNo.SetText(s.ApprovalNo)
	f.booksRead = s.BooksRead
	f.lines = newRowEditor(lang.L("Thêm dòng chi"), f.lineRow, s.Lines)
	f.confirmTrash(s.Title(), data.RecordRef{Kind: data.KindBudgetSettlement, ID: s.ID}, func() { f.ui.backToSection(data.KindBudgetSettlement) })
}

// setMoney fills a money entry, blank for 0.
func setMoney(e *formEntry, n int64) {
	if n == 0 {
		e.SetText("")
		return
	}
	e.SetText(vn.FormatInt(n))
}

// readMoney parses a money entry (blank is 0); a typing mistake becomes a problem at field.
func readMoney(e *formEntry, field, what string, ps *data.Problems) int64 {
	if strings.TrimSpace(e.Text) == "" {
		return 0
	}
	n, err := vn.ParseInt(e.Text)
	if err != nil {
		*ps = append(*ps, data.Problem{Field: field, Message: what + ": " + err.Error()})
		return 0
	}
	return n
}

// period is the span whose books the form reads: the plan year's previous
// year for a dự toán (ước thực hiện năm trước), the period for a quyết toán.
func (f *budgetForm) period() (int, time.Time, time.Time) {
	year := f.year.value()
	if !f.settlement {
		from, to := data.HalfSpan(year-1, 0)
		return year, from, to
	}
	from, to := data.HalfSpan(year, f.half.value())
	return year, from, to
}

// fromBooks reads the books into the lines, keeping every typed figure, dự toán
// and approved figure (data.MergeBudgetLines).
func (f *budgetForm) fromBooks() {
	year, from, to := f.period()
	if year == 0 {
		f.booksNote.SetText(lang.L("Chọn năm để lấy số liệu từ sổ."))
		return
	}
	cats, books, err := f.ui.budgetBooks(from, to)
	if err != nil {
		f.booksNote.Importance = widget.WarningImportance
		f.booksNote.SetText(lang.L("Chưa lấy được số liệu từ sổ: ") + data.ErrorMessage(err))
		f.booksNote.Refresh()
		return
	}
	fresh, p, err := data.ComputeBudgetLines(cats, books)
	if err != nil {
		f.booksNote.Importance = widget.DangerImportance
		f.booksNote.SetText(lang.L("Sổ thu – chi có lỗi: ") + data.ErrorMessage(err))
		f.booksNote.Refresh()
		return
	}
	var ps data.Problems
	old := f.lines.values(&ps)
	merged := data.MergeBudgetLines(old, fresh)
	if f.settlement {
		f.fillPlanFromEstimate(year, merged)
		setMoney(f.closingCash, p.Held.Cash)
		setMoney(f.closingBank, p.Held.Bank)
	} else {
		for i := range merged {
			if merged[i].Plan == 0 {
				merged[i].Plan = merged[i].Figure // a first dự toán: last year's figures, to adjust
			}
		}
	}
	f.setLines(merged)
	f.booksRead = vn.Day(f.ui.svc.Now())
	f.booksNote.Importance = widget.MediumImportance
	f.booksNote.SetText(lang.L("Số liệu sổ sách từ ") + vn.FormatDate(from) + lang.L(" đến ") + vn.FormatDate(to) +
		lang.L(", lấy ngày ") + vn.FormatDate(f.booksRead) + ". " + p.String())
	f.booksNote.Refresh()
}

// fillPlanFromEstimate puts the year's dự toán (the approved figure where the
// upper level gave one) into the blank Dự toán cells of a quyết toán.
func (f *budgetForm) fillPlanFromEstimate(year int, ls []data.BudgetLine) {
	es, err := data.BudgetEstimates.Store(f.ui.svc.Store).List(f.ui.ctx)
	if err != nil {
		f.ui.logError(err)
		return
	}
	plan := map[string]int64{}
	for _, e := range es {
		if e.Year != year {
			continue
		}
		for _, l := range e.Lines {
			n := l.Plan
			if l.Approved != 0 {
				n = l.Approved
			}
			plan[string(l.Side)+"|"+l.Code+"|"+l.Name] = n
		}
	}
	for i := range ls {
		if ls[i].Plan == 0 {
			ls[i].Plan = plan[string(ls[i].Side)+"|"+ls[i].Code+"|"+ls[i].Name]
		}
	}
}

// setLines replaces the lines on screen.
func (f *budgetForm) setLines(ls []data.BudgetLine) {
	f.lineRows = nil
	f.lines.rows = nil
	f.lines.box.RemoveAll()
	for _, l := range ls {
		f.lines.add(l)
	}
	f.updateTotals()
}

const moneyWidth = 108

// lineRow shows one line: code, name, the books' figure, the printed figure
// (marked when typed, with "Theo sổ"), dự toán and approved.
func (f *budgetForm) lineRow(l data.BudgetLine) *editorRow[data.BudgetLine] {
	if l.Side == "" {
		l.Side = data.SideSpend // a line the chair adds: a chi line unless chosen otherwise
		l.Typed = true
	}
	r := &budgetLineRow{line: l}
	f.lineRows = append(f.lineRows, r)
	r.code, r.name = newFormEntry(), newFormEntry()
	r.code.SetText(l.Code)
	r.code.SetPlaceHolder(lang.L("Mã"))
	r.name.SetText(l.Name)
	r.name.SetPlaceHolder(lang.L("Nội dung"))
	r.book = widget.NewLabel(vn.FormatInt(l.Book))
	r.book.Alignment = fyne.TextAlignTrailing
	r.figure, r.plan, r.approved = numEntry(""), numEntry(""), numEntry("")
	setMoney(r.figure, l.Figure)
	if l.Figure == 0 {
		r.figure.SetText("0")
	}
	setMoney(r.plan, l.Plan)
	setMoney(r.approved, l.Approved)
	r.fromBook = widget.NewButton(lang.L("Theo sổ"), func() {
		setMoney(r.figure, r.line.Book)
		if r.line.Book == 0 {
			r.figure.SetText("0")
		}
		r.line.Typed = false
		r.showTyped()
		f.updateTotals()
	})
	r.fromBook.Importance = widget.WarningImportance // amber: this figure is not the books'
	r.showTyped()
	r.figure.OnChanged = func(string) {
		var ps data.Problems
		n := readMoney(r.figure, "", "", &ps)
		if len(ps) == 0 && n != r.line.Book {
			r.line.Typed = true
		}
		r.showTyped()
		f.updateTotals()
	}
	r.plan.OnChanged = func(string) { f.updateTotals() }
	r.approved.OnChanged = func(string) { f.updateTotals() }
	h := r.name.MinSize().Height
	money := func(o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(moneyWidth, h), o)
	}
	figureCol := []fyne.CanvasObject{money(r.book)}
	cols := []fyne.CanvasObject{money(r.figure), container.NewGridWrap(fyne.NewSize(80, h), r.fromBook)}
	if f.settlement {
		cols = append([]fyne.CanvasObject{money(r.plan)}, append(figureCol, cols...)...)
	} else {
		cols = append(figureCol, append(cols, money(r.plan))...)
	}
	cols = append(cols, money(r.approved))
	// The lines the books give show their code and name as text (they are the
	// catalogue's, edited there); a line the chair adds is typed in full.
	var code, name fyne.CanvasObject = r.code, r.name
	if !l.Typed || l.Book != 0 || l.Side == data.SideOpening || l.Side == data.SideClosing || l.Code != "" && l.Name != "" {
		cl, nl := widget.NewLabel(l.Code), widget.NewLabel(l.Name)
		cl.Truncation = fyne.TextTruncateEllipsis
		nl.Wrapping = fyne.TextWrapWord
		code, name = cl, nl
	}
	obj := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(56, h), code), container.NewHBox(cols...), name)
	return &editorRow[data.BudgetLine]{object: obj, read: func(ps *data.Problems) data.BudgetLine {
		out := r.line
		out.Code, out.Name = r.code.Text, r.name.Text
		what := r.name.Text
		out.Figure = readMoney(r.figure, data.FieldBudgetLines, what, ps)
		out.Plan = readMoney(r.plan, data.FieldBudgetLines, what, ps)
		out.Approved = readMoney(r.approved, data.FieldBudgetLines, what, ps)
		if !out.Typed {
			out.Figure = out.Book
		}
		return out
	}}
}

// showTyped shows "Theo sổ" on a typed line: the way back to the books' figure.
func (r *budgetLineRow) showTyped() {
	if r.line.Typed {
		r.fromBook.Show()
	} else {
		r.fromBook.Hide()
	}
}

// updateTotals shows the column totals and the reconciliation of the figures on screen.
func (f *budgetForm) updateTotals() {
	if f.lines == nil {
		return
	}
	var ps data.Problems
	ls := f.lines.values(&ps)
	fig, plan, ap := data.SumBudget(ls, data.ColFigure), data.SumBudget(ls, data.ColPlan), data.SumBudget(ls, data.ColApproved)
	typed := 0
	for _, l := range ls {
		if l.Typed {
			typed++
		}
	}
	text := f.columnFigure + ": thu " + vn.FormatMoney(fig.Income) + ", chi " + vn.FormatMoney(fig.Spend) + ", nộp cấp trên " + vn.FormatMoney(fig.Remit) +
		". " + f.columnPlan + ": thu " + vn.FormatMoney(plan.Income) + ", chi " + vn.FormatMoney(plan.Spend) + "."
	if ap.Income+ap.Spend != 0 {
		text += " " + f.colAp + ": thu " + vn.FormatMoney(ap.Income) + ", chi " + vn.FormatMoney(ap.Spend) + "."
	}
	if typed > 0 {
		text += " " + strconv.Itoa(typed) + lang.L(" dòng số gõ tay (có nút \"Theo sổ\" bên cạnh), các dòng khác theo sổ sách.")
	} else {
		text += " " + lang.L("Mọi số liệu theo sổ sách.")
	}
	f.totals.SetText(text)
}

// header is the row of column captions above the lines.
func (f *budgetForm) header() fyne.CanvasObject {
	capt := func(s string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(s, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord
		return container.NewGridWrap(fyne.NewSize(moneyWidth, 58), l)
	}
	var cols []fyne.CanvasObject
	if f.settlement {
		cols = []fyne.CanvasObject{capt(f.columnPlan), capt(lang.L("Sổ sách")), capt(f.columnFigure), container.NewGridWrap(fyne.NewSize(80, 10))}
	} else {
		cols = []fyne.CanvasObject{capt(lang.L("Sổ sách")), capt(f.columnFigure), container.NewGridWrap(fyne.NewSize(80, 10)), capt(f.columnPlan)}
	}
	cols = append(cols, capt(f.colAp))
	return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(56, 10), widget.NewLabelWithStyle(lang.L("Mã"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		container.NewHBox(cols...), widget.NewLabelWithStyle(lang.L("Nội dung"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
}

func (f *budgetForm) build() fyne.CanvasObject {
	f.year.OnChanged = func(string) { f.fromBooks() }
	rows := []*fieldRow{f.row(data.FieldBudgetYear, lang.L("Năm *"), f.year)}
	if f.settlement {
		f.half.OnChanged = func(string) { f.fromBooks() }
		rows = append(rows, f.row(data.FieldBudgetHalf, lang.L("Kỳ quyết toán *"), f.half))
	}
	general := formSection(lang.L("Kỳ"), rows...)
	var basics fyne.CanvasObject
	if f.settlement {
		basics = formSection(lang.L("A. Chỉ tiêu cơ bản"),
			f.row(data.FieldBudgetBasics, lang.L("Lao động đóng KPCĐ"), f.workers),
			f.row("budget_payroll", lang.L("Quỹ lương đóng KPCĐ"), f.payroll),
			f.row("budget_members", lang.L("Đoàn viên cuối kỳ"), f.members),
			f.row("budget_dues_payroll", lang.L("Quỹ lương đóng đoàn phí"), f.duesPayroll))
	} else {
		basics = formSection(lang.L("A. Chỉ tiêu cơ bản"),
			f.row(data.FieldBudgetBasics, lang.L("Số lao động"), f.workers),
			f.row("budget_cadres", lang.L("Cán bộ chuyên trách"), f.cadres),
			f.row("budget_members", lang.L("Số đoàn viên"), f.members),
			f.row("budget_payroll", lang.L("Tổng quỹ tiền lương"), f.payroll))
	}
	f.updateTotals()
	table := f.block(data.FieldBudgetLines, lang.L("B. Các chỉ tiêu thu, chi"),
		lang.L("Số liệu lấy từ sổ thu – chi theo mục lục. Gõ số khác vào cột in ra để sửa trước khi in: số gõ tay được giữ khi lấy lại số liệu, dòng đó có nút \"Theo sổ\" màu vàng để trở về số của sổ."),
		container.NewVBox(container.NewBorder(nil, nil, nil, f.readBooks, f.booksNote), f.header(), f.lines.object, f.totals))
	var closing fyne.CanvasObject = widget.NewLabel("")
	if f.settlement {
		closing = formSection(lang.L("Tiền tồn cuối kỳ"),
			f.row(data.FieldBudgetClosing, lang.L("Tiền mặt"), f.closingCash),
			f.row("budget_closing_bank", lang.L("Tiền gửi ngân hàng"), f.closingBank))
	}
	approval := formSection(lang.L("Gửi và duyệt"),
		f.row("budget_sent", lang.L("Ngày gửi cấp trên"), f.sent.object),
		f.row("budget_approval_no", lang.L("Số thông báo duyệt"), f.approvalNo),
		f.row(data.FieldBudgetApproval, lang.L("Ngày cấp trên duyệt"), f.approvalDate.object),
		f.row("budget_remarks", lang.L("Nhận xét của cấp trên"), f.remarks))
	texts := formSection(lang.L("C. Thuyết minh"),
		f.row("budget_explanation", lang.L("Thuyết minh, kiến nghị"), f.explanation),
		f.row("budget_notes", lang.L("Ghi chú"), f.notes))
	title := lang.L("Lập dự toán thu, chi")
	switch {
	case f.settlement && f.stored != nil:
		title = f.stored.Title()
	case f.settlement:
		title = lang.L("Lập quyết toán thu, chi")
	case f.estimate != nil:
		title = f.estimate.Title()
	}
	return f.frame(title, container.NewVBox(
		container.NewGridWithColumns(2, general, basics), table,
		container.NewGridWithColumns(2, closing, approval), texts))
}

func (f *budgetForm) submit() bool {
	var ps data.Problems
	lines := f.lines.values(&ps)
	year := f.year.value()
	if year == 0 {
		ps = append(ps, data.Problem{Field: data.FieldBudgetYear, Message: "Chọn năm"})
	}
	if !f.settlement {
		e := &data.BudgetEstimate{}
		if f.estimate != nil {
			cp := *f.estimate
			e = &cp
		}
		e.Year, e.Lines, e.BooksRead = year, lines, f.booksRead
		e.Workers = readNum(f.workers, data.FieldBudgetBasics, &ps)
		e.FullTimeCadres = readNum(f.cadres, "budget_cadres", &ps)
		e.Members = readNum(f.members, "budget_members", &ps)
		e.Payroll = readMoney(f.payroll, "budget_payroll", "Tổng quỹ tiền lương", &ps)
		e.Explanation, e.UpperRemarks, e.Notes = f.explanation.Text, f.remarks.Text, f.notes.Text
		e.SentDate = readDate(f.sent, "budget_sent", &ps)
		e.ApprovalDate = readDate(f.approvalDate, data.FieldBudgetApproval, &ps)
		e.ApprovalNo = f.approvalNo.Text
		e.Normalize()
		ps = append(ps, e.Validate()...)
		f.showProblems(ps)
		if ps.Err() != nil {
			return false
		}
		return saveRecord(f.recordForm, data.BudgetEstimates, e, f.estimate == nil, ps)
	}
	s := &data.BudgetSettlement{}
	if f.stored != nil {
		cp := *f.stored
		s = &cp
	}
	s.Year, s.Half, s.Lines, s.BooksRead = year, f.half.value(), lines, f.booksRead
	if f.half.Selected == "" {
		ps = append(ps, data.Problem{Field: data.FieldBudgetHalf, Message: "Chọn kỳ quyết toán"})
	}
	s.Workers = readNum(f.workers, data.FieldBudgetBasics, &ps)
	s.Members = readNum(f.members, "budget_members", &ps)
	s.Payroll = readMoney(f.payroll, "budget_payroll", "Quỹ lương đóng KPCĐ", &ps)
	s.DuesPayroll = readMoney(f.duesPayroll, "budget_dues_payroll", "Quỹ lương đóng đoàn phí", &ps)
	s.ClosingCash = readMoney(f.closingCash, data.FieldBudgetClosing, "Tiền mặt", &ps)
	s.ClosingBank = readMoney(f.closingBank, "budget_closing_bank", "Tiền gửi", &ps)
	s.Explanation, s.UpperRemarks, s.Notes = f.explanation.Text, f.remarks.Text, f.notes.Text
	s.SentDate = readDate(f.sent, "budget_sent", &ps)
	s.ApprovalDate = readDate(f.approvalDate, data.FieldBudgetApproval, &ps)
	s.ApprovalNo = f.approvalNo.Text
	s.Normalize()
	ps = append(ps, s.Validate()...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.BudgetSettlements, s, f.stored == nil, ps)
}
