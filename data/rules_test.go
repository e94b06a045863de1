package data_test

import (
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func TestAgreementSigningAllowed(t *testing.T) {
	cases := []struct {
		name               string
		votesFor, all      int
		want               bool
		neededForTheRecord int
	}{
		{"exactly 50% of all workers refuses signing", 500, 1000, false, 501},
		{"50% + 1 of all workers allows signing", 501, 1000, true, 501},
		{"half of an odd number rounded down refuses", 500, 1001, false, 501},
		{"one more than half of an odd number allows", 501, 1001, true, 501},
		{"every worker in favour allows", 7, 7, true, 4},
		{"no workers recorded refuses", 0, 0, false, 0},
		{"a landslide of votes cast is not enough when half the workers stayed away", 450, 1000, false, 501},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.AgreementSigningAllowed(c.votesFor, c.all); got != c.want {
				t.Errorf("AgreementSigningAllowed(%d, %d) = %v, want %v", c.votesFor, c.all, got, c.want)
			}
			if got := data.SigningShare.Needed(c.all, false); got != c.neededForTheRecord {
				t.Errorf("Needed(%d) = %d, want %d", c.all, got, c.neededForTheRecord)
			}
		})
	}
}

func TestDialogueQuorum(t *testing.T) {
	cases := []struct {
		name           string
		legalRep       bool
		present, total int
		want           bool
	}{
		{"70% present is no quorum", true, 7, 10, false},
		{"71% present is a quorum", true, 71, 100, true},
		{"exactly 70% of 100 is no quorum", true, 70, 100, false},
		{"8 of 10 is a quorum", true, 8, 10, true},
		{"17 of 24 (70.8%) is a quorum", true, 17, 24, true},
		{"16 of 24 (66.7%) is no quorum", true, 16, 24, false},
		{"everybody present without the legal representative is no quorum", false, 10, 10, false},
		{"no representatives on the list is no quorum", true, 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.DialogueQuorum(c.legalRep, c.present, c.total); got != c.want {
				t.Errorf("DialogueQuorum(%v, %d, %d) = %v, want %v", c.legalRep, c.present, c.total, got, c.want)
			}
		})
	}
}

func TestRequestSupport(t *testing.T) {
	cases := []struct {
		name            string
		agreeing, total int
		want            bool
	}{
		{"exactly 30% is enough", 3, 10, true},
		{"29% is not", 29, 100, false},
		{"30% of 24 is 7.2, so 7 is not enough", 7, 24, false},
		{"and 8 of 24 is", 8, 24, true},
		{"nobody on the list is not enough", 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.RequestSupport(c.agreeing, c.total); got != c.want {
				t.Errorf("RequestSupport(%d, %d) = %v, want %v", c.agreeing, c.total, got, c.want)
			}
		})
	}
}

func TestConferenceQuorumAndResolution(t *testing.T) {
	cases := []struct {
		name           string
		present, base  int
		quorum         bool
		forVotes, pass int // resolution votes for, out of present
		passed         bool
	}{
		{"exactly 2/3 is a quorum", 200, 300, true, 101, 200, true},
		{"one under 2/3 is not", 199, 300, false, 100, 200, false},
		{"2/3 of 100 needs 67", 67, 100, true, 34, 67, true},
		{"66 of 100 is not", 66, 100, false, 33, 67, false},
		{"an empty hall is not", 0, 0, false, 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.ConferenceQuorum(data.SOEQuorum, c.present, c.base); got != c.quorum {
				t.Errorf("ConferenceQuorum(%d, %d) = %v, want %v", c.present, c.base, got, c.quorum)
			}
			if got := data.ResolutionPassed(data.SOEPass, c.forVotes, c.pass); got != c.passed {
				t.Errorf("ResolutionPassed(%d, %d) = %v, want %v", c.forVotes, c.pass, got, c.passed)
			}
		})
	}
	t.Run("exactly half of the attendees does not pass a resolution", func(t *testing.T) {
		if data.ResolutionPassed(data.SOEPass, 100, 200) {
			t.Error("100 of 200 passed")
		}
	})
	t.Run("the state model needs 2/3 whatever the settings say", func(t *testing.T) {
		s := data.DefaultRuleSettings()
		s.OtherQuorum = data.Fraction{1, 2}
		q, _ := data.ModelSOE.Rules(s)
		if q != data.SOEQuorum {
			t.Errorf("state quorum = %v", q)
		}
		if q, _ := data.ModelOther.Rules(s); q != (data.Fraction{1, 2}) {
			t.Errorf("other quorum = %v, want the setting 1/2", q)
		}
	})
}

