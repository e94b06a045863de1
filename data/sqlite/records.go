package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

var _ data.RecordsService = (*Store)(nil)

// The audited entities of the records of issue 3 (conferences, dialogues, agreements).
const (
	EntityConference = "conference"
	EntityRepList    = "rep_list"
	EntityDialogue   = "dialogue"
	EntityBargaining = "bargaining"
	EntityAgreement  = "agreement"
)

// A record table is described once (its columns, child tables and audited
// fields) and read and written by the generic functions below, so that the five
// kinds of record share one tested path: one transaction per write, children
// rewritten with their parent, and audit rows that read like the form.

// recordTable describes the table of a record type T.
type recordTable[T any] struct {
	table    string // SQL table, also the kind in RecordRef terms via kindTables
	entity   string // audit_log.entity
	notFound string // the ENOTFOUND message
	cols     []string
	args     func(*T) []any      // values of cols
	dests    func(*T) []any      // scan targets of cols
	meta     func(*T) recordMeta // id and timestamps
	title    func(*T) string     // the record's name in the audit log
	children []childTable[T]
	fields   []field[T] // audited fields, children included (shown as one text)
}

// recordMeta points at the id and timestamps of a record.
type recordMeta struct {
	id               *int64
	created, updated *time.Time
}

// childTable describes the rows a record owns, kept in the order of pos.
type childTable[T any] struct {
	table, parent string // table and its foreign-key column
	cols          []string
	rows          func(*T) [][]any // the values of cols, one slice per child
	add           func(*T) []any   // appends a zero child and returns its scan targets
}

// dateDest scans an ISO date column; NULL or ” is the zero time.
type dateDest struct{ t *time.Time }

func (d dateDest) Scan(v any) error {
	var s string
	switch x := v.(type) {
	case nil:
		*d.t = time.Time{}
		return nil
	case string:
		s = x
	case []byte:
		s = string(x)
	default:
		return fmt.Errorf("date column holds %T", v)
	}
	t, err := vn.ParseISO(s)
	*d.t = t
	return err
}

// stampDest scans a timestamp column.
type stampDest struct{ t *time.Time }

func (d stampDest) Scan(v any) error {
	s, _ := v.(string)
	t, err := parseStamp(s)
	*d.t = t
	return err
}

// dateCol is the scan target of a date column.
func dateCol(t *time.Time) any { return dateDest{t} }

// loadRecords reads the records matching where (with args), children included,
// newest first by id.
func loadRecords[T any](ctx context.Context, q querier, rt *recordTable[T], where string, args ...any) ([]T, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, "+strings.Join(rt.cols, ", ")+", created_at, updated_at FROM "+
		rt.table+" WHERE "+where+" ORDER BY id DESC", args...)
	if err != nil {
		return nil, err
	}
	var out []T
	for rows.Next() {
		var v T
		m := rt.meta(&v)
		dests := append([]any{m.id}, rt.dests(&v)...)
		dests = append(dests, stampDest{m.created}, stampDest{m.updated})
		if err := rows.Scan(dests...); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Records are few (a few a year), so one query per record and child table
	// is simpler than matching rows of many parents and costs a few milliseconds.
	for i := range out {
		for _, c := range rt.children {
			if err := loadChildren(ctx, q, c, &out[i], *rt.meta(&out[i]).id); err != nil {
				return nil, fmt.Errorf("%s: %w", c.table, err)
			}
		}
	}
	return out, nil
}

// loadChildren reads the rows of one child table of a record, in order.
func loadChildren[T any](ctx context.Context, q querier, c childTable[T], v *T, id int64) error {
	rows, err := q.QueryContext(ctx, "SELECT "+strings.Join(c.cols, ", ")+" FROM "+c.table+
		" WHERE "+c.parent+" = ? ORDER BY pos", id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(c.add(v)...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// loadRecord reads one live record, ENOTFOUND if it is missing or in the trash.
func loadRecord[T any](ctx context.Context, q querier, rt *recordTable[T], id int64) (*T, error) {
	vs, err := loadRecords(ctx, q, rt, "id = ? AND deleted_at IS NULL", id)
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, &data.Error{Code: data.ENOTFOUND, Message: rt.notFound}
	}
	return &vs[0], nil
}

// listRecords reads every live record, newest first.
func listRecords[T any](ctx context.Context, s *Store, rt *recordTable[T], doing string) ([]T, error) {
	vs, err := loadRecords(ctx, s.db, rt, "deleted_at IS NULL")
	return vs, data.Internal(err, doing)
}

// getRecord reads one live record.
func getRecord[T any](ctx context.Context, s *Store, rt *recordTable[T], id int64, doing string) (*T, error) {
	v, err := loadRecord(ctx, s.db, rt, id)
	return v, data.Internal(err, doing)
}

// writeChildren replaces the child rows of a record.
func writeChildren[T any](ctx context.Context, tx *sql.Tx, c childTable[T], id int64, v *T) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+c.table+" WHERE "+c.parent+" = ?", id); err != nil {
		return err
	}
	insert := "INSERT INTO " + c.table + " (" + c.parent + ", pos, " + strings.Join(c.cols, ", ") +
		") VALUES (?, ?" + strings.Repeat(", ?", len(c.cols)) + ")"
	for i, row := range c.rows(v) {
		if _, err := tx.ExecContext(ctx, insert, append([]any{id, i}, row...)...); err != nil {
			return err
		}
	}
	return nil
}

