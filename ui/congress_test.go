package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

func TestCongressPlanChecksAsTheChairTypes(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An", "Lê Thị Hoa", "Trần Văn Cường")
	u.openRecord(data.RecordRef{Kind: data.KindCongress})
	f := u.rec.congress
	if f == nil {
		t.Fatal("no congress form")
	}
	if f.number.Text != "1" || f.members.Text != "3" || f.form.value() != data.FormGeneral {
		t.Errorf("defaults: number %q, members %q, form %s", f.number.Text, f.members.Text, f.form.value())
	}
	f.members.SetText("")
	test.Type(f.members, "250")
	if !strings.Contains(f.checks.Text, "tổ chức đại hội đại biểu") || f.checks.Importance != widget.DangerImportance {
		t.Errorf("250 members in a toàn thể congress: %q", f.checks.Text)
	}
	f.form.set(data.FormDelegate)
	test.Type(f.called, "60")
	if !strings.Contains(f.checks.Text, "ít nhất 75") {
		t.Errorf("60 delegates: %q", f.checks.Text)
	}
	f.called.SetText("120")
	test.Type(f.guests, "19")
	if !strings.Contains(f.checks.Text, "Khách mời không quá 15%") || !strings.Contains(f.checks.Text, "Kế hoạch 22/KH-TLĐ") {
		t.Errorf("19 guests for 120: %q", f.checks.Text)
	}
	f.guests.SetText("10")
	test.Type(f.bchSize, "11")
	if !strings.Contains(f.checks.Text, "tối đa 9 ủy viên") {
		t.Errorf("BCH 11 for 250 members: %q", f.checks.Text)
	}
	f.bchSize.SetText("9")
	test.Type(f.present, "79")
	if !strings.Contains(f.quorum.Text, "Chưa đủ điều kiện") {
		t.Errorf("79 of 120: %q", f.quorum.Text)
	}
	f.present.SetText("80")
	if !strings.Contains(f.quorum.Text, "Đủ điều kiện") || strings.Contains(f.quorum.Text, "Chưa") {
		t.Errorf("80 of 120 makes 2/3: %q", f.quorum.Text)
	}
	if !strings.Contains(f.checks.Text, "Kế hoạch đúng quy định") {
		t.Errorf("a valid plan: %q", f.checks.Text)
	}
	test.Type(f.date.entry, "20/11/2025")
	f.candidates.add(data.CongressCandidate{Body: data.BodyBCH, Name: "Người Ngoài Sổ"})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldCandidate); !strings.Contains(msg, "không có trong sổ đoàn viên") {
		t.Errorf("a candidate outside the register: %q", msg)
	}
	if cs, _ := data.Congresses.Store(store).List(context.Background()); len(cs) != 0 {
		t.Fatal("a refused congress was stored")
	}
}

func TestCongressCountAndRecognitionDeadline(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An", "Lê Thị Hoa", "Trần Văn Cường")
	u.openRecord(data.RecordRef{Kind: data.KindCongress})
	f := u.rec.congress
	test.Type(f.date.entry, "20/11/2025")
	test.Tap(f.allMembers)
	if len(f.delegates.rows) != 3 {
		t.Fatalf("%d delegates from the register, want 3", len(f.delegates.rows))
	}
	for _, n := range []string{"Lê Thị Hoa", "Nguyễn Văn An", "Trần Văn Cường"} {
		f.candidates.add(data.CongressCandidate{Body: data.BodyBCH, Name: n})
	}
	f.elections.add(electionEntry{})
	row := f.ballots[len(f.ballots)-1]
	test.Tap(row.fromList)
	setElection(t, row, 2, 10, 10, 10, 0, map[string]int{"Nguyễn Văn An": 8, "Lê Thị Hoa": 6, "Trần Văn Cường": 6})
	result := row.result
	if !strings.Contains(result.Text, "bằng phiếu, bầu lại") || result.Importance != widget.WarningImportance {
		t.Errorf("a tie at the last seat: %q", result.Text)
	}
	setElection(t, row, 2, 10, 11, 10, 1, nil)
	if !strings.Contains(row.result.Text, "nhiều hơn phiếu phát ra") {
		t.Errorf("collected > issued: %q", row.result.Text)
	}
	test.Tap(f.save)
	if cs, _ := data.Congresses.Store(store).List(context.Background()); len(cs) != 0 {
		t.Fatal("an inconsistent count was stored")
	}
	setElection(t, row, 2, 10, 10, 10, 0, nil)
	f.firstBCH.entry.SetText("")
	test.Type(f.firstBCH.entry, "20/11/2025")
	// 10 working days after Thursday 20/11/2025: Thursday 4/12/2025.
	if !strings.Contains(f.deadline.Text, "Hạn gửi hồ sơ đề nghị công nhận: 04/12/2025") {
		t.Errorf("deadline: %q", f.deadline.Text)
	}
	test.Tap(f.save)
	noErrors(t, u.rec.congress.recordForm)
	cs, err := data.Congresses.Store(store).List(context.Background())
	if err != nil || len(cs) != 1 {
		t.Fatalf("%d congresses stored (%v)", len(cs), err)
	}
	c := cs[0]
	if len(c.Delegates) != 3 || len(c.Votes) != 3 || c.Candidates[0].MemberID == 0 || c.Candidates[0].Nationality != data.Vietnam {
		t.Errorf("stored %+v", c)
	}
	if got := c.ElectedTo(data.BodyBCH, data.BaseCollected); len(got) != 1 || got[0] != "Nguyễn Văn An" {
		t.Errorf("elected in round 1 = %v", got)
	}
	u.backToSection(data.KindCongress)
}

// setElection types the numbers of an election row, and the votes when given.
func setElection(t *testing.T, w *electionWidgets, seats, issued, collected, valid, invalid int, votes map[string]int) {
	t.Helper()
	for e, n := range map[*formEntry]int{w.seats: seats, w.issued: issued, w.collected: collected, w.valid: valid, w.invalid: invalid} {
		e.SetText(strconv.Itoa(n))
	}
	for name, v := range votes {
		e := w.voteEntries[name]
		if e == nil {
			t.Fatalf("no vote row for %s", name)
		}
		e.SetText(strconv.Itoa(v))
	}
}
