package sqlite_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// benchSize is the register size the speed targets are set for.
const benchSize = 100_000

// Plausible Vietnamese names; members are made from them deterministically.
var (
	benchHo     = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	benchTenDem = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Thị Thu", "Ngọc", "Quang", "Thanh", "Xuân", "", "Thị Kim"}
	benchTen    = []string{"An", "Anh", "Ánh", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Hoa", "Hùng", "Hương", "Hường",
		"Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo",
		"Thắng", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Uyên", "Vân", "Việt", "Yến"}
	benchUnits = []string{"Tổ May 1", "Tổ May 2", "Tổ May 3", "Tổ Cắt", "Tổ Là", "Tổ Đóng gói", "Tổ Hoàn thiện", "Tổ Kiểm hàng",
		"Phòng Kế toán", "Phòng Nhân sự", "Tổ Bảo vệ", "Tổ Cơ điện"}
)

// benchMembers makes n valid members, the same ones every run.
func benchMembers(n int) []*data.Member {
	ms := make([]*data.Member, n)
	for i := range ms {
		birth := day(1966+i%40, time.Month(1+i%12), 1+i%28)
		join := birth.AddDate(20+i%7, i%11, i%17)
		if join.After(today) {
			join = today.AddDate(0, 0, -(i % 300))
		}
		m := &data.Member{
			Ho: benchHo[i%len(benchHo)], TenDem: benchTenDem[(i/7)%len(benchTenDem)], Ten: benchTen[(i*31)%len(benchTen)],
			BirthDate: birth, BirthYearOnly: i%9 == 0, Sex: []data.Sex{data.SexFemale, data.SexMale, data.SexFemale}[i%3],
			Ethnicity: "Kinh", IDNumber: sprintf("0%02d%09d", i%96+1, i), Phone: sprintf("09%08d", i),
			UnitName: benchUnits[i%len(benchUnits)], JobTitle: "Công nhân", HireDate: join.AddDate(0, -2, 0),
			Contract: data.ContractIndefinite, JoinDate: join,
		}
		if i%2 == 0 {
			m.MemberCode = sprintf("DV%08d", i)
		}
		if i%50 == 0 {
			m.UnionRole = "Tổ trưởng công đoàn"
		}
		if i%40 == 0 {
			m.Status = data.StatusSuspended
		}
		ms[i] = m
	}
	return ms
}

var (
	benchOnce sync.Once
	benchDir  string
	benchPath string
	benchErr  error
)

// benchDB builds the 100,000-member database once per test binary: it takes seconds,
// and every benchmark only reads it. TestMain removes it.
func benchDB(b *testing.B) string {
	benchOnce.Do(func() {
		if benchDir, benchErr = os.MkdirTemp("", "socongdoan-bench-"); benchErr != nil {
			return
		}
		benchPath = filepath.Join(benchDir, "bench.db")
		s, err := sqlite.Open(benchPath, sqlite.WithNow(func() time.Time { return today }))
		if err != nil {
			benchErr = err
			return
		}
		defer s.Close()
		ms := benchMembers(benchSize)
		start := time.Now()
		benchErr = s.CreateMembers(ctx, ms)
		b.Logf("CreateMembers(%d) took %v", benchSize, time.Since(start).Round(time.Millisecond))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// BenchmarkMemberRows loads the whole 100,000-member register; the target is ≤ 150 ms.
func BenchmarkMemberRows(b *testing.B) {
	s := mustOpenAt(b, benchDB(b))
	if _, err := s.MemberRows(ctx); err != nil { // warm the page cache as the app's first screen does
		b.Fatal(err)
	}
	var rows []data.MemberRow
	for b.Loop() {
		var err error
		if rows, err = s.MemberRows(ctx); err != nil {
			b.Fatal(err)
		}
	}
	if len(rows) != benchSize {
		b.Fatalf("%d rows, want %d", len(rows), benchSize)
	}
}

// BenchmarkCreateMembers imports 100,000 members in one call; the target is a few seconds.
func BenchmarkCreateMembers(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		s := mustOpenAt(b, filepath.Join(b.TempDir(), "import.db"))
		ms := benchMembers(benchSize)
		b.StartTimer()
		if err := s.CreateMembers(ctx, ms); err != nil {
			b.Fatal(err)
		}
	}
}
