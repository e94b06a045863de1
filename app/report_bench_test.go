package app_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/sqlite"
	"socongdoan/reports"
)

// The speed targets of the Báo cáo issue, from the database to the file:
// the member list of 100,000 members (about 2,000 pages) in ≤ 3 s and ≤ 400 MB
// peak memory, the annual report in ≤ 300 ms. `make bench` sets
// SOCONGDOAN_BENCH_DB to a 100,000-member database; without it the first
// benchmark builds one from the demo data, once per test binary.

const benchMembers = 100_000

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

// benchDB returns the path of a 100,000-member database.
func benchDB(b *testing.B) string {
	if p := os.Getenv("SOCONGDOAN_BENCH_DB"); p != "" {
		return p
	}
	benchOnce.Do(func() {
		dir, err := os.MkdirTemp("", "socongdoan-report-bench-")
		if err != nil {
			benchErr = err
			return
		}
		benchPath = filepath.Join(dir, "bench.db")
		s, err := sqlite.Open(benchPath)
		if err != nil {
			benchErr = err
			return
		}
		defer s.Close()
		ctx := context.Background()
		p := demo.Profile()
		p.WorkersTotal, p.WorkersFemale = benchMembers+benchMembers/8, benchMembers*6/10
		if benchErr = s.SaveProfile(ctx, p); benchErr != nil {
			return
		}
		benchErr = s.CreateMembers(ctx, demo.Members(benchMembers, 1, time.Now()))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

// issueBench prints one document per iteration as a draft (nothing is written
// to the database, which `make bench` shares between runs) and reports its pages.
func issueBench(b *testing.B, req reports.Request) {
	s, err := sqlite.Open(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	src := reports.Sources{Members: s, Profile: s, Documents: s, Records: s, Settings: s, Now: time.Now}
	out := filepath.Join(b.TempDir(), "report.pdf")
	req.Draft = true
	var res *reports.Result
	for b.Loop() {
		if res, err = reports.Issue(context.Background(), src, req, out); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(res.Pages), "pages")
}

// BenchmarkMemberListPDF100k prints every current member of a 100,000-member
// register, the default columns, from the query to the written file.
// Target: ≤ 3 s and ≤ 400 MB peak (measure with /usr/bin/time -v).
func BenchmarkMemberListPDF100k(b *testing.B) {
	issueBench(b, reports.Request{Kind: "members", Filter: data.MemberFilter{InUnion: true}})
}

// BenchmarkAnnualReport prints the báo cáo tổng kết năm with its statistics
// table over a 100,000-member register and its whole status history.
// Target: ≤ 300 ms.
func BenchmarkAnnualReport(b *testing.B) {
	issueBench(b, reports.Request{Kind: "annual", Year: time.Now().Year()})
}
