package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func TestElectionBodyOf(t *testing.T) {
	for _, tt := range []struct {
		name  string
		body  data.ElectionBody
		round int
	}{
		{"Bầu Ban Chấp hành khóa V", data.BodyBCH, 1},
		{"Bầu BCH vòng 2 ban chấp hành", data.BodyBCH, 2},
		{"Bầu Chủ tịch", data.BodyChair, 1},
		{"Bầu Phó Chủ tịch", data.BodyVice, 1},
		{"Bầu Chủ nhiệm Ủy ban kiểm tra", data.BodyUBKTHead, 1},
		{"Bầu Ủy ban Kiểm tra (lần 2)", data.BodyUBKT, 2},
		{"Bầu Ban Thường vụ", data.BodyBTV, 1},
		{"Bầu đại biểu dự đại hội cấp trên", data.BodyDelegates, 1},
	} {
		b, r, ok := data.ElectionBodyOf(tt.name)
		if !ok || b != tt.body || r != tt.round {
			t.Errorf("ElectionBodyOf(%q) = %s, %d, %v; want %s, %d", tt.name, b, r, ok, tt.body, tt.round)
		}
	}
	if _, _, ok := data.ElectionBodyOf("Bầu tổ trưởng"); ok {
		t.Error("an election that names no body was read as one")
	}
}

func TestCongressValidateCitesTheRules(t *testing.T) {
	now := time.Date(2025, 12, 1, 9, 0, 0, 0, time.UTC)
	rs := data.DefaultRuleSettings()
	base := func() data.Congress {
		return data.Congress{Number: 5, TermFrom: 2025, TermTo: 2030, Members: 250, Form: data.FormDelegate, Called: 120,
			Date: time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC), BCHSize: 9, BTVSize: 3, UBKTSize: 3}
	}
	for _, tt := range []struct {
		name   string
		edit   func(*data.Congress)
		field  string
		want   string
		warned bool
	}{
		{"toàn thể from 200 members", func(c *data.Congress) { c.Form = data.FormGeneral }, data.FieldCongressForm, "Kế hoạch 22/KH-TLĐ", false},
		{"fewer than half the maximum", func(c *data.Congress) { c.Called = 74 }, data.FieldCongressDelegates, "ít nhất 75", false},
		{"guests above 15%", func(c *data.Congress) { c.Guests = 19 }, data.FieldCongressGuests, "tối đa 18", false},
		{"BCH above the band", func(c *data.Congress) { c.BCHSize = 11 }, data.FieldCongressBCH, "tối đa 9", false},
		{"BTV above a third", func(c *data.Congress) { c.BTVSize = 4 }, data.FieldCongressBTV, "1/3", false},
		{"quorum short", func(c *data.Congress) { c.Present = 79 }, data.FieldCongressQuorum, "cần 80/120", true},
		{"a six-year term", func(c *data.Congress) { c.TermTo = 2031 }, data.FieldCongTerm, "5 năm", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := base()
			if ps := c.Validate(rs, now); len(ps) != 0 {
				t.Fatalf("the base congress has problems: %v", ps)
			}
			tt.edit(&c)
			var hit *data.Problem
			for _, p := range c.Validate(rs, now) {
				if p.Field == tt.field {
					hit = &p
				}
			}
			if hit == nil || !strings.Contains(hit.Message, tt.want) || hit.Warning != tt.warned {
				t.Errorf("problem at %s = %+v; want %q, warning %v", tt.field, hit, tt.want, tt.warned)
			}
		})
	}
}

func TestCongressTodos(t *testing.T) {
	cal := vn.NewCalendar()
	d := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }
	c := data.Congress{ID: 1, Number: 5, TermFrom: 2025, TermTo: 2030, Date: d(2025, 11, 20), FirstBCH: d(2025, 11, 20)}
	in := data.TodoInput{Records: data.RecordSet{data.KindCongress: []data.Congress{c}}, Settings: data.DefaultRuleSettings()}
	find := func(todos []data.Todo, part string) *data.Todo {
		for i := range todos {
			if strings.Contains(todos[i].Title, part) {
				return &todos[i]
			}
		}
		return nil
	}
	// Thursday 20/11/2025 + 10 working days = Thursday 04/12/2025.
	td := find(data.Todos(in, d(2025, 11, 21), cal), "Gửi hồ sơ đề nghị công nhận")
	if td == nil || !td.Due.Equal(d(2025, 12, 4)) || td.Overdue {
		t.Fatalf("recognition file todo = %+v, want due 04/12/2025", td)
	}
	c.FileSent = d(2025, 11, 26)
	in.Records[data.KindCongress] = []data.Congress{c}
	todos := data.Todos(in, d(2025, 12, 11), cal)
	if find(todos, "Gửi hồ sơ") != nil {
		t.Error("the file was sent but is still asked for")
	}
	if td := find(todos, "Hỏi công đoàn cấp trên"); td == nil || !td.Due.Equal(d(2025, 12, 10)) || !td.Overdue {
		t.Errorf("follow-up todo = %+v, want due 10/12/2025, overdue", td)
	}
	// No count recorded: no ballots to keep.
	if find(data.Todos(in, d(2026, 5, 20), cal), "Phiếu bầu") != nil {
		t.Error("ballot reminder without a counted election")
	}
	c.DecisionNo, c.DecisionDate, c.SealDone = "125/QĐ-CĐ", d(2025, 12, 10), true
	in.Records[data.KindCongress] = []data.Congress{c}
	todos = data.Todos(in, d(2025, 12, 11), cal)
	if find(todos, "Hỏi công đoàn") != nil || find(todos, "mẫu dấu") != nil || find(todos, "chủ tài khoản") == nil {
		t.Errorf("after the decision with the seal done, only the bank holder is left: %+v", todos)
	}
}

// The sealed ballots may be destroyed 6 months (the setting) after the congress:
// reminded from two weeks before, gone two months after.
func TestCongressBallotsReminder(t *testing.T) {
	cal := vn.NewCalendar()
	d := func(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }
	c := data.Congress{ID: 1, Number: 5, TermFrom: 2025, TermTo: 2030, Date: d(2025, 11, 20),
		Elections: []data.CongressElection{{No: 1, Body: data.BodyBCH, Round: 1, Seats: 1, Issued: 9, Collected: 9, Valid: 9}}}
	in := data.TodoInput{Records: data.RecordSet{data.KindCongress: []data.Congress{c}}, Settings: data.DefaultRuleSettings()}
	ballot := func(today time.Time) *data.Todo {
		for _, td := range data.Todos(in, today, cal) {
			if strings.Contains(td.Title, "tiêu hủy") {
				return &td
			}
		}
		return nil
	}
	for _, tc := range []struct {
		today time.Time
		shown bool
	}{{d(2026, 5, 5), false}, {d(2026, 5, 6), true}, {d(2026, 5, 20), true}, {d(2026, 7, 19), true}, {d(2026, 7, 20), false}} {
		td := ballot(tc.today)
		if (td != nil) != tc.shown {
			t.Errorf("%s: reminder shown %v, want %v", tc.today.Format("02/01/2006"), td != nil, tc.shown)
		}
		if td != nil && (!td.Due.Equal(d(2026, 5, 20)) || !strings.Contains(td.Title, "đủ 6 tháng")) {
			t.Errorf("reminder = %+v, want due 20/05/2026", td)
		}
	}
	in.Settings.Congress.BallotKeepMonths = 12
	if td := ballot(d(2026, 11, 20)); td == nil || !td.Due.Equal(d(2026, 11, 20)) {
		t.Errorf("kept 12 months: reminder = %+v", td)
	}
}
