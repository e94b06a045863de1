package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

type settingsScreen struct {
	ui   *UI
	form *profileForm
}

func newSettingsScreen(u *UI) *settingsScreen { return &settingsScreen{ui: u} }

func (s *settingsScreen) build() fyne.CanvasObject {
	s.form = newProfileForm(s.ui.profile)
	save := widget.NewButtonWithIcon(lang.L("Lưu thông tin"), theme.DocumentSaveIcon(), func() {
		if p, ok := s.form.save(s.ui); ok {
			s.ui.profile = p
			s.ui.updateTitle()
			dialog.ShowInformation(lang.L("Đã lưu"), lang.L("Đã lưu thông tin công đoàn."), s.ui.win)
		}
	})
	save.Importance = widget.HighImportance
	a := fyne.CurrentApp()
	themeSel := widget.NewRadioGroup([]string{themeSystem, themeLight, themeDark}, func(v string) {
		a.Preferences().SetString(prefTheme, v)
		ApplyThemePreference(a)
	})
	themeSel.Horizontal = true
	themeSel.SetSelected(a.Preferences().StringWithFallback(prefTheme, themeSystem))
	units := widget.NewButtonWithIcon(lang.L("Quản lý bộ phận / tổ công đoàn"), theme.ListIcon(), s.ui.showUnits)
	dbPath := widget.NewLabel(s.ui.svc.DBPath)
	dbPath.Wrapping = fyne.TextWrapBreak
	other := container.NewVBox(
		subheading(lang.L("Giao diện")), themeSel,
		subheading(lang.L("Dữ liệu")),
		widget.NewLabel(lang.L("Tệp dữ liệu (chỉ người dùng này đọc được):")), dbPath,
		container.NewHBox(units),
		s.ui.backupSection(),
		widget.NewLabel(lang.L("Phiên bản ")+s.ui.svc.Version),
	)
	top := container.NewBorder(nil, nil, heading(lang.L("Cài đặt")), save)
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewVBox(s.form.object, widget.NewSeparator(), s.ui.rulesSettings(), widget.NewSeparator(), other)))
}
