package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// profileFields are the audited fields of the profile, labelled as on the settings form.
var profileFields = []field[data.Profile]{
	{"Tên công đoàn cơ sở", func(p *data.Profile) string { return p.Name }},
	{"Công đoàn cấp trên trực tiếp", func(p *data.Profile) string { return p.UpperName }},
	{"Loại công đoàn cấp trên", func(p *data.Profile) string { return p.UpperKind.Label() }},
	{"Tên doanh nghiệp", func(p *data.Profile) string { return p.EnterpriseName }},
	{"Mã số thuế", func(p *data.Profile) string { return p.TaxCode }},
	{"Địa chỉ", func(p *data.Profile) string { return p.Address }},
	{"Loại hình doanh nghiệp", func(p *data.Profile) string { return p.EnterpriseType.Label() }},
	{"Tổng số lao động", func(p *data.Profile) string { return vn.FormatInt(int64(p.WorkersTotal)) }},
	{"Số lao động nữ", func(p *data.Profile) string { return vn.FormatInt(int64(p.WorkersFemale)) }},
	{"Địa danh", func(p *data.Profile) string { return p.Place }},
	{"Chủ tịch", func(p *data.Profile) string { return p.ChairName }},
	{"Phó Chủ tịch", func(p *data.Profile) string { return p.ViceChairName }},
	{"Nhiệm kỳ", func(p *data.Profile) string { return p.Term() }},
}

const profileColumns = `name, upper_name, upper_kind, enterprise_name, tax_code, address, enterprise_type,
	workers_total, workers_female, place, chair_name, vice_chair_name, term_start, term_end, updated_at`

// loadProfile reads the profile; ENOTFOUND before the first-run setup saved it.
func loadProfile(ctx context.Context, q querier) (*data.Profile, error) {
	var p data.Profile
	var updated string
	err := q.QueryRowContext(ctx, `SELECT `+profileColumns+` FROM profile WHERE id = 1`).Scan(
		&p.Name, &p.UpperName, (*string)(&p.UpperKind), &p.EnterpriseName, &p.TaxCode, &p.Address,
		(*string)(&p.EnterpriseType), &p.WorkersTotal, &p.WorkersFemale, &p.Place, &p.ChairName,
		&p.ViceChairName, &p.TermStart, &p.TermEnd, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, &data.Error{Code: data.ENOTFOUND, Message: "Chưa thiết lập thông tin công đoàn"}
	}
	if err != nil {
		return nil, err
	}
	p.UpdatedAt, err = parseStamp(updated)
	return &p, err
}

// Profile returns the profile, or ENOTFOUND before the first-run setup.
func (s *Store) Profile(ctx context.Context) (*data.Profile, error) {
	p, err := loadProfile(ctx, s.db)
	return p, data.Internal(err, "đọc thông tin công đoàn")
}

// SaveProfile validates and saves the profile (the first save is the setup), logging
// each changed field; it sets p.UpdatedAt.
func (s *Store) SaveProfile(ctx context.Context, p *data.Profile) error {
	c := *p
	c.Normalize()
	if err := c.Validate().Err(); err != nil {
		return err
	}
	stamp := s.stamp()
	err := s.write(ctx, "lưu thông tin công đoàn", func(tx *sql.Tx) error {
		old, err := loadProfile(ctx, tx)
		var cs []change
		switch {
		case data.ErrorCode(err) == data.ENOTFOUND:
			cs = []change{{labelCreated, "", c.Name}}
		case err != nil:
			return err
		default:
			if cs = changes(profileFields, old, &c); len(cs) == 0 {
				c.UpdatedAt = old.UpdatedAt
				return nil
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO profile (id, `+profileColumns+`)
			VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET name = excluded.name, upper_name = excluded.upper_name,
				upper_kind = excluded.upper_kind, enterprise_name = excluded.enterprise_name,
				tax_code = excluded.tax_code, address = excluded.address,
				enterprise_type = excluded.enterprise_type, workers_total = excluded.workers_total,
				workers_female = excluded.workers_female, place = excluded.place,
				chair_name = excluded.chair_name, vice_chair_name = excluded.vice_chair_name,
				term_start = excluded.term_start, term_end = excluded.term_end, updated_at = excluded.updated_at`,
			c.Name, c.UpperName, string(c.UpperKind), c.EnterpriseName, c.TaxCode, c.Address,
			string(c.EnterpriseType), c.WorkersTotal, c.WorkersFemale, c.Place, c.ChairName,
			c.ViceChairName, c.TermStart, c.TermEnd, stamp); err != nil {
			return err
		}
		if c.UpdatedAt, err = parseStamp(stamp); err != nil {
			return err
		}
		return audit(ctx, tx, stamp, EntityProfile, 1, cs...)
	})
	if err != nil {
		return err
	}
	*p = c
	return nil
}
