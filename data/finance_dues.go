package data

import (
	"fmt"
	"time"
	"unicode"

	"socongdoan/data/vn"
)

// Đoàn phí per member and month (DOMAIN §5 and Implications B; DOMAIN-MODULES
// §A.1 and Implications A): 0.5% of the base (BHXH salary, or take-home pay in an
// SOE CĐCS), or a fixed amount when no salary base exists; capped at 10% of the
// mức lương cơ sở in force that month; nothing while exempt; a higher rate only
// with a recorded BCH-mở-rộng resolution, its excess kept 100% by the CĐCS.
// Amounts are int64 đồng; rates are in phần vạn (basis points: 50 = 0.5%).

// DuesBase is what a member's đoàn phí is computed from.
type DuesBase string

// The bases of QĐ 61/QĐ-TLĐ (2025) Art. 1.
const (
	DuesBaseBHXH     DuesBase = "luong_bhxh" // salary for compulsory BHXH (non-state enterprises)
	DuesBaseTakeHome DuesBase = "thuc_linh"  // take-home pay after BHXH, BHYT, BHTN and PIT (SOE CĐCS)
	DuesBaseFixed    DuesBase = "co_dinh"    // a fixed amount: salary unknown or not under compulsory BHXH
)

// Label names the base as the bảng thu đoàn phí does.
func (b DuesBase) Label() string {
	switch b {
	case DuesBaseTakeHome:
		return "Tiền lương thực lĩnh"
	case DuesBaseFixed:
		return "Mức cố định"
	}
	return "Tiền lương đóng BHXH"
}

// DuesExemption is why a member pays nothing in a month (DOMAIN §5 "No đoàn phí").
type DuesExemption string

// The exemptions.
const (
	ExemptNone        DuesExemption = ""
	ExemptBHXHBenefit DuesExemption = "huong_bhxh"       // receiving BHXH benefits for 1 month or more
	ExemptUnpaidLeave DuesExemption = "nghi_khong_luong" // unpaid leave for 1 month or more
	ExemptUnemployed  DuesExemption = "khong_thu_nhap"   // unemployed or without income
	ExemptSuspended   DuesExemption = "tam_dung"         // membership suspended (DOMAIN §4)
)

// Label says why nothing is due.
func (x DuesExemption) Label() string {
	switch x {
	case ExemptBHXHBenefit:
		return "Hưởng trợ cấp BHXH từ 1 tháng trở lên"
	case ExemptUnpaidLeave:
		return "Nghỉ không lương từ 1 tháng trở lên"
	case ExemptUnemployed:
		return "Mất việc làm, không có thu nhập"
	case ExemptSuspended:
		return "Tạm dừng sinh hoạt công đoàn"
	}
	return ""
}

// The rates and dates of QĐ 61/QĐ-TLĐ (29/7/2025) [M].
const (
	StandardDuesRate = 50 // 0.5%, in phần vạn
	DuesCapPercent   = 10 // the monthly cap: 10% of mức lương cơ sở
	qd61             = "QĐ 61/QĐ-TLĐ"
	maxSalary        = 1e12 // a typo guard far above any salary, and far from int64 overflow
)

// DuesRuleFrom is the first month QĐ 61 applies to; earlier months followed the
// former 1% rule, which the app does not compute.
var DuesRuleFrom = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// RateText shows a rate in phần vạn as a percentage: 50 → "0,5%".
func RateText(bp int) string { return vn.Percent(int64(bp), 10000) }

// DuesResolution is the BCH-mở-rộng resolution adopting a rate above 0.5%,
// which must also be written into the quy chế chi tiêu nội bộ (DOMAIN-MODULES §A.2).
type DuesResolution struct {
	Number   string
	Date     time.Time
	InQuyChe bool // the rate is written into the quy chế chi tiêu nội bộ
}

// DuesInput is one member's month.
type DuesInput struct {
	Month      time.Time // any day of the month
	Base       DuesBase
	Amount     int64           // the salary of the base, or the fixed amount
	RateBP     int             // 0 means the standard 0.5%
	Resolution *DuesResolution // needed for a rate above 0.5%
	Exemption  DuesExemption
}

