package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Thu – chi tab of Tài chính (issue 13 point 3): the year's phiếu thu and
// phiếu chi in book order, and the voucher form. Numbers, balances, the closed
// period and the mục lục are checked by the store on save (data.CheckVoucherBooks);
// the form shows the refusal under the field it names.

var (
	cashTitle  = "Thu – chi"
	booksTitle = "Sổ sách"
	rulesTitle = "Quy chế chi tiêu"
)

// cashService is the store's thu – chi service (every real store has it).
func (u *UI) cashService() (data.VoucherService, error) {
	s, ok := u.svc.Store.(data.VoucherService)
	if !ok {
		return nil, data.Errorf(data.EINTERNAL, "", "Tệp dữ liệu này chưa có sổ thu – chi")
	}
	return s, nil
}

// categoryLabel shows a mục lục line in a drop-down: "C04 – Thăm hỏi đoàn viên …".
func categoryLabel(c data.Category) string { return c.Code + " – " + c.Name }

// cashYear is the year the Thu – chi and Sổ sách tabs show (kept while the app runs).
func (u *UI) cashYear() int {
	if u.rec.cashYear == 0 {
		u.rec.cashYear = u.svc.Now().Year()
	}
	return u.rec.cashYear
}

// yearPicker is the year drop-down of a finance tab; changing it rebuilds the tab.
func (u *UI) yearPicker(tabTitle string) *selectOf[int] {
	s := yearSelect(u)
	s.set(u.cashYear())
	s.OnChanged = func(string) {
		if y := s.value(); y != 0 && y != u.rec.cashYear {
			u.rec.cashYear = y
			u.rec.tabs[lang.L("Tài chính")] = financeTabIndex(tabTitle)
			u.setBody(u.sections[u.current].build())
		}
	}
	return s
}

func cashTab(u *UI) fyne.CanvasObject {
	year := u.cashYear()
	svc, err := u.cashService()
	var vs []data.Voucher
	var rules []data.SpendingRule
	var held data.CashBank
	if err == nil {
		from, to := data.YearBounds(year)
		vs, err = svc.VouchersBetween(u.ctx, from, to)
	}
	if err == nil {
		rules, err = data.SpendingRules.Store(u.svc.Store).List(u.ctx)
	}
	if err == nil {
		held, err = data.BalanceOn(u.ctx, svc, vn.Day(u.svc.Now()))
	}
	people := map[int64]int{} // rows of each ký nhận list, for the quy chế check
	if err == nil {
		var lists []data.SignList
		lists, err = data.SignLists.Store(u.svc.Store).List(u.ctx)
		for _, l := range lists {
			people[l.ID] = len(l.Rows)
		}
	}
	if err != nil {
		u.showError(err)
	}
	rows := make([][]string, len(vs))
	for i := range vs {
		v := &vs[i]
		in, out := "", ""
		if v.Kind == data.VoucherReceipt {
			in = vn.FormatInt(v.Amount)
		} else {
			out = vn.FormatInt(v.Amount)
		}
		where := lang.L("Tiền mặt")
		if v.Bank {
			where = lang.L("Ngân hàng")
		}
		rows[i] = []string{v.Ref(), vn.FormatDate(v.Date), v.Person, v.Reason, v.Category, in, out, where, data.OverRule(rules, v, max(1, people[v.LinkID]))}
	}
	table := recordTable([]string{"Số phiếu", "Ngày", "Họ tên", "Lý do", "Mục", "Thu", "Chi", "Quỹ", "Cảnh báo"},
		[]float32{100, 95, 170, 260, 50, 95, 95, 85, 260},
		func() [][]string { return rows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindVoucher, ID: vs[i].ID}) })
	addThu := widget.NewButtonWithIcon(lang.L("Lập phiếu thu"), theme.ContentAddIcon(), func() { u.newVoucher(data.VoucherReceipt) })
	addChi := widget.NewButtonWithIcon(lang.L("Lập phiếu chi"), theme.ContentAddIcon(), func() { u.newVoucher(data.VoucherPayment) })
	addChi.Importance = widget.HighImportance
	help := fmt.Sprintf(lang.L("Hôm nay có tiền mặt %s, tiền gửi %s, tổng %s. Số phiếu do phần mềm cấp liên tục theo năm; phiếu chi làm âm quỹ, thiếu mục chi hoặc rơi vào kỳ đã khóa sổ bị từ chối."),
		vn.FormatMoney(held.Cash), vn.FormatMoney(held.Bank), vn.FormatMoney(held.Total()))
	list := listScreen(fmt.Sprintf(lang.L("Phiếu thu, phiếu chi năm %d"), year), help, table, len(vs) == 0,
		container.NewGridWrap(fyne.NewSize(110, 38), u.yearPicker(cashTitle)), addThu, addChi)
	return list
}

