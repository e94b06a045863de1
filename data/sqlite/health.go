package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"unicode/utf8"

	sqlite3 "github.com/mattn/go-sqlite3"

	"socongdoan/data"
)

// What is at the register's path is looked at before anything opens it for writing:
// a file that is empty, not a database, someone else's database or damaged is
// refused whole and left byte for byte as it is, so that the chair can restore a
// backup and a specialist can still look at it (issue 10, items 1 and 2). Only where
// no file exists is a new register made.

// ErrNotOurs marks a sound SQLite file that is not a register of Sổ Công đoàn.
var ErrNotOurs = errors.New("not a Sổ Công đoàn database")

// sqliteMagic starts every SQLite database file.
const sqliteMagic = "SQLite format 3\x00"

// examineHeader refuses, without opening it as a database, a file that is empty or
// does not start like a database, saying what was found there.
func examineHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return data.Internal(err, "đọc tệp dữ liệu")
	}
	defer f.Close()
	head := make([]byte, 100)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return data.Internal(err, "đọc tệp dữ liệu")
	}
	head = head[:n]
	switch {
	case n == 0:
		return errDamaged("tệp rỗng, 0 byte — không còn dữ liệu nào trong tệp", nil)
	case !bytes.HasPrefix(head, []byte(sqliteMagic)):
		return errDamaged("không phải tệp cơ sở dữ liệu: "+describeBytes(head), nil)
	case n < 100:
		return errDamaged(fmt.Sprintf("tệp bị cắt cụt, chỉ còn %d byte", n), nil)
	}
	return nil
}

// describeBytes says what the start of a file looks like, for the chair and the
// specialist: text is quoted, anything else counted.
func describeBytes(b []byte) string {
	if utf8.Valid(b) && !bytes.ContainsAny(b, "\x00") {
		s := strings.Join(strings.Fields(string(b)), " ")
		if r := []rune(s); len(r) > 40 {
			s = string(r[:40]) + "…"
		}
		return "tệp văn bản, bắt đầu bằng “" + s + "”"
	}
	if bytes.Count(b, []byte{0}) == len(b) {
		return "tệp toàn byte 0"
	}
	return fmt.Sprintf("tệp không rõ định dạng, bắt đầu bằng % x", b[:min(len(b), 8)])
}

// FullCheck runs SQLite's integrity_check on a read-only connection: every page,
// and every index against its table, which quick_check does not compare. It is the
// check a file must pass before anything writes to it; the file must also be a
// register of ours. A missing file passes (a new
// register is made there); an empty, foreign or damaged one returns an error for
// which IsDamaged is true.
func FullCheck(ctx context.Context, path string) error {
	return pragmaCheck(ctx, path, "integrity_check", func(db *sql.DB) error {
		var ours int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&ours)
		if err != nil || ours == 0 {
			return errNotOurs("")
		}
		return nil
	})
}

// walIsEmpty reports whether the database at path has no -wal file with frames in it:
// then opening it for writing cannot move anything into the main file before a
// check has passed (a leftover -wal is written back into the file when the last
// connection closes).
func walIsEmpty(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err != nil || fi.Size() == 0
}

// isWALFile reports whether the file's header says write-ahead logging: opening it
// with journal_mode=WAL then leaves the header as it is.
func isWALFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, 2)
	if _, err := f.ReadAt(b, 18); err != nil {
		return false
	}
	return b[0] == 2 && b[1] == 2
}

// sysErr gives SQLite's disk failures the shape of the operating system's, so that
// data.Internal can tell the chair the disk is full or the folder is not writable.
func sysErr(err error, path string) error {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return err
	}
	switch {
	case se.Code == sqlite3.ErrFull || isFullErrno(se.SystemErrno):
		return fmt.Errorf("%w (%w)", syscall.ENOSPC, err)
	case se.Code == sqlite3.ErrReadonly || se.Code == sqlite3.ErrPerm ||
		se.SystemErrno != 0 && (errors.Is(se.SystemErrno, fs.ErrPermission) || se.SystemErrno == syscall.EROFS):
		return &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("%w (%w)", fs.ErrPermission, err)}
	}
	return err
}

// isFullErrno: ENOSPC, or Windows' ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL.
func isFullErrno(e syscall.Errno) bool {
	return e == syscall.ENOSPC || runtime.GOOS == "windows" && (e == 39 || e == 112)
}

// RealPath is the file a path names once links and "..", "." and relative parts are
// resolved: one register has one lock and one window however its path is spelled.
// A file not made yet is resolved through its folder.
func RealPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real, nil
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return abs, nil // the folder does not exist yet: nothing can point at it
	}
	return filepath.Join(dir, filepath.Base(abs)), nil
}
