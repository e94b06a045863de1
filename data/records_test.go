package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// wantProblem checks that ps has a problem at field containing part (warning or
// error as asked), or none at all when part is "".
func wantProblem(t *testing.T, ps data.Problems, field, part string, warning bool) {
	t.Helper()
	if part == "" {
		if err := ps.Err(); err != nil {
			t.Errorf("unexpected error: %v", err)
		}
		return
	}
	for _, p := range ps {
		if p.Field == field && strings.Contains(p.Message, part) && p.Warning == warning {
			return
		}
	}
	t.Errorf("no %s at %s containing %q in %+v", map[bool]string{true: "warning", false: "error"}[warning], field, part, ps)
}

func TestConferenceValidate(t *testing.T) {
	now := day(2026, 11, 21)
	s := data.DefaultRuleSettings()
	base := func() data.Conference {
		return data.Conference{Year: 2026, Model: data.ModelSOE, Form: data.FormAll, Date: day(2026, 3, 10), WorkersTotal: 300, Attendees: 200}
	}
	cases := []struct {
		name    string
		edit    func(*data.Conference)
		field   string
		part    string
		warning bool
	}{
		{"exactly 2/3 of the workers is a quorum", func(c *data.Conference) {}, "", "", false},
		{"one under 2/3 is warned", func(c *data.Conference) { c.Attendees = 199 }, data.FieldConfAttendees, "cần ít nhất 2/3 (200 người)", true},
		{"delegates count against those summoned", func(c *data.Conference) {
			c.Form, c.DelegatesSummoned, c.Attendees = data.FormDelegates, 90, 59
		}, data.FieldConfAttendees, "cần ít nhất 2/3 (60 người)", true},
		{"more attendees than workers is refused", func(c *data.Conference) { c.Attendees = 301 }, data.FieldConfAttendees, "lớn hơn tổng số người lao động", false},
		{"a delegate conference needs the delegates summoned", func(c *data.Conference) { c.Form = data.FormDelegates }, data.FieldConfDelegates, "số đại biểu", false},
		{"the state model's yearly conference after March is warned", func(c *data.Conference) { c.Date = day(2026, 4, 1) }, data.FieldConfDate, "chậm nhất 3 tháng", true},
		{"on 31 March it is in time", func(c *data.Conference) { c.Date = day(2026, 3, 31) }, "", "", false},
		{"votes beyond the attendees are refused", func(c *data.Conference) {
			c.Resolutions = []data.Resolution{{Text: "NQ", For: 150, Against: 40, Abstained: 11}}
		}, data.FieldConfResolutions, "Nghị quyết 1: tổng số phiếu (201)", false},
		{"a review before the conference is refused", func(c *data.Conference) {
			c.Reviews = []data.ConferenceReview{{Date: day(2026, 3, 1), Findings: "x"}}
		}, data.FieldConfReviews, "sau ngày hội nghị", false},
		{"the non-state model follows the settings", func(c *data.Conference) { c.Model, c.Attendees = data.ModelOther, 199 }, data.FieldConfAttendees, "2/3", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			conf := base()
			c.edit(&conf)
			conf.Normalize()
			wantProblem(t, conf.Validate(s, now), c.field, c.part, c.warning)
		})
	}
	t.Run("a resolution passes with more than half of the attendees", func(t *testing.T) {
		conf := base()
		if conf.Passed(data.Resolution{For: 100}, s) || !conf.Passed(data.Resolution{For: 101}, s) {
			t.Error("100 of 200 must fail and 101 pass")
		}
	})
}

