package data_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// A chair elected on 10/05/2025 with the default window of 12 months is due by
// 10/05/2026: a course ending that day is in time, the next day is late.
func TestTheOneYearTrainingWindowToTheDay(t *testing.T) {
	s := data.DefaultTrainingSettings()
	chair := data.Cadre{ID: 1, MemberID: 7, Name: "Nguyễn Thị Hường", Posts: []data.PostTerm{
		{Post: data.PostChair, From: day(2025, 5, 10), How: data.AppointElected}}}
	if due := data.TrainingDue(day(2025, 5, 10), s); !due.Equal(day(2026, 5, 10)) {
		t.Fatalf("due = %v, want 10/05/2026", due)
	}
	course := func(end int) data.Course {
		return data.Course{Name: "Bồi dưỡng chủ tịch mới", From: day(2026, 5, end), Participants: []data.Participant{
			{MemberID: 7, Name: "Nguyễn Thị Hường", Attended: true}}}
	}
	for _, c := range []struct {
		courseDay int
		wantNew   int // newly elected chairs trained in time, in the report of 2025–2026
	}{{10, 1}, {11, 0}} {
		st := data.ComputeTrainingStats([]data.Cadre{chair}, []data.Course{course(c.courseDay)}, s, day(2025, 6, 1), day(2026, 5, 31))
		if st.NewChairs != 1 || st.NewChairsOK != c.wantNew {
			t.Errorf("course on %d/05/2026: new chairs %d, trained in time %d; want 1, %d", c.courseDay, st.NewChairs, st.NewChairsOK, c.wantNew)
		}
	}
	// Việc cần làm: on the due day the item is not overdue, the day after it is.
	for _, c := range []struct {
		today   int
		overdue bool
	}{{10, false}, {11, true}} {
		todos := trainingTodos([]data.Cadre{chair}, nil, nil, s, day(2026, 5, c.today))
		got, ok := findTodo(todos, "Bồi dưỡng nghiệp vụ cho Chủ tịch mới bầu")
		if !ok || got.Overdue != c.overdue || !got.Due.Equal(day(2026, 5, 10)) || got.Record.Kind != data.KindCadre {
			t.Errorf("on %d/05/2026: %+v (found %v), want due 10/05/2026 overdue %v", c.today, got, ok, c.overdue)
		}
	}
	// Once trained (even late) the item goes; a course before the election does not count.
	todos := trainingTodos([]data.Cadre{chair}, []data.Course{course(11)}, nil, s, day(2026, 6, 1))
	if _, ok := findTodo(todos, "Bồi dưỡng nghiệp vụ"); ok {
		t.Error("a chair trained late is still listed")
	}
	before := data.Course{Name: "Trước đại hội", From: day(2025, 5, 9), Participants: []data.Participant{{MemberID: 7, Name: "x", Attended: true}}}
	todos = trainingTodos([]data.Cadre{chair}, []data.Course{before}, nil, s, day(2025, 6, 1))
	if _, ok := findTodo(todos, "Bồi dưỡng nghiệp vụ"); !ok {
		t.Error("a course the day before the election counted as training in the term")
	}
	// The window is a setting.
	s.WindowMonths = 6
	if due := data.TrainingDue(day(2025, 5, 10), s); !due.Equal(day(2025, 11, 10)) {
		t.Errorf("6-month window: due %v, want 10/11/2025", due)
	}
}

func TestReElectedAndNonElectedPostsAreNotNewlyElected(t *testing.T) {
	c := data.Cadre{Name: "Trần Văn Đức", Posts: []data.PostTerm{
		{Post: data.PostViceChair, From: day(2020, 5, 1), Until: day(2025, 5, 9), How: data.AppointElected},
		{Post: data.PostViceChair, From: day(2025, 5, 10), How: data.AppointElected},
		{Post: data.PostGroupLeader, From: day(2025, 6, 1), How: data.AppointElected},
		{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointDesignated},
		{Post: data.PostUBKT, From: day(2025, 5, 12), How: data.AppointElected},
	}}
	for i, want := range []bool{true, false, false, false, true} {
		if got := c.NewlyElected(i); got != want {
			t.Errorf("post %d (%s): newly elected %v, want %v", i, c.Posts[i].Post.Label(), got, want)
		}
	}
}

