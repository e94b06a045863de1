package xlsx_test

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"testing"
	"time"

	"socongdoan/data/sqlite"
)

func TestDbgImport(t *testing.T) {
	s, _ := sqlite.Open(filepath.Join(t.TempDir(), "x.db"))
	go func() {
		time.Sleep(4 * time.Second)
		f, _ := os.Create("/tmp/heap.prof")
		runtime.GC()
		pprof.WriteHeapProfile(f)
		f.Close()
	}()
	p, ph := importFile(t, s, "/tmp/100k.xlsx")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("new %d read %v convert %v preview %v commit %v; Sys %d MB, NumGC %d", p.New, ph.read, ph.convert, ph.preview, ph.commit, ms.Sys>>20, ms.NumGC)
}
