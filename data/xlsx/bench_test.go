package xlsx_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/xlsx"
)

// benchRows is the file size the speed targets are set for (issue 5: ≤ 5 s to import
// and ≤ 2 s to export 100,000 members, ≤ 300 MB peak memory).
const benchRows = 100_000

var (
	benchHo     = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	benchTenDem = []string{"Văn", "Thị", "Hữu", "Đức", "Minh", "Thị Thu", "Ngọc", "Quang", "Thanh", "Xuân", "", "Thị Kim"}
	benchTen    = []string{"An", "Anh", "Ánh", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hằng", "Hiếu", "Hoa", "Hùng",
		"Hương", "Hường", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Nhung", "Phong", "Phương"}
	benchUnits = []string{"Tổ May 1", "Tổ May 2", "Tổ May 3", "Tổ Cắt", "Tổ Là", "Tổ Đóng gói", "Tổ Hoàn thiện", "Phòng Kế toán"}
)

// benchMembers makes n valid, distinct members, the same every run.
func benchMembers(n int) []*data.Member {
	ms := make([]*data.Member, n)
	for i := range ms {
		birth := day(1966+i%40, time.Month(1+i%12), 1+i%28)
		m := &data.Member{
			Ho: benchHo[i%len(benchHo)], TenDem: benchTenDem[(i/7)%len(benchTenDem)], Ten: benchTen[(i*31)%len(benchTen)],
			BirthDate: birth, BirthYearOnly: i%9 == 0, Sex: []data.Sex{data.SexFemale, data.SexMale, data.SexFemale}[i%3],
			Ethnicity: "Kinh", IDNumber: fmt.Sprintf("0%02d%09d", i%96+1, i), Phone: fmt.Sprintf("09%08d", i),
			UnitName: benchUnits[i%len(benchUnits)], JobTitle: "Công nhân", Contract: data.ContractIndefinite,
			JoinDate: birth.AddDate(20, i%11, i%17),
		}
		if m.BirthYearOnly {
			m.BirthDate = day(birth.Year(), 1, 1)
		}
		if i%2 == 0 {
			m.MemberCode = fmt.Sprintf("DV%08d", i)
		}
		ms[i] = m
	}
	return ms
}

// benchColumns are the columns of a chair's usual list: twelve, as in the template's
// first ones, rather than every field the app keeps.
var benchColumns = []xlsx.Field{xlsx.FieldSTT, xlsx.FieldFullName, xlsx.FieldBirth, xlsx.FieldSex, xlsx.FieldEthnicity,
	xlsx.FieldIDNumber, xlsx.FieldPhone, xlsx.FieldUnit, xlsx.FieldJobTitle, xlsx.FieldContract, xlsx.FieldJoinDate, xlsx.FieldCode}

var (
	benchOnce sync.Once
	benchDir  string
	benchFile string
	benchErr  error
)

// benchXLSX writes the 100,000-row workbook once per test binary (TestMain removes it).
func benchXLSX(b *testing.B) string {
	benchOnce.Do(func() {
		if benchDir, benchErr = os.MkdirTemp("", "socongdoan-xlsx-bench-"); benchErr != nil {
			return
		}
		benchFile = filepath.Join(benchDir, "100k.xlsx")
		f, err := os.Create(benchFile)
		if err != nil {
			benchErr = err
			return
		}
		defer f.Close()
		benchErr = xlsx.WriteXLSX(f, benchMembers(benchRows), xlsx.ExportOptions{Columns: benchColumns, Subtitle: "Dữ liệu đo tốc độ"})
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchFile
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// phases are the seconds spent in each step of importFile, reported by the benchmark.
type phases struct{ read, convert, preview, commit time.Duration }

// importFile is the whole import as the app runs it: read, map, convert, preview
// against the register, commit.
func importFile(tb testing.TB, s *sqlite.Store, path string) (*xlsx.Preview, phases) {
	ctx := context.Background()
	var ph phases
	start := time.Now()
	t, err := xlsx.ReadFile(path, "")
	if err != nil {
		tb.Fatal(err)
	}
	ph.read = time.Since(start)
	start = time.Now()
	res := xlsx.Convert(t, xlsx.Guess(t, nil), time.Now())
	ph.convert = time.Since(start)
	start = time.Now()
	keys, err := s.MemberKeys(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	p, err := xlsx.NewPreview(res, keys, xlsx.SkipExisting, nil)
	if err != nil {
		tb.Fatal(err)
	}
	if p.ErrorRows > 0 {
		tb.Fatalf("%d error rows: %+v", p.ErrorRows, p.Problems()[:1])
	}
	ph.preview = time.Since(start)
	start = time.Now()
	b := p.Batch()
	p.Release()
	if err := s.ImportMembers(ctx, b); err != nil {
		tb.Fatal(err)
	}
	ph.commit = time.Since(start)
	return p, ph
}

// BenchmarkImportXLSX100k imports a 100,000-row workbook into an empty register;
// target ≤ 5 s and ≤ 300 MB peak memory (measure the peak with /usr/bin/time -v).
func BenchmarkImportXLSX100k(b *testing.B) {
	path := benchXLSX(b)
	for b.Loop() {
		b.StopTimer()
		s, err := sqlite.Open(filepath.Join(b.TempDir(), "import.db"))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		b.StartTimer()
		p, ph := importFile(b, s, path)
		b.StopTimer()
		b.ReportMetric(ph.read.Seconds(), "read-s")
		b.ReportMetric(ph.convert.Seconds(), "convert-s")
		b.ReportMetric(ph.preview.Seconds(), "preview-s")
		b.ReportMetric(ph.commit.Seconds(), "commit-s")
		if p.New != benchRows {
			b.Fatalf("%d new rows, want %d", p.New, benchRows)
		}
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkExportXLSX100k exports a 100,000-member register in register order, with
// the columns of the imported file; target ≤ 2 s.
func BenchmarkExportXLSX100k(b *testing.B) {
	ctx := context.Background()
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "export.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.CreateMembers(ctx, benchMembers(benchRows)); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(b.TempDir(), "out.xlsx")
	for b.Loop() {
		rows, err := s.MemberRows(ctx)
		if err != nil {
			b.Fatal(err)
		}
		ids := make([]int64, len(rows))
		for i := range rows {
			ids[i] = rows[i].ID
		}
		f, err := os.Create(out)
		if err != nil {
			b.Fatal(err)
		}
		if err := xlsx.WriteXLSXSeq(f, xlsx.Members(ctx, s, ids), xlsx.ExportOptions{Columns: benchColumns}); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// BenchmarkReadXLSX100k is the reading alone of the import's 100,000-row file (issue
// 12 §9: the .xlsx read, one of the import's serial steps).
func BenchmarkReadXLSX100k(b *testing.B) {
	path := benchXLSX(b)
	b.ReportAllocs()
	for b.Loop() {
		t, err := xlsx.ReadFile(path, "")
		if err != nil || len(t.Rows) < benchRows {
			b.Fatal(err, len(t.Rows))
		}
	}
}
