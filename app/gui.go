package app

import (
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"socongdoan/assets"
	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/ui"
)

// runGUI opens the store and shows the main window until it is closed. Before the
// store is opened it takes the database's lock (one copy of the app per file, and no
// command-line write meanwhile). A file that is empty, not a database or not ours is
// refused at once; SQLite's full integrity check runs after the first frame, and every
// write and the daily backup wait for it. A damaged file is reported, kept byte for
// byte, and offered a restore from the newest backup that passes the full check.
func runGUI(e *env) int {
	ui.SetupLanguage()
	a := fyneapp.NewWithID("vn.socongdoan.app")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	if e.version.Date == "" { // packaged builds carry the date as metadata (scripts/package.sh)
		if t, err := time.Parse("2006-01-02", a.Metadata().Custom["builddate"]); err == nil {
			e.version.Date = t.Format("02/01/2006")
		}
	}
	ui.ApplyThemePreference(a)
	w := a.NewWindow("Sổ Công đoàn")
	w.Resize(fyne.NewSize(1280, 720))
	w.SetMaster()
	lock, err := sqlite.AcquireLock(e.dbPath)
	if err != nil {
		log.Printf("lock: %v", err)
		showFatal(w, err, e.dbPath)
		w.ShowAndRun()
		return exitUser
	}
	e.lock = lock
	defer e.releaseLock()
	if lock.Stale {
		log.Printf("the last run (process %d) did not end cleanly; its lock was cleared", lock.PrevPID)
	}
	for _, name := range sqlite.CleanBackupLeftovers(e.dbPath) {
		log.Printf("removed a crashed backup's leftover: %s", name)
	}
	var store *sqlite.Store
	defer func() {
		if store != nil {
			store.Close()
		}
	}()
	var open func() bool
	// damaged shows the damaged-file screen; a restore there opens the app on the backup.
	damaged := func(cause error) {
		log.Printf("damaged database %s: %v", e.dbPath, cause)
		good, err := sqlite.NewestGoodBackup(e.ctx, e.dbPath)
		if err != nil {
			log.Printf("backups: %v", err)
		}
		var restore func() error
		summary := ""
		if good != nil {
			summary = good.Summary()
			restore = func() error {
				aside, err := sqlite.ReplaceDamaged(e.ctx, e.dbPath, good.Path)
				if err != nil {
					return err
				}
				log.Printf("damaged database kept as %s; restored %s", aside, good.Path)
				if open() {
					dialog.ShowInformation("Đã khôi phục", "Đã khôi phục dữ liệu từ bản sao lưu "+good.Summary()+
						".\nTệp bị hỏng được cất tại "+aside+".", w)
				}
				return nil
			}
		}
		ui.ShowDamaged(w, data.ErrorMessage(cause), summary, restore, a.Quit)
	}
	open = func() bool {
		s, err := sqlite.Open(e.dbPath, sqlite.WithNow(e.now), sqlite.WithCheckInBackground())
		if err != nil {
			if sqlite.IsDamaged(err) {
				damaged(err)
				return false
			}
			log.Printf("open store: %v", err)
			showFatal(w, err, e.dbPath)
			return false
		}
		store = s
		u := ui.New(w, ui.Services{
			Store: store, Now: e.now, DBPath: store.Path(), Version: e.version.String(), BuildDate: e.version.Date,
		})
		// The log line lets the smoke test see that the register really showed its rows.
		u.OnRegisterLoaded(func(n int) { log.Printf("register: %d rows shown", n) })
		u.Show()
		// The full check, then the day's automatic backup, off the UI goroutine: the
		// online backup API copies while the chair works. A file that fails the check
		// was not written (writes wait for it): close it and say so.
		go func() {
			if err := s.Verified(e.ctx); err != nil {
				log.Printf("full check: %v", err)
				if sqlite.IsDamaged(err) {
					fyne.Do(func() {
						if store == s {
							store.Close()
							store = nil
							damaged(err)
						}
					})
				}
				return
			}
			log.Printf("full check: ok")
			if path, made, err := s.DailyBackup(e.ctx); err != nil {
				log.Printf("daily backup: %v", err)
			} else if made {
				log.Printf("daily backup: %s", path)
			}
		}()
		return true
	}
	ok := open()
	quitOnSignal(a)
	w.ShowAndRun()
	if !ok && store == nil {
		return exitUser
	}
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
