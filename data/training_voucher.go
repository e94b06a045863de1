package data

import (
	"strings"
	"time"

	"socongdoan/data/vn"
)

// A course's cost and the phiếu chi that paid it (DOMAIN-MODULES §B, Implications:
// "cost and the voucher link (A)"). A phiếu chi is linked to the course by its
// LinkKind/LinkID (the finance kind's own link, finance_voucher.go); the course
// keeps the cost as typed. When the two disagree the chair is told at the cost
// field: the app never keeps two money figures that disagree silently.

// CourseVouchers returns the phiếu chi linked to course id, in the order given.
func CourseVouchers(id int64, vouchers []Voucher) []Voucher {
	var out []Voucher
	if id == 0 {
		return nil
	}
	for _, v := range vouchers {
		if v.Kind == VoucherPayment && v.LinkKind == KindCourse && v.LinkID == id {
			out = append(out, v)
		}
	}
	return out
}

// VouchersTotal is the sum of the vouchers' amounts.
func VouchersTotal(vs []Voucher) int64 {
	var n int64
	for _, v := range vs {
		n += v.Amount
	}
	return n
}

// VouchersText names the vouchers for a list: "PC012/2026, PC015/2026".
func VouchersText(vs []Voucher) string {
	refs := make([]string, len(vs))
	for i := range vs {
		refs[i] = vs[i].Ref()
	}
	return strings.Join(refs, ", ")
}

// CourseCostMismatch is the warning, at the cost field, when the course's cost
// differs from what its linked phiếu chi paid; "" when they agree or none is linked.
func CourseCostMismatch(c *Course, linked []Voucher) string {
	if len(linked) == 0 {
		return ""
	}
	paid := VouchersTotal(linked)
	if paid == c.Cost {
		return ""
	}
	return "Kinh phí ghi " + vn.FormatInt(c.Cost) + " đ nhưng phiếu chi " + VouchersText(linked) + " chi " +
		vn.FormatInt(paid) + " đ: sửa một trong hai cho khớp (bấm \"Lấy theo phiếu chi\" để ghi kinh phí bằng số đã chi)"
}

// CoursePayment is the phiếu chi a course's cost is paid by, prepared for the
// chair to complete (mục chi, người nhận) in the voucher form: the amount is
// the cost, the reason names the course, and it is linked to it.
func CoursePayment(c *Course, date time.Time) Voucher {
	return Voucher{Kind: VoucherPayment, Date: vn.Day(date), Amount: c.Cost, Reason: "Chi kinh phí " + lowerFirst(c.Name),
		LinkKind: KindCourse, LinkID: c.ID}
}
