package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// Tỷ lệ theo nghị quyết (issue 13 point 1): a rate without its resolution, or
// from a month already kept, is refused with its message; a whole one is kept and
// the sheet of its month computes at it.
func TestDuesRateDialog(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An")
	rows, _ := store.MemberRows(u.ctx)
	if err := store.SaveDues(u.ctx, day(2026, 10, 1), []data.DuesEntry{{MemberID: rows[0].ID, Amount: 20_000_000}}, ""); err != nil {
		t.Fatal(err)
	}
	u.open(financeSectionIndex(u))
	u.rec.dues.showRates()
	d := u.rec.duesRate
	if d == nil {
		t.Fatal("no dialog")
	}
	d.from.set(day(2026, 10, 1))
	d.rate.SetText("1%")
	test.Tap(d.save)
	if !strings.Contains(d.msg.Text, "cần nghị quyết của Ban Chấp hành mở rộng") {
		t.Errorf("no resolution: %q", d.msg.Text)
	}
	d.number.SetText("05/NQ-CĐCS")
	d.date.set(day(2026, 9, 20), false)
	test.Tap(d.save)
	if !strings.Contains(d.msg.Text, "phải được ghi vào quy chế chi tiêu nội bộ") {
		t.Errorf("not in the quy chế: %q", d.msg.Text)
	}
	d.inQuyChe.SetChecked(true)
	test.Tap(d.save)
	if !strings.Contains(d.msg.Text, "Tháng 10/2026 đã lưu đoàn phí theo tỷ lệ cũ: áp dụng từ tháng 11/2026") {
		t.Errorf("a kept month: %q", d.msg.Text)
	}
	shot(t, u, "dues-rate")
	d.from.set(day(2026, 11, 1))
	test.Tap(d.save)
	rates, err := store.DuesRates(u.ctx)
	if err != nil || len(rates) != 1 || rates[0].RateBP != 100 || rates[0].Resolution.Number != "05/NQ-CĐCS" || u.rec.duesRate != nil {
		t.Fatalf("kept: %+v %v (%q)", rates, err, d.msg.Text)
	}
	tab := u.rec.dues
	tab.month.set(day(2026, 11, 1))
	shot(t, u, "dues-tab-1366")
	u.win.Resize(fyne.NewSize(1024, 600))
	shot(t, u, "dues-tab-1024")
	if len(tab.rows) != 1 || tab.rows[0].Due != 200_000 {
		t.Errorf("November at 1%%: %+v", tab.rows)
	}
}
