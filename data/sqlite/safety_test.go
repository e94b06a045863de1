package sqlite_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/sqlite/sqlitetest"
)

// Issue 10: damaged, empty and foreign files, verified backups, retention by days,
// commits in the main file, foreign schema objects.

// sumFiles is the sha256 of the database file and of its -wal file when that holds
// anything: what must not change when a damaged file is refused. (SQLite makes and
// removes an empty -wal and the -shm index as connections come and go.)
func sumFiles(t *testing.T, path string) string {
	t.Helper()
	return sumOf(t, path, "", "-wal")
}

// sumOf is sumFiles of the files named.
func sumOf(t *testing.T, path string, suffixes ...string) string {
	t.Helper()
	var out []string
	for _, suffix := range suffixes {
		b, err := os.ReadFile(path + suffix)
		if err != nil || len(b) == 0 && suffix == "-wal" {
			out = append(out, suffix+":-")
			continue
		}
		out = append(out, fmt.Sprintf("%s:%x", suffix, sha256.Sum256(b)))
	}
	return strings.Join(out, " ")
}

// bigRegister makes a register of n members, each with a CCCD, and returns the CCCD
// of one in the middle, whose bytes sit in the table and in the member_id_number index.
func bigRegister(t *testing.T, path string, n int) string {
	t.Helper()
	s, err := sqlite.Open(path, sqlite.WithNow(func() time.Time { return today }))
	must(t, err)
	var batch []*data.Member
	for i := range n {
		m := member(fmt.Sprintf("Nguyễn Văn %s", letters(i)))
		m.IDNumber = fmt.Sprintf("001090%06d", i*10)
		batch = append(batch, m)
	}
	must(t, s.CreateMembers(ctx, batch))
	must(t, s.Close())
	return fmt.Sprintf("001090%06d", n/2*10)
}

