package app_test

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
)

// pdfLayout extracts a PDF's text keeping the layout, one string per page.
func pdfLayout(t *testing.T, path string) []string {
	t.Helper()
	pdfText(t, path) // skips without pdftotext
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(string(out), "\f\n"), "\f")
}

// newMember adds a member admitted on join, without a decision.
func newMember(t *testing.T, s *sqlite.Store, name string, sex data.Sex, join time.Time) *data.Member {
	t.Helper()
	m := &data.Member{Sex: sex, BirthDate: time.Date(1998, 4, 2, 0, 0, 0, 0, time.UTC), JobTitle: "Công nhân may",
		JoinKind: data.JoinAdmitted, JoinDate: join}
	m.SetFullName(name)
	if err := s.CreateMember(context.Background(), m); err != nil {
		t.Fatal(err)
	}
	return m
}

// Issue 11 points 1, 2, 8 and 9, through the command line and the PDFs it writes.
func TestDocumentsStateFactsAndKeepNumbers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "facts.db")
	if code, _, errOut := run(t, "demo", "--members", "300", "--db", db); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	today := vn.Day(time.Now())
	year := fmt.Sprint(today.Year())
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	hoa := newMember(t, s, "Phan Thị Hoa", data.SexFemale, today)
	khoa := newMember(t, s, "Vũ Đăng Khoa", data.SexMale, today)
	left := newMember(t, s, "Lý Thị Nga", data.SexFemale, today)
	if err := s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: left.ID, Kind: data.EventLeft, Date: today}); err != nil {
		t.Fatal(err)
	}
	// A member whose decision the chair typed into the record.
	rows, err := s.MemberRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	decided, err := s.Member(ctx, rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	decided.DecisionNumber, decided.DecisionDate = "20/QĐ-CĐCS", time.Date(today.Year()-1, 9, 5, 0, 0, 0, 0, time.UTC)
	if err := s.UpdateMember(ctx, decided); err != nil {
		t.Fatal(err)
	}
	s.Close()

	t.Run("1: a new decision admits only current members without one, and is recorded on each", func(t *testing.T) {
		pdf := filepath.Join(dir, "qd.pdf")
		code, out, errOut := run(t, "--db", db, "report", "admission", "--year", year, "-o", pdf)
		if code != 0 {
			t.Fatalf("code %d: %s %s", code, out, errOut)
		}
		text := strings.Join(pdfLayout(t, pdf), "\n")
		flatText := strings.Join(strings.Fields(text), " ")
		for _, want := range []string{"Kết nạp 2 người lao động có tên trong danh sách kèm theo", "Phan Thị Hoa", "Vũ Đăng Khoa"} {
			if !strings.Contains(flatText, want) {
				t.Errorf("decision lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(flatText, "Lý Thị Nga") {
			t.Error("someone who left is admitted in a new decision")
		}
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		h, _ := s.Member(ctx, hoa.ID)
		k, _ := s.Member(ctx, khoa.ID)
		if h.DecisionNumber == "" || h.DecisionNumber != k.DecisionNumber || !h.DecisionDate.Equal(today) {
			t.Fatalf("decision not recorded on the members: %q %v, %q", h.DecisionNumber, h.DecisionDate, k.DecisionNumber)
		}
		if !strings.Contains(flatText, "Số: "+h.DecisionNumber) || !strings.Contains(out, "số "+h.DecisionNumber) {
			t.Errorf("printed %q, recorded %q", out, h.DecisionNumber)
		}
		docs, _ := s.OutgoingDocs(ctx, today.Year())
		found := false
		for _, d := range docs {
			found = found || d.Type == data.DocTypeDecision && d.NumberText() == h.DecisionNumber
		}
		if !found {
			t.Errorf("decision %s not in the sổ văn bản đi", h.DecisionNumber)
		}

		// Printing it again, through one of its members, reproduces it.
		again := filepath.Join(dir, "qd-lai.pdf")
		if code, out, errOut := run(t, "--db", db, "report", "admission", "--id", fmt.Sprint(khoa.ID), "-o", again); code != 0 ||
			!strings.Contains(out, "in lại") {
			t.Fatalf("reprint: %d %s %s", code, out, errOut)
		}
		if a, b := strings.Join(pdfLayout(t, pdf), "\n"), strings.Join(pdfLayout(t, again), "\n"); a != b {
			t.Errorf("the reprint differs:\n%s\n---\n%s", a, b)
		}
		// The whole year again: nobody left to admit.
		if code, _, errOut := run(t, "--db", db, "report", "admission", "--year", year, "-o", filepath.Join(dir, "x.pdf")); code != 1 ||
			!strings.Contains(errOut, "chưa có quyết định kết nạp") {
			t.Errorf("a second whole-year decision: %d %s", code, errOut)
		}
	})
	t.Run("1: a member with a recorded decision prints that decision", func(t *testing.T) {
		pdf := filepath.Join(dir, "qd-20.pdf")
		if code, _, errOut := run(t, "--db", db, "report", "admission", "--id", fmt.Sprint(decided.ID), "-o", pdf); code != 0 {
			t.Fatal(errOut)
		}
		text := strings.Join(strings.Fields(pdfLayout(t, pdf)[0]), " ")
		for _, want := range []string{"Số: 20/QĐ-CĐCS", fmt.Sprintf("ngày 05 tháng 9 năm %d", today.Year()-1), "Kết nạp " + decided.FullName()} {
			if i := strings.Index(text, "Kết nạp "); i >= 0 && strings.HasPrefix(want, "Kết nạp") {
				// "Kết nạp ông …" / "bà …": lower case mid-sentence (point 8).
				if h := text[i+len("Kết nạp "):]; !strings.HasPrefix(h, "ông ") && !strings.HasPrefix(h, "bà ") {
					t.Errorf("honorific: %q", h[:20])
				}
				continue
			}
			if !strings.Contains(text, want) {
				t.Errorf("reprint lacks %q:\n%s", want, text)
			}
		}
	})
	t.Run("2: a card request and a member list keep their number when printed again", func(t *testing.T) {
		for _, kind := range []string{"card-request", "members"} {
			var numbers []string
			for i := 0; i < 2; i++ {
				pdf := filepath.Join(dir, fmt.Sprintf("%s-%d.pdf", kind, i))
				code, out, errOut := run(t, "--db", db, "report", kind, "-o", pdf)
				if code != 0 {
					t.Fatalf("%s: %s", kind, errOut)
				}
				numbers = append(numbers, out)
			}
			if numbers[0] != strings.Replace(numbers[1], "-1.pdf", "-0.pdf", 1) {
				t.Errorf("%s took a new number: %q then %q", kind, numbers[0], numbers[1])
			}
		}
	})
	t.Run("2: a number out of date order is refused until confirmed", func(t *testing.T) {
		// TB 01 today; a notice dated a month ago would be TB 02 before it.
		first := filepath.Join(dir, "tb1.pdf")
		if code, _, errOut := run(t, "--db", db, "report", "dialogue-representatives", "--date", vn.FormatDate(today), "-o", first); code != 0 {
			t.Fatal(errOut)
		}
		early := vn.FormatDate(today.AddDate(0, -1, 0))
		if today.AddDate(0, -1, 0).Year() != today.Year() {
			t.Skip("a month ago is last year")
		}
		second := filepath.Join(dir, "tb2.pdf")
		code, _, errOut := run(t, "--db", db, "report", "dialogue-notice", "--date", early, "-o", second)
		if code != 1 || !strings.Contains(errOut, "không theo thứ tự ngày") || !strings.Contains(errOut, "--force-order") {
			t.Fatalf("out of order accepted: %d %s", code, errOut)
		}
		if code, out, errOut := run(t, "--db", db, "report", "dialogue-notice", "--date", early, "--force-order", "-o", second); code != 0 ||
			!strings.Contains(out, "số 02/TB-CĐCS") {
			t.Fatalf("confirmed: %d %s %s", code, out, errOut)
		}
	})
	t.Run("8: a draft keeps its ký hiệu after the dotted number", func(t *testing.T) {
		pdf := filepath.Join(dir, "nhap.pdf")
		if code, _, errOut := run(t, "--db", db, "report", "dialogue-notice", "--draft", "-o", pdf); code != 0 {
			t.Fatal(errOut)
		}
		if text := pdfText(t, pdf); !strings.Contains(text, "Số: ......./TB-CĐCS") {
			t.Errorf("draft number:\n%s", text)
		}
	})
	t.Run("9: the conference's minutes and resolution are its own documents", func(t *testing.T) {
		for _, kind := range []string{"conference-minutes", "conference-resolution"} {
			pdf := filepath.Join(dir, kind+".pdf")
			code, out, errOut := run(t, "--db", db, "report", kind, "-o", pdf)
			if code != 0 {
				t.Fatal(errOut)
			}
			text := pdfText(t, pdf)
			for _, want := range []string{"HỘI NGHỊ NGƯỜI LAO ĐỘNG CÔNG TY", "-HNNLĐ", "Lê Thị Thu Trang"} {
				if kind == "conference-resolution" && want == "Lê Thị Thu Trang" {
					want = "TM. HỘI NGHỊ CHỦ TỌA"
				}
				if !strings.Contains(text, want) {
					t.Errorf("%s lacks %q:\n%s", kind, want, text)
				}
			}
			if strings.Contains(text, "CĐCS Số") || strings.Contains(text, "/BB-CĐCS") || strings.Contains(text, "/NQ-CĐCS") ||
				strings.Contains(text, "Chủ tọa hội nghị: ....") {
				t.Errorf("%s is numbered or headed as the CĐCS's:\n%s", kind, text)
			}
			if !strings.Contains(out, "-HNNLĐ") {
				t.Errorf("%s: %s", kind, out)
			}
		}
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		docs, _ := s.OutgoingDocs(ctx, 0)
		for _, d := range docs {
			if strings.HasPrefix(d.Kind, "conference") {
				t.Errorf("the sổ văn bản đi records the hội nghị's %s", d.NumberText())
			}
		}
	})
}
