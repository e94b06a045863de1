package sqlite_test

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

func TestImportMembers(t *testing.T) {
	t.Run("creates and updates go in together, with the file's row numbers and one audit row", func(t *testing.T) {
		s := mustOpen(t)
		old := mustCreate(t, s, member("Nguyễn Văn An"))[0]
		upd := *old
		upd.Phone, upd.UnitName, upd.UnitID = "0912345678", "Tổ May 2", 0
		b := &data.ImportBatch{Source: "ds.xlsx",
			Creates: []data.ImportRow{{Line: 7, Member: member("Trần Thị Bình")}, {Line: 8, Member: member("Lê Văn Cường")}},
			Updates: []data.ImportRow{{Line: 9, Member: &upd}}}
		b.Creates[0].Member.UnitName = "Tổ May 2"
		must(t, s.ImportMembers(ctx, b))
		if b.Creates[0].Member.ID == 0 || b.Creates[0].Member.UnitID == 0 {
			t.Fatalf("created member not filled back: %+v", b.Creates[0].Member)
		}
		got, err := s.Member(ctx, old.ID)
		must(t, err)
		if got.Phone != "0912345678" || got.UnitName != "Tổ May 2" || got.UnitID != b.Creates[0].Member.UnitID {
			t.Errorf("updated member %+v", got)
		}
		rows, err := s.MemberRows(ctx)
		must(t, err)
		if len(rows) != 3 {
			t.Errorf("%d members", len(rows))
		}
		hist, err := s.EntityHistory(ctx, sqlite.EntityImport, 0)
		must(t, err)
		if len(hist) != 1 || hist[0].New != "ds.xlsx: 2 thêm mới, 1 cập nhật" {
			t.Errorf("import audit %+v", hist)
		}
		ch, err := s.MemberHistory(ctx, old.ID)
		must(t, err)
		if len(ch) < 2 || ch[0].Field == "Tạo mới" {
			t.Errorf("the update's changes are not logged: %+v", ch)
		}
	})
	t.Run("one bad row refuses the whole file, naming its row, and writes nothing", func(t *testing.T) {
		s := mustOpen(t)
		holder := member("Phạm Văn Dũng")
		holder.IDNumber = "001190012345"
		mustCreate(t, s, holder)
		before := tableCounts(t, s)
		taken := member("Trần Thị Bình")
		taken.IDNumber = "001190012345"
		b := &data.ImportBatch{Source: "ds.xlsx", Creates: []data.ImportRow{
			{Line: 7, Member: member("Lê Văn Cường")}, {Line: 12, Member: taken}}}
		b.Creates[0].Member.UnitName = "Tổ mới"
		err := s.ImportMembers(ctx, b)
		wantError(t, err, data.ECONFLICT, "Dòng 12: Số CCCD 001190012345 đã có ở đoàn viên Phạm Văn Dũng (sinh 1990)")
		if after := tableCounts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("counts %v, want %v", after, before)
		}
		if b.Creates[0].Member.ID != 0 {
			t.Error("a refused batch changed the caller's members")
		}
	})
	t.Run("two rows with one CCCD name both rows", func(t *testing.T) {
		s := mustOpen(t)
		a, c := member("Lê Văn A"), member("Lê Văn C")
		a.IDNumber, c.IDNumber = "001190012345", "001190012345"
		err := s.ImportMembers(ctx, &data.ImportBatch{Creates: []data.ImportRow{{Line: 3, Member: a}, {Line: 5, Member: c}}})
		wantError(t, err, data.ECONFLICT, "Dòng 5: Số CCCD 001190012345 trùng với dòng 3 (Lê Văn A)")
	})
	t.Run("the database is backed up before an import writes", func(t *testing.T) {
		s := mustOpen(t)
		mustCreate(t, s, member("Nguyễn Văn An"))
		must(t, s.ImportMembers(ctx, &data.ImportBatch{Creates: []data.ImportRow{{Line: 2, Member: member("Lê Văn B")}}}))
		list, err := s.Backups()
		must(t, err)
		if len(list) != 1 || list[0].Reason != data.BackupBeforeImport || rawCount(t, list[0].Path, "member") != 1 {
			t.Errorf("backups %+v", list)
		}
	})
}

