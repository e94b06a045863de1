package ui

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// overviewScreen is Tổng quan: Việc cần làm (every deadline the rules give,
// soonest first, overdue in red) beside the year at a glance.
type overviewScreen struct {
	ui     *UI
	todos  []data.Todo
	list   *widget.List
	count  *widget.Label
	empty  *widget.Label
	glance *fyne.Container
}

func newOverviewScreen(u *UI) *overviewScreen { return &overviewScreen{ui: u} }

func (s *overviewScreen) build() fyne.CanvasObject {
	s.ui.rec.overview = s
	p := s.ui.profile
	info := widget.NewLabel("")
	info.Wrapping = fyne.TextWrapWord
	if p != nil {
		info.SetText(fmt.Sprintf("%s · Cấp trên: %s · Chủ tịch: %s · Nhiệm kỳ %s",
			p.Name, p.UpperName, p.ChairName, p.Term()))
	}
	s.count = widget.NewLabel(lang.L("Đang tải…"))
	s.empty = widget.NewLabel(lang.L("Không có việc nào đến hạn."))
	s.empty.Hide()
	s.list = widget.NewList(func() int { return len(s.todos) }, s.newRow, s.updateRow)
	s.list.OnSelected = func(i widget.ListItemID) {
		s.list.UnselectAll()
		if i >= 0 && i < len(s.todos) {
			td := s.todos[i]
			s.ui.leave(func() { s.ui.openTodo(td) }, nil) // another record is a way out of a form
		}
	}
	todoTitle := subheading(lang.L("Việc cần làm"))
	hint := widget.NewLabel(lang.L("Tính theo hồ sơ và ngày hôm nay; bấm vào một việc để mở hồ sơ."))
	hint.TextStyle.Italic = true
	todo := container.NewBorder(container.NewVBox(container.NewHBox(todoTitle, layout.NewSpacer(), s.count), hint, s.empty), nil, nil, nil, s.list)
	s.glance = container.NewVBox()
	right := container.NewVScroll(s.glance)
	split := container.NewHSplit(todo, right)
	split.Offset = 0.6
	s.ui.afterFirstFrame(func() { s.ui.background(s.load) })
	return container.NewBorder(container.NewVBox(heading(lang.L("Tổng quan")), info, widget.NewSeparator()), nil, nil, nil, split)
}

func (s *overviewScreen) newRow() fyne.CanvasObject {
	due := widget.NewLabelWithStyle("00/00/0000", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	late := widget.NewLabel("Quá hạn")
	title := newCutLabel("")
	about := newCutLabel("")
	about.TextStyle.Italic = true
	left := container.NewVBox(due, late)
	return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(120, left.MinSize().Height), left), nil,
		container.NewVBox(title, about))
}

func (s *overviewScreen) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(s.todos) {
		return
	}
	t := s.todos[i]
	row := o.(*fyne.Container)
	left := row.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	texts := row.Objects[0].(*fyne.Container)
	due, late := left.Objects[0].(*widget.Label), left.Objects[1].(*widget.Label)
	title, about := labelOf(texts.Objects[0]), labelOf(texts.Objects[1])
	imp := widget.MediumImportance
	late.SetText("")
	if t.Overdue {
		imp = widget.DangerImportance
		days := int(vn.Day(s.ui.svc.Now()).Sub(t.Due).Hours() / 24)
		late.SetText(fmt.Sprintf("Quá hạn %d ngày", days))
	} else if d := int(t.Due.Sub(vn.Day(s.ui.svc.Now())).Hours() / 24); d <= 7 {
		imp = widget.WarningImportance
		late.SetText(map[bool]string{true: "Hôm nay", false: fmt.Sprintf("Còn %d ngày", d)}[d == 0])
	}
	late.Importance = imp
	due.Importance = imp
	title.Importance = imp
	due.SetText(vn.FormatDate(t.Due))
	title.SetText(t.Title)
	about.SetText(t.RecordName())
	late.Refresh()
	due.Refresh()
	title.Refresh()
}

// overviewFacts is what load gathers off the UI goroutine.
type overviewFacts struct {
	tally data.MemberTally
	flow  data.MemberFlow
	in    data.TodoInput
	todos []data.Todo
	err   error
}

func (s *overviewScreen) load() {
	var f overviewFacts
	u := s.ui
	f.tally, f.err = u.svc.Store.MemberTally(u.ctx)
	today := u.svc.Now()
	if f.err == nil {
		f.in, f.err = data.LoadTodoInput(u.ctx, u.svc.Store, u.svc.Store, u.profile)
		if f.err == nil {
			f.flow, f.err = u.svc.Store.MemberFlow(u.ctx, today.Year())
		}
		if f.err == nil {
			_, cal := u.rules()
			f.todos = data.Todos(f.in, today, cal)
		}
	}
	fyne.Do(func() {
		if f.err != nil {
			s.count.SetText("")
			u.showError(f.err)
			return
		}
		s.show(&f)
	})
}

