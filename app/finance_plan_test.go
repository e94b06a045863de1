package app_test

import (
	"strings"
	"testing"
)

func TestFinanceSettlementCommand(t *testing.T) {
	db := demoDB(t, "30", false)
	code, out, errOut := run(t, "--db", db, "finance", "settlement", "--year", "2026", "--half", "1", "--tsv")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "Loại\tMã số\tNội dung\tThực hiện" || !strings.HasPrefix(lines[1], "Tài chính công đoàn tích lũy đầu kỳ\t") ||
		!strings.HasPrefix(lines[len(lines)-1], "Tài chính công đoàn tích lũy cuối kỳ\t") {
		t.Errorf("tsv:\n%s", out)
	}
	if code, _, errOut := run(t, "--db", db, "finance", "settlement", "--half", "3"); code == 0 || !strings.Contains(errOut, "--half") {
		t.Errorf("--half 3: code %d %s", code, errOut)
	}
}