func TestDialogueValidate(t *testing.T) {
	now := day(2026, 11, 21)
	cal := vn.NewCalendar()
	base := func() data.Dialogue {
		return data.Dialogue{Kind: data.DialoguePeriodic, Date: day(2026, 11, 16), AgendaSent: day(2026, 11, 9),
			EmployerCount: 3, LegalRepPresent: true, RepsTotal: 10, RepsPresent: 8, MinutesSigned: true, Posted: day(2026, 11, 19)}
	}
	cases := []struct {
		name    string
		edit    func(*data.Dialogue)
		field   string
		part    string
		warning bool
	}{
		{"a complete periodic dialogue is fine", func(d *data.Dialogue) {}, "", "", false},
		{"70% of the representatives present is no quorum", func(d *data.Dialogue) { d.RepsPresent = 7 }, data.FieldDlgReps, "trên 70%", true},
		{"without the legal representative there is no quorum", func(d *data.Dialogue) { d.LegalRepPresent = false }, data.FieldDlgEmployer, "người đại diện theo pháp luật", true},
		{"two people on the employer side are too few", func(d *data.Dialogue) { d.EmployerCount = 2 }, data.FieldDlgEmployer, "ít nhất 3 người", true},
		// Meeting Mon 16/11: 5 working days back is Mon 9/11.
		{"an agenda sent 4 working days before is late", func(d *data.Dialogue) { d.AgendaSent = day(2026, 11, 10) }, data.FieldDlgAgenda, "chậm nhất 09/11/2026", true},
		// Mon 16/11 + 3 working days = Thu 19/11; Fri 20/11 is late.
		{"posting on the 4th working day is late", func(d *data.Dialogue) { d.Posted = day(2026, 11, 20) }, data.FieldDlgPosted, "chậm nhất 19/11/2026", true},
		{"posting before the meeting is refused", func(d *data.Dialogue) { d.Posted = day(2026, 11, 15) }, data.FieldDlgPosted, "từ ngày đối thoại", false},
		{"a case dialogue needs its article", func(d *data.Dialogue) { d.Kind = data.DialogueCase }, data.FieldDlgCase, "Điều 36", false},
		{"a worker request with 30% of the representatives is accepted", func(d *data.Dialogue) {
			d.Kind, d.RequestedBy, d.RequestDate, d.RequestAgreed = data.DialogueRequested, data.SideWorkers, day(2026, 11, 2), 3
		}, "", "", false},
		{"a worker request with 2 of 10 is refused", func(d *data.Dialogue) {
			d.Kind, d.RequestedBy, d.RequestDate, d.RequestAgreed = data.DialogueRequested, data.SideWorkers, day(2026, 11, 2), 2
		}, data.FieldDlgAgreed, "ít nhất 30%", false},
		// Request Mon 2/11 + 5 working days = Mon 9/11.
		{"a reply on the 6th working day is late", func(d *data.Dialogue) {
			d.Kind, d.RequestedBy, d.RequestDate, d.ReplyDate = data.DialogueRequested, data.SideEmployer, day(2026, 11, 2), day(2026, 11, 10)
		}, data.FieldDlgReply, "hạn là 09/11/2026", true},
		{"more present than on the list is refused", func(d *data.Dialogue) { d.RepsPresent = 11 }, data.FieldDlgReps, "lớn hơn tổng số", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := base()
			c.edit(&d)
			d.Normalize()
			wantProblem(t, d.Validate(cal, now), c.field, c.part, c.warning)
		})
	}
}

