package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// MemberEventsBetween returns the status changes dated from..to (a zero from:
// since the beginning, undated ones included) of members not in the trash, in
// id order, which is date order within each member (see loadEvents). Each
// event has its ID, MemberID, Kind and Date only: who, what and when is all a
// report counts, and MemberEvents gives the rest for one member.
//
// The figures of a report read the whole history of a 100,000-member register
// through here, so it skips the join with member (the trash is small: one
// index walk), reads one text column per row and parses it by hand.
func (s *Store) MemberEventsBetween(ctx context.Context, from, to time.Time) ([]data.MemberEvent, error) {
	out, err := s.eventsBetween(ctx, from, to)
	return out, data.Internal(err, "đọc quá trình sinh hoạt của đoàn viên")
}

func (s *Store) eventsBetween(ctx context.Context, from, to time.Time) ([]data.MemberEvent, error) {
	trashed := map[int64]bool{}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM member WHERE deleted_at IS NOT NULL`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		trashed[id] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}

	where, args := `(date IS NULL OR date <= ?)`, []any{vn.ISO(to)}
	if !from.IsZero() {
		where, args = `date >= ? AND date <= ?`, []any{vn.ISO(from), vn.ISO(to)}
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM member_event`).Scan(&n); err != nil {
		return nil, err
	}
	// One text per row, "member_id,kind,date": the driver copies one column
	// instead of four, which is most of the cost for 100,000 rows.
	rows, err = s.db.QueryContext(ctx, `SELECT id, member_id || ',' || kind || ',' || COALESCE(date, '')
		FROM member_event WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make([]data.MemberEvent, 0, n)
	var id int64
	var text string
	for rows.Next() {
		if err := rows.Scan(&id, &text); err != nil {
			return nil, err
		}
		e, ok := parseEvent(id, text)
		if !ok {
			return nil, fmt.Errorf("member event %d: damaged row %q", id, text)
		}
		if !trashed[e.MemberID] {
			out = append(out, e)
		}
	}
	return out, rows.Err()
}

// parseEvent reads "member_id,kind,date" into an event.
func parseEvent(id int64, text string) (data.MemberEvent, bool) {
	member, rest, ok1 := strings.Cut(text, ",")
	kind, date, ok2 := strings.Cut(rest, ",")
	m := digits(member)
	d, ok3 := parseDay(date)
	if !ok1 || !ok2 || !ok3 || m <= 0 {
		return data.MemberEvent{}, false
	}
	return data.MemberEvent{ID: id, MemberID: int64(m), Kind: data.EventKind(kind), Date: d}, true
}
