package data

import (
	"fmt"
	"slices"
	"time"

	"socongdoan/data/vn"
)

// Cash and bank balances of the CĐCS (DOMAIN-MODULES Implications A "Rules to
// check"): neither may ever go negative, and the books must satisfy
// đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ = tiền mặt + tiền gửi (§A.3
// "Reconciliation"). Amounts in words for vouchers: vn.MoneyInWords.

// CashBank is the money held: in the cash box and in the bank.
type CashBank struct{ Cash, Bank int64 }

// Total is cash plus bank.
func (b CashBank) Total() int64 { return b.Cash + b.Bank }

// MovementKind is what a book line does to the money.
type MovementKind string

// The movements.
const (
	MoveReceipt  MovementKind = "thu"           // phiếu thu, or money received into the bank
	MoveSpend    MovementKind = "chi"           // phiếu chi
	MoveRemit    MovementKind = "nop_cap_tren"  // đoàn phí or other money sent to the upper level
	MoveDeposit  MovementKind = "gui_ngan_hang" // cash paid into the bank
	MoveWithdraw MovementKind = "rut_ngan_hang" // cash drawn from the bank
)

// Label names the movement.
func (k MovementKind) Label() string {
	switch k {
	case MoveReceipt:
		return "Thu"
	case MoveSpend:
		return "Chi"
	case MoveRemit:
		return "Nộp cấp trên"
	case MoveDeposit:
		return "Nộp tiền mặt vào tài khoản"
	case MoveWithdraw:
		return "Rút tiền gửi về quỹ"
	}
	return string(k)
}

// Movement is one line of the books.
type Movement struct {
	Date   time.Time
	Ref    string // số phiếu or chứng từ
	Kind   MovementKind
	Amount int64
	Bank   bool // through the bank account (thu, chi, nộp cấp trên); ignored for deposits and withdrawals
}

// Field of the balance messages.
const FieldVoucherAmount = "so_tien"

// apply returns the balance after m.
func (b CashBank) apply(m Movement) CashBank {
	pick := func(bank bool) *int64 {
		if bank {
			return &b.Bank
		}
		return &b.Cash
	}
	switch m.Kind {
	case MoveReceipt:
		*pick(m.Bank) += m.Amount
	case MoveSpend, MoveRemit:
		*pick(m.Bank) -= m.Amount
	case MoveDeposit:
		b.Cash -= m.Amount
		b.Bank += m.Amount
	case MoveWithdraw:
		b.Bank -= m.Amount
		b.Cash += m.Amount
	}
	return b
}

// RunBalances applies the movements in order (the caller sorts them by date and
// number) and returns the balance after each. It stops at the first movement that
// is not valid or would make cash or bank negative, naming it and the balance it met.
func RunBalances(opening CashBank, ms []Movement) ([]CashBank, error) {
	if opening.Cash < 0 || opening.Bank < 0 {
		return nil, Errorf(EINVALID, FieldVoucherAmount, "Số dư đầu kỳ không được âm: tiền mặt %s, tiền gửi %s",
			vn.FormatMoney(opening.Cash), vn.FormatMoney(opening.Bank))
	}
	out := make([]CashBank, 0, len(ms))
	b := opening
	for _, m := range ms {
		if m.Amount <= 0 {
			return nil, Errorf(EINVALID, FieldVoucherAmount, "%s: số tiền phải lớn hơn 0", movementName(m))
		}
		if m.Kind.Label() == string(m.Kind) {
			return nil, Errorf(EINVALID, "", "%s: loại nghiệp vụ không hợp lệ %q", movementName(m), m.Kind)
		}
		next := b.apply(m)
		switch {
		case next.Cash < 0:
			return nil, Errorf(EINVALID, FieldVoucherAmount, "%s làm quỹ tiền mặt âm: tồn quỹ %s, cần %s. Không chi quá số tiền đang có",
				movementName(m), vn.FormatMoney(b.Cash), vn.FormatMoney(m.Amount))
		case next.Bank < 0:
			return nil, Errorf(EINVALID, FieldVoucherAmount, "%s làm tiền gửi ngân hàng âm: số dư %s, cần %s. Không chi quá số tiền đang có",
				movementName(m), vn.FormatMoney(b.Bank), vn.FormatMoney(m.Amount))
		}
		b = next
		out = append(out, b)
	}
	return out, nil
}

