package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"socongdoan/data"
)

var _ data.BackupService = (*Store)(nil)

// BackupDirName is the folder of the automatic backups, beside the database.
const BackupDirName = "sao-luu"

// Retention of the automatic backups, by days rather than by count (a busy day of
// imports must not push out last month): every backup of today, the newest of each
// of the KeepRecent most recent days that have one, and the newest of each of the
// last KeepMonths months, so that a mistake noticed late can still be undone.
const (
	KeepRecent = 30
	KeepMonths = 24
)

// BackupDir is the folder of the automatic backups of the database at dbPath.
func BackupDir(dbPath string) string { return filepath.Join(filepath.Dir(dbPath), BackupDirName) }

// backupStamp makes the names of automatic backups sort in time order:
// socongdoan-20261121-103000-hang-ngay.db for socongdoan.db.
const backupStamp = "20060102-150405"

// backupPrefix starts the names of the automatic backups of the database at dbPath: its
// own name, so that databases sharing a folder (--db) keep their backups apart.
func backupPrefix(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base)) + "-"
}

// BackupTo writes a consistent copy of the database to path, as one self-contained
// file readable only by the user. It uses SQLite's online backup API, which copies
// committed pages, including those still in the -wal file, while the app keeps
// working. The copy is written beside path and renamed over it only when complete,
// so a failure (a USB stick pulled out) never leaves a half-written backup.
//
// A backup counts only once it has passed SQLite's full integrity check: a copy that
// fails is removed and the error says so (issue 10, item 3). The folder is synced
// after the rename, so that a power cut cannot lose the new name.
func (s *Store) BackupTo(ctx context.Context, path string) error {
	if err := s.Verified(ctx); err != nil {
		return err
	}
	return writeBackup(ctx, s.db, path)
}

// writeBackup is BackupTo from any open database.
func writeBackup(ctx context.Context, src *sql.DB, path string) error {
	tmp, err := copyBackup(ctx, src, path)
	if err != nil {
		return err
	}
	return finishBackup(ctx, tmp, path)
}

// copyBackup copies the database into a temporary file beside path and returns its
// name: the first half of writeBackup, one snapshot of src.
func copyBackup(ctx context.Context, src *sql.DB, path string) (string, error) {
	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	removeDB(tmp)
	if err := copyDatabase(ctx, src, tmp); err != nil {
		removeDB(tmp)
		return "", data.Internal(sysErr(err, tmp), "sao lưu dữ liệu")
	}
	return tmp, nil
}

// finishBackup is the second half: the copy counts only once it passed the full
// integrity check, and is then renamed to path (the folder synced).
func finishBackup(ctx context.Context, tmp, path string) error {
	if err := verifyBackup(ctx, tmp); err != nil {
		removeDB(tmp)
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Bản sao lưu vừa tạo không qua kiểm tra toàn vẹn nên đã bị xóa, không được tính là bản sao lưu. " +
			"Tệp dữ liệu đang dùng có thể bị hỏng: hãy bấm \"Kiểm tra tệp dữ liệu có bị hỏng không\" trong Cài đặt (socongdoan check)."}
	}
	if err := os.Rename(tmp, path); err != nil {
		removeDB(tmp)
		return data.Internal(err, "sao lưu dữ liệu")
	}
	return data.Internal(syncDir(filepath.Dir(path)), "sao lưu dữ liệu")
}

// copyDatabase copies the database of src into a new file at path (0600) with the
// online backup API, then makes the copy a rollback-journal database so that it is
// one file, and syncs it to disk.
func copyDatabase(ctx context.Context, src *sql.DB, path string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	dst, err := sql.Open("sqlite3", path+"?_synchronous=FULL")
	if err != nil {
		return err
	}
	defer dst.Close()
	if err := backupInto(ctx, dst, src); err != nil {
		return err
	}
	if _, err := dst.ExecContext(ctx, `PRAGMA journal_mode=DELETE`); err != nil {
		return err
	}
	if err := dst.Close(); err != nil {
		return err
	}
	return syncFile(path)
}

