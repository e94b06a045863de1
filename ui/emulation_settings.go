package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// ratingSettings edits the rating thresholds (DOMAIN-MODULES §D: settings, the
// pre-2019 85/70/50 with no group below 50% as an unverified sample) and the
// other values of the section marked [L]: the nữ công threshold, the reminder
// lead, the Tết pay-plan days and the tất niên amount.
type ratingSettings struct {
	ui                            *UI
	rs                            data.RuleSettings
	excellent, good, done, share  *formEntry
	women, lead, tetDays, tatNien *formEntry
	tetReport                     *formEntry
	message                       *widget.Label
	dlg                           dialog.Dialog
}

func newRatingSettings(u *UI) *ratingSettings {
	rs, _ := u.rules()
	s := &ratingSettings{ui: u, rs: rs}
	e := rs.Emulation
	num := func(n int) *formEntry { f := newFormEntry(); f.SetText(strconv.Itoa(n)); return f }
	s.excellent, s.good, s.done = num(e.ExcellentPoints), num(e.GoodPoints), num(e.DonePoints)
	s.share = newFormEntry()
	s.share.SetText(e.GroupShare.String())
	s.women, s.lead, s.tetDays, s.tatNien = num(e.WomenCommitteeFrom), num(e.OccasionLeadDays), num(e.TetPayPlanDays), num(e.TatNienPerPerson)
	s.tetReport = num(e.TetReportDays)
	s.message = widget.NewLabel("")
	s.message.Wrapping = fyne.TextWrapWord
	s.message.Importance = widget.DangerImportance
	return s
}

// preset fills the pre-2019 sample thresholds.
func (s *ratingSettings) preset() {
	e, g, d, share := data.PreEmulation2019()
	s.excellent.SetText(strconv.Itoa(e))
	s.good.SetText(strconv.Itoa(g))
	s.done.SetText(strconv.Itoa(d))
	s.share.SetText(share.String())
}

// save validates and stores the values; a bad one is named and nothing is saved.
func (s *ratingSettings) save() bool {
	var ps data.Problems
	rs := s.rs
	e := &rs.Emulation
	e.ExcellentPoints = readNum(s.excellent, data.FieldSetEmuRating, &ps)
	e.GoodPoints = readNum(s.good, data.FieldSetEmuRating, &ps)
	e.DonePoints = readNum(s.done, data.FieldSetEmuRating, &ps)
	share, err := data.ParseFraction(s.share.Text)
	if err != nil {
		ps = append(ps, data.Problem{Field: data.FieldSetEmuRating, Message: "Tỷ lệ điểm tối thiểu mỗi nhóm phải dạng 50% hoặc 1/2"})
	}
	e.GroupShare = share
	e.WomenCommitteeFrom = readNum(s.women, data.FieldSetWomenFrom, &ps)
	e.OccasionLeadDays = readNum(s.lead, data.FieldSetOccasionLead, &ps)
	e.TetPayPlanDays = readNum(s.tetDays, data.FieldSetTetPayDays, &ps)
	e.TatNienPerPerson = readNum(s.tatNien, data.FieldSetTatNien, &ps)
	e.TetReportDays = readNum(s.tetReport, data.FieldSetTetReport, &ps)
	if ps.Err() == nil {
		err = data.SaveRuleSettings(s.ui.ctx, s.ui.svc.Store, rs)
	} else {
		err = ps.Err()
	}
	if err != nil {
		s.message.SetText(data.ErrorMessage(err))
		s.message.Show()
		return false
	}
	return true
}

func (s *ratingSettings) content() fyne.CanvasObject {
	note := widget.NewLabel(lang.L("Hướng dẫn 1294/HD-TLĐ (2019) không nêu ngưỡng điểm; mẫu 85 / 70 / 50 điểm, không nhóm nào dưới 50% là cách chấm trước năm 2019, CHƯA KIỂM CHỨNG với quy định hiện hành. Hãy đặt theo hướng dẫn chấm điểm của công đoàn cấp trên."))
	note.Wrapping = fyne.TextWrapWord
	note.TextStyle.Italic = true
	presetBtn := widget.NewButton(lang.L("Dùng mẫu trước 2019 (chưa kiểm chứng)"), s.preset)
	form := container.New(layout.NewFormLayout(),
		widget.NewLabel(lang.L("Hoàn thành xuất sắc từ (điểm)")), s.excellent,
		widget.NewLabel(lang.L("Hoàn thành tốt từ (điểm)")), s.good,
		widget.NewLabel(lang.L("Hoàn thành nhiệm vụ từ (điểm)")), s.done,
		widget.NewLabel(lang.L("Mỗi nhóm tối thiểu (xuất sắc)")), s.share,
		widget.NewLabel(lang.L("Thành lập Ban nữ công từ (số nữ)")), s.women,
		widget.NewLabel(lang.L("Nhắc trước ngày lễ (ngày)")), s.lead,
		widget.NewLabel(lang.L("Công bố lương thưởng Tết trước (ngày)")), s.tetDays,
		widget.NewLabel(lang.L("Tất niên mỗi người (đồng)")), s.tatNien,
		widget.NewLabel(lang.L("Báo cáo chăm lo Tết sau Tết (ngày)")), s.tetReport)
	s.message.Hide()
	return container.NewVBox(note, container.NewHBox(presetBtn), form, s.message)
}

// show opens the values in a dialog; "Lưu" keeps it open while a value is refused.
func (s *ratingSettings) show() {
	var d *dialog.CustomDialog
	save := widget.NewButton(lang.L("Lưu"), func() {
		if s.save() {
			d.Hide()
			s.ui.setBody(s.ui.sections[s.ui.current].build())
		}
	})
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("Hủy"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(lang.L("Ngưỡng xếp loại và các mức của mục Thi đua – Nữ công"), s.content(), s.ui.win)
	d.SetButtons([]fyne.CanvasObject{cancel, save})
	d.Resize(fyne.NewSize(560, 520))
	s.dlg = d
	d.Show()
}
