package ui

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/xlsx"
)

// fixture is the realistic list of data/xlsx/testdata: a title block, merged header
// cells, a TCVN3 column, dates as serials and text, a group heading, a total line, a
// signature block and one row in error.
var fixture = filepath.Join("..", "data", "xlsx", "testdata", "danh-sach-that.xlsx")

// newIOTestUI is newTestUI with the import, backup and settings services.
func newIOTestUI(t *testing.T, names ...string) (*UI, *sqlite.Store) {
	t.Helper()
	u, store := newTestUI(t, names...)
	return u, store
}

// shot saves the window as a PNG under $SOCONGDOAN_SHOTS, to look at the screens.
func shot(t *testing.T, u *UI, name string) {
	dir := os.Getenv("SOCONGDOAN_SHOTS")
	if dir == "" {
		return
	}
	img := u.win.Canvas().Capture()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestImporter(t *testing.T) {
	u, store := newIOTestUI(t, "Nguyễn Văn An")
	u.files.open = func(_ []string, done func(string)) { done(fixture) }
	u.showImporter()
	imp := u.importer
	shot(t, u, "import-1-start")
	imp.chooseFile()
	if imp.mapping == nil || imp.selects == nil {
		t.Fatal("the mapping step did not open")
	}
	shot(t, u, "import-2-mapping")

	t.Run("the mapping step shows each column's guess and its values as they will be read", func(t *testing.T) {
		if got := imp.selects[1].Selected; got != "Họ và tên" {
			t.Errorf("column B = %q", got)
		}
		if got := imp.samples[2].Text; !strings.HasPrefix(got, "01/01/1990") {
			t.Errorf("birth samples %q: the Excel serial should show as a date", got)
		}
		if got := imp.samples[5].Text; !strings.HasPrefix(got, "Tổ may 1") {
			t.Errorf("unit samples %q: the TCVN3 text should show converted", got)
		}
	})
	t.Run("choosing the name's field for another column moves it and disables the next step", func(t *testing.T) {
		imp.selects[9].SetSelected("Họ và tên") // Ghi chú → Họ và tên
		if imp.selects[1].Selected != "(Bỏ qua)" {
			t.Errorf("column B still %q", imp.selects[1].Selected)
		}
		imp.selects[9].SetSelected("Ghi chú")
		if imp.nameWarn.Visible() == false || !imp.next.Disabled() {
			t.Error("without a name column the next step must wait")
		}
		imp.selects[1].SetSelected("Họ và tên")
		if imp.nameWarn.Visible() || imp.next.Disabled() {
			t.Error("with a name column the next step is open")
		}
	})
	imp.selects[6].SetSelected("Chức vụ công đoàn") // the chair says "Chức vụ" here is the union role
	test.Tap(imp.next)
	if imp.preview == nil {
		t.Fatal("no preview")
	}
	shot(t, u, "import-3-preview")

	t.Run("the preview counts the rows and shows the errors first", func(t *testing.T) {
		if got := imp.summary.Text; got != "4 thêm mới · 1 dòng lỗi" {
			t.Errorf("summary %q", got)
		}
		if got := imp.filter.Selected; got != "Lỗi (1)" {
			t.Errorf("filter %q", got)
		}
		rows, _ := imp.grid.Length()
		if rows != 1 {
			t.Errorf("%d rows shown", rows)
		}
		imp.grid.Select(widget.TableCellID{Row: 0, Col: 2})
		if got := imp.detail.Text; !strings.Contains(got, "Dòng 12") || !strings.Contains(got, "Năm phải ghi đủ 4 chữ số") {
			t.Errorf("detail %q", got)
		}
		if got := imp.commit.Text; got != "Nhập 4 đoàn viên" {
			t.Errorf("commit button %q", got)
		}
	})
	t.Run("the rows in error can be saved as a workbook readable only by the chair", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "loi.xlsx")
		u.files.save = func(_ string, done func(string)) { done(out) }
		imp.saveErrors()
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
			t.Errorf("mode %v", fi.Mode().Perm())
		}
		back, err := xlsx.ReadFile(out, "")
		if err != nil || len(back.Rows) < 5 {
			t.Errorf("error workbook: %v", err)
		}
	})
	t.Run("the commit writes the valid rows in one go, backs up first and remembers the mapping", func(t *testing.T) {
		imp.runCommit()
		rows, err := store.MemberRows(u.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 5 {
			t.Fatalf("%d members, want 1 + 4", len(rows))
		}
		var cuong *data.MemberRow
		for i := range rows {
			if rows[i].Name == "Lê Văn Cường" {
				cuong = &rows[i]
			}
		}
		if cuong == nil || cuong.UnitName != "Phòng kế toán" || cuong.UnionRole != "Kế toán" {
			t.Errorf("imported row %+v", cuong)
		}
		backups, _ := store.Backups()
		if len(backups) == 0 || backups[0].Reason != data.BackupBeforeImport {
			t.Errorf("backups %+v", backups)
		}
		r, err := xlsx.LoadRemembered(u.ctx, store)
		if err != nil || r["chuc vu"] != xlsx.FieldRole {
			t.Errorf("remembered %v %v", r, err)
		}
		if u.importer != imp || u.register == nil {
			t.Error("the register should be shown again")
		}
	})
	t.Run("importing the same file again finds every member and updates on request", func(t *testing.T) {
		u.showImporter()
		imp := u.importer
		imp.chooseFile()
		if imp.selects[6].Selected != "Chức vụ công đoàn" {
			t.Errorf("the remembered choice was not applied: %q", imp.selects[6].Selected)
		}
		test.Tap(imp.next)
		p := imp.preview
		if p.Existing != 4 || p.New != 0 {
			t.Fatalf("summary %q", p.Summary())
		}
		imp.mode = xlsx.UpdateExisting
		imp.buildPreview()
		if p := imp.preview; p.Unchanged != 4 || !imp.commit.Disabled() {
			t.Errorf("update mode: %q, commit enabled %v", p.Summary(), !imp.commit.Disabled())
		}
	})
}

