package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

var _ data.DuesService = (*Store)(nil)

// A month's sheet is read in passes joined in Go, not by three correlated
// subqueries per member: the events (monthStatuses), the month's kept rows (by
// the month index), the register in its order; then, for the rows not kept,
// the month before (one pass), and only a member with neither month kept is
// looked up alone for the last month kept before (what carrying proposes).
// Issue 13: the sheet ≤ 1 s at 100,000 members.

// keptDues is a ledger row as the sheet reads it.
type keptDues struct {
	kept                             bool // false: the member has no row that month
	base                             data.DuesBase
	amount, due, standard, collected int64
	rate                             int
	exemption                        data.DuesExemption
	unit                             sql.NullInt64
}

// keptMonth reads every kept row of a month, indexed by member id (ids run from
// 1 to maxID, densely: a slice, not a map, at 100,000 members).
func keptMonth(ctx context.Context, q querier, month int, maxID int64) ([]keptDues, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, base_kind, base, rate_bp, exemption, due, standard, collected, unit_id
		FROM dues_month WHERE month = ?`, month)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]keptDues, maxID+1)
	var id int64
	var k keptDues
	for rows.Next() {
		if err := rows.Scan(&id, (*string)(&k.base), &k.amount, &k.rate, (*string)(&k.exemption), &k.due, &k.standard, &k.collected, &k.unit); err != nil {
			return nil, err
		}
		if id < 0 || id > maxID {
			continue // a ledger row of no member: the foreign key forbids it
		}
		k.kept = true
		out[id] = k
	}
	return out, rows.Err()
}

// monthKinds are a member's status events in force at a month's end and at its
// start: the last event (by id) dated by then or undated, "" when none.
type monthKinds struct{ end, start string }

// status is the member's status for the month's đoàn phí (monthStatus).
func (k monthKinds) status() data.Status {
	return monthStatus(sql.NullString{String: k.end, Valid: k.end != ""}, sql.NullString{String: k.start, Valid: k.start != ""})
}

// monthStatuses reads every member's events in one scan, in id order, and keeps
// for each member the last one dated by the month's last day (end) and by its
// first day (start): what two "ORDER BY id DESC LIMIT 1" lookups per member
// give, at the cost of one sequential read (issue 13: the sheet ≤ 1 s at 100,000).
func monthStatuses(ctx context.Context, q querier, first, last time.Time) (map[int64]monthKinds, error) {
	rows, err := q.QueryContext(ctx, `SELECT member_id, kind, coalesce(date, '') FROM member_event ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	start, end := vn.ISO(first), vn.ISO(last)
	out := map[int64]monthKinds{}
	kinds := map[string]string{} // one string per event kind, not one per row
	var id int64
	var kind, date []byte
	for rows.Next() {
		if err := rows.Scan(&id, &kind, &date); err != nil {
			return nil, err
		}
		k, ok := kinds[string(kind)]
		if !ok {
			k = string(kind)
			kinds[k] = k
		}
		mk := out[id]
		if d := string(date); d == "" || d <= end {
			mk.end = k
			if d == "" || d <= start {
				mk.start = k
			}
		}
		out[id] = mk
	}
	return out, rows.Err()
}

