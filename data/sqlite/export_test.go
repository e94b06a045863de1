package sqlite

import (
	"context"
	"io/fs"
)

// MigrationFS exposes the embedded migrations, so tests can build "older" and "newer" sets.
var MigrationFS fs.FS = migrationFS

// OpenWithMigrations is Open with another set of migrations: the app at another version.
func OpenWithMigrations(path string, migrations fs.FS, opts ...Option) (*Store, error) {
	return open(path, migrations, opts)
}

// KeepBackups exposes the retention rule for its table test.
var KeepBackups = keepBackups

// SetVerifyBackup replaces the check of a new backup copy; it returns a function
// putting the real one back.
func SetVerifyBackup(f func(ctx context.Context, path string) error) func() {
	old := verifyBackup
	verifyBackup = f
	return func() { verifyBackup = old }
}

// SysErr exposes sysErr.
var SysErr = sysErr

// SetBulkDues sets the size from which SaveDues reads its checks in passes;
// it returns a function putting the real one back.
func SetBulkDues(n int) func() {
	old := bulkDues
	bulkDues = n
	return func() { bulkDues = old }
}
