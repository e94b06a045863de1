package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// The Đoàn phí tab as a chair uses it: the month's sheet with last month's salary
// proposed, a row typed in the editor (guarded like every form), and salaries
// imported from a CSV through the preview; a bad file writes nothing.
func TestDuesTab(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An", "Trần Thị Bình")
	rows, err := store.MemberRows(u.ctx)
	if err != nil {
		t.Fatal(err)
	}
	id := map[string]int64{}
	for _, r := range rows {
		id[r.Name] = r.ID
	}
	// October kept for An: November proposes his salary.
	if err := store.SaveDues(u.ctx, day(2026, 10, 1), []data.DuesEntry{{MemberID: id["Nguyễn Văn An"], Amount: 60_000_000}}, ""); err != nil {
		t.Fatal(err)
	}
	u.open(financeSectionIndex(u))
	d := u.rec.dues
	if d == nil || d.month.value() != day(2026, 11, 1) || len(d.rows) != 2 {
		t.Fatalf("the tab on November: %+v", d)
	}
	if !strings.Contains(d.totals.Text, "2 đoàn viên · phải thu 253.000 đ · đã thu 0 đ") || !strings.Contains(d.totals.Text, "2 dòng chưa lưu") {
		t.Errorf("totals: %q", d.totals.Text)
	}
	shot(t, u, "doan-phi-1366")
	row := func(name string) int {
		for i, k := range d.shown {
			if d.rows[k].Name == name {
				return i
			}
		}
		t.Fatalf("no row %s", name)
		return -1
	}
	d.table.Select(widget.TableCellID{Row: row("Trần Thị Bình"), Col: 1})
	if d.amount.Disabled() || d.base.Disabled() {
		t.Fatal("the editor stays disabled on a row")
	}
	if d.base.Selected != data.DuesBaseBHXH.Label() || d.exempt.Selected != "Có đóng" {
		t.Errorf("base %q, exemption %q", d.base.Selected, d.exempt.Selected)
	}
	d.amount.SetText("10.000.000")
	if !strings.Contains(d.preview.Text, "Phải đóng: 50.000 đ") {
		t.Errorf("preview: %q", d.preview.Text)
	}
	// Another row while Bình's is edited: the save question, and "Lưu" keeps her month.
	d.table.Select(widget.TableCellID{Row: row("Nguyễn Văn An"), Col: 1})
	q := u.question
	if q == nil {
		t.Fatal("no question before leaving an edited row")
	}
	test.Tap(q.save)
	sheet, _ := store.DuesSheet(u.ctx, day(2026, 11, 1))
	var binh data.DuesRow
	for _, r := range sheet {
		if r.MemberID == id["Trần Thị Bình"] {
			binh = r
		}
	}
	if !binh.Saved || binh.Due != 50_000 {
		t.Fatalf("Bình's November: %+v", binh)
	}
	if d.sel < 0 || d.rows[d.sel].Name != "Nguyễn Văn An" {
		t.Errorf("the editor did not move to An")
	}
	// A file with a stranger is refused whole.
	dir := t.TempDir()
	csv := filepath.Join(dir, "luong.csv")
	os.WriteFile(csv, []byte("STT,Họ và tên,Mã đoàn viên,Lương đóng BHXH\n1,Nguyễn Văn An,,61000000\n2,Người Lạ,X1,5000000\n"), 0o600)
	u.files.open = func(_ []string, done func(string)) { done(csv) }
	d.importSalaries()
	if b := u.rec.duesImport; b == nil || !b.Disabled() {
		t.Fatal("a file with an error row can be imported")
	}
	closeDialogs(u)
	os.WriteFile(csv, []byte("STT,Họ và tên,Ngày sinh,Lương đóng BHXH\n1,Nguyễn Văn An,,61000000\n2,Trần Thị Bình,,12000000\n"), 0o600)
	d.importSalaries()
	if b := u.rec.duesImport; b == nil || !b.Disabled() {
		t.Fatal("names without a CCCD, code or birth date match nobody")
	}
	closeDialogs(u)
	store.UpdateMember(u.ctx, withID(t, u, id["Nguyễn Văn An"], "001090012345"))
	os.WriteFile(csv, []byte("STT,Họ và tên,Số CCCD,Lương đóng BHXH\n1,Nguyễn Văn An,001090012345,61000000\n"), 0o600)
	d.importSalaries()
	shot(t, u, "doan-phi-nhap")
	b := u.rec.duesImport
	if b == nil || b.Disabled() {
		t.Fatal("a good file cannot be imported")
	}
	test.Tap(b)
	if !strings.Contains(d.totals.Text, "phải thu 303.000 đ") {
		t.Errorf("after the import: %q", d.totals.Text)
	}
	u.win.Resize(fyne.NewSize(1024, 600))
	shot(t, u, "doan-phi-1024")
}

func closeDialogs(u *UI) {
	for _, o := range u.win.Canvas().Overlays().List() {
		u.win.Canvas().Overlays().Remove(o)
	}
}

func withID(t *testing.T, u *UI, id int64, cccd string) *data.Member {
	m, err := u.svc.Store.Member(u.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	m.IDNumber = cccd
	return m
}
