package assets

import "embed"

// Translations holds translations/vi.json: Vietnamese for Fyne's own dialogs and
// buttons (Fyne ships none), loaded by the UI for every locale.
//
//go:embed translations/*.json
var Translations embed.FS
