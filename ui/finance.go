package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
)

// The Tài chính section (issue 13, DOMAIN-MODULES §A): one sidebar entry whose
// tabs are the parts of a CĐCS's finance — đoàn phí, KPCĐ, thu – chi, sổ sách,
// dự toán – quyết toán, công khai – kiểm tra. Each part lives in its own file
// (ui/finance_<part>.go) and adds one line to financeTabs; nothing else here
// changes when a part is added.

// financeTab is one tab of the Tài chính section.
type financeTab struct {
	title string
	build func(u *UI) fyne.CanvasObject
}

// financeTabs lists the section's tabs in the order a kế toán works through a
// month: what comes in (đoàn phí, KPCĐ), the vouchers, the books, then the
// yearly estimates, settlements and their publication.
func financeTabs() []financeTab {
	return []financeTab{
		{duesTitle, duesTabView},
		{kpcdTitle, kpcdTab},
		{cashTitle, cashTab},
		{booksTitle, booksTab},
		{rulesTitle, rulesTab},
		{categoriesTitle, categoriesTab},
		{budgetPlanTitle, budgetPlanTab},
		{auditTitle, auditTab},
	}
}

// financeSection is the Tài chính section on screen.
type financeSection struct {
	ui   *UI
	tabs *container.AppTabs
}

func newFinanceSection(u *UI) *financeSection { return &financeSection{ui: u} }

// build shows the tabs, reopening the one the chair last looked at. Only that
// tab is built now; each other tab is built when first chosen, so that opening
// Tài chính reads one tab's data, not the year's vouchers, books and lists of
// every tab (issue 13: the screen opens in ≤ 200 ms at 100,000 members).
func (s *financeSection) build() fyne.CanvasObject {
	u := s.ui
	title := lang.L("Tài chính")
	parts := financeTabs()
	built := make([]bool, len(parts))
	s.tabs = container.NewAppTabs()
	for _, t := range parts {
		s.tabs.Append(container.NewTabItem(t.title, container.NewStack()))
	}
	show := func(i int) {
		if i < 0 || i >= len(parts) || built[i] {
			return
		}
		built[i] = true
		s.tabs.Items[i].Content.(*fyne.Container).Objects = []fyne.CanvasObject{parts[i].build(u)}
		s.tabs.Items[i].Content.Refresh()
	}
	i := u.rec.tabs[title]
	if i >= len(s.tabs.Items) {
		i = 0
	}
	show(i)
	s.tabs.SelectIndex(i)
	s.tabs.OnSelected = func(*container.TabItem) {
		u.rec.tabs[title] = s.tabs.SelectedIndex()
		show(s.tabs.SelectedIndex())
	}
	return s.tabs
}
