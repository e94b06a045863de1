package app_test

import (
	"path/filepath"
	"strings"
	"testing"
)

// The records and trash commands, on a demo register (issue 9).
func TestRecordsAndTrashCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "records.db")
	if code, _, errOut := run(t, "--db", db, "demo", "--members", "20"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	ok := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", args, code, errOut)
		}
		return out
	}
	fails := func(wantCode int, wantMsg string, args ...string) {
		t.Helper()
		code, _, errOut := run(t, append([]string{"--db", db}, args...)...)
		if code != wantCode || !strings.Contains(errOut, wantMsg) {
			t.Errorf("%v: code %d, stderr %q; want code %d and %q", args, code, errOut, wantCode, wantMsg)
		}
	}

	t.Run("--kinds lists every registered kind and members", func(t *testing.T) {
		out := ok("records", "--kinds")
		for _, k := range []string{"hoi-nghi", "dai-dien", "doi-thoai", "thuong-luong", "thoa-uoc", "doan-vien"} {
			if !strings.Contains(out, k) {
				t.Errorf("--kinds lacks %s:\n%s", k, out)
			}
		}
	})
	t.Run("list --tsv: a header, then one row per record with its id first", func(t *testing.T) {
		lines := strings.Split(strings.TrimRight(ok("records", "hoi-nghi", "list", "--tsv"), "\n"), "\n")
		if !strings.HasPrefix(lines[0], "Mã\tTên\tNăm\t") {
			t.Fatalf("header %q", lines[0])
		}
		if len(lines) != 3 || !strings.HasPrefix(lines[1], "2\tHội nghị người lao động năm 2026\t2026\t") {
			t.Errorf("rows:\n%s", strings.Join(lines, "\n"))
		}
		cols := len(strings.Split(lines[0], "\t"))
		for _, l := range lines[1:] {
			if n := len(strings.Split(l, "\t")); n != cols {
				t.Errorf("a row has %d cells, the header %d: %q", n, cols, l)
			}
		}
		year := strings.Split(strings.TrimRight(ok("records", "hoi-nghi", "list", "--tsv", "--year", "2025"), "\n"), "\n")
		if len(year) != 2 || !strings.HasPrefix(year[1], "1\t") {
			t.Errorf("--year 2025:\n%s", strings.Join(year, "\n"))
		}
	})
	t.Run("show prints each field with the form's label", func(t *testing.T) {
		out := ok("records", "thoa-uoc", "show", "1")
		for _, part := range []string{"Thỏa ước lao động tập thể", "Ngày ký", "14/02/2024", "Thời hạn (năm)", "phiên bản 1"} {
			if !strings.Contains(out, part) {
				t.Errorf("show lacks %q:\n%s", part, out)
			}
		}
	})
	t.Run("trash, list the trash, restore, history", func(t *testing.T) {
		ok("records", "hoi-nghi", "trash", "1")
		ok("records", "doan-vien", "trash", "3")
		if out := ok("records", "hoi-nghi", "list", "--tsv"); strings.Contains(out, "\n1\t") {
			t.Errorf("a trashed conference is still listed:\n%s", out)
		}
		lines := strings.Split(strings.TrimRight(ok("trash", "list", "--tsv"), "\n"), "\n")
		if lines[0] != "Loại\tMã\tTên\tNgày xóa" || len(lines) != 3 ||
			!strings.HasPrefix(lines[1], "doan-vien\t3\t") || !strings.HasPrefix(lines[2], "hoi-nghi\t1\tHội nghị người lao động năm 2025\t") {
			t.Errorf("trash list --tsv:\n%s", strings.Join(lines, "\n"))
		}
		fails(1, "Không tìm thấy hội nghị", "records", "hoi-nghi", "show", "1")
		ok("trash", "restore", "hoi-nghi", "1")
		ok("trash", "restore", "doan-vien", "3")
		fails(1, "Không tìm thấy hội nghị trong thùng rác", "trash", "restore", "hoi-nghi", "1")
		if out := ok("trash", "list"); !strings.Contains(out, "Thùng rác trống") {
			t.Errorf("after restoring: %s", out)
		}
		h := ok("records", "hoi-nghi", "history", "1")
		if !strings.Contains(h, "Khôi phục từ Thùng rác") || !strings.Contains(h, "Chuyển vào Thùng rác") || !strings.Contains(h, "Tạo mới") {
			t.Errorf("history:\n%s", h)
		}
	})
	t.Run("bad usage exits 2, a missing record 1, in Vietnamese", func(t *testing.T) {
		fails(2, "không có loại hồ sơ \"hop\"", "records", "hop", "list")
		fails(2, "không phải là số", "records", "hoi-nghi", "show", "abc")
		fails(2, "cần đúng một mã", "records", "hoi-nghi", "trash")
		fails(2, "không có lệnh \"records hoi-nghi sua\"", "records", "hoi-nghi", "sua")
		fails(2, "thiếu lệnh con", "trash")
		fails(2, "members list", "records", "doan-vien", "list")
		fails(1, "Không tìm thấy hội nghị", "records", "hoi-nghi", "show", "99")
		fails(1, "Không tìm thấy thỏa ước", "records", "thoa-uoc", "trash", "42")
	})
}
