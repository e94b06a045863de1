package vn_test

import (
	"sync"
	"testing"
	"time"

	"socongdoan/data/vn"
)

func TestAddWorkingDays(t *testing.T) {
	ict := time.FixedZone("ICT", 7*3600)
	tests := []struct {
		name  string
		start time.Time
		n     int
		want  time.Time
	}{
		{"one working day after a Friday is the Monday", date(2026, 3, 6), 1, date(2026, 3, 9)},
		{"five working days after a Monday is the next Monday", date(2026, 3, 2), 5, date(2026, 3, 9)},
		// Fri 13/2 is 1; 14–15 weekend; 16–20 Tết; 21–22 weekend; 23, 24, 25, 26 are 2–5.
		{"five working days after 12/2/2026 land on 26/2, after the Tết break", date(2026, 2, 12), 5, date(2026, 2, 26)},
		{"one working day after mùng 1 Tết 2026 is Monday 23/2", date(2026, 2, 17), 1, date(2026, 2, 23)},
		// 1/9 (Tue) and 2/9 (Wed) are off.
		{"one working day after Monday 31/8/2026 is Thursday 3/9", date(2026, 8, 31), 1, date(2026, 9, 3)},
		{"three working days after Friday 28/8/2026 is Friday 4/9", date(2026, 8, 28), 3, date(2026, 9, 4)},
		// 30/4 (Thu) and 1/5 (Fri) are off, then the weekend.
		{"one working day after 29/4/2026 is Monday 4/5", date(2026, 4, 29), 1, date(2026, 5, 4)},
		// 27/4 makes up Giỗ Tổ on Sunday 26/4.
		{"three working days after Friday 24/4/2026 skip the Giỗ Tổ make-up day and 30/4–1/5", date(2026, 4, 24), 3, date(2026, 5, 4)},
		// 1/1/2028 is a Saturday, made up on Monday 3/1.
		{"one working day after 31/12/2027 is Tuesday 4/1/2028", date(2027, 12, 31), 1, date(2028, 1, 4)},
		{"one working day after 31/12/2025 is 2/1/2026", date(2025, 12, 31), 1, date(2026, 1, 2)},
		{"the day before 24/11/2026 counts on to 25/11", date(2026, 11, 23), 1, date(2026, 11, 25)},
		{"one working day before Monday 23/2/2026 is Friday 13/2", date(2026, 2, 23), -1, date(2026, 2, 13)},
		{"five working days before Monday 9/3/2026 is Monday 2/3", date(2026, 3, 9), -5, date(2026, 3, 2)},
		{"one working day before Thursday 3/9/2026 is Monday 31/8", date(2026, 9, 3), -1, date(2026, 8, 31)},
		{"zero working days after a holiday is that holiday", date(2026, 9, 2), 0, date(2026, 9, 2)},
		{"the clock and zone are ignored", time.Date(2026, 3, 6, 23, 30, 0, 0, ict), 1, date(2026, 3, 9)},
	}
	c := vn.NewCalendar()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.AddWorkingDays(tt.start, tt.n); !got.Equal(tt.want) {
				t.Errorf("AddWorkingDays(%s, %d) = %s, want %s", tt.start.Format(time.DateOnly), tt.n,
					got.Format("2006-01-02 Mon"), tt.want.Format("2006-01-02 Mon"))
			}
		})
	}
}

func TestWorkingDaysBetween(t *testing.T) {
	tests := []struct {
		name string
		a, b time.Time
		want int
	}{
		{"the same day is zero", date(2026, 3, 6), date(2026, 3, 6), 0},
		{"Friday to Monday is one, the start not counted", date(2026, 3, 6), date(2026, 3, 9), 1},
		{"across Tết 2026 from 12/2 to 26/2 is five", date(2026, 2, 12), date(2026, 2, 26), 5},
		{"across 30/4–1/5 from 29/4 to 4/5/2026 is one", date(2026, 4, 29), date(2026, 5, 4), 1},
		{"the whole of 2026 has 249 working days", date(2025, 12, 31), date(2026, 12, 31), 261 - 12},
		{"backwards is negative", date(2026, 2, 26), date(2026, 2, 12), -5},
	}
	c := vn.NewCalendar()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.WorkingDaysBetween(tt.a, tt.b); got != tt.want {
				t.Errorf("WorkingDaysBetween(%s, %s) = %d, want %d", tt.a.Format(time.DateOnly), tt.b.Format(time.DateOnly), got, tt.want)
			}
		})
	}
}