// DuesSheet returns the month's rows in register order (data.DuesService).
func (s *Store) DuesSheet(ctx context.Context, month time.Time) ([]data.DuesRow, error) {
	const doing = "đọc bảng thu đoàn phí"
	month = data.MonthOf(month)
	key, prevKey := data.MonthKey(month), data.MonthKey(month.AddDate(0, -1, 0))
	units, err := unitNames(ctx, s.db)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	statuses, err := monthStatuses(ctx, s.db, month, month.AddDate(0, 1, -1))
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	var maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM member`).Scan(&maxID); err != nil {
		return nil, data.Internal(err, doing)
	}
	kept, err := keptMonth(ctx, s.db, key, maxID)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	// The last kept month before, for a member whose month before is not kept.
	earlier, err := s.db.PrepareContext(ctx, `SELECT month, base_kind, base FROM dues_month
		WHERE member_id = ? AND month < ? ORDER BY month DESC LIMIT 1`)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	defer earlier.Close()
	rows, err := s.db.QueryContext(ctx, memberRowsSQL+`WHERE deleted_at IS NULL ORDER BY sort_key, id`)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	defer rows.Close()
	var out []data.DuesRow
	var unkept []int // rows of out with nothing kept for the month
	var (
		id   int64
		text string
		f    [rowFields]string
	)
	for rows.Next() {
		if err := rows.Scan(&id, &text); err != nil {
			return nil, data.Internal(err, doing)
		}
		mr, err := parseRow(id, text, f[:], units)
		if err != nil {
			return nil, data.Internal(err, doing)
		}
		status := statuses[id].status()
		var k keptDues
		if id <= maxID {
			k = kept[id]
		}
		saved := k.kept
		if !saved && !status.InUnion() {
			continue // not a member that month, and nothing kept
		}
		r := data.DuesRow{MemberID: id, Name: mr.Name, IDNumber: mr.IDNumber, MemberCode: mr.MemberCode,
			UnitID: mr.UnitID, UnitName: mr.UnitName, Status: status, Base: data.DuesBaseBHXH}
		if saved {
			r.Saved, r.Base, r.Amount, r.RateBP = true, k.base, k.amount, k.rate
			r.Exemption, r.Due, r.Collected, r.Standard = k.exemption, k.due, k.collected, k.standard
			if k.unit.Valid {
				r.UnitID, r.UnitName = k.unit.Int64, units[k.unit.Int64]
			}
		} else {
			unkept = append(unkept, len(out))
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, data.Internal(err, doing)
	}
	if len(unkept) == 0 {
		return out, nil
	}
	// The rows not kept propose the salary of the last month kept before:
	// the month before, read in one pass, or an earlier one looked up alone.
	prev, err := keptMonth(ctx, s.db, prevKey, maxID)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	for _, i := range unkept {
		r := &out[i]
		if p := prev[r.MemberID]; p.kept {
			r.Carried, r.CarriedFrom = true, data.MonthFromKey(prevKey)
			r.Base, r.Amount = p.base, p.amount
			continue
		}
		var from int
		var base string
		switch err := earlier.QueryRowContext(ctx, r.MemberID, key).Scan(&from, &base, &r.Amount); {
		case err == nil:
			r.Carried, r.CarriedFrom, r.Base = true, data.MonthFromKey(from), data.DuesBase(base)
		case !errors.Is(err, sql.ErrNoRows):
			return nil, data.Internal(err, doing)
		}
	}
	return out, nil
}

// monthStatus is a member's status for a month's đoàn phí: at its end, or at its
// start for a member who left during it (who still owes that month).
func monthStatus(end, start sql.NullString) data.Status {
	st := data.EventKind(end.String).Result()
	if !st.InUnion() {
		if first := data.EventKind(start.String).Result(); first.InUnion() {
			return first
		}
	}
	return st
}

// storedDues is a ledger row as kept, for comparing before a write.
type storedDues struct {
	base      string
	amount    int64
	exemption string
	collected int64
	due       int64
	standard  int64
}

// SaveDues computes and keeps members' months, all or nothing (data.DuesService).
func (s *Store) SaveDues(ctx context.Context, month time.Time, entries []data.DuesEntry, source string) error {
	month = data.MonthOf(month)
	rules, err := data.LoadRuleSettings(ctx, s)
	if err != nil {
		return data.Internal(err, "đọc cài đặt")
	}
	rates, err := s.DuesRates(ctx)
	if err != nil {
		return err
	}
	backedUp := func() error { return nil }
	if source != "" && len(entries) > 0 {
		if backedUp, err = s.autoBackupBeside(ctx, data.BackupBeforeImport); err != nil {
			return err
		}
		defer backedUp()
	}
	key := data.MonthKey(month)
	label := "Đoàn phí " + data.MonthLabel(month)
	at := s.stamp()
	var refusal error
	err = s.write(ctx, "lưu bảng thu đoàn phí", func(tx *sql.Tx) error {
		get, err := duesLookup(ctx, tx, month, len(entries))
		if err != nil {
			return err
		}
		defer get.close()
		put, err := tx.PrepareContext(ctx, `INSERT INTO dues_month (member_id, month, base_kind, base, rate_bp, exemption, due, standard, collected, unit_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (member_id, month) DO UPDATE SET base_kind = excluded.base_kind, base = excluded.base,
				rate_bp = excluded.rate_bp, exemption = excluded.exemption, due = excluded.due, standard = excluded.standard,
				collected = excluded.collected, unit_id = excluded.unit_id`)
		if err != nil {
			return err
		}
		defer put.Close()
		written := 0
		var puts []duesPut // the bulk path's rows, written after every check passed
		for i, e := range entries {
			where := func(err error) error {
				if e.Line > 0 {
					return data.AtLine(e.Line, err)
				}
				return data.AtLine(i+1, err)
			}
			var unit sql.NullInt64
			var name string
			var event, first, oldBase, oldExempt sql.NullString
			var oldAmount, oldCollected, oldDue, oldStd sql.NullInt64
			err := get.find(ctx, e.MemberID, &unit, &name, &event, &first, &oldBase, &oldAmount, &oldExempt, &oldCollected, &oldDue, &oldStd)
			if err == sql.ErrNoRows {
				refusal = where(data.Errorf(data.ENOTFOUND, "", "Không có đoàn viên mã %d trong sổ (hoặc đã ở Thùng rác)", e.MemberID))
				return refusal
			}
			if err != nil {
				return err
			}
			status := monthStatus(event, first)
			if !status.InUnion() && !oldBase.Valid {
				refusal = where(data.Errorf(data.EINVALID, "", "%s không còn là đoàn viên trong tháng %s (%s)", name, data.MonthLabel(month), status.Label()))
				return refusal
			}
			if e.SalaryOnly {
				e.Collected, e.Exemption = oldCollected.Int64, data.DuesExemption(oldExempt.String)
			}
			d, err := data.DuesFor(e, month, status, rates, rules.Finance)
			if err != nil {
				refusal = where(prefixName(name, err))
				return refusal
			}
			if e.Collected < 0 || e.Collected > d.Due {
				refusal = where(data.Errorf(data.EINVALID, "", "%s: số đã thu %s phải từ 0 đến số phải đóng %s",
					name, vn.FormatMoney(e.Collected), vn.FormatMoney(d.Due)))
				return refusal
			}
			if e.Base == "" {
				e.Base = data.DuesBaseBHXH
			}
			exemption := d.Exemption
			rate := 0
			if d.Due > 0 && e.Base != data.DuesBaseFixed {
				rate, _ = data.RateOn(rates, month)
			}
			amount := e.Amount
			if exemption != data.ExemptNone && amount == 0 && oldAmount.Valid {
				amount = oldAmount.Int64 // an exemption keeps the salary on file for the months after
			}
			old := storedDues{oldBase.String, oldAmount.Int64, oldExempt.String, oldCollected.Int64, oldDue.Int64, oldStd.Int64}
			now := storedDues{string(e.Base), amount, string(exemption), e.Collected, d.Due, d.Standard}
			if oldBase.Valid && old == now {
				continue
			}
			row := duesPut{e.MemberID, e.Base, amount, rate, exemption, d.Due, d.Standard, e.Collected, unit}
			if get.one == nil {
				puts = append(puts, row)
			} else if err := row.exec(ctx, put, key); err != nil {
				return err
			}
			written++
			get.wrote(e.MemberID, keptDues{kept: true, base: e.Base, amount: amount, exemption: exemption, collected: e.Collected, due: d.Due, standard: d.Standard})
			if oldBase.Valid {
				if err := audit(ctx, tx, at, data.EntityDues, e.MemberID, duesChanges(label, old, now)...); err != nil {
					return err
				}
			} else if source == "" {
				if err := audit(ctx, tx, at, data.EntityDues, e.MemberID, change{label, "", showDues(now)}); err != nil {
					return err
				}
			}
		}
		// In member order: the ledger's key is (member, month), so a month's rows
		// written in the file's order land all over a year's table, each on a page
		// of its own (2.4 s of a 100,000-row import); in key order they go page by
		// page. Stable, so that a member listed twice still ends with the later row.
		slices.SortStableFunc(puts, func(a, b duesPut) int { return cmp.Compare(a.member, b.member) })
		for _, row := range puts {
			if err := row.exec(ctx, put, key); err != nil {
				return err
			}
		}
		if source != "" && written > 0 {
			if err := audit(ctx, tx, at, EntityImport, 0, change{label, "", fmt.Sprintf("Nhập lương từ tệp %s: %s dòng", source, vn.FormatInt(int64(written)))}); err != nil {
				return err
			}
		}
		// Committed only once the backup made before it counts.
		if refusal = backedUp(); refusal != nil {
			return refusal
		}
		return nil
	})
	if refusal != nil {
		return refusal
	}
	return err
}

// duesPut is one row SaveDues writes into dues_month.
type duesPut struct {
	member    int64
	base      data.DuesBase
	amount    int64
	rate      int
	exemption data.DuesExemption
	due, std  int64
	collected int64
	unit      sql.NullInt64
}

func (r duesPut) exec(ctx context.Context, put *sql.Stmt, month int) error {
	_, err := put.ExecContext(ctx, r.member, month, string(r.base), r.amount, r.rate, string(r.exemption), r.due, r.std, r.collected, r.unit)
	return err
}

// prefixName puts the member's name in front of a rule's message.
func prefixName(name string, err error) error {
	var de *data.Error
	if errors.As(err, &de) {
		c := *de
		c.Message = name + ": " + de.Message
		return &c
	}
	return err
}

// showDues is a kept month as the history shows it.
func showDues(d storedDues) string {
	s := fmt.Sprintf("%s %s, phải đóng %s, đã thu %s", data.DuesBase(d.base).Label(), vn.FormatMoney(d.amount),
		vn.FormatMoney(d.due), vn.FormatMoney(d.collected))
	if x := data.DuesExemption(d.exemption); x != data.ExemptNone {
		s += ", không đóng: " + x.Label()
	}
	return s
}

// duesChanges lists what changed in a kept month, each as its own audit row.
func duesChanges(label string, old, now storedDues) []change {
	var cs []change
	add := func(field, o, n string) {
		if o != n {
			cs = append(cs, change{label + ": " + field, o, n})
		}
	}
	add("Căn cứ", data.DuesBase(old.base).Label(), data.DuesBase(now.base).Label())
	add("Lương / mức", vn.FormatMoney(old.amount), vn.FormatMoney(now.amount))
	add("Không đóng", data.DuesExemption(old.exemption).Label(), data.DuesExemption(now.exemption).Label())
	add("Phải đóng", vn.FormatMoney(old.due), vn.FormatMoney(now.due))
	add("Đã thu", vn.FormatMoney(old.collected), vn.FormatMoney(now.collected))
	return cs
}

// DuesRates lists the adopted rates above 0.5%, oldest first (data.DuesService).
func (s *Store) DuesRates(ctx context.Context) ([]data.DuesRate, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT from_month, rate_bp, number, COALESCE(date, ''), in_quy_che FROM dues_rate ORDER BY from_month`)
	if err != nil {
		return nil, data.Internal(err, "đọc tỷ lệ đoàn phí")
	}
	defer rows.Close()
	var out []data.DuesRate
	for rows.Next() {
		var r data.DuesRate
		var from int
		var date string
		if err := rows.Scan(&from, &r.RateBP, &r.Resolution.Number, &date, &r.Resolution.InQuyChe); err != nil {
			return nil, data.Internal(err, "đọc tỷ lệ đoàn phí")
		}
		r.From = data.MonthFromKey(from)
		if r.Resolution.Date, err = vn.ParseISO(date); err != nil {
			return nil, data.Internal(err, "đọc tỷ lệ đoàn phí")
		}
		out = append(out, r)
	}
	return out, data.Internal(rows.Err(), "đọc tỷ lệ đoàn phí")
}

