package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Thu – chi (issue 13 points 3–5): the store's part of the phiếu thu / phiếu chi
// kind. The generic engine (records.go) calls guardWrite and guardTrash inside
// the transaction of every voucher write, so that a number is issued, and the
// balances, the closed period and the mục lục are checked, against what is
// stored at that moment — a second window or the CLI writing at the same time
// cannot slip a chi past the cash box (SQLite runs one write transaction at a time).

var _ data.VoucherService = (*Store)(nil)

// guardWrite runs a kind's checks that need other rows, in tx, before rec (a new
// record when old is nil) is written.
func (s *Store) guardWrite(ctx context.Context, tx *sql.Tx, k *data.KindInfo, old, rec any) error {
	switch v := rec.(type) {
	case *data.Voucher:
		var o *data.Voucher
		if old != nil {
			o = old.(*data.Voucher)
		}
		return s.guardVoucher(ctx, tx, o, v)
	case *data.SignList:
		if old != nil {
			return guardPaidList(ctx, tx, old.(*data.SignList), v)
		}
	}
	return nil
}

// guardTrash runs a kind's checks before the record id goes to (or comes back
// from) the trash.
func (s *Store) guardTrash(ctx context.Context, tx *sql.Tx, k *data.KindInfo, id int64, trash bool) error {
	switch k.Kind {
	case data.KindVoucher:
		vs, err := loadRecords(ctx, tx, k, "id = ?", id)
		if err != nil || len(vs) == 0 {
			return err // the caller reports ENOTFOUND
		}
		v := vs[0].rec.(*data.Voucher)
		if trash {
			return s.guardVoucher(ctx, tx, v, nil)
		}
		return s.guardVoucher(ctx, tx, nil, v)
	case data.KindSignList:
		if ref, err := payingVoucher(ctx, tx, id); err != nil || ref == "" || !trash {
			return err
		} else {
			return data.Errorf(data.ECONFLICT, data.FieldSignRows, "Danh sách đã được chi bằng phiếu %s: hủy phiếu chi đó trước", ref)
		}
	}
	return nil
}

// guardVoucher checks a voucher write: old → v (a new one when old is nil, a
// trashed one when v is nil), and numbers a new one.
func (s *Store) guardVoucher(ctx context.Context, tx *sql.Tx, old, v *data.Voucher) error {
	setup, err := loadCashSetup(ctx, tx)
	if err != nil {
		return err
	}
	cats, err := loadCategories(ctx, tx)
	if err != nil {
		return err
	}
	id := int64(0)
	if old != nil {
		id = old.ID
	} else if v != nil {
		id = v.ID
	}
	if v != nil {
		if err := fillVoucherLinks(ctx, tx, v, id); err != nil {
			return err
		}
		if (old == nil && v.ID == 0) || (old != nil && (old.Kind != v.Kind || old.Year != v.Year)) {
			if v.Number, err = nextVoucherNumber(ctx, tx, v.Kind, v.Year); err != nil {
				return err
			}
		}
	}
	byCode := data.CategoryMap(cats)
	setup, others, err := booksFrom(ctx, tx, setup, byCode, id, old, v)
	if err != nil {
		return err
	}
	return data.CheckVoucherBooks(setup, byCode, others, old, v)
}

