package app_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"socongdoan/data/sqlite"
	"socongdoan/reports"
)

// requireProgram returns a program's path, skipping the test without it
// outside CI (CI installs it: scripts/deps.sh test).
func requireProgram(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is required in CI", name)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// demoDB makes a demo database of n members; with longNames, a profile whose
// names are as long as real ones get.
func demoDB(t *testing.T, n string, longNames bool) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errOut := run(t, "demo", "--members", n, "--db", db); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	if longNames {
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		p, err := s.Profile(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p.Name = "Công đoàn cơ sở Công ty Trách nhiệm hữu hạn Một thành viên Sản xuất, Thương mại và Dịch vụ May mặc Xuất khẩu Thành Công Việt Nam"
		p.UpperName = "Công đoàn các Khu công nghiệp, Khu kinh tế và Khu công nghệ cao tỉnh Bắc Ninh"
		p.EnterpriseName = "Công ty Trách nhiệm hữu hạn Một thành viên Sản xuất, Thương mại và Dịch vụ May mặc Xuất khẩu Thành Công Việt Nam"
		p.ChairName = "Nguyễn Hoàng Phương Thảo Nguyên"
		p.ViceChairName = "Tôn Nữ Hoàng Bảo Ngọc Quỳnh"
		p.Place = "Thị xã Quế Võ, tỉnh Bắc Ninh"
		if err := s.SaveProfile(ctx, p); err != nil {
			t.Fatal(err)
		}
		s.Close()
	}
	return db
}

// issueAll prints every kind of document from db into dir with the given
// extension, as drafts, and returns the files made. A kind the data cannot
// give (no such record) is left out.
func issueAll(t *testing.T, db, dir, ext string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, k := range reports.Kinds {
		path := filepath.Join(dir, k.Name+ext)
		code, _, errOut := run(t, "--db", db, "report", k.Name, "--draft", "-o", path)
		if code != 0 {
			t.Logf("%s: %s", k.Name, strings.TrimSpace(errOut))
			continue
		}
		out[k.Name] = path
	}
	return out
}

// closingLine matches the first line of a closing block or a row of signatures.
var closingLine = regexp.MustCompile(`Nơi nhận:|TM\. |THƯ KÝ|CHỦ TỌA|ĐẠI DIỆN|CHỦ TỊCH|NGƯỜI LẬP|KT\. `)

// TestLastPageHoldsMoreThanTheClosing checks issue 11 item 6 on every kind
// of document: the last page has at least two lines of text or table rows
// above the signature and Nơi nhận, on demo data of 30, 300 and 3,000 members
// and on a profile with very long names.
func TestLastPageHoldsMoreThanTheClosing(t *testing.T) {
	requireProgram(t, "pdftotext")
	requireProgram(t, "pdfinfo")
	cases := []struct {
		name, members string
		long          bool
	}{{"30", "30", false}, {"300", "300", false}, {"3000", "3000", false}, {"long names", "300", true}}
	if testing.Short() {
		cases = cases[:1]
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := demoDB(t, c.members, c.long)
			files := issueAll(t, db, t.TempDir(), ".pdf")
			if len(files) < len(reports.Kinds)-2 {
				t.Errorf("only %d of %d kinds printed", len(files), len(reports.Kinds))
			}
			for kind, path := range files {
				info, err := exec.Command("pdfinfo", path).Output()
				if err != nil {
					t.Fatal(err)
				}
				pages := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))[1]
				text, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", "-f", pages, "-l", pages, path, "-").Output()
				if err != nil {
					t.Fatal(err)
				}
				above := 0
				for _, l := range strings.Split(string(text), "\n") {
					l = strings.TrimSpace(l)
					if closingLine.MatchString(l) {
						break
					}
					if l != "" && l != pages { // the page number
						above++
					}
				}
				if above < 2 {
					t.Errorf("%s: the last page (%s) holds %d lines above the closing block:\n%s", kind, pages, above, text)
				}
			}
		})
	}
}

// TestEveryKindAsWord prints every kind as .docx and as PDF, converts the
// .docx to PDF with LibreOffice, and checks that its text is the PDF's text,
// word for word and in the same order (issue 11 item 10).
func TestEveryKindAsWord(t *testing.T) {
	requireProgram(t, "pdftotext")
	soffice := requireProgram(t, "soffice")
	for _, long := range []bool{false, true} {
		db := demoDB(t, "30", long)
		dir := t.TempDir()
		pdfs := issueAll(t, db, dir, ".pdf")
		docs := issueAll(t, db, dir, ".docx")
		if len(docs) != len(pdfs) || len(docs) < len(reports.Kinds)-2 {
			t.Fatalf("%d .docx and %d PDF of %d kinds", len(docs), len(pdfs), len(reports.Kinds))
		}
		conv := filepath.Join(dir, "lo")
		args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", conv}
		for _, p := range docs {
			args = append(args, p)
		}
		if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		for kind, pdf := range pdfs {
			want := textWords(t, pdf)
			got := strings.Join(textWords(t, filepath.Join(conv, kind+".pdf")), "")
			checkSameText(t, kind, want, got)
		}
	}
}

// textWords is a PDF's text as words.
func textWords(t *testing.T, path string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Fields(string(out))
}

// checkSameText checks that every word of the app's PDF is in the text of the
// converted .docx (spaces removed: LibreOffice's justified lines come out of
// pdftotext with letters apart), in order: each word within a short distance
// after the previous one. The distance allows for the header's two columns,
// table cells and header rows repeated at other page breaks; a paragraph out
// of place or a missing word fails.
func checkSameText(t *testing.T, kind string, want []string, got string) {
	t.Helper()
	const back, ahead = 1500, 3000
	pos, missing := 0, 0
	for _, w := range want {
		from := max(pos-back, 0)
		to := min(pos+ahead, len(got))
		i := strings.Index(got[from:to], w)
		if i < 0 {
			missing++
			if missing <= 5 {
				t.Errorf("%s: %q is not in the Word file's text near %q", kind, w, got[max(pos-40, 0):min(pos+40, len(got))])
			}
			continue
		}
		pos = max(pos, from+i+len(w))
	}
	if missing > 5 {
		t.Errorf("%s: %d words of %d missing or out of place", kind, missing, len(want))
	}
}
