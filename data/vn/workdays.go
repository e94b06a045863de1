package vn

import (
	"sync"
	"time"
)

// DOMAIN §C: many union deadlines are counted in working days (e.g.
// Decree 145/2020 Art. 39: agenda ≥ 5 working days before a dialogue;
// Labour Code 2019 Art. 70: bargaining time and place within 7 working
// days), so they skip weekly rest days and public holidays. All functions here look only at a
// time's year, month and day in its own location and return UTC midnight.

// Calendar is a working-day calendar: weekly rest days plus the public
// holidays of each year. Set WeekendDays and NationalDayAdjacent and call
// SetYear before sharing it; after that it is safe for concurrent use.
type Calendar struct {
	// WeekendDays are the weekly rest days (Labour Code 2019 Art. 111);
	// empty means Saturday and Sunday. They must leave at least one working
	// day for AddWorkingDays to end.
	WeekendDays []time.Weekday
	// NationalDayAdjacent is the day of September taken off with 2/9 in a
	// year whose holidays the chair has not set: 1 (the default; also for 0)
	// or 3. Labour Code 2019 Art. 112(1) gives "2/9 and one adjacent day"
	// and lets the Prime Minister choose it each year.
	NationalDayAdjacent int

	mu        sync.RWMutex
	overrides map[int]yearHolidays     // set by SetYear, whatever the weekend
	computed  map[yearKey]yearHolidays // default rules, cached
}

// yearKey identifies a cached default year; the weekend decides which
// holidays are made up (nghỉ bù), and the adjacent day which September day is off.
type yearKey struct {
	year     int
	weekend  weekendMask
	adjacent int
}

// yearHolidays is one year's holidays, sorted, and indexed by day of year.
type yearHolidays struct {
	list  []Holiday
	byDay map[int]int // YearDay → index in list
}

// NewCalendar returns a calendar with Saturday and Sunday as weekly rest
// days and the default holidays of every year.
func NewCalendar() *Calendar {
	return &Calendar{WeekendDays: []time.Weekday{time.Saturday, time.Sunday}}
}

// SetYear replaces the holidays of a year by a list the chair adjusted to
// the Government's notice (Labour Code 2019 Art. 112(3): the Prime Minister
// fixes the Tết days and the second Quốc khánh day each year). Days outside
// the year are ignored; of two entries on one day the first is kept. A nil
// list restores the default rules.
func (c *Calendar) SetYear(year int, days []Holiday) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if days == nil {
		delete(c.overrides, year)
		return
	}
	list := make([]Holiday, 0, len(days))
	for _, h := range days {
		h.Date = Day(h.Date)
		if h.Date.Year() == year {
			list = append(list, h)
		}
	}
	sortHolidays(list)
	if c.overrides == nil {
		c.overrides = make(map[int]yearHolidays)
	}
	c.overrides[year] = indexHolidays(list)
}

// Holidays returns a copy of the holidays of a year, sorted by date.
func (c *Calendar) Holidays(year int) []Holiday {
	list := c.year(year).list
	return append(make([]Holiday, 0, len(list)), list...)
}

// IsHoliday reports whether the day of t is a holiday, and which.
func (c *Calendar) IsHoliday(t time.Time) (Holiday, bool) {
	d := Day(t)
	yh := c.year(d.Year())
	i, ok := yh.byDay[d.YearDay()]
	if !ok {
		return Holiday{}, false
	}
	return yh.list[i], true
}

// IsWorkingDay reports whether the day of t is neither a weekly rest day
// nor a holiday.
func (c *Calendar) IsWorkingDay(t time.Time) bool {
	if maskOf(c.WeekendDays).has(t.Weekday()) {
		return false
	}
	_, holiday := c.IsHoliday(t)
	return !holiday
}

// AddWorkingDays returns the day n working days after t, t itself not
// counted (the usual way a "within n working days" deadline runs); n < 0
// counts backwards, n == 0 returns the day of t.
func (c *Calendar) AddWorkingDays(t time.Time, n int) time.Time {
	d := Day(t)
	if n != 0 && maskOf(c.WeekendDays).full() {
		panic("vn: Calendar.WeekendDays leaves no working day")
	}
	step := 1
	if n < 0 {
		step = -1
	}
	for n != 0 {
		d = d.AddDate(0, 0, step)
		if c.IsWorkingDay(d) {
			n -= step
		}
	}
	return d
}

// WorkingDaysBetween counts the working days in (a, b]; if b is before a
// it returns minus the count in (b, a].
func (c *Calendar) WorkingDaysBetween(a, b time.Time) int {
	from, to := Day(a), Day(b)
	sign := 1
	if to.Before(from) {
		from, to, sign = to, from, -1
	}
	n := 0
	for d := from.AddDate(0, 0, 1); !d.After(to); d = d.AddDate(0, 0, 1) {
		if c.IsWorkingDay(d) {
			n++
		}
	}
	return sign * n
}

// year returns the holidays of a year: the chair's list if set, else the
// default rules for the current weekend, computed once.
func (c *Calendar) year(year int) yearHolidays {
	key := yearKey{year, maskOf(c.WeekendDays), c.NationalDayAdjacent}
	c.mu.RLock()
	yh, ok := c.overrides[year]
	if !ok {
		yh, ok = c.computed[key]
	}
	c.mu.RUnlock()
	if ok {
		return yh
	}

	yh = indexHolidays(defaultHolidays(year, key.weekend, key.adjacent))
	c.mu.Lock()
	defer c.mu.Unlock()
	if o, ok := c.overrides[year]; ok { // SetYear ran meanwhile
		return o
	}
	if c.computed == nil {
		c.computed = make(map[yearKey]yearHolidays)
	}
	c.computed[key] = yh
	return yh
}

// indexHolidays indexes a sorted list by day of year, keeping the first
// entry of each day and dropping later duplicates.
func indexHolidays(list []Holiday) yearHolidays {
	yh := yearHolidays{byDay: make(map[int]int, len(list))}
	for _, h := range list {
		if _, dup := yh.byDay[h.Date.YearDay()]; dup {
			continue
		}
		yh.byDay[h.Date.YearDay()] = len(yh.list)
		yh.list = append(yh.list, h)
	}
	return yh
}
