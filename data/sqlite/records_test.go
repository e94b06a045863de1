package sqlite_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The fixtures are valid on the test stores' today, 15/06/2026.

func conferenceFixture() *data.Conference {
	return &data.Conference{
		Year: 2026, Model: data.ModelSOE, Form: data.FormDelegates, Date: day(2026, 3, 20), Place: "Hội trường nhà A", Chair: "Trần Văn Bình", Secretary: "Lê Thị Thu Trang",
		WorkersTotal: 1200, DelegatesSummoned: 150, Attendees: 120, RepsAnnounced: true,
		Agenda: []data.AgendaItem{{Topic: data.TopicBusiness}, {Topic: data.TopicConditions, Text: "nhà ăn"}, {Text: "Bầu Ban Thanh tra nhân dân"}},
		Resolutions: []data.Resolution{{Text: "Thông qua nghị quyết hội nghị", For: 110, Against: 5, Abstained: 5},
			{Text: "Lập quỹ tương trợ", For: 60, Against: 50, Abstained: 10}},
		Reviews: []data.ConferenceReview{{Date: day(2026, 6, 10), Findings: "Đã thực hiện 8/10 nội dung"}},
		Notes:   "Hội nghị đại biểu nhiệm kỳ 2026",
	}
}

func dialogueFixture() *data.Dialogue {
	return &data.Dialogue{
		Kind: data.DialogueRequested, RequestedBy: data.SideWorkers, RequestDate: day(2026, 5, 4), RequestAgreed: 5,
		ReplyDate: day(2026, 5, 8), AgendaSent: day(2026, 5, 11), Date: day(2026, 5, 20), Place: "Phòng họp số 2",
		EmployerCount: 3, LegalRepPresent: true, RepsTotal: 14, RepsPresent: 11,
		Topics: []data.AgendaItem{{Topic: data.TopicConditions}, {Text: "Tiền ăn ca"}},
		Agreed: "Tăng tiền ăn ca lên 30.000 đ", Disputed: "Thời gian nghỉ giữa ca",
		Actions:       []data.FollowUp{{Text: "Trình giám đốc phương án ăn ca", Owner: "Phòng Hành chính", Due: day(2026, 6, 30)}, {Text: "Khảo sát ý kiến", Due: day(2026, 6, 1), Done: true, DoneDate: day(2026, 6, 1)}},
		MinutesSigned: true, Posted: day(2026, 5, 22), Informed: day(2026, 5, 25),
	}
}

func repListFixture(memberID int64) *data.RepList {
	return &data.RepList{
		From: day(2025, 7, 1), Headcount: 400, Announced: day(2025, 7, 5),
		Reps: []data.Rep{
			{MemberID: memberID, Name: "Nguyễn Thị Hường", Female: true, Role: "Chủ tịch CĐCS"},
			{Name: "Lê Văn Tâm", Role: "Nhóm đại diện đối thoại", Until: day(2026, 3, 1), Note: "nghỉ việc"},
			{Name: "Phạm Thị Lan", Female: true, Role: "Tổ trưởng", From: day(2026, 3, 1), Note: "thay anh Tâm"},
		},
	}
}

func bargainingFixture() *data.Bargaining {
	return &data.Bargaining{
		RequestedBy: data.SideWorkers, RequestDate: day(2026, 5, 4), Subject: "Ký thỏa ước mới",
		AgreedDate: day(2026, 5, 8), Outcome: data.BargainOngoing,
		Sessions:     []data.BargainSession{{Date: day(2026, 5, 20), Agreed: "Tiền ăn ca", Disputed: "Tiền thưởng Tết"}},
		InfoRequests: []data.InfoRequest{{Date: day(2026, 5, 10), Subject: "Quỹ lương 2025", Answered: day(2026, 5, 18)}},
	}
}

func agreementFixture(bargainingID int64) *data.Agreement {
	return &data.Agreement{
		Title: "Thỏa ước lao động tập thể 2024–2027", Level: data.LevelEnterprise, BargainingID: bargainingID,
		VoteDate: day(2024, 1, 10), Voters: 1000, VotesFor: 501, Signed: day(2024, 1, 15), TermYears: 3,
		Sent: day(2024, 1, 20), Published: day(2024, 1, 16),
		Clauses:    []data.Clause{{Group: data.ClauseMeal, Content: "Bữa ăn giữa ca", Value: "30.000 đ/suất"}, {Group: data.ClauseHours, Content: "Nghỉ phép năm", Value: "14 ngày"}},
		Amendments: []data.Amendment{{Date: day(2025, 3, 1), Content: "Tăng phụ cấp nhà trọ", Voters: 1100, VotesFor: 800}},
		Ratings:    []data.Rating{{Year: 2024, Grade: data.GradeB}, {Year: 2025, Grade: data.GradeNone, Reason: "Chưa được cấp trên đánh giá"}},
	}
}

