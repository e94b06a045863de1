package app_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// Finance settings from the command line (issue 13): listed with their defaults,
// a bad deadline refused with its message, set and reset; a mức lương cơ sở for
// a month whose đoàn phí is kept refused, one after it saved and followed by the cap.
func TestFinanceSettingsCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "settings.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Thị Hường", "--birth", "05/01/1990", "--sex", "nữ",
		"--cccd", "001190012345", "--unit", "Tổ May 1", "--joined", "01/03/2015"); code != 0 {
		t.Fatal(errOut)
	}
	_, out, _ := run(t, "--db", db, "finance", "settings", "--tsv")
	if !strings.Contains(out, "tai_chinh.han.du_toan\tGửi dự toán năm sau trước ngày\t15/12\t15/12\n") ||
		!strings.Contains(out, "2.340.000 đ từ 01/07/2024; 2.530.000 đ từ 01/07/2026") {
		t.Errorf("list:\n%s", out)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "settings", "set", "tai_chinh.han.quyet_toan_nam", "15/04"); code == 0 || !strings.Contains(errOut, "trước 31/3") {
		t.Errorf("15/04 for the yearly settlement: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "settings", "set", "tai_chinh.han.du_toan", "10/12", "tai_chinh.doan_phi.ty_le_nop_cap_tren", "30%"); code != 0 {
		t.Fatal(errOut)
	}
	if _, out, _ = run(t, "--db", db, "finance", "settings", "--tsv"); !strings.Contains(out, "tai_chinh.han.du_toan\tGửi dự toán năm sau trước ngày\t10/12\t15/12\n") {
		t.Errorf("after set:\n%s", out)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "settings", "reset"); code != 0 {
		t.Fatal(errOut)
	}
	if _, out, _ = run(t, "--db", db, "finance", "settings", "--tsv"); !strings.Contains(out, "\t15/12\t15/12\n") {
		t.Errorf("after reset:\n%s", out)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues", "set", "--month", "2026-10", "--cccd", "001190012345", "--salary", "60000000"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "base-salary", "--from", "01/10/2026", "--amount", "2.800.000"); code == 0 ||
		!strings.Contains(errOut, "Tháng 10/2026 đã lưu đoàn phí") {
		t.Errorf("a kept month: %d %s", code, errOut)
	}
	code, out, errOut := run(t, "--db", db, "finance", "base-salary", "--from", "01/11/2026", "--amount", "2.800.000")
	if code != 0 || !strings.Contains(out, "đoàn phí tối đa 280.000 đ") {
		t.Fatalf("11/2026: %d %s %s", code, out, errOut)
	}
	if _, out, _ = run(t, "--db", db, "finance", "dues", "--month", "2026-11", "--tsv"); !strings.Contains(out, "\t280.000\t") {
		t.Errorf("November's sheet with the new cap:\n%s", out)
	}
	if _, out, _ = run(t, "--db", db, "finance", "dues", "--month", "2026-10", "--tsv"); !strings.Contains(out, "\t253.000\t") {
		t.Errorf("October as kept:\n%s", out)
	}
}

// A higher đoàn phí rate from the command line: refused without its resolution
// or from a kept month, kept from the month after, listed.
func TestDuesRateCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "rate.db")
	if code, _, errOut := run(t, "--db", db, "members", "add", "--name", "Nguyễn Thị Hường", "--birth", "05/01/1990", "--sex", "nữ",
		"--cccd", "001190012345", "--unit", "Tổ May 1", "--joined", "01/03/2015"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues", "set", "--month", "2026-10", "--cccd", "001190012345", "--salary", "20000000"); code != 0 {
		t.Fatal(errOut)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "dues-rate", "add", "--from", "2026-11", "--rate", "1%"); code == 0 || !strings.Contains(errOut, "cần nghị quyết") {
		t.Errorf("no resolution: %d %s", code, errOut)
	}
	add := []string{"--db", db, "finance", "dues-rate", "add", "--rate", "1%", "--number", "05/NQ-CĐCS", "--date", "20/09/2026", "--in-quy-che", "--from"}
	if code, _, errOut := run(t, append(add, "2026-10")...); code == 0 || !strings.Contains(errOut, "áp dụng từ tháng 11/2026") {
		t.Errorf("a kept month: %d %s", code, errOut)
	}
	if code, _, errOut := run(t, append(add, "2026-11")...); code != 0 {
		t.Fatal(errOut)
	}
	if _, out, _ := run(t, "--db", db, "finance", "dues-rate", "--tsv"); !strings.Contains(out, "11/2026\t1%\t05/NQ-CĐCS\t20/09/2026\tCó") {
		t.Errorf("list:\n%s", out)
	}
	if _, out, _ := run(t, "--db", db, "finance", "dues", "--month", "2026-11", "--tsv"); !strings.Contains(out, "\t1%\t200.000\t") {
		t.Errorf("November at 1%%:\n%s", out)
	}
}
