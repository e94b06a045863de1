package ui

import (
	"fmt"
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

// The Đại hội section (issue 15): the list of congresses and the form of one —
// plan, delegates and attendance, personnel plan and candidates, the count of
// each election, and what follows (recognition file, seal, bank). The rules of
// DOMAIN-MODULES §C run as the chair types (checks) and again on save.

// congressListView is the Đại hội section: one row per congress.
type congressListView struct {
	ui    *UI
	items []data.Congress
	rows  [][]string
}

func newCongressSection(u *UI) *congressListView { return &congressListView{ui: u} }

func (v *congressListView) build() fyne.CanvasObject {
	u := v.ui
	_, cal := u.rules()
	cs, err := data.Congresses.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	v.items = cs
	for i := range cs {
		c := &cs[i]
		called, present := c.Attendance()
		att := "—"
		if present > 0 {
			att = vn.FormatInt(int64(present)) + "/" + vn.FormatInt(int64(called))
		}
		v.rows = append(v.rows, []string{"Lần thứ " + data.Roman(c.Number), c.Term(), orDash(vn.FormatDate(c.Date)),
			upperFirstWord(c.Form.Label()), vn.FormatInt(int64(c.Members)), att, recognitionState(c, cal)})
	}
	table := recordTable(
		[]string{"Đại hội", "Nhiệm kỳ", "Ngày", "Hình thức", "Đoàn viên", "Có mặt", "Hồ sơ công nhận"},
		[]float32{95, 100, 100, 135, 85, 75, 200},
		func() [][]string { return v.rows },
		func(i int) { u.openRecord(data.RecordRef{Kind: data.KindCongress, ID: v.items[i].ID}) })
	add := widget.NewButtonWithIcon(lang.L("Thêm đại hội"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindCongress}) })
	add.Importance = widget.HighImportance
	help := lang.L("Đại hội công đoàn cơ sở 5 năm một lần (Kế hoạch 22/KH-TLĐ cho nhiệm kỳ 2025 - 2030). Bấm vào một dòng để xem kế hoạch, đại biểu, ứng cử viên, kết quả kiểm phiếu và hạn gửi hồ sơ công nhận.")
	return containerWithHeading(lang.L("Đại hội công đoàn cơ sở"), listScreen(lang.L("Các kỳ đại hội"), help, table, len(cs) == 0, add))
}

func upperFirstWord(s string) string {
	if strings.HasPrefix(s, "đ") {
		return "Đ" + s[len("đ"):]
	}
	return s
}

// recognitionState is where the recognition file stands, for the list.
func recognitionState(c *data.Congress, cal *vn.Calendar) string {
	switch {
	case c.DecisionNo != "" || !c.DecisionDate.IsZero():
		return "Đã công nhận " + c.DecisionNo
	case !c.FileSent.IsZero():
		return "Đã gửi " + vn.FormatDate(c.FileSent) + ", chờ quyết định"
	case !c.FirstBCH.IsZero():
		return "Hạn gửi " + vn.FormatDate(c.RecognitionDue(cal))
	}
	return "—"
}

// congressForm adds or edits a congress.
type congressForm struct {
	*recordForm
	cong *data.Congress
	docs *widget.Button // "In văn bản đại hội": Báo cáo on this congress's documents
	rs   data.RuleSettings
	cal  *vn.Calendar
	// register is the member register by folded name, to find a candidate or
	// delegate typed by name (read once when the form opens).
	register map[string][]data.MemberRow

	number, termFrom, termTo, members *formEntry
	form                              *selectOf[data.CongressForm]
	consent, called, present, guests  *formEntry
	date                              *dateField
	place, theme                      *formEntry
	checks                            *widget.Label // the plan's checks, live
	quorum                            *widget.Label // the attendance, live

	bchSize, btvSize, ubktSize, ubktFromBCH *formEntry
	bchIncreased, directChair               *widget.Check
	band                                    *widget.Label

	organizers *rowEditor[data.CongressOrganizer]
	delegates  *rowEditor[data.CongressDelegate]
	candidates *rowEditor[data.CongressCandidate]
	elections  *rowEditor[electionEntry]
	budget     *rowEditor[data.CongressBudgetLine]

	firstBCH, fileSent, decisionDate *dateField
	decisionNo                       *formEntry
	sealDone, bankDone               *widget.Check
	deadline                         *widget.Label
	notes                            *formEntry
	allMembers                       *widget.Button

	ballots []*electionWidgets // every election row made, in order (tests reach them here)
	ready   bool               // every input built: the live checks may run
}

// electionWidgets are the inputs of one election row.
type electionWidgets struct {
	body                                            *selectOf[data.ElectionBody]
	round, seats, issued, collected, valid, invalid *formEntry
	votes                                           *rowEditor[data.CandidateVotes]
	voteEntries                                     map[string]*formEntry // by the name typed when the row was made
	fromList                                        *widget.Button
	result                                          *widget.Label
}

