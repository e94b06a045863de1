package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The tests' today is Saturday 21/11/2026 (ui_test.go); the profile has 10 workers.

// openOverview shows Tổng quan and returns it, loaded.
func openOverview(t *testing.T, u *UI) *overviewScreen {
	t.Helper()
	u.nav.Select(0)
	if u.rec.overview == nil || u.rec.overview.todos == nil {
		t.Fatal("the overview did not load its todos")
	}
	return u.rec.overview
}

// todoFor returns the todo whose title contains part.
func todoFor(t *testing.T, s *overviewScreen, part string) (int, data.Todo) {
	t.Helper()
	for i, td := range s.todos {
		if strings.Contains(td.Title, part) {
			return i, td
		}
	}
	var titles []string
	for _, td := range s.todos {
		titles = append(titles, td.Title)
	}
	t.Fatalf("no todo %q among %q", part, titles)
	return 0, data.Todo{}
}

// noErrors fails if any field of the form shows an error.
func noErrors(t *testing.T, f *recordForm) {
	t.Helper()
	for name, r := range f.rows {
		if r.errMsg.Visible() && r.errMsg.Importance == widget.DangerImportance {
			t.Fatalf("unexpected error at %s: %q", name, r.errMsg.Text)
		}
	}
	if f.summary.Visible() && f.summary.Importance == widget.DangerImportance {
		t.Fatalf("summary: %q", f.summary.Text)
	}
}

// fieldMessage is the message shown under a field.
func fieldMessage(f *recordForm, field string) (string, widget.Importance) {
	r := f.rows[field]
	if r == nil || !r.errMsg.Visible() {
		return "", 0
	}
	return r.errMsg.Text, r.errMsg.Importance
}

func TestConferenceThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường")
	u.openRecord(data.RecordRef{Kind: data.KindConference})
	f := u.rec.conference
	if f == nil {
		t.Fatal("no conference form")
	}
	if f.year.Text != "2026" || f.workers.Text != "10" {
		t.Errorf("defaults: year %q, workers %q", f.year.Text, f.workers.Text)
	}
	test.Type(f.date.entry, "10/03/2026")
	test.Type(f.place, "Hội trường")
	test.Type(f.attendees, "6")
	if !strings.Contains(f.quorum.Text, "Chưa đủ điều kiện") {
		t.Errorf("6 of 10 is under 2/3: %q", f.quorum.Text)
	}
	f.attendees.SetText("")
	test.Type(f.attendees, "7")
	if !strings.Contains(f.quorum.Text, "Đủ điều kiện") || strings.Contains(f.quorum.Text, "Chưa") {
		t.Errorf("7 of 10 makes 2/3: %q", f.quorum.Text)
	}
	f.topics.SetSelected([]string{data.TopicBusiness.Label(), data.TopicConditions.Label()})
	f.resolutions.add(data.Resolution{Text: "Thông qua nghị quyết hội nghị", For: 7})
	test.Tap(f.save)
	noErrors(t, u.rec.conference.recordForm)
	cs, err := data.Conferences.Store(store).List(context.Background())
	if err != nil || len(cs) != 1 {
		t.Fatalf("%d conferences stored (%v)", len(cs), err)
	}
	c := cs[0]
	if c.Attendees != 7 || len(c.Agenda) != 2 || len(c.Resolutions) != 1 || c.Place != "Hội trường" {
		t.Errorf("stored %+v", c)
	}
	if got := u.rec.conference; got.conf == nil || got.conf.ID != c.ID || !strings.Contains(got.summary.Text, "Đã lưu") {
		t.Error("after saving, the form does not show the saved conference")
	}

	t.Run("a document attached to the saved conference is copied and listed", func(t *testing.T) {
		src := filepath.Join(t.TempDir(), "Biên bản hội nghị.pdf")
		if err := os.WriteFile(src, []byte("%PDF-1.4"), 0o644); err != nil {
			t.Fatal(err)
		}
		f := u.rec.conference
		f.attach(data.DocMinutes, src)
		if len(f.conf.Documents) != 1 || len(f.docs.Objects) != 1 {
			t.Fatalf("documents %+v, %d rows", f.conf.Documents, len(f.docs.Objects))
		}
		if _, err := os.Stat(f.conf.Documents[0].Path); err != nil || f.conf.Documents[0].Path == src {
			t.Errorf("no copy at %s: %v", f.conf.Documents[0].Path, err)
		}
	})

	u.backToSection(data.KindConference)
	if v := u.rec.conferences; len(v.rows) != 1 || v.rows[0][0] != "2026" || v.rows[0][5] != "Đủ" || v.rows[0][6] != "1/1 thông qua" || v.rows[0][8] != "1 tệp" {
		t.Errorf("list rows = %q", v.rows)
	}

	s := openOverview(t, u)
	for _, td := range s.todos {
		if strings.Contains(td.Title, "Tổ chức Hội nghị người lao động năm 2026") {
			t.Error("the held conference is still asked for")
		}
	}
	i, td := todoFor(t, s, "Sơ kết 6 tháng")
	if td.Record != (data.RecordRef{Kind: data.KindConference, ID: c.ID}) || !td.Overdue {
		t.Errorf("review todo = %+v", td)
	}
	s.list.OnSelected(i)
	if u.rec.conference == nil || u.rec.conference.conf == nil || u.rec.conference.conf.ID != c.ID {
		t.Error("clicking the todo did not open the conference")
	}
}

