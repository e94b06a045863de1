package ui

import (
	"fmt"
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

// The Quy chế chi tiêu tab of Tài chính (issue 13 point 5; DOMAIN-MODULES §A.2):
// the quy chế chi tiêu nội bộ with the resolution that adopted each version, and
// the danh sách ký nhận (money or gifts to many members) that one phiếu chi pays.

// ruleItemSuggestions are the items a new quy chế starts with, amounts blank:
// the usual ones of issue 13 point 5; the chair fills, renames or removes them.
var ruleItemSuggestions = []string{"Thăm hỏi ốm đau", "Hiếu (đoàn viên, tứ thân phụ mẫu)", "Hỉ (đoàn viên kết hôn)", "Sinh con",
	"Quà 8/3", "Quà 1/6", "Quà Trung thu", "Quà Tết"}

func rulesTab(u *UI) fyne.CanvasObject {
	rules, err := data.SpendingRules.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	lists, err := data.SignLists.Store(u.svc.Store).List(u.ctx)
	if err != nil {
		u.showError(err)
	}
	paid := u.paidLists()
	var rRows, lRows [][]string
	for i := range rules {
		r := &rules[i]
		var items []string
		for _, it := range r.Items {
			items = append(items, it.Name+" "+vn.FormatMoney(it.Amount))
		}
		rRows = append(rRows, []string{vn.FormatDate(r.ValidFrom), r.DocNumber, vn.FormatDate(r.Adopted), strings.Join(items, "; ")})
	}
	for i := range lists {
		l := &lists[i]
		rRef := orDash(paid[l.ID])
		lRows = append(lRows, []string{vn.FormatDate(l.Date), l.Title, vn.FormatInt(int64(len(l.Rows))), vn.FormatInt(l.Total()), rRef})
	}
	rTable := recordTable([]string{"Áp dụng từ", "Số nghị quyết", "Ngày thông qua", "Các khoản chi"}, []float32{100, 140, 120, 600},
		func() [][]string { return rRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindSpendRule, ID: rules[i].ID}) })
	lTable := recordTable([]string{"Ngày", "Nội dung", "Số người", "Tổng tiền", "Phiếu chi"}, []float32{100, 420, 80, 130, 120},
		func() [][]string { return lRows }, func(i int) { u.openRecord(data.RecordRef{Kind: data.KindSignList, ID: lists[i].ID}) })
	addR := widget.NewButtonWithIcon(lang.L("Ghi quy chế"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindSpendRule}) })
	addL := widget.NewButtonWithIcon(lang.L("Lập danh sách ký nhận"), theme.ContentAddIcon(), func() { u.openRecord(data.RecordRef{Kind: data.KindSignList}) })
	addL.Importance = widget.HighImportance
	top := listScreen(lang.L("Quy chế chi tiêu nội bộ"),
		lang.L("Mức chi do Ban Chấp hành quyết định, ghi kèm nghị quyết thông qua. Phiếu chi vượt mức của khoản đã chọn được đánh dấu cảnh báo."),
		rTable, len(rules) == 0, addR)
	bottom := listScreen(lang.L("Danh sách ký nhận"),
		lang.L("Tiền hoặc quà cho nhiều đoàn viên (Tết, 8/3, 1/6…): chọn người từ sổ đoàn viên, in danh sách để ký nhận, rồi lập một phiếu chi cho cả danh sách."),
		lTable, len(lists) == 0, addL)
	split := container.NewVSplit(top, bottom)
	split.Offset = 0.4
	return split
}

// paidLists maps each ký nhận list to the phiếu chi that pays it.
func (u *UI) paidLists() map[int64]string {
	out := map[int64]string{}
	svc, err := u.cashService()
	if err != nil {
		return out
	}
	vs, err := svc.VouchersBetween(u.ctx, time.Time{}, time.Time{})
	if err != nil {
		u.logError(err)
		return out
	}
	for _, v := range vs {
		if v.LinkKind == data.KindSignList && v.LinkID != 0 {
			out[v.LinkID] = v.Ref()
		}
	}
	return out
}

