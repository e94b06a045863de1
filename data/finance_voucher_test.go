package data

import (
	"strings"
	"testing"
	"time"
)

func TestVoucherValidateNamesTheField(t *testing.T) {
	now := time.Date(2026, 6, 15, 9, 0, 0, 0, time.UTC)
	v := Voucher{Kind: VoucherPayment, Date: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), Person: "A", Reason: "B", Amount: 1000}
	v.Normalize()
	ps := v.Validate(now)
	if len(ps) != 1 || ps[0].Field != FieldVoucherCategory {
		t.Fatalf("a chi without category: %+v", ps)
	}
	v.Category, v.Amount, v.Reason = "c04", 0, ""
	v.Normalize()
	if v.Category != "C04" {
		t.Errorf("category %q", v.Category)
	}
	fields := map[string]bool{}
	for _, p := range v.Validate(now) {
		fields[p.Field] = true
	}
	if !fields[FieldVoucherAmount] || !fields[FieldVoucherReason] || fields[FieldVoucherCategory] {
		t.Errorf("fields %v", fields)
	}
	if got := (&Voucher{Amount: 1_250_000}).AmountInWords(); got != "Một triệu hai trăm năm mươi nghìn đồng" {
		t.Errorf("in words: %q", got)
	}
}

func TestOverRule(t *testing.T) {
	d := func(m, dd int) time.Time { return time.Date(2026, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	rules := []SpendingRule{
		{ID: 1, ValidFrom: d(1, 1), DocNumber: "01/NQ", Items: []SpendingItem{{Name: "Thăm hỏi ốm đau", Amount: 500_000}}},
		{ID: 2, ValidFrom: d(7, 1), DocNumber: "05/NQ", Items: []SpendingItem{{Name: "Thăm hỏi ốm đau", Amount: 700_000}, {Name: "Quà 8/3", Amount: 200_000}}},
	}
	v := Voucher{Kind: VoucherPayment, Date: d(3, 5), Amount: 600_000, RuleItem: "tham hoi om dau"}
	if w := OverRule(rules, &v, 1); !strings.Contains(w, "Vượt mức quy chế") || !strings.Contains(w, "500.000 đ") {
		t.Errorf("600,000 under the 500,000 rule: %q", w)
	}
	v.Date = d(7, 2)
	if w := OverRule(rules, &v, 1); w != "" {
		t.Errorf("600,000 under the 700,000 rule: %q", w)
	}
	v.RuleItem, v.Amount = "Quà 8/3", 2_000_001
	if w := OverRule(rules, &v, 10); !strings.Contains(w, "× 10 người = 2.000.000 đ") {
		t.Errorf("a list of 10: %q", w)
	}
	v.Date = d(1, 1).AddDate(-1, 0, 0)
	if w := OverRule(rules, &v, 1); !strings.Contains(w, "Chưa có quy chế") {
		t.Errorf("before any rule: %q", w)
	}
}
