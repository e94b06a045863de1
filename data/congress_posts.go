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
// and returns how many were added. A person who already holds the post on the
// day (re-elected, the term already open in the history) is left as recorded,
// and AddPost never adds a post twice from the same day.
func RecordElectedPosts(ctx context.Context, db RecordDB, c *Congress, base ElectionBase) (int, error) {
	cadres, err := Cadres.Store(db).List(ctx)
	if err != nil {
		return 0, err
	}
	added := 0
	for _, p := range c.ElectedPosts(base) {
		if holds(cadres, p) {
			continue
		}
		if err := AddPost(ctx, db, p.MemberID, p.Name, p.Term); err != nil {
			return added, err
		}
		added++
	}
	return added, nil
}

// holds reports whether the cadre history already has p's person in p's post on its first day.
func holds(cadres []Cadre, p ElectedPost) bool {
	for i := range cadres {
		cd := &cadres[i]
		if p.MemberID != 0 && cd.MemberID != p.MemberID || p.MemberID == 0 && vn.Fold(cd.Name) != vn.Fold(p.Name) {
			continue
		}
		for _, t := range cd.Posts {
			if t.Post == p.Term.Post && t.HeldOn(p.Term.From) {
				return true
			}
		}
	}
	return false
}
