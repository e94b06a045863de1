package data

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Phiếu thu and phiếu chi of the CĐCS (issue 13 point 3; DOMAIN-MODULES §A.3
// "Vouchers and books": C40-BB / C41-BB; Implications A "Vouchers"). A voucher is
// a registry kind (Vouchers below); what needs the other vouchers — its number,
// the cash and bank balances, the closed period, the mục lục — is checked by the
// store in the same transaction as the write (data/sqlite/finance_vouchers.go),
// with the pure rules here and in finance_balance.go.

// VoucherKind is thu or chi.
type VoucherKind string

// The voucher kinds.
const (
	VoucherReceipt VoucherKind = "thu"
	VoucherPayment VoucherKind = "chi"
)

// Label is the voucher's printed name.
func (k VoucherKind) Label() string {
	switch k {
	case VoucherReceipt:
		return "Phiếu thu"
	case VoucherPayment:
		return "Phiếu chi"
	}
	return string(k)
}

// Prefix is the short mark before a number: PT for thu, PC for chi.
func (k VoucherKind) Prefix() string {
	switch k {
	case VoucherReceipt:
		return "PT"
	case VoucherPayment:
		return "PC"
	}
	return "?"
}

// KindSignList is the danh sách ký nhận, a voucher's LinkKind when it pays one.
const (
	KindVoucher     RecordKind = "phieu-thu-chi"
	KindSpendRule   RecordKind = "quy-che-chi"
	KindSignList    RecordKind = "ky-nhan"
	voucherNotFound            = "Không tìm thấy phiếu thu, chi"
)

// Voucher is one phiếu thu or phiếu chi.
type Voucher struct {
	ID   int64
	Kind VoucherKind
	Year int // the numbering year: the year of Date
	// Number is issued by the store, per kind and year, on creation and when a
	// correction moves the voucher to the other kind or another year (its old
	// number then stays used, like a cancelled voucher's); it is never typed.
	Number int
	BookNo string
	Date   time.Time
	// Person is who paid or was paid (người nộp / người nhận tiền); MemberID links
	// a member of the register when it is one.
	Person   string
	MemberID int64
	Unit     string // bộ phận, tổ
	Reason   string // lý do nộp / lý do chi
	Amount   int64  // đồng, > 0
	Bank     bool   // through the bank account instead of the cash box
	Category string // mục lục code
	// Attachments is the number of chứng từ gốc attached (kèm theo … chứng từ gốc).
	Attachments int
	// LinkKind and LinkID point at what the voucher pays for: a danh sách ký
	// nhận, a training course, the congress budget … (a registry kind).
	LinkKind RecordKind
	LinkID   int64
	// RuleItem names the quy chế chi tiêu item the chi follows (thăm hỏi ốm đau …),
	// to flag an amount above it.
	RuleItem string
	// Preparer is the người lập phiếu; a new voucher starts with the kế toán
	// (OfficersOn), and the chair may type another name.
	Preparer  string
	Notes     string
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Ref is the voucher's number as books show it: "PC012/2026"; "" before it has one.
func (v *Voucher) Ref() string {
	if v.Number == 0 {
		return ""
	}
	return fmt.Sprintf("%s%03d/%d", v.Kind.Prefix(), v.Number, v.Year)
}

// Title names the voucher in lists, the trash and the audit log.
func (v *Voucher) Title() string {
	s := v.Kind.Label()
	if v.Number != 0 {
		s += " " + v.Ref()
	}
	s += " ngày " + vn.FormatDate(v.Date) + ": " + vn.FormatMoney(v.Amount)
	if v.Reason != "" {
		s += " – " + v.Reason
	}
	return s
}

// AmountInWords is the amount as the voucher prints it (C40-BB, C41-BB).
func (v *Voucher) AmountInWords() string { return vn.MoneyInWords(v.Amount) }

// Voucher field names for messages at the form.
const (
	FieldVoucherKind     = "vc_kind"
	FieldVoucherDate     = "vc_date"
	FieldVoucherPerson   = "vc_person"
	FieldVoucherReason   = "vc_reason"
	FieldVoucherCategory = "vc_category"
	FieldVoucherAttach   = "vc_attachments"
	FieldVoucherMember   = "vc_member"
	FieldVoucherLink     = "vc_link"
	// FieldVoucherAmount (so_tien) is declared with the balance rules.
)

// MaxVoucherAmount bounds an amount typed by mistake (a extra zeros): one
// hundred billion đồng is beyond any CĐCS's year.
const MaxVoucherAmount int64 = 100_000_000_000

// Normalize NFC-cleans the text and sets the numbering year from the date.
func (v *Voucher) Normalize() {
	v.BookNo, v.Person, v.Unit = vn.Clean(v.BookNo), vn.Clean(v.Person), vn.Clean(v.Unit)
	v.Reason, v.RuleItem, v.Preparer = vn.Clean(v.Reason), vn.Clean(v.RuleItem), vn.Clean(v.Preparer)
	v.Category = strings.ToUpper(vn.Clean(v.Category))
	v.Notes = vn.CleanMultiline(v.Notes)
	if !v.Date.IsZero() {
		v.Date = vn.Day(v.Date)
		v.Year = v.Date.Year()
	}
	if v.LinkID == 0 {
		v.LinkKind = ""
	}
}

// Validate checks what the voucher alone can tell. The store adds the checks
// against the other vouchers and the settings (CheckVoucherBooks).
func (v *Voucher) Validate(now time.Time) Problems {
	var ps Problems
	switch v.Kind {
	case VoucherReceipt, VoucherPayment:
	default:
		ps.add(FieldVoucherKind, "Cần chọn phiếu thu hoặc phiếu chi")
	}
	switch {
	case v.Date.IsZero():
		ps.add(FieldVoucherDate, "Cần nhập ngày lập phiếu")
	case v.Date.After(vn.Day(now)):
		ps.add(FieldVoucherDate, "Ngày lập phiếu không được sau ngày hôm nay")
	}
	switch {
	case v.Amount <= 0:
		ps.add(FieldVoucherAmount, "Số tiền phải lớn hơn 0")
	case v.Amount > MaxVoucherAmount:
		ps.add(FieldVoucherAmount, "Số tiền quá lớn: "+vn.FormatMoney(v.Amount)+" đ. Kiểm tra lại số chữ số 0")
	}
	if v.Reason == "" {
		ps.add(FieldVoucherReason, "Cần ghi lý do "+map[bool]string{true: "nộp", false: "chi"}[v.Kind == VoucherReceipt])
	}
	if v.Person == "" && v.MemberID == 0 {
		who := "người nhận tiền"
		if v.Kind == VoucherReceipt {
			who = "người nộp tiền"
		}
		ps.add(FieldVoucherPerson, "Cần ghi họ tên "+who)
	}
	// DOMAIN-MODULES Implications A: every chi line carries a mục lục code.
	if v.Kind == VoucherPayment && v.Category == "" {
		ps.add(FieldVoucherCategory, "Phiếu chi cần chọn mục chi trong mục lục thu – chi")
	}
	if v.Attachments < 0 || v.Attachments > 999 {
		ps.add(FieldVoucherAttach, "Số chứng từ gốc kèm theo phải từ 0 đến 999")
	}
	if v.LinkID < 0 || (v.LinkID != 0 && v.LinkKind == "") {
		ps.add(FieldVoucherLink, "Liên kết của phiếu không hợp lệ")
	}
	return ps
}

// CategoryFlow is what a mục lục line does to the books besides thu or chi.
type CategoryFlow string

// The flows.
const (
	FlowNormal   CategoryFlow = ""
	FlowRemit    CategoryFlow = "nop_cap_tren" // money sent to the upper level: "nộp cấp trên" of the identity
	FlowTransfer CategoryFlow = "chuyen_quy"   // cash ↔ bank: neither thu nor chi of the union
)

// Label names the flow.
func (f CategoryFlow) Label() string {
	switch f {
	case FlowRemit:
		return "Nộp cấp trên"
	case FlowTransfer:
		return "Chuyển tiền mặt – tiền gửi"
	}
	return ""
}

// Category is one line of the mục lục thu – chi, editable by the chair
// (DOMAIN-MODULES Implications A: "an editable, versioned table … never hard-code codes").
type Category struct {
	Code     string
	Name     string
	Kind     VoucherKind
	Flow     CategoryFlow
	Parent   string
	FromYear int
	Source   string
	Pos      int
	Retired  bool // kept for old vouchers, offered no more
}

// KindLabel is "Thu" or "Chi".
func (c Category) KindLabel() string {
	if c.Kind == VoucherReceipt {
		return "Thu"
	}
	return "Chi"
}

// Category field names for messages at the form.
const (
	FieldCatCode = "cat_code"
	FieldCatName = "cat_name"
	FieldCatKind = "cat_kind"
	FieldCatFlow = "cat_flow"
)

// Normalize NFC-cleans the category; codes are upper case.
func (c *Category) Normalize() {
	c.Code = strings.ToUpper(vn.Clean(c.Code))
	c.Name, c.Parent, c.Source = vn.Clean(c.Name), strings.ToUpper(vn.Clean(c.Parent)), vn.Clean(c.Source)
}

// Validate checks one line of the mục lục.
func (c *Category) Validate() Problems {
	var ps Problems
	switch {
	case c.Code == "":
		ps.add(FieldCatCode, "Cần nhập mã mục")
	case len(c.Code) > 20 || strings.ContainsFunc(c.Code, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_')
	}):
		ps.add(FieldCatCode, "Mã mục chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch (tối đa 20 ký tự): "+c.Code)
	}
	if c.Name == "" {
		ps.add(FieldCatName, "Cần nhập tên mục")
	}
	if c.Kind != VoucherReceipt && c.Kind != VoucherPayment {
		ps.add(FieldCatKind, "Loại mục phải là thu hoặc chi")
	}
	switch c.Flow {
	case FlowNormal, FlowTransfer:
	case FlowRemit:
		if c.Kind != VoucherPayment {
			ps.add(FieldCatFlow, "Mục nộp cấp trên phải là mục chi")
		}
	default:
		ps.add(FieldCatFlow, "Loại nghiệp vụ của mục không hợp lệ")
	}
	return ps
}

// Movement is what a voucher does to the books, given its category's flow:
// a phiếu chi "nộp cấp trên" is a remittance; a transfer category turns a cash
// phiếu chi into a deposit and a cash phiếu thu into a withdrawal.
func (v *Voucher) Movement(flow CategoryFlow) Movement {
	m := Movement{Date: v.Date, Ref: v.Ref(), Amount: v.Amount, Bank: v.Bank, Kind: MoveReceipt}
	if v.Kind == VoucherPayment {
		m.Kind = MoveSpend
	}
	switch {
	case flow == FlowRemit && v.Kind == VoucherPayment:
		m.Kind = MoveRemit
	case flow == FlowTransfer && v.Kind == VoucherPayment:
		m.Kind = MoveDeposit
	case flow == FlowTransfer && v.Kind == VoucherReceipt:
		m.Kind = MoveWithdraw
	}
	return m
}

// SortVouchers puts vouchers in book order: by date, each day's thu before its
// chi (a day's money in is counted before what is paid out of it: the balance
// is checked at the end of each day), then by number.
func SortVouchers(vs []Voucher) {
	slices.SortStableFunc(vs, func(a, b Voucher) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			if a.Kind == VoucherReceipt {
				return -1
			}
			return 1
		}
		if c := a.Year - b.Year; c != 0 {
			return c
		}
		return a.Number - b.Number
	})
}

