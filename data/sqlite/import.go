package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

var _ data.ImportService = (*Store)(nil)

// EntityImport is the audit-log entity of an import as a whole (entity_id 0): one row
// saying which file brought how many members, besides each member's own rows.
const EntityImport = "import"

// MemberKeys lists what identifies each member not in the trash (CCCD, mã đoàn viên,
// name and birth date), in one query, for matching the rows of an import.
func (s *Store) MemberKeys(ctx context.Context) ([]data.MemberKey, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, full_name, COALESCE(birth_date, ''), birth_year_only,
		id_number, member_code FROM member WHERE deleted_at IS NULL`)
	if err != nil {
		return nil, data.Internal(err, "đọc danh sách đoàn viên")
	}
	defer rows.Close()
	var out []data.MemberKey
	for rows.Next() {
		var k data.MemberKey
		var birth string
		if err := rows.Scan(&k.ID, &k.Name, &birth, &k.BirthYearOnly, &k.IDNumber, &k.MemberCode); err != nil {
			return nil, data.Internal(err, "đọc danh sách đoàn viên")
		}
		if k.BirthDate, err = vn.ParseISO(birth); err != nil {
			return nil, data.Internal(err, "đọc danh sách đoàn viên")
		}
		out = append(out, k)
	}
	return out, data.Internal(rows.Err(), "đọc danh sách đoàn viên")
}

// MembersByID returns the members not in the trash among ids, by id. Many ids (an
// export of the whole register) are read in one pass over the table rather than one
// query each.
func (s *Store) MembersByID(ctx context.Context, ids []int64) (map[int64]*data.Member, error) {
	out := make(map[int64]*data.Member, len(ids))
	read := func(query string, args ...any) error {
		rows, err := s.db.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			m, err := scanMember(rows)
			if err != nil {
				return err
			}
			out[m.ID] = m
		}
		return rows.Err()
	}
	const chunk = 500
	if len(ids) > 4*chunk {
		want := make(map[int64]bool, len(ids))
		for _, id := range ids {
			want[id] = true
		}
		if err := read(selectMember + " WHERE m.deleted_at IS NULL"); err != nil {
			return nil, data.Internal(err, "đọc thông tin đoàn viên")
		}
		for id := range out {
			if !want[id] {
				delete(out, id)
			}
		}
		return out, nil
	}
	for len(ids) > 0 {
		n := min(chunk, len(ids))
		args := make([]any, n)
		for i, id := range ids[:n] {
			args[i] = id
		}
		q := selectMember + " WHERE m.deleted_at IS NULL AND m.id IN (?" + strings.Repeat(",?", n-1) + ")"
		if err := read(q, args...); err != nil {
			return nil, data.Internal(err, "đọc thông tin đoàn viên")
		}
		ids = ids[n:]
	}
	return out, nil
}

// ImportMembers writes an import in one transaction: the new members (as CreateMembers
// does, with their first status event and a "Tạo mới" audit row) and the updates (as
// UpdateMember does, logging each changed field), plus one audit row naming the file.
// Any refusal names the file's row and writes nothing, and leaves the caller's members
// as they were; after the commit they are normalized and carry their ids, as with
// CreateMembers. The database is backed up first.
func (s *Store) ImportMembers(ctx context.Context, b *data.ImportBatch) error {
	now := s.now()
	at := now.UTC().Truncate(time.Second)
	stamp := at.Format(stampLayout)
	today := vn.Day(now)
	creates, err := checkCreates(b.Creates, now)
	if err != nil {
		return err
	}
	updates, err := checkUpdates(b.Updates, now)
	if err != nil {
		return err
	}
	if len(creates)+len(updates) == 0 {
		return nil
	}
	if err := batchDuplicates(creates, updates, b.Updates); err != nil {
		return err
	}
	backedUp, err := s.autoBackupBeside(ctx, data.BackupBeforeImport)
	if err != nil {
		return data.Internal(err, "sao lưu trước khi nhập")
	}
	defer backedUp()
	var ids []created
	var backupErr error
	err = s.write(ctx, "nhập đoàn viên", func(tx *sql.Tx) error {
		h, err := loadHolderIDs(ctx, tx)
		if err != nil {
			return err
		}
		for i := range creates {
			if err := h.checkKeys(0, creates[i].idNumber, creates[i].code, creates[i].foreign); err != nil {
				return data.AtLine(creates[i].line, err)
			}
		}
		for i := range updates {
			if err := h.check(&updates[i]); err != nil {
				return data.AtLine(b.Updates[i].Line, err)
			}
		}
		units, err := loadUnits(ctx, tx)
		if err != nil {
			return err
		}
		if ids, err = importCreates(ctx, tx, b, creates, units, at, stamp, today); err != nil {
			return err
		}
		changed, err := importUpdates(ctx, tx, b, updates, units, stamp)
		if err != nil {
			return err
		}
		summary := fmt.Sprintf("%s: %s thêm mới, %s cập nhật", b.Source,
			vn.FormatInt(int64(len(creates))), vn.FormatInt(int64(changed)))
		if err := audit(ctx, tx, stamp, EntityImport, 0, change{"Nhập từ tệp", "", summary}); err != nil {
			return err
		}
		// Committed only once the backup made before it counts.
		backupErr = data.Internal(backedUp(), "sao lưu trước khi nhập")
		return backupErr
	})
	if backupErr != nil {
		return backupErr
	}
	if err != nil {
		return err
	}
	for i, r := range b.Creates {
		m := r.Member
		if !creates[i].normal {
			m.Normalize()
		}
		m.ID, m.UnitID, m.UnitName, m.Status = ids[i].id, ids[i].unitID, ids[i].unitName, ids[i].status
		m.CreatedAt, m.UpdatedAt, m.DeletedAt, m.Version = at, at, time.Time{}, 1
	}
	for i, r := range b.Updates {
		*r.Member = updates[i]
	}
	return nil
}

// newRow is what the checks keep of a new member: the few values the transaction
// needs before it inserts. The members themselves are copied and normalized again
// fifty at a time while inserting, so that 100,000 members are not held twice.
type newRow struct {
	line           int
	sortKey        []byte
	idNumber, code string
	name           string
	foreign        bool
	normal         bool // the member was normalized already: no need to do it again
}

// created is what an insert gave a new member.
type created struct {
	id, unitID int64
	unitName   string
	status     data.Status
}

// checkCreates normalizes and validates each new member on a copy, on every core, and
// keeps its keys; the first refusal in the file's order is returned.
func checkCreates(rows []data.ImportRow, now time.Time) ([]newRow, error) {
	out := make([]newRow, len(rows))
	errs := make([]error, len(rows))
	parallel(len(rows), func(i int) {
		c := *rows[i].Member
		c.ID = 0
		c.Normalize()
		normal := c == *rows[i].Member
		if err := c.Validate(now).Err(); err != nil {
			errs[i] = data.AtLine(rows[i].Line, err)
			return
		}
		if err := checkStatus(c.Status); err != nil {
			errs[i] = data.AtLine(rows[i].Line, err)
			return
		}
		out[i] = newRow{line: rows[i].Line, sortKey: c.SortKey(), idNumber: c.IDNumber, code: c.MemberCode,
			name: c.FullName(), foreign: c.Foreign(), normal: normal}
	})
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// checkUpdates normalizes and validates copies of the updated members.
func checkUpdates(rows []data.ImportRow, now time.Time) ([]data.Member, error) {
	cs := make([]data.Member, len(rows))
	for i, r := range rows {
		c := &cs[i]
		*c = *r.Member
		if c.ID == 0 {
			return nil, data.AtLine(r.Line, errMemberNotFound())
		}
		c.Normalize()
		if err := c.Validate(now).Err(); err != nil {
			return nil, data.AtLine(r.Line, err)
		}
	}
	return cs, nil
}

// importCreates inserts the new members, in register order and fifty to a statement,
// while a second goroutine prepares the next fifty (copy, normalize, unit, values).
// Inserting in sort-key order makes the register index grow at its end instead of
// splitting pages all over it, and multi-row statements save most of the calls into
// SQLite: together they more than halve the time of a 100,000-member import.
func importCreates(ctx context.Context, tx *sql.Tx, b *data.ImportBatch, rows []newRow,
	units *unitIndex, at time.Time, stamp string, today time.Time) ([]created, error) {
	out := make([]created, len(rows))
	if len(rows) == 0 {
		return out, nil
	}
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return bytes.Compare(rows[order[a]].sortKey, rows[order[b]].sortKey) < 0 })
	var maxID int64
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(id), 0) FROM member`).Scan(&maxID); err != nil {
		return nil, err
	}
	// A bigger page cache for this connection while it inserts: the new pages of
	// 100,000 members then go to the log once, at the commit, not again and again.
	if _, err := tx.ExecContext(ctx, `PRAGMA cache_size = -32768`); err != nil {
		return nil, err
	}
	defer tx.ExecContext(ctx, `PRAGMA cache_size = -2000`)
	// Each new member brings at least one status event and one audit row.
	bulk, err := dropForBulk(ctx, tx, map[string]int{"member": len(rows), "member_event": len(rows), "audit_log": len(rows)})
	if err != nil {
		return nil, err
	}
	// Units are created by name inside the transaction, so they are resolved here,
	// in order, before the goroutine that prepares the chunks reads the index.
	unitOf := make([]int64, len(rows))
	for _, i := range order {
		c := *b.Creates[i].Member
		c.UnitName = vn.Clean(c.UnitName)
		if err := units.resolve(ctx, tx, &c, stamp); err != nil {
			return nil, data.AtLine(rows[i].line, err)
		}
		unitOf[i], out[i].unitID, out[i].unitName = c.UnitID, c.UnitID, c.UnitName
	}
	const chunk = 50
	type prepared struct {
		values, events []any
		nEvents        int
	}
	stop := make(chan struct{})
	defer close(stop)
	ahead := make(chan prepared, 4)
	// Chunks the inserts are done with come back to be filled again: 100,000 members
	// otherwise allocate some 200 MB of argument lists, and with the register's rows
	// held in memory every collection of that garbage scans them all again.
	free := make(chan prepared, cap(ahead)+2)
	go func() {
		defer close(ahead)
		var c data.Member // one copy, reused: it escapes into the helpers below
		for start := 0; start < len(order); start += chunk {
			var p prepared
			select {
			case p = <-free:
			default:
				p.values = make([]any, 0, chunk*(len(memberColumns)+3))
				p.events = make([]any, 0, chunk*9)
			}
			for k, i := range order[start:min(start+chunk, len(order))] {
				c = *b.Creates[i].Member
				c.ID = 0
				if !rows[i].normal {
					c.Normalize()
				}
				c.UnitID, c.UnitName = unitOf[i], out[i].unitName
				events := initialEvents(&c, today)
				c.Status = events[len(events)-1].Kind.Result()
				out[i].status = c.Status
				p.values = appendMemberArgs(p.values, &c, rows[i].sortKey)
				p.values = append(p.values, string(c.Status), stamp, stamp)
				// The ids are known ahead: see the check after each insert.
				id := maxID + int64(start+k) + 1
				for j := range events {
					events[j].MemberID = id
					p.events = append(p.events, eventArgs(&events[j], stamp)...)
					p.nEvents++
				}
			}
			select {
			case ahead <- p:
			case <-stop:
				return
			}
		}
	}()
	// The statements for a full chunk are prepared once; a last, shorter chunk and a
	// chunk with a member who already left (two events) get their own.
	stmts := map[string]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	exec := func(q string, args []any) (sql.Result, error) {
		st, ok := stmts[q]
		if !ok {
			var err error
			if st, err = tx.PrepareContext(ctx, q); err != nil {
				return nil, err
			}
			stmts[q] = st
		}
		return st.ExecContext(ctx, args...)
	}
	tuples := func(prefix, tuple string, n int) string {
		return prefix + tuple + strings.Repeat(", "+tuple, n-1)
	}
	memberInsert := insertMemberSQL[:strings.Index(insertMemberSQL, "VALUES")+len("VALUES ")]
	memberTuple := "(?" + strings.Repeat(", ?", len(memberColumns)+2) + ")"
	eventInsert := insertEventSQL[:strings.Index(insertEventSQL, "VALUES")+len("VALUES ")]
	auditInsert := insertAudit[:strings.Index(insertAudit, "VALUES")+len("VALUES ")]
	var flat []any
	for start := 0; start < len(order); start += chunk {
		idx := order[start:min(start+chunk, len(order))]
		p, ok := <-ahead
		if !ok {
			return nil, ctx.Err()
		}
		res, err := exec(tuples(memberInsert, memberTuple, len(idx)), p.values)
		if err != nil {
			return nil, err
		}
		// Rows get rowids max+1, max+2… in VALUES order: the write lock is ours and
		// rowids are far from their limit. Checked, since the events and the caller
		// rely on it.
		last, err := res.LastInsertId()
		if err != nil {
			return nil, err
		}
		if last != maxID+int64(start+len(idx)) {
			return nil, fmt.Errorf("import: rowid %d after %d rows over %d", last, start+len(idx), maxID)
		}
		if _, err := exec(tuples(eventInsert, "(?, ?, ?, ?, ?, ?, ?, ?, ?)", p.nEvents), p.events); err != nil {
			return nil, err
		}
		flat = flat[:0]
		for k, i := range idx {
			out[i].id = maxID + int64(start+k) + 1
			flat = append(flat, stamp, EntityMember, out[i].id, labelCreated, "", rows[i].name)
		}
		if _, err := exec(tuples(auditInsert, "(?, ?, ?, ?, ?, ?)", len(idx)), flat); err != nil {
			return nil, err
		}
		// SQLite copied every value it was given (bound as transient): the lists may
		// be filled again. clear drops what they point to before they wait.
		clear(p.values)
		clear(p.events)
		p.values, p.events, p.nEvents = p.values[:0], p.events[:0], 0
		select {
		case free <- p:
		default:
		}
	}
	return out, bulk.rebuild(ctx, tx)
}

