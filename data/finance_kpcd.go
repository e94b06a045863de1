package data

import (
	"fmt"
	"time"

	"socongdoan/data/vn"
)

// KPCĐ, the employer's 2% of the BHXH payroll, month by month (DOMAIN §5;
// DOMAIN-MODULES §A.1 and Implications A "KPCĐ tracker", "KPCĐ late flags"):
// due by the last day of the next month (Decree 105/2026 Art. 4); "chậm đóng"
// after that, "không đóng" when still unpaid or short 60 days after it (Art. 6);
// an approved reduction or suspension counts as neither (Arts 12–13).

// The numbers of the law [M].
const (
	KPCDRateBP          = 200 // 2% of the BHXH payroll (Luật Công đoàn Art. 29(1)(b))
	KPCDNotPaidDays     = 60  // Decree 105/2026 Art. 6
	KPCDMaxReducePct    = 20  // a reduction at most 20%…
	KPCDMaxReduceMonths = 6   // …for at most 6 months (Art. 12)
	KPCDMaxSuspendMonth = 12  // a suspension at most 12 months (Art. 13)
	nd105               = "Nghị định 105/2026/NĐ-CP"
)

// ReliefKind is the kind of relief the TLĐ or LĐLĐ tỉnh granted the employer.
type ReliefKind string

// The kinds of relief.
const (
	ReliefReduce  ReliefKind = "giam"     // giảm: a share of the KPCĐ for a period
	ReliefSuspend ReliefKind = "tam_dung" // tạm dừng: nothing due for a period
)

// KPCDRelief is a decision reducing or suspending KPCĐ for the months From–To.
type KPCDRelief struct {
	Kind         ReliefKind
	Percent      int // the reduction, for ReliefReduce
	Decision     string
	DecisionDate time.Time
	From, To     time.Time // the first and last month (any day of each)
}

// Field names of the KPCĐ checks.
const (
	FieldKPCDPayroll = "quy_luong"
	FieldKPCDPaid    = "da_dong"
	FieldKPCDRelief  = "mien_giam"
)

// months counts the months From–To, both included.
func (r KPCDRelief) months() int {
	return (r.To.Year()-r.From.Year())*12 + int(r.To.Month()-r.From.Month()) + 1
}

// Covers reports whether the relief applies to the month of day.
func (r KPCDRelief) Covers(day time.Time) bool {
	m := monthIndex(day)
	return m >= monthIndex(r.From) && m <= monthIndex(r.To)
}

func monthIndex(t time.Time) int { return t.Year()*12 + int(t.Month()) - 1 }

// Validate checks a relief against Decree 105 Arts 12–13.
func (r KPCDRelief) Validate() Problems {
	var ps Problems
	if vn.Clean(r.Decision) == "" || r.DecisionDate.IsZero() {
		ps.add(FieldKPCDRelief, "Ghi số và ngày quyết định giảm hoặc tạm dừng đóng kinh phí công đoàn")
	}
	if r.From.IsZero() || r.To.IsZero() || r.months() < 1 {
		ps.add(FieldKPCDRelief, "Thời gian giảm hoặc tạm dừng: từ tháng phải trước hoặc bằng đến tháng")
		return ps
	}
	switch r.Kind {
	case ReliefReduce:
		if r.Percent < 1 || r.Percent > KPCDMaxReducePct {
			ps.add(FieldKPCDRelief, fmt.Sprintf("Mức giảm từ 1%% đến 20%% (%s, Điều 12), không phải %d%%", nd105, r.Percent))
		}
		if r.months() > KPCDMaxReduceMonths {
			ps.add(FieldKPCDRelief, fmt.Sprintf("Giảm đóng tối đa 6 tháng (%s, Điều 12), không phải %d tháng", nd105, r.months()))
		}
	case ReliefSuspend:
		if r.months() > KPCDMaxSuspendMonth {
			ps.add(FieldKPCDRelief, fmt.Sprintf("Tạm dừng đóng tối đa 12 tháng (%s, Điều 13), không phải %d tháng", nd105, r.months()))
		}
	default:
		ps.add(FieldKPCDRelief, "Chọn giảm hoặc tạm dừng đóng")
	}
	return ps
}

// KPCDMonth is one month of the employer's KPCĐ.
type KPCDMonth struct {
	Month   time.Time // any day of the month
	Payroll int64     // quỹ tiền lương đóng BHXH
	Paid    int64     // paid so far
	PaidOn  time.Time // the day the payment was completed (the last payment); zero while unpaid
	Relief  *KPCDRelief
}

// KPCDState is where a month's KPCĐ stands on a day.
type KPCDState string

// The states.
const (
	KPCDNotDue      KPCDState = "chua_den_han"
	KPCDOnTime      KPCDState = "dung_han"
	KPCDPaidLate    KPCDState = "da_dong_cham"    // paid in full after the deadline, within 60 days
	KPCDPaidAfter60 KPCDState = "da_dong_sau_60"  // paid in full, but after the "không đóng" line
	KPCDLate        KPCDState = "cham_dong"       // unpaid or short after the deadline
	KPCDNotPaid     KPCDState = "khong_dong"      // unpaid or short 60 days after the deadline
	KPCDSuspended   KPCDState = "tam_dung"        // nothing due under a suspension
	KPCDNone        KPCDState = "khong_phat_sinh" // no payroll that month
)

