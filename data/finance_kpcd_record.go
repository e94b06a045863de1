package data

import (
	"errors"
	"fmt"
	"time"

	"socongdoan/data/vn"
)

// KPCĐ month by month as records (issue 13 point 2; DOMAIN-MODULES §A.1 "KPCĐ";
// the rules in finance_kpcd.go): one record per month with the BHXH payroll, what
// the employer paid and when, the share the upper level returned, and any relief
// decision. Twelve records a year: the registry's per-record path fits.

// KindKPCD is the KPCĐ month kind.
const KindKPCD RecordKind = "kpcd"

// KPCDRecord is one month of the employer's KPCĐ.
type KPCDRecord struct {
	ID      int64
	Month   time.Time // the first day of the month
	Workers int       // số lao động đóng BHXH that month
	Payroll int64     // quỹ tiền lương đóng BHXH
	Paid    int64     // paid so far (chứng từ of the employer, or the upper level's confirmation)
	PaidOn  time.Time // when the payment was completed; zero while unpaid
	// Returned is the KPCĐ the upper level allocated back to the CĐCS for the
	// month, as received (DOMAIN-MODULES §A.1: it arrives as "kinh phí cấp trên cấp").
	Returned       int64
	ReliefKind     ReliefKind // "" when none
	ReliefPercent  int
	ReliefDecision string
	ReliefDate     time.Time
	ReliefFrom     time.Time
	ReliefTo       time.Time
	Notes          string
	Version        int64
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Field names of the KPCĐ form.
const FieldKPCDMonth = "kpcd_month"

// Title names the month: "KPCĐ tháng 07/2026".
func (k *KPCDRecord) Title() string { return "KPCĐ tháng " + MonthLabel(k.Month) }

// Relief is the record's relief decision, nil when none.
func (k *KPCDRecord) Relief() *KPCDRelief {
	if k.ReliefKind == "" {
		return nil
	}
	return &KPCDRelief{Kind: k.ReliefKind, Percent: k.ReliefPercent, Decision: k.ReliefDecision,
		DecisionDate: k.ReliefDate, From: k.ReliefFrom, To: k.ReliefTo}
}

// Input is the record as the rules take it.
func (k *KPCDRecord) Input() KPCDMonth {
	return KPCDMonth{Month: k.Month, Payroll: k.Payroll, Paid: k.Paid, PaidOn: k.PaidOn, Relief: k.Relief()}
}

// Normalize cleans the texts and puts the month on its first day.
func (k *KPCDRecord) Normalize() {
	if !k.Month.IsZero() {
		k.Month = MonthOf(k.Month)
	}
	k.ReliefDecision = vn.Clean(k.ReliefDecision)
	k.Notes = vn.CleanMultiline(k.Notes)
	for _, t := range []*time.Time{&k.PaidOn, &k.ReliefDate} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	for _, t := range []*time.Time{&k.ReliefFrom, &k.ReliefTo} {
		if !t.IsZero() {
			*t = MonthOf(*t)
		}
	}
	if k.ReliefKind == "" {
		k.ReliefPercent, k.ReliefDecision, k.ReliefDate, k.ReliefFrom, k.ReliefTo = 0, "", time.Time{}, time.Time{}, time.Time{}
	}
}

// Validate checks the month with the rules of Decree 105/2026 (KPCDOn, KPCDRelief.Validate).
func (k *KPCDRecord) Validate(now time.Time) Problems {
	var ps Problems
	if k.Month.IsZero() {
		ps.add(FieldKPCDMonth, "Chọn tháng")
		return ps
	}
	if k.Month.After(MonthOf(now)) {
		ps.add(FieldKPCDMonth, "Tháng "+MonthLabel(k.Month)+" chưa đến")
	}
	if k.Workers < 0 {
		ps.add(FieldKPCDPayroll, "Số lao động không được âm")
	}
	if k.Returned < 0 {
		ps.add(FieldKPCDPaid, "Số được cấp lại không được âm")
	}
	if r := k.Relief(); r != nil {
		ps = append(ps, r.Validate()...)
		if len(ps) == 0 && !r.Covers(k.Month) {
			ps.add(FieldKPCDRelief, fmt.Sprintf("Quyết định giảm/tạm dừng từ %s đến %s không gồm tháng %s",
				MonthLabel(r.From), MonthLabel(r.To), MonthLabel(k.Month)))
		}
	}
	if len(ps) > 0 {
		return ps
	}
	if _, err := KPCDOn(k.Input(), now, Fraction{75, 100}); err != nil {
		var de *Error
		if errors.As(err, &de) {
			ps.add(de.Field, de.Message)
		}
	}
	return ps
}

// KPCDs is the registry entry of the KPCĐ months.
var KPCDs = &Kind[KPCDRecord]{
	Kind:     KindKPCD,
	Label:    "Kinh phí công đoàn",
	Table:    "kpcd_month",
	Entity:   "kpcd_month",
	NotFound: "Không tìm thấy tháng kinh phí công đoàn",
	Columns: []Column[KPCDRecord]{
		{"month", "Tháng", func(k *KPCDRecord) any { return &k.Month }, func(k *KPCDRecord) string { return MonthLabel(k.Month) }},
		{"workers", "Số lao động đóng BHXH", func(k *KPCDRecord) any { return &k.Workers }, nil},
		{"payroll", "Quỹ lương đóng BHXH", func(k *KPCDRecord) any { return &k.Payroll }, func(k *KPCDRecord) string { return showMoney(&k.Payroll) }},
		{"paid", "Doanh nghiệp đã đóng", func(k *KPCDRecord) any { return &k.Paid }, func(k *KPCDRecord) string { return showMoney(&k.Paid) }},
		{"paid_on", "Ngày đóng", func(k *KPCDRecord) any { return &k.PaidOn }, nil},
		{"returned", "Cấp trên cấp lại", func(k *KPCDRecord) any { return &k.Returned }, func(k *KPCDRecord) string { return showMoney(&k.Returned) }},
		{"relief_kind", "Giảm/tạm dừng", func(k *KPCDRecord) any { return (*string)(&k.ReliefKind) }, func(k *KPCDRecord) string { return k.ReliefKind.Label() }},
		{"relief_percent", "Mức giảm (%)", func(k *KPCDRecord) any { return &k.ReliefPercent }, nil},
		{"relief_decision", "Số quyết định giảm/tạm dừng", func(k *KPCDRecord) any { return &k.ReliefDecision }, nil},
		{"relief_date", "Ngày quyết định", func(k *KPCDRecord) any { return &k.ReliefDate }, nil},
		{"relief_from", "Giảm/tạm dừng từ tháng", func(k *KPCDRecord) any { return &k.ReliefFrom }, func(k *KPCDRecord) string { return monthOrEmpty(k.ReliefFrom) }},
		{"relief_to", "Giảm/tạm dừng đến tháng", func(k *KPCDRecord) any { return &k.ReliefTo }, func(k *KPCDRecord) string { return monthOrEmpty(k.ReliefTo) }},
		{"notes", "Ghi chú", func(k *KPCDRecord) any { return &k.Notes }, nil},
	},
	Meta:      func(k *KPCDRecord) Meta { return Meta{&k.ID, &k.Version, &k.CreatedAt, &k.UpdatedAt} },
	Title:     (*KPCDRecord).Title,
	Year:      func(k *KPCDRecord) int { return k.Month.Year() },
	Normalize: (*KPCDRecord).Normalize,
	Check:     func(k *KPCDRecord, env CheckEnv) Problems { return k.Validate(env.Now) },
	Todos:     func(ks []KPCDRecord, env TodoEnv) []Todo { return KPCDTodos(ks, env.Today) },
	Confirm: func(k *KPCDRecord, others []KPCDRecord) *Problem {
		for _, o := range others {
			if MonthKey(o.Month) == MonthKey(k.Month) {
				return &Problem{Field: FieldKPCDMonth, Message: "Tháng " + MonthLabel(k.Month) + " đã có trong sổ kinh phí công đoàn; lưu thêm một bản nữa?"}
			}
		}
		return nil
	},
}

func monthOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return MonthLabel(t)
}