func TestRepresentativeBand(t *testing.T) {
	cases := []struct {
		headcount, min, max int
	}{
		{0, 3, 0}, {49, 3, 0}, {50, 4, 8}, {149, 4, 8}, {150, 9, 13}, {299, 9, 13},
		{300, 14, 18}, {499, 14, 18}, {500, 19, 23}, {999, 19, 23}, {1000, 24, 0}, {25000, 24, 0},
	}
	for _, c := range cases {
		min, max := data.RepresentativeBand(c.headcount)
		if min != c.min || max != c.max {
			t.Errorf("RepresentativeBand(%d) = %d–%d, want %d–%d", c.headcount, min, max, c.min, c.max)
		}
	}
	t.Run("the size check follows the band", func(t *testing.T) {
		for _, c := range []struct {
			n, headcount int
			ok           bool
		}{{3, 40, true}, {2, 40, false}, {9, 40, true}, {4, 50, true}, {8, 50, true}, {9, 50, false}, {23, 999, true}, {24, 999, false}, {24, 1000, true}, {23, 1000, false}} {
			if got := data.RepresentativeSizeOK(c.n, c.headcount); got != c.ok {
				t.Errorf("RepresentativeSizeOK(%d, %d) = %v, want %v", c.n, c.headcount, got, c.ok)
			}
		}
	})
}

func TestAgreementTermAndExpiry(t *testing.T) {
	for _, c := range []struct {
		years int
		ok    bool
	}{{0, false}, {1, true}, {2, true}, {3, true}, {4, false}, {-1, false}} {
		if got := data.AgreementTermOK(c.years); got != c.ok {
			t.Errorf("AgreementTermOK(%d) = %v, want %v", c.years, got, c.ok)
		}
	}
	cases := []struct {
		name      string
		effective time.Time
		years     int
		want      time.Time
	}{
		{"3 years from 1/1/2024 run to 31/12/2026", day(2024, 1, 1), 3, day(2026, 12, 31)},
		{"1 year from 15/6/2025 runs to 14/6/2026", day(2025, 6, 15), 1, day(2026, 6, 14)},
		{"from 29/2/2024 for one year runs to 28/2/2025", day(2024, 2, 29), 1, day(2025, 2, 28)},
		{"a 4-year term gives no expiry", day(2024, 1, 1), 4, time.Time{}},
		{"an unknown effective date gives no expiry", time.Time{}, 3, time.Time{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.AgreementExpiry(c.effective, c.years); !got.Equal(c.want) {
				t.Errorf("AgreementExpiry = %s, want %s", vn.FormatDate(got), vn.FormatDate(c.want))
			}
		})
	}
	t.Run("the effective date is the signing date when blank", func(t *testing.T) {
		if got := data.AgreementEffective(day(2024, 1, 2), time.Time{}); !got.Equal(day(2024, 1, 2)) {
			t.Errorf("got %s", vn.FormatDate(got))
		}
		if got := data.AgreementEffective(day(2024, 1, 2), day(2024, 2, 1)); !got.Equal(day(2024, 2, 1)) {
			t.Errorf("got %s", vn.FormatDate(got))
		}
	})
}

func TestAgreementStatus(t *testing.T) {
	signed, effective := day(2024, 1, 2), day(2024, 1, 2)
	expiry := day(2027, 1, 1) // 3 years
	cases := []struct {
		name        string
		today       time.Time
		negotiating bool
		want        data.AgreementState
	}{
		{"before the effective date it is not yet in force", day(2024, 1, 1), false, data.AgreementNotYet},
		{"on the effective date it is in force", day(2024, 1, 2), false, data.AgreementInForce},
		{"91 days before expiry it is in force", day(2026, 10, 2), false, data.AgreementInForce},
		{"90 days before expiry the renegotiation window opens", day(2026, 10, 3), false, data.AgreementExpiring},
		{"on its last day it is expiring", expiry, false, data.AgreementExpiring},
		{"the day after expiry without bargaining it has ended", day(2027, 1, 2), false, data.AgreementEnded},
		{"the day after expiry while negotiating it stays in force", day(2027, 1, 2), true, data.AgreementGrace},
		{"90 days after expiry while negotiating it still stays", day(2027, 4, 1), true, data.AgreementGrace},
		{"91 days after expiry it has ended even while negotiating", day(2027, 4, 2), true, data.AgreementEnded},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := data.AgreementStatus(signed, effective, expiry, c.negotiating, c.today, 90, 90); got != c.want {
				t.Errorf("on %s: %s, want %s", vn.FormatDate(c.today), got.Label(), c.want.Label())
			}
		})
	}
	t.Run("an unsigned agreement is a draft", func(t *testing.T) {
		if got := data.AgreementStatus(time.Time{}, time.Time{}, time.Time{}, false, day(2026, 1, 1), 90, 90); got != data.AgreementDraft {
			t.Errorf("got %s", got)
		}
	})
}

