package data

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// FinanceSettings are the finance values DOMAIN-MODULES §A marks uncertain [L] or
// that change by decree, kept with RuleSettings (field Finance) under the Key* names.
type FinanceSettings struct {
	// DuesRounding: đoàn phí is rounded half up to this many đồng: 1, 100 or 1,000
	// (issue 13: "rounded to the đồng, or to 100 đ / 1,000 đ as a setting").
	DuesRounding int64
	// BaseSalaries: mức lương cơ sở by the date it took effect, oldest first; the
	// đoàn phí cap of a month is 10% of the one in force (DOMAIN §5).
	BaseSalaries []BaseSalary
	// DuesRemitShare: the share of đoàn phí (at the standard rate) sent to the
	// upper levels: 30% from FY 2023 (QĐ 8108/QĐ-TLĐ) [M]; whether it changed after
	// 7/2025 is not verified [L] (DOMAIN §5).
	DuesRemitShare Fraction
	// KPCDShare: the share of KPCĐ paid that comes back to the CĐCS: 75% (TLĐ
	// guidance of 12/9/2025, DOMAIN-MODULES §A.1) [M].
	KPCDShare Fraction
	// Accountant and Cashier are the kế toán and thủ quỹ the phiếu thu / phiếu
	// chi name when no cán bộ record holds the post on the voucher's date
	// (VoucherOfficers); "" prints a dotted line.
	Accountant, Cashier string
	// VoucherCopies is how many liên a phiếu thu / phiếu chi prints, one page
	// each: 2 by default (one kept where it is made, one for the thủ quỹ's sổ
	// quỹ); 3 adds one for the người nộp / nhận tiền. TT 107's guidance on the
	// count was not read [L].
	VoucherCopies int
}

// BaseSalary is the mức lương cơ sở in force from a date.
type BaseSalary struct {
	From   time.Time
	Amount int64
}

// DefaultBaseSalaries are the amounts of DOMAIN §5: 2,340,000 đ from 01/07/2024
// (Decree 73/2024) and 2,530,000 đ from 01/07/2026 (Decree 161/2026).
func DefaultBaseSalaries() []BaseSalary {
	return []BaseSalary{
		{time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC), 2_340_000},
		{time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), 2_530_000},
	}
}

// The settings keys of FinanceSettings.
const (
	KeyDuesRounding   = "tai_chinh.doan_phi.lam_tron"
	KeyBaseSalaries   = "tai_chinh.luong_co_so"
	KeyDuesRemitShare = "tai_chinh.doan_phi.ty_le_nop_cap_tren"
	KeyKPCDShare      = "tai_chinh.kpcd.ty_le_cdcs_duoc_su_dung"
	KeyAccountant     = "tai_chinh.ke_toan"
	KeyCashier        = "tai_chinh.thu_quy"
	KeyVoucherCopies  = "tai_chinh.phieu_thu_chi.so_lien"
)

// Field names of FinanceSettings at the settings form.
const (
	FieldSetDuesRounding  = "set_dues_rounding"
	FieldSetBaseSalaries  = "set_base_salaries"
	FieldSetRemitShare    = "set_remit_share"
	FieldSetKPCDShare     = "set_kpcd_share"
	FieldSetAccountant    = "set_accountant"
	FieldSetCashier       = "set_cashier"
	FieldSetVoucherCopies = "set_voucher_copies"
)

// DefaultFinanceSettings returns the defaults of DOMAIN §5 and DOMAIN-MODULES §A.
func DefaultFinanceSettings() FinanceSettings {
	return FinanceSettings{DuesRounding: 1, BaseSalaries: DefaultBaseSalaries(),
		DuesRemitShare: Fraction{30, 100}, KPCDShare: Fraction{75, 100}, VoucherCopies: 2}
}

// BaseSalaryOn returns the mức lương cơ sở in force on day, and false when the
// table has none that early.
func (f FinanceSettings) BaseSalaryOn(day time.Time) (int64, bool) {
	d := vn.Day(day)
	var amount int64
	found := false
	for _, b := range f.BaseSalaries {
		if !b.From.After(d) {
			amount, found = b.Amount, true
		}
	}
	return amount, found
}

