package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// trainingSettings is the part of Cài đặt with the cadre-training values that
// DOMAIN-MODULES §B and §F leave to the upper level or mark [L]: the training
// window of newly elected officers, the ATVSLĐ certificate's validity and
// notice, the month the needs go up, the topic catalogue, and the offices that
// need no an toàn, vệ sinh viên. Each shows its default; Cài đặt's one "Lưu"
// saves it with the other rule values (rulesSettings.collect).
type trainingSettings struct {
	form                                       *recordForm
	window, certMonths, certNotice, needsMonth *formEntry
	topics, exempt                             *formEntry
	units                                      []data.Unit // the register's, to name a typed office not in it
	object                                     fyne.CanvasObject
}

func newTrainingSettings(u *UI, f *recordForm, t data.TrainingSettings) *trainingSettings {
	s := &trainingSettings{form: f}
	s.units, _ = u.svc.Store.Units(u.ctx) // only for a warning; none read is no warning
	num := func(n int) *formEntry { e := newFormEntry(); e.SetText(strconv.Itoa(n)); return e }
	s.window, s.certMonths, s.certNotice, s.needsMonth = num(t.WindowMonths), num(t.CertMonths), num(t.CertNoticeDays), num(t.NeedsMonth)
	s.topics = multiLine(5)
	s.topics.SetText(strings.Join(t.Topics, "\n"))
	s.exempt = multiLine(3)
	s.exempt.SetText(strings.Join(t.ATVSVExempt, "\n"))
	s.exempt.SetPlaceHolder(lang.L("Mỗi dòng một bộ phận, ví dụ: Phòng Kế toán"))
	def := data.DefaultTrainingSettings()
	italic := func(text string) *widget.Label {
		l := widget.NewLabel(text)
		l.TextStyle.Italic = true
		l.Wrapping = fyne.TextWrapWord
		return l
	}
	withDefault := func(e *formEntry, shown string) fyne.CanvasObject {
		hint := widget.NewLabel(lang.L("mặc định:") + " " + shown)
		hint.TextStyle.Italic = true
		return container.NewHBox(container.NewGridWrap(fyne.NewSize(110, e.MinSize().Height), e), hint)
	}
	defaultTopics := widget.NewButtonWithIcon(lang.L("Dùng danh mục mặc định"), theme.ViewRefreshIcon(), func() {
		s.topics.SetText(strings.Join(data.DefaultTrainingTopics(), "\n"))
	})
	topicsHint := italic(lang.L("Mỗi dòng một chủ đề; danh sách chọn trong biểu mẫu lớp đào tạo."))
	exemptHint := italic(lang.L("Luật ATVSLĐ Điều 74: mỗi tổ sản xuất có ít nhất một an toàn, vệ sinh viên. Bộ phận ghi ở đây (văn phòng) không được nhắc trong Việc cần làm. Mặc định: không có."))
	s.object = formSection(lang.L("Đào tạo cán bộ, an toàn vệ sinh viên"),
		f.row(data.FieldSetTrainingWindow, lang.L("Bồi dưỡng cán bộ mới bầu trong (tháng)"), withDefault(s.window, strconv.Itoa(def.WindowMonths)+" "+lang.L("tháng"))),
		f.row(data.FieldSetCertMonths, lang.L("Giấy chứng nhận ATVSLĐ có giá trị (tháng)"), withDefault(s.certMonths, strconv.Itoa(def.CertMonths)+" "+lang.L("tháng"))),
		f.row(data.FieldSetCertNotice, lang.L("Nhắc huấn luyện lại trước khi hết hạn (ngày)"), withDefault(s.certNotice, strconv.Itoa(def.CertNoticeDays)+" "+lang.L("ngày"))),
		f.row(data.FieldSetNeedsMonth, lang.L("Gửi đăng ký nhu cầu đào tạo chậm nhất tháng"), withDefault(s.needsMonth, lang.L("tháng")+" "+strconv.Itoa(def.NeedsMonth))),
		f.row(data.FieldSetTopics, lang.L("Danh mục chủ đề đào tạo"), container.NewVBox(s.topics, container.NewBorder(nil, nil, nil, defaultTopics, topicsHint))),
		f.row(data.FieldSetATVSVExempt, lang.L("Bộ phận không cần an toàn, vệ sinh viên"), container.NewVBox(s.exempt, exemptHint)),
	)
	return s
}

// collect reads the values into r; a value that is not a number is named at
// its field, and the ranges are checked with the other rules (RuleSettings.Validate).
// An office typed that is not a unit of the register is a warning: the chair
// may be about to add it.
func (s *trainingSettings) collect(r *data.RuleSettings, ps *data.Problems) {
	t := &r.Training
	t.WindowMonths = readNum(s.window, data.FieldSetTrainingWindow, ps)
	t.CertMonths = readNum(s.certMonths, data.FieldSetCertMonths, ps)
	t.CertNoticeDays = readNum(s.certNotice, data.FieldSetCertNotice, ps)
	t.NeedsMonth = readNum(s.needsMonth, data.FieldSetNeedsMonth, ps)
	t.Topics = data.ParseTopics(s.topics.Text)
	t.ATVSVExempt = data.ParseTopics(s.exempt.Text)
	if len(s.units) == 0 {
		return
	}
	for _, name := range t.ATVSVExempt {
		known := false
		for _, u := range s.units {
			known = known || vn.Fold(u.Name) == vn.Fold(name)
		}
		if !known {
			*ps = append(*ps, data.Problem{Field: data.FieldSetATVSVExempt, Warning: true,
				Message: "Chưa có bộ phận \"" + name + "\" trong danh sách bộ phận / tổ công đoàn"})
		}
	}
}