func TestRecordRoundTrips(t *testing.T) {
	t.Run("a conference comes back as it was saved, children in order", func(t *testing.T) {
		s := mustOpen(t)
		c := conferenceFixture()
		must(t, data.Conferences.Store(s).Create(ctx, c))
		got, err := data.Conferences.Store(s).Get(ctx, c.ID)
		must(t, err)
		if d := diffFields(got, c); len(d) > 0 {
			t.Errorf("round trip differs:\n%s", strings.Join(d, "\n"))
		}
	})
	t.Run("a dialogue comes back as it was saved", func(t *testing.T) {
		s := mustOpen(t)
		d := dialogueFixture()
		must(t, data.Dialogues.Store(s).Create(ctx, d))
		got, err := data.Dialogues.Store(s).Get(ctx, d.ID)
		must(t, err)
		if diff := diffFields(got, d); len(diff) > 0 {
			t.Errorf("round trip differs:\n%s", strings.Join(diff, "\n"))
		}
	})
	t.Run("a representative list comes back with members and non-members", func(t *testing.T) {
		s := mustOpen(t)
		m := mustCreate(t, s, member("Nguyễn Thị Hường"))[0]
		l := repListFixture(m.ID)
		must(t, data.RepLists.Store(s).Create(ctx, l))
		if !l.To.Equal(day(2027, 6, 30)) {
			t.Errorf("the end defaults to 2 years: %v", l.To)
		}
		got, err := data.RepLists.Store(s).Get(ctx, l.ID)
		must(t, err)
		if diff := diffFields(got, l); len(diff) > 0 {
			t.Errorf("round trip differs:\n%s", strings.Join(diff, "\n"))
		}
	})
	t.Run("a bargaining round and its agreement come back", func(t *testing.T) {
		s := mustOpen(t)
		b := bargainingFixture()
		must(t, data.Bargainings.Store(s).Create(ctx, b))
		if !b.StartDate.Equal(day(2026, 5, 20)) {
			t.Errorf("the first session is the start: %v", b.StartDate)
		}
		got, err := data.Bargainings.Store(s).Get(ctx, b.ID)
		must(t, err)
		if diff := diffFields(got, b); len(diff) > 0 {
			t.Errorf("bargaining round trip differs:\n%s", strings.Join(diff, "\n"))
		}
		a := agreementFixture(b.ID)
		must(t, data.Agreements.Store(s).Create(ctx, a))
		gota, err := data.Agreements.Store(s).Get(ctx, a.ID)
		must(t, err)
		if diff := diffFields(gota, a); len(diff) > 0 {
			t.Errorf("agreement round trip differs:\n%s", strings.Join(diff, "\n"))
		}
	})
}

func TestRecordUpdates(t *testing.T) {
	t.Run("an update rewrites the children and logs each changed field", func(t *testing.T) {
		s := mustOpen(t)
		d := dialogueFixture()
		must(t, data.Dialogues.Store(s).Create(ctx, d))
		d.Actions[0].Done, d.Actions[0].DoneDate = true, day(2026, 6, 14)
		d.Actions = d.Actions[:1]
		d.Place = "Hội trường"
		must(t, data.Dialogues.Store(s).Update(ctx, d))
		got, err := data.Dialogues.Store(s).Get(ctx, d.ID)
		must(t, err)
		if len(got.Actions) != 1 || !got.Actions[0].Done || got.Place != "Hội trường" {
			t.Errorf("after update: %+v", got)
		}
		h, err := s.History(ctx, data.RecordRef{Kind: data.KindDialogue, ID: d.ID})
		must(t, err)
		var fields []string
		for _, e := range h {
			fields = append(fields, e.Field)
		}
		if got := strings.Join(fields, "|"); got != "Việc cần làm sau đối thoại|Địa điểm|Tạo mới" {
			t.Errorf("history fields = %s", got)
		}
	})
	t.Run("an update that changes nothing writes nothing", func(t *testing.T) {
		s := mustOpen(t)
		a := agreementFixture(0)
		must(t, data.Agreements.Store(s).Create(ctx, a))
		before := rawCount(t, s.Path(), "audit_log")
		must(t, data.Agreements.Store(s).Update(ctx, a))
		if after := rawCount(t, s.Path(), "audit_log"); after != before {
			t.Errorf("audit rows %d → %d", before, after)
		}
	})
}

