// Package ui holds the Fyne screens of Sổ Công đoàn. Each screen is a small struct of
// widgets plus the services it needs, with a build method returning its content.
// Slow work runs in goroutines and touches widgets only through fyne.Do.
package ui

import (
	"context"
	"log"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/assets"
	"socongdoan/data"
)

// Store is everything the screens need of the data, through data's interfaces
// (never SQL). data/sqlite's Store is one: the app and the tests (a store in
// t.TempDir()) pass it whole, so no screen has a service that may be missing.
type Store interface {
	data.MemberService
	data.UnitService
	data.ProfileService
	data.RecordsService // the registry's kinds, Thùng rác and history of every record
	data.SettingsService
	data.DocumentService // the sổ văn bản đi and the texts of reports (Báo cáo)
	data.ImportService   // members in and out of Excel (importer.go)
	data.BackupService   // copies, checks and restores (backup.go)
}

// Services are what the screens talk to: the data store and facts of this run.
type Services struct {
	Store  Store
	Now    func() time.Time
	DBPath string
	// Files changes which data file the window shows (nil in tests of other
	// screens); Demo says the file shown holds demo data (datafiles.go).
	Files   DataFiles
	Demo    bool
	Version string
	// BuildDate is the day the binary was built (set by the Makefile), shown in Giới thiệu.
	BuildDate string
}

// SetupLanguage makes Fyne's own buttons and dialogs Vietnamese on any OS locale:
// the Vietnamese file is registered for "vi" and for every locale Fyne ships.
func SetupLanguage() {
	vi, err := assets.Translations.ReadFile("translations/vi.json")
	if err != nil {
		log.Printf("translations: %v", err)
		return
	}
	for _, loc := range []string{"vi", "en", "cs", "de", "el", "es", "fr", "ja", "pl", "pt", "pt_BR", "ru", "sv", "ta", "uk", "zh_Hans"} {
		if err := lang.AddTranslationsForLocale(vi, fyne.Locale(loc)); err != nil {
			log.Printf("translations %s: %v", loc, err)
		}
	}
}

// UI is the main window's content: a sidebar of sections and the current screen.
type UI struct {
	svc     Services
	win     fyne.Window
	ctx     context.Context
	profile *data.Profile

	sections []section
	nav      *widget.List
	body     *fyne.Container // holds the current screen
	sidebar  *fyne.Container // the sections, Hướng dẫn and Giới thiệu
	current  int

	register *registerScreen
	frame    firstFrame // the start-up reads held until the first frame (firstframe.go)
	// background runs slow work off the UI goroutine (results come back via fyne.Do).
	// Tests run it inline: the test driver's fyne.Do does not serialise with the test.
	background func(func())
	// toUI hands a background job's result to the UI goroutine: fyne.Do. A test
	// that runs the job on its own goroutine queues it instead and runs it on the
	// test's, as the event loop would (units_test.go).
	toUI func(func())
	// confirmHook, when set (tests), answers confirmText's questions.
	confirmHook func(title, text string) bool
	form        *memberForm // the member form on screen, if any
	rec         recordsUI   // the record screens' state (records.go)
	wantReport  reportWant  // the document and record Báo cáo opens on next (reports.go)
	page        *memberPage // the member page on screen, if any
	onSetup     func(*setupScreen)
	help        *widget.RichText // the guide on screen, if any
	loaded      func(n int)
	// savePDFPath and showPDF replace the save dialog and the PDF viewer in
	// tests of the Báo cáo screen (reports.go); nil means the real ones.
	savePDFPath func(dir, name string, done func(path string))
	showPDF     func(path string)
	// files replaces the open and save dialogs in tests (files.go).
	files    fileHooks
	importer *importer     // the import wizard on screen, if any (importer.go)
	guard    *formGuard    // the form on screen that must not be left unsaved (guard.go)
	question *saveQuestion // the "Lưu thay đổi?" dialog on screen, if any
	// dialogGuard is the open dialog where the chair types, if any (guard.go).
	dialogGuard *dialogGuard
	// requestClose is what the window's close button does (tests call it: the
	// test driver has no close button).
	requestClose func()
	closeWindow  func()                  // closes the window; tests watch it instead
	openHook     func(path string) error // replaces the system's opener in tests (savedfile.go)
}

