package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// sectionIndex is the sidebar index of a section.
func sectionIndex(t *testing.T, u *UI, title string) int {
	t.Helper()
	for i, s := range u.sections {
		if s.title == title {
			return i
		}
	}
	t.Fatalf("no section %q", title)
	return -1
}

// editFirstMember opens the edit form of the first member in the register.
func editFirstMember(t *testing.T, u *UI, store interface {
	MemberRows(context.Context) ([]data.MemberRow, error)
	Member(context.Context, int64) (*data.Member, error)
}) *memberForm {
	t.Helper()
	rows, err := store.MemberRows(context.Background())
	if err != nil || len(rows) == 0 {
		t.Fatalf("members: %v %v", rows, err)
	}
	m, err := store.Member(context.Background(), rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	u.openMemberForm(m)
	return currentForm(t, u)
}

func TestLeavingAFormWithChangesAsks(t *testing.T) {
	reports := "Báo cáo"
	t.Run("no change: another section opens at once", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		f := editFirstMember(t, u, store)
		test.Type(f.phone, "9")
		f.phone.SetText("") // typed and taken back: by value there is no change
		u.nav.Select(sectionIndex(t, u, reports))
		if u.question != nil {
			t.Fatal("asked although nothing changed")
		}
		if u.current != sectionIndex(t, u, reports) || u.form == nil || onScreen(u.win.Content(), f.save) {
			t.Error("the section did not open")
		}
	})
	t.Run("Ở lại keeps the text and the form", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		f := editFirstMember(t, u, store)
		test.Type(f.phone, "0912345678")
		u.nav.Select(sectionIndex(t, u, reports))
		if u.question == nil {
			t.Fatal("no \"Lưu thay đổi?\" question")
		}
		test.Tap(u.question.stay)
		if u.question != nil || !onScreen(u.win.Content(), f.save) || f.phone.Text != "0912345678" {
			t.Errorf("after Ở lại: question %v, form on screen %v, phone %q", u.question, onScreen(u.win.Content(), f.save), f.phone.Text)
		}
		if u.current != 1 {
			t.Errorf("the sidebar shows section %d, want the register's (1)", u.current)
		}
		m, _ := store.Member(context.Background(), f.member.ID)
		if m.Phone != "" {
			t.Errorf("Ở lại saved the phone %q", m.Phone)
		}
	})
	t.Run("Không lưu leaves and saves nothing", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		f := editFirstMember(t, u, store)
		test.Type(f.phone, "0912345678")
		u.nav.Select(sectionIndex(t, u, reports))
		test.Tap(u.question.discard)
		if onScreen(u.win.Content(), f.save) || u.current != sectionIndex(t, u, reports) {
			t.Error("Không lưu did not leave the form")
		}
		if m, _ := store.Member(context.Background(), f.member.ID); m.Phone != "" {
			t.Errorf("Không lưu saved the phone %q", m.Phone)
		}
	})
	t.Run("Lưu saves, then leaves", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		f := editFirstMember(t, u, store)
		test.Type(f.phone, "0912345678")
		u.nav.Select(sectionIndex(t, u, reports))
		test.Tap(u.question.save)
		if m, _ := store.Member(context.Background(), f.member.ID); m.Phone != "0912345678" {
			t.Errorf("Lưu stored the phone %q", m.Phone)
		}
		if onScreen(u.win.Content(), f.save) || u.current != sectionIndex(t, u, reports) {
			t.Error("Lưu did not go on to the section")
		}
	})
	t.Run("a refused Lưu stays on the form with the message", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		f := editFirstMember(t, u, store)
		test.Type(f.idNumber, "123")
		test.Tap(f.cancel) // "Hủy" is a way out too
		if u.question == nil {
			t.Fatal("Hủy with changes did not ask")
		}
		test.Tap(u.question.save)
		if !onScreen(u.win.Content(), f.save) {
			t.Fatal("a refused save left the form")
		}
		assertFieldError(t, f, data.FieldIDNumber, "Số CCCD phải gồm đúng 12 chữ số")
		if m, _ := store.Member(context.Background(), f.member.ID); m.IDNumber != "" {
			t.Errorf("a refused save stored %q", m.IDNumber)
		}
	})
	t.Run("a record form asks on Quay lại danh sách", func(t *testing.T) {
		u, store := newTestUI(t)
		u.openRecord(data.RecordRef{Kind: data.KindConference})
		f := u.rec.conference
		test.Type(f.place, "Hội trường")
		test.Tap(f.cancel)
		if u.question == nil {
			t.Fatal("no question")
		}
		test.Tap(u.question.discard)
		if onScreen(u.win.Content(), f.save) {
			t.Error("Không lưu did not go back to the list")
		}
		if cs, _ := data.Conferences.Store(store).List(context.Background()); len(cs) != 0 {
			t.Errorf("Không lưu stored %d conferences", len(cs))
		}
	})
}

