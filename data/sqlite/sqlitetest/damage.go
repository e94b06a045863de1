// Package sqlitetest holds test helpers shared by the tests of several packages that
// need a register damaged in a precise way. Only tests import it.
package sqlitetest

import (
	"bytes"
	"context"
	"os"
	"testing"

	"socongdoan/data/sqlite"
)

// BreakIndexEntry changes one CCCD in the member_id_number index only, keeping the
// index in order: quick_check passes, integrity_check finds the row missing from the
// index. It tries each place the CCCD's bytes appear and keeps the one that does that.
// cccd must end in 0 and its neighbours in the index must differ in the digit before.
func BreakIndexEntry(t testing.TB, path, cccd string) {
	t.Helper()
	ctx := context.Background()
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	broken := []byte(cccd[:len(cccd)-1] + "1") // …x0 → …x1: between its neighbours …x0 and …(x+1)0
	for off := 0; ; off += len(cccd) {
		i := bytes.Index(orig[off:], []byte(cccd))
		if i < 0 {
			t.Fatal("no place where changing the CCCD breaks only the index")
		}
		off += i
		b := bytes.Clone(orig)
		copy(b[off:], broken)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if sqlite.QuickCheck(ctx, path) == nil && sqlite.FullCheck(ctx, path) != nil {
			return
		}
	}
}
