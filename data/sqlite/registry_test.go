package sqlite_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The second fixtures differ from the first (records_test.go) in every column and
// every child table, and are valid on the test stores' today: updating the one to
// the other must bring back the other whole.

func conferenceFixture2() *data.Conference {
	return &data.Conference{
		Year: 2025, Extraordinary: true, Model: data.ModelOther, Form: data.FormAll, Date: day(2025, 10, 20),
		Place: "Nhà văn hóa công ty", Chair: "Nguyễn Văn Toàn", Secretary: "Đỗ Thị Hạnh", WorkersTotal: 900, Attendees: 700, RepsAnnounced: false,
		Agenda:      []data.AgendaItem{{Topic: data.TopicImplementing}},
		Resolutions: []data.Resolution{{Text: "Điều chỉnh đơn giá tiền lương", For: 600, Against: 50, Abstained: 50}},
		Reviews:     []data.ConferenceReview{{Date: day(2026, 4, 20), Findings: "Đã điều chỉnh đơn giá"}},
		Notes:       "Hội nghị bất thường về tiền lương",
	}
}

func dialogueFixture2() *data.Dialogue {
	return &data.Dialogue{
		Kind: data.DialogueCase, Case: data.CaseArt93, RequestedBy: data.SideEmployer, RequestDate: day(2026, 4, 1),
		ReplyDate: day(2026, 4, 3), AgendaSent: day(2026, 4, 10), Date: day(2026, 4, 20), Place: "Phòng họp lớn",
		EmployerCount: 4, RepsTotal: 12, RepsPresent: 10,
		Topics: []data.AgendaItem{{Topic: data.TopicEmployerAsk}}, Agreed: "Giữ nguyên định mức", Disputed: "Không còn",
		Actions:  []data.FollowUp{{Text: "Công bố thang lương mới", Due: day(2026, 7, 1)}},
		Posted:   day(2026, 4, 22),
		Informed: day(2026, 4, 24), Notes: "Đối thoại theo Điều 93",
	}
}

func repListFixture2() *data.RepList {
	return &data.RepList{
		From: day(2024, 1, 1), To: day(2025, 12, 31), Headcount: 250, Announced: day(2024, 1, 10),
		Reps:  []data.Rep{{Name: "Trần Văn Bình", Role: "Tổ trưởng", From: day(2024, 1, 1)}, {Name: "Đỗ Thị Mai", Female: true}},
		Notes: "Danh sách nhiệm kỳ trước",
	}
}

func bargainingFixture2() *data.Bargaining {
	return &data.Bargaining{
		RequestedBy: data.SideEmployer, RequestDate: day(2026, 3, 2), Subject: "Sửa đổi thỏa ước",
		AgreedDate: day(2026, 3, 5), StartDate: day(2026, 3, 16), ExtendedTo: day(2026, 7, 15),
		Outcome: data.BargainAgreed, EndDate: day(2026, 6, 1),
		Sessions:     []data.BargainSession{{Date: day(2026, 3, 16), Agreed: "Phụ cấp nhà trọ", Disputed: "Không còn"}},
		InfoRequests: []data.InfoRequest{{Date: day(2026, 3, 6), Subject: "Báo cáo tài chính"}},
		Notes:        "Đợt sửa đổi",
	}
}

func agreementFixture2() *data.Agreement {
	return &data.Agreement{
		Title: "Thỏa ước 2025–2027", Level: data.LevelMulti, VoteDate: day(2025, 2, 10), Voters: 800, VotesFor: 600,
		Signed: day(2025, 2, 15), Effective: day(2025, 3, 1), TermYears: 2, Sent: day(2025, 2, 20), Published: day(2025, 2, 16),
		Clauses: []data.Clause{{Group: data.ClauseWomen, Content: "Nghỉ 30 phút mỗi ngày trong kỳ kinh nguyệt"}},
		Ratings: []data.Rating{{Year: 2025, Grade: data.GradeA}},
		Notes:   "Thỏa ước nhóm doanh nghiệp",
	}
}

// kindCase is one registered kind with its two fixtures, for tests run on every kind.
type kindCase struct {
	kind data.RecordKind
	run  func(t *testing.T, s *sqlite.Store) // creates fixture 1, updates to fixture 2
	// create stores fixture 1 and returns its id.
	create func(t *testing.T, s *sqlite.Store) int64
	// stale reads a record twice, saves the first copy changed, then the second:
	// the second must be refused with the stored record.
	stale func(t *testing.T, s *sqlite.Store, id int64)
}