func TestMemberKeysAndMembersByID(t *testing.T) {
	s := mustOpen(t)
	ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Lê Thị Bình"))
	ms[1].IDNumber, ms[1].MemberCode = "001190012345", "DV9"
	must(t, s.UpdateMember(ctx, ms[1]))
	must(t, s.TrashMember(ctx, ms[0].ID))
	keys, err := s.MemberKeys(ctx)
	must(t, err)
	if len(keys) != 1 || keys[0].ID != ms[1].ID || keys[0].IDNumber != "001190012345" || keys[0].MemberCode != "DV9" ||
		!keys[0].BirthDate.Equal(day(1990, 3, 12)) {
		t.Errorf("keys %+v", keys)
	}
	got, err := s.MembersByID(ctx, []int64{ms[0].ID, ms[1].ID, 999})
	must(t, err)
	if len(got) != 1 || got[ms[1].ID].FullName() != "Lê Thị Bình" {
		t.Errorf("members %+v", got)
	}
}

func TestBackupAndRestore(t *testing.T) {
	t.Run("a backup is one private file with the data, checked before a restore", func(t *testing.T) {
		s := mustOpen(t)
		mustCreate(t, s, member("Nguyễn Văn An"))
		out := filepath.Join(t.TempDir(), "usb", "sao-luu.db")
		must(t, os.MkdirAll(filepath.Dir(out), 0o755))
		must(t, s.BackupTo(ctx, out))
		if fi, err := os.Stat(out); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) {
			t.Fatalf("backup %v %v", fi, err)
		}
		if _, err := os.Stat(out + "-wal"); err == nil {
			t.Error("the backup has a -wal file: it must be one self-contained file")
		}
		info, err := s.InspectBackup(ctx, out)
		must(t, err)
		if info.Members != 1 || info.SchemaVersion != s.SchemaVersion() {
			t.Errorf("info %+v", info)
		}
	})
	t.Run("restore brings the old data back in the open store and keeps what it replaced", func(t *testing.T) {
		s := mustOpen(t)
		mustCreate(t, s, member("Nguyễn Văn An"))
		bak := filepath.Join(t.TempDir(), "a.db")
		must(t, s.BackupTo(ctx, bak))
		mustCreate(t, s, member("Lê Văn Sau"), member("Trần Văn Sau"))
		saved, err := s.Restore(ctx, bak)
		must(t, err)
		rows, err := s.MemberRows(ctx)
		must(t, err)
		if names(rows) != "Nguyễn Văn An" {
			t.Errorf("after restore: %s", names(rows))
		}
		if n := rawCount(t, saved, "member"); n != 3 {
			t.Errorf("the data before the restore has %d members in %s, want 3", n, saved)
		}
		mustCreate(t, s, member("Phạm Văn Mới")) // the store keeps working
		var mode string
		db, err := sql.Open("sqlite3", s.Path())
		must(t, err)
		defer db.Close()
		must(t, db.QueryRow("PRAGMA journal_mode").Scan(&mode))
		if mode != "wal" {
			t.Errorf("journal mode after restore %q, want wal", mode)
		}
		rep, err := s.Check(ctx)
		must(t, err)
		if !rep.OK() || rep.Members != 2 {
			t.Errorf("check after restore: %s", rep.Text())
		}
	})
	t.Run("files that are not good backups are refused and nothing changes", func(t *testing.T) {
		s := mustOpen(t)
		mustCreate(t, s, member("Nguyễn Văn An"))
		dir := t.TempDir()
		junk := filepath.Join(dir, "junk.db")
		must(t, os.WriteFile(junk, []byte(strings.Repeat("không phải dữ liệu ", 300)), 0o600))
		other := filepath.Join(dir, "other.db")
		db, err := sql.Open("sqlite3", other)
		must(t, err)
		_, err = db.Exec("CREATE TABLE contacts (name TEXT)")
		must(t, err)
		db.Close()
		newer := filepath.Join(dir, "newer.db")
		must(t, s.BackupTo(ctx, newer))
		db, err = sql.Open("sqlite3", newer)
		must(t, err)
		_, err = db.Exec("INSERT INTO schema_migrations (version, applied_at) VALUES (999, 'x')")
		must(t, err)
		db.Close()
		damaged := filepath.Join(dir, "damaged.db")
		must(t, s.BackupTo(ctx, damaged))
		corrupt(t, damaged)
		for _, c := range []struct{ path, why string }{
			{junk, "tệp bị hỏng hoặc không phải cơ sở dữ liệu"},
			{other, "đây không phải dữ liệu của Sổ Công đoàn"},
			{newer, "phiên bản mới hơn"},
			{damaged, "tệp bị hỏng"},
			{filepath.Join(dir, "missing.db"), "không mở được tệp"},
		} {
			_, err := s.Restore(ctx, c.path)
			if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), c.why) {
				t.Errorf("%s: %v, want a message with %q", filepath.Base(c.path), err, c.why)
			}
		}
		rows, err := s.MemberRows(ctx)
		must(t, err)
		if len(rows) != 1 {
			t.Errorf("%d members", len(rows))
		}
	})
	t.Run("a damaged database is moved aside, never overwritten, and the backup put in place", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "socongdoan.db")
		s := mustOpenAt(t, path)
		mustCreate(t, s, member("Nguyễn Văn An"))
		bak, err := s.AutoBackup(ctx, data.BackupDaily)
		must(t, err)
		for i := 0; i < 300; i++ {
			mustCreate(t, s, member(fmt.Sprintf("Lê Văn Số %c", 'A'+i%26)))
		}
		s.Close()
		corrupt(t, path)
		damagedBytes, err := os.ReadFile(path)
		must(t, err)
		if err := sqlite.QuickCheck(ctx, path); !sqlite.IsDamaged(err) {
			t.Fatalf("QuickCheck of a damaged file: %v", err)
		}
		good, err := sqlite.NewestGoodBackup(ctx, path)
		must(t, err)
		if good == nil || good.Path != bak || good.Members != 1 {
			t.Fatalf("newest good backup %+v", good)
		}
		aside, err := sqlite.ReplaceDamaged(ctx, path, good.Path)
		must(t, err)
		if kept, _ := os.ReadFile(aside); string(kept) != string(damagedBytes) {
			t.Error("the damaged file was not kept as it was")
		}
		s2 := mustOpenAt(t, path)
		rows, err := s2.MemberRows(ctx)
		must(t, err)
		if names(rows) != "Nguyễn Văn An" {
			t.Errorf("restored %s", names(rows))
		}
	})
}

