package ui

import (
	"fmt"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
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

	search      *formEntry
	statusSel   *widget.Select
	sexSel      *widget.Select
	unitSel     *widget.Select
	nationSel   *widget.Select
	count       *widget.Label
	table       *widget.Table
	object      fyne.CanvasObject
	onLoaded    func() // tests wait on this
	onShown     func() // called each time the table shows a new filter's rows (benchmarks)
	loadPending bool
	// apply's state: a filter is running off the UI goroutine; another change came
	// meanwhile; the number of the newest change.
	filtering, refilter bool
	generation          int
	next                []data.MemberRow // the newest sorting, shown with the next filter
	announce            bool             // a load is waiting to be shown (onLoaded)
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
	r.search = newFormEntry()
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
	// The search box has a row of its own, as wide as the screen: beside four
	// filters it shrank to "Tìm theo" on a 1024×600 netbook (issue 12 §3).
	filters := container.NewVBox(r.search,
		container.NewGridWithColumns(4, r.statusSel, r.sexSel, r.unitSel, r.nationSel))
	bottom := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Bấm vào tiêu đề cột để sắp xếp; bấm vào một dòng để xem chi tiết.")), r.count)
	r.object = container.NewBorder(container.NewVBox(top, filters), bottom, nil, nil, r.table)
	// Ctrl+F puts the cursor in the search box while the register is on screen.
	r.ui.addShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { r.focusSearch() })
	r.reload()
	return r.object
}

func (r *registerScreen) newTable() *widget.Table {
	t := widget.NewTableWithHeaders(
		func() (int, int) { return len(r.shown), len(data.RegisterColumns) + 1 },
		// Cells cut with "…" show their whole text on hover (tooltip.go).
		func() fyne.CanvasObject { return newTipLabel("Nguyễn Thị Minh Khai") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := labelOf(o)
			if id.Row >= len(r.shown) {
				l.SetText("")
				return
			}
			if id.Col == 0 {
				setCellText(l, vn.FormatInt(int64(id.Row+1)), columnWidths[0])
				return
			}
			setCellText(l, data.RegisterColumns[id.Col-1].Text(&r.sorted[r.shown[id.Row]]), columnWidths[id.Col])
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

// focusSearch focuses the search box, with its text selected so that typing replaces it.
func (r *registerScreen) focusSearch() {
	if len(r.ui.body.Objects) == 0 || r.ui.body.Objects[0] != r.object {
		return // another screen is in front
	}
	r.ui.win.Canvas().Focus(r.search)
	r.search.TypedShortcut(&fyne.ShortcutSelectAll{})
}

// setCellText shows text in a register cell of the given width, with an ellipsis only
// when it does not fit. A label that truncates shapes its whole text with HarfBuzz on
// every refresh, uncached: for the ~150 cells on screen that was most of a keystroke's
// time at 100,000 members. The width test uses Fyne's cached text measurement.
func setCellText(l *widget.Label, text string, width float32) {
	trunc := fyne.TextTruncateOff
	if fyne.MeasureText(text, theme.TextSize(), l.TextStyle).Width > width-2*theme.InnerPadding() {
		trunc = fyne.TextTruncateEllipsis
	}
	if l.Text == text && l.Truncation == trunc {
		return
	}
	l.Truncation = trunc
	l.SetText(text)
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
			r.announce = true
			r.setRows(rows, units) // onLoaded runs once the rows are on screen (show)
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
	// A new slice, never the old one re-sorted in place: a filter may be reading
	// the old one off the UI goroutine (apply).
	sorted := make([]data.MemberRow, len(r.byName))
	copy(sorted, r.byName)
	data.SortRows(sorted, r.sortCol, r.desc)
	r.next = sorted
	r.apply()
}

// apply filters the sorted rows off the UI goroutine and then shows them. Changes that
// come while a filter runs are coalesced: when it ends, only the newest filter runs
// next and older results are dropped. So a keystroke costs no waiting when the chair
// types slowly, and a fast typist's keys do not queue up work (issue 12 §7).
func (r *registerScreen) apply() {
	if r.table == nil || r.byName == nil {
		return
	}
	r.generation++
	if r.filtering {
		r.refilter = true
		return
	}
	r.filtering, r.refilter = true, false
	gen, f, rows := r.generation, r.filter, r.next
	r.ui.background(func() {
		shown := f.Filter(rows)
		c := data.CountRows(rows, shown)
		fyne.Do(func() {
			r.filtering = false
			if r.refilter {
				r.apply()
				return
			}
			if gen == r.generation {
				r.show(rows, shown, c)
			}
		})
	})
}

// show puts the filtered rows in the table (scrolled to the top) and the count below it.
func (r *registerScreen) show(rows []data.MemberRow, shown []int32, c data.Counts) {
	r.sorted, r.shown = rows, shown
	r.count.SetText(fmt.Sprintf("%s đoàn viên · %s nữ", vn.FormatInt(int64(c.Total)), vn.FormatInt(int64(c.Female))))
	r.table.ScrollToTop()
	r.table.Refresh()
	if r.announce && r.onLoaded != nil {
		r.onLoaded()
	}
	r.announce = false
	if r.onShown != nil {
		r.onShown()
	}
}