// Dues is what a member owes for a month, and why.
type Dues struct {
	BaseSalary int64 // mức lương cơ sở in force
	Cap        int64 // 10% of it
	Standard   int64 // the part at 0.5% (split 30/70 with the upper levels)
	Excess     int64 // the part above 0.5%, kept 100% by the CĐCS
	Due        int64 // Standard + Excess
	Capped     bool
	Exemption  DuesExemption
	Note       string // how it was computed, in Vietnamese
}

// Field names of the đoàn phí checks.
const (
	FieldDuesAmount = "luong"
	FieldDuesRate   = "ty_le"
	FieldDuesMonth  = "thang"
)

// ComputeDues computes a member's đoàn phí for a month. Rounding is half up to
// f.DuesRounding đồng, before the cap (the cap is never exceeded). Under a higher
// rate the cap applies to the whole amount, and the excess is what the higher rate
// adds above the standard part [L: QĐ 61 caps "mức đóng đoàn phí hằng tháng"].
func ComputeDues(in DuesInput, f FinanceSettings) (Dues, error) {
	month := time.Date(in.Month.Year(), in.Month.Month(), 1, 0, 0, 0, 0, time.UTC)
	label := fmt.Sprintf("%02d/%d", month.Month(), month.Year())
	if month.Before(DuesRuleFrom) {
		return Dues{}, Errorf(EINVALID, FieldDuesMonth, "Tháng %s: mức đoàn phí 0,5%% áp dụng từ tháng 07/2025 (%s); tháng trước đó theo quy định cũ, ứng dụng không tính", label, qd61)
	}
	bs, ok := f.BaseSalaryOn(month)
	if !ok {
		return Dues{}, Errorf(EINVALID, FieldDuesMonth, "Chưa có mức lương cơ sở áp dụng cho tháng %s: thêm trong Cài đặt", label)
	}
	d := Dues{BaseSalary: bs, Cap: bs * DuesCapPercent / 100, Exemption: in.Exemption}
	if in.Exemption != ExemptNone {
		if in.Exemption.Label() == "" {
			return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Lý do miễn đoàn phí không hợp lệ: %q", in.Exemption)
		}
		d.Note = "Không đóng: " + in.Exemption.Label()
		return d, nil
	}
	if in.Amount < 0 || in.Amount > maxSalary {
		return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Số tiền không hợp lệ: %s", vn.FormatMoney(in.Amount))
	}
	rounding := f.DuesRounding
	if rounding < 1 {
		rounding = 1
	}
	switch in.Base {
	case DuesBaseFixed:
		return fixedDues(d, in.Amount, rounding)
	case DuesBaseBHXH, DuesBaseTakeHome:
	default:
		return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Căn cứ đóng đoàn phí không hợp lệ: %q", in.Base)
	}
	if in.Amount == 0 {
		return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Tháng %s chưa có %s: nhập lương, chọn mức cố định hoặc ghi lý do không đóng", label, lowerFirst(in.Base.Label()))
	}
	rate := in.RateBP
	if rate == 0 {
		rate = StandardDuesRate
	}
	if err := checkDuesRate(rate, in.Resolution); err != nil {
		return Dues{}, err
	}
	standard := roundHalfUp(in.Amount*StandardDuesRate, 10000*rounding) * rounding
	total := roundHalfUp(in.Amount*int64(rate), 10000*rounding) * rounding
	d.Standard, d.Due = min(standard, d.Cap), min(total, d.Cap)
	d.Capped = total > d.Cap
	d.Excess = d.Due - d.Standard
	d.Note = fmt.Sprintf("%s × %s = %s", vn.FormatMoney(in.Amount), RateText(rate), vn.FormatMoney(total))
	if d.Capped {
		d.Note += fmt.Sprintf("; tối đa 10%% mức lương cơ sở %s = %s (%s)", vn.FormatMoney(bs), vn.FormatMoney(d.Cap), qd61)
	}
	return d, nil
}

// fixedDues is the fixed amount of a member without a salary base: at least 0.5%
// of mức lương cơ sở, at most the cap (DOMAIN §5).
func fixedDues(d Dues, amount, rounding int64) (Dues, error) {
	step := 10000 * rounding // the floor, rounded up to the rounding step so it is never under 0.5%
	least := (d.BaseSalary*StandardDuesRate + step - 1) / step * rounding
	switch {
	case amount < least:
		return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Mức cố định ít nhất 0,5%% mức lương cơ sở (%s): %s, không phải %s (%s)",
			vn.FormatMoney(d.BaseSalary), vn.FormatMoney(least), vn.FormatMoney(amount), qd61)
	case amount > d.Cap:
		return Dues{}, Errorf(EINVALID, FieldDuesAmount, "Mức cố định không quá 10%% mức lương cơ sở: %s, không phải %s (%s)",
			vn.FormatMoney(d.Cap), vn.FormatMoney(amount), qd61)
	}
	d.Standard, d.Due = amount, amount
	d.Note = "Mức cố định " + vn.FormatMoney(amount)
	return d, nil
}