func TestDamagedFilesAreRefusedAndKept(t *testing.T) {
	if testing.Short() {
		t.Log("short: 2,000 members instead of 20,000")
	}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	tests := []struct {
		name    string
		make    func(t *testing.T, path string)
		message string // in Open's error
	}{
		{"16 bytes of an index entry changed (quick_check misses it)", func(t *testing.T, path string) {
			cccd := bigRegister(t, path, n)
			sqlitetest.BreakIndexEntry(t, path, cccd)
		}, "kiểm tra toàn vẹn báo lỗi"},
		{"a page zeroed in the middle", func(t *testing.T, path string) {
			bigRegister(t, path, n)
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			must(t, err)
			fi, _ := f.Stat()
			_, err = f.WriteAt(make([]byte, 4096), fi.Size()/2/4096*4096)
			must(t, err)
			f.Close()
		}, "Tệp dữ liệu bị hỏng"},
		{"zero bytes", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, nil, 0o600))
		}, "Tệp dữ liệu bị hỏng (tệp rỗng, 0 byte"},
		{"a text file", func(t *testing.T, path string) {
			must(t, os.WriteFile(path, []byte("Danh sách đoàn viên\nNguyễn Văn An\n"), 0o600))
		}, "không phải tệp cơ sở dữ liệu: tệp văn bản, bắt đầu bằng “Danh sách đoàn viên Nguyễn Văn An”"},
		{"another application's SQLite file", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", path)
			must(t, err)
			_, err = db.Exec(`CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('An')`)
			must(t, err)
			db.Close()
		}, "Tệp này không phải cơ sở dữ liệu của Sổ Công đoàn"},
		{"an empty SQLite file", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", path)
			must(t, err)
			_, err = db.Exec(`PRAGMA user_version = 1`)
			must(t, err)
			db.Close()
		}, "không có bảng nào"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "socongdoan.db")
			// a good backup beside it, as the start-up screen offers
			good := filepath.Join(t.TempDir(), "good.db")
			gs := mustOpenAt(t, good)
			mustCreate(t, gs, member("Trần Thị Bình"))
			must(t, os.MkdirAll(sqlite.BackupDir(path), 0o700))
			bak := filepath.Join(sqlite.BackupDir(path), "socongdoan-20260614-080000-hang-ngay.db")
			must(t, gs.BackupTo(ctx, bak))
			tt.make(t, path)
			before := sumFiles(t, path)

			_, err := sqlite.Open(path)
			if !sqlite.IsDamaged(err) || !strings.Contains(data.ErrorMessage(err), tt.message) {
				t.Fatalf("Open: %v, want damaged with %q", err, tt.message)
			}
			// The window's way: what the header and the schema show is refused at once;
			// what only the full check finds refuses every write once it is found.
			if s, err := sqlite.Open(path, sqlite.WithCheckInBackground()); err == nil {
				if err := s.Verified(ctx); !sqlite.IsDamaged(err) {
					t.Errorf("Verified: %v", err)
				}
				if err := s.CreateMember(ctx, member("Lê Văn Mới")); !sqlite.IsDamaged(err) {
					t.Errorf("CreateMember: %v", err)
				}
				must(t, s.Close())
			} else if !sqlite.IsDamaged(err) {
				t.Errorf("Open in the background mode: %v", err)
			}
			// Reading commands see at once what the header and schema show; what only
			// the full check finds cannot be written by them anyway.
			if ro, err := sqlite.OpenReadOnly(path); err == nil {
				if tt.message != "Tệp dữ liệu bị hỏng" && tt.message != "kiểm tra toàn vẹn báo lỗi" {
					t.Error("OpenReadOnly opened it")
				}
				if err := ro.CreateMember(ctx, member("Lê Văn Mới")); err == nil {
					t.Error("a read-only store wrote")
				}
				ro.Close()
			}
			rep, err := sqlite.Check(ctx, path)
			must(t, err)
			if rep.OK() {
				t.Errorf("Check says OK:\n%s", rep.Text())
			}
			if sqlite.FullCheck(ctx, path) == nil {
				t.Error("FullCheck passed")
			}
			goodOne, err := sqlite.NewestGoodBackup(ctx, path)
			must(t, err)
			if goodOne == nil || goodOne.Path != bak {
				t.Errorf("newest good backup %+v, want %s", goodOne, bak)
			}
			if after := sumFiles(t, path); after != before {
				t.Errorf("the damaged file changed:\n before %s\n after  %s", before, after)
			}
			aside, err := sqlite.ReplaceDamaged(ctx, path, bak)
			must(t, err)
			if got := sumFiles(t, aside); strings.Fields(got)[0] != strings.Fields(before)[0] {
				t.Error("the damaged file was not kept byte for byte")
			}
		})
	}
}

// TestDamagedFileFoundInTheBackground: with the check in the background (the window),
// a file that fails it is never written: writes and backups wait for the check and
// are refused.
func TestDamagedFileFoundInTheBackground(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	cccd := bigRegister(t, path, 2000)
	sqlitetest.BreakIndexEntry(t, path, cccd)
	before := sumFiles(t, path)
	s, err := sqlite.Open(path, sqlite.WithCheckInBackground())
	must(t, err)
	if err := s.Verified(ctx); !sqlite.IsDamaged(err) {
		t.Errorf("Verified: %v", err)
	}
	if err := s.CreateMember(ctx, member("Lê Văn Mới")); !sqlite.IsDamaged(err) {
		t.Errorf("CreateMember: %v", err)
	}
	if _, _, err := s.DailyBackup(ctx); !sqlite.IsDamaged(err) {
		t.Errorf("DailyBackup: %v", err)
	}
	must(t, s.Close())
	if after := sumFiles(t, path); after != before {
		t.Errorf("the damaged file changed:\n before %s\n after  %s", before, after)
	}
	if list, _ := sqlite.ListBackups(path); len(list) != 0 {
		t.Errorf("backups of a damaged file: %v", list)
	}
}

