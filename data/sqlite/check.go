package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"socongdoan/data"
)

// ErrDamaged marks a database file that SQLite finds damaged.
var ErrDamaged = errors.New("database file is damaged")

// IsDamaged reports whether err says the database file is damaged: a failed check, an
// empty file, SQLite reporting a corrupt file or one that is not a database at all,
// or a database that is not a register of ours. None of them is ever written to.
func IsDamaged(err error) bool {
	if errors.Is(err, ErrDamaged) || errors.Is(err, ErrNotOurs) {
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

// QuickCheck runs SQLite's quick_check on a read-only connection, so that a damaged
// file is looked at without a byte of it being written. It does not compare indexes
// with their tables: FullCheck is the check that allows writing. A missing file is
// fine. It returns an error wrapping ErrDamaged when the file is damaged.
func QuickCheck(ctx context.Context, path string) error {
	return pragmaCheck(ctx, path, "quick_check", func(*sql.DB) error { return nil })
}

// pragmaCheck runs quick_check or integrity_check on the file at path, read-only,
// then more (a file that passes), on the same connection.
func pragmaCheck(ctx context.Context, path, pragma string, more func(*sql.DB) error) error {
	if !fileExists(path) {
		return nil
	}
	if err := examineHeader(path); err != nil {
		return err
	}
	db, err := openForCheck(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return errDamaged("không đọc được", err)
		}
		return data.Internal(err, "kiểm tra tệp dữ liệu")
	}
	defer db.Close()
	lines, err := integrityCheck(ctx, db, pragma)
	switch {
	case err != nil && IsDamaged(err):
		return errDamaged("không đọc được", err)
	case err != nil:
		return data.Internal(err, "kiểm tra tệp dữ liệu")
	case len(lines) != 1 || lines[0] != "ok":
		return errDamaged("kiểm tra toàn vẹn báo lỗi: "+lines[0], fmt.Errorf("%q", lines))
	}
	return more(db)
}

// Check runs the full check of the open database: SQLite's integrity_check (every
// page, every index against its table) and foreign_key_check (rows pointing at rows
// that do not exist), whether its schema is ours, with the counts of what it holds.
func (s *Store) Check(ctx context.Context) (*data.CheckReport, error) {
	return checkDB(ctx, s.db, s.path)
}

// Check is Store.Check on a file that is not open, read-only; a file that cannot even
// be opened, is empty or is not ours is reported, not returned as an error. The -wal
// file beside it is looked at first, before SQLite reads it.
func Check(ctx context.Context, path string) (*data.CheckReport, error) {
	problems, notes := walFindings(path)
	report := func(r *data.CheckReport) (*data.CheckReport, error) {
		r.Problems = append(problems, r.Problems...)
		r.Notes = append(notes, r.Notes...)
		return r, nil
	}
	if err := examineHeader(path); err != nil {
		if IsDamaged(err) {
			return report(&data.CheckReport{Path: path, Integrity: []string{data.ErrorMessage(err)}})
		}
		return nil, err
	}
	db, err := openForCheck(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return report(&data.CheckReport{Path: path, Integrity: []string{"không mở được tệp: " + err.Error()}})
		}
		return nil, data.Internal(err, "mở tệp dữ liệu")
	}
	defer db.Close()
	r, err := checkDB(ctx, db, path)
	if err != nil {
		return nil, err
	}
	return report(r)
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
	var ours int
	db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&ours)
	if ours == 0 {
		r.Problems = append(r.Problems, "tệp này không phải cơ sở dữ liệu của Sổ Công đoàn (không có bảng nào của Sổ Công đoàn; các bảng trong tệp: "+tableNames(ctx, db)+")")
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
	if foreign, err := foreignObjects(ctx, db, r.SchemaVersion); err == nil && len(foreign) > 0 {
		r.Problems = append(r.Problems, "tệp chứa thành phần lạ: "+strings.Join(foreign, "; "))
	}
	db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE deleted_at IS NULL), count(*) FILTER (WHERE deleted_at IS NOT NULL) FROM member`).Scan(&r.Members, &r.Trash)
	db.QueryRowContext(ctx, `SELECT count(*) FROM unit`).Scan(&r.Units)
	db.QueryRowContext(ctx, `SELECT count(*) FROM member_event`).Scan(&r.Events)
	db.QueryRowContext(ctx, `SELECT count(*) FROM audit_log`).Scan(&r.AuditRows)
	r.Took = time.Since(start)
	return r, nil
}

// tableNames lists the tables of a database that is not ours, for the report.
func tableNames(ctx context.Context, db *sql.DB) string {
	rows, err := db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 11`)
	if err != nil {
		return "không đọc được"
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if rows.Scan(&n) == nil {
			names = append(names, n)
		}
	}
	switch {
	case len(names) == 0:
		return "không có"
	case len(names) > 10:
		names = append(names[:10], "…")
	}
	return strings.Join(names, ", ")
}

