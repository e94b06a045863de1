package app_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"socongdoan/reports"
)

// pdfText extracts a PDF's text with pdftotext, skipping the test without it
// (CI installs poppler-utils and fails instead, see reports' tests).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is required in CI")
		}
		t.Skip("pdftotext not installed")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "report.db")
	if code, _, errOut := run(t, "demo", "--members", "300", "--db", db); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}

	t.Run("report --list prints each kind's name, then its Vietnamese description, under its group's heading", func(t *testing.T) {
		code, out, _ := run(t, "report", "--list", "--db", db)
		var lines, heads []string
		for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if rest, ok := strings.CutPrefix(l, "  "); ok {
				lines = append(lines, rest)
			} else {
				heads = append(heads, l)
			}
		}
		// Issue 9: the documents are grouped by the kind of record they are about.
		want := []string{"Báo cáo chung:", "Đoàn viên:", "Hội nghị người lao động:", "Danh sách đại diện đối thoại:", "Đối thoại:", "Thỏa ước lao động tập thể:"}
		if !slices.Equal(heads[:min(len(heads), len(want))], want) {
			t.Errorf("headings %q, want %q first", heads, want)
		}
		if code != 0 || len(lines) != len(reports.Kinds) {
			t.Fatalf("code %d, %d lines:\n%s", code, len(lines), out)
		}
		for i, l := range lines {
			name, desc, _ := strings.Cut(l, " ")
			if name != reports.Kinds[i].Name || strings.TrimSpace(desc) != reports.Kinds[i].Description {
				t.Errorf("line %q: want %q then %q", l, reports.Kinds[i].Name, reports.Kinds[i].Description)
			}
		}
	})
	t.Run("report annual -o writes the report with the next number, and again with the same", func(t *testing.T) {
		for _, name := range []string{"bc.pdf", "bc-lai.pdf"} {
			pdf := filepath.Join(dir, "Báo cáo", name)
			code, out, errOut := run(t, "--db", db, "report", "annual", "--year", "2025", "--date", "05/01/2026", "-o", pdf)
			if code != 0 || !strings.Contains(out, "Đã tạo Báo cáo tổng kết năm (số 01/BC-CĐCS, ") {
				t.Fatalf("code %d, out %q, err %q", code, out, errOut)
			}
			if !strings.Contains(errOut, "Lưu ý: Chưa viết (in dòng chấm để điền tay): II.2.") {
				t.Errorf("no warning about the parts to write: %q", errOut)
			}
			text := pdfText(t, pdf)
			for _, want := range []string{"Số: 01/BC-CĐCS", "Bắc Ninh, ngày 05 tháng 01 năm 2026",
				"BÁO CÁO Tổng kết công tác công đoàn năm 2025 và phương hướng, nhiệm vụ năm 2026",
				"BIỂU THỐNG KÊ NĂM 2025", "TM. BAN CHẤP HÀNH CHỦ TỊCH Nguyễn Thị Hường"} {
				if !strings.Contains(text, want) {
					t.Errorf("%s lacks %q", name, want)
				}
			}
		}
	})
	t.Run("a member list by unit, CCCD masked unless --full-cccd, signed by the vice-chair", func(t *testing.T) {
		for _, full := range []bool{false, true} {
			pdf := filepath.Join(dir, "ds.pdf")
			args := []string{"--db", db, "report", "members", "--filter", "unit=Tổ May 1,status=tat-ca", "--columns", "ten,cccd,bo-phan",
				"--signer", "pho-chu-tich", "--draft", "-o", pdf}
			if full {
				args = append(args, "--full-cccd")
			}
			code, out, errOut := run(t, args...)
			if code != 0 || !strings.Contains(out, "bản nháp, chưa lấy số") {
				t.Fatalf("code %d, out %q, err %q", code, out, errOut)
			}
			text := pdfText(t, pdf)
			for _, want := range []string{"Số: ......", "(Mọi trạng thái; bộ phận: Tổ May 1)", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn Đức"} {
				if !strings.Contains(text, want) {
					t.Errorf("lacks %q", want)
				}
			}
			if masked := strings.Contains(text, "********"); masked == full {
				t.Errorf("full=%v but masked=%v", full, masked)
			}
			if strings.Contains(text, "Tổ May 2") {
				t.Error("the list has members of another unit")
			}
		}
	})
	t.Run("a document about one record: --choices lists them, --id picks one, none picks the latest", func(t *testing.T) {
		year := strconv.Itoa(time.Now().Year()) // the demo's records are dated around today
		code, out, errOut := run(t, "--db", db, "report", "dialogue-minutes", "--year", year, "--choices")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) < 2 {
			t.Fatalf("code %d, choices %q, err %q", code, out, errOut)
		}
		// Each choice is "ID  Đối thoại <kind> …"; the biên bản's trích yếu names the kind.
		kindOf := func(line string) (id, kind string) {
			id, label, _ := strings.Cut(line, " ")
			return id, strings.Join(strings.Fields(label)[:3], " ")
		}
		oldestID, oldestKind := kindOf(lines[len(lines)-1])
		_, latestKind := kindOf(lines[0])
		for _, c := range []struct {
			args []string
			kind string
		}{{[]string{"--id", oldestID}, oldestKind}, {nil, latestKind}} {
			pdf := filepath.Join(dir, "bb.pdf")
			args := append([]string{"--db", db, "report", "dialogue-minutes", "--year", year, "-o", pdf}, c.args...)
			if code, out, errOut := run(t, args...); code != 0 || !strings.Contains(out, "Đã tạo Biên bản đối thoại tại nơi làm việc (số ") {
				t.Fatalf("%v: code %d, out %q, err %q", c.args, code, out, errOut)
			}
			text := pdfText(t, pdf)
			for _, want := range []string{"BIÊN BẢN " + c.kind, "ĐẠI DIỆN BÊN NGƯỜI LAO ĐỘNG"} {
				if !strings.Contains(text, want) {
					t.Errorf("%v: lacks %q", c.args, want)
				}
			}
		}
		if code, _, errOut := run(t, "--db", db, "report", "conference-minutes", "--year", "2001", "-o", filepath.Join(dir, "x.pdf")); code != 1 ||
			!strings.Contains(errOut, "Không có hội nghị nào trong năm 2001") {
			t.Errorf("no conference that year: code %d, %q", code, errOut)
		}
	})
	t.Run("bad usage exits 2 and user errors exit 1, writing nothing", func(t *testing.T) {
		pdf := filepath.Join(dir, "khong.pdf")
		for _, c := range []struct {
			args []string
			code int
			msg  string
		}{
			{[]string{"report", "nonsense", "-o", pdf}, 2, "không có loại văn bản"},
			{[]string{"report", "annual"}, 2, "cần -o"},
			{[]string{"report", "members", "--filter", "luong=1", "-o", pdf}, 2, "không có khóa"},
			{[]string{"report", "members", "--columns", "ten,luong", "-o", pdf}, 1, "Không có cột \"luong\""},
			{[]string{"report", "annual", "--from", "31/02/2026", "--to", "01/03/2026", "-o", pdf}, 1, "--from"},
			{[]string{"report", "members", "--filter", "unit=Không có tổ này", "-o", pdf}, 1, "Không tìm thấy bộ phận"},
		} {
			code, _, errOut := run(t, append(c.args, "--db", db)...)
			if code != c.code || !strings.Contains(errOut, c.msg) {
				t.Errorf("%v: code %d, stderr %q; want %d and %q", c.args, code, errOut, c.code, c.msg)
			}
		}
		if _, err := os.Stat(pdf); err == nil {
			t.Error("a refused report left a file")
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".socongdoan-") {
				t.Errorf("temporary file left behind: %s", e.Name())
			}
		}
	})
}
