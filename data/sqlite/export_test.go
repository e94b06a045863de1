package sqlite

import (
	"context"
	"io/fs"
	"sync/atomic"
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

// CountFullChecks counts the full checks Open runs from now on; the function returned
// puts the real check back.
func CountFullChecks(n *atomic.Int64) func() {
	old := fullCheck
	fullCheck = func(ctx context.Context, path string) error {
		n.Add(1)
		return old(ctx, path)
	}
	return func() { fullCheck = old }
}

// RememberedIsTheFile reports whether <db>.checked holds the digest of the file as it is.
func RememberedIsTheFile(path string) bool {
	p, err := readPageSums(path)
	return err == nil && rememberedGood(path, p)
}
