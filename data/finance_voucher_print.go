package data

import (
	"context"
	"time"
)

// VoucherOfficers are who sign a phiếu thu / phiếu chi besides the người lập
// and the người nộp/nhận (mẫu C40-BB / C41-BB of TT 107/2017/TT-BTC, adapted
// to a CĐCS; DOMAIN-MODULES §A.3 "Vouchers and books"): the chủ tịch as the
// thủ trưởng đơn vị (Signers), the kế toán and the thủ quỹ as the cán bộ
// records hold those posts on day d, else as typed in Cài đặt. A name nobody
// recorded stays "" (the document prints a dotted line and says so).
type VoucherOfficers struct {
	Chair, Accountant, Cashier string
}

// OfficersOn reads the voucher signers of day d.
func OfficersOn(ctx context.Context, db RecordDB, p *Profile, fin FinanceSettings, d time.Time) (VoucherOfficers, error) {
	o := VoucherOfficers{Accountant: fin.Accountant, Cashier: fin.Cashier}
	var err error
	if o.Chair, _, err = Signers(ctx, db, p, d); err != nil || db == nil {
		return o, err
	}
	cs, err := Cadres.Store(db).List(ctx)
	if err != nil {
		return o, err
	}
	if n := HolderOn(cs, PostAccountant, d); n != "" {
		o.Accountant = n
	}
	if n := HolderOn(cs, PostCashier, d); n != "" {
		o.Cashier = n
	}
	return o, nil
}

// VoucherGaps names the signers of v nobody recorded, for the chair before
// printing: they print as dotted lines.
func VoucherGaps(v *Voucher, o VoucherOfficers) []string {
	var gaps []string
	for _, g := range []struct{ name, what string }{
		{o.Chair, "Chưa ghi chủ tịch công đoàn (thủ trưởng đơn vị): ghi trong Cán bộ hoặc Thông tin công đoàn."},
		{o.Accountant, "Chưa ghi kế toán: thêm chức danh Kế toán công đoàn trong Cán bộ, hoặc tên kế toán trong Cài đặt."},
		{o.Cashier, "Chưa ghi thủ quỹ: thêm chức danh Thủ quỹ trong Cán bộ, hoặc tên thủ quỹ trong Cài đặt."},
		{v.Preparer, "Phiếu " + v.Ref() + " chưa ghi người lập phiếu."},
		{v.Person, "Phiếu " + v.Ref() + " chưa ghi họ tên người " + map[bool]string{true: "nhận", false: "nộp"}[v.Kind == VoucherPayment] + " tiền."},
	} {
		if g.name == "" {
			gaps = append(gaps, g.what+" Tên in dòng chấm để ký và ghi tay.")
		}
	}
	return gaps
}

// OfficersStore is what LoadOfficers reads: the cán bộ records, the settings
// and the union profile (a store without a profile yet is fine).
type OfficersStore interface {
	RecordDB
	SettingsService
	ProfileService
}

// LoadOfficers is OfficersOn with the settings and profile read from s: the
// kế toán it gives is the người lập a new voucher starts with (form and CLI).
func LoadOfficers(ctx context.Context, s OfficersStore, d time.Time) (VoucherOfficers, error) {
	rules, err := LoadRuleSettings(ctx, s)
	if err != nil {
		return VoucherOfficers{}, err
	}
	p, err := s.Profile(ctx)
	if ErrorCode(err) == ENOTFOUND {
		p, err = nil, nil
	}
	if err != nil {
		return VoucherOfficers{}, err
	}
	return OfficersOn(ctx, s, p, rules.Finance, d)
}
