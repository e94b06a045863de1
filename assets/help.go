package assets

import (
	"embed"
	_ "embed"
)

// Help holds the Vietnamese guides, one Markdown file per screen (help/*.md), and a
// plain-language summary of the legal rules the app applies (help/quy-dinh.md).
//
//go:embed help/*.md
var Help embed.FS

// GoModuleLicenses is the licence text of every Go module compiled into the app,
// written by scripts/licenses.sh.
//
//go:embed licenses/go-modules.txt
var GoModuleLicenses string

// FontLicense is the SIL Open Font License of Liberation Serif, embedded in every PDF.
//
//go:embed fonts/LICENSE-LiberationSerif.txt
var FontLicense string