// movementName names a book line in a message: "Phiếu chi PC012 ngày 05/03/2026".
func movementName(m Movement) string {
	s := m.Kind.Label()
	switch m.Kind {
	case MoveReceipt:
		s = "Phiếu thu"
	case MoveSpend:
		s = "Phiếu chi"
	}
	if m.Ref != "" {
		s += " " + m.Ref
	}
	if !m.Date.IsZero() {
		s += " ngày " + vn.FormatDate(m.Date)
	}
	return s
}

// CarryBalance is the balance after the movements ms, without checking each
// line: for totals of lines already checked (a period's thu, chi … summed per
// kind), whose order among themselves does not matter.
func CarryBalance(opening CashBank, ms []Movement) CashBank {
	b := opening
	for _, m := range ms {
		b = b.apply(m)
	}
	return b
}

// CheckNewMovement checks a new line against the books: placed after the lines of
// its day, it must leave cash and bank non-negative at every later line too, since
// a back-dated chi can empty the cash box of a day already past.
func CheckNewMovement(opening CashBank, existing []Movement, m Movement) error {
	all := make([]Movement, 0, len(existing)+1)
	all = append(all, existing...)
	i, _ := slices.BinarySearchFunc(all, m.Date, func(e Movement, d time.Time) int {
		if vn.Day(e.Date).After(vn.Day(d)) {
			return 1
		}
		return -1
	})
	all = slices.Insert(all, i, m)
	_, err := RunBalances(opening, all)
	return err
}

// PeriodBooks are the figures of a period: the reconciliation of B07-TLĐ.
type PeriodBooks struct {
	Opening  int64 // đầu kỳ
	Receipts int64 // thu
	Spending int64 // chi
	Remitted int64 // nộp cấp trên
	Closing  int64 // cuối kỳ
	Held     CashBank
}

// SummarizePeriod totals the movements of a period from its opening balances.
func SummarizePeriod(opening CashBank, ms []Movement) (PeriodBooks, error) {
	bals, err := RunBalances(opening, ms)
	if err != nil {
		return PeriodBooks{}, err
	}
	p := PeriodBooks{Opening: opening.Total(), Held: opening}
	if len(bals) > 0 {
		p.Held = bals[len(bals)-1]
	}
	for _, m := range ms {
		switch m.Kind {
		case MoveReceipt:
			p.Receipts += m.Amount
		case MoveSpend:
			p.Spending += m.Amount
		case MoveRemit:
			p.Remitted += m.Amount
		}
	}
	p.Closing = p.Opening + p.Receipts - p.Spending - p.Remitted
	return p, nil
}

// Check verifies đầu kỳ + thu − chi − nộp cấp trên = cuối kỳ = tiền mặt + tiền gửi,
// naming the difference, for figures typed or carried from elsewhere (a
// quyết toán edited before printing, last year's closing figures).
func (p PeriodBooks) Check() error {
	if got := p.Opening + p.Receipts - p.Spending - p.Remitted; got != p.Closing {
		return Errorf(EINVALID, "", "Đầu kỳ %s + thu %s - chi %s - nộp cấp trên %s = %s, khác cuối kỳ %s (chênh %s)",
			vn.FormatMoney(p.Opening), vn.FormatMoney(p.Receipts), vn.FormatMoney(p.Spending), vn.FormatMoney(p.Remitted),
			vn.FormatMoney(got), vn.FormatMoney(p.Closing), vn.FormatMoney(p.Closing-got))
	}
	if p.Held.Total() != p.Closing {
		return Errorf(EINVALID, "", "Cuối kỳ %s khác tiền mặt %s + tiền gửi %s = %s (chênh %s)",
			vn.FormatMoney(p.Closing), vn.FormatMoney(p.Held.Cash), vn.FormatMoney(p.Held.Bank),
			vn.FormatMoney(p.Held.Total()), vn.FormatMoney(p.Held.Total()-p.Closing))
	}
	if p.Held.Cash < 0 || p.Held.Bank < 0 {
		return Errorf(EINVALID, "", "Tiền mặt (%s) và tiền gửi (%s) không được âm", vn.FormatMoney(p.Held.Cash), vn.FormatMoney(p.Held.Bank))
	}
	return nil
}

// String is the identity as the books show it.
func (p PeriodBooks) String() string {
	return fmt.Sprintf("Đầu kỳ %s + thu %s - chi %s - nộp cấp trên %s = cuối kỳ %s = tiền mặt %s + tiền gửi %s",
		vn.FormatMoney(p.Opening), vn.FormatMoney(p.Receipts), vn.FormatMoney(p.Spending), vn.FormatMoney(p.Remitted),
		vn.FormatMoney(p.Closing), vn.FormatMoney(p.Held.Cash), vn.FormatMoney(p.Held.Bank))
}
