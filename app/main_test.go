package app_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/app"
)

// run calls the program as the shell would and returns its exit code and output.
func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = app.Main(args, app.Version{Number: "9.9.9"}, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCommandLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	t.Run("version prints the version", func(t *testing.T) {
		code, out, _ := run(t, "version")
		if code != 0 || !strings.Contains(out, "9.9.9") {
			t.Errorf("code %d, out %q", code, out)
		}
	})
	t.Run("an unknown command is bad usage with exit 2", func(t *testing.T) {
		code, _, errOut := run(t, "--db", db, "nonsense")
		if code != 2 || !strings.Contains(errOut, "không có lệnh") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
	t.Run("an unknown flag is bad usage with exit 2", func(t *testing.T) {
		if code, _, _ := run(t, "members", "list", "--db", db, "--bogus"); code != 2 {
			t.Errorf("code %d, want 2", code)
		}
	})
	t.Run("members add accepts --db after its other arguments", func(t *testing.T) {
		code, out, errOut := run(t, "members", "add", "--name", "Nguyễn Thị Hường", "--birth", "05/01/1990",
			"--sex", "nữ", "--cccd", "001190012345", "--phone", "0912345678", "--unit", "Tổ May 1", "--joined", "01/03/2015", "--db", db)
		if code != 0 || !strings.Contains(out, "Đã thêm đoàn viên Nguyễn Thị Hường") {
			t.Fatalf("code %d, out %q, err %q", code, out, errOut)
		}
	})
	t.Run("members add takes a name typed in NFD and stores NFC", func(t *testing.T) {
		nfd := "Tra\u0302\u0300n Va\u0306n \u0110u\u031b\u0301c" // Trần Văn Đức, decomposed
		if code, _, errOut := run(t, "--db", db, "members", "add", "--name", nfd, "--birth", "1985"); code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		_, out, _ := run(t, "--db", db, "members", "list", "--search", "duc", "--tsv")
		if !strings.Contains(out, "\tTrần Văn Đức\t1985\t") {
			t.Errorf("list = %q", out)
		}
	})
	t.Run("a user error prints a Vietnamese message, exits 1 and writes nothing", func(t *testing.T) {
		code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Lê Văn Cường", "--cccd", "123", "--unit", "Tổ mới tinh")
		if code != 1 || !strings.Contains(errOut, "Số CCCD phải gồm đúng 12 chữ số") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
		_, out, _ := run(t, "--db", db, "members", "list", "--status", "tat-ca", "--tsv")
		if strings.Contains(out, "Cường") || strings.Contains(out, "Tổ mới tinh") {
			t.Errorf("a refused member was written: %q", out)
		}
	})
	t.Run("a CCCD already used is refused with the holder's name", func(t *testing.T) {
		code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Phạm Văn Bình", "--cccd", "001190012345")
		if code != 1 || !strings.Contains(errOut, "Nguyễn Thị Hường") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
	t.Run("a bad date is a user error naming the field", func(t *testing.T) {
		code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Phạm Văn Bình", "--birth", "31/02/1990")
		if code != 1 || !strings.Contains(errOut, "Ngày sinh") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
	t.Run("members list --tsv prints the header and the register's columns in order", func(t *testing.T) {
		_, out, _ := run(t, "--db", db, "members", "list", "--tsv")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		want := []string{
			"STT\tHọ và tên\tNgày sinh\tGiới tính\tBộ phận/Tổ CĐ\tChức vụ CĐ\tNgày vào CĐ\tTrạng thái",
			"1\tTrần Văn Đức\t1985\t\t\t\t\tĐang sinh hoạt",
			"2\tNguyễn Thị Hường\t05/01/1990\tNữ\tTổ May 1\t\t01/03/2015\tĐang sinh hoạt",
		}
		if strings.Join(lines, "\n") != strings.Join(want, "\n") {
			t.Errorf("list =\n%s\nwant\n%s", out, strings.Join(want, "\n"))
		}
	})
	t.Run("members list without --tsv ends with the count", func(t *testing.T) {
		_, out, _ := run(t, "--db", db, "members", "list")
		if !strings.HasSuffix(out, "2 đoàn viên · 1 nữ\n") {
			t.Errorf("list = %q", out)
		}
	})
	t.Run("an unknown status is bad usage", func(t *testing.T) {
		if code, _, _ := run(t, "--db", db, "members", "list", "--status", "vui-ve"); code != 2 {
			t.Errorf("code %d, want 2", code)
		}
	})
	t.Run("demo fills the database with members", func(t *testing.T) {
		demoDB := filepath.Join(t.TempDir(), "demo.db")
		if code, _, errOut := run(t, "demo", "--members", "300", "--db", demoDB); code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		_, out, _ := run(t, "--db", demoDB, "members", "list", "--status", "tat-ca", "--tsv")
		if n := strings.Count(out, "\n"); n != 301 {
			t.Errorf("%d lines, want header + 300", n)
		}
		_, foreign, _ := run(t, "--db", demoDB, "members", "list", "--search", "kim min")
		if !strings.Contains(foreign, "Kim Min Jun") {
			t.Errorf("no foreign worker in the demo data: %q", foreign)
		}
	})
}

func TestDemoWithTinyWorkforces(t *testing.T) {
	for _, n := range []string{"0", "1", "7"} {
		t.Run("demo data for "+n+" members is valid", func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "tiny.db")
			if code, _, errOut := run(t, "demo", "--members", n, "--db", db); code != 0 {
				t.Errorf("code %d: %s", code, errOut)
			}
		})
	}
}