func TestRecordValidation(t *testing.T) {
	t.Run("signing with exactly 50% of all workers is refused and nothing is stored", func(t *testing.T) {
		s := mustOpen(t)
		a := agreementFixture(0)
		a.VotesFor = 500
		err := data.Agreements.Store(s).Create(ctx, a)
		wantError(t, err, data.EINVALID, "")
		if de := err.(*data.Error); de.Field != data.FieldAgrVotes || !strings.Contains(de.Message, "ít nhất 501") {
			t.Errorf("error = %s: %s", de.Field, de.Message)
		}
		if n := rawCount(t, s.Path(), "agreement"); n != 0 {
			t.Errorf("%d agreements stored", n)
		}
	})
	t.Run("a worker request backed by under 30% of the representatives is refused", func(t *testing.T) {
		s := mustOpen(t)
		d := dialogueFixture()
		d.RequestAgreed = 4 // of 14: 28.6%
		wantError(t, data.Dialogues.Store(s).Create(ctx, d), data.EINVALID, "")
	})
	t.Run("a term of 4 years is refused", func(t *testing.T) {
		s := mustOpen(t)
		a := agreementFixture(0)
		a.TermYears = 4
		wantError(t, data.Agreements.Store(s).Create(ctx, a), data.EINVALID, "Thỏa ước có thời hạn từ 1 đến 3 năm (Bộ luật Lao động, Điều 78)")
	})
	t.Run("a missing record is not found", func(t *testing.T) {
		s := mustOpen(t)
		_, err := data.Conferences.Store(s).Get(ctx, 42)
		wantError(t, err, data.ENOTFOUND, "Không tìm thấy hội nghị")
	})
}

func TestRecordTrash(t *testing.T) {
	s := mustOpen(t)
	c := conferenceFixture()
	must(t, data.Conferences.Store(s).Create(ctx, c))
	ref := data.RecordRef{Kind: data.KindConference, ID: c.ID}
	must(t, s.TrashRecord(ctx, ref))
	if cs, _ := data.Conferences.Store(s).List(ctx); len(cs) != 0 {
		t.Errorf("%d conferences listed after trashing", len(cs))
	}
	wantError(t, s.TrashRecord(ctx, ref), data.ENOTFOUND, "")
	must(t, s.RestoreRecord(ctx, ref))
	if cs, _ := data.Conferences.Store(s).List(ctx); len(cs) != 1 {
		t.Errorf("%d conferences listed after restoring", len(cs))
	}
}

func TestAttachDocument(t *testing.T) {
	s := mustOpen(t)
	c := conferenceFixture()
	must(t, data.Conferences.Store(s).Create(ctx, c))
	src := filepath.Join(t.TempDir(), "Biên bản hội nghị.pdf")
	must(t, os.WriteFile(src, []byte("%PDF-1.4 test"), 0o644))
	a, err := s.AttachDocument(ctx, c.ID, data.DocMinutes, src)
	must(t, err)
	want := filepath.Join(filepath.Dir(s.Path()), "tep-dinh-kem", sprintf("%d", c.ID), "Biên bản hội nghị.pdf")
	if a.Path != want {
		t.Errorf("copy at %s, want %s", a.Path, want)
	}
	fi, err := os.Stat(a.Path)
	must(t, err)
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("copy mode %v, want 0600", fi.Mode().Perm())
	}
	b, err := s.AttachDocument(ctx, c.ID, data.DocMinutes, src)
	must(t, err)
	if filepath.Base(b.Path) != "Biên bản hội nghị (2).pdf" {
		t.Errorf("second copy named %s", filepath.Base(b.Path))
	}
	got, err := data.Conferences.Store(s).Get(ctx, c.ID)
	must(t, err)
	if len(got.Documents) != 2 || got.Documents[0].Kind != data.DocMinutes || got.Documents[0].Path != want {
		t.Errorf("documents = %+v", got.Documents)
	}
	// Saving the conference again keeps its documents.
	got.Place = "Nhà văn hóa"
	must(t, data.Conferences.Store(s).Update(ctx, got))
	must(t, s.RemoveDocument(ctx, a.ID))
	if _, err := os.Stat(a.Path); !os.IsNotExist(err) {
		t.Errorf("the copy is still there: %v", err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Errorf("the original was touched: %v", err)
	}
	got, _ = data.Conferences.Store(s).Get(ctx, c.ID)
	if len(got.Documents) != 1 {
		t.Errorf("%d documents after removing one", len(got.Documents))
	}
	_, err = s.AttachDocument(ctx, c.ID, data.DocMinutes, filepath.Join(t.TempDir(), "khong-co.pdf"))
	wantError(t, err, data.EINVALID, "")
}