func TestAddWorkingDaysAgreesWithWorkingDaysBetween(t *testing.T) {
	c := vn.NewCalendar()
	for d := date(2025, 12, 1); d.Before(date(2029, 2, 1)); d = d.AddDate(0, 0, 3) {
		for _, n := range []int{-30, -10, -5, -3, -1, 1, 3, 5, 7, 10, 30} {
			got := c.AddWorkingDays(d, n)
			if !c.IsWorkingDay(got) {
				t.Fatalf("AddWorkingDays(%s, %d) = %s is not a working day", d.Format(time.DateOnly), n, got.Format(time.DateOnly))
			}
			// Forwards, (d, got] holds n working days; backwards, [got, d)
			// holds -n, which is (got-1, d-1] shifted by a day.
			from, to := d, got
			if n < 0 {
				from, to = d.AddDate(0, 0, -1), got.AddDate(0, 0, -1)
			}
			if back := c.WorkingDaysBetween(from, to); back != n {
				t.Fatalf("AddWorkingDays(%s, %d) = %s, but %d working days lie between", d.Format(time.DateOnly), n, got.Format(time.DateOnly), back)
			}
		}
	}
}

func TestCalendar(t *testing.T) {
	t.Run("IsHoliday names the holiday", func(t *testing.T) {
		h, ok := vn.NewCalendar().IsHoliday(time.Date(2026, 9, 2, 15, 0, 0, 0, time.UTC))
		if !ok || h.Name != "Quốc khánh" || !h.Date.Equal(date(2026, 9, 2)) {
			t.Errorf("IsHoliday(2/9/2026) = %+v, %v", h, ok)
		}
	})
	t.Run("a weekday that is no holiday is a working day", func(t *testing.T) {
		c := vn.NewCalendar()
		if _, ok := c.IsHoliday(date(2026, 3, 10)); ok || !c.IsWorkingDay(date(2026, 3, 10)) {
			t.Error("10/3/2026 should be an ordinary working day")
		}
	})
	t.Run("a zero Calendar rests on Saturday and Sunday", func(t *testing.T) {
		var c vn.Calendar
		if c.IsWorkingDay(date(2026, 3, 7)) || c.IsWorkingDay(date(2026, 3, 8)) || !c.IsWorkingDay(date(2026, 3, 9)) {
			t.Error("want Sat and Sun off, Mon on")
		}
	})
	t.Run("SetYear replaces the default days of that year only", func(t *testing.T) {
		c := vn.NewCalendar()
		// A notice that gives Tết 2027 from 4/2 to 10/2 and 3/9 for Quốc khánh.
		notice := []vn.Holiday{
			{date(2027, 9, 3), "Quốc khánh"},
			{date(2027, 1, 1), "Tết Dương lịch"},
			{time.Date(2027, 2, 4, 9, 0, 0, 0, time.UTC), "Tết Nguyên đán"},
			{date(2027, 2, 4), "trùng ngày"},
			{date(2026, 12, 31), "ngoài năm"},
		}
		c.SetYear(2027, notice)
		want := []vn.Holiday{
			{date(2027, 1, 1), "Tết Dương lịch"},
			{date(2027, 2, 4), "Tết Nguyên đán"},
			{date(2027, 9, 3), "Quốc khánh"},
		}
		assertHolidays(t, c.Holidays(2027), want)
		if c.IsWorkingDay(date(2027, 9, 3)) || !c.IsWorkingDay(date(2027, 9, 1)) {
			t.Error("3/9/2027 should be off and 1/9/2027 on")
		}
		assertHolidays(t, c.Holidays(2026), vn.DefaultHolidays(2026))
	})
	t.Run("SetYear with nil restores the default days", func(t *testing.T) {
		c := vn.NewCalendar()
		c.Holidays(2027) // cached before the override
		c.SetYear(2027, []vn.Holiday{})
		if len(c.Holidays(2027)) != 0 {
			t.Fatal("an empty list should leave 2027 without holidays")
		}
		c.SetYear(2027, nil)
		assertHolidays(t, c.Holidays(2027), vn.DefaultHolidays(2027))
	})
	t.Run("Holidays returns a copy", func(t *testing.T) {
		c := vn.NewCalendar()
		c.Holidays(2026)[0].Name = "sửa"
		if c.Holidays(2026)[0].Name != "Tết Dương lịch" {
			t.Error("caller changed the calendar")
		}
	})
	t.Run("a Sunday-only weekend works Saturdays and makes up only Sundays", func(t *testing.T) {
		c := &vn.Calendar{WeekendDays: []time.Weekday{time.Sunday}}
		if !c.IsWorkingDay(date(2026, 3, 7)) {
			t.Error("Saturday 7/3/2026 should be a working day")
		}
		if _, ok := c.IsHoliday(date(2028, 1, 3)); ok {
			t.Error("1/1/2028 is a Saturday, a working day here, so 3/1 is not made up")
		}
		if h, ok := c.IsHoliday(date(2028, 5, 2)); !ok || h.Name != "Nghỉ bù Ngày Chiến thắng" {
			t.Errorf("2/5/2028 = %q, %v; want the make-up of Sunday 30/4", h.Name, ok)
		}
		if got := c.AddWorkingDays(date(2026, 3, 6), 1); !got.Equal(date(2026, 3, 7)) {
			t.Errorf("one working day after Friday = %s, want Saturday", got.Format(time.DateOnly))
		}
	})
	t.Run("a weekend of every day panics rather than loop forever", func(t *testing.T) {
		c := &vn.Calendar{WeekendDays: []time.Weekday{0, 1, 2, 3, 4, 5, 6}}
		defer func() {
			if recover() == nil {
				t.Error("no panic")
			}
		}()
		c.AddWorkingDays(date(2026, 3, 6), 1)
	})
}

