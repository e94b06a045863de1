package app

import "testing"

func TestTheFirstWindowFitsTheScreen(t *testing.T) {
	cases := []struct {
		name         string
		w, h         float32
		wantW, wantH float32
	}{
		{"an unknown screen gets the netbook size", 0, 0, 1000, 530},
		{"a 1024×600 netbook less its taskbar keeps the netbook size", 1024, 560, 1000, 530},
		{"a 1366×768 laptop less its taskbar gets 1280×658", 1366, 728, 1280, 658},
		{"a large screen stops at 1280×720", 1920, 1040, 1280, 720},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := fitWindow(c.w, c.h)
			if got.Width != c.wantW || got.Height != c.wantH {
				t.Errorf("fitWindow(%v, %v) = %v×%v, want %v×%v", c.w, c.h, got.Width, got.Height, c.wantW, c.wantH)
			}
		})
	}
}
