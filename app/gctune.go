package app

import (
	"os"
	"runtime/debug"
)

// Printing one document is a short process that builds the whole file in memory:
// for the 100,000-member list (2,500 pages) the collector, at the default pace under
// Main's 220 MB ceiling, ran nine times and took about a tenth of the time. Letting
// the heap grow four times between collections, under a 320 MB ceiling, costs about
// 15% less CPU and keeps the peak (about 345 MB) under the 400 MB the issue allows
// (issue 11, speed). GOGC or GOMEMLIMIT in the environment override it.
const (
	documentGCPercent   = 400
	documentMemoryLimit = 320 << 20
)

// paceCollectorForDocument sets the collector's pace for a command that prints a document.
func paceCollectorForDocument() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(documentGCPercent)
	debug.SetMemoryLimit(documentMemoryLimit)
}
