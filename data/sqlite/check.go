package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"socongdoan/data"
)

// ErrDamaged marks a database file that SQLite finds damaged.
var ErrDamaged = errors.New("database file is damaged")

// IsDamaged reports whether err says the database file is damaged: a failed check, or
// SQLite reporting a corrupt file or one that is not a database at all.
func IsDamaged(err error) bool {
	if errors.Is(err, ErrDamaged) {
		return true
	}
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrCorrupt || se.Code == sqlite3.ErrNotADB)
}

// errDamaged is the message a chair sees about a damaged file.
func errDamaged(detail string, err error) error {
	return &data.Error{Code: data.EINVALID, Err: fmt.Errorf("%w: %s: %v", ErrDamaged, detail, err),
		Message: "Tệp dữ liệu bị hỏng (" + detail + ")"}
}

// integrityCheck runs PRAGMA integrity_check or quick_check and returns its lines:
// ["ok"] for a sound file.
func integrityCheck(ctx context.Context, db *sql.DB, pragma string) ([]string, error) {
	rows, err := db.QueryContext(ctx, "PRAGMA "+pragma)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// QuickCheck is the start-up check: SQLite's quick_check on a read-only connection,
// so that a damaged file is looked at without a byte of it being written. A missing
// file is fine (a first start). It returns an error wrapping ErrDamaged when the file
// is damaged.
func QuickCheck(ctx context.Context, path string) error {
	if !fileExists(path) {
		return nil
	}
	db, err := openReadOnly(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return errDamaged("không đọc được", err)
		}
		return data.Internal(err, "kiểm tra tệp dữ liệu")
	}
	defer db.Close()
	lines, err := integrityCheck(ctx, db, "quick_check")
	switch {
	case err != nil && IsDamaged(err):
		return errDamaged("không đọc được", err)
	case err != nil:
		return data.Internal(err, "kiểm tra tệp dữ liệu")
	case len(lines) != 1 || lines[0] != "ok":
		return errDamaged("kiểm tra nhanh báo lỗi", fmt.Errorf("%q", lines))
	}
	return nil
}

// Check runs the full check of the open database: SQLite's integrity_check (every
// page, every index against its table) and foreign_key_check (rows pointing at rows
// that do not exist), with the counts of what it holds.
func (s *Store) Check(ctx context.Context) (*data.CheckReport, error) {
	return checkDB(ctx, s.db, s.path)
}

// Check is Store.Check on a file that is not open, read-only; a file that cannot even
// be opened is reported, not returned as an error.
func Check(ctx context.Context, path string) (*data.CheckReport, error) {
	db, err := openReadOnly(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return &data.CheckReport{Path: path, Integrity: []string{"không mở được tệp: " + err.Error()}}, nil
		}
		return nil, data.Internal(err, "mở tệp dữ liệu")
	}
	defer db.Close()
	return checkDB(ctx, db, path)
}

func checkDB(ctx context.Context, db *sql.DB, path string) (*data.CheckReport, error) {
	start := time.Now()
	r := &data.CheckReport{Path: path}
	var err error
	if r.Integrity, err = integrityCheck(ctx, db, "integrity_check"); err != nil {
		r.Integrity = []string{"không đọc được tệp: " + err.Error()}
		r.Took = time.Since(start)
		return r, nil
	}
	rows, err := db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		r.ForeignKeys = []string{"không kiểm tra được: " + err.Error()}
	} else {
		for rows.Next() {
			var table, parent string
			var rowid sql.NullInt64
			var fk int
			if err := rows.Scan(&table, &rowid, &parent, &fk); err != nil {
				r.ForeignKeys = append(r.ForeignKeys, err.Error())
				break
			}
			r.ForeignKeys = append(r.ForeignKeys,
				fmt.Sprintf("bảng %s, dòng %d trỏ tới bảng %s không có dòng tương ứng", table, rowid.Int64, parent))
		}
		rows.Close()
	}
	// The counts are best effort: a damaged file may fail them, and the checks above said so.
	db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&r.SchemaVersion)
	db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM member`).Scan(&r.Members, &r.Trash)
	db.QueryRowContext(ctx, `SELECT count(*) FROM unit`).Scan(&r.Units)
	db.QueryRowContext(ctx, `SELECT count(*) FROM member_event`).Scan(&r.Events)
	db.QueryRowContext(ctx, `SELECT count(*) FROM audit_log`).Scan(&r.AuditRows)
	r.Took = time.Since(start)
	return r, nil
}
