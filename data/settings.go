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

// RuleSettings are the values of the rules that DOMAIN.md marks uncertain or
// that an enterprise sets for itself; each has a default and the chair can change
// it in Cài đặt. They are kept through SettingsService under the Key* names.
type RuleSettings struct {
	// SOEConferenceMonth: a state enterprise holds its conference no later than
	// this month, 3 months after the financial year closes (DOMAIN §1, Law 10/2022 Art. 67).
	SOEConferenceMonth int
	// OtherConferenceMonth: the month by which the other enterprises' yearly
	// conference is due. Decree 145 Art. 47 says only "hằng năm" [L], hence 12.
	OtherConferenceMonth int
	// OtherQuorum and OtherPass: the quorum (at least) and the pass share (more
	// than) of the enterprise's quy chế dân chủ (DOMAIN §1 sets none for non-state
	// enterprises); by default those of the state model, which many copy.
	OtherQuorum, OtherPass Fraction
	// RenegotiationDays: the window before expiry for an extension or a new
	// agreement (DOMAIN §3, Art. 83: 90 days).
	RenegotiationDays int
	// GraceDays: how long an expired agreement stays in force while negotiating
	// (DOMAIN §3, Art. 83: up to 90 days "unless agreed otherwise").
	GraceDays int
	// RatingMonth: the month by which the yearly rating of the agreement is due;
	// the upper level sets it each year [L], so the end of the year by default.
	RatingMonth int
	// RepListNoticeDays: how long before a representative list ends it appears
	// in Việc cần làm.
	RepListNoticeDays int
	// WeekendDays: the enterprise's weekly rest days (Labour Code Art. 111).
	WeekendDays []time.Weekday
	// NationalDayAdjacent: the September day taken off with 2/9 when the chair
	// has not set a year's holidays, 1 or 3 (Labour Code Art. 112(1), (3)).
	NationalDayAdjacent int
	// Congress: the congress and election rules of DOMAIN-MODULES §C.
	Congress CongressSettings
	// Finance: đoàn phí, mức lương cơ sở and KPCĐ values of DOMAIN-MODULES §A.
	Finance FinanceSettings
	// FinanceDeadlines: the dates of the finance reminders (DOMAIN-MODULES §A.5).
	FinanceDeadlines FinanceDeadlines
	// Training: the cadre-training values of DOMAIN-MODULES §B.
	Training TrainingSettings
	// Emulation: thi đua thresholds, nữ công and chăm lo values of DOMAIN-MODULES §D–§F.
	Emulation EmulationSettings
}

// The settings keys of RuleSettings and of each year's holidays.
const (
	KeySOEConferenceMonth   = "quy_dinh.hoi_nghi.thang_dnnn"
	KeyOtherConferenceMonth = "quy_dinh.hoi_nghi.thang_khac"
	KeyOtherQuorum          = "quy_dinh.hoi_nghi.hop_le_khac"
	KeyOtherPass            = "quy_dinh.hoi_nghi.thong_qua_khac"
	KeyRenegotiationDays    = "quy_dinh.thoa_uoc.ngay_truoc_het_han"
	KeyGraceDays            = "quy_dinh.thoa_uoc.ngay_sau_het_han"
	KeyRatingMonth          = "quy_dinh.thoa_uoc.thang_xep_loai"
	KeyRepListNoticeDays    = "quy_dinh.dai_dien.ngay_nhac_truoc"
	KeyWeekendDays          = "lich.ngay_nghi_tuan"
	KeyNationalDayAdjacent  = "lich.quoc_khanh_lien_ke"
	keyHolidaysPrefix       = "lich.ngay_le."
)

