package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// "In bảng thu" on the Đoàn phí tab (issue 13): a month without kept rows says
// so; a kept month opens Báo cáo on the bảng thu đoàn phí of that month.
func TestDuesPrintButton(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An")
	rows, _ := store.MemberRows(u.ctx)
	if err := store.SaveDues(u.ctx, day(2026, 10, 1), []data.DuesEntry{{MemberID: rows[0].ID, Amount: 60_000_000}}, ""); err != nil {
		t.Fatal(err)
	}
	u.open(financeSectionIndex(u))
	d := u.rec.dues
	printBtn := d.actions[len(d.actions)-1]
	test.Tap(printBtn) // November: nothing kept
	if !strings.Contains(d.status.Text, "Tháng 11/2026 chưa lưu dòng đoàn phí nào") {
		t.Fatalf("status: %q", d.status.Text)
	}
	d.month.set(day(2026, 10, 1))
	test.Tap(printBtn)
	s := u.rec.reports
	if s == nil || s.kind == nil || s.kind.Name != "dues-sheet" || u.sections[u.current].title != "Báo cáo" {
		t.Fatalf("Báo cáo not opened on the dues sheet: %+v", s)
	}
	req, err := s.request()
	if err != nil || req.ID != 202610 || req.Year != 2026 {
		t.Fatalf("request %+v %v (subject %q)", req, err, s.subject.Selected)
	}
	shot(t, u, "dues-print")
}
