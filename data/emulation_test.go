package data

import (
	"testing"
	"time"
)

// sheet is a two-group sheet of 60 + 40 points scored self1 and self2.
func sheet(self1, self2 Points) []Criterion {
	return []Criterion{
		{Group: "I", Item: "a", Max: 600, Self: self1},
		{Group: "II", Item: "b", Max: 400, Self: self2},
	}
}

// Points exactly at each threshold reach it; a tenth below does not
// (DOMAIN-MODULES §D: thresholds are settings, the pre-2019 85/70/50 by default).
func TestRateAtEachThreshold(t *testing.T) {
	s := DefaultEmulationSettings()
	cases := []struct {
		self1, self2 Points
		want         RatingLevel
	}{
		{450, 400, RatingExcellent}, // 85,0 with group I at 75%
		{449, 400, RatingGood},      // 84,9
		{300, 400, RatingGood},      // 70,0
		{299, 400, RatingDone},      // 69,9
		{300, 200, RatingDone},      // 50,0
		{300, 199, RatingFailed},    // 49,9
		{0, 0, RatingFailed},
	}
	for _, c := range cases {
		if got := Rate(sheet(c.self1, c.self2), SelfScore, s); got != c.want {
			t.Errorf("%s + %s points: %s, want %s", FormatPoints(c.self1), FormatPoints(c.self2), got.Label(), c.want.Label())
		}
	}
}

// The top level needs every group at least at the share (50%): a group exactly
// at half passes; a tenth below falls to "hoàn thành tốt" however high the total.
func TestRateGroupShare(t *testing.T) {
	s := DefaultEmulationSettings()
	s.ExcellentPoints = 60
	if got := Rate(sheet(600, 200), SelfScore, s); got != RatingExcellent {
		t.Errorf("group II at exactly 50%%: %s, want excellent", got.Label())
	}
	if got := Rate(sheet(600, 199), SelfScore, s); got != RatingGood {
		t.Errorf("group II at 49,75%%: %s, want good", got.Label())
	}
}

// Other thresholds (the upper level's own) are honoured the same way.
func TestRateOtherThresholds(t *testing.T) {
	s := DefaultEmulationSettings()
	s.ExcellentPoints, s.GoodPoints, s.DonePoints = 90, 80, 60
	if got := Rate(sheet(500, 400), SelfScore, s); got != RatingExcellent {
		t.Errorf("90 with 90/80/60: %s", got.Label())
	}
	if got := Rate(sheet(450, 400), SelfScore, s); got != RatingGood {
		t.Errorf("85 with 90/80/60: %s", got.Label())
	}
	var ps Problems
	s.GoodPoints = 95
	s.validate(&ps)
	if len(ps) == 0 {
		t.Error("thresholds out of order accepted")
	}
}

func TestPoints(t *testing.T) {
	for in, want := range map[string]Points{"85": 850, "2,5": 25, "2.5": 25, "0": 0, "": 0, " 10 ": 100} {
		got, err := ParsePoints(in)
		if err != nil || got != want {
			t.Errorf("ParsePoints(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"2,55", "-1", "abc", "1,x", "12345"} {
		if _, err := ParsePoints(bad); err == nil {
			t.Errorf("ParsePoints(%q) accepted", bad)
		}
	}
	for p, want := range map[Points]string{850: "85", 25: "2,5", 0: "0", 5: "0,5"} {
		if got := FormatPoints(p); got != want {
			t.Errorf("FormatPoints(%d) = %q, want %q", p, got, want)
		}
	}
}

func TestEmulationValidate(t *testing.T) {
	now := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	s := DefaultEmulationSettings()
	e := &Emulation{Year: 2026, Criteria: []Criterion{{Group: "I", Item: "a", Max: 100, Self: 110}}}
	e.Normalize()
	if ps := e.Validate(s, now); ps.Err() == nil {
		t.Error("a self score above the maximum was accepted")
	}
	e.Criteria[0].Self = 100
	e.DecisionNo = "5/QĐ"
	if ps := e.Validate(s, now); ps.Err() == nil {
		t.Error("a decision without a level was accepted")
	}
	// The decided level differing from the upper level's scores is a warning only.
	e.Level, e.UpperScored = RatingGood, true
	e.Criteria[0].Upper = 100
	ps := e.Validate(s, now)
	if ps.Err() != nil || len(ps.Warnings()) != 1 {
		t.Errorf("level differing from the upper scores: %v", ps)
	}
}

func TestProposalVote(t *testing.T) {
	now := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	p := &Proposal{Year: 2026, MeetingDate: now, BCHTotal: 7, BCHPresent: 6,
		Nominees: []Awardee{{Name: "A", Title: "x", VotesFor: 4, VotesAgainst: 2}, {Name: "B", Title: "x", VotesFor: 3, VotesAgainst: 3}}}
	if got := p.Agreed(); len(got) != 1 || got[0].Name != "A" {
		t.Errorf("agreed = %v; 3 of 6 is not more than half", got)
	}
	ps := p.Validate(now)
	if ps.Err() != nil || len(ps.Warnings()) != 1 {
		t.Errorf("problems = %v, want one warning for B", ps)
	}
	p.Nominees[0].VotesFor = 5
	if p.Validate(now).Err() == nil {
		t.Error("7 votes from 6 present accepted")
	}
}
