package assets

import _ "embed"

// IconPNG is the app icon (512 px, drawn from icon.svg with rsvg-convert): an open
// record book with a bookmark. The same file is FyneApp.toml's icon for packaging.
//
//go:embed icon.png
var IconPNG []byte
