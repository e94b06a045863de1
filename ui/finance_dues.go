package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// The Đoàn phí tab of Tài chính (issue 13 point 1; DOMAIN §5): a month's sheet
// for every member, by bộ phận, with its totals (collected, 30% upward, 70% kept,
// the excess above 0.5% kept 100%); salaries come from Excel, from last month, or
// are typed in the row editor under the sheet, which the unsaved-changes guard
// covers like every form.

const duesTitle = "Đoàn phí"

// duesTab is the tab on screen.
type duesTab struct {
	u       *UI
	store   data.DuesService
	month   *selectOf[time.Time]
	unit    *widget.Select
	rows    []data.DuesRow // the whole month
	shown   []int          // indexes into rows of the bộ phận chosen
	rules   data.FinanceSettings
	rates   []data.DuesRate
	table   *widget.Table
	totals  *widget.Label
	status  *widget.Label
	busy    *widget.ProgressBarInfinite
	actions []*widget.Button

	// the row editor
	sel       int // index into rows, -1 when none
	who       *widget.Label
	base      *selectOf[data.DuesBase]
	amount    *formEntry
	exempt    *selectOf[data.DuesExemption]
	collected *formEntry
	preview   *widget.Label
	save      *widget.Button
	editor    fyne.CanvasObject
	guard     *formGuard
	reselect  bool // the table is being set back after "Ở lại"
}

// duesColumns are the sheet's columns on screen.
var duesColumns = []struct {
	title string
	width float32
}{
	{"STT", 56}, {"Họ và tên", 190}, {"Số CCCD", 120}, {"Bộ phận", 150}, {"Lương đóng BHXH", 130},
	{"Tỷ lệ", 56}, {"Đoàn phí", 90}, {"Đã thu", 90}, {"Ghi chú", 260},
}

// duesStore is the store's đoàn phí ledger (every store of the app has it).
func duesStore(u *UI) (data.DuesService, bool) {
	s, ok := u.svc.Store.(data.DuesService)
	return s, ok
}

func duesTabView(u *UI) fyne.CanvasObject {
	store, ok := duesStore(u)
	if !ok {
		return widget.NewLabel(lang.L("Tệp dữ liệu này chưa có sổ đoàn phí."))
	}
	t := &duesTab{u: u, store: store, sel: -1}
	u.rec.dues = t
	now := data.MonthOf(u.svc.Now())
	var months []time.Time
	for m := now; !m.Before(data.DuesRuleFrom) && len(months) < 36; m = m.AddDate(0, -1, 0) {
		months = append(months, m)
	}
	t.month = newSelectOf(months, data.MonthLabel, lang.L("Chọn tháng"), func(time.Time) { t.changeMonth() })
	t.unit = widget.NewSelect(nil, func(string) { t.filter() })
	t.totals = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.totals.Wrapping = fyne.TextWrapWord
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord
	t.status.Hide()
	t.busy = widget.NewProgressBarInfinite()
	t.busy.Stop()
	t.busy.Hide()
	t.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(t.shown), len(duesColumns) },
		func() fyne.CanvasObject { return newCutLabel("") },
		t.updateCell)
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(duesColumns) {
			o.(*widget.Label).SetText(lang.L(duesColumns[id.Col].title))
		}
	}
	for i, c := range duesColumns {
		t.table.SetColumnWidth(i, c.width)
	}
	t.table.OnSelected = t.selectRow
	importBtn := widget.NewButtonWithIcon(lang.L("Nhập lương từ Excel…"), theme.FolderOpenIcon(), t.importSalaries)
	importBtn.Importance = widget.HighImportance
	carry := widget.NewButtonWithIcon(lang.L("Lấy lương tháng trước"), theme.ContentCopyIcon(), t.carry)
	collect := widget.NewButtonWithIcon(lang.L("Ghi đã thu đủ"), theme.ConfirmIcon(), t.collectAll)
	printBtn := widget.NewButtonWithIcon(lang.L("In bảng thu"), theme.DocumentPrintIcon(), t.printSheet)
	rates := widget.NewButtonWithIcon(lang.L("Tỷ lệ theo nghị quyết…"), theme.DocumentIcon(), t.showRates)
	t.actions = []*widget.Button{importBtn, carry, collect, rates, printBtn}
	t.buildEditor()

	top := container.NewVBox(
		container.NewBorder(nil, nil, subheading(lang.L("Bảng thu đoàn phí")), printBtn,
			container.NewHBox(widget.NewLabel(lang.L("Tháng")), fixedWidth(110, t.month), widget.NewLabel(lang.L("Bộ phận")), fixedWidth(220, t.unit))),
		container.NewHBox(importBtn, carry, collect, rates),
		t.totals, t.status, t.busy)
	t.month.set(now)
	return container.NewBorder(top, t.editor, nil, nil, t.table)
}

