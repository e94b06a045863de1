package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// The tests' today is Saturday 21/11/2026 (ui_test.go).

func TestCadreThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường", "Trần Văn Đức")
	ctx := context.Background()
	rows, err := store.MemberRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindCadre})
	f := u.rec.train.cadre
	if f == nil || len(f.posts.rows) != 1 {
		t.Fatal("a new cadre form starts with one post row")
	}
	// Saving without a post chosen is refused at the field, and nothing is written.
	test.Tap(f.save)
	if msg, imp := fieldMessage(f.recordForm, data.FieldCadreName); imp != widget.DangerImportance || msg == "" {
		t.Errorf("no name: %q", msg)
	}
	if cs, _ := data.Cadres.Store(store).List(ctx); len(cs) != 0 {
		t.Fatal("a refused save wrote a record")
	}
	for _, r := range rows {
		if strings.HasPrefix(r.Name, "Nguyễn") {
			f.choose(r)
		}
	}
	f.posts.rows = nil
	f.posts.box.RemoveAll()
	f.posts.add(data.PostTerm{Post: data.PostChair, From: day(2025, 5, 10), How: data.AppointElected, Term: "2025–2030"})
	test.Tap(f.save)
	noErrors(t, f.recordForm)
	cs, err := data.Cadres.Store(store).List(ctx)
	if err != nil || len(cs) != 1 {
		t.Fatalf("%d cadres stored (%v)", len(cs), err)
	}
	if c := cs[0]; c.MemberID == 0 || c.Name != "Nguyễn Thị Hường" || len(c.Posts) != 1 || c.Posts[0].Post != data.PostChair {
		t.Errorf("stored %+v", c)
	}

	// The section lists her with the flag of a chair elected 10/05/2025 and not trained (due 10/05/2026).
	u.backToSection(data.KindCadre)
	s := newTrainingSection(u)
	s.build()
	if !strings.Contains(s.flags.Text, "Nguyễn Thị Hường – Chủ tịch, hạn 10/05/2026") || !s.flags.Visible() {
		t.Errorf("flags: %q", s.flags.Text)
	}

	// The Báo cáo screen's signer is the chair of the post history.
	p, _ := store.Profile(ctx)
	p.ChairName = "Tên cũ trong hồ sơ"
	if err := store.SaveProfile(ctx, p); err != nil {
		t.Fatal(err)
	}
	chair, _, err := data.Signers(ctx, store, p, today)
	if err != nil || chair != "Nguyễn Thị Hường" {
		t.Errorf("signer %q (%v)", chair, err)
	}
}

func TestCourseThroughTheForm(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Thị Hường")
	ctx := context.Background()
	if err := data.AddPost(ctx, store, 0, "Lê Văn Bình", data.PostTerm{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointElected}); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindCourse})
	f := u.rec.train.course
	test.Type(f.name, "Tập huấn nghiệp vụ")
	f.level.set(data.CourseUpper)
	test.Type(f.from.entry, "10/03/2026")
	test.Type(f.to.entry, "12/03/2026")
	test.Type(f.days, "3")
	test.Type(f.cost, "1.500.000")
	f.topics.SetSelected([]string{"Công tác tổ chức"})
	test.Type(f.otherTopics, "Kỹ năng thuyết trình")
	test.Tap(f.addBCH)
	if len(f.people.rows) != 1 || !strings.Contains(f.count.Text, "Cử 1 người, 1 người có tham dự") {
		t.Fatalf("Thêm cả Ban Chấp hành: %d rows, %q", len(f.people.rows), f.count.Text)
	}
	f.people.add(data.Participant{Name: "Nguyễn Thị Hường", Role: "Chủ tịch", Attended: true, CertNo: "12/GCN", CertDate: day(2026, 3, 12)})
	// The same person twice is refused with the row named.
	f.people.add(data.Participant{Name: "Nguyễn Thị Hường"})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldCoursePeople); !strings.Contains(msg, "đã có ở dòng 2") {
		t.Errorf("duplicate participant: %q", msg)
	}
	f.people.rows = f.people.rows[:2]
	test.Tap(f.save)
	noErrors(t, f.recordForm)
	cs, err := data.Courses.Store(store).List(ctx)
	if err != nil || len(cs) != 1 {
		t.Fatalf("%d courses (%v)", len(cs), err)
	}
	c := cs[0]
	if c.Cost != 1_500_000 || c.Days != 3 || c.TopicsText() != "Công tác tổ chức; Kỹ năng thuyết trình" || len(c.Participants) != 2 || c.Form != data.FormOnsite {
		t.Errorf("stored %+v", c)
	}
	// A course not yet held cannot have attended participants.
	u.openRecord(data.RecordRef{Kind: data.KindCourse})
	f = u.rec.train.course
	test.Type(f.name, "Lớp tháng 12")
	f.level.set(data.CourseCDCS)
	test.Type(f.from.entry, "10/12/2026")
	f.people.add(data.Participant{Name: "Nguyễn Thị Hường", Attended: true})
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldCoursePeople); !strings.Contains(msg, "chưa diễn ra") {
		t.Errorf("attended a future course: %q", msg)
	}
}

func TestTrainingPlanThroughTheForm(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	u.openRecord(data.RecordRef{Kind: data.KindTrainingPlan})
	f := u.rec.train.plan
	if f.year.Text != "2027" {
		t.Errorf("in November the new plan is next year's: %q", f.year.Text)
	}
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldPlanItems); msg == "" {
		t.Error("an empty plan was not refused")
	}
	f.items.add(data.PlanItem{Topic: "Công tác tổ chức", People: 5, Cost: 2_000_000})
	f.needs.add(data.TrainingNeed{Topic: "Chuyển đổi số", People: 3})
	test.Type(f.needsSent.entry, "20/11/2026")
	test.Tap(f.save)
	noErrors(t, f.recordForm)
	ps, err := data.TrainingPlans.Store(store).List(ctx)
	if err != nil || len(ps) != 1 || ps[0].Year != 2027 || ps[0].Cost() != 2_000_000 || !ps[0].NeedsSent.Equal(day(2026, 11, 20)) {
		t.Fatalf("stored %+v (%v)", ps, err)
	}
	// A second plan for the same year is asked about first.
	u.openRecord(data.RecordRef{Kind: data.KindTrainingPlan})
	f = u.rec.train.plan
	f.items.add(data.PlanItem{Topic: "Bộ luật Lao động"})
	test.Tap(f.save)
	if f.answer == nil {
		t.Fatal("no question for a second plan of 2027")
	}
	f.answer(false)
	if ps, _ := data.TrainingPlans.Store(store).List(ctx); len(ps) != 1 {
		t.Error("saying no still saved")
	}
}