func kindCases() []kindCase {
	return []kindCase{
		newKindCase(data.Conferences, conferenceFixture, func(*sqlite.Store) *data.Conference { return conferenceFixture2() },
			func(c *data.Conference) { c.Place = "Hội trường mới" }),
		newKindCase(data.RepLists, func() *data.RepList { return repListFixture(0) }, func(*sqlite.Store) *data.RepList { return repListFixture2() },
			func(l *data.RepList) { l.Notes = "đã sửa" }),
		newKindCase(data.Dialogues, dialogueFixture, func(*sqlite.Store) *data.Dialogue { return dialogueFixture2() },
			func(d *data.Dialogue) { d.Place = "Phòng khác" }),
		newKindCase(data.Bargainings, bargainingFixture, func(*sqlite.Store) *data.Bargaining { return bargainingFixture2() },
			func(b *data.Bargaining) { b.Subject = "Nội dung mới" }),
		newKindCase(data.Agreements, func() *data.Agreement { return agreementFixture(0) }, func(s *sqlite.Store) *data.Agreement {
			// The first fixture has no round; the second names one, so bargaining_id changes too.
			b := bargainingFixture()
			if err := data.Bargainings.Store(s).Create(ctx, b); err != nil {
				panic(err)
			}
			a := agreementFixture2()
			a.BargainingID = b.ID
			return a
		}, func(a *data.Agreement) { a.Title = "Tên mới" }),
		newKindCase(data.Vouchers, voucherFixture, voucherFixture2, func(v *data.Voucher) { v.Reason = "Lý do mới" }),
		newKindCase(data.SpendingRules, spendingRuleFixture, func(*sqlite.Store) *data.SpendingRule { return spendingRuleFixture2() },
			func(r *data.SpendingRule) { r.Notes = "đã sửa" }),
		newKindCase(data.SignLists, signListFixture, signListFixture2, func(l *data.SignList) { l.Notes = "đã sửa" }),
		newKindCase(data.BudgetEstimates, estimateFixture, func(*sqlite.Store) *data.BudgetEstimate { return estimateFixture2() },
			func(e *data.BudgetEstimate) { e.Notes = "đã sửa" }),
		newKindCase(data.BudgetSettlements, settlementFixture, func(*sqlite.Store) *data.BudgetSettlement { return settlementFixture2() },
			func(s *data.BudgetSettlement) { s.Notes = "đã sửa" }),
		newKindCase(data.FinanceDisclosures, disclosureFixture, func(*sqlite.Store) *data.FinanceDisclosure { return disclosureFixture2() },
			func(d *data.FinanceDisclosure) { d.Notes = "đã sửa" }),
		newKindCase(data.FinanceChecks, checkFixture, func(*sqlite.Store) *data.FinanceCheck { return checkFixture2() },
			func(c *data.FinanceCheck) { c.Notes = "đã sửa" }),
		newKindCase(data.Cadres, cadreFixture, cadreFixture2, func(c *data.Cadre) { c.Notes = "đã sửa" }),
		newKindCase(data.Courses, courseFixture, courseFixture2, func(c *data.Course) { c.Notes = "đã sửa" }),
		newKindCase(data.TrainingPlans, planFixture, planFixture2, func(p *data.TrainingPlan) { p.Notes = "đã sửa" }),
		newKindCase(data.ResolutionReviews, reviewFixture, reviewFixture2, func(r *data.ResolutionReview) { r.Notes = "đã sửa" }),
		newKindCase(data.KPCDs, kpcdFixture, func(*sqlite.Store) *data.KPCDRecord { return kpcdFixture2() },
			func(k *data.KPCDRecord) { k.Notes = "đã sửa" }),
		newKindCase(data.Congresses, congressFixture, func(*sqlite.Store) *data.Congress { return congressFixture2() },
			func(c *data.Congress) { c.Place = "Hội trường mới" }),
		newKindCase(data.Emulations, emulationFixture, func(*sqlite.Store) *data.Emulation { return emulationFixture2() },
			func(e *data.Emulation) { e.Notes = "đã sửa" }),
		newKindCase(data.Awards, awardFixture, func(*sqlite.Store) *data.Award { return awardFixture2() },
			func(a *data.Award) { a.Notes = "đã sửa" }),
		newKindCase(data.Proposals, proposalFixture, func(*sqlite.Store) *data.Proposal { return proposalFixture2() },
			func(p *data.Proposal) { p.Notes = "đã sửa" }),
		newKindCase(data.WomenCommittees, womenCommitteeFixture, func(*sqlite.Store) *data.WomenCommittee { return womenCommitteeFixture2() },
			func(c *data.WomenCommittee) { c.Notes = "đã sửa" }),
		newKindCase(data.WomenActivities, womenActivityFixture, womenActivityFixture2,
			func(a *data.WomenActivity) { a.Notes = "đã sửa" }),
		newKindCase(data.GoodAtWorks, goodAtWorkFixture, func(*sqlite.Store) *data.GoodAtWork { return goodAtWorkFixture2() },
			func(g *data.GoodAtWork) { g.Notes = "đã sửa" }),
		newKindCase(data.TetCampaigns, tetFixture, tetFixture2, func(t *data.TetCampaign) { t.Notes = "đã sửa" }),
		newKindCase(data.PartyIntros, partyIntroFixture, func(s *sqlite.Store) *data.PartyIntro {
			// The second names a member of the register, so member_id changes too.
			m := member("Đỗ Thị Mai")
			if err := s.CreateMember(ctx, m); err != nil {
				panic(err)
			}
			p := partyIntroFixture2()
			p.MemberID = m.ID
			return p
		},
			func(p *data.PartyIntro) { p.Notes = "đã sửa" }),
	}
}

