package app_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"socongdoan/data/sqlite"
)

// listFixture is the realistic list of data/xlsx/testdata: title block, merged
// headers, a TCVN3 column, one row in error.
var listFixture = filepath.Join("..", "data", "xlsx", "testdata", "danh-sach-that.xlsx")

func TestImportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cli.db")
	t.Run("a file with a row in error prints the preview and the errors, exits 1 and writes nothing", func(t *testing.T) {
		code, out, errOut := run(t, "--db", db, "members", "import", listFixture)
		if code != 1 {
			t.Fatalf("code %d", code)
		}
		for _, want := range []string{
			"dòng tiêu đề 4",
			"Chuyển mã: cột F \"Bộ phận\": 5 ô gõ bằng TCVN3 (ABC) đã được chuyển sang Unicode", // per cell now (issue 10 item 10)
			"dòng 9, cột F (Bộ phận): Tæ c¾t → Tổ cắt",
			"Kết quả: 4 thêm mới · 1 dòng lỗi",
			"Dòng 12, cột D (Ngày sinh – Nữ) \"05/01/90\": Năm phải ghi đủ 4 chữ số: 05/01/90",
			"Bỏ qua dòng 14: Dòng tổng cộng",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
		if !strings.Contains(errOut, "Không ghi gì vì có 1 dòng lỗi") {
			t.Errorf("stderr %q", errOut)
		}
		_, list, _ := run(t, "--db", db, "members", "list", "--tsv", "--status", "tat-ca")
		if strings.Count(list, "\n") != 1 {
			t.Errorf("members were written: %q", list)
		}
	})
	fixed := fixedList(t)
	t.Run("--dry-run shows the preview and writes nothing", func(t *testing.T) {
		code, out, errOut := run(t, "--db", db, "members", "import", fixed, "--dry-run")
		if code != 0 || !strings.Contains(out, "Kết quả: 5 thêm mới") || !strings.Contains(out, "chưa ghi gì") {
			t.Fatalf("code %d\n%s\n%s", code, out, errOut)
		}
		_, list, _ := run(t, "--db", db, "members", "list", "--tsv")
		if strings.Count(list, "\n") != 1 {
			t.Errorf("dry run wrote members: %q", list)
		}
	})
	t.Run("a clean file is imported, with --map overriding a guess", func(t *testing.T) {
		code, out, errOut := run(t, "--db", db, "members", "import", "--map", "G=chuc-vu-cd", fixed)
		if code != 0 || !strings.Contains(out, "Đã nhập: 5 đoàn viên mới") {
			t.Fatalf("code %d\n%s\n%s", code, out, errOut)
		}
		_, list, _ := run(t, "--db", db, "members", "list", "--tsv", "--search", "cuong")
		if !strings.Contains(list, "Lê Văn Cường\t12/03/1992\tNam\tPhòng kế toán\tKế toán\t01/03/2016") {
			t.Errorf("list %q", list)
		}
	})
	t.Run("importing it again finds everyone; --on-duplicate update changes nothing that is the same", func(t *testing.T) {
		_, out, _ := run(t, "--db", db, "members", "import", fixed)
		if !strings.Contains(out, "Kết quả: 5 đã có trong sổ (bỏ qua)") || !strings.Contains(out, "(trùng CCCD)") {
			t.Errorf("output:\n%s", out)
		}
		_, out, _ = run(t, "--db", db, "members", "import", fixed, "--on-duplicate", "update")
		if !strings.Contains(out, "Kết quả: 5 không đổi") {
			t.Errorf("output:\n%s", out)
		}
	})
	t.Run("bad usage exits 2", func(t *testing.T) {
		for _, args := range [][]string{{"members", "import"}, {"members", "import", fixed, "--on-duplicate", "merge"},
			{"members", "import", fixed, "--map", "B"}, {"members", "export", "out.pdf"}} {
			if code, _, _ := run(t, append([]string{"--db", db}, args...)...); code != 2 {
				t.Errorf("%v: code %d", args, code)
			}
		}
	})
}

