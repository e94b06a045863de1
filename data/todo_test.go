package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// findTodo returns the todo whose title contains part.
func findTodo(todos []data.Todo, part string) (data.Todo, bool) {
	for _, t := range todos {
		if strings.Contains(t.Title, part) {
			return t, true
		}
	}
	return data.Todo{}, false
}

func TestTodos(t *testing.T) {
	cal := vn.NewCalendar()
	today := day(2026, 11, 21) // a Saturday
	s := data.DefaultRuleSettings()
	profile := &data.Profile{WorkersTotal: 400, EnterpriseType: data.EnterpriseFDI}
	in := data.TodoInput{
		Profile:  profile,
		Settings: s,
		Records: data.RecordSet{
			data.KindConference: []data.Conference{
				{ID: 1, Year: 2025, Model: data.ModelOther, Date: day(2025, 3, 10), Attendees: 300, WorkersTotal: 400},
			},
			data.KindRepList: []data.RepList{{ID: 2, From: day(2025, 1, 10), To: day(2027, 1, 9), Headcount: 400,
				Reps: make([]data.Rep, 15)}},
			data.KindDialogue: []data.Dialogue{
				{ID: 3, Kind: data.DialogueRequested, RequestedBy: data.SideWorkers, RequestDate: day(2026, 11, 10)},
				{ID: 4, Kind: data.DialogueCase, Case: data.CaseArt93, Date: day(2026, 11, 16), MinutesSigned: true,
					Actions: []data.FollowUp{{Text: "Sửa định mức tổ may", Owner: "Phòng Kỹ thuật", Due: day(2026, 12, 15)},
						{Text: "Đã xong", Due: day(2026, 11, 18), Done: true}}},
			},
			data.KindBargaining: []data.Bargaining{{ID: 5, RequestedBy: data.SideWorkers, RequestDate: day(2026, 11, 2), AgreedDate: day(2026, 11, 5),
				InfoRequests: []data.InfoRequest{{Date: day(2026, 11, 5), Subject: "Quỹ lương 2026"}}}},
			data.KindAgreement: []data.Agreement{{ID: 6, Signed: day(2024, 1, 20), TermYears: 3, Voters: 400, VotesFor: 300, Sent: day(2024, 1, 25),
				Ratings: []data.Rating{{Year: 2025, Grade: data.GradeB}}}},
		},
	}
	todos := data.Todos(in, today, cal)
	for _, td := range todos {
		t.Logf("%s %v %s — %s", vn.FormatDate(td.Due), td.Overdue, td.Title, td.About)
	}
	want := []struct {
		part    string
		due     time.Time
		overdue bool
		ref     data.RecordRef
	}{
		// Non-state model: due by the end of the year; no record yet.
		{"Tổ chức Hội nghị người lao động năm 2026", day(2026, 12, 31), false, data.RecordRef{Kind: data.KindConference}},
		{"Tổ chức đối thoại định kỳ năm 2026", day(2026, 12, 31), false, data.RecordRef{Kind: data.KindDialogue}},
		// Tue 10/11 + 5 working days = Tue 17/11.
		{"Trả lời bằng văn bản yêu cầu đối thoại", day(2026, 11, 17), true, data.RecordRef{Kind: data.KindDialogue, ID: 3}},
		// Mon 16/11 + 3 working days = Thu 19/11.
		{"Niêm yết nội dung chính", day(2026, 11, 19), true, data.RecordRef{Kind: data.KindDialogue, ID: 4}},
		{"Sửa định mức tổ may (Phòng Kỹ thuật)", day(2026, 12, 15), false, data.RecordRef{Kind: data.KindDialogue, ID: 4}},
		{"Bắt đầu thương lượng", day(2026, 12, 2), false, data.RecordRef{Kind: data.KindBargaining, ID: 5}},
		{"cung cấp thông tin: Quỹ lương 2026", day(2026, 11, 15), true, data.RecordRef{Kind: data.KindBargaining, ID: 5}},
		// Expiry 19/1/2027, window opened 21/10/2026; grace keeps nothing here: it is still before expiry.
		{"Thương lượng gia hạn hoặc ký thỏa ước mới", day(2027, 1, 19), false, data.RecordRef{Kind: data.KindAgreement, ID: 6}},
		{"xếp loại thỏa ước năm 2026", day(2026, 12, 31), false, data.RecordRef{Kind: data.KindAgreement, ID: 6}},
		// The list ends 9/1/2027, within the 60-day notice.
		{"Xác định lại danh sách đại diện", day(2027, 1, 9), false, data.RecordRef{Kind: data.KindRepList, ID: 2}},
	}
	for _, w := range want {
		got, ok := findTodo(todos, w.part)
		if !ok {
			t.Errorf("no todo %q", w.part)
			continue
		}
		if !got.Due.Equal(w.due) || got.Overdue != w.overdue || got.Record != w.ref {
			t.Errorf("%q: due %s overdue %v ref %v, want %s %v %v", w.part, vn.FormatDate(got.Due), got.Overdue, got.Record,
				vn.FormatDate(w.due), w.overdue, w.ref)
		}
	}
	for _, absent := range []string{"Đã xong", "Sơ kết 6 tháng", "Gửi thỏa ước đến Sở Nội vụ", "Thống nhất thời gian", "Điều chỉnh số thành viên"} {
		if got, ok := findTodo(todos, absent); ok {
			t.Errorf("unexpected todo %q", got.Title)
		}
	}
	t.Run("the list is sorted soonest first", func(t *testing.T) {
		for i := 1; i < len(todos); i++ {
			if todos[i].Due.Before(todos[i-1].Due) {
				t.Errorf("%s before %s", vn.FormatDate(todos[i-1].Due), vn.FormatDate(todos[i].Due))
			}
		}
	})
}

