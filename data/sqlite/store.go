// Package sqlite is the store of Sổ Công đoàn: one SQLite file holding the
// register, its status history, the units, the union profile and an audit log.
// It implements data.MemberService, data.UnitService and data.ProfileService.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"

	_ "github.com/mattn/go-sqlite3" // the "sqlite3" driver
)

// The store implements the domain's services; the compiler checks it here.
var (
	_ data.MemberService  = (*Store)(nil)
	_ data.UnitService    = (*Store)(nil)
	_ data.ProfileService = (*Store)(nil)
)

// dsnParams configure every pooled connection. PRAGMAs run with Exec would reach
// only the one connection that ran them, so they go in the DSN, which the driver
// applies to each new connection. FULL sync because a chair's register must survive
// a power cut; immediate transactions so that two writers wait for each other at
// BEGIN (busy_timeout) instead of failing half-way with SQLITE_BUSY.
const dsnParams = "_foreign_keys=on&_journal_mode=WAL&_synchronous=FULL&_busy_timeout=5000&_txlock=immediate"

// Store is the SQLite store. It is safe for concurrent use.
type Store struct {
	db      *sql.DB
	path    string
	now     func() time.Time
	version int
	// readOnly stores serve the commands that only read (members list, export, todo…):
	// their connections cannot write a byte, and write refuses.
	readOnly bool
	// deferCheck asks Open to run the full check after it returns (the window's first
	// frame must not wait for it); gate holds every write until that check passed.
	deferCheck bool
	gate       *writeGate
	ckpt       checkpointer
	// proven is the state of the file known good, carried through this store's
	// commits, remembered in <db>.checked at Close (checked.go).
	proven provenState
}

// Option configures Open.
type Option func(*Store)

