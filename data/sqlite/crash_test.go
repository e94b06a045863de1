package sqlite_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// crashEnv names the database the crash helper writes to; set only in the helper.
const crashEnv = "SOCONGDOAN_CRASH_HELPER"

// TestCrashHelper is the process TestCrashSafety kills: it writes members in a loop,
// one at a time and in batches of ten, and prints each write's ids only after the
// write returned, that is after its commit reached the disk (synchronous=FULL).
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process of TestCrashSafety")
	}
	s, err := sqlite.Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	run, _ := strconv.Atoi(os.Getenv("SOCONGDOAN_CRASH_RUN"))
	out := bufio.NewWriter(os.Stdout)
	for n := 0; ; n++ {
		if n%3 == 2 {
			var batch []*data.Member
			for i := range 10 {
				m := member(fmt.Sprintf("Lô %s-%s Số %s", letters(run), letters(n), letters(i)))
				m.Notes = strings.Repeat("ghi chú ", n%50) // rows of varied size
				batch = append(batch, m)
			}
			if err := s.CreateMembers(ctx, batch); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Fprint(out, "batch")
			for _, m := range batch {
				fmt.Fprintf(out, " %d", m.ID)
			}
		} else {
			m := member(fmt.Sprintf("Một %s-%s", letters(run), letters(n)))
			if err := s.CreateMember(ctx, m); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Fprintf(out, "one %d", m.ID)
		}
		fmt.Fprintln(out)
		out.Flush() // one write(2) per line, so a kill cannot cut a line in two
	}
}

// letters writes n with the letters a–z, since names may not hold digits.
func letters(n int) string {
	s := string(rune('a' + n%26))
	for n /= 26; n > 0; n /= 26 {
		s = string(rune('a'+n%26)) + s
	}
	return s
}

// TestCrashSafety kills a writing process with SIGKILL at random moments, 10 times
// (the short form CI runs; SOCONGDOAN_CRASH_RUNS=100 for a long run), and checks
// after each kill that the database passes SQLite's integrity check and holds every
// write the process reported committed, batches whole.
func TestCrashSafety(t *testing.T) {
	runs := 10
	if n, err := strconv.Atoi(os.Getenv("SOCONGDOAN_CRASH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	s, err := sqlite.Open(path)
	must(t, err)
	s.Close()
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	committed := map[int64]bool{}
	for run := 0; run < runs; run++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashEnv+"="+path, "SOCONGDOAN_CRASH_RUN="+strconv.Itoa(run))
		stdout, err := cmd.StdoutPipe()
		must(t, err)
		must(t, cmd.Start())
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Let it write for a random while (at least until its first commit), then kill it.
		first := <-lines
		time.Sleep(time.Duration(rng.IntN(120)) * time.Millisecond)
		must(t, cmd.Process.Kill())
		var reported []string
		if first != "" {
			reported = append(reported, first)
		}
		for l := range lines {
			reported = append(reported, l)
		}
		cmd.Wait()
		batches := 0
		for _, l := range reported {
			f := strings.Fields(l)
			if len(f) == 0 || f[0] == "PASS" || f[0] == "ok" {
				continue
			}
			if f[0] == "error" {
				t.Fatalf("run %d: helper failed: %s", run, l)
			}
			if f[0] == "batch" {
				batches++
			}
			for _, id := range f[1:] {
				n, err := strconv.ParseInt(id, 10, 64)
				if err != nil {
					t.Fatalf("run %d: bad line %q", run, l)
				}
				committed[n] = true
			}
		}
		if err := sqlite.QuickCheck(ctx, path); err != nil {
			t.Fatalf("run %d: quick check after the kill: %v", run, err)
		}
		s, err := sqlite.Open(path)
		must(t, err)
		rep, err := s.Check(ctx)
		must(t, err)
		if !rep.OK() {
			t.Fatalf("run %d: check after the kill:\n%s", run, rep.Text())
		}
		rows, err := s.MemberRows(ctx)
		must(t, err)
		have := map[int64]string{}
		for _, r := range rows {
			have[r.ID] = r.Name
		}
		for id := range committed {
			if _, ok := have[id]; !ok {
				t.Fatalf("run %d: member %d was reported committed but is missing", run, id)
			}
		}
		// A batch is all or nothing: every "Lô r-n" present has its ten members.
		perBatch := map[string]int{}
		for _, name := range have {
			if rest, ok := strings.CutPrefix(name, "Lô "); ok {
				perBatch[strings.Fields(rest)[0]]++
			}
		}
		for b, n := range perBatch {
			if n != 10 {
				t.Fatalf("run %d: batch %s has %d of its 10 members", run, b, n)
			}
		}
		s.Close()
		t.Logf("run %d: %d writes reported (%d batches), %d members in the file", run, len(reported), batches, len(have))
	}
	if len(committed) < runs {
		t.Errorf("only %d writes in %d runs: the helper hardly wrote", len(committed), runs)
	}
}