// DefaultRuleSettings returns the defaults of DOMAIN.md.
func DefaultRuleSettings() RuleSettings {
	return RuleSettings{
		SOEConferenceMonth:   3,
		OtherConferenceMonth: 12,
		OtherQuorum:          SOEQuorum,
		OtherPass:            SOEPass,
		RenegotiationDays:    90,
		GraceDays:            90,
		RatingMonth:          12,
		RepListNoticeDays:    60,
		WeekendDays:          []time.Weekday{time.Saturday, time.Sunday},
		NationalDayAdjacent:  1,
		Congress:             DefaultCongressSettings(),
		Finance:              DefaultFinanceSettings(),
		Training:             DefaultTrainingSettings(),
		FinanceDeadlines:     DefaultFinanceDeadlines(),
		Emulation:            DefaultEmulationSettings(),
	}
}

// Settings field names for messages at the form.
const (
	FieldSetSOEMonth    = "set_soe_month"
	FieldSetOtherMonth  = "set_other_month"
	FieldSetQuorum      = "set_quorum"
	FieldSetPass        = "set_pass"
	FieldSetRenegotiate = "set_renegotiate"
	FieldSetGrace       = "set_grace"
	FieldSetRating      = "set_rating"
	FieldSetRepNotice   = "set_rep_notice"
	FieldSetWeekend     = "set_weekend"
	FieldSetAdjacent    = "set_adjacent"
)

// Validate checks the values as the settings form does.
func (r *RuleSettings) Validate() Problems {
	var ps Problems
	month := func(field string, m int) {
		if m < 1 || m > 12 {
			ps.add(field, "Tháng phải từ 1 đến 12")
		}
	}
	month(FieldSetSOEMonth, r.SOEConferenceMonth)
	month(FieldSetOtherMonth, r.OtherConferenceMonth)
	month(FieldSetRating, r.RatingMonth)
	if !r.OtherQuorum.Valid() || r.OtherQuorum.Num == 0 {
		ps.add(FieldSetQuorum, "Tỷ lệ phải dạng 2/3 hoặc 50%, lớn hơn 0 và không quá 100%")
	}
	if !r.OtherPass.Valid() || r.OtherPass.Num == r.OtherPass.Den {
		ps.add(FieldSetPass, "Tỷ lệ phải dạng 1/2 hoặc 50%, dưới 100%")
	}
	days := func(field string, n int) {
		if n < 0 || n > 365 {
			ps.add(field, "Số ngày phải từ 0 đến 365")
		}
	}
	days(FieldSetRenegotiate, r.RenegotiationDays)
	days(FieldSetGrace, r.GraceDays)
	days(FieldSetRepNotice, r.RepListNoticeDays)
	if len(r.WeekendDays) >= 7 {
		ps.add(FieldSetWeekend, "Phải còn ít nhất một ngày làm việc trong tuần")
	}
	if r.NationalDayAdjacent != 1 && r.NationalDayAdjacent != 3 {
		ps.add(FieldSetAdjacent, "Ngày nghỉ liền kề Quốc khánh là 1/9 hoặc 3/9")
	}
	r.Congress.validate(&ps)
	r.Finance.validate(&ps)
	r.Training.validate(&ps)
	r.FinanceDeadlines.validate(&ps)
	r.Emulation.validate(&ps)
	return ps
}

// ParseFraction reads a share typed as "2/3", "50%" or "50".
func ParseFraction(s string) (Fraction, error) {
	s = strings.TrimSpace(s)
	if num, den, ok := strings.Cut(s, "/"); ok {
		n, err1 := strconv.Atoi(strings.TrimSpace(num))
		d, err2 := strconv.Atoi(strings.TrimSpace(den))
		if err1 != nil || err2 != nil || d <= 0 {
			return Fraction{}, fmt.Errorf("tỷ lệ không hợp lệ: %q", s)
		}
		return Fraction{n, d}, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(s, "%")))
	if err != nil {
		return Fraction{}, fmt.Errorf("tỷ lệ không hợp lệ: %q", s)
	}
	return Fraction{n, 100}, nil
}

// weekdayCodes are how WeekendDays are stored: "T7,CN".
var weekdayCodes = []string{"CN", "T2", "T3", "T4", "T5", "T6", "T7"}

