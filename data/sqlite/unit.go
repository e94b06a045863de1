package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// errUnitNotFound is the answer for a unit id that does not exist.
func errUnitNotFound() error {
	return &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy bộ phận"}
}

// cleanUnitName is the unit name as stored, refusing a blank one.
func cleanUnitName(name string) (string, error) {
	name = vn.Clean(name)
	if name == "" {
		return "", &data.Error{Code: data.EINVALID, Message: "Cần nhập tên bộ phận"}
	}
	return name, nil
}

// unitNames maps every unit id to its name; 0 (no unit) maps to "".
func unitNames(ctx context.Context, q querier) (map[int64]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name FROM unit`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	names := map[int64]string{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		names[id] = name
	}
	return names, rows.Err()
}

// unitName is the name of unit id, "" for 0; EINVALID when it does not exist, since
// it comes from a form or an import row, not from the chair picking a real unit.
func unitName(ctx context.Context, q querier, id int64) (string, error) {
	if id == 0 {
		return "", nil
	}
	var name string
	err := q.QueryRowContext(ctx, `SELECT name FROM unit WHERE id = ?`, id).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", &data.Error{Code: data.EINVALID, Message: "Bộ phận đã chọn không còn tồn tại"}
	}
	return name, err
}

// unitByKey finds the unit whose folded name is key, except unit except; 0 if none.
func unitByKey(ctx context.Context, q querier, key string, except int64) (id int64, name string, err error) {
	err = q.QueryRowContext(ctx, `SELECT id, name FROM unit WHERE search_key = ? AND id <> ?`, key, except).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	return id, name, err
}

// errUnitExists refuses a name that, ignoring case and marks, another unit has.
func errUnitExists(existing string) error {
	return &data.Error{Code: data.ECONFLICT, Message: "Bộ phận \"" + existing + "\" đã có"}
}

// insertUnit adds a unit with a clean name the caller checked is free, and logs it.
func insertUnit(ctx context.Context, tx *sql.Tx, name, stamp string) (int64, error) {
	res, err := tx.ExecContext(ctx, `INSERT INTO unit (name, sort_key, search_key) VALUES (?, ?, ?)`,
		name, vn.SortKey(name), vn.Fold(name))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, audit(ctx, tx, stamp, EntityUnit, id, change{labelCreated, "", name})
}

// unitIndex is the unit list loaded once per create, so that an import resolves the
// unit of each row without a query; units it names are created on first sight.
type unitIndex struct {
	byKey map[string]int64 // folded name -> id
	names map[int64]string
}

func loadUnits(ctx context.Context, q querier) (*unitIndex, error) {
	names, err := unitNames(ctx, q)
	if err != nil {
		return nil, err
	}
	u := &unitIndex{byKey: make(map[string]int64, len(names)), names: names}
	for id, name := range names {
		u.byKey[vn.Fold(name)] = id
	}
	return u, nil
}

// resolve sets m.UnitID from m.UnitName when the id is 0 (creating the unit if
// needed), checks that a given id exists, and sets m.UnitName to the stored name.
func (u *unitIndex) resolve(ctx context.Context, tx *sql.Tx, m *data.Member, stamp string) error {
	if m.UnitID == 0 {
		name := vn.Clean(m.UnitName)
		if name == "" {
			m.UnitName = ""
			return nil
		}
		key := vn.Fold(name)
		id, ok := u.byKey[key]
		if !ok {
			var err error
			if id, err = insertUnit(ctx, tx, name, stamp); err != nil {
				return err
			}
			u.byKey[key], u.names[id] = id, name
		}
		m.UnitID = id
	}
	name, ok := u.names[m.UnitID]
	if !ok {
		return &data.Error{Code: data.EINVALID, Message: "Bộ phận đã chọn không còn tồn tại"}
	}
	m.UnitName = name
	return nil
}

// Units lists the units in Vietnamese order, each with the number of its members who
// are in the union now (đang sinh hoạt or tạm dừng) and not in the trash.
func (s *Store) Units(ctx context.Context) ([]data.Unit, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT u.id, u.name,
		(SELECT count(*) FROM member m WHERE m.unit_id = u.id AND m.deleted_at IS NULL AND m.status IN (?, ?))
		FROM unit u ORDER BY u.sort_key, u.id`, string(data.StatusActive), string(data.StatusSuspended))
	if err != nil {
		return nil, data.Internal(err, "đọc danh sách bộ phận")
	}
	defer rows.Close()
	var out []data.Unit
	for rows.Next() {
		var u data.Unit
		if err := rows.Scan(&u.ID, &u.Name, &u.Members); err != nil {
			return nil, data.Internal(err, "đọc danh sách bộ phận")
		}
		out = append(out, u)
	}
	return out, data.Internal(rows.Err(), "đọc danh sách bộ phận")
}

