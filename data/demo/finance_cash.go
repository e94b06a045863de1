package demo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"socongdoan/data"
)

// The demo's thu – chi (issue 13 points 3–5): last year and this year up to
// today — KPCĐ returned, đoàn phí collected and partly sent up, cash paid into
// and drawn from the bank, allowances, office costs, thăm hỏi of members by the
// quy chế (one above it, to show the warning), and the gift lists of Tết, 8/3,
// 1/6, Trung thu and 20/10 each paid by one phiếu chi. Amounts follow the
// register's size; a voucher the cash box could not pay is left out, as a kế
// toán would not write it.

// demoRuleItems are the quy chế amounts of the demo (the chair's own, not a rule).
var demoRuleItems = []data.SpendingItem{
	{Name: "Thăm hỏi ốm đau", Amount: 500_000, Category: "C04"},
	{Name: "Hiếu", Amount: 1_000_000, Category: "C04"},
	{Name: "Hỉ", Amount: 500_000, Category: "C04"},
	{Name: "Sinh con", Amount: 500_000, Category: "C04"},
	{Name: "Quà 8/3", Amount: 200_000, Category: "C05"},
	{Name: "Quà 1/6", Amount: 150_000, Category: "C05"},
	{Name: "Quà Trung thu", Amount: 150_000, Category: "C05"},
	{Name: "Quà 20/10", Amount: 200_000, Category: "C05"},
	{Name: "Quà Tết", Amount: 300_000, Category: "C05"},
}

// maxGiftRows caps a demo gift list, so that a demo of 100,000 members stays quick to make.
const maxGiftRows = 3000

func fillVouchers(ctx context.Context, store Store, rows []data.MemberRow, today time.Time) error {
	svc, ok := store.(data.VoucherService)
	if !ok {
		return nil
	}
	year := today.Year()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	n := int64(max(len(rows), 20))
	if err := svc.SaveCashSetup(ctx, data.CashSetup{Start: day(year-1, 1, 1),
		Opening: data.CashBank{Cash: 3_000_000 + n*5_000, Bank: 20_000_000 + n*250_000}}); err != nil {
		return err
	}
	rule := &data.SpendingRule{DocNumber: fmt.Sprintf("01/NQ-BCH/%d", year-1), Adopted: day(year-1, 1, 5), Body: "Ban Chấp hành",
		ValidFrom: day(year-1, 1, 5), Items: demoRuleItems, Notes: "Ban hành kèm theo Quyết định số 02/QĐ-CĐCS"}
	if err := data.SpendingRules.Store(store).Create(ctx, rule); err != nil {
		return err
	}
	var active []data.MemberRow
	for _, r := range rows {
		if r.Status == data.StatusActive {
			active = append(active, r)
		}
	}
	add := func(v data.Voucher) error {
		if v.Date.After(today) {
			return nil
		}
		err := data.Vouchers.Store(store).Create(ctx, &v)
		var de *data.Error
		if errors.As(err, &de) && de.Code == data.EINVALID && de.Field == data.FieldVoucherAmount {
			return nil // the cash box could not pay it: not written
		}
		return err
	}
	dues := n * 30_000 // about 0.5% of a 6 million salary
	k := 0             // the next member visited
	for y := year - 1; y <= year; y++ {
		for m := time.January; m <= time.December; m++ {
			monthName := fmt.Sprintf("tháng %d/%d", m, y)
			visits := min(3, int(n/50)+1)
			// Cash drawn from the bank covers the month's cash spending; the đoàn phí collected goes to the bank.
			withdraw := 350_000 + int64(visits)*500_000 + 200_000
			vs := []data.Voucher{
				{Kind: data.VoucherReceipt, Date: day(y, m, 5), Person: "Công đoàn cấp trên", Reason: "Kinh phí công đoàn được sử dụng " + monthName,
					Amount: n * 90_000, Bank: true, Category: "T01", Attachments: 1},
				{Kind: data.VoucherReceipt, Date: day(y, m, 10), Person: "Các tổ công đoàn", Reason: "Thu đoàn phí " + monthName,
					Amount: dues, Category: "T02", Attachments: 1},
				{Kind: data.VoucherReceipt, Date: day(y, m, 11), Person: "Thủ quỹ", Reason: "Rút tiền gửi nhập quỹ " + monthName,
					Amount: withdraw, Category: "T09"},
				{Kind: data.VoucherPayment, Date: day(y, m, 12), Person: "Thủ quỹ", Reason: "Nộp đoàn phí thu được vào tài khoản",
					Amount: dues, Category: "C09"},
				{Kind: data.VoucherPayment, Date: day(y, m, 15), Person: "Công đoàn cấp trên", Reason: "Nộp 30% đoàn phí " + monthName,
					Amount: dues * 30 / 100, Bank: true, Category: "N01", Attachments: 1},
				{Kind: data.VoucherPayment, Date: day(y, m, 20), Person: "Ban Chấp hành", Reason: "Phụ cấp cán bộ công đoàn " + monthName,
					Amount: 1_500_000 + n*2_000, Bank: true, Category: "C01", Attachments: 1},
				{Kind: data.VoucherPayment, Date: day(y, m, 25), Person: "Văn phòng công đoàn", Reason: "Văn phòng phẩm, điện thoại " + monthName,
					Amount: 350_000, Category: "C02", Attachments: 2},
			}
			for i := 0; i < visits && len(active) > 0; i++ {
				r := active[k%len(active)]
				k += 7
				amount := int64(500_000)
				if y == year && m == time.March && i == 0 {
					amount = 700_000 // above the quy chế: flagged
				}
				vs = append(vs, data.Voucher{Kind: data.VoucherPayment, Date: day(y, m, 8+6*i), Person: r.Name, MemberID: r.ID, Unit: r.UnitName,
					Reason: "Thăm hỏi ốm đau", Amount: amount, Category: "C04", RuleItem: "Thăm hỏi ốm đau", Attachments: 1})
			}
			if m%3 == 0 {
				vs = append(vs, data.Voucher{Kind: data.VoucherPayment, Date: day(y, m, 28), Person: "Ban Văn thể", Reason: "Giải bóng đá, văn nghệ quý",
					Amount: 2_000_000 + n*10_000, Bank: true, Category: "C06", Attachments: 3})
			}
			data.SortVouchers(vs)
			for _, v := range vs {
				if err := add(v); err != nil {
					return err
				}
			}
			if err := fillGiftLists(ctx, store, add, active, y, m, today); err != nil {
				return err
			}
		}
	}
	return nil
}