func TestExport(t *testing.T) {
	u, store := newIOTestUI(t, "Nguyễn Thị Hường", "Trần Văn Đức", "Lê Minh Anh")
	r := u.register
	test.Type(r.search, "nguyen") // the filter on screen decides who is exported
	ids := make([]int64, len(r.shown))
	for i, j := range r.shown {
		ids[i] = r.sorted[j].ID
	}
	for _, name := range []string{"ds.xlsx", "ds.csv"} {
		out := filepath.Join(t.TempDir(), name)
		n, _, err := exportTo(u, ids, out, xlsx.AllColumns(), "")
		if err != nil || n != 1 {
			t.Fatalf("%s: %d, %v", name, n, err)
		}
		back, err := xlsx.ReadFile(out, "")
		if err != nil {
			t.Fatal(err)
		}
		res := xlsx.Convert(back, xlsx.Guess(back, nil), today)
		if len(res.Rows) != 1 || res.Rows[0].Member.FullName() != "Nguyễn Thị Hường" {
			t.Errorf("%s: rows %+v", name, res.Rows)
		}
	}
	_ = store
	r.showExport()
	shot(t, u, "export-dialog")
}

func TestBackupScreen(t *testing.T) {
	u, store := newIOTestUI(t, "Nguyễn Văn An")
	out := filepath.Join(t.TempDir(), "usb", "sao-luu.db")
	if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
		t.Fatal(err)
	}
	u.files.save = func(_ string, done func(string)) { done(out) }
	last := widget.NewLabel("")
	u.backupNow(last)
	if _, err := store.InspectBackup(u.ctx, out); err != nil {
		t.Fatalf("backup: %v", err)
	}
	m := &data.Member{}
	m.SetFullName("Lê Văn Sau")
	if err := store.CreateMember(u.ctx, m); err != nil {
		t.Fatal(err)
	}
	u.restore(out)
	rows, err := store.MemberRows(u.ctx)
	if err != nil || len(rows) != 1 || rows[0].Name != "Nguyễn Văn An" {
		t.Errorf("after restore: %+v %v", rows, err)
	}
	if got := len(u.register.byName); got != 1 {
		t.Errorf("the register shows %d rows after the restore", got)
	}
	for i, sec := range u.sections {
		if sec.title == "Cài đặt" {
			u.nav.Select(i)
		}
	}
	var found bool
	walk(u.body, func(o fyne.CanvasObject) {
		if sc, ok := o.(*container.Scroll); ok {
			sc.ScrollToBottom()
		}
		if b, ok := o.(*widget.Button); ok && b.Text == "Sao lưu ngay…" {
			found = true
		}
	})
	if !found {
		t.Error("Cài đặt has no Sao lưu ngay button")
	}
	shot(t, u, "settings-backup")
	u.showRestore()
	shot(t, u, "restore-list")
	u.checkData()
	shot(t, u, "check-report")
}

