package demo

import (
	"context"
	"time"

	"socongdoan/data"
)

// fillDues writes a realistic run of đoàn phí and KPCĐ (issue 13 points 1, 2):
// each member's BHXH salary (a few above the cap's 46,8 / 50,6 million), a rise
// in January, the months up to last month kept and collected except part of the
// last, and the employer's KPCĐ paid on time but for one late month and last
// month still open. A big register gets its last two months only.
func fillDues(ctx context.Context, store Store, today time.Time) error {
	dues, ok := store.(data.DuesService)
	if !ok {
		return nil
	}
	last := data.MonthOf(today).AddDate(0, -1, 0)
	first := last.AddDate(0, -11, 0)
	if first.Before(data.DuesRuleFrom) {
		first = data.DuesRuleFrom
	}
	var payrolls []int64
	var workers []int
	var months []time.Time
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		rows, err := dues.DuesSheet(ctx, m)
		if err != nil {
			return err
		}
		if len(rows) > 5000 && m.Before(last.AddDate(0, -1, 0)) {
			continue
		}
		entries := make([]data.DuesEntry, 0, len(rows))
		var payroll int64
		for i, r := range rows {
			salary := 5_500_000 + (r.MemberID*7_919%40)*500_000 // 5,5 to 25 million
			if r.MemberID%23 == 0 {
				salary = 52_000_000 // above the cap
			}
			if m.Year() > first.Year() {
				salary += salary / 20 // the January rise
			}
			e := data.DuesEntry{MemberID: r.MemberID, Base: data.DuesBaseBHXH, Amount: salary}
			if r.MemberID%37 == 0 {
				e.Exemption = data.ExemptUnpaidLeave
			}
			d, err := data.DuesFor(e, m, r.Status, nil, data.DefaultFinanceSettings())
			if err != nil {
				return err
			}
			if !m.Equal(last) || i%5 != 0 {
				e.Collected = d.Due
			}
			payroll += salary
			entries = append(entries, e)
		}
		if err := dues.SaveDues(ctx, m, entries, ""); err != nil {
			return err
		}
		months = append(months, m)
		payrolls = append(payrolls, payroll)
		workers = append(workers, len(rows)*11/10)
	}
	ks := data.KPCDs.Store(store)
	for i, m := range months {
		k := &data.KPCDRecord{Month: m, Workers: workers[i], Payroll: payrolls[i] * 11 / 10} // workers outside the union pay BHXH too
		due := k.Payroll * data.KPCDRateBP / 10000
		deadline := data.KPCDDeadline(m)
		switch {
		case m.Equal(last):
			// not due yet, or open: left for Việc cần làm
		case i == len(months)-3:
			k.Paid, k.PaidOn = due, deadline.AddDate(0, 0, 20) // paid late
			k.Notes = "Doanh nghiệp đóng chậm, đã nhắc bằng văn bản"
		default:
			k.Paid, k.PaidOn = due, deadline.AddDate(0, 0, -5)
		}
		if k.PaidOn.After(today) {
			k.Paid, k.PaidOn = 0, time.Time{}
		}
		if !k.PaidOn.IsZero() && k.PaidOn.AddDate(0, 1, 0).Before(today) {
			k.Returned = k.Paid * 75 / 100
		}
		if err := ks.Create(ctx, k); err != nil {
			return err
		}
	}
	return nil
}