// newVoucher opens an empty voucher form of kind k.
func (u *UI) newVoucher(k data.VoucherKind) {
	u.rec.newVoucherKind = k
	u.openRecord(data.RecordRef{Kind: data.KindVoucher})
}

// voucherForm is one phiếu thu or phiếu chi.
type voucherForm struct {
	*recordForm
	stored      *data.Voucher
	linked      *data.Voucher // an unsaved voucher prepared elsewhere (a ký nhận list)
	cats        []data.Category
	rules       []data.SpendingRule
	kind        *selectOf[data.VoucherKind]
	number      *widget.Label
	date        *dateField
	person      *formEntry
	memberID    int64
	member      *widget.Label
	unit        *formEntry
	reason      *formEntry
	amount      *formEntry
	words       *widget.Label
	bank        *widget.RadioGroup
	category    *selectOf[string]
	catBox      *fyne.Container
	ruleItem    *selectOf[string]
	ruleBox     *fyne.Container
	attachments *formEntry
	bookNo      *formEntry
	link        *widget.Label
	preparer    *formEntry
	notes       *formEntry
	per         int // the people a ký nhận list's voucher pays, for the quy chế check
}

const (
	payCash = "Tiền mặt"
	payBank = "Chuyển khoản (tiền gửi ngân hàng)"
)

func voucherScreen(u *UI, id int64) (recordView, error) {
	v, err := loadRecord(u, data.Vouchers, id)
	if err != nil {
		return nil, err
	}
	svc, err := u.cashService()
	if err != nil {
		return nil, err
	}
	f := &voucherForm{stored: v, linked: u.rec.linkedVoucher}
	u.rec.linkedVoucher = nil
	if f.cats, err = svc.FinanceCategories(u.ctx); err != nil {
		return nil, err
	}
	if f.rules, err = data.SpendingRules.Store(u.svc.Store).List(u.ctx); err != nil {
		return nil, err
	}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindVoucher) })
	f.kind = newSelectOf([]data.VoucherKind{data.VoucherReceipt, data.VoucherPayment}, func(k data.VoucherKind) string { return k.Label() },
		lang.L("Chọn loại phiếu"), func(data.VoucherKind) { f.fillCategories() })
	f.number = widget.NewLabel(lang.L("(phần mềm cấp khi lưu)"))
	f.date = u.dateInput(time.Time{})
	f.person, f.unit, f.reason = newFormEntry(), newFormEntry(), newFormEntry()
	f.member = widget.NewLabel("")
	f.amount = numEntry(lang.L("đồng, ví dụ 500.000"))
	f.words = widget.NewLabel("")
	f.words.Wrapping = fyne.TextWrapWord
	f.words.TextStyle.Italic = true
	f.amount.OnChanged = func(string) { f.showWords() }
	f.bank = widget.NewRadioGroup([]string{lang.L(payCash), lang.L(payBank)}, nil)
	f.bank.Required = true
	f.catBox, f.ruleBox = container.NewStack(), container.NewStack()
	f.attachments, f.bookNo = numEntry("0"), newFormEntry()
	f.link = widget.NewLabel("")
	f.preparer = newFormEntry()
	f.notes = multiLine(2)
	show := v
	if show == nil {
		show = f.linked
	}
	if show == nil {
		show = &data.Voucher{Kind: u.rec.newVoucherKind, Date: vn.Day(u.svc.Now())}
	}
	if v == nil && show.Preparer == "" {
		// A new phiếu is made by the kế toán unless the chair types another name.
		o, err := data.LoadOfficers(u.ctx, u.svc.Store, show.Date)
		if err != nil {
			return nil, err
		}
		show.Preparer = o.Accountant
	}
	f.kind.set(show.Kind)
	f.fillCategories()
	f.fillRuleItems()
	f.show(show)
	f.date.entry.OnChanged = func(string) { f.fillRuleItems() }
	f.per = u.voucherPeople(show)
	if v != nil {
		f.kind.Disable() // numbered in its sequence: a wrong kind is corrected by a new voucher
		f.confirmTrash(v.Title(), data.RecordRef{Kind: data.KindVoucher, ID: v.ID}, func() { u.backToSection(data.KindVoucher) })
	}
	u.rec.voucher = f
	return f, nil
}

