package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Every record kind of the registry (data/registry.go) is read and written by the
// generic code below, from its data.KindInfo: one table with its columns, child
// tables rewritten with their parent, one transaction per write, audit rows that
// read like the form, and a row version against stale saves. A new kind needs no
// code here.

var (
	_ data.RecordsService = (*Store)(nil)
	_ data.RecordDB       = (*Store)(nil)
	_ data.TrashService   = (*Store)(nil)
	_ data.HistoryService = (*Store)(nil)
)

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

// stampDest scans a timestamp column; NULL is the zero time.
type stampDest struct{ t *time.Time }

func (d stampDest) Scan(v any) error {
	if v == nil {
		*d.t = time.Time{}
		return nil
	}
	s, _ := v.(string)
	t, err := parseStamp(s)
	*d.t = t
	return err
}

// textDest scans a text column; NULL is "".
type textDest struct{ s *string }

func (d textDest) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*d.s = ""
	case string:
		*d.s = x
	case []byte:
		*d.s = string(x)
	default:
		return fmt.Errorf("text column holds %T", v)
	}
	return nil
}

// nullID scans a nullable foreign key; NULL is 0.
type nullID struct{ id *int64 }

func (n nullID) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*n.id = 0
	case int64:
		*n.id = x
	default:
		return fmt.Errorf("id column holds %T", v)
	}
	return nil
}

// scanTarget is where a column's value is scanned to, from its field pointer.
func scanTarget(field any) any {
	switch p := field.(type) {
	case *time.Time:
		return dateDest{p}
	case *string:
		return textDest{p}
	case *int64:
		return nullID{p}
	}
	return field // *int, *bool
}

// argOf is a column's value as bound to SQL: a zero date or reference is NULL,
// unless the column is NOT NULL (then ” or 0).
func argOf(field any, notNull bool) any {
	switch p := field.(type) {
	case *time.Time:
		if notNull {
			return vn.ISO(*p)
		}
		return isoArg(*p)
	case *int64:
		if notNull {
			return *p
		}
		return idArg(*p)
	case *string:
		return *p
	case *int:
		return *p
	case *bool:
		return *p
	}
	panic(fmt.Sprintf("sqlite: a column field of type %T", field))
}

// notNullCols caches, per table, which columns are NOT NULL (PRAGMA table_info),
// so a kind's declaration need not say how a zero date is stored.
var notNullCols sync.Map // table → map[string]bool

func notNullOf(ctx context.Context, q querier, table string) (map[string]bool, error) {
	if m, ok := notNullCols.Load(table); ok {
		return m.(map[string]bool), nil
	}
	rows, err := q.QueryContext(ctx, "SELECT name, \"notnull\" FROM pragma_table_info(?)", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]bool{}
	for rows.Next() {
		var name string
		var nn bool
		if err := rows.Scan(&name, &nn); err != nil {
			return nil, err
		}
		m[name] = nn
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("no table %s", table)
	}
	notNullCols.Store(table, m)
	return m, nil
}

func colNames(cols []data.ColumnInfo) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}

// colArgs are the values of cols in rec (a record or a child row).
func colArgs(ctx context.Context, q querier, table string, cols []data.ColumnInfo, rec any) ([]any, error) {
	nn, err := notNullOf(ctx, q, table)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = argOf(c.Field(rec), nn[c.Name])
	}
	return out, nil
}

// loaded is a record read from its table, with when it went to the trash.
type loaded struct {
	rec       any
	deletedAt time.Time
}

