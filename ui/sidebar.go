package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// compactTheme is the chair's theme with half its padding, for the sidebar only:
// its twelve sections, Hướng dẫn and Giới thiệu then fit the height of a 1024×600
// netbook (less the title bar, the taskbar and the sample-data banner) without
// scrolling (issue 12 §3). The text keeps its size, so the sidebar reads as well at
// 1366×768. Colours, fonts and icons come from the theme in force at each call, so
// switching light/dark while running still reaches the sidebar.
type compactTheme struct{}

func (compactTheme) base() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t compactTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

func (t compactTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t compactTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t compactTheme) Size(n fyne.ThemeSizeName) float32 {
	s := t.base().Size(n)
	switch n {
	case theme.SizeNamePadding, theme.SizeNameInnerPadding:
		return s / 2
	}
	return s
}

// compactSidebar shows the sidebar in compactTheme.
func compactSidebar(sidebar fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(sidebar, compactTheme{})
}
