package data

import "context"

// The sổ theo dõi thu đoàn phí (issue 13 point 4; DOMAIN-MODULES §A.3 "Vouchers
// and books"): each member's year month by month from the đoàn phí ledger, what
// was due and what was collected. At 100,000 members the year is 1,200,000
// ledger rows: the store hands it over one member at a time (DuesRegister), in
// register order, never as a whole.

// DuesCell is one member's month in the register.
type DuesCell struct {
	Kept      bool // the month has a ledger row
	Due       int64
	Collected int64
	Exempt    bool // nothing due: an exemption (DuesExemption) was recorded
}

// DuesRegisterLine is one member's year.
type DuesRegisterLine struct {
	MemberID int64
	Name     string
	IDNumber string
	UnitName string
	Trashed  bool         // the member is in the Thùng rác; the money kept stays counted
	Months   [12]DuesCell // January first
}

// Totals are the year's due, collected and still owed.
func (l *DuesRegisterLine) Totals() (due, collected, owed int64) {
	for _, c := range l.Months {
		due += c.Due
		collected += c.Collected
	}
	return due, collected, due - collected
}

// DuesRegisterService streams the register of a year.
type DuesRegisterService interface {
	// DuesRegister calls each with every member having a ledger row in year, in
	// register order (trashed members too: their money was counted); each's line
	// is reused for the next member. An error from each stops the read.
	DuesRegister(ctx context.Context, year int, each func(*DuesRegisterLine) error) error
}
