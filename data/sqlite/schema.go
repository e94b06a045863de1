package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
)

// A file restored in place of the register must be ours in content, not only by
// name: a trigger added to it would run inside every later save, a view or table
// could be read as ours. Its schema is compared with the one this version's
// migrations build at the file's version (issue 10, item 6).

// schemaObject is one row of sqlite_master as compared.
type schemaObject struct{ kind, name, sql string }

// readSchema lists the schema objects of db, leaving out SQLite's own (autoindexes,
// sqlite_sequence, the statistics tables), which SQLite makes as it likes.
func readSchema(ctx context.Context, db *sql.DB) (map[string]schemaObject, error) {
	rows, err := db.QueryContext(ctx, `SELECT type, name, COALESCE(sql, '') FROM sqlite_master
		WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]schemaObject{}
	for rows.Next() {
		var o schemaObject
		if err := rows.Scan(&o.kind, &o.name, &o.sql); err != nil {
			return nil, err
		}
		out[o.kind+" "+o.name] = o
	}
	return out, rows.Err()
}

// referenceSchema is the schema the embedded migrations build up to version, made in
// a database in memory.
func referenceSchema(ctx context.Context, version int) (map[string]schemaObject, error) {
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		return nil, err
	}
	var upTo []migration
	for _, m := range ms {
		if m.version <= version {
			upTo = append(upTo, m)
		}
	}
	db, err := sql.Open("sqlite3", "file::memory:?_foreign_keys=on")
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection: one in-memory database
	if err := migrate(ctx, db, upTo, "2000-01-01T00:00:00Z"); err != nil {
		return nil, err
	}
	return readSchema(ctx, db)
}

// kindNames are the schema object kinds as a chair reads them.
var kindNames = map[string]string{"table": "bảng", "index": "chỉ mục", "trigger": "trigger", "view": "view"}

// foreignObjects lists, as a chair reads them, the objects of db that this version's
// schema at version does not have, or has with another definition (triggers and
// views, whose text is what runs).
func foreignObjects(ctx context.Context, db *sql.DB, version int) ([]string, error) {
	have, err := readSchema(ctx, db)
	if err != nil {
		return nil, err
	}
	want, err := referenceSchema(ctx, version)
	if err != nil {
		return nil, err
	}
	var out []string
	for key, o := range have {
		w, ok := want[key]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s “%s” không có trong cấu trúc của Sổ Công đoàn", kindNames[o.kind], o.name))
		case (o.kind == "trigger" || o.kind == "view") && normalizeSQL(o.sql) != normalizeSQL(w.sql):
			out = append(out, fmt.Sprintf("%s “%s” đã bị sửa khác với cấu trúc của Sổ Công đoàn", kindNames[o.kind], o.name))
		}
	}
	for key, w := range want {
		if _, ok := have[key]; !ok && w.kind == "table" {
			out = append(out, fmt.Sprintf("thiếu bảng “%s”", w.name))
		}
	}
	sort.Strings(out)
	return out, nil
}

func normalizeSQL(s string) string { return strings.Join(strings.Fields(s), " ") }