// loadRecords reads the records matching where (with args), children included,
// newest first by id.
func loadRecords(ctx context.Context, q querier, k *data.KindInfo, where string, args ...any) ([]loaded, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, version, "+colNames(k.Columns)+", created_at, updated_at, deleted_at FROM "+
		k.Table+" WHERE "+where+" ORDER BY id DESC", args...)
	if err != nil {
		return nil, err
	}
	var out []loaded
	for rows.Next() {
		rec := k.New()
		var l loaded
		m := k.Meta(rec)
		dests := []any{m.ID, m.Version}
		for _, c := range k.Columns {
			dests = append(dests, scanTarget(c.Field(rec)))
		}
		dests = append(dests, stampDest{m.CreatedAt}, stampDest{m.UpdatedAt}, stampDest{&l.deletedAt})
		if err := rows.Scan(dests...); err != nil {
			rows.Close()
			return nil, err
		}
		l.rec = rec
		out = append(out, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Records are few (a few a year), so one query per record and child table
	// is simpler than matching rows of many parents and costs a few milliseconds.
	for _, l := range out {
		for _, c := range k.Children {
			if err := loadChildren(ctx, q, c, l.rec, *k.Meta(l.rec).ID); err != nil {
				return nil, fmt.Errorf("%s: %w", c.Table, err)
			}
		}
	}
	return out, nil
}

// loadChildren reads the rows of one child table of a record, in order.
func loadChildren(ctx context.Context, q querier, c data.ChildInfo, rec any, id int64) error {
	c.Clear(rec)
	rows, err := q.QueryContext(ctx, "SELECT "+colNames(c.Columns)+" FROM "+c.Table+
		" WHERE "+c.Parent+" = ? ORDER BY pos", id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		row := c.Append(rec)
		dests := make([]any, len(c.Columns))
		for i, col := range c.Columns {
			dests[i] = scanTarget(col.Field(row))
		}
		if err := rows.Scan(dests...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// loadRecord reads one live record, ENOTFOUND if it is missing or in the trash.
func loadRecord(ctx context.Context, q querier, k *data.KindInfo, id int64) (any, error) {
	ls, err := loadRecords(ctx, q, k, "id = ? AND deleted_at IS NULL", id)
	if err != nil {
		return nil, err
	}
	if len(ls) == 0 {
		return nil, &data.Error{Code: data.ENOTFOUND, Message: k.NotFound}
	}
	return ls[0].rec, nil
}

// hooks are what a kind needs of the store beyond its tables: a conference's
// attached files, which live in a folder beside the database.
func (s *Store) afterLoad(ctx context.Context, k *data.KindInfo, rec any) error {
	if c, ok := rec.(*data.Conference); ok {
		var err error
		c.Documents, err = s.documents(ctx, c.ID)
		return err
	}
	return nil
}

// ListRecords returns the live records of a kind, newest first.
func (s *Store) ListRecords(ctx context.Context, k *data.KindInfo) ([]any, error) {
	doing := "đọc danh sách " + strings.ToLower(k.Label)
	ls, err := loadRecords(ctx, s.db, k, "deleted_at IS NULL")
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	out := make([]any, len(ls))
	for i, l := range ls {
		if err := s.afterLoad(ctx, k, l.rec); err != nil {
			return nil, data.Internal(err, doing)
		}
		out[i] = l.rec
	}
	return out, nil
}

// GetRecord returns one live record.
func (s *Store) GetRecord(ctx context.Context, k *data.KindInfo, id int64) (any, error) {
	doing := "đọc " + strings.ToLower(k.Label)
	rec, err := loadRecord(ctx, s.db, k, id)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	return rec, data.Internal(s.afterLoad(ctx, k, rec), doing)
}

// checkEnv loads what validation needs: the rule settings and the working-day
// calendar around now.
func (s *Store) checkEnv(ctx context.Context) (data.CheckEnv, error) {
	rs, cal, err := s.validationSettings(ctx)
	return data.CheckEnv{Settings: rs, Calendar: cal, Now: s.now()}, err
}

// prepare normalizes and validates rec and, unless ctx is Confirmed, asks the
// kind's question against the other live records (an ECONFIRM *Error).
func (s *Store) prepare(ctx context.Context, q querier, k *data.KindInfo, rec any) error {
	env, err := s.checkEnv(ctx)
	if err != nil {
		return err
	}
	if err := k.Prepare(rec, env).Err(); err != nil {
		return err
	}
	if !k.HasConfirm() || data.IsConfirmed(ctx) {
		return nil
	}
	ls, err := loadRecords(ctx, q, k, "deleted_at IS NULL AND id <> ?", *k.Meta(rec).ID)
	if err != nil {
		return err
	}
	others := make([]any, len(ls))
	for i, l := range ls {
		others[i] = l.rec
	}
	if p := k.NeedsConfirm(rec, others); p != nil {
		return &data.Error{Code: data.ECONFIRM, Field: p.Field, Message: p.Message}
	}
	return nil
}

// writeChildren replaces the child rows of a record.
func writeChildren(ctx context.Context, tx *sql.Tx, c data.ChildInfo, id int64, rec any) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+c.Table+" WHERE "+c.Parent+" = ?", id); err != nil {
		return err
	}
	insert := "INSERT INTO " + c.Table + " (" + c.Parent + ", pos, " + colNames(c.Columns) +
		") VALUES (?, ?" + strings.Repeat(", ?", len(c.Columns)) + ")"
	for i := range c.Len(rec) {
		args, err := colArgs(ctx, tx, c.Table, c.Columns, c.Row(rec, i))
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, insert, append([]any{id, i}, args...)...); err != nil {
			return err
		}
	}
	return nil
}

// CreateRecord validates and stores a new record and its children, logging its
// creation; it sets the id, version and timestamps. rec is changed only on success
// (but for normalization).
func (s *Store) CreateRecord(ctx context.Context, k *data.KindInfo, rec any) error {
	doing := "lưu " + strings.ToLower(k.Label)
	if err := s.prepare(ctx, s.db, k, rec); err != nil {
		return data.Internal(err, doing)
	}
	stamp := s.stamp()
	var id int64
	err := s.write(ctx, doing, func(tx *sql.Tx) error {
		if err := s.guardWrite(ctx, tx, k, nil, rec); err != nil {
			return err
		}
		args, err := colArgs(ctx, tx, k.Table, k.Columns, rec)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO "+k.Table+" ("+colNames(k.Columns)+
			", version, created_at, updated_at) VALUES (?"+strings.Repeat(", ?", len(k.Columns)+2)+")",
			append(args, 1, stamp, stamp)...)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for _, ch := range k.Children {
			if err := writeChildren(ctx, tx, ch, id, rec); err != nil {
				return err
			}
		}
		return audit(ctx, tx, stamp, k.Entity, id, change{labelCreated, "", k.Title(rec)})
	})
	if err != nil {
		return err
	}
	created, err := parseStamp(stamp)
	if err != nil {
		return data.Internal(err, doing)
	}
	m := k.Meta(rec)
	*m.ID, *m.Version, *m.CreatedAt, *m.UpdatedAt = id, 1, created, created
	return nil
}

// UpdateRecord saves a validated record and its children, logging each changed
// field; nothing is written when nothing changed. A record read at another version
// than the stored one is refused (data.ErrChangedElsewhere, with the stored record).
func (s *Store) UpdateRecord(ctx context.Context, k *data.KindInfo, rec any) error {
	doing := "lưu " + strings.ToLower(k.Label)
	if err := s.prepare(ctx, s.db, k, rec); err != nil {
		return data.Internal(err, doing)
	}
	stamp := s.stamp()
	m := k.Meta(rec)
	var created, updated time.Time
	var version int64
	err := s.write(ctx, doing, func(tx *sql.Tx) error {
		old, err := loadRecord(ctx, tx, k, *m.ID)
		if err != nil {
			return err
		}
		om := k.Meta(old)
		if *om.Version != *m.Version {
			if err := s.afterLoad(ctx, k, old); err != nil {
				return err
			}
			return data.ErrChangedElsewhere(old)
		}
		created, updated, version = *om.CreatedAt, *om.UpdatedAt, *om.Version
		if err := s.guardWrite(ctx, tx, k, old, rec); err != nil {
			return err
		}
		cs := k.Changes(old, rec)
		if len(cs) == 0 {
			return nil
		}
		args, err := colArgs(ctx, tx, k.Table, k.Columns, rec)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE "+k.Table+" SET "+strings.ReplaceAll(colNames(k.Columns), ",", " = ?,")+
			" = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?", append(args, stamp, *m.ID, version)...)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return fmt.Errorf("update of %s %d touched %d rows: %v", k.Table, *m.ID, n, err)
		}
		for _, ch := range k.Children {
			if err := writeChildren(ctx, tx, ch, *m.ID, rec); err != nil {
				return err
			}
		}
		if updated, err = parseStamp(stamp); err != nil {
			return err
		}
		version++
		ac := make([]change, len(cs))
		for i, c := range cs {
			ac[i] = change{c.Field, c.Old, c.New}
		}
		return audit(ctx, tx, stamp, k.Entity, *m.ID, ac...)
	})
	if err != nil {
		return err
	}
	*m.CreatedAt, *m.UpdatedAt, *m.Version = created, updated, version
	return nil
}