func (s *overviewScreen) show(f *overviewFacts) {
	s.todos = f.todos
	overdue := 0
	for _, t := range f.todos {
		if t.Overdue {
			overdue++
		}
	}
	s.count.SetText(fmt.Sprintf("%d việc · %d quá hạn", len(f.todos), overdue))
	if overdue > 0 {
		s.count.Importance = widget.DangerImportance
	}
	s.count.Refresh()
	s.empty.Hidden = len(f.todos) > 0
	s.empty.Refresh()
	s.list.Refresh()

	today := s.ui.svc.Now()
	year := today.Year()
	var lines [][2]string
	add := func(k, v string) { lines = append(lines, [2]string{k, v}) }
	in := f.in
	conf := "Chưa tổ chức"
	for _, c := range data.Conferences.In(in.Records) {
		if c.Year == year && !c.Extraordinary && c.Held(today) {
			conf = "Đã tổ chức " + vn.FormatDate(c.Date)
			if !c.Quorate(in.Settings) {
				conf += " (không đủ số người dự)"
			}
		}
	}
	add("Hội nghị người lao động", conf)
	counts := map[data.DialogueKind]int{}
	for _, d := range data.Dialogues.In(in.Records) {
		if d.Held(today) && d.Date.Year() == year {
			counts[d.Kind]++
		}
	}
	add("Đối thoại đã tổ chức", fmt.Sprintf("Định kỳ %d · Theo yêu cầu %d · Vụ việc %d",
		counts[data.DialoguePeriodic], counts[data.DialogueRequested], counts[data.DialogueCase]))
	add("Đại diện đối thoại", repListSummary(in, today))
	agr, rating := "Chưa có thỏa ước", "—"
	neg := negotiating(data.Bargainings.In(in.Records))
	for _, a := range data.Agreements.In(in.Records) {
		st := a.Status(today, neg, in.Settings)
		if !st.InForce() {
			continue
		}
		agr = st.Label() + " (đến hết " + vn.FormatDate(a.Expiry()) + ")"
		if st == data.AgreementGrace {
			agr = st.Label() + " (hết hạn " + vn.FormatDate(a.Expiry()) + ")"
		}
		rating = "Chưa xếp loại"
		if r, ok := a.RatingOf(year); ok {
			rating = r.Grade.Label()
		}
		break
	}
	add("Thỏa ước lao động tập thể", agr)
	add("Xếp loại thỏa ước năm "+strconv.Itoa(year), rating)

	t := f.tally
	current := t.Current
	members := vn.FormatInt(int64(current))
	if p := s.ui.profile; p != nil && p.WorkersTotal > 0 {
		members += " (" + vn.Percent(int64(current), int64(p.WorkersTotal)) + " của " + vn.FormatInt(int64(p.WorkersTotal)) + " lao động)"
	}
	add("Đoàn viên hiện có", members)
	add("Đoàn viên nữ", vn.FormatInt(int64(t.Female))+" ("+vn.Percent(int64(t.Female), int64(current))+")")
	add("Vào công đoàn năm "+strconv.Itoa(year), vn.FormatInt(int64(f.flow.Joined))+" (kết nạp, chuyển đến)")
	add("Ra khỏi, chuyển đi năm "+strconv.Itoa(year), vn.FormatInt(int64(f.flow.Left)))

	add("Tạm dừng sinh hoạt", vn.FormatInt(int64(t.Suspended)))
	add("Người nước ngoài", vn.FormatInt(int64(t.Foreign)))
	objs := make([]fyne.CanvasObject, 0, 2*len(lines))
	for _, kv := range lines {
		k := widget.NewLabelWithStyle(kv[0], fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		v := widget.NewLabel(kv[1])
		v.Wrapping = fyne.TextWrapWord
		objs = append(objs, k, v)
	}
	s.glance.Objects = []fyne.CanvasObject{subheading(fmt.Sprintf(lang.L("Năm %d nhìn nhanh"), year)), container.New(layout.NewFormLayout(), objs...)}
	s.glance.Refresh()
}

// repListSummary is the current representative list as one line.
func repListSummary(in data.TodoInput, today time.Time) string {
	lists := data.RepLists.In(in.Records)
	if len(lists) == 0 {
		return "Chưa có danh sách"
	}
	l := lists[0]
	for _, x := range lists {
		if x.From.After(l.From) {
			l = x
		}
	}
	headcount := l.Headcount
	if in.Profile != nil && in.Profile.WorkersTotal > 0 {
		headcount = in.Profile.WorkersTotal
	}
	on := vn.Day(today)
	if on.After(l.To) {
		on = l.To
	}
	active := l.Active(on)
	lo, hi := data.RepresentativeBand(headcount)
	return fmt.Sprintf("%d người, %d nữ (cần %s), đến %s", len(active), data.Women(active), data.BandText(lo, hi), vn.FormatDate(l.To))
}

// openTodo opens the record of a todo. A record still to be written opens on the
// period the todo is about: an overdue KPCĐ month opens that month's form.
func (u *UI) openTodo(td data.Todo) {
	if td.Record.ID == 0 && !td.Period.IsZero() && td.Record.Kind == data.KindKPCD {
		u.rec.kpcdMonth = data.MonthOf(td.Period)
	}
	u.openRecord(td.Record)
}