func TestNewRegisterOnlyWhereNoFileExists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mới", "socongdoan.db")
	s := mustOpenAt(t, path)
	if s.SchemaVersion() != rawLatest(t) {
		t.Errorf("version %d", s.SchemaVersion())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "*.tmp-*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestBackupsAreVerified: a copy that fails the check is removed and does not count.
func TestBackupsAreVerified(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	s := mustOpenAt(t, path)
	mustCreate(t, s, member("Nguyễn Văn An"))
	restore := sqlite.SetVerifyBackup(func(ctx context.Context, p string) error {
		return errors.New("integrity_check: row 1 missing from index")
	})
	_, err := s.AutoBackup(ctx, data.BackupDaily)
	restore()
	if !strings.Contains(data.ErrorMessage(err), "không qua kiểm tra toàn vẹn nên đã bị xóa") {
		t.Fatalf("AutoBackup: %v", err)
	}
	entries, _ := os.ReadDir(sqlite.BackupDir(path))
	if len(entries) != 0 {
		t.Errorf("left in the backup folder: %v", entries)
	}
	if _, made, err := s.DailyBackup(ctx); err != nil || !made {
		t.Errorf("the failed backup counted as today's: made %v, %v", made, err)
	}
	// A crash's leftovers: a half-written copy and its journal. Finished backups stay.
	dir := sqlite.BackupDir(path)
	for _, name := range []string{"socongdoan-20260615-100000-thu-cong.db.tmp-4242", "socongdoan-20260615-100000-thu-cong.db.tmp-4242-journal"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte("dở"), 0o600))
	}
	removed := sqlite.CleanBackupLeftovers(path)
	entries, _ = os.ReadDir(dir)
	if len(removed) != 2 || len(entries) != 1 || !strings.HasSuffix(entries[0].Name(), "-hang-ngay.db") {
		t.Errorf("removed %v, left %v", removed, entries)
	}
}

func TestRetentionByDays(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.Local)
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.Local) }
	type backup struct {
		at   time.Time
		keep bool
	}
	daysBack := func(n, perDay int, keepAll bool) []backup {
		var out []backup
		for d := 1; d <= n; d++ {
			for h := 0; h < perDay; h++ {
				out = append(out, backup{now.AddDate(0, 0, -d).Add(time.Duration(h) * time.Hour), keepAll && h == perDay-1})
			}
		}
		return out
	}
	tests := []struct {
		name    string
		backups []backup
	}{
		{"36 backups today keep every one, and yesterday's", append([]backup{
			{at(2026, 6, 14, 8), true}, {at(2026, 5, 20, 8), true}, {at(2026, 5, 2, 8), true},
		}, func() []backup {
			var out []backup
			for i := range 36 {
				out = append(out, backup{now.Add(-time.Duration(i) * time.Minute), true})
			}
			return out
		}()...)},
		{"the newest of each of the last 30 days that have one", append(daysBack(29, 3, true), // today + 29 days = 30 days
			backup{at(2026, 5, 1, 8), false},  // a 31st day, and May's newest (17/05) is kept already
			backup{at(2026, 4, 30, 8), true},  // April's newest
			backup{at(2026, 4, 10, 8), false}, // April's older one
			backup{now.Add(-time.Hour), true}, // today
		)},
		{"days far apart still count: a chair who opens the app once a month", []backup{
			{at(2026, 6, 15, 8), true}, {at(2025, 11, 3, 8), true}, {at(2025, 11, 1, 8), true},
			{at(2023, 2, 1, 8), true}, {at(2023, 2, 1, 7), false},
		}},
		{"30 future-dated backups (a wrong clock) do not push out the past", append(func() []backup {
			var out []backup
			for d := 1; d <= 30; d++ {
				out = append(out, backup{now.AddDate(1, 0, d), true})
			}
			return out
		}(), backup{at(2026, 6, 10, 8), true}, backup{at(2026, 6, 9, 8), true}, backup{at(2026, 6, 9, 7), false})},
	}
	// A second table for the month rule alone: more than 30 days with backups.
	var months []backup
	for d := 0; d < 40; d++ { // the last 40 days: 30 kept by day
		months = append(months, backup{now.AddDate(0, 0, -d), d < 30})
	}
	for m := 2; m <= 30; m++ { // the 15th of each month from April 2026 back: kept from July 2024 on
		t0 := time.Date(2026, 6-time.Month(m), 15, 8, 0, 0, 0, time.Local)
		months = append(months, backup{t0, m <= 23})
	}
	tests = append(tests, struct {
		name    string
		backups []backup
	}{"the newest of each month for 24 months, older months go", months})

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			times := make([]time.Time, len(tt.backups))
			for i, b := range tt.backups {
				times[i] = b.at
			}
			keep := sqlite.KeepBackups(times, now)
			for i, b := range tt.backups {
				if keep[i] != b.keep {
					t.Errorf("%s: keep %v, want %v", b.at.Format("02/01/2006 15:04"), keep[i], b.keep)
				}
			}
		})
	}
}

