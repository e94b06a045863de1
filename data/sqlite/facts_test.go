package sqlite_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
)

// Issue 11 point 2: the sổ văn bản đi stays in date order within a type and year.
func TestDocOrderAsksForConfirmation(t *testing.T) {
	s := mustOpen(t)
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	first := data.OutgoingDoc{Type: data.DocTypeNotice, Date: day(12, 3), Subject: "Danh sách đại diện"}
	must(t, s.IssueDoc(ctx, &first))
	early := data.OutgoingDoc{Type: data.DocTypeNotice, Date: day(8, 1), Subject: "Nội dung đối thoại"}
	err := s.IssueDoc(ctx, &early)
	if data.ErrorCode(err) != data.ECONFIRM || !strings.Contains(data.ErrorMessage(err), "01/TB-CĐCS đã cấp ngày 03/12/2026") {
		t.Fatalf("TB 02 dated before TB 01: %v", err)
	}
	must(t, s.IssueDoc(data.Confirmed(ctx), &early))
	if early.Number != 2 {
		t.Errorf("confirmed number %d", early.Number)
	}
	// Moving a date across a neighbour asks too; another type is unaffected.
	first.Date = day(12, 10)
	if data.ErrorCode(s.UpdateDoc(ctx, &first)) != data.ECONFIRM {
		t.Error("an edit out of order was not asked about")
	}
	sub := data.OutgoingDoc{Type: data.DocTypeSubmission, Date: day(1, 5)}
	must(t, s.IssueDoc(ctx, &sub))
	if sub.NumberText() != "01/TTr-CĐCS" {
		t.Errorf("tờ trình numbered %q", sub.NumberText())
	}
}

// Issue 11 point 1: a decision is recorded on each member it admits, once.
func TestIssueDecision(t *testing.T) {
	s := mustOpen(t)
	// today is the store's clock (helpers_test.go).
	add := func(name string) *data.Member {
		m := &data.Member{Sex: data.SexFemale, JoinKind: data.JoinAdmitted, JoinDate: today.AddDate(0, 0, -10)}
		m.SetFullName(name)
		must(t, s.CreateMember(ctx, m))
		return m
	}
	a, b, c := add("Phan Thị Hoa"), add("Vũ Thị Lan"), add("Lý Thị Nga")
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: c.ID, Kind: data.EventLeft, Date: today.AddDate(0, 0, -1)}))

	bad := data.OutgoingDoc{Type: data.DocTypeDecision, Date: today, Kind: "admission", Ref: "members:x"}
	if err := s.IssueDecision(ctx, &bad, []int64{a.ID, c.ID}); data.ErrorCode(err) != data.EINVALID || !strings.Contains(err.Error(), "Lý Thị Nga") {
		t.Fatalf("a leaver in a new decision: %v", err)
	}
	if docs, _ := s.OutgoingDocs(ctx, 2026); len(docs) != 0 {
		t.Fatalf("a refused decision left %d entries", len(docs))
	}
	dec := data.OutgoingDoc{Type: data.DocTypeDecision, Date: today, Kind: "admission", Ref: "members:1,2", Subject: "Về việc kết nạp đoàn viên công đoàn"}
	must(t, s.IssueDecision(ctx, &dec, []int64{a.ID, b.ID}))
	for _, id := range []int64{a.ID, b.ID} {
		m, err := s.Member(ctx, id)
		must(t, err)
		if m.DecisionNumber != "01/QĐ-CĐCS" || !m.DecisionDate.Equal(dec.Date) {
			t.Errorf("member %d: %q %v", id, m.DecisionNumber, m.DecisionDate)
		}
	}
	again := data.OutgoingDoc{Type: data.DocTypeDecision, Date: today, Kind: "admission", Ref: "members:9"}
	if err := s.IssueDecision(ctx, &again, []int64{b.ID}); data.ErrorCode(err) != data.EINVALID || !strings.Contains(err.Error(), "đã có quyết định kết nạp số 01/QĐ-CĐCS") {
		t.Errorf("a second decision for the same person: %v", err)
	}
}

// Issue 11 point 5: a figure that is not a number is not saved.
func TestNarrativeFiguresAreChecked(t *testing.T) {
	s := mustOpen(t)
	p := data.YearPeriod(2026)
	err := s.SaveNarrative(ctx, p, data.Narrative{data.NarrPropaganda: "Tuyên truyền", data.FigAverageWages: "312,450,000"})
	if data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("saved %v", err)
	}
	if n, _ := s.Narrative(ctx, p); len(n) != 0 {
		t.Errorf("a refused save kept %v", n)
	}
}
