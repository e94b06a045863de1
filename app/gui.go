package app

import (
	"log"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"socongdoan/assets"
	"socongdoan/ui"
)

// runGUI opens the store and shows the main window until it is closed.
func runGUI(e *env) int {
	ui.SetupLanguage()
	a := fyneapp.NewWithID("vn.socongdoan.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	ui.ApplyThemePreference(a)
	store, err := e.openStore()
	w := a.NewWindow("Sổ Công đoàn")
	w.Resize(fyne.NewSize(1280, 720))
	if err != nil {
		log.Printf("open store: %v", err)
		showFatal(w, err)
		w.ShowAndRun()
		return exitUser
	}
	defer store.Close()
	u := ui.New(w, ui.Services{
		Members: store, Units: store, Profile: store,
		Now: e.now, DBPath: store.Path(), Version: e.version.String(),
	})
	// The log line lets the smoke test see that the register really showed its rows.
	u.OnRegisterLoaded(func(n int) { log.Printf("register: %d rows shown", n) })
	u.Show()
	w.SetMaster()
	quitOnSignal(a)
	w.ShowAndRun()
	return exitOK
}

// quitOnSignal closes the app cleanly (store closed, exit 0) on SIGINT or SIGTERM,
// as when the session ends or a test stops it.
func quitOnSignal(a fyne.App) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
}
