package sqlite_test

import (
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The ledger at the cap switch of 01/07/2026 (DOMAIN §5): kept months keep their
// due, carried salaries are proposed for the next month, a suspended member pays
// nothing, a member gone before the month is not on its sheet, and a bad row
// refuses the whole save.
func TestDuesLedger(t *testing.T) {
	s := mustOpen(t, sqlite.WithNow(func() time.Time { return day(2026, 12, 3) }))
	ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Trần Thị Bình"), member("Lê Văn Cường"), member("Phạm Thị Dung"))
	an, binh, cuong, dung := ms[0].ID, ms[1].ID, ms[2].ID, ms[3].ID
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: cuong, Kind: data.EventSuspended, Date: day(2026, 7, 10),
		Reason: data.SuspendReason("nghi_khong_luong"), Until: day(2026, 12, 31)}))
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: dung, Kind: data.EventTransferOut, Date: day(2026, 6, 20), Place: "Công ty B"}))

	jun, jul := day(2026, 6, 1), day(2026, 7, 1)
	must(t, s.SaveDues(ctx, jun, []data.DuesEntry{
		{MemberID: an, Amount: 60_000_000, Collected: 234_000},
		{MemberID: binh, Amount: 10_000_000, Collected: 50_000},
		{MemberID: cuong, Amount: 8_000_000},
	}, ""))
	sheet, err := s.DuesSheet(ctx, jun)
	must(t, err)
	got := map[int64]data.DuesRow{}
	for _, r := range sheet {
		got[r.MemberID] = r
	}
	if got[an].Due != 234_000 || got[binh].Due != 50_000 || got[cuong].Due != 40_000 || !got[an].Saved {
		t.Fatalf("06/2026: %+v", sheet)
	}
	if _, ok := got[dung]; !ok {
		t.Errorf("Dung left on 20/06: she is still on the June sheet")
	}

	sheet, err = s.DuesSheet(ctx, jul)
	must(t, err)
	got = map[int64]data.DuesRow{}
	for _, r := range sheet {
		got[r.MemberID] = r
	}
	if _, ok := got[dung]; ok {
		t.Errorf("Dung transferred out in June is on the July sheet")
	}
	if r := got[an]; r.Saved || !r.Carried || r.Amount != 60_000_000 || r.CarriedFrom != jun {
		t.Fatalf("July proposes June's salary: %+v", r)
	}
	rules := data.DefaultFinanceSettings()
	data.FillSheet(sheet, jul, nil, rules)
	for _, r := range sheet {
		switch r.MemberID {
		case an:
			if r.Due != 253_000 {
				t.Errorf("60,000,000 đ in 07/2026 proposes %d, want 253,000", r.Due)
			}
		case cuong:
			if r.Due != 0 || r.Exemption != data.ExemptSuspended {
				t.Errorf("suspended member: %+v", r)
			}
		}
	}

	// A row collecting more than is due refuses the whole save.
	err = s.SaveDues(ctx, jul, []data.DuesEntry{
		{MemberID: an, Amount: 60_000_000, Collected: 253_000},
		{MemberID: binh, Amount: 10_000_000, Collected: 60_000},
	}, "")
	wantError(t, err, data.EINVALID, "Dòng 2: Trần Thị Bình: số đã thu 60.000 đ phải từ 0 đến số phải đóng 50.000 đ")
	sheet, _ = s.DuesSheet(ctx, jul)
	for _, r := range sheet {
		if r.Saved {
			t.Fatalf("a refused save kept %+v", r)
		}
	}
	// Suspended from 10/07: nothing due whatever was typed.
	must(t, s.SaveDues(ctx, jul, []data.DuesEntry{
		{MemberID: an, Amount: 60_000_000, Collected: 253_000},
		{MemberID: binh, Amount: 10_000_000},
		{MemberID: cuong, Amount: 8_000_000},
	}, ""))
	sheet, _ = s.DuesSheet(ctx, jul)
	tot := data.SheetTotals(sheet, data.Fraction{Num: 30, Den: 100})
	if tot.Due != 303_000 || tot.Collected != 253_000 || tot.Remit != 75_900 || tot.Kept != 177_100 {
		t.Errorf("July totals: %+v", tot)
	}
	// A change of a kept month is in the history.
	must(t, s.SaveDues(ctx, jul, []data.DuesEntry{{MemberID: binh, Amount: 12_000_000, Collected: 60_000}}, ""))
	h, err := s.EntityHistory(ctx, data.EntityDues, binh)
	must(t, err)
	found := false
	for _, e := range h {
		if e.Field == "Đoàn phí 07/2026: Lương / mức" && e.Old == "10.000.000 đ" && e.New == "12.000.000 đ" {
			found = true
		}
	}
	if !found {
		t.Errorf("history of the change: %+v", h)
	}
	year, err := s.DuesYear(ctx, 2026)
	must(t, err)
	if len(year) != 2 || year[1].Totals.Collected != 313_000 || year[0].Totals.Collected != 284_000 {
		t.Errorf("year: %+v", year)
	}
	// Gone before the month and never kept: refused.
	err = s.SaveDues(ctx, jul, []data.DuesEntry{{MemberID: dung, Amount: 5_000_000}}, "")
	wantError(t, err, data.EINVALID, "Dòng 1: Phạm Thị Dung không còn là đoàn viên trong tháng 07/2026 (Đã chuyển đi)")
}

// A rate above 0.5% needs its BCH-mở-rộng resolution, and its excess is kept 100%.
func TestDuesHigherRate(t *testing.T) {
	s := mustOpen(t)
	ms := mustCreate(t, s, member("Nguyễn Văn An"))
	err := s.AddDuesRate(ctx, data.DuesRate{From: day(2026, 1, 1), RateBP: 100})
	if data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("a higher rate without a resolution: %v", err)
	}
	must(t, s.AddDuesRate(ctx, data.DuesRate{From: day(2026, 1, 1), RateBP: 100,
		Resolution: data.DuesResolution{Number: "01/NQ-BCH", Date: day(2025, 12, 20), InQuyChe: true}}))
	must(t, s.SaveDues(ctx, day(2026, 3, 1), []data.DuesEntry{{MemberID: ms[0].ID, Amount: 10_000_000, Collected: 100_000}}, ""))
	year, err := s.DuesYear(ctx, 2026)
	must(t, err)
	if got := year[0].Totals; got.Standard != 50_000 || got.Excess != 50_000 || got.Remit != 15_000 || got.Kept != 85_000 {
		t.Errorf("1%% rate: %+v", got)
	}
}