// AddDuesRate records a rate adopted by the BCH mở rộng (data.DuesService). A
// month with kept rows keeps its dues: the rate applies as months are saved.
func (s *Store) AddDuesRate(ctx context.Context, r data.DuesRate) error {
	if err := r.Validate(); err != nil {
		return err
	}
	r.Resolution.Number = vn.Clean(r.Resolution.Number)
	var taken int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM dues_rate WHERE from_month = ?`, data.MonthKey(r.From)).Scan(&taken); err != nil {
		return data.Internal(err, "đọc tỷ lệ đoàn phí")
	}
	if taken > 0 {
		return data.Errorf(data.ECONFLICT, data.FieldDuesMonth, "Đã có tỷ lệ đoàn phí áp dụng từ tháng %s", data.MonthLabel(r.From))
	}
	at := s.stamp()
	return s.write(ctx, "lưu tỷ lệ đoàn phí", func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO dues_rate (from_month, rate_bp, number, date, in_quy_che, created_at) VALUES (?, ?, ?, ?, ?, ?)`,
			data.MonthKey(r.From), r.RateBP, r.Resolution.Number, isoArg(r.Resolution.Date), r.Resolution.InQuyChe, at)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		return audit(ctx, tx, at, data.EntityDues+"-ty-le", id, change{"Tỷ lệ đoàn phí từ " + data.MonthLabel(r.From), "",
			fmt.Sprintf("%s theo nghị quyết %s ngày %s", data.RateText(r.RateBP), r.Resolution.Number, vn.FormatDate(r.Resolution.Date))})
	})
}