func TestCalendarConcurrentReads(t *testing.T) {
	c := vn.NewCalendar()
	c.SetYear(2030, vn.DefaultHolidays(2030))
	want := c.AddWorkingDays(date(2025, 1, 1), 1000)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := c.AddWorkingDays(date(2025, 1, 1), 1000); !got.Equal(want) {
				t.Errorf("got %s, want %s", got.Format(time.DateOnly), want.Format(time.DateOnly))
			}
		})
	}
	wg.Wait()
}

func BenchmarkAddWorkingDays(b *testing.B) {
	c := vn.NewCalendar()
	start := date(2026, 2, 12)
	for b.Loop() {
		c.AddWorkingDays(start, 30)
	}
}

func TestCalendarNationalDayAdjacent(t *testing.T) {
	t.Run("by default 1/9 is off with 2/9", func(t *testing.T) {
		c := vn.NewCalendar()
		if c.IsWorkingDay(date(2027, 9, 1)) || !c.IsWorkingDay(date(2027, 9, 3)) {
			t.Error("want 1/9/2027 off and 3/9/2027 a working day")
		}
	})
	t.Run("with 3 the day after 2/9 is off instead", func(t *testing.T) {
		c := vn.NewCalendar()
		c.NationalDayAdjacent = 3
		if !c.IsWorkingDay(date(2027, 9, 1)) || c.IsWorkingDay(date(2027, 9, 3)) {
			t.Error("want 1/9/2027 a working day and 3/9/2027 off")
		}
		// Tue 31/8/2027 + 1 working day: Wed 1/9 now works.
		if got := c.AddWorkingDays(date(2027, 8, 31), 1); !got.Equal(date(2027, 9, 1)) {
			t.Errorf("one working day after 31/8/2027 = %s, want 1/9", got.Format(time.DateOnly))
		}
	})
}
