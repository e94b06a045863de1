package app

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/sqlite"
)

// TestDemoFileBesideTheRegister: "Dùng thử với dữ liệu mẫu" makes its own marked
// file; the register beside it stays byte for byte; a file there that is not demo
// data is refused (issue 10, item 14).
func TestDemoFileBesideTheRegister(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	real := filepath.Join(dir, "socongdoan.db")
	s, err := sqlite.Open(real)
	if err != nil {
		t.Fatal(err)
	}
	m := &data.Member{}
	m.SetFullName("Nguyễn Văn An")
	if err := s.CreateMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, _ := os.ReadFile(real)
	path, err := prepareDemoFile(ctx, filepath.Join(dir, demo.FileName), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := ds.MemberRows(ctx)
	if !demo.IsDemo(ctx, ds) || len(rows) != demo.TryMembers {
		t.Errorf("demo file: marked %v, %d members", demo.IsDemo(ctx, ds), len(rows))
	}
	ds.Close()
	if again, err := prepareDemoFile(ctx, path, time.Now); err != nil || again != path {
		t.Errorf("second time: %s %v", again, err)
	}
	after, _ := os.ReadFile(real)
	if sha256.Sum256(before) != sha256.Sum256(after) {
		t.Error("the register changed")
	}
	if _, err := prepareDemoFile(ctx, real, time.Now); err == nil || !strings.Contains(data.ErrorMessage(err), "không phải dữ liệu mẫu") {
		t.Errorf("demo into the register: %v", err)
	}
}