// Label names a kind of relief.
func (k ReliefKind) Label() string {
	switch k {
	case ReliefReduce:
		return "Giảm đóng"
	case ReliefSuspend:
		return "Tạm dừng đóng"
	}
	return ""
}

// InputWith is the record as the rules take it, with the relief of another
// month's record when that decision covers this month and the record has none
// of its own: one decision of 6 months is typed once.
func (k *KPCDRecord) InputWith(all []KPCDRecord) KPCDMonth {
	in := k.Input()
	if in.Relief != nil {
		return in
	}
	for i := range all {
		if r := all[i].Relief(); r != nil && r.Covers(k.Month) {
			in.Relief = r
		}
	}
	return in
}

// KPCDLine is a month of the year's KPCĐ sheet: the record (nil when none) and its state.
type KPCDLine struct {
	Month  time.Time
	Record *KPCDRecord
	Status KPCDStatus
	Err    string // the record cannot be judged (a damaged value)
}

// KPCDYear lays a year's records out month by month up to the current month, with
// each month's state on today; months without a record are listed empty.
func KPCDYear(year int, records []KPCDRecord, today time.Time, share Fraction) []KPCDLine {
	by := map[int]*KPCDRecord{}
	for i := range records {
		if records[i].Month.Year() == year {
			by[MonthKey(records[i].Month)] = &records[i]
		}
	}
	var out []KPCDLine
	for m := 1; m <= 12; m++ {
		month := time.Date(year, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		if month.After(MonthOf(today)) {
			break
		}
		l := KPCDLine{Month: month, Record: by[MonthKey(month)]}
		if l.Record != nil {
			s, err := KPCDOn(l.Record.InputWith(records), today, share)
			if err != nil {
				l.Err = ErrorMessage(err)
			}
			l.Status = s
		}
		out = append(out, l)
	}
	return out
}

// Overdue reports whether the month is late or unpaid on the day it was judged.
func (l KPCDLine) Overdue() bool {
	return l.Status.State == KPCDLate || l.Status.State == KPCDNotPaid
}

// KPCDTodos are the Việc cần làm items of the KPCĐ months (issue 13 points 2
// and 8): each of the last 12 months chậm đóng or không đóng on today, and, once
// the chair keeps KPCĐ here, each month after the first one kept that is past its
// deadline with no record (payroll and payment never written down). Older months
// belong to a settled year.
func KPCDTodos(records []KPCDRecord, today time.Time) []Todo {
	today = vn.Day(today)
	var out []Todo
	have := map[int]KPCDRecord{}
	first := 0
	for _, r := range records {
		have[MonthKey(r.Month)] = r
		if k := MonthKey(r.Month); first == 0 || k < first {
			first = k
		}
	}
	if first == 0 {
		return nil
	}
	for m := MonthOf(today).AddDate(-12, 0, 0); m.Before(MonthOf(today)); m = m.AddDate(0, 1, 0) {
		if MonthKey(m) < first {
			continue
		}
		deadline := KPCDDeadline(m)
		r, ok := have[MonthKey(m)]
		if !ok {
			if today.After(deadline) {
				out = append(out, Todo{Due: deadline, Overdue: true, Record: RecordRef{Kind: KindKPCD}, Period: m,
					Title: "Ghi kinh phí công đoàn tháng " + MonthLabel(m) + " (quỹ lương, số doanh nghiệp đã đóng)"})
			}
			continue
		}
		s, err := KPCDOn(r.InputWith(records), today, Fraction{})
		if err != nil || (s.State != KPCDLate && s.State != KPCDNotPaid) {
			continue
		}
		out = append(out, Todo{Due: deadline, Overdue: true, Record: RecordRef{Kind: KindKPCD, ID: r.ID}, About: r.Title(),
			Title: "Đôn đốc doanh nghiệp đóng kinh phí công đoàn tháng " + MonthLabel(m) + ": " + s.State.Label() + ", còn thiếu " + vn.FormatMoney(s.Shortfall)})
	}
	return out
}
