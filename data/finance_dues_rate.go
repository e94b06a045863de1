package data

import (
	"strconv"
	"strings"
	"time"
)

// ParseDuesRate reads a đoàn phí rate typed as a percentage, "1%", "0,8%" or
// "0.8", into phần vạn (basis points: 1% → 100); at most two decimals.
func ParseDuesRate(s string) (int, error) {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	t = strings.ReplaceAll(t, ",", ".")
	whole, frac, _ := strings.Cut(t, ".")
	if len(frac) > 2 || whole == "" && frac == "" {
		return 0, Errorf(EINVALID, FieldDuesRate, "Tỷ lệ đoàn phí phải dạng 1%% hoặc 0,8%%, không phải %q", s)
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err1 := strconv.Atoi("0" + whole)
	f, err2 := strconv.Atoi(frac)
	if err1 != nil || err2 != nil || w > 100 {
		return 0, Errorf(EINVALID, FieldDuesRate, "Tỷ lệ đoàn phí phải dạng 1%% hoặc 0,8%%, không phải %q", s)
	}
	return w*100 + f, nil
}

// CheckDuesRateStart refuses a higher rate from a month at or before the last
// month whose đoàn phí is kept: those rows were computed at the old rate, and a
// later save of the month would recompute them silently (issue 13: "a past month
// already collected is never silently recomputed"). The rate starts after it.
func CheckDuesRateStart(kept []time.Time, from time.Time) error {
	var last time.Time
	for _, m := range kept {
		if m.After(last) {
			last = m
		}
	}
	if !last.IsZero() && !MonthOf(from).After(last) {
		return Errorf(EINVALID, FieldDuesMonth, "Tháng %s đã lưu đoàn phí theo tỷ lệ cũ: áp dụng từ tháng %s",
			MonthLabel(last), MonthLabel(last.AddDate(0, 1, 0)))
	}
	return nil
}
