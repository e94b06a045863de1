package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// duesRateDialog records a đoàn phí rate above 0.5% adopted by a BCH-mở-rộng
// resolution (QĐ 61/QĐ-TLĐ; DOMAIN §5; DOMAIN-MODULES §A.2): the rate, the month
// it applies from, the resolution's number and date, and that it is written into
// the quy chế chi tiêu nội bộ. The rates kept are listed above: history is kept,
// nothing is deleted; a month already kept is never recomputed
// (data.CheckDuesRateStart).
type duesRateDialog struct {
	from     *selectOf[time.Time]
	rate     *formEntry
	number   *formEntry
	date     *dateField
	inQuyChe *widget.Check
	save     *widget.Button
	msg      *widget.Label
	dialog   *dialog.CustomDialog
}

// ratesText lists the rates kept, oldest first.
func ratesText(rates []data.DuesRate) string {
	if len(rates) == 0 {
		return lang.L("Chưa có nghị quyết nào: đoàn phí tính 0,5% cho mọi tháng.")
	}
	var lines []string
	for _, r := range rates {
		lines = append(lines, "• "+data.RateText(r.RateBP)+lang.L(" từ tháng ")+data.MonthLabel(r.From)+
			lang.L(", nghị quyết số ")+r.Resolution.Number+lang.L(" ngày ")+vn.FormatDate(r.Resolution.Date))
	}
	return strings.Join(lines, "\n")
}

// showRates opens the dialog over the Đoàn phí tab.
func (t *duesTab) showRates() {
	u := t.u
	rates, err := t.store.DuesRates(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	now := data.MonthOf(u.svc.Now())
	var months []time.Time
	for m := now.AddDate(0, 12, 0); !m.Before(data.DuesRuleFrom) && len(months) < 36; m = m.AddDate(0, -1, 0) {
		months = append(months, m)
	}
	d := &duesRateDialog{rate: newFormEntry(), number: newFormEntry(), date: u.dateInput(time.Time{}),
		inQuyChe: widget.NewCheck(lang.L("Tỷ lệ này đã ghi vào quy chế chi tiêu nội bộ"), nil), msg: widget.NewLabel("")}
	d.from = newSelectOf(months, data.MonthLabel, lang.L("Chọn tháng"), nil)
	d.from.set(now.AddDate(0, 1, 0))
	d.rate.SetPlaceHolder("1%")
	d.number.SetPlaceHolder(lang.L("Ví dụ 05/NQ-CĐCS"))
	d.msg.Wrapping = fyne.TextWrapWord
	d.msg.Importance = widget.DangerImportance
	kept := widget.NewLabel(ratesText(rates))
	kept.Wrapping = fyne.TextWrapWord
	help := widget.NewLabel(lang.L("Đoàn phí cao hơn 0,5% chỉ thu khi Ban Chấp hành mở rộng đã ra nghị quyết và ghi vào quy chế chi tiêu nội bộ (Quyết định 61/QĐ-TLĐ); phần cao hơn công đoàn cơ sở giữ 100%. Tháng đã lưu đoàn phí không tính lại: tỷ lệ mới áp dụng từ sau tháng đã lưu cuối cùng."))
	help.Wrapping = fyne.TextWrapWord
	help.TextStyle.Italic = true
	form := container.NewVBox(help, subheading(lang.L("Các tỷ lệ đã ghi")), kept, formSection(lang.L("Thêm nghị quyết"),
		newFieldRow(lang.L("Áp dụng từ tháng"), d.from),
		newFieldRow(lang.L("Tỷ lệ đoàn phí"), d.rate),
		newFieldRow(lang.L("Số nghị quyết"), d.number),
		newFieldRow(lang.L("Ngày nghị quyết"), d.date.object),
		newFieldRow("", d.inQuyChe)))
	submit := func() bool {
		if err := t.addRate(d); err != nil {
			d.msg.SetText(data.ErrorMessage(err))
			return false
		}
		d.dialog.Hide()
		u.rec.duesRate = nil
		t.load() // the month shown takes the rate when it applies
		return true
	}
	d.save = widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { submit() })
	d.save.Importance = widget.HighImportance
	var guard *dialogGuard
	cancel := widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { guard.cancel() })
	d.dialog = dialog.NewCustomWithoutButtons(lang.L("Tỷ lệ đoàn phí theo nghị quyết"), container.NewBorder(nil, container.NewVBox(d.msg, container.NewHBox(cancel, d.save)), nil, nil, container.NewVScroll(form)), u.win)
	guard = u.guardDialog(d.dialog, form, submit)
	d.dialog.Resize(fyne.NewSize(600, 540))
	d.dialog.Show()
	u.rec.duesRate = d
}

// addRate reads the dialog and keeps the rate, or says what is wrong.
func (t *duesTab) addRate(d *duesRateDialog) error {
	u := t.u
	var ps data.Problems
	r := data.DuesRate{From: d.from.value(), Resolution: data.DuesResolution{Number: d.number.Text,
		Date: readDate(d.date, data.FieldDuesRate, &ps), InQuyChe: d.inQuyChe.Checked}}
	if err := ps.Err(); err != nil {
		return data.Errorf(data.EINVALID, data.FieldDuesRate, "Ngày nghị quyết: %s", data.ErrorMessage(err))
	}
	if r.From.IsZero() {
		return data.Errorf(data.EINVALID, data.FieldDuesMonth, "Chọn tháng áp dụng")
	}
	bp, err := data.ParseDuesRate(d.rate.Text)
	if err != nil {
		return err
	}
	r.RateBP = bp
	if err := r.Validate(); err != nil {
		return err
	}
	kept, err := data.KeptDuesMonths(u.ctx, t.store, u.svc.Now())
	if err != nil {
		return err
	}
	if err := data.CheckDuesRateStart(kept, r.From); err != nil {
		return err
	}
	return t.store.AddDuesRate(u.ctx, r)
}
