package data

import (
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
)

// Field names of FinanceSettings at the settings form.
const (
	FieldSetDuesRounding = "set_dues_rounding"
	FieldSetBaseSalaries = "set_base_salaries"
	FieldSetRemitShare   = "set_remit_share"
	FieldSetKPCDShare    = "set_kpcd_share"
)

// DefaultFinanceSettings returns the defaults of DOMAIN §5 and DOMAIN-MODULES §A.
func DefaultFinanceSettings() FinanceSettings {
	return FinanceSettings{DuesRounding: 1, BaseSalaries: DefaultBaseSalaries(),
		DuesRemitShare: Fraction{30, 100}, KPCDShare: Fraction{75, 100}}
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
	slices.SortFunc(out, func(a, b BaseSalary) int { return a.From.Compare(b.From) })
	return out, nil
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
}