// PreloadRegister builds the register off screen when another section opens first
// (Tổng quan), so its rows load in the background and Đoàn viên opens at once;
// OnRegisterLoaded then reports the load. It does nothing before the first-run setup.
// It waits for the first frame when LoadAfterFirstFrame was called.
func (u *UI) PreloadRegister() {
	u.afterFirstFrame(func() {
		if u.register != nil && u.register.object == nil {
			u.register.build()
		}
	})
}

// OnRegisterLoaded registers a callback run (on the UI goroutine) each time the
// register has loaded and shown its rows.
func (u *UI) OnRegisterLoaded(f func(n int)) { u.loaded = f }

type section struct {
	title string
	icon  fyne.Resource
	build func() fyne.CanvasObject
}

// New makes the UI for a window; call Show to fill it.
func New(win fyne.Window, svc Services) *UI {
	if svc.Store == nil {
		panic("ui.New: no store") // a programming error: every screen needs it
	}
	if svc.Now == nil {
		svc.Now = time.Now
	}
	u := &UI{svc: svc, win: win, ctx: context.Background(), background: func(f func()) { go f() }, toUI: fyne.Do}
	u.rec.tabs = map[string]int{}
	u.interceptClose()
	return u
}

// Show fills the window: the first-run setup when there is no union profile yet,
// otherwise the main screens.
func (u *UI) Show() {
	p, err := u.svc.Store.Profile(u.ctx)
	switch {
	case data.ErrorCode(err) == data.ENOTFOUND:
		u.win.SetTitle(lang.L("Sổ Công đoàn") + " — " + lang.L("Thiết lập ban đầu"))
		s := newSetupScreen(u, func(p *data.Profile) { u.profile = p; u.showMain() })
		u.win.SetContent(s.build())
		if u.onSetup != nil {
			u.onSetup(s)
		}
	case err != nil:
		u.win.SetContent(widget.NewLabel(data.ErrorMessage(err)))
	default:
		u.profile = p
		u.showMain()
	}
}

func (u *UI) updateTitle() {
	title := lang.L("Sổ Công đoàn")
	if u.profile != nil && u.profile.Name != "" {
		title = u.profile.Name + " — " + title
	}
	u.win.SetTitle(title)
}