func TestRepListValidate(t *testing.T) {
	now := day(2026, 11, 21)
	reps := func(n, women int) []data.Rep {
		out := make([]data.Rep, n)
		for i := range out {
			out[i] = data.Rep{Name: "Người " + vn.FormatInt(int64(i+1)), Female: i < women}
		}
		return out
	}
	cases := []struct {
		name    string
		l       data.RepList
		field   string
		part    string
		warning bool
	}{
		{"4 representatives for 120 workers are enough", data.RepList{From: day(2026, 1, 1), Headcount: 120, Reps: reps(4, 2)}, "", "", false},
		{"3 for 120 workers are warned", data.RepList{From: day(2026, 1, 1), Headcount: 120, Reps: reps(3, 2)}, data.FieldRepReps, "cần 4–8 người", true},
		{"9 for 120 workers are warned", data.RepList{From: day(2026, 1, 1), Headcount: 120, Reps: reps(9, 2)}, data.FieldRepReps, "cần 4–8 người", true},
		{"a list without women is warned", data.RepList{From: day(2026, 1, 1), Headcount: 40, Reps: reps(3, 0)}, data.FieldRepReps, "nữ", true},
		{"a list longer than 2 years is refused", data.RepList{From: day(2026, 1, 1), To: day(2028, 1, 1), Reps: reps(3, 1)}, data.FieldRepTo, "2 năm", false},
		{"exactly 2 years is allowed", data.RepList{From: day(2026, 1, 1), To: day(2027, 12, 31), Reps: reps(3, 1)}, "", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.l.Normalize()
			wantProblem(t, c.l.Validate(now), c.field, c.part, c.warning)
		})
	}
	t.Run("a replaced representative no longer counts", func(t *testing.T) {
		l := data.RepList{From: day(2026, 1, 1), Reps: []data.Rep{{Name: "A", Until: day(2026, 6, 1)}, {Name: "B", From: day(2026, 6, 1), Female: true}}}
		if n := len(l.Active(day(2026, 5, 31))); n != 1 || l.Active(day(2026, 5, 31))[0].Name != "A" {
			t.Errorf("before the replacement: %d", n)
		}
		if a := l.Active(day(2026, 6, 1)); len(a) != 1 || a[0].Name != "B" || data.Women(a) != 1 {
			t.Errorf("after the replacement: %+v", a)
		}
	})
}

func TestAgreementValidate(t *testing.T) {
	now := day(2026, 11, 21)
	base := func() data.Agreement {
		return data.Agreement{Level: data.LevelEnterprise, Voters: 1000, VotesFor: 501, VoteDate: day(2026, 10, 1), Signed: day(2026, 10, 5), TermYears: 2}
	}
	cases := []struct {
		name    string
		edit    func(*data.Agreement)
		field   string
		part    string
		warning bool
	}{
		{"50% + 1 of all workers may sign", func(a *data.Agreement) {}, "", "", false},
		{"exactly 50% of all workers may not sign", func(a *data.Agreement) { a.VotesFor = 500 }, data.FieldAgrVotes, "không phải trên số phiếu", false},
		// Issue 9 point 4 changed this: a draft without signing date or term was allowed, now it is an empty record.
		{"an agreement without a signing date is refused", func(a *data.Agreement) { a.VotesFor, a.Signed, a.TermYears = 100, time.Time{}, 0 }, data.FieldAgrSigned, "Cần nhập ngày ký", false},
		{"a term of 0 years is refused once signed", func(a *data.Agreement) { a.TermYears = 0 }, data.FieldAgrTerm, "từ 1 đến 3 năm", false},
		{"a term of 3 years is allowed", func(a *data.Agreement) { a.TermYears = 3 }, "", "", false},
		{"a term of 4 years is refused", func(a *data.Agreement) { a.TermYears = 4 }, data.FieldAgrTerm, "từ 1 đến 3 năm", false},
		{"a copy sent on the 10th day is in time", func(a *data.Agreement) { a.Sent = day(2026, 10, 15) }, "", "", false},
		{"a copy sent on the 11th day is late", func(a *data.Agreement) { a.Sent = day(2026, 10, 16) }, data.FieldAgrSent, "Gửi muộn", true},
		{"an amendment signed with half the workers is refused", func(a *data.Agreement) {
			a.Amendments = []data.Amendment{{Date: day(2026, 11, 1), Content: "Phụ cấp", Voters: 1000, VotesFor: 500}}
		}, data.FieldAgrAmendments, "Sửa đổi 1: chưa được ký", false},
		{"not rated needs a reason", func(a *data.Agreement) { a.Ratings = []data.Rating{{Year: 2026, Grade: data.GradeNone}} }, data.FieldAgrRatings, "lý do", false},
		{"a year rated twice is refused", func(a *data.Agreement) {
			a.Ratings = []data.Rating{{Year: 2026, Grade: data.GradeA}, {Year: 2026, Grade: data.GradeB}}
		}, data.FieldAgrRatings, "đã được xếp loại", false},
		{"a vote after signing is refused", func(a *data.Agreement) { a.VoteDate = day(2026, 10, 6) }, data.FieldAgrVoteDate, "trước ngày ký", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := base()
			c.edit(&a)
			a.Normalize()
			wantProblem(t, a.Validate(now), c.field, c.part, c.warning)
		})
	}
	t.Run("a blank effective date is the signing date and gives the expiry", func(t *testing.T) {
		a := base()
		if !a.EffectiveOn().Equal(day(2026, 10, 5)) || !a.Expiry().Equal(day(2028, 10, 4)) {
			t.Errorf("effective %s, expiry %s", vn.FormatDate(a.EffectiveOn()), vn.FormatDate(a.Expiry()))
		}
	})
}

