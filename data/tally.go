package data

// MemberTally is the register's head counts that Tổng quan shows and the rules
// read (the Ban nữ công threshold): counted by the store in SQL, so that neither
// reads the 100,000 rows of the register at start-up (issue 12 §8).
type MemberTally struct {
	Current   int // in the union today: đang sinh hoạt or tạm dừng (Status.InUnion)
	Female    int // of Current
	Suspended int // of Current: tạm dừng sinh hoạt
	Foreign   int // of Current: not Vietnamese citizens
}

// Add counts n members of one status, sex and nationality: the one place the
// tally's rules live, whether the rows come from the store's GROUP BY or the register.
func (t *MemberTally) Add(st Status, sex Sex, nationality string, n int) {
	if !st.InUnion() {
		return
	}
	t.Current += n
	if sex == SexFemale {
		t.Female += n
	}
	if st == StatusSuspended {
		t.Suspended += n
	}
	if isForeign(nationality) {
		t.Foreign += n
	}
}

// TallyRows counts the register's rows as the store's MemberTally does.
func TallyRows(rows []MemberRow) MemberTally {
	var t MemberTally
	for i := range rows {
		t.Add(rows[i].Status, rows[i].Sex, rows[i].Nationality, 1)
	}
	return t
}
