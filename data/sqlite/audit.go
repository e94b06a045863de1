package sqlite

import (
	"context"
	"database/sql"

	"socongdoan/data"
)

// The audited entities, as stored in audit_log.entity and data.AuditEntry.Entity.
const (
	EntityMember  = "member"
	EntityUnit    = "unit"
	EntityProfile = "profile"
)

// Labels of audit rows that are about a whole record rather than one field.
const (
	labelCreated  = "Tạo mới"
	labelTrashed  = "Chuyển vào Thùng rác"
	labelRestored = "Khôi phục từ Thùng rác"
	labelStatus   = "Trạng thái"
	labelMerged   = "Gộp bộ phận"
)

// change is one audit row to write: a field label and the values as a chair sees them.
type change struct{ field, old, new string }

// field is one audited field of a record of type T: its Vietnamese label and how
// its value is shown, so that the log reads like the form ("12/03/1990", "Nữ", "Có").
type field[T any] struct {
	label string
	show  func(*T) string
}

// changes lists the fields whose shown value differs between old and new.
func changes[T any](fields []field[T], old, new *T) []change {
	var cs []change
	for _, f := range fields {
		if o, n := f.show(old), f.show(new); o != n {
			cs = append(cs, change{f.label, o, n})
		}
	}
	return cs
}

const insertAudit = `INSERT INTO audit_log (at, entity, entity_id, field, old, new) VALUES (?, ?, ?, ?, ?, ?)`

// audit appends changes of one record to the log, inside the caller's transaction.
func audit(ctx context.Context, tx *sql.Tx, at, entity string, id int64, cs ...change) error {
	for _, c := range cs {
		if _, err := tx.ExecContext(ctx, insertAudit, at, entity, id, c.field, c.old, c.new); err != nil {
			return err
		}
	}
	return nil
}

// EntityHistory returns the audit log of one record (entity is EntityMember, EntityUnit,
// EntityProfile or a registered kind's Entity), newest first.
func (s *Store) EntityHistory(ctx context.Context, entity string, id int64) ([]data.AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT at, entity, entity_id, field, old, new
		FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC`, entity, id)
	if err != nil {
		return nil, data.Internal(err, "đọc lịch sử thay đổi")
	}
	defer rows.Close()
	var out []data.AuditEntry
	for rows.Next() {
		var e data.AuditEntry
		var at string
		if err := rows.Scan(&at, &e.Entity, &e.EntityID, &e.Field, &e.Old, &e.New); err != nil {
			return nil, data.Internal(err, "đọc lịch sử thay đổi")
		}
		if e.At, err = parseStamp(at); err != nil {
			return nil, data.Internal(err, "đọc lịch sử thay đổi")
		}
		out = append(out, e)
	}
	return out, data.Internal(rows.Err(), "đọc lịch sử thay đổi")
}

// MemberHistory returns the field changes of one member, newest first.
func (s *Store) MemberHistory(ctx context.Context, memberID int64) ([]data.AuditEntry, error) {
	return s.EntityHistory(ctx, EntityMember, memberID)
}