// spendRuleForm is one version of the quy chế chi tiêu nội bộ.
type spendRuleForm struct {
	*recordForm
	stored             *data.SpendingRule
	doc, body          *formEntry
	adopted, validFrom *dateField
	items              *rowEditor[data.SpendingItem]
	notes              *formEntry
}

func spendRuleScreen(u *UI, id int64) (recordView, error) {
	r, err := loadRecord(u, data.SpendingRules, id)
	if err != nil {
		return nil, err
	}
	f := &spendRuleForm{stored: r}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindSpendRule) })
	f.doc, f.body, f.notes = newFormEntry(), newFormEntry(), multiLine(2)
	f.doc.SetPlaceHolder("01/NQ-CĐCS")
	f.body.SetPlaceHolder(lang.L("Ban Chấp hành, Ban Chấp hành mở rộng"))
	f.adopted, f.validFrom = u.dateInput(time.Time{}), u.dateInput(time.Time{})
	items := []data.SpendingItem{}
	if r != nil {
		f.doc.SetText(r.DocNumber)
		f.body.SetText(r.Body)
		f.adopted.set(r.Adopted, false)
		f.validFrom.set(r.ValidFrom, false)
		f.notes.SetText(r.Notes)
		items = r.Items
		f.confirmTrash(r.Title(), data.RecordRef{Kind: data.KindSpendRule, ID: r.ID}, func() { u.backToSection(data.KindSpendRule) })
	} else {
		f.body.SetText(lang.L("Ban Chấp hành"))
		for _, n := range ruleItemSuggestions {
			items = append(items, data.SpendingItem{Name: n})
		}
	}
	f.items = newRowEditor(lang.L("Thêm khoản chi"), f.itemRow, items)
	u.rec.spendRule = f
	return f, nil
}

func (f *spendRuleForm) itemRow(it data.SpendingItem) *editorRow[data.SpendingItem] {
	name, amount, cat := newFormEntry(), numEntry(lang.L("đồng / người / lần")), newFormEntry()
	name.SetText(it.Name)
	if it.Amount != 0 {
		amount.SetText(vn.FormatInt(it.Amount))
	}
	cat.SetText(it.Category)
	cat.SetPlaceHolder("C04")
	obj := container.NewBorder(nil, nil, nil, container.NewHBox(
		labelled(lang.L("Mức chi"), container.NewGridWrap(fyne.NewSize(160, amount.MinSize().Height), amount)),
		labelled(lang.L("Mục chi"), container.NewGridWrap(fyne.NewSize(80, cat.MinSize().Height), cat))),
		labelled(lang.L("Khoản chi"), name))
	return &editorRow[data.SpendingItem]{object: obj, read: func(ps *data.Problems) data.SpendingItem {
		out := data.SpendingItem{Name: name.Text, Category: cat.Text}
		if strings.TrimSpace(amount.Text) != "" {
			n, err := vn.ParseInt(amount.Text)
			if err != nil {
				*ps = append(*ps, data.Problem{Field: data.FieldRuleItems, Message: name.Text + ": " + err.Error()})
			}
			out.Amount = n
		}
		return out
	}}
}

func (f *spendRuleForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Nghị quyết ban hành"),
		f.row(data.FieldRuleDoc, lang.L("Số nghị quyết *"), f.doc),
		f.row(data.FieldRuleAdopted, lang.L("Ngày thông qua *"), f.adopted.object),
		f.row("rule_body", lang.L("Cơ quan thông qua"), f.body),
		f.row(data.FieldRuleFrom, lang.L("Áp dụng từ ngày"), f.validFrom.object),
		f.row("rule_notes", lang.L("Ghi chú"), f.notes))
	items := f.block(data.FieldRuleItems, lang.L("Các khoản chi và mức chi"),
		lang.L("Mức chi cho mỗi người mỗi lần. Xóa dòng không dùng; thêm khoản khác (phụ cấp, khen thưởng…) nếu quy chế có."), f.items.object)
	title := lang.L("Ghi quy chế chi tiêu nội bộ")
	if f.stored != nil {
		title = f.stored.Title()
	}
	return f.frame(title, container.NewVBox(general, items))
}