func TestBargainingValidate(t *testing.T) {
	now := day(2026, 11, 21)
	cal := vn.NewCalendar()
	base := func() data.Bargaining {
		return data.Bargaining{RequestedBy: data.SideWorkers, RequestDate: day(2026, 8, 3)}
	}
	cases := []struct {
		name    string
		edit    func(*data.Bargaining)
		field   string
		part    string
		warning bool
	}{
		// Mon 3/8 + 7 working days = Wed 12/8.
		{"time and place agreed on the 7th working day are in time", func(b *data.Bargaining) { b.AgreedDate = day(2026, 8, 12) }, "", "", false},
		{"on the 8th working day they are late", func(b *data.Bargaining) { b.AgreedDate = day(2026, 8, 13) }, data.FieldBarAgreed, "7 ngày làm việc", true},
		{"a start on day 30 is in time", func(b *data.Bargaining) {
			b.StartDate, b.EndDate, b.Outcome = day(2026, 9, 2), day(2026, 10, 1), data.BargainAgreed
		}, "", "", false},
		{"a start on day 31 is warned", func(b *data.Bargaining) {
			b.StartDate, b.EndDate, b.Outcome = day(2026, 9, 3), day(2026, 10, 1), data.BargainAgreed
		}, data.FieldBarStart, "30 ngày", true},
		{"an end on day 90 is in time", func(b *data.Bargaining) {
			b.StartDate, b.EndDate, b.Outcome = day(2026, 8, 10), day(2026, 11, 8), data.BargainAgreed
		}, "", "", false},
		{"an end on day 91 is warned", func(b *data.Bargaining) {
			b.StartDate, b.EndDate, b.Outcome = day(2026, 8, 10), day(2026, 11, 9), data.BargainAgreed
		}, data.FieldBarEnd, "90 ngày", true},
		{"an agreed extension covers it", func(b *data.Bargaining) {
			b.StartDate, b.EndDate, b.Outcome, b.ExtendedTo = day(2026, 8, 10), day(2026, 11, 9), data.BargainAgreed, day(2026, 12, 1)
		}, "", "", false},
		{"an outcome needs an end date", func(b *data.Bargaining) { b.Outcome = data.BargainFailed }, data.FieldBarEnd, "ngày kết thúc", false},
		{"information answered on day 11 is late", func(b *data.Bargaining) {
			b.InfoRequests = []data.InfoRequest{{Date: day(2026, 8, 5), Subject: "Quỹ lương", Answered: day(2026, 8, 16)}}
		}, data.FieldBarInfo, "10 ngày", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := base()
			c.edit(&b)
			b.Normalize()
			ps := b.Validate(cal, now)
			if c.part == "" {
				for _, p := range ps {
					t.Errorf("unexpected %+v", p)
				}
				return
			}
			wantProblem(t, ps, c.field, c.part, c.warning)
		})
	}
}

func TestRuleSettingsValidate(t *testing.T) {
	r := data.DefaultRuleSettings()
	if ps := r.Validate(); len(ps) != 0 {
		t.Errorf("defaults: %+v", ps)
	}
	r.SOEConferenceMonth = 13
	r.WeekendDays = []time.Weekday{0, 1, 2, 3, 4, 5, 6}
	ps := r.Validate()
	wantProblem(t, ps, data.FieldSetSOEMonth, "từ 1 đến 12", false)
	wantProblem(t, ps, data.FieldSetWeekend, "ít nhất một ngày làm việc", false)
}
