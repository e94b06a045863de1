package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Sổ sách tab of Tài chính (issue 13 point 4): the sổ quỹ tiền mặt and the
// sổ tiền gửi of a year with the running balance, and the identity
// đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ = tiền mặt + tiền gửi checked
// (DOMAIN-MODULES §A.3 "Reconciliation"); the opening balances and khóa sổ.

const (
	bookCash = "Sổ quỹ tiền mặt"
	bookBank = "Sổ tiền gửi ngân hàng"
)

func booksTab(u *UI) fyne.CanvasObject {
	year := u.cashYear()
	svc, err := u.cashService()
	var b data.Books
	if err == nil {
		from, to := data.YearBounds(year)
		b, err = data.LoadBooks(u.ctx, svc, from, to)
	}
	identity := widget.NewLabel("")
	identity.Wrapping = fyne.TextWrapWord
	if err != nil {
		identity.SetText(data.ErrorMessage(err))
		identity.Importance = widget.DangerImportance
	} else if cerr := b.Period.Check(); cerr != nil {
		identity.SetText(lang.L("Sổ không cân: ") + data.ErrorMessage(cerr))
		identity.Importance = widget.DangerImportance
	} else {
		identity.SetText(lang.L("Sổ cân. ") + b.Period.String())
		identity.Importance = widget.SuccessImportance
	}
	which := widget.NewRadioGroup([]string{lang.L(bookCash), lang.L(bookBank)}, nil)
	which.Horizontal = true
	var rows [][]string
	var ids []int64
	fill := func() {
		book := &b.Cash
		if which.Selected == lang.L(bookBank) {
			book = &b.Bank
		}
		rows, ids = bookRows(book)
	}
	table := recordTable([]string{"Ngày", "Số phiếu", "Nội dung", "Thu", "Chi", "Tồn"}, []float32{100, 110, 380, 120, 120, 130},
		func() [][]string { return rows }, func(i int) {
			if ids[i] != 0 {
				u.openRecord(data.RecordRef{Kind: data.KindVoucher, ID: ids[i]})
			}
		})
	which.OnChanged = func(s string) {
		u.rec.bankBook = s == lang.L(bookBank)
		fill()
		table.Refresh()
	}
	which.SetSelected(lang.L(bookCash))
	if u.rec.bankBook {
		which.SetSelected(lang.L(bookBank))
	}
	setup := widget.NewButtonWithIcon(lang.L("Số dư đầu kỳ, khóa sổ…"), theme.SettingsIcon(), func() { u.showCashSetup() })
	top := container.NewVBox(
		container.NewBorder(nil, nil, subheading(fmt.Sprintf(lang.L("Sổ sách năm %d"), year)),
			container.NewHBox(container.NewGridWrap(fyne.NewSize(110, 38), u.yearPicker(booksTitle)), setup)),
		which, identity)
	return container.NewBorder(top, nil, nil, nil, table)
}

// bookRows are a book's lines as the table shows them: the opening balance,
// each voucher with the balance after it, the totals and the closing balance.
// ids holds each row's voucher (0 for the summary rows).
func bookRows(b *data.AccountBook) (rows [][]string, ids []int64) {
	rows = append(rows, []string{"", "", lang.L("Số dư đầu kỳ"), "", "", vn.FormatInt(b.Opening)})
	ids = append(ids, 0)
	for _, l := range b.Lines {
		rows = append(rows, []string{vn.FormatDate(l.Date), l.Ref, l.Text, blankInt(l.In), blankInt(l.Out), vn.FormatInt(l.Balance)})
		ids = append(ids, l.VoucherID)
	}
	rows = append(rows, []string{"", "", lang.L("Cộng phát sinh"), vn.FormatInt(b.TotalIn), vn.FormatInt(b.TotalOut), ""},
		[]string{"", "", lang.L("Số dư cuối kỳ"), "", "", vn.FormatInt(b.Closing)})
	ids = append(ids, 0, 0)
	return rows, ids
}

func blankInt(n int64) string {
	if n == 0 {
		return ""
	}
	return vn.FormatInt(n)
}

