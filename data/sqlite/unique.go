package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"socongdoan/data"
)

// Uniqueness of CCCD and mã đoàn viên among members not in the trash. The partial
// unique indexes enforce it; these checks come first so that the message can name
// the member who already has the number, which is what a chair needs to sort it out.

// holderName names a member in a message: "Nguyễn Văn An (sinh 1990)".
func holderName(fullName, birthISO string) string {
	if len(birthISO) >= 4 {
		return fullName + " (sinh " + birthISO[:4] + ")"
	}
	return fullName
}

// idLabel is what the id number is called: CCCD, or passport for a foreigner.
func idLabel(foreign bool) string {
	if foreign {
		return "Số hộ chiếu"
	}
	return "Số CCCD"
}

// errTaken reports that a CCCD (column id_number) or mã đoàn viên value is held by holder.
func errTaken(column, value string, foreign bool, holder string) error {
	if column == "id_number" {
		return &data.Error{Code: data.ECONFLICT, Field: data.FieldIDNumber,
			Message: fmt.Sprintf("%s %s đã có ở đoàn viên %s", idLabel(foreign), value, holder)}
	}
	return &data.Error{Code: data.ECONFLICT, Field: data.FieldMemberCode,
		Message: fmt.Sprintf("Mã số đoàn viên %s đã có ở đoàn viên %s", value, holder)}
}

// checkUnique refuses m when another live member has its CCCD or mã đoàn viên.
func checkUnique(ctx context.Context, q querier, m *data.Member) error {
	for _, c := range []struct{ column, value string }{{"id_number", m.IDNumber}, {"member_code", m.MemberCode}} {
		if c.value == "" {
			continue
		}
		// The "<> ''" term repeats the partial index's condition so SQLite can use it.
		var name, birth string
		err := q.QueryRowContext(ctx, `SELECT full_name, COALESCE(birth_date, '') FROM member
			WHERE `+c.column+` = ? AND `+c.column+` <> '' AND deleted_at IS NULL AND id <> ? LIMIT 1`,
			c.value, m.ID).Scan(&name, &birth)
		switch {
		case err == nil:
			return errTaken(c.column, c.value, m.Foreign(), holderName(name, birth))
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
	}
	return nil
}

// holderIDs maps every CCCD and mã đoàn viên in use to its member, loaded in one
// query so that a big batch checks each row with two map lookups, and an update
// may keep its own numbers while nobody takes another member's.
type holderIDs struct {
	idNumber, code map[string]holderID
}

type holderID struct {
	id  int64
	who string
}

func loadHolderIDs(ctx context.Context, q querier) (*holderIDs, error) {
	h := &holderIDs{idNumber: map[string]holderID{}, code: map[string]holderID{}}
	rows, err := q.QueryContext(ctx, `SELECT id, id_number, member_code, full_name, COALESCE(birth_date, '')
		FROM member WHERE deleted_at IS NULL AND (id_number <> '' OR member_code <> '')`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var idNumber, code, name, birth string
		if err := rows.Scan(&id, &idNumber, &code, &name, &birth); err != nil {
			return nil, err
		}
		who := holderID{id, holderName(name, birth)}
		if idNumber != "" {
			h.idNumber[idNumber] = who
		}
		if code != "" {
			h.code[code] = who
		}
	}
	return h, rows.Err()
}

// check refuses m if another member holds its CCCD or mã đoàn viên.
func (h *holderIDs) check(m *data.Member) error {
	return h.checkKeys(m.ID, m.IDNumber, m.MemberCode, m.Foreign())
}

// checkKeys refuses a CCCD or mã đoàn viên held by a member other than id.
func (h *holderIDs) checkKeys(id int64, idNumber, code string, foreign bool) error {
	if x, ok := h.idNumber[idNumber]; ok && idNumber != "" && x.id != id {
		return errTaken("id_number", idNumber, foreign, x.who)
	}
	if x, ok := h.code[code]; ok && code != "" && x.id != id {
		return errTaken("member_code", code, foreign, x.who)
	}
	return nil
}

// batchKeys finds two rows of one batch that share a CCCD or mã đoàn viên,
// naming both rows.
type batchKeys struct{ ids, codes map[string]batchRow }

type batchRow struct {
	line int
	name string
}

func newBatchKeys() *batchKeys {
	return &batchKeys{ids: map[string]batchRow{}, codes: map[string]batchRow{}}
}

// add records the keys of the row at line, refusing them if an earlier row has them.
func (b *batchKeys) add(line int, idNumber, code, name string, foreign bool) error {
	if idNumber != "" {
		if s, ok := b.ids[idNumber]; ok {
			return &data.Error{Code: data.ECONFLICT, Field: data.FieldIDNumber,
				Message: fmt.Sprintf("Dòng %d: %s %s trùng với dòng %d (%s)", line, idLabel(foreign), idNumber, s.line, s.name)}
		}
		b.ids[idNumber] = batchRow{line, name}
	}
	if code != "" {
		if s, ok := b.codes[code]; ok {
			return &data.Error{Code: data.ECONFLICT, Field: data.FieldMemberCode,
				Message: fmt.Sprintf("Dòng %d: Mã số đoàn viên %s trùng với dòng %d (%s)", line, code, s.line, s.name)}
		}
		b.codes[code] = batchRow{line, name}
	}
	return nil
}

// duplicatesWithin refuses a batch in which two rows share a CCCD or mã đoàn viên,
// naming both rows, counted from 1.
func duplicatesWithin(ms []data.Member) error {
	b := newBatchKeys()
	for i := range ms {
		m := &ms[i]
		if err := b.add(i+1, m.IDNumber, m.MemberCode, m.FullName(), m.Foreign()); err != nil {
			return err
		}
	}
	return nil
}
