package app

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Thu – chi from the command line (issue 13 points 3–5, 10):
//
//	socongdoan finance voucher add --kind thu|chi --date dd/mm/yyyy --amount N --category CODE --reason "…" [--member ID] [--bank] …
//	socongdoan finance voucher list [--year N] [--tsv]
//	socongdoan finance book --year N [--cash|--bank] [--tsv]
//	socongdoan finance balance [--on dd/mm/yyyy]
//	socongdoan finance categories, category … (app/finance_category.go)
//	socongdoan finance setup [--start dd/mm/yyyy --cash N --bank N] [--closed-through dd/mm/yyyy|none]
//
// The records themselves (show, history, trash) go through `records phieu-thu-chi …`.

func init() {
	financeCommands["voucher"] = voucherCmd
	financeCommands["book"] = bookCmd
	financeCommands["balance"] = balanceCmd
	financeCommands["setup"] = cashSetupCmd
}

func voucherCmd(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: finance voucher add | list")
	}
	switch args[0] {
	case "add":
		return voucherAdd(e, args[1:])
	case "list":
		return voucherList(e, args[1:])
	}
	return usagef("không có lệnh \"finance voucher %s\" (add, list)", args[0])
}

// moneyFlag reads a typed amount ("1.250.000" or "1250000") for field.
func moneyFlag(s, field, label string) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	n, err := vn.ParseInt(s)
	if err != nil {
		return 0, data.Errorf(data.EINVALID, field, "%s: %s", label, err.Error())
	}
	return n, nil
}

// dateFlag reads a dd/mm/yyyy date for field; "" is the zero time.
func dateFlag(s, field, label string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	t, err := vn.ParseDate(s)
	if err != nil {
		return t, data.Errorf(data.EINVALID, field, "%s: %s", label, err.Error())
	}
	return t, nil
}