// buildEditor makes the row editor under the sheet: one member's month.
func (t *duesTab) buildEditor() {
	u := t.u
	t.who = widget.NewLabelWithStyle(lang.L("Bấm vào một dòng để sửa lương, lý do không đóng hoặc số đã thu."), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.who.Wrapping = fyne.TextWrapWord
	bases := []data.DuesBase{data.DuesBaseBHXH, data.DuesBaseTakeHome, data.DuesBaseFixed}
	t.base = newSelectOf(bases, func(b data.DuesBase) string { return b.Label() }, lang.L("Căn cứ"), func(data.DuesBase) { t.showPreview() })
	t.amount = numEntry(lang.L("đồng"))
	t.amount.OnChanged = func(string) { t.showPreview() }
	exemptions := []data.DuesExemption{data.ExemptNone, data.ExemptBHXHBenefit, data.ExemptUnpaidLeave, data.ExemptUnemployed, data.ExemptSuspended}
	t.exempt = newSelectOf(exemptions, func(x data.DuesExemption) string {
		if x == data.ExemptNone {
			return lang.L("Có đóng")
		}
		return x.Label()
	}, lang.L("Có đóng"), func(data.DuesExemption) { t.showPreview() })
	t.collected = numEntry(lang.L("đồng"))
	t.preview = widget.NewLabel("")
	t.preview.Wrapping = fyne.TextWrapWord
	t.save = widget.NewButtonWithIcon(lang.L("Lưu dòng này"), theme.DocumentSaveIcon(), func() { t.saveRow() })
	t.save.Importance = widget.HighImportance
	// Two short lines, so that "Lưu dòng này" stays in view on a 1024-pixel netbook.
	fields := container.NewVBox(
		container.NewHBox(widget.NewLabel(lang.L("Căn cứ")), fixedWidth(230, t.base),
			widget.NewLabel(lang.L("Lương / mức")), fixedWidth(130, t.amount),
			widget.NewLabel(lang.L("Đã thu")), fixedWidth(110, t.collected)),
		container.NewHBox(widget.NewLabel(lang.L("Không đóng")), fixedWidth(300, t.exempt), t.save))
	t.editor = container.NewVBox(widget.NewSeparator(), t.who, fields, t.preview)
	t.guard = u.guardForm(t.saveRow, func() { t.loadRow(t.sel) }, t.editor)
	t.setEditorEnabled(false)
}

func (t *duesTab) setEditorEnabled(on bool) {
	for _, w := range []fyne.Disableable{t.base, t.amount, t.exempt, t.collected, t.save} {
		if on {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// changeMonth loads another month, asking first about an edited row.
func (t *duesTab) changeMonth() {
	t.u.leave(t.load, nil)
}

// load reads the month in the background (100,000 members take well under a second).
func (t *duesTab) load() {
	u := t.u
	month := t.month.value()
	if month.IsZero() {
		return
	}
	t.working(fmt.Sprintf(lang.L("Đang đọc bảng thu tháng %s…"), data.MonthLabel(month)))
	u.background(func() {
		rules, err := data.LoadRuleSettings(u.ctx, u.svc.Store)
		var rates []data.DuesRate
		var rows []data.DuesRow
		if err == nil {
			rates, err = t.store.DuesRates(u.ctx)
		}
		if err == nil {
			rows, err = t.store.DuesSheet(u.ctx, month)
		}
		if err == nil {
			data.FillSheet(rows, month, rates, rules.Finance)
		}
		fyne.Do(func() {
			t.working("")
			if err != nil {
				u.showError(err)
				return
			}
			t.rows, t.rules, t.rates = rows, rules.Finance, rates
			t.fillUnits()
			t.filter()
			t.loadRow(-1)
		})
	})
}

func (t *duesTab) working(msg string) {
	t.setStatus(msg)
	for _, b := range t.actions {
		if msg == "" {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if msg == "" {
		t.busy.Stop()
		t.busy.Hide()
		return
	}
	t.busy.Show()
	t.busy.Start()
}

// setStatus shows a line under the totals, hidden when empty.
func (t *duesTab) setStatus(msg string) {
	t.status.SetText(msg)
	if msg == "" {
		t.status.Hide()
	} else {
		t.status.Show()
	}
}

// allUnits is the bộ phận choice that shows everyone.
func allUnits() string { return lang.L("Tất cả bộ phận") }

func (t *duesTab) fillUnits() {
	seen := map[string]bool{}
	opts := []string{allUnits()}
	for _, us := range data.ByUnit(t.rows, t.rules.DuesRemitShare) {
		if !seen[us.UnitName] {
			seen[us.UnitName] = true
			opts = append(opts, us.UnitName)
		}
	}
	keep := t.unit.Selected
	t.unit.Options = opts
	if !seen[keep] {
		keep = allUnits()
	}
	t.unit.Selected = keep
	t.unit.Refresh()
}

// unitName is a row's bộ phận as the choice names it.
func unitName(r data.DuesRow) string {
	if r.UnitName == "" {
		return "Chưa xếp bộ phận"
	}
	return r.UnitName
}

// filter shows the rows of the chosen bộ phận and their totals.
func (t *duesTab) filter() {
	want := t.unit.Selected
	t.shown = t.shown[:0]
	var rows []data.DuesRow
	for i, r := range t.rows {
		if want == "" || want == allUnits() || unitName(r) == want {
			t.shown = append(t.shown, i)
			rows = append(rows, r)
		}
	}
	tot := data.SheetTotals(rows, t.rules.DuesRemitShare)
	text := fmt.Sprintf(lang.L("%s đoàn viên · phải thu %s · đã thu %s · nộp cấp trên (%s phần 0,5%%) %s · giữ lại %s"),
		vn.FormatInt(int64(len(rows))), vn.FormatMoney(tot.Due), vn.FormatMoney(tot.Collected), t.rules.DuesRemitShare,
		vn.FormatMoney(tot.Remit), vn.FormatMoney(tot.Kept))
	if tot.Excess > 0 {
		text += fmt.Sprintf(lang.L(" (phần trên 0,5%% giữ lại 100%%: %s)"), vn.FormatMoney(tot.Excess))
	}
	if n := unsavedRows(rows); n > 0 {
		text += fmt.Sprintf(lang.L(" · %s dòng chưa lưu"), vn.FormatInt(int64(n)))
	}
	t.totals.SetText(text)
	t.table.UnselectAll()
	t.table.Refresh()
}

func unsavedRows(rows []data.DuesRow) int {
	n := 0
	for _, r := range rows {
		if !r.Saved {
			n++
		}
	}
	return n
}

// duesNote says how a row stands.
func duesNote(r data.DuesRow) string {
	var parts []string
	switch {
	case r.Problem != "":
		parts = append(parts, r.Problem)
	case r.Carried:
		parts = append(parts, "Lương tháng "+data.MonthLabel(r.CarriedFrom)+", chưa lưu")
	case !r.Saved:
		parts = append(parts, "Chưa lưu")
	}
	if r.Exemption != data.ExemptNone {
		parts = append(parts, "Không đóng: "+r.Exemption.Label())
	}
	return strings.Join(parts, "; ")
}

func (t *duesTab) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := labelOf(o)
	if id.Row < 0 || id.Row >= len(t.shown) {
		l.SetText("")
		return
	}
	r := t.rows[t.shown[id.Row]]
	var s string
	switch id.Col {
	case 0:
		s = vn.FormatInt(int64(id.Row + 1))
	case 1:
		s = r.Name
	case 2:
		s = r.IDNumber
	case 3:
		s = r.UnitName
	case 4:
		if r.Amount > 0 {
			s = vn.FormatInt(r.Amount)
		}
	case 5:
		if r.RateBP > 0 {
			s = data.RateText(r.RateBP)
		}
	case 6:
		s = vn.FormatInt(r.Due)
	case 7:
		s = vn.FormatInt(r.Collected)
	case 8:
		s = duesNote(r)
	}
	l.SetText(s)
}

// selectRow opens a row in the editor, asking first about an edited one.
func (t *duesTab) selectRow(id widget.TableCellID) {
	if t.reselect || id.Row < 0 || id.Row >= len(t.shown) {
		return
	}
	next, prev := t.shown[id.Row], t.sel
	if next == prev {
		return
	}
	t.u.leave(func() { t.loadRow(next) }, func() {
		t.reselect = true
		defer func() { t.reselect = false }()
		for i, k := range t.shown {
			if k == prev {
				t.table.Select(widget.TableCellID{Row: i, Col: id.Col})
			}
		}
	})
}

// loadRow fills the editor with row i (-1: empty) and takes it as the saved state.
func (t *duesTab) loadRow(i int) {
	t.sel = i
	t.u.guard = t.guard
	if i < 0 || i >= len(t.rows) {
		t.who.SetText(lang.L("Bấm vào một dòng để sửa lương, lý do không đóng hoặc số đã thu."))
		t.base.ClearSelected()
		t.amount.SetText("")
		t.exempt.ClearSelected()
		t.collected.SetText("")
		t.preview.SetText("")
		t.setEditorEnabled(false)
		t.guard.reset()
		return
	}
	r := t.rows[i]
	who := r.Name
	if r.IDNumber != "" {
		who += " · CCCD " + r.IDNumber
	}
	t.who.SetText(fmt.Sprintf(lang.L("%s · %s · tháng %s"), who, unitName(r), data.MonthLabel(t.month.value())))
	t.base.set(r.Base)
	setMoney(t.amount, r.Amount)
	if r.Saved {
		t.exempt.set(r.Exemption)
	} else {
		t.exempt.set(data.ExemptNone)
	}
	setMoney(t.collected, r.Collected)
	t.setEditorEnabled(true)
	t.showPreview()
	t.guard.reset()
}

// entry reads the editor; typing mistakes go to ps.
func (t *duesTab) entry(ps *data.Problems) data.DuesEntry {
	r := t.rows[t.sel]
	return data.DuesEntry{MemberID: r.MemberID, Base: t.base.value(), Exemption: t.exempt.value(),
		Amount:    readMoney(t.amount, data.FieldDuesAmount, lang.L("Lương / mức"), ps),
		Collected: readMoney(t.collected, "", lang.L("Đã thu"), ps)}
}

// showPreview shows what the row would owe as typed.
func (t *duesTab) showPreview() {
	if t.sel < 0 || t.sel >= len(t.rows) {
		return
	}
	var ps data.Problems
	e := t.entry(&ps)
	if err := ps.Err(); err != nil {
		t.preview.SetText(data.ErrorMessage(err))
		return
	}
	d, err := data.DuesFor(e, t.month.value(), t.rows[t.sel].Status, t.rates, t.rules)
	if err != nil {
		t.preview.SetText(data.ErrorMessage(err))
		return
	}
	t.preview.SetText(fmt.Sprintf(lang.L("Phải đóng: %s — %s"), vn.FormatMoney(d.Due), d.Note))
}

// saveRow keeps the edited row; false keeps the chair on it with the message.
func (t *duesTab) saveRow() bool {
	if t.sel < 0 {
		return true
	}
	var ps data.Problems
	e := t.entry(&ps)
	if err := ps.Err(); err != nil {
		t.u.showError(err)
		return false
	}
	month := t.month.value()
	if err := t.store.SaveDues(t.u.ctx, month, []data.DuesEntry{e}, ""); err != nil {
		t.u.showError(err)
		return false
	}
	t.refreshRows(func() {})
	return true
}

// refreshRows reads the month again in the background (a whole register's sheet:
// not on the UI goroutine after each saved row), keeping the row shown in the editor.
func (t *duesTab) refreshRows(then func()) {
	month, rates, rules := t.month.value(), t.rates, t.rules
	t.u.background(func() {
		rows, err := t.store.DuesSheet(t.u.ctx, month)
		if err == nil {
			data.FillSheet(rows, month, rates, rules)
		}
		fyne.Do(func() {
			if err != nil {
				t.u.showError(err)
				return
			}
			t.showRows(rows, then)
		})
	})
}

// showRows puts a freshly read sheet on screen, reopening the row that was in the editor.
func (t *duesTab) showRows(rows []data.DuesRow, then func()) {
	keep := int64(0)
	if t.sel >= 0 && t.sel < len(t.rows) {
		keep = t.rows[t.sel].MemberID
	}
	t.rows = rows
	t.filter()
	t.sel = -1
	for i, r := range rows {
		if r.MemberID == keep {
			t.loadRow(i)
		}
	}
	then()
}

// carry keeps last month's salary for the members of the month without one.
func (t *duesTab) carry() {
	u := t.u
	entries, missing := data.CarryEntries(t.rows)
	if len(entries) == 0 {
		dialog.ShowInformation(lang.L("Lấy lương tháng trước"), lang.L("Không có dòng nào lấy được lương tháng trước: các dòng đã lưu, hoặc chưa có lương tháng nào."), u.win)
		return
	}
	msg := fmt.Sprintf(lang.L("Lưu lương tháng trước cho %s đoàn viên chưa có lương tháng %s? Các dòng đã lưu giữ nguyên."),
		vn.FormatInt(int64(len(entries))), data.MonthLabel(t.month.value()))
	if missing > 0 {
		msg += fmt.Sprintf(lang.L(" %s đoàn viên chưa có lương tháng nào: nhập lương cho họ sau."), vn.FormatInt(int64(missing)))
	}
	dialog.ShowConfirm(lang.L("Lấy lương tháng trước"), msg, func(ok bool) {
		if ok {
			t.write(entries, "", lang.L("Đang lưu lương tháng trước…"))
		}
	}, u.win)
}

// collectAll marks the kept rows of the bộ phận shown as collected in full.
func (t *duesTab) collectAll() {
	var entries []data.DuesEntry
	skipped := 0
	for _, i := range t.shown {
		r := t.rows[i]
		switch {
		case !r.Saved:
			skipped++
		case r.Collected < r.Due:
			entries = append(entries, data.DuesEntry{MemberID: r.MemberID, Base: r.Base, Amount: r.Amount, Exemption: r.Exemption, Collected: r.Due})
		}
	}
	if len(entries) == 0 {
		dialog.ShowInformation(lang.L("Ghi đã thu đủ"), lang.L("Không có dòng đã lưu nào còn thiếu."), t.u.win)
		return
	}
	msg := fmt.Sprintf(lang.L("Ghi đã thu đủ đoàn phí tháng %s cho %s đoàn viên (%s)?"), data.MonthLabel(t.month.value()),
		vn.FormatInt(int64(len(entries))), t.unit.Selected)
	if skipped > 0 {
		msg += fmt.Sprintf(lang.L(" %s dòng chưa lưu lương không được ghi."), vn.FormatInt(int64(skipped)))
	}
	dialog.ShowConfirm(lang.L("Ghi đã thu đủ"), msg, func(ok bool) {
		if ok {
			t.write(entries, "", lang.L("Đang ghi số đã thu…"))
		}
	}, t.u.win)
}

// write keeps entries in the background, then reads the month again.
func (t *duesTab) write(entries []data.DuesEntry, source, msg string) {
	u := t.u
	month := t.month.value()
	t.working(msg)
	u.background(func() {
		err := t.store.SaveDues(u.ctx, month, entries, source)
		fyne.Do(func() {
			t.working("")
			if err != nil {
				u.showError(err)
				return
			}
			t.refreshRows(func() {
				t.setStatus(fmt.Sprintf(lang.L("Đã lưu %s dòng tháng %s."), vn.FormatInt(int64(len(entries))), data.MonthLabel(month)))
			})
		})
	})
}

// importSalaries reads a payroll file and shows its preview; nothing is written
// before "Nhập", and a file with any bad row is refused whole.
func (t *duesTab) importSalaries() {
	u := t.u
	month := t.month.value()
	u.pickOpenPath([]string{".xlsx", ".csv"}, func(path string) {
		t.working(fmt.Sprintf(lang.L("Đang đọc tệp %s…"), filepath.Base(path)))
		u.background(func() {
			var p *xlsx.SalaryPreview
			var keys []data.MemberKey
			tbl, err := xlsx.ReadFile(path, "")
			if err == nil {
				keys, err = u.svc.Store.MemberKeys(u.ctx)
			}
			if err == nil {
				p, err = xlsx.PreviewSalaries(tbl, keys, u.svc.Now())
			}
			fyne.Do(func() {
				t.working("")
				if err != nil {
					u.showError(err)
					return
				}
				t.showImport(p, month)
			})
		})
	})
}

// showImport is the import's preview: what changes, and every error row.
func (t *duesTab) showImport(p *xlsx.SalaryPreview, month time.Time) {
	u := t.u
	entries := p.Entries()
	cmp := data.CompareSalaries(t.rows, entries)
	summary := widget.NewLabelWithStyle(fmt.Sprintf(lang.L("Tệp %s, cột lương %s \"%s\" (%s), tháng %s: %s dòng · %s lương mới · %s thay đổi · %s không đổi · %s dòng lỗi"),
		p.Table.File, xlsx.Column(p.SalaryCol), p.Mapping.Headers[p.SalaryCol], p.Base.Label(), data.MonthLabel(month),
		vn.FormatInt(int64(len(p.Rows))), vn.FormatInt(int64(cmp.New)), vn.FormatInt(int64(len(cmp.Changed))),
		vn.FormatInt(int64(cmp.Same)), vn.FormatInt(int64(p.ErrorRows))), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	summary.Wrapping = fyne.TextWrapWord
	var lines []string
	for _, pr := range p.Errors() {
		place := fmt.Sprintf(lang.L("Dòng %d"), pr.Line)
		if pr.Column != "" {
			place += fmt.Sprintf(lang.L(", cột %s (%s)"), pr.Column, pr.Header)
		}
		if pr.Value != "" {
			place += fmt.Sprintf(" \"%s\"", pr.Value)
		}
		lines = append(lines, lang.L("Lỗi: ")+place+": "+pr.Message)
	}
	for _, c := range cmp.Changed {
		lines = append(lines, fmt.Sprintf(lang.L("Thay đổi: %s: %s thành %s"), c.Name, vn.FormatMoney(c.Old), vn.FormatMoney(c.New)))
	}
	for _, r := range p.Rows {
		if len(r.Problems) == 0 {
			lines = append(lines, fmt.Sprintf(lang.L("Dòng %d: %s là %s (trùng %s): %s"), r.Line, r.Name, r.Match.Name, r.Match.By, vn.FormatMoney(r.Amount)))
		}
	}
	list := widget.NewList(func() int { return len(lines) }, func() fyne.CanvasObject { return newCutLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { labelOf(o).SetText(lines[i]) })
	note := widget.NewLabel(lang.L("Dữ liệu được sao lưu trước khi ghi. Số đã thu và lý do không đóng đã ghi được giữ nguyên."))
	note.Wrapping = fyne.TextWrapWord
	if p.ErrorRows > 0 {
		note.SetText(fmt.Sprintf(lang.L("Không nhập được vì có %s dòng lỗi: sửa các dòng đó trong tệp rồi nhập lại. Không có gì được ghi."), vn.FormatInt(int64(p.ErrorRows))))
		note.Importance = widget.DangerImportance
	}
	var d dialog.Dialog
	commit := widget.NewButtonWithIcon(fmt.Sprintf(lang.L("Nhập lương %s đoàn viên"), vn.FormatInt(int64(len(entries)))), theme.ConfirmIcon(), func() {
		d.Hide()
		t.write(entries, p.Table.File, fmt.Sprintf(lang.L("Đang sao lưu dữ liệu rồi lưu lương %s đoàn viên…"), vn.FormatInt(int64(len(entries)))))
	})
	commit.Importance = widget.HighImportance
	if p.ErrorRows > 0 || len(entries) == 0 {
		commit.Disable()
	}
	cancel := widget.NewButton(lang.L("Hủy"), func() { d.Hide() })
	body := container.NewBorder(container.NewVBox(summary, note), container.NewHBox(cancel, commit), nil, nil, list)
	d = dialog.NewCustomWithoutButtons(lang.L("Xem trước: nhập lương"), body, u.win)
	size := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(size.Width*0.9, size.Height*0.85))
	t.u.rec.duesImport = commit
	d.Show()
}

// printSheet opens the month's bảng thu đoàn phí (report dues-sheet) in Báo cáo,
// which prints the rows kept: a month with none says so here.
func (t *duesTab) printSheet() {
	m := t.month.value()
	for _, r := range t.rows {
		if r.Saved {
			t.u.openReports("dues-sheet", int64(data.MonthKey(m)))
			return
		}
	}
	t.setStatus(fmt.Sprintf(lang.L("Tháng %s chưa lưu dòng đoàn phí nào: lưu lương hoặc số đã thu trước khi in bảng thu."), data.MonthLabel(m)))
}