// createRecord stores a new, validated record and its children, logging its
// creation; it sets the id and timestamps.
func createRecord[T any](ctx context.Context, s *Store, rt *recordTable[T], v *T, doing string) error {
	stamp := s.stamp()
	c := *v
	err := s.write(ctx, doing, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO "+rt.table+" ("+strings.Join(rt.cols, ", ")+
			", created_at, updated_at) VALUES (?"+strings.Repeat(", ?", len(rt.cols)+1)+")",
			append(rt.args(&c), stamp, stamp)...)
		if err != nil {
			return err
		}
		m := rt.meta(&c)
		if *m.id, err = res.LastInsertId(); err != nil {
			return err
		}
		for _, ch := range rt.children {
			if err := writeChildren(ctx, tx, ch, *m.id, &c); err != nil {
				return err
			}
		}
		if *m.created, err = parseStamp(stamp); err != nil {
			return err
		}
		*m.updated = *m.created
		return audit(ctx, tx, stamp, rt.entity, *m.id, change{labelCreated, "", rt.title(&c)})
	})
	if err != nil {
		return err
	}
	*v = c
	return nil
}

// updateRecord saves a validated record and its children, logging each changed
// field; nothing is written when nothing changed.
func updateRecord[T any](ctx context.Context, s *Store, rt *recordTable[T], v *T, doing string) error {
	stamp := s.stamp()
	c := *v
	err := s.write(ctx, doing, func(tx *sql.Tx) error {
		m := rt.meta(&c)
		old, err := loadRecord(ctx, tx, rt, *m.id)
		if err != nil {
			return err
		}
		om := rt.meta(old)
		*m.created = *om.created
		cs := changes(rt.fields, old, &c)
		if len(cs) == 0 {
			*m.updated = *om.updated
			return nil
		}
		if _, err := tx.ExecContext(ctx, "UPDATE "+rt.table+" SET "+strings.Join(rt.cols, " = ?, ")+
			" = ?, updated_at = ? WHERE id = ?", append(rt.args(&c), stamp, *m.id)...); err != nil {
			return err
		}
		for _, ch := range rt.children {
			if err := writeChildren(ctx, tx, ch, *m.id, &c); err != nil {
				return err
			}
		}
		if *m.updated, err = parseStamp(stamp); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, rt.entity, *m.id, cs...)
	})
	if err != nil {
		return err
	}
	*v = c
	return nil
}

// kindTables maps a record kind to its table, audit entity and not-found message.
var kindTables = map[data.RecordKind]struct{ table, entity, notFound string }{
	data.KindConference: {"conference", EntityConference, "Không tìm thấy hội nghị"},
	data.KindRepList:    {"rep_list", EntityRepList, "Không tìm thấy danh sách đại diện"},
	data.KindDialogue:   {"dialogue", EntityDialogue, "Không tìm thấy cuộc đối thoại"},
	data.KindBargaining: {"bargaining", EntityBargaining, "Không tìm thấy đợt thương lượng"},
	data.KindAgreement:  {"agreement", EntityAgreement, "Không tìm thấy thỏa ước"},
}

// TrashRecord moves a record to the trash.
func (s *Store) TrashRecord(ctx context.Context, ref data.RecordRef) error {
	return s.setTrashed(ctx, ref, true)
}

// RestoreRecord takes a record back out of the trash.
func (s *Store) RestoreRecord(ctx context.Context, ref data.RecordRef) error {
	return s.setTrashed(ctx, ref, false)
}

func (s *Store) setTrashed(ctx context.Context, ref data.RecordRef, trash bool) error {
	k, ok := kindTables[ref.Kind]
	if !ok {
		return data.Errorf(data.EINVALID, "", "Loại hồ sơ không hợp lệ")
	}
	stamp := s.stamp()
	doing, label, set, cond := "chuyển vào thùng rác", labelTrashed, any(stamp), "deleted_at IS NULL"
	if !trash {
		doing, label, set, cond = "khôi phục từ thùng rác", labelRestored, nil, "deleted_at IS NOT NULL"
	}
	return s.write(ctx, doing, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE "+k.table+" SET deleted_at = ?, updated_at = ? WHERE id = ? AND "+cond, set, stamp, ref.ID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return &data.Error{Code: data.ENOTFOUND, Message: k.notFound}
		}
		return audit(ctx, tx, stamp, k.entity, ref.ID, change{label, "", ""})
	})
}

// MemberFlow counts the members who came in and went out in a year, from the status history.
func (s *Store) MemberFlow(ctx context.Context, year int) (data.MemberFlow, error) {
	var f data.MemberFlow
	from, to := fmt.Sprintf("%04d-01-01", year), fmt.Sprintf("%04d-12-31", year)
	err := s.db.QueryRowContext(ctx, `SELECT
		count(*) FILTER (WHERE e.kind IN (?, ?, ?)),
		count(*) FILTER (WHERE e.kind IN (?, ?, ?, ?))
		FROM member_event e JOIN member m ON m.id = e.member_id
		WHERE m.deleted_at IS NULL AND e.date BETWEEN ? AND ?`,
		string(data.EventAdmitted), string(data.EventTransferIn), string(data.EventReadmitted),
		string(data.EventTransferOut), string(data.EventLeft), string(data.EventRemoved), string(data.EventExpelled),
		from, to).Scan(&f.Joined, &f.Left)
	return f, data.Internal(err, "đếm đoàn viên vào, ra trong năm")
}

// validationSettings loads what record validation needs: the rule settings and
// the working-day calendar around now.
func (s *Store) validationSettings(ctx context.Context) (data.RuleSettings, *vn.Calendar, error) {
	rs, err := data.LoadRuleSettings(ctx, s)
	if err != nil {
		return rs, nil, err
	}
	cal, err := data.LoadCalendar(ctx, s, rs, s.now())
	return rs, cal, err
}

// joinShown shows a list of child rows as one text for the audit log.
func joinShown[C any](items []C, show func(C) string) string {
	parts := make([]string, len(items))
	for i, it := range items {
		parts[i] = show(it)
	}
	return strings.Join(parts, "; ")
}
