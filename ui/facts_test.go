package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// Issue 11 points 2 and 3 on the Báo cáo screen: a verdict is shown before
// printing and never printed; a number out of date order is asked about.
func TestReportsAskBeforePrinting(t *testing.T) {
	s, store, opened := newReportsScreen(t, "Nguyễn Thị Hường")
	ctx := context.Background()
	day := today.AddDate(0, -1, 3-today.Day())
	dl := &data.Dialogue{Kind: data.DialoguePeriodic, Date: day, Place: "Phòng họp",
		EmployerCount: 3, LegalRepPresent: true, RepsTotal: 10, RepsPresent: 5}
	if err := data.Dialogues.Store(store).Create(ctx, dl); err != nil {
		t.Fatal(err)
	}
	var asked []string
	answer := false
	s.ui.confirmHook = func(title, text string) bool { asked = append(asked, title+": "+text); return answer }

	s.chooseKind(t, "dialogue-minutes")
	test.Tap(s.generate)
	if len(asked) != 1 || !strings.Contains(asked[0], "chưa đủ điều kiện tiến hành") || len(*opened) != 0 {
		t.Fatalf("asked %q, opened %v", asked, *opened)
	}
	answer = true
	test.Tap(s.generate)
	if len(*opened) != 1 {
		t.Fatalf("not printed after yes: %q %s", asked, s.result.Text)
	}
	if text := textOf(t, (*opened)[0]); strings.Contains(text, "điều kiện") || !strings.Contains(text, "có mặt 5 trong tổng số 10") {
		t.Errorf("the minutes state a verdict or lack the count:\n%s", text)
	}

	// The biên bản took BB 01 on the meeting's day; another dated earlier asks first.
	asked, answer = nil, false
	s.chooseKind(t, "agreement-report")
	s.date.entry.SetText("")
	if err := store.IssueDoc(ctx, &data.OutgoingDoc{Type: data.DocTypeReport, Date: today, Subject: "Báo cáo quý"}); err != nil {
		t.Fatal(err)
	}
	s.date.entry.SetText(day.Format("02/01/2006"))
	test.Tap(s.generate)
	if len(asked) != 1 || !strings.Contains(asked[0], "không theo thứ tự ngày") || len(*opened) != 1 {
		t.Fatalf("out of order: asked %q, opened %v", asked, *opened)
	}
	answer = true
	test.Tap(s.generate)
	if len(*opened) != 2 || !strings.Contains(s.result.Text, "02/BC-CĐCS") {
		t.Errorf("confirmed: opened %v, %q", *opened, s.result.Text)
	}
}

// Issue 11 point 8: "lập thành 02 bản" comes from a setting the screen shows
// and remembers, not dots.
func TestMinutesCopiesSetting(t *testing.T) {
	s, store, opened := newReportsScreen(t, "Nguyễn Thị Hường")
	ctx := context.Background()
	dl := &data.Dialogue{Kind: data.DialoguePeriodic, Date: today.AddDate(0, -1, 3-today.Day()), Place: "Phòng họp",
		EmployerCount: 3, LegalRepPresent: true, RepsTotal: 10, RepsPresent: 9, Agreed: "Tăng tiền ăn ca."}
	if err := data.Dialogues.Store(store).Create(ctx, dl); err != nil {
		t.Fatal(err)
	}
	s.chooseKind(t, "dialogue-minutes")
	if s.copies.Text != "2" {
		t.Fatalf("copies shown %q", s.copies.Text)
	}
	s.copies.SetText("4")
	test.Tap(s.generate)
	if len(*opened) != 1 {
		t.Fatalf("not printed: %s", s.result.Text)
	}
	if text := textOf(t, (*opened)[0]); !strings.Contains(text, "Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản") {
		t.Errorf("copies:\n%s", text)
	}
	if v, _, _ := store.Setting(ctx, data.KeyMinutesCopies); v != "4" {
		t.Errorf("setting %q not remembered", v)
	}
}

// Issue 11 point 5: a typed figure with commas is refused before printing,
// naming the field, and nothing is saved or printed.
func TestTypedFigureRefused(t *testing.T) {
	s, store, opened := newReportsScreen(t, "Nguyễn Thị Hường")
	s.chooseKind(t, "statistics")
	s.narrative[data.FigAverageWages].SetText("312,450,000")
	var shown []string
	s.ui.confirmHook = func(title, text string) bool { shown = append(shown, text); return true }
	test.Tap(s.generate)
	if len(*opened) != 0 {
		t.Fatalf("printed %v", *opened)
	}
	if n, _ := store.Narrative(context.Background(), s.narrPeriod); n[data.FigAverageWages] != "" {
		t.Errorf("saved %q", n[data.FigAverageWages])
	}
	s.narrative[data.FigAverageWages].SetText("312.450.000")
	test.Tap(s.generate)
	if len(*opened) != 1 {
		t.Fatalf("not printed after the fix: %s", s.result.Text)
	}
	if text := textOf(t, (*opened)[0]); !strings.Contains(text, "312.450.000") {
		t.Errorf("figure not printed:\n%s", text)
	}
}