// checkDuesRate refuses a rate under 0.5%, and one above it without a
// BCH-mở-rộng resolution written into the quy chế (QĐ 61; DOMAIN §5).
func checkDuesRate(rate int, r *DuesResolution) error {
	switch {
	case rate < StandardDuesRate || rate > 10000:
		return Errorf(EINVALID, FieldDuesRate, "Tỷ lệ đoàn phí %s không hợp lệ: ít nhất 0,5%% (%s)", RateText(rate), qd61)
	case rate == StandardDuesRate:
		return nil
	case r == nil || vn.Clean(r.Number) == "" || r.Date.IsZero():
		return Errorf(EINVALID, FieldDuesRate, "Tỷ lệ đoàn phí %s cao hơn 0,5%% cần nghị quyết của Ban Chấp hành mở rộng (số, ngày) (%s)", RateText(rate), qd61)
	case !r.InQuyChe:
		return Errorf(EINVALID, FieldDuesRate, "Tỷ lệ đoàn phí %s theo nghị quyết %s phải được ghi vào quy chế chi tiêu nội bộ (%s)", RateText(rate), r.Number, qd61)
	}
	return nil
}

// roundHalfUp is num/den rounded half up, for num ≥ 0 and den > 0.
func roundHalfUp(num, den int64) int64 { return (num + den/2) / den }

// lowerFirst lowers the first letter, for a label inside a sentence.
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// DuesLine is one member's month as collected.
type DuesLine struct {
	Dues      Dues
	Collected int64
}

// DuesTotals are the month's (or period's) totals of the bảng thu đoàn phí
// (DOMAIN-MODULES §A.1 "Split of đoàn phí"; Implications A).
type DuesTotals struct {
	Due       int64
	Collected int64
	Standard  int64 // collected at the standard rate
	Excess    int64 // collected above 0.5%, kept 100%
	Remit     int64 // the remit share (30%) of Standard, to the upper levels
	Kept      int64 // Collected − Remit: 70% of Standard plus all of Excess
}

// SumDues totals the lines. A payment counts first against the standard part,
// then the excess; collecting more than is due is refused (an advance for later
// months belongs in those months).
func SumDues(lines []DuesLine, remitShare Fraction) (DuesTotals, error) {
	var t DuesTotals
	for i, l := range lines {
		if l.Collected < 0 || l.Collected > l.Dues.Due {
			return DuesTotals{}, Errorf(EINVALID, "", "Dòng %d: số đã thu %s phải từ 0 đến số phải đóng %s",
				i+1, vn.FormatMoney(l.Collected), vn.FormatMoney(l.Dues.Due))
		}
		std := min(l.Collected, l.Dues.Standard)
		t.Due += l.Dues.Due
		t.Collected += l.Collected
		t.Standard += std
		t.Excess += l.Collected - std
	}
	return SplitDues(t, remitShare), nil
}

// SplitDues fills Remit and Kept from Collected and Standard: the remit share of
// the standard part goes upward, the rest and all the excess stay (DOMAIN-MODULES
// §A.1 "Split of đoàn phí"). Remit is rounded half up to the đồng.
func SplitDues(t DuesTotals, remitShare Fraction) DuesTotals {
	t.Remit = 0
	if remitShare.Den > 0 {
		t.Remit = roundHalfUp(t.Standard*int64(remitShare.Num), int64(remitShare.Den))
	}
	t.Kept = t.Collected - t.Remit
	return t
}

// DuesExemptionFor is the exemption a member's status gives by itself: a
// suspended member pays nothing (DOMAIN §5 "plus the suspension cases in §4").
// The other exemptions (BHXH benefits, unpaid leave, no income) are facts of the
// month that the chair records.
func DuesExemptionFor(s Status) DuesExemption {
	if s == StatusSuspended {
		return ExemptSuspended
	}
	return ExemptNone
}
