package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"

	"socongdoan/data"
)

// memberRowsSQL reads the register. Each row is the member's id and register_row,
// a column SQLite computes on write (see migrations/0001_init.sql) that joins what
// data.MemberRow needs into one text, in this order, separated by rowSep:
//
//	unit_id, birth_year_only, full_name, birth_date, sex, union_role, join_date,
//	status, nationality, id_number, member_code, search_key
//
// The member_sort index carries register_row, so the query walks that one index in
// register order and never touches the table; and one text per row costs the driver
// one copy instead of twelve, while the fields cut from it share its memory.
const memberRowsSQL = `SELECT id, register_row FROM member `

// rowSep separates the fields of register_row: the byte 0xFF never occurs in UTF-8,
// and everything the store writes is valid UTF-8 (vn.Clean), so no field contains it.
const rowSep = "\xff"

// rowFields is the number of fields in register_row.
const rowFields = 12

// MemberRows returns every member not in the trash, in register (Vietnamese name)
// order. It is the one query behind the register table.
func (s *Store) MemberRows(ctx context.Context) ([]data.MemberRow, error) {
	// Sizing the slice up front saves regrowing (and copying) 100,000 rows several times;
	// the largest id bounds the count and, unlike count(*), costs one index probe.
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM member`).Scan(&n); err != nil {
		return nil, data.Internal(err, "đọc danh sách đoàn viên")
	}
	rows, err := s.memberRows(ctx, `WHERE deleted_at IS NULL ORDER BY sort_key, id`, n)
	return rows, data.Internal(err, "đọc danh sách đoàn viên")
}

// TrashRows lists the members in the trash, the most recently trashed first, since
// that is the one a chair usually wants back.
func (s *Store) TrashRows(ctx context.Context) ([]data.MemberRow, error) {
	rows, err := s.memberRows(ctx, `WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, sort_key, id`, 0)
	return rows, data.Internal(err, "đọc thùng rác")
}

// memberRows runs memberRowsSQL with a WHERE and ORDER BY, expecting up to n rows.
func (s *Store) memberRows(ctx context.Context, where string, n int) ([]data.MemberRow, error) {
	units, err := unitNames(ctx, s.db)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, memberRowsSQL+where)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]data.MemberRow, 0, n)
	// Scan targets are declared once: whatever is passed to Scan escapes to the heap,
	// so per-row targets would cost an allocation per row.
	var id int64
	var text string
	var f [rowFields]string
	for rows.Next() {
		if err := rows.Scan(&id, &text); err != nil {
			return nil, err
		}
		r, err := parseRow(id, text, f[:], units)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// parseRow builds a register row from the member's id and register_row text; f is
// scratch space for the fields and units maps unit ids to names.
func parseRow(id int64, text string, f []string, units map[int64]string) (data.MemberRow, error) {
	if !cutFields(text, f) {
		return data.MemberRow{}, fmt.Errorf("member %d: register row %q is damaged", id, text)
	}
	unitID := digits(f[0])
	birth, ok1 := parseDay(f[3])
	join, ok2 := parseDay(f[6])
	if unitID < 0 || !ok1 || !ok2 {
		return data.MemberRow{}, fmt.Errorf("member %d: register row %q is damaged", id, text)
	}
	return data.MemberRow{
		ID:            id,
		UnitID:        int64(unitID),
		UnitName:      units[int64(unitID)],
		BirthYearOnly: f[1] == "1",
		Name:          f[2],
		BirthDate:     birth,
		Sex:           data.Sex(f[4]),
		UnionRole:     f[5],
		JoinDate:      join,
		Status:        data.Status(f[7]),
		Nationality:   f[8],
		IDNumber:      f[9],
		MemberCode:    f[10],
		SearchKey:     f[11],
	}, nil
}

// cutFields splits text at rowSep into exactly len(f) fields, reporting false when
// the count is wrong.
func cutFields(text string, f []string) bool {
	last := len(f) - 1
	for i := range last {
		var found bool
		if f[i], text, found = strings.Cut(text, rowSep); !found {
			return false
		}
	}
	f[last] = text
	return !strings.Contains(text, rowSep)
}

// parseDay reads a stored YYYY-MM-DD date ("" is the zero time) by hand: time.Parse
// costs several times more, and the register parses two dates per member.
func parseDay(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, true
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y := digits(s[0:4])
	m := digits(s[5:7])
	d := digits(s[8:10])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// digits reads a run of ASCII digits, -1 if any is not one.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// MemberTally counts the register's members in the union today, with the women, the
// suspended and the foreigners among them, in one GROUP BY: a few dozen groups for
// Go to add up (data.MemberTally.Add holds the rules) instead of the 100,000 rows
// that Tổng quan and the Ban nữ công rule used to read at start-up (issue 12 §8).
func (s *Store) MemberTally(ctx context.Context) (data.MemberTally, error) {
	var t data.MemberTally
	rows, err := s.db.QueryContext(ctx, `SELECT status, sex, nationality, count(*) FROM member
		WHERE deleted_at IS NULL AND status IN (?, ?) GROUP BY status, sex, nationality`,
		string(data.StatusActive), string(data.StatusSuspended))
	if err != nil {
		return t, data.Internal(err, "đếm đoàn viên")
	}
	defer rows.Close()
	var status, sex, nationality string
	var n int
	for rows.Next() {
		if err := rows.Scan(&status, &sex, &nationality, &n); err != nil {
			return t, data.Internal(err, "đếm đoàn viên")
		}
		t.Add(data.Status(status), data.Sex(sex), nationality, n)
	}
	return t, data.Internal(rows.Err(), "đếm đoàn viên")
}
