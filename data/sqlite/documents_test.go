package sqlite_test

import (
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

func TestOutgoingDocs(t *testing.T) {
	s := mustOpen(t)
	issue := func(t *testing.T, d data.OutgoingDoc) data.OutgoingDoc {
		t.Helper()
		must(t, s.IssueDoc(ctx, &d))
		return d
	}
	t.Run("numbers run per type and year from 01", func(t *testing.T) {
		a := issue(t, data.OutgoingDoc{Type: data.DocTypeReport, Date: day(2026, 1, 5), Subject: "Báo cáo A"})
		b := issue(t, data.OutgoingDoc{Type: data.DocTypeReport, Date: day(2026, 2, 5), Subject: "Báo cáo B"})
		q := issue(t, data.OutgoingDoc{Type: data.DocTypeDecision, Date: day(2026, 2, 6), Subject: "Kết nạp"})
		n := issue(t, data.OutgoingDoc{Type: data.DocTypeReport, Date: day(2027, 1, 2), Subject: "Báo cáo năm sau"})
		got := []string{a.NumberText(), b.NumberText(), q.NumberText(), n.NumberText()}
		want := []string{"01/BC-CĐCS", "02/BC-CĐCS", "01/QĐ-CĐCS", "01/BC-CĐCS"}
		if joinComma(got) != joinComma(want) {
			t.Errorf("numbers %v, want %v", got, want)
		}
		if next, err := s.NextDocNumber(ctx, 2026, data.DocTypeReport); err != nil || next != 3 {
			t.Errorf("NextDocNumber = %d, %v; want 3", next, err)
		}
	})
	t.Run("a number already used is refused naming its document", func(t *testing.T) {
		d := data.OutgoingDoc{Type: data.DocTypeReport, Number: 2, Date: day(2026, 3, 1), Subject: "Khác"}
		wantError(t, s.IssueDoc(ctx, &d), data.ECONFLICT, "Số 02/BC-CĐCS đã cấp cho Báo cáo \"Báo cáo B\" ngày 05/02/2026")
	})
	t.Run("printing the same document again keeps its number", func(t *testing.T) {
		first := issue(t, data.OutgoingDoc{Type: data.DocTypeReport, Date: day(2026, 12, 20), Subject: "Tổng kết", Kind: "annual", Ref: "2026"})
		again := issue(t, data.OutgoingDoc{Type: data.DocTypeReport, Date: day(2026, 12, 28), Subject: "Tổng kết (sửa)", Kind: "annual", Ref: "2026"})
		if again.ID != first.ID || again.Number != first.Number || again.Number != 3 {
			t.Errorf("reprint got %s (id %d), first %s (id %d)", again.NumberText(), again.ID, first.NumberText(), first.ID)
		}
		docs, err := s.OutgoingDocs(ctx, 2026)
		must(t, err)
		if len(docs) != 4 || docs[0].Subject != "Tổng kết (sửa)" || !docs[0].Date.Equal(day(2026, 12, 28)) {
			t.Errorf("register of 2026: %+v", docs)
		}
		if l := data.LatestDoc(docs, "annual", "2026"); l == nil || l.ID != first.ID {
			t.Errorf("LatestDoc = %+v", l)
		}
	})
	t.Run("an entry can be renumbered, but not onto another's number", func(t *testing.T) {
		docs, err := s.OutgoingDocs(ctx, 2026)
		must(t, err)
		d := docs[0]
		d.Number = 1
		wantError(t, s.UpdateDoc(ctx, &d), data.ECONFLICT, "")
		d.Number, d.Symbol = 9, "bc-bch"
		must(t, s.UpdateDoc(ctx, &d))
		if d.NumberText() != "09/BC-BCH" || d.Kind != "annual" {
			t.Errorf("after edit: %s kind %q", d.NumberText(), d.Kind)
		}
		h, err := s.EntityHistory(ctx, sqlite.EntityDocument, d.ID)
		must(t, err)
		if len(h) == 0 || h[0].Field != "Số, ký hiệu" || h[0].Old != "03/BC-CĐCS" || h[0].New != "09/BC-BCH" {
			t.Errorf("history = %+v", h)
		}
		if next, _ := s.NextDocNumber(ctx, 2026, data.DocTypeReport); next != 10 {
			t.Errorf("next = %d, want 10", next)
		}
	})
	t.Run("every year lists all entries", func(t *testing.T) {
		docs, err := s.OutgoingDocs(ctx, 0)
		must(t, err)
		if len(docs) != 5 || docs[0].Year != 2027 {
			t.Errorf("%d entries, first %+v", len(docs), docs[0])
		}
	})
	t.Run("a bad entry is refused", func(t *testing.T) {
		d := data.OutgoingDoc{Type: data.DocTypeReport}
		wantError(t, s.IssueDoc(ctx, &d), data.EINVALID, "Cần nhập ngày ban hành")
	})
}

func TestNarrative(t *testing.T) {
	s := mustOpen(t)
	p := data.YearPeriod(2026)
	nfd := norm.NFD.String("Đánh giá: hoàn thành tốt nhiệm vụ.\r\nTồn tại: còn ít hoạt động.  ")
	must(t, s.SaveNarrative(ctx, p, data.Narrative{data.NarrAssessment: nfd, data.FigDues: "125.000.000"}))
	n, err := s.Narrative(ctx, p)
	must(t, err)
	if n[data.NarrAssessment] != "Đánh giá: hoàn thành tốt nhiệm vụ.\nTồn tại: còn ít hoạt động." || n[data.FigDues] != "125.000.000" {
		t.Errorf("narrative = %q", n)
	}
	if other, _ := s.Narrative(ctx, data.HalfYearPeriod(2026)); len(other) != 0 {
		t.Errorf("the half year shares the year's texts: %q", other)
	}
	must(t, s.SaveNarrative(ctx, p, data.Narrative{data.FigDues: ""}))
	if n, _ = s.Narrative(ctx, p); len(n) != 1 {
		t.Errorf("after clearing a figure: %q", n)
	}
	h, err := s.EntityHistory(ctx, sqlite.EntityNarrative, 20260)
	must(t, err)
	if len(h) != 3 || h[0].Field != "Đoàn phí công đoàn đã thu (đồng)" || h[0].Old != "125.000.000" {
		t.Errorf("history = %+v", h)
	}
	wantError(t, s.SaveNarrative(ctx, p, data.Narrative{"bogus": "x"}), data.EINVALID, "")
}

func TestMemberEventsBetween(t *testing.T) {
	s := mustOpen(t)
	a, b, c := member("Nguyễn Văn An"), member("Trần Thị Bình"), member("Lê Văn Cường")
	a.JoinDate = day(2026, 2, 1)
	mustCreate(t, s, a, b, c)
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: b.ID, Kind: data.EventTransferOut, Date: day(2026, 5, 1), Place: "CĐCS khác"}))
	must(t, s.TrashMember(ctx, c.ID))
	got, err := s.MemberEventsBetween(ctx, time.Time{}, day(2026, 12, 31))
	must(t, err)
	if len(got) != 3 || got[0].MemberID != a.ID || got[2].Kind != data.EventTransferOut || !got[2].Date.Equal(day(2026, 5, 1)) {
		t.Errorf("all events: %+v", got)
	}
	got, err = s.MemberEventsBetween(ctx, day(2026, 1, 1), day(2026, 4, 30))
	must(t, err)
	if len(got) != 1 || got[0].MemberID != a.ID {
		t.Errorf("events of January–April: %+v", got)
	}
}
