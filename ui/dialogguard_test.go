package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// Issue 9: a dialog where the chair types is not closed with her text without a
// question: Hủy (or Escape, or closing the window) asks "Lưu thay đổi?"; Ở lại
// keeps the dialog and its text; Không lưu closes it and writes nothing; Lưu saves.

func TestOutgoingDocDialogAsksBeforeDroppingText(t *testing.T) {
	s, store, _ := newReportsScreen(t)
	u, ctx := s.ui, context.Background()
	count := func() int {
		docs, err := store.OutgoingDocs(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		return len(docs)
	}
	t.Run("nothing typed: Hủy closes at once", func(t *testing.T) {
		f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
		test.Tap(f.cancel)
		if u.question != nil || !f.guard.closed {
			t.Errorf("question %v, closed %v", u.question, f.guard.closed)
		}
	})
	f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
	test.Type(f.subject, "Thông báo lịch tiếp dân")
	t.Run("Hủy with typed text asks; Ở lại keeps the dialog and the text", func(t *testing.T) {
		test.Tap(f.cancel)
		if u.question == nil || f.guard.closed {
			t.Fatalf("no question (closed %v)", f.guard.closed)
		}
		test.Tap(u.question.stay)
		if u.question != nil || f.guard.closed || f.subject.Text != "Thông báo lịch tiếp dân" {
			t.Errorf("after Ở lại: closed %v, subject %q", f.guard.closed, f.subject.Text)
		}
	})
	t.Run("Escape asks the same question", func(t *testing.T) {
		u.keyDialog(fyne.KeyEscape)
		if u.question == nil || f.guard.closed {
			t.Fatalf("Escape: no question (closed %v)", f.guard.closed)
		}
		test.Tap(u.question.stay)
	})
	t.Run("Không lưu closes the dialog and writes nothing", func(t *testing.T) {
		test.Tap(f.cancel)
		test.Tap(u.question.discard)
		if !f.guard.closed || count() != 0 || u.dialogGuard != nil {
			t.Errorf("closed %v, %d entries, guard %v", f.guard.closed, count(), u.dialogGuard)
		}
	})
	t.Run("Lưu in the question saves the entry", func(t *testing.T) {
		f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
		test.Type(f.subject, "Thông báo họp BCH")
		test.Tap(f.cancel)
		test.Tap(u.question.save)
		if !f.guard.closed || count() != 1 || len(s.docs) != 1 || s.docs[0].Subject != "Thông báo họp BCH" {
			t.Errorf("closed %v, %d entries, register %+v", f.guard.closed, count(), s.docs)
		}
	})
	t.Run("a refused Lưu keeps the dialog open with its message", func(t *testing.T) {
		f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
		test.Type(f.number, "abc")
		test.Tap(f.cancel)
		test.Tap(u.question.save)
		if f.guard.closed || !f.msg.Visible() || f.number.Text != "abc" || count() != 1 {
			t.Errorf("closed %v, message %q, number %q, %d entries", f.guard.closed, f.msg.Text, f.number.Text, count())
		}
		test.Tap(f.cancel)
		test.Tap(u.question.discard)
	})
	t.Run("closing the window asks about the dialog first", func(t *testing.T) {
		closed := false
		u.closeWindow = func() { closed = true }
		f := s.editDoc(&data.OutgoingDoc{Type: data.DocTypeNotice, Date: today})
		test.Type(f.subject, "Công văn gửi cấp trên")
		u.requestClose()
		if u.question == nil || closed {
			t.Fatalf("question %v, window closed %v", u.question, closed)
		}
		test.Tap(u.question.stay)
		if closed || f.guard.closed || f.subject.Text != "Công văn gửi cấp trên" {
			t.Errorf("after Ở lại: window closed %v, dialog closed %v", closed, f.guard.closed)
		}
		u.requestClose()
		test.Tap(u.question.discard)
		if !closed || !f.guard.closed || count() != 1 {
			t.Errorf("after Không lưu: window closed %v, dialog closed %v, %d entries", closed, f.guard.closed, count())
		}
	})
}

func TestStatusChangeDialogAsksBeforeDroppingText(t *testing.T) {
	u, store := newTestUI(t, "Lê Văn An")
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
	before := events()
	a := u.page.showAction(data.EventTransferOut)
	test.Tap(a.cancel)
	if u.question != nil || !a.guard.closed {
		t.Fatalf("nothing typed: question %v, closed %v", u.question, a.guard.closed)
	}
	a = u.page.showAction(data.EventTransferOut)
	test.Type(a.place, "Công đoàn Công ty May Việt Tiến")
	test.Type(a.note, "Theo đơn ngày 01/11")
	test.Tap(a.cancel)
	if u.question == nil {
		t.Fatal("Hủy with typed text: no question")
	}
	test.Tap(u.question.stay)
	if a.guard.closed || a.place.Text != "Công đoàn Công ty May Việt Tiến" || a.note.Text != "Theo đơn ngày 01/11" {
		t.Errorf("after Ở lại: closed %v, place %q, note %q", a.guard.closed, a.place.Text, a.note.Text)
	}
	u.keyDialog(fyne.KeyEscape) // the Hủy button has the cancel icon: Escape asks too
	if u.question == nil {
		t.Fatal("Escape: no question")
	}
	test.Tap(u.question.discard)
	if !a.guard.closed || events() != before {
		t.Errorf("after Không lưu: closed %v, %d events, want %d", a.guard.closed, events(), before)
	}
	a = u.page.showAction(data.EventTransferOut)
	test.Type(a.place, "Công đoàn Công ty May Việt Tiến")
	test.Tap(a.cancel)
	test.Tap(u.question.save)
	if !a.guard.closed || events() != before+1 || u.page.m.Status != data.StatusTransferred {
		t.Errorf("after Lưu: closed %v, %d events, status %s", a.guard.closed, events(), u.page.m.Status)
	}
}

func TestUnitNameDialogAsksBeforeDroppingText(t *testing.T) {
	u, store := newTestUI(t)
	s := &unitsScreen{ui: u}
	u.setBody(s.build())
	s.add()
	g := u.dialogGuard
	if g == nil {
		t.Fatal("the name dialog is not guarded")
	}
	e := g.part.root.(*formEntry)
	test.Type(e, "Tổ Cắt")
	u.keyDialog(fyne.KeyEscape)
	if u.question == nil {
		t.Fatal("Escape with a typed name: no question")
	}
	test.Tap(u.question.stay)
	if g.closed || e.Text != "Tổ Cắt" {
		t.Errorf("after Ở lại: closed %v, text %q", g.closed, e.Text)
	}
	u.keyDialog(fyne.KeyEscape)
	test.Tap(u.question.discard)
	if us, _ := store.Units(context.Background()); !g.closed || len(us) != 0 {
		t.Errorf("after Không lưu: closed %v, units %+v", g.closed, us)
	}
}

// The import's column choices cannot be saved apart from the import: leaving
// after changing them asks "Bỏ những gì vừa nhập?" (Bỏ / Ở lại); unchanged, the
// wizard is left at once.
func TestImporterAsksBeforeDroppingChosenColumns(t *testing.T) {
	u, _ := newIOTestUI(t, "Nguyễn Văn An")
	u.files.open = func(_ []string, done func(string)) { done(fixture) }
	reports := sectionIndex(t, u, "Báo cáo")
	open := func() *importer {
		u.showImporter()
		imp := u.importer
		imp.chooseFile()
		if imp.mapping == nil {
			t.Fatal("the mapping step did not open")
		}
		return imp
	}
	open()
	u.nav.Select(reports)
	if u.question != nil || u.current != reports {
		t.Fatalf("unchanged mapping: question %v, section %d", u.question, u.current)
	}
	imp := open()
	imp.selects[6].SetSelected("Chức vụ công đoàn")
	u.nav.Select(sectionIndex(t, u, "Tổng quan"))
	q := u.question
	if q == nil || q.save != nil || q.discard.Text != "Bỏ" {
		t.Fatalf("no \"Bỏ những gì vừa nhập?\" question: %+v", q)
	}
	test.Tap(q.stay)
	if u.importer != imp || !onScreen(u.win.Content(), imp.body) || imp.selects[6].Selected != "Chức vụ công đoàn" {
		t.Errorf("after Ở lại the mapping is gone: %q", imp.selects[6].Selected)
	}
	u.keyDialog(fyne.KeyReturn) // no question: Enter goes to the wizard, never discards
	closed := false
	u.closeWindow = func() { closed = true }
	u.requestClose()
	if u.question == nil || closed {
		t.Fatalf("closing the window: question %v, closed %v", u.question, closed)
	}
	u.keyDialog(fyne.KeyReturn) // Enter on "Bỏ những gì vừa nhập?" does not discard
	if closed || u.question == nil {
		t.Fatalf("Enter discarded: closed %v", closed)
	}
	test.Tap(u.question.discard)
	if !closed {
		t.Error("Bỏ did not close the window")
	}
}

// The Số dư đầu kỳ dialog of the cash book asks the same before dropping typed figures.
func TestCashSetupDialogAsksBeforeDroppingFigures(t *testing.T) {
	u, store := newTestUI(t)
	u.showCashSetup()
	d := u.rec.cashSetup
	g := u.dialogGuard
	if d == nil || g == nil {
		t.Fatal("the Số dư đầu kỳ dialog is not open and guarded")
	}
	test.Type(d.cash, "1.250.000")
	u.keyDialog(fyne.KeyEscape)
	if u.question == nil {
		t.Fatal("Escape with a typed figure: no question")
	}
	test.Tap(u.question.stay)
	if g.closed || d.cash.Text != "1.250.000" {
		t.Errorf("after Ở lại: closed %v, cash %q", g.closed, d.cash.Text)
	}
	u.keyDialog(fyne.KeyEscape)
	test.Tap(u.question.discard)
	if c, err := store.CashSetup(context.Background()); err != nil || !g.closed || c.Opening.Cash != 0 {
		t.Errorf("after Không lưu: closed %v, opening %+v (%v)", g.closed, c.Opening, err)
	}
}