// WithNow replaces the clock, so that tests can fix "today".
func WithNow(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// WithCheckInBackground lets Open return before the full integrity check of the
// file has finished, when that is safe: the check then runs in the background and
// every write (and backup) waits for it; a failed check refuses them all, and
// Verified says so. When opening could write to the file before the check (a
// schema upgrade, a -wal left by a crash, a file not yet in WAL mode) the check
// runs first as without this option.
func WithCheckInBackground() Option {
	return func(s *Store) { s.deferCheck = true }
}

// Open opens (creating it only where no file exists) the database file at path and
// brings its schema up to date. Nothing is written to an existing file before it has
// passed SQLite's full integrity check; a file that fails, is empty, is not a
// database, is someone else's database or comes from a newer version is refused,
// untouched (IsDamaged tells the first four apart from the last).
func Open(path string, opts ...Option) (*Store, error) {
	return open(path, migrationFS, opts)
}

// open is Open with the migrations given, so tests can pretend to be another version.
func open(path string, migrations fs.FS, opts []Option) (*Store, error) {
	s := &Store{path: path, now: time.Now}
	for _, o := range opts {
		o(s)
	}
	ms, err := loadMigrations(migrations)
	if err != nil {
		return nil, data.Internal(err, "đọc bản nâng cấp cơ sở dữ liệu")
	}
	ctx := context.Background()
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		if err := createNew(ctx, path, ms, s.stamp()); err != nil {
			return nil, data.Internal(sysErr(err, path), "tạo tệp dữ liệu")
		}
	}
	// Look before touching: a newer database must stay byte for byte as it is, and
	// opening with the full DSN could already rewrite its header (journal mode).
	current, err := peekVersion(ctx, path)
	if err != nil {
		return nil, err
	}
	latest := ms[len(ms)-1].version
	if current > latest {
		return nil, &data.Error{Code: data.EINVALID,
			Message: "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của Sổ Công đoàn. Hãy cập nhật ứng dụng."}
	}
	if s.deferCheck && current == latest && isWALFile(path) && walIsEmpty(path) {
		checkCtx, cancel := context.WithCancel(ctx)
		s.gate = newWriteGate(func() error { return s.checkFile(checkCtx, path) })
		s.gate.cancel = cancel
	} else if err := s.checkFile(ctx, path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite3", path+"?"+dsnParams)
	if err != nil {
		return nil, data.Internal(err, "mở cơ sở dữ liệu")
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, data.Internal(sysErr(err, path), "mở cơ sở dữ liệu")
	}
	s.db = db
	if current < latest {
		if err := backupBeforeMigrate(ctx, db, path, latest); err != nil {
			db.Close()
			return nil, data.Internal(sysErr(err, path), "sao lưu trước khi nâng cấp cơ sở dữ liệu")
		}
		if err := migrate(ctx, db, ms, s.stamp()); err != nil {
			db.Close()
			return nil, data.Internal(sysErr(err, path), "nâng cấp cơ sở dữ liệu")
		}
		s.proven.set(nil) // its commits are not counted: the next run checks in full
	}
	s.version = latest
	return s, nil
}

// OpenReadOnly opens the database at path for a command that only reads: the
// connections are read-only, so not a byte of the file changes (not even its header),
// and nothing is checked beyond what reading needs. A file whose schema is older than
// this version's is refused with ErrNeedsUpgrade (open it with Open once, which
// upgrades it); a missing file with fs.ErrNotExist.
func OpenReadOnly(path string, opts ...Option) (*Store, error) {
	s := &Store{path: path, now: time.Now, readOnly: true}
	for _, o := range opts {
		o(s)
	}
	ms, err := loadMigrations(migrationFS)
	if err != nil {
		return nil, data.Internal(err, "đọc bản nâng cấp cơ sở dữ liệu")
	}
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	if err := examineHeader(path); err != nil {
		return nil, err
	}
	ctx := context.Background()
	current, err := peekVersion(ctx, path)
	if err != nil {
		return nil, err
	}
	latest := ms[len(ms)-1].version
	switch {
	case current > latest:
		return nil, &data.Error{Code: data.EINVALID,
			Message: "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của Sổ Công đoàn. Hãy cập nhật ứng dụng."}
	case current < latest:
		return nil, ErrNeedsUpgrade
	}
	db, err := openReadOnly(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return nil, errDamaged("không đọc được", err)
		}
		return nil, data.Internal(err, "mở cơ sở dữ liệu")
	}
	s.db, s.version = db, latest
	return s, nil
}

// ErrNeedsUpgrade says that a file opened read-only has an older schema.
var ErrNeedsUpgrade = errors.New("the database needs a schema upgrade")

// createNew makes a new register at path: the folder (0700) if missing, and the
// database (0600) built beside it under a temporary name, complete with its schema,
// then moved into place. A crash half-way leaves no file at path, so an empty or
// half-made file there is always a damaged one, never a new register. The register
// holds CCCD numbers and other personal data: nobody else on the machine should read
// it. SQLite gives its -wal and -shm files the same mode.
func createNew(ctx context.Context, path string, ms []migration, at string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp := fmt.Sprintf("%s.tmp-%d", path, os.Getpid())
	removeDB(tmp)
	f, err := os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	err = func() error {
		db, err := sql.Open("sqlite3", tmp+"?"+dsnParams)
		if err != nil {
			return err
		}
		defer db.Close()
		if err := migrate(ctx, db, ms, at); err != nil {
			return err
		}
		return db.Close()
	}()
	if err == nil {
		err = syncFile(tmp)
	}
	if err == nil {
		err = moveNoReplace(tmp, path)
	}
	if err != nil {
		removeDB(tmp)
		return err
	}
	return syncDir(filepath.Dir(path))
}

// moveNoReplace renames from to to unless to exists (another copy of the app made
// the register meanwhile: keep theirs).
func moveNoReplace(from, to string) error {
	if err := os.Link(from, to); err == nil {
		return os.Remove(from)
	} else if errors.Is(err, fs.ErrExist) {
		return removeDB(from)
	}
	if fileExists(to) {
		return removeDB(from)
	}
	return os.Rename(from, to) // file systems without hard links
}

