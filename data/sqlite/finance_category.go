package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"socongdoan/data"
)

// The mục lục thu – chi, edited line by line (issue 13 point 3; the rules in
// data/finance_category.go). Every write reads what uses the code inside its
// own transaction, so a voucher saved meanwhile cannot slip past the check.

// EntityCategory is the audit log's entity of a mục lục line (id 0: lines are known by code).
const EntityCategory = "finance_category"

// categoryUses counts the records naming each code (code "" for all codes).
func categoryUses(ctx context.Context, q querier, code string) (map[string]data.CategoryUse, error) {
	rows, err := q.QueryContext(ctx, `SELECT code, sum(v), sum(l), sum(r), sum(b) FROM (
		SELECT category AS code, count(*) AS v, 0 AS l, 0 AS r, 0 AS b FROM voucher GROUP BY category
		UNION ALL SELECT category, 0, count(*), 0, 0 FROM sign_list GROUP BY category
		UNION ALL SELECT category, 0, 0, count(*), 0 FROM spending_rule_item GROUP BY category
		UNION ALL SELECT code, 0, 0, 0, count(*) FROM budget_estimate_line GROUP BY code
		UNION ALL SELECT code, 0, 0, 0, count(*) FROM budget_settlement_line GROUP BY code)
		WHERE code != '' AND (? = '' OR code = ?) GROUP BY code`, code, code)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]data.CategoryUse{}
	for rows.Next() {
		var c string
		var u data.CategoryUse
		if err := rows.Scan(&c, &u.Vouchers, &u.Lists, &u.RuleItems, &u.BudgetLines); err != nil {
			return nil, err
		}
		out[c] = u
	}
	return out, rows.Err()
}

// FinanceCategoryUses counts, per code, the records that name it.
func (s *Store) FinanceCategoryUses(ctx context.Context) (map[string]data.CategoryUse, error) {
	u, err := categoryUses(ctx, s.db, "")
	return u, data.Internal(err, "đếm phiếu theo mục lục")
}

// SaveFinanceCategory adds a line or changes the one with c's code (the CLI's
// `finance category --code`).
func (s *Store) SaveFinanceCategory(ctx context.Context, c *data.Category) error {
	return s.saveCategory(ctx, "", c, true)
}

// AddFinanceCategory adds a line; a code already there is refused, naming its line.
func (s *Store) AddFinanceCategory(ctx context.Context, c *data.Category) error {
	return s.saveCategory(ctx, "", c, false)
}

// ChangeFinanceCategory changes the line with code into c (its code too, while unused).
func (s *Store) ChangeFinanceCategory(ctx context.Context, code string, c *data.Category) error {
	if code == "" {
		return data.Errorf(data.EINVALID, data.FieldCatCode, "Cần chọn mục để sửa")
	}
	return s.saveCategory(ctx, code, c, false)
}

// saveCategory writes c over the line code ("" : the line with c's code, which
// must be new unless upsert).
func (s *Store) saveCategory(ctx context.Context, code string, c *data.Category, upsert bool) error {
	c.Normalize()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	stamp := s.stamp()
	return s.write(ctx, "lưu mục lục thu – chi", func(tx *sql.Tx) error {
		cats, err := loadCategories(ctx, tx)
		if err != nil {
			return err
		}
		byCode := data.CategoryMap(cats)
		if code == "" {
			if x, ok := byCode[c.Code]; ok && !upsert {
				return data.DuplicateCategory(x)
			} else if !ok {
				return insertCategory(ctx, tx, stamp, cats, c)
			}
			code = c.Code
		}
		old, ok := byCode[code]
		if !ok {
			return data.Errorf(data.ENOTFOUND, data.FieldCatCode, "Không có mục %s trong mục lục thu – chi", code)
		}
		uses, err := categoryUses(ctx, tx, code)
		if err != nil {
			return err
		}
		if err := data.CheckCategoryChange(byCode, &old, c, uses[code]); err != nil {
			return err
		}
		if c.Pos == 0 {
			c.Pos = old.Pos
		}
		if old == *c {
			return nil
		}
		_, err = tx.ExecContext(ctx, `UPDATE finance_category SET code = ?, name = ?, kind = ?, flow = ?, parent = ?, from_year = ?, source = ?, pos = ?, retired = ?, updated_at = ?
			WHERE code = ?`, c.Code, c.Name, string(c.Kind), string(c.Flow), c.Parent, c.FromYear, c.Source, c.Pos, c.Retired, stamp, code)
		if err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityCategory, 0, categoryChanges(&old, c)...)
	})
}

func insertCategory(ctx context.Context, tx *sql.Tx, stamp string, cats []data.Category, c *data.Category) error {
	if c.Pos == 0 {
		for _, x := range cats {
			c.Pos = max(c.Pos, x.Pos+1)
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO finance_category (code, name, kind, flow, parent, from_year, source, pos, retired, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, c.Code, c.Name, string(c.Kind), string(c.Flow), c.Parent, c.FromYear, c.Source, c.Pos, c.Retired, stamp, stamp)
	if err != nil {
		return err
	}
	return audit(ctx, tx, stamp, EntityCategory, 0, change{labelCreated, "", c.Code + " " + c.Name})
}

// categoryChanges are the audit rows of a changed line, as the chair reads them.
func categoryChanges(old, c *data.Category) []change {
	state := func(x *data.Category) string {
		if x.Retired {
			return "Ngừng dùng"
		}
		return "Đang dùng"
	}
	var cs []change
	for _, f := range []struct{ label, o, n string }{
		{"Mã mục", old.Code, c.Code},
		{"Mục " + c.Code, fmt.Sprintf("%s (%s)", old.Name, old.KindLabel()), fmt.Sprintf("%s (%s)", c.Name, c.KindLabel())},
		{"Nghiệp vụ mục " + c.Code, old.Flow.Label(), c.Flow.Label()},
		{"Trạng thái mục " + c.Code, state(old), state(c)},
	} {
		if f.o != f.n {
			cs = append(cs, change{f.label, f.o, f.n})
		}
	}
	return cs
}

// DeleteFinanceCategory removes a line nothing names.
func (s *Store) DeleteFinanceCategory(ctx context.Context, code string) error {
	stamp := s.stamp()
	return s.write(ctx, "xóa mục lục thu – chi", func(tx *sql.Tx) error {
		cats, err := loadCategories(ctx, tx)
		if err != nil {
			return err
		}
		old, ok := data.CategoryMap(cats)[code]
		if !ok {
			return data.Errorf(data.ENOTFOUND, data.FieldCatCode, "Không có mục %s trong mục lục thu – chi", code)
		}
		uses, err := categoryUses(ctx, tx, code)
		if err != nil {
			return err
		}
		if u := uses[code]; u.InUse() {
			return data.Errorf(data.ECONFLICT, data.FieldCatCode, "Mục %s đã có %s: không xóa được; hãy chọn “Ngừng dùng” để ẩn mục khỏi phiếu mới", code, u)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM finance_category WHERE code = ?`, code); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityCategory, 0, change{"Xóa mục", old.Code + " " + old.Name, ""})
	})
}