// TestCommitsReachTheMainFile: within seconds of a save, a copy of the .db file alone
// (to a USB stick, while the app is open) holds it.
func TestCommitsReachTheMainFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	s := mustOpenAt(t, path)
	mustCreate(t, s, member("Nguyễn Văn An"))
	copyOnly := filepath.Join(t.TempDir(), "usb.db")
	deadline := time.Now().Add(5 * time.Second)
	for {
		b, err := os.ReadFile(path)
		must(t, err)
		must(t, os.WriteFile(copyOnly, b, 0o600))
		if n := rawCount(t, copyOnly, "member"); n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("5 s after the save, the .db file alone does not hold it")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// crashImage copies a database with its -wal and -shm while a connection still has
// commits only in the -wal: what a crash leaves.
func crashImage(t *testing.T) string {
	t.Helper()
	live := filepath.Join(t.TempDir(), "socongdoan.db")
	s := mustOpenAt(t, live)
	mustCreate(t, s, member("Nguyễn Văn An"))
	must(t, s.Close()) // its checkpoint timer must not copy the next commit over
	db, err := sql.Open("sqlite3", live+"?_journal_mode=WAL")
	must(t, err)
	defer db.Close()
	_, err = db.Exec(`PRAGMA wal_autocheckpoint = 0`)
	must(t, err)
	_, err = db.Exec(`UPDATE member SET phone = '0912345678'`)
	must(t, err)
	img := filepath.Join(t.TempDir(), "socongdoan.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		b, err := os.ReadFile(live + suffix)
		must(t, err)
		must(t, os.WriteFile(img+suffix, b, 0o600))
	}
	return img
}

func TestCheckReportsTheWal(t *testing.T) {
	t.Run("a -wal deleted while it held commits", func(t *testing.T) {
		img := crashImage(t)
		must(t, os.Remove(img+"-wal"))
		before := sumOf(t, img, "", "-wal", "-shm")
		rep, err := sqlite.Check(ctx, img)
		must(t, err)
		if rep.OK() || !strings.Contains(rep.Text(), "socongdoan.db-wal đã mất") {
			t.Errorf("report:\n%s", rep.Text())
		}
		if after := sumOf(t, img, "", "-wal", "-shm"); after != before {
			t.Errorf("check changed the files:\n before %s\n after  %s", before, after)
		}
	})
	t.Run("a -wal left by a crash", func(t *testing.T) {
		img := crashImage(t)
		rep, err := sqlite.Check(ctx, img)
		must(t, err)
		if !rep.OK() || !strings.Contains(rep.Text(), "Lưu ý: tệp socongdoan.db-wal còn lại từ lần chạy trước") {
			t.Errorf("report:\n%s", rep.Text())
		}
	})
	t.Run("a clean close leaves nothing to say", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "socongdoan.db")
		s := mustOpenAt(t, path)
		mustCreate(t, s, member("Nguyễn Văn An"))
		s.Close()
		rep, err := sqlite.Check(ctx, path)
		must(t, err)
		if !rep.OK() || len(rep.Notes) != 0 {
			t.Errorf("report:\n%s", rep.Text())
		}
	})
}