func TestDialogueThroughTheForm(t *testing.T) {
	t.Run("a worker request without 30% of the representatives is refused at its field", func(t *testing.T) {
		u, store := newTestUI(t)
		u.openRecord(data.RecordRef{Kind: data.KindDialogue, ID: 0})
		f := u.rec.dialogue
		f.kind.SetSelected(data.DialogueRequested.Label())
		f.requestedBy.set(data.SideWorkers)
		test.Type(f.requestDate.entry, "16/11/2026")
		f.repsTotal.SetText("")
		test.Type(f.repsTotal, "10")
		test.Type(f.requestAgreed, "2")
		test.Tap(f.save)
		if msg, imp := fieldMessage(f.recordForm, data.FieldDlgAgreed); !strings.Contains(msg, "ít nhất 30%") || imp != widget.DangerImportance {
			t.Errorf("message %q", msg)
		}
		if ds, _ := data.Dialogues.Store(store).List(context.Background()); len(ds) != 0 {
			t.Errorf("%d dialogues stored", len(ds))
		}
	})
	t.Run("a request waiting for its reply is listed and appears in Việc cần làm", func(t *testing.T) {
		u, store := newTestUI(t)
		u.openRecord(data.RecordRef{Kind: data.KindDialogue, ID: 0})
		f := u.rec.dialogue
		f.kind.SetSelected(data.DialogueRequested.Label())
		f.requestedBy.set(data.SideWorkers)
		test.Type(f.requestDate.entry, "16/11/2026")
		f.repsTotal.SetText("")
		test.Type(f.repsTotal, "10")
		test.Type(f.requestAgreed, "3")
		if !strings.Contains(f.deadlines.Text, "Hạn trả lời yêu cầu: 23/11/2026") {
			t.Errorf("deadlines = %q", f.deadlines.Text)
		}
		test.Tap(f.save)
		noErrors(t, u.rec.dialogue.recordForm)
		ds, _ := data.Dialogues.Store(store).List(context.Background())
		if len(ds) != 1 || ds[0].RequestAgreed != 3 {
			t.Fatalf("stored %+v", ds)
		}
		u.backToSection(data.KindDialogue)
		if v := u.rec.dialogues; len(v.rows) != 1 || v.rows[0][1] != "Theo yêu cầu" || v.rows[0][0] != "—" {
			t.Errorf("list rows = %q", v.rows)
		}
		s := openOverview(t, u)
		// Mon 16/11 + 5 working days = Mon 23/11.
		_, td := todoFor(t, s, "Trả lời bằng văn bản yêu cầu đối thoại")
		if td.Due.Format("02/01/2006") != "23/11/2026" || td.Overdue || td.Record.ID != ds[0].ID {
			t.Errorf("todo = %+v", td)
		}
	})
	t.Run("a held dialogue with 7 of 10 representatives is saved with a quorum warning and its biên bản is due", func(t *testing.T) {
		u, store := newTestUI(t)
		u.openRecord(data.RecordRef{Kind: data.KindDialogue, ID: 0})
		f := u.rec.dialogue
		test.Type(f.date.entry, "18/11/2026")
		test.Type(f.employer, "3")
		f.repsTotal.SetText("")
		test.Type(f.repsTotal, "10")
		test.Type(f.repsPresent, "7")
		f.actions.add(data.FollowUp{Text: "Sửa nội quy", Owner: "Phòng Nhân sự", Due: day(2026, 12, 20)})
		test.Tap(f.save)
		f = u.rec.dialogue
		noErrors(t, f.recordForm)
		if msg, imp := fieldMessage(f.recordForm, data.FieldDlgReps); !strings.Contains(msg, "trên 70%") || imp != widget.WarningImportance {
			t.Errorf("quorum warning %q", msg)
		}
		if ds, _ := data.Dialogues.Store(store).List(context.Background()); len(ds) != 1 {
			t.Fatalf("%d dialogues", len(ds))
		}
		s := openOverview(t, u)
		// Wed 18/11 + 3 working days = Mon 23/11.
		if _, td := todoFor(t, s, "Ký biên bản và niêm yết"); td.Due.Format("02/01/2006") != "23/11/2026" {
			t.Errorf("posting due %s", td.Due.Format("02/01/2006"))
		}
		todoFor(t, s, "Sửa nội quy (Phòng Nhân sự)")
		if _, ok := findTitle(s.todos, "Tổ chức đối thoại định kỳ năm 2026"); ok {
			t.Error("the periodic dialogue is still asked for")
		}
	})
}