// show fills the form from v.
func (f *voucherForm) show(v *data.Voucher) {
	if v.Number != 0 {
		f.number.SetText(v.Ref())
	}
	f.date.set(v.Date, false)
	f.person.SetText(v.Person)
	f.setMember(v.MemberID, "")
	f.unit.SetText(v.Unit)
	f.reason.SetText(v.Reason)
	if v.Amount != 0 {
		f.amount.SetText(vn.FormatInt(v.Amount))
	}
	f.bank.SetSelected(lang.L(payCash))
	if v.Bank {
		f.bank.SetSelected(lang.L(payBank))
	}
	f.category.set(v.Category)
	f.ruleItem.set(v.RuleItem)
	setNum(f.attachments, v.Attachments)
	f.bookNo.SetText(v.BookNo)
	f.preparer.SetText(v.Preparer)
	f.notes.SetText(v.Notes)
	if v.LinkID != 0 {
		f.link.SetText(fmt.Sprintf(lang.L("Chi cho: %s mã %d"), v.LinkKind.Label(), v.LinkID))
	}
}

// setMember links a member of the register (0: none); name, when given, is shown.
func (f *voucherForm) setMember(id int64, name string) {
	f.memberID = id
	switch {
	case id == 0:
		f.member.SetText(lang.L("Không liên kết đoàn viên"))
	case name != "":
		f.member.SetText(fmt.Sprintf(lang.L("Đoàn viên: %s (mã %d)"), name, id))
	default:
		f.member.SetText(fmt.Sprintf(lang.L("Đoàn viên mã %d"), id))
	}
}

// fillCategories offers the mục lục lines of the chosen kind (and keeps the
// stored one even when it is retired since).
func (f *voucherForm) fillCategories() {
	k := f.kind.value()
	var codes []string
	byCode := map[string]string{}
	for _, c := range f.cats {
		keep := f.stored != nil && f.stored.Category == c.Code
		if c.Kind == k && (!c.Retired || keep) {
			codes = append(codes, c.Code)
			byCode[c.Code] = categoryLabel(c)
		}
	}
	old := ""
	if f.category != nil {
		old = f.category.value()
	}
	f.category = newSelectOf(codes, func(c string) string { return byCode[c] }, lang.L("Chọn mục trong mục lục thu – chi"), nil)
	f.category.set(old)
	f.catBox.Objects = []fyne.CanvasObject{f.category}
	f.catBox.Refresh()
}

// fillRuleItems offers the items of the quy chế in force on the voucher's date.
func (f *voucherForm) fillRuleItems() {
	var items []string
	day, _, _ := f.date.value()
	if r := data.RuleInForce(f.rules, day); r != nil {
		for _, it := range r.Items {
			items = append(items, it.Name)
		}
	}
	old := ""
	if f.ruleItem != nil {
		old = f.ruleItem.value()
	}
	f.ruleItem = newSelectOf(append([]string{""}, items...), func(s string) string {
		if s == "" {
			return lang.L("(không theo khoản nào)")
		}
		return s
	}, lang.L("Khoản chi theo quy chế"), nil)
	f.ruleItem.set(old)
	f.ruleBox.Objects = []fyne.CanvasObject{f.ruleItem}
	f.ruleBox.Refresh()
}

// showWords writes the amount in words under it, as the voucher prints it.
func (f *voucherForm) showWords() {
	n, err := vn.ParseInt(f.amount.Text)
	switch {
	case strings.TrimSpace(f.amount.Text) == "":
		f.words.SetText("")
	case err != nil:
		f.words.SetText(err.Error())
	default:
		f.words.SetText(lang.L("Bằng chữ: ") + vn.MoneyInWords(n))
	}
}

