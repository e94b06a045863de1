package ui

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// newAwardVouchers is the award form's phiếu chi part (voucher_link.go,
// DOMAIN-MODULES §D "amount → phiếu chi"): the tiền thưởng of every row is the
// amount, a phiếu chi made from the saved award is dated its decision.
func newAwardVouchers(f *awardForm) *voucherLink {
	var id int64
	if f.award != nil {
		id = f.award.ID
	}
	vl := newVoucherLink(f.recordForm, data.KindAward, id, data.FieldAwdRecipients, "Tiền thưởng")
	vl.payment = func() data.Voucher { return data.AwardPayment(f.award, paymentDate(f.ui, f.award.DecisionDate)) }
	vl.amount = func() int64 { a, _ := f.collect(); return a.Total() }
	vl.agree = f.takePaidAmount
	return vl
}

// takePaidAmount writes the total paid as the tiền thưởng when the award has
// one row; with several, which row gets what is the chair's to say.
func (f *awardForm) takePaidAmount(total int64) bool {
	var ps data.Problems
	rows := f.recipients.values(&ps)
	if len(rows) != 1 {
		f.showProblems(data.Problems{{Field: data.FieldAwdRecipients, Message: fmt.Sprintf(lang.L(
			"Quyết định khen %d tập thể, cá nhân: sửa tiền thưởng từng dòng sao cho tổng bằng %s"), len(rows), vn.FormatMoney(total))}})
		return false
	}
	rows[0].Amount = total
	f.recipients.clear()
	f.recipients.add(rows[0])
	f.updateTotal()
	return true
}
