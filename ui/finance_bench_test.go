package ui

import (
	"os"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data/sqlite"
)

// BenchmarkFinanceScreen opens the Tài chính section of a 100,000-member
// database with a year of 10,000 vouchers (issue 13: ≤ 200 ms) and renders its
// frame: the tab the chair last looked at is built, the others when first
// chosen; the đoàn phí sheet reads off the UI goroutine with a progress bar
// (its own benchmark is BenchmarkDuesSheet100k). Then each tab built and drawn alone.
// Run by `make bench`, which sets SOCONGDOAN_BENCH_DB.
func BenchmarkFinanceScreen(b *testing.B) {
	path := os.Getenv("SOCONGDOAN_BENCH_DB")
	if path == "" {
		b.Skip("SOCONGDOAN_BENCH_DB is not set (make bench sets it)")
	}
	test.NewTempApp(b)
	store, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	w := test.NewWindow(nil)
	defer w.Close()
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Services{Store: store, Now: time.Now})
	// As the app: the sheet reads off the UI goroutine; each run waits for it
	// outside the timer, so that runs do not pile up reads.
	var wg sync.WaitGroup
	u.background = func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}
	u.Show()
	finance := financeSectionIndex(u)
	settle := func(b *testing.B) {
		b.StopTimer()
		wg.Wait()
		b.StartTimer()
	}
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			u.open(finance)
			w.Canvas().Capture()
			settle(b)
		}
	})
	for _, t := range financeTabs() {
		b.Run(t.title, func(b *testing.B) {
			for b.Loop() {
				u.setBody(t.build(u))
				w.Canvas().Capture()
				settle(b)
			}
		})
	}
}