func findTitle(todos []data.Todo, part string) (data.Todo, bool) {
	for _, td := range todos {
		if strings.Contains(td.Title, part) {
			return td, true
		}
	}
	return data.Todo{}, false
}

func TestAgreementThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	u.openRecord(data.RecordRef{Kind: data.KindAgreement, ID: 0})
	f := u.rec.agreement
	if f.voters.Text != "10" {
		t.Errorf("voters default %q", f.voters.Text)
	}
	test.Type(f.title, "Thỏa ước lao động tập thể 2026–2029")
	test.Type(f.votesFor, "5")
	if !strings.Contains(f.vote.Text, "chưa đủ điều kiện ký, cần ít nhất 6") {
		t.Errorf("vote = %q", f.vote.Text)
	}
	test.Type(f.voteDate.entry, "25/09/2026")
	test.Type(f.signed.entry, "01/10/2026")
	f.term.SetSelected("3 năm")
	f.clauses.add(data.Clause{Group: data.ClauseMeal, Content: "Bữa ăn giữa ca", Value: "35.000 đ/suất"})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldAgrVotes); !strings.Contains(msg, "không phải trên số phiếu") {
		t.Errorf("5 of 10 workers: message %q", msg)
	}
	if as, _ := data.Agreements.Store(store).List(context.Background()); len(as) != 0 {
		t.Fatalf("%d agreements stored with 50%%", len(as))
	}
	f.votesFor.SetText("")
	test.Type(f.votesFor, "6")
	if !strings.Contains(f.status.Text, "đến hết 30/09/2029") {
		t.Errorf("status = %q", f.status.Text)
	}
	test.Tap(f.save)
	noErrors(t, u.rec.agreement.recordForm)
	as, _ := data.Agreements.Store(store).List(context.Background())
	if len(as) != 1 || as[0].VotesFor != 6 || len(as[0].Clauses) != 1 {
		t.Fatalf("stored %+v", as)
	}
	u.backToSection(data.KindAgreement)
	if v := u.rec.agreements; len(v.rows) != 1 || v.rows[0][5] != "Đang hiệu lực" || v.rows[0][6] != "Chưa xếp loại" {
		t.Errorf("list rows = %q", v.rows)
	}
	s := openOverview(t, u)
	_, td := todoFor(t, s, "Gửi thỏa ước đến Sở Nội vụ")
	if td.Due.Format("02/01/2006") != "11/10/2026" || !td.Overdue || td.Record.ID != as[0].ID {
		t.Errorf("todo = %+v", td)
	}
	todoFor(t, s, "xếp loại thỏa ước năm 2026")
}