// electionEntry is one election with its votes, as one row of the form edits it.
type electionEntry struct {
	data.CongressElection
	Votes []data.CandidateVotes
}

// congressScreen opens the form of a congress (a new one for id 0).
func congressScreen(u *UI, id int64) (recordView, error) {
	c, err := loadRecord(u, data.Congresses, id)
	if err != nil {
		return nil, err
	}
	f := newCongressForm(u, c)
	u.rec.congress = f
	return f, nil
}

func newCongressForm(u *UI, c *data.Congress) *congressForm {
	f := &congressForm{cong: c}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindCongress) })
	f.rs, f.cal = u.rules()
	f.readRegister()
	live := func(e *formEntry) *formEntry {
		e.OnChanged = func(string) { f.update() }
		return e
	}
	f.number = live(numEntry("5"))
	f.termFrom, f.termTo = live(numEntry("2025")), live(numEntry("2030"))
	f.members = live(numEntry(lang.L("số đoàn viên tại ngày đại hội")))
	f.form = newSelectOf([]data.CongressForm{data.FormGeneral, data.FormDelegate}, func(x data.CongressForm) string { return upperFirstWord(x.Label()) },
		lang.L("Chọn hình thức"), func(data.CongressForm) { f.update() })
	f.consent = live(newFormEntry())
	f.consent.SetPlaceHolder(lang.L("số, ngày văn bản đồng ý của công đoàn cấp trên (nếu có)"))
	f.called = live(numEntry(lang.L("khi chưa lập danh sách đại biểu")))
	f.present = live(numEntry(lang.L("khi chưa lập danh sách đại biểu")))
	f.guests = live(numEntry("0"))
	f.date = u.dateInput(time.Time{})
	f.date.entry.OnChanged = func(string) { f.update() }
	f.place, f.theme = newFormEntry(), newFormEntry()
	f.theme.SetPlaceHolder(lang.L("chủ đề đại hội, ví dụ: Đoàn kết - Đổi mới - Phát triển"))
	f.checks, f.quorum, f.band, f.deadline = wrapLabel(), wrapLabel(), wrapLabel(), wrapLabel()
	f.bchSize, f.btvSize, f.ubktSize, f.ubktFromBCH = live(numEntry("")), live(numEntry("0")), live(numEntry("0")), live(numEntry("0"))
	f.bchIncreased = widget.NewCheck(lang.L("Cấp trên quyết định tăng số ủy viên (đề nghị bằng văn bản)"), func(bool) { f.update() })
	f.directChair = widget.NewCheck(lang.L("Bầu trực tiếp Chủ tịch tại đại hội (cấp trên quyết định)"), func(bool) { f.update() })
	f.firstBCH, f.fileSent, f.decisionDate = u.dateInput(time.Time{}), u.dateInput(time.Time{}), u.dateInput(time.Time{})
	f.firstBCH.entry.OnChanged = func(string) { f.update() }
	f.fileSent.entry.OnChanged = func(string) { f.update() }
	f.decisionNo = newFormEntry()
	f.sealDone = widget.NewCheck(lang.L("Đã đăng ký mẫu dấu, chữ ký của Chủ tịch mới"), nil)
	f.bankDone = widget.NewCheck(lang.L("Đã đổi chủ tài khoản ngân hàng"), nil)
	f.notes = multiLine(2)

	var org []data.CongressOrganizer
	var dels []data.CongressDelegate
	var cands []data.CongressCandidate
	var elects []electionEntry
	var budget []data.CongressBudgetLine
	if c != nil {
		f.fill(c)
		org, dels, cands, budget = c.Organizers, c.Delegates, c.Candidates, c.Budget
		for _, e := range c.Elections {
			elects = append(elects, electionEntry{CongressElection: e, Votes: c.Election(e.No).Candidates})
		}
		f.confirmTrash(c.Title(), data.RecordRef{Kind: data.KindCongress, ID: c.ID}, func() { u.backToSection(data.KindCongress) })
	} else {
		f.prefillNew()
	}
	f.organizers = newRowEditor(lang.L("Thêm người"), f.organizerRow, org)
	f.delegates = newRowEditor(lang.L("Thêm đại biểu"), f.delegateRow, dels)
	f.candidates = newRowEditor(lang.L("Thêm ứng cử viên"), f.candidateRow, cands)
	f.elections = newRowEditor(lang.L("Thêm cuộc bầu"), f.electionRow, elects)
	f.budget = newRowEditor(lang.L("Thêm khoản chi"), f.budgetRow, budget)
	f.ready = true
	f.update()
	return f
}

func wrapLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

