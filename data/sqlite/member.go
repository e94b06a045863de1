package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// memberColumns are the member columns a write sets from a data.Member, in memberArgs order.
var memberColumns = []string{
	"ho", "ten_dem", "ten", "full_name", "birth_date", "birth_year_only", "sex", "ethnicity",
	"nationality", "id_number", "phone", "unit_id", "job_title", "hire_date", "contract",
	"contract_months", "manager", "join_kind", "join_date", "previous_union", "decision_number",
	"decision_date", "member_code", "card_number", "card_type", "card_date", "union_role",
	"party_member", "notes", "search_key", "sort_key",
}

// memberArgs are the values of memberColumns for m.
func memberArgs(m *data.Member) []any { return memberArgsKey(m, m.SortKey()) }

// memberArgsKey is memberArgs with the sort key already computed.
func memberArgsKey(m *data.Member, sortKey []byte) []any {
	return appendMemberArgs(make([]any, 0, len(memberColumns)), m, sortKey)
}

// appendMemberArgs appends memberArgsKey's values to dst (an import fills one list
// for fifty members).
func appendMemberArgs(dst []any, m *data.Member, sortKey []byte) []any {
	return append(dst,
		m.Ho, m.TenDem, m.Ten, m.FullName(), isoArg(m.BirthDate), m.BirthYearOnly, string(m.Sex), m.Ethnicity,
		m.Nationality, m.IDNumber, m.Phone, idArg(m.UnitID), m.JobTitle, isoArg(m.HireDate), string(m.Contract),
		m.ContractMonths, m.Manager, string(m.JoinKind), isoArg(m.JoinDate), m.PreviousUnion, m.DecisionNumber,
		isoArg(m.DecisionDate), m.MemberCode, m.CardNumber, string(m.CardType), isoArg(m.CardDate), m.UnionRole,
		m.PartyMember, m.Notes, m.SearchKey(), sortKey,
	)
}

var (
	insertMemberSQL = "INSERT INTO member (" + strings.Join(memberColumns, ", ") +
		", status, created_at, updated_at) VALUES (?" + strings.Repeat(", ?", len(memberColumns)+2) + ")"
	updateMemberSQL = "UPDATE member SET " + strings.Join(memberColumns, " = ?, ") +
		" = ?, updated_at = ?, version = version + 1 WHERE id = ?"
)

const selectMember = `SELECT m.id, m.ho, m.ten_dem, m.ten, m.birth_date, m.birth_year_only, m.sex,
	m.ethnicity, m.nationality, m.id_number, m.phone, COALESCE(m.unit_id, 0), COALESCE(u.name, ''),
	m.job_title, m.hire_date, m.contract, m.contract_months, m.manager, m.join_kind, m.join_date,
	m.previous_union, m.decision_number, m.decision_date, m.member_code, m.card_number, m.card_type,
	m.card_date, m.union_role, m.party_member, m.notes, m.status, m.deleted_at, m.created_at, m.updated_at,
	m.version
	FROM member m LEFT JOIN unit u ON u.id = m.unit_id`

// errMemberNotFound is the answer for a missing member, or one in the trash when
// the caller wanted a live one (and the other way round).
func errMemberNotFound() error {
	return &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy đoàn viên"}
}

