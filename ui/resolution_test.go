package ui

import (
	"context"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The sơ kết / tổng kết form: the required fields refused at their place, a
// target counted from the records has no typed result, the record is saved and
// its deadline is in Việc cần làm.
func TestResolutionReviewThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindResolutionReview})
	f := u.rec.train.review
	test.Tap(f.save)
	for _, field := range []string{data.FieldRevStage, data.FieldRevResolution, data.FieldRevPeriod} {
		if msg, _ := fieldMessage(f.recordForm, field); msg == "" {
			t.Errorf("no message at %s", field)
		}
	}
	if rs, _ := data.ResolutionReviews.Store(store).List(ctx); len(rs) != 0 {
		t.Fatal("a refused form saved")
	}
	f.stage.set(data.ReviewFinal)
	f.resolution.SetText("Nghị quyết số 10b/NQ-BCH ngày 12/12/2020 về đào tạo, bồi dưỡng cán bộ công đoàn")
	test.Type(f.from.entry, "01/01/2021")
	test.Type(f.to.entry, "31/12/2025")
	test.Type(f.due.entry, "20/01/2027")
	f.targets.add(data.ReviewTarget{Indicator: "Chủ tịch mới bầu được bồi dưỡng", Target: "100%", Measure: data.MeasureNewChairs, Result: "95%"})
	f.targets.add(data.ReviewTarget{Indicator: "Cán bộ không chuyên trách được tập huấn", Target: "≥ 70%", Result: "82%"})
	f.leadership.SetText("Quán triệt đến 100% cán bộ.")
	test.Tap(f.save)
	noErrors(t, f.recordForm)
	rs, err := data.ResolutionReviews.Store(store).List(ctx)
	if err != nil || len(rs) != 1 {
		t.Fatalf("stored %+v (%v)", rs, err)
	}
	r := rs[0]
	if r.Stage != data.ReviewFinal || !r.From.Equal(day(2021, 1, 1)) || !r.Due.Equal(day(2027, 1, 20)) || len(r.Targets) != 2 ||
		r.Targets[0].Result != "" || r.Targets[1].Result != "82%" || r.Leadership != "Quán triệt đến 100% cán bộ." {
		t.Errorf("stored %+v", r)
	}
	in, _ := data.LoadTodoInput(ctx, store, store, u.profile)
	if _, ok := findTodoTitle(data.Todos(in, day(2026, 12, 1), nil), "Gửi báo cáo tổng kết nghị quyết lên công đoàn cấp trên"); !ok {
		t.Error("the deadline is not in Việc cần làm")
	}
}

func findTodoTitle(ts []data.Todo, title string) (data.Todo, bool) {
	for _, t := range ts {
		if t.Title == title {
			return t, true
		}
	}
	return data.Todo{}, false
}
