package app

import (
	"fmt"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The đoàn phí rates above 0.5% adopted by a BCH-mở-rộng resolution (QĐ 61;
// DOMAIN §5), as the Đoàn phí tab's "Tỷ lệ theo nghị quyết…":
//
//	socongdoan finance dues-rate [--tsv]
//	socongdoan finance dues-rate add --from 2026-11 --rate 1% --number SỐ --date dd/mm/yyyy --in-quy-che
func init() { financeCommands["dues-rate"] = duesRateCmd }

func duesRateCmd(e *env, args []string) error {
	if len(args) > 0 && args[0] == "add" {
		return duesRateAdd(e, args[1:])
	}
	fs := newFlags("finance dues-rate")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	rates, err := store.DuesRates(e.ctx)
	if err != nil {
		return err
	}
	w, flush := tableOut(e, *tsv)
	fmt.Fprintln(w, "Từ tháng\tTỷ lệ\tSố nghị quyết\tNgày\tĐã ghi vào quy chế")
	for _, r := range rates {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", data.MonthLabel(r.From), data.RateText(r.RateBP), r.Resolution.Number,
			vn.FormatDate(r.Resolution.Date), map[bool]string{true: "Có", false: "Không"}[r.Resolution.InQuyChe])
	}
	return flush()
}

func duesRateAdd(e *env, args []string) error {
	fs := newFlags("finance dues-rate add")
	from := fs.String("from", "", "")
	rate := fs.String("rate", "", "")
	number := fs.String("number", "", "")
	date := fs.String("date", "", "")
	inQuyChe := fs.Bool("in-quy-che", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *from == "" || *rate == "" {
		return usagef("finance dues-rate add --from 2026-11 --rate 1%% --number SỐ --date dd/mm/yyyy --in-quy-che")
	}
	month, err := monthFlag(*from)
	if err != nil {
		return err
	}
	bp, err := data.ParseDuesRate(*rate)
	if err != nil {
		return err
	}
	day, err := dateFlag(*date, data.FieldDuesRate, "Ngày nghị quyết")
	if err != nil {
		return err
	}
	r := data.DuesRate{From: month, RateBP: bp, Resolution: data.DuesResolution{Number: *number, Date: day, InQuyChe: *inQuyChe}}
	if err := r.Validate(); err != nil {
		return err
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	kept, err := data.KeptDuesMonths(e.ctx, store, e.now())
	if err != nil {
		return err
	}
	if err := data.CheckDuesRateStart(kept, month); err != nil {
		return err
	}
	if err := store.AddDuesRate(e.ctx, r); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đoàn phí %s từ tháng %s theo nghị quyết %s ngày %s.\n", data.RateText(bp), data.MonthLabel(month), r.Resolution.Number, vn.FormatDate(day))
	return nil
}