// importUpdates saves the updated members as UpdateMember does; it returns how many changed.
func importUpdates(ctx context.Context, tx *sql.Tx, b *data.ImportBatch, cs []data.Member, units *unitIndex, stamp string) (int, error) {
	if len(cs) == 0 {
		return 0, nil
	}
	upd, err := tx.PrepareContext(ctx, updateMemberSQL)
	if err != nil {
		return 0, err
	}
	defer upd.Close()
	changed := 0
	for i := range cs {
		c := &cs[i]
		line := b.Updates[i].Line
		old, err := loadMember(ctx, tx, c.ID, false)
		if err != nil {
			return 0, data.AtLine(line, err)
		}
		if err := units.resolve(ctx, tx, c, stamp); err != nil {
			return 0, data.AtLine(line, err)
		}
		done, err := saveMember(ctx, tx, old, c, stamp, func(args []any) error {
			_, err := upd.ExecContext(ctx, args...)
			return err
		})
		if err != nil {
			return 0, err
		}
		if done {
			changed++
		}
	}
	return changed, nil
}

// batchDuplicates refuses a batch in which two rows carry the same CCCD or mã đoàn
// viên, naming both rows of the file.
func batchDuplicates(creates []newRow, updates []data.Member, rows []data.ImportRow) error {
	b := newBatchKeys()
	for _, c := range creates {
		if err := b.add(c.line, c.idNumber, c.code, c.name, c.foreign); err != nil {
			return err
		}
	}
	for i := range updates {
		u := &updates[i]
		if err := b.add(rows[i].Line, u.IDNumber, u.MemberCode, u.FullName(), u.Foreign()); err != nil {
			return err
		}
	}
	return nil
}

// parallel runs f(0..n-1) on every core.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}(w)
	}
	wg.Wait()
}
