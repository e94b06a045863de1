package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// The finance deadlines of Việc cần làm (issue 13 point 8, DOMAIN-MODULES §A.5
// and "Deadlines to remind"). The upper level (LĐLĐ tỉnh) sets the CĐCS's dates,
// so every date is a setting; the defaults are the [L] ones of §A.5.

// MonthDay is a day of the year, "15/12"; day 31 means the month's last day.
type MonthDay struct{ Month, Day int }

// In is the day in year, the day clamped to the month's end.
func (m MonthDay) In(year int) time.Time {
	last := EndOfMonth(year, time.Month(m.Month)).Day()
	d := m.Day
	if d > last {
		d = last
	}
	return time.Date(year, time.Month(m.Month), d, 0, 0, 0, 0, time.UTC)
}

// String is "15/12".
func (m MonthDay) String() string { return fmt.Sprintf("%02d/%02d", m.Day, m.Month) }

// ParseMonthDay reads "15/12".
func ParseMonthDay(s string) (MonthDay, error) {
	d, mo, ok := strings.Cut(strings.TrimSpace(s), "/")
	day, err1 := strconv.Atoi(strings.TrimSpace(d))
	month, err2 := strconv.Atoi(strings.TrimSpace(mo))
	if !ok || err1 != nil || err2 != nil || month < 1 || month > 12 || day < 1 || day > 31 {
		return MonthDay{}, fmt.Errorf("ngày không hợp lệ %q: nhập dạng ngày/tháng, ví dụ 15/12", s)
	}
	return MonthDay{month, day}, nil
}

// FinanceDeadlines are the dates of the finance reminders.
type FinanceDeadlines struct {
	// KPCDCheckDay: the day of each month by which the chair checks that the
	// previous month's KPCĐ was paid: the employer's deadline is the last day of
	// the following month (Decree 105/2026 Art. 4), hence 31.
	KPCDCheckDay int
	// DuesRemitQuarterly: đoàn phí goes up each quarter instead of each month (§A.5 [L]).
	DuesRemitQuarterly bool
	// DuesRemitDay: the day of the month after the period by which it is sent [L].
	DuesRemitDay int
	// Estimate: next year's dự toán is sent by this day (default 15/12 [L]).
	Estimate MonthDay
	// HalfSettlement: the six-monthly quyết toán of January–June (default 15/07 [L]).
	HalfSettlement MonthDay
	// YearSettlement: last year's quyết toán, in the next year (default 31/01 [L];
	// it must fall before the province's 31/3).
	YearSettlement MonthDay
	// Check: the Ủy ban kiểm tra's check of last year, before the yearly
	// quyết toán goes up (default 15/01 [L]).
	Check MonthDay
	// DisclosureDays: the công khai follows the upper level's approval of the
	// yearly quyết toán by at most this many days [L].
	DisclosureDays int
}

// DefaultFinanceDeadlines are the defaults of §A.5.
func DefaultFinanceDeadlines() FinanceDeadlines {
	return FinanceDeadlines{KPCDCheckDay: 31, DuesRemitDay: 31, Estimate: MonthDay{12, 15},
		HalfSettlement: MonthDay{7, 15}, YearSettlement: MonthDay{1, 31}, Check: MonthDay{1, 15}, DisclosureDays: 30}
}

// The settings keys of FinanceDeadlines.
const (
	KeyKPCDCheckDay       = "tai_chinh.han.kiem_tra_kpcd_ngay"
	KeyDuesRemitQuarterly = "tai_chinh.han.nop_doan_phi_theo_quy"
	KeyDuesRemitDay       = "tai_chinh.han.nop_doan_phi_ngay"
	KeyEstimateDue        = "tai_chinh.han.du_toan"
	KeyHalfSettlementDue  = "tai_chinh.han.quyet_toan_6_thang"
	KeyYearSettlementDue  = "tai_chinh.han.quyet_toan_nam"
	KeyCheckDue           = "tai_chinh.han.kiem_tra_ubkt"
	KeyDisclosureDays     = "tai_chinh.han.cong_khai_sau_duyet_ngay"
)

