package sqlite

import "io/fs"

// MigrationFS exposes the embedded migrations, so tests can build "older" and "newer" sets.
var MigrationFS fs.FS = migrationFS

// OpenWithMigrations is Open with another set of migrations: the app at another version.
func OpenWithMigrations(path string, migrations fs.FS, opts ...Option) (*Store, error) {
	return open(path, migrations, opts)
}