// prefillNew proposes the next congress: the number after the last, the term
// after it, the members in the union today, the form their number gives.
func (f *congressForm) prefillNew() {
	u := f.ui
	number, from := 1, u.svc.Now().Year()
	if cs, err := data.Congresses.Store(u.svc.Store).List(u.ctx); err == nil {
		for _, o := range cs {
			if o.Number >= number {
				number, from = o.Number+1, o.TermTo
			}
		}
	}
	setNum(f.number, number)
	f.termFrom.SetText(strconv.Itoa(from))
	f.termTo.SetText(strconv.Itoa(from + 5))
	n := 0
	for _, rows := range f.register {
		for _, r := range rows {
			if r.Status.InUnion() {
				n++
			}
		}
	}
	setNum(f.members, n)
	f.form.set(data.RequiredCongressForm(n))
}

// readRegister indexes the register by folded full name.
func (f *congressForm) readRegister() {
	f.register = map[string][]data.MemberRow{}
	rows, err := f.ui.svc.Store.MemberRows(f.ui.ctx)
	if err != nil {
		f.ui.logError(err)
		return
	}
	for _, r := range rows {
		k := vn.Fold(r.Name)
		f.register[k] = append(f.register[k], r)
	}
}

func (f *congressForm) fill(c *data.Congress) {
	setNum(f.number, c.Number)
	f.termFrom.SetText(strconv.Itoa(c.TermFrom))
	f.termTo.SetText(strconv.Itoa(c.TermTo))
	setNum(f.members, c.Members)
	f.form.set(c.Form)
	f.consent.SetText(c.UpperConsent)
	setNum(f.called, c.Called)
	setNum(f.present, c.Present)
	setNum(f.guests, c.Guests)
	f.date.set(c.Date, false)
	f.place.SetText(c.Place)
	f.theme.SetText(c.Theme)
	setNum(f.bchSize, c.BCHSize)
	f.bchIncreased.SetChecked(c.BCHIncreased)
	setNum(f.btvSize, c.BTVSize)
	setNum(f.ubktSize, c.UBKTSize)
	setNum(f.ubktFromBCH, c.UBKTFromBCH)
	f.directChair.SetChecked(c.DirectChair)
	f.firstBCH.set(c.FirstBCH, false)
	f.fileSent.set(c.FileSent, false)
	f.decisionNo.SetText(c.DecisionNo)
	f.decisionDate.set(c.DecisionDate, false)
	f.sealDone.SetChecked(c.SealDone)
	f.bankDone.SetChecked(c.BankDone)
	f.notes.SetText(c.Notes)
}

func (f *congressForm) organizerRow(o data.CongressOrganizer) *editorRow[data.CongressOrganizer] {
	body, name, role := newFormEntry(), newFormEntry(), newFormEntry()
	body.SetText(o.Body)
	body.SetPlaceHolder(lang.L("Ban tổ chức / Tiểu ban …"))
	name.SetText(o.Name)
	name.SetPlaceHolder(lang.L("Họ và tên"))
	role.SetText(o.Role)
	role.SetPlaceHolder(lang.L("Trưởng ban, Ủy viên…"))
	obj := container.NewGridWithColumns(3, body, name, role)
	return &editorRow[data.CongressOrganizer]{object: obj, read: func(*data.Problems) data.CongressOrganizer {
		return data.CongressOrganizer{Body: body.Text, Name: name.Text, Role: role.Text}
	}}
}

var delegateStatuses = []string{data.DelegateCalled, data.DelegatePresent, data.DelegateAbsent}

func (f *congressForm) delegateRow(d data.CongressDelegate) *editorRow[data.CongressDelegate] {
	name, pos := newFormEntry(), newFormEntry()
	name.SetText(d.Name)
	name.SetPlaceHolder(lang.L("Họ và tên"))
	pos.SetText(d.Position)
	pos.SetPlaceHolder(lang.L("Chức vụ, bộ phận"))
	status := newSelectOf(delegateStatuses, data.DelegateStatusLabel, "", func(string) { f.update() })
	status.set(d.Status)
	h := name.MinSize().Height
	obj := container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(150, h), status), container.NewGridWithColumns(2, name, pos))
	id := d.MemberID
	return &editorRow[data.CongressDelegate]{object: obj, read: func(*data.Problems) data.CongressDelegate {
		out := data.CongressDelegate{MemberID: id, Name: name.Text, Position: pos.Text, Status: status.value()}
		if rows := f.register[vn.Fold(name.Text)]; len(rows) == 1 {
			out.MemberID = rows[0].ID
		} else if id != 0 && len(rows) == 0 {
			out.MemberID = 0
		}
		return out
	}}
}

// addAllMembers lists every member in the union as a delegate (a toàn thể
// congress), those already listed kept as they are.
func (f *congressForm) addAllMembers() {
	var ps data.Problems
	have := map[int64]bool{}
	for _, d := range f.delegates.values(&ps) {
		have[d.MemberID] = true
	}
	var rows []data.MemberRow
	for _, rs := range f.register {
		rows = append(rows, rs...)
	}
	order, err := f.ui.svc.Store.MemberRows(f.ui.ctx) // register order
	if err == nil {
		rows = order
	}
	for _, r := range rows {
		if r.Status.InUnion() && !have[r.ID] {
			f.delegates.add(data.CongressDelegate{MemberID: r.ID, Name: r.Name, Position: strings.Trim(r.UnionRole+", "+r.UnitName, ", ")})
		}
	}
	f.delegates.box.Refresh()
	f.update()
}

