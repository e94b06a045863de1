package data

import (
	"context"
)

// The Việc cần làm rules of DOMAIN-MODULES §E–§F that need the register: the
// Ban nữ công threshold counts the female members, which LoadTodoInput reads
// (countFemaleMembers) into TodoInput.FemaleMembers and Todos passes on in
// TodoEnv.FemaleMembers.

// memberTallier is the register's head counts, which the store gives besides RecordDB.
type memberTallier interface {
	MemberTally(ctx context.Context) (MemberTally, error)
}

// countFemaleMembers counts the women in the union today (đang sinh hoạt or
// tạm dừng) when r holds the register; 0 otherwise.
func countFemaleMembers(ctx context.Context, r RecordDB) (int, error) {
	mt, ok := r.(memberTallier)
	if !ok {
		return 0, nil
	}
	t, err := mt.MemberTally(ctx)
	return t.Female, err
}

// womenCommitteeTodos is the Ban nữ công's and the activities' rule (WomenTodos).
func womenCommitteeTodos(cs []WomenCommittee, env TodoEnv) []Todo {
	return WomenTodos(env.FemaleMembers, cs, WomenActivities.In(env.Records), env.Settings.Emulation, env.Today)
}
