package app_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// The mục lục from the command line (issue 13 point 3): listing with state and
// use, retire / restore, and a used line refused deletion with its count.
func TestFinanceCategoryCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cats.db")
	finance := func(args ...string) (int, string, string) {
		t.Helper()
		return run(t, append([]string{"--db", db, "finance"}, args...)...)
	}
	ok := func(args ...string) string {
		t.Helper()
		code, out, errOut := finance(args...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", args, code, errOut)
		}
		return out
	}
	ok("setup", "--start", "01/01/2026", "--cash", "1.000.000")
	ok("voucher", "add", "--kind", "chi", "--date", "05/01/2026", "--amount", "300.000", "--category", "C04", "--reason", "Thăm hỏi ốm đau", "--person", "Lê Văn Hùng")
	if out := ok("categories", "--tsv"); !strings.HasPrefix(out, "Mã\tTên\tLoại\tNghiệp vụ\tTrạng thái\tSố phiếu\n") ||
		!strings.Contains(out, "C04\tThăm hỏi đoàn viên (ốm đau, hiếu, hỉ, khó khăn)\tChi\t\tĐang dùng\t1\n") {
		t.Fatalf("categories:\n%s", out)
	}
	code, _, errOut := finance("category", "delete", "c04")
	if code != 1 || !strings.Contains(errOut, "Mục C04 đã có 1 phiếu: không xóa được") {
		t.Fatalf("delete C04: %d %q", code, errOut)
	}
	if out := ok("category", "retire", "C04"); !strings.Contains(out, "ngừng dùng") {
		t.Fatalf("retire: %q", out)
	}
	if out := ok("categories", "--tsv"); !strings.Contains(out, "\tNgừng dùng\t1\n") {
		t.Fatalf("after retire:\n%s", out)
	}
	code, _, errOut = finance("voucher", "add", "--kind", "chi", "--date", "06/01/2026", "--amount", "1000", "--category", "C04", "--reason", "X", "--person", "A")
	if code != 1 || !strings.Contains(errOut, "đã ngừng dùng") {
		t.Fatalf("voucher on a retired line: %d %q", code, errOut)
	}
	if book := ok("book", "--year", "2026", "--tsv"); !strings.Contains(book, "PC001/2026\tThăm hỏi ốm đau") {
		t.Fatalf("the past voucher left the book:\n%s", book)
	}
	ok("category", "restore", "C04")
	ok("voucher", "add", "--kind", "chi", "--date", "06/01/2026", "--amount", "1000", "--category", "C04", "--reason", "X", "--person", "A")
	ok("category", "delete", "C08")
	if out := ok("categories"); strings.Contains(out, "C08") {
		t.Fatalf("C08 still listed:\n%s", out)
	}
	if code, _, errOut := finance("category", "retire", "ZZ"); code != 1 || !strings.Contains(errOut, "Không có mục ZZ") {
		t.Fatalf("unknown code: %d %q", code, errOut)
	}
}
