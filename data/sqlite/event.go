package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"socongdoan/data"
	"socongdoan/data/vn"
)

const insertEventSQL = `INSERT INTO member_event (member_id, kind, date, until, reason, place, decision, note, at)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

// eventArgs are the values of insertEventSQL for e, recorded at stamp.
func eventArgs(e *data.MemberEvent, stamp string) []any {
	return []any{e.MemberID, string(e.Kind), isoArg(e.Date), isoArg(e.Until), string(e.Reason),
		e.Place, e.Decision, e.Note, stamp}
}

// loadEvents reads a member's status history, oldest first. Events are appended in
// date order (CheckEvent refuses going back), so id order is date order.
func loadEvents(ctx context.Context, q querier, memberID int64) ([]data.MemberEvent, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, member_id, kind, COALESCE(date, ''), COALESCE(until, ''),
		reason, place, decision, note, at FROM member_event WHERE member_id = ? ORDER BY id`, memberID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.MemberEvent
	for rows.Next() {
		var e data.MemberEvent
		var date, until, at string
		if err := rows.Scan(&e.ID, &e.MemberID, (*string)(&e.Kind), &date, &until, (*string)(&e.Reason),
			&e.Place, &e.Decision, &e.Note, &at); err != nil {
			return nil, err
		}
		if e.Date, err = vn.ParseISO(date); err != nil {
			return nil, err
		}
		if e.Until, err = vn.ParseISO(until); err != nil {
			return nil, err
		}
		if e.At, err = parseStamp(at); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// memberStatus is the current status of a live member (ENOTFOUND if missing or trashed).
func memberStatus(ctx context.Context, q querier, id int64) (data.Status, error) {
	var st string
	err := q.QueryRowContext(ctx, `SELECT status FROM member WHERE id = ? AND deleted_at IS NULL`, id).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errMemberNotFound()
	}
	return data.Status(st), err
}

// MemberEvents returns the status history, oldest first. It works for members in
// the trash too, so that the trash can show what happened to them.
func (s *Store) MemberEvents(ctx context.Context, memberID int64) ([]data.MemberEvent, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM member WHERE id = ?`, memberID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errMemberNotFound()
	}
	if err != nil {
		return nil, data.Internal(err, "đọc quá trình sinh hoạt")
	}
	events, err := loadEvents(ctx, s.db, memberID)
	return events, data.Internal(err, "đọc quá trình sinh hoạt")
}

// AddMemberEvent applies a status action after data.CheckEvent against the stored
// history, sets the member's status and logs the change. It sets e.ID and e.At.
func (s *Store) AddMemberEvent(ctx context.Context, e *data.MemberEvent) error {
	now := s.now()
	stamp := stampOf(now)
	c := *e
	c.Place, c.Decision, c.Note = vn.Clean(c.Place), vn.Clean(c.Decision), vn.CleanMultiline(c.Note)
	if !c.Date.IsZero() {
		c.Date = vn.Day(c.Date)
	}
	if !c.Until.IsZero() {
		c.Until = vn.Day(c.Until)
	}
	err := s.write(ctx, "lưu thay đổi trạng thái", func(tx *sql.Tx) error {
		old, err := memberStatus(ctx, tx, c.MemberID)
		if err != nil {
			return err
		}
		history, err := loadEvents(ctx, tx, c.MemberID)
		if err != nil {
			return err
		}
		if err := data.CheckEvent(history, c, now).Err(); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, insertEventSQL, eventArgs(&c, stamp)...)
		if err != nil {
			return err
		}
		if c.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		if c.At, err = parseStamp(stamp); err != nil {
			return err
		}
		st := c.Kind.Result()
		if _, err := tx.ExecContext(ctx, `UPDATE member SET status = ?, updated_at = ? WHERE id = ?`, string(st), stamp, c.MemberID); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityMember, c.MemberID, change{labelStatus, old.Label(), eventSummary(&c)})
	})
	if err != nil {
		return err
	}
	*e = c
	return nil
}

// eventSummary is the new status as the log shows it: "Tạm dừng sinh hoạt từ 10/01/2026",
// naming the action too when the status alone does not tell it ("Đang sinh hoạt — Kết nạp lại …").
func eventSummary(e *data.MemberEvent) string {
	st := e.Kind.Result().Label()
	if e.Kind.Label() != st {
		st += " — " + e.Kind.Label()
	}
	if !e.Date.IsZero() {
		st += " từ " + vn.FormatDate(e.Date)
	}
	return st
}