func newKindCase[T any](k *data.Kind[T], first func() *T, second func(*sqlite.Store) *T, edit func(*T)) kindCase {
	info := k.Info()
	return kindCase{
		kind: k.Kind,
		run: func(t *testing.T, s *sqlite.Store) {
			st := k.Store(s)
			a := first()
			must(t, st.Create(ctx, a))
			got, err := st.Get(ctx, *k.Meta(a).ID)
			must(t, err)
			if d := diffFields(got, a); len(d) > 0 {
				t.Fatalf("round trip differs:\n%s", strings.Join(d, "\n"))
			}
			b := second(s)
			// The fixtures must differ in every column and child table, or the test proves less than it says.
			cs := info.Changes(a, b)
			if len(cs) != len(info.Columns)+len(info.Children) {
				var seen []string
				for _, c := range cs {
					seen = append(seen, c.Field)
				}
				t.Fatalf("the second fixture changes %d of %d columns and child tables: %v",
					len(cs), len(info.Columns)+len(info.Children), seen)
			}
			ma, mb := k.Meta(a), k.Meta(b)
			*mb.ID, *mb.Version, *mb.CreatedAt, *mb.UpdatedAt = *ma.ID, *ma.Version, *ma.CreatedAt, *ma.UpdatedAt
			must(t, st.Update(ctx, b))
			got, err = st.Get(ctx, *ma.ID)
			must(t, err)
			if d := diffFields(got, b); len(d) > 0 {
				t.Fatalf("after the update every column should hold the new value:\n%s", strings.Join(d, "\n"))
			}
			if *k.Meta(got).Version != 2 {
				t.Errorf("version after one update = %d, want 2", *k.Meta(got).Version)
			}
			h, err := s.History(ctx, data.RecordRef{Kind: k.Kind, ID: *ma.ID})
			must(t, err)
			if len(h) != len(cs)+1 || h[len(h)-1].Field != "Tạo mới" {
				t.Errorf("history has %d rows, want %d changes and the creation: %+v", len(h), len(cs), h)
			}
		},
		create: func(t *testing.T, s *sqlite.Store) int64 {
			a := first()
			must(t, k.Store(s).Create(ctx, a))
			return *k.Meta(a).ID
		},
		stale: func(t *testing.T, s *sqlite.Store, id int64) {
			st := k.Store(s)
			mine, err := st.Get(ctx, id)
			must(t, err)
			theirs, err := st.Get(ctx, id)
			must(t, err)
			edit(theirs)
			must(t, st.Update(ctx, theirs))
			err = st.Update(ctx, mine)
			if data.ErrorCode(err) != data.ECONFLICT || !strings.HasPrefix(data.ErrorMessage(err), data.MsgChangedElsewhere) {
				t.Fatalf("a stale save: %v, want ECONFLICT %q", err, data.MsgChangedElsewhere)
			}
			cur, ok := data.ConflictCurrent[T](err)
			if !ok {
				t.Fatalf("the conflict carries no current %T", mine)
			}
			stored, err := st.Get(ctx, id)
			must(t, err)
			if d := diffFields(cur, stored); len(d) > 0 {
				t.Errorf("the conflict's record is not the stored one:\n%s", strings.Join(d, "\n"))
			}
			if d := diffFields(stored, theirs); len(d) > 0 {
				t.Errorf("the stale save changed the stored record:\n%s", strings.Join(d, "\n"))
			}
		},
	}
}

