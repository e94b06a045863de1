package app

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// How commands open the register (issue 10):
//   - a command that writes (members add, import, demo, backup, restore, report with a
//     number) takes the same lock the window takes, so that it never writes under an
//     open window, and opens the file only after SQLite's full integrity check passed;
//   - a command that only reads (members list, export, todo, check, report --choices)
//     opens the file read-only: not a byte of it changes.

// lockWait is how long a writing command waits for the lock before giving up: enough
// for another command to finish, short enough that a chair is not left wondering.
const lockWait = 2 * time.Second

// openStore opens the register for a command that writes: the lock, the cleaning of
// a crashed backup's leftovers, then sqlite.Open with its full check. The lock is
// released when the command ends (Main).
func (e *env) openStore() (*sqlite.Store, error) {
	if err := e.takeLock(); err != nil {
		return nil, err
	}
	return sqlite.Open(e.dbPath, sqlite.WithNow(e.now))
}

// openStoreCheckingBeside is openStore for a command that reads a lot before it
// writes a little: printing a numbered document reads the whole register, lays out
// its pages, and only then records the number in the sổ văn bản đi. SQLite's full
// integrity check reads every page of the file and compares every index with its
// table — about as long as laying out a 100,000-member list — so it runs beside the
// layout instead of before it (issue 11, speed).
//
// Why this keeps the rule "nothing is written into a file that failed its check":
// sqlite.WithCheckInBackground makes every write of the store wait for that check
// and refuses it when the check fails (the store's write gate), and Open falls back
// to checking first whenever opening itself could write to the file (a schema
// upgrade, a -wal left by a crash, a file not yet in write-ahead mode). reports.Issue
// records the number only after the document is written to a temporary file, and
// moves that file into place only after the number is recorded: a failed check
// therefore leaves neither a number in the sổ văn bản đi nor a document on disk,
// and the chair reads the same message about a damaged file as before. What was read
// from a file that then fails its check only ever reached that temporary file.
// A file whose bytes are those of a state already proven good skips the check: the
// store remembers a digest of every page (not the change counter, size or time,
// which another program could leave as they were) — see data/sqlite/checked.go.
func (e *env) openStoreCheckingBeside() (*sqlite.Store, error) {
	if err := e.takeLock(); err != nil {
		return nil, err
	}
	s, err := sqlite.Open(e.dbPath, sqlite.WithNow(e.now), sqlite.WithCheckInBackground())
	if err != nil {
		return nil, err
	}
	s.StartCheck()
	return s, nil
}

// takeLock takes the register's lock for the rest of the command, waiting briefly.
func (e *env) takeLock() error {
	if e.lock == nil {
		l, err := acquireLockWaiting(e.dbPath, lockWait)
		if err != nil {
			var le *sqlite.LockedError
			if errors.As(err, &le) {
				return &data.Error{Code: data.ECONFLICT, Err: err, Message: data.ErrorMessage(err) +
					"\nLệnh này ghi vào sổ nên không chạy trong khi cửa sổ đó đang mở, để hai nơi không ghi đè lên nhau: " +
					"hãy đóng cửa sổ Sổ Công đoàn rồi chạy lại lệnh. Chưa có gì bị thay đổi."}
			}
			return err
		}
		e.lock = l
		for _, name := range sqlite.CleanBackupLeftovers(e.dbPath) {
			log.Printf("removed a crashed backup's leftover: %s", name)
		}
	}
	return nil
}

// openReader opens the register for a command that only reads, read-only. A file not
// made yet, or one this version must first upgrade, goes the writing way once.
func (e *env) openReader() (*sqlite.Store, error) {
	s, err := sqlite.OpenReadOnly(e.dbPath, sqlite.WithNow(e.now))
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, sqlite.ErrNeedsUpgrade) {
		return e.openStore()
	}
	return s, err
}

// releaseLock drops the lock openStore took.
func (e *env) releaseLock() {
	if e.lock != nil {
		e.lock.Release()
		e.lock = nil
	}
}

// acquireLockWaiting tries the lock for up to wait.
func acquireLockWaiting(dbPath string, wait time.Duration) (*sqlite.Lock, error) {
	deadline := time.Now().Add(wait)
	for {
		l, err := sqlite.AcquireLock(dbPath)
		var le *sqlite.LockedError
		if err == nil || !errors.As(err, &le) || time.Now().After(deadline) {
			return l, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// damagedAdvice is what a chair reads under the message about a damaged register:
// that the file was left as it is, and the newest backup that passes the full check,
// with the command that restores it.
func damagedAdvice(e *env) string {
	var b strings.Builder
	b.WriteString("Tệp dữ liệu được giữ nguyên, không bị ghi gì vào: " + e.dbPath + "\n")
	good, err := sqlite.NewestGoodBackup(e.ctx, e.dbPath)
	switch {
	case err != nil:
		b.WriteString("Không đọc được thư mục sao lưu: " + data.ErrorMessage(err) + "\n")
	case good == nil:
		b.WriteString("Không tìm thấy bản sao lưu nào còn tốt trong " + sqlite.BackupDir(e.dbPath) +
			". Đừng xóa tệp dữ liệu; hãy liên hệ người hỗ trợ.\n")
	default:
		fmt.Fprintf(&b, "Bản sao lưu gần nhất còn tốt: %s\n  %s\n", good.Summary(), good.Path)
		fmt.Fprintf(&b, "Để khôi phục (tệp hỏng được cất sang bên cạnh, không bị xóa):\n  socongdoan --db %q restore %q\n", e.dbPath, good.Path)
	}
	return b.String()
}
