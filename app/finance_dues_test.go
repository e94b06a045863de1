package app_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Đoàn phí from the command line: salaries in from a CSV matched by CCCD or by
// name and birth date, the sheet with the cap switch of 07/2026, carry, collect,
// and a file with a bad row refused whole.
func TestFinanceDuesCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "dues.db")
	for _, m := range [][]string{
		{"--name", "Nguyễn Thị Hường", "--birth", "05/01/1990", "--sex", "nữ", "--cccd", "001190012345", "--unit", "Tổ May 1", "--joined", "01/03/2015"},
		{"--name", "Trần Văn Đức", "--birth", "12/03/1985", "--sex", "nam", "--unit", "Tổ May 2", "--joined", "01/03/2016"},
	} {
		if code, _, errOut := run(t, append([]string{"--db", db, "members", "add"}, m...)...); code != 0 {
			t.Fatal(errOut)
		}
	}
	csv := filepath.Join(dir, "luong.csv")
	write := func(body string) {
		if err := os.WriteFile(csv, []byte("STT,Họ và tên,Ngày sinh,Số CCCD,Lương đóng BHXH\n"+body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("1,Nguyễn Thị Hường,05/01/1990,001190012345,60000000\n2,Trần Văn Đức,12/03/1985,,\"10.000.000\"\n")
	if code, out, errOut := run(t, "--db", db, "finance", "salaries", "import", csv, "--month", "2026-06"); code != 0 || !strings.Contains(out, "2 lương mới") {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	_, out, _ := run(t, "--db", db, "finance", "dues", "--month", "06/2026", "--tsv")
	if !strings.Contains(out, "Nguyễn Thị Hường\t001190012345\tTổ May 1\tTiền lương đóng BHXH\t60.000.000\t0,5%\t234.000\t0\t") ||
		!strings.Contains(out, "Trần Văn Đức\t\tTổ May 2\tTiền lương đóng BHXH\t10.000.000\t0,5%\t50.000\t0\t") {
		t.Errorf("June sheet:\n%s", out)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "salaries", "carry", "--month", "2026-07"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues", "collect", "--month", "2026-07", "--unit", "to may 1"); code != 0 {
		t.Fatal(errOut)
	}
	_, out, _ = run(t, "--db", db, "finance", "dues", "--month", "2026-07")
	if !strings.Contains(out, "253.000   253.000") || !strings.Contains(out, "phải thu 303.000 đ · đã thu 253.000 đ · nộp cấp trên (30% phần 0,5%) 75.900 đ · giữ lại 177.100 đ") {
		t.Errorf("July sheet:\n%s", out)
	}
	// One unknown person refuses the whole file; June stays as it was.
	write("1,Nguyễn Thị Hường,05/01/1990,001190012345,70000000\n2,Lê Văn Lạ,01/01/1991,,5000000\n")
	code, out, errOut := run(t, "--db", db, "finance", "salaries", "import", csv, "--month", "2026-06")
	if code != 1 || !strings.Contains(out, "Dòng 3 \"Lê Văn Lạ\": Không tìm thấy đoàn viên này trong sổ") || !strings.Contains(errOut, "Không ghi gì vì có 1 dòng lỗi") {
		t.Errorf("bad file: %d\n%s\n%s", code, out, errOut)
	}
	_, out, _ = run(t, "--db", db, "finance", "dues", "--month", "2026-06", "--tsv")
	if !strings.Contains(out, "\t60.000.000\t") {
		t.Errorf("a refused file changed June:\n%s", out)
	}
	// 253.000 đ collected, but nothing is due on unpaid leave: refused until the collection is undone.
	code, _, errOut = run(t, "--db", db, "finance", "dues", "set", "--month", "2026-07", "--cccd", "001190012345", "--exempt", "nghi-khong-luong")
	if code != 1 || !strings.Contains(errOut, "số đã thu 253.000 đ phải từ 0 đến số phải đóng 0 đ") {
		t.Errorf("exempt with money collected: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues", "set", "--month", "2026-07", "--cccd", "001190012345",
		"--exempt", "nghi-khong-luong", "--collected", "0"); code != 0 {
		t.Fatal(errOut)
	}
	_, out, _ = run(t, "--db", db, "finance", "dues", "--month", "2026-07", "--tsv")
	if !strings.Contains(out, "Không đóng: Nghỉ không lương từ 1 tháng trở lên") {
		t.Errorf("exempt row:\n%s", out)
	}
}

// KPCĐ from the command line: a month set, its state on the year's sheet.
func TestFinanceKPCDCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kpcd.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Thị Hường", "--birth", "1990"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := run(t, "--db", db, "finance", "kpcd", "set", "--month", "2025-09", "--workers", "120",
		"--payroll", "1.200.000.000", "--paid", "24.000.000", "--paid-on", "31/10/2025", "--returned", "18.000.000")
	if code != 0 || !strings.Contains(out, "phải đóng 24.000.000 đ, đã đóng 24.000.000 đ — Đóng đúng hạn") {
		t.Fatalf("set: %d %s %s", code, out, errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "kpcd", "set", "--month", "2025-10", "--payroll", "1.000.000.000"); code != 0 {
		t.Fatal(errOut)
	}
	_, out, _ = run(t, "--db", db, "finance", "kpcd", "--year", "2025", "--tsv")
	if !strings.Contains(out, "09/2025\t120\t1.200.000.000\t24.000.000\t24.000.000\t31/10/2025\t31/10/2025\tĐóng đúng hạn\t18.000.000\t18.000.000\t") ||
		!strings.Contains(out, "10/2025\t0\t1.000.000.000\t20.000.000\t0\t\t30/11/2025\tKhông đóng\t0\t0\t") {
		t.Errorf("year:\n%s", out)
	}
	code, _, errOut = run(t, "--db", db, "finance", "kpcd", "set", "--month", "2025-11", "--paid", "5.000.000")
	if code != 1 || !strings.Contains(errOut, "Ghi ngày doanh nghiệp đóng 5.000.000 đ") {
		t.Errorf("paid without a date: %d %s", code, errOut)
	}
}
