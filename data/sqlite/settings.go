package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"socongdoan/data"
)

var _ data.SettingsService = (*Store)(nil)

// EntitySetting is the audit-log entity of settings; entity_id is 0 and the field is the key.
const EntitySetting = "setting"

// Setting returns the value of key and whether it is set.
func (s *Store) Setting(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, data.Internal(err, "đọc cài đặt")
	}
	return v, true, nil
}

// SetSetting stores a value, logging the change; an empty value removes the key.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	return s.write(ctx, "lưu cài đặt", func(tx *sql.Tx) error {
		var old string
		err := tx.QueryRowContext(ctx, `SELECT value FROM setting WHERE key = ?`, key).Scan(&old)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if old == value {
			return nil
		}
		if value == "" {
			_, err = tx.ExecContext(ctx, `DELETE FROM setting WHERE key = ?`, key)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO setting (key, value) VALUES (?, ?)
				ON CONFLICT (key) DO UPDATE SET value = excluded.value`, key, value)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, s.stamp(), EntitySetting, 0, change{key, old, value})
	})
}