// booksFrom is what the balance check of a write needs, read incrementally: the
// vouchers dated on or after the first day the write touches (the earlier of old's
// and v's dates), and the setup with the opening carried to that day by totals
// summed in SQL. Lines before that day keep their balances, and those were
// checked when written (every write, the books' setup and a mục lục change are
// checked; the totals take each code's flow from the mục lục as the whole check does), so checking from that day is the whole check of "no negative
// balance on any later day" — at the cost of the days after the change, not of
// the year's vouchers (issue 13: a save stays quick at 10,000 vouchers). Should
// the carried balance be negative all the same (a file changed outside the app),
// every voucher is read, so the message names the first line that goes negative.
func booksFrom(ctx context.Context, tx *sql.Tx, setup data.CashSetup, cats map[string]data.Category, id int64, old, v *data.Voucher) (data.CashSetup, []data.Voucher, error) {
	var day time.Time
	for _, x := range []*data.Voucher{old, v} {
		if x != nil && (day.IsZero() || x.Date.Before(day)) {
			day = x.Date
		}
	}
	if day.IsZero() {
		others, err := lightVouchers(ctx, tx, "deleted_at IS NULL AND id <> ?", id)
		return setup, others, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT kind, bank, category, sum(amount) FROM voucher
		WHERE deleted_at IS NULL AND date < ? GROUP BY 1, 2, 3`, vn.ISO(day))
	if err != nil {
		return setup, nil, err
	}
	defer rows.Close()
	var totals []data.Movement
	for rows.Next() {
		var t data.Voucher
		if err := rows.Scan((*string)(&t.Kind), &t.Bank, &t.Category, &t.Amount); err != nil {
			return setup, nil, err
		}
		totals = append(totals, t.Movement(cats[t.Category].Flow))
	}
	if err := rows.Err(); err != nil {
		return setup, nil, err
	}
	carried := data.CarryBalance(setup.Opening, totals)
	if carried.Cash < 0 || carried.Bank < 0 {
		others, err := lightVouchers(ctx, tx, "deleted_at IS NULL AND id <> ?", id)
		return setup, others, err
	}
	setup.Opening = carried
	others, err := lightVouchers(ctx, tx, "deleted_at IS NULL AND date >= ? AND id <> ?", vn.ISO(day), id)
	return setup, others, err
}

// lightVouchers reads the columns of the vouchers matching where that the
// balance check reads (its number, date, amount, cash or bank, mục lục), not
// their texts and links.
func lightVouchers(ctx context.Context, q querier, where string, args ...any) ([]data.Voucher, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, year, number, date, amount, bank, category FROM voucher WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Voucher
	for rows.Next() {
		var v data.Voucher
		var date string
		if err := rows.Scan(&v.ID, (*string)(&v.Kind), &v.Year, &v.Number, &date, &v.Amount, &v.Bank, &v.Category); err != nil {
			return nil, err
		}
		if v.Date, err = vn.ParseISO(date); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// nextVoucherNumber issues the next number of a kind and year. The counter only
// grows, and the unique index on (kind, year, number) covers trashed vouchers,
// so a number is never issued twice; a refused write rolls the counter back with
// it, so refusals leave no gap.
func nextVoucherNumber(ctx context.Context, tx *sql.Tx, kind data.VoucherKind, year int) (int, error) {
	var last, maxUsed int
	err := tx.QueryRowContext(ctx, `SELECT last FROM voucher_counter WHERE kind = ? AND year = ?`, string(kind), year).Scan(&last)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	// A counter lost (an old backup of the counter row, a repair) must never give out a number in use.
	if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(number), 0) FROM voucher WHERE kind = ? AND year = ?`,
		string(kind), year).Scan(&maxUsed); err != nil {
		return 0, err
	}
	next := max(last, maxUsed) + 1
	_, err = tx.ExecContext(ctx, `INSERT INTO voucher_counter (kind, year, last) VALUES (?, ?, ?)
		ON CONFLICT (kind, year) DO UPDATE SET last = excluded.last`, string(kind), year, next)
	return next, err
}

