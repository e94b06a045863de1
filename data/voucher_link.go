package data

import (
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Money a record spends and the phiếu chi that paid it: a course's cost
// (DOMAIN-MODULES §B, Implications: "cost and the voucher link (A)"), an
// award's tiền thưởng (§D "amount → phiếu chi"). A phiếu chi is linked to the
// record by its LinkKind/LinkID (the finance kind's own link,
// finance_voucher.go); the record keeps its amount as typed. When the two
// disagree the chair is told at the amount's field: the app never keeps two
// money figures that disagree silently.

// LinkedPayments returns the phiếu chi linked to the record (kind, id), in the order given.
func LinkedPayments(kind RecordKind, id int64, vouchers []Voucher) []Voucher {
	if id == 0 {
		return nil
	}
	var out []Voucher
	for _, v := range vouchers {
		if v.Kind == VoucherPayment && v.LinkKind == kind && v.LinkID == id {
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

// PaidMismatch is the warning, at the amount's field, when what the record
// says it spent (what: "Kinh phí", "Tiền thưởng") differs from what its linked
// phiếu chi paid; "" when they agree or none is linked.
func PaidMismatch(what string, amount int64, linked []Voucher) string {
	if len(linked) == 0 {
		return ""
	}
	paid := VouchersTotal(linked)
	if paid == amount {
		return ""
	}
	return what + " ghi " + vn.FormatInt(amount) + " đ nhưng phiếu chi " + VouchersText(linked) + " chi " +
		vn.FormatInt(paid) + " đ: sửa một trong hai cho khớp (bấm \"Lấy theo phiếu chi\" để ghi " + lowerFirst(what) + " bằng số đã chi)"
}

// PaymentFor is the phiếu chi a record's amount is paid by, prepared for the
// chair to complete (mục chi, người nhận) in the voucher form and linked to it.
func PaymentFor(kind RecordKind, id, amount int64, reason string, date time.Time) Voucher {
	return Voucher{Kind: VoucherPayment, Date: vn.Day(date), Amount: amount, Reason: reason, LinkKind: kind, LinkID: id}
}

// CourseVouchers returns the phiếu chi linked to course id.
func CourseVouchers(id int64, vouchers []Voucher) []Voucher {
	return LinkedPayments(KindCourse, id, vouchers)
}

// CourseCostMismatch is the warning at the cost field when the course's cost
// differs from what its linked phiếu chi paid.
func CourseCostMismatch(c *Course, linked []Voucher) string {
	return PaidMismatch("Kinh phí", c.Cost, linked)
}

// CoursePayment is the phiếu chi of a course's cost: the amount is the cost,
// the reason names the course.
func CoursePayment(c *Course, date time.Time) Voucher {
	return PaymentFor(KindCourse, c.ID, c.Cost, "Chi kinh phí "+lowerFirst(c.Name), date)
}

// AwardAmountMismatch is the warning at the recipients when the award's
// tiền thưởng differs from what its linked phiếu chi paid.
func AwardAmountMismatch(a *Award, linked []Voucher) string {
	return PaidMismatch("Tiền thưởng", a.Total(), linked)
}

// AwardPayment is the phiếu chi of an award's tiền thưởng: the amount is the
// total, the reason names the award, the receiver the one person when there is one.
func AwardPayment(a *Award, date time.Time) Voucher {
	reason := "Chi tiền thưởng " + lowerFirst(a.Form) + " năm " + itoa(a.Year)
	if a.DecisionNo != "" {
		reason += " theo Quyết định số " + a.DecisionNo
	}
	v := PaymentFor(KindAward, a.ID, a.Total(), reason, date)
	if len(a.Recipients) == 1 && !a.Recipients[0].Collective {
		v.Person, v.MemberID, v.Unit = a.Recipients[0].Name, a.Recipients[0].MemberID, a.Recipients[0].Unit
	}
	return v
}
