package sqlite_test

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// Migration 0019: an award's phiếu chi number typed before the link to the
// books is not lost; it is kept at the end of the notes, and the notes typed
// stay as they were.
func TestAwardVoucherNumberKeptInNotes(t *testing.T) {
	before := fstest.MapFS{}
	names, err := fs.Glob(sqlite.MigrationFS, "migrations/*.sql")
	must(t, err)
	for _, name := range names {
		if filepath.Base(name) >= "0019" {
			continue
		}
		text, err := fs.ReadFile(sqlite.MigrationFS, name)
		must(t, err)
		before[name] = &fstest.MapFile{Data: text}
	}
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := sqlite.OpenWithMigrations(path, before)
	must(t, err)
	must(t, s.Close())
	db, err := sql.Open("sqlite3", path)
	must(t, err)
	for _, row := range [][]string{{"PC 012", ""}, {"PC 7", "Khen chuyên đề"}, {"", "Không chi tiền"}} {
		_, err = db.Exec(`INSERT INTO award (year, level, form, decision_date, voucher, notes, created_at, updated_at)
			VALUES (2025, 'cdcs', 'Giấy khen', '2026-01-10', ?, ?, '2026-01-10T00:00:00Z', '2026-01-10T00:00:00Z')`, row[0], row[1])
		must(t, err)
	}
	must(t, db.Close())

	s = mustOpenAt(t, path)
	as, err := data.Awards.Store(s).List(context.Background())
	must(t, err)
	notes := map[string]bool{}
	for _, a := range as {
		notes[a.Notes] = true
	}
	for _, want := range []string{"Phiếu chi (đã ghi trước đây): PC 012", "Khen chuyên đề\nPhiếu chi (đã ghi trước đây): PC 7", "Không chi tiền"} {
		if !notes[want] {
			t.Errorf("no award with notes %q in %q", want, strings.Join(keys(notes), " | "))
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