// corrupt overwrites pages in the middle of a database file, as a failing disk would.
func corrupt(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	must(t, err)
	defer f.Close()
	fi, err := f.Stat()
	must(t, err)
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", 1024))
	for off := int64(4096); off+4096 <= fi.Size(); off += 3 * 4096 {
		_, err = f.WriteAt(junk, off)
		must(t, err)
	}
}

func TestBackupRetention(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	now := time.Date(2026, 1, 1, 8, 0, 0, 0, time.Local)
	s := mustOpenAt(t, path, sqlite.WithNow(func() time.Time { return now }))
	// A backup a day for 100 days: keep the last 30 and one for each older month.
	for i := 0; i < 100; i++ {
		now = time.Date(2026, 1, 1, 8, 0, 0, 0, time.Local).AddDate(0, 0, i)
		_, made, err := s.DailyBackup(ctx)
		must(t, err)
		if !made {
			t.Fatalf("day %d: no backup", i)
		}
		if _, made, _ := s.DailyBackup(ctx); made {
			t.Fatalf("day %d: two daily backups", i)
		}
	}
	list, err := s.Backups()
	must(t, err)
	var months []string
	for _, b := range list[sqlite.KeepRecent:] {
		months = append(months, b.At.Format("2006-01"))
	}
	// Days 70–99 (12/03–10/04) are the last 30; older: the last of February and of January.
	if len(list) != sqlite.KeepRecent+2 || fmt.Sprint(months) != "[2026-02 2026-01]" ||
		list[sqlite.KeepRecent].At.Day() != 28 || list[sqlite.KeepRecent+1].At.Day() != 31 {
		t.Errorf("%d backups, older ones %v", len(list), months)
	}
	if runtime.GOOS != "windows" {
		fi, err := os.Stat(sqlite.BackupDir(path))
		must(t, err)
		if fi.Mode().Perm() != 0o700 {
			t.Errorf("backup folder mode %v", fi.Mode().Perm())
		}
		if fi, err := os.Stat(list[0].Path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("backup file mode %v %v", fi.Mode(), err)
		}
	}
}

