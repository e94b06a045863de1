//go:build race

package xlsx_test

// raceEnabled: this test binary runs under the race detector, whose shadow memory
// makes the process several times larger and slower.
const raceEnabled = true