func TestMemberFlow(t *testing.T) {
	s := mustOpen(t)
	ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Trần Thị Bình"))
	late := member("Lê Văn Cường")
	late.JoinDate = day(2026, 2, 1)
	mustCreate(t, s, late)
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: ms[0].ID, Kind: data.EventLeft, Date: day(2026, 3, 1), Note: "đơn"}))
	f, err := s.MemberFlow(ctx, 2026)
	must(t, err)
	if f.Joined != 1 || f.Left != 1 {
		t.Errorf("2026 flow = %+v, want 1 in and 1 out", f)
	}
	f, _ = s.MemberFlow(ctx, 2015)
	if f.Joined != 2 || f.Left != 0 {
		t.Errorf("2015 flow = %+v, want 2 in", f)
	}
}

func TestRuleSettingsThroughTheStore(t *testing.T) {
	s := mustOpen(t)
	r := data.DefaultRuleSettings()
	r.SOEConferenceMonth = 4
	r.OtherQuorum = data.Fraction{Num: 1, Den: 2}
	must(t, data.SaveRuleSettings(ctx, s, r))
	got, err := data.LoadRuleSettings(ctx, s)
	must(t, err)
	if got.SOEConferenceMonth != 4 || got.OtherQuorum != r.OtherQuorum || got.RenegotiationDays != 90 {
		t.Errorf("loaded %+v", got)
	}
	// Only the changed values are stored.
	if _, ok, _ := s.Setting(ctx, data.KeyRenegotiationDays); ok {
		t.Error("a default value was stored")
	}
	t.Run("a year's holidays set by the chair drive the calendar", func(t *testing.T) {
		// Suppose the Government moved Quốc khánh 2027 to 2–3/9 (Thu–Fri).
		days := vn.DefaultHolidays(2027)
		for i, h := range days {
			if h.Date.Equal(day(2027, 9, 1)) {
				days[i].Date = day(2027, 9, 3)
			}
		}
		must(t, data.SaveYearHolidays(ctx, s, 2027, days))
		cal, err := data.LoadCalendar(ctx, s, got, day(2026, 6, 15))
		must(t, err)
		if !cal.IsWorkingDay(day(2027, 9, 1)) || cal.IsWorkingDay(day(2027, 9, 3)) {
			t.Error("the chair's 2027 holidays are not used")
		}
		must(t, data.SaveYearHolidays(ctx, s, 2027, nil))
		cal, _ = data.LoadCalendar(ctx, s, got, day(2026, 6, 15))
		if cal.IsWorkingDay(day(2027, 9, 1)) {
			t.Error("the defaults did not come back")
		}
	})
}

// TestMemberTallyCountsAsTheRegister: the head counts Tổng quan and the Ban nữ công
// rule read in SQL (issue 12 §8) are those of the register's rows: only members in
// the union today, a nationality spelled "viet nam" is Vietnamese, the trash and
// those who left are not counted.
func TestMemberTallyCountsAsTheRegister(t *testing.T) {
	s := mustOpen(t)
	woman := func(name string) *data.Member { m := member(name); m.Sex = data.SexFemale; return m }
	korean, spelled, left, trashed, suspended := member("Kim Min Soo"), woman("Lê Thị Hoa"), woman("Phạm Thị Lan"), woman("Đỗ Thị Mai"), woman("Vũ Thị Nga")
	korean.Nationality, spelled.Nationality = "Hàn Quốc", "viet nam"
	korean.Contract = data.ContractIndefinite
	mustCreate(t, s, member("Nguyễn Văn An"), woman("Trần Thị Bình"), korean, spelled, left, trashed, suspended)
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: left.ID, Kind: data.EventLeft, Date: day(2026, 3, 1), Note: "đơn"}))
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: suspended.ID, Kind: data.EventSuspended, Reason: data.SuspendContract, Date: day(2026, 3, 1), Note: "nghỉ không lương"}))
	must(t, s.TrashMember(ctx, trashed.ID))
	got, err := s.MemberTally(ctx)
	must(t, err)
	want := data.MemberTally{Current: 5, Female: 3, Suspended: 1, Foreign: 1}
	if got != want {
		t.Errorf("MemberTally = %+v, want %+v", got, want)
	}
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if fromRows := data.TallyRows(rows); fromRows != got {
		t.Errorf("MemberTally = %+v, the register's rows count %+v", got, fromRows)
	}
}
