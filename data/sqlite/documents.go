package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

var _ data.DocumentService = (*Store)(nil)

// The audited entities of the documents work.
const (
	// EntityDocument is an entry of the sổ văn bản đi; entity_id is its id.
	EntityDocument = "document"
	// EntityNarrative is the chair's texts of one period; entity_id is
	// year×10 + half, the field the section's title.
	EntityNarrative = "narrative"
)

// docFields are the audited fields of an entry, labelled as in the register.
var docFields = []field[data.OutgoingDoc]{
	{"Loại văn bản", func(d *data.OutgoingDoc) string { return d.Type.Label() }},
	{"Số, ký hiệu", func(d *data.OutgoingDoc) string { return d.NumberText() }},
	{"Ngày ban hành", func(d *data.OutgoingDoc) string { return vn.FormatDate(d.Date) }},
	{"Trích yếu", func(d *data.OutgoingDoc) string { return d.Subject }},
}

const docColumns = `id, year, type, number, symbol, date, subject, kind, ref, created_at`

// scanDoc reads one row of docColumns.
func scanDoc(sc interface{ Scan(...any) error }) (data.OutgoingDoc, error) {
	var d data.OutgoingDoc
	var date, created string
	if err := sc.Scan(&d.ID, &d.Year, (*string)(&d.Type), &d.Number, &d.Symbol, &date, &d.Subject,
		&d.Kind, &d.Ref, &created); err != nil {
		return d, err
	}
	var err error
	if d.Date, err = vn.ParseISO(date); err != nil {
		return d, err
	}
	d.CreatedAt, err = parseStamp(created)
	return d, err
}

// docWhere returns the entry matching a WHERE clause, or nil.
func docWhere(ctx context.Context, q querier, where string, args ...any) (*data.OutgoingDoc, error) {
	d, err := scanDoc(q.QueryRowContext(ctx, `SELECT `+docColumns+` FROM outgoing_doc WHERE `+where, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// nextNumber is one more than the highest number of the type in the year.
func nextNumber(ctx context.Context, q querier, year int, t data.DocType) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(number), 0) + 1 FROM outgoing_doc WHERE year = ? AND type = ?`,
		year, string(t)).Scan(&n)
	return n, err
}

// NextDocNumber is the number the next document of this type gets in year.
func (s *Store) NextDocNumber(ctx context.Context, year int, t data.DocType) (int, error) {
	n, err := nextNumber(ctx, s.db, year, t)
	return n, data.Internal(err, "đọc sổ văn bản đi")
}

// errNumberTaken names the document that already holds a number.
func errNumberTaken(holder *data.OutgoingDoc) error {
	what := holder.Type.Label()
	if holder.Subject != "" {
		what += " \"" + holder.Subject + "\""
	}
	return &data.Error{Code: data.ECONFLICT, Field: data.FieldDocNumber,
		Message: "Số " + holder.NumberText() + " đã cấp cho " + what + " ngày " + vn.FormatDate(holder.Date)}
}

// IssueDoc records a document in the sổ văn bản đi; see data.DocumentService.
// It sets d's ID, Number, Year and CreatedAt.
func (s *Store) IssueDoc(ctx context.Context, d *data.OutgoingDoc) error {
	return s.issue(ctx, d, "ghi sổ văn bản đi", nil)
}

// IssueDecision records a quyết định kết nạp and its number and date on each
// member it admits, in one transaction; see data.DocumentService.
func (s *Store) IssueDecision(ctx context.Context, d *data.OutgoingDoc, memberIDs []int64) error {
	if len(memberIDs) == 0 {
		return &data.Error{Code: data.EINVALID, Message: "Quyết định kết nạp cần ít nhất một người"}
	}
	return s.issue(ctx, d, "ghi quyết định kết nạp", func(tx *sql.Tx, c *data.OutgoingDoc, stamp string) error {
		for _, id := range memberIDs {
			old, err := loadMember(ctx, tx, id, false)
			if err != nil {
				return err
			}
			if old.DecisionNumber != "" {
				return data.Errorf(data.EINVALID, "", "%s đã có quyết định kết nạp số %s ngày %s",
					old.FullName(), old.DecisionNumber, vn.FormatDate(old.DecisionDate))
			}
			if !old.Status.InUnion() {
				return data.Errorf(data.EINVALID, "", "%s không còn sinh hoạt công đoàn (%s): không kết nạp trong quyết định mới",
					old.FullName(), lowerFirstLabel(old.Status.Label()))
			}
			m := *old
			m.DecisionNumber, m.DecisionDate = c.NumberText(), c.Date
			if _, err := saveMember(ctx, tx, old, &m, stamp, func(args []any) error {
				_, err := tx.ExecContext(ctx, updateMemberSQL, args...)
				return err
			}); err != nil {
				return err
			}
		}
		return nil
	})
}

// lowerFirstLabel lowers a label's first letter for use inside a message.
func lowerFirstLabel(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}

// issue records c (and, with also, what goes with it) in one transaction.
func (s *Store) issue(ctx context.Context, d *data.OutgoingDoc, doing string,
	also func(tx *sql.Tx, c *data.OutgoingDoc, stamp string) error) error {
	c := *d
	c.Normalize()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	stamp := s.stamp()
	reprint := c.Kind != "" && c.Ref != ""
	err := s.write(ctx, doing, func(tx *sql.Tx) error {
		var holder *data.OutgoingDoc
		var err error
		switch {
		case c.Number == 0 && reprint:
			// Printing the same document again in the same year keeps its number.
			holder, err = docWhere(ctx, tx, `year = ? AND type = ? AND kind = ? AND ref = ? ORDER BY id DESC LIMIT 1`,
				c.Year, string(c.Type), c.Kind, c.Ref)
		case c.Number != 0:
			holder, err = docWhere(ctx, tx, `year = ? AND type = ? AND number = ?`, c.Year, string(c.Type), c.Number)
		}
		if err != nil {
			return err
		}
		if holder != nil {
			if !reprint || holder.Kind != c.Kind || holder.Ref != c.Ref {
				return errNumberTaken(holder)
			}
			c.ID, c.Number, c.CreatedAt = holder.ID, holder.Number, holder.CreatedAt
			if !c.Date.Equal(holder.Date) {
				if err := checkOrder(ctx, tx, &c); err != nil {
					return err
				}
			}
			if err := updateDoc(ctx, tx, stamp, holder, &c); err != nil {
				return err
			}
		} else {
			if c.Number == 0 {
				if c.Number, err = nextNumber(ctx, tx, c.Year, c.Type); err != nil {
					return err
				}
			}
			if err := checkOrder(ctx, tx, &c); err != nil {
				return err
			}
			res, err := tx.ExecContext(ctx, `INSERT INTO outgoing_doc (year, type, number, symbol, date, subject, kind, ref, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.Year, string(c.Type), c.Number, c.Symbol, vn.ISO(c.Date),
				c.Subject, c.Kind, c.Ref, stamp)
			if err != nil {
				return err
			}
			if c.ID, err = res.LastInsertId(); err != nil {
				return err
			}
			if c.CreatedAt, err = parseStamp(stamp); err != nil {
				return err
			}
			if err := audit(ctx, tx, stamp, EntityDocument, c.ID, change{labelCreated, "", c.NumberText() + " " + c.Subject}); err != nil {
				return err
			}
		}
		if also != nil {
			return also(tx, &c, stamp)
		}
		return nil
	})
	if err != nil {
		return err
	}
	*d = c
	return nil
}

