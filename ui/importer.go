package ui

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

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

// importer is the "Nhập từ Excel" wizard: choose a file, check which column holds
// what, look at the preview of every row, then write it all in one transaction.
// Reading, converting and writing run in the background; the screen shows progress.
type importer struct {
	ui *UI

	path       string
	encoding   string // the chair's choice for a CSV whose encoding the file does not tell
	table      *xlsx.Table
	mapping    *xlsx.Mapping
	remembered xlsx.Remembered
	preview    *xlsx.Preview
	mode       xlsx.OnDuplicate
	// guessed is the mapping as read from the file: the chair's changes to it
	// (and to the conversions) are work the guard asks about before leaving.
	guessed []xlsx.Field

	body    *fyne.Container // the current step
	busy    *widget.ProgressBarInfinite
	busyMsg *widget.Label

	// the mapping step
	selects  []*widget.Select
	samples  []*widget.Label // a column's first values, as read into its field
	nameWarn *widget.Label
	next     *widget.Button

	// the preview step
	shown    []int // indexes of preview.Rows in the table, after the filter
	filter   *widget.Select
	grid     *widget.Table
	summary  *widget.Label
	detail   *widget.Label // the selected row's notes in full
	commit   *widget.Button
	saveErrs *widget.Button
}

// showImporter opens the wizard in place of the register.
func (u *UI) showImporter() {
	imp := &importer{ui: u, body: container.NewStack()}
	imp.busy = widget.NewProgressBarInfinite()
	imp.busy.Stop()
	imp.busy.Hide()
	imp.busyMsg = widget.NewLabel("")
	imp.busyMsg.Hide()
	u.importer = imp
	back := widget.NewButtonWithIcon(lang.L("Danh sách đoàn viên"), theme.NavigateBackIcon(), func() { u.leave(u.backToRegister, nil) })
	top := container.NewHBox(back, heading(lang.L("Nhập đoàn viên từ Excel")))
	bottom := container.NewVBox(imp.busyMsg, imp.busy)
	u.setBody(container.NewBorder(top, bottom, nil, nil, imp.body))
	// The columns chosen and the cells kept unconverted cannot be saved apart
	// from the import: leaving (sidebar, back, closing the window) after changing
	// them asks "Bỏ những gì vừa nhập?" (issue 9).
	g := u.guardForm(nil, u.backToRegister, imp.body)
	g.changed = imp.changed
	imp.showStart()
}

// changed tells whether the chair changed the columns the file was read with,
// or kept cells unconverted.
func (imp *importer) changed() bool {
	m := imp.mapping
	return m != nil && (!slices.Equal(m.Fields, imp.guessed) || len(m.KeepOriginal) > 0)
}

// setStep replaces the wizard's step.
func (imp *importer) setStep(o fyne.CanvasObject) {
	imp.body.Objects = []fyne.CanvasObject{o}
	imp.body.Refresh()
}

// working shows or hides the progress bar with a message.
func (imp *importer) working(msg string) {
	imp.busyMsg.SetText(msg)
	if msg == "" {
		imp.busy.Stop()
		imp.busy.Hide()
		imp.busyMsg.Hide()
		return
	}
	imp.busyMsg.Show()
	imp.busy.Show()
	imp.busy.Start()
}

// showStart is the first step: what the importer does, the file and the template.
func (imp *importer) showStart() {
	intro := widget.NewLabel(lang.L("Chọn tệp danh sách đoàn viên (.xlsx hoặc .csv). Phần mềm tự tìm dòng tiêu đề (kể cả dưới phần tên danh sách), " +
		"nhận ra các cột theo tên (Họ và tên, Ngày sinh, Số CCCD, Bộ phận…), đọc ngày tháng kiểu Excel và kiểu gõ tay, " +
		"chuyển chữ TCVN3 (ABC) và VNI sang Unicode. Bạn xem lại từng cột và từng dòng trước khi nhập; " +
		"dữ liệu được sao lưu trước khi ghi, và không có gì được ghi nếu bạn không bấm \"Nhập\"."))
	intro.Wrapping = fyne.TextWrapWord
	choose := widget.NewButtonWithIcon(lang.L("Chọn tệp Excel/CSV…"), theme.FolderOpenIcon(), imp.chooseFile)
	choose.Importance = widget.HighImportance
	tmpl := widget.NewButtonWithIcon(lang.L("Tải file mẫu…"), theme.DownloadIcon(), imp.saveTemplate)
	imp.setStep(container.NewVBox(intro, container.NewHBox(choose, tmpl)))
}

