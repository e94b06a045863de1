package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// Cài đặt, finance part (issue 13): a bad deadline is refused at its field; the
// mức lương cơ sở may not change a month whose đoàn phí is kept, and from the
// month after it is saved and moves the cap; "Về mặc định" puts the §A.5
// defaults back, saved by the one Lưu.
func TestFinanceSettings(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An")
	rows, _ := store.MemberRows(u.ctx)
	if err := store.SaveDues(u.ctx, day(2026, 10, 1), []data.DuesEntry{{MemberID: rows[0].ID, Amount: 60_000_000}}, ""); err != nil {
		t.Fatal(err)
	}
	u.nav.Select(len(u.sections) - 1)
	s, scr := u.rec.settings, u.rec.setScreen
	f := s.finance
	f.year.SetText("15/04")
	f.remitDay.SetText("32")
	test.Tap(scr.save)
	if msg, _ := fieldMessage(s.recordForm, data.FieldSetYearSettlement); !strings.Contains(msg, "trước 31/3") {
		t.Errorf("yearly settlement 15/04: %q", msg)
	}
	if msg, _ := fieldMessage(s.recordForm, data.FieldSetDuesRemitDay); !strings.Contains(msg, "từ 1 đến 31") {
		t.Errorf("day 32: %q", msg)
	}
	f.year.SetText("28/02")
	f.remitDay.SetText("20")
	f.salaries.add(data.BaseSalary{From: day(2026, 10, 1), Amount: 2_800_000})
	test.Tap(scr.save)
	msg, _ := fieldMessage(s.recordForm, data.FieldSetBaseSalaries)
	if !strings.Contains(msg, "Tháng 10/2026 đã lưu đoàn phí theo mức lương cơ sở 2.530.000 đ") || !strings.Contains(msg, "từ tháng 11/2026") {
		t.Errorf("a new amount for a kept month: %q", msg)
	}
	if rs, _ := data.LoadRuleSettings(u.ctx, store); rs.FinanceDeadlines.DuesRemitDay != 31 {
		t.Fatal("something was saved while an error stood")
	}
	later := s.rs
	later.Finance.BaseSalaries = append(data.DefaultBaseSalaries(), data.BaseSalary{From: day(2026, 11, 1), Amount: 2_800_000})
	f.show(u, later)
	f.year.SetText("28/02")
	f.remitDay.SetText("20")
	test.Tap(scr.save)
	if scr.summary.Importance != widget.SuccessImportance {
		t.Fatalf("not saved: %q", scr.summary.Text)
	}
	rs, _ := data.LoadRuleSettings(u.ctx, store)
	if rs.FinanceDeadlines.DuesRemitDay != 20 || rs.FinanceDeadlines.YearSettlement != (data.MonthDay{Month: 2, Day: 28}) || len(rs.Finance.BaseSalaries) != 3 {
		t.Fatalf("saved: %+v %+v", rs.FinanceDeadlines, rs.Finance.BaseSalaries)
	}
	d, _ := data.ComputeDues(data.DuesInput{Month: day(2026, 11, 1), Base: data.DuesBaseBHXH, Amount: 60_000_000}, rs.Finance)
	if d.Due != 280_000 {
		t.Errorf("the cap of 11/2026 follows the new amount: %d", d.Due)
	}
	for _, size := range []fyne.Size{{Width: 1366, Height: 768}, {Width: 1024, Height: 600}} {
		u.win.Resize(size)
		scrollTo(scr.scroll, f.object)
		shot(t, u, fmt.Sprintf("settings-finance-%.0f", size.Width))
		scrollTo(scr.scroll, f.salaryBox)
		shot(t, u, fmt.Sprintf("settings-finance-salaries-%.0f", size.Width))
	}
	test.Tap(f.reset)
	if f.remitDay.Text != "31" || f.year.Text != "31/01" || len(f.salaries.rows) != 2 {
		t.Errorf("defaults on screen: %q %q %d", f.remitDay.Text, f.year.Text, len(f.salaries.rows))
	}
}

// scrollTo scrolls s so that o is at its top, for a screenshot.
func scrollTo(s *container.Scroll, o fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	s.Offset.Y = d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	s.Refresh()
}