func (f *spendRuleForm) submit() bool {
	r := &data.SpendingRule{}
	if f.stored != nil {
		cp := *f.stored
		r = &cp
	}
	var ps data.Problems
	r.DocNumber, r.Body, r.Notes = f.doc.Text, f.body.Text, f.notes.Text
	r.Adopted = readDate(f.adopted, data.FieldRuleAdopted, &ps)
	r.ValidFrom = readDate(f.validFrom, data.FieldRuleFrom, &ps)
	r.Items = f.items.values(&ps)
	r.Normalize()
	ps = append(ps, r.Validate()...)
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.SpendingRules, r, f.stored == nil, ps)
}

// signListForm is one danh sách ký nhận.
type signListForm struct {
	*recordForm
	stored   *data.SignList
	cats     []data.Category
	rules    []data.SpendingRule
	date     *dateField
	title    *formEntry
	category *selectOf[string]
	ruleItem *formEntry
	gift     *formEntry
	bank     *widget.Check
	people   *rowEditor[data.SignRow]
	total    *widget.Label
	notes    *formEntry
	pay      *widget.Button // Lập phiếu chi, or Mở phiếu chi once paid
	paidBy   string
}

func signListScreen(u *UI, id int64) (recordView, error) {
	l, err := loadRecord(u, data.SignLists, id)
	if err != nil {
		return nil, err
	}
	svc, err := u.cashService()
	if err != nil {
		return nil, err
	}
	f := &signListForm{stored: l}
	if f.cats, err = svc.FinanceCategories(u.ctx); err != nil {
		return nil, err
	}
	if f.rules, err = data.SpendingRules.Store(u.svc.Store).List(u.ctx); err != nil {
		return nil, err
	}
	f.recordForm = newRecordForm(u, f.submit, func() { u.backToSection(data.KindSignList) })
	var codes []string
	labels := map[string]string{}
	for _, c := range f.cats {
		if c.Kind == data.VoucherPayment && c.Flow == data.FlowNormal && (!c.Retired || (l != nil && l.Category == c.Code)) {
			codes = append(codes, c.Code)
			labels[c.Code] = categoryLabel(c)
		}
	}
	f.category = newSelectOf(codes, func(c string) string { return labels[c] }, lang.L("Chọn mục chi"), nil)
	f.date = u.dateInput(time.Time{})
	f.title, f.ruleItem, f.gift, f.notes = newFormEntry(), newFormEntry(), newFormEntry(), multiLine(2)
	f.title.SetPlaceHolder(lang.L("Quà Tết Nguyên đán 2026"))
	f.ruleItem.SetPlaceHolder(lang.L("Quà Tết (tên khoản trong quy chế)"))
	f.gift.SetPlaceHolder(lang.L("để trống nếu phát tiền; ví dụ: 01 thùng quà"))
	f.bank = widget.NewCheck(lang.L("Chi qua tài khoản ngân hàng"), nil)
	f.total = widget.NewLabel("")
	var rows []data.SignRow
	if l != nil {
		f.date.set(l.Date, false)
		f.title.SetText(l.Title)
		f.category.set(l.Category)
		f.ruleItem.SetText(l.RuleItem)
		f.gift.SetText(l.Gift)
		f.bank.SetChecked(l.Bank)
		f.notes.SetText(l.Notes)
		rows = l.Rows
		f.paidBy = u.paidLists()[l.ID]
		f.confirmTrash(l.ListTitle(), data.RecordRef{Kind: data.KindSignList, ID: l.ID}, func() { u.backToSection(data.KindSignList) })
	} else {
		f.date.set(vn.Day(u.svc.Now()), false)
		f.category.set("C05")
	}
	f.people = newRowEditor(lang.L("Thêm một người"), f.personRow, rows)
	f.updateTotal()
	u.rec.signList = f
	return f, nil
}

