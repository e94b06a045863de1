package sqlite

import (
	"context"

	"socongdoan/data"
)

var _ data.DuesRegisterService = (*Store)(nil)

// DuesRegister streams the sổ theo dõi thu đoàn phí of a year (data.DuesRegisterService):
// the register through its index (member_sort, in its order, no sort step) and
// each member's months from the ledger's primary key, a line handed over as soon
// as its member is read; then the trashed members with rows that year.
func (s *Store) DuesRegister(ctx context.Context, year int, each func(*data.DuesRegisterLine) error) error {
	units, err := unitNames(ctx, s.db)
	if err != nil {
		return data.Internal(err, "đọc sổ theo dõi thu đoàn phí")
	}
	const query = `SELECT m.id, m.register_row, d.month, d.due, d.collected, d.exemption
		FROM member m CROSS JOIN dues_month d ON d.member_id = m.id AND d.month BETWEEN ? AND ? `
	for _, part := range []struct {
		where   string
		trashed bool
	}{{"WHERE m.deleted_at IS NULL ORDER BY m.sort_key, m.id, d.month", false}, {"WHERE m.deleted_at IS NOT NULL ORDER BY m.id, d.month", true}} {
		if err := s.duesRegister(ctx, query+part.where, year, units, part.trashed, each); err != nil {
			return err
		}
	}
	return nil
}

// duesRegister runs one query of DuesRegister.
func (s *Store) duesRegister(ctx context.Context, query string, year int, units map[int64]string, trashed bool, each func(*data.DuesRegisterLine) error) error {
	const doing = "đọc sổ theo dõi thu đoàn phí"
	rows, err := s.db.QueryContext(ctx, query, year*100+1, year*100+12)
	if err != nil {
		return data.Internal(err, doing)
	}
	defer rows.Close()
	var (
		line      data.DuesRegisterLine
		id        int64
		text      string
		month     int
		due, paid int64
		exempt    string
		f         [rowFields]string
	)
	for rows.Next() {
		if err := rows.Scan(&id, &text, &month, &due, &paid, &exempt); err != nil {
			return data.Internal(err, doing)
		}
		if id != line.MemberID {
			if line.MemberID != 0 {
				if err := each(&line); err != nil {
					return err
				}
			}
			r, err := parseRow(id, text, f[:], units)
			if err != nil {
				return data.Internal(err, doing)
			}
			line = data.DuesRegisterLine{MemberID: id, Name: r.Name, IDNumber: r.IDNumber, UnitName: r.UnitName, Trashed: trashed}
		}
		if m := month % 100; m >= 1 && m <= 12 {
			line.Months[m-1] = data.DuesCell{Kept: true, Due: due, Collected: paid, Exempt: exempt != ""}
		}
	}
	if err := rows.Err(); err != nil {
		return data.Internal(err, doing)
	}
	if line.MemberID != 0 {
		return each(&line)
	}
	return nil
}
