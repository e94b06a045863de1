package sqlite_test

import (
	"database/sql"
	"fmt"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// TestBulkImportRebuildsTheSameIndexes: a large import into a small register drops
// the indexes of the tables it fills and builds them again before its commit
// (bulkindex.go). Afterwards the schema is exactly what it was, the file passes the
// full check, and the rebuilt unique indexes still refuse a CCCD twice.
func TestBulkImportRebuildsTheSameIndexes(t *testing.T) {
	if testing.Short() {
		t.Skip("6,000 members")
	}
	s := mustOpen(t)
	old := member("Nguyễn Văn An")
	old.IDNumber = "001090000001"
	mustCreate(t, s, old)
	before := indexSQL(t, s.Path())
	const n = 6000 // above the 5,000 at which the import rebuilds the indexes
	b := &data.ImportBatch{Source: "lon.xlsx"}
	for i := range n {
		m := member(fmt.Sprintf("Trần Thị %c%c", 'A'+i%26, 'A'+i/26%26))
		m.Sex, m.IDNumber, m.MemberCode = data.SexFemale, fmt.Sprintf("0011900%05d", i), fmt.Sprintf("DV%05d", i)
		m.UnitName = fmt.Sprintf("Tổ %d", i%7)
		b.Creates = append(b.Creates, data.ImportRow{Line: i + 2, Member: m})
	}
	must(t, s.ImportMembers(ctx, b))
	if after := indexSQL(t, s.Path()); after != before {
		t.Errorf("indexes after the import:\n%s\nbefore:\n%s", after, before)
	}
	rep, err := s.Check(ctx)
	must(t, err)
	if !rep.OK() || rep.Members != n+1 || rep.Events < n+1 {
		t.Errorf("check after the import:\n%s", rep.Text())
	}
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if len(rows) != n+1 {
		t.Errorf("%d rows in the register", len(rows))
	}
	dup := member("Lê Văn Trùng")
	dup.IDNumber = "001190000042"
	wantError(t, s.CreateMember(ctx, dup), data.ECONFLICT, "")
	must(t, s.Close())
	must(t, sqlite.FullCheck(ctx, s.Path()))
}

// indexSQL lists every index of the file with its definition, in name order.
func indexSQL(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	must(t, err)
	defer db.Close()
	rows, err := db.Query(`SELECT name, COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name`)
	must(t, err)
	defer rows.Close()
	out := ""
	for rows.Next() {
		var name, def string
		must(t, rows.Scan(&name, &def))
		out += name + ": " + def + "\n"
	}
	must(t, rows.Err())
	return out
}