func TestClosingTheWindow(t *testing.T) {
	t.Run("without changes it closes at once", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		closed := false
		u.closeWindow = func() { closed = true }
		editFirstMember(t, u, store)
		u.requestClose()
		if !closed || u.question != nil {
			t.Errorf("closed %v, question %v", closed, u.question)
		}
	})
	t.Run("with changes it asks; Ở lại keeps the window, Không lưu closes", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		closed := false
		u.closeWindow = func() { closed = true }
		f := editFirstMember(t, u, store)
		test.Type(f.notes, "Ghi chú mới")
		u.requestClose()
		if u.question == nil || closed {
			t.Fatalf("question %v, closed %v", u.question, closed)
		}
		test.Tap(u.question.stay)
		if closed || f.notes.Text != "Ghi chú mới" {
			t.Fatalf("Ở lại: closed %v, notes %q", closed, f.notes.Text)
		}
		u.requestClose()
		test.Tap(u.question.discard)
		if !closed {
			t.Error("Không lưu did not close the window")
		}
	})
}

func TestSettingsSaveOnceKeepsEverything(t *testing.T) {
	u, store := newTestUI(t)
	u.nav.Select(sectionIndex(t, u, "Cài đặt"))
	s := u.rec.setScreen
	// What the chair did before issue 9: the name at the top, a rule value lower down, one Lưu.
	s.form.chair.SetText("Trần Thị Mai")
	s.rules.renegotiate.SetText("60")
	test.Tap(s.save)
	ctx := context.Background()
	p, _ := store.Profile(ctx)
	rs, _ := data.LoadRuleSettings(ctx, store)
	if p.ChairName != "Trần Thị Mai" || rs.RenegotiationDays != 60 {
		t.Errorf("saved chair %q, renegotiation days %d", p.ChairName, rs.RenegotiationDays)
	}
	if s.summary.Text != "Đã lưu cài đặt." {
		t.Errorf("summary %q", s.summary.Text)
	}

	// A wrong rule value refuses the whole save: the profile edit is not half-saved.
	s.form.chair.SetText("Phạm Văn Long")
	s.rules.rating.SetText("13")
	test.Tap(s.save)
	if p, _ := store.Profile(ctx); p.ChairName != "Trần Thị Mai" {
		t.Errorf("a refused save stored the chair %q", p.ChairName)
	}
	if msg, _ := fieldMessage(s.rules.recordForm, data.FieldSetRating); msg == "" {
		t.Error("no message at the rating month")
	}

	// Leaving with the edits asks; Lưu after fixing saves both.
	s.rules.rating.SetText("3")
	u.nav.Select(0)
	if u.question == nil {
		t.Fatal("leaving Cài đặt with changes did not ask")
	}
	test.Tap(u.question.save)
	p, _ = store.Profile(ctx)
	rs, _ = data.LoadRuleSettings(ctx, store)
	if p.ChairName != "Phạm Văn Long" || rs.RatingMonth != 3 || u.current != 0 {
		t.Errorf("chair %q, rating month %d, section %d", p.ChairName, rs.RatingMonth, u.current)
	}
}

