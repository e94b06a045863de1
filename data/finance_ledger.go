package data

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// The đoàn phí ledger: one compact row per member and month (issue 13 point 1;
// DOMAIN §5; DOMAIN-MODULES §A.1). ~720,000 rows a year at 60,000 members, so a
// month is read by one query joined to the register (DuesService.DuesSheet), not
// through the registry's per-record path. The rules are in finance_dues.go.

// EntityDues is the ledger's entity in the audit log (entity_id: the member).
const EntityDues = "doan-phi"

// MonthOf is the first day of a month (UTC); MonthKey is its stored form yyyymm.
func MonthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

// MonthKey is the stored form of a month: 2026-07 → 202607.
func MonthKey(t time.Time) int { return t.Year()*100 + int(t.Month()) }

// MonthFromKey is the month of a stored key.
func MonthFromKey(k int) time.Time {
	return time.Date(k/100, time.Month(k%100), 1, 0, 0, 0, 0, time.UTC)
}

// MonthLabel shows a month as a chair writes it: "07/2026".
func MonthLabel(t time.Time) string { return fmt.Sprintf("%02d/%d", t.Month(), t.Year()) }

// ParseMonth reads "2026-07", "07/2026" or "7/2026".
func ParseMonth(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	var y, m string
	switch {
	case strings.Contains(s, "-"):
		y, m, _ = strings.Cut(s, "-")
	case strings.Contains(s, "/"):
		m, y, _ = strings.Cut(s, "/")
	}
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || mi < 1 || mi > 12 || yi < 2000 || yi > 2999 {
		return time.Time{}, Errorf(EINVALID, FieldDuesMonth, "Tháng \"%s\" không hợp lệ: ghi dạng 07/2026 hoặc 2026-07", s)
	}
	return time.Date(yi, time.Month(mi), 1, 0, 0, 0, 0, time.UTC), nil
}

// DuesEntry is what the chair (or an import) gives for a member's month: the
// base, the exemption and the amount collected. The due is computed from it.
type DuesEntry struct {
	MemberID  int64
	Line      int // the file's row, for an import's messages; 0 when typed
	Base      DuesBase
	Amount    int64
	Exemption DuesExemption
	Collected int64
	// SalaryOnly: an import of salaries sets the base and salary only, leaving
	// what was collected and a recorded exemption as they are.
	SalaryOnly bool
}

// DuesRow is one line of a month's sheet: the member, and their month as kept
// (Saved), or as proposed from their last kept month (Carried), or empty.
type DuesRow struct {
	MemberID    int64
	Name        string
	IDNumber    string
	MemberCode  string
	UnitID      int64
	UnitName    string
	Status      Status // at the end of the month, from the status history
	Saved       bool   // the month is kept in the ledger
	Carried     bool   // not kept: Base and Amount come from CarriedFrom
	CarriedFrom time.Time
	Base        DuesBase
	Amount      int64 // the salary of the base, or the fixed amount
	RateBP      int
	Exemption   DuesExemption
	Due         int64 // kept: as saved; otherwise computed for display
	Standard    int64 // the 0.5% part of Due
	Collected   int64
	Problem     string // why the due cannot be computed (no salary yet …)
}

// DuesRate is a rate above 0.5% adopted by the BCH mở rộng from a month on (QĐ 61).
type DuesRate struct {
	From       time.Time
	RateBP     int
	Resolution DuesResolution
}

// DuesService keeps the đoàn phí ledger.
type DuesService interface {
	// DuesSheet returns the month's rows in register order: every member in the
	// union at the end of the month (status history), and every member with a kept
	// row that month; Due and Standard of kept rows as saved.
	DuesSheet(ctx context.Context, month time.Time) ([]DuesRow, error)
	// SaveDues computes and keeps members' months (ComputeDues with the settings
	// and rate in force), all or nothing; a refusal names the member or file row.
	// source names an import's file in the audit log ("" when typed).
	SaveDues(ctx context.Context, month time.Time, entries []DuesEntry, source string) error
	// DuesRates lists the rates adopted above 0.5%, oldest first.
	DuesRates(ctx context.Context) ([]DuesRate, error)
	// AddDuesRate records a rate adopted by a BCH-mở-rộng resolution.
	AddDuesRate(ctx context.Context, r DuesRate) error
	// DuesYear totals each month of a year that has kept rows.
	DuesYear(ctx context.Context, year int) ([]DuesMonthTotal, error)
}

