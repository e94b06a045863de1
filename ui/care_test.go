package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The Tết form: a new campaign is for the coming Tết (2027 on 21/11/2026) with
// its day and the pay plan's last day shown; a pay plan published after Tết −
// 20 days is warned at its field and still saved; a person without a name is
// refused.
func TestTetThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hoa")
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindTet})
	f := u.rec.emu.tet
	if f.year.Text != "2027" || !strings.Contains(f.tetDay.Text, "06/02/2027") || !strings.Contains(f.payDue.Text, "17/01/2027") {
		t.Errorf("coming Tết shown as %q, %q, %q", f.year.Text, f.tetDay.Text, f.payDue.Text)
	}
	f.year.SetText("2026")
	if !strings.Contains(f.payDue.Text, "28/01/2026") {
		t.Errorf("Tết 2026's last day shown as %q", f.payDue.Text)
	}
	f.people.add(data.TetPerson{Unit: "Tổ May 1", Gift: 500_000})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldTetPeople); !strings.Contains(msg, "Dòng 1: cần họ và tên") {
		t.Errorf("nameless row: %q", msg)
	}
	if ts, _ := data.TetCampaigns.Store(store).List(ctx); len(ts) != 0 {
		t.Fatal("a refused campaign was saved")
	}
	f.people.rows = f.people.rows[:0]
	f.people.add(data.TetPerson{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Hometown: "Thanh Hóa", Staying: true, Gift: 500_000, FromUnion: true})
	test.Type(f.payPlan.entry, "29/01/2026")
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldTetPayPlan); !strings.Contains(msg, "muộn: chậm nhất ngày 28/01/2026") {
		t.Errorf("late pay plan: %q", msg)
	}
	ts, _ := data.TetCampaigns.Store(store).List(ctx)
	if len(ts) != 1 || ts[0].LunarYear != 2026 || len(ts[0].People) != 1 || !ts[0].People[0].Staying {
		t.Fatalf("stored %+v", ts)
	}
}

// The Party introduction form: a name is needed; the admission date is only
// kept with the outcome "kết nạp".
func TestPartyIntroThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Trần Văn Nam")
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindPartyIntro})
	f := u.rec.emu.partyIntro
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldPiName); msg == "" {
		t.Error("an introduction without a name was not refused")
	}
	f.person.name.SetText("Trần Văn Nam")
	f.cell.SetText("Chi bộ Công ty")
	test.Type(f.admitted.entry, "01/11/2026")
	test.Tap(f.save)
	noErrors(t, u.rec.emu.partyIntro.recordForm)
	ps, _ := data.PartyIntros.Store(store).List(ctx)
	if len(ps) != 1 || ps[0].Name != "Trần Văn Nam" || !ps[0].Admitted.IsZero() || ps[0].Outcome != data.IntroPending {
		t.Fatalf("stored %+v", ps)
	}
}
