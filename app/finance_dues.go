package app

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// Đoàn phí month by month from the command line (issue 13 points 1 and 10):
// `finance dues` prints or edits a month's sheet, `finance salaries` brings the
// month's salaries in from a file or from the month before.
func init() {
	financeCommands["dues"] = financeDues
	financeCommands["salaries"] = financeSalaries
}

// monthFlag reads --month as data.ParseMonth does.
func monthFlag(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, usagef("cần --month, ví dụ --month 2026-07")
	}
	return data.ParseMonth(s)
}

// financeDues is `finance dues --month M [--tsv] [--unit BỘ_PHẬN]`, `finance dues set …`
// and `finance dues collect …`.
func financeDues(e *env, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "set":
			return duesSet(e, args[1:])
		case "collect":
			return duesCollect(e, args[1:])
		}
	}
	fs := newFlags("finance dues")
	month := fs.String("month", "", "")
	tsv := fs.Bool("tsv", false, "")
	unit := fs.String("unit", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(*month)
	if err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	sheet, err := loadSheet(e, store, m)
	if err != nil {
		return err
	}
	if *unit != "" {
		want := vn.Fold(*unit)
		rows := sheet.Rows[:0]
		for _, r := range sheet.Rows {
			if vn.Fold(r.UnitName) == want {
				rows = append(rows, r)
			}
		}
		sheet.Rows = rows
	}
	return printSheet(e.stdout, sheet, *tsv)
}

// duesSheet is a month's sheet with what its totals need.
type duesSheet struct {
	Month time.Time
	Rows  []data.DuesRow
	Rules data.FinanceSettings
}

// loadSheet reads a month and computes the rows not yet kept.
func loadSheet(e *env, store *sqlite.Store, month time.Time) (*duesSheet, error) {
	rules, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return nil, err
	}
	rates, err := store.DuesRates(e.ctx)
	if err != nil {
		return nil, err
	}
	rows, err := store.DuesSheet(e.ctx, month)
	if err != nil {
		return nil, err
	}
	data.FillSheet(rows, month, rates, rules.Finance)
	return &duesSheet{Month: month, Rows: rows, Rules: rules.Finance}, nil
}

// duesColumns are the sheet's columns as printed.
var duesColumns = []string{"STT", "Họ và tên", "Số CCCD", "Bộ phận", "Căn cứ", "Lương đóng BHXH", "Tỷ lệ", "Đoàn phí", "Đã thu", "Ghi chú"}

// rowNote says how a row stands: kept, proposed from another month, exempt, or missing.
func rowNote(r data.DuesRow) string {
	var parts []string
	switch {
	case r.Problem != "":
		parts = append(parts, r.Problem)
	case r.Carried:
		parts = append(parts, "Lương tháng "+data.MonthLabel(r.CarriedFrom)+", chưa lưu")
	case !r.Saved:
		parts = append(parts, "Chưa lưu")
	}
	if r.Exemption != data.ExemptNone {
		parts = append(parts, "Không đóng: "+r.Exemption.Label())
	}
	return strings.Join(parts, "; ")
}

