package app

import (
	"socongdoan/data"
	"socongdoan/data/demo"
)

// fillDemoRecords writes the demo's conferences, representative list, dialogues,
// bargaining round and agreement, dated around today (demo.MakeRecords). The
// representatives are members of the register, as many as the headcount needs
// (DOMAIN §2), the union's officers first.
func fillDemoRecords(e *env, store demoStore) error {
	p, err := store.Profile(e.ctx)
	if err != nil {
		return err
	}
	rows, err := store.MemberRows(e.ctx)
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
	r := demo.MakeRecords(e.now(), p, reps)
	for _, c := range r.Conferences {
		if err := store.CreateConference(e.ctx, c); err != nil {
			return err
		}
	}
	if err := store.CreateRepList(e.ctx, r.RepList); err != nil {
		return err
	}
	for _, d := range r.Dialogues {
		if err := store.CreateDialogue(e.ctx, d); err != nil {
			return err
		}
	}
	if err := store.CreateBargaining(e.ctx, r.Bargaining); err != nil {
		return err
	}
	return store.CreateAgreement(e.ctx, r.Agreement)
}