// CashSetup is how the books start and what is closed: the balances on the day
// the app's books begin (DOMAIN-MODULES Implications A: "opening balances split
// into cash and bank") and the last day of a closed period, after which no
// voucher on or before it may be written, changed or trashed.
type CashSetup struct {
	Start         time.Time // the first day of the books; zero: no opening balance (0, 0)
	Opening       CashBank  // held at the start of Start
	ClosedThrough time.Time // zero: nothing closed
}

// The settings keys of CashSetup.
const (
	KeyCashStart       = "tai_chinh.so_quy.ngay_bat_dau"
	KeyCashOpeningCash = "tai_chinh.so_quy.ton_tien_mat"
	KeyCashOpeningBank = "tai_chinh.so_quy.ton_tien_gui"
	KeyCashClosed      = "tai_chinh.so_quy.khoa_so_den"
)

// CashSetup field names for messages at the form.
const (
	FieldCashStart   = "cash_start"
	FieldCashOpening = "cash_opening"
	FieldCashClosed  = "cash_closed"
)

// Validate checks the setup alone.
func (c *CashSetup) Validate() Problems {
	var ps Problems
	if c.Opening.Cash < 0 || c.Opening.Bank < 0 {
		ps.add(FieldCashOpening, "Số dư đầu kỳ không được âm")
	}
	if c.Start.IsZero() && c.Opening.Total() != 0 {
		ps.add(FieldCashStart, "Cần nhập ngày bắt đầu sổ cho số dư đầu kỳ")
	}
	if !c.ClosedThrough.IsZero() && !c.Start.IsZero() && c.ClosedThrough.Before(c.Start) {
		ps.add(FieldCashClosed, "Ngày khóa sổ phải từ ngày bắt đầu sổ trở đi")
	}
	return ps
}