// backupInto copies every page of src's main database into dst's with the online
// backup API, in one step: the copy is a single snapshot of src.
func backupInto(ctx context.Context, dst, src *sql.DB) error {
	dc, err := dst.Conn(ctx)
	if err != nil {
		return err
	}
	defer dc.Close()
	sc, err := src.Conn(ctx)
	if err != nil {
		return err
	}
	defer sc.Close()
	return dc.Raw(func(d any) error {
		return sc.Raw(func(s any) error {
			dconn, ok1 := d.(*sqlite3.SQLiteConn)
			sconn, ok2 := s.(*sqlite3.SQLiteConn)
			if !ok1 || !ok2 {
				return errors.New("not a go-sqlite3 connection")
			}
			b, err := dconn.Backup("main", sconn, "main")
			if err != nil {
				return err
			}
			for {
				done, err := b.Step(-1)
				if err != nil {
					b.Finish()
					return err
				}
				if done {
					break
				}
			}
			return b.Finish()
		})
	})
}

// verifyBackup is the check a new backup copy must pass before it counts.
var verifyBackup = FullCheck

// syncFile flushes a file to the disk.
func syncFile(path string) error {
	return syncPath(path, os.O_RDWR)
}

// syncDir flushes a folder's entries (a renamed file's new name) to the disk. Windows
// cannot open a folder for syncing, and its file system journals renames itself.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	return syncPath(dir, os.O_RDONLY)
}

