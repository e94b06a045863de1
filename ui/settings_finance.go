package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// financeSettings is the finance part of Cài đặt (issue 13, DOMAIN-MODULES §A,
// DOMAIN §5): the đoàn phí rounding and shares, the mức lương cơ sở table the cap
// follows, and the eight deadlines of Việc cần làm (§A.5). It is part of the
// rule values, so the screen's one "Lưu" saves it with them; each field shows
// its default, and "Về mặc định" puts every default back on screen (saved by Lưu).
type financeSettings struct {
	form *recordForm

	rounding              *selectOf[int64]
	remitShare, kpcdShare *formEntry
	salaries              *rowEditor[data.BaseSalary]
	salaryBox             *fyne.Container

	kpcdDay, remitDay           *formEntry
	quarterly                   *widget.Check
	estimate, half, year, check *formEntry
	disclosure                  *formEntry

	accountant, cashier, copies *formEntry

	reset  *widget.Button
	object fyne.CanvasObject
}

// roundingLabel names a rounding step: "1.000 đ".
func roundingLabel(n int64) string { return vn.FormatMoney(n) }

func newFinanceSettings(u *UI, form *recordForm, r data.RuleSettings) *financeSettings {
	f := &financeSettings{form: form, salaryBox: container.NewVBox()}
	f.rounding = newSelectOf([]int64{1, 100, 1000}, roundingLabel, lang.L("Chọn"), nil)
	f.remitShare, f.kpcdShare = newFormEntry(), newFormEntry()
	f.kpcdDay, f.remitDay, f.disclosure = newFormEntry(), newFormEntry(), newFormEntry()
	f.quarterly = widget.NewCheck(lang.L("Nộp theo quý (không chọn: hằng tháng)"), nil)
	f.estimate, f.half, f.year, f.check = newFormEntry(), newFormEntry(), newFormEntry(), newFormEntry()
	f.accountant, f.cashier, f.copies = newFormEntry(), newFormEntry(), newFormEntry()
	f.show(u, r)

	def, dd := data.DefaultFinanceSettings(), data.DefaultFinanceDeadlines()
	narrow := func(e fyne.CanvasObject, hint string) fyne.CanvasObject {
		h := widget.NewLabel(lang.L("Mặc định: ") + hint)
		h.TextStyle.Italic = true
		return container.NewHBox(container.NewGridWrap(fyne.NewSize(130, e.MinSize().Height), e), h)
	}
	day := func(d int) string {
		if d == 31 {
			return lang.L("31 (ngày cuối tháng)")
		}
		return strconv.Itoa(d)
	}
	f.reset = widget.NewButtonWithIcon(lang.L("Về mặc định"), theme.ViewRefreshIcon(), func() {
		d := data.DefaultRuleSettings()
		f.show(u, d)
		form.showProblems(nil)
	})
	money := formSection(lang.L("Tài chính: đoàn phí, kinh phí công đoàn"),
		form.row(data.FieldSetDuesRounding, lang.L("Làm tròn đoàn phí đến"), narrow(f.rounding, roundingLabel(def.DuesRounding))),
		form.row(data.FieldSetRemitShare, lang.L("Tỷ lệ đoàn phí nộp cấp trên"), narrow(f.remitShare, def.DuesRemitShare.String())),
		form.row(data.FieldSetKPCDShare, lang.L("Tỷ lệ KPCĐ công đoàn cơ sở được sử dụng"), narrow(f.kpcdShare, def.KPCDShare.String())),
	)
	salaryHint := widget.NewLabel(lang.L("Đoàn phí mỗi tháng không quá 10% mức lương cơ sở áp dụng tháng đó (Quyết định 61/QĐ-TLĐ). Thêm một dòng khi Chính phủ điều chỉnh: mức cũ giữ nguyên cho các tháng trước; tháng đã lưu đoàn phí không bị tính lại. Mặc định: 2.340.000 đ từ 01/07/2024, 2.530.000 đ từ 01/07/2026."))
	salaryHint.Wrapping = fyne.TextWrapWord
	salaryHint.TextStyle.Italic = true
	salaries := form.block(data.FieldSetBaseSalaries, lang.L("Mức lương cơ sở (ngày áp dụng, số tiền)"), "", container.NewVBox(salaryHint, f.salaryBox))
	deadlines := formSection(lang.L("Hạn tài chính nhắc trong Việc cần làm (theo hướng dẫn của công đoàn cấp trên)"),
		form.row(data.FieldSetKPCDCheckDay, lang.L("Kiểm tra KPCĐ tháng trước, ngày"), narrow(f.kpcdDay, day(dd.KPCDCheckDay))),
		form.row("set_fin_dues_quarterly", lang.L("Nộp đoàn phí lên cấp trên"), f.quarterly),
		form.row(data.FieldSetDuesRemitDay, lang.L("Nộp đoàn phí chậm nhất ngày\n(của tháng sau kỳ nộp)"), narrow(f.remitDay, day(dd.DuesRemitDay))),
		form.row(data.FieldSetEstimateDue, lang.L("Gửi dự toán năm sau trước ngày"), narrow(f.estimate, dd.Estimate.String())),
		form.row(data.FieldSetHalfSettlement, lang.L("Quyết toán 6 tháng đầu năm trước ngày"), narrow(f.half, dd.HalfSettlement.String())),
		form.row(data.FieldSetYearSettlement, lang.L("Quyết toán năm trước, trước ngày"), narrow(f.year, dd.YearSettlement.String())),
		form.row(data.FieldSetCheckDue, lang.L("Ủy ban kiểm tra kiểm tra tài chính năm trước, trước ngày"), narrow(f.check, dd.Check.String())),
		form.row(data.FieldSetDisclosureDays, lang.L("Công khai tài chính sau khi cấp trên duyệt quyết toán (ngày)"), narrow(f.disclosure, strconv.Itoa(dd.DisclosureDays))),
	)
	signHint := widget.NewLabel(lang.L("Tên in ở phiếu thu, phiếu chi khi Cán bộ chưa ghi người giữ chức danh Kế toán công đoàn, Thủ quỹ vào ngày của phiếu; để trống thì in dòng chấm để ghi tay."))
	signHint.Wrapping = fyne.TextWrapWord
	signHint.TextStyle.Italic = true
	vouchers := formSection(lang.L("Phiếu thu, phiếu chi (mẫu C40-BB, C41-BB)"),
		form.row(data.FieldSetAccountant, lang.L("Kế toán"), f.accountant),
		form.row(data.FieldSetCashier, lang.L("Thủ quỹ"), f.cashier),
		form.row(data.FieldSetVoucherCopies, lang.L("Số liên in (mỗi liên một trang)"), narrow(f.copies, strconv.Itoa(def.VoucherCopies))),
		form.row("set_fin_sign_hint", "", signHint),
	)
	catalogue := widget.NewButtonWithIcon(lang.L("Mục lục thu – chi…"), theme.ListIcon(), func() { u.openFinanceTab(categoriesTitle) })
	f.object = container.NewVBox(money, salaries, deadlines, vouchers, container.NewHBox(f.reset, catalogue))
	return f
}

