package sqlite_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// Fixtures of the thu – chi kinds for the registry tests (kindCases).

func voucherFixture() *data.Voucher {
	return &data.Voucher{Kind: data.VoucherReceipt, Date: day(2026, 3, 2), Person: "Trần Thị Mai", Unit: "Tổ may 1",
		Reason: "Thu đoàn phí tháng 2/2026", Amount: 1_250_000, Category: "T02", Attachments: 1, Preparer: "Nguyễn Thị Lan", Notes: "ghi chú"}
}

// voucherFixture2 differs in every column: a bank chi of 2025 for a member,
// linked to a conference, so the store opens the books with money in the bank.
func voucherFixture2(s *sqlite.Store) *data.Voucher {
	orPanic(s.SaveCashSetup(ctx, data.CashSetup{Start: day(2025, 1, 1), Opening: data.CashBank{Cash: 1_000_000, Bank: 5_000_000}}))
	m := mustCreate(panicTB{}, s, member("Lê Văn Hùng"))[0]
	c := conferenceFixture()
	orPanic(data.Conferences.Store(s).Create(ctx, c))
	// An earlier chi of 2025, so the moved voucher's new number (2) differs from its old one (1).
	orPanic(data.Vouchers.Store(s).Create(ctx, &data.Voucher{Kind: data.VoucherPayment, Date: day(2025, 2, 1), Person: "A",
		Reason: "Văn phòng phẩm", Amount: 10_000, Category: "C02"}))
	return &data.Voucher{Kind: data.VoucherPayment, Number: 9, BookNo: "Q2", Date: day(2025, 11, 20), Person: "Lê Văn Hùng", MemberID: m.ID,
		Unit: "Phòng kỹ thuật", Reason: "Thăm hỏi ốm đau", Amount: 500_000, Bank: true, Category: "C04", Attachments: 2,
		LinkKind: data.KindConference, LinkID: c.ID, RuleItem: "Thăm hỏi ốm đau", Preparer: "Phạm Thu Hà", Notes: "khác"}
}

func spendingRuleFixture() *data.SpendingRule {
	return &data.SpendingRule{DocNumber: "01/NQ-CĐCS", Adopted: day(2026, 1, 5), Body: "Ban Chấp hành", ValidFrom: day(2026, 1, 5),
		Items: []data.SpendingItem{{Name: "Thăm hỏi ốm đau", Amount: 500_000, Category: "C04"}}, Notes: "a"}
}

func spendingRuleFixture2() *data.SpendingRule {
	return &data.SpendingRule{DocNumber: "02/NQ-CĐCS", Adopted: day(2026, 2, 1), Body: "Ban Chấp hành mở rộng", ValidFrom: day(2026, 3, 1),
		Items: []data.SpendingItem{{Name: "Hiếu", Amount: 1_000_000, Category: "C04"}, {Name: "Quà 8/3", Amount: 200_000, Category: "C05"}}, Notes: "b"}
}

func signListFixture() *data.SignList {
	return &data.SignList{Date: day(2026, 3, 7), Title: "Quà 8/3", Category: "C05", RuleItem: "Quà 8/3",
		Rows: []data.SignRow{{Name: "Trần Thị Mai", Unit: "Tổ may 1", Amount: 200_000}}, Notes: "a"}
}

func signListFixture2(s *sqlite.Store) *data.SignList {
	m := mustCreate(panicTB{}, s, member("Phạm Thị Lan"))[0]
	return &data.SignList{Date: day(2026, 5, 30), Title: "Quà 1/6 cho con đoàn viên", Category: "C06", RuleItem: "Quà 1/6",
		Gift: "01 hộp quà", Bank: true, Rows: []data.SignRow{{MemberID: m.ID, Name: "Phạm Thị Lan", Unit: "Tổ cắt", Amount: 150_000}}, Notes: "b"}
}

func vouchers(s *sqlite.Store) data.Store[data.Voucher] { return data.Vouchers.Store(s) }

