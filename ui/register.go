package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// registerScreen is the member register: search, filters, a live count and the table.
// All rows are loaded by one query; searching, filtering and sorting work on that slice.
type registerScreen struct {
	ui *UI

	byName  []data.MemberRow // every member, in register order, as loaded
	sorted  []data.MemberRow // byName re-sorted by the chosen column
	shown   []int32          // indexes into sorted of the rows that pass the filter
	units   []data.Unit
	sortCol data.SortColumn
	desc    bool
	filter  data.MemberFilter

	search      *widget.Entry
	statusSel   *widget.Select
	sexSel      *widget.Select
	unitSel     *widget.Select
	nationSel   *widget.Select
	count       *widget.Label
	table       *widget.Table
	object      fyne.CanvasObject
	onLoaded    func() // tests wait on this
	loadPending bool
}

func newRegisterScreen(u *UI) *registerScreen {
	return &registerScreen{ui: u, filter: data.MemberFilter{InUnion: true}}
}

// Status filter choices: current members first, the way a chair reads the register.
var (
	statusAllCurrent = "Đoàn viên hiện có"
	statusAll        = "Tất cả trạng thái"
	sexAll           = "Nam và nữ"
	unitAll          = "Tất cả bộ phận"
	unitNone         = "(Chưa có bộ phận)"
	nationAll        = "Mọi quốc tịch"
	nationForeign    = "Người nước ngoài"
)

// columnWidths of STT and then data.RegisterColumns, fitted to a 1366-px screen.
var columnWidths = []float32{58, 224, 100, 76, 172, 160, 106, 160}

func (r *registerScreen) build() fyne.CanvasObject {
	if r.object != nil {
		r.reload()
		return r.object
	}
	r.search = widget.NewEntry()
	r.search.SetPlaceHolder(lang.L("Tìm theo tên, CCCD, điện thoại, mã đoàn viên…"))
	r.search.OnChanged = func(s string) { r.filter.Search = s; r.apply() }
	r.search.ActionItem = widget.NewIcon(theme.SearchIcon())

	statuses := []string{statusAllCurrent, statusAll}
	for _, s := range data.Statuses {
		statuses = append(statuses, s.Label())
	}
	r.statusSel = widget.NewSelect(statuses, func(s string) {
		r.filter.InUnion, r.filter.Status = false, ""
		switch s {
		case statusAllCurrent:
			r.filter.InUnion = true
		case statusAll:
		default:
			for _, st := range data.Statuses {
				if st.Label() == s {
					r.filter.Status = st
				}
			}
		}
		r.apply()
	})
	r.statusSel.SetSelected(statusAllCurrent)
	r.sexSel = widget.NewSelect([]string{sexAll, "Nam", "Nữ"}, func(s string) {
		r.filter.Sex, _ = data.ParseSex(s)
		if s == sexAll {
			r.filter.Sex = data.SexUnknown
		}
		r.apply()
	})
	r.sexSel.SetSelected(sexAll)
	r.unitSel = widget.NewSelect([]string{unitAll}, func(s string) { r.filter.UnitID = r.unitID(s); r.apply() })
	r.unitSel.SetSelected(unitAll)
	r.nationSel = widget.NewSelect([]string{nationAll, data.Vietnam, nationForeign}, func(s string) {
		r.filter.Nationality, r.filter.ForeignOnly = "", false
		switch s {
		case nationAll:
		case nationForeign:
			r.filter.ForeignOnly = true
		default:
			r.filter.Nationality = s
		}
		r.apply()
	})
	r.nationSel.SetSelected(nationAll)

	r.count = widget.NewLabelWithStyle(lang.L("Đang tải…"), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
	r.table = r.newTable()

	add := widget.NewButtonWithIcon(lang.L("Thêm đoàn viên"), theme.ContentAddIcon(), func() { r.ui.openMemberForm(nil) })
	add.Importance = widget.HighImportance
	units := widget.NewButtonWithIcon(lang.L("Bộ phận"), theme.ListIcon(), func() { r.ui.showUnits() })
	trash := widget.NewButtonWithIcon(lang.L("Thùng rác"), theme.DeleteIcon(), func() { r.ui.showTrash() })

	importBtn := widget.NewButtonWithIcon(lang.L("Nhập từ Excel"), theme.UploadIcon(), r.ui.showImporter)
	exportBtn := widget.NewButtonWithIcon(lang.L("Xuất Excel"), theme.DownloadIcon(), r.showExport)
	top := container.NewBorder(nil, nil, heading(lang.L("Đoàn viên")), container.NewHBox(importBtn, exportBtn, units, trash, add))
	h := r.search.MinSize().Height
	fixed := func(w float32, o fyne.CanvasObject) fyne.CanvasObject {
		return container.NewGridWrap(fyne.NewSize(w, h), o)
	}
	filters := container.NewBorder(nil, nil, nil,
		container.NewHBox(fixed(200, r.statusSel), fixed(120, r.sexSel), fixed(190, r.unitSel), fixed(170, r.nationSel)), r.search)
	bottom := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Bấm vào tiêu đề cột để sắp xếp; bấm vào một dòng để xem chi tiết.")), r.count)
	r.object = container.NewBorder(container.NewVBox(top, filters), bottom, nil, nil, r.table)
	r.reload()
	return r.object
}

func (r *registerScreen) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(r.shown), len(data.RegisterColumns) + 1 },
		func() fyne.CanvasObject {
			l := widget.NewLabel("Nguyễn Thị Minh Khai")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row >= len(r.shown) {
				l.SetText("")
				return
			}
			if id.Col == 0 {
				l.SetText(vn.FormatInt(int64(id.Row + 1)))
				return
			}
			l.SetText(data.RegisterColumns[id.Col-1].Text(&r.sorted[r.shown[id.Row]]))
		},
	)
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		b.IconPlacement = widget.ButtonIconTrailingText
		return b
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col == 0 {
			b.SetText("STT")
			b.SetIcon(nil)
			b.OnTapped = nil
			return
		}
		col := data.RegisterColumns[id.Col-1]
		b.SetText(col.Title)
		// The sort direction is a theme icon: the ▲ ▼ characters are not in Fyne's
		// bundled font and show as boxes on Windows (issue 12 §2).
		switch {
		case col.Sort != r.sortCol:
			b.SetIcon(nil)
		case r.desc:
			b.SetIcon(theme.MenuDropDownIcon())
		default:
			b.SetIcon(theme.MenuDropUpIcon())
		}
		b.OnTapped = func() { r.sortBy(col.Sort) }
	}
	for i, w := range columnWidths {
		t.SetColumnWidth(i, w)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row >= 0 && id.Row < len(r.shown) {
			memberID := r.sorted[r.shown[id.Row]].ID
			t.UnselectAll()
			r.ui.openMember(memberID)
		}
	}
	return t
}