// fillGiftLists writes the gift lists of a month and their phiếu chi.
func fillGiftLists(ctx context.Context, store Store, add func(data.Voucher) error, active []data.MemberRow, y int, month time.Month, today time.Time) error {
	day := func(m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	gifts := []struct {
		date        time.Time
		title, item string
		amount      int64
		women       bool
		gift        string
	}{
		{day(time.January, 22), fmt.Sprintf("Quà Tết Nguyên đán %d", y), "Quà Tết", 300_000, false, ""},
		{day(time.March, 6), fmt.Sprintf("Quà 8/3/%d cho nữ đoàn viên", y), "Quà 8/3", 200_000, true, ""},
		{day(time.May, 29), fmt.Sprintf("Quà 1/6/%d cho con đoàn viên", y), "Quà 1/6", 150_000, false, "01 phần quà cho cháu"},
		{day(time.September, 15), fmt.Sprintf("Quà Trung thu %d", y), "Quà Trung thu", 150_000, false, "01 hộp bánh trung thu"},
		{day(time.October, 19), fmt.Sprintf("Quà 20/10/%d cho nữ đoàn viên", y), "Quà 20/10", 200_000, true, ""},
	}
	for i, g := range gifts {
		if g.date.Month() != month || g.date.After(today) {
			continue
		}
		l := &data.SignList{Date: g.date, Title: g.title, Category: "C05", RuleItem: g.item, Gift: g.gift, Bank: true}
		for j, r := range active {
			if g.women && r.Sex != data.SexFemale || (i == 2 || i == 3) && j%3 != 0 { // 1/6, Trung thu: members with young children
				continue
			}
			l.Rows = append(l.Rows, data.SignRow{MemberID: r.ID, Name: r.Name, Unit: r.UnitName, Amount: g.amount})
			if len(l.Rows) == maxGiftRows {
				break
			}
		}
		if len(l.Rows) == 0 {
			continue
		}
		if err := data.SignLists.Store(store).Create(ctx, l); err != nil {
			return err
		}
		if err := add(l.Voucher()); err != nil {
			return err
		}
	}
	return nil
}

// MoreVouchers adds n vouchers to this year's books, for the speed targets of
// issue 13 (the year's sổ quỹ with 10,000 vouchers): in date order from 1
// January to today, pairs of a tổ công đoàn handing in đoàn phí it collected and
// a thăm hỏi paid the same day out of it, so the cash box never runs short.
func MoreVouchers(ctx context.Context, store Store, n int, today time.Time) error {
	rows, err := store.MemberRows(ctx)
	if err != nil {
		return err
	}
	start := time.Date(today.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(today.Sub(start).Hours()/24) + 1
	st := data.Vouchers.Store(store)
	for i := 0; i < n; i++ {
		pair := i / 2
		v := data.Voucher{Date: start.AddDate(0, 0, pair*2*days/max(n, 1)), Attachments: 1}
		unit := Units[pair%len(Units)]
		if i%2 == 0 {
			v.Kind, v.Person, v.Unit, v.Category = data.VoucherReceipt, "Tổ trưởng "+unit, unit, "T02"
			v.Reason, v.Amount = "Thu đoàn phí "+unit+" nộp bổ sung", int64(300_000+(pair%7)*50_000)
		} else {
			v.Kind, v.Category, v.Reason = data.VoucherPayment, "C04", "Thăm hỏi đoàn viên ốm đau"
			v.Amount, v.RuleItem = int64(200_000+(pair%5)*50_000), "Thăm hỏi ốm đau"
			if len(rows) > 0 {
				r := rows[(pair*7919)%len(rows)]
				v.Person, v.MemberID, v.Unit = r.Name, r.ID, r.UnitName
			} else {
				v.Person = "Đoàn viên " + unit
			}
		}
		if err := st.Create(ctx, &v); err != nil {
			return err
		}
	}
	return nil
}