func syncPath(path string, flag int) error {
	f, err := os.OpenFile(path, flag, 0)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// AutoBackup makes an automatic backup into the sao-luu folder (0700) and prunes the
// old ones; it returns the backup's path.
func (s *Store) AutoBackup(ctx context.Context, reason data.BackupReason) (string, error) {
	path, err := s.newBackupPath(ctx, reason)
	if err != nil {
		return "", err
	}
	if err := s.BackupTo(ctx, path); err != nil {
		return "", err
	}
	if err := pruneBackups(BackupDir(s.path), backupPrefix(s.path), s.now()); err != nil {
		return path, data.Internal(err, "dọn bản sao lưu cũ")
	}
	return path, nil
}

// autoBackupBeside is AutoBackup for a write that follows at once (an import): the
// copy is taken now, a snapshot of the register before the write, and its full
// integrity check — as long as the check of the register itself, 1.7 s at
// 100,000 members with a year's đoàn phí — runs on the other core while the write
// works. The write calls the returned wait before it commits and rolls back on its
// error, so an import is still kept only once its backup counts (issue 10 item 3);
// the caller also defers wait, so that the check never outlives it. wait returns the
// same error each time.
func (s *Store) autoBackupBeside(ctx context.Context, reason data.BackupReason) (wait func() error, err error) {
	path, err := s.newBackupPath(ctx, reason)
	if err != nil {
		return nil, err
	}
	tmp, err := copyBackup(ctx, s.db, path)
	if err != nil {
		return nil, err
	}
	done := make(chan error, 1)
	go func() {
		err := finishBackup(ctx, tmp, path)
		if err == nil {
			err = data.Internal(pruneBackups(BackupDir(s.path), backupPrefix(s.path), s.now()), "dọn bản sao lưu cũ")
		}
		done <- err
	}()
	return sync.OnceValue(func() error { return <-done }), nil
}

// newBackupPath waits for the register's full check, makes the backup folder and
// names a new backup in it.
func (s *Store) newBackupPath(ctx context.Context, reason data.BackupReason) (string, error) {
	if err := s.Verified(ctx); err != nil {
		return "", err
	}
	dir := BackupDir(s.path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", data.Internal(err, "tạo thư mục sao lưu")
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return "", data.Internal(err, "tạo thư mục sao lưu")
	}
	base := backupPrefix(s.path) + s.now().Local().Format(backupStamp) + "-" + string(reason)
	path := filepath.Join(dir, base+".db")
	for i := 2; fileExists(path); i++ {
		path = filepath.Join(dir, fmt.Sprintf("%s-%d.db", base, i))
	}
	return path, nil
}

// DailyBackup makes the day's automatic backup unless one was made today; made says
// whether it did.
func (s *Store) DailyBackup(ctx context.Context) (path string, made bool, err error) {
	list, err := ListBackups(s.path)
	if err != nil {
		return "", false, err
	}
	today := s.now().Local().Format("20060102")
	for _, b := range list {
		if b.Reason == data.BackupDaily && b.At.Local().Format("20060102") == today {
			return b.Path, false, nil
		}
	}
	path, err = s.AutoBackup(ctx, data.BackupDaily)
	return path, err == nil, err
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// Backups lists the backups of this database, newest first.
func (s *Store) Backups() ([]data.BackupInfo, error) { return ListBackups(s.path) }

// ListBackups lists the automatic backups of the database at dbPath and the copies
// kept before schema upgrades (<db>.before-vN.bak), newest first.
func ListBackups(dbPath string) ([]data.BackupInfo, error) {
	var out []data.BackupInfo
	entries, err := os.ReadDir(BackupDir(dbPath))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, data.Internal(err, "đọc thư mục sao lưu")
	}
	for _, e := range entries {
		at, reason, ok := parseBackupName(e.Name(), backupPrefix(dbPath))
		if !ok || e.IsDir() {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue
		}
		out = append(out, data.BackupInfo{Path: filepath.Join(BackupDir(dbPath), e.Name()), At: at, Reason: reason, Size: fi.Size()})
	}
	upgrades, _ := filepath.Glob(dbPath + ".before-v*.bak")
	for _, p := range upgrades {
		if fi, err := os.Stat(p); err == nil {
			out = append(out, data.BackupInfo{Path: p, At: fi.ModTime(), Reason: data.BackupBeforeUpgrade, Size: fi.Size()})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, nil
}

// parseBackupName reads the time and reason out of an automatic backup's name; prefix
// is backupPrefix of its database ("" takes any).
func parseBackupName(name, prefix string) (time.Time, data.BackupReason, bool) {
	if prefix == "" {
		// The stamp follows the last "-" that comes before 8 digits, a "-" and 6 digits.
		for i := 0; i+len(backupStamp) < len(name); i++ {
			if name[i] == '-' {
				if _, err := time.Parse(backupStamp, name[i+1:i+1+len(backupStamp)]); err == nil {
					prefix = name[:i+1]
					break
				}
			}
		}
	}
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || !strings.HasSuffix(rest, ".db") || len(rest) < len(backupStamp)+4 {
		return time.Time{}, "", false
	}
	at, err := time.ParseInLocation(backupStamp, rest[:len(backupStamp)], time.Local)
	if err != nil {
		return time.Time{}, "", false
	}
	reason := strings.TrimSuffix(rest[len(backupStamp):], ".db")
	reason = strings.TrimPrefix(reason, "-")
	// a "-2" added to a name taken in the same second is not part of the reason
	if i := strings.LastIndexByte(reason, '-'); i > 0 && allDigitsString(reason[i+1:]) {
		reason = reason[:i]
	}
	return at, data.BackupReason(reason), true
}

func allDigitsString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// pruneBackups deletes the automatic backups that keepBackups does not keep.
func pruneBackups(dir, prefix string, now time.Time) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	var times []time.Time
	for _, e := range entries {
		if at, _, ok := parseBackupName(e.Name(), prefix); ok && !e.IsDir() {
			names = append(names, e.Name())
			times = append(times, at)
		}
	}
	keep := keepBackups(times, now)
	for i, name := range names {
		if !keep[i] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// keepBackups decides which backups, made at the times given, to keep at now:
//   - every backup of today, and every one dated after now: a PC whose clock was
//     once wrong has files "from the future", which are neither deleted nor allowed
//     to count in place of the real past ones;
//   - the newest backup of each of the KeepRecent most recent days that have one
//     (today among them), however far apart those days are;
//   - the newest backup of each of the KeepMonths months up to this one.
func keepBackups(times []time.Time, now time.Time) []bool {
	now = now.Local()
	today := now.Format("20060102")
	oldestMonth := time.Date(now.Year(), now.Month()-KeepMonths+1, 1, 0, 0, 0, 0, time.Local)
	order := make([]int, len(times))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return times[order[a]].After(times[order[b]]) })
	keep := make([]bool, len(times))
	days, months := map[string]bool{}, map[string]bool{}
	for _, i := range order { // newest first
		at := times[i].Local()
		day, month := at.Format("20060102"), at.Format("200601")
		if at.After(now) {
			keep[i] = true
			continue
		}
		if day == today {
			keep[i] = true
		}
		if !days[day] && len(days) < KeepRecent {
			days[day] = true
			keep[i] = true
		}
		if !months[month] && !at.Before(oldestMonth) {
			months[month] = true
			keep[i] = true
		}
	}
	return keep
}

// CleanBackupLeftovers removes what a crash in the middle of a backup of the database
// at dbPath left in its sao-luu folder: half-written copies (<name>.tmp-<pid>) and
// their journal files. Call it at start-up while holding the database's lock, so that
// no backup of this database is being written. Finished backups are never touched.
func CleanBackupLeftovers(dbPath string) (removed []string) {
	dir := BackupDir(dbPath)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	prefix := backupPrefix(dbPath)
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, prefix) || !strings.Contains(name, ".db.tmp-") {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			removed = append(removed, name)
		}
	}
	return removed
}