// chooseFile asks for the file, then reads it.
func (imp *importer) chooseFile() {
	imp.ui.pickOpenPath([]string{".xlsx", ".csv", ".xls"}, func(path string) {
		imp.encoding = ""
		imp.read(path, "")
	})
}

// read reads the file (a sheet of it) in the background and goes to the mapping step.
func (imp *importer) read(path, sheet string) {
	imp.working(fmt.Sprintf(lang.L("Đang đọc tệp %s…"), filepath.Base(path)))
	u := imp.ui
	enc := imp.encoding
	u.background(func() {
		t, err := xlsx.ReadFileAs(path, sheet, enc)
		var remembered xlsx.Remembered
		if err == nil {
			remembered, err = xlsx.LoadRemembered(u.ctx, u.svc.Store)
		}
		var m *xlsx.Mapping
		if err == nil {
			m = xlsx.Guess(t, remembered)
		}
		fyne.Do(func() {
			imp.working("")
			if errors.Is(err, xlsx.ErrEncoding) {
				imp.askEncoding(path, sheet, data.ErrorMessage(err))
				return
			}
			if err != nil {
				u.showError(err)
				return
			}
			imp.path, imp.table, imp.mapping, imp.remembered = path, t, m, remembered
			imp.guessed = slices.Clone(m.Fields)
			imp.showMapping()
		})
	})
}

// askEncoding lets the chair say how a CSV file was written when its bytes do not tell
// (issue 10 item 9), then reads it again that way.
func (imp *importer) askEncoding(path, sheet, msg string) {
	var labels []string
	for _, e := range xlsx.Encodings {
		labels = append(labels, lang.L(e.Label))
	}
	choice := widget.NewRadioGroup(labels, nil)
	choice.SetSelected(labels[2]) // Windows-1258: what Excel on a Vietnamese Windows writes
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("Chọn bảng mã của tệp"), lang.L("Đọc lại tệp"), lang.L("Hủy"),
		container.NewVBox(text, choice), func(ok bool) {
			if !ok {
				return
			}
			for i, l := range labels {
				if l == choice.Selected {
					imp.encoding = xlsx.Encodings[i].Name
				}
			}
			imp.read(path, sheet) // in the encoding chosen
		}, imp.ui.win)
	d.Resize(fyne.NewSize(620, 360))
	d.Show()
}

// fieldChoices are the options of the column selects: "(Bỏ qua)" then every field.
func fieldChoices() []string {
	out := []string{xlsx.Skip.Title()}
	for _, f := range xlsx.Fields {
		out = append(out, f.Title)
	}
	return out
}

// fieldByTitle is the field of a select option.
func fieldByTitle(title string) xlsx.Field {
	for _, f := range xlsx.Fields {
		if f.Title == title {
			return f.Field
		}
	}
	return xlsx.Skip
}