func (f *signListForm) personRow(r data.SignRow) *editorRow[data.SignRow] {
	name, unit, amount := newFormEntry(), newFormEntry(), numEntry(lang.L("đồng"))
	memberID := r.MemberID
	name.SetText(r.Name)
	unit.SetText(r.Unit)
	if r.Amount != 0 {
		amount.SetText(vn.FormatInt(r.Amount))
	}
	amount.OnChanged = func(string) { f.updateTotal() }
	pick := newTipButton("", lang.L("Chọn đoàn viên từ sổ"), theme.AccountIcon(), func() {
		f.ui.pickMember(func(m data.MemberRow) {
			memberID = m.ID
			name.SetText(m.Name)
			unit.SetText(m.UnitName)
		})
	})
	obj := container.NewBorder(nil, nil, pick, container.NewGridWrap(fyne.NewSize(150, amount.MinSize().Height), amount),
		container.NewGridWithColumns(2, name, unit))
	return &editorRow[data.SignRow]{object: obj, read: func(ps *data.Problems) data.SignRow {
		out := data.SignRow{MemberID: memberID, Name: name.Text, Unit: unit.Text}
		if strings.TrimSpace(amount.Text) != "" {
			n, err := vn.ParseInt(amount.Text)
			if err != nil {
				*ps = append(*ps, data.Problem{Field: data.FieldSignRows, Message: name.Text + ": " + err.Error()})
			}
			out.Amount = n
		}
		return out
	}}
}

// updateTotal shows the list's size and total as typed.
func (f *signListForm) updateTotal() {
	if f.people == nil {
		return
	}
	var ps data.Problems
	l := data.SignList{Rows: f.people.values(&ps)}
	f.total.SetText(fmt.Sprintf(lang.L("%d người, tổng %s (%s)"), len(l.Rows), vn.FormatMoney(l.Total()), vn.MoneyInWords(l.Total())))
}

// addUnit adds every current member of a bộ phận (or of the union) not on the
// list yet, each with amount.
func (f *signListForm) addUnit() {
	u := f.ui
	u.background(func() {
		all, err := u.svc.Store.MemberRows(u.ctx)
		fyne.Do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			units := []string{lang.L("Tất cả đoàn viên")}
			seen := map[string]bool{}
			for _, r := range all {
				if r.UnitName != "" && !seen[r.UnitName] {
					seen[r.UnitName] = true
					units = append(units, r.UnitName)
				}
			}
			unit := widget.NewSelect(units, nil)
			unit.SetSelected(units[0])
			amount := numEntry(lang.L("số tiền (hoặc giá trị quà) mỗi người"))
			if r := data.RuleInForce(f.rules, time.Now()); r != nil {
				if it, ok := r.Item(f.ruleItem.Text); ok {
					amount.SetText(vn.FormatInt(it.Amount))
				}
			}
			dialog.ShowCustomConfirm(lang.L("Thêm đoàn viên theo bộ phận"), lang.L("Thêm"), lang.L("Hủy"),
				container.NewVBox(unit, amount), func(ok bool) {
					if !ok {
						return
					}
					n, _ := vn.ParseInt(amount.Text)
					f.addMembers(all, unit.SelectedIndex(), unit.Selected, n)
				}, u.win)
		})
	})
}

