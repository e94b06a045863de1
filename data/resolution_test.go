package data_test

import (
	"testing"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Results against targets: counted from the training stats or typed, compared
// at exactly the target (Đạt), above (Vượt) and a tenth below (Chưa đạt).
func TestReviewTargetsAgainstResults(t *testing.T) {
	st := data.TrainingStats{Courses: 4, Attendances: 31, People: 17, BCH: 10, BCHTrained: 7, NewChairs: 1, NewChairsOK: 1}
	cases := []struct {
		target  data.ReviewTarget
		text    string
		compare string
	}{
		{data.ReviewTarget{Target: "≥ 70%", Measure: data.MeasureBCHTrained}, "70% (7/10)", "Đạt"},
		{data.ReviewTarget{Target: "70,1%", Measure: data.MeasureBCHTrained}, "70% (7/10)", "Chưa đạt"},
		{data.ReviewTarget{Target: "100%", Measure: data.MeasureNewChairs}, "100% (1/1)", "Đạt"},
		{data.ReviewTarget{Target: "3 lớp/năm", Measure: data.MeasureCourses}, "4", "Vượt"},
		{data.ReviewTarget{Target: "30", Measure: data.MeasureAttendances}, "31", "Vượt"},
		{data.ReviewTarget{Target: "Hằng năm", Measure: data.MeasurePeople}, "17", ""},
		{data.ReviewTarget{Target: "100%", Measure: data.MeasureFullTimeDone}, "", ""}, // no full-time cadre recorded
		{data.ReviewTarget{Target: "≥ 70%", Result: "68,5%"}, "68,5%", "Chưa đạt"},
		{data.ReviewTarget{Target: "1.000", Result: "1.000 lượt"}, "1.000 lượt", "Đạt"},
		{data.ReviewTarget{Target: "100%"}, "", ""}, // typed result left blank
	}
	for i, c := range cases {
		res := data.ResultOf(c.target, st)
		if res.Text != c.text || data.Compare(c.target.Target, res) != c.compare {
			t.Errorf("case %d: %q %q, want %q %q", i, res.Text, data.Compare(c.target.Target, res), c.text, c.compare)
		}
		if res.Text == "" && res.Why == "" {
			t.Errorf("case %d: a blank result without the reason", i)
		}
	}
}

// A typed figure on a target counted from the records is dropped on save: the
// document never prints two figures for one target.
func TestReviewNormalizeDropsTypedResultOfCountedTarget(t *testing.T) {
	r := data.ResolutionReview{Targets: []data.ReviewTarget{{Indicator: " Số lớp ", Target: "2", Measure: data.MeasureCourses, Result: "5"}, {}}}
	r.Normalize()
	if len(r.Targets) != 1 || r.Targets[0].Result != "" || r.Targets[0].Indicator != "Số lớp" {
		t.Errorf("targets %+v", r.Targets)
	}
}

// The upper level's deadline is in Việc cần làm until the report is sent; on
// the day it is due it is not overdue, the day after it is.
func TestReviewDeadlineInTodos(t *testing.T) {
	r := data.ResolutionReview{ID: 3, Stage: data.ReviewFinal, Resolution: "Nghị quyết số 10b/NQ-BCH về đào tạo", From: day(2021, 1, 1), To: day(2025, 12, 31), Due: day(2026, 1, 20)}
	run := func(rs []data.ResolutionReview, today int) (data.Todo, bool) {
		in := data.TodoInput{Settings: data.DefaultRuleSettings(), Records: data.RecordSet{data.KindResolutionReview: rs}}
		return findTodo(data.Todos(in, day(2026, 1, today), vn.NewCalendar()), "Gửi báo cáo tổng kết nghị quyết")
	}
	if got, ok := run([]data.ResolutionReview{r}, 20); !ok || got.Overdue || got.Record != (data.RecordRef{Kind: data.KindResolutionReview, ID: 3}) ||
		got.About != "Tổng kết Nghị quyết số 10b/NQ-BCH (2021–2025)" {
		t.Errorf("on the due day: %+v %v", got, ok)
	}
	if got, _ := run([]data.ResolutionReview{r}, 21); !got.Overdue {
		t.Error("the day after: not overdue")
	}
	r.Sent = day(2026, 1, 19)
	if _, ok := run([]data.ResolutionReview{r}, 21); ok {
		t.Error("a report sent is still listed")
	}
}