// checkOrder refuses, unless the chair confirmed it (data.Confirmed), a number
// or date that breaks the date order of its type and year (data.CheckDocOrder).
func checkOrder(ctx context.Context, q querier, c *data.OutgoingDoc) error {
	if data.IsConfirmed(ctx) {
		return nil
	}
	e, err := docWhere(ctx, q, `year = ? AND type = ? AND number <> ? AND id <> ?
		AND ((number < ? AND date > ?) OR (number > ? AND date < ?)) ORDER BY number LIMIT 1`,
		c.Year, string(c.Type), c.Number, c.ID, c.Number, vn.ISO(c.Date), c.Number, vn.ISO(c.Date))
	if err != nil || e == nil {
		return err
	}
	return data.ErrDocOrder(c, e)
}

// UpdateDoc edits an entry: type, number, ký hiệu, date and trích yếu.
func (s *Store) UpdateDoc(ctx context.Context, d *data.OutgoingDoc) error {
	c := *d
	c.Normalize()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	if c.Number == 0 {
		return &data.Error{Code: data.EINVALID, Field: data.FieldDocNumber, Message: "Cần nhập số văn bản"}
	}
	stamp := s.stamp()
	err := s.write(ctx, "sửa sổ văn bản đi", func(tx *sql.Tx) error {
		old, err := docWhere(ctx, tx, `id = ?`, c.ID)
		if err != nil {
			return err
		}
		if old == nil {
			return &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy văn bản trong sổ"}
		}
		holder, err := docWhere(ctx, tx, `year = ? AND type = ? AND number = ? AND id <> ?`, c.Year, string(c.Type), c.Number, c.ID)
		if err != nil {
			return err
		}
		if holder != nil {
			return errNumberTaken(holder)
		}
		if c.Number != old.Number || !c.Date.Equal(old.Date) || c.Type != old.Type {
			if err := checkOrder(ctx, tx, &c); err != nil {
				return err
			}
		}
		c.Kind, c.Ref, c.CreatedAt = old.Kind, old.Ref, old.CreatedAt
		return updateDoc(ctx, tx, stamp, old, &c)
	})
	if err != nil {
		return err
	}
	*d = c
	return nil
}

