package sqlite_test

import (
	"fmt"
	"testing"

	"socongdoan/data"
)

// congressFixture is a past toàn thể congress of 150 members whose BCH count
// tied at the last seat and was settled in a second round.
func congressFixture() *data.Congress {
	return &data.Congress{
		Number: 5, TermFrom: 2025, TermTo: 2030, Form: data.FormGeneral, Members: 40, Called: 40, Present: 0, Guests: 0,
		Date: day(2025, 11, 20), Place: "Hội trường công ty", Theme: "Đoàn kết - Đổi mới - Phát triển",
		BCHSize: 3, BTVSize: 0, UBKTSize: 3, UBKTFromBCH: 1, FirstBCH: day(2025, 11, 20), FileSent: day(2025, 11, 28),
		Organizers: []data.CongressOrganizer{{Body: "Ban tổ chức", Name: "Nguyễn Văn An", Role: "Trưởng ban"}},
		Delegates:  []data.CongressDelegate{{Name: "Nguyễn Văn An", Position: "Chủ tịch", Status: data.DelegatePresent}, {Name: "Lê Thị Hoa", Status: data.DelegatePresent}, {Name: "Trần Văn Cường", Status: data.DelegateAbsent}},
		Candidates: []data.CongressCandidate{{Body: data.BodyBCH, Name: "Nguyễn Văn An", Nationality: "Việt Nam"}},
		Elections: []data.CongressElection{
			{No: 1, Body: data.BodyBCH, Round: 1, Seats: 2, Issued: 10, Collected: 10, Valid: 10},
			{No: 2, Body: data.BodyBCH, Round: 2, Seats: 1, Issued: 10, Collected: 10, Valid: 10}},
		Votes: []data.CongressVote{{Election: 1, Name: "Nguyễn Văn An", Votes: 8}, {Election: 1, Name: "Lê Thị Hoa", Votes: 6}, {Election: 1, Name: "Trần Văn Cường", Votes: 6},
			{Election: 2, Name: "Lê Thị Hoa", Votes: 6}, {Election: 2, Name: "Trần Văn Cường", Votes: 4}},
		Budget: []data.CongressBudgetLine{{Item: "Trang trí hội trường", Amount: 3_000_000, Source: "Kinh phí công đoàn"}},
		Notes:  "Đại hội toàn thể",
	}
}

func congressFixture2() *data.Congress {
	return &data.Congress{
		Number: 6, TermFrom: 2026, TermTo: 2031, Form: data.FormDelegate, UpperConsent: "Công văn 12/CV-CĐKCN ngày 01/3/2026",
		Members: 180, Called: 100, Present: 90, Guests: 12, Date: day(2026, 4, 10), Place: "Nhà văn hóa", Theme: "Dân chủ - Kỷ cương",
		BCHSize: 9, BCHIncreased: true, BTVSize: 3, UBKTSize: 4, UBKTFromBCH: 0, DirectChair: true,
		FirstBCH: day(2026, 4, 11), FileSent: day(2026, 4, 20), DecisionNo: "45/QĐ-CĐKCN", DecisionDate: day(2026, 5, 5),
		SealDone: true, BankDone: true,
		Organizers: []data.CongressOrganizer{{Body: "Tiểu ban nhân sự", Name: "Lê Thị Hoa", Role: "Trưởng tiểu ban"}},
		Delegates:  delegates(80),
		Candidates: []data.CongressCandidate{{Body: data.BodyChair, Name: "Lê Thị Hoa", Position: "Phó Chủ tịch", Nationality: "Việt Nam"}},
		Elections:  []data.CongressElection{{No: 1, Body: data.BodyChair, Round: 1, Seats: 1, Issued: 90, Collected: 90, Valid: 88, Invalid: 2}},
		Votes:      []data.CongressVote{{Election: 1, Name: "Lê Thị Hoa", Votes: 80}},
		Budget:     []data.CongressBudgetLine{{Item: "Hoa, quà lưu niệm", Amount: 5_000_000, Source: "Doanh nghiệp hỗ trợ"}},
		Notes:      "Đại hội đại biểu",
	}
}

// delegates is a list of n official delegates, all present but the last.
func delegates(n int) []data.CongressDelegate {
	out := make([]data.CongressDelegate, n)
	for i := range out {
		out[i] = data.CongressDelegate{Name: fmt.Sprintf("Đại biểu số %d", i+1), Status: data.DelegatePresent}
	}
	out[n-1].Status = data.DelegateAbsent
	return out
}

