// Command socongdoan is Sổ Công đoàn: the record book of an enterprise trade union.
// With no arguments it opens the window; with a command it works headless.
package main

import (
	_ "embed"
	"os"

	"socongdoan/app"
)

// FyneApp.toml is the one place the version lives (it must sit beside main.go for `fyne package`).
//
//go:embed FyneApp.toml
var fyneAppToml string

func main() {
	os.Exit(app.Main(os.Args[1:], app.VersionFromToml(fyneAppToml), os.Stdout, os.Stderr))
}
