package reports_test

import (
	"io"
	"testing"

	"socongdoan/reports"
)

// BenchmarkTable100k writes a member list of 100,000 rows and 8 columns
// (about 2,000 pages), from building the rows to the finished PDF.
// Target: well under 3 s and 400 MB peak.
func BenchmarkTable100k(b *testing.B) {
	for b.Loop() {
		d, err := reports.New(sampleHeader())
		if err != nil {
			b.Fatal(err)
		}
		d.Table(reports.Table{Columns: sampleColumns, Rows: memberRows(100_000)})
		if err := d.Output(io.Discard); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(d.PageCount()), "pages")
	}
}