func (f FinanceSettings) validate(ps *Problems) {
	switch f.DuesRounding {
	case 1, 100, 1000:
	default:
		ps.add(FieldSetDuesRounding, "Làm tròn đoàn phí đến 1 đ, 100 đ hoặc 1.000 đ")
	}
	if len(f.BaseSalaries) == 0 {
		ps.add(FieldSetBaseSalaries, "Cần ít nhất một mức lương cơ sở")
	}
	for i, b := range f.BaseSalaries {
		if b.Amount <= 0 || b.Amount > 1_000_000_000 {
			ps.add(FieldSetBaseSalaries, fmt.Sprintf("Mức lương cơ sở từ %s không hợp lệ: %s", vn.FormatDate(b.From), vn.FormatMoney(b.Amount)))
		}
		if i > 0 && !b.From.After(f.BaseSalaries[i-1].From) {
			ps.add(FieldSetBaseSalaries, "Các mức lương cơ sở phải theo thứ tự ngày áp dụng, mỗi ngày một mức")
		}
	}
	if !f.DuesRemitShare.Valid() {
		ps.add(FieldSetRemitShare, "Tỷ lệ nộp cấp trên phải dạng 30% hoặc 3/10, không quá 100%")
	}
	if f.VoucherCopies < 1 || f.VoucherCopies > 3 {
		ps.add(FieldSetVoucherCopies, "Số liên phiếu thu, phiếu chi từ 1 đến 3")
	}
	if !f.KPCDShare.Valid() {
		ps.add(FieldSetKPCDShare, "Tỷ lệ kinh phí công đoàn cơ sở được sử dụng phải dạng 75% hoặc 3/4, không quá 100%")
	}
}

// EncodeBaseSalaries writes the table as stored: one "YYYY-MM-DD amount" per line.
func EncodeBaseSalaries(bs []BaseSalary) string {
	var b strings.Builder
	for _, s := range bs {
		fmt.Fprintf(&b, "%s %d\n", vn.ISO(s.From), s.Amount)
	}
	return b.String()
}

// DecodeBaseSalaries reads what EncodeBaseSalaries wrote, sorted by date.
func DecodeBaseSalaries(s string) ([]BaseSalary, error) {
	var out []BaseSalary
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		date, amount, _ := strings.Cut(line, " ")
		t, err1 := vn.ParseISO(date)
		n, err2 := strconv.ParseInt(strings.TrimSpace(amount), 10, 64)
		if err1 != nil || err2 != nil || t.IsZero() {
			return nil, fmt.Errorf("mức lương cơ sở không hợp lệ: %q", line)
		}
		out = append(out, BaseSalary{t, n})
	}
	SortBaseSalaries(out)
	return out, nil
}

// SortBaseSalaries orders the table by the date each amount applies from.
func SortBaseSalaries(bs []BaseSalary) {
	slices.SortFunc(bs, func(a, b BaseSalary) int { return a.From.Compare(b.From) })
}

var financeSettingEntries = []settingEntry{
	{KeyDuesRounding, func(r *RuleSettings) string { return strconv.FormatInt(r.Finance.DuesRounding, 10) },
		func(r *RuleSettings, s string) (err error) {
			r.Finance.DuesRounding, err = strconv.ParseInt(s, 10, 64)
			return err
		}},
	{KeyBaseSalaries, func(r *RuleSettings) string { return EncodeBaseSalaries(r.Finance.BaseSalaries) },
		func(r *RuleSettings, s string) (err error) {
			r.Finance.BaseSalaries, err = DecodeBaseSalaries(s)
			return err
		}},
	fractionEntry(KeyDuesRemitShare, func(r *RuleSettings) *Fraction { return &r.Finance.DuesRemitShare }),
	fractionEntry(KeyKPCDShare, func(r *RuleSettings) *Fraction { return &r.Finance.KPCDShare }),
	textEntry(KeyAccountant, func(r *RuleSettings) *string { return &r.Finance.Accountant }),
	textEntry(KeyCashier, func(r *RuleSettings) *string { return &r.Finance.Cashier }),
	intEntry(KeyVoucherCopies, func(r *RuleSettings) *int { return &r.Finance.VoucherCopies }),
}

