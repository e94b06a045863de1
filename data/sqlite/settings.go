package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"maps"
	"slices"

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
	return s.SetSettings(ctx, map[string]string{key: value})
}

// SetSettings stores several values in one transaction, logging each change.
func (s *Store) SetSettings(ctx context.Context, values map[string]string) error {
	stamp := s.stamp()
	return s.write(ctx, "lưu cài đặt", func(tx *sql.Tx) error {
		for _, key := range slices.Sorted(maps.Keys(values)) {
			if err := setSetting(ctx, tx, stamp, key, values[key], true); err != nil {
				return err
			}
		}
		return nil
	})
}

// Remember stores a remembered choice without an audit row.
func (s *Store) Remember(ctx context.Context, key, value string) error {
	return s.write(ctx, "lưu cài đặt", func(tx *sql.Tx) error {
		return setSetting(ctx, tx, "", key, value, false)
	})
}

// setSetting writes one value in tx ("" removes the key), with an audit row when
// logged and the value changed.
func setSetting(ctx context.Context, tx *sql.Tx, stamp, key, value string, logged bool) error {
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
	if err != nil || !logged {
		return err
	}
	return audit(ctx, tx, stamp, EntitySetting, 0, change{key, old, value})
}
