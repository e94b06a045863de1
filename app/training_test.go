package app_test

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Issue 14 point 4: the statistics annex and the annual report count the cadres
// trained from the course records, not from a typed figure.
func TestAnnualFactsCountTrainingFromTheRecords(t *testing.T) {
	db := demoDB(t, "60", false)
	year := strconv.Itoa(time.Now().Year())
	dir := t.TempDir()
	for _, c := range []struct{ kind, want string }{
		{"statistics", "theo sổ đào tạo:"},
		{"annual", "Công tác đào tạo, bồi dưỡng cán bộ:"},
	} {
		out := filepath.Join(dir, c.kind+".pdf")
		if code, _, errOut := run(t, "report", c.kind, "--year", year, "--draft", "--db", db, "-o", out); code != 0 {
			t.Fatalf("%s: %s", c.kind, errOut)
		}
		if text := strings.Join(strings.Fields(pdfText(t, out)), " "); !strings.Contains(text, c.want) {
			t.Errorf("%s lacks %q:\n%s", c.kind, c.want, text)
		}
	}
}