func TestSettingsHolidayYearAsksBeforeSwitching(t *testing.T) {
	u, store := newTestUI(t)
	u.nav.Select(sectionIndex(t, u, "Cài đặt"))
	r := u.rec.setScreen.rules
	r.year.SetSelected("2027") // no edit: switches at once, and is not an edit itself
	if u.question != nil || r.shownYear != 2027 {
		t.Fatalf("question %v, year %d", u.question, r.shownYear)
	}
	if u.hasUnsaved() {
		t.Fatal("showing another year counts as a change")
	}
	r.holidays.add(holiday(2027, 12, 31, "Nghỉ thêm"))
	r.year.SetSelected("2026")
	if u.question == nil {
		t.Fatal("switching year with an added holiday did not ask")
	}
	test.Tap(u.question.stay)
	if r.shownYear != 2027 || r.year.Selected != "2027" {
		t.Errorf("Ở lại shows %d (%q)", r.shownYear, r.year.Selected)
	}
	r.year.SetSelected("2026")
	test.Tap(u.question.save)
	days, set, _ := data.YearHolidays(context.Background(), store, 2027)
	if !set || days[len(days)-1].Name != "Nghỉ thêm" || r.shownYear != 2026 {
		t.Errorf("saved %v %v, showing %d", set, days, r.shownYear)
	}
}

func TestReportTextsAskBeforeTheyAreLeft(t *testing.T) {
	s, store, _ := newReportsScreen(t, "Nguyễn Thị Hường")
	u := s.ui
	s.chooseKind(t, "annual")
	e := s.narrative[data.NarrAssessment]
	test.Type(e, "Hoàn thành tốt nhiệm vụ.")
	s.year.SetSelected("2025")
	if u.question == nil {
		t.Fatal("another year with typed texts did not ask")
	}
	test.Tap(u.question.stay)
	if s.narrative[data.NarrAssessment] != e || e.Text != "Hoàn thành tốt nhiệm vụ." || s.narrPeriod != data.YearPeriod(2026) {
		t.Fatalf("Ở lại lost the text: %q for %v", e.Text, s.narrPeriod)
	}
	u.nav.Select(0)
	if u.question == nil {
		t.Fatal("another section with typed texts did not ask")
	}
	test.Tap(u.question.save)
	n, err := store.Narrative(context.Background(), data.YearPeriod(2026))
	if err != nil || n[data.NarrAssessment] != "Hoàn thành tốt nhiệm vụ." {
		t.Errorf("Lưu saved %q (%v) for 2026", n, err)
	}
}

func TestUnitsMergeRunsInTheBackground(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	a, _ := store.CreateUnit(ctx, "Tổ May 1")
	b, _ := store.CreateUnit(ctx, "Tổ May 2")
	for i, n := range []string{"Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"} {
		m := &data.Member{UnitID: a}
		if i == 2 {
			m.UnitID = b
		}
		m.SetFullName(n)
		if err := store.CreateMember(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	var job func()
	u.background = func(f func()) { job = f } // held, as a slow merge on a big register is
	s := &unitsScreen{ui: u}
	u.setBody(s.build())
	from, into := s.units[0], s.units[1]
	s.mergeInBackground(from, into)
	if job == nil || s.merging == nil {
		t.Fatal("the merge did not go to the background behind a progress dialog")
	}
	if us, _ := store.Units(ctx); len(us) != 2 {
		t.Fatalf("merged on the UI goroutine: %d units", len(us))
	}
	job()
	us, _ := store.Units(ctx)
	if len(us) != 1 || us[0].Members != 3 || s.merging != nil || len(s.units) != 1 {
		t.Errorf("after the merge: units %+v, dialog %v, list %d", us, s.merging, len(s.units))
	}
}
