package app

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/dialog"

	"socongdoan/assets"
	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/sqlite"
	"socongdoan/ui"
)

// initialWindowSize fits a 1024×600 netbook less its taskbar and the title bar
// (issue 12 §3): Fyne cannot tell the screen's size, and a window larger than the
// screen puts "Lưu" and "Tạo PDF" out of reach. On Windows the work area is read
// (screen_windows.go) and a larger screen gets a larger first window.
var initialWindowSize = fyne.NewSize(1000, 530)

// firstWindowSize is initialWindowSize, grown up to 1280×720 where the desktop's work
// area is known (Windows) and leaves room for the title bar and borders.
func firstWindowSize() fyne.Size { return fitWindow(workArea()) }

// fitWindow is the first window's size on a work area of w×h units (0, 0: unknown).
func fitWindow(w, h float32) fyne.Size {
	s := initialWindowSize
	s.Width = max(s.Width, min(1280, w-24))
	s.Height = max(s.Height, min(720, h-70))
	return s
}

// prefDataFile remembers the register the chair last chose in Cài đặt (never the demo).
const prefDataFile = "tep_du_lieu"

// runGUI shows the main window until it is closed, on the register given by --db,
// else the one the chair last chose, else the default one.
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
	w.Resize(firstWindowSize())
	w.SetMaster()
	g := &guiSession{e: e, a: a, w: w, real: e.dbPath}
	if remembered := a.Preferences().String(prefDataFile); !e.dbGiven && remembered != "" {
		if _, err := os.Stat(remembered); err == nil {
			g.real = remembered
		} else {
			log.Printf("the remembered data file %s is gone (%v); opening %s", remembered, err, e.dbPath)
		}
	}
	lock, err := sqlite.AcquireLock(g.real)
	if err != nil {
		log.Printf("lock: %v", err)
		showFatal(w, err, g.real)
		w.ShowAndRun()
		return exitUser
	}
	if lock.Stale {
		log.Printf("the last run (process %d) did not end cleanly; its lock was cleared", lock.PrevPID)
	}
	g.lock, g.path = lock, g.real
	defer g.close()
	for _, name := range sqlite.CleanBackupLeftovers(g.path) {
		log.Printf("removed a crashed backup's leftover: %s", name)
	}
	ok := g.open()
	quitOnSignal(a)
	w.ShowAndRun()
	if !ok && g.store == nil {
		return exitUser
	}
	return exitOK
}

// guiSession is the window and the data file it shows. Before a file is opened its
// lock is taken (one copy of the app per file, and no command-line write meanwhile).
// A file that is empty, not a database or not ours is refused at once; SQLite's full
// integrity check runs after the first frame, and every write and the daily backup
// wait for it. A damaged file is reported, kept byte for byte, and offered a restore
// from the newest backup that passes the full check.
type guiSession struct {
	e     *env
	a     fyne.App
	w     fyne.Window
	real  string // the chair's register: where "Về sổ thật" goes
	path  string // the file shown
	lock  *sqlite.Lock
	store *sqlite.Store
}

func (g *guiSession) close() {
	if g.store != nil {
		g.store.Close()
		g.store = nil
	}
	if g.lock != nil {
		g.lock.Release()
		g.lock = nil
	}
}

// open opens g.path (whose lock is held) and shows it, or the screen saying why not.
func (g *guiSession) open() bool {
	s, err := sqlite.Open(g.path, sqlite.WithNow(g.e.now), sqlite.WithCheckInBackground())
	if err != nil {
		if sqlite.IsDamaged(err) {
			g.damaged(err)
			return false
		}
		log.Printf("open store: %v", err)
		showFatal(g.w, err, g.path)
		return false
	}
	g.show(s)
	return true
}

// show builds the screens on an open store, then runs the full check and, once it
// passed, the day's automatic backup, off the UI goroutine (the online backup API
// copies while the chair works). A file that fails the check was not written
// (writes wait for it): it is closed and the damaged-file screen shown.
func (g *guiSession) show(s *sqlite.Store) {
	g.store = s
	isDemo := demo.IsDemo(g.e.ctx, s)
	u := ui.New(g.w, ui.Services{
		Store: s, Files: g, Demo: isDemo,
		Now: g.e.now, DBPath: s.Path(), Version: g.e.version.String(), BuildDate: g.e.version.Date,
	})
	// The log line lets the smoke test see that the register really showed its rows.
	// The full check starts once the first screen has its data (or after a moment,
	// on the first-run screen), so that it does not slow the first frame down.
	shown := make(chan struct{})
	var once sync.Once
	u.OnRegisterLoaded(func(n int) {
		log.Printf("register: %d rows shown", n)
		once.Do(func() { close(shown) })
	})
	u.LoadAfterFirstFrame() // the window first, then the reads (issue 12 §8)
	u.Show()
	u.PreloadRegister()
	go func() {
		select {
		case <-shown:
		case <-time.After(2 * time.Second):
		}
		s.StartCheck()
		if err := s.Verified(g.e.ctx); err != nil {
			log.Printf("full check: %v", err)
			if sqlite.IsDamaged(err) {
				fyne.Do(func() {
					if g.store == s {
						s.Close()
						g.store = nil
						g.damaged(err)
					}
				})
			}
			return
		}
		log.Printf("full check: ok")
		if isDemo {
			return // demo data needs no backups
		}
		if path, made, err := s.DailyBackup(g.e.ctx); err != nil {
			log.Printf("daily backup: %v", err)
			fyne.Do(func() {
				dialog.ShowError(errors.New(data.ErrorMessage(err)), g.w)
			})
		} else if made {
			log.Printf("daily backup: %s", path)
		}
	}()
}