func TestCongressCountIsComputedFromTheStoredBallots(t *testing.T) {
	s := mustOpen(t)
	c := congressFixture()
	must(t, data.Congresses.Store(s).Create(ctx, c))
	got, err := data.Congresses.Store(s).Get(ctx, c.ID)
	must(t, err)
	// Round 1: An 8/10 elected; Hoa and Cường 6/10 tie for the last seat; round 2: Hoa 6/10.
	names := got.ElectedTo(data.BodyBCH, data.BaseCollected)
	if len(names) != 2 || names[0] != "Nguyễn Văn An" || names[1] != "Lê Thị Hoa" {
		t.Errorf("elected to the BCH = %v, want [Nguyễn Văn An Lê Thị Hoa] (given-name order)", names)
	}
	rs, err := got.Results(data.BaseCollected)
	must(t, err)
	if rs[0].TieSeats != 1 || len(rs[0].Tied) != 2 {
		t.Errorf("round 1 should flag a tie for 1 seat between 2, got %d seats %v", rs[0].TieSeats, rs[0].Tied)
	}
}

func TestCongressWithAnInconsistentCountIsNotStored(t *testing.T) {
	s := mustOpen(t)
	c := congressFixture()
	c.Elections[0].Collected = 4 // more collected than issued
	err := data.Congresses.Store(s).Create(ctx, c)
	if err == nil || data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("Create with collected > issued = %v, want EINVALID", err)
	}
	list, err := data.Congresses.Store(s).List(ctx)
	must(t, err)
	if len(list) != 0 {
		t.Errorf("a refused congress left %d records", len(list))
	}
	c = congressFixture()
	c.Candidates[0].Nationality = "Hàn Quốc"
	if err := data.Congresses.Store(s).Create(ctx, c); err == nil {
		t.Error("a candidate who is not a Vietnamese citizen was stored")
	}
}

// The old term's BCH members not elected again have their post closed the day
// before the congress; the re-elected keep theirs open; a tổ trưởng's post and
// a chair whose successor is not yet counted are left as they are.
func TestCongressClosesThePostsOfThoseNotReElected(t *testing.T) {
	s := mustOpen(t)
	old := data.PostTerm{Post: data.PostBCH, From: day(2020, 11, 15), How: data.AppointElected, Term: "2020–2025"}
	must(t, data.AddPost(ctx, s, 0, "Nguyễn Văn An", old))
	must(t, data.AddPost(ctx, s, 0, "Phạm Thị Lụa", old))
	must(t, data.AddPost(ctx, s, 0, "Phạm Thị Lụa", data.PostTerm{Post: data.PostChair, From: day(2020, 11, 15), How: data.AppointElected}))
	must(t, data.AddPost(ctx, s, 0, "Phạm Thị Lụa", data.PostTerm{Post: data.PostGroupLeader, Unit: "Tổ May 1", From: day(2021, 1, 4)}))
	c := congressFixture() // elects An and Hoa to the BCH; no chair counted
	must(t, data.Congresses.Store(s).Create(ctx, c))
	_, err := data.RecordElectedPosts(ctx, s, c, data.BaseCollected)
	must(t, err)
	closed, err := data.CloseReplacedPosts(ctx, s, c, data.BaseCollected)
	must(t, err)
	if len(closed) != 1 || closed[0].Name != "Phạm Thị Lụa" || closed[0].Post != data.PostBCH || !closed[0].Until.Equal(day(2025, 11, 19)) {
		t.Fatalf("closed = %+v, want Lụa's BCH post until 19/11/2025", closed)
	}
	cadres, err := data.Cadres.Store(s).List(ctx)
	must(t, err)
	held := map[string][]string{}
	for _, cd := range cadres {
		for _, p := range cd.Posts {
			if p.HeldOn(day(2025, 11, 21)) {
				held[cd.Name] = append(held[cd.Name], string(p.Post))
			}
		}
	}
	if fmt.Sprint(held["Nguyễn Văn An"]) != "[uy_vien_bch]" || fmt.Sprint(held["Lê Thị Hoa"]) != "[uy_vien_bch]" ||
		fmt.Sprint(held["Phạm Thị Lụa"]) != "[chu_tich to_truong]" {
		t.Errorf("held after the congress = %v", held)
	}
	// Run again (the button pressed twice): nothing more to close.
	closed, err = data.CloseReplacedPosts(ctx, s, c, data.BaseCollected)
	must(t, err)
	if len(closed) != 0 {
		t.Errorf("second run closed %v", closed)
	}
}
