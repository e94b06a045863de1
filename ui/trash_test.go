package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// addConference stores a conference held in March 2026 through the form.
func addConference(t *testing.T, u *UI) *data.Conference {
	t.Helper()
	u.openRecord(data.RecordRef{Kind: data.KindConference})
	f := u.rec.conference
	test.Type(f.date.entry, "10/03/2026")
	test.Type(f.place, "Hội trường")
	test.Type(f.attendees, "8")
	test.Tap(f.save)
	noErrors(t, u.rec.conference.recordForm)
	if u.rec.conference.conf == nil {
		t.Fatal("the conference was not saved")
	}
	return u.rec.conference.conf
}

// trashRowOf finds a record in the Thùng rác screen.
func trashRowOf(t *testing.T, s *trashScreen, ref data.RecordRef) data.TrashItem {
	t.Helper()
	for _, r := range s.rows {
		if r.item != nil && r.item.Ref == ref {
			return *r.item
		}
	}
	t.Fatalf("%v not in the Thùng rác: %+v", ref, s.rows)
	return data.TrashItem{}
}

func TestTrashAndRestoreAConferenceThroughTheUI(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường")
	c := addConference(t, u)
	f := u.rec.conference
	if f.trash == nil {
		t.Fatal("no \"Chuyển vào thùng rác\" on a saved conference")
	}
	test.Tap(f.trash)
	f.answer(true)
	ctx := context.Background()
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 0 {
		t.Fatalf("%d conferences listed after the trash", len(cs))
	}
	u.nav.Select(sectionIndex(t, u, "Thùng rác"))
	s := u.rec.trash
	if s == nil || len(s.rows) != 2 || s.rows[0].heading != "Hội nghị người lao động (1)" {
		t.Fatalf("Thùng rác rows %+v", s.rows)
	}
	item := trashRowOf(t, s, data.RecordRef{Kind: data.KindConference, ID: c.ID})
	if item.DeletedAt.IsZero() || !strings.Contains(item.Title, "2026") {
		t.Errorf("trash item %+v", item)
	}
	s.restore(item)
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 1 || cs[0].Place != "Hội trường" {
		t.Errorf("after Khôi phục: %+v", cs)
	}
	if len(s.rows) != 0 || !strings.Contains(s.note.Text, "Đã khôi phục") {
		t.Errorf("rows %+v, note %q", s.rows, s.note.Text)
	}
	// The restore and the trash are in the conference's history tab.
	u.openRecord(data.RecordRef{Kind: data.KindConference, ID: c.ID})
	f = u.rec.conference
	if f.tabs == nil || len(f.history) < 3 {
		t.Fatalf("history tab %v with %d entries", f.tabs, len(f.history))
	}
}

func TestMemberRestoredFromTheSidebarTrash(t *testing.T) {
	u, store := newTestUI(t, "Lê Minh Anh", "Trần Văn Bình")
	ctx := context.Background()
	rows, _ := store.MemberRows(ctx)
	if err := store.TrashMember(ctx, rows[0].ID); err != nil {
		t.Fatal(err)
	}
	u.nav.Select(sectionIndex(t, u, "Thùng rác"))
	s := u.rec.trash
	item := trashRowOf(t, s, data.RecordRef{Kind: data.KindMember, ID: rows[0].ID})
	if s.rows[0].heading != "Đoàn viên (1)" || item.Title != rows[0].Name {
		t.Errorf("rows %+v", s.rows)
	}
	s.restore(item)
	if m, err := store.Member(ctx, rows[0].ID); err != nil || m.FullName() != rows[0].Name {
		t.Errorf("restored member %v, %v", m, err)
	}
}

func TestHistoryOfARecord(t *testing.T) {
	u, _ := newTestUI(t)
	c := addConference(t, u)
	f := u.rec.conference
	f.place.SetText("Nhà văn hóa công nhân")
	test.Tap(f.save)
	f = u.rec.conference
	found := false
	for _, h := range f.history {
		line := historyLine(h)
		if strings.Contains(line, "Hội trường thành Nhà văn hóa công nhân") {
			found = true
		}
	}
	if !found || f.ref.ID != c.ID {
		t.Errorf("history of %d: %+v", f.ref.ID, f.history)
	}
}

func TestARecordChangedElsewhereIsNotOverwritten(t *testing.T) {
	u, store := newTestUI(t)
	c := addConference(t, u)
	ctx := context.Background()
	f := u.rec.conference
	test.Type(f.notes, "Ghi chú trên biểu mẫu")
	// Another window (or the CLI) saves the same conference meanwhile.
	other, _ := data.Conferences.Store(store).Get(ctx, c.ID)
	other.Place = "Phòng họp tầng 3"
	if err := data.Conferences.Store(store).Update(ctx, other); err != nil {
		t.Fatal(err)
	}
	test.Tap(f.save)
	if f.conflict == nil || !strings.Contains(f.summary.Text, data.MsgChangedElsewhere) {
		t.Fatalf("no conflict shown: %q", f.summary.Text)
	}
	if !strings.Contains(f.conflict.text.Text, "Phòng họp tầng 3") {
		t.Errorf("the new values are not shown: %q", f.conflict.text.Text)
	}
	if got, _ := data.Conferences.Store(store).Get(ctx, c.ID); got.Place != "Phòng họp tầng 3" || got.Notes != "" {
		t.Errorf("the stale save wrote: %+v", got)
	}
	t.Run("Nạp lại shows the stored values", func(t *testing.T) {
		test.Tap(f.conflict.reload)
		if g := u.rec.conference; g == f || g.place.Text != "Phòng họp tầng 3" || g.notes.Text != "" {
			t.Errorf("reloaded form: place %q notes %q", g.place.Text, g.notes.Text)
		}
	})
	t.Run("Lưu đè writes the form's values, on the chair's word", func(t *testing.T) {
		f := u.rec.conference
		test.Type(f.notes, "Bản của tôi")
		other, _ := data.Conferences.Store(store).Get(ctx, c.ID)
		other.Place = "Sân nhà máy"
		if err := data.Conferences.Store(store).Update(ctx, other); err != nil {
			t.Fatal(err)
		}
		test.Tap(f.save)
		test.Tap(f.conflict.overwrite)
		if got, _ := data.Conferences.Store(store).Get(ctx, c.ID); got.Notes != "Bản của tôi" || got.Place != "Phòng họp tầng 3" {
			t.Errorf("overwritten: place %q notes %q", got.Place, got.Notes)
		}
	})
}

func TestEmptyAndSecondYearlyConference(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindConference})
	f := u.rec.conference
	test.Tap(f.save) // no date
	if msg, _ := fieldMessage(f.recordForm, data.FieldConfDate); msg == "" {
		t.Errorf("a conference without a date: no message at the date (summary %q)", f.summary.Text)
	}
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 0 {
		t.Fatalf("an empty conference was stored")
	}
	addConference(t, u)
	u.openRecord(data.RecordRef{Kind: data.KindConference})
	f = u.rec.conference
	test.Type(f.date.entry, "20/10/2026")
	test.Tap(f.save)
	if f.answer == nil {
		t.Fatal("a second yearly conference of 2026 was not asked about")
	}
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 1 {
		t.Fatalf("saved before the answer: %d conferences", len(cs))
	}
	f.answer(false)
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 1 {
		t.Fatalf("saved on 'Quay lại biểu mẫu': %d conferences", len(cs))
	}
	test.Tap(f.save)
	f.answer(true)
	if cs, _ := data.Conferences.Store(store).List(ctx); len(cs) != 2 {
		t.Errorf("not saved on 'Vẫn lưu': %d conferences", len(cs))
	}
}