func (f *congressForm) candidateRow(k data.CongressCandidate) *editorRow[data.CongressCandidate] {
	body := newSelectOf(data.ElectionBodies, data.ElectionBody.Label, lang.L("Bầu vào"), nil)
	if k.Body == "" {
		k.Body = data.BodyBCH
	}
	body.set(k.Body)
	name, pos := newFormEntry(), newFormEntry()
	name.SetText(k.Name)
	name.SetPlaceHolder(lang.L("Họ và tên như trong sổ đoàn viên"))
	pos.SetText(k.Position)
	pos.SetPlaceHolder(lang.L("Chức vụ"))
	h := name.MinSize().Height
	obj := container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(230, h), body), nil, container.NewGridWithColumns(2, name, pos))
	return &editorRow[data.CongressCandidate]{object: obj, read: func(ps *data.Problems) data.CongressCandidate {
		out := data.CongressCandidate{Body: body.value(), Name: name.Text, Position: pos.Text, MemberID: k.MemberID, Nationality: k.Nationality}
		// Candidates come from the register (DOMAIN-MODULES §C.2): found by
		// name, their nationality copied so that the save refuses a foreigner.
		rows := f.register[vn.Fold(name.Text)]
		switch {
		case strings.TrimSpace(name.Text) == "":
		case len(rows) == 0:
			*ps = append(*ps, data.Problem{Field: data.FieldCandidate, Message: fmt.Sprintf("Ứng cử viên %s không có trong sổ đoàn viên: chỉ đoàn viên được ứng cử, đề cử", vn.Clean(name.Text))})
		case len(rows) > 1 && k.MemberID == 0:
			*ps = append(*ps, data.Problem{Field: data.FieldCandidate, Message: fmt.Sprintf("Sổ đoàn viên có %d người tên %s: ghi thêm chức vụ và chọn lại từ danh sách đại biểu", len(rows), vn.Clean(name.Text))})
			out.MemberID, out.Nationality = rows[0].ID, rows[0].Nationality
		default:
			r := rows[0]
			for _, x := range rows {
				if x.ID == k.MemberID {
					r = x
				}
			}
			out.MemberID, out.Nationality, out.Name = r.ID, r.Nationality, r.Name
			if out.Nationality == "" {
				out.Nationality = data.Vietnam
			}
		}
		return out
	}}
}

func (f *congressForm) budgetRow(b data.CongressBudgetLine) *editorRow[data.CongressBudgetLine] {
	item, amount, source := newFormEntry(), numEntry(lang.L("số tiền (đồng)")), newFormEntry()
	item.SetText(b.Item)
	item.SetPlaceHolder(lang.L("Nội dung chi"))
	setMoney(amount, b.Amount)
	source.SetText(b.Source)
	source.SetPlaceHolder(lang.L("Nguồn: kinh phí công đoàn, doanh nghiệp hỗ trợ…"))
	obj := container.NewGridWithColumns(3, item, amount, source)
	return &editorRow[data.CongressBudgetLine]{object: obj, read: func(ps *data.Problems) data.CongressBudgetLine {
		return data.CongressBudgetLine{Item: item.Text, Amount: readMoney(amount, data.FieldCongBudget, lang.L("Số tiền"), ps), Source: source.Text}
	}}
}