// textEntry is a setting kept as the text typed (a name), NFC-cleaned.
func textEntry(key string, p func(*RuleSettings) *string) settingEntry {
	return settingEntry{key,
		func(r *RuleSettings) string { return *p(r) },
		func(r *RuleSettings, s string) error {
			*p(r) = vn.Clean(s)
			return nil
		}}
}

// BaseSalaryChangeProblems refuses a new mức lương cơ sở table that would change
// the amount in force in a month whose đoàn phí is already kept: those rows were
// computed with the old cap, and a later save of the month would recompute them
// silently (issue 13: "a past month already collected is never silently
// recomputed"). A change from a month after the last kept one is free.
func BaseSalaryChangeProblems(old, now []BaseSalary, kept []time.Time) Problems {
	var ps Problems
	before, after := FinanceSettings{BaseSalaries: old}, FinanceSettings{BaseSalaries: now}
	last := time.Time{}
	var first time.Time
	for _, m := range kept {
		if last.Before(m) {
			last = m
		}
		a, _ := before.BaseSalaryOn(m)
		b, _ := after.BaseSalaryOn(m)
		if a != b && (first.IsZero() || m.Before(first)) {
			first = m
		}
	}
	if !first.IsZero() {
		a, _ := before.BaseSalaryOn(first)
		ps.add(FieldSetBaseSalaries, fmt.Sprintf("Tháng %s đã lưu đoàn phí theo mức lương cơ sở %s: không đổi được mức của tháng đó. Mức mới chỉ ghi từ tháng %s trở đi (sau tháng đã lưu đoàn phí cuối cùng).",
			MonthLabel(first), vn.FormatMoney(a), MonthLabel(last.AddDate(0, 1, 0))))
	}
	return ps
}

// KeptDuesMonths lists the months with kept đoàn phí rows, from the first month
// of QĐ 61 to the year after today's.
func KeptDuesMonths(ctx context.Context, s DuesService, today time.Time) ([]time.Time, error) {
	var out []time.Time
	for y := DuesRuleFrom.Year(); y <= today.Year()+1; y++ {
		months, err := s.DuesYear(ctx, y)
		if err != nil {
			return nil, err
		}
		for _, m := range months {
			out = append(out, m.Month)
		}
	}
	return out, nil
}

// CheckBaseSalaryChange is BaseSalaryChangeProblems against the ledger: the
// check Cài đặt and `finance settings` run before saving a new table.
func CheckBaseSalaryChange(ctx context.Context, s DuesService, old, now []BaseSalary, today time.Time) (Problems, error) {
	if slices.Equal(old, now) {
		return nil, nil
	}
	kept, err := KeptDuesMonths(ctx, s, today)
	if err != nil {
		return nil, err
	}
	return BaseSalaryChangeProblems(old, now, kept), nil
}

// FinanceSettingKeys are the keys of the finance values and deadlines, in the
// order Cài đặt shows them (the CLI's `finance settings`).
func FinanceSettingKeys() []string {
	var keys []string
	for _, e := range slices.Concat(financeSettingEntries, financeDeadlineEntries) {
		keys = append(keys, e.key)
	}
	return keys
}

// RuleSettingText is the stored text of a setting of r ("15/12", "30/100").
func RuleSettingText(r *RuleSettings, key string) (string, bool) {
	for _, e := range settingEntries {
		if e.key == key {
			return e.show(r), true
		}
	}
	return "", false
}

// SetRuleSetting reads one setting into r from its text; r is checked by the caller's save.
func SetRuleSetting(r *RuleSettings, key, value string) error {
	for _, e := range settingEntries {
		if e.key == key {
			if err := e.parse(r, strings.TrimSpace(value)); err != nil {
				return Errorf(EINVALID, key, "Giá trị %q không đọc được cho %s", value, key)
			}
			return nil
		}
	}
	return Errorf(EINVALID, key, "Không có cài đặt %q", key)
}