// show puts the finance values of r on screen.
func (f *financeSettings) show(u *UI, r data.RuleSettings) {
	fin, d := r.Finance, r.FinanceDeadlines
	f.rounding.set(fin.DuesRounding)
	f.remitShare.SetText(fin.DuesRemitShare.String())
	f.kpcdShare.SetText(fin.KPCDShare.String())
	f.salaries = newRowEditor(lang.L("Thêm mức lương cơ sở"), func(b data.BaseSalary) *editorRow[data.BaseSalary] {
		return baseSalaryRow(u, b)
	}, fin.BaseSalaries)
	f.salaryBox.Objects = []fyne.CanvasObject{f.salaries.object}
	f.salaryBox.Refresh()
	f.kpcdDay.SetText(strconv.Itoa(d.KPCDCheckDay))
	f.remitDay.SetText(strconv.Itoa(d.DuesRemitDay))
	f.quarterly.SetChecked(d.DuesRemitQuarterly)
	f.estimate.SetText(d.Estimate.String())
	f.half.SetText(d.HalfSettlement.String())
	f.year.SetText(d.YearSettlement.String())
	f.check.SetText(d.Check.String())
	f.disclosure.SetText(strconv.Itoa(d.DisclosureDays))
	f.accountant.SetText(fin.Accountant)
	f.cashier.SetText(fin.Cashier)
	f.copies.SetText(strconv.Itoa(fin.VoucherCopies))
}