func TestATVSVCertificateMissingOrDue(t *testing.T) {
	s := data.DefaultTrainingSettings() // 24 months, notice 60 days
	atvsv := func(id int64, name string, certDate int) data.Cadre {
		c := data.Cadre{ID: id, MemberID: id, Name: name, Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ May 2", From: day(2023, 1, 2), How: data.AppointElected}}}
		if certDate > 0 {
			c.ATVSVCertNo, c.ATVSVCertDate = "GCN-1", day(2024, 9, certDate)
		}
		return c
	}
	today := day(2026, 7, 22) // 60 days before 20/09/2026
	cadres := []data.Cadre{atvsv(1, "Không Có", 0), atvsv(2, "Hết Hạn", 20), atvsv(3, "Còn Hạn", 21)}
	issues := data.ATVSVCertIssues(cadres, nil, s, today)
	if len(issues) != 2 || !issues[0].Missing || issues[1].Cadre.Name != "Hết Hạn" || !issues[1].Expires.Equal(day(2026, 9, 20)) {
		t.Fatalf("issues = %+v", issues)
	}
	// A certificate from an ATVSLĐ course the ATVSV attended counts.
	course := data.Course{Name: "Huấn luyện ATVSLĐ nhóm 6", From: day(2026, 3, 2), Topics: []data.CourseTopic{{Topic: data.TopicATVSLD}},
		Participants: []data.Participant{{MemberID: 1, Name: "Không Có", Attended: true, CertNo: "12/GCN", CertDate: day(2026, 3, 3)}}}
	issues = data.ATVSVCertIssues(cadres, []data.Course{course}, s, today)
	if len(issues) != 1 || issues[0].Cadre.Name != "Hết Hạn" {
		t.Errorf("after the course: %+v", issues)
	}
	todos := trainingTodos(cadres, nil, nil, s, today)
	if got, ok := findTodo(todos, "Huấn luyện ATVSLĐ, cấp giấy chứng nhận cho ATVSV Không Có"); !ok || !got.Overdue {
		t.Errorf("missing certificate todo: %+v %v", got, ok)
	}
}

func TestTrainingCountsAttendancesApartFromPeople(t *testing.T) {
	s := data.DefaultTrainingSettings()
	p := func(id int64, name string, attended bool) data.Participant {
		return data.Participant{MemberID: id, Name: name, Attended: attended}
	}
	courses := []data.Course{
		{Name: "Lớp 1", From: day(2026, 3, 2), To: day(2026, 3, 4), Cost: 5_000_000,
			Topics:       []data.CourseTopic{{Topic: "Bộ luật Lao động"}, {Topic: "Nghiệp vụ tài chính công đoàn"}},
			Participants: []data.Participant{p(1, "A", true), p(2, "B", true), p(3, "C", false)}},
		{Name: "Lớp 2", From: day(2026, 9, 2), Topics: []data.CourseTopic{{Topic: "bộ luật lao động"}},
			Participants: []data.Participant{p(1, "A", true), {Name: "Người ngoài", Attended: true}}},
		{Name: "Năm trước", From: day(2025, 12, 30), To: day(2025, 12, 31), Participants: []data.Participant{p(1, "A", true)}},
	}
	cadres := []data.Cadre{
		{MemberID: 1, Name: "A", Posts: []data.PostTerm{{Post: data.PostChair, From: day(2025, 5, 10), How: data.AppointElected, FullTime: true}}},
		{MemberID: 2, Name: "B", Posts: []data.PostTerm{{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointElected}}},
		{MemberID: 4, Name: "D", Posts: []data.PostTerm{{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointElected}}},
		{MemberID: 5, Name: "E", Posts: []data.PostTerm{{Post: data.PostBCH, From: day(2020, 5, 10), Until: day(2025, 5, 9)}}},
	}
	st := data.ComputeTrainingStats(cadres, courses, s, day(2026, 1, 1), day(2026, 12, 31))
	if st.Courses != 2 || st.Attendances != 4 || st.People != 3 || st.Cost != 5_000_000 {
		t.Errorf("courses %d, lượt %d, people %d, cost %d; want 2, 4, 3, 5.000.000", st.Courses, st.Attendances, st.People, st.Cost)
	}
	var lines []string
	for _, tc := range st.ByTopic {
		lines = append(lines, tc.Topic+":"+itoa(tc.Courses)+"/"+itoa(tc.Attendances)+"/"+itoa(tc.People))
	}
	if got := strings.Join(lines, " "); got != "Bộ luật Lao động:2/4/3 Nghiệp vụ tài chính công đoàn:1/2/2" {
		t.Errorf("by topic: %s", got)
	}
	if st.BCH != 3 || st.BCHTrained != 2 || data.Percent(st.BCHTrained, st.BCH) != 67 {
		t.Errorf("BCH %d trained %d", st.BCH, st.BCHTrained)
	}
	if st.FullTime != 1 || st.FullTimeOK != 1 {
		t.Errorf("full-time %d trained %d", st.FullTime, st.FullTimeOK)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// trainingTodos runs Việc cần làm over the training kinds only, as the app does.
func trainingTodos(cadres []data.Cadre, courses []data.Course, plans []data.TrainingPlan, s data.TrainingSettings, today time.Time) []data.Todo {
	rules := data.DefaultRuleSettings()
	rules.Training = s
	in := data.TodoInput{Settings: rules, Records: data.RecordSet{
		data.KindCadre: cadres, data.KindCourse: courses, data.KindTrainingPlan: plans}}
	return data.Todos(in, today, vn.NewCalendar())
}

func TestNeedsRegistrationIsDueByTheEndOfNovember(t *testing.T) {
	s := data.DefaultTrainingSettings()
	todos := trainingTodos(nil, nil, nil, s, day(2026, 11, 30))
	got, ok := findTodo(todos, "Gửi đăng ký nhu cầu đào tạo năm 2027")
	if !ok || !got.Due.Equal(day(2026, 11, 30)) || got.Overdue || got.Record != (data.RecordRef{Kind: data.KindTrainingPlan}) {
		t.Fatalf("on 30/11: %+v %v", got, ok)
	}
	if got, _ := findTodo(trainingTodos(nil, nil, nil, s, day(2026, 12, 1)), "Gửi đăng ký"); !got.Overdue {
		t.Error("on 01/12 the registration is not overdue")
	}
	sent := []data.TrainingPlan{{ID: 3, Year: 2027, NeedsSent: day(2026, 11, 20)}}
	if _, ok := findTodo(trainingTodos(nil, nil, sent, s, day(2026, 12, 1)), "Gửi đăng ký"); ok {
		t.Error("a registration sent is still listed")
	}
}