func (u *UI) showMain() {
	u.updateTitle()
	u.register = newRegisterScreen(u)
	u.register.onLoaded = func() {
		if u.loaded != nil {
			u.loaded(len(u.register.shown))
		}
	}
	u.sections = []section{
		{lang.L("Tổng quan"), theme.HomeIcon(), func() fyne.CanvasObject { return newOverviewScreen(u).build() }},
		{lang.L("Đoàn viên"), theme.AccountIcon(), u.register.build},
		{lang.L("Hội nghị NLĐ"), theme.ListIcon(), func() fyne.CanvasObject { return newConferenceSection(u).build() }},
		{lang.L("Đối thoại"), theme.MailReplyAllIcon(), func() fyne.CanvasObject { return newDialogueSection(u).build() }},
		{lang.L("Thỏa ước"), theme.FileTextIcon(), func() fyne.CanvasObject { return newAgreementSection(u).build() }},
		{lang.L("Cán bộ – Đào tạo"), theme.AccountIcon(), func() fyne.CanvasObject { return newTrainingSection(u).build() }},
		{lang.L("Đại hội"), theme.CheckButtonCheckedIcon(), func() fyne.CanvasObject { return newCongressSection(u).build() }},
		// The modules: each shows once it has a tab (finance: financeTabs).
		{lang.L("Tài chính"), theme.StorageIcon(), func() fyne.CanvasObject { return newFinanceSection(u).build() }},
		{emulationSectionTitle(), theme.ConfirmIcon(), func() fyne.CanvasObject { return newEmulationSection(u).build(u) }},
		{lang.L("Thùng rác"), theme.DeleteIcon(), func() fyne.CanvasObject { return newTrashScreen(u).build() }},
		{lang.L("Báo cáo"), theme.DocumentPrintIcon(), u.reportsScreen},
		{lang.L("Cài đặt"), theme.SettingsIcon(), func() fyne.CanvasObject { return newSettingsScreen(u).build() }},
	}
	u.sections = slices.DeleteFunc(u.sections, func(s section) bool {
		return s.title == lang.L("Tài chính") && len(financeTabs()) == 0
	})
	u.body = container.NewStack()
	u.nav = widget.NewList(
		func() int { return len(u.sections) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Hội nghị người lao động"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(u.sections[id].icon)
			box.Objects[1].(*widget.Label).SetText(u.sections[id].title)
		},
	)
	// Another section is a way out of a form: ask first, and on "Ở lại" put the
	// highlight back on the section the form belongs to.
	u.nav.OnSelected = func(id widget.ListItemID) {
		from := u.current
		// A save on the way ("Lưu") reopens its record in its own section: the
		// highlight is put back on the chosen one.
		u.leave(func() { u.highlight(id); u.open(id) }, func() { u.highlight(from) })
	}
	brand := widget.NewLabelWithStyle(lang.L("Sổ Công đoàn"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	brand.SizeName = theme.SizeNameSubHeadingText
	helpButton := widget.NewButtonWithIcon(lang.L("Hướng dẫn"), theme.HelpIcon(), func() { u.showCurrentHelp() })
	aboutButton := widget.NewButtonWithIcon(lang.L("Giới thiệu"), theme.InfoIcon(), u.showAbout)
	helpButton.Importance, aboutButton.Importance = widget.LowImportance, widget.LowImportance
	helpButton.Alignment, aboutButton.Alignment = widget.ButtonAlignLeading, widget.ButtonAlignLeading
	u.sidebar = container.NewBorder(container.NewVBox(brand, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), helpButton, aboutButton), nil, nil, u.nav)
	// F1 also opens the guide of the screen in front when no field has the focus
	// (Fyne gives unmodified keys to the focused widget); the button works everywhere.
	// Escape answers a dialog, closes the guide or cancels the form; Enter answers
	// a dialog or saves the form. Form fields pass both on (keys.go).
	u.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyF1:
			u.showCurrentHelp()
		case fyne.KeyEscape:
			if !u.keyDialog(k.Name) && !u.closeHelp() {
				u.cancelForm()
			}
		case fyne.KeyReturn, fyne.KeyEnter:
			if !u.keyDialog(k.Name) {
				u.saveForm()
			}
		}
	})
	// Ctrl+S saves the form on screen, the same entry point as its Lưu button.
	u.addShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { u.saveForm() })
	// The screen area scrolls sideways rather than widen the window: a screen wider
	// than a 1024×600 netbook must not push the window's buttons off-screen (issue 12 §3).
	split := container.NewHSplit(compactSidebar(u.sidebar), container.NewHScroll(u.body))
	split.Offset = 0.14
	var content fyne.CanvasObject = split
	if u.svc.Demo {
		content = container.NewBorder(u.demoBanner(), nil, nil, nil, split)
	}
	u.win.SetContent(withTips(u.withPaintSignal(content), u.win.Canvas()))
	// Tổng quan first: it lists the legal deadlines that are overdue (issue 12 §6).
	u.nav.Select(0)
}

// showCurrentHelp opens the guide of the section in front.
func (u *UI) showCurrentHelp() {
	section := ""
	if u.current >= 0 && u.current < len(u.sections) {
		section = u.sections[u.current].title
	}
	u.showHelp(helpFor(section))
}

// open shows section i.
func (u *UI) open(i int) {
	u.current = i
	u.setBody(u.sections[i].build())
}

// setBody replaces the screen area, e.g. with a member page over the register.
func (u *UI) setBody(o fyne.CanvasObject) {
	u.body.Objects = []fyne.CanvasObject{o}
	u.body.Refresh()
}

// showError shows an error the way a chair should see it; internal errors are logged too.
func (u *UI) showError(err error) {
	if data.ErrorCode(err) == data.EINTERNAL {
		log.Printf("lỗi: %v", err)
	}
	dialog.ShowError(userError{err}, u.win)
}

// userError makes dialog.ShowError print the Vietnamese message, not the raw error.
type userError struct{ err error }

func (e userError) Error() string { return data.ErrorMessage(e.err) }

// heading is a screen title.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameHeadingText
	return l
}

// subheading is a section title inside a screen.
func subheading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