// updateDoc writes c over old and logs what changed.
func updateDoc(ctx context.Context, tx *sql.Tx, stamp string, old, c *data.OutgoingDoc) error {
	cs := changes(docFields, old, c)
	if len(cs) == 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `UPDATE outgoing_doc SET year = ?, type = ?, number = ?, symbol = ?, date = ?, subject = ?
		WHERE id = ?`, c.Year, string(c.Type), c.Number, c.Symbol, vn.ISO(c.Date), c.Subject, c.ID); err != nil {
		return err
	}
	return audit(ctx, tx, stamp, EntityDocument, c.ID, cs...)
}

// OutgoingDocs lists the entries of a year (0: every year), the latest first.
func (s *Store) OutgoingDocs(ctx context.Context, year int) ([]data.OutgoingDoc, error) {
	where, args := "", []any{}
	if year != 0 {
		where, args = "WHERE year = ? ", []any{year}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+docColumns+` FROM outgoing_doc `+where+
		`ORDER BY year DESC, date DESC, id DESC`, args...)
	if err != nil {
		return nil, data.Internal(err, "đọc sổ văn bản đi")
	}
	defer rows.Close()
	var out []data.OutgoingDoc
	for rows.Next() {
		d, err := scanDoc(rows)
		if err != nil {
			return nil, data.Internal(err, "đọc sổ văn bản đi")
		}
		out = append(out, d)
	}
	return out, data.Internal(rows.Err(), "đọc sổ văn bản đi")
}

// narrativeKeys lists every section and figure key in report order, and maps
// each to its title.
func narrativeKeys() ([]string, map[string]string) {
	var keys []string
	titles := map[string]string{}
	for _, ss := range [][]data.NarrativeSection{data.NarrativeSections, data.NarrativeFigures} {
		for _, s := range ss {
			keys = append(keys, s.Key)
			titles[s.Key] = s.Title
		}
	}
	return keys, titles
}

// narrativeID is the audit-log id of a period's texts.
func narrativeID(p data.Period) int64 { return int64(p.Year)*10 + int64(p.Half) }

// Narrative returns the chair's texts of a period.
func (s *Store) Narrative(ctx context.Context, p data.Period) (data.Narrative, error) {
	n, err := loadNarrative(ctx, s.db, p)
	return n, data.Internal(err, "đọc nội dung báo cáo")
}

func loadNarrative(ctx context.Context, q querier, p data.Period) (data.Narrative, error) {
	rows, err := q.QueryContext(ctx, `SELECT section, text FROM report_narrative WHERE year = ? AND half = ?`, p.Year, p.Half)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := data.Narrative{}
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return nil, err
		}
		n[k] = v
	}
	return n, rows.Err()
}

// SaveNarrative saves the texts of a period, cleaned to NFC, each changed
// section logged; an empty text removes its section.
func (s *Store) SaveNarrative(ctx context.Context, p data.Period, n data.Narrative) error {
	if p.Year < 1990 || p.Year > 9999 || (p.Half != 0 && p.Half != 1) {
		return &data.Error{Code: data.EINVALID, Message: "Kỳ báo cáo không hợp lệ: năm " + strconv.Itoa(p.Year)}
	}
	keys, titles := narrativeKeys()
	for k := range n {
		if titles[k] == "" {
			return &data.Error{Code: data.EINVALID, Message: "Mục báo cáo không có: " + k}
		}
	}
	if err := n.Validate(); err != nil {
		return err // a figure that is not a number: nothing is saved
	}
	stamp := s.stamp()
	return s.write(ctx, "lưu nội dung báo cáo", func(tx *sql.Tx) error {
		old, err := loadNarrative(ctx, tx, p)
		if err != nil {
			return err
		}
		for _, k := range keys { // in report order, so the log reads top to bottom
			v, ok := n[k]
			if !ok {
				continue
			}
			v = vn.CleanMultiline(v)
			if v == old[k] {
				continue
			}
			if v == "" {
				_, err = tx.ExecContext(ctx, `DELETE FROM report_narrative WHERE year = ? AND half = ? AND section = ?`, p.Year, p.Half, k)
			} else {
				_, err = tx.ExecContext(ctx, `INSERT INTO report_narrative (year, half, section, text, updated_at) VALUES (?, ?, ?, ?, ?)
					ON CONFLICT (year, half, section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
					p.Year, p.Half, k, v, stamp)
			}
			if err != nil {
				return err
			}
			if err := audit(ctx, tx, stamp, EntityNarrative, narrativeID(p), change{titles[k], old[k], v}); err != nil {
				return err
			}
		}
		return nil
	})
}
