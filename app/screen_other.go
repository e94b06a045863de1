//go:build !windows

package app

// workArea is unknown outside Windows (Fyne cannot tell the screen's size), so the
// first window keeps the size that fits a 1024×600 netbook.
func workArea() (w, h float32) { return 0, 0 }
