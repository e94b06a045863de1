package app

import (
	"fmt"
	"text/tabwriter"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// todoCmd prints Việc cần làm: every deadline the rules give for the records on
// a day (today, or --on dd/mm/yyyy), soonest first, as the Tổng quan screen lists them.
func todoCmd(e *env, args []string) error {
	fs := newFlags("todo")
	on := fs.String("on", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	today := vn.Day(e.now())
	if *on != "" {
		t, err := vn.ParseDate(*on)
		if err != nil {
			return usagef("--on: %s", err)
		}
		today = t
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	p, err := store.Profile(e.ctx)
	if data.ErrorCode(err) == data.ENOTFOUND {
		p, err = nil, nil
	}
	if err != nil {
		return err
	}
	in, err := data.LoadTodoInput(e.ctx, store, store, p)
	if err != nil {
		return err
	}
	cal, err := data.LoadCalendar(e.ctx, store, in.Settings, today)
	if err != nil {
		return err
	}
	todos := data.Todos(in, today, cal)
	if len(todos) == 0 {
		fmt.Fprintf(e.stdout, "Không có việc nào đến hạn (tính đến %s).\n", vn.FormatDate(today))
		return nil
	}
	overdue := 0
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "Hạn\tTình trạng\tViệc\tHồ sơ")
	for _, t := range todos {
		record := t.RecordName()
		if t.Record.ID != 0 {
			record += fmt.Sprintf(" (#%d)", t.Record.ID)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", vn.FormatDate(t.Due), dueState(t, today), t.Title, record)
		if t.Overdue {
			overdue++
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d việc, %d quá hạn (tính đến %s).\n", len(todos), overdue, vn.FormatDate(today))
	return nil
}

// dueState says how a deadline stands on today: "quá hạn 3 ngày", "hôm nay", "còn 12 ngày".
func dueState(t data.Todo, today time.Time) string {
	days := int(t.Due.Sub(today).Hours() / 24)
	switch {
	case t.Overdue:
		return fmt.Sprintf("QUÁ HẠN %d ngày", -days)
	case days == 0:
		return "hôm nay"
	}
	return fmt.Sprintf("còn %d ngày", days)
}
