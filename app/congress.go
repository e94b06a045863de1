package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/xlsx"
)

// congressCmd runs `socongdoan congress …` (issue 15, point 7).
func congressCmd(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: congress count")
	}
	switch args[0] {
	case "count":
		return congressCount(e, args[1:])
	}
	return usagef("không có lệnh \"congress %s\"", args[0])
}

// congressCount reads a count sheet and prints, per election, who is elected and
// why (DOMAIN-MODULES §C.2). A count that does not add up prints nothing but the
// reasons and exits 1: a half-checked result must not be read out at a congress.
func congressCount(e *env, args []string) error {
	fs := newFlags("congress count")
	file := fs.String("file", "", "")
	baseFlag := fs.String("base", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file == "" {
		return usagef("congress count cần --file TỆP.csv (dòng tiêu đề: %s)", data.CountHeader)
	}
	base, err := countBase(e, *baseFlag)
	if err != nil {
		return err
	}
	t, err := xlsx.ReadFile(*file, "")
	if err != nil {
		return err
	}
	es, err := data.ParseElectionCount(t.Rows, t.Lines)
	if err != nil {
		return err
	}
	results, err := data.CountElections(es, base)
	if err != nil {
		return err
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		if err := printElection(e, r); err != nil {
			return err
		}
	}
	return nil
}

// countBase is the base of --base, or else the chair's setting (the default when
// there is no database yet: a count needs no register, so none is created for it).
func countBase(e *env, flag string) (data.ElectionBase, error) {
	if flag != "" {
		b, ok := data.ParseElectionBase(flag)
		if !ok {
			return "", usagef("--base là thu-ve (phiếu thu về) hoặc hop-le (phiếu hợp lệ), không phải %q", flag)
		}
		return b, nil
	}
	if _, err := os.Stat(e.dbPath); errors.Is(err, fs.ErrNotExist) {
		return data.DefaultCongressSettings().ElectionBase, nil
	}
	store, err := e.openStore()
	if err != nil {
		return "", err
	}
	defer store.Close()
	rs, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return "", err
	}
	return rs.Congress.ElectionBase, nil
}

// printElection prints one election's result as the biên bản kiểm phiếu lists it.
func printElection(e *env, r data.ElectionResult) error {
	el := r.Election
	fmt.Fprintf(e.stdout, "%s — bầu không quá %d người\n", el.Name, el.Seats)
	fmt.Fprintf(e.stdout, "Phiếu phát ra %d, thu về %d, hợp lệ %d, không hợp lệ %d.\n", el.Issued, el.Collected, el.Valid, el.Invalid)
	fmt.Fprintf(e.stdout, "Căn cứ: %d %s; trúng cử khi được quá một nửa, tức ít nhất %d phiếu.\n", r.BaseCount, r.Base.Label(), r.Needed)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "STT\tỨng cử viên\tSố phiếu\tTỷ lệ\tKết quả\tLý do")
	for i, c := range r.Candidates {
		fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%s\t%s\n", i+1, c.Name, c.Votes, c.Percent, c.Outcome.Label(), c.Reason)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(e.stdout, r.Summary())
	return err
}
