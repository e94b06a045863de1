package data_test

import (
	"strings"
	"testing"

	"socongdoan/data"
)

// Only the phiếu chi linked to the course count; the two sums agreeing to the
// đồng is no warning, one đồng apart is.
func TestCourseCostAgainstItsVouchers(t *testing.T) {
	vs := []data.Voucher{
		{Kind: data.VoucherPayment, Number: 12, Year: 2026, Amount: 700_000, LinkKind: data.KindCourse, LinkID: 5},
		{Kind: data.VoucherPayment, Number: 13, Year: 2026, Amount: 500_000, LinkKind: data.KindCourse, LinkID: 5},
		{Kind: data.VoucherReceipt, Number: 3, Year: 2026, Amount: 900_000, LinkKind: data.KindCourse, LinkID: 5},
		{Kind: data.VoucherPayment, Number: 14, Year: 2026, Amount: 300_000, LinkKind: data.KindCourse, LinkID: 6},
		{Kind: data.VoucherPayment, Number: 15, Year: 2026, Amount: 300_000, LinkKind: data.KindSignList, LinkID: 5},
	}
	linked := data.CourseVouchers(5, vs)
	if len(linked) != 2 || data.VouchersTotal(linked) != 1_200_000 || data.VouchersText(linked) != "PC012/2026, PC013/2026" {
		t.Fatalf("linked %+v", linked)
	}
	if w := data.CourseCostMismatch(&data.Course{ID: 5, Cost: 1_200_000}, linked); w != "" {
		t.Errorf("equal sums: %q", w)
	}
	if w := data.CourseCostMismatch(&data.Course{ID: 5, Cost: 1_200_001}, linked); !strings.Contains(w, "1.200.001 đ nhưng phiếu chi PC012/2026, PC013/2026 chi 1.200.000 đ") {
		t.Errorf("one đồng apart: %q", w)
	}
	if w := data.CourseCostMismatch(&data.Course{ID: 7, Cost: 1}, data.CourseVouchers(7, vs)); w != "" || data.CourseVouchers(0, vs) != nil {
		t.Errorf("nothing linked: %q", w)
	}
	p := data.CoursePayment(&data.Course{ID: 5, Name: "Tập huấn ATVSLĐ", Cost: 800_000}, day(2026, 3, 10))
	if p.Kind != data.VoucherPayment || p.Amount != 800_000 || p.Reason != "Chi kinh phí tập huấn ATVSLĐ" || p.LinkKind != data.KindCourse || p.LinkID != 5 {
		t.Errorf("payment %+v", p)
	}
}

// An award's tiền thưởng is the sum of its rows; the phiếu chi made from it
// pays that sum, names the decision, and names the one person it pays.
func TestAwardAmountAgainstItsVouchers(t *testing.T) {
	a := &data.Award{ID: 3, Year: 2025, Form: "Giấy khen", DecisionNo: "05/QĐ-CĐCS",
		Recipients: []data.Awardee{{Name: "Hồ Thị An", MemberID: 9, Unit: "Tổ May 1", Amount: 300_000}}}
	p := data.AwardPayment(a, day(2026, 1, 10))
	if p.Amount != 300_000 || p.LinkKind != data.KindAward || p.LinkID != 3 || p.Person != "Hồ Thị An" || p.MemberID != 9 ||
		p.Reason != "Chi tiền thưởng giấy khen năm 2025 theo Quyết định số 05/QĐ-CĐCS" {
		t.Errorf("payment %+v", p)
	}
	a.Recipients = append(a.Recipients, data.Awardee{Name: "Tổ May 1", Collective: true, Amount: 500_000})
	if p := data.AwardPayment(a, day(2026, 1, 10)); p.Amount != 800_000 || p.Person != "" {
		t.Errorf("two rows: %+v", p)
	}
	vs := []data.Voucher{
		{Kind: data.VoucherPayment, Number: 4, Year: 2026, Amount: 800_000, LinkKind: data.KindAward, LinkID: 3},
		{Kind: data.VoucherPayment, Number: 5, Year: 2026, Amount: 800_000, LinkKind: data.KindCourse, LinkID: 3},
	}
	linked := data.LinkedPayments(data.KindAward, 3, vs)
	if w := data.AwardAmountMismatch(a, linked); len(linked) != 1 || w != "" {
		t.Errorf("equal: %q %+v", w, linked)
	}
	a.Recipients[1].Amount = 400_000
	if w := data.AwardAmountMismatch(a, linked); !strings.Contains(w, "Tiền thưởng ghi 700.000 đ nhưng phiếu chi PC004/2026 chi 800.000 đ") ||
		!strings.Contains(w, "để ghi tiền thưởng bằng số đã chi") {
		t.Errorf("differ: %q", w)
	}
}