// fillVoucherLinks checks what the voucher points at and fills the payee from
// the linked member when the chair left the name blank.
func fillVoucherLinks(ctx context.Context, tx *sql.Tx, v *data.Voucher, id int64) error {
	if v.MemberID != 0 {
		var name string
		var deleted sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT full_name, deleted_at FROM member WHERE id = ?`, v.MemberID).Scan(&name, &deleted)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			return data.Errorf(data.EINVALID, data.FieldVoucherMember, "Không có đoàn viên mã %d", v.MemberID)
		case err != nil:
			return err
		case deleted.Valid:
			return data.Errorf(data.EINVALID, data.FieldVoucherMember, "Đoàn viên %s đang ở Thùng rác", name)
		}
		if v.Person == "" {
			v.Person = name
		}
	}
	if v.LinkID != 0 && v.LinkKind != data.KindSignList {
		k := data.KindOf(v.LinkKind)
		if k == nil || v.LinkKind == data.KindVoucher {
			return data.Errorf(data.EINVALID, data.FieldVoucherLink, "Phiếu không liên kết được với loại hồ sơ %q", string(v.LinkKind))
		}
		if _, err := loadRecord(ctx, tx, k, v.LinkID); err != nil {
			return data.Errorf(data.EINVALID, data.FieldVoucherLink, "Không tìm thấy %s mã %d để liên kết", strings.ToLower(k.Label), v.LinkID)
		}
	}
	if v.LinkKind == data.KindSignList && v.LinkID != 0 {
		l, err := loadRecord(ctx, tx, data.SignLists.Info(), v.LinkID)
		if err != nil {
			return data.Errorf(data.EINVALID, data.FieldVoucherLink, "Không tìm thấy danh sách ký nhận mã %d", v.LinkID)
		}
		list := l.(*data.SignList)
		if v.Amount != list.Total() {
			return data.Errorf(data.EINVALID, data.FieldVoucherAmount, "Số tiền phiếu chi (%s) phải bằng tổng danh sách ký nhận (%s)",
				vn.FormatMoney(v.Amount), vn.FormatMoney(list.Total()))
		}
		paid, err := liveVouchers(ctx, tx, "deleted_at IS NULL AND link_kind = ? AND link_id = ? AND id <> ?",
			string(data.KindSignList), v.LinkID, id)
		if err != nil {
			return err
		}
		if len(paid) > 0 {
			return data.Errorf(data.ECONFLICT, data.FieldVoucherLink, "Danh sách ký nhận này đã được chi bằng phiếu %s", paid[0].Ref())
		}
	}
	return nil
}

// payingVoucher names the live phiếu chi that pays sign list id, "" when none.
func payingVoucher(ctx context.Context, q querier, id int64) (string, error) {
	vs, err := liveVouchers(ctx, q, "deleted_at IS NULL AND link_kind = ? AND link_id = ?", string(data.KindSignList), id)
	if err != nil || len(vs) == 0 {
		return "", err
	}
	return vs[0].Ref(), nil
}

// guardPaidList refuses to change the rows or total of a list already paid:
// the voucher's amount is the list's total.
func guardPaidList(ctx context.Context, tx *sql.Tx, old, l *data.SignList) error {
	ref, err := payingVoucher(ctx, tx, old.ID)
	if err != nil || ref == "" {
		return err
	}
	if l.Total() != old.Total() || l.Date != old.Date || l.Category != old.Category || l.Bank != old.Bank {
		return data.Errorf(data.ECONFLICT, data.FieldSignRows, "Danh sách đã được chi bằng phiếu %s: không đổi số tiền, ngày, mục chi được; hủy phiếu chi đó trước", ref)
	}
	return nil
}

// liveVouchers reads vouchers matching where.
func liveVouchers(ctx context.Context, q querier, where string, args ...any) ([]data.Voucher, error) {
	ls, err := loadRecords(ctx, q, data.Vouchers.Info(), where, args...)
	if err != nil {
		return nil, err
	}
	out := make([]data.Voucher, len(ls))
	for i, l := range ls {
		out[i] = *l.rec.(*data.Voucher)
	}
	return out, nil
}

// VouchersBetween returns the live vouchers dated from..to, in book order.
func (s *Store) VouchersBetween(ctx context.Context, from, to time.Time) ([]data.Voucher, error) {
	where, args := "deleted_at IS NULL", []any{}
	if !from.IsZero() {
		where += " AND date >= ?"
		args = append(args, vn.ISO(from))
	}
	if !to.IsZero() {
		where += " AND date <= ?"
		args = append(args, vn.ISO(to))
	}
	vs, err := liveVouchers(ctx, s.db, where, args...)
	if err != nil {
		return nil, data.Internal(err, "đọc phiếu thu, chi")
	}
	data.SortVouchers(vs)
	return vs, nil
}

func loadCashSetup(ctx context.Context, q querier) (data.CashSetup, error) {
	values := map[string]string{}
	rows, err := q.QueryContext(ctx, `SELECT key, value FROM setting WHERE key IN (?, ?, ?, ?)`,
		data.KeyCashStart, data.KeyCashOpeningCash, data.KeyCashOpeningBank, data.KeyCashClosed)
	if err != nil {
		return data.CashSetup{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return data.CashSetup{}, err
		}
		values[k] = v
	}
	if err := rows.Err(); err != nil {
		return data.CashSetup{}, err
	}
	return data.ParseCashSetup(func(k string) string { return values[k] })
}

// CashSetup returns the books' start, opening balances and closed period.
func (s *Store) CashSetup(ctx context.Context) (data.CashSetup, error) {
	c, err := loadCashSetup(ctx, s.db)
	return c, data.Internal(err, "đọc cài đặt sổ quỹ")
}

// SaveCashSetup stores the setup, refused when a voucher would no longer fit.
func (s *Store) SaveCashSetup(ctx context.Context, c data.CashSetup) error {
	if !c.Start.IsZero() {
		c.Start = vn.Day(c.Start)
	}
	if !c.ClosedThrough.IsZero() {
		c.ClosedThrough = vn.Day(c.ClosedThrough)
	}
	if err := c.Validate().Err(); err != nil {
		return err
	}
	stamp := s.stamp()
	return s.write(ctx, "lưu cài đặt sổ quỹ", func(tx *sql.Tx) error {
		cats, err := loadCategories(ctx, tx)
		if err != nil {
			return err
		}
		vs, err := liveVouchers(ctx, tx, "deleted_at IS NULL")
		if err != nil {
			return err
		}
		data.SortVouchers(vs)
		if len(vs) > 0 && !c.Start.IsZero() && vs[0].Date.Before(c.Start) {
			return data.Errorf(data.EINVALID, data.FieldCashStart, "Đã có phiếu %s ngày %s trước ngày bắt đầu sổ %s",
				vs[0].Ref(), vn.FormatDate(vs[0].Date), vn.FormatDate(c.Start))
		}
		if _, err := data.VoucherBalances(c, data.CategoryMap(cats), vs); err != nil {
			var de *data.Error
			if errors.As(err, &de) {
				de.Field = data.FieldCashOpening
				de.Message = "Với số dư đầu kỳ này: " + de.Message
			}
			return err
		}
		values := c.Values()
		for _, key := range []string{data.KeyCashStart, data.KeyCashOpeningCash, data.KeyCashOpeningBank, data.KeyCashClosed} {
			if err := setSetting(ctx, tx, stamp, key, values[key], true); err != nil {
				return err
			}
		}
		return nil
	})
}

func loadCategories(ctx context.Context, q querier) ([]data.Category, error) {
	rows, err := q.QueryContext(ctx, `SELECT code, name, kind, flow, parent, from_year, source, pos, retired
		FROM finance_category ORDER BY pos, code`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []data.Category
	for rows.Next() {
		var c data.Category
		if err := rows.Scan(&c.Code, &c.Name, (*string)(&c.Kind), (*string)(&c.Flow), &c.Parent, &c.FromYear, &c.Source, &c.Pos, &c.Retired); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// FinanceCategories lists the mục lục thu – chi.
func (s *Store) FinanceCategories(ctx context.Context) ([]data.Category, error) {
	cs, err := loadCategories(ctx, s.db)
	return cs, data.Internal(err, "đọc mục lục thu – chi")
}

var _ data.BudgetBooksService = (*Store)(nil)

// BudgetBooks gives the dự toán and quyết toán the mục lục as table lines and
// the books of from..to (the opening balances carried from the vouchers before).
func (s *Store) BudgetBooks(ctx context.Context, from, to time.Time) ([]data.BudgetCategory, data.BooksFigures, error) {
	cats, err := s.FinanceCategories(ctx)
	if err != nil {
		return nil, data.BooksFigures{}, err
	}
	b, err := data.LoadBooks(ctx, s, from, to)
	if err != nil {
		return nil, data.BooksFigures{}, err
	}
	return data.BudgetCategories(cats), b.Figures(data.CategoryMap(cats)), nil
}