// Values is the setup as stored settings ("" removes a key).
func (c *CashSetup) Values() map[string]string {
	num := func(n int64) string {
		if n == 0 {
			return ""
		}
		return fmt.Sprint(n)
	}
	return map[string]string{
		KeyCashStart: isoOrEmpty(c.Start), KeyCashOpeningCash: num(c.Opening.Cash),
		KeyCashOpeningBank: num(c.Opening.Bank), KeyCashClosed: isoOrEmpty(c.ClosedThrough),
	}
}

func isoOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return vn.ISO(t)
}

// ParseCashSetup reads the stored settings (get returns a key's value, "" when unset).
func ParseCashSetup(get func(key string) string) (CashSetup, error) {
	var c CashSetup
	var err error
	date := func(key string) time.Time {
		s := get(key)
		if s == "" || err != nil {
			return time.Time{}
		}
		var t time.Time
		t, err = vn.ParseISO(s)
		return t
	}
	money := func(key string) int64 {
		s := get(key)
		if s == "" || err != nil {
			return 0
		}
		var n int64
		_, err = fmt.Sscan(s, &n)
		return n
	}
	c.Start, c.ClosedThrough = date(KeyCashStart), date(KeyCashClosed)
	c.Opening = CashBank{money(KeyCashOpeningCash), money(KeyCashOpeningBank)}
	if err != nil {
		return CashSetup{}, fmt.Errorf("cài đặt sổ quỹ không đọc được: %w", err)
	}
	return c, nil
}