func TestVoucherNumbersAreContinuousAndNeverReused(t *testing.T) {
	s := mustOpen(t)
	st := vouchers(s)
	var ids []int64
	for i := range 3 {
		v := voucherFixture()
		v.Number = 77 // typed numbers are ignored: the store issues them
		v.Amount = int64(100_000 * (i + 1))
		must(t, st.Create(ctx, v))
		if v.Number != i+1 || v.Ref() != []string{"PT001/2026", "PT002/2026", "PT003/2026"}[i] {
			t.Fatalf("voucher %d got number %d (%s)", i, v.Number, v.Ref())
		}
		ids = append(ids, v.ID)
	}
	// A chi has its own sequence.
	c := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 3), Person: "Nguyễn Văn An", Reason: "Mua văn phòng phẩm", Amount: 50_000, Category: "C02"}
	must(t, st.Create(ctx, c))
	if c.Ref() != "PC001/2026" {
		t.Fatalf("first chi = %s", c.Ref())
	}
	// The last thu goes to the trash: its number is not given again.
	must(t, s.TrashRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: ids[2]}))
	v := voucherFixture()
	must(t, st.Create(ctx, v))
	if v.Number != 4 {
		t.Fatalf("after trashing PT003 the next thu got %d, want 4", v.Number)
	}
	// A refused voucher uses no number.
	bad := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 4), Person: "X", Reason: "Chi quá quỹ", Amount: 999_000_000, Category: "C08"}
	if err := st.Create(ctx, bad); data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("a chi above the cash: %v", err)
	}
	ok := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 4), Person: "X", Reason: "Chi nhỏ", Amount: 1_000, Category: "C08"}
	must(t, st.Create(ctx, ok))
	if ok.Number != 2 {
		t.Fatalf("after a refused chi the next got %d, want 2", ok.Number)
	}
	// A typed number on update is refused; numbers are the store's.
	ok.Number = 5
	if err := st.Update(ctx, ok); data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("changing a number: %v", err)
	}
}

func TestVoucherRefusals(t *testing.T) {
	s := mustOpen(t)
	st := vouchers(s)
	must(t, st.Create(ctx, voucherFixture())) // 1,250,000 in cash on 02/03/2026
	chi := func(date int, amount int64, bank bool, cat string) *data.Voucher {
		return &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, date), Person: "Lê Văn Hùng", Reason: "Thăm hỏi",
			Amount: amount, Bank: bank, Category: cat}
	}
	cases := []struct {
		name  string
		v     *data.Voucher
		field string
		msg   string
	}{
		{"no category", chi(5, 100_000, false, ""), data.FieldVoucherCategory, "cần chọn mục chi"},
		{"unknown category", chi(5, 100_000, false, "Z99"), data.FieldVoucherCategory, "không có trong mục lục"},
		{"thu category", chi(5, 100_000, false, "T01"), data.FieldVoucherCategory, "là mục thu"},
		{"cash negative", chi(5, 1_250_001, false, "C04"), data.FieldVoucherAmount, "làm quỹ tiền mặt âm"},
		{"bank negative", chi(5, 1, true, "C04"), data.FieldVoucherAmount, "tiền gửi ngân hàng âm"},
		{"before the thu", chi(1, 100_000, false, "C04"), data.FieldVoucherAmount, "quỹ tiền mặt âm"},
		{"future", chi(25, 100_000, false, "C04"), data.FieldVoucherDate, "sau ngày hôm nay"},
	}
	cases[6].v.Date = day(2026, 7, 1)
	for _, c := range cases {
		err := st.Create(ctx, c.v)
		var de *data.Error
		if !asError(err, &de) || de.Field != c.field || !strings.Contains(strings.ToLower(de.Message), strings.ToLower(c.msg)) {
			t.Errorf("%s: %v (field %v), want %s %q", c.name, err, de, c.field, c.msg)
		}
	}
	// The whole cash on the day of the thu is fine, and then a back-dated thu
	// cannot be trashed, nor a later chi pass.
	all := chi(2, 1_250_000, false, "C04")
	must(t, st.Create(ctx, all))
	list, _ := st.List(ctx)
	var thu data.Voucher
	for _, v := range list {
		if v.Kind == data.VoucherReceipt {
			thu = v
		}
	}
	if err := s.TrashRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: thu.ID}); data.ErrorCode(err) != data.EINVALID ||
		!strings.Contains(data.ErrorMessage(err), "âm") {
		t.Fatalf("trashing the thu that pays a chi: %v", err)
	}
	// Lowering the thu below what was paid is refused too.
	thu.Amount = 1_000_000
	if err := st.Update(ctx, &thu); data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("lowering the thu: %v", err)
	}
	// A closed period refuses writes, changes and the trash on or before its last day.
	must(t, s.SaveCashSetup(ctx, data.CashSetup{ClosedThrough: day(2026, 3, 31)}))
	late := voucherFixture()
	late.Date = day(2026, 3, 31)
	if err := st.Create(ctx, late); data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), "khóa sổ") {
		t.Fatalf("a voucher in a closed period: %v", err)
	}
	if err := s.TrashRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: all.ID}); !strings.Contains(data.ErrorMessage(err), "khóa sổ") {
		t.Fatalf("trashing in a closed period: %v", err)
	}
	late.Date = day(2026, 4, 1)
	must(t, st.Create(ctx, late))
}

