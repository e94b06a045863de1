package app_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/data/sqlite"
)

// setSetting stores a setting as the Cài đặt screen does.
func setSetting(t *testing.T, db, key, value string) {
	t.Helper()
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SetSetting(context.Background(), key, value); err != nil {
		t.Fatal(err)
	}
}

// writeCount writes a count sheet as a chair's Excel saves it: UTF-8 with a BOM.
func writeCount(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ket-qua.csv")
	if err := os.WriteFile(path, append([]byte("\uFEFF"), body...), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

const countSheet = `Cuộc bầu,Số ghế,Phiếu phát ra,Phiếu thu về,Phiếu hợp lệ,Ứng cử viên,Số phiếu
Bầu Ban Chấp hành,3,120,118,115,Nguyễn Thị Hoa,100
Bầu Ban Chấp hành,3,120,118,115,Trần Minh Khoa,61
Bầu Ban Chấp hành,3,120,118,115,Lê Văn An,61
Bầu Ban Chấp hành,3,120,118,115,Phạm Văn Dũng,61
Bầu Ban Chấp hành,3,120,118,115,Đỗ Thị Mai,59
Bầu Chủ tịch,1,120,118,118,Nguyễn Thị Hoa,100
`

// lineOf returns the first line of out that holds each of the parts, "" if none.
func lineOf(out string, parts ...string) string {
	for _, l := range strings.Split(out, "\n") {
		all := true
		for _, p := range parts {
			all = all && strings.Contains(l, p)
		}
		if all {
			return l
		}
	}
	return ""
}

func TestCongressCountCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db") // never created: a count needs no register
	file := writeCount(t, countSheet)

	t.Run("prints each candidate with votes, share, outcome and why", func(t *testing.T) {
		code, out, errOut := run(t, "--db", db, "congress", "count", "--file", file)
		if code != 0 {
			t.Fatalf("code %d, stderr %q", code, errOut)
		}
		for _, want := range []string{
			"Bầu Ban Chấp hành — bầu không quá 3 người",
			"Phiếu phát ra 120, thu về 118, hợp lệ 115, không hợp lệ 3.",
			"Căn cứ: 118 phiếu thu về; trúng cử khi được quá một nửa, tức ít nhất 60 phiếu.",
			"Trúng cử 1/3 ghế. Bầu lại 2 ghế giữa những người bằng phiếu: Lê Văn An, Phạm Văn Dũng, Trần Minh Khoa.",
			"Bầu Chủ tịch — bầu không quá 1 người",
			"Trúng cử 1/1 ghế.",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("missing %q in\n%s", want, out)
			}
		}
		for _, row := range [][]string{
			{"1 ", "Nguyễn Thị Hoa", " 100 ", "84,7%", "trúng cử", "Được 100/118 phiếu thu về, quá một nửa (cần ít nhất 60 phiếu); xếp thứ 1, trong 3 ghế cần bầu"},
			{"Lê Văn An", " 61 ", "51,7%", "bằng phiếu, bầu lại", "3 người cùng 61 phiếu cho 2 ghế còn lại"},
			{"Phạm Văn Dũng", "bằng phiếu, bầu lại"},
			{"Trần Minh Khoa", "bằng phiếu, bầu lại"},
			{"5 ", "Đỗ Thị Mai", " 59 ", "50,0%", "không trúng cử", "Được 59/118 phiếu thu về, không quá một nửa (cần ít nhất 60 phiếu; Điều lệ Công đoàn Việt Nam: trúng cử khi được quá một nửa số phiếu)"},
		} {
			if lineOf(out, row...) == "" {
				t.Errorf("no line with %q in\n%s", row, out)
			}
		}
		if _, err := os.Stat(db); err == nil {
			t.Error("counting created a database")
		}
	})
	t.Run("--base hop-le counts against the valid ballots", func(t *testing.T) {
		code, out, _ := run(t, "--db", db, "congress", "count", "--file", file, "--base", "hop-le")
		if code != 0 || !strings.Contains(out, "Căn cứ: 115 phiếu hợp lệ; trúng cử khi được quá một nửa, tức ít nhất 58 phiếu.") ||
			lineOf(out, "Đỗ Thị Mai", "51,3%", "không trúng cử", "Được 59/115 phiếu hợp lệ, quá một nửa nhưng xếp thứ 5, ngoài 3 ghế") == "" {
			t.Errorf("code %d\n%s", code, out)
		}
	})
	t.Run("the chair's setting is the default base", func(t *testing.T) {
		withDB := filepath.Join(t.TempDir(), "set.db")
		setSetting(t, withDB, "quy_dinh.dai_hoi.can_cu_trung_cu", "hop_le")
		_, out, errOut := run(t, "--db", withDB, "congress", "count", "--file", file)
		if !strings.Contains(out, "Căn cứ: 115 phiếu hợp lệ") {
			t.Errorf("out %q err %q", out, errOut)
		}
	})
	t.Run("an inconsistent count exits 1 with every reason and prints no result", func(t *testing.T) {
		bad := writeCount(t, strings.ReplaceAll(countSheet, "Bầu Chủ tịch,1,120,118,118", "Bầu Chủ tịch,1,120,121,119")+
			"Bầu Ban Kiểm tra,1,50,50,40,Vũ Văn Nam,41\n")
		code, out, errOut := run(t, "--db", db, "congress", "count", "--file", bad)
		if code != 1 || out != "" {
			t.Errorf("code %d, out %q", code, out)
		}
		for _, want := range []string{"Kết quả kiểm phiếu không khớp",
			"Bầu Chủ tịch: phiếu thu về (121) nhiều hơn phiếu phát ra (120)",
			"Bầu Ban Kiểm tra: Vũ Văn Nam được 41 phiếu, nhiều hơn số phiếu hợp lệ (40)"} {
			if !strings.Contains(errOut, want) {
				t.Errorf("missing %q in %q", want, errOut)
			}
		}
	})
	t.Run("a sheet with a wrong header names the missing column", func(t *testing.T) {
		bad := writeCount(t, "Cuộc bầu,Số ghế,Phiếu phát ra,Phiếu thu về,Phiếu hợp lệ,Họ tên,Số phiếu\nBầu BCH,1,1,1,1,An,1\n")
		code, _, errOut := run(t, "--db", db, "congress", "count", "--file", bad)
		if code != 1 || !strings.Contains(errOut, "Dòng 1: thiếu cột Ứng cử viên") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
	t.Run("usage mistakes exit 2", func(t *testing.T) {
		for _, args := range [][]string{{"congress"}, {"congress", "count"}, {"congress", "count", "--file", file, "--base", "da-so"}, {"congress", "tally"}} {
			if code, _, _ := run(t, append([]string{"--db", db}, args...)...); code != 2 {
				t.Errorf("%v: code %d, want 2", args, code)
			}
		}
	})
	t.Run("a missing file is a user error", func(t *testing.T) {
		if code, _, _ := run(t, "--db", db, "congress", "count", "--file", filepath.Join(t.TempDir(), "khong-co.csv")); code != 1 {
			t.Errorf("code %d, want 1", code)
		}
	})
}