// loadMember reads one member; inTrash says which side of the trash it must be on.
func loadMember(ctx context.Context, q querier, id int64, inTrash bool) (*data.Member, error) {
	where := " WHERE m.id = ? AND m.deleted_at IS NULL"
	if inTrash {
		where = " WHERE m.id = ? AND m.deleted_at IS NOT NULL"
	}
	m, err := scanMember(q.QueryRowContext(ctx, selectMember+where, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errMemberNotFound()
	}
	return m, err
}

// scanMember reads one row of selectMember (from QueryRow or Query).
func scanMember(sc interface{ Scan(...any) error }) (*data.Member, error) {
	var m data.Member
	var birth, hire, join, decision, card, deleted sql.NullString
	var created, updated string
	err := sc.Scan(&m.ID, &m.Ho, &m.TenDem, &m.Ten,
		&birth, &m.BirthYearOnly, (*string)(&m.Sex), &m.Ethnicity, &m.Nationality, &m.IDNumber, &m.Phone,
		&m.UnitID, &m.UnitName, &m.JobTitle, &hire, (*string)(&m.Contract), &m.ContractMonths, &m.Manager,
		(*string)(&m.JoinKind), &join, &m.PreviousUnion, &m.DecisionNumber, &decision, &m.MemberCode,
		&m.CardNumber, (*string)(&m.CardType), &card, &m.UnionRole, &m.PartyMember, &m.Notes,
		(*string)(&m.Status), &deleted, &created, &updated, &m.Version)
	if err != nil {
		return nil, err
	}
	for _, d := range []struct {
		to   *time.Time
		from sql.NullString
	}{{&m.BirthDate, birth}, {&m.HireDate, hire}, {&m.JoinDate, join}, {&m.DecisionDate, decision}, {&m.CardDate, card}} {
		if *d.to, err = vn.ParseISO(d.from.String); err != nil {
			return nil, err
		}
	}
	for _, t := range []struct {
		to   *time.Time
		from string
	}{{&m.DeletedAt, deleted.String}, {&m.CreatedAt, created}, {&m.UpdatedAt, updated}} {
		if *t.to, err = parseStamp(t.from); err != nil {
			return nil, err
		}
	}
	return &m, nil
}

// Member returns one member with all fields (ENOTFOUND if missing or in the trash).
func (s *Store) Member(ctx context.Context, id int64) (*data.Member, error) {
	m, err := loadMember(ctx, s.db, id, false)
	return m, data.Internal(err, "đọc thông tin đoàn viên")
}

// CreateMember validates and stores a new member and its initial status event; it
// sets m.ID, m.Status and the timestamps. A UnitID of 0 with a UnitName finds or
// creates that unit. A non-active m.Status (members imported after they left) adds
// a second event of that kind, dated m.UpdatedAt or today.
func (s *Store) CreateMember(ctx context.Context, m *data.Member) error {
	return s.create(ctx, []*data.Member{m}, false)
}

// CreateMembers stores many members in one transaction, all or nothing, as
// CreateMember does each. Errors name the row: "Dòng 12: …", counting ms from 1.
func (s *Store) CreateMembers(ctx context.Context, ms []*data.Member) error {
	return s.create(ctx, ms, true)
}

// create is CreateMember and CreateMembers. It works on copies and copies them back
// (normalized, with ids) only after the commit, so a refused batch leaves the caller's
// members untouched, never pointing at ids or units that were rolled back.
func (s *Store) create(ctx context.Context, ms []*data.Member, batch bool) error {
	now := s.now()
	at := now.UTC().Truncate(time.Second)
	stamp := at.Format(stampLayout)
	today := vn.Day(now)
	rowErr := func(i int, err error) error {
		if batch {
			return atRow(i, err)
		}
		return err
	}
	cs := make([]data.Member, len(ms))
	for i, m := range ms {
		c := &cs[i]
		*c = *m
		c.ID = 0
		c.Normalize()
		if err := c.Validate(now).Err(); err != nil {
			return rowErr(i, err)
		}
		if err := checkStatus(c.Status); err != nil {
			return rowErr(i, err)
		}
	}
	if err := duplicatesWithin(cs); err != nil {
		return err
	}
	err := s.write(ctx, "lưu đoàn viên", func(tx *sql.Tx) error {
		if batch {
			// One query for every CCCD and code instead of two lookups per row.
			h, err := loadHolderIDs(ctx, tx)
			if err != nil {
				return err
			}
			for i := range cs {
				if err := h.check(&cs[i]); err != nil {
					return atRow(i, err)
				}
			}
		} else if err := checkUnique(ctx, tx, &cs[0]); err != nil {
			return err
		}
		units, err := loadUnits(ctx, tx)
		if err != nil {
			return err
		}
		// A big batch (the demo's 100,000 members) builds its indexes once, after the
		// rows, as a big import does (bulkindex.go); a few members change nothing.
		bulk, err := dropForBulk(ctx, tx, map[string]int{"member": len(cs), "member_event": len(cs), "audit_log": len(cs)})
		if err != nil {
			return err
		}
		in, err := prepareInserts(ctx, tx)
		if err != nil {
			return err
		}
		defer in.close()
		for i := range cs {
			c := &cs[i]
			if err := units.resolve(ctx, tx, c, stamp); err != nil {
				return rowErr(i, err)
			}
			events := initialEvents(c, today)
			c.Status = events[len(events)-1].Kind.Result()
			c.CreatedAt, c.UpdatedAt, c.DeletedAt, c.Version = at, at, time.Time{}, 1
			if err := in.add(ctx, c, events, stamp); err != nil {
				return err
			}
		}
		return bulk.rebuild(ctx, tx)
	})
	if err != nil {
		return err
	}
	for i, m := range ms {
		*m = cs[i]
	}
	return nil
}

// atRow puts the row number in front of an application error's message.
func atRow(i int, err error) error {
	var de *data.Error
	if !errors.As(err, &de) {
		return err
	}
	c := *de
	c.Message = fmt.Sprintf("Dòng %d: %s", i+1, de.Message)
	return &c
}

// initialEvents is the status history a new member starts with: how they joined, and
// for members imported after they already left, the change that put them there.
func initialEvents(m *data.Member, today time.Time) []data.MemberEvent {
	events := []data.MemberEvent{{Kind: joinEvent(m), Date: m.JoinDate, Place: m.PreviousUnion, Decision: m.DecisionNumber}}
	if k := leavingEvent(m.Status); k != "" {
		date := today
		if !m.UpdatedAt.IsZero() {
			date = vn.Day(m.UpdatedAt)
		}
		if date.Before(m.JoinDate) {
			date = m.JoinDate
		}
		events = append(events, data.MemberEvent{Kind: k, Date: date})
	}
	return events
}

// joinEvent is the first status event of m: chuyển đến for a transfer, else kết nạp.
func joinEvent(m *data.Member) data.EventKind {
	if m.JoinKind == data.JoinTransferred {
		return data.EventTransferIn
	}
	return data.EventAdmitted
}

// checkStatus refuses a status given to a new member that is not one of data.Statuses.
func checkStatus(s data.Status) error {
	if s == "" || slices.Contains(data.Statuses, s) {
		return nil
	}
	return &data.Error{Code: data.EINVALID, Message: "Trạng thái \"" + string(s) + "\" không hợp lệ"}
}

// leavingEvent is the action that leads to a non-active status, "" for active.
func leavingEvent(s data.Status) data.EventKind {
	switch s {
	case data.StatusSuspended:
		return data.EventSuspended
	case data.StatusTransferred:
		return data.EventTransferOut
	case data.StatusLeft:
		return data.EventLeft
	case data.StatusRemoved:
		return data.EventRemoved
	case data.StatusExpelled:
		return data.EventExpelled
	}
	return ""
}

// inserts are the statements of a create, prepared once so that an import of
// 100,000 members does not parse the same SQL 300,000 times.
type inserts struct{ member, event, audit *sql.Stmt }

func prepareInserts(ctx context.Context, tx *sql.Tx) (*inserts, error) {
	in := &inserts{}
	var err error
	if in.member, err = tx.PrepareContext(ctx, insertMemberSQL); err != nil {
		return nil, err
	}
	if in.event, err = tx.PrepareContext(ctx, insertEventSQL); err != nil {
		in.close()
		return nil, err
	}
	if in.audit, err = tx.PrepareContext(ctx, insertAudit); err != nil {
		in.close()
		return nil, err
	}
	return in, nil
}

func (in *inserts) close() {
	for _, st := range []*sql.Stmt{in.member, in.event, in.audit} {
		if st != nil {
			st.Close()
		}
	}
}

// add inserts one member with its events and its "Tạo mới" audit row, and sets m.ID.
func (in *inserts) add(ctx context.Context, m *data.Member, events []data.MemberEvent, stamp string) error {
	args := append(memberArgs(m), string(m.Status), stamp, stamp)
	res, err := in.member.ExecContext(ctx, args...)
	if err != nil {
		return err
	}
	if m.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	for i := range events {
		events[i].MemberID = m.ID
		if _, err := in.event.ExecContext(ctx, eventArgs(&events[i], stamp)...); err != nil {
			return err
		}
	}
	_, err = in.audit.ExecContext(ctx, stamp, EntityMember, m.ID, labelCreated, "", m.FullName())
	return err
}

// UpdateMember validates and saves every field of m, logging each change. Status,
// trash and creation time are not taken from m: they change only through their own
// actions. A change to how the member joined is carried to the first status event.
func (s *Store) UpdateMember(ctx context.Context, m *data.Member) error {
	now := s.now()
	stamp := stampOf(now)
	c := *m
	c.Normalize()
	if err := c.Validate(now).Err(); err != nil {
		return err
	}
	err := s.write(ctx, "lưu đoàn viên", func(tx *sql.Tx) error {
		old, err := loadMember(ctx, tx, c.ID, false)
		if err != nil {
			return err
		}
		if err := checkUnique(ctx, tx, &c); err != nil {
			return err
		}
		if c.UnitName, err = unitName(ctx, tx, c.UnitID); err != nil {
			return err
		}
		_, err = saveMember(ctx, tx, old, &c, stamp, func(args []any) error {
			_, err := tx.ExecContext(ctx, updateMemberSQL, args...)
			return err
		})
		return err
	})
	if err != nil {
		return err
	}
	*m = c
	return nil
}

// saveMember writes the validated c over old (as loaded in tx), with update running
// updateMemberSQL: it keeps what c may not change, logs each changed field, and
// carries a change to how the member joined to the first status event. It reports
// whether anything changed; nothing is written when nothing did. A c read at another
// version than old is refused (data.ErrChangedElsewhere, carrying old): a form opened
// before an import or another window's save must not put the old values back.
func saveMember(ctx context.Context, tx *sql.Tx, old, c *data.Member, stamp string, update func(args []any) error) (bool, error) {
	if c.Version != old.Version {
		return false, data.ErrChangedElsewhere(old)
	}
	c.Status, c.DeletedAt, c.CreatedAt, c.UpdatedAt = old.Status, old.DeletedAt, old.CreatedAt, old.UpdatedAt
	var cs []change
	for _, d := range data.MemberChanges(old, c) {
		cs = append(cs, change{d.Field, d.Old, d.New})
	}
	if old.FullName() == c.FullName() && (old.Ho != c.Ho || old.TenDem != c.TenDem || old.Ten != c.Ten) {
		// Same name, split differently: it changes the register order, so log it too.
		cs = append(cs, change{"Họ / tên đệm / tên", nameParts(old), nameParts(c)})
	}
	if len(cs) == 0 {
		return false, nil
	}
	if err := update(append(memberArgs(c), stamp, c.ID)); err != nil {
		return false, err
	}
	var err error
	if c.UpdatedAt, err = parseStamp(stamp); err != nil {
		return false, err
	}
	c.Version = old.Version + 1
	if old.JoinKind != c.JoinKind || !old.JoinDate.Equal(c.JoinDate) ||
		old.PreviousUnion != c.PreviousUnion || old.DecisionNumber != c.DecisionNumber {
		if err := syncJoinEvent(ctx, tx, c); err != nil {
			return false, err
		}
	}
	return true, audit(ctx, tx, stamp, EntityMember, c.ID, cs...)
}

// nameParts shows how a name is split, for the audit log.
func nameParts(m *data.Member) string { return m.Ho + " / " + m.TenDem + " / " + m.Ten }

// syncJoinEvent keeps the first status event (kết nạp or chuyển đến) in step with
// the join fields of the form, which are where a chair corrects them.
func syncJoinEvent(ctx context.Context, tx *sql.Tx, m *data.Member) error {
	_, err := tx.ExecContext(ctx, `UPDATE member_event SET kind = ?, date = ?, place = ?, decision = ?
		WHERE id = (SELECT MIN(id) FROM member_event WHERE member_id = ?) AND kind IN (?, ?)`,
		string(joinEvent(m)), isoArg(m.JoinDate), m.PreviousUnion, m.DecisionNumber, m.ID,
		string(data.EventAdmitted), string(data.EventTransferIn))
	return err
}

// TrashMember moves a member to the Thùng rác; nothing is hard-deleted. A trashed
// member no longer holds its CCCD and mã đoàn viên for uniqueness.
func (s *Store) TrashMember(ctx context.Context, id int64) error {
	stamp := s.stamp()
	return s.write(ctx, "chuyển đoàn viên vào thùng rác", func(tx *sql.Tx) error {
		if _, err := loadMember(ctx, tx, id, false); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE member SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ?`, stamp, stamp, id); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityMember, id, change{labelTrashed, "", ""})
	})
}

// RestoreMember takes a member back out of the trash, unless meanwhile another
// member took its CCCD or mã đoàn viên (ECONFLICT names who).
func (s *Store) RestoreMember(ctx context.Context, id int64) error {
	stamp := s.stamp()
	return s.write(ctx, "khôi phục đoàn viên", func(tx *sql.Tx) error {
		m, err := loadMember(ctx, tx, id, true)
		if err != nil {
			return err
		}
		if err := checkUnique(ctx, tx, m); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE member SET deleted_at = NULL, updated_at = ?, version = version + 1 WHERE id = ?`, stamp, id); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityMember, id, change{labelRestored, "", ""})
	})
}