// electionRow edits one election: what it fills, the round, seats, ballots and
// each candidate's votes, with the result CountElection gives as the chair types.
func (f *congressForm) electionRow(e electionEntry) *editorRow[electionEntry] {
	if e.No == 0 {
		e.No = f.nextNo()
		e.Round = 1
		e.Body = data.BodyBCH
	}
	result := wrapLabel()
	w := &electionWidgets{result: result, voteEntries: map[string]*formEntry{}}
	f.ballots = append(f.ballots, w)
	var votes *rowEditor[data.CandidateVotes]
	seats, issued, collected, valid, invalid := numEntry(""), numEntry(""), numEntry(""), numEntry(""), numEntry("")
	round := numEntry("1")
	var read func(ps *data.Problems) electionEntry
	show := func() {
		if read == nil {
			return // still building the row
		}
		var ps data.Problems
		x := read(&ps)
		f.showElectionResult(result, x, ps)
	}
	body := newSelectOf(data.ElectionBodies, data.ElectionBody.Label, lang.L("Bầu"), func(data.ElectionBody) { show() })
	body.set(e.Body)
	setNum(round, e.Round)
	setNum(seats, e.Seats)
	setNum(issued, e.Issued)
	setNum(collected, e.Collected)
	setNum(valid, e.Valid)
	setNum(invalid, e.Invalid)
	for _, x := range []*formEntry{round, seats, issued, collected, valid, invalid} {
		x.OnChanged = func(string) { show() }
	}
	votes = newRowEditor(lang.L("Thêm ứng cử viên"), func(v data.CandidateVotes) *editorRow[data.CandidateVotes] {
		name, n := newFormEntry(), numEntry("0")
		name.SetText(v.Name)
		name.SetPlaceHolder(lang.L("Họ và tên ứng cử viên"))
		setNum(n, v.Votes)
		name.OnChanged = func(string) { show() }
		n.OnChanged = func(string) { show() }
		w.voteEntries[v.Name] = n
		h := name.MinSize().Height
		return &editorRow[data.CandidateVotes]{object: container.NewBorder(nil, nil, nil, container.NewGridWrap(fyne.NewSize(100, h), n), name),
			read: func(ps *data.Problems) data.CandidateVotes {
				return data.CandidateVotes{Name: name.Text, Votes: readNum(n, data.FieldCongElections, ps)}
			}}
	}, e.Votes)
	fromList := widget.NewButtonWithIcon(lang.L("Lấy danh sách ứng cử viên"), theme.ContentCopyIcon(), func() {
		var ps data.Problems
		have := map[string]bool{}
		for _, v := range votes.values(&ps) {
			have[vn.Fold(v.Name)] = true
		}
		c := data.Congress{Candidates: f.candidates.values(&ps)}
		for _, k := range c.CandidatesFor(body.value()) {
			if !have[vn.Fold(k.Name)] {
				votes.add(data.CandidateVotes{Name: k.Name})
			}
		}
		show()
	})
	read = func(ps *data.Problems) electionEntry {
		x := electionEntry{CongressElection: data.CongressElection{No: e.No, Body: body.value(),
			Round: readNum(round, data.FieldCongElections, ps), Seats: readNum(seats, data.FieldCongElections, ps),
			Issued: readNum(issued, data.FieldCongElections, ps), Collected: readNum(collected, data.FieldCongElections, ps),
			Valid: readNum(valid, data.FieldCongElections, ps), Invalid: readNum(invalid, data.FieldCongElections, ps)}}
		x.Votes = votes.values(ps)
		return x
	}
	w.body, w.round, w.seats, w.issued, w.collected, w.valid, w.invalid = body, round, seats, issued, collected, valid, invalid
	w.votes, w.fromList = votes, fromList
	h := seats.MinSize().Height
	box := func(caption string, w float32, o fyne.CanvasObject) fyne.CanvasObject {
		return labelled(caption, container.NewGridWrap(fyne.NewSize(w, h), o))
	}
	nums := container.NewHBox(box(lang.L("Bầu"), 230, body), box(lang.L("Vòng"), 55, round), box(lang.L("Số ghế"), 70, seats),
		box(lang.L("Phát ra"), 80, issued), box(lang.L("Thu về"), 80, collected), box(lang.L("Hợp lệ"), 80, valid), box(lang.L("Không hợp lệ"), 95, invalid))
	obj := container.NewVBox(widget.NewSeparator(), container.NewHScroll(nums), votes.object, container.NewHBox(fromList), result)
	show()
	return &editorRow[electionEntry]{object: obj, read: read}
}

// nextNo is the number a new election row takes: after every row in the form.
func (f *congressForm) nextNo() int {
	n := 0
	if f.elections != nil {
		var ps data.Problems
		for _, e := range f.elections.values(&ps) {
			n = max(n, e.No)
		}
	}
	if f.cong != nil {
		n = max(n, f.cong.NextElectionNo()-1)
	}
	return n + 1
}

// showElectionResult shows who the count elects, or why it cannot be counted.
func (f *congressForm) showElectionResult(l *widget.Label, x electionEntry, ps data.Problems) {
	el := data.Election{Name: x.Body.Label(), Seats: x.Seats, Issued: x.Issued, Collected: x.Collected, Valid: x.Valid, Invalid: x.Invalid, Candidates: x.Votes}
	switch {
	case len(ps) > 0:
		l.SetText(ps[0].Message)
		l.Importance = widget.DangerImportance
	case !x.Counted():
		l.SetText(fmt.Sprintf(lang.L("Phiếu bầu ghi \"bầu không quá %d người\". Nhập số phiếu sau khi kiểm phiếu."), x.Seats))
		l.Importance = widget.MediumImportance
	default:
		r, err := data.CountElection(el, f.rs.Congress.ElectionBase)
		if err != nil {
			l.SetText(data.ErrorMessage(err))
			l.Importance = widget.DangerImportance
			break
		}
		var lines []string
		for _, c := range r.Candidates {
			lines = append(lines, fmt.Sprintf("%s: %d phiếu (%s) — %s", c.Name, c.Votes, c.Percent, c.Outcome.Label()))
		}
		lines = append(lines, r.Summary())
		l.SetText(strings.Join(lines, "\n"))
		l.Importance = widget.SuccessImportance
		if r.TieSeats > 0 {
			l.Importance = widget.WarningImportance
		}
	}
	l.Refresh()
}