// CheckVoucherBooks is the store's check of a voucher against everything else,
// run in the transaction of the write: the setup's start and closed period, the
// mục lục, and the balances of every day once the change is made. others are the
// live vouchers but this one; v is nil for a voucher going to the trash (old
// then is the trashed one), old is nil for a new voucher.
func CheckVoucherBooks(setup CashSetup, cats map[string]Category, others []Voucher, old, v *Voucher) error {
	for _, x := range []*Voucher{old, v} {
		if x == nil {
			continue
		}
		if !setup.ClosedThrough.IsZero() && !x.Date.After(setup.ClosedThrough) {
			return Errorf(EINVALID, FieldVoucherDate, "Kỳ kế toán đến ngày %s đã khóa sổ: không lập, sửa hay hủy phiếu ngày %s được",
				vn.FormatDate(setup.ClosedThrough), vn.FormatDate(x.Date))
		}
	}
	if v != nil {
		if !setup.Start.IsZero() && v.Date.Before(setup.Start) {
			return Errorf(EINVALID, FieldVoucherDate, "Sổ quỹ bắt đầu từ ngày %s: phiếu ngày %s ở trước ngày đó",
				vn.FormatDate(setup.Start), vn.FormatDate(v.Date))
		}
		if old != nil && old.Kind == v.Kind && old.Year == v.Year && old.Number != v.Number {
			return Errorf(EINVALID, FieldVoucherKind, "Số phiếu do phần mềm cấp liên tục, không sửa được (phiếu %s)", old.Ref())
		}
		if v.Category != "" {
			c, ok := cats[v.Category]
			switch {
			case !ok:
				return Errorf(EINVALID, FieldVoucherCategory, "Mục %q không có trong mục lục thu – chi", v.Category)
			case c.Kind != v.Kind:
				return Errorf(EINVALID, FieldVoucherCategory, "Mục %s (%s) là mục %s, không dùng cho %s", c.Code, c.Name,
					strings.ToLower(c.KindLabel()), strings.ToLower(v.Kind.Label()))
			case c.Retired && (old == nil || old.Category != v.Category):
				return Errorf(EINVALID, FieldVoucherCategory, "Mục %s (%s) đã ngừng dùng", c.Code, c.Name)
			case c.Flow == FlowTransfer && v.Bank:
				return Errorf(EINVALID, FieldVoucherCategory, "Mục %s chuyển giữa tiền mặt và tiền gửi: ghi phiếu theo quỹ tiền mặt (không chọn \"qua ngân hàng\")", c.Code)
			}
		}
	}
	all := slices.Clone(others)
	if v != nil {
		all = append(all, *v)
	}
	_, err := VoucherBalances(setup, cats, all)
	return err
}

// VoucherBalances sorts vs into book order and runs the balances from the
// opening, naming the first voucher that would make cash or bank negative.
func VoucherBalances(setup CashSetup, cats map[string]Category, vs []Voucher) ([]CashBank, error) {
	SortVouchers(vs)
	ms := make([]Movement, len(vs))
	for i := range vs {
		ms[i] = vs[i].Movement(cats[vs[i].Category].Flow)
	}
	return RunBalances(setup.Opening, ms)
}