// CreateUnit adds a unit and returns its id; ECONFLICT when a unit of the same name,
// ignoring case and marks, exists ("To may 1" is "Tổ May 1").
func (s *Store) CreateUnit(ctx context.Context, name string) (int64, error) {
	name, err := cleanUnitName(name)
	if err != nil {
		return 0, err
	}
	stamp := s.stamp()
	var id int64
	err = s.write(ctx, "lưu bộ phận", func(tx *sql.Tx) error {
		other, existing, err := unitByKey(ctx, tx, vn.Fold(name), 0)
		if err != nil {
			return err
		}
		if other != 0 {
			return errUnitExists(existing)
		}
		id, err = insertUnit(ctx, tx, name, stamp)
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}

// RenameUnit renames a unit; ECONFLICT when another unit already has that name.
func (s *Store) RenameUnit(ctx context.Context, id int64, name string) error {
	name, err := cleanUnitName(name)
	if err != nil {
		return err
	}
	stamp := s.stamp()
	return s.write(ctx, "đổi tên bộ phận", func(tx *sql.Tx) error {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT name FROM unit WHERE id = ?`, id).Scan(&old)
		if errors.Is(err, sql.ErrNoRows) {
			return errUnitNotFound()
		}
		if err != nil || old == name {
			return err
		}
		other, existing, err := unitByKey(ctx, tx, vn.Fold(name), id)
		if err != nil {
			return err
		}
		if other != 0 {
			return errUnitExists(existing)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE unit SET name = ?, sort_key = ?, search_key = ? WHERE id = ?`,
			name, vn.SortKey(name), vn.Fold(name), id); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityUnit, id, change{"Tên bộ phận", old, name})
	})
}

// MergeUnits moves every member of from (trashed ones too, so nothing points at a
// deleted unit) into into, then deletes from. Each moved member's log records the move.
func (s *Store) MergeUnits(ctx context.Context, from, into int64) error {
	if from == into {
		return &data.Error{Code: data.EINVALID, Message: "Hãy chọn hai bộ phận khác nhau để gộp"}
	}
	stamp := s.stamp()
	return s.write(ctx, "gộp bộ phận", func(tx *sql.Tx) error {
		var fromName, intoName string
		for _, u := range []struct {
			id   int64
			name *string
		}{{from, &fromName}, {into, &intoName}} {
			err := tx.QueryRowContext(ctx, `SELECT name FROM unit WHERE id = ?`, u.id).Scan(u.name)
			if errors.Is(err, sql.ErrNoRows) {
				return errUnitNotFound()
			}
			if err != nil {
				return err
			}
		}
		moved, err := memberIDs(ctx, tx, `SELECT id FROM member WHERE unit_id = ?`, from)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE member SET unit_id = ?, updated_at = ?, version = version + 1 WHERE unit_id = ?`, into, stamp, from); err != nil {
			return err
		}
		for _, id := range moved {
			if err := audit(ctx, tx, stamp, EntityMember, id, change{"Bộ phận", fromName, intoName}); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM unit WHERE id = ?`, from); err != nil {
			return err
		}
		if err := audit(ctx, tx, stamp, EntityUnit, from, change{labelMerged, fromName, intoName}); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityUnit, into, change{labelMerged, fromName, intoName})
	})
}

// memberIDs runs a query returning member ids.
func memberIDs(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// UnitByName finds a unit by name, ignoring case and marks; when none matches it
// creates one if create is true, else answers ENOTFOUND.
func (s *Store) UnitByName(ctx context.Context, name string, create bool) (int64, error) {
	name, err := cleanUnitName(name)
	if err != nil {
		return 0, err
	}
	key := vn.Fold(name)
	id, _, err := unitByKey(ctx, s.db, key, 0)
	if err != nil {
		return 0, data.Internal(err, "tìm bộ phận")
	}
	if id != 0 {
		return id, nil
	}
	if !create {
		return 0, &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy bộ phận \"" + name + "\""}
	}
	stamp := s.stamp()
	err = s.write(ctx, "lưu bộ phận", func(tx *sql.Tx) error {
		// Look again inside the transaction: another window may have just created it.
		if id, _, err = unitByKey(ctx, tx, key, 0); err != nil || id != 0 {
			return err
		}
		id, err = insertUnit(ctx, tx, name, stamp)
		return err
	})
	if err != nil {
		return 0, err
	}
	return id, nil
}
