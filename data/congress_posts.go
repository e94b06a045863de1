package data

import (
	"context"

	"socongdoan/data/vn"
)

// postOf is the cadre post an election fills (issue 14's post history).
func postOf(b ElectionBody) (Post, bool) {
	switch b {
	case BodyBCH:
		return PostBCH, true
	case BodyChair:
		return PostChair, true
	case BodyVice:
		return PostViceChair, true
	case BodyBTV:
		return PostStanding, true
	case BodyUBKT:
		return PostUBKT, true
	case BodyUBKTHead:
		return PostUBKTHead, true
	}
	return "", false // delegates to the upper congress hold no post here
}

// ElectedPost is one office holder the congress (or its first BCH meeting) elected.
type ElectedPost struct {
	MemberID int64
	Name     string
	Term     PostTerm
}

// ElectedPosts are the office holders of the counts, from the day they were
// elected: the congress day for its own elections, the first BCH meeting for
// the others (HD 38 §10.4). Nothing before the count adds up.
func (c *Congress) ElectedPosts(base ElectionBase) []ElectedPost {
	var out []ElectedPost
	ids := map[string]int64{}
	for _, k := range c.Candidates {
		if k.MemberID != 0 {
			ids[vn.Fold(k.Name)] = k.MemberID
		}
	}
	for _, d := range c.Delegates {
		if _, ok := ids[vn.Fold(d.Name)]; !ok && d.MemberID != 0 {
			ids[vn.Fold(d.Name)] = d.MemberID
		}
	}
	decision := c.DecisionNo
	if decision != "" && !c.DecisionDate.IsZero() {
		decision += " ngày " + vn.FormatDate(c.DecisionDate)
	}
	for _, body := range ElectionBodies {
		post, ok := postOf(body)
		if !ok {
			continue
		}
		from := c.Date
		if !body.AtCongress(c.DirectChair) && !c.FirstBCH.IsZero() {
			from = c.FirstBCH
		}
		for _, name := range c.ElectedTo(body, base) {
			out = append(out, ElectedPost{MemberID: ids[vn.Fold(name)], Name: name, Term: PostTerm{Post: post, From: from,
				How: AppointElected, Decision: decision, Term: c.TermLabel()}})
		}
	}
	return out
}

// TermLabel is the term as the cadre history writes it: "2025–2030".
func (c *Congress) TermLabel() string {
	return itoa(c.TermFrom) + "–" + itoa(c.TermTo)
}

// RecordElectedPosts writes the elected office holders into the cadre history
// (AddPost: a post already recorded from the same day is not added twice) and
// returns how many there are.
func RecordElectedPosts(ctx context.Context, db RecordDB, c *Congress, base ElectionBase) (int, error) {
	ps := c.ElectedPosts(base)
	for _, p := range ps {
		if err := AddPost(ctx, db, p.MemberID, p.Name, p.Term); err != nil {
			return 0, err
		}
	}
	return len(ps), nil
}
