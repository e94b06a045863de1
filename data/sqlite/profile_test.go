package sqlite_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

func validProfile() *data.Profile {
	return &data.Profile{
		Name: "Công đoàn cơ sở Công ty TNHH May Thành Công", UpperName: "Công đoàn các KCN tỉnh Bắc Ninh",
		UpperKind: data.UpperZone, EnterpriseName: "Công ty TNHH May Thành Công", TaxCode: "2300123456",
		Address: "Lô C5, KCN Quế Võ, phường Quế Võ, tỉnh Bắc Ninh", EnterpriseType: data.EnterpriseFDI,
		WorkersTotal: 1250, WorkersFemale: 980, Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hạnh",
		ViceChairName: "Trần Văn Dũng", TermStart: 2025, TermEnd: 2030,
	}
}

func TestProfile(t *testing.T) {
	s := mustOpen(t)
	t.Run("before setup there is no profile", func(t *testing.T) {
		_, err := s.Profile(ctx)
		wantError(t, err, data.ENOTFOUND, "Chưa thiết lập thông tin công đoàn")
	})
	t.Run("an invalid profile is refused and nothing is saved", func(t *testing.T) {
		p := validProfile()
		p.Place = " "
		wantError(t, s.SaveProfile(ctx, p), data.EINVALID, "Cần nhập địa danh ghi trên văn bản (ví dụ: Bắc Ninh)")
		if n := rawCount(t, s.Path(), "profile") + rawCount(t, s.Path(), "audit_log"); n != 0 {
			t.Fatalf("%d rows written", n)
		}
	})
	t.Run("the saved profile reads back whole", func(t *testing.T) {
		p := validProfile()
		p.ChairName = "  Nguye\u0302\u0303n Thi\u0323 Ha\u0323nh " // NFD with stray spaces
		must(t, s.SaveProfile(ctx, p))
		got, err := s.Profile(ctx)
		must(t, err)
		want := validProfile()
		want.UpdatedAt = today
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(p, want) {
			t.Fatalf("read back differs:\n%s", strings.Join(diffFields(got, want), "\n"))
		}
	})
	t.Run("a change is logged field by field", func(t *testing.T) {
		later := today.Add(24 * time.Hour)
		s2 := mustOpenAt(t, s.Path(), sqlite.WithNow(func() time.Time { return later }))
		p, err := s2.Profile(ctx)
		must(t, err)
		p.ChairName, p.WorkersTotal, p.TermStart, p.TermEnd = "Lê Thị Mai", 1300, 2030, 2035
		must(t, s2.SaveProfile(ctx, p))
		h, err := s2.EntityHistory(ctx, sqlite.EntityProfile, 1)
		must(t, err)
		got := map[string][2]string{}
		for _, e := range h {
			got[e.Field] = [2]string{e.Old, e.New}
		}
		want := map[string][2]string{
			"Tạo mới":          {"", "Công đoàn cơ sở Công ty TNHH May Thành Công"},
			"Chủ tịch":         {"Nguyễn Thị Hạnh", "Lê Thị Mai"},
			"Tổng số lao động": {"1.250", "1.300"},
			"Nhiệm kỳ":         {"2025–2030", "2030–2035"},
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("log %v\nwant %v", got, want)
		}
		if p.UpdatedAt != later {
			t.Fatalf("UpdatedAt %v", p.UpdatedAt)
		}
	})
}