func TestEveryKindIsCovered(t *testing.T) {
	cases := map[data.RecordKind]bool{}
	for _, c := range kindCases() {
		cases[c.kind] = true
	}
	for _, k := range data.Kinds() {
		if !cases[k.Kind] {
			t.Errorf("kind %s has no fixtures in registry_test.go", k.Kind)
		}
	}
}

func TestEveryKindRoundTripsAndUpdatesEveryColumn(t *testing.T) {
	for _, c := range kindCases() {
		t.Run(string(c.kind), func(t *testing.T) { c.run(t, mustOpen(t)) })
	}
}

func TestEveryKindRefusesAStaleSave(t *testing.T) {
	for _, c := range kindCases() {
		t.Run(string(c.kind), func(t *testing.T) {
			s := mustOpen(t)
			c.stale(t, s, c.create(t, s))
		})
	}
	t.Run(string(data.KindMember), func(t *testing.T) {
		s := mustOpen(t)
		m := mustCreate(t, s, member("Nguyễn Văn An"))[0]
		mine, err := s.Member(ctx, m.ID)
		must(t, err)
		theirs, err := s.Member(ctx, m.ID)
		must(t, err)
		theirs.Phone = "0912345678" // an import or another window
		must(t, s.UpdateMember(ctx, theirs))
		mine.Notes = "sửa trên form mở từ trước"
		err = s.UpdateMember(ctx, mine)
		cur, ok := data.ConflictCurrent[data.Member](err)
		if !ok || !strings.HasPrefix(data.ErrorMessage(err), data.MsgChangedElsewhere) {
			t.Fatalf("a stale member save: %v", err)
		}
		if cur.Phone != "0912345678" {
			t.Errorf("the conflict carries phone %q, want the new one", cur.Phone)
		}
		got, err := s.Member(ctx, m.ID)
		must(t, err)
		if got.Phone != "0912345678" || got.Notes != "" {
			t.Errorf("the stale save put back old values: phone %q, notes %q", got.Phone, got.Notes)
		}
		// Saving the chair's version knowingly (the dialog's "Lưu bản của tôi") goes through.
		mine.Version = cur.Version
		must(t, s.UpdateMember(ctx, mine))
	})
}

func TestTrashAndRestoreEveryKind(t *testing.T) {
	s := mustOpen(t)
	var refs []data.RecordRef
	for _, c := range kindCases() {
		refs = append(refs, data.RecordRef{Kind: c.kind, ID: c.create(t, s)})
	}
	m := mustCreate(t, s, member("Phạm Thị Lan"))[0]
	refs = append(refs, data.RecordRef{Kind: data.KindMember, ID: m.ID})
	for _, ref := range refs {
		must(t, s.TrashRecord(ctx, ref))
	}
	items, err := s.TrashList(ctx)
	must(t, err)
	if len(items) != len(refs) {
		t.Fatalf("trash lists %d items, want %d: %+v", len(items), len(refs), items)
	}
	if items[0].Ref.Kind != data.KindMember || items[0].Title != "Phạm Thị Lan" {
		t.Errorf("members come first, by name: %+v", items[0])
	}
	for _, it := range items {
		if it.Title == "" || !it.DeletedAt.Equal(today.Truncate(1e9)) {
			t.Errorf("trash item %+v: want a title and the date deleted", it)
		}
	}
	for _, ref := range refs {
		if ref.Kind == data.KindMember {
			continue
		}
		if _, err := s.GetRecord(ctx, data.KindOf(ref.Kind), ref.ID); data.ErrorCode(err) != data.ENOTFOUND {
			t.Errorf("%s in the trash: Get = %v, want not found", ref.Kind, err)
		}
		if err := s.TrashRecord(ctx, ref); data.ErrorCode(err) != data.ENOTFOUND {
			t.Errorf("%s trashed twice: %v, want not found", ref.Kind, err)
		}
	}
	for _, ref := range refs {
		must(t, s.RestoreRecord(ctx, ref))
		if err := s.RestoreRecord(ctx, ref); data.ErrorCode(err) != data.ENOTFOUND {
			t.Errorf("%s restored twice: %v, want not found", ref.Kind, err)
		}
		h, err := s.History(ctx, ref)
		must(t, err)
		if len(h) < 3 || h[0].Field != "Khôi phục từ Thùng rác" || h[1].Field != "Chuyển vào Thùng rác" {
			t.Errorf("%s history should end with trash and restore: %+v", ref.Kind, h)
		}
	}
	if items, err := s.TrashList(ctx); err != nil || len(items) != 0 {
		t.Errorf("after restoring everything the trash holds %+v (%v)", items, err)
	}
	for _, ref := range refs[:len(refs)-1] {
		if _, err := s.GetRecord(ctx, data.KindOf(ref.Kind), ref.ID); err != nil {
			t.Errorf("%s restored: %v", ref.Kind, err)
		}
	}
	if err := s.TrashRecord(ctx, data.RecordRef{Kind: "khong-co", ID: 1}); data.ErrorCode(err) != data.EINVALID {
		t.Errorf("an unknown kind: %v, want invalid", err)
	}
}