// openReadOnly opens a database file for reading only, touching nothing in it. A
// backup on a write-protected stick cannot have its -shm file created, so that case is
// opened as immutable.
func openReadOnly(ctx context.Context, path string) (*sql.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_query_only=1")
	if err == nil {
		err = db.PingContext(ctx)
		if err == nil {
			if _, err = db.ExecContext(ctx, `SELECT count(*) FROM sqlite_master`); err == nil {
				return db, nil
			}
		}
		db.Close()
	}
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrCantOpen || se.Code == sqlite3.ErrReadonly) {
		return sql.Open("sqlite3", "file:"+path+"?mode=ro&immutable=1")
	}
	return nil, err
}

// errNotBackup is the message for a file that is not a backup this version can use.
func errNotBackup(path, why string, err error) error {
	return &data.Error{Code: data.EINVALID, Err: err,
		Message: fmt.Sprintf("Tệp %s không dùng được để khôi phục: %s", filepath.Base(path), why)}
}

// InspectBackup checks a backup file before anything relies on it: SQLite's integrity
// check passes, it has the tables of Sổ Công đoàn, and its schema version is not newer
// than this app's; it describes the file (date, members, union name).
func (s *Store) InspectBackup(ctx context.Context, path string) (*data.BackupInfo, error) {
	return InspectBackup(ctx, path, s.version)
}

// InspectBackup is Store.InspectBackup without an open store; latest is the newest
// schema version the app knows (0: the embedded migrations').
func InspectBackup(ctx context.Context, path string, latest int) (*data.BackupInfo, error) {
	if latest == 0 {
		ms, err := loadMigrations(migrationFS)
		if err != nil {
			return nil, data.Internal(err, "đọc bản nâng cấp cơ sở dữ liệu")
		}
		latest = ms[len(ms)-1].version
	}
	fi, err := os.Stat(path)
	if err != nil {
		return nil, errNotBackup(path, "không mở được tệp", err)
	}
	db, err := openReadOnly(ctx, path)
	if err != nil {
		return nil, errNotBackup(path, "tệp bị hỏng hoặc không phải cơ sở dữ liệu", err)
	}
	defer db.Close()
	problems, err := integrityCheck(ctx, db, "integrity_check")
	if err != nil || len(problems) != 1 || problems[0] != "ok" {
		return nil, errNotBackup(path, "tệp bị hỏng (không qua kiểm tra toàn vẹn)", err)
	}
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table'
		AND name IN ('schema_migrations', 'member', 'profile', 'audit_log')`).Scan(&tables); err != nil || tables != 4 {
		return nil, errNotBackup(path, "đây không phải dữ liệu của Sổ Công đoàn", err)
	}
	info := &data.BackupInfo{Path: path, Size: fi.Size(), At: fi.ModTime()}
	if at, reason, ok := parseBackupName(filepath.Base(path), ""); ok {
		info.At, info.Reason = at, reason
	}
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&info.SchemaVersion); err != nil {
		return nil, errNotBackup(path, "không đọc được phiên bản dữ liệu", err)
	}
	if info.SchemaVersion > latest {
		return nil, errNotBackup(path, "tệp được tạo bởi phiên bản mới hơn của Sổ Công đoàn; hãy cập nhật ứng dụng", nil)
	}
	foreign, err := foreignObjects(ctx, db, info.SchemaVersion)
	if err != nil {
		return nil, errNotBackup(path, "không đọc được cấu trúc tệp", err)
	}
	if len(foreign) > 0 {
		return nil, errNotBackup(path, "tệp sao lưu chứa thành phần lạ ("+strings.Join(foreign, "; ")+")", nil)
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM member WHERE deleted_at IS NULL`).Scan(&info.Members); err != nil {
		return nil, errNotBackup(path, "không đọc được danh sách đoàn viên", err)
	}
	db.QueryRowContext(ctx, `SELECT name FROM profile WHERE id = 1`).Scan(&info.UnionName)
	return info, nil
}

