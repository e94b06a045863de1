package app

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
)

// The finance settings from the command line (issue 13, DOMAIN-MODULES §A, §A.5),
// the same values as Cài đặt's finance part:
//
//	socongdoan finance settings [--tsv]
//	socongdoan finance settings set KEY VALUE [KEY VALUE …]
//	socongdoan finance settings reset [KEY …]
//	socongdoan finance base-salary --from dd/mm/yyyy --amount N
func init() {
	financeCommands["settings"] = financeSettingsCmd
	financeCommands["base-salary"] = baseSalaryCmd
}

// financeSettingLabels name each key as Cài đặt does.
var financeSettingLabels = map[string]string{
	data.KeyDuesRounding:       "Làm tròn đoàn phí đến (đồng)",
	data.KeyBaseSalaries:       "Mức lương cơ sở (trần đoàn phí 10%)",
	data.KeyDuesRemitShare:     "Tỷ lệ đoàn phí nộp cấp trên",
	data.KeyKPCDShare:          "Tỷ lệ KPCĐ công đoàn cơ sở được sử dụng",
	data.KeyAccountant:         "Kế toán (khi Cán bộ chưa ghi chức danh này)",
	data.KeyCashier:            "Thủ quỹ (khi Cán bộ chưa ghi chức danh này)",
	data.KeyVoucherCopies:      "Số liên phiếu thu, phiếu chi (1–3)",
	data.KeyKPCDCheckDay:       "Kiểm tra KPCĐ tháng trước, ngày (31: cuối tháng)",
	data.KeyDuesRemitQuarterly: "Nộp đoàn phí cấp trên theo quý (true/false)",
	data.KeyDuesRemitDay:       "Nộp đoàn phí chậm nhất ngày (31: cuối tháng)",
	data.KeyEstimateDue:        "Gửi dự toán năm sau trước ngày",
	data.KeyHalfSettlementDue:  "Quyết toán 6 tháng đầu năm trước ngày",
	data.KeyYearSettlementDue:  "Quyết toán năm trước, trước ngày",
	data.KeyCheckDue:           "Ủy ban kiểm tra kiểm tra tài chính trước ngày",
	data.KeyDisclosureDays:     "Công khai sau khi duyệt quyết toán (ngày)",
}

// settingShown is a value as the chair reads it: shares as percentages, the
// mức lương cơ sở table as amounts and dates.
func settingShown(r *data.RuleSettings, key string) string {
	switch key {
	case data.KeyBaseSalaries:
		var parts []string
		for _, b := range r.Finance.BaseSalaries {
			parts = append(parts, vn.FormatMoney(b.Amount)+" từ "+vn.FormatDate(b.From))
		}
		return strings.Join(parts, "; ")
	case data.KeyDuesRemitShare:
		return r.Finance.DuesRemitShare.String()
	case data.KeyKPCDShare:
		return r.Finance.KPCDShare.String()
	}
	v, _ := data.RuleSettingText(r, key)
	return v
}

func financeSettingsCmd(e *env, args []string) error {
	if len(args) > 0 && (args[0] == "set" || args[0] == "reset") {
		return changeFinanceSettings(e, args[0], args[1:])
	}
	fs := newFlags("finance settings")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	rs, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return err
	}
	def := data.DefaultRuleSettings()
	w, flush := tableOut(e, *tsv)
	fmt.Fprintln(w, "Mã\tNội dung\tGiá trị\tMặc định")
	for _, k := range data.FinanceSettingKeys() {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", k, financeSettingLabels[k], settingShown(&rs, k), settingShown(&def, k))
	}
	return flush()
}

// tableOut is where a listing goes: tab-separated with --tsv, else aligned
// columns; flush ends it.
func tableOut(e *env, tsv bool) (io.Writer, func() error) {
	if tsv {
		return e.stdout, func() error { return nil }
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	return tw, tw.Flush
}

// openWithRules opens the store for writing and reads its rule settings.
func openWithRules(e *env) (*sqlite.Store, data.RuleSettings, error) {
	store, err := e.openStore()
	if err != nil {
		return nil, data.RuleSettings{}, err
	}
	rs, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		store.Close()
		return nil, rs, err
	}
	return store, rs, nil
}

