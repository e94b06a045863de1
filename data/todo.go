package data

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"socongdoan/data/vn"
)

// Việc cần làm: each record kind declares the deadlines its records give, as
// Kind.Todos beside its type (conferenceTodos in conference.go, …); Todos runs
// the rule of every registered kind. A new kind adds its rule to its own
// declaration and never edits this file.

// Todo is one item of Việc cần làm: a deadline the rules give, and the record it is about.
type Todo struct {
	Due     time.Time
	Title   string    // what to do, e.g. "Gửi thỏa ước đến Sở Nội vụ"
	About   string    // which record, e.g. "Thỏa ước lao động tập thể ký ngày 02/01/2024"; "" for a new one
	Record  RecordRef // opened when the chair clicks the item
	Overdue bool      // Due is before today (set by Todos)
	// Period is, for a record still to be written (Record.ID 0), the month it is
	// about, so the new form opens on it (the overdue KPCĐ month, not this one);
	// zero when the rule has none.
	Period time.Time
}

// RecordName names the record of a todo for a list: "Hội nghị người lao động năm
// 2026", or "Hội nghị người lao động: chưa có hồ sơ" when a record is still needed.
func (t Todo) RecordName() string {
	if t.Record.Kind == "" { // a reminder about no record (a monthly check): About says where to look
		return t.About
	}
	if t.Record.ID == 0 {
		return t.Record.Kind.Label() + ": chưa có hồ sơ"
	}
	return t.About
}

// RecordSet holds the live records of each kind, keyed by kind: the value for a
// Kind[T] is a []T. Read it with the kind: data.Bargainings.In(set).
type RecordSet map[RecordKind]any

// TodoInput is everything Todos reads: the records (not in the trash) of every
// registered kind and the settings.
type TodoInput struct {
	Profile  *Profile // nil before the first-run setup
	Settings RuleSettings
	Records  RecordSet
	// Units are the register's bộ phận with their member counts (the ATVSV
	// network is kept per unit); nil when the store keeps none.
	Units []Unit
	// FemaleMembers are the women in the union today, from the register
	// (the Ban nữ công threshold, DOMAIN-MODULES §E; emulation_todo.go).
	FemaleMembers int
}

// TodoEnv is what a kind's Việc cần làm rule reads besides its own records:
// the day, the union, the rule settings, working days, and the other kinds'
// records for rules that cross kinds (an agreement's grace needs to know
// whether a bargaining is going on: data.Bargainings.In(env.Records)).
type TodoEnv struct {
	Today    time.Time // the day, at midnight
	Profile  *Profile  // nil before the first-run setup
	Settings RuleSettings
	Calendar *vn.Calendar
	Records  RecordSet
	Units    []Unit // the register's bộ phận (TodoInput.Units)
	// FemaleMembers: see TodoInput.
	FemaleMembers int
}

// Todos lists every deadline the rules of the registered kinds (DOMAIN §1–§3,
// Implications C, and the later modules) give for the records on today,
// soonest first; working days follow cal. It is pure: the same records and day
// give the same list, which the CLI and tests rely on.
func Todos(in TodoInput, today time.Time, cal *vn.Calendar) []Todo {
	env := TodoEnv{Today: vn.Day(today), Profile: in.Profile, Settings: in.Settings, Calendar: cal, Records: in.Records, Units: in.Units,
		FemaleMembers: in.FemaleMembers}
	if env.Settings.SOEConferenceMonth == 0 { // not loaded: the defaults of DOMAIN.md
		env.Settings = DefaultRuleSettings()
	}
	var items []Todo
	for _, k := range registered {
		if k.todos == nil {
			continue
		}
		for _, t := range k.todos(in.Records[k.Kind], env) {
			t.Due = vn.Day(t.Due)
			t.Overdue = t.Due.Before(env.Today)
			items = append(items, t)
		}
	}
	slices.SortStableFunc(items, func(a, b Todo) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Title, b.Title))
	})
	return items
}

// In returns the kind's records held in s (nil when s holds none).
func (k *Kind[T]) In(s RecordSet) []T {
	v, ok := s[k.Kind]
	if !ok || v == nil {
		return nil
	}
	recs, ok := v.([]T)
	if !ok {
		panic(fmt.Sprintf("data: RecordSet[%s] holds %T, not []%T", k.Kind, v, *new(T)))
	}
	return recs
}

// todoList collects the todos of one kind's rule.
type todoList struct{ items []Todo }

func (t *todoList) add(due time.Time, title, about string, ref RecordRef) {
	t.items = append(t.items, Todo{Due: due, Title: title, About: about, Record: ref})
}

// LoadTodoInput reads, through the services, the live records of every
// registered kind with a Todos rule (and those the rules read: TodoReads) and
// the rule settings that Todos needs; p is the union
// profile (nil before the first-run setup).
func LoadTodoInput(ctx context.Context, r RecordDB, s SettingsService, p *Profile) (TodoInput, error) {
	in := TodoInput{Profile: p, Records: RecordSet{}}
	var err error
	if in.Settings, err = LoadRuleSettings(ctx, s); err != nil {
		return in, err
	}
	need := map[RecordKind]bool{}
	for _, k := range registered {
		if k.todos != nil {
			need[k.Kind] = true
			for _, o := range k.todoReads {
				need[o] = true
			}
		}
	}
	for _, k := range registered {
		if !need[k.Kind] {
			continue
		}
		recs, err := k.list(ctx, r)
		if err != nil {
			return in, err
		}
		in.Records[k.Kind] = recs
	}
	// The store that keeps the records keeps the register's units too; a
	// RecordDB without them (a test's) gives rules no units.
	if us, ok := r.(interface {
		Units(context.Context) ([]Unit, error)
	}); ok {
		if in.Units, err = us.Units(ctx); err != nil {
			return in, err
		}
	}
	in.FemaleMembers, err = countFemaleMembers(ctx, r)
	return in, err
}
