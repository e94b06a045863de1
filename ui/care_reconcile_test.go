package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
	"socongdoan/reports"
)

// The Tết form checks its union gifts against the ký nhận list chosen and its
// phiếu chi (issue 14 point 6): the disagreement shows under the choice as
// soon as the list is chosen, is warned at the field on saving (the campaign
// is still saved as typed), and is told before printing the tet-report.
func TestTetGiftsAgainstTheList(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hoa", "Trần Văn Bình")
	ctx := context.Background()
	if err := store.SaveCashSetup(ctx, data.CashSetup{Start: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Opening: data.CashBank{Cash: 5_000_000}}); err != nil {
		t.Fatal(err)
	}
	l := &data.SignList{Date: time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC), Title: "Quà Tết Bính Ngọ", Category: "C05",
		Rows: []data.SignRow{{Name: "Nguyễn Thị Hoa", Amount: 500_000}, {Name: "Trần Văn Bình", Amount: 500_000}}}
	if err := data.SignLists.Store(store).Create(ctx, l); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindTet})
	f := u.rec.emu.tet
	f.year.SetText("2026")
	f.people.add(data.TetPerson{Name: "Nguyễn Thị Hoa", Gift: 500_000, FromUnion: true})
	f.people.add(data.TetPerson{Name: "Trần Văn Bình", Gift: 300_000, FromUnion: true})
	f.gifts.choice.set(l.ID)
	for _, want := range []string{"Tiền quà công đoàn trong đợt Tết (800.000 đ) khác tổng danh sách ký nhận (1.000.000 đ)",
		"Trần Văn Bình (300.000 đ / 500.000 đ)", "Danh sách ký nhận chưa có phiếu chi"} {
		if !strings.Contains(f.giftCheck.Text, want) || f.giftCheck.Hidden {
			t.Errorf("under the list: %q lacks %q", f.giftCheck.Text, want)
		}
	}
	test.Tap(f.save)
	ts, _ := data.TetCampaigns.Store(store).List(ctx)
	if len(ts) != 1 || ts[0].People[1].Gift != 300_000 || ts[0].SignListID != l.ID {
		t.Fatalf("stored %+v", ts)
	}
	f = u.rec.emu.tet // the saved campaign's form, reopened
	if !strings.Contains(f.giftCheck.Text, "800.000 đ") {
		t.Errorf("reopened: %q", f.giftCheck.Text)
	}
	src := reports.Sources{Members: store, Profile: store, Documents: store, Records: store, Settings: store, Now: func() time.Time { return today }}
	told, err := reports.Check(ctx, src, reports.Request{Kind: "tet-report", ID: ts[0].ID})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(told, "\n"); !strings.Contains(got, "khác tổng danh sách ký nhận") || !strings.Contains(got, "chưa có phiếu chi") {
		t.Errorf("before printing: %q", got)
	}

	// Paid by its phiếu chi and mended on the campaign: nothing is said.
	v := l.Voucher()
	if err := data.Vouchers.Store(store).Create(ctx, &v); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindTet, ID: ts[0].ID})
	f = u.rec.emu.tet
	f.people.rows = f.people.rows[:0]
	f.people.add(data.TetPerson{Name: "Nguyễn Thị Hoa", Gift: 500_000, FromUnion: true})
	f.people.add(data.TetPerson{Name: "Trần Văn Bình", Gift: 500_000, FromUnion: true})
	test.Tap(f.save)
	f = u.rec.emu.tet
	if !f.giftCheck.Hidden || f.giftCheck.Text != "" {
		t.Errorf("agreeing: %q", f.giftCheck.Text)
	}
	if told, _ = reports.Check(ctx, src, reports.Request{Kind: "tet-report", ID: ts[0].ID}); len(told) != 0 {
		t.Errorf("agreeing, before printing: %q", told)
	}
}

// The Thống kê nữ tab counts from the register: two women of three members,
// the chair (a woman) among the cán bộ; its button opens Báo cáo on the
// women-statistics document.
func TestWomenStatsTab(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hoa", "Lê Thị Mai", "Trần Văn Nam")
	ctx := context.Background()
	rows, _ := store.MemberRows(ctx)
	var hoa int64
	for _, r := range rows {
		if r.Name == "Nguyễn Thị Hoa" {
			hoa = r.ID
		}
	}
	c := &data.Cadre{MemberID: hoa, Name: "Nguyễn Thị Hoa", Posts: []data.PostTerm{{Post: data.PostChair, From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), How: data.AppointElected}}}
	if err := data.Cadres.Store(store).Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	st, err := data.LoadWomenStats(ctx, store, today)
	if err != nil {
		t.Fatal(err)
	}
	got := womenStatsRows(st)
	joined := func(r []string) string { return strings.TrimSpace(strings.Join(r, " | ")) }
	if joined(got[0]) != "Đoàn viên công đoàn | 3 | 2 | 66,6%" {
		t.Errorf("first row %q", joined(got[0]))
	}
	all := ""
	for _, r := range got {
		all += joined(r) + "\n"
	}
	for _, want := range []string{"Ban Chấp hành | 1 | 1 | 100,0%", "Ban nữ công quần chúng: chưa có quyết định còn hiệu lực", "Theo độ tuổi"} {
		if !strings.Contains(all, want) {
			t.Errorf("rows lack %q:\n%s", want, all)
		}
	}
	// The tab itself, built as the chair opens it.
	view := womenStatsView(u)
	if view == nil {
		t.Fatal("no view")
	}
}
