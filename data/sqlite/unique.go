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

// idLabel is what the id number is called for m: CCCD, or passport for a foreigner.
func idLabel(m *data.Member) string {
	if m.Foreign() {
		return "Số hộ chiếu"
	}
	return "Số CCCD"
}

// errTaken reports that m's CCCD (column id_number) or mã đoàn viên is held by holder.
func errTaken(m *data.Member, column, holder string) error {
	if column == "id_number" {
		return &data.Error{Code: data.ECONFLICT, Field: data.FieldIDNumber,
			Message: fmt.Sprintf("%s %s đã có ở đoàn viên %s", idLabel(m), m.IDNumber, holder)}
	}
	return &data.Error{Code: data.ECONFLICT, Field: data.FieldMemberCode,
		Message: fmt.Sprintf("Mã số đoàn viên %s đã có ở đoàn viên %s", m.MemberCode, holder)}
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
			return errTaken(m, c.column, holderName(name, birth))
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
	}
	return nil
}

// holders maps every CCCD and mã đoàn viên in use to the member holding it, loaded
// in one query so that a big import checks each row with two map lookups.
type holders struct{ idNumber, code map[string]string }

func loadHolders(ctx context.Context, q querier) (*holders, error) {
	h := &holders{idNumber: map[string]string{}, code: map[string]string{}}
	rows, err := q.QueryContext(ctx, `SELECT id_number, member_code, full_name, COALESCE(birth_date, '')
		FROM member WHERE deleted_at IS NULL AND (id_number <> '' OR member_code <> '')`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var idNumber, code, name, birth string
		if err := rows.Scan(&idNumber, &code, &name, &birth); err != nil {
			return nil, err
		}
		who := holderName(name, birth)
		if idNumber != "" {
			h.idNumber[idNumber] = who
		}
		if code != "" {
			h.code[code] = who
		}
	}
	return h, rows.Err()
}

// check refuses m if its CCCD or mã đoàn viên is already held.
func (h *holders) check(m *data.Member) error {
	if who, ok := h.idNumber[m.IDNumber]; ok && m.IDNumber != "" {
		return errTaken(m, "id_number", who)
	}
	if who, ok := h.code[m.MemberCode]; ok && m.MemberCode != "" {
		return errTaken(m, "member_code", who)
	}
	return nil
}

// duplicatesWithin refuses a batch in which two rows share a CCCD or mã đoàn viên,
// naming both rows.
func duplicatesWithin(ms []data.Member) error {
	ids := make(map[string]int, len(ms))
	codes := make(map[string]int, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.IDNumber != "" {
			if j, ok := ids[m.IDNumber]; ok {
				return &data.Error{Code: data.ECONFLICT, Field: data.FieldIDNumber,
					Message: fmt.Sprintf("Dòng %d: %s %s trùng với dòng %d (%s)", i+1, idLabel(m), m.IDNumber, j+1, ms[j].FullName())}
			}
			ids[m.IDNumber] = i
		}
		if m.MemberCode != "" {
			if j, ok := codes[m.MemberCode]; ok {
				return &data.Error{Code: data.ECONFLICT, Field: data.FieldMemberCode,
					Message: fmt.Sprintf("Dòng %d: Mã số đoàn viên %s trùng với dòng %d (%s)", i+1, m.MemberCode, j+1, ms[j].FullName())}
			}
			codes[m.MemberCode] = i
		}
	}
	return nil
}
