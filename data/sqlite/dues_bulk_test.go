package sqlite_test

import (
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// A save of many rows reads its checks in passes (members, statuses, the month
// kept) instead of one lookup per row; both ways must keep the same ledger and
// refuse the same rows with the same message: a member suspended during the
// month, one who left, an exemption keeping the salary, a member listed twice,
// a member in the trash.
func TestDuesBulkSaveIsTheRowSave(t *testing.T) {
	jul, aug := day(2026, 7, 1), day(2026, 8, 1)
	type result struct {
		sheet []data.DuesRow
		err   string
	}
	save := func(bulk int) []result {
		defer sqlite.SetBulkDues(bulk)()
		s := mustOpen(t, sqlite.WithNow(func() time.Time { return day(2026, 12, 3) }))
		ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Trần Thị Bình"), member("Lê Văn Cường"), member("Phạm Thị Dung"), member("Đỗ Văn Em"))
		must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: ms[2].ID, Kind: data.EventSuspended, Date: day(2026, 8, 10),
			Reason: data.SuspendReason("nghi_khong_luong"), Until: day(2026, 12, 31)}))
		must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: ms[3].ID, Kind: data.EventTransferOut, Date: day(2026, 7, 20), Place: "Công ty B"}))
		must(t, s.TrashMember(ctx, ms[4].ID))
		var out []result
		step := func(month time.Time, es []data.DuesEntry) {
			err := s.SaveDues(ctx, month, es, "luong.xlsx")
			sheet, serr := s.DuesSheet(ctx, month)
			must(t, serr)
			out = append(out, result{sheet, data.ErrorMessage(err)})
		}
		step(jul, []data.DuesEntry{{MemberID: ms[0].ID, Amount: 60_000_000, Collected: 253_000}, {MemberID: ms[1].ID, Amount: 10_000_000},
			{MemberID: ms[2].ID, Amount: 8_000_000}, {MemberID: ms[3].ID, Amount: 9_000_000}})
		step(aug, []data.DuesEntry{{MemberID: ms[0].ID, Amount: 61_000_000}, {MemberID: ms[1].ID, Exemption: data.ExemptUnpaidLeave},
			{MemberID: ms[2].ID, Amount: 8_000_000}, {MemberID: ms[0].ID, Amount: 12_000_000, Collected: 60_000}})
		step(aug, []data.DuesEntry{{MemberID: ms[1].ID, Amount: 10_000_000}, {MemberID: ms[3].ID, Amount: 9_000_000}})
		step(aug, []data.DuesEntry{{MemberID: ms[4].ID, Amount: 9_000_000}})
		step(jul, []data.DuesEntry{{MemberID: ms[1].ID, Amount: 10_000_000, Collected: 60_000}})
		return out
	}
	rows, bulk := save(1_000_000), save(1)
	for i := range rows {
		if rows[i].err != bulk[i].err {
			t.Errorf("step %d: row by row %q, in passes %q", i, rows[i].err, bulk[i].err)
		}
		if len(rows[i].sheet) != len(bulk[i].sheet) {
			t.Fatalf("step %d: %d rows against %d", i, len(rows[i].sheet), len(bulk[i].sheet))
		}
		for j := range rows[i].sheet {
			if a, b := rows[i].sheet[j], bulk[i].sheet[j]; a != b {
				t.Errorf("step %d row %d:\n row by row %+v\n in passes  %+v", i, j, a, b)
			}
		}
	}
	if rows[2].err == "" || rows[3].err == "" || rows[4].err == "" {
		t.Errorf("the refusals were not tested: %q, %q, %q", rows[2].err, rows[3].err, rows[4].err)
	}
}