func (f *voucherForm) build() fyne.CanvasObject {
	pick := widget.NewButtonWithIcon(lang.L("Chọn đoàn viên…"), theme.AccountIcon(), func() {
		f.ui.pickMember(func(r data.MemberRow) {
			f.setMember(r.ID, r.Name)
			f.person.SetText(r.Name)
			if f.unit.Text == "" {
				f.unit.SetText(r.UnitName)
			}
		})
	})
	unlink := widget.NewButton(lang.L("Bỏ liên kết"), func() { f.setMember(0, "") })
	who := lang.L("Họ tên người nộp / nhận *")
	left := formSection(lang.L("Phiếu"),
		f.row(data.FieldVoucherKind, lang.L("Loại phiếu *"), f.kind),
		f.row("vc_number", lang.L("Số phiếu"), f.number),
		f.row(data.FieldVoucherDate, lang.L("Ngày lập *"), f.date.object),
		f.row(data.FieldVoucherPerson, who, f.person),
		f.row(data.FieldVoucherMember, lang.L("Đoàn viên"), container.NewVBox(f.member, container.NewHBox(pick, unlink))),
		f.row("vc_unit", lang.L("Bộ phận / tổ"), f.unit),
		f.row(data.FieldVoucherReason, lang.L("Lý do *"), f.reason),
	)
	right := formSection(lang.L("Số tiền"),
		f.row(data.FieldVoucherAmount, lang.L("Số tiền *"), container.NewVBox(f.amount, f.words)),
		f.row("vc_bank", lang.L("Hình thức"), f.bank),
		f.row(data.FieldVoucherCategory, lang.L("Mục thu – chi"), f.catBox),
		f.row("vc_rule", lang.L("Theo quy chế chi tiêu"), f.ruleBox),
		f.row(data.FieldVoucherAttach, lang.L("Số chứng từ gốc kèm theo"), f.attachments),
		f.row("vc_book", lang.L("Quyển số"), f.bookNo),
		f.row(data.FieldVoucherLink, lang.L("Chi cho"), f.link),
		f.row("vc_preparer", lang.L("Người lập phiếu"), f.preparer),
		f.row("vc_notes", lang.L("Ghi chú"), f.notes),
	)
	title := lang.L("Lập phiếu thu, chi")
	if f.stored != nil {
		title = f.stored.Title()
	} else if k := f.kind.value(); k != "" {
		title = lang.L("Lập ") + strings.ToLower(k.Label())
	}
	return f.frame(title, reflowColumns(left, right))
}

func (f *voucherForm) submit() bool {
	v := &data.Voucher{}
	switch {
	case f.stored != nil:
		cp := *f.stored
		v = &cp
	case f.linked != nil:
		cp := *f.linked
		v = &cp
	}
	var ps data.Problems
	v.Kind = f.kind.value()
	v.Date = readDate(f.date, data.FieldVoucherDate, &ps)
	v.Person, v.MemberID, v.Unit, v.Reason = f.person.Text, f.memberID, f.unit.Text, f.reason.Text
	if strings.TrimSpace(f.amount.Text) == "" {
		v.Amount = 0
	} else if n, err := vn.ParseInt(f.amount.Text); err != nil {
		ps = append(ps, data.Problem{Field: data.FieldVoucherAmount, Message: err.Error()})
	} else {
		v.Amount = n
	}
	v.Bank = f.bank.Selected == lang.L(payBank)
	v.Category = f.category.value()
	v.RuleItem = f.ruleItem.value()
	v.Attachments = readNum(f.attachments, data.FieldVoucherAttach, &ps)
	v.BookNo, v.Notes, v.Preparer = f.bookNo.Text, f.notes.Text, f.preparer.Text
	v.Normalize()
	ps = append(ps, v.Validate(f.ui.svc.Now())...)
	if w := data.OverRule(f.rules, v, f.per); w != "" {
		ps = append(ps, data.Problem{Field: data.FieldVoucherAmount, Message: w, Warning: true})
	}
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.Vouchers, v, f.stored == nil, ps)
}

// voucherPeople is how many people a voucher pays: the rows of the ký nhận list
// it pays, else 1 (the quy chế amounts are per person).
func (u *UI) voucherPeople(v *data.Voucher) int {
	if v.LinkKind != data.KindSignList || v.LinkID == 0 {
		return 1
	}
	l, err := data.SignLists.Store(u.svc.Store).Get(u.ctx, v.LinkID)
	if err != nil || len(l.Rows) == 0 {
		return 1
	}
	return len(l.Rows)
}