// reload fetches the rows in the background and refreshes the table on the UI goroutine.
func (r *registerScreen) reload() {
	if r.loadPending {
		return
	}
	r.loadPending = true
	r.ui.background(func() {
		rows, err := r.ui.svc.Store.MemberRows(r.ui.ctx)
		var units []data.Unit
		if err == nil {
			units, err = r.ui.svc.Store.Units(r.ui.ctx)
		}
		fyne.Do(func() {
			r.loadPending = false
			if err != nil {
				r.count.SetText(lang.L("Không tải được danh sách"))
				r.ui.showError(err)
				return
			}
			r.setRows(rows, units)
			if r.onLoaded != nil {
				r.onLoaded()
			}
		})
	})
}

func (r *registerScreen) setRows(rows []data.MemberRow, units []data.Unit) {
	r.byName, r.units = rows, units
	opts := []string{unitAll}
	for _, u := range units {
		opts = append(opts, u.Name)
	}
	opts = append(opts, unitNone)
	r.unitSel.Options = opts
	if r.unitID(r.unitSel.Selected) == 0 && r.unitSel.Selected != unitAll {
		r.unitSel.SetSelected(unitAll) // the chosen unit was merged away
	}
	r.unitSel.Refresh()
	nations := map[string]bool{}
	for i := range rows {
		if rows[i].Foreign() {
			nations[rows[i].Nationality] = true
		}
	}
	nopts := []string{nationAll, data.Vietnam, nationForeign}
	var foreign []string
	for n := range nations {
		foreign = append(foreign, n)
	}
	sort.Slice(foreign, func(i, j int) bool { return string(vn.SortKey(foreign[i])) < string(vn.SortKey(foreign[j])) })
	r.nationSel.Options = append(nopts, foreign...)
	r.nationSel.Refresh()
	r.resort()
}

func (r *registerScreen) unitID(name string) int64 {
	switch name {
	case unitAll, "":
		return 0
	case unitNone:
		return -1
	}
	for _, u := range r.units {
		if u.Name == name {
			return u.ID
		}
	}
	return 0
}

func (r *registerScreen) sortBy(col data.SortColumn) {
	if r.sortCol == col {
		r.desc = !r.desc
	} else {
		r.sortCol, r.desc = col, false
	}
	r.resort()
}

func (r *registerScreen) resort() {
	r.sorted = append(r.sorted[:0], r.byName...)
	data.SortRows(r.sorted, r.sortCol, r.desc)
	r.apply()
}

// apply filters the sorted rows and refreshes the table and the count.
func (r *registerScreen) apply() {
	if r.table == nil || r.byName == nil {
		return
	}
	r.shown = r.filter.Filter(r.sorted)
	c := data.CountRows(r.sorted, r.shown)
	r.count.SetText(fmt.Sprintf("%s đoàn viên · %s nữ", vn.FormatInt(int64(c.Total)), vn.FormatInt(int64(c.Female))))
	r.table.Refresh()
	r.table.ScrollToTop()
}
