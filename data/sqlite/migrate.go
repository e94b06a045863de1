package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
)

// migrationFS holds the numbered schema changes, NNNN_name.sql, applied in order.
// A released file is never edited: a change to the schema is a new file.
//
//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations reads migrations/*.sql from fsys, sorted by version; versions must
// run 1, 2, 3… without gaps, so a misnamed file fails at once rather than in the field.
func loadMigrations(fsys fs.FS) ([]migration, error) {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: name must be NNNN_name.sql", base)
		}
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(text)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected version %d", m.name, i+1)
		}
	}
	if len(ms) == 0 {
		return nil, errors.New("no migrations")
	}
	return ms, nil
}

// migrate applies the migrations not yet recorded in schema_migrations, each in
// its own transaction together with its record, so a failure leaves the database
// at the last version that fully applied.
func migrate(ctx context.Context, db *sql.DB, ms []migration, at string) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return err
	}
	for _, m := range ms {
		if err := applyMigration(ctx, db, m, at); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// applyMigration runs one migration unless it is already recorded. The check sits
// inside the (immediate, hence exclusive) transaction, so two copies of the app
// opening the same file cannot both apply it.
func applyMigration(ctx context.Context, db *sql.DB, m migration, at string) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
		return err
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`, m.version, at); err != nil {
		return err
	}
	return tx.Commit()
}

// backupBeforeMigrate keeps a copy of the database as it was before the migrations
// to version, at <path>.before-v<version>.bak, so a failed or unwanted upgrade can be undone.
// It uses VACUUM INTO rather than copying the file: commits still sitting in the
// -wal file would be missing from a plain copy. An existing backup is kept: it is the
// older, untouched state. The file is created 0600 first, as it holds personal data.
func backupBeforeMigrate(ctx context.Context, db *sql.DB, dbPath string, version int) error {
	bak := fmt.Sprintf("%s.before-v%d.bak", dbPath, version)
	if fi, err := os.Stat(bak); err == nil && fi.Size() > 0 {
		return nil
	}
	f, err := os.OpenFile(bak, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `VACUUM INTO ?`, bak); err != nil {
		os.Remove(bak)
		return err
	}
	return nil
}
