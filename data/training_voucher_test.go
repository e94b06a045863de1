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