// WeekdayCode is the short Vietnamese name of a weekday: T2 … T7, CN.
func WeekdayCode(d time.Weekday) string { return weekdayCodes[d] }

func formatWeekdays(days []time.Weekday) string {
	codes := make([]string, len(days))
	for i, d := range days {
		codes[i] = weekdayCodes[d]
	}
	return strings.Join(codes, ",")
}

func parseWeekdays(s string) ([]time.Weekday, error) {
	var out []time.Weekday
	for _, c := range strings.Split(s, ",") {
		i := slices.Index(weekdayCodes, strings.ToUpper(strings.TrimSpace(c)))
		if i < 0 {
			return nil, fmt.Errorf("ngày trong tuần không hợp lệ: %q", c)
		}
		out = append(out, time.Weekday(i))
	}
	return out, nil
}

// settingEntry ties a RuleSettings field to its key, shown and read as text.
type settingEntry struct {
	key   string
	show  func(*RuleSettings) string
	parse func(*RuleSettings, string) error
}

func intEntry(key string, p func(*RuleSettings) *int) settingEntry {
	return settingEntry{key,
		func(r *RuleSettings) string { return strconv.Itoa(*p(r)) },
		func(r *RuleSettings, s string) error {
			n, err := strconv.Atoi(s)
			*p(r) = n
			return err
		}}
}

func fractionEntry(key string, p func(*RuleSettings) *Fraction) settingEntry {
	return settingEntry{key,
		func(r *RuleSettings) string { f := *p(r); return strconv.Itoa(f.Num) + "/" + strconv.Itoa(f.Den) },
		func(r *RuleSettings, s string) error {
			f, err := ParseFraction(s)
			*p(r) = f
			return err
		}}
}

var settingEntries = slices.Concat(baseSettingEntries, congressSettingEntries, financeSettingEntries, financeDeadlineEntries, trainingSettingEntries, emulationSettingEntries)

var baseSettingEntries = []settingEntry{
	intEntry(KeySOEConferenceMonth, func(r *RuleSettings) *int { return &r.SOEConferenceMonth }),
	intEntry(KeyOtherConferenceMonth, func(r *RuleSettings) *int { return &r.OtherConferenceMonth }),
	fractionEntry(KeyOtherQuorum, func(r *RuleSettings) *Fraction { return &r.OtherQuorum }),
	fractionEntry(KeyOtherPass, func(r *RuleSettings) *Fraction { return &r.OtherPass }),
	intEntry(KeyRenegotiationDays, func(r *RuleSettings) *int { return &r.RenegotiationDays }),
	intEntry(KeyGraceDays, func(r *RuleSettings) *int { return &r.GraceDays }),
	intEntry(KeyRatingMonth, func(r *RuleSettings) *int { return &r.RatingMonth }),
	intEntry(KeyRepListNoticeDays, func(r *RuleSettings) *int { return &r.RepListNoticeDays }),
	{KeyWeekendDays, func(r *RuleSettings) string { return formatWeekdays(r.WeekendDays) },
		func(r *RuleSettings, s string) (err error) { r.WeekendDays, err = parseWeekdays(s); return err }},
	intEntry(KeyNationalDayAdjacent, func(r *RuleSettings) *int { return &r.NationalDayAdjacent }),
}

// LoadRuleSettings reads the rule settings; a value not set, or set to something
// unreadable, keeps its default (so a bad value can never stop the app).
func LoadRuleSettings(ctx context.Context, s SettingsService) (RuleSettings, error) {
	r := DefaultRuleSettings()
	for _, e := range settingEntries {
		v, ok, err := s.Setting(ctx, e.key)
		if err != nil {
			return r, err
		}
		if !ok {
			continue
		}
		c := r
		if e.parse(&c, v) == nil && len(c.Validate()) == 0 {
			r = c
		}
	}
	return r, nil
}