// Restore replaces the data with the backup at path. The backup is inspected first;
// then the current data is backed up (data.BackupBeforeRestore), whose path is
// returned; then the backup's pages are copied into the open database with the online
// backup API. That copy is one write transaction of SQLite, so it either completes or
// leaves the current data as it was, even on a crash, and every connection of the app
// sees the restored data at once: the store stays open on the same file. A backup
// from an older version is then brought up to date by the migrations.
func (s *Store) Restore(ctx context.Context, path string) (string, error) {
	if err := s.writable(ctx); err != nil {
		return "", err
	}
	if _, err := s.InspectBackup(ctx, path); err != nil {
		return "", err
	}
	saved, err := s.AutoBackup(ctx, data.BackupBeforeRestore)
	if err != nil {
		return "", err
	}
	src, err := openReadOnly(ctx, path)
	if err != nil {
		return saved, errNotBackup(path, "không mở được tệp", err)
	}
	defer src.Close()
	if err := backupInto(ctx, s.db, src); err != nil {
		return saved, data.Internal(sysErr(err, s.path), "khôi phục dữ liệu")
	}
	s.checkpointSoon()
	if err := s.upgrade(ctx); err != nil {
		return saved, err
	}
	return saved, nil
}

// upgrade applies the migrations the data lacks, after a restore from an older backup.
func (s *Store) upgrade(ctx context.Context) error {
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		return data.Internal(err, "đọc bản nâng cấp cơ sở dữ liệu")
	}
	return data.Internal(migrate(ctx, s.db, ms, s.stamp()), "nâng cấp cơ sở dữ liệu")
}

// ReplaceDamaged puts a backup in place of a damaged database that cannot be opened.
// The damaged file is never overwritten: it and its -wal and -shm files are moved
// aside to <db>.hong-<time> (returned), for a specialist to look at, and the backup
// is copied to dbPath. Open the store afterwards.
func ReplaceDamaged(ctx context.Context, dbPath, backup string) (aside string, err error) {
	if _, err := InspectBackup(ctx, backup, 0); err != nil {
		return "", err
	}
	aside = dbPath + ".hong-" + time.Now().Format(backupStamp)
	for i := 2; fileExists(aside); i++ {
		aside = fmt.Sprintf("%s.hong-%s-%d", dbPath, time.Now().Format(backupStamp), i)
	}
	if fileExists(dbPath) {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			if err := os.Rename(dbPath+suffix, aside+suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return "", data.Internal(err, "cất tệp dữ liệu bị hỏng")
			}
		}
	} else {
		aside = ""
	}
	src, err := openReadOnly(ctx, backup)
	if err != nil {
		return aside, errNotBackup(backup, "không mở được tệp", err)
	}
	defer src.Close()
	if err := writeBackup(ctx, src, dbPath); err != nil {
		return aside, err
	}
	return aside, nil
}

// NewestGoodBackup returns the newest backup of the database at dbPath that passes
// InspectBackup, for the start-up screen of a damaged database; nil when none does.
func NewestGoodBackup(ctx context.Context, dbPath string) (*data.BackupInfo, error) {
	list, err := ListBackups(dbPath)
	if err != nil {
		return nil, err
	}
	for _, b := range list {
		if info, err := InspectBackup(ctx, b.Path, 0); err == nil {
			if info.Reason == "" {
				info.Reason = b.Reason
			}
			return info, nil
		}
	}
	return nil, nil
}
