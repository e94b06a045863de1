package vn

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// The Vietnamese lunar calendar (Âm lịch) is computed, not looked up, with
// Hồ Ngọc Đức's algorithm: new moons and the sun's longitude from Meeus-style
// formulas, evaluated for the meridian of UTC+7. Month 11 is the month that
// holds the winter solstice; a lunar year with 13 months between two such
// months gets a leap month, the first month without a major solar term.
// Vietnam has used UTC+7 for its calendar since 1968, which is why some
// years differ from the Chinese calendar (UTC+8), e.g. Tết 1985 and 2007.
// Dates before 1968 may therefore differ from almanacs of the time.

// lunarTimeZone is the offset in hours of the meridian the calendar uses.
const lunarTimeZone = 7.0

// synodicMonth is the mean length of a lunar month in days.
const synodicMonth = 29.530588853

// newMoonEpoch is the Julian day of the new moon numbered 0 (January 1900).
const newMoonEpoch = 2415021.076998695

// ErrInvalidLunarDate reports a lunar date that does not exist, such as day
// 30 of a 29-day month or a leap month in a year without that leap month.
var ErrInvalidLunarDate = errors.New("vn: ngày âm lịch không tồn tại")

// LunarDate is a date of the Vietnamese lunar calendar; Leap marks the
// repeated (nhuận) month of a 13-month year.
type LunarDate struct {
	Day, Month, Year int
	Leap             bool
}

// SolarToLunar converts the calendar date of t (its year, month and day in
// t's own location; the clock is ignored) to the Vietnamese lunar date.
func SolarToLunar(t time.Time) LunarDate {
	y, m, d := t.Date()
	day := julianDayNumber(y, m, d)

	// Start from the first mean new moon after the day; a true new moon can
	// be half a day or more off the mean one, so step back until we reach
	// the new moon on or before the day.
	k := int(math.Floor((float64(day)-newMoonEpoch)/synodicMonth)) + 1
	monthStart := newMoonDay(k)
	for monthStart > day {
		k--
		monthStart = newMoonDay(k)
	}

	// a11 and b11 are the starts of the months 11 that enclose the date.
	a11 := lunarMonth11(y)
	b11 := a11
	lunarYear := y
	if a11 >= monthStart {
		a11 = lunarMonth11(y - 1)
	} else {
		lunarYear = y + 1
		b11 = lunarMonth11(y + 1)
	}

	diff := (monthStart - a11) / 29 // whole months since month 11
	month := diff + 11
	leap := false
	if b11-a11 > 365 { // 13 months between the two months 11
		leapDiff := leapMonthOffset(a11)
		if diff >= leapDiff {
			month = diff + 10
			leap = diff == leapDiff
		}
	}
	if month > 12 {
		month -= 12
	}
	if month >= 11 && diff < 4 {
		lunarYear--
	}
	return LunarDate{Day: day - monthStart + 1, Month: month, Year: lunarYear, Leap: leap}
}

// LunarToSolar returns the solar date, at UTC midnight, of a Vietnamese
// lunar date; it fails with ErrInvalidLunarDate if the date does not exist.
func LunarToSolar(d LunarDate) (time.Time, error) {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 30 {
		return time.Time{}, invalidLunarDate(d)
	}
	var a11, b11 int
	if d.Month < 11 {
		a11 = lunarMonth11(d.Year - 1)
		b11 = lunarMonth11(d.Year)
	} else {
		a11 = lunarMonth11(d.Year)
		b11 = lunarMonth11(d.Year + 1)
	}
	k := int(math.Floor(0.5 + (float64(a11)-newMoonEpoch)/synodicMonth))

	off := d.Month - 11 // months after month 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapMonthOffset(a11)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if d.Leap && d.Month != leapMonth {
			return time.Time{}, invalidLunarDate(d)
		}
		if d.Leap || off >= leapOff {
			off++
		}
	} else if d.Leap {
		return time.Time{}, invalidLunarDate(d)
	}

	start := newMoonDay(k + off)
	if d.Day > newMoonDay(k+off+1)-start {
		return time.Time{}, invalidLunarDate(d)
	}
	return fromJulianDayNumber(start + d.Day - 1), nil
}

// TetDate returns Tết Nguyên đán, day 1 of month 1 of the lunar year that
// begins in the given solar year, at UTC midnight.
func TetDate(year int) time.Time {
	t, err := LunarToSolar(LunarDate{Day: 1, Month: 1, Year: year})
	if err != nil { // day 1 of a regular month always exists
		panic(err)
	}
	return t
}

