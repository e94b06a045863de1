package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// trashScreen is the Thùng rác section: every record moved to the trash, of every
// kind (members and each kind of the registry, so a kind added later appears by
// itself), grouped by kind with the date it was deleted, each one "Khôi phục"
// from back. Nothing is ever hard-deleted.
type trashScreen struct {
	ui    *UI
	items []data.TrashItem
	rows  []trashRow
	list  *widget.List
	note  *widget.Label
	body  *fyne.Container
}

// trashRow is a line of the list: a kind's heading (item nil) or one record.
type trashRow struct {
	heading string
	item    *data.TrashItem
}

func newTrashScreen(u *UI) *trashScreen {
	s := &trashScreen{ui: u}
	u.rec.trash = s
	return s
}

func (s *trashScreen) build() fyne.CanvasObject {
	s.note = widget.NewLabel("")
	s.note.Wrapping = fyne.TextWrapWord
	s.note.Hide()
	help := widget.NewLabel(lang.L("Hồ sơ đã chuyển vào thùng rác không hiện trong danh sách và báo cáo. Bấm \"Khôi phục\" để đưa trở lại; không có gì bị xóa hẳn."))
	help.Wrapping = fyne.TextWrapWord
	s.list = widget.NewList(
		func() int { return len(s.rows) },
		func() fyne.CanvasObject {
			restore := widget.NewButtonWithIcon(lang.L("Khôi phục"), theme.ContentUndoIcon(), nil)
			when := widget.NewLabel("Xóa ngày 00/00/0000 00:00")
			title := newCutLabel("")
			return container.NewBorder(nil, nil, nil, container.NewHBox(when, restore), title)
		},
		s.updateRow)
	s.body = container.NewStack()
	s.load()
	top := container.NewVBox(heading(lang.L("Thùng rác")), help, s.note)
	return container.NewBorder(top, nil, nil, nil, s.body)
}

// load reads the trash and groups it by kind, in the order the store gives
// (members first, then the registry's order).
func (s *trashScreen) load() {
	items, err := s.ui.svc.Store.TrashList(s.ui.ctx)
	if err != nil {
		s.ui.showError(err)
	}
	s.items = items
	s.rows = s.rows[:0]
	count := map[data.RecordKind]int{}
	for _, it := range items {
		count[it.Ref.Kind]++
	}
	var last data.RecordKind
	for i := range items {
		if k := items[i].Ref.Kind; k != last || i == 0 {
			s.rows = append(s.rows, trashRow{heading: k.Label() + " (" + strconv.Itoa(count[k]) + ")"})
			last = k
		}
		s.rows = append(s.rows, trashRow{item: &items[i]})
	}
	if len(items) == 0 {
		s.body.Objects = []fyne.CanvasObject{widget.NewLabel(lang.L("Thùng rác trống."))}
	} else {
		s.body.Objects = []fyne.CanvasObject{s.list}
	}
	s.body.Refresh()
	s.list.Refresh()
}

func (s *trashScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	title := labelOf(c.Objects[0])
	right := c.Objects[1].(*fyne.Container)
	when, restore := right.Objects[0].(*widget.Label), right.Objects[1].(*widget.Button)
	r := s.rows[i]
	if r.item == nil {
		title.TextStyle.Bold = true
		title.SetText(r.heading)
		when.Hide()
		restore.Hide()
		return
	}
	title.TextStyle.Bold = false
	title.SetText("    " + r.item.Title)
	when.SetText(lang.L("Xóa ngày") + " " + formatStamp(r.item.DeletedAt))
	when.Show()
	restore.Show()
	item := *r.item
	restore.OnTapped = func() { s.restore(item) }
}

// restore takes a record out of the trash and says where it went back to.
func (s *trashScreen) restore(it data.TrashItem) {
	if err := s.ui.svc.Store.RestoreRecord(s.ui.ctx, it.Ref); err != nil {
		s.ui.showError(err)
		return
	}
	where := lang.L("danh sách đoàn viên")
	if it.Ref.Kind == data.KindMember {
		s.ui.register.reload()
	} else {
		where = lang.L("mục") + " " + sectionOf(it.Ref.Kind)
	}
	s.note.Importance = widget.SuccessImportance
	s.note.SetText(lang.L("Đã khôi phục") + " \"" + it.Title + "\" " + lang.L("vào") + " " + where + ".")
	s.note.Show()
	s.load()
}

// showTrash opens the Thùng rác section (the register's button leads there too).
func (u *UI) showTrash() {
	for i, sec := range u.sections {
		if sec.title == lang.L("Thùng rác") {
			u.highlight(i)
			u.open(i)
			return
		}
	}
}
