package sqlite_test

import (
	"bytes"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// migrations returns the app's own migrations plus extra ones, as a later version would have.
func migrations(t *testing.T, extra ...string) fs.FS {
	t.Helper()
	fsys := fstest.MapFS{}
	names, err := fs.Glob(sqlite.MigrationFS, "migrations/*.sql")
	must(t, err)
	for _, name := range names {
		text, err := fs.ReadFile(sqlite.MigrationFS, name)
		must(t, err)
		fsys[name] = &fstest.MapFile{Data: text}
	}
	for i, sql := range extra {
		fsys[filepath.ToSlash(filepath.Join("migrations", sprintf("%04d_extra.sql", len(names)+i+1)))] = &fstest.MapFile{Data: []byte(sql)}
	}
	return fsys
}

func maxVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite3", path)
	must(t, err)
	defer db.Close()
	var v int
	must(t, db.QueryRow(`SELECT MAX(version) FROM schema_migrations`).Scan(&v))
	return v
}

func TestOpen(t *testing.T) {
	latest := rawLatest(t)
	tests := []struct {
		name string
		run  func(t *testing.T, path string)
	}{
		{"a new file gets every migration, each recorded once", func(t *testing.T, path string) {
			s := mustOpenAt(t, path)
			if s.SchemaVersion() != latest || rawCount(t, path, "schema_migrations") != latest {
				t.Fatalf("version %d with %d recorded, want %d", s.SchemaVersion(), rawCount(t, path, "schema_migrations"), latest)
			}
			if s.Path() != path {
				t.Fatalf("Path() = %q, want %q", s.Path(), path)
			}
		}},
		{"re-opening an up-to-date file applies nothing and makes no backup", func(t *testing.T, path string) {
			s := mustOpenAt(t, path)
			must(t, s.CreateMember(ctx, member("Nguyễn Văn An")))
			s.Close()
			s = mustOpenAt(t, path)
			if n := rawCount(t, path, "schema_migrations"); n != latest {
				t.Fatalf("%d migrations recorded after re-open, want %d", n, latest)
			}
			if rows, err := s.MemberRows(ctx); err != nil || len(rows) != 1 {
				t.Fatalf("MemberRows after re-open: %d rows, %v", len(rows), err)
			}
			if backups, _ := filepath.Glob(path + ".before-*"); len(backups) != 0 {
				t.Fatalf("unexpected backups %v", backups)
			}
		}},
		{"an older file is backed up before it is migrated", func(t *testing.T, path string) {
			s := mustOpenAt(t, path)
			must(t, s.CreateMember(ctx, member("Nguyễn Văn An")))
			s.Close()
			s, err := sqlite.OpenWithMigrations(path, migrations(t, "CREATE TABLE extra (x INTEGER);"))
			must(t, err)
			defer s.Close()
			if s.SchemaVersion() != latest+1 || maxVersion(t, path) != latest+1 {
				t.Fatalf("version %d, want %d", s.SchemaVersion(), latest+1)
			}
			bak := path + sprintf(".before-v%d.bak", latest+1)
			if v := maxVersion(t, bak); v != latest {
				t.Fatalf("backup has version %d, want %d", v, latest)
			}
			if n := rawCount(t, bak, "member"); n != 1 {
				t.Fatalf("backup has %d members, want 1", n)
			}
			if fi, err := os.Stat(bak); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) {
				t.Fatalf("backup: %v %v, want mode 0600", fi.Mode(), err)
			}
		}},
		{"a file from a newer version is refused and left byte for byte as it was", func(t *testing.T, path string) {
			s, err := sqlite.OpenWithMigrations(path, migrations(t, "CREATE TABLE extra (x INTEGER);"))
			must(t, err)
			must(t, s.CreateMember(ctx, member("Nguyễn Văn An")))
			s.Close()
			before, err := os.ReadFile(path)
			must(t, err)
			_, err = sqlite.Open(path)
			wantError(t, err, data.EINVALID, "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của Sổ Công đoàn. Hãy cập nhật ứng dụng.")
			after, err := os.ReadFile(path)
			must(t, err)
			if !bytes.Equal(before, after) {
				t.Fatal("the newer database was modified")
			}
		}},
		{"a file that is not a database is refused", func(t *testing.T, path string) {
			// Issue 10 (item 2): such a file is damaged, and the message says what was found.
			must(t, os.WriteFile(path, bytes.Repeat([]byte("Sổ Công đoàn "), 200), 0o600))
			_, err := sqlite.Open(path)
			wantError(t, err, data.EINVALID, "Tệp dữ liệu bị hỏng (không phải tệp cơ sở dữ liệu: tệp văn bản, bắt đầu bằng “Sổ Công đoàn Sổ Công đoàn Sổ Công đoàn S…”)")
			if !sqlite.IsDamaged(err) {
				t.Errorf("IsDamaged(%v) = false", err)
			}
		}},
		{"another program's database is refused, not migrated", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite3", path)
			must(t, err)
			_, err = db.Exec(`CREATE TABLE contacts (name TEXT)`)
			must(t, err)
			db.Close()
			_, err = sqlite.Open(path)
			wantError(t, err, data.EINVALID, "Tệp này không phải cơ sở dữ liệu của Sổ Công đoàn")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.run(t, filepath.Join(t.TempDir(), "socongdoan.db"))
		})
	}
}

// rawLatest is the number of embedded migrations, which is the latest version.
func rawLatest(t *testing.T) int {
	names, err := fs.Glob(sqlite.MigrationFS, "migrations/*.sql")
	must(t, err)
	return len(names)
}

func TestOpenCreatesPrivateFileAndFolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	dir := filepath.Join(t.TempDir(), "Sổ Công đoàn", "dữ liệu")
	path := filepath.Join(dir, "socongdoan.db")
	s := mustOpenAt(t, path)
	must(t, s.CreateMember(ctx, member("Nguyễn Văn An")))
	for _, c := range []struct {
		path string
		want fs.FileMode
	}{{dir, 0o700}, {filepath.Dir(dir), 0o700}, {path, 0o600}, {path + "-wal", 0o600}} {
		fi, err := os.Stat(c.path)
		must(t, err)
		if fi.Mode().Perm() != c.want {
			t.Errorf("%s: mode %v, want %v", c.path, fi.Mode().Perm(), c.want)
		}
	}
}
