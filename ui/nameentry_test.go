package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// Issue 12 §5: a name typed in small letters is capitalised in the form as the chair
// types and leaves the field, and Họ / Tên đệm / Tên always agree with the full name.
func TestMemberFormCapitalisesTypedNames(t *testing.T) {
	u, _ := newTestUI(t)
	u.openMemberForm(nil)
	f := currentForm(t, u)
	c := u.win.Canvas()
	c.Focus(f.fullName)
	test.Type(f.fullName, "nguyễn thị hườ")
	if got := f.fullName.Text; got != "Nguyễn Thị hườ" {
		t.Errorf("while typing the last word: %q, want the finished words capitalised only", got)
	}
	test.Type(f.fullName, "ng")
	c.Focus(f.idNumber) // leaves the name field
	if got := f.fullName.Text; got != "Nguyễn Thị Hường" {
		t.Errorf("after leaving the field: %q, want Nguyễn Thị Hường", got)
	}
	if f.ho.Text != "Nguyễn" || f.tenDem.Text != "Thị" || f.ten.Text != "Hường" {
		t.Errorf("parts = %q %q %q", f.ho.Text, f.tenDem.Text, f.ten.Text)
	}
	// Correcting a part rewrites the full name.
	f.ten.SetText("")
	c.Focus(f.ten)
	test.Type(f.ten, "hương")
	c.Focus(f.idNumber)
	if f.ten.Text != "Hương" || f.fullName.Text != "Nguyễn Thị Hương" {
		t.Errorf("after correcting Tên: ten %q, full name %q", f.ten.Text, f.fullName.Text)
	}
	m, ps := f.collect()
	if len(ps) > 0 || m.FullName() != "Nguyễn Thị Hương" {
		t.Errorf("saved name %q (problems %v)", m.FullName(), ps)
	}
}

// A name loaded from the register is shown as it was saved, even in capitals,
// until the chair changes it: nothing is rewritten behind their back.
func TestMemberFormKeepsAStoredNameAsSaved(t *testing.T) {
	u, _ := newTestUI(t, "TRẦN VĂN ĐỨC")
	id := u.register.sorted[0].ID
	m, err := u.svc.Store.Member(u.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	u.openMemberForm(m)
	f := currentForm(t, u)
	c := u.win.Canvas()
	c.Focus(f.fullName)
	c.Focus(f.idNumber)
	if f.fullName.Text != "TRẦN VĂN ĐỨC" {
		t.Errorf("stored name shown as %q", f.fullName.Text)
	}
}

// Issue 12 §6: the Tạm dừng badge differs from Đang sinh hoạt and from a member who left.
func TestStatusBadgesDiffer(t *testing.T) {
	active, suspended, left := statusImportance(data.StatusActive), statusImportance(data.StatusSuspended), statusImportance(data.StatusLeft)
	if active == suspended || suspended == left || active == left {
		t.Errorf("badges: active %v, suspended %v, left %v", active, suspended, left)
	}
}

// Issue 12 §4: Ctrl+F puts the cursor in the register's search box, its text selected.
func TestCtrlFFocusesRegisterSearch(t *testing.T) {
	u, _ := newTestUI(t, "Lê Minh Anh")
	u.nav.Select(1)
	r := u.register
	r.search.SetText("lê")
	c := u.win.Canvas()
	c.Unfocus()
	r.focusSearch() // what the Ctrl+F shortcut added in build runs (the test canvas cannot type shortcuts)
	if c.Focused() != r.search {
		t.Fatalf("focused %v, want the search box", c.Focused())
	}
	if r.search.SelectedText() != "lê" {
		t.Errorf("selected %q, want the whole search text", r.search.SelectedText())
	}
}