func TestDeadlines(t *testing.T) {
	cal := vn.NewCalendar()
	cases := []struct {
		name string
		got  time.Time
		want time.Time
	}{
		// Fri 6/2/2026 + 5 working days: 9–13/2 would be five, but 16–20/2 is Tết: Mon 9 … Fri 13 = 5.
		{"a reply to a request of Friday 6/2/2026 is due Friday 13/2", data.DialogueReplyDue(cal, day(2026, 2, 6)), day(2026, 2, 13)},
		// Thu 12/2: Fri 13 (1), Tết 16–20, Mon 23 (2), 24 (3), 25 (4), 26 (5).
		{"a reply to a request of 12/2/2026 crosses Tết to 26/2", data.DialogueReplyDue(cal, day(2026, 2, 12)), day(2026, 2, 26)},
		// Fri 28/8/2026: Mon 31 (1), 1–2/9 off, Thu 3 (2), Fri 4 (3).
		{"posting after a dialogue on 28/8/2026 crosses 2/9 to 4/9", data.DialoguePostDue(cal, day(2026, 8, 28)), day(2026, 9, 4)},
		// Fri 20/11/2026: Mon 23 (1), Tue 24 Ngày Văn hóa, Wed 25 (2), Thu 26 (3).
		{"posting after a dialogue on Friday 20/11/2026 crosses the weekend and 24/11", data.DialoguePostDue(cal, day(2026, 11, 20)), day(2026, 11, 26)},
		// Meeting Thu 3/9/2026: back Mon 31/8 (1), Fri 28 (2), Thu 27 (3), Wed 26 (4), Tue 25 (5).
		{"the agenda for a dialogue on 3/9/2026 goes by 25/8", data.DialogueAgendaDue(cal, day(2026, 9, 3)), day(2026, 8, 25)},
		// Request Wed 11/2/2026: 12, 13 (2), Tết, 23, 24, 25, 26, 27 (7).
		{"time and place of bargaining requested on 11/2/2026 are agreed by 27/2", data.BargainAgreeDue(cal, day(2026, 2, 11)), day(2026, 2, 27)},
		{"bargaining requested on 1/10/2026 starts by 31/10", data.BargainStartDue(day(2026, 10, 1)), day(2026, 10, 31)},
		{"bargaining started on 1/10/2026 ends by 30/12", data.BargainEndDue(day(2026, 10, 1), time.Time{}), day(2026, 12, 30)},
		{"an agreed extension moves the end", data.BargainEndDue(day(2026, 10, 1), day(2027, 2, 1)), day(2027, 2, 1)},
		{"information asked on 25/12/2026 is due 4/1/2027 (calendar days)", data.BargainInfoDue(day(2026, 12, 25)), day(2027, 1, 4)},
		{"an agreement signed 28/8/2026 goes to the Sở Nội vụ by 7/9", data.AgreementSendDue(day(2026, 8, 28)), day(2026, 9, 7)},
		{"the review comes 6 months after the conference", data.NextReviewDue(day(2026, 3, 15), time.Time{}), day(2026, 9, 15)},
		{"or 6 months after the last review", data.NextReviewDue(day(2026, 3, 15), day(2026, 9, 20)), day(2027, 3, 20)},
		{"the window opens 90 days before expiry", data.RenegotiationOpens(day(2027, 1, 1), 90), day(2026, 10, 3)},
		{"the grace ends 90 days after expiry", data.GraceEnds(day(2027, 1, 1), 90), day(2027, 4, 1)},
		{"a representative list of 1/1/2025 runs to 31/12/2026", data.RepListEnd(day(2025, 1, 1)), day(2026, 12, 31)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !c.got.Equal(c.want) {
				t.Errorf("got %s, want %s", c.got.Format("Mon 02/01/2006"), c.want.Format("Mon 02/01/2006"))
			}
		})
	}
}

func TestFraction(t *testing.T) {
	for _, c := range []struct {
		in   string
		want data.Fraction
		ok   bool
	}{{"2/3", data.Fraction{2, 3}, true}, {"50%", data.Fraction{50, 100}, true}, {" 70 ", data.Fraction{70, 100}, true},
		{"1/0", data.Fraction{}, false}, {"abc", data.Fraction{}, false}} {
		got, err := data.ParseFraction(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("ParseFraction(%q) = %v, %v", c.in, got, err)
		}
	}
	if s := (data.Fraction{2, 3}).String(); s != "2/3" {
		t.Errorf("String = %q", s)
	}
	if s := (data.Fraction{1, 2}).String(); s != "50%" {
		t.Errorf("String = %q", s)
	}
	if n := (data.Fraction{2, 3}).Needed(100, true); n != 67 {
		t.Errorf("2/3 of 100 needs %d, want 67", n)
	}
	if n := (data.Fraction{7, 10}).Needed(10, false); n != 8 {
		t.Errorf("more than 70%% of 10 needs %d, want 8", n)
	}
}