// fixedList is the fixture with its row in error removed, as a chair would fix it:
// imported through the error workbook, the rest is the same file.
func fixedList(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "ds.csv")
	text := "\uFEFFSTT;Họ và tên;Ngày sinh;Giới tính;Số CCCD;Bộ phận;Chức vụ;Ngày vào công đoàn;Mã đoàn viên\r\n" +
		"1;Nguyễn Văn An;01/01/1990;Nam;001190012345;Tổ may 1;Công nhân;05/01/2015;DV001\r\n" +
		"2;Trần Thị Hường;1985;Nữ;001185000123;Tổ cắt;Tổ trưởng;05/01/2015;DV002\r\n" +
		"3;Lê Văn Cường;12/03/1992;Nam;001092000456;Phòng kế toán;Kế toán;01/03/2016;\r\n" +
		"4;Phạm Thị Dung;05/01/1990;Nữ;001190000321;Phòng kế toán;;01/03/2016;\r\n" +
		"5;Đỗ Văn Em;15/07/1990;Nam;001090000789;Tổ may 1;;20/05/2019;DV003\r\n"
	if err := os.WriteFile(out, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "cli.db")
	if code, _, errOut := run(t, "--db", db, "members", "import", fixedList(t)); code != 0 {
		t.Fatal(errOut)
	}
	for _, name := range []string{"ds.xlsx", "ds.csv"} {
		out := filepath.Join(dir, name)
		code, stdout, errOut := run(t, "--db", db, "members", "export", out, "--columns", "ho-ten,ngay-sinh,cccd", "--search", "thi")
		if code != 0 || !strings.Contains(stdout, "Đã xuất 2 đoàn viên") {
			t.Fatalf("%s: code %d %s %s", name, code, stdout, errOut)
		}
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: mode %v, want 0600 (personal data)", name, fi.Mode().Perm())
		}
		// The export imports back as the same two members.
		other := filepath.Join(dir, "other-"+name+".db")
		code, stdout, _ = run(t, "--db", other, "members", "import", out)
		if code != 0 || !strings.Contains(stdout, "Đã nhập: 2 đoàn viên mới") {
			t.Errorf("%s does not import back: %s", name, stdout)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "ds.csv"))
	if string(b) != "\uFEFFHọ và tên,Ngày sinh,Số CCCD\r\nPhạm Thị Dung,05/01/1990,001190000321\r\nTrần Thị Hường,1985,001185000123\r\n" {
		t.Errorf("csv %q", b)
	}
}

func TestBackupRestoreCheckCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "socongdoan.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Văn An"); code != 0 {
		t.Fatal(errOut)
	}
	usb := filepath.Join(dir, "usb.db")
	code, out, errOut := run(t, "--db", db, "backup", "-o", usb)
	if code != 0 || !strings.Contains(out, "Đã sao lưu 1 đoàn viên vào "+usb) {
		t.Fatalf("backup: %d %s %s", code, out, errOut)
	}
	code, out, _ = run(t, "--db", db, "backup")
	if code != 0 || !strings.Contains(out, filepath.Join(dir, "data", "sao-luu", "socongdoan-")) {
		t.Fatalf("backup to the folder: %d %s", code, out)
	}
	run(t, "--db", db, "members", "add", "--name", "Lê Văn Sau")
	code, out, errOut = run(t, "--db", db, "restore", usb)
	if code != 0 || !strings.Contains(out, "Đã khôi phục từ "+usb) || !strings.Contains(out, "truoc-khoi-phuc") {
		t.Fatalf("restore: %d %s %s", code, out, errOut)
	}
	_, list, _ := run(t, "--db", db, "members", "list", "--tsv")
	if strings.Contains(list, "Lê Văn Sau") || !strings.Contains(list, "Nguyễn Văn An") {
		t.Errorf("after restore: %q", list)
	}
	code, out, _ = run(t, "--db", db, "check")
	if code != 0 || !strings.Contains(out, "DỮ LIỆU TỐT") {
		t.Errorf("check: %d %s", code, out)
	}
	t.Run("restore refuses while the app holds the database", func(t *testing.T) {
		l, err := sqlite.AcquireLock(db)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		if runtime.GOOS == "windows" {
			t.Skip("the lock is per process on Windows")
		}
		code, _, errOut := run(t, "--db", db, "restore", usb)
		if code != 1 || !strings.Contains(errOut, "đang được mở ở một cửa sổ khác") {
			t.Errorf("code %d, %s", code, errOut)
		}
	})
	t.Run("a damaged file is reported, kept aside and replaced by the backup", func(t *testing.T) {
		for i := 0; i < 50; i++ {
			run(t, "--db", db, "members", "add", "--name", "Trần Văn Thêm")
		}
		f, err := os.OpenFile(db, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteAt([]byte(strings.Repeat("hỏng", 2000)), 4096)
		f.Close()
		code, out, _ := run(t, "--db", db, "check")
		if code != 1 || !strings.Contains(out, "CÓ LỖI") {
			t.Errorf("check of a damaged file: %d %s", code, out)
		}
		code, out, errOut := run(t, "--db", db, "restore", usb)
		if code != 0 || !strings.Contains(out, "bị hỏng đã được cất sang") {
			t.Fatalf("restore over damage: %d %s %s", code, out, errOut)
		}
		if code, out, _ := run(t, "--db", db, "check"); code != 0 {
			t.Errorf("check after restore: %s", out)
		}
	})
}