// Field names of these dates at the settings form, one per date so a message
// stands under the field it is about.
const (
	FieldSetKPCDCheckDay   = "set_fin_kpcd_check_day"
	FieldSetDuesRemitDay   = "set_fin_dues_remit_day"
	FieldSetEstimateDue    = "set_fin_estimate"
	FieldSetHalfSettlement = "set_fin_half_settlement"
	FieldSetYearSettlement = "set_fin_year_settlement"
	FieldSetCheckDue       = "set_fin_check"
	FieldSetDisclosureDays = "set_fin_disclosure_days"
)

func (f FinanceDeadlines) validate(ps *Problems) {
	if f.KPCDCheckDay < 1 || f.KPCDCheckDay > 31 {
		ps.add(FieldSetKPCDCheckDay, "Ngày trong tháng phải từ 1 đến 31 (31: ngày cuối tháng)")
	}
	if f.DuesRemitDay < 1 || f.DuesRemitDay > 31 {
		ps.add(FieldSetDuesRemitDay, "Ngày trong tháng phải từ 1 đến 31 (31: ngày cuối tháng)")
	}
	for _, m := range []struct {
		field string
		day   MonthDay
	}{{FieldSetEstimateDue, f.Estimate}, {FieldSetHalfSettlement, f.HalfSettlement}, {FieldSetYearSettlement, f.YearSettlement}, {FieldSetCheckDue, f.Check}} {
		if m.day.Month < 1 || m.day.Month > 12 || m.day.Day < 1 || m.day.Day > 31 {
			ps.add(m.field, "Hạn phải dạng ngày/tháng, ví dụ 15/12")
		}
	}
	if f.YearSettlement.Month > 3 || f.YearSettlement.Month == 3 && f.YearSettlement.Day >= 31 {
		// §A.5: the province sends the yearly quyết toán to TLĐ before 31/3.
		ps.add(FieldSetYearSettlement, "Hạn quyết toán năm phải trước 31/3 (hạn Liên đoàn Lao động tỉnh gửi Tổng Liên đoàn)")
	}
	if f.DisclosureDays < 0 || f.DisclosureDays > 365 {
		ps.add(FieldSetDisclosureDays, "Số ngày công khai sau khi duyệt quyết toán phải từ 0 đến 365")
	}
}

func monthDayEntry(key string, p func(*RuleSettings) *MonthDay) settingEntry {
	return settingEntry{key,
		func(r *RuleSettings) string { return p(r).String() },
		func(r *RuleSettings, s string) (err error) {
			*p(r), err = ParseMonthDay(s)
			return err
		}}
}

var financeDeadlineEntries = []settingEntry{
	intEntry(KeyKPCDCheckDay, func(r *RuleSettings) *int { return &r.FinanceDeadlines.KPCDCheckDay }),
	{KeyDuesRemitQuarterly, func(r *RuleSettings) string { return strconv.FormatBool(r.FinanceDeadlines.DuesRemitQuarterly) },
		func(r *RuleSettings, s string) (err error) {
			r.FinanceDeadlines.DuesRemitQuarterly, err = strconv.ParseBool(s)
			return err
		}},
	intEntry(KeyDuesRemitDay, func(r *RuleSettings) *int { return &r.FinanceDeadlines.DuesRemitDay }),
	monthDayEntry(KeyEstimateDue, func(r *RuleSettings) *MonthDay { return &r.FinanceDeadlines.Estimate }),
	monthDayEntry(KeyHalfSettlementDue, func(r *RuleSettings) *MonthDay { return &r.FinanceDeadlines.HalfSettlement }),
	monthDayEntry(KeyYearSettlementDue, func(r *RuleSettings) *MonthDay { return &r.FinanceDeadlines.YearSettlement }),
	monthDayEntry(KeyCheckDue, func(r *RuleSettings) *MonthDay { return &r.FinanceDeadlines.Check }),
	intEntry(KeyDisclosureDays, func(r *RuleSettings) *int { return &r.FinanceDeadlines.DisclosureDays }),
}

