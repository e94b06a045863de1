package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// overviewScreen is Tổng quan: the union at a glance.
type overviewScreen struct {
	ui    *UI
	cards *fyne.Container
}

func newOverviewScreen(u *UI) *overviewScreen { return &overviewScreen{ui: u} }

func (s *overviewScreen) build() fyne.CanvasObject {
	s.cards = container.NewGridWithColumns(3)
	p := s.ui.profile
	info := widget.NewLabel("")
	info.Wrapping = fyne.TextWrapWord
	if p != nil {
		info.SetText(fmt.Sprintf("%s\nCấp trên: %s\nDoanh nghiệp: %s (%s)\nChủ tịch: %s · Nhiệm kỳ %s",
			p.Name, p.UpperName, p.EnterpriseName, p.EnterpriseType.Label(), p.ChairName, p.Term()))
	}
	s.ui.background(s.load)
	return container.NewVScroll(container.NewVBox(heading(lang.L("Tổng quan")), info, widget.NewSeparator(), s.cards))
}

func (s *overviewScreen) load() {
	rows, err := s.ui.svc.Members.MemberRows(s.ui.ctx)
	units, err2 := s.ui.svc.Units.Units(s.ui.ctx)
	fyne.Do(func() {
		if err == nil {
			err = err2
		}
		if err != nil {
			s.ui.showError(err)
			return
		}
		year := s.ui.svc.Now().Year()
		var current, female, joined, suspended, foreign int
		for i := range rows {
			r := &rows[i]
			if !r.Status.InUnion() {
				continue
			}
			current++
			if r.Sex == data.SexFemale {
				female++
			}
			if r.JoinDate.Year() == year {
				joined++
			}
			if r.Status == data.StatusSuspended {
				suspended++
			}
			if r.Foreign() {
				foreign++
			}
		}
		card := func(title string, n int, note string) fyne.CanvasObject {
			v := widget.NewLabelWithStyle(vn.FormatInt(int64(n)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
			v.SizeName = theme.SizeNameHeadingText
			return widget.NewCard("", title, container.NewVBox(v, widget.NewLabel(note)))
		}
		ratio := ""
		if p := s.ui.profile; p != nil && p.WorkersTotal > 0 {
			ratio = fmt.Sprintf("%s số lao động (%s người)", vn.Percent(int64(current), int64(p.WorkersTotal)), vn.FormatInt(int64(p.WorkersTotal)))
		}
		s.cards.Objects = []fyne.CanvasObject{
			card(lang.L("Đoàn viên hiện có"), current, ratio),
			card(lang.L("Đoàn viên nữ"), female, vn.Percent(int64(female), int64(current))+" tổng số đoàn viên"),
			card(fmt.Sprintf("Vào công đoàn năm %d", year), joined, "kết nạp và chuyển đến"),
			card(lang.L("Tạm dừng sinh hoạt"), suspended, ""),
			card(lang.L("Người nước ngoài"), foreign, "không được ứng cử vào BCH"),
			card(lang.L("Bộ phận / Tổ công đoàn"), len(units), ""),
		}
		s.cards.Refresh()
	})
}