func voucherAdd(e *env, args []string) error {
	fs := newFlags("finance voucher add")
	kind := fs.String("kind", "", "")
	date := fs.String("date", "", "")
	amount := fs.String("amount", "", "")
	category := fs.String("category", "", "")
	reason := fs.String("reason", "", "")
	person := fs.String("person", "", "")
	unit := fs.String("unit", "", "")
	member := fs.Int64("member", 0, "")
	bank := fs.Bool("bank", false, "")
	attach := fs.Int("attachments", 0, "")
	rule := fs.String("rule", "", "")
	bookNo := fs.String("book-no", "", "")
	preparer := fs.String("preparer", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	v := &data.Voucher{Kind: data.VoucherKind(strings.ToLower(strings.TrimSpace(*kind))), Category: *category, Reason: *reason,
		Person: *person, Unit: *unit, MemberID: *member, Bank: *bank, Attachments: *attach, RuleItem: *rule, BookNo: *bookNo, Preparer: *preparer}
	if v.Kind != data.VoucherReceipt && v.Kind != data.VoucherPayment {
		return usagef("finance voucher add cần --kind thu hoặc --kind chi")
	}
	var err error
	if v.Date, err = dateFlag(*date, data.FieldVoucherDate, "Ngày lập phiếu"); err != nil {
		return err
	}
	if v.Date.IsZero() {
		v.Date = vn.Day(e.now())
	}
	if v.Amount, err = moneyFlag(*amount, data.FieldVoucherAmount, "Số tiền"); err != nil {
		return err
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if strings.TrimSpace(v.Preparer) == "" {
		// Made by the kế toán unless --preparer names someone else (C40-BB, C41-BB).
		o, err := data.LoadOfficers(e.ctx, store, v.Date)
		if err != nil {
			return err
		}
		v.Preparer = o.Accountant
	}
	if err := data.Vouchers.Store(store).Create(e.ctx, v); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lập %s %s ngày %s: %s (%s), mã hồ sơ %d.\n", strings.ToLower(v.Kind.Label()), v.Ref(),
		vn.FormatDate(v.Date), vn.FormatMoney(v.Amount), v.AmountInWords(), v.ID)
	rules, err := data.SpendingRules.Store(store).List(e.ctx)
	if err != nil {
		return err
	}
	if w := data.OverRule(rules, v, 1); w != "" {
		fmt.Fprintln(e.stdout, "Cảnh báo:", w)
	}
	return nil
}

func yearFlag(fs *flag.FlagSet, e *env) *int { return fs.Int("year", e.now().Year(), "") }

func voucherList(e *env, args []string) error {
	fs := newFlags("finance voucher list")
	year := yearFlag(fs, e)
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	from, to := data.YearBounds(*year)
	vs, err := store.VouchersBetween(e.ctx, from, to)
	if err != nil {
		return err
	}
	rules, err := data.SpendingRules.Store(store).List(e.ctx)
	if err != nil {
		return err
	}
	lists, err := data.SignLists.Store(store).List(e.ctx)
	if err != nil {
		return err
	}
	people := map[int64]int{} // a ký nhận list's voucher pays its rows: the quy chế amount is per person
	for _, l := range lists {
		people[l.ID] = len(l.Rows)
	}
	var w io.Writer = e.stdout
	var tw *tabwriter.Writer
	if !*tsv {
		tw = tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
		w = tw
	}
	fmt.Fprintln(w, "Mã\tSố phiếu\tNgày\tHọ tên\tLý do\tMục\tSố tiền\tQuỹ\tCảnh báo\t")
	for _, v := range vs {
		where := "Tiền mặt"
		if v.Bank {
			where = "Ngân hàng"
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", v.ID, v.Ref(), vn.FormatDate(v.Date), oneLine(v.Person), oneLine(v.Reason),
			v.Category, vn.FormatInt(v.Amount), where, data.OverRule(rules, &v, max(1, people[v.LinkID])))
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d phiếu năm %d.\n", len(vs), *year)
	}
	return nil
}

func bookCmd(e *env, args []string) error {
	fs := newFlags("finance book")
	year := yearFlag(fs, e)
	cash := fs.Bool("cash", false, "")
	bank := fs.Bool("bank", false, "")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *cash && *bank {
		return usagef("finance book: chọn --cash hoặc --bank, không cả hai")
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	from, to := data.YearBounds(*year)
	b, err := data.LoadBooks(e.ctx, store, from, to)
	if err != nil {
		return err
	}
	book := &b.Cash
	if *bank {
		book = &b.Bank
	}
	if *tsv {
		fmt.Fprintln(e.stdout, "Ngày\tSố phiếu\tNội dung\tThu\tChi\tTồn")
		for _, l := range book.Lines {
			fmt.Fprintf(e.stdout, "%s\t%s\t%s\t%d\t%d\t%d\n", vn.FormatDate(l.Date), l.Ref, oneLine(l.Text), l.In, l.Out, l.Balance)
		}
		return nil
	}
	fmt.Fprintf(e.stdout, "%s năm %d\n", strings.ToUpper(book.Title()[:1])+book.Title()[1:], *year)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Ngày\tSố phiếu\tNội dung\tThu\tChi\tTồn\t")
	fmt.Fprintf(tw, "\t\tSố dư đầu kỳ\t\t\t%s\t\n", vn.FormatInt(book.Opening))
	for _, l := range book.Lines {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", vn.FormatDate(l.Date), l.Ref, oneLine(l.Text), blankZero(l.In), blankZero(l.Out), vn.FormatInt(l.Balance))
	}
	fmt.Fprintf(tw, "\t\tCộng phát sinh\t%s\t%s\t\t\n", vn.FormatInt(book.TotalIn), vn.FormatInt(book.TotalOut))
	fmt.Fprintf(tw, "\t\tSố dư cuối kỳ\t\t\t%s\t\n", vn.FormatInt(book.Closing))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, b.Period.String())
	if err := b.Period.Check(); err != nil {
		fmt.Fprintln(e.stdout, "Sổ không cân:", data.ErrorMessage(err))
		return err
	}
	fmt.Fprintln(e.stdout, "Sổ cân: đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ = tiền mặt + tiền gửi.")
	return nil
}

func blankZero(n int64) string {
	if n == 0 {
		return ""
	}
	return vn.FormatInt(n)
}

func balanceCmd(e *env, args []string) error {
	fs := newFlags("finance balance")
	on := fs.String("on", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	day, err := dateFlag(*on, "", "Ngày (--on)")
	if err != nil {
		return err
	}
	if day.IsZero() {
		day = vn.Day(e.now())
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	held, err := data.BalanceOn(e.ctx, store, day)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Số dư cuối ngày %s\n", vn.FormatDate(day))
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "Tiền mặt:\t%s\t\nTiền gửi:\t%s\t\nTổng:\t%s\t\n", vn.FormatMoney(held.Cash), vn.FormatMoney(held.Bank), vn.FormatMoney(held.Total()))
	return tw.Flush()
}

func cashSetupCmd(e *env, args []string) error {
	fs := newFlags("finance setup")
	start := fs.String("start", "", "")
	cash := fs.String("cash", "", "")
	bank := fs.String("bank", "", "")
	closed := fs.String("closed-through", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := store.CashSetup(e.ctx)
	if err != nil {
		return err
	}
	changed := false
	set := func(s string, apply func() error) error {
		if s == "" || err != nil {
			return err
		}
		changed = true
		return apply()
	}
	err = set(*start, func() (err error) {
		c.Start, err = dateFlag(*start, data.FieldCashStart, "Ngày bắt đầu sổ")
		return
	})
	err = set(*cash, func() (err error) {
		c.Opening.Cash, err = moneyFlag(*cash, data.FieldCashOpening, "Tồn quỹ tiền mặt đầu kỳ")
		return
	})
	err = set(*bank, func() (err error) {
		c.Opening.Bank, err = moneyFlag(*bank, data.FieldCashOpening, "Số dư tiền gửi đầu kỳ")
		return
	})
	err = set(*closed, func() (err error) {
		if strings.EqualFold(*closed, "none") || *closed == "-" {
			c.ClosedThrough = time.Time{}
			return nil
		}
		c.ClosedThrough, err = dateFlag(*closed, data.FieldCashClosed, "Khóa sổ đến ngày")
		return
	})
	if err != nil {
		return err
	}
	if changed {
		if err := store.SaveCashSetup(e.ctx, c); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "Đã lưu cài đặt sổ quỹ.")
	}
	show := func(t time.Time) string {
		if t.IsZero() {
			return "(chưa đặt)"
		}
		return vn.FormatDate(t)
	}
	fmt.Fprintf(e.stdout, "Ngày bắt đầu sổ: %s\nTồn quỹ tiền mặt đầu kỳ: %s\nSố dư tiền gửi đầu kỳ: %s\nKhóa sổ đến ngày: %s\n",
		show(c.Start), vn.FormatMoney(c.Opening.Cash), vn.FormatMoney(c.Opening.Bank), show(c.ClosedThrough))
	return nil
}
