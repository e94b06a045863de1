package data

import (
	"context"
)

// The Việc cần làm rules of DOMAIN-MODULES §E–§F that need the register: the
// Ban nữ công threshold counts the female members, which LoadTodoInput reads
// (countFemaleMembers) into TodoInput.FemaleMembers and Todos passes on in
// TodoEnv.FemaleMembers.

// memberRower is the register's rows, which the store gives besides RecordDB.
type memberRower interface {
	MemberRows(ctx context.Context) ([]MemberRow, error)
}

// countFemaleMembers counts the women in the union today (đang sinh hoạt or
// tạm dừng) when r holds the register; 0 otherwise.
func countFemaleMembers(ctx context.Context, r RecordDB) (int, error) {
	mr, ok := r.(memberRower)
	if !ok {
		return 0, nil
	}
	rows, err := mr.MemberRows(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for i := range rows {
		if rows[i].Sex == SexFemale && rows[i].Status.InUnion() {
			n++
		}
	}
	return n, nil
}

// womenCommitteeTodos is the Ban nữ công's and the activities' rule (WomenTodos).
func womenCommitteeTodos(cs []WomenCommittee, env TodoEnv) []Todo {
	return WomenTodos(env.FemaleMembers, cs, WomenActivities.In(env.Records), env.Settings.Emulation, env.Today)
}
