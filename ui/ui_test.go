package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/sqlite"
)

var today = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

// newTestUI opens a real store in a temp dir with a profile and the given members,
// and shows the main window on the register.
func newTestUI(t *testing.T, names ...string) (*UI, *sqlite.Store) {
	t.Helper()
	w, store := newTestWindow(t, names...)
	u := New(w, Services{Store: store, Now: func() time.Time { return today }})
	u.background = func(f func()) { f() }
	loaded := make(chan struct{}, 8)
	u.OnRegisterLoaded(func(int) { loaded <- struct{}{} })
	u.Show()
	u.nav.Select(1) // the app opens on Tổng quan; most tests work on the register
	waitLoaded(t, loaded)
	u.loaded = nil
	return u, store
}

// newTestWindow is a 1366×768 test window and a store with the test union's profile
// and the members named (women where the name has " Thị ").
func newTestWindow(t *testing.T, names ...string) (fyne.Window, *sqlite.Store) {
	t.Helper()
	test.NewTempApp(t)
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "ui.db"), sqlite.WithNow(func() time.Time { return today }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ctx := context.Background()
	p := &data.Profile{Name: "Công đoàn cơ sở Công ty TNHH Thử", UpperName: "Công đoàn phường Quế Võ",
		EnterpriseName: "Công ty TNHH Thử", Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hường", WorkersTotal: 10, WorkersFemale: 5}
	if err := store.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		m := &data.Member{Sex: data.SexMale}
		if strings.Contains(n, " Thị ") {
			m.Sex = data.SexFemale
		}
		m.SetFullName(n)
		if err := store.CreateMember(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	return w, store
}

func waitLoaded(t *testing.T, ch chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatal("the register did not load")
	}
}

func shownNames(r *registerScreen) []string {
	var out []string
	for _, i := range r.shown {
		out = append(out, r.sorted[i].Name)
	}
	return out
}

func TestRegister(t *testing.T) {
	t.Run("shows every member in Vietnamese order with a count", func(t *testing.T) {
		u, _ := newTestUI(t, "Trần Văn Đức", "Nguyễn Thị Hường", "Lê Minh Anh", "Phạm Thị Hương")
		r := u.register
		want := []string{"Lê Minh Anh", "Trần Văn Đức", "Phạm Thị Hương", "Nguyễn Thị Hường"}
		if got := shownNames(r); !equal(got, want) {
			t.Fatalf("rows = %v, want %v", got, want)
		}
		if got := r.count.Text; got != "4 đoàn viên · 2 nữ" {
			t.Errorf("count = %q", got)
		}
	})
	t.Run("typing in the search box filters the table ignoring marks and case", func(t *testing.T) {
		u, _ := newTestUI(t, "Trần Văn Đức", "Nguyễn Thị Hường", "Lê Minh Anh", "Phạm Thị Hương")
		r := u.register
		cases := []struct {
			typed string
			want  []string
		}{
			{"nguyen thi huong", []string{"Nguyễn Thị Hường"}},
			{"hường", []string{"Phạm Thị Hương", "Nguyễn Thị Hường"}},
			{"nguyen hương", []string{"Nguyễn Thị Hường"}},
			{"HUONG", []string{"Phạm Thị Hương", "Nguyễn Thị Hường"}},
			{"duc", []string{"Trần Văn Đức"}},
			{"không có ai", nil},
		}
		for _, c := range cases {
			r.search.SetText("")
			test.Type(r.search, c.typed)
			if got := shownNames(r); !equal(got, c.want) {
				t.Errorf("search %q shows %v, want %v", c.typed, got, c.want)
			}
			rows, _ := r.table.Length()
			if rows != len(c.want) {
				t.Errorf("search %q: table has %d rows, want %d", c.typed, rows, len(c.want))
			}
		}
	})
	t.Run("clicking a header sorts by that column", func(t *testing.T) {
		u, _ := newTestUI(t, "Trần Văn Đức", "Nguyễn Thị Hường", "Lê Minh Anh")
		r := u.register
		r.sortBy(data.SortBySex) // nam before nu
		if got, want := shownNames(r), []string{"Lê Minh Anh", "Trần Văn Đức", "Nguyễn Thị Hường"}; !equal(got, want) {
			t.Errorf("sorted by sex: %v, want %v", got, want)
		}
		r.sortBy(data.SortBySex) // again: descending
		if got, want := shownNames(r), []string{"Nguyễn Thị Hường", "Lê Minh Anh", "Trần Văn Đức"}; !equal(got, want) {
			t.Errorf("sorted by sex descending: %v, want %v", got, want)
		}
		r.sortBy(data.SortByName)
		if got := shownNames(r); got[0] != "Lê Minh Anh" {
			t.Errorf("back to name order: %v", got)
		}
	})
}

func TestMemberForm(t *testing.T) {
	t.Run("a wrong form shows the message at the field and saves nothing", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		u.openMemberForm(nil)
		f := currentForm(t, u)
		test.Type(f.idNumber, "12345")
		test.Type(f.birth.entry, "31/02/1990")
		test.Tap(f.save)
		assertFieldError(t, f, data.FieldName, "Họ và tên không được để trống")
		assertFieldError(t, f, data.FieldIDNumber, "Số CCCD phải gồm đúng 12 chữ số")
		assertFieldError(t, f, data.FieldBirth, "Ngày không hợp lệ: 31/02/1990")
		rows, _ := store.MemberRows(context.Background())
		if len(rows) != 1 {
			t.Errorf("%d members after a refused form, want 1", len(rows))
		}
	})
	t.Run("only Họ typed: the message at the name says Tên is missing", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		u.openMemberForm(nil)
		f := currentForm(t, u)
		test.Type(f.ho, "Nguyễn")
		test.Tap(f.save)
		assertFieldError(t, f, data.FieldName, "Chưa có Tên (tên gọi, ví dụ: Hường)")
		if rows, _ := store.MemberRows(context.Background()); len(rows) != 1 || f.ho.Text != "Nguyễn" {
			t.Errorf("%d members, Họ %q", len(rows), f.ho.Text)
		}
	})
	t.Run("a CCCD already used names the member who has it", func(t *testing.T) {
		u, store := newTestUI(t)
		ctx := context.Background()
		m := &data.Member{IDNumber: "001190012345"}
		m.SetFullName("Trần Văn Đức")
		if err := store.CreateMember(ctx, m); err != nil {
			t.Fatal(err)
		}
		u.openMemberForm(nil)
		f := currentForm(t, u)
		test.Type(f.fullName, "Nguyễn Văn An")
		test.Type(f.idNumber, "001190012345")
		test.Tap(f.save)
		r := f.rows[data.FieldIDNumber]
		if !r.errMsg.Visible() || !strings.Contains(r.errMsg.Text, "Trần Văn Đức") {
			t.Errorf("CCCD message = %q (visible %v), want it to name Trần Văn Đức", r.errMsg.Text, r.errMsg.Visible())
		}
	})
	t.Run("a right form adds the member and shows their page, then the row", func(t *testing.T) {
		u, store := newTestUI(t, "Lê Minh Anh")
		u.openMemberForm(nil)
		f := currentForm(t, u)
		test.Type(f.fullName, "Nguyễn Thị Hường")
		if f.ho.Text != "Nguyễn" || f.tenDem.Text != "Thị" || f.ten.Text != "Hường" {
			t.Errorf("split = %q %q %q", f.ho.Text, f.tenDem.Text, f.ten.Text)
		}
		test.Type(f.birth.entry, "05/01/1990")
		f.sex.SetSelected("Nữ")
		test.Type(f.idNumber, "001190012345")
		test.Type(f.joinDate.entry, "01/03/2015")
		test.Tap(f.save)
		for _, r := range f.rows {
			if r.errMsg.Visible() && r.errMsg.Importance == widget.DangerImportance {
				t.Fatalf("unexpected error %q", r.errMsg.Text)
			}
		}
		rows, _ := store.MemberRows(context.Background())
		if len(rows) != 2 {
			t.Fatalf("%d members, want 2", len(rows))
		}
		loaded := make(chan struct{}, 1)
		u.OnRegisterLoaded(func(int) { loaded <- struct{}{} })
		u.backToRegister()
		waitLoaded(t, loaded)
		want := []string{"Lê Minh Anh", "Nguyễn Thị Hường"}
		if got := shownNames(u.register); !equal(got, want) {
			t.Errorf("register shows %v, want %v", got, want)
		}
	})
}