// collect reads the form into a congress.
func (f *congressForm) collect() (*data.Congress, data.Problems) {
	c := &data.Congress{}
	if f.cong != nil {
		cp := *f.cong
		c = &cp
	}
	var ps data.Problems
	c.Number = readNum(f.number, data.FieldCongNumber, &ps)
	c.TermFrom = readNum(f.termFrom, data.FieldCongTerm, &ps)
	c.TermTo = readNum(f.termTo, data.FieldCongTerm, &ps)
	c.Members = readNum(f.members, data.FieldCongMembers, &ps)
	c.Form = f.form.value()
	c.UpperConsent = f.consent.Text
	c.Called = readNum(f.called, data.FieldCongressDelegates, &ps)
	c.Present = readNum(f.present, data.FieldCongressQuorum, &ps)
	c.Guests = readNum(f.guests, data.FieldCongressGuests, &ps)
	c.Date = readDate(f.date, data.FieldCongDate, &ps)
	c.Place, c.Theme = f.place.Text, f.theme.Text
	c.BCHSize = readNum(f.bchSize, data.FieldCongressBCH, &ps)
	c.BCHIncreased = f.bchIncreased.Checked
	c.BTVSize = readNum(f.btvSize, data.FieldCongressBTV, &ps)
	c.UBKTSize = readNum(f.ubktSize, data.FieldCongressUBKT, &ps)
	c.UBKTFromBCH = readNum(f.ubktFromBCH, data.FieldCongressUBKT, &ps)
	c.DirectChair = f.directChair.Checked
	c.FirstBCH = readDate(f.firstBCH, data.FieldCongFirstBCH, &ps)
	c.FileSent = readDate(f.fileSent, data.FieldCongFirstBCH, &ps)
	c.DecisionNo = f.decisionNo.Text
	c.DecisionDate = readDate(f.decisionDate, data.FieldCongFirstBCH, &ps)
	c.SealDone, c.BankDone = f.sealDone.Checked, f.bankDone.Checked
	c.Notes = f.notes.Text
	if f.ready {
		c.Organizers = f.organizers.values(&ps)
		c.Delegates = f.delegates.values(&ps)
		c.Candidates = f.candidates.values(&ps)
		c.Budget = f.budget.values(&ps)
		c.Elections, c.Votes = nil, nil
		for _, e := range f.elections.values(&ps) {
			c.Elections = append(c.Elections, e.CongressElection)
			for _, v := range e.Votes {
				c.Votes = append(c.Votes, data.CongressVote{Election: e.No, Name: v.Name, Votes: v.Votes})
			}
		}
	}
	c.Normalize()
	return c, ps
}

// update runs the plan's checks as the chair types: the form, delegates,
// guests, quorum, BCH band, BTV and UBKT, each message citing its rule.
func (f *congressForm) update() {
	if !f.ready {
		return
	}
	c, _ := f.collect()
	var lines []string
	for _, p := range c.Validate(f.rs, f.ui.svc.Now()) {
		switch p.Field {
		case data.FieldCongressForm, data.FieldCongressDelegates, data.FieldCongressGuests,
			data.FieldCongressBCH, data.FieldCongressBTV, data.FieldCongressUBKT, data.FieldCongTerm:
			lines = append(lines, "• "+p.Message)
		}
	}
	if len(lines) == 0 && c.Members > 0 {
		f.checks.SetText(fmt.Sprintf(lang.L("Kế hoạch đúng quy định: %s cho %s đoàn viên (Kế hoạch 22/KH-TLĐ, mục D)."),
			c.Form.Label(), vn.FormatInt(int64(c.Members))))
		f.checks.Importance = widget.SuccessImportance
	} else {
		f.checks.SetText(strings.Join(lines, "\n"))
		f.checks.Importance = widget.DangerImportance
	}
	f.checks.Refresh()
	f.updateQuorum(c)
	t := f.rs.Congress.Table()
	b := t.Band(c.Members)
	f.band.SetText(fmt.Sprintf(lang.L("Theo %s: công đoàn %s đoàn viên bầu %d đến %d ủy viên Ban Chấp hành; Ban Thường vụ chỉ khi Ban Chấp hành từ 9 người, không quá 1/3; Ủy ban kiểm tra không quá 9 (dưới 30 đoàn viên: một ủy viên Ban Chấp hành làm công tác kiểm tra)."),
		t.Source, vn.FormatInt(int64(c.Members)), b.Min, b.Max))
	f.updateDeadline(c)
}

