package app

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// KPCĐ month by month from the command line (issue 13 points 2 and 10).
func init() { financeCommands["kpcd"] = financeKPCD }

// financeKPCD is `finance kpcd --year Y [--tsv]` and `finance kpcd set --month M …`.
func financeKPCD(e *env, args []string) error {
	if len(args) > 0 && args[0] == "set" {
		return kpcdSet(e, args[1:])
	}
	fs := newFlags("finance kpcd")
	year := fs.Int("year", e.now().Year(), "")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	rules, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return err
	}
	records, err := data.KPCDs.Store(store).List(e.ctx)
	if err != nil {
		return err
	}
	lines := data.KPCDYear(*year, records, e.now(), rules.Finance.KPCDShare)
	return printKPCD(e.stdout, lines, rules.Finance.KPCDShare, *tsv)
}

// KPCDColumns are the columns of the year's KPCĐ sheet.
var kpcdColumns = []string{"Tháng", "Số lao động", "Quỹ lương đóng BHXH", "KPCĐ phải đóng (2%)", "Đã đóng", "Ngày đóng",
	"Hạn đóng", "Tình trạng", "CĐCS được sử dụng", "Cấp trên cấp lại", "Ghi chú"}

func printKPCD(out io.Writer, lines []data.KPCDLine, share data.Fraction, tsv bool) error {
	var w io.Writer = out
	var tw *tabwriter.Writer
	if !tsv {
		tw = tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
		w = tw
	}
	cols := append([]string(nil), kpcdColumns...)
	cols[8] = fmt.Sprintf("CĐCS được sử dụng (%s)", share)
	fmt.Fprintln(w, strings.Join(cols, "\t"))
	var due, paid, kept, back int64
	late := 0
	for _, l := range lines {
		cells := []string{data.MonthLabel(l.Month), "", "", "", "", "", vn.FormatDate(data.KPCDDeadline(l.Month)), "Chưa ghi", "", "", ""}
		if r := l.Record; r != nil {
			s := l.Status
			cells = []string{data.MonthLabel(l.Month), vn.FormatInt(int64(r.Workers)), vn.FormatInt(r.Payroll), vn.FormatInt(s.Due),
				vn.FormatInt(r.Paid), dateOrEmpty(r.PaidOn), vn.FormatDate(s.Deadline), s.State.Label(), vn.FormatInt(s.Share),
				vn.FormatInt(r.Returned), joinNotes(s.Note, shortfall(s), l.Err, r.Notes)}
			due, paid, kept, back = due+s.Due, paid+r.Paid, kept+s.Share, back+r.Returned
		}
		if l.Overdue() {
			late++
		}
		for i := range cells {
			cells[i] = strings.ReplaceAll(strings.ReplaceAll(cells[i], "\t", " "), "\n", " ")
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	if tw == nil {
		return nil
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "Cộng: phải đóng %s · đã đóng %s · CĐCS được sử dụng %s · cấp trên đã cấp lại %s · %d tháng chậm hoặc không đóng\n",
		vn.FormatMoney(due), vn.FormatMoney(paid), vn.FormatMoney(kept), vn.FormatMoney(back), late)
	return nil
}

// shortfall names what is still owed when the state's note does not.
func shortfall(s data.KPCDStatus) string {
	if s.Shortfall <= 0 || strings.Contains(s.Note, "thiếu") || s.State == data.KPCDNotDue {
		return ""
	}
	return "Còn thiếu " + vn.FormatMoney(s.Shortfall)
}

func dateOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return vn.FormatDate(t)
}

func joinNotes(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "; ")
}

// kpcdSet is `finance kpcd set --month M [--workers N] [--payroll N] [--paid N
// --paid-on dd/mm/yyyy] [--returned N] [--relief giam|tam-dung|khong --percent N
// --decision SỐ --decision-date dd/mm/yyyy --from M --to M] [--notes TEXT]`: the
// month's record, created or updated (only the flags given change).
func kpcdSet(e *env, args []string) error {
	fs := newFlags("finance kpcd set")
	month := fs.String("month", "", "")
	workers := fs.String("workers", "", "")
	payroll := fs.String("payroll", "", "")
	paid := fs.String("paid", "", "")
	paidOn := fs.String("paid-on", "", "")
	returned := fs.String("returned", "", "")
	relief := fs.String("relief", "", "")
	percent := fs.Int("percent", 0, "")
	decision := fs.String("decision", "", "")
	decisionDate := fs.String("decision-date", "", "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	notes := fs.String("notes", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(*month)
	if err != nil {
		return err
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	ks := data.KPCDs.Store(store)
	all, err := ks.List(e.ctx)
	if err != nil {
		return err
	}
	rec := &data.KPCDRecord{Month: m}
	for i := range all {
		if data.MonthKey(all[i].Month) == data.MonthKey(m) {
			rec = &all[i]
		}
	}
	money := func(flag, v string, dst *int64) error {
		if v == "" {
			return nil
		}
		n, err := vn.ParseInt(v)
		if err != nil {
			return data.Errorf(data.EINVALID, "", "--%s: %s", flag, err.Error())
		}
		*dst = n
		return nil
	}
	date := func(flag, v string, dst *time.Time) error {
		if v == "" {
			return nil
		}
		t, err := vn.ParseDate(v)
		if err != nil {
			return usagef("--%s: %s", flag, err)
		}
		*dst = t
		return nil
	}
	monthArg := func(v string, dst *time.Time) error {
		if v == "" {
			return nil
		}
		t, err := data.ParseMonth(v)
		*dst = t
		return err
	}
	var n int64
	if *workers != "" {
		if err := money("workers", *workers, &n); err != nil {
			return err
		}
		rec.Workers = int(n)
	}
	for _, f := range []error{money("payroll", *payroll, &rec.Payroll), money("paid", *paid, &rec.Paid),
		money("returned", *returned, &rec.Returned), date("paid-on", *paidOn, &rec.PaidOn),
		date("decision-date", *decisionDate, &rec.ReliefDate), monthArg(*from, &rec.ReliefFrom), monthArg(*to, &rec.ReliefTo)} {
		if f != nil {
			return f
		}
	}
	switch strings.ReplaceAll(vn.Fold(*relief), "-", " ") {
	case "":
	case "giam":
		rec.ReliefKind = data.ReliefReduce
	case "tam dung":
		rec.ReliefKind = data.ReliefSuspend
	case "khong":
		rec.ReliefKind = ""
	default:
		return usagef("--relief phải là giam, tam-dung hoặc khong")
	}
	if *percent != 0 {
		rec.ReliefPercent = *percent
	}
	if *decision != "" {
		rec.ReliefDecision = *decision
	}
	if *notes != "" {
		rec.Notes = *notes
	}
	if rec.ID == 0 {
		err = ks.Create(e.ctx, rec)
	} else {
		err = ks.Update(e.ctx, rec)
	}
	if err != nil {
		return err
	}
	rules, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return err
	}
	s, err := data.KPCDOn(rec.InputWith(all), e.now(), rules.Finance.KPCDShare)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu kinh phí công đoàn tháng %s: phải đóng %s, đã đóng %s — %s. %s\n", data.MonthLabel(m),
		vn.FormatMoney(s.Due), vn.FormatMoney(rec.Paid), s.State.Label(), s.Note)
	return nil
}