func TestBooksAndIdentity(t *testing.T) {
	s := mustOpen(t)
	st := vouchers(s)
	must(t, s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 2_000_000, Bank: 10_000_000}}))
	add := func(kind data.VoucherKind, m, d int, amount int64, bank bool, cat string) {
		t.Helper()
		must(t, st.Create(ctx, &data.Voucher{Kind: kind, Date: day(2026, time.Month(m), d), Person: "Kế toán", Reason: "Nội dung " + cat,
			Amount: amount, Bank: bank, Category: cat}))
	}
	add(data.VoucherReceipt, 1, 10, 3_000_000, true, "T01")  // KPCĐ into the bank
	add(data.VoucherPayment, 1, 11, 1_000_000, false, "C09") // cash into the bank
	add(data.VoucherReceipt, 1, 12, 500_000, false, "T09")   // bank into cash
	add(data.VoucherPayment, 1, 15, 700_000, false, "C04")   // thăm hỏi
	add(data.VoucherPayment, 1, 20, 900_000, true, "N01")    // nộp cấp trên
	add(data.VoucherReceipt, 2, 1, 400_000, false, "T02")    // đoàn phí, next month
	b, err := data.LoadBooks(ctx, s, day(2026, 1, 1), day(2026, 1, 31))
	must(t, err)
	if err := b.Period.Check(); err != nil {
		t.Fatalf("identity: %v (%s)", err, b.Period)
	}
	// Cash: 2,000,000 − 1,000,000 + 500,000 − 700,000 = 800,000; bank: 10,000,000 + 3,000,000 + 1,000,000 − 500,000 − 900,000.
	if b.Period.Held != (data.CashBank{Cash: 800_000, Bank: 12_600_000}) {
		t.Fatalf("held %+v", b.Period.Held)
	}
	if b.Period.Receipts != 3_000_000 || b.Period.Spending != 700_000 || b.Period.Remitted != 900_000 || b.Period.Opening != 12_000_000 {
		t.Fatalf("period %s", b.Period)
	}
	if len(b.Cash.Lines) != 3 || len(b.Bank.Lines) != 4 || b.Cash.Lines[2].Balance != 800_000 || b.Bank.Lines[3].Balance != 12_600_000 {
		t.Fatalf("cash %+v\nbank %+v", b.Cash.Lines, b.Bank.Lines)
	}
	feb, err := data.LoadBooks(ctx, s, day(2026, 2, 1), day(2026, 2, 28))
	must(t, err)
	if feb.Cash.Opening != 800_000 || feb.Period.Held.Cash != 1_200_000 {
		t.Fatalf("february carries %d, holds %+v", feb.Cash.Opening, feb.Period.Held)
	}
	// Opening balances that an existing chi no longer fits are refused.
	if err := s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1)}); data.ErrorCode(err) != data.EINVALID {
		t.Fatalf("opening balances too low: %v", err)
	}
}

func TestSignListPaidOnce(t *testing.T) {
	s := mustOpen(t)
	must(t, s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 5_000_000}}))
	l := signListFixture()
	l.Rows = append(l.Rows, data.SignRow{Name: "Lê Thị Hoa", Amount: 200_000})
	must(t, data.SignLists.Store(s).Create(ctx, l))
	v := l.Voucher()
	must(t, vouchers(s).Create(ctx, &v))
	if v.Amount != 400_000 || v.Ref() != "PC001/2026" {
		t.Fatalf("voucher of the list: %+v", v)
	}
	again := l.Voucher()
	if err := vouchers(s).Create(ctx, &again); data.ErrorCode(err) != data.ECONFLICT {
		t.Fatalf("paying a list twice: %v", err)
	}
	l.Rows[1].Amount = 300_000
	if err := data.SignLists.Store(s).Update(ctx, l); data.ErrorCode(err) != data.ECONFLICT {
		t.Fatalf("changing a paid list: %v", err)
	}
	if err := s.TrashRecord(ctx, data.RecordRef{Kind: data.KindSignList, ID: l.ID}); data.ErrorCode(err) != data.ECONFLICT {
		t.Fatalf("trashing a paid list: %v", err)
	}
}