// FinancePlanRecords are the records the finance reminders read.
type FinancePlanRecords struct {
	Estimates   []BudgetEstimate
	Settlements []BudgetSettlement
	Checks      []FinanceCheck
	Disclosures []FinanceDisclosure
}

// reminderWindow: a yearly finance deadline appears this many days ahead, so
// the list is not filled a year in advance.
const reminderWindow = 45

// staleAfter: an overdue finance item leaves the list this many days after its
// date (a six-monthly quyết toán of July is no news in December).
const staleAfter = 90

// FinancePlanTodos lists the finance deadlines on today (§A.5 "Deadlines to
// remind"): the monthly KPCĐ check and đoàn phí remittance (reminders of the
// current period: the books of those are findues' and fincash's), the dự toán of
// next year, the six-monthly and yearly quyết toán, the UBKT check before the
// yearly one, and the công khai after its approval. An item goes once its record
// says the work is done (sent, checked, published).
func FinancePlanTodos(r FinancePlanRecords, d FinanceDeadlines, today time.Time) []Todo {
	today = vn.Day(today)
	year, month := today.Year(), int(today.Month())
	var out []Todo
	add := func(due time.Time, title, about string, ref RecordRef) {
		if due.Before(today.AddDate(0, 0, -staleAfter)) {
			return // a period long past: the list is for what can still be done in time
		}
		out = append(out, Todo{Due: due, Title: title, About: about, Record: ref})
	}
	within := func(due time.Time) bool { return !today.Before(due.AddDate(0, 0, -reminderWindow)) }

	// Monthly: last month's KPCĐ, by KPCDCheckDay of this month.
	prev := today.AddDate(0, 0, -today.Day()) // last day of last month
	add(MonthDay{month, d.KPCDCheckDay}.In(year),
		fmt.Sprintf("Kiểm tra doanh nghiệp đã đóng KPCĐ tháng %d/%d", int(prev.Month()), prev.Year()), "Theo dõi KPCĐ (Tài chính)", RecordRef{})
	// Đoàn phí: the month (or quarter) just ended goes up by DuesRemitDay.
	if !d.DuesRemitQuarterly {
		add(MonthDay{month, d.DuesRemitDay}.In(year),
			fmt.Sprintf("Nộp đoàn phí tháng %d/%d lên công đoàn cấp trên", int(prev.Month()), prev.Year()), "Sổ thu đoàn phí (Tài chính)", RecordRef{})
	} else if (month-1)%3 == 0 { // the first month of a quarter
		q := (int(prev.Month())-1)/3 + 1
		add(MonthDay{month, d.DuesRemitDay}.In(year),
			fmt.Sprintf("Nộp đoàn phí quý %d/%d lên công đoàn cấp trên", q, prev.Year()), "Sổ thu đoàn phí (Tài chính)", RecordRef{})
	}

	// Next year's dự toán; this year's too while it is still not sent (a
	// December deadline missed stays on the list into the new year).
	for _, plan := range []int{year, year + 1} {
		if due := d.Estimate.In(plan - 1); within(due) {
			e := findEstimate(r.Estimates, plan)
			if e == nil || e.SentDate.IsZero() {
				ref, about := estimateRef(e)
				add(due, "Lập và gửi dự toán thu, chi năm "+strconv.Itoa(plan), about, ref)
			}
		}
	}
	// The six-monthly quyết toán of this year's first half.
	if due := d.HalfSettlement.In(year); within(due) && today.Month() > time.June {
		s := findSettlement(r.Settlements, year, 1)
		if s == nil || s.SentDate.IsZero() {
			ref, about := settlementRef(s)
			add(due, "Lập và gửi quyết toán "+HalfName(year, 1), about, ref)
		}
	}
	// Last year's: the UBKT check first, then the yearly quyết toán, then the công khai.
	last := year - 1
	if due := d.YearSettlement.In(year); within(due) {
		s := findSettlement(r.Settlements, last, 0)
		if s == nil || s.SentDate.IsZero() {
			ref, about := settlementRef(s)
			add(due, "Lập và gửi quyết toán "+HalfName(last, 0), about, ref)
		}
		if due := d.Check.In(year); within(due) && !checkedYear(r.Checks, last) && (s == nil || s.SentDate.IsZero()) {
			add(due, "Ủy ban kiểm tra kiểm tra tài chính năm "+strconv.Itoa(last)+" trước khi quyết toán", "", RecordRef{Kind: KindFinanceCheck})
		}
	}
	for i := range r.Settlements {
		s := &r.Settlements[i]
		if s.Half != 0 || s.ApprovalDate.IsZero() || disclosed(r.Disclosures, s.Year) || s.Year < year-2 {
			continue
		}
		add(s.ApprovalDate.AddDate(0, 0, d.DisclosureDays), "Công khai tài chính năm "+strconv.Itoa(s.Year)+
			" (Điều 34 Luật Công đoàn: tại hội nghị Ban Chấp hành và niêm yết, văn bản, hội nghị người lao động hoặc trang thông tin)",
			s.Title(), RecordRef{Kind: KindFinanceDisclosure})
	}
	return out
}

