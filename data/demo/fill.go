package demo

import (
	"context"
	"time"

	"socongdoan/data"
)

// Store is what filling demo data needs of the store.
type Store interface {
	data.ProfileService
	data.MemberService
	data.UnitService
	data.RecordsService
	data.SettingsService
}

// Fill writes the demo profile (when none is set), the units, n members and the
// records of conferences, dialogues and agreements, dated around today. The command
// line's "demo" and the first-run screen's "Dùng thử với dữ liệu mẫu" both use it.
func Fill(ctx context.Context, store Store, n int, seed uint64, today time.Time) error {
	if _, err := store.Profile(ctx); data.ErrorCode(err) == data.ENOTFOUND {
		p := Profile()
		p.WorkersTotal = n + n/8 + 5
		p.WorkersFemale = p.WorkersTotal * 6 / 10
		if err := store.SaveProfile(ctx, p); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	for _, u := range Units {
		if _, err := store.UnitByName(ctx, u, true); err != nil {
			return err
		}
	}
	if err := store.CreateMembers(ctx, Members(n, seed, today)); err != nil {
		return err
	}
	return fillRecords(ctx, store, today)
}

// fillRecords writes the demo's conferences, representative list, dialogues,
// bargaining round and agreement, dated around today (MakeRecords). The
// representatives are members of the register, as many as the headcount needs
// (DOMAIN §2), the union's officers first.
func fillRecords(ctx context.Context, store Store, today time.Time) error {
	p, err := store.Profile(ctx)
	if err != nil {
		return err
	}
	rows, err := store.MemberRows(ctx)
	if err != nil {
		return err
	}
	lo, _ := data.RepresentativeBand(p.WorkersTotal)
	want := lo + 1
	var reps []data.Rep
	pick := func(officers bool) {
		for i := range rows {
			r := &rows[i]
			if len(reps) >= want || r.Status != data.StatusActive || r.Foreign() || (r.UnionRole != "") != officers {
				continue
			}
			rep := data.Rep{MemberID: r.ID, Name: r.Name, Female: r.Sex == data.SexFemale, Role: r.UnionRole}
			if rep.Role == "" {
				rep.Role = r.UnitName
			}
			if r.UnionRole == "Chủ tịch" { // the chair leads the worker side
				rep.Role = "Chủ tịch CĐCS, trưởng đoàn"
				reps = append([]data.Rep{rep}, reps...)
				continue
			}
			reps = append(reps, rep)
		}
	}
	pick(true)
	pick(false)
	for len(reps) < 3 { // a register too small for a list: name non-members
		reps = append(reps, data.Rep{Name: "Người lao động " + string(rune('A'+len(reps)))})
	}
	r := MakeRecords(today, p, reps)
	for _, c := range r.Conferences {
		if err := data.Conferences.Store(store).Create(ctx, c); err != nil {
			return err
		}
	}
	if err := data.RepLists.Store(store).Create(ctx, r.RepList); err != nil {
		return err
	}
	for _, d := range r.Dialogues {
		if err := data.Dialogues.Store(store).Create(ctx, d); err != nil {
			return err
		}
	}
	if err := data.Bargainings.Store(store).Create(ctx, r.Bargaining); err != nil {
		return err
	}
	if err := data.Agreements.Store(store).Create(ctx, r.Agreement); err != nil {
		return err
	}
	if err := fillVouchers(ctx, store, rows, today); err != nil {
		return err
	}
	if err := fillTraining(ctx, store, today, p, rows); err != nil {
		return err
	}
	if err := fillDues(ctx, store, today); err != nil {
		return err
	}
	if err := fillCongress(ctx, store, today, rows); err != nil {
		return err
	}
	if err := fillFinancePlan(ctx, store, p, len(rows), today); err != nil {
		return err
	}
	return fillEmulation(ctx, store, p, rows, today)
}
