package ui

import (
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// Issue 12 §8: the window's first frame must come within 1.5× a Fyne "hello"
// window's, at 100,000 members. On a 2-core laptop every goroutine reading the
// database at start-up takes CPU from the main thread that is opening the window
// and drawing it, so the start-up reads (Tổng quan's figures and deadlines, the
// register's rows) are held until the window has painted once. Until then Tổng
// quan shows "Đang tải…", never a figure.

// firstFrameTimeout starts the held reads anyway when no frame comes (a window
// that opens minimised is not painted until it is restored).
const firstFrameTimeout = 3 * time.Second

// firstFrame is the state of the hold (UI goroutine only).
type firstFrame struct {
	holding bool        // LoadAfterFirstFrame was called and no frame was painted yet
	held    []func()    // what waits for the frame, in order
	timeout *time.Timer // firstFrameTimeout's, stopped by the frame
}

// LoadAfterFirstFrame holds the start-up reads until the window's first frame
// (or firstFrameTimeout). The app calls it before Show; tests do not, and their
// screens read at once as before.
func (u *UI) LoadAfterFirstFrame() {
	u.frame.holding = true
	u.frame.timeout = time.AfterFunc(firstFrameTimeout, func() { u.toUI(u.firstFramePainted) })
}

// afterFirstFrame runs f now, or once the first frame is painted when the reads are held.
func (u *UI) afterFirstFrame(f func()) {
	if !u.frame.holding {
		f()
		return
	}
	u.frame.held = append(u.frame.held, f)
}

// firstFramePainted runs what waited for the first frame (UI goroutine).
func (u *UI) firstFramePainted() {
	if !u.frame.holding {
		return
	}
	u.frame.holding = false
	u.frame.timeout.Stop()
	held := u.frame.held
	u.frame.held = nil
	for _, f := range held {
		f()
	}
}

// withPaintSignal puts over content a transparent one-pixel raster whose image
// the painter asks for while drawing the first frame: the one sign of a painted
// frame Fyne gives. What waits for it runs through fyne.Do, after that frame.
func (u *UI) withPaintSignal(content fyne.CanvasObject) fyne.CanvasObject {
	if !u.frame.holding {
		return content
	}
	var once sync.Once
	blank := image.NewNRGBA(image.Rect(0, 0, 1, 1))
	signal := canvas.NewRaster(func(int, int) image.Image {
		once.Do(func() { go u.toUI(u.firstFramePainted) })
		return blank
	})
	signal.Resize(fyne.NewSize(1, 1))
	return container.NewStack(content, container.NewWithoutLayout(signal))
}
