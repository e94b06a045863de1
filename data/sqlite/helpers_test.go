package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// today is the fixed "now" of every test store: 15/06/2026, mid-morning.
var today = time.Date(2026, time.June, 15, 9, 30, 0, 0, time.UTC)

// ctx is the context of every call in the tests.
var ctx = context.Background()

// day is a date as the store returns it.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// mustOpen opens a new store in a temporary folder with the clock fixed at today,
// and closes it when the test ends.
func mustOpen(tb testing.TB, opts ...sqlite.Option) *sqlite.Store {
	tb.Helper()
	return mustOpenAt(tb, filepath.Join(tb.TempDir(), "socongdoan.db"), opts...)
}

// mustOpenAt is mustOpen on a given file.
func mustOpenAt(tb testing.TB, path string, opts ...sqlite.Option) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(path, append([]sqlite.Option{sqlite.WithNow(func() time.Time { return today })}, opts...)...)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// rawCount counts the rows of a table through a second connection, to see what
// really is in the file.
func rawCount(tb testing.TB, path, table string) int {
	tb.Helper()
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		tb.Fatal(err)
	}
	return n
}

// tableCounts counts the rows of every table a write may touch.
func tableCounts(tb testing.TB, s *sqlite.Store) map[string]int {
	tb.Helper()
	out := map[string]int{}
	for _, t := range []string{"member", "member_event", "audit_log", "unit", "profile"} {
		out[t] = rawCount(tb, s.Path(), t)
	}
	return out
}

// wantError fails unless err is a *data.Error with that code and, when msg is not
// empty, that message.
func wantError(tb testing.TB, err error, code, msg string) {
	tb.Helper()
	if got := data.ErrorCode(err); got != code {
		tb.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	if msg != "" && data.ErrorMessage(err) != msg {
		tb.Fatalf("message = %q\n          want %q", data.ErrorMessage(err), msg)
	}
}

// must fails the test on an error.
func must(tb testing.TB, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatal(err)
	}
}

// member is a valid member with just a name and a few ordinary fields.
func member(fullName string) *data.Member {
	m := &data.Member{Sex: data.SexMale, BirthDate: day(1990, 3, 12), JoinDate: day(2015, 6, 1), HireDate: day(2015, 1, 5)}
	m.SetFullName(fullName)
	return m
}

// mustCreate stores members one by one and returns them.
func mustCreate(tb testing.TB, s *sqlite.Store, ms ...*data.Member) []*data.Member {
	tb.Helper()
	for _, m := range ms {
		if err := s.CreateMember(ctx, m); err != nil {
			tb.Fatalf("CreateMember(%s): %v", m.FullName(), err)
		}
	}
	return ms
}

// diffFields lists the fields of two structs of the same type that differ.
func diffFields(a, b any) []string {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	var out []string
	for i := range va.NumField() {
		fa, fb := va.Field(i).Interface(), vb.Field(i).Interface()
		if !reflect.DeepEqual(fa, fb) {
			out = append(out, fmt.Sprintf("%s: got %#v, want %#v", va.Type().Field(i).Name, fa, fb))
		}
	}
	return out
}

// names lists the names of register rows.
func names(rows []data.MemberRow) string {
	var out []string
	for _, r := range rows {
		out = append(out, r.Name)
	}
	return strings.Join(out, ", ")
}

// sprintf is fmt.Sprintf, short for test tables.
func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// joinComma lists strings as a chair would read them.
func joinComma(ss []string) string { return strings.Join(ss, ", ") }