// TrashRecord moves a record (a member, or a record of any registered kind) to the trash.
func (s *Store) TrashRecord(ctx context.Context, ref data.RecordRef) error {
	if ref.Kind == data.KindMember {
		return s.TrashMember(ctx, ref.ID)
	}
	return s.setTrashed(ctx, ref, true)
}

// RestoreRecord takes a record back out of the trash, writing it in its history.
func (s *Store) RestoreRecord(ctx context.Context, ref data.RecordRef) error {
	if ref.Kind == data.KindMember {
		return s.RestoreMember(ctx, ref.ID)
	}
	return s.setTrashed(ctx, ref, false)
}

// errBadKind is the refusal of a kind that is not registered.
func errBadKind(k data.RecordKind) error {
	return data.Errorf(data.EINVALID, "", "Loại hồ sơ không hợp lệ: %q", string(k))
}

func (s *Store) setTrashed(ctx context.Context, ref data.RecordRef, trash bool) error {
	k := data.KindOf(ref.Kind)
	if k == nil {
		return errBadKind(ref.Kind)
	}
	stamp := s.stamp()
	doing, label, set, cond := "chuyển vào thùng rác", labelTrashed, any(stamp), "deleted_at IS NULL"
	notFound := k.NotFound
	if !trash {
		doing, label, set, cond = "khôi phục từ thùng rác", labelRestored, nil, "deleted_at IS NOT NULL"
		notFound = k.NotFound + " trong thùng rác"
	}
	return s.write(ctx, doing, func(tx *sql.Tx) error {
		if err := s.guardTrash(ctx, tx, k, ref.ID, trash); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE "+k.Table+" SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND "+cond, set, stamp, ref.ID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return &data.Error{Code: data.ENOTFOUND, Message: notFound}
		}
		return audit(ctx, tx, stamp, k.Entity, ref.ID, change{label, "", ""})
	})
}