// removeDB removes a database file and SQLite's files beside it.
func removeDB(path string) error {
	for _, suffix := range []string{"-wal", "-shm", "-journal"} {
		os.Remove(path + suffix)
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// peekVersion reads the schema version on a query-only connection without the
// journal-mode setting, so nothing is written. A file that is empty, not a database
// or someone else's database is refused.
func peekVersion(ctx context.Context, path string) (int, error) {
	if err := examineHeader(path); err != nil {
		return 0, err
	}
	db, err := openForCheck(ctx, path)
	if err != nil {
		if IsDamaged(err) {
			return 0, errDamaged("không đọc được", err)
		}
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	defer db.Close()
	var hasTable, tables int
	err = db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE name = 'schema_migrations'), count(*)
		FROM sqlite_master WHERE type = 'table'`).Scan(&hasTable, &tables)
	if err != nil {
		if IsDamaged(err) {
			return 0, errDamaged("không đọc được", err)
		}
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	switch {
	case tables == 0:
		// A database with nothing in it: Open makes new registers complete, so this
		// is not one of ours (or lost its contents). Never write a schema into it.
		return 0, errNotOurs("tệp cơ sở dữ liệu trống, không có bảng nào")
	case hasTable == 0:
		return 0, errNotOurs("") // someone else's database: do not write our schema into it
	}
	var v int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	return v, nil
}

// errNotOurs is the message for a sound database that is not a register of ours.
func errNotOurs(detail string) error {
	msg := "Tệp này không phải cơ sở dữ liệu của Sổ Công đoàn"
	if detail != "" {
		msg += " (" + detail + ")"
	}
	return &data.Error{Code: data.EINVALID, Err: ErrNotOurs, Message: msg}
}

// Close closes the database, after moving the last commits into the main file, and
// remembers the digest of a state that follows from a proven one (checked.go).
func (s *Store) Close() error {
	s.ckpt.stop()
	if s.gate != nil {
		s.gate.stop()
	}
	if s.readOnly {
		return s.db.Close()
	}
	s.carryProofThroughWAL()
	if err := s.db.Close(); err != nil {
		return err
	}
	s.rememberAtClose()
	return nil
}

// Path is the database file.
func (s *Store) Path() string { return s.path }

// SchemaVersion is the version of the schema after Open's migrations.
func (s *Store) SchemaVersion() int { return s.version }

// stampLayout stores instants in UTC to the second: text that sorts in time order.
const stampLayout = "2006-01-02T15:04:05Z"

// stamp is "now" as stored in created_at, updated_at, at and deleted_at.
func (s *Store) stamp() string { return stampOf(s.now()) }

// stampOf is t as stored.
func stampOf(t time.Time) string { return t.UTC().Format(stampLayout) }

// parseStamp reads a stored instant; "" is the zero time.
func parseStamp(v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	return time.Parse(stampLayout, v)
}

// isoArg is a date as bound to SQL: ISO text, or NULL when unknown.
func isoArg(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return vn.ISO(t)
}

// idArg is a foreign key as bound to SQL: NULL for 0.
func idArg(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// querier is what both *sql.DB and *sql.Tx offer, so reads can run inside a write.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// write runs fn in one transaction, committed only when fn succeeds; SQL failures
// become EINTERNAL errors about doing, application errors pass through.
// The file must have passed the full check (writable), and the commit reaches the
// main .db file within seconds (checkpointSoon), so that a copy of that one file
// holds everything.
func (s *Store) write(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	if err := s.writable(ctx); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return data.Internal(sysErr(err, s.path), doing)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return data.Internal(sysErr(err, s.path), doing)
	}
	if err := tx.Commit(); err != nil {
		return data.Internal(sysErr(err, s.path), doing)
	}
	s.proven.commits.Add(1)
	s.checkpointSoon()
	return nil
}
