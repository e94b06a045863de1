package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// An import's backup is checked beside the import's write (autoBackupBeside); the
// write commits only once the backup passed. A backup failing its check leaves the
// register as it was, the message says why, and no backup is left to count — for
// the member import and the salary import (issue 10 item 3; issue 13 §Volume).
func TestImportCommitsOnlyOnceItsBackupCounts(t *testing.T) {
	broken := func(ctx context.Context, p string) error {
		return errors.New("integrity_check: row 1 missing from index")
	}
	check := func(t *testing.T, path string, s *sqlite.Store, before map[string]int, err error) {
		t.Helper()
		if !strings.Contains(data.ErrorMessage(err), "không qua kiểm tra toàn vẹn nên đã bị xóa") {
			t.Fatalf("import: %v", err)
		}
		if after := tableCounts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("counts %v, want %v", after, before)
		}
		if entries, _ := os.ReadDir(sqlite.BackupDir(path)); len(entries) != 0 {
			t.Errorf("left in the backup folder: %v", entries)
		}
	}
	t.Run("members", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "socongdoan.db")
		s := mustOpenAt(t, path)
		mustCreate(t, s, member("Nguyễn Văn An"))
		before := tableCounts(t, s)
		restore := sqlite.SetVerifyBackup(broken)
		err := s.ImportMembers(ctx, &data.ImportBatch{Source: "ds.xlsx", Creates: []data.ImportRow{{Line: 2, Member: member("Lê Văn B")}}})
		restore()
		check(t, path, s, before, err)
		// With a sound backup the same import goes through, backed up first.
		must(t, s.ImportMembers(ctx, &data.ImportBatch{Source: "ds.xlsx", Creates: []data.ImportRow{{Line: 2, Member: member("Lê Văn B")}}}))
		list, err := s.Backups()
		must(t, err)
		if len(list) != 1 || list[0].Reason != data.BackupBeforeImport || rawCount(t, list[0].Path, "member") != 1 {
			t.Errorf("backups %+v", list)
		}
	})
	t.Run("salaries, row by row and in passes", func(t *testing.T) {
		for _, bulk := range []int{1_000_000, 1} {
			defer sqlite.SetBulkDues(bulk)()
			path := filepath.Join(t.TempDir(), "socongdoan.db")
			s := mustOpenAt(t, path)
			ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Trần Thị Bình"))
			before := tableCounts(t, s)
			entries := []data.DuesEntry{{MemberID: ms[1].ID, Amount: 9_000_000, SalaryOnly: true}, {MemberID: ms[0].ID, Amount: 10_000_000, SalaryOnly: true}}
			restore := sqlite.SetVerifyBackup(broken)
			err := s.SaveDues(ctx, day(2026, 7, 1), entries, "luong.xlsx")
			restore()
			check(t, path, s, before, err)
			must(t, s.SaveDues(ctx, day(2026, 7, 1), entries, "luong.xlsx"))
			sheet, err := s.DuesSheet(ctx, day(2026, 7, 1))
			must(t, err)
			if len(sheet) != 2 || !sheet[0].Saved || !sheet[1].Saved {
				t.Errorf("sheet after the import: %+v", sheet)
			}
			if list, _ := s.Backups(); len(list) != 1 {
				t.Errorf("backups %+v", list)
			}
		}
	})
}