func TestShowDamaged(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 600))
	restored := false
	ShowDamaged(w, "Tệp dữ liệu bị hỏng (kiểm tra nhanh báo lỗi)", "20/11/2026 08:00 · Tự động hằng ngày · 1.234 đoàn viên",
		func() error { restored = true; return nil }, func() {})
	var btn *widget.Button
	var texts []string
	walk(w.Content(), func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if strings.HasPrefix(x.Text, "Khôi phục") {
				btn = x
			}
		case *widget.Label:
			texts = append(texts, x.Text)
		}
	})
	all := strings.Join(texts, "\n")
	if !strings.Contains(all, "không bị ghi đè") || !strings.Contains(all, "1.234 đoàn viên") {
		t.Errorf("screen says %q", all)
	}
	if btn == nil {
		t.Fatal("no restore button")
	}
	test.Tap(btn)
	if !restored {
		t.Error("the restore did not run")
	}
}

// walk visits every object under o, into containers and scrolls.
func walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, x := range c.Objects {
			walk(x, f)
		}
	case *container.Scroll:
		walk(c.Content, f)
	case *container.Split:
		walk(c.Leading, f)
		walk(c.Trailing, f)
	}
}

// TestImporterOldEncodings: the preview offers the list of cells converted from TCVN3;
// unticking one imports it as the file has it. A CSV whose encoding cannot be told
// asks the chair, and is read in the encoding chosen (issue 10 items 9 and 10).
func TestImporterOldEncodings(t *testing.T) {
	u, _ := newIOTestUI(t)
	u.files.open = func(_ []string, done func(string)) { done(fixture) }
	u.showImporter()
	imp := u.importer
	imp.chooseFile()
	imp.buildPreview()
	p := imp.preview
	if p == nil || len(p.Conversions) != 5 {
		t.Fatalf("conversions %+v", p)
	}
	imp.showConversions()
	if len(u.win.Canvas().Overlays().List()) == 0 {
		t.Fatal("the list of conversions did not open")
	}
	shot(t, u, "import-conversions")
	first := p.Conversions[0]
	convert := make([]bool, len(p.Conversions))
	for i := 1; i < len(convert); i++ {
		convert[i] = true
	}
	imp.applyConversions(convert)
	for _, r := range imp.preview.Rows {
		if r.Line == first.Line && r.Member.UnitName != first.Before {
			t.Errorf("unticked cell imported as %q, want %q", r.Member.UnitName, first.Before)
		}
	}
	if !imp.preview.Conversions[0].Kept || imp.preview.Conversions[1].Kept {
		t.Errorf("kept flags %+v", imp.preview.Conversions[:2])
	}

	csv := filepath.Join(t.TempDir(), "odd.csv")
	if err := os.WriteFile(csv, []byte("Ho va ten,Ghi chu\nNguyen Van A,\xd2\xde\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	u.showImporter()
	imp = u.importer
	u.files.open = func(_ []string, done func(string)) { done(csv) }
	imp.chooseFile()
	if imp.table != nil {
		t.Fatal("an undecidable CSV was read without asking")
	}
	imp.encoding = xlsx.Encoding1258 // what the dialog sets on "Đọc lại tệp"
	imp.read(csv, "")
	if imp.table == nil || imp.table.Encoding != "Windows-1258" {
		t.Fatalf("read in the chosen encoding: %+v", imp.table)
	}
}
