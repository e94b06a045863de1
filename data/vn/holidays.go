package vn

import (
	"slices"
	"time"
)

// Holiday is one paid day off: its date at UTC midnight and its Vietnamese
// name, e.g. "Tết Nguyên đán" or "Nghỉ bù Quốc khánh".
type Holiday struct {
	Date time.Time
	Name string
}

// Holiday names as printed in the app.
const (
	nameNewYear      = "Tết Dương lịch"
	nameTet          = "Tết Nguyên đán"
	nameHungKings    = "Giỗ Tổ Hùng Vương"
	nameVictory      = "Ngày Chiến thắng"
	nameLabourDay    = "Ngày Quốc tế Lao động"
	nameNationalDay  = "Quốc khánh"
	nameCultureDay   = "Ngày Văn hóa Việt Nam"
	substitutePrefix = "Nghỉ bù "
)

// cultureDayFrom is the first year with Ngày Văn hóa Việt Nam as a day off
// (Resolution 28/2026/QH16 Art. 2, in force 1/7/2026) [M: read in secondary
// reports, not in DOMAIN.md; check against the official text].
const cultureDayFrom = 2026

// DefaultHolidays returns the paid days off of a year, sorted by date,
// with Saturday and Sunday as the weekly rest days; see Calendar for other
// weekends and for the Government's yearly choice of Tết and Quốc khánh days.
func DefaultHolidays(year int) []Holiday {
	return defaultHolidays(year, satSun, 1)
}

// defaultHolidays lists the days off of a year for a given weekend.
//
// Labour Code 2019 Art. 112(1): 1/1; 5 days of Tết Âm lịch; 10/3 lunar;
// 30/4; 1/5; 2/9 and one adjacent day. Art. 112(3) lets the Prime Minister
// pick the Tết days and the second Quốc khánh day each year; by default we
// take the last day of the old lunar year to mùng 4, and the day of September
// given as adjacent (1/9 or 3/9; anything else means 1/9).
// Art. 111(3): a holiday of Art. 112(1) on a weekly rest day is made up on
// the next working day (nghỉ bù). Ngày Văn hóa Việt Nam (24/11) comes from
// Resolution 28/2026/QH16, not Art. 112(1), so it gets no nghỉ bù.
func defaultHolidays(year int, weekend weekendMask, adjacent int) []Holiday {
	type entry struct {
		Holiday
		makeUp bool // made up on the next working day if on the weekend
	}
	var days []entry
	add := func(t time.Time, name string, makeUp bool) {
		for i := range days {
			if days[i].Date.Equal(t) { // two holidays on one day: one day off
				days[i].Name += ", " + name
				return
			}
		}
		days = append(days, entry{Holiday{t, name}, makeUp})
	}
	date := func(m time.Month, d int) time.Time {
		return time.Date(year, m, d, 0, 0, 0, 0, time.UTC)
	}

	add(date(time.January, 1), nameNewYear, true)
	tet := TetDate(year)
	for i := -1; i <= 3; i++ {
		add(tet.AddDate(0, 0, i), nameTet, true)
	}
	if gioTo, err := LunarToSolar(LunarDate{Day: 10, Month: 3, Year: year}); err == nil {
		add(gioTo, nameHungKings, true)
	}
	add(date(time.April, 30), nameVictory, true)
	add(date(time.May, 1), nameLabourDay, true)
	if adjacent != 3 {
		adjacent = 1
	}
	add(date(time.September, 2), nameNationalDay, true)
	add(date(time.September, adjacent), nameNationalDay, true)
	if year >= cultureDayFrom {
		add(date(time.November, 24), nameCultureDay, false)
	}
	slices.SortFunc(days, func(a, b entry) int { return a.Date.Compare(b.Date) })

	taken := make(map[int]bool, len(days))
	for _, d := range days {
		taken[d.Date.YearDay()] = true
	}
	out := make([]Holiday, 0, len(days)+4)
	for _, d := range days {
		out = append(out, d.Holiday)
	}
	if weekend.full() {
		return out // no working day exists to make a holiday up on
	}
	for _, d := range days {
		if !d.makeUp || !weekend.has(d.Date.Weekday()) {
			continue
		}
		sub := d.Date.AddDate(0, 0, 1)
		for weekend.has(sub.Weekday()) || taken[sub.YearDay()] {
			sub = sub.AddDate(0, 0, 1)
		}
		taken[sub.YearDay()] = true
		out = append(out, Holiday{sub, substitutePrefix + d.Name})
	}
	sortHolidays(out)
	return out
}

// sortHolidays orders holidays by date, keeping the order of equal dates.
func sortHolidays(h []Holiday) {
	slices.SortStableFunc(h, func(a, b Holiday) int { return a.Date.Compare(b.Date) })
}

// weekendMask is a set of weekdays, bit i for time.Weekday(i).
type weekendMask uint8

// satSun is the default weekend: most enterprises rest on Saturday and
// Sunday, so deadlines in working days skip both.
const satSun = weekendMask(1<<time.Saturday | 1<<time.Sunday)

// has reports whether d is in the set.
func (w weekendMask) has(d time.Weekday) bool { return w&(1<<d) != 0 }

// full reports whether all seven days are in the set.
func (w weekendMask) full() bool { return w == 1<<7-1 }

// maskOf builds the set of days; an empty list means Saturday and Sunday.
func maskOf(days []time.Weekday) weekendMask {
	if len(days) == 0 {
		return satSun
	}
	var w weekendMask
	for _, d := range days {
		if d >= time.Sunday && d <= time.Saturday {
			w |= 1 << d
		}
	}
	return w
}
