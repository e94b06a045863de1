package sqlite

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"socongdoan/data"
)

// Lock is a running app's hold on its database, so that a second copy of the app on
// the same file is refused: two windows editing one register would each show data the
// other has changed, and a restore in one would pull the file from under the other.
//
// The hold is an operating-system lock on <db>.lock (flock on Unix, LockFileEx on
// Windows). The system drops it when the process ends in any way, so a lock left by a
// crash is never in the way. The file also records the holder's process id: when it
// is found filled in at start-up, the last run did not end cleanly (Stale).
type Lock struct {
	f       *os.File
	Path    string
	Stale   bool // the last holder crashed: the lock file still named it
	PrevPID int  // the crashed holder's process id
}

// LockPath is the lock file of the database at dbPath.
func LockPath(dbPath string) string { return dbPath + ".lock" }

// LockedError says that another running copy of the app holds the database.
type LockedError struct{ PID int }

func (e *LockedError) Error() string {
	return fmt.Sprintf("the database is locked by process %d", e.PID)
}

// AcquireLock takes the database's lock, or returns a *data.Error wrapping a
// *LockedError when another copy of the app holds it.
//
// The lock is on the resolved real path (RealPath): a symbolic link or another
// spelling of the path takes the same lock.
func AcquireLock(dbPath string) (*Lock, error) {
	if real, err := RealPath(dbPath); err == nil {
		dbPath = real
	}
	path := LockPath(dbPath)
	if err := os.MkdirAll(filepath.Dir(dbPath), 0o700); err != nil {
		return nil, data.Internal(err, "tạo thư mục dữ liệu")
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, data.Internal(err, "mở tệp khóa dữ liệu")
	}
	locked, err := lockFile(f)
	if err != nil {
		f.Close()
		return nil, data.Internal(err, "khóa tệp dữ liệu")
	}
	if !locked {
		pid := readPID(path)
		f.Close()
		who := ""
		if pid > 0 {
			who = fmt.Sprintf(" (tiến trình số %d)", pid)
		}
		return nil, &data.Error{Code: data.ECONFLICT, Err: &LockedError{PID: pid},
			Message: "Sổ Công đoàn đang được mở ở một cửa sổ khác" + who + " với cùng tệp dữ liệu. " +
				"Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."}
	}
	l := &Lock{f: f, Path: path}
	if prev := readPID(path); prev > 0 && prev != os.Getpid() {
		l.Stale, l.PrevPID = true, prev
	}
	if err := writePID(f); err != nil {
		l.Release()
		return nil, data.Internal(err, "ghi tệp khóa dữ liệu")
	}
	return l, nil
}

// Release empties the lock file (a clean exit) and drops the lock. The file itself
// stays: removing it could let two later copies lock two different files.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	l.f.Truncate(0)
	l.f.Sync()
	unlockFile(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}

// writePID records the holder's process id in the lock file. Its error used to be
// lost (a shadowed err, staticcheck SA4006): a lock file that cannot be written
// would then not tell the next start that this run crashed.
func writePID(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0); err != nil {
		return err
	}
	return f.Sync()
}

// LockHeld reports whether a running copy of the app holds the database's lock,
// without taking it or creating the lock file.
func LockHeld(dbPath string) bool {
	f, err := os.OpenFile(LockPath(dbPath), os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	locked, err := lockFile(f)
	if err != nil {
		return false
	}
	if locked {
		unlockFile(f)
		return false
	}
	return true
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(b)))
	return pid
}
