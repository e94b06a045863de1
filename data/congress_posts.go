package data

import (
	"context"
	"time"

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

// ClosedPost is a post of the previous term the congress closed.
type ClosedPost struct {
	Name  string
	Post  Post
	Until time.Time
}

// CloseReplacedPosts ends, in the cadre history, the open posts of the
// previous term whose holders were not elected again to the same post (issue
// 15; HD 38 §10.4: the old BCH hands over to the new one): the last day held
// is the day before the new holders' term starts. A body whose election is not
// yet counted closes nothing, so that an old chair is never left without a
// successor on paper; posts held for a unit (tổ trưởng…) are not the
// congress's and are left as they are.
func CloseReplacedPosts(ctx context.Context, db RecordDB, c *Congress, base ElectionBase) ([]ClosedPost, error) {
	st := Cadres.Store(db)
	cadres, err := st.List(ctx)
	if err != nil {
		return nil, err
	}
	type newTerm struct {
		from  time.Time
		ids   map[int64]bool
		names map[string]bool
	}
	terms := map[Post]*newTerm{}
	for _, p := range c.ElectedPosts(base) {
		t := terms[p.Term.Post]
		if t == nil {
			t = &newTerm{from: p.Term.From, ids: map[int64]bool{}, names: map[string]bool{}}
			terms[p.Term.Post] = t
		}
		if p.MemberID != 0 {
			t.ids[p.MemberID] = true
		}
		t.names[vn.Fold(p.Name)] = true
	}
	var out []ClosedPost
	for i := range cadres {
		cd := &cadres[i]
		changed := false
		for j := range cd.Posts {
			pt := &cd.Posts[j]
			nt := terms[pt.Post]
			if nt == nil || nt.from.IsZero() || pt.Unit != "" || !pt.Until.IsZero() || !pt.From.Before(nt.from) {
				continue
			}
			if cd.MemberID != 0 && nt.ids[cd.MemberID] || nt.names[vn.Fold(cd.Name)] {
				continue // elected again: the term goes on
			}
			pt.Until = vn.Day(nt.from).AddDate(0, 0, -1)
			out = append(out, ClosedPost{Name: cd.Name, Post: pt.Post, Until: pt.Until})
			changed = true
		}
		if changed {
			if err := st.Update(ctx, cd); err != nil {
				return out, err
			}
		}
	}
	return out, nil
}