// Label is the state as the KPCĐ sheet shows it.
func (s KPCDState) Label() string {
	switch s {
	case KPCDNotDue:
		return "Chưa đến hạn"
	case KPCDOnTime:
		return "Đóng đúng hạn"
	case KPCDPaidLate:
		return "Đóng chậm"
	case KPCDPaidAfter60:
		return "Đóng sau 60 ngày quá hạn"
	case KPCDLate:
		return "Chậm đóng"
	case KPCDNotPaid:
		return "Không đóng"
	case KPCDSuspended:
		return "Tạm dừng đóng"
	}
	return "Không phát sinh"
}

// Overdue reports whether the month still owes money past its deadline, for Việc cần làm.
func (s KPCDState) Overdue() bool { return s == KPCDLate || s == KPCDNotPaid }

// KPCDStatus is a month's KPCĐ on a day.
type KPCDStatus struct {
	Due         int64     // 2% of the payroll, less a reduction
	Deadline    time.Time // the last day of the next month
	NotPaidFrom time.Time // the first day it counts as "không đóng": deadline + 61 days
	State       KPCDState
	Shortfall   int64 // Due − Paid when short
	Share       int64 // the CĐCS's share of what was paid (75% by default)
	Note        string
}

// KPCDDeadline is the last day to pay a month's KPCĐ: the last day of the next month.
func KPCDDeadline(month time.Time) time.Time {
	return EndOfMonth(month.Year(), month.Month()+1)
}

// KPCDOn works out a month's KPCĐ as it stands on today. A payment dated after
// today has not happened yet and is refused, as are negative amounts.
func KPCDOn(m KPCDMonth, today time.Time, share Fraction) (KPCDStatus, error) {
	today = vn.Day(today)
	if m.Payroll < 0 || m.Payroll > maxSalary*1000 {
		return KPCDStatus{}, Errorf(EINVALID, FieldKPCDPayroll, "Quỹ lương đóng BHXH không hợp lệ: %s", vn.FormatMoney(m.Payroll))
	}
	if m.Paid < 0 {
		return KPCDStatus{}, Errorf(EINVALID, FieldKPCDPaid, "Số đã đóng không được âm")
	}
	if !m.PaidOn.IsZero() && vn.Day(m.PaidOn).After(today) {
		return KPCDStatus{}, Errorf(EINVALID, FieldKPCDPaid, "Ngày đóng %s sau hôm nay (%s)", vn.FormatDate(m.PaidOn), vn.FormatDate(today))
	}
	if m.Paid > 0 && m.PaidOn.IsZero() {
		return KPCDStatus{}, Errorf(EINVALID, FieldKPCDPaid, "Ghi ngày doanh nghiệp đóng %s", vn.FormatMoney(m.Paid))
	}
	s := KPCDStatus{Deadline: KPCDDeadline(m.Month)}
	s.NotPaidFrom = s.Deadline.AddDate(0, 0, KPCDNotPaidDays+1)
	s.Due = roundHalfUp(m.Payroll*KPCDRateBP, 10000)
	if r := m.Relief; r != nil && r.Covers(m.Month) {
		if err := r.Validate().Err(); err != nil {
			return KPCDStatus{}, err
		}
		if r.Kind == ReliefSuspend {
			s.Due = 0
			s.Note = fmt.Sprintf("Tạm dừng đóng theo quyết định %s ngày %s", r.Decision, vn.FormatDate(r.DecisionDate))
		} else {
			s.Due -= roundHalfUp(s.Due*int64(r.Percent), 100)
			s.Note = fmt.Sprintf("Giảm %d%% theo quyết định %s ngày %s", r.Percent, r.Decision, vn.FormatDate(r.DecisionDate))
		}
	}
	if share.Den > 0 {
		s.Share = roundHalfUp(m.Paid*int64(share.Num), int64(share.Den))
	}
	full := m.Paid >= s.Due && (s.Due == 0 || !m.PaidOn.IsZero())
	switch {
	case s.Due == 0 && m.Relief != nil && m.Relief.Covers(m.Month) && m.Relief.Kind == ReliefSuspend:
		s.State = KPCDSuspended
	case s.Due == 0:
		s.State = KPCDNone
	case full && !vn.Day(m.PaidOn).After(s.Deadline):
		s.State = KPCDOnTime
	case full && vn.Day(m.PaidOn).Before(s.NotPaidFrom):
		s.State = KPCDPaidLate
	case full:
		s.State = KPCDPaidAfter60
	case !today.After(s.Deadline):
		s.State = KPCDNotDue
	case today.Before(s.NotPaidFrom):
		s.State = KPCDLate
	default:
		s.State = KPCDNotPaid
	}
	if !full {
		s.Shortfall = s.Due - m.Paid
	}
	if s.Note == "" {
		s.Note = kpcdNote(s)
	}
	return s, nil
}

// kpcdNote explains the state with its dates.
func kpcdNote(s KPCDStatus) string {
	switch s.State {
	case KPCDNotDue:
		return "Hạn đóng " + vn.FormatDate(s.Deadline)
	case KPCDLate:
		return fmt.Sprintf("Quá hạn %s, còn thiếu %s; từ %s là không đóng (%s, Điều 6)",
			vn.FormatDate(s.Deadline), vn.FormatMoney(s.Shortfall), vn.FormatDate(s.NotPaidFrom), nd105)
	case KPCDNotPaid:
		return fmt.Sprintf("Còn thiếu %s sau 60 ngày kể từ hạn %s (%s, Điều 6)", vn.FormatMoney(s.Shortfall), vn.FormatDate(s.Deadline), nd105)
	case KPCDPaidLate, KPCDPaidAfter60:
		return "Hạn đóng " + vn.FormatDate(s.Deadline)
	}
	return ""
}
