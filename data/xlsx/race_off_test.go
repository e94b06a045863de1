//go:build !race

package xlsx_test

// raceEnabled: this test binary runs under the race detector (see race_on_test.go).
const raceEnabled = false
