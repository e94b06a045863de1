package ui

import (
	"bytes"
	"fmt"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// settingExportColumns remembers the columns the chair last exported.
const settingExportColumns = "xuat_excel.cot"

// The export formats offered.
var (
	formatXLSX     = "Excel (.xlsx)"
	formatCSV      = "CSV (.csv, mở được bằng Excel)"
	formatTemplate = "Theo mẫu danh sách của cấp trên (.xlsx)"
)

// exportDialog exports the register as shown: the rows the filters keep, in the
// order of the table, with the columns the chair ticks, to .xlsx or .csv, or into the
// upper level's own list template.
type exportDialog struct {
	ui      *UI
	ids     []int64
	format  *widget.RadioGroup
	preset  *widget.Select
	checks  map[xlsx.Field]*widget.Check
	order   []xlsx.Field // the preset's column order; other ticked columns follow it
	setting bool         // the checks are being set from a preset
	colBox  fyne.CanvasObject
}

// Column presets.
var (
	presetRegister = "Như bảng đoàn viên"
	presetAll      = "Đầy đủ mọi thông tin"
	presetCustom   = "Tự chọn"
)

// showExport opens the export dialog for the rows on screen.
func (r *registerScreen) showExport() {
	ids := make([]int64, len(r.shown))
	for i, j := range r.shown {
		ids[i] = r.sorted[j].ID
	}
	if len(ids) == 0 {
		dialog.ShowInformation(lang.L("Xuất Excel"), lang.L("Bảng đang không có đoàn viên nào để xuất."), r.ui.win)
		return
	}
	e := &exportDialog{ui: r.ui, ids: ids}
	e.show()
}

func (e *exportDialog) show() {
	u := e.ui
	e.checks = map[xlsx.Field]*widget.Check{}
	grid := container.NewGridWithColumns(4)
	for _, f := range xlsx.AllColumns() {
		c := widget.NewCheck(f.Title(), func(bool) { e.ticked() })
		e.checks[f] = c
		grid.Add(c)
	}
	e.preset = widget.NewSelect([]string{presetRegister, presetAll, presetCustom}, func(s string) {
		if s != presetCustom {
			e.setColumns(e.presetColumns(s))
		}
	})
	if saved := e.savedColumns(); len(saved) > 0 {
		e.setColumns(saved)
		e.preset.SetSelected(presetCustom)
		for _, p := range []string{presetRegister, presetAll} {
			if sameColumns(saved, e.presetColumns(p)) {
				e.preset.SetSelected(p)
			}
		}
	} else {
		e.preset.SetSelected(presetRegister)
	}
	e.colBox = container.NewVBox(container.NewHBox(widget.NewLabel(lang.L("Cột:")), fixedWidth(260, e.preset)), grid)
	tmplNote := widget.NewLabel(lang.L("Chọn tệp mẫu (.xlsx) cấp trên gửi ở bước sau: phần mềm nhận ra các cột theo tiêu đề và điền danh sách vào dưới dòng tiêu đề, giữ nguyên phần đầu và phần chữ ký của mẫu."))
	tmplNote.Wrapping = fyne.TextWrapWord
	tmplNote.Hide()
	e.format = widget.NewRadioGroup([]string{formatXLSX, formatCSV, formatTemplate}, func(s string) {
		if s == formatTemplate {
			e.colBox.Hide()
			tmplNote.Show()
		} else {
			e.colBox.Show()
			tmplNote.Hide()
		}
	})
	e.format.SetSelected(formatXLSX)
	intro := widget.NewLabel(fmt.Sprintf(lang.L("Xuất %s đoàn viên đang hiện trong bảng, theo bộ lọc và thứ tự sắp xếp hiện tại."),
		vn.FormatInt(int64(len(e.ids)))))
	intro.Wrapping = fyne.TextWrapWord
	content := container.NewVBox(intro, widget.NewLabel(lang.L("Định dạng:")), e.format, tmplNote, widget.NewSeparator(), e.colBox)
	d := dialog.NewCustomConfirm(lang.L("Xuất danh sách đoàn viên"), lang.L("Xuất…"), lang.L("Hủy"), container.NewVScroll(content), func(ok bool) {
		if ok {
			e.run()
		}
	}, u.win)
	d.Resize(fyne.NewSize(920, 600))
	d.Show()
}

// ticked follows a tick by hand: the columns no longer match a preset.
func (e *exportDialog) ticked() {
	if e.setting || e.preset == nil {
		return
	}
	chosen := e.chosen()
	for _, p := range []string{presetRegister, presetAll} {
		if sameColumns(chosen, e.presetColumns(p)) {
			if e.preset.Selected != p {
				e.preset.SetSelected(p)
			}
			return
		}
	}
	if e.preset.Selected != presetCustom {
		e.preset.SetSelected(presetCustom)
	}
}

// presetColumns are the columns of a preset.
func (e *exportDialog) presetColumns(p string) []xlsx.Field {
	if p == presetAll {
		return xlsx.AllColumns()
	}
	return xlsx.RegisterColumns
}

// setColumns ticks exactly cols and takes their order.
func (e *exportDialog) setColumns(cols []xlsx.Field) {
	e.setting = true
	defer func() { e.setting = false }()
	e.order = cols
	want := map[xlsx.Field]bool{}
	for _, c := range cols {
		want[c] = true
	}
	for f, c := range e.checks {
		c.SetChecked(want[f])
	}
}

// chosen are the ticked columns: in the preset's order, then the others ticked.
func (e *exportDialog) chosen() []xlsx.Field {
	var out []xlsx.Field
	seen := map[xlsx.Field]bool{}
	for _, f := range e.order {
		if c, ok := e.checks[f]; ok && c.Checked {
			out = append(out, f)
			seen[f] = true
		}
	}
	for _, f := range xlsx.AllColumns() {
		if !seen[f] && e.checks[f].Checked {
			out = append(out, f)
		}
	}
	return out
}

// sameColumns reports whether a and b hold the same columns, in any order.
func sameColumns(a, b []xlsx.Field) bool {
	if len(a) != len(b) {
		return false
	}
	in := map[xlsx.Field]bool{}
	for _, f := range a {
		in[f] = true
	}
	for _, f := range b {
		if !in[f] {
			return false
		}
	}
	return true
}

// savedColumns are the columns of the last export, if any.
func (e *exportDialog) savedColumns() []xlsx.Field {
	v, ok, err := e.ui.svc.Store.Setting(e.ui.ctx, settingExportColumns)
	if err != nil || !ok {
		return nil
	}
	var out []xlsx.Field
	for _, name := range strings.Split(v, ",") {
		if f, ok := xlsx.ParseField(name); ok && f != xlsx.Skip {
			out = append(out, f)
		}
	}
	return out
}

// run asks for the files and exports in the background.
func (e *exportDialog) run() {
	u := e.ui
	cols := e.chosen()
	switch e.format.Selected {
	case formatTemplate:
		u.pickOpenPath([]string{".xlsx"}, func(tmpl string) {
			name := strings.TrimSuffix(filepath.Base(tmpl), filepath.Ext(tmpl)) + " - da dien.xlsx"
			u.pickSavePath(name, func(out string) { e.write(out, nil, tmpl) })
		})
		return
	case formatCSV:
		if len(cols) == 0 {
			u.showError(&data.Error{Code: data.EINVALID, Message: "Hãy chọn ít nhất một cột"})
			return
		}
		u.pickSavePath("danh-sach-doan-vien.csv", func(out string) { e.write(out, cols, "") })
	default:
		if len(cols) == 0 {
			u.showError(&data.Error{Code: data.EINVALID, Message: "Hãy chọn ít nhất một cột"})
			return
		}
		u.pickSavePath("danh-sach-doan-vien.xlsx", func(out string) { e.write(out, cols, "") })
	}
}

// write exports to out: with cols as .xlsx or .csv (by out's extension), or into tmpl.
func (e *exportDialog) write(out string, cols []xlsx.Field, tmpl string) {
	u := e.ui
	prog := dialog.NewCustomWithoutButtons(lang.L("Đang xuất…"), widget.NewProgressBarInfinite(), u.win)
	prog.Show()
	if len(cols) > 0 {
		var names []string
		for _, c := range cols {
			names = append(names, string(c))
		}
		if err := u.svc.Store.Remember(u.ctx, settingExportColumns, strings.Join(names, ",")); err != nil {
			u.showError(err)
		}
	}
	ids := e.ids
	u.background(func() {
		n, used, err := exportTo(u, ids, out, cols, tmpl)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(err)
				return
			}
			msg := fmt.Sprintf(lang.L("Đã xuất %s đoàn viên ra %s."), vn.FormatInt(int64(n)), out)
			if used != "" {
				msg += "\n" + lang.L("Các cột đã điền theo mẫu: ") + used
			}
			u.showSaved(lang.L("Đã xuất"), msg, out)
		})
	})
}

