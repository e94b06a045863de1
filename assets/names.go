package assets

import (
	_ "embed"
)

// Demo and test names (MIT, see names/LICENSE), NFC, one per line.
var (
	//go:embed names/families.txt
	FamilyNames string
	//go:embed names/boy.txt
	BoyNames string
	//go:embed names/girl.txt
	GirlNames string
	//go:embed names/LICENSE
	NamesLicense string
)