// baseSalaryRow is one line of the table: the date it applies from, the amount,
// and the cap it gives (10%), shown as the chair types.
func baseSalaryRow(u *UI, b data.BaseSalary) *editorRow[data.BaseSalary] {
	from := u.dateInput(b.From)
	amount := numEntry(lang.L("đồng"))
	setMoney(amount, b.Amount)
	capLabel := widget.NewLabel("")
	showCap := func() {
		if n, err := vn.ParseInt(amount.Text); err == nil && n > 0 {
			capLabel.SetText(lang.L("Đoàn phí tối đa ") + vn.FormatMoney(n*data.DuesCapPercent/100))
		} else {
			capLabel.SetText("")
		}
	}
	amount.OnChanged = func(string) { showCap() }
	showCap()
	h := amount.MinSize().Height
	obj := container.NewHBox(labelled(lang.L("Áp dụng từ ngày"), container.NewGridWrap(fyne.NewSize(170, h), from.object)),
		labelled(lang.L("Mức lương cơ sở (đồng)"), container.NewGridWrap(fyne.NewSize(150, h), amount)),
		labelled(" ", capLabel))
	return &editorRow[data.BaseSalary]{object: obj, read: func(ps *data.Problems) data.BaseSalary {
		t := readDate(from, data.FieldSetBaseSalaries, ps)
		n := readMoney(amount, data.FieldSetBaseSalaries, lang.L("Mức lương cơ sở"), ps)
		if t.IsZero() {
			*ps = append(*ps, data.Problem{Field: data.FieldSetBaseSalaries, Message: "Mức lương cơ sở " + vn.FormatMoney(n) + ": cần ngày áp dụng"})
		}
		return data.BaseSalary{From: t, Amount: n}
	}}
}

// collect reads the finance values into r; typing mistakes go to ps at their field.
func (f *financeSettings) collect(r *data.RuleSettings, ps *data.Problems) {
	fin, d := &r.Finance, &r.FinanceDeadlines
	fin.DuesRounding = f.rounding.value()
	if fin.DuesRounding == 0 {
		*ps = append(*ps, data.Problem{Field: data.FieldSetDuesRounding, Message: "Chọn làm tròn đoàn phí đến 1 đ, 100 đ hoặc 1.000 đ"})
		fin.DuesRounding = 1
	}
	share := func(e *formEntry, field, example string) data.Fraction {
		v, err := data.ParseFraction(strings.TrimSpace(e.Text))
		if err != nil {
			*ps = append(*ps, data.Problem{Field: field, Message: "Tỷ lệ phải dạng " + example + ", không phải \"" + e.Text + "\""})
			return data.Fraction{Num: 0, Den: 1}
		}
		return v
	}
	fin.DuesRemitShare = share(f.remitShare, data.FieldSetRemitShare, "30% hoặc 3/10")
	fin.KPCDShare = share(f.kpcdShare, data.FieldSetKPCDShare, "75% hoặc 3/4")
	fin.Accountant, fin.Cashier = vn.Clean(f.accountant.Text), vn.Clean(f.cashier.Text)
	fin.VoucherCopies = readNum(f.copies, data.FieldSetVoucherCopies, ps)
	var sal []data.BaseSalary
	for _, b := range f.salaries.values(ps) {
		if !b.From.IsZero() || b.Amount != 0 {
			sal = append(sal, b)
		}
	}
	data.SortBaseSalaries(sal)
	fin.BaseSalaries = sal
	d.KPCDCheckDay = readNum(f.kpcdDay, data.FieldSetKPCDCheckDay, ps)
	d.DuesRemitDay = readNum(f.remitDay, data.FieldSetDuesRemitDay, ps)
	d.DuesRemitQuarterly = f.quarterly.Checked
	monthDay := func(e *formEntry, field string) data.MonthDay {
		m, err := data.ParseMonthDay(e.Text)
		if err != nil {
			*ps = append(*ps, data.Problem{Field: field, Message: "Nhập dạng ngày/tháng, ví dụ 15/12 (không phải \"" + e.Text + "\")"})
			return data.MonthDay{Month: 1, Day: 1}
		}
		return m
	}
	d.Estimate = monthDay(f.estimate, data.FieldSetEstimateDue)
	d.HalfSettlement = monthDay(f.half, data.FieldSetHalfSettlement)
	d.YearSettlement = monthDay(f.year, data.FieldSetYearSettlement)
	d.Check = monthDay(f.check, data.FieldSetCheckDue)
	d.DisclosureDays = readNum(f.disclosure, data.FieldSetDisclosureDays, ps)
}
