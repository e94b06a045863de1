package ui

import (
	"archive/zip"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/reports"
)

// newReportsScreen shows the Báo cáo screen on a test UI whose save dialog
// answers with a file in a temp folder and whose PDF viewer records the file.
func newReportsScreen(t *testing.T, names ...string) (*reportsScreen, *sqlite.Store, *[]string) {
	t.Helper()
	u, store := newTestUI(t, names...)
	var opened []string
	dir := t.TempDir()
	u.savePDFPath = func(_, name string, done func(string)) { done(filepath.Join(dir, name)) }
	u.showPDF = func(path string) { opened = append(opened, path) }
	s := &reportsScreen{ui: u}
	u.win.SetContent(s.build())
	return s, store, &opened
}

// choose selects a kind of document in the list, as a click would.
func (s *reportsScreen) chooseKind(t *testing.T, name string) {
	t.Helper()
	for i, r := range s.rows {
		if r.kind != nil && r.kind.Name == name {
			s.kinds.Select(i)
			return
		}
	}
	t.Fatalf("no kind %s", name)
}

// textOf extracts a PDF's text, flattened, or skips without pdftotext;
// with layout, table rows read left to right.
func textOf(t *testing.T, path string, layout ...bool) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is required in CI")
		}
		t.Skip("pdftotext not installed")
	}
	args := []string{"-enc", "UTF-8", path, "-"}
	if len(layout) > 0 && layout[0] {
		args = append([]string{"-layout"}, args...)
	}
	out, err := exec.Command("pdftotext", args...).Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func TestReportsScreen(t *testing.T) {
	t.Run("the sidebar has Báo cáo just before Cài đặt", func(t *testing.T) {
		u, _ := newTestUI(t)
		n := len(u.sections)
		if u.sections[n-2].title != "Báo cáo" || u.sections[n-1].title != "Cài đặt" {
			t.Errorf("sections end with %q, %q", u.sections[n-2].title, u.sections[n-1].title)
		}
	})
	t.Run("Tạo PDF saves the member list where chosen, numbers it, opens it and lists it", func(t *testing.T) {
		s, _, opened := newReportsScreen(t, "Trần Văn Đức", "Nguyễn Thị Hường", "Lê Minh Anh")
		s.chooseKind(t, "members")
		s.sex.SetSelected("Nữ")
		var done bool
		s.onGenerated = func(res *reports.Result, path string, err error) {
			done = true
			if err != nil {
				t.Fatalf("generate: %v", err)
			}
		}
		test.Tap(s.generate)
		if !done || len(*opened) != 1 {
			t.Fatalf("generated %v, opened %v", done, *opened)
		}
		path := (*opened)[0]
		if !strings.HasSuffix(path, "Danh sách đoàn viên 2026-11-21.pdf") {
			t.Errorf("file name %s", filepath.Base(path))
		}
		if want := "Đã tạo Danh sách đoàn viên (số 01/DS-CĐCS, 1 trang): " + path; s.result.Text != want {
			t.Errorf("result %q, want %q", s.result.Text, want)
		}
		text := textOf(t, path, true)
		for _, want := range []string{"Số: 01/DS-CĐCS", "(Đoàn viên nữ)", "1 Nguyễn Thị Hường Nữ", "Danh sách có 1 đoàn viên, trong đó nữ 1 đoàn viên./."} {
			if !strings.Contains(text, want) {
				t.Errorf("PDF lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "Trần Văn Đức") {
			t.Error("the list ignores the filter")
		}
		if len(s.docs) != 1 || s.docs[0].NumberText() != "01/DS-CĐCS" {
			t.Errorf("sổ văn bản đi shows %+v", s.docs)
		}
		if s.progress.Visible() || s.generate.Disabled() {
			t.Error("the progress bar or the disabled button stayed")
		}
	})
	t.Run("Lưu Word (.docx) saves the same document as a Word file with the same number", func(t *testing.T) {
		s, _, opened := newReportsScreen(t, "Nguyễn Thị Hường", "Lê Minh Anh")
		s.chooseKind(t, "card-request")
		test.Tap(s.saveWord)
		if len(*opened) != 1 {
			t.Fatalf("opened %v", *opened)
		}
		path := (*opened)[0]
		if !strings.HasSuffix(path, ".docx") {
			t.Fatalf("file name %s", filepath.Base(path))
		}
		if !strings.HasPrefix(s.result.Text, "Đã tạo ") || !strings.Contains(s.result.Text, "(số 01/") || !strings.HasSuffix(s.result.Text, ", tệp Word): "+path) {
			t.Errorf("result %q", s.result.Text)
		}
		z, err := zip.OpenReader(path)
		if err != nil {
			t.Fatalf("not a .docx: %v", err)
		}
		defer z.Close()
		var body []byte
		for _, f := range z.File {
			if f.Name == "word/document.xml" {
				r, _ := f.Open()
				body, _ = io.ReadAll(r)
				r.Close()
			}
		}
		for _, want := range []string{"Số: 01/", "Nguyễn Thị Hường", "Lê Minh Anh", "Nơi nhận:"} {
			if !strings.Contains(string(body), want) {
				t.Errorf("document.xml lacks %q", want)
			}
		}
		if s.saveWord.Disabled() || s.generate.Disabled() {
			t.Error("a button stayed disabled")
		}
	})
	t.Run("the chair's texts are saved per period and printed as typed", func(t *testing.T) {
		s, store, opened := newReportsScreen(t, "Nguyễn Thị Hường")
		s.chooseKind(t, "annual")
		if s.year.Selected != "2026" {
			t.Errorf("default year %q, want 2026 (November)", s.year.Selected)
		}
		test.Type(s.narrative[data.NarrAssessment], "Ban Chấp hành hoàn thành tốt nhiệm vụ.")
		s.signer.SetSelected(signerDeputy)
		test.Tap(s.generate)
		if len(*opened) != 1 {
			t.Fatalf("opened %v", *opened)
		}
		n, err := store.Narrative(context.Background(), data.YearPeriod(2026))
		if err != nil || n[data.NarrAssessment] != "Ban Chấp hành hoàn thành tốt nhiệm vụ." {
			t.Errorf("saved %q, %v", n, err)
		}
		text := textOf(t, (*opened)[0])
		for _, want := range []string{"III. ĐÁNH GIÁ CHUNG Ban Chấp hành hoàn thành tốt nhiệm vụ.", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"} {
			if !strings.Contains(text, want) {
				t.Errorf("PDF lacks %q", want)
			}
		}
		if !strings.Contains(s.result.Text, "Lưu ý: Chưa viết") {
			t.Errorf("no warning about the parts left empty: %q", s.result.Text)
		}
	})
	t.Run("a document about one record lists the records of the year to choose from", func(t *testing.T) {
		s, store, opened := newReportsScreen(t, "Nguyễn Thị Hường")
		ctx := context.Background()
		for _, day := range []int{3, 17} {
			dl := &data.Dialogue{Kind: data.DialoguePeriodic, Date: today.AddDate(0, -1, day-today.Day()), Place: "Phòng họp",
				EmployerCount: 3, LegalRepPresent: true, RepsTotal: 10, RepsPresent: 9, Agreed: "Tăng tiền ăn ca."}
			if err := data.Dialogues.Store(store).Create(ctx, dl); err != nil {
				t.Fatal(err)
			}
		}
		s.chooseKind(t, "dialogue-minutes")
		want := []string{subjectLatest, "Đối thoại định kỳ 17/10/2026", "Đối thoại định kỳ 03/10/2026"}
		if !equal(s.subject.Options, want) || s.subject.Selected != subjectLatest {
			t.Fatalf("choices %q (selected %q), want %q", s.subject.Options, s.subject.Selected, want)
		}
		s.subject.SetSelected(want[2])
		test.Tap(s.generate)
		if len(*opened) != 1 {
			t.Fatalf("opened %v (%s)", *opened, s.result.Text)
		}
		text := textOf(t, (*opened)[0])
		for _, w := range []string{"Bắc Ninh, ngày 03 tháng 10 năm 2026", "BIÊN BẢN Đối thoại định kỳ tại nơi làm việc", "Hôm nay, ngày 03 tháng 10 năm 2026"} {
			if !strings.Contains(text, w) {
				t.Errorf("PDF lacks %q:\n%s", w, text)
			}
		}
	})
	t.Run("the sổ văn bản đi adds an entry by hand and renumbers one, refusing a number in use", func(t *testing.T) {
		s, store, _ := newReportsScreen(t)
		ctx := context.Background()
		if err := store.IssueDoc(ctx, &data.OutgoingDoc{Type: data.DocTypeNotice, Date: today, Subject: "Thông báo họp BCH"}); err != nil {
			t.Fatal(err)
		}
		s.loadDocs()
		f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
		f.number.SetText("1")
		f.subject.SetText("Thông báo lịch tiếp dân")
		test.Tap(f.save)
		if !f.msg.Visible() || !strings.Contains(f.msg.Text, "Số 01/TB-CĐCS đã cấp cho Thông báo \"Thông báo họp BCH\"") {
			t.Fatalf("message %q (visible %v)", f.msg.Text, f.msg.Visible())
		}
		f.number.SetText("")
		test.Tap(f.save)
		if len(s.docs) != 2 || s.docs[0].NumberText() != "02/TB-CĐCS" {
			t.Fatalf("register shows %+v", s.docs)
		}
		f = s.editDoc(&s.docs[0])
		f.number.SetText("5")
		f.symbol.SetText("tb-bch")
		test.Tap(f.save)
		if f.msg.Visible() || s.docs[0].NumberText() != "05/TB-BCH" || s.docs[0].Subject != "Thông báo lịch tiếp dân" {
			t.Errorf("after renumbering: %+v (%q)", s.docs[0], f.msg.Text)
		}
	})
	t.Run("every document's choices fit a 1280-pixel window beside the sidebar", func(t *testing.T) {
		s, _, _ := newReportsScreen(t, "Nguyễn Thị Hường")
		side := s.ui.nav.MinSize().Width + 40 // the sidebar and the split's handle
		for _, k := range reports.Kinds {
			s.chooseKind(t, k.Name)
			if w := s.ui.win.Content().MinSize().Width + side; w > 1280 {
				t.Errorf("%s: the screen needs %.0f px", k.Name, w)
			}
		}
	})
	t.Run("a wrong choice is shown above the button and nothing is asked", func(t *testing.T) {
		s, _, opened := newReportsScreen(t, "Nguyễn Thị Hường")
		asked := false
		s.ui.savePDFPath = func(string, string, func(string)) { asked = true }
		s.chooseKind(t, "members")
		for _, c := range s.columns {
			c.SetChecked(false)
		}
		test.Tap(s.generate)
		if asked || len(*opened) != 0 || !s.errMsgs.Visible() || s.errMsgs.Text != "Cần chọn ít nhất một cột" {
			t.Errorf("asked %v, message %q (visible %v)", asked, s.errMsgs.Text, s.errMsgs.Visible())
		}
	})
}

// Issue 12 §5: the Báo cáo screen speaks to a chair, not to the command line, and the
// year of a conference is not called "Vào công đoàn năm".
func TestReportsScreenWording(t *testing.T) {
	s, _, _ := newReportsScreen(t)
	for _, k := range reports.Kinds {
		s.chooseKind(t, k.Name)
		if strings.Contains(s.about.Text, "--") {
			t.Errorf("%s: description shows a command-line flag: %q", k.Name, s.about.Text)
		}
		texts := strings.Join(shownTexts(s.params), "|")
		joined := strings.Contains(texts, "Vào công đoàn năm")
		if want := k.Members || k.IDNumbers || k.Name == "admission" || k.Name == "card-request"; joined != want { // the card request prints full CCCD now (issue 11), still by join year
			t.Errorf("%s: year labelled %q", k.Name, texts)
		}
	}
}

// Issue 9: the documents are listed under the kind of record they are about;
// a heading is not a document: choosing it opens the first one under it.
func TestReportsListGroupedByKind(t *testing.T) {
	s, _, _ := newReportsScreen(t)
	var heads []string
	docs := 0
	for _, r := range s.rows {
		if r.kind == nil {
			heads = append(heads, r.heading)
		} else {
			docs++
		}
	}
	want := []string{"Báo cáo chung", "Đoàn viên", "Hội nghị người lao động", "Danh sách đại diện đối thoại", "Đối thoại", "Thỏa ước lao động tập thể"}
	if !slices.Equal(heads[:min(len(heads), len(want))], want) || docs != len(reports.Kinds) {
		t.Errorf("headings %q, %d documents of %d", heads, docs, len(reports.Kinds))
	}
	for i, r := range s.rows {
		if r.heading == "Hội nghị người lao động" {
			s.kinds.Select(i)
			if s.kind == nil || s.kind.Name != "conference-minutes" || s.title.Text != "Biên bản hội nghị người lao động" {
				t.Errorf("the heading chose %+v", s.kind)
			}
		}
	}
}
