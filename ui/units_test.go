package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data/demo"
)

// Issue 9 point 5: merging units of 20,000 members runs off the UI goroutine.
// The merge runs on its own goroutine as in the app; its result comes back
// through toUI, which here queues it for the test's goroutine, standing in for
// the event loop. While the merge runs the UI goroutine keeps taking keystrokes,
// and the result is applied there, not on the merge's goroutine.
func TestMergeOf20000MembersLeavesTheUIGoroutineFree(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 20,000 members")
	}
	const n = 20000
	u, store := newTestUI(t)
	ctx := context.Background()
	a, err := store.CreateUnit(ctx, "Tổ May 1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := store.CreateUnit(ctx, "Tổ May 2"); err != nil {
		t.Fatal(err)
	}
	ms := demo.Members(n, 1, today)
	for _, m := range ms {
		m.UnitID, m.UnitName = a, "Tổ May 1"
	}
	if err := store.CreateMembers(ctx, ms); err != nil {
		t.Fatal(err)
	}
	jobDone := make(chan struct{})
	u.background = func(f func()) {
		go func() { defer close(jobDone); f() }()
	}
	results := make(chan func(), 1)
	u.toUI = func(f func()) { results <- f }

	s := &unitsScreen{ui: u}
	u.setBody(s.build())
	from, into := s.units[0], s.units[1]
	if from.Members < into.Members {
		from, into = into, from
	}
	t.Logf("units before: %+v", s.units)
	typing := widget.NewEntry()
	start := time.Now()
	s.mergeInBackground(from, into)
	returned := time.Since(start)
	if s.merging == nil {
		t.Fatal("no progress dialog while merging")
	}
	keys, slowest := 0, time.Duration(0)
	var merged time.Duration
	for waiting := true; waiting; {
		select {
		case f := <-results:
			merged = time.Since(start)
			f() // on this goroutine, as fyne.Do runs it on the UI's
			waiting = false
		default:
			t0 := time.Now()
			test.Type(typing, "a")
			if d := time.Since(t0); d > slowest {
				slowest = d
			}
			keys++
			time.Sleep(2 * time.Millisecond)
		}
	}
	<-jobDone
	t.Logf("merge of %d members: %v; mergeInBackground returned after %v; %d keystrokes taken meanwhile, the slowest %v",
		n, merged.Round(time.Millisecond), returned.Round(time.Microsecond), keys, slowest.Round(time.Microsecond))
	// Ratios, not timings: the call returns in a small part of the merge's time,
	// and the UI goroutine took keystrokes all along.
	if returned*10 > merged || keys < 10 || len(typing.Text) != keys {
		t.Errorf("returned after %v of a %v merge; %d keystrokes (%d shown)", returned, merged, keys, len(typing.Text))
	}
	if s.merging != nil || len(s.units) != 1 || s.units[0].Members != from.Members {
		t.Errorf("after the merge: dialog %v, units %+v", s.merging, s.units)
	}
}
