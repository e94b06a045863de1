//go:build windows

package app

import (
	"syscall"
	"unsafe"
)

// workArea is the desktop less the taskbar in device-independent units (pixels at
// 96 dpi, as Fyne measures), or 0, 0 when Windows does not say. It lets a chair
// with a 1366×768 or larger screen get a bigger first window than a netbook's.
func workArea() (w, h float32) {
	user32 := syscall.NewLazyDLL("user32.dll")
	var r struct{ Left, Top, Right, Bottom int32 }
	const spiGetWorkArea = 0x0030
	if ok, _, _ := user32.NewProc("SystemParametersInfoW").Call(spiGetWorkArea, 0, uintptr(unsafe.Pointer(&r)), 0); ok == 0 {
		return 0, 0
	}
	scale := float32(1)
	// GetDpiForSystem exists from Windows 10 1607; older systems report 96 dpi here.
	if p := user32.NewProc("GetDpiForSystem"); p.Find() == nil {
		if dpi, _, _ := p.Call(); dpi >= 96 {
			scale = float32(dpi) / 96
		}
	}
	return float32(r.Right-r.Left) / scale, float32(r.Bottom-r.Top) / scale
}
