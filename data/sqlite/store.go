// Package sqlite is the store of Sổ Công đoàn: one SQLite file holding the
// register, its status history, the units, the union profile and an audit log.
// It implements data.MemberService, data.UnitService and data.ProfileService.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"

	sqlite3 "github.com/mattn/go-sqlite3"
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
}

// Option configures Open.
type Option func(*Store)

// WithNow replaces the clock, so that tests can fix "today".
func WithNow(now func() time.Time) Option {
	return func(s *Store) { s.now = now }
}

// Open opens (creating it if needed) the database file at path and brings its schema
// up to date. A database made by a newer version of the app is refused, untouched.
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
	if err := createFile(path); err != nil {
		return nil, data.Internal(err, "tạo tệp dữ liệu")
	}
	ctx := context.Background()
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
	db, err := sql.Open("sqlite3", path+"?"+dsnParams)
	if err != nil {
		return nil, data.Internal(err, "mở cơ sở dữ liệu")
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, data.Internal(err, "mở cơ sở dữ liệu")
	}
	s.db = db
	if current > 0 && current < latest {
		if err := backupBeforeMigrate(ctx, db, path, latest); err != nil {
			db.Close()
			return nil, data.Internal(err, "sao lưu trước khi nâng cấp cơ sở dữ liệu")
		}
	}
	if err := migrate(ctx, db, ms, s.stamp()); err != nil {
		db.Close()
		return nil, data.Internal(err, "nâng cấp cơ sở dữ liệu")
	}
	s.version = latest
	return s, nil
}

// createFile makes the folder (0700) and an empty database file (0600) if they are
// missing: the register holds CCCD numbers and other personal data, so nobody else
// on the machine should read it. SQLite gives its -wal and -shm files the same mode.
func createFile(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

// peekVersion reads the schema version on a query-only connection without the
// journal-mode setting, so nothing is written. A file that is not ours is refused.
func peekVersion(ctx context.Context, path string) (int, error) {
	db, err := sql.Open("sqlite3", path+"?_query_only=1&_busy_timeout=5000")
	if err != nil {
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	defer db.Close()
	notOurs := func(err error) error {
		return &data.Error{Code: data.EINVALID, Err: err,
			Message: "Tệp này không phải cơ sở dữ liệu của Sổ Công đoàn"}
	}
	var hasTable, tables int
	err = db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE name = 'schema_migrations'), count(*)
		FROM sqlite_master WHERE type = 'table'`).Scan(&hasTable, &tables)
	if err != nil {
		var se sqlite3.Error
		if errors.As(err, &se) && (se.Code == sqlite3.ErrNotADB || se.Code == sqlite3.ErrCorrupt) {
			return 0, notOurs(err)
		}
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	switch {
	case hasTable == 0 && tables == 0:
		return 0, nil // a new, empty file
	case hasTable == 0:
		return 0, notOurs(nil) // someone else's database: do not write our schema into it
	}
	var v int
	if err := db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, data.Internal(err, "mở cơ sở dữ liệu")
	}
	return v, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

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
func (s *Store) write(ctx context.Context, doing string, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return data.Internal(err, doing)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return data.Internal(err, doing)
	}
	return data.Internal(tx.Commit(), doing)
}