func (f *congressForm) updateQuorum(c *data.Congress) {
	called, present := c.Attendance()
	q := f.rs.Congress.Quorum
	switch {
	case called == 0:
		f.quorum.SetText(fmt.Sprintf(lang.L("Đại hội hợp lệ khi có mặt ít nhất %s số được triệu tập."), q))
		f.quorum.Importance = widget.MediumImportance
	case data.CheckCongressQuorum(q, present, called).Err() == nil:
		f.quorum.SetText(fmt.Sprintf(lang.L("Đủ điều kiện: có mặt %s/%s (%s), cần ít nhất %s (%s người)."),
			vn.FormatInt(int64(present)), vn.FormatInt(int64(called)), vn.Percent(int64(present), int64(called)), q, vn.FormatInt(int64(q.Needed(called, true)))))
		f.quorum.Importance = widget.SuccessImportance
	default:
		f.quorum.SetText(fmt.Sprintf(lang.L("Chưa đủ điều kiện: có mặt %s/%s, cần ít nhất %s (%s người)."),
			vn.FormatInt(int64(present)), vn.FormatInt(int64(called)), q, vn.FormatInt(int64(q.Needed(called, true)))))
		f.quorum.Importance = widget.DangerImportance
	}
	f.quorum.Refresh()
}

// updateDeadline shows the recognition deadlines on the working-day calendar (HD 38 §10.4).
func (f *congressForm) updateDeadline(c *data.Congress) {
	switch {
	case c.FirstBCH.IsZero():
		f.deadline.SetText(lang.L("Ghi ngày hội nghị Ban Chấp hành lần thứ nhất: hồ sơ đề nghị công nhận gửi trong 10 ngày làm việc sau đó (Hướng dẫn 38/HD-TLĐ, mục 10.4)."))
		f.deadline.Importance = widget.MediumImportance
	case c.FileSent.IsZero():
		due := c.RecognitionDue(f.cal)
		f.deadline.SetText(fmt.Sprintf(lang.L("Hạn gửi hồ sơ đề nghị công nhận: %s (10 ngày làm việc sau hội nghị Ban Chấp hành lần thứ nhất ngày %s; Hướng dẫn 38/HD-TLĐ, mục 10.4)."),
			vn.FormatDate(due), vn.FormatDate(c.FirstBCH)))
		f.deadline.Importance = widget.WarningImportance
		if vn.Day(f.ui.svc.Now()).After(due) {
			f.deadline.Importance = widget.DangerImportance
		}
	case c.DecisionNo == "" && c.DecisionDate.IsZero():
		f.deadline.SetText(fmt.Sprintf(lang.L("Đã gửi hồ sơ ngày %s. Nếu đến %s chưa có quyết định công nhận, hỏi công đoàn cấp trên (10 ngày làm việc)."),
			vn.FormatDate(c.FileSent), vn.FormatDate(data.RecognitionFollowUp(f.cal, c.FileSent))))
		f.deadline.Importance = widget.MediumImportance
	default:
		f.deadline.SetText(lang.L("Đã có quyết định công nhận. Việc tiếp theo: đăng ký mẫu dấu, chữ ký và đổi chủ tài khoản ngân hàng."))
		f.deadline.Importance = widget.SuccessImportance
	}
	f.deadline.Refresh()
}

