package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The year's thi đua through its form: the sheet scores, a typing mistake in
// points is refused at the sheet and nothing is saved, then the corrected
// sheet saves with the level the totals give.
func TestEmulationThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindEmulation})
	f := u.rec.emu.emulation
	f.criteria.add(data.Criterion{Group: "I", Item: "Hội nghị người lao động", Max: 600, Self: 450})
	f.criteria.add(data.Criterion{Group: "II", Item: "Phát triển đoàn viên", Max: 400, Self: 400})
	f.updateTotals()
	if !strings.Contains(f.totals.Text, "Tổng tự chấm 85/100 điểm: Hoàn thành xuất sắc nhiệm vụ") {
		t.Errorf("totals: %q", f.totals.Text)
	}
	// A mistyped score: refused with the message at the sheet, nothing written.
	f.criteria.add(data.Criterion{Group: "II", Item: "Đoàn phí", Max: 100})
	row := f.criteria.rows[2].object
	var self *formEntry
	walkEntries(row, func(e *formEntry) {
		if e.PlaceHolder == "tự chấm" {
			self = e
		}
	})
	test.Type(self, "5,55")
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldEmuCriteria); !strings.Contains(msg, "5,55") {
		t.Errorf("message at the sheet: %q", msg)
	}
	if es, _ := data.Emulations.Store(store).List(ctx); len(es) != 0 {
		t.Fatalf("a refused sheet was saved: %+v", es)
	}
	self.SetText("5")
	test.Tap(f.save)
	noErrors(t, u.rec.emu.emulation.recordForm)
	es, _ := data.Emulations.Store(store).List(ctx)
	if len(es) != 1 || len(es[0].Criteria) != 3 || es[0].SelfTotal() != 900 || es[0].Year != today.Year() {
		t.Fatalf("stored %+v", es)
	}
	// A new year starts from the latest sheet's criteria, scores cleared.
	u.openRecord(data.RecordRef{Kind: data.KindEmulation})
	g := u.rec.emu.emulation
	var ps data.Problems
	if cs := g.criteria.values(&ps); len(cs) != 3 || cs[0].Item != "Hội nghị người lao động" || cs[0].Self != 0 || cs[0].Max != 600 {
		t.Errorf("new year's sheet: %+v", cs)
	}
	u.backToSection(data.KindEmulation)
	if got := u.rec.emu.tabs.SelectedIndex(); got != 0 {
		t.Errorf("back on tab %d", got)
	}
}

// walkEntries calls f for every formEntry under o.
func walkEntries(o fyne.CanvasObject, f func(*formEntry)) {
	walk(o, func(c fyne.CanvasObject) {
		if e, ok := c.(*formEntry); ok {
			f(e)
		}
	})
}

// An award through its form: recipients with amounts; no recipient is refused.
func TestAwardThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hoa")
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindAward})
	f := u.rec.emu.award
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldAwdRecipients); msg == "" {
		t.Error("an award without recipients was not refused")
	}
	f.recipients.add(data.Awardee{Name: "Nguyễn Thị Hoa", Title: "Đoàn viên công đoàn xuất sắc", Amount: 300_000})
	f.recipients.add(data.Awardee{Name: "Tổ May 1", Collective: true, Title: "Tổ công đoàn vững mạnh", Amount: 500_000})
	f.updateTotal()
	if !strings.Contains(f.total.Text, "800.000") {
		t.Errorf("total: %q", f.total.Text)
	}
	test.Tap(f.save)
	noErrors(t, u.rec.emu.award.recordForm)
	as, _ := data.Awards.Store(store).List(ctx)
	if len(as) != 1 || as[0].Total() != 800_000 || as[0].Level != data.AwardByCDCS || as[0].Form != "Giấy khen" || !as[0].Recipients[1].Collective {
		t.Fatalf("stored %+v", as)
	}
}

// A proposal: the votes decide who goes on the list; more votes than members present is refused.
func TestProposalThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindProposal})
	f := u.rec.emu.proposal
	test.Type(f.total, "7")
	test.Type(f.present, "6")
	f.nominees.add(data.Awardee{Name: "Trần Văn An", Title: "Đoàn viên công đoàn xuất sắc", VotesFor: 4, VotesAgainst: 2})
	f.nominees.add(data.Awardee{Name: "Lê Thị Bình", Title: "Đoàn viên công đoàn xuất sắc", VotesFor: 3, VotesAgainst: 4})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldPropNominees); !strings.Contains(msg, "lớn hơn số ủy viên có mặt") {
		t.Errorf("7 votes of 6 present: %q", msg)
	}
	if ps, _ := data.Proposals.Store(store).List(ctx); len(ps) != 0 {
		t.Fatal("a refused proposal was saved")
	}
	f.nominees.rows = f.nominees.rows[:1]
	f.nominees.add(data.Awardee{Name: "Lê Thị Bình", Title: "Đoàn viên công đoàn xuất sắc", VotesFor: 3, VotesAgainst: 3})
	f.updateResult()
	if !strings.Contains(f.result.Text, "1/2 — Trần Văn An") {
		t.Errorf("result: %q", f.result.Text)
	}
	test.Tap(f.save)
	noErrors(t, u.rec.emu.proposal.recordForm)
	ps, _ := data.Proposals.Store(store).List(ctx)
	if len(ps) != 1 || len(ps[0].Agreed()) != 1 {
		t.Fatalf("stored %+v", ps)
	}
}

// The thresholds: out of order refused with a message and nothing stored; the preset restores 85/70/50.
func TestRatingSettings(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	s := newRatingSettings(u)
	s.content()
	s.good.SetText("90")
	if s.save() || !s.message.Visible() || !strings.Contains(s.message.Text, "tăng dần") {
		t.Fatalf("out of order thresholds: saved or message %q", s.message.Text)
	}
	if _, ok, _ := store.Setting(ctx, data.KeyRatingGood); ok {
		t.Fatal("a refused threshold was stored")
	}
	s.preset()
	s.excellent.SetText("90")
	if !s.save() {
		t.Fatalf("refused: %q", s.message.Text)
	}
	rs, _ := data.LoadRuleSettings(ctx, store)
	if rs.Emulation.ExcellentPoints != 90 || rs.Emulation.GoodPoints != 70 {
		t.Errorf("stored %+v", rs.Emulation)
	}
}