func findEstimate(es []BudgetEstimate, year int) *BudgetEstimate {
	var found *BudgetEstimate
	for i := range es {
		if es[i].Year == year && (found == nil || !es[i].SentDate.IsZero()) {
			found = &es[i]
		}
	}
	return found
}

func findSettlement(ss []BudgetSettlement, year, half int) *BudgetSettlement {
	var found *BudgetSettlement
	for i := range ss {
		if ss[i].Year == year && ss[i].Half == half && (found == nil || !ss[i].SentDate.IsZero()) {
			found = &ss[i]
		}
	}
	return found
}

// checkedYear: a yearly (or surprise) check of the year's finance is recorded;
// a cash count alone does not review the vouchers.
func checkedYear(cs []FinanceCheck, year int) bool {
	for _, c := range cs {
		if c.Year == year && c.Kind != CheckCash {
			return true
		}
	}
	return false
}

func disclosed(ds []FinanceDisclosure, year int) bool {
	for _, d := range ds {
		if d.Year == year {
			return true
		}
	}
	return false
}

func estimateRef(e *BudgetEstimate) (RecordRef, string) {
	if e == nil {
		return RecordRef{Kind: KindBudgetEstimate}, ""
	}
	return RecordRef{Kind: KindBudgetEstimate, ID: e.ID}, e.Title()
}

func settlementRef(s *BudgetSettlement) (RecordRef, string) {
	if s == nil {
		return RecordRef{Kind: KindBudgetSettlement}, ""
	}
	return RecordRef{Kind: KindBudgetSettlement, ID: s.ID}, s.Title()
}

// settlementTodos is the Việc cần làm rule of the finance plan, declared on the
// quyết toán (Kind.Todos) and reading the dự toán, checks and công khai.
func settlementTodos(ss []BudgetSettlement, env TodoEnv) []Todo {
	d := env.Settings.FinanceDeadlines
	if d.KPCDCheckDay == 0 { // settings not loaded: the defaults of §A.5
		d = DefaultFinanceDeadlines()
	}
	r := FinancePlanRecords{Settlements: ss, Estimates: BudgetEstimates.In(env.Records),
		Checks: FinanceChecks.In(env.Records), Disclosures: FinanceDisclosures.In(env.Records)}
	if len(r.Settlements)+len(r.Estimates)+len(r.Checks)+len(r.Disclosures)+len(Vouchers.In(env.Records)) == 0 {
		return nil // a union not keeping its finance here yet gets no finance reminders
	}
	return FinancePlanTodos(r, d, env.Today)
}
