package data

import (
	"fmt"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Quy chế chi tiêu nội bộ and danh sách ký nhận (issue 13 point 5;
// DOMAIN-MODULES §A.2 "Quy chế chi tiêu nội bộ", §A.3 "danh sách ký nhận").

// SpendingRule field names for messages at the form.
const (
	FieldRuleAdopted = "rule_adopted"
	FieldRuleFrom    = "rule_from"
	FieldRuleItems   = "rule_items"
	FieldRuleDoc     = "rule_doc"
)

// Title names the quy chế: "Quy chế chi tiêu nội bộ từ 01/01/2026 (NQ 05/NQ-CĐCS)".
func (r *SpendingRule) Title() string {
	s := "Quy chế chi tiêu nội bộ từ " + vn.FormatDate(r.ValidFrom)
	if r.DocNumber != "" {
		s += " (" + r.DocNumber + ")"
	}
	return s
}

// Normalize NFC-cleans the quy chế and drops empty item lines.
func (r *SpendingRule) Normalize() {
	r.DocNumber, r.Body, r.Notes = vn.Clean(r.DocNumber), vn.Clean(r.Body), vn.CleanMultiline(r.Notes)
	for _, t := range []*time.Time{&r.Adopted, &r.ValidFrom} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	if r.ValidFrom.IsZero() {
		r.ValidFrom = r.Adopted
	}
	items := r.Items[:0:0]
	for _, it := range r.Items {
		it.Name, it.Category = vn.Clean(it.Name), strings.ToUpper(vn.Clean(it.Category))
		if it.Name == "" && it.Amount == 0 {
			continue
		}
		items = append(items, it)
	}
	r.Items = items
}

// Validate checks the quy chế as the form does.
func (r *SpendingRule) Validate() Problems {
	var ps Problems
	if r.Adopted.IsZero() {
		ps.add(FieldRuleAdopted, "Cần nhập ngày thông qua quy chế (nghị quyết của Ban Chấp hành)")
	}
	if r.DocNumber == "" {
		ps.add(FieldRuleDoc, "Cần ghi số nghị quyết hoặc quyết định ban hành quy chế")
	}
	if !r.ValidFrom.IsZero() && !r.Adopted.IsZero() && r.ValidFrom.Before(r.Adopted) {
		ps.add(FieldRuleFrom, "Ngày áp dụng phải từ ngày thông qua trở đi")
	}
	if len(r.Items) == 0 {
		ps.add(FieldRuleItems, "Cần ít nhất một khoản chi với mức chi")
	}
	seen := map[string]bool{}
	for i, it := range r.Items {
		n := fmt.Sprintf("Dòng %d: ", i+1)
		key := vn.Fold(it.Name)
		switch {
		case it.Name == "":
			ps.add(FieldRuleItems, n+"cần tên khoản chi")
		case it.Amount <= 0 || it.Amount > MaxVoucherAmount:
			ps.add(FieldRuleItems, n+"mức chi phải lớn hơn 0")
		case seen[key]:
			ps.add(FieldRuleItems, n+"khoản \""+it.Name+"\" bị trùng")
		}
		seen[key] = true
	}
	return ps
}

// RuleInForce returns the quy chế in force on day (the latest ValidFrom on or
// before it), nil when none.
func RuleInForce(rules []SpendingRule, day time.Time) *SpendingRule {
	var best *SpendingRule
	for i := range rules {
		r := &rules[i]
		if r.ValidFrom.After(day) {
			continue
		}
		if best == nil || r.ValidFrom.After(best.ValidFrom) || (r.ValidFrom.Equal(best.ValidFrom) && r.ID > best.ID) {
			best = r
		}
	}
	return best
}

// Item finds an item by name, blind to marks and case.
func (r *SpendingRule) Item(name string) (SpendingItem, bool) {
	key := vn.Fold(name)
	for _, it := range r.Items {
		if vn.Fold(it.Name) == key {
			return it, true
		}
	}
	return SpendingItem{}, false
}

// OverRule is the warning for a phiếu chi above the quy chế amount of its item
// (issue 13 point 5: "a phiếu chi above the quy chế amount is flagged"); per is
// how many people it pays (1 for a single voucher, the rows of a ký nhận list).
// "" when within the rule or when no rule or item applies.
func OverRule(rules []SpendingRule, v *Voucher, per int) string {
	if v.Kind != VoucherPayment || v.RuleItem == "" {
		return ""
	}
	r := RuleInForce(rules, v.Date)
	if r == nil {
		return "Chưa có quy chế chi tiêu nội bộ áp dụng ngày " + vn.FormatDate(v.Date)
	}
	it, ok := r.Item(v.RuleItem)
	if !ok {
		return fmt.Sprintf("Khoản \"%s\" không có trong %s", v.RuleItem, strings.ToLower(r.Title()[:1])+r.Title()[1:])
	}
	if per < 1 {
		per = 1
	}
	if limit := it.Amount * int64(per); v.Amount > limit {
		s := fmt.Sprintf("Vượt mức quy chế: %s mức %s", it.Name, vn.FormatMoney(it.Amount))
		if per > 1 {
			s += fmt.Sprintf(" × %d người = %s", per, vn.FormatMoney(limit))
		}
		return s + fmt.Sprintf(", phiếu chi %s (%s)", vn.FormatMoney(v.Amount), r.Title())
	}
	return ""
}

// SpendingRules declares the quy chế chi tiêu nội bộ in the registry.
var SpendingRules = &Kind[SpendingRule]{
	Kind:     KindSpendRule,
	Label:    "Quy chế chi tiêu nội bộ",
	Table:    "spending_rule",
	Entity:   "spending_rule",
	NotFound: "Không tìm thấy quy chế chi tiêu nội bộ",
	Columns: []Column[SpendingRule]{
		{"doc_number", "Số nghị quyết", func(r *SpendingRule) any { return &r.DocNumber }, nil},
		{"adopted", "Ngày thông qua", func(r *SpendingRule) any { return &r.Adopted }, nil},
		{"body", "Cơ quan thông qua", func(r *SpendingRule) any { return &r.Body }, nil},
		{"valid_from", "Áp dụng từ", func(r *SpendingRule) any { return &r.ValidFrom }, nil},
		{"notes", "Ghi chú", func(r *SpendingRule) any { return &r.Notes }, nil},
	},
	Children: []Child[SpendingRule]{
		Rows("spending_rule_item", "spending_rule_id", "Các khoản chi",
			func(r *SpendingRule) *[]SpendingItem { return &r.Items },
			[]Column[SpendingItem]{
				{"name", "", func(i *SpendingItem) any { return &i.Name }, nil},
				{"amount", "", func(i *SpendingItem) any { return &i.Amount }, nil},
				{"category", "", func(i *SpendingItem) any { return &i.Category }, nil},
			},
			func(i *SpendingItem) string { return i.Name + ": " + vn.FormatMoney(i.Amount) }),
	},
	Meta:      func(r *SpendingRule) Meta { return Meta{&r.ID, &r.Version, &r.CreatedAt, &r.UpdatedAt} },
	Title:     (*SpendingRule).Title,
	Year:      func(r *SpendingRule) int { return r.ValidFrom.Year() },
	Normalize: (*SpendingRule).Normalize,
	Check:     func(r *SpendingRule, _ CheckEnv) Problems { return r.Validate() },
}

// SignList is a danh sách ký nhận: money or a gift handed to many members, each
// signing for it, paid by one phiếu chi (the voucher links back to it).
type SignList struct {
	ID       int64
	Date     time.Time
	Title    string // "Quà Tết Nguyên đán Bính Ngọ 2026"
	Category string // mục chi of the phiếu chi
	RuleItem string // the quy chế item each row follows
	Gift     string // for a gift list: what each received ("01 thùng quà"); empty: money
	Bank     bool
	Rows     []SignRow
	Notes    string
	Version  int64
	// CreatedAt, UpdatedAt are the bookkeeping stamps.
	CreatedAt time.Time
	UpdatedAt time.Time
}

// SignRow is one person on the list.
type SignRow struct {
	MemberID int64
	Name     string
	Unit     string
	Amount   int64 // money handed, or the gift's value
}

// Total is what the phiếu chi pays.
func (l *SignList) Total() int64 {
	var t int64
	for _, r := range l.Rows {
		t += r.Amount
	}
	return t
}

// ListTitle names the list.
func (l *SignList) ListTitle() string {
	return "Danh sách ký nhận " + l.Title + " ngày " + vn.FormatDate(l.Date)
}

// SignList field names for messages at the form.
const (
	FieldSignDate  = "sign_date"
	FieldSignTitle = "sign_title"
	FieldSignRows  = "sign_rows"
	FieldSignCat   = "sign_category"
)

// Normalize NFC-cleans the list and drops empty rows.
func (l *SignList) Normalize() {
	l.Title, l.Category, l.RuleItem, l.Gift = vn.Clean(l.Title), strings.ToUpper(vn.Clean(l.Category)), vn.Clean(l.RuleItem), vn.Clean(l.Gift)
	l.Notes = vn.CleanMultiline(l.Notes)
	if !l.Date.IsZero() {
		l.Date = vn.Day(l.Date)
	}
	rows := l.Rows[:0:0]
	for _, r := range l.Rows {
		r.Name, r.Unit = vn.Clean(r.Name), vn.Clean(r.Unit)
		if r.Name == "" && r.MemberID == 0 && r.Amount == 0 {
			continue
		}
		rows = append(rows, r)
	}
	l.Rows = rows
}

// Validate checks the list as the form does.
func (l *SignList) Validate() Problems {
	var ps Problems
	if l.Date.IsZero() {
		ps.add(FieldSignDate, "Cần nhập ngày")
	}
	if l.Title == "" {
		ps.add(FieldSignTitle, "Cần ghi nội dung (ví dụ: Quà Tết Nguyên đán 2026)")
	}
	if l.Category == "" {
		ps.add(FieldSignCat, "Cần chọn mục chi trong mục lục thu – chi")
	}
	if len(l.Rows) == 0 {
		ps.add(FieldSignRows, "Danh sách cần ít nhất một người")
	}
	seen := map[int64]int{}
	for i, r := range l.Rows {
		n := fmt.Sprintf("Dòng %d: ", i+1)
		switch {
		case r.Name == "":
			ps.add(FieldSignRows, n+"cần họ và tên")
		case r.Amount <= 0 || r.Amount > MaxVoucherAmount:
			ps.add(FieldSignRows, n+r.Name+": số tiền (hoặc giá trị quà) phải lớn hơn 0")
		case r.MemberID != 0 && seen[r.MemberID] != 0:
			ps.add(FieldSignRows, fmt.Sprintf("%s%sã có ở dòng %d", n, r.Name, seen[r.MemberID]))
		}
		if r.MemberID != 0 && seen[r.MemberID] == 0 {
			seen[r.MemberID] = i + 1
		}
	}
	return ps
}

// Voucher is the phiếu chi that pays the list (not yet numbered).
func (l *SignList) Voucher() Voucher {
	reason := l.Title
	if l.Gift != "" {
		reason += " (" + l.Gift + ")"
	}
	return Voucher{Kind: VoucherPayment, Date: l.Date, Person: "Theo danh sách ký nhận", Reason: reason,
		Amount: l.Total(), Bank: l.Bank, Category: l.Category, Attachments: 1,
		LinkKind: KindSignList, LinkID: l.ID, RuleItem: l.RuleItem}
}

// SignLists declares the danh sách ký nhận in the registry.
var SignLists = &Kind[SignList]{
	Kind:     KindSignList,
	Label:    "Danh sách ký nhận",
	Table:    "sign_list",
	Entity:   "sign_list",
	NotFound: "Không tìm thấy danh sách ký nhận",
	Columns: []Column[SignList]{
		{"date", "Ngày", func(l *SignList) any { return &l.Date }, nil},
		{"title", "Nội dung", func(l *SignList) any { return &l.Title }, nil},
		{"category", "Mục chi", func(l *SignList) any { return &l.Category }, nil},
		{"rule_item", "Khoản theo quy chế", func(l *SignList) any { return &l.RuleItem }, nil},
		{"gift", "Quà", func(l *SignList) any { return &l.Gift }, nil},
		{"bank", "Qua ngân hàng", func(l *SignList) any { return &l.Bank }, nil},
		{"notes", "Ghi chú", func(l *SignList) any { return &l.Notes }, nil},
	},
	Children: []Child[SignList]{
		Rows("sign_list_row", "sign_list_id", "Người nhận",
			func(l *SignList) *[]SignRow { return &l.Rows },
			[]Column[SignRow]{
				{"member_id", "", func(r *SignRow) any { return &r.MemberID }, nil},
				{"name", "", func(r *SignRow) any { return &r.Name }, nil},
				{"unit", "", func(r *SignRow) any { return &r.Unit }, nil},
				{"amount", "", func(r *SignRow) any { return &r.Amount }, nil},
			},
			func(r *SignRow) string { return r.Name + ": " + vn.FormatMoney(r.Amount) }),
	},
	Meta:      func(l *SignList) Meta { return Meta{&l.ID, &l.Version, &l.CreatedAt, &l.UpdatedAt} },
	Title:     (*SignList).ListTitle,
	Year:      func(l *SignList) int { return l.Date.Year() },
	Normalize: (*SignList).Normalize,
	Check:     func(l *SignList, _ CheckEnv) Problems { return l.Validate() },
}