// SaveRuleSettings validates and stores the rule settings; values equal to the
// default are removed, so that a later change of default reaches this chair too.
func SaveRuleSettings(ctx context.Context, s SettingsService, r RuleSettings) error {
	if err := r.Validate().Err(); err != nil {
		return err
	}
	def := DefaultRuleSettings()
	values := map[string]string{}
	for _, e := range settingEntries {
		v := e.show(&r)
		if v == e.show(&def) {
			v = ""
		}
		values[e.key] = v
	}
	// One transaction: a failure half-way must not leave some rules new and some old.
	return s.SetSettings(ctx, values)
}

// HolidayKey is the settings key of the holidays the chair set for a year.
func HolidayKey(year int) string { return keyHolidaysPrefix + strconv.Itoa(year) }

// EncodeHolidays writes a year's holidays as stored: a comment line, then one
// "YYYY-MM-DD Name" per line (the comment keeps an empty list from being an
// empty value, which SettingsService takes as "not set").
func EncodeHolidays(days []vn.Holiday) string {
	var b strings.Builder
	b.WriteString("# ngày nghỉ lễ do Chủ tịch điều chỉnh\n")
	for _, h := range days {
		b.WriteString(vn.ISO(h.Date))
		b.WriteByte(' ')
		b.WriteString(h.Name)
		b.WriteByte('\n')
	}
	return b.String()
}

// DecodeHolidays reads what EncodeHolidays wrote.
func DecodeHolidays(s string) ([]vn.Holiday, error) {
	var out []vn.Holiday
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		date, name, _ := strings.Cut(line, " ")
		t, err := vn.ParseISO(date)
		if err != nil || t.IsZero() {
			return nil, fmt.Errorf("ngày nghỉ lễ không hợp lệ: %q", line)
		}
		out = append(out, vn.Holiday{Date: t, Name: strings.TrimSpace(name)})
	}
	return out, nil
}

// YearHolidays returns the holidays the chair set for a year, and whether they set any.
func YearHolidays(ctx context.Context, s SettingsService, year int) ([]vn.Holiday, bool, error) {
	v, ok, err := s.Setting(ctx, HolidayKey(year))
	if err != nil || !ok {
		return nil, false, err
	}
	days, err := DecodeHolidays(v)
	if err != nil {
		return nil, false, nil // unreadable: fall back to the default rules
	}
	return days, true, nil
}

// SaveYearHolidays stores the holidays of a year as the Government fixed them
// (Labour Code Art. 112(3)); nil goes back to the computed defaults.
func SaveYearHolidays(ctx context.Context, s SettingsService, year int, days []vn.Holiday) error {
	for _, h := range days {
		if h.Date.Year() != year {
			return Errorf(EINVALID, "holidays", "Ngày %s không thuộc năm %d", vn.FormatDate(h.Date), year)
		}
	}
	if days == nil {
		return s.SetSetting(ctx, HolidayKey(year), "")
	}
	return s.SetSetting(ctx, HolidayKey(year), EncodeHolidays(days))
}

// CalendarYears is how many years around today LoadCalendar reads the chair's
// holidays for; deadlines never reach further.
const CalendarYears = 3

// LoadCalendar builds the working-day calendar of the rules: the weekend and
// adjacent Quốc khánh day of r, and the holidays the chair set for the years
// around today (other years follow the default rules).
func LoadCalendar(ctx context.Context, s SettingsService, r RuleSettings, today time.Time) (*vn.Calendar, error) {
	cal := &vn.Calendar{WeekendDays: r.WeekendDays, NationalDayAdjacent: r.NationalDayAdjacent}
	for y := today.Year() - CalendarYears; y <= today.Year()+CalendarYears; y++ {
		days, ok, err := YearHolidays(ctx, s, y)
		if err != nil {
			return nil, err
		}
		if ok {
			cal.SetYear(y, days)
		}
	}
	return cal, nil
}
