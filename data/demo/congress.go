package demo

import (
	"context"
	"slices"
	"time"

	"socongdoan/data"
)

// makeCongress is the demo's last congress (issue 15 point 7): held on 20
// November of the last round's year, a BCH vote tied at the last seat and
// settled in a second round, the chair and vice-chair elected at the first BCH
// meeting the same day, the recognition file sent and decided; the bank-holder
// change is still open, so Việc cần làm has it.
func makeCongress(today time.Time, rows []data.MemberRow, s data.CongressSettings) *data.Congress {
	year := today.Year() - today.Year()%5
	day := time.Date(year, 11, 20, 0, 0, 0, 0, time.UTC)
	if !day.Before(today.AddDate(0, -1, 0)) {
		year -= 5
		day = time.Date(year, 11, 20, 0, 0, 0, 0, time.UTC)
	}
	var members []data.MemberRow
	for _, r := range rows {
		if r.Status.InUnion() {
			members = append(members, r)
		}
	}
	n := len(members)
	if n < 5 {
		return nil // too few members for a congress worth showing
	}
	c := &data.Congress{Number: 5, TermFrom: year, TermTo: year + 5, Members: n, Form: data.RequiredCongressForm(n),
		Date: day, Place: "Hội trường nhà ăn ca", Theme: "Đoàn kết - Đổi mới - Phát triển",
		FirstBCH: day, FileSent: day.AddDate(0, 0, 6), DecisionNo: "125/QĐ-CĐ", DecisionDate: day.AddDate(0, 0, 20), SealDone: true,
		Organizers: []data.CongressOrganizer{{Body: "Ban tổ chức", Name: members[0].Name, Role: "Trưởng ban"},
			{Body: "Tiểu ban văn kiện", Name: members[1].Name, Role: "Trưởng tiểu ban"},
			{Body: "Tiểu ban nhân sự", Name: members[2].Name, Role: "Trưởng tiểu ban"},
			// The bodies the congress elects to run it, named on its minutes and counts.
			{Body: "Đoàn Chủ tịch", Name: members[0].Name, Role: "Chủ tịch đoàn"},
			{Body: "Đoàn thư ký", Name: members[n-4].Name, Role: "Trưởng đoàn"},
			{Body: "Ban kiểm phiếu", Name: members[n-1].Name, Role: "Trưởng ban"},
			{Body: "Ban kiểm phiếu", Name: members[n-2].Name, Role: "Ủy viên"},
			{Body: "Ban kiểm phiếu", Name: members[n-3].Name, Role: "Ủy viên"}},
		Budget: []data.CongressBudgetLine{{Item: "Trang trí, khánh tiết", Amount: 3_500_000, Source: "Kinh phí công đoàn"},
			{Item: "In ấn tài liệu", Amount: 2_000_000, Source: "Kinh phí công đoàn"},
			{Item: "Nước uống đại biểu", Amount: 50_000 * 60, Source: "Doanh nghiệp hỗ trợ"}},
	}
	// Delegates: every member for a toàn thể congress (up to 300 listed), else
	// 80% of the maximum; nine in ten present.
	called := n
	if c.Form == data.FormDelegate {
		called = data.DelegateLimit(n) * 4 / 5
	}
	called = min(called, 300, n)
	if c.Form == data.FormGeneral && called < n {
		c.Called, c.Present = n, n*9/10 // too many to list: the counts only
	} else {
		for i, m := range members[:called] {
			st := data.DelegatePresent
			if i%10 == 9 {
				st = data.DelegateAbsent
			}
			c.Delegates = append(c.Delegates, data.CongressDelegate{MemberID: m.ID, Name: m.Name, Position: m.UnitName, Status: st})
		}
	}
	_, present := c.Attendance()
	c.Guests = present / 10
	band := s.Table().Band(n)
	c.BCHSize = min(band.Max, 9)
	if c.BCHSize >= data.BTVMinBCH {
		c.BTVSize = 3
	}
	if n >= data.UBKTMinMembers {
		c.UBKTSize, c.UBKTFromBCH = 3, 1
	} else {
		c.UBKTSize, c.UBKTFromBCH = 1, 1
	}

	// Candidates: the BCH seats plus two, officers first, Vietnamese citizens only.
	seats := c.BCHSize
	var cands []data.MemberRow
	for _, officer := range []bool{true, false} {
		for _, m := range members {
			if len(cands) < seats+2 && !m.Foreign() && (m.UnionRole != "") == officer {
				cands = append(cands, m)
			}
		}
	}
	if len(cands) < seats+2 {
		return nil
	}
	// The register's chair and vice-chair are re-elected: they head the list.
	rank := func(m data.MemberRow) int {
		switch m.UnionRole {
		case "Chủ tịch":
			return 0
		case "Phó Chủ tịch":
			return 1
		}
		return 2
	}
	slices.SortStableFunc(cands, func(a, b data.MemberRow) int { return rank(a) - rank(b) })
	for _, m := range cands {
		c.Candidates = append(c.Candidates, data.CongressCandidate{Body: data.BodyBCH, MemberID: m.ID, Name: m.Name,
			Position: m.UnionRole, Nationality: data.Vietnam})
	}
	// Round 1: seats-1 clear winners, two tied above half for the last seat, one below half.
	p := present
	e1 := data.CongressElection{No: 1, Body: data.BodyBCH, Round: 1, Seats: seats, Issued: p, Collected: p, Valid: p - p/50, Invalid: p / 50}
	c.Elections = append(c.Elections, e1)
	for i, m := range cands {
		v := e1.Valid*3/4 - i
		switch {
		case i == seats-1 || i == seats:
			v = e1.Valid*55/100 + 1
		case i == seats+1:
			v = e1.Valid * 30 / 100
		}
		c.Votes = append(c.Votes, data.CongressVote{Election: 1, Name: m.Name, Votes: v})
	}
	// Round 2 between the tied two for the one seat left.
	e2 := data.CongressElection{No: 2, Body: data.BodyBCH, Round: 2, Seats: 1, Issued: p, Collected: p, Valid: p}
	c.Elections = append(c.Elections, e2)
	c.Votes = append(c.Votes, data.CongressVote{Election: 2, Name: cands[seats-1].Name, Votes: p * 62 / 100},
		data.CongressVote{Election: 2, Name: cands[seats].Name, Votes: p - p*62/100})
	// The first BCH meeting: chair and vice-chair, every BCH member voting.
	chair, vice := cands[0].Name, cands[1].Name
	c.Candidates = append(c.Candidates, data.CongressCandidate{Body: data.BodyChair, MemberID: cands[0].ID, Name: chair, Position: cands[0].UnionRole, Nationality: data.Vietnam},
		data.CongressCandidate{Body: data.BodyVice, MemberID: cands[1].ID, Name: vice, Position: cands[1].UnionRole, Nationality: data.Vietnam})
	c.Elections = append(c.Elections,
		data.CongressElection{No: 3, Body: data.BodyChair, Round: 1, Seats: 1, Issued: seats, Collected: seats, Valid: seats},
		data.CongressElection{No: 4, Body: data.BodyVice, Round: 1, Seats: 1, Issued: seats, Collected: seats, Valid: seats})
	c.Votes = append(c.Votes, data.CongressVote{Election: 3, Name: chair, Votes: seats}, data.CongressVote{Election: 4, Name: vice, Votes: seats - 1})
	return c
}

// fillCongress stores the demo congress and writes its office holders into
// the cadre history.
func fillCongress(ctx context.Context, store Store, today time.Time, rows []data.MemberRow) error {
	s := data.DefaultCongressSettings() // a new demo file has the default settings
	c := makeCongress(today, rows, s)
	if c == nil {
		return nil
	}
	if err := data.Congresses.Store(store).Create(data.Confirmed(ctx), c); err != nil {
		return err
	}
	if _, err := data.RecordElectedPosts(ctx, store, c, s.ElectionBase); err != nil {
		return err
	}
	_, err := data.CloseReplacedPosts(ctx, store, c, s.ElectionBase)
	return err
}