// TrashList lists the trash: members first, then each kind in registry order,
// the most recently deleted first within a kind.
func (s *Store) TrashList(ctx context.Context) ([]data.TrashItem, error) {
	const doing = "đọc thùng rác"
	rows, err := s.db.QueryContext(ctx, `SELECT id, full_name, deleted_at FROM member
		WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, sort_key, id`)
	if err != nil {
		return nil, data.Internal(err, doing)
	}
	var out []data.TrashItem
	for rows.Next() {
		it := data.TrashItem{Ref: data.RecordRef{Kind: data.KindMember}}
		if err := rows.Scan(&it.Ref.ID, &it.Title, stampDest{&it.DeletedAt}); err != nil {
			rows.Close()
			return nil, data.Internal(err, doing)
		}
		out = append(out, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, data.Internal(err, doing)
	}
	for _, k := range data.Kinds() {
		ls, err := loadRecords(ctx, s.db, k, "deleted_at IS NOT NULL")
		if err != nil {
			return nil, data.Internal(err, doing)
		}
		start := len(out)
		for _, l := range ls {
			out = append(out, data.TrashItem{Ref: data.RecordRef{Kind: k.Kind, ID: *k.Meta(l.rec).ID},
				Title: k.Title(l.rec), DeletedAt: l.deletedAt})
		}
		slices.SortStableFunc(out[start:], func(a, b data.TrashItem) int { return b.DeletedAt.Compare(a.DeletedAt) })
	}
	return out, nil
}

// History returns the audit log of any record, members included, newest first.
func (s *Store) History(ctx context.Context, ref data.RecordRef) ([]data.AuditEntry, error) {
	if ref.Kind == data.KindMember {
		return s.EntityHistory(ctx, EntityMember, ref.ID)
	}
	k := data.KindOf(ref.Kind)
	if k == nil {
		return nil, errBadKind(ref.Kind)
	}
	return s.EntityHistory(ctx, k.Entity, ref.ID)
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
