package app_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"socongdoan/data/sqlite"
	"socongdoan/data/sqlite/sqlitetest"
)

// Issue 10 through the command line: writing commands take the window's lock and
// never write into a damaged file; reading commands change nothing.

func TestWritingCommandsTakeTheWindowsLock(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the lock is per process on Windows")
	}
	db := filepath.Join(t.TempDir(), "socongdoan.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Văn An"); code != 0 {
		t.Fatal(errOut)
	}
	l, err := sqlite.AcquireLock(db) // the window
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	before, _ := os.ReadFile(db)
	for _, args := range [][]string{
		{"members", "add", "--name", "Lê Văn Bình"},
		{"demo", "--members", "5"},
		{"backup"},
	} {
		code, _, errOut := run(t, append([]string{"--db", db}, args...)...)
		if code != 1 || !strings.Contains(errOut, "đang được mở ở một cửa sổ khác") || !strings.Contains(errOut, "hãy đóng cửa sổ Sổ Công đoàn rồi chạy lại lệnh") {
			t.Errorf("%v: code %d, %s", args, code, errOut)
		}
	}
	// a link to the same file is the same register
	link := filepath.Join(t.TempDir(), "loi-tat.db")
	if os.Symlink(db, link) == nil {
		if code, _, errOut := run(t, "--db", link, "members", "add", "--name", "Lê Văn Bình"); code != 1 || !strings.Contains(errOut, "cửa sổ khác") {
			t.Errorf("through a link: code %d, %s", code, errOut)
		}
	}
	// reading commands work beside the window, read-only
	code, out, errOut := run(t, "--db", db, "members", "list", "--tsv")
	if code != 0 || !strings.Contains(out, "Nguyễn Văn An") {
		t.Errorf("list: %d %s %s", code, out, errOut)
	}
	if code, _, errOut := run(t, "--db", db, "todo"); code != 0 {
		t.Errorf("todo: %s", errOut)
	}
	after, _ := os.ReadFile(db)
	if string(before) != string(after) {
		t.Error("the file changed while the window held it")
	}
}

func TestDamagedRegisterFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "socongdoan.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Văn An"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, "--db", db, "backup"); code != 0 {
		t.Fatal(errOut)
	}
	for _, c := range []struct {
		name    string
		content []byte
		want    string
	}{
		{"zero bytes", nil, "tệp rỗng, 0 byte"},
		{"a text file", []byte("Họ và tên,Ngày sinh\n"), "tệp văn bản, bắt đầu bằng “Họ và tên,Ngày sinh”"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(db, c.content, 0o600); err != nil {
				t.Fatal(err)
			}
			for _, args := range [][]string{{"members", "add", "--name", "Lê Văn Bình"}, {"members", "list"}} {
				code, out, errOut := run(t, append([]string{"--db", db}, args...)...)
				if code != 1 || !strings.Contains(errOut, c.want) || !strings.Contains(errOut, "Bản sao lưu gần nhất còn tốt") ||
					!strings.Contains(errOut, "restore") || strings.Contains(out, "Đã thêm") {
					t.Errorf("%v: code %d\n%s%s", args, code, out, errOut)
				}
			}
			if b, _ := os.ReadFile(db); string(b) != string(c.content) {
				t.Error("the damaged file was written")
			}
		})
	}
}

// TestNumberedReportOnAFileOnlyTheFullCheckFindsDamaged: a numbered document runs
// the full check beside its layout (issue 11, speed); a file that fails it gets no
// number in the sổ văn bản đi, no document on disk, and not a byte written.
func TestNumberedReportOnAFileOnlyTheFullCheckFindsDamaged(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "socongdoan.db")
	if code, _, errOut := run(t, "demo", "--members", "30", "--db", db); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	for i := 1; i <= 3; i++ {
		name := fmt.Sprintf("Nguyễn Văn %c", 'A'+i)
		if code, _, errOut := run(t, "--db", db, "members", "add", "--name", name, "--cccd", fmt.Sprintf("0010900000%d0", i)); code != 0 {
			t.Fatal(errOut)
		}
	}
	sqlitetest.BreakIndexEntry(t, db, "001090000020")
	before, _ := os.ReadFile(db)
	pdf := filepath.Join(dir, "ds.pdf")
	code, out, errOut := run(t, "--db", db, "report", "members", "-o", pdf)
	if code != 1 || !strings.Contains(errOut, "Tệp dữ liệu bị hỏng") || !strings.Contains(errOut, "Tệp dữ liệu được giữ nguyên") {
		t.Errorf("code %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(pdf); err == nil {
		t.Error("a document was written from a damaged file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".socongdoan-*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
		t.Error("the damaged file was written")
	}
}

func TestDemoNeverGoesIntoARealRegister(t *testing.T) {
	db := filepath.Join(t.TempDir(), "socongdoan.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Văn An"); code != 0 {
		t.Fatal(errOut)
	}
	code, _, errOut := run(t, "--db", db, "demo", "--members", "5")
	if code != 1 || !strings.Contains(errOut, "đã có dữ liệu thật") {
		t.Errorf("demo into a real register: %d %s", code, errOut)
	}
	_, out, _ := run(t, "--db", db, "members", "list", "--tsv")
	if strings.Count(out, "\n") != 2 {
		t.Errorf("the register changed: %q", out)
	}
}
