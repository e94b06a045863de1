package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// Theme preference values, kept in the app's preferences.
const (
	prefTheme   = "theme"
	themeSystem = "Theo hệ thống"
	themeLight  = "Sáng"
	themeDark   = "Tối"
)

// variantTheme forces the light or the dark variant of the default theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// ApplyThemePreference sets the theme the chair chose (light, dark or the system's).
func ApplyThemePreference(a fyne.App) {
	switch a.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeLight:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

// settingsScreen is Cài đặt: the union profile, the rule values and the holidays,
// saved together by one "Lưu" (nothing on the screen is dropped silently), and
// the choices that apply at once (theme, units, backups).
type settingsScreen struct {
	ui      *UI
	form    *profileForm
	rules   *rulesSettings
	guard   *formGuard
	save    *widget.Button
	summary *widget.Label
	scroll  *container.Scroll
}

func newSettingsScreen(u *UI) *settingsScreen { return &settingsScreen{ui: u} }

func (s *settingsScreen) build() fyne.CanvasObject {
	s.form = newProfileForm(s.ui.profile)
	s.rules = newRulesSettings(s.ui)
	s.ui.rec.setScreen = s
	s.summary = widget.NewLabel("")
	s.summary.Wrapping = fyne.TextWrapWord
	s.summary.Hide()
	s.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { s.saveAll() })
	s.save.Importance = widget.HighImportance
	a := fyne.CurrentApp()
	themeSel := widget.NewRadioGroup([]string{themeSystem, themeLight, themeDark}, nil)
	themeSel.Horizontal = true
	// Required: a second click on the chosen theme must not untick it (a radio group
	// allows that by default), which silently fell back to the system's dark theme.
	themeSel.Required = true
	// Selected before the callback is set: opening Cài đặt must not apply the theme
	// again, which redraws the whole window (seconds, with the register behind it).
	themeSel.SetSelected(a.Preferences().StringWithFallback(prefTheme, themeSystem))
	themeSel.OnChanged = func(v string) {
		a.Preferences().SetString(prefTheme, v)
		ApplyThemePreference(a)
	}
	units := widget.NewButtonWithIcon(lang.L("Quản lý bộ phận / tổ công đoàn"), theme.ListIcon(), s.ui.showUnits)
	other := container.NewVBox(
		subheading(lang.L("Giao diện")), themeSel,
		subheading(lang.L("Dữ liệu")),
		s.ui.dataFileSection(),
		container.NewHBox(units),
		widget.NewLabel(lang.L("Phiên bản ")+s.ui.svc.Version),
	)
	hint := widget.NewLabel(lang.L("Nút \"Lưu\" lưu cả thông tin công đoàn, quy định tính hạn và ngày nghỉ của năm đang xem."))
	hint.TextStyle.Italic = true
	hint.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(container.NewBorder(nil, nil, heading(lang.L("Cài đặt")), s.save), hint, s.summary)
	// The guard compares the three parts the save writes; the theme and the rest apply at once.
	s.guard = s.ui.guardForm(s.saveAll, nil, s.form.object, s.rules.rulesBox, s.rules.holidayBox)
	holidays := s.guard.part(s.rules.holidayBox)
	s.rules.shown = holidays.reset // another year shown is what that year has, not an edit

	s.scroll = container.NewVScroll(container.NewVBox(
		// Sao lưu / Khôi phục first: what a chair looks for here (issue 12 §6).
		s.ui.backupSection(), widget.NewSeparator(), s.form.object, widget.NewSeparator(), s.rules.object, widget.NewSeparator(), other))
	return container.NewBorder(top, nil, nil, nil, s.scroll)
}

// saveAll checks every part of the screen and, when all are right, saves the ones
// changed: the profile, the rule values, the holidays of the year shown. It
// returns false, with the messages at their fields, when anything must be fixed
// first; then nothing is saved.
func (s *settingsScreen) saveAll() bool {
	u, r := s.ui, s.rules
	p, pps := s.form.collect()
	pps = append(pps, p.Validate()...)
	rs, rps := r.collect()
	if countErrors(rps) == 0 {
		rps = append(rps, s.keptMonthsProblems(rs)...)
	}
	days, hps := r.holidayValues()
	profileBad := s.form.showProblems(pps)
	r.showProblems(append(rps, hps...))
	if errs := countErrors(pps) + countErrors(rps) + countErrors(hps); errs > 0 || profileBad {
		s.tell(fmt.Sprintf("Chưa lưu: còn %d lỗi cần sửa (ghi màu đỏ dưới từng ô).", errs), widget.DangerImportance)
		return false
	}
	profile, rules, holidays := s.guard.parts[0], s.guard.parts[1], s.guard.parts[2]
	if profile.dirty() {
		saved, ok := s.form.save(u)
		if !ok {
			s.tell(lang.L("Chưa lưu: xem lỗi ghi màu đỏ dưới từng ô."), widget.DangerImportance)
			return false
		}
		u.profile = saved
		u.updateTitle()
		profile.reset()
	}
	if rules.dirty() {
		if err := data.SaveRuleSettings(u.ctx, u.svc.Store, rs); err != nil {
			r.saveError(err, rps)
			s.tell(lang.L("Đã lưu thông tin công đoàn; quy định chưa lưu được."), widget.DangerImportance)
			return false
		}
		r.rs = rs
		rules.reset()
		if !holidays.dirty() {
			r.showYear(r.shownYear) // the weekend decides the make-up days
		}
	}
	if holidays.dirty() {
		if err := data.SaveYearHolidays(u.ctx, u.svc.Store, r.shownYear, days); err != nil {
			r.saveError(err, hps)
			s.tell(lang.L("Ngày nghỉ chưa lưu được; các phần khác đã lưu."), widget.DangerImportance)
			return false
		}
		r.showYear(r.shownYear)
	}
	s.tell(lang.L("Đã lưu cài đặt."), widget.SuccessImportance)
	return true
}

// tell shows the outcome of a save under the screen's title.
func (s *settingsScreen) tell(text string, imp widget.Importance) {
	s.summary.Importance = imp
	s.summary.SetText(text)
	s.summary.Show()
}

// countErrors counts the problems that block a save.
func countErrors(ps data.Problems) int {
	n := 0
	for _, p := range ps {
		if !p.Warning {
			n++
		}
	}
	return n
}

// keptMonthsProblems refuses a mức lương cơ sở table that changes the cap of a
// month whose đoàn phí is already kept (data.CheckBaseSalaryChange).
func (s *settingsScreen) keptMonthsProblems(rs data.RuleSettings) data.Problems {
	u := s.ui
	dues, ok := duesStore(u)
	if !ok {
		return nil
	}
	ps, err := data.CheckBaseSalaryChange(u.ctx, dues, s.rules.rs.Finance.BaseSalaries, rs.Finance.BaseSalaries, u.svc.Now())
	if err != nil {
		return data.Problems{{Field: data.FieldSetBaseSalaries, Message: err.Error()}}
	}
	return ps
}