// TestRestoreRefusesForeignObjects: a backup that is ours by name only.
func TestRestoreRefusesForeignObjects(t *testing.T) {
	for _, tt := range []struct{ name, sql, want string }{
		{"a trigger", `CREATE TRIGGER steal AFTER INSERT ON member BEGIN DELETE FROM member; END`, "trigger “steal”"},
		{"a view", `CREATE VIEW v AS SELECT * FROM member`, "view “v”"},
		{"a table", `CREATE TABLE extra (x)`, "bảng “extra”"},
		{"a trigger of ours rewritten", ``, ""},
	} {
		if tt.sql == "" {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			mustCreate(t, s, member("Nguyễn Văn An"))
			bak := filepath.Join(t.TempDir(), "socongdoan-sao-luu.db")
			must(t, s.BackupTo(ctx, bak))
			db, err := sql.Open("sqlite3", bak)
			must(t, err)
			_, err = db.Exec(tt.sql)
			must(t, err)
			db.Close()
			_, err = s.Restore(ctx, bak)
			msg := data.ErrorMessage(err)
			if !strings.Contains(msg, "tệp sao lưu chứa thành phần lạ") || !strings.Contains(msg, tt.want) {
				t.Errorf("Restore: %v", msg)
			}
			rep, err := sqlite.Check(ctx, bak)
			must(t, err)
			if rep.OK() || !strings.Contains(rep.Text(), "thành phần lạ") {
				t.Errorf("check:\n%s", rep.Text())
			}
		})
	}
	t.Run("check on another application's SQLite file", func(t *testing.T) {
		other := filepath.Join(t.TempDir(), "khac.db")
		db, err := sql.Open("sqlite3", other)
		must(t, err)
		_, err = db.Exec(`CREATE TABLE contacts (name TEXT)`)
		must(t, err)
		db.Close()
		rep, err := sqlite.Check(ctx, other)
		must(t, err)
		if rep.OK() || !strings.Contains(rep.Text(), "không phải cơ sở dữ liệu của Sổ Công đoàn") || !strings.Contains(rep.Text(), "contacts") {
			t.Errorf("check:\n%s", rep.Text())
		}
	})
}

// TestLockOnTheRealPath: a symbolic link or another spelling takes the same lock.
func TestLockOnTheRealPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "socongdoan.db")
	mustOpenAt(t, path)
	l, err := sqlite.AcquireLock(path)
	must(t, err)
	defer l.Release()
	link := filepath.Join(t.TempDir(), "loi-tat.db")
	if err := os.Symlink(path, link); err != nil {
		t.Skip("no symbolic links here")
	}
	for _, other := range []string{link, filepath.Join(dir, ".", "x", "..", "socongdoan.db")} {
		if _, err := sqlite.AcquireLock(other); !errors.As(err, new(*sqlite.LockedError)) {
			t.Errorf("AcquireLock(%s): %v, want locked", other, err)
		}
	}
}

// TestDiskFullFromSQLite: SQLite's own "disk full" and "read-only" reach the chair in
// Vietnamese, through the same mapping as the operating system's.
func TestDiskFullFromSQLite(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{sqlite3.Error{Code: sqlite3.ErrFull}, "Ổ đĩa đã đầy nên không thể lưu đoàn viên"},
		{sqlite3.Error{Code: sqlite3.ErrIoErr, SystemErrno: syscall.ENOSPC}, "Ổ đĩa đã đầy"},
		{sqlite3.Error{Code: sqlite3.ErrReadonly}, "Không có quyền ghi vào thư mục /media/usb nên không thể lưu đoàn viên"},
	} {
		err := data.Internal(sqlite.SysErr(c.err, "/media/usb/socongdoan.db"), "lưu đoàn viên")
		if msg := data.ErrorMessage(err); !strings.Contains(msg, c.want) {
			t.Errorf("%v: %q, want %q", c.err, msg, c.want)
		}
	}
}