func invalidLunarDate(d LunarDate) error {
	leap := ""
	if d.Leap {
		leap = " nhuận"
	}
	return fmt.Errorf("%w: %d/%d%s/%d", ErrInvalidLunarDate, d.Day, d.Month, leap, d.Year)
}

// unixEpochJDN is the Julian day number of 1970-01-01.
const unixEpochJDN = 2440588

// julianDayNumber returns the Julian day number of a Gregorian date.
func julianDayNumber(y int, m time.Month, d int) int {
	return int(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400) + unixEpochJDN
}

// fromJulianDayNumber returns UTC midnight of a Julian day number.
func fromJulianDayNumber(jdn int) time.Time {
	return time.Unix(int64(jdn-unixEpochJDN)*86400, 0).UTC()
}

// newMoonDay returns the Julian day number, in UTC+7, of the k-th new moon
// after January 1900 (Meeus, Astronomical Algorithms, ch. 49, abridged).
func newMoonDay(k int) int {
	const dr = math.Pi / 180
	kf := float64(k)
	T := kf / 1236.85
	T2 := T * T
	T3 := T2 * T
	jd1 := 2415020.75933 + 29.53058868*kf + 0.0001178*T2 - 0.000000155*T3
	jd1 += 0.00033 * math.Sin((166.56+132.87*T-0.009173*T2)*dr)
	M := 359.2242 + 29.10535608*kf - 0.0000333*T2 - 0.00000347*T3    // sun's mean anomaly
	Mpr := 306.0253 + 385.81691806*kf + 0.0107306*T2 + 0.00001236*T3 // moon's mean anomaly
	F := 21.2964 + 390.67050646*kf - 0.0016528*T2 - 0.00000239*T3    // moon's argument of latitude
	C1 := (0.1734-0.000393*T)*math.Sin(M*dr) + 0.0021*math.Sin(2*dr*M)
	C1 = C1 - 0.4068*math.Sin(Mpr*dr) + 0.0161*math.Sin(dr*2*Mpr)
	C1 = C1 - 0.0004*math.Sin(dr*3*Mpr)
	C1 = C1 + 0.0104*math.Sin(dr*2*F) - 0.0051*math.Sin(dr*(M+Mpr))
	C1 = C1 - 0.0074*math.Sin(dr*(M-Mpr)) + 0.0004*math.Sin(dr*(2*F+M))
	C1 = C1 - 0.0004*math.Sin(dr*(2*F-M)) - 0.0006*math.Sin(dr*(2*F+Mpr))
	C1 = C1 + 0.0010*math.Sin(dr*(2*F-Mpr)) + 0.0005*math.Sin(dr*(2*Mpr+M))
	var deltaT float64 // ΔT = TT − UT, in days
	if T < -11 {
		deltaT = 0.001 + 0.000839*T + 0.0002261*T2 - 0.00000845*T3 - 0.000000081*T*T3
	} else {
		deltaT = -0.000278 + 0.000265*T + 0.000262*T2
	}
	jdNew := jd1 + C1 - deltaT
	return int(math.Floor(jdNew + 0.5 + lunarTimeZone/24))
}

// sunSector returns which 30° sector (0–11, 0 = spring equinox) the sun's
// apparent longitude is in at the start of a day in UTC+7; a change of
// sector is a major solar term (trung khí).
func sunSector(jdn int) int {
	const dr = math.Pi / 180
	T := (float64(jdn) - 0.5 - lunarTimeZone/24 - 2451545.0) / 36525
	T2 := T * T
	M := 357.52910 + 35999.05030*T - 0.0001559*T2 - 0.00000048*T*T2 // mean anomaly
	L0 := 280.46645 + 36000.76983*T + 0.0003032*T2                  // mean longitude
	DL := (1.914600-0.004817*T-0.000014*T2)*math.Sin(dr*M) +
		(0.019993-0.000101*T)*math.Sin(dr*2*M) + 0.000290*math.Sin(dr*3*M)
	L := (L0 + DL) * dr
	L -= 2 * math.Pi * math.Floor(L/(2*math.Pi))
	return int(math.Floor(L / math.Pi * 6))
}

// lunarMonth11 returns the first day of the lunar month that contains the
// winter solstice of solar year y.
func lunarMonth11(y int) int {
	off := julianDayNumber(y, time.December, 31) - 2415021
	k := int(math.Floor(float64(off) / synodicMonth))
	nm := newMoonDay(k)
	if sunSector(nm) >= 9 { // this month starts after the solstice
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapMonthOffset returns the position, counted in months after the month
// 11 starting on a11, of the leap month of a 13-month lunar year: the first
// month in which the sun enters no new sector.
func leapMonthOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-newMoonEpoch)/synodicMonth + 0.5))
	i := 1
	arc := sunSector(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = sunSector(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}
