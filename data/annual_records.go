package data

import "time"

// The annual report's figures on awards, the Ban nữ công and Party
// introductions, counted from their records (issue 14 point 7; DOMAIN §7
// "Report structure", DOMAIN-MODULES §D, §E, §F) instead of typed.

// AwardLevelCount is what the awards of one conferring level gave in a period.
type AwardLevelCount struct {
	Level       AwardLevel
	Collectives int // tập thể: the CĐCS, a tổ công đoàn…
	People      int // cá nhân
	Amount      int64
}

// YearRecords are the period's facts of those records.
type YearRecords struct {
	// Awards decided in the period, by level from the CĐCS up; nil when none.
	Awards []AwardLevelCount
	// Committee is the Ban nữ công quần chúng in force at the period's end, nil when none is recorded.
	Committee *WomenCommittee
	// Intros are the members introduced to the Party in the period, with their outcome.
	Intros, IntrosAdmitted, IntrosNot int
	// Kept tells which records exist at all: a kind with no record says nothing.
	AwardsKept, CommitteeKept, IntrosKept bool
}

// AwardsTotal sums the levels: collectives, people and money.
func (y *YearRecords) AwardsTotal() AwardLevelCount {
	var t AwardLevelCount
	for _, c := range y.Awards {
		t.Collectives += c.Collectives
		t.People += c.People
		t.Amount += c.Amount
	}
	return t
}

// GatherYearRecords counts the awards decided between from and to (by the
// decision's date: what the union received in the period), the committee in
// force on to, and the Party introductions dated in the period.
func GatherYearRecords(awards []Award, committees []WomenCommittee, intros []PartyIntro, from, to time.Time) YearRecords {
	y := YearRecords{AwardsKept: len(awards) > 0, CommitteeKept: len(committees) > 0, IntrosKept: len(intros) > 0}
	in := func(d time.Time) bool { return !d.IsZero() && !d.Before(from) && !d.After(to) }
	byLevel := map[AwardLevel]*AwardLevelCount{}
	for _, a := range awards {
		if !in(a.DecisionDate) {
			continue
		}
		c := byLevel[a.Level]
		if c == nil {
			c = &AwardLevelCount{Level: a.Level}
			byLevel[a.Level] = c
		}
		for _, r := range a.Recipients {
			if r.Collective {
				c.Collectives++
			} else {
				c.People++
			}
			c.Amount += r.Amount
		}
	}
	for _, l := range AwardLevels {
		if c := byLevel[l]; c != nil {
			y.Awards = append(y.Awards, *c)
		}
	}
	for i := range committees {
		c := &committees[i]
		if c.InForceOn(to) && (y.Committee == nil || c.DecisionDate.After(y.Committee.DecisionDate)) {
			y.Committee = c
		}
	}
	for _, p := range intros {
		if !in(p.Date) {
			continue
		}
		y.Intros++
		switch p.Outcome {
		case IntroAdmitted:
			y.IntrosAdmitted++
		case IntroNot:
			y.IntrosNot++
		}
	}
	return y
}