func (f *congressForm) build() fyne.CanvasObject {
	termBox := container.NewGridWithColumns(3, f.termFrom, widget.NewLabelWithStyle("—", fyne.TextAlignCenter, fyne.TextStyle{}), f.termTo)
	plan := formSection(lang.L("Kế hoạch đại hội"),
		f.row(data.FieldCongNumber, lang.L("Lần thứ *"), f.number),
		f.row(data.FieldCongTerm, lang.L("Nhiệm kỳ *"), termBox),
		f.row(data.FieldCongMembers, lang.L("Số đoàn viên *"), f.members),
		f.row(data.FieldCongressForm, lang.L("Hình thức"), f.form),
		f.row("cong_consent", lang.L("Cấp trên đồng ý"), f.consent),
		f.row(data.FieldCongressDelegates, lang.L("Số được triệu tập"), f.called),
		f.row(data.FieldCongressGuests, lang.L("Khách mời"), f.guests),
		f.row(data.FieldCongDate, lang.L("Ngày đại hội *"), f.date.object),
		f.row(data.FieldCongPlace, lang.L("Địa điểm"), f.place),
		f.row("cong_theme", lang.L("Chủ đề"), f.theme),
	)
	personnel := formSection(lang.L("Đề án nhân sự"),
		f.row(data.FieldCongressBCH, lang.L("Số ủy viên BCH"), container.NewVBox(f.bchSize, f.bchIncreased)),
		f.row(data.FieldCongressBTV, lang.L("Số ủy viên BTV"), f.btvSize),
		f.row(data.FieldCongressUBKT, lang.L("Số ủy viên UBKT"), f.ubktSize),
		f.row("cong_ubkt_bch", lang.L("Trong đó ủy viên BCH"), f.ubktFromBCH),
		f.row("cong_direct", "", f.directChair),
	)
	columns := reflowColumns(container.NewVBox(plan, f.checks), container.NewVBox(personnel, f.band))
	allMembers := widget.NewButtonWithIcon(lang.L("Lấy tất cả đoàn viên từ sổ"), theme.AccountIcon(), f.addAllMembers)
	f.allMembers = allMembers
	delegates := f.block(data.FieldCongDelegList, lang.L("Đại biểu và điểm danh"),
		lang.L("Đại hội toàn thể: mọi đoàn viên; đại hội đại biểu: các đại biểu chính thức được triệu tập. Chọn 'Có mặt' hoặc 'Vắng' khi điểm danh. Chưa lập danh sách thì ghi số được triệu tập và số có mặt."),
		container.NewVBox(f.delegates.object, container.NewHBox(allMembers),
			f.row(data.FieldCongressQuorum, lang.L("Số có mặt"), f.present).input, f.quorum))
	organizers := f.block(data.FieldCongOrganizers, lang.L("Ban tổ chức, tiểu ban"), lang.L("Không quá 2 tiểu ban (Kế hoạch 22/KH-TLĐ, mục III.1)."), f.organizers.object)
	candidates := f.block(data.FieldCandidate, lang.L("Ứng cử viên"),
		lang.L("Chỉ đoàn viên là công dân Việt Nam được ứng cử (Điều lệ Công đoàn Việt Nam, Điều 2). Tên ghi như trong sổ đoàn viên; phiếu bầu xếp theo thứ tự tên (A, Ă, Â, B…)."),
		f.candidates.object)
	elections := f.block(data.FieldCongElections, lang.L("Bầu cử và kiểm phiếu"),
		fmt.Sprintf(lang.L("Trúng cử khi được quá một nửa số %s (Cài đặt); nhiều người đạt hơn số ghế thì lấy theo số phiếu từ cao xuống; bằng phiếu ở ghế cuối thì bầu lại vòng sau giữa những người bằng phiếu."),
			f.rs.Congress.ElectionBase.Label()), f.elections.object)
	after := formSection(lang.L("Sau đại hội"),
		f.row(data.FieldCongFirstBCH, lang.L("Hội nghị BCH lần 1"), f.firstBCH.object),
		f.row("cong_file_sent", lang.L("Ngày gửi hồ sơ"), f.fileSent.object),
		f.row("cong_decision_no", lang.L("Số QĐ công nhận"), f.decisionNo),
		f.row("cong_decision_date", lang.L("Ngày QĐ công nhận"), f.decisionDate.object),
		f.row("cong_seal", "", f.sealDone),
		f.row("cong_bank", "", f.bankDone),
	)
	var posts fyne.CanvasObject = widget.NewLabel("")
	if f.cong != nil {
		btn := widget.NewButtonWithIcon(lang.L("Ghi người trúng cử vào lịch sử cán bộ"), theme.AccountIcon(), f.recordPosts)
		id := f.cong.ID
		// The ballots first: the documents of the congress follow them in Báo cáo.
		f.docs = widget.NewButtonWithIcon(lang.L("In văn bản đại hội"), theme.DocumentPrintIcon(), func() { f.ui.openReports("congress-ballots", id) })
		posts = container.NewHBox(btn, f.docs)
	}
	budget := f.block(data.FieldCongBudget, lang.L("Dự toán kinh phí đại hội"), lang.L("Trình công đoàn cấp trên phê duyệt (Kế hoạch 22/KH-TLĐ, mục III.6)."), f.budget.object)
	notes := formSection(lang.L("Ghi chú"), f.row("cong_notes", "", f.notes))
	body := container.NewVBox(columns, widget.NewSeparator(), organizers, widget.NewSeparator(), delegates, widget.NewSeparator(),
		candidates, widget.NewSeparator(), elections, widget.NewSeparator(), after, f.deadline, posts, widget.NewSeparator(), budget, notes)
	title := lang.L("Thêm đại hội")
	if f.cong != nil {
		title = f.cong.Title()
	}
	return f.frame(title, body)
}

func (f *congressForm) submit() bool {
	c, ps := f.collect()
	ps = append(ps, c.Validate(f.rs, f.ui.svc.Now())...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Congresses, c, f.cong == nil, ps)
}

// recordPosts writes the saved congress's elected office holders into the
// cadre history (Cán bộ), from the day each was elected; a post already there
// is not added twice.
func (f *congressForm) recordPosts() {
	c := f.cong
	n, err := data.RecordElectedPosts(f.ui.ctx, f.ui.svc.Store, c, f.rs.Congress.ElectionBase)
	if err != nil {
		f.ui.showError(err)
		return
	}
	closed, err := data.CloseReplacedPosts(f.ui.ctx, f.ui.svc.Store, c, f.rs.Congress.ElectionBase)
	if err != nil {
		f.ui.showError(err)
		return
	}
	f.summary.SetText(fmt.Sprintf(lang.L("Đã ghi thêm %d chức danh trúng cử vào lịch sử cán bộ (theo kết quả kiểm phiếu đã lưu; người đang giữ chức danh đó thì giữ nguyên); khép lại %d chức danh nhiệm kỳ trước của người không tái cử."), n, len(closed)))
	f.summary.Importance = widget.SuccessImportance
	f.summary.Show()
}