// DuesYear totals each kept month of a year (data.DuesService).
func (s *Store) DuesYear(ctx context.Context, year int) ([]data.DuesMonthTotal, error) {
	rules, err := data.LoadRuleSettings(ctx, s)
	if err != nil {
		return nil, data.Internal(err, "đọc cài đặt")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT month, count(*), sum(due), sum(collected),
		sum(min(collected, standard))
		FROM dues_month WHERE month BETWEEN ? AND ? GROUP BY month ORDER BY month`, year*100+1, year*100+12)
	if err != nil {
		return nil, data.Internal(err, "đọc sổ thu đoàn phí")
	}
	defer rows.Close()
	var out []data.DuesMonthTotal
	for rows.Next() {
		var m data.DuesMonthTotal
		var key int
		if err := rows.Scan(&key, &m.Rows, &m.Totals.Due, &m.Totals.Collected, &m.Totals.Standard); err != nil {
			return nil, data.Internal(err, "đọc sổ thu đoàn phí")
		}
		m.Month = data.MonthFromKey(key)
		m.Totals.Excess = m.Totals.Collected - m.Totals.Standard
		m.Totals = data.SplitDues(m.Totals, rules.Finance.DuesRemitShare)
		out = append(out, m)
	}
	return out, data.Internal(rows.Err(), "đọc sổ thu đoàn phí")
}

// bulkDues is the size from which a save of the ledger reads what it checks
// (members, statuses, the month as kept) in three passes before its rows,
// instead of one lookup per row: a month's import of 100,000 salaries (issue
// 13: ≤ the member import's time). An edit of a few rows keeps the lookups.
var bulkDues = 2000

// duesLookups finds, for a member, what SaveDues checks: unit and name, the
// status events at the month's end and start, and the month as kept.
type duesLookups struct {
	one        *sql.Stmt // the per-row query, below bulkDues
	monthKey   int
	end, start string
	units      []sql.NullInt64 // by member id, the bulk path
	names      []string
	live       []bool
	statuses   map[int64]monthKinds
	kept       []keptDues
}

func duesLookup(ctx context.Context, tx *sql.Tx, month time.Time, rows int) (*duesLookups, error) {
	l := &duesLookups{monthKey: data.MonthKey(month), end: vn.ISO(month.AddDate(0, 1, -1)), start: vn.ISO(month)}
	if rows < bulkDues {
		var err error
		l.one, err = tx.PrepareContext(ctx, `SELECT m.unit_id, m.full_name,
			(SELECT e.kind FROM member_event e WHERE e.member_id = m.id AND (e.date IS NULL OR e.date <= ?1)
				ORDER BY e.id DESC LIMIT 1),
			(SELECT e.kind FROM member_event e WHERE e.member_id = m.id AND (e.date IS NULL OR e.date <= ?4)
				ORDER BY e.id DESC LIMIT 1),
			d.base_kind, d.base, d.exemption, d.collected, d.due, d.standard
			FROM member m LEFT JOIN dues_month d ON d.member_id = m.id AND d.month = ?2
			WHERE m.id = ?3 AND m.deleted_at IS NULL`)
		return l, err
	}
	var maxID int64
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM member`).Scan(&maxID); err != nil {
		return nil, err
	}
	l.units, l.names, l.live = make([]sql.NullInt64, maxID+1), make([]string, maxID+1), make([]bool, maxID+1)
	rows2, err := tx.QueryContext(ctx, `SELECT id, unit_id, full_name FROM member WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, err
	}
	defer rows2.Close()
	for rows2.Next() {
		var id int64
		var unit sql.NullInt64
		var name string
		if err := rows2.Scan(&id, &unit, &name); err != nil {
			return nil, err
		}
		if id >= 0 && id <= maxID {
			l.units[id], l.names[id], l.live[id] = unit, name, true
		}
	}
	if err := rows2.Err(); err != nil {
		return nil, err
	}
	if l.statuses, err = monthStatuses(ctx, tx, month, month.AddDate(0, 1, -1)); err != nil {
		return nil, err
	}
	l.kept, err = keptMonth(ctx, tx, l.monthKey, maxID)
	return l, err
}

// find fills what SaveDues checks of member id; sql.ErrNoRows when the member
// is not in the register (or is in the trash).
func (l *duesLookups) find(ctx context.Context, id int64, unit *sql.NullInt64, name *string, event, first, oldBase *sql.NullString,
	oldAmount *sql.NullInt64, oldExempt *sql.NullString, oldCollected, oldDue, oldStd *sql.NullInt64) error {
	if l.one != nil {
		return l.one.QueryRowContext(ctx, l.end, l.monthKey, id, l.start).Scan(unit, name, event, first, oldBase, oldAmount, oldExempt, oldCollected, oldDue, oldStd)
	}
	if id < 0 || id >= int64(len(l.live)) || !l.live[id] {
		return sql.ErrNoRows
	}
	*unit, *name = l.units[id], l.names[id]
	mk := l.statuses[id]
	*event, *first = sql.NullString{String: mk.end, Valid: mk.end != ""}, sql.NullString{String: mk.start, Valid: mk.start != ""}
	if k := l.kept[id]; k.kept {
		*oldBase, *oldExempt = sql.NullString{String: string(k.base), Valid: true}, sql.NullString{String: string(k.exemption), Valid: true}
		*oldAmount, *oldCollected = sql.NullInt64{Int64: k.amount, Valid: true}, sql.NullInt64{Int64: k.collected, Valid: true}
		*oldDue, *oldStd = sql.NullInt64{Int64: k.due, Valid: true}, sql.NullInt64{Int64: k.standard, Valid: true}
	} else {
		*oldBase, *oldExempt = sql.NullString{}, sql.NullString{}
		*oldAmount, *oldCollected, *oldDue, *oldStd = sql.NullInt64{}, sql.NullInt64{}, sql.NullInt64{}, sql.NullInt64{}
	}
	return nil
}

// wrote records a row just written, for a member listed twice in one save.
func (l *duesLookups) wrote(id int64, k keptDues) {
	if l.one == nil && id >= 0 && id < int64(len(l.kept)) {
		l.kept[id] = k
	}
}

func (l *duesLookups) close() {
	if l.one != nil {
		l.one.Close()
	}
}