func TestCategoriesEditable(t *testing.T) {
	s := mustOpen(t)
	cs, err := s.FinanceCategories(ctx)
	must(t, err)
	if len(cs) < 10 || cs[0].Code != "T01" {
		t.Fatalf("seeded mục lục: %+v", cs)
	}
	c := &data.Category{Code: "c10", Name: "Chi  hỗ trợ  đào tạo", Kind: data.VoucherPayment}
	must(t, s.SaveFinanceCategory(ctx, c))
	must(t, vouchers(s).Create(ctx, voucherFixture()))
	must(t, vouchers(s).Create(ctx, &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 3), Person: "A", Reason: "B", Amount: 1000, Category: "C10"}))
	c.Kind = data.VoucherReceipt
	if err := s.SaveFinanceCategory(ctx, c); data.ErrorCode(err) != data.ECONFLICT {
		t.Fatalf("changing the kind of a used line: %v", err)
	}
	c.Kind, c.Retired = data.VoucherPayment, true
	must(t, s.SaveFinanceCategory(ctx, c))
	if err := vouchers(s).Create(ctx, &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 3), Person: "A", Reason: "B", Amount: 1000, Category: "C10"}); !strings.Contains(data.ErrorMessage(err), "ngừng dùng") {
		t.Fatalf("a retired line: %v", err)
	}
}

func asError(err error, de **data.Error) bool { return errors.As(err, de) }

// orPanic stops a fixture that has no *testing.T (the registry cases build the
// second fixture from the store alone).
func orPanic(err error) {
	if err != nil {
		panic(err)
	}
}

type panicTB struct{ testing.TB }

func (panicTB) Helper()                      {}
func (panicTB) Fatal(args ...any)            { panic(args) }
func (panicTB) Fatalf(f string, args ...any) { panic(f) }

// The quyết toán reads the same books: its lines total the vouchers by mục lục
// code, and its reconciliation holds.
func TestBudgetBooksFromVouchers(t *testing.T) {
	s := mustOpen(t)
	must(t, s.SaveCashSetup(ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 1_000_000, Bank: 4_000_000}}))
	for _, v := range []data.Voucher{
		{Kind: data.VoucherReceipt, Date: day(2026, 2, 1), Person: "A", Reason: "KPCĐ", Amount: 3_000_000, Bank: true, Category: "T01"},
		{Kind: data.VoucherPayment, Date: day(2026, 2, 2), Person: "B", Reason: "Nộp tiền vào NH", Amount: 500_000, Category: "C09"},
		{Kind: data.VoucherPayment, Date: day(2026, 2, 3), Person: "C", Reason: "Thăm hỏi", Amount: 300_000, Category: "C04"},
		{Kind: data.VoucherPayment, Date: day(2026, 2, 4), Person: "D", Reason: "Nộp cấp trên", Amount: 900_000, Bank: true, Category: "N01"},
	} {
		must(t, vouchers(s).Create(ctx, &v))
	}
	cats, books, err := data.ReadBudgetBooks(ctx, s, day(2026, 1, 1), day(2026, 6, 30))
	must(t, err)
	lines, p, err := data.ComputeBudgetLines(cats, books)
	must(t, err)
	if err := p.Check(); err != nil || p.Receipts != 3_000_000 || p.Spending != 300_000 || p.Remitted != 900_000 {
		t.Fatalf("period %s: %v", p, err)
	}
	got := map[string]int64{}
	for _, l := range lines {
		got[l.Code] = l.Book
	}
	if got["T01"] != 3_000_000 || got["C04"] != 300_000 || got["N01"] != 900_000 || got["C09"] != 0 {
		t.Errorf("lines %+v", lines)
	}
	cash, err := data.CashOnHand(ctx, s, day(2026, 2, 3))
	must(t, err)
	if cash != 200_000 {
		t.Errorf("cash on hand %d", cash)
	}
}
