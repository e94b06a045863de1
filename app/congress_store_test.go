package app_test

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCongressCountStoresOnACongress(t *testing.T) {
	db := filepath.Join(t.TempDir(), "so.db")
	code, out, errOut := run(t, "--db", db, "congress", "new", "--number", "5", "--term", "2025-2030", "--members", "130", "--date", "20/11/2025")
	if code != 0 || !strings.Contains(out, "mã 1") {
		t.Fatalf("congress new: code %d, out %q, err %q", code, out, errOut)
	}
	bad := writeCount(t, strings.Replace(countSheet, "Bầu Chủ tịch,1,120,118,118", "Bầu Chủ tịch,1,120,121,118", 1))
	if code, _, errOut := run(t, "--db", db, "congress", "count", "--file", bad, "--id", "1"); code != 1 || !strings.Contains(errOut, "nhiều hơn phiếu phát ra") {
		t.Fatalf("an inconsistent count: code %d, err %q", code, errOut)
	}
	_, shown, _ := run(t, "--db", db, "records", "dai-hoi", "show", "1")
	if strings.Contains(shown, "Nguyễn Thị Hoa") {
		t.Fatalf("an inconsistent count was stored:\n%s", shown)
	}
	file := writeCount(t, countSheet)
	code, out, errOut = run(t, "--db", db, "congress", "count", "--file", file, "--id", "1")
	if code != 0 || !strings.Contains(out, "Đã lưu kết quả kiểm phiếu") {
		t.Fatalf("count --id: code %d, out %q, err %q", code, out, errOut)
	}
	_, shown, _ = run(t, "--db", db, "records", "dai-hoi", "show", "1")
	for _, want := range []string{"Nguyễn Thị Hoa: 100 phiếu", "Đỗ Thị Mai: 59 phiếu", "Chủ tịch vòng 1: 1 ghế, phát ra 120, thu về 118"} {
		if !strings.Contains(shown, want) {
			t.Errorf("records dai-hoi show lacks %q:\n%s", want, shown)
		}
	}
	// Entered again after a recount, the count replaces the first, not adds to it.
	run(t, "--db", db, "congress", "count", "--file", file, "--id", "1")
	_, shown, _ = run(t, "--db", db, "records", "dai-hoi", "show", "1")
	if n := strings.Count(shown, "Đỗ Thị Mai: 59"); n != 1 {
		t.Errorf("after a second import Đỗ Thị Mai appears %d times:\n%s", n, shown)
	}
	if code, _, errOut := run(t, "--db", db, "congress", "count", "--file", file, "--id", "9"); code == 0 || !strings.Contains(errOut, "Không tìm thấy đại hội") {
		t.Errorf("--id of no congress: code %d, err %q", code, errOut)
	}
}
