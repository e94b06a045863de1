package ui

import (
	"os"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data/sqlite"
)

// BenchmarkFirstFrame is the start-up path of the window with a big database
// (target ≤ 1 s for 100,000 members): open the store, read the profile, build the
// screens, load the register rows and render a frame of the window.
// Run by `make bench`, which sets SOCONGDOAN_BENCH_DB to a 100,000-member database.
func BenchmarkFirstFrame(b *testing.B) {
	path := os.Getenv("SOCONGDOAN_BENCH_DB")
	if path == "" {
		b.Skip("SOCONGDOAN_BENCH_DB is not set (make bench sets it)")
	}
	test.NewTempApp(b)
	for b.Loop() {
		store, err := sqlite.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		w := test.NewWindow(nil)
		w.Resize(fyne.NewSize(1366, 768))
		u := New(w, Services{Store: store, Now: time.Now})
		u.background = func(f func()) { f() }
		loaded := make(chan int, 1)
		u.OnRegisterLoaded(func(n int) { loaded <- n })
		u.Show()
		if n := <-loaded; n == 0 {
			b.Fatal("no rows shown")
		}
		w.Canvas().(test.WindowlessCanvas).Capture()
		w.Close()
		store.Close()
	}
}
