package app

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func init() { financeCommands["settlement"] = financeSettlement }

// financeSettlement is `finance settlement --year Y [--half 1|2] [--tsv]`: the
// quyết toán lines as the books give them today through the mục lục (issue 13
// §6), with the reconciliation; nothing is written.
func financeSettlement(e *env, args []string) error {
	fs := newFlags("finance settlement")
	year := fs.Int("year", e.now().Year(), "")
	half := fs.Int("half", 0, "")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *half < 0 || *half > 2 {
		return usagef("--half là 1 (6 tháng đầu năm), 2 (6 tháng cuối năm) hoặc bỏ trống (cả năm)")
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	from, to := data.HalfSpan(*year, *half)
	cats, books, err := data.ReadBudgetBooks(e.ctx, store, from, to)
	if err != nil {
		return err
	}
	lines, p, err := data.ComputeBudgetLines(cats, books)
	if err != nil {
		return err
	}
	return printSettlement(e.stdout, lines, p, *tsv)
}

func printSettlement(out io.Writer, lines []data.BudgetLine, p data.PeriodBooks, tsv bool) error {
	var w io.Writer = out
	var tw *tabwriter.Writer
	if !tsv {
		tw = tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
		w = tw
	}
	fmt.Fprintln(w, "Loại\tMã số\tNội dung\tThực hiện")
	for _, l := range lines {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", l.Side.Label(), l.Code, strings.ReplaceAll(l.Name, "\t", " "), vn.FormatInt(l.Figure))
	}
	if tw == nil {
		return nil
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(out, p.String())
	return err
}