// walFindings looks at the -wal and -shm files beside a database that no running
// copy of the app holds (a held one's -wal is in use and checkpointed within seconds).
// With write-ahead logging, commits go to <db>-wal first and the wal-index in <db>-shm
// counts its frames (mxFrame) and those already copied into the main file (nBackfill).
// A -shm that counts frames not yet copied, beside a -wal that is gone, means commits
// were lost: someone deleted the -wal or copied the .db without it (issue 10, item 5).
// A -wal still holding frames is what a crash left; SQLite writes it back at the next
// start, but a copy of the .db alone would lack those commits.
func walFindings(path string) (problems, notes []string) {
	if LockHeld(path) {
		return nil, nil
	}
	name := filepath.Base(path)
	mxFrame, backfilled, haveIndex := readWalIndex(path + "-shm")
	wal, walErr := os.Stat(path + "-wal")
	const walHeader = 32
	switch {
	case walErr != nil && haveIndex && mxFrame > backfilled:
		problems = append(problems, fmt.Sprintf("tệp %s-wal đã mất trong khi còn giữ %d khung thay đổi chưa được ghi vào tệp chính: "+
			"các thay đổi cuối cùng trước lần đóng ứng dụng không bình thường đã mất (nếu còn bản chép tệp %s-wal, hãy đặt lại cạnh tệp dữ liệu)",
			name, mxFrame-backfilled, name))
	case walErr == nil && wal.Size() > walHeader && (!haveIndex || mxFrame > backfilled):
		notes = append(notes, fmt.Sprintf("tệp %s-wal còn lại từ lần chạy trước (ứng dụng đã đóng không bình thường) và giữ các thay đổi chưa ghi vào tệp chính; "+
			"mở ứng dụng một lần để ghi chúng vào. Đừng xóa tệp này, đừng chép riêng tệp %s.", name, name))
	}
	return problems, notes
}

// readWalIndex reads mxFrame and nBackfill from a wal-index (-shm) file: its header
// (two copies of 48 bytes) then the checkpoint info, in the machine's byte order.
func readWalIndex(shm string) (mxFrame, backfilled uint32, ok bool) {
	f, err := os.Open(shm)
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	b := make([]byte, 100)
	if _, err := io.ReadFull(f, b); err != nil {
		return 0, 0, false
	}
	if binary.NativeEndian.Uint32(b[0:4]) == 0 { // iVersion: 0 is a blank index
		return 0, 0, false
	}
	return binary.NativeEndian.Uint32(b[16:20]), binary.NativeEndian.Uint32(b[96:100]), true
}

// openForCheck is openReadOnly for looking at a file: when no running copy of the app
// holds it and it has no -wal with commits in it, the file is opened as immutable, so
// that SQLite does not even make its -wal and -shm files beside it: a -shm left by a
// crash is evidence (walFindings) and must stay as it is.
func openForCheck(ctx context.Context, path string) (*sql.DB, error) {
	if walIsEmpty(path) && !LockHeld(path) {
		if _, err := os.Stat(path); err != nil {
			return nil, err
		}
		db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&immutable=1")
		if err == nil {
			if err = db.PingContext(ctx); err == nil {
				if _, err = db.ExecContext(ctx, `SELECT count(*) FROM sqlite_master`); err == nil {
					return db, nil
				}
			}
			db.Close()
		}
		return nil, err
	}
	return openReadOnly(ctx, path)
}
