package sqlite_test

import (
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

func TestUnits(t *testing.T) {
	s := mustOpen(t)
	may, err := s.CreateUnit(ctx, "  Tổ   May 1 ")
	must(t, err)
	for _, name := range []string{"Tổ Hoàn thiện", "Tổ Đóng gói", "Tổ Cắt", "Phòng Kế toán"} {
		_, err := s.CreateUnit(ctx, name)
		must(t, err)
	}

	t.Run("units are listed in Vietnamese order with clean names", func(t *testing.T) {
		units, err := s.Units(ctx)
		must(t, err)
		var got []string
		for _, u := range units {
			got = append(got, u.Name)
		}
		want := "Phòng Kế toán, Tổ Cắt, Tổ Đóng gói, Tổ Hoàn thiện, Tổ May 1"
		if joinComma(got) != want {
			t.Fatalf("units %v, want %s", got, want)
		}
	})
	t.Run("a name that differs only in case and marks is refused", func(t *testing.T) {
		_, err := s.CreateUnit(ctx, "to may 1")
		wantError(t, err, data.ECONFLICT, `Bộ phận "Tổ May 1" đã có`)
	})
	t.Run("a blank name is refused", func(t *testing.T) {
		_, err := s.CreateUnit(ctx, "   ")
		wantError(t, err, data.EINVALID, "Cần nhập tên bộ phận")
	})
	t.Run("a unit is found by name ignoring case and marks", func(t *testing.T) {
		id, err := s.UnitByName(ctx, "TO MAY 1", false)
		if err != nil || id != may {
			t.Fatalf("UnitByName = %d, %v; want %d", id, err, may)
		}
		_, err = s.UnitByName(ctx, "Tổ Là", false)
		wantError(t, err, data.ENOTFOUND, `Không tìm thấy bộ phận "Tổ Là"`)
	})
	t.Run("an unknown unit is created when asked, once", func(t *testing.T) {
		id, err := s.UnitByName(ctx, "Tổ Là", true)
		must(t, err)
		again, err := s.UnitByName(ctx, "to la", true)
		if err != nil || again != id {
			t.Fatalf("second UnitByName = %d, %v; want %d", again, err, id)
		}
	})
	t.Run("a unit can be renamed, and the rename is logged", func(t *testing.T) {
		must(t, s.RenameUnit(ctx, may, "Tổ May Một"))
		if id, err := s.UnitByName(ctx, "to may mot", false); err != nil || id != may {
			t.Fatalf("after rename UnitByName = %d, %v", id, err)
		}
		h, err := s.EntityHistory(ctx, sqlite.EntityUnit, may)
		must(t, err)
		if h[0].Field != "Tên bộ phận" || h[0].Old != "Tổ May 1" || h[0].New != "Tổ May Một" {
			t.Fatalf("history %+v", h)
		}
	})
	t.Run("renaming to another unit's name is refused", func(t *testing.T) {
		wantError(t, s.RenameUnit(ctx, may, "tổ cắt"), data.ECONFLICT, `Bộ phận "Tổ Cắt" đã có`)
	})
	t.Run("renaming a unit that does not exist is not found", func(t *testing.T) {
		wantError(t, s.RenameUnit(ctx, 999, "Tổ Mới"), data.ENOTFOUND, "Không tìm thấy bộ phận")
	})
}

func TestMergeUnits(t *testing.T) {
	s := mustOpen(t)
	from, err := s.CreateUnit(ctx, "Tổ May 2")
	must(t, err)
	into, err := s.CreateUnit(ctx, "Tổ May 1")
	must(t, err)
	var ms []*data.Member
	for i, name := range []string{"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"} {
		m := member(name)
		m.UnitID = []int64{from, from, from, into}[i]
		ms = append(ms, m)
	}
	mustCreate(t, s, ms...)
	must(t, s.TrashMember(ctx, ms[2].ID)) // trashed members move too
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: ms[1].ID, Kind: data.EventLeft, Date: day(2026, 5, 1), Decision: "Đơn"}))

	t.Run("counts are of members in the union, not in the trash", func(t *testing.T) {
		units, err := s.Units(ctx)
		must(t, err)
		if len(units) != 2 || units[0].Members != 1 || units[1].Members != 1 {
			t.Fatalf("units %+v", units)
		}
	})
	must(t, s.MergeUnits(ctx, from, into))
	t.Run("merging moves every member and removes the source unit", func(t *testing.T) {
		units, err := s.Units(ctx)
		must(t, err)
		if len(units) != 1 || units[0].ID != into || units[0].Members != 2 {
			t.Fatalf("units %+v", units)
		}
		must(t, s.RestoreMember(ctx, ms[2].ID))
		for _, m := range ms {
			got, err := s.Member(ctx, m.ID)
			must(t, err)
			if got.UnitID != into || got.UnitName != "Tổ May 1" {
				t.Errorf("%s in unit %d %q", got.FullName(), got.UnitID, got.UnitName)
			}
		}
	})
	t.Run("each moved member's log records the move", func(t *testing.T) {
		h, err := s.MemberHistory(ctx, ms[0].ID)
		must(t, err)
		if h[0].Field != "Bộ phận" || h[0].Old != "Tổ May 2" || h[0].New != "Tổ May 1" {
			t.Fatalf("history %+v", h)
		}
	})
	t.Run("merging a unit into itself or a missing unit is refused", func(t *testing.T) {
		wantError(t, s.MergeUnits(ctx, into, into), data.EINVALID, "")
		wantError(t, s.MergeUnits(ctx, from, into), data.ENOTFOUND, "Không tìm thấy bộ phận")
	})
}