// addMembers appends the current members of unit (all when index 0) not listed yet.
func (f *signListForm) addMembers(all []data.MemberRow, index int, unit string, amount int64) {
	var ps data.Problems
	have := map[int64]bool{}
	for _, r := range f.people.values(&ps) {
		have[r.MemberID] = true
	}
	shown := data.MemberFilter{InUnion: true}.Filter(all)
	for _, i := range shown {
		r := all[i]
		if have[r.ID] || (index > 0 && r.UnitName != unit) {
			continue
		}
		f.people.add(data.SignRow{MemberID: r.ID, Name: r.Name, Unit: r.UnitName, Amount: amount})
	}
	f.updateTotal()
}

func (f *signListForm) build() fyne.CanvasObject {
	general := formSection(lang.L("Danh sách"),
		f.row(data.FieldSignDate, lang.L("Ngày *"), f.date.object),
		f.row(data.FieldSignTitle, lang.L("Nội dung *"), f.title),
		f.row(data.FieldSignCat, lang.L("Mục chi *"), f.category),
		f.row("sign_rule", lang.L("Khoản theo quy chế"), f.ruleItem),
		f.row("sign_gift", lang.L("Quà"), f.gift),
		f.row("sign_bank", "", f.bank),
		f.row("sign_notes", lang.L("Ghi chú"), f.notes))
	byUnit := widget.NewButtonWithIcon(lang.L("Thêm theo bộ phận…"), theme.ContentAddIcon(), f.addUnit)
	people := f.block(data.FieldSignRows, lang.L("Người nhận"),
		lang.L("Chọn đoàn viên từ sổ (nút hình người) hoặc thêm cả một bộ phận; mỗi dòng một người với số tiền hoặc giá trị quà."),
		container.NewVBox(f.total, container.NewHBox(byUnit), f.people.object))
	var top []fyne.CanvasObject
	if f.stored != nil {
		if f.paidBy != "" {
			top = append(top, widget.NewLabel(fmt.Sprintf(lang.L("Đã chi bằng phiếu %s."), f.paidBy)))
		} else {
			f.pay = widget.NewButtonWithIcon(lang.L("Lập phiếu chi cho danh sách"), theme.DocumentCreateIcon(), f.makeVoucher)
			f.pay.Importance = widget.HighImportance
			top = append(top, container.NewHBox(f.pay))
		}
	}
	title := lang.L("Lập danh sách ký nhận")
	if f.stored != nil {
		title = f.stored.ListTitle()
	}
	return f.frame(title, container.NewVBox(append(top, general, people)...))
}

// makeVoucher opens a phiếu chi for the saved list, filled from it; saving it
// links it to the list (the store refuses a second one).
func (f *signListForm) makeVoucher() {
	if f.guard != nil && f.guard.dirty() {
		f.ui.showError(data.Errorf(data.EINVALID, "", "Hãy lưu danh sách trước khi lập phiếu chi"))
		return
	}
	v := f.stored.Voucher()
	f.ui.rec.linkedVoucher = &v
	f.ui.openRecord(data.RecordRef{Kind: data.KindVoucher})
}

func (f *signListForm) submit() bool {
	l := &data.SignList{}
	if f.stored != nil {
		cp := *f.stored
		l = &cp
	}
	var ps data.Problems
	l.Date = readDate(f.date, data.FieldSignDate, &ps)
	l.Title, l.Category, l.RuleItem, l.Gift, l.Notes = f.title.Text, f.category.value(), f.ruleItem.Text, f.gift.Text, f.notes.Text
	l.Bank = f.bank.Checked
	l.Rows = f.people.values(&ps)
	l.Normalize()
	ps = append(ps, l.Validate()...)
	if v := l.Voucher(); l.RuleItem != "" {
		if w := data.OverRule(f.rules, &v, len(l.Rows)); w != "" {
			ps = append(ps, data.Problem{Field: data.FieldSignRows, Message: w, Warning: true})
		}
	}
	f.showProblems(ps)
	if ps.Err() != nil {
		return false
	}
	return saveRecord(f.recordForm, data.SignLists, l, f.stored == nil, ps)
}