// changeFinanceSettings runs `finance settings set KEY VALUE …` and `reset [KEY …]`:
// all the changes are checked together and saved together, or none is.
func changeFinanceSettings(e *env, verb string, args []string) error {
	known := map[string]bool{}
	for _, k := range data.FinanceSettingKeys() {
		known[k] = true
	}
	if verb == "set" && (len(args) == 0 || len(args)%2 != 0) {
		return usagef("finance settings set MÃ GIÁ_TRỊ [MÃ GIÁ_TRỊ …] (mã: xem \"finance settings\")")
	}
	store, rs, err := openWithRules(e)
	if err != nil {
		return err
	}
	defer store.Close()
	now := rs
	def := data.DefaultRuleSettings()
	var keys []string
	if verb == "set" {
		for i := 0; i < len(args); i += 2 {
			if !known[args[i]] {
				return usagef("không có cài đặt tài chính %q (xem \"finance settings\")", args[i])
			}
			if err := data.SetRuleSetting(&now, args[i], args[i+1]); err != nil {
				return err
			}
			keys = append(keys, args[i])
		}
	} else {
		keys = args
		if len(keys) == 0 {
			keys = data.FinanceSettingKeys()
		}
		for _, k := range keys {
			if !known[k] {
				return usagef("không có cài đặt tài chính %q (xem \"finance settings\")", k)
			}
			v, _ := data.RuleSettingText(&def, k)
			if err := data.SetRuleSetting(&now, k, v); err != nil {
				return err
			}
		}
	}
	if err := saveFinanceSettings(e, store, rs, now); err != nil {
		return err
	}
	for _, k := range keys {
		fmt.Fprintf(e.stdout, "%s: %s\n", financeSettingLabels[k], settingShown(&now, k))
	}
	return nil
}

// saveFinanceSettings checks now (its values, and that no month with kept đoàn
// phí gets another mức lương cơ sở) and saves it.
func saveFinanceSettings(e *env, store *sqlite.Store, old, now data.RuleSettings) error {
	if err := now.Validate().Err(); err != nil {
		return err
	}
	ps, err := data.CheckBaseSalaryChange(e.ctx, store, old.Finance.BaseSalaries, now.Finance.BaseSalaries, e.now())
	if err != nil {
		return err
	}
	if err := ps.Err(); err != nil {
		return err
	}
	return data.SaveRuleSettings(e.ctx, store, now)
}

// baseSalaryCmd adds a mức lương cơ sở from a date (or changes the amount of
// that date): the cap of đoàn phí follows it from that month on.
func baseSalaryCmd(e *env, args []string) error {
	fs := newFlags("finance base-salary")
	from := fs.String("from", "", "")
	amount := fs.String("amount", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	day, err := dateFlag(*from, data.FieldSetBaseSalaries, "Ngày áp dụng")
	if err != nil {
		return err
	}
	n, err := moneyFlag(*amount, data.FieldSetBaseSalaries, "Mức lương cơ sở")
	if err != nil {
		return err
	}
	if day.IsZero() || n == 0 {
		return usagef("finance base-salary --from dd/mm/yyyy --amount N")
	}
	store, rs, err := openWithRules(e)
	if err != nil {
		return err
	}
	defer store.Close()
	now := rs
	now.Finance.BaseSalaries = nil
	for _, b := range rs.Finance.BaseSalaries {
		if !b.From.Equal(day) {
			now.Finance.BaseSalaries = append(now.Finance.BaseSalaries, b)
		}
	}
	now.Finance.BaseSalaries = append(now.Finance.BaseSalaries, data.BaseSalary{From: day, Amount: n})
	data.SortBaseSalaries(now.Finance.BaseSalaries)
	if err := saveFinanceSettings(e, store, rs, now); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Mức lương cơ sở từ %s: %s; đoàn phí tối đa %s một tháng.\n", vn.FormatDate(day), vn.FormatMoney(n), vn.FormatMoney(n*data.DuesCapPercent/100))
	return nil
}
