package app_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The sổ theo dõi thu đoàn phí (issue 13 point 4): each member's months as kept,
// a month collected short marked *, the year's totals; the same as a document.
func TestFinanceDuesRegister(t *testing.T) {
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
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveProfile(context.Background(), &data.Profile{Name: "Công đoàn cơ sở Công ty TNHH Thử", UpperName: "Công đoàn phường Quế Võ",
		EnterpriseName: "Công ty TNHH Thử", Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hường", WorkersTotal: 3, WorkersFemale: 1}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	csv := filepath.Join(dir, "luong.csv")
	if err = os.WriteFile(csv, []byte("STT,Họ và tên,Ngày sinh,Số CCCD,Lương đóng BHXH\n1,Nguyễn Thị Hường,05/01/1990,001190012345,60000000\n2,Trần Văn Đức,12/03/1985,,10000000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"finance", "salaries", "import", csv, "--month", "2026-06"},
		{"finance", "dues", "collect", "--month", "2026-06"},
		{"finance", "salaries", "carry", "--month", "2026-07"},
		{"finance", "dues", "collect", "--month", "2026-07", "--unit", "Tổ May 1"},
	} {
		if code, out, errOut := run(t, append([]string{"--db", db}, args...)...); code != 0 {
			t.Fatalf("%v: %s %s", args, out, errOut)
		}
	}
	_, out, _ := run(t, "--db", db, "finance", "dues-register", "--year", "2026", "--tsv")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "STT\tHọ và tên\tSố CCCD\tBộ phận\tT01\t") {
		t.Fatalf("register:\n%s", out)
	}
	// June 234.000 and July 253.000 (the cap switch) collected; Đức's July unpaid.
	if want := "Nguyễn Thị Hường\t001190012345\tTổ May 1\t\t\t\t\t\t234.000\t253.000\t\t\t\t\t\t487.000\t487.000\t0"; !strings.Contains(lines[2]+lines[1], want) {
		t.Errorf("Hường's year, want %q:\n%s", want, out)
	}
	if want := "Trần Văn Đức\t\tTổ May 2\t\t\t\t\t\t50.000\t0*\t\t\t\t\t\t100.000\t50.000\t50.000"; !strings.Contains(out, want) {
		t.Errorf("Đức's year, want %q:\n%s", want, out)
	}
	_, out, _ = run(t, "--db", db, "finance", "dues-register", "--year", "2026")
	if !strings.Contains(out, "Năm 2026 · 2 đoàn viên · phải thu 587.000 đ · đã thu 537.000 đ · còn thiếu 50.000 đ") {
		t.Errorf("totals:\n%s", out)
	}
	pdf := filepath.Join(dir, "so.pdf")
	if code, out, errOut := run(t, "--db", db, "report", "dues-register", "--year", "2026", "-o", pdf); code != 0 || !strings.Contains(out+errOut, "1 đoàn viên còn thiếu") {
		t.Fatalf("document: %d %s %s", code, out, errOut)
	}
	text := pdfText(t, pdf)
	for _, want := range []string{"Theo dõi thu đoàn phí năm 2026", "Nguyễn Thị Hường", "0*", "Tổng hợp theo bộ phận", "Tổ May 2",
		"Đoàn phí đã thu năm 2026: 537.000 đ (Năm trăm ba mươi bảy nghìn đồng)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q:\n%s", want, text)
		}
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues-register", "--year", "2025"); code != 0 {
		t.Errorf("an empty year: %s", errOut)
	}
	if code, _, _ := run(t, "--db", db, "report", "dues-register", "--year", "2025", "-o", filepath.Join(dir, "x.pdf")); code == 0 {
		t.Error("an empty year printed a register")
	}
}