// SpendingRule is a quy chế chi tiêu nội bộ (DOMAIN-MODULES §A.2): the amounts
// the BCH adopted, with the resolution that adopted them. The version in force on
// a day is the latest whose ValidFrom is on or before it.
type SpendingRule struct {
	ID        int64
	DocNumber string    // số nghị quyết / quyết định
	Adopted   time.Time // ngày thông qua
	Body      string    // "Ban Chấp hành", "Ban Chấp hành mở rộng"
	ValidFrom time.Time
	Items     []SpendingItem
	Notes     string
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// SpendingItem is one amount of the quy chế: "Thăm hỏi ốm đau nằm viện: 500.000 đ".
type SpendingItem struct {
	Name     string
	Amount   int64 // per person and time
	Category string
}

// VoucherService is the thu – chi of the CĐCS beyond the registry's generic
// store: the mục lục, the books' setup, and the vouchers of a period in book order.
type VoucherService interface {
	// FinanceCategories lists the mục lục in its order, retired lines included.
	FinanceCategories(ctx context.Context) ([]Category, error)
	// SaveFinanceCategory adds a line or changes one (by code), logging it. A
	// line's kind or flow cannot change once a voucher uses it.
	SaveFinanceCategory(ctx context.Context, c *Category) error
	CategoryService
	// CashSetup returns the start, opening balances and closed period.
	CashSetup(ctx context.Context) (CashSetup, error)
	// SaveCashSetup stores them in one transaction with the check that every
	// voucher still fits (no negative day, none before the start).
	SaveCashSetup(ctx context.Context, c CashSetup) error
	// VouchersBetween returns the live vouchers dated from..to (zero: open), in book order.
	VouchersBetween(ctx context.Context, from, to time.Time) ([]Voucher, error)
}

// Vouchers declares the phiếu thu / phiếu chi in the registry (registry.go).
// Year and Number are written by the store: the Number a caller sets is ignored
// on creation and must stay the stored one on update.
var Vouchers = &Kind[Voucher]{
	Kind:     KindVoucher,
	Label:    "Phiếu thu, chi",
	Table:    "voucher",
	Entity:   "voucher",
	NotFound: voucherNotFound,
	Columns: []Column[Voucher]{
		{"kind", "Loại phiếu", func(v *Voucher) any { return (*string)(&v.Kind) }, func(v *Voucher) string { return v.Kind.Label() }},
		{"year", "Năm", func(v *Voucher) any { return &v.Year }, func(v *Voucher) string { return fmt.Sprint(v.Year) }},
		{"number", "Số phiếu", func(v *Voucher) any { return &v.Number }, func(v *Voucher) string { return v.Ref() }},
		{"book_no", "Quyển số", func(v *Voucher) any { return &v.BookNo }, nil},
		{"date", "Ngày", func(v *Voucher) any { return &v.Date }, nil},
		{"person", "Họ tên người nộp/nhận", func(v *Voucher) any { return &v.Person }, nil},
		{"member_id", "Đoàn viên", func(v *Voucher) any { return &v.MemberID }, nil},
		{"unit", "Bộ phận", func(v *Voucher) any { return &v.Unit }, nil},
		{"reason", "Lý do", func(v *Voucher) any { return &v.Reason }, nil},
		{"amount", "Số tiền", func(v *Voucher) any { return &v.Amount }, func(v *Voucher) string { return vn.FormatMoney(v.Amount) }},
		{"bank", "Qua ngân hàng", func(v *Voucher) any { return &v.Bank }, nil},
		{"category", "Mục lục", func(v *Voucher) any { return &v.Category }, nil},
		{"attachments", "Chứng từ gốc kèm theo", func(v *Voucher) any { return &v.Attachments }, nil},
		{"link_kind", "Chi cho (loại)", func(v *Voucher) any { return (*string)(&v.LinkKind) }, nil},
		{"link_id", "Chi cho (mã)", func(v *Voucher) any { return &v.LinkID }, nil},
		{"rule_item", "Khoản theo quy chế", func(v *Voucher) any { return &v.RuleItem }, nil},
		{"preparer", "Người lập phiếu", func(v *Voucher) any { return &v.Preparer }, nil},
		{"notes", "Ghi chú", func(v *Voucher) any { return &v.Notes }, nil},
	},
	Meta:      func(v *Voucher) Meta { return Meta{&v.ID, &v.Version, &v.CreatedAt, &v.UpdatedAt} },
	Title:     (*Voucher).Title,
	Year:      func(v *Voucher) int { return v.Year },
	Normalize: (*Voucher).Normalize,
	Check:     func(v *Voucher, env CheckEnv) Problems { return v.Validate(env.Now) },
}
