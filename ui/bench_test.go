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
		u.PreloadRegister() // as app does: the window opens on Tổng quan
		if n := <-loaded; n == 0 {
			b.Fatal("no rows shown")
		}
		w.Canvas().Capture()
		w.Close()
		store.Close()
	}
}

// BenchmarkSearchKeystroke is the register's whole UI path for one key typed into the
// search box at 100,000 members (issue 12 §7): the entry's change, the filter off the
// UI goroutine, the count and the visible cells refreshed (the GL frame itself is
// measured on the real window by scripts/latency.sh). Keys alternate between typing and erasing so that every one changes the rows.
func BenchmarkSearchKeystroke(b *testing.B) {
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
	u.background = func(f func()) { f() }
	loaded := make(chan int, 1)
	u.OnRegisterLoaded(func(n int) { loaded <- n })
	u.Show()
	u.PreloadRegister()
	<-loaded
	u.nav.Select(1) // the register, wherever the app opens
	r := u.register
	shown := 0
	r.onShown = func() { shown++ }
	keys := []string{"t", "r", "a", "n"}
	w.Canvas().Focus(r.search)
	i := 0
	for b.Loop() {
		before := shown
		if i%8 < 4 {
			test.Type(r.search, keys[i%4])
		} else {
			r.search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
		}
		i++
		if shown == before {
			b.Fatal("the table did not show the new rows")
		}
	}
}