func TestCheck(t *testing.T) {
	s := mustOpen(t)
	mustCreate(t, s, member("Nguyễn Văn An"))
	rep, err := s.Check(ctx)
	must(t, err)
	if !rep.OK() || rep.Members != 1 || !strings.Contains(rep.Text(), "DỮ LIỆU TỐT") {
		t.Errorf("report:\n%s", rep.Text())
	}
	// A member pointing at a unit that does not exist: only a raw connection without
	// foreign keys can do that.
	db, err := sql.Open("sqlite3", s.Path())
	must(t, err)
	_, err = db.Exec("UPDATE member SET unit_id = 999")
	must(t, err)
	db.Close()
	rep, err = sqlite.Check(ctx, s.Path())
	must(t, err)
	if rep.OK() || len(rep.ForeignKeys) != 1 || !strings.Contains(rep.Text(), "bảng member, dòng 1 trỏ tới bảng unit") {
		t.Errorf("report:\n%s", rep.Text())
	}
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	l, err := sqlite.AcquireLock(path)
	must(t, err)
	if l.Stale {
		t.Error("a fresh lock is not stale")
	}
	if runtime.GOOS != "windows" {
		// flock is per open file: a second open in this process is refused like another process.
		_, err := sqlite.AcquireLock(path)
		var le *sqlite.LockedError
		if !errors.As(err, &le) || le.PID != os.Getpid() || !strings.Contains(data.ErrorMessage(err), "đang được mở ở một cửa sổ khác") {
			t.Errorf("second lock: %v", err)
		}
	}
	must(t, l.Release())
	l, err = sqlite.AcquireLock(path)
	must(t, err)
	if l.Stale {
		t.Error("a lock released cleanly is not stale")
	}
	must(t, l.Release())
}

// TestLockHelper holds the lock for the crash test of the lock; it runs only as a
// child process started by TestLockAfterCrash.
func TestLockHelper(t *testing.T) {
	path := os.Getenv("SOCONGDOAN_LOCK_HELPER")
	if path == "" {
		t.Skip("helper process")
	}
	if _, err := sqlite.AcquireLock(path); err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	fmt.Println("locked")
	time.Sleep(time.Minute)
}

func TestLockAfterCrash(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses SIGKILL")
	}
	path := filepath.Join(t.TempDir(), "socongdoan.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelper$")
	cmd.Env = append(os.Environ(), "SOCONGDOAN_LOCK_HELPER="+path)
	out, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	buf := make([]byte, 64)
	n, _ := out.Read(buf)
	if !strings.Contains(string(buf[:n]), "locked") {
		t.Fatalf("helper: %q", buf[:n])
	}
	_, err = sqlite.AcquireLock(path)
	var le *sqlite.LockedError
	if !errors.As(err, &le) || le.PID != cmd.Process.Pid {
		t.Fatalf("while the helper runs: %v", err)
	}
	must(t, cmd.Process.Kill())
	cmd.Wait()
	l, err := sqlite.AcquireLock(path)
	must(t, err)
	defer l.Release()
	if !l.Stale || l.PrevPID != cmd.Process.Pid {
		t.Errorf("after the crash: stale %v prev %d, want the helper's %d", l.Stale, l.PrevPID, cmd.Process.Pid)
	}
}