// DuesMonthTotal is one month of the sổ theo dõi thu đoàn phí.
type DuesMonthTotal struct {
	Month  time.Time
	Rows   int
	Totals DuesTotals
}

// RateOn is the rate in force in month (the standard 0.5% when none was adopted).
func RateOn(rates []DuesRate, month time.Time) (int, *DuesResolution) {
	rate, res := StandardDuesRate, (*DuesResolution)(nil)
	for i, r := range rates {
		if !MonthOf(r.From).After(MonthOf(month)) {
			rate, res = r.RateBP, &rates[i].Resolution
		}
	}
	return rate, res
}

// Validate checks a rate against QĐ 61: above 0.5%, with its resolution written
// into the quy chế chi tiêu nội bộ.
func (r DuesRate) Validate() error {
	if r.RateBP <= StandardDuesRate {
		return Errorf(EINVALID, FieldDuesRate, "Tỷ lệ %s: chỉ ghi nghị quyết cho tỷ lệ cao hơn 0,5%%", RateText(r.RateBP))
	}
	if r.From.Before(DuesRuleFrom) {
		return Errorf(EINVALID, FieldDuesMonth, "Tỷ lệ theo %s áp dụng từ tháng 07/2025", qd61)
	}
	res := r.Resolution
	return checkDuesRate(r.RateBP, &res)
}

// DuesFor computes an entry with the settings and rate of the month. A suspended
// member is exempt whatever the entry says (DuesExemptionFor).
func DuesFor(e DuesEntry, month time.Time, status Status, rates []DuesRate, f FinanceSettings) (Dues, error) {
	in := DuesInput{Month: month, Base: e.Base, Amount: e.Amount, Exemption: e.Exemption}
	if in.Base == "" {
		in.Base = DuesBaseBHXH
	}
	if x := DuesExemptionFor(status); x != ExemptNone && in.Exemption == ExemptNone {
		in.Exemption = x
	}
	if in.Base != DuesBaseFixed {
		in.RateBP, in.Resolution = RateOn(rates, month)
	}
	return ComputeDues(in, f)
}

// FillSheet computes the due of the rows not kept (carried or empty), for display;
// kept rows stay as saved. A row that cannot be computed gets its Problem.
func FillSheet(rows []DuesRow, month time.Time, rates []DuesRate, f FinanceSettings) {
	for i := range rows {
		r := &rows[i]
		if r.Saved {
			continue
		}
		if DuesExemptionFor(r.Status) != ExemptNone && r.Exemption == ExemptNone {
			r.Exemption = DuesExemptionFor(r.Status)
		}
		if r.Amount == 0 && r.Exemption == ExemptNone {
			r.Problem = "Chưa có lương"
			continue
		}
		d, err := DuesFor(DuesEntry{Base: r.Base, Amount: r.Amount, Exemption: r.Exemption}, month, r.Status, rates, f)
		if err != nil {
			r.Problem = ErrorMessage(err)
			continue
		}
		r.Due, r.Standard, r.RateBP = d.Due, d.Standard, 0
		if r.Base != DuesBaseFixed && d.Due > 0 {
			r.RateBP, _ = RateOn(rates, month)
		}
	}
}

// SheetTotals totals a sheet (kept and proposed rows alike) with the remit share.
func SheetTotals(rows []DuesRow, remitShare Fraction) DuesTotals {
	lines := make([]DuesLine, 0, len(rows))
	for _, r := range rows {
		lines = append(lines, DuesLine{Dues: Dues{Due: r.Due, Standard: r.Standard}, Collected: min(r.Collected, r.Due)})
	}
	t, _ := SumDues(lines, remitShare)
	return t
}