// showCashSetup edits the start of the books, the opening balances and the
// closed period; the store refuses values an existing voucher no longer fits.
func (u *UI) showCashSetup() {
	svc, err := u.cashService()
	if err != nil {
		u.showError(err)
		return
	}
	c, err := svc.CashSetup(u.ctx)
	if err != nil {
		u.showError(err)
		return
	}
	start, closed := u.dateInput(c.Start), u.dateInput(c.ClosedThrough)
	cash, bank := numEntry("0"), numEntry("0")
	if c.Opening.Cash != 0 {
		cash.SetText(vn.FormatInt(c.Opening.Cash))
	}
	if c.Opening.Bank != 0 {
		bank.SetText(vn.FormatInt(c.Opening.Bank))
	}
	msg := widget.NewLabel("")
	msg.Wrapping = fyne.TextWrapWord
	msg.Importance = widget.DangerImportance
	help := widget.NewLabel(lang.L("Số dư khi bắt đầu ghi sổ bằng phần mềm (lấy từ sổ giấy hoặc quyết toán năm trước). Khóa sổ sau khi quyết toán được duyệt: phiếu từ ngày đó trở về trước không lập, sửa, hủy được nữa; để trống để mở khóa."))
	help.Wrapping = fyne.TextWrapWord
	form := container.NewVBox(help, formSection(lang.L("Sổ quỹ"),
		newFieldRow(lang.L("Ngày bắt đầu sổ"), start.object),
		newFieldRow(lang.L("Tồn quỹ tiền mặt đầu kỳ"), cash),
		newFieldRow(lang.L("Số dư tiền gửi đầu kỳ"), bank),
		newFieldRow(lang.L("Khóa sổ đến hết ngày"), closed.object)), msg)
	var d *dialog.CustomDialog
	submit := func() bool {
		var ps data.Problems
		n := data.CashSetup{Start: readDate(start, data.FieldCashStart, &ps), ClosedThrough: readDate(closed, data.FieldCashClosed, &ps)}
		for _, x := range []struct {
			e *formEntry
			p *int64
		}{{cash, &n.Opening.Cash}, {bank, &n.Opening.Bank}} {
			if strings.TrimSpace(x.e.Text) == "" {
				continue
			}
			v, err := vn.ParseInt(x.e.Text)
			if err != nil {
				ps = append(ps, data.Problem{Field: data.FieldCashOpening, Message: err.Error()})
			}
			*x.p = v
		}
		if err := ps.Err(); err != nil {
			msg.SetText(data.ErrorMessage(err))
			return false
		}
		if err := svc.SaveCashSetup(u.ctx, n); err != nil {
			msg.SetText(data.ErrorMessage(err))
			return false
		}
		d.Hide()
		u.rec.tabs[lang.L("Tài chính")] = financeTabIndex(booksTitle)
		u.setBody(u.sections[u.current].build())
		return true
	}
	save := widget.NewButtonWithIcon(lang.L("Lưu"), theme.DocumentSaveIcon(), func() { submit() })
	save.Importance = widget.HighImportance
	var guard *dialogGuard // Hủy, Escape or closing the window with typed figures asks first (issue 9)
	cancel := widget.NewButtonWithIcon(lang.L("Hủy"), theme.CancelIcon(), func() { guard.cancel() })
	d = dialog.NewCustomWithoutButtons(lang.L("Số dư đầu kỳ, khóa sổ"), container.NewBorder(nil, container.NewHBox(cancel, save), nil, nil, form), u.win)
	guard = u.guardDialog(d, form, submit)
	d.Resize(fyne.NewSize(560, 460))
	d.Show()
	u.rec.cashSetup = &cashSetupDialog{start: start, closed: closed, cash: cash, bank: bank, save: save, msg: msg}
}

// cashSetupDialog is the open Số dư đầu kỳ dialog's inputs (for tests).
type cashSetupDialog struct {
	start, closed *dateField
	cash, bank    *formEntry
	save          *widget.Button
	msg           *widget.Label
}