// showMapping is the second step: each column of the file with its header, a few of
// its values and the field it goes to, which the chair can change.
func (imp *importer) showMapping() {
	t, m := imp.table, imp.mapping
	info := fmt.Sprintf(lang.L("Tệp %s"), t.File)
	if m.HeaderRow >= 0 {
		info += fmt.Sprintf(lang.L(" · dòng tiêu đề: %d · dữ liệu từ dòng %d"), t.Lines[m.HeaderRow], lineAt(t, m.DataStart))
	} else {
		info += lang.L(" · không tìm thấy dòng tiêu đề: hãy chọn cột cho từng trường (dữ liệu đọc từ dòng đầu)")
	}
	infoLabel := widget.NewLabel(info)
	infoLabel.Wrapping = fyne.TextWrapWord
	sheetRow := container.NewHBox()
	if len(t.Sheets) > 1 {
		sel := widget.NewSelect(t.Sheets, nil)
		sel.SetSelected(t.Sheet)
		sel.OnChanged = func(s string) {
			if s != imp.table.Sheet {
				imp.read(imp.path, s)
			}
		}
		sheetRow.Objects = []fyne.CanvasObject{widget.NewLabel(lang.L("Trang tính:")), sel}
	} else {
		sheetRow.Hide()
	}
	imp.nameWarn = widget.NewLabel(lang.L("Cần chọn cột cho \"Họ và tên\" (hoặc \"Tên\")."))
	imp.nameWarn.Importance = widget.DangerImportance
	choices := fieldChoices()
	imp.selects = make([]*widget.Select, len(m.Fields))
	imp.samples = make([]*widget.Label, len(m.Fields))
	rows := container.NewVBox()
	header := container.NewBorder(nil, nil,
		fixedWidth(360, widget.NewLabelWithStyle(lang.L("Cột trong tệp"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		fixedWidth(260, widget.NewLabelWithStyle(lang.L("Nhập vào trường"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})),
		widget.NewLabelWithStyle(lang.L("Ví dụ trong tệp"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for col := range m.Fields {
		col := col
		if m.Headers[col] == "" && len(xlsx.Samples(t, m, col, xlsx.Skip, 1)) == 0 {
			continue
		}
		ex := widget.NewLabel("")
		ex.Truncation = fyne.TextTruncateEllipsis
		imp.samples[col] = ex
		sel := widget.NewSelect(choices, nil)
		sel.SetSelected(m.Fields[col].Title())
		sel.OnChanged = func(title string) {
			imp.mapping.Set(col, fieldByTitle(title))
			imp.refreshSelects()
		}
		imp.selects[col] = sel
		name := widget.NewLabel(xlsx.Column(col) + "   " + m.Headers[col])
		name.Truncation = fyne.TextTruncateEllipsis
		rows.Add(container.NewBorder(nil, nil, fixedWidth(360, name), fixedWidth(260, sel), ex))
	}
	back := widget.NewButtonWithIcon(lang.L("Chọn tệp khác"), theme.NavigateBackIcon(), imp.chooseFile)
	imp.next = widget.NewButtonWithIcon(lang.L("Xem trước"), theme.NavigateNextIcon(), imp.buildPreview)
	imp.next.Importance = widget.HighImportance
	top := container.NewVBox(subheading(lang.L("Bước 2: kiểm tra các cột")), infoLabel, sheetRow,
		widget.NewLabel(lang.L("Phần mềm đã đoán cột theo tiêu đề; sửa nếu chưa đúng. Lựa chọn được ghi nhớ cho lần nhập sau.")), header)
	bottom := container.NewVBox(imp.nameWarn, container.NewHBox(back, imp.next))
	imp.setStep(container.NewBorder(top, bottom, nil, nil, container.NewVScroll(rows)))
	imp.refreshSelects()
}

// refreshSelects shows the mapping after a change (a field moved away from another
// column) and whether the name is there.
func (imp *importer) refreshSelects() {
	for col, sel := range imp.selects {
		if sel == nil {
			continue
		}
		f := imp.mapping.Fields[col]
		if sel.Selected != f.Title() {
			sel.SetSelected(f.Title())
		}
		imp.samples[col].SetText(strings.Join(xlsx.Samples(imp.table, imp.mapping, col, f, 3), " · "))
	}
	if imp.mapping.HasName() {
		imp.nameWarn.Hide()
		imp.next.Enable()
	} else {
		imp.nameWarn.Show()
		imp.next.Disable()
	}
}

// lineAt is the row number Excel shows for row index i (past the end: one more).
func lineAt(t *xlsx.Table, i int) int {
	if i < len(t.Lines) {
		return t.Lines[i]
	}
	if len(t.Lines) > 0 {
		return t.Lines[len(t.Lines)-1] + 1
	}
	return 1
}

// fixedWidth gives o a fixed width (and its own height).
func fixedWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}

// buildPreview converts the rows and checks them against the register, in the
// background, then shows the preview.
func (imp *importer) buildPreview() {
	imp.working(lang.L("Đang kiểm tra từng dòng…"))
	imp.next.Disable()
	u := imp.ui
	// The chair may change a column while the rows are checked: the check reads a copy.
	m := *imp.mapping
	m.Fields = slices.Clone(imp.mapping.Fields)
	m.KeepOriginal = maps.Clone(imp.mapping.KeepOriginal)
	t, mode := imp.table, imp.mode
	u.background(func() {
		res := xlsx.Convert(t, &m, u.svc.Now())
		keys, err := u.svc.Store.MemberKeys(u.ctx)
		var p *xlsx.Preview
		if err == nil {
			p, err = xlsx.NewPreview(res, keys, mode, imp.load)
		}
		fyne.Do(func() {
			imp.working("")
			imp.next.Enable()
			if err != nil {
				u.showError(err)
				return
			}
			imp.preview = p
			imp.showPreview()
		})
	})
}

// load gives the preview the register's members that rows match.
func (imp *importer) load(ids []int64) (map[int64]*data.Member, error) {
	return imp.ui.svc.Store.MembersByID(imp.ui.ctx, ids)
}

// previewColumns are the preview table's columns.
var previewColumns = []struct {
	title string
	width float32
}{
	{"Dòng", 64}, {"Kết quả", 118}, {"Họ và tên", 200}, {"Ngày sinh", 98}, {"Giới tính", 78},
	{"Số CCCD", 124}, {"Bộ phận", 140}, {"Ghi chú", 220},
}

// filter choices of the preview, by status.
var previewFilters = []struct {
	label  string
	status xlsx.RowStatus
	all    bool
}{
	{"Tất cả các dòng", 0, true},
	{"Thêm mới", xlsx.RowNew, false},
	{"Cập nhật", xlsx.RowUpdate, false},
	{"Không đổi", xlsx.RowUnchanged, false},
	{"Đã có trong sổ", xlsx.RowExisting, false},
	{"Trùng trong tệp", xlsx.RowDuplicate, false},
	{"Lỗi", xlsx.RowError, false},
}

// showPreview is the third step: the counts, the choice for members already in the
// register, every row with what will happen to it, and the buttons to commit or to
// save the rows in error.
func (imp *importer) showPreview() {
	p := imp.preview
	imp.summary = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	imp.summary.Wrapping = fyne.TextWrapWord
	notes := widget.NewLabel(previewNotes(p))
	notes.Wrapping = fyne.TextWrapWord
	if notes.Text == "" {
		notes.Hide()
	}
	modeLabels := []string{lang.L("Bỏ qua, giữ nguyên trong sổ"), lang.L("Cập nhật từ tệp (ô trống không xóa dữ liệu đã có)")}
	mode := widget.NewRadioGroup(modeLabels, nil)
	mode.Horizontal = true
	mode.SetSelected(modeLabels[imp.mode])
	mode.OnChanged = func(s string) {
		m := xlsx.SkipExisting
		if s == modeLabels[1] {
			m = xlsx.UpdateExisting
		}
		if m != imp.mode {
			imp.mode = m
			imp.buildPreview()
		}
	}
	conversions := widget.NewButtonWithIcon(fmt.Sprintf(lang.L("Xem %s ô chữ cũ (TCVN3/VNI) được chuyển mã…"),
		vn.FormatInt(int64(len(p.Conversions)))), theme.VisibilityIcon(), imp.showConversions)
	if len(p.Conversions) == 0 {
		conversions.Hide()
	}
	matches := p.Existing + p.Update + p.Unchanged
	modeRow := container.NewVBox(widget.NewLabel(lang.L("Đoàn viên đã có trong sổ (trùng số CCCD, mã đoàn viên, hoặc họ tên và ngày sinh):")), mode)
	if matches == 0 {
		modeRow.Hide()
	}
	imp.filter = widget.NewSelect(nil, func(string) { imp.applyFilter() })
	imp.grid = widget.NewTableWithHeaders(
		func() (int, int) { return len(imp.shown), len(previewColumns) },
		func() fyne.CanvasObject {
			return newCutLabel("Nguyễn Thị Minh Khai")
		},
		imp.updateCell)
	imp.grid.ShowHeaderColumn = false
	imp.grid.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	imp.grid.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(previewColumns[id.Col].title)
		}
	}
	imp.detail = widget.NewLabel(lang.L("Bấm vào một dòng để xem đầy đủ ghi chú của dòng đó."))
	imp.detail.Wrapping = fyne.TextWrapWord
	imp.grid.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(imp.shown) {
			r := &imp.preview.Rows[imp.shown[id.Row]]
			imp.detail.SetText(fmt.Sprintf(lang.L("Dòng %d (%s): %s"), r.Line, r.Status.Label(), rowDetail(r)))
		}
	}
	for i, c := range previewColumns {
		imp.grid.SetColumnWidth(i, c.width)
	}
	imp.saveErrs = widget.NewButtonWithIcon(lang.L("Lưu các dòng lỗi ra Excel…"), theme.DocumentSaveIcon(), imp.saveErrors)
	back := widget.NewButtonWithIcon(lang.L("Quay lại chọn cột"), theme.NavigateBackIcon(), imp.showMapping)
	imp.commit = widget.NewButtonWithIcon("", theme.ConfirmIcon(), imp.confirmCommit)
	imp.commit.Importance = widget.HighImportance
	top := container.NewVBox(subheading(lang.L("Bước 3: xem trước")), imp.summary, notes, container.NewHBox(conversions), modeRow,
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Hiện:")), nil, fixedWidth(260, imp.filter)))
	bottom := container.NewVBox(imp.detail, container.NewHBox(back, imp.saveErrs, widget.NewSeparator(), imp.commit))
	imp.setStep(container.NewBorder(top, bottom, nil, nil, imp.grid))
	imp.refreshPreview()
}

// refreshPreview shows the counts and the buttons for the current preview.
func (imp *importer) refreshPreview() {
	p := imp.preview
	imp.summary.SetText(p.Summary())
	counts := map[xlsx.RowStatus]int{xlsx.RowNew: p.New, xlsx.RowUpdate: p.Update, xlsx.RowUnchanged: p.Unchanged,
		xlsx.RowExisting: p.Existing, xlsx.RowDuplicate: p.Duplicate, xlsx.RowError: p.ErrorRows}
	var opts []string
	for _, f := range previewFilters {
		n := len(p.Rows)
		if !f.all {
			n = counts[f.status]
			if n == 0 {
				continue
			}
		}
		opts = append(opts, fmt.Sprintf("%s (%s)", lang.L(f.label), vn.FormatInt(int64(n))))
	}
	imp.filter.Options = opts
	sel := opts[0]
	if p.ErrorRows > 0 {
		sel = opts[len(opts)-1] // the errors first: they are what needs the chair
	}
	imp.filter.SetSelected(sel)
	if p.ErrorRows > 0 {
		imp.saveErrs.Show()
	} else {
		imp.saveErrs.Hide()
	}
	n := p.New + p.Update
	imp.commit.SetText(fmt.Sprintf(lang.L("Nhập %s đoàn viên"), vn.FormatInt(int64(n))))
	if n == 0 {
		imp.commit.Disable()
	} else {
		imp.commit.Enable()
	}
}

// applyFilter shows the rows of the chosen status.
func (imp *importer) applyFilter() {
	p := imp.preview
	chosen := imp.filter.Selected
	imp.shown = imp.shown[:0]
	for _, f := range previewFilters {
		if !strings.HasPrefix(chosen, lang.L(f.label)+" (") {
			continue
		}
		for i := range p.Rows {
			if f.all || p.Rows[i].Status == f.status {
				imp.shown = append(imp.shown, i)
			}
		}
	}
	imp.grid.Refresh()
	imp.grid.ScrollToTop()
}

// updateCell fills one cell of the preview table.
func (imp *importer) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := labelOf(o)
	l.Importance = widget.MediumImportance
	if id.Row >= len(imp.shown) {
		l.SetText("")
		return
	}
	r := &imp.preview.Rows[imp.shown[id.Row]]
	m := &r.Member
	var text string
	switch id.Col {
	case 0:
		text = vn.FormatInt(int64(r.Line))
	case 1:
		text = r.Status.Label()
		switch r.Status {
		case xlsx.RowError:
			l.Importance = widget.DangerImportance
		case xlsx.RowDuplicate, xlsx.RowExisting, xlsx.RowUnchanged:
			l.Importance = widget.WarningImportance
		case xlsx.RowNew, xlsx.RowUpdate:
			l.Importance = widget.SuccessImportance
		}
	case 2:
		text = m.FullName()
	case 3:
		text = vn.FormatDateOrYear(m.BirthDate, m.BirthYearOnly)
	case 4:
		text = m.Sex.Label()
	case 5:
		text = m.IDNumber
	case 6:
		text = m.UnitName
	case 7:
		text = rowNote(r)
		if r.Status == xlsx.RowError {
			l.Importance = widget.DangerImportance
		}
	}
	l.SetText(text)
}

// rowNote is what the preview says about a row beyond its status.
func rowNote(r *xlsx.Row) string {
	switch r.Status {
	case xlsx.RowError:
		var msgs []string
		for _, p := range r.Problems {
			if p.Warning {
				continue
			}
			s := p.Message
			if p.Column != "" {
				s = "Cột " + p.Column + " (" + p.Header + "): " + s
			}
			msgs = append(msgs, s)
		}
		return strings.Join(msgs, "; ")
	case xlsx.RowDuplicate:
		return fmt.Sprintf(lang.L("Giống dòng %d của tệp"), r.DupLine)
	case xlsx.RowExisting, xlsx.RowUpdate, xlsx.RowUnchanged:
		return fmt.Sprintf(lang.L("Trùng %s với %s"), r.Match.By, r.Match.Name)
	}
	return r.Message() // warnings, e.g. the zeros put back in a CCCD
}

// rowDetail is everything about a row: its status note and every problem, warnings too.
func rowDetail(r *xlsx.Row) string {
	parts := []string{}
	if r.Status != xlsx.RowError {
		if n := rowNote(r); n != "" && r.Status != xlsx.RowNew {
			parts = append(parts, n)
		}
	}
	for _, p := range r.Problems {
		s := p.Message
		if p.Column != "" {
			s = fmt.Sprintf("cột %s (%s) \"%s\": %s", p.Column, p.Header, p.Value, p.Message)
		}
		if p.Warning {
			s = lang.L("lưu ý: ") + s
		}
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return lang.L("không có gì cần lưu ý")
	}
	return strings.Join(parts, "; ")
}

// showConversions lists every cell read in an old encoding, before and after, each
// with a tick: the chair unticks a cell to take it as the file has it (a foreign name
// that only looks like VNI), and the preview is checked again (issue 10 item 10).
func (imp *importer) showConversions() {
	cs := imp.preview.Conversions
	convert := make([]bool, len(cs))
	for i, c := range cs {
		convert[i] = !c.Kept
	}
	list := widget.NewList(func() int { return len(cs) },
		func() fyne.CanvasObject { return widget.NewCheck("", nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			ch := o.(*widget.Check)
			ch.OnChanged = nil
			ch.SetText(cs[i].Text(lang.L(" thành ")))
			ch.SetChecked(convert[i])
			ch.OnChanged = func(v bool) { convert[i] = v }
		})
	all := func(v bool) func() {
		return func() {
			for i := range convert {
				convert[i] = v
			}
			list.Refresh()
		}
	}
	note := widget.NewLabel(lang.L("Ô được đánh dấu sẽ được chuyển sang Unicode; bỏ dấu ở ô nào thì ô đó được nhập đúng như trong tệp."))
	note.Wrapping = fyne.TextWrapWord
	buttons := container.NewHBox(widget.NewButton(lang.L("Chọn tất cả"), all(true)), widget.NewButton(lang.L("Bỏ chọn tất cả"), all(false)))
	d := dialog.NewCustomConfirm(lang.L("Các ô chữ cũ được chuyển mã"), lang.L("Áp dụng"), lang.L("Hủy"),
		container.NewBorder(container.NewVBox(note, buttons), nil, nil, nil, list), func(ok bool) {
			if !ok {
				return
			}
			imp.applyConversions(convert)
		}, imp.ui.win)
	size := imp.ui.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(900, size.Width-40), min(560, size.Height-40)))
	d.Show()
}

// applyConversions keeps as in the file the cells of the preview's conversions whose
// tick is off, and checks the rows again.
func (imp *importer) applyConversions(convert []bool) {
	keep := map[xlsx.CellKey]bool{}
	for i, c := range imp.preview.Conversions {
		if i < len(convert) && !convert[i] {
			keep[c.CellKey] = true
		}
	}
	imp.mapping.KeepOriginal = keep
	imp.buildPreview()
}

// previewNotes lists the converted columns and the rows left out on purpose.
func previewNotes(p *xlsx.Preview) string {
	var lines []string
	for _, c := range p.Converted {
		lines = append(lines, lang.L("Chuyển mã: ")+c.Text()+".")
	}
	for _, s := range p.Skipped {
		l := fmt.Sprintf(lang.L("Bỏ qua dòng %d: %s"), s.Line, s.Message)
		if s.Value != "" {
			l += " (\"" + s.Value + "\")"
		}
		lines = append(lines, l+".")
	}
	return strings.Join(lines, "\n")
}

// saveErrors writes the rows in error as a workbook to fix and import again.
func (imp *importer) saveErrors() {
	name := strings.TrimSuffix(imp.table.File, filepath.Ext(imp.table.File)) + " - cac dong loi.xlsx"
	imp.ui.pickSavePath(name, func(path string) {
		var b bytes.Buffer
		if err := xlsx.WriteErrors(&b, imp.preview); err != nil {
			imp.ui.showError(data.Internal(err, "ghi danh sách lỗi"))
			return
		}
		if err := writeUserFile(path, b.Bytes()); err != nil {
			imp.ui.showError(err)
			return
		}
		dialog.ShowInformation(lang.L("Đã lưu"), fmt.Sprintf(lang.L("Đã lưu %s dòng lỗi vào %s. Sửa các ô tô màu rồi nhập lại tệp đó."),
			vn.FormatInt(int64(imp.preview.ErrorRows)), path), imp.ui.win)
	})
}

// saveTemplate writes the blank template.
func (imp *importer) saveTemplate() {
	imp.ui.pickSavePath("mau-danh-sach-doan-vien.xlsx", func(path string) {
		var b bytes.Buffer
		if err := xlsx.WriteTemplate(&b); err != nil {
			imp.ui.showError(data.Internal(err, "ghi file mẫu"))
			return
		}
		if err := writeUserFile(path, b.Bytes()); err != nil {
			imp.ui.showError(err)
			return
		}
		dialog.ShowInformation(lang.L("Đã lưu"), lang.L("Đã lưu file mẫu vào ")+path, imp.ui.win)
	})
}

// confirmCommit asks before writing when some rows will be left out.
func (imp *importer) confirmCommit() {
	p := imp.preview
	if p.ErrorRows == 0 {
		imp.runCommit()
		return
	}
	msg := fmt.Sprintf(lang.L("%s dòng lỗi sẽ không được nhập (có thể lưu ra Excel để sửa rồi nhập lại sau). Nhập %s dòng hợp lệ?"),
		vn.FormatInt(int64(p.ErrorRows)), vn.FormatInt(int64(p.New+p.Update)))
	d := dialog.NewConfirm(lang.L("Nhập các dòng hợp lệ"), msg, func(ok bool) {
		if ok {
			imp.runCommit()
		}
	}, imp.ui.win)
	d.SetConfirmText(lang.L("Nhập"))
	d.SetDismissText(lang.L("Hủy"))
	d.Show()
}

// runCommit writes the preview in one transaction in the background (the store backs
// the database up first), then shows the register.
func (imp *importer) runCommit() {
	u := imp.ui
	p := imp.preview
	b := p.Batch()
	imp.commit.Disable()
	imp.working(fmt.Sprintf(lang.L("Đang sao lưu dữ liệu rồi nhập %s đoàn viên…"), vn.FormatInt(int64(len(b.Creates)+len(b.Updates)))))
	m := p.Mapping // the mapping the preview was made with
	u.background(func() {
		err := u.svc.Store.ImportMembers(u.ctx, b)
		if err == nil {
			err = xlsx.SaveRemembered(u.ctx, u.svc.Store, m)
		}
		fyne.Do(func() {
			imp.working("")
			if err != nil {
				imp.commit.Enable()
				u.showError(err)
				return
			}
			u.backToRegister()
			var did []string
			if len(b.Creates) > 0 {
				did = append(did, fmt.Sprintf(lang.L("thêm %s đoàn viên mới"), vn.FormatInt(int64(len(b.Creates)))))
			}
			if len(b.Updates) > 0 {
				did = append(did, fmt.Sprintf(lang.L("cập nhật %s đoàn viên"), vn.FormatInt(int64(len(b.Updates)))))
			}
			msg := fmt.Sprintf(lang.L("Đã nhập từ %s: %s. Dữ liệu trước khi nhập đã được sao lưu."), p.Table.File, strings.Join(did, lang.L(" và ")))
			dialog.ShowInformation(lang.L("Đã nhập xong"), msg, u.win)
		})
	})
}