// exportTo loads the members in order and writes the file; used lists the template's
// filled columns.
func exportTo(u *UI, ids []int64, out string, cols []xlsx.Field, tmpl string) (n int, used string, err error) {
	ms := xlsx.Members(u.ctx, u.svc.Store, ids)
	var b bytes.Buffer
	switch {
	case tmpl != "":
		raw, err := os.ReadFile(tmpl)
		if err != nil {
			return 0, "", &data.Error{Code: data.EINVALID, Err: err, Message: "Không đọc được tệp mẫu " + tmpl}
		}
		remembered, err := xlsx.LoadRemembered(u.ctx, u.svc.Store)
		if err != nil {
			return 0, "", err
		}
		var list []*data.Member
		for m, err := range ms {
			if err != nil {
				return 0, "", err
			}
			list = append(list, m)
		}
		m, err := xlsx.FillTemplate(filepath.Base(tmpl), raw, &b, list, remembered)
		if err != nil {
			return 0, "", err
		}
		var names []string
		for i, f := range m.Fields {
			if f != xlsx.Skip {
				names = append(names, m.Headers[i])
			}
		}
		used = strings.Join(names, ", ")
	case strings.EqualFold(filepath.Ext(out), ".csv"):
		err = xlsx.WriteCSVSeq(&b, count(ms, &n), cols)
	default:
		sub := lang.L("Ngày xuất: ") + vn.FormatDate(u.svc.Now()) + " · " + vn.FormatInt(int64(len(ids))) + lang.L(" đoàn viên")
		if u.profile != nil && u.profile.Name != "" {
			sub = u.profile.Name + " · " + sub
		}
		err = xlsx.WriteXLSXSeq(&b, count(ms, &n), xlsx.ExportOptions{Columns: cols, Subtitle: sub})
	}
	if err != nil {
		return 0, "", data.Internal(err, "ghi tệp xuất")
	}
	if tmpl != "" {
		n = len(ids)
	}
	return n, used, writeUserFile(out, b.Bytes())
}

// count passes a stream through, counting its members into n.
func count(ms iter.Seq2[*data.Member, error], n *int) iter.Seq2[*data.Member, error] {
	return func(yield func(*data.Member, error) bool) {
		for m, err := range ms {
			if err == nil {
				*n++
			}
			if !yield(m, err) {
				return
			}
		}
	}
}