// damaged shows the damaged-file screen; a restore there opens the app on the backup.
func (g *guiSession) damaged(cause error) {
	path := g.path
	log.Printf("damaged database %s: %v", path, cause)
	good, err := sqlite.NewestGoodBackup(g.e.ctx, path)
	if err != nil {
		log.Printf("backups: %v", err)
	}
	var restore func() error
	summary := ""
	if good != nil {
		summary = good.Summary()
		restore = func() error {
			aside, err := sqlite.ReplaceDamaged(g.e.ctx, path, good.Path)
			if err != nil {
				return err
			}
			log.Printf("damaged database kept as %s; restored %s", aside, good.Path)
			if g.open() {
				dialog.ShowInformation("Đã khôi phục", "Đã khôi phục dữ liệu từ bản sao lưu "+good.Summary()+
					".\nTệp bị hỏng được cất nguyên vẹn tại "+aside+".", g.w)
			}
			return nil
		}
	}
	ui.ShowDamaged(g.w, data.ErrorMessage(cause)+"\nTệp: "+path, summary, restore, g.a.Quit)
}

// Real is the chair's register (ui.DataFiles).
func (g *guiSession) Real() string { return g.real }

// PrepareDemo makes the demo file beside the register (ui.DataFiles).
func (g *guiSession) PrepareDemo(ctx context.Context) (string, error) {
	path := filepath.Join(filepath.Dir(g.real), demo.FileName)
	if path == g.path {
		return path, nil
	}
	return prepareDemoFile(ctx, path, g.e.now)
}

// prepareDemoFile makes demo data in the file at path unless it holds demo data
// already; a file there that is not demo data is refused, untouched.
func prepareDemoFile(ctx context.Context, path string, now func() time.Time) (string, error) {
	lock, err := sqlite.AcquireLock(path)
	if err != nil {
		return "", err
	}
	defer lock.Release()
	_, statErr := os.Stat(path)
	s, err := sqlite.Open(path, sqlite.WithNow(now))
	if err != nil {
		return "", err
	}
	defer s.Close()
	if statErr == nil {
		if demo.IsDemo(ctx, s) {
			return path, nil
		}
		return "", &data.Error{Code: data.EINVALID, Message: "Tệp " + path + " đã có và không phải dữ liệu mẫu, nên không tạo dữ liệu mẫu vào đó."}
	}
	if err := demo.Mark(ctx, s); err != nil {
		return "", err
	}
	if err := demo.Fill(ctx, s, demo.TryMembers, 1, now()); err != nil {
		return "", err
	}
	return path, nil
}

// Switch shows another data file in the window (ui.DataFiles): its lock is taken and
// it is opened (a new one made, with create) before the current one is let go, so a
// refusal leaves the window as it was.
func (g *guiSession) Switch(path string, create bool) error {
	real, err := sqlite.RealPath(path)
	if err != nil {
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Đường dẫn tệp dữ liệu không dùng được: " + path}
	}
	if real == g.path && g.store != nil {
		return nil
	}
	_, statErr := os.Stat(real)
	switch {
	case create && statErr == nil:
		return &data.Error{Code: data.EINVALID, Message: fmt.Sprintf("Đã có tệp %s. Sổ mới cần một tệp chưa có: hãy chọn tên khác. Tệp đó không bị thay đổi.", real)}
	case !create && errors.Is(statErr, fs.ErrNotExist):
		return &data.Error{Code: data.ENOTFOUND, Message: "Không tìm thấy tệp " + real}
	}
	lock, err := sqlite.AcquireLock(real)
	if err != nil {
		return err
	}
	s, err := sqlite.Open(real, sqlite.WithNow(g.e.now), sqlite.WithCheckInBackground())
	if err != nil {
		lock.Release()
		return err
	}
	g.close()
	g.lock, g.path = lock, real
	for _, name := range sqlite.CleanBackupLeftovers(real) {
		log.Printf("removed a crashed backup's leftover: %s", name)
	}
	if !demo.IsDemo(g.e.ctx, s) {
		g.real = real
		g.a.Preferences().SetString(prefDataFile, real)
	}
	log.Printf("showing %s", real)
	g.show(s)
	return nil
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
