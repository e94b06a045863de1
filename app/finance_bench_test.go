package app_test

import (
	"context"
	"syscall"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/reports"
)

// The finance speed targets of issue 13 at 100,000 members (`make bench` sets
// SOCONGDOAN_BENCH_DB to a demo database with 10,000 more vouchers this year).

// BenchmarkDuesSheet100k makes last month's đoàn phí sheet as the Đoàn phí tab
// and `finance dues` do: the ledger joined to the register by one query, each
// row's due computed (kept, carried or empty), the totals and the 30/70 split.
// Target: ≤ 1 s. Its reference, side by side in the same run, is
// BenchmarkDuesSheet100k/register: reading the register itself.
func BenchmarkDuesSheet100k(b *testing.B) {
	s, err := sqlite.Open(benchDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	month := data.MonthOf(time.Now()).AddDate(0, -1, 0)
	rules, err := data.LoadRuleSettings(ctx, s)
	if err != nil {
		b.Fatal(err)
	}
	var rows []data.DuesRow
	b.Run("sheet", func(b *testing.B) {
		defer cpuPerOp(b)()
		for b.Loop() {
			rates, err := s.DuesRates(ctx)
			if err != nil {
				b.Fatal(err)
			}
			if rows, err = s.DuesSheet(ctx, month); err != nil {
				b.Fatal(err)
			}
			data.FillSheet(rows, month, rates, rules.Finance)
			data.SheetTotals(rows, rules.Finance.DuesRemitShare)
		}
		b.ReportMetric(float64(len(rows)), "rows")
	})
	b.Run("register", func(b *testing.B) {
		defer cpuPerOp(b)()
		for b.Loop() {
			if _, err := s.MemberRows(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCashBookPDF prints this year's sổ quỹ tiền mặt, from the query to the
// written file (a draft: nothing is written to the database). Target: ≤ 2 s at
// 10,000 vouchers; scripts/bench-finance.sh sets it against LibreOffice
// printing the same book.
func BenchmarkCashBookPDF(b *testing.B) {
	issueBench(b, reports.Request{Kind: "cash-book", Year: time.Now().Year()})
}

// cpuPerOp reports the process's CPU time (user + system) per operation beside
// the wall time: on the shared 2-core machine the wall time of a run depends on
// what else runs, its CPU time much less. Use: defer cpuPerOp(b)().
func cpuPerOp(b *testing.B) func() {
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	start := cpu()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64((cpu()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
		}
	}
}