func TestNoEmptyRecords(t *testing.T) {
	s := mustOpen(t)
	cases := []struct {
		name  string
		save  func() error
		field string
	}{
		{"a conference without a date", func() error {
			c := conferenceFixture()
			c.Date, c.Reviews = time.Time{}, nil
			return data.Conferences.Store(s).Create(ctx, c)
		}, data.FieldConfDate},
		{"a periodic dialogue without a date", func() error {
			return data.Dialogues.Store(s).Create(ctx, &data.Dialogue{Kind: data.DialoguePeriodic})
		}, data.FieldDlgDate},
		{"an agreement without signing date", func() error {
			a := agreementFixture(0)
			a.Signed, a.Sent, a.Published = time.Time{}, time.Time{}, time.Time{}
			return data.Agreements.Store(s).Create(ctx, a)
		}, data.FieldAgrSigned},
		{"an agreement without a term", func() error {
			a := agreementFixture(0)
			a.TermYears = 0
			return data.Agreements.Store(s).Create(ctx, a)
		}, data.FieldAgrTerm},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.save()
			var de *data.Error
			if !errors.As(err, &de) || de.Code != data.EINVALID || de.Field != c.field {
				t.Fatalf("got %v, want EINVALID at %s", err, c.field)
			}
		})
	}
	if n := liveRecords(t, s); n != 0 {
		t.Errorf("refused records were stored: %d", n)
	}
}

// liveRecords counts the records of every kind not in the trash.
func liveRecords(t *testing.T, s *sqlite.Store) int {
	t.Helper()
	n := 0
	for _, k := range data.Kinds() {
		recs, err := s.ListRecords(ctx, k)
		must(t, err)
		n += len(recs)
	}
	return n
}

func TestSecondYearlyConferenceAsks(t *testing.T) {
	s := mustOpen(t)
	st := data.Conferences.Store(s)
	must(t, st.Create(ctx, conferenceFixture()))
	again := conferenceFixture()
	err := st.Create(ctx, again)
	var de *data.Error
	if !errors.As(err, &de) || de.Code != data.ECONFIRM || de.Field != data.FieldConfYear || !strings.Contains(de.Message, "2026") {
		t.Fatalf("a second yearly conference of 2026: %v, want ECONFIRM at the year", err)
	}
	if again.ID != 0 {
		t.Fatalf("the question stored the record")
	}
	must(t, st.Create(data.Confirmed(ctx), again))
	extra := conferenceFixture()
	extra.Extraordinary = true
	must(t, st.Create(ctx, extra)) // an extraordinary one asks nothing
	// Editing the first one (the same year) does not ask about itself… but now there are two.
	first, err := st.Get(ctx, again.ID)
	must(t, err)
	first.Place = "Hội trường B"
	if err := st.Update(ctx, first); data.ErrorCode(err) != data.ECONFIRM {
		t.Errorf("an update while two yearly conferences exist: %v, want the question again", err)
	}
	lone := mustOpen(t)
	c := conferenceFixture()
	must(t, data.Conferences.Store(lone).Create(ctx, c))
	c.Place = "Hội trường C"
	must(t, data.Conferences.Store(lone).Update(ctx, c))
}
