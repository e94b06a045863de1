package sqlite_test

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"socongdoan/data/sqlite"
	"socongdoan/data/sqlite/sqlitetest"
)

// openCounting opens the register at path, the way the numbered documents do when
// background is set, and returns how many full checks that took.
func openCounting(t *testing.T, path string, background bool) (*sqlite.Store, int64) {
	t.Helper()
	var n atomic.Int64
	restore := sqlite.CountFullChecks(&n)
	defer restore()
	opts := []sqlite.Option{sqlite.WithNow(func() time.Time { return today })}
	if background {
		opts = append(opts, sqlite.WithCheckInBackground())
	}
	s, err := sqlite.Open(path, opts...)
	if err != nil {
		return nil, n.Load()
	}
	if err := s.Verified(ctx); err != nil {
		s.Close()
		return nil, n.Load()
	}
	return s, n.Load()
}

// A file that passed the full check is not checked again while its bytes stay the
// same, and the store's own commits carry the proof: the state it leaves at Close is
// remembered, checkpoints and restarts of the -wal included (issue 11, speed).
func TestAPassedCheckIsRememberedThroughOurOwnWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	bigRegister(t, path, 3000) // many commits' worth of pages, a grown file
	if !sqlite.RememberedIsTheFile(path) {
		t.Fatal("a register made and closed by the store is not remembered as checked")
	}
	s, checks := openCounting(t, path, false)
	if s == nil || checks != 0 {
		t.Fatalf("reopening an unchanged file: %d full checks, store %v", checks, s)
	}
	// Commits, a checkpoint that lets SQLite start the -wal over, more commits
	// (which do not touch the unit table's pages again).
	if _, err := s.UnitByName(ctx, "Tổ Cơ điện", true); err != nil {
		t.Fatal(err)
	}
	if done, err := s.Checkpoint(ctx); err != nil || !done {
		t.Fatalf("Checkpoint: %v %v", done, err)
	}
	for i := range 40 {
		mustCreate(t, s, member(fmt.Sprintf("Lê Văn %s", letters(i))))
	}
	must(t, s.Close())
	if !sqlite.RememberedIsTheFile(path) {
		t.Fatal("the state after our own commits is not the one remembered")
	}
	// The way a numbered document opens it: the check in the background.
	s, checks = openCounting(t, path, true)
	if s == nil || checks != 0 {
		t.Fatalf("numbered document after our writes: %d full checks", checks)
	}
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if len(rows) != 3040 {
		t.Errorf("%d members, want 3040", len(rows))
	}
	must(t, s.Close())
}

// Any byte changed behind the store's back, damage or not, brings the full check
// back; a damaged file is then refused and kept byte for byte, as before.
func TestAChangedFileIsCheckedInFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	cccd := bigRegister(t, path, 2000)
	if !sqlite.RememberedIsTheFile(path) {
		t.Fatal("not remembered")
	}
	// A row's text changed in place: SQLite cannot see it, the digest can.
	b, err := os.ReadFile(path)
	must(t, err)
	i := bytes.Index(b, []byte("Nguyễn Văn"))
	if i < 0 {
		t.Fatal("no name in the file")
	}
	copy(b[i:], "Nguyễn Văm")
	must(t, os.WriteFile(path, b, 0o600))
	s, checks := openCounting(t, path, false)
	if s == nil || checks != 1 {
		t.Fatalf("a changed page: %d full checks (want 1), store %v", checks, s)
	}
	must(t, s.Close())

	// Damage the full check finds: refused by both ways of opening, kept as it is.
	sqlitetest.BreakIndexEntry(t, path, cccd)
	before := sumFiles(t, path)
	for _, background := range []bool{false, true} {
		s, checks := openCounting(t, path, background)
		if s != nil || checks != 1 {
			t.Errorf("background %v: a damaged file opened (%v) after %d full checks", background, s, checks)
		}
		if after := sumFiles(t, path); after != before {
			t.Errorf("background %v: the damaged file changed: %s → %s", background, before, after)
		}
	}
	if sqlite.RememberedIsTheFile(path) {
		t.Error("a damaged file is remembered as checked")
	}
}

// A program that ignores the lock and commits through SQLite while the store is
// open: its commits are not carried as ours, and the next open checks in full.
func TestAnotherWriterIsNotCarried(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	bigRegister(t, path, 500)
	s, checks := openCounting(t, path, false)
	if s == nil || checks != 0 {
		t.Fatalf("%d full checks", checks)
	}
	other, err := sql.Open("sqlite3", path+"?_journal_mode=WAL")
	must(t, err)
	for i := range 3 {
		if _, err := other.Exec(`INSERT INTO unit(name, sort_key, search_key) VALUES (?, x'00', ?)`,
			fmt.Sprint("Tổ lạ ", i), fmt.Sprint("to la ", i)); err != nil {
			t.Fatal(err)
		}
	}
	must(t, other.Close())
	must(t, s.Close())
	if _, checks := openCounting(t, path, false); checks != 1 {
		t.Errorf("after another writer: %d full checks, want 1", checks)
	}
}

// A file the store has not checked (made elsewhere, restored, copied in) is checked
// in full once, then remembered.
func TestAForeignCopyIsCheckedOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "socongdoan.db")
	bigRegister(t, path, 300)
	must(t, os.Remove(path+".checked"))
	for i, want := range []int64{1, 0} {
		s, checks := openCounting(t, path, true)
		if s == nil || checks != want {
			t.Fatalf("open %d: %d full checks, want %d", i+1, checks, want)
		}
		if _, err := s.MemberRows(ctx); err != nil {
			t.Fatal(err)
		}
		must(t, s.Close())
	}
}