func TestTodosConference(t *testing.T) {
	cal := vn.NewCalendar()
	s := data.DefaultRuleSettings()
	soe := &data.Profile{EnterpriseType: data.EnterpriseState}
	t.Run("a state enterprise's conference is due by the end of March", func(t *testing.T) {
		todos := data.Todos(data.TodoInput{Profile: soe, Settings: s}, day(2026, 4, 1), cal)
		got, ok := findTodo(todos, "Hội nghị người lao động năm 2026")
		if !ok || !got.Due.Equal(day(2026, 3, 31)) || !got.Overdue {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("the setting moves the month", func(t *testing.T) {
		s := s
		s.SOEConferenceMonth = 4
		got, _ := findTodo(data.Todos(data.TodoInput{Profile: soe, Settings: s}, day(2026, 4, 1), cal), "Hội nghị người lao động")
		if !got.Due.Equal(day(2026, 4, 30)) || got.Overdue {
			t.Errorf("got %+v", got)
		}
	})
	held := []data.Conference{{ID: 9, Year: 2026, Model: data.ModelSOE, Date: day(2026, 3, 20)}}
	t.Run("a conference held this year removes the item and asks for the 6-month review", func(t *testing.T) {
		todos := data.Todos(data.TodoInput{Profile: soe, Settings: s, Records: data.RecordSet{data.KindConference: held}}, day(2026, 9, 21), cal)
		if _, ok := findTodo(todos, "Tổ chức Hội nghị"); ok {
			t.Error("still asks for the conference")
		}
		got, ok := findTodo(todos, "Sơ kết 6 tháng")
		if !ok || !got.Due.Equal(day(2026, 9, 20)) || !got.Overdue || got.Record.ID != 9 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("after the review the next one would fall at the next conference, so none is asked", func(t *testing.T) {
		c := held[0]
		c.Reviews = []data.ConferenceReview{{Date: day(2026, 9, 20), Findings: "Đạt"}}
		todos := data.Todos(data.TodoInput{Profile: soe, Settings: s, Records: data.RecordSet{data.KindConference: []data.Conference{c}}}, day(2026, 10, 1), cal)
		if got, ok := findTodo(todos, "Sơ kết"); ok {
			t.Errorf("unexpected %+v", got)
		}
	})
	t.Run("a planned conference is the record the item opens", func(t *testing.T) {
		planned := []data.Conference{{ID: 4, Year: 2026, Model: data.ModelSOE, Date: day(2026, 3, 25)}}
		got, _ := findTodo(data.Todos(data.TodoInput{Profile: soe, Settings: s, Records: data.RecordSet{data.KindConference: planned}}, day(2026, 3, 1), cal), "Hội nghị người lao động")
		if got.Record.ID != 4 || !strings.Contains(got.About, "dự kiến 25/03/2026") {
			t.Errorf("got %+v", got)
		}
	})
}

func TestTodosAgreement(t *testing.T) {
	cal := vn.NewCalendar()
	s := data.DefaultRuleSettings()
	a := data.Agreement{ID: 1, Signed: day(2024, 1, 2), TermYears: 3, Voters: 10, VotesFor: 6} // expires 1/1/2027
	ongoing := []data.Bargaining{{ID: 2, RequestedBy: data.SideWorkers, RequestDate: day(2026, 11, 1), AgreedDate: day(2026, 11, 3), StartDate: day(2026, 11, 20)}}
	t.Run("an agreement signed without a copy to the Sở Nội vụ is due 10 days later", func(t *testing.T) {
		got, ok := findTodo(data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{a}}}, day(2024, 1, 20), cal), "Sở Nội vụ")
		if !ok || !got.Due.Equal(day(2024, 1, 12)) || !got.Overdue {
			t.Errorf("got %+v", got)
		}
	})
	a.Sent = day(2024, 1, 5)
	t.Run("the day before the window nothing is asked but the rating", func(t *testing.T) {
		todos := data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{a}}}, day(2026, 10, 2), cal)
		if got, ok := findTodo(todos, "Thương lượng gia hạn"); ok {
			t.Errorf("unexpected %+v", got)
		}
	})
	t.Run("on the first day of the window the renegotiation is asked", func(t *testing.T) {
		todos := data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{a}}}, day(2026, 10, 3), cal)
		if got, ok := findTodo(todos, "Thương lượng gia hạn"); !ok || !got.Due.Equal(day(2027, 1, 1)) {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("after expiry while negotiating the grace end is due", func(t *testing.T) {
		todos := data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{a}, data.KindBargaining: ongoing}}, day(2027, 1, 10), cal)
		if got, ok := findTodo(todos, "Ký thỏa ước mới"); !ok || !got.Due.Equal(day(2027, 4, 1)) {
			t.Errorf("got %+v", got)
		}
		if got, ok := findTodo(todos, "Kết thúc thương lượng"); !ok || !got.Due.Equal(day(2027, 2, 18)) {
			t.Errorf("bargaining end: %+v", got)
		}
	})
	t.Run("a rating of this year removes the rating item", func(t *testing.T) {
		b := a
		b.Ratings = []data.Rating{{Year: 2026, Grade: data.GradeA}}
		if got, ok := findTodo(data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{b}}}, day(2026, 6, 1), cal), "xếp loại"); ok {
			t.Errorf("unexpected %+v", got)
		}
		if _, ok := findTodo(data.Todos(data.TodoInput{Settings: s, Records: data.RecordSet{data.KindAgreement: []data.Agreement{a}}}, day(2026, 6, 1), cal), "xếp loại"); !ok {
			t.Error("no rating item without a rating")
		}
	})
}

func TestTodosRepresentativeList(t *testing.T) {
	cal := vn.NewCalendar()
	s := data.DefaultRuleSettings()
	t.Run("without a list one is asked for today", func(t *testing.T) {
		got, ok := findTodo(data.Todos(data.TodoInput{Settings: s}, day(2026, 5, 1), cal), "Lập danh sách")
		if !ok || !got.Due.Equal(day(2026, 5, 1)) || got.Overdue {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a list too small for the headcount is flagged", func(t *testing.T) {
		l := data.RepList{ID: 1, From: day(2026, 1, 1), To: day(2027, 12, 31), Reps: make([]data.Rep, 5)}
		got, ok := findTodo(data.Todos(data.TodoInput{Settings: s, Profile: &data.Profile{WorkersTotal: 1200}, Records: data.RecordSet{data.KindRepList: []data.RepList{l}}}, day(2026, 5, 1), cal), "Điều chỉnh")
		if !ok || !strings.Contains(got.Title, "có 5, cần ít nhất 24 người") {
			t.Errorf("got %+v", got)
		}
	})
}