func currentForm(t *testing.T, u *UI) *memberForm {
	t.Helper()
	if u.form == nil {
		t.Fatal("no member form shown")
	}
	return u.form
}

func assertFieldError(t *testing.T, f *memberForm, field, want string) {
	t.Helper()
	r := f.rows[field]
	if r == nil {
		t.Fatalf("no field %q", field)
	}
	if !r.errMsg.Visible() || r.errMsg.Text != want {
		t.Errorf("field %s: message %q (visible %v), want %q", field, r.errMsg.Text, r.errMsg.Visible(), want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestStatusActions(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường")
	ctx := context.Background()
	rows, _ := store.MemberRows(ctx)
	id := rows[0].ID
	u.openMember(id)
	events := func() int {
		es, err := store.MemberEvents(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return len(es)
	}
	t.Run("a suspension without a reason is refused at the reason", func(t *testing.T) {
		a := u.page.showAction(data.EventSuspended)
		test.Tap(a.ok)
		if r := a.rows[data.FieldEventKind]; !r.errMsg.Visible() || r.errMsg.Text != "Cần chọn lý do tạm dừng sinh hoạt" {
			t.Errorf("reason message %q (visible %v)", r.errMsg.Text, r.errMsg.Visible())
		}
		if n := events(); n != 1 {
			t.Errorf("%d events after a refusal, want 1", n)
		}
		a.dialog.Hide()
	})
	t.Run("a job-loss suspension over 12 months is refused at the end date", func(t *testing.T) {
		a := u.page.showAction(data.EventSuspended)
		a.reason.SetSelected(data.SuspendJobLoss.Label())
		a.date.entry.SetText("01/11/2026")
		test.Type(a.until.entry, "02/11/2027")
		test.Tap(a.ok)
		if r := a.rows[data.FieldEventUntil]; !r.errMsg.Visible() || !strings.Contains(r.errMsg.Text, "tối đa 12 tháng") {
			t.Errorf("until message %q (visible %v)", r.errMsg.Text, r.errMsg.Visible())
		}
		a.dialog.Hide()
	})
	t.Run("a valid suspension is recorded and the page shows the new status", func(t *testing.T) {
		a := u.page.showAction(data.EventSuspended)
		a.reason.SetSelected(data.SuspendJobLoss.Label())
		a.date.entry.SetText("01/11/2026")
		test.Type(a.until.entry, "01/11/2027")
		test.Tap(a.ok)
		if n := events(); n != 2 {
			t.Fatalf("%d events, want 2", n)
		}
		if u.page.m.Status != data.StatusSuspended {
			t.Errorf("page status %s, want suspended", u.page.m.Status)
		}
	})
	t.Run("the only actions offered to a suspended member are the allowed ones", func(t *testing.T) {
		want := data.AllowedEvents(data.StatusSuspended)
		if want[0] != data.EventResumed {
			t.Errorf("first action %s, want resume", want[0])
		}
	})
}

func TestFirstRunSetup(t *testing.T) {
	test.NewTempApp(t)
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "setup.db"), sqlite.WithNow(func() time.Time { return today }))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	w := test.NewTempWindow(t, nil)
	u := New(w, Services{Store: store, Now: func() time.Time { return today }})
	u.background = func(f func()) { f() }
	var setup *setupScreen
	u.onSetup = func(s *setupScreen) { setup = s }
	u.Show()
	if setup == nil {
		t.Fatal("no setup screen on a new database")
	}
	f := setup.form
	t.Run("saving an empty profile shows the required fields and saves nothing", func(t *testing.T) {
		test.Tap(setup.save)
		if r := f.rows[data.FieldProfileName]; !r.errMsg.Visible() || r.errMsg.Text != "Cần nhập tên công đoàn cơ sở" {
			t.Errorf("name message %q", r.errMsg.Text)
		}
		if _, err := store.Profile(context.Background()); data.ErrorCode(err) != data.ENOTFOUND {
			t.Errorf("profile saved: %v", err)
		}
	})
	t.Run("a complete profile is saved and the register opens with the union's name in the title", func(t *testing.T) {
		test.Type(f.name, "Công đoàn cơ sở Công ty TNHH Thử")
		test.Type(f.upperName, "Công đoàn phường Quế Võ")
		f.upperKind.SetSelected(data.UpperCommune.Label())
		test.Type(f.enterprise, "Công ty TNHH Thử")
		test.Type(f.place, "Bắc Ninh")
		test.Type(f.chair, "Nguyễn Thị Hường")
		test.Type(f.workers, "1.250")
		test.Type(f.female, "800")
		test.Tap(setup.save)
		p, err := store.Profile(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if p.WorkersTotal != 1250 || p.UpperKind != data.UpperCommune {
			t.Errorf("profile = %+v", p)
		}
		if got := w.Title(); got != "Công đoàn cơ sở Công ty TNHH Thử — Sổ Công đoàn" {
			t.Errorf("title = %q", got)
		}
		if u.register == nil {
			t.Error("the register is not shown")
		}
	})
}

func TestFyneDialogsAreVietnamese(t *testing.T) {
	SetupLanguage()
	for en, vi := range map[string]string{"Cancel": "Hủy", "OK": "Đồng ý", "Yes": "Có", "No": "Không", "Save": "Lưu", "Open": "Mở"} {
		if got := lang.L(en); got != vi {
			t.Errorf("lang.L(%q) = %q, want %q", en, got, vi)
		}
	}
}

func TestHelpAndAbout(t *testing.T) {
	u, _ := newTestUI(t, "Nguyễn Thị Hường")
	t.Run("F1 on the register opens the register's guide", func(t *testing.T) {
		u.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF1})
		if u.help == nil || !strings.Contains(richText(u.help), "Tìm và lọc") {
			t.Fatalf("guide shown: %v", u.help != nil)
		}
	})
	t.Run("every guide exists and has a title", func(t *testing.T) {
		for i, topic := range helpTopics {
			u.showHelp(i)
			if got := richText(u.help); len(got) < 300 {
				t.Errorf("guide %s looks empty: %q", topic.file, got)
			}
		}
	})
	t.Run("the legal summary cites the signing rule", func(t *testing.T) {
		u.showHelp(helpFor("Các quy định áp dụng"))
		if !strings.Contains(richText(u.help), "trên 50% tổng số người lao động") {
			t.Error("the rules summary lacks the agreement vote rule")
		}
	})
	t.Run("the about screen shows the data file", func(t *testing.T) {
		u.showAbout()
		found := false
		for _, o := range test.LaidOutObjects(u.body) {
			if l, ok := o.(*widget.Label); ok && l.Text == u.svc.DBPath {
				found = true
			}
		}
		if !found {
			t.Error("no label with the data file path")
		}
	})
}

// richText is all the text of a rich text, lists and paragraphs included.
func richText(r *widget.RichText) string {
	var b strings.Builder
	var walk func([]widget.RichTextSegment)
	walk = func(segs []widget.RichTextSegment) {
		for _, s := range segs {
			switch s := s.(type) {
			case *widget.ListSegment:
				walk(s.Items)
			case *widget.ParagraphSegment:
				walk(s.Texts)
			default:
				b.WriteString(s.Textual())
				b.WriteString("\n")
			}
		}
	}
	walk(r.Segments)
	return b.String()
}

// fakeFiles stands for the app's data-file switching in UI tests.
type fakeFiles struct {
	real, demo string
	prepare    func() error
	switched   []string
}

func (f *fakeFiles) Real() string { return f.real }
func (f *fakeFiles) PrepareDemo(context.Context) (string, error) {
	return f.demo, f.prepare()
}
func (f *fakeFiles) Switch(path string, create bool) error {
	f.switched = append(f.switched, fmt.Sprintf("%s %v", path, create))
	return nil
}

// TestSetupOffersDemoData: the demo goes into its own file, never the register on
// screen (issue 10, item 14; this test used to check that the register was filled).
func TestSetupOffersDemoData(t *testing.T) {
	test.NewTempApp(t)
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "socongdoan.db"), sqlite.WithNow(func() time.Time { return today }))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	demoPath := filepath.Join(t.TempDir(), "du-lieu-mau.db")
	files := &fakeFiles{real: store.Path(), demo: demoPath, prepare: func() error {
		ds, err := sqlite.Open(demoPath, sqlite.WithNow(func() time.Time { return today }))
		if err != nil {
			return err
		}
		defer ds.Close()
		return demo.Fill(context.Background(), ds, demoMembers, 1, today)
	}}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1366, 768))
	u := New(w, Services{Store: store, Files: files, Now: func() time.Time { return today }})
	u.background = func(f func()) { f() }
	var setup *setupScreen
	u.onSetup = func(s *setupScreen) { setup = s }
	u.Show()
	if setup == nil || setup.demo == nil {
		t.Fatal("the first-run screen does not offer demo data")
	}
	setup.fillDemo()
	if rows, err := store.MemberRows(context.Background()); err != nil || len(rows) != 0 {
		t.Fatalf("%d members written into the register on screen, %v", len(rows), err)
	}
	if fmt.Sprint(files.switched) != "["+demoPath+" false]" {
		t.Errorf("switched to %v, want the demo file", files.switched)
	}
	ds, err := sqlite.Open(demoPath)
	if err != nil {
		t.Fatal(err)
	}
	defer ds.Close()
	if rows, err := ds.MemberRows(context.Background()); err != nil || len(rows) != demoMembers {
		t.Errorf("%d demo members in the demo file, %v", len(rows), err)
	}
	if cs, err := data.Conferences.Store(ds).List(context.Background()); err != nil || len(cs) == 0 {
		t.Errorf("no demo conferences: %v", err)
	}
}

// TestDemoBanner: while demo data is shown the window says so, with a way back.
func TestDemoBanner(t *testing.T) {
	test.NewTempApp(t)
	store, err := sqlite.Open(filepath.Join(t.TempDir(), "du-lieu-mau.db"), sqlite.WithNow(func() time.Time { return today }))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := demo.Fill(context.Background(), store, 5, 1, today); err != nil {
		t.Fatal(err)
	}
	files := &fakeFiles{real: "/thu-muc/socongdoan.db"}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1024, 600))
	u := New(w, Services{Store: store, Files: files, Demo: true, Now: func() time.Time { return today }})
	u.background = func(f func()) { f() }
	u.Show()
	var banner bool
	var back *widget.Button
	walk(w.Content(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.HasPrefix(l.Text, "Đang xem dữ liệu mẫu") {
			banner = true
		}
		if b, ok := o.(*widget.Button); ok && b.Text == "Về sổ thật" {
			back = b
		}
	})
	if !banner {
		t.Fatal("no demo banner")
	}
	if back == nil {
		t.Fatal("no button back to the real register")
	}
	test.Tap(back)
	if fmt.Sprint(files.switched) != "[/thu-muc/socongdoan.db false]" {
		t.Errorf("switched to %v", files.switched)
	}
}
