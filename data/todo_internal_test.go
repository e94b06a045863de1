package data

import (
	"testing"
	"time"

	"socongdoan/data/vn"
)

// A kind added later brings its Việc cần làm rule in its own declaration:
// Todos runs it with the others, reads another kind's records through the env,
// takes Due as a day and sets Overdue (issue 9: no edit of todo.go per kind).
func TestTodosRunsEveryRegisteredRule(t *testing.T) {
	type payment struct {
		ID  int64
		Due time.Time
	}
	var seen []Bargaining
	payments := &Kind[payment]{
		Kind: "thu-chi-thu", Label: "Khoản thu thử",
		Todos: func(ps []payment, env TodoEnv) []Todo {
			seen = Bargainings.In(env.Records)
			var out []Todo
			for _, p := range ps {
				out = append(out, Todo{Due: p.Due, Title: "Thu khoản thử", Record: RecordRef{"thu-chi-thu", p.ID}})
			}
			return out
		},
		TodoReads: []RecordKind{KindBargaining},
	}
	old := registered
	registered = append(append([]*KindInfo{}, old...), payments.Info())
	t.Cleanup(func() { registered = old })

	today := time.Date(2026, 5, 10, 0, 0, 0, 0, time.UTC)
	in := TodoInput{Settings: DefaultRuleSettings(), Records: RecordSet{
		"thu-chi-thu":  []payment{{ID: 7, Due: time.Date(2026, 5, 9, 15, 30, 0, 0, time.UTC)}, {ID: 8, Due: today}},
		KindBargaining: []Bargaining{{ID: 3}},
	}}
	var got []Todo
	for _, td := range Todos(in, today, vn.NewCalendar()) {
		if td.Record.Kind == "thu-chi-thu" {
			got = append(got, td)
		}
	}
	if len(got) != 2 || got[0].Record.ID != 7 || !got[0].Overdue || !got[0].Due.Equal(time.Date(2026, 5, 9, 0, 0, 0, 0, time.UTC)) ||
		got[1].Record.ID != 8 || got[1].Overdue {
		t.Errorf("got %+v", got)
	}
	if len(seen) != 1 || seen[0].ID != 3 {
		t.Errorf("the rule read bargainings %+v", seen)
	}
	if len(Todos(TodoInput{Settings: DefaultRuleSettings()}, today, vn.NewCalendar())) == 0 {
		t.Error("no records: the registered kinds still ask for what is missing")
	}
}

// Every kind a rule says it reads is a registered kind.
func TestTodoReadsAreRegistered(t *testing.T) {
	for _, k := range registered {
		for _, r := range k.todoReads {
			if KindOf(r) == nil {
				t.Errorf("%s reads %q, which is not registered", k.Kind, r)
			}
		}
	}
}