// UnitSheet is one bộ phận's part of a month's sheet.
type UnitSheet struct {
	UnitID   int64
	UnitName string
	Rows     []DuesRow
	Totals   DuesTotals
}

// ByUnit splits a sheet by bộ phận, in the order the units first appear (the
// register's name order within each), members without one last.
func ByUnit(rows []DuesRow, remitShare Fraction) []UnitSheet {
	idx := map[int64]int{}
	var out []UnitSheet
	for _, r := range rows {
		i, ok := idx[r.UnitID]
		if !ok {
			i = len(out)
			idx[r.UnitID] = i
			name := r.UnitName
			if name == "" {
				name = "Chưa xếp bộ phận"
			}
			out = append(out, UnitSheet{UnitID: r.UnitID, UnitName: name})
		}
		out[i].Rows = append(out[i].Rows, r)
	}
	for i := range out {
		out[i].Totals = SheetTotals(out[i].Rows, remitShare)
	}
	sortUnits(out)
	return out
}

// sortUnits orders the units by name in Vietnamese order, the unplaced last.
func sortUnits(us []UnitSheet) {
	key := func(u UnitSheet) string {
		if u.UnitID == 0 {
			return "\xff"
		}
		return string(vn.SortKey(u.UnitName))
	}
	slices.SortStableFunc(us, func(a, b UnitSheet) int { return strings.Compare(key(a), key(b)) })
}

// ParseDuesBase reads a base kind as the CLI and files write it.
func ParseDuesBase(s string) (DuesBase, bool) {
	switch strings.ReplaceAll(vn.Fold(s), "-", " ") {
	case "", "luong bhxh", "luong dong bhxh", "bhxh":
		return DuesBaseBHXH, true
	case "thuc linh", "luong thuc linh":
		return DuesBaseTakeHome, true
	case "co dinh", "muc co dinh":
		return DuesBaseFixed, true
	}
	return "", false
}

// ParseDuesExemption reads an exemption as the CLI and files write it.
func ParseDuesExemption(s string) (DuesExemption, bool) {
	f := strings.ReplaceAll(vn.Fold(s), "-", " ")
	for _, x := range []DuesExemption{ExemptBHXHBenefit, ExemptUnpaidLeave, ExemptUnemployed, ExemptSuspended} {
		if f == strings.ReplaceAll(string(x), "_", " ") || f == vn.Fold(x.Label()) {
			return x, true
		}
	}
	return ExemptNone, f == "" || f == "khong"
}

// CarryEntries are the rows of a sheet not yet kept that carry a salary from an
// earlier month, as entries to keep; missing counts the members with none.
func CarryEntries(rows []DuesRow) (entries []DuesEntry, missing int) {
	for _, r := range rows {
		switch {
		case r.Saved:
		case r.Carried:
			entries = append(entries, DuesEntry{MemberID: r.MemberID, Base: r.Base, Amount: r.Amount})
		default:
			missing++
		}
	}
	return entries, missing
}

// SalaryChange is a kept salary an import would change.
type SalaryChange struct {
	Name     string
	Old, New int64
}

// SalaryComparison is what an import of salaries does to a month already begun.
type SalaryComparison struct {
	New, Same int
	Changed   []SalaryChange
}

// CompareSalaries compares the entries of an import with the month's sheet.
func CompareSalaries(sheet []DuesRow, entries []DuesEntry) SalaryComparison {
	kept := make(map[int64]DuesRow, len(sheet))
	for _, r := range sheet {
		if r.Saved {
			kept[r.MemberID] = r
		}
	}
	var c SalaryComparison
	for _, e := range entries {
		r, ok := kept[e.MemberID]
		switch {
		case !ok:
			c.New++
		case r.Amount == e.Amount && r.Base == e.Base:
			c.Same++
		default:
			c.Changed = append(c.Changed, SalaryChange{Name: r.Name, Old: r.Amount, New: e.Amount})
		}
	}
	return c
}
