package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The Ban nữ công: two heads are refused, one saves; the Việc cần làm item
// asking for one (10 women, the default threshold) goes once it is recorded.
func TestWomenCommitteeThroughTheForm(t *testing.T) {
	names := []string{}
	for _, n := range []string{"An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hoa", "Lan", "Mai", "Nga"} {
		names = append(names, "Nguyễn Thị "+n)
	}
	u, store := newTestUI(t, names...)
	ctx := context.Background()
	s := openOverview(t, u)
	i, _ := todoFor(t, s, "Thành lập Ban nữ công quần chúng: công đoàn có 10 đoàn viên nữ")
	s.list.OnSelected(i)
	f := u.rec.emu.women
	if f == nil {
		t.Fatal("the todo did not open the Ban nữ công form")
	}
	f.members.add(data.CommitteeMember{Name: "Nguyễn Thị An", Role: data.RoleCommitteeHead})
	f.members.add(data.CommitteeMember{Name: "Nguyễn Thị Bình", Role: data.RoleCommitteeHead})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldWcMembers); !strings.Contains(msg, "chỉ có một Trưởng ban") {
		t.Errorf("two heads: %q", msg)
	}
	if cs, _ := data.WomenCommittees.Store(store).List(ctx); len(cs) != 0 {
		t.Fatal("a refused committee was saved")
	}
	f.members.rows = f.members.rows[:1]
	f.members.add(data.CommitteeMember{Name: "Nguyễn Thị Bình", Role: data.RoleCommitteeDeputy})
	test.Tap(f.save)
	noErrors(t, u.rec.emu.women.recordForm)
	cs, _ := data.WomenCommittees.Store(store).List(ctx)
	if len(cs) != 1 || cs[0].Head() != "Nguyễn Thị An" || len(cs[0].Members) != 2 {
		t.Fatalf("stored %+v", cs)
	}
	s = openOverview(t, u)
	if _, ok := findTitle(s.todos, "Thành lập Ban nữ công"); ok {
		t.Error("the Ban nữ công is still asked for")
	}
}

// An activity: choosing Trung thu fills its lunar day; its gifts are the
// finance danh sách ký nhận it links to (one money path), which it can open.
func TestWomenActivityThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Thị Mai")
	ctx := context.Background()
	l := &data.SignList{Date: day(2026, 9, 20), Title: "Quà Trung thu 2026", Category: "C05",
		Rows: []data.SignRow{{Name: "Nguyễn Thị Hoa", Amount: 150_000}, {Name: "Lê Thị Mai", Amount: 150_000}}}
	if err := data.SignLists.Store(store).Create(ctx, l); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindWomenActivity})
	f := u.rec.emu.activity
	f.occasion.set(data.OccasionMidAutumn)
	if f.date.entry.Text != "25/09/2026" {
		t.Errorf("Trung thu 2026 filled as %q", f.date.entry.Text)
	}
	if !f.gifts.openList.Disabled() {
		t.Error("'Mở danh sách' is enabled with no list chosen")
	}
	f.gifts.choice.set(l.ID)
	if f.gifts.openList.Disabled() || !strings.Contains(f.gifts.choice.Selected, "2 người, 300.000") {
		t.Errorf("chosen list shown as %q", f.gifts.choice.Selected)
	}
	test.Tap(f.save)
	noErrors(t, u.rec.emu.activity.recordForm)
	as, _ := data.WomenActivities.Store(store).List(ctx)
	if len(as) != 1 || as[0].Occasion != data.OccasionMidAutumn || as[0].SignListID != l.ID {
		t.Fatalf("stored %+v", as)
	}
	f = u.rec.emu.activity
	test.Tap(f.gifts.openList)
	if sf := u.rec.signList; sf == nil || sf.stored == nil || sf.stored.ID != l.ID {
		t.Error("'Mở danh sách' did not open the danh sách ký nhận")
	}
}

// "Giỏi việc nước, đảm việc nhà": a registrant without a name is refused; results save.
func TestGoodAtWorkThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindGoodAtWork})
	f := u.rec.emu.goodAtWork
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldGwRegistrants); msg == "" {
		t.Error("an empty registration was not refused")
	}
	f.people.add(data.Registrant{Name: "Nguyễn Thị Hoa", Result: data.ResultPassed})
	test.Type(f.reviewed.entry, "20/11/2026")
	test.Tap(f.save)
	noErrors(t, u.rec.emu.goodAtWork.recordForm)
	gs, _ := data.GoodAtWorks.Store(store).List(ctx)
	if len(gs) != 1 || gs[0].Passed() != 1 {
		t.Fatalf("stored %+v", gs)
	}
}
