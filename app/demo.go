package app

import (
	"fmt"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/vn"
)

func demoCmd(e *env, args []string) error {
	fs := newFlags("demo")
	n := fs.Int("members", 200, "")
	seed := fs.Uint64("seed", 1, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 0 || *n > 1_000_000 {
		return usagef("--members phải từ 0 đến 1.000.000")
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if err := fillDemo(e, store, *n, *seed); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã tạo dữ liệu mẫu: %s đoàn viên trong %s\n", vn.FormatInt(int64(*n)), store.Path())
	return nil
}

// demoStore is what filling demo data needs of the store.
type demoStore interface {
	data.ProfileService
	data.MemberService
	data.UnitService
	data.RecordsService
}

// fillDemo writes the demo profile (when none is set), the units, n members and
// the records of conferences, dialogues and agreements.
func fillDemo(e *env, store demoStore, n int, seed uint64) error {
	if _, err := store.Profile(e.ctx); data.ErrorCode(err) == data.ENOTFOUND {
		p := demo.Profile()
		p.WorkersTotal = n + n/8 + 5
		p.WorkersFemale = p.WorkersTotal * 6 / 10
		if err := store.SaveProfile(e.ctx, p); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	for _, u := range demo.Units {
		if _, err := store.UnitByName(e.ctx, u, true); err != nil {
			return err
		}
	}
	if err := store.CreateMembers(e.ctx, demo.Members(n, seed, e.now())); err != nil {
		return err
	}
	return fillDemoRecords(e, store)
}
