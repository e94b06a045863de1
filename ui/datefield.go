package ui

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data/vn"
)

// dateField is a dd/mm/yyyy entry with a Vietnamese calendar picker beside it.
// Fyne's own DateEntry prints English month names, so we draw our own calendar.
type dateField struct {
	entry     *formEntry
	button    *iconButton
	allowYear bool // a bare year is accepted (năm sinh)
	canvas    func() fyne.Canvas
	popup     *widget.PopUp
	object    fyne.CanvasObject
}

func newDateField(canvas func() fyne.Canvas, allowYear bool) *dateField {
	d := &dateField{entry: newFormEntry(), allowYear: allowYear, canvas: canvas}
	d.entry.SetPlaceHolder("dd/mm/yyyy")
	if allowYear {
		d.entry.SetPlaceHolder("dd/mm/yyyy hoặc yyyy")
	}
	d.button = newIconButton(theme.CalendarIcon(), d.showCalendar)
	d.object = container.NewBorder(nil, nil, nil, d.button, d.entry)
	return d
}

// value parses the entry: zero time for an empty field.
func (d *dateField) value() (t time.Time, yearOnly bool, err error) {
	if d.entry.Text == "" {
		return time.Time{}, false, nil
	}
	if d.allowYear {
		return vn.ParseDateOrYear(d.entry.Text)
	}
	t, err = vn.ParseDate(d.entry.Text)
	return t, false, err
}

func (d *dateField) set(t time.Time, yearOnly bool) {
	d.entry.SetText(vn.FormatDateOrYear(t, yearOnly))
}

func (d *dateField) showCalendar() {
	c := d.canvas()
	if c == nil {
		return
	}
	shown, _, err := d.value()
	if err != nil || shown.IsZero() {
		shown = time.Now()
	}
	cal := newMonthCalendar(shown, func(t time.Time) {
		d.set(t, false)
		if d.popup != nil {
			d.popup.Hide()
		}
	})
	d.popup = widget.NewPopUp(cal.object, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(d.entry)
	pos.Y += d.entry.Size().Height
	size := d.popup.MinSize()
	if pos.Y+size.Height > c.Size().Height { // open upwards near the bottom of the window
		pos.Y -= d.entry.Size().Height + size.Height
	}
	if pos.Y < 0 {
		pos.Y = 0
	}
	d.popup.ShowAtPosition(pos)
}

// monthCalendar shows one month with Vietnamese names, Monday first.
type monthCalendar struct {
	month   time.Time // first day of the shown month
	picked  func(time.Time)
	months  *widget.Select
	years   *widget.Select
	days    *fyne.Container
	object  fyne.CanvasObject
	updated bool
}

var monthNames = []string{"Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6",
	"Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"}

func newMonthCalendar(around time.Time, picked func(time.Time)) *monthCalendar {
	c := &monthCalendar{picked: picked}
	c.month = time.Date(around.Year(), around.Month(), 1, 0, 0, 0, 0, time.UTC)
	var years []string
	for y := time.Now().Year() + 1; y >= 1920; y-- {
		years = append(years, strconv.Itoa(y))
	}
	c.months = widget.NewSelect(monthNames, func(s string) {
		for i, n := range monthNames {
			if n == s && !c.updated {
				c.month = time.Date(c.month.Year(), time.Month(i+1), 1, 0, 0, 0, 0, time.UTC)
				c.fill()
			}
		}
	})
	c.years = widget.NewSelect(years, func(s string) {
		if y, err := strconv.Atoi(s); err == nil && !c.updated {
			c.month = time.Date(y, c.month.Month(), 1, 0, 0, 0, 0, time.UTC)
			c.fill()
		}
	})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { c.month = c.month.AddDate(0, -1, 0); c.fill() })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { c.month = c.month.AddDate(0, 1, 0); c.fill() })
	c.days = container.NewGridWithColumns(7)
	top := container.NewHBox(prev, c.months, c.years, next)
	c.object = container.NewVBox(top, c.days)
	c.fill()
	return c
}

func (c *monthCalendar) fill() {
	c.updated = true
	c.months.SetSelected(monthNames[c.month.Month()-1])
	c.years.SetSelected(strconv.Itoa(c.month.Year()))
	c.updated = false
	objs := make([]fyne.CanvasObject, 0, 49)
	for _, d := range []string{"T2", "T3", "T4", "T5", "T6", "T7", "CN"} {
		objs = append(objs, widget.NewLabelWithStyle(d, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	lead := (int(c.month.Weekday()) + 6) % 7 // Monday = 0
	for i := 0; i < lead; i++ {
		objs = append(objs, widget.NewLabel(""))
	}
	today := vn.Day(time.Now())
	for d := c.month; d.Month() == c.month.Month(); d = d.AddDate(0, 0, 1) {
		day := d
		b := widget.NewButton(strconv.Itoa(d.Day()), func() { c.picked(day) })
		b.Importance = widget.LowImportance
		if day.Equal(today) {
			b.Importance = widget.HighImportance
		}
		objs = append(objs, b)
	}
	c.days.Objects = objs
	c.days.Refresh()
}