func printSheet(out io.Writer, s *duesSheet, tsv bool) error {
	var w io.Writer = out
	var tw *tabwriter.Writer
	if !tsv {
		tw = tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
		w = tw
	}
	fmt.Fprintln(w, strings.Join(duesColumns, "\t"))
	for i, r := range s.Rows {
		rate := ""
		if r.RateBP > 0 {
			rate = data.RateText(r.RateBP)
		}
		amount := ""
		if r.Amount > 0 {
			amount = vn.FormatInt(r.Amount)
		}
		cells := []string{vn.FormatInt(int64(i + 1)), r.Name, r.IDNumber, r.UnitName, r.Base.Label(), amount, rate,
			vn.FormatInt(r.Due), vn.FormatInt(r.Collected), rowNote(r)}
		for j := range cells {
			cells[j] = strings.ReplaceAll(cells[j], "\t", " ")
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	if tw == nil {
		return nil
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	t := data.SheetTotals(s.Rows, s.Rules.DuesRemitShare)
	fmt.Fprintf(out, "Tháng %s · %s đoàn viên · phải thu %s · đã thu %s · nộp cấp trên (%s phần 0,5%%) %s · giữ lại %s",
		data.MonthLabel(s.Month), vn.FormatInt(int64(len(s.Rows))), vn.FormatMoney(t.Due), vn.FormatMoney(t.Collected),
		s.Rules.DuesRemitShare, vn.FormatMoney(t.Remit), vn.FormatMoney(t.Kept))
	if t.Excess > 0 {
		fmt.Fprintf(out, " (trong đó phần trên 0,5%% giữ lại 100%%: %s)", vn.FormatMoney(t.Excess))
	}
	fmt.Fprintln(out)
	if n := unsaved(s.Rows); n > 0 {
		fmt.Fprintf(out, "%s dòng chưa lưu: lưu lương tháng trước bằng \"finance salaries carry --month %s\", hoặc nhập lương.\n",
			vn.FormatInt(int64(n)), vn.ISO(s.Month)[:7])
	}
	return nil
}

func unsaved(rows []data.DuesRow) int {
	n := 0
	for _, r := range rows {
		if !r.Saved {
			n++
		}
	}
	return n
}

// duesSet is `finance dues set --month M --member ID [--salary N] [--base B]
// [--exempt LÝ_DO|khong] [--collected N]`: one member's month, typed.
func duesSet(e *env, args []string) error {
	fs := newFlags("finance dues set")
	month := fs.String("month", "", "")
	member := fs.Int64("member", 0, "")
	cccd := fs.String("cccd", "", "")
	salary := fs.String("salary", "", "")
	base := fs.String("base", "", "")
	exempt := fs.String("exempt", "", "")
	collected := fs.String("collected", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := monthFlag(*month)
	if err != nil {
		return err
	}
	if *member <= 0 && *cccd == "" {
		return usagef("finance dues set cần --member MÃ (mã trong sổ) hoặc --cccd SỐ")
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	sheet, err := loadSheet(e, store, m)
	if err != nil {
		return err
	}
	if *cccd != "" {
		for _, r := range sheet.Rows {
			if r.IDNumber == vn.Clean(*cccd) {
				*member = r.MemberID
			}
		}
		if *member <= 0 {
			return data.Errorf(data.ENOTFOUND, "", "Không có đoàn viên số CCCD %s trong bảng thu tháng %s", *cccd, data.MonthLabel(m))
		}
	}
	entry := data.DuesEntry{MemberID: *member, Base: data.DuesBaseBHXH}
	for _, r := range sheet.Rows {
		if r.MemberID == *member {
			entry = data.DuesEntry{MemberID: r.MemberID, Base: r.Base, Amount: r.Amount, Exemption: r.Exemption, Collected: r.Collected}
			if !r.Saved {
				entry.Exemption = data.ExemptNone
			}
		}
	}
	if *salary != "" {
		if entry.Amount, err = vn.ParseInt(*salary); err != nil {
			return data.Errorf(data.EINVALID, data.FieldDuesAmount, "--salary: %s", err.Error())
		}
	}
	if *base != "" {
		b, ok := data.ParseDuesBase(*base)
		if !ok {
			return usagef("--base phải là bhxh, thuc-linh hoặc co-dinh")
		}
		entry.Base = b
	}
	if *exempt != "" {
		x, ok := data.ParseDuesExemption(*exempt)
		if !ok {
			return usagef("--exempt phải là huong-bhxh, nghi-khong-luong, khong-thu-nhap, tam-dung hoặc khong")
		}
		entry.Exemption = x
	}
	if *collected != "" {
		if entry.Collected, err = vn.ParseInt(*collected); err != nil {
			return data.Errorf(data.EINVALID, "", "--collected: %s", err.Error())
		}
	}
	if err := store.SaveDues(e.ctx, m, []data.DuesEntry{entry}, ""); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu đoàn phí tháng %s của đoàn viên mã %d.\n", data.MonthLabel(m), *member)
	return nil
}

// duesCollect is `finance dues collect --month M [--member ID] [--unit BỘ_PHẬN]`:
// marks the kept rows as collected in full (all of them, one member, or one bộ phận).
func duesCollect(e *env, args []string) error {
	fs := newFlags("finance dues collect")
	month := fs.String("month", "", "")
	member := fs.Int64("member", 0, "")
	unit := fs.String("unit", "", "")
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
	sheet, err := loadSheet(e, store, m)
	if err != nil {
		return err
	}
	var entries []data.DuesEntry
	skipped := 0
	for _, r := range sheet.Rows {
		if (*member != 0 && r.MemberID != *member) || (*unit != "" && vn.Fold(r.UnitName) != vn.Fold(*unit)) {
			continue
		}
		if !r.Saved {
			skipped++
			continue
		}
		if r.Collected < r.Due {
			entries = append(entries, data.DuesEntry{MemberID: r.MemberID, Base: r.Base, Amount: r.Amount, Exemption: r.Exemption, Collected: r.Due})
		}
	}
	if err := store.SaveDues(e.ctx, m, entries, ""); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã ghi thu đủ cho %s đoàn viên tháng %s.\n", vn.FormatInt(int64(len(entries))), data.MonthLabel(m))
	if skipped > 0 {
		fmt.Fprintf(e.stdout, "%s dòng chưa lưu lương nên chưa ghi thu.\n", vn.FormatInt(int64(skipped)))
	}
	return nil
}

// financeSalaries is `finance salaries import FILE --month M [--dry-run]` and
// `finance salaries carry --month M`.
func financeSalaries(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: finance salaries import | carry")
	}
	switch args[0] {
	case "import":
		return salariesImport(e, args[1:])
	case "carry":
		return salariesCarry(e, args[1:])
	}
	return usagef("không có lệnh \"finance salaries %s\"", args[0])
}

// salariesCarry keeps last month's salary for every member of the month without one:
// never over a month already kept.
func salariesCarry(e *env, args []string) error {
	fs := newFlags("finance salaries carry")
	month := fs.String("month", "", "")
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
	sheet, err := loadSheet(e, store, m)
	if err != nil {
		return err
	}
	entries, missing := data.CarryEntries(sheet.Rows)
	if err := store.SaveDues(e.ctx, m, entries, ""); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu lương tháng trước cho %s đoàn viên tháng %s.\n", vn.FormatInt(int64(len(entries))), data.MonthLabel(m))
	if missing > 0 {
		fmt.Fprintf(e.stdout, "%s đoàn viên chưa có lương tháng nào: nhập lương cho họ.\n", vn.FormatInt(int64(missing)))
	}
	return nil
}

// salariesImport reads a payroll file, prints its preview and, when every row is
// good, keeps the salaries of the month (one transaction, after a backup).
func salariesImport(e *env, args []string) error {
	fs := newFlags("finance salaries import")
	month := fs.String("month", "", "")
	dry := fs.Bool("dry-run", false, "")
	sheetName := fs.String("sheet", "", "")
	file, rest := splitFile(args)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	if file == "" {
		return usagef("finance salaries import cần tên tệp .xlsx hoặc .csv")
	}
	m, err := monthFlag(*month)
	if err != nil {
		return err
	}
	// The register's full check reads every page of a file that holds the ledger
	// (about 1.7 s of CPU at 100,000 members): it runs beside reading the payroll and
	// the preview, and SaveDues waits for it before the backup and the write, so a
	// file that fails its check is still never written (openStoreCheckingBeside;
	// issue 13 §Volume: the salary import ≤ the member import's time).
	open := e.openStoreCheckingBeside
	if *dry {
		open = e.openReader
	}
	store, err := open()
	if err != nil {
		return err
	}
	defer store.Close()
	t, err := xlsx.ReadFile(file, *sheetName)
	if err != nil {
		return err
	}
	keys, err := store.MemberKeys(e.ctx)
	if err != nil {
		return err
	}
	p, err := xlsx.PreviewSalaries(t, keys, e.now())
	if err != nil {
		return err
	}
	sheet, err := store.DuesSheet(e.ctx, m)
	if err != nil {
		return err
	}
	sum := data.CompareSalaries(sheet, p.Entries())
	fmt.Fprintf(e.stdout, "Tệp: %s, cột lương %s \"%s\" (%s)\n", t.File, xlsx.Column(p.SalaryCol), p.Mapping.Headers[p.SalaryCol], p.Base.Label())
	for _, s := range p.Skipped {
		fmt.Fprintf(e.stdout, "Bỏ qua dòng %d: %s\n", s.Line, s.Message)
	}
	fmt.Fprintf(e.stdout, "Tháng %s: %s dòng · %s lương mới · %s thay đổi · %s không đổi · %s dòng lỗi\n", data.MonthLabel(m),
		vn.FormatInt(int64(len(p.Rows))), vn.FormatInt(int64(sum.New)), vn.FormatInt(int64(len(sum.Changed))),
		vn.FormatInt(int64(sum.Same)), vn.FormatInt(int64(p.ErrorRows)))
	for _, c := range sum.Changed {
		fmt.Fprintf(e.stdout, "Thay đổi: %s: %s → %s\n", c.Name, vn.FormatMoney(c.Old), vn.FormatMoney(c.New))
	}
	if errs := p.Errors(); len(errs) > 0 {
		fmt.Fprintln(e.stdout, "Lỗi:")
		for _, pr := range errs {
			place := fmt.Sprintf("Dòng %d", pr.Line)
			if pr.Column != "" {
				place += fmt.Sprintf(", cột %s (%s)", pr.Column, pr.Header)
			}
			if pr.Value != "" {
				place += fmt.Sprintf(" \"%s\"", pr.Value)
			}
			fmt.Fprintf(e.stdout, "  %s: %s\n", place, pr.Message)
		}
		return &data.Error{Code: data.EINVALID, Message: fmt.Sprintf(
			"Không ghi gì vì có %s dòng lỗi. Sửa các dòng trên trong tệp rồi nhập lại.", vn.FormatInt(int64(p.ErrorRows)))}
	}
	if *dry {
		fmt.Fprintln(e.stdout, "Chạy thử (--dry-run): chưa ghi gì vào sổ.")
		return nil
	}
	if err := store.SaveDues(e.ctx, m, p.Entries(), t.File); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu lương tháng %s của %s đoàn viên.\n", data.MonthLabel(m), vn.FormatInt(int64(len(p.Rows))))
	return nil
}