func TestRepListAndBargainingThroughTheForms(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường", "Trần Văn Đức")
	s := openOverview(t, u)
	todoFor(t, s, "Lập danh sách thành viên đại diện đối thoại")

	u.openRecord(data.RecordRef{Kind: data.KindRepList, ID: 0})
	f := u.rec.repList
	f.reps.add(data.Rep{Name: "Nguyễn Thị Hường", Female: true, Role: "Chủ tịch CĐCS"})
	f.reps.add(data.Rep{Name: "Trần Văn Đức"})
	f.reps.add(data.Rep{Name: "Lê Văn Bình", Role: "Nhóm đại diện"})
	test.Tap(f.save)
	noErrors(t, u.rec.repList.recordForm)
	ls, _ := data.RepLists.Store(store).List(context.Background())
	if len(ls) != 1 || len(ls[0].Reps) != 3 || ls[0].To.Format("02/01/2006") != "20/11/2028" {
		t.Fatalf("stored %+v", ls)
	}
	u.backToSection(data.KindRepList)
	if v := u.rec.dialogues; len(v.lists) != 1 || v.tabs.SelectedIndex() != 1 {
		t.Errorf("the list tab shows %d lists (tab %d)", len(v.lists), v.tabs.SelectedIndex())
	}

	u.openRecord(data.RecordRef{Kind: data.KindBargaining, ID: 0})
	b := u.rec.bargaining
	test.Type(b.requestDate.entry, "02/11/2026")
	b.infos.add(data.InfoRequest{Date: day(2026, 11, 5), Subject: "Quỹ lương năm 2026"})
	test.Tap(b.save)
	noErrors(t, u.rec.bargaining.recordForm)
	s = openOverview(t, u)
	if _, ok := findTitle(s.todos, "Lập danh sách thành viên"); ok {
		t.Error("the representative list is still asked for")
	}
	// Mon 2/11 + 7 working days = Wed 11/11.
	if _, td := todoFor(t, s, "Thống nhất thời gian, địa điểm"); td.Due.Format("02/01/2006") != "11/11/2026" || !td.Overdue {
		t.Errorf("todo %+v", td)
	}
	i, _ := todoFor(t, s, "cung cấp thông tin: Quỹ lương năm 2026")
	s.list.OnSelected(i)
	if u.rec.bargaining.bar == nil {
		t.Error("clicking the todo did not open the bargaining round")
	}
}

func TestRuleSettingsScreen(t *testing.T) {
	u, store := newTestUI(t)
	u.nav.Select(len(u.sections) - 1)
	s := u.rec.settings
	if s == nil {
		t.Fatal("no rule settings on the settings screen")
	}
	save := u.rec.setScreen.save // one save for the whole Cài đặt screen (issue 9)
	s.soeMonth.SetText("13")
	test.Tap(save)
	if msg, _ := fieldMessage(s.recordForm, data.FieldSetSOEMonth); msg != "Tháng phải từ 1 đến 12" {
		t.Errorf("message %q", msg)
	}
	s.soeMonth.SetText("4")
	test.Tap(save)
	rs, _ := data.LoadRuleSettings(context.Background(), store)
	if rs.SOEConferenceMonth != 4 {
		t.Errorf("saved month %d", rs.SOEConferenceMonth)
	}
	if len(s.holidays.rows) < 11 {
		t.Errorf("%d holidays shown for 2026", len(s.holidays.rows))
	}
	s.holidays.add(holiday(2026, 12, 31, "Nghỉ thêm"))
	test.Tap(save)
	days, set, _ := data.YearHolidays(context.Background(), store, 2026)
	if !set || days[len(days)-1].Name != "Nghỉ thêm" {
		t.Errorf("saved holidays %v %v", set, days)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func holiday(y int, m time.Month, d int, name string) vn.Holiday {
	return vn.Holiday{Date: day(y, m, d), Name: name}
}
