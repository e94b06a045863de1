// Package assets holds the files embedded in the binary: the PDF fonts
// (Liberation Serif, SIL OFL 1.1, see fonts/LICENSE-LiberationSerif.txt).
package assets

import "embed"

// Fonts holds the TrueType fonts under fonts/, e.g. "fonts/LiberationSerif-Regular.ttf".
//
//go:embed fonts/*.ttf
var Fonts embed.FS

// Font returns the bytes of the font file fonts/name (e.g. "LiberationSerif-Bold.ttf"),
// or nil if there is no such file.
func Font(name string) []byte {
	b, err := Fonts.ReadFile("fonts/" + name)
	if err != nil {
		return nil
	}
	return b
}
