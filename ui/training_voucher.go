package ui

import (
	"socongdoan/data"
)

// newCourseVouchers is the course form's phiếu chi part (voucher_link.go): the
// cost is the amount, a phiếu chi made from the saved course is dated its last day.
func newCourseVouchers(f *courseForm) *voucherLink {
	var id int64
	if f.course != nil {
		id = f.course.ID
	}
	vl := newVoucherLink(f.recordForm, data.KindCourse, id, data.FieldCourseCost, "Kinh phí")
	vl.payment = func() data.Voucher { return data.CoursePayment(f.course, paymentDate(f.ui, f.course.End())) }
	vl.amount = func() int64 { c, _ := f.collect(); return c.Cost }
	vl.agree = func(total int64) bool { setMoney(f.cost, total); return true }
	return vl
}
