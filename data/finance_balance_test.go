package data_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func TestRunBalances(t *testing.T) {
	opening := data.CashBank{Cash: 2_000_000, Bank: 10_000_000}
	ms := []data.Movement{
		{Date: day(2026, 3, 2), Ref: "PT001", Kind: data.MoveReceipt, Amount: 3_000_000},
		{Date: day(2026, 3, 5), Ref: "PC001", Kind: data.MoveSpend, Amount: 5_000_000}, // empties the cash box exactly
		{Date: day(2026, 3, 6), Ref: "RT01", Kind: data.MoveWithdraw, Amount: 1_000_000},
		{Date: day(2026, 3, 10), Ref: "UNC01", Kind: data.MoveRemit, Amount: 2_400_000, Bank: true},
		{Date: day(2026, 3, 12), Ref: "NT01", Kind: data.MoveDeposit, Amount: 500_000},
	}
	bals, err := data.RunBalances(opening, ms)
	if err != nil {
		t.Fatal(err)
	}
	want := []data.CashBank{{5_000_000, 10_000_000}, {0, 10_000_000}, {1_000_000, 9_000_000}, {1_000_000, 6_600_000}, {500_000, 7_100_000}}
	for i := range want {
		if bals[i] != want[i] {
			t.Errorf("after %s: %+v, want %+v", ms[i].Ref, bals[i], want[i])
		}
	}

	t.Run("a chi one đồng above the cash is refused, naming the voucher", func(t *testing.T) {
		over := append([]data.Movement{}, ms[:1]...)
		over = append(over, data.Movement{Date: day(2026, 3, 5), Ref: "PC001", Kind: data.MoveSpend, Amount: 5_000_001})
		_, err := data.RunBalances(opening, over)
		if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err),
			"Phiếu chi PC001 ngày 05/03/2026 làm quỹ tiền mặt âm: tồn quỹ 5.000.000 đ, cần 5.000.001 đ") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("a bank chi above the bank balance is refused", func(t *testing.T) {
		_, err := data.RunBalances(opening, []data.Movement{{Ref: "UNC02", Kind: data.MoveSpend, Amount: 10_000_001, Bank: true}})
		if !strings.Contains(data.ErrorMessage(err), "Phiếu chi UNC02 làm tiền gửi ngân hàng âm: số dư 10.000.000 đ") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("a back-dated chi that empties a day already past is refused", func(t *testing.T) {
		// 400,000 đ on 04/03 fits the cash of that day (5,000,000 đ), but PC001 on 05/03 then lacks it.
		err := data.CheckNewMovement(opening, ms, data.Movement{Date: day(2026, 3, 4), Ref: "PC002", Kind: data.MoveSpend, Amount: 400_000})
		if !strings.Contains(data.ErrorMessage(err), "Phiếu chi PC001 ngày 05/03/2026 làm quỹ tiền mặt âm: tồn quỹ 4.600.000 đ") {
			t.Errorf("got %v", err)
		}
		if err := data.CheckNewMovement(opening, ms, data.Movement{Date: day(2026, 3, 31), Ref: "PC003", Kind: data.MoveSpend, Amount: 500_000}); err != nil {
			t.Errorf("a chi of exactly the cash held at the end: %v", err)
		}
	})
	t.Run("zero, negative and unknown movements are refused", func(t *testing.T) {
		for _, m := range []data.Movement{{Kind: data.MoveReceipt}, {Kind: data.MoveSpend, Amount: -5}, {Kind: "chuyen", Amount: 5}} {
			if _, err := data.RunBalances(opening, []data.Movement{m}); data.ErrorCode(err) != data.EINVALID {
				t.Errorf("%+v: %v", m, err)
			}
		}
		if _, err := data.RunBalances(data.CashBank{Cash: -1}, nil); data.ErrorCode(err) != data.EINVALID {
			t.Error("a negative opening balance was accepted")
		}
	})
}

func TestPeriodBooksIdentity(t *testing.T) {
	opening := data.CashBank{Cash: 2_000_000, Bank: 10_000_000}
	ms := []data.Movement{
		{Kind: data.MoveReceipt, Amount: 3_000_000},
		{Kind: data.MoveReceipt, Amount: 7_500_000, Bank: true},
		{Kind: data.MoveSpend, Amount: 4_250_000},
		{Kind: data.MoveRemit, Amount: 900_000, Bank: true},
		{Kind: data.MoveWithdraw, Amount: 1_000_000},
	}
	p, err := data.SummarizePeriod(opening, ms)
	if err != nil {
		t.Fatal(err)
	}
	if p.Opening != 12_000_000 || p.Receipts != 10_500_000 || p.Spending != 4_250_000 || p.Remitted != 900_000 ||
		p.Closing != 17_350_000 || p.Held != (data.CashBank{Cash: 1_750_000, Bank: 15_600_000}) {
		t.Errorf("summary %+v", p)
	}
	if err := p.Check(); err != nil {
		t.Errorf("the books' own figures fail the identity: %v", err)
	}
	if s := p.String(); s != "Đầu kỳ 12.000.000 đ + thu 10.500.000 đ - chi 4.250.000 đ - nộp cấp trên 900.000 đ = cuối kỳ 17.350.000 đ = tiền mặt 1.750.000 đ + tiền gửi 15.600.000 đ" {
		t.Errorf("String %q", s)
	}
	typo := p
	typo.Spending = 4_520_000 // two digits swapped on a quyết toán edited by hand
	if err := typo.Check(); !strings.Contains(data.ErrorMessage(err), "= 17.080.000 đ, khác cuối kỳ 17.350.000 đ (chênh 270.000 đ)") {
		t.Errorf("a swapped digit: %v", err)
	}
	counted := p
	counted.Held.Cash = 1_700_000 // the cash count found 50,000 đ less
	if err := counted.Check(); !strings.Contains(data.ErrorMessage(err), "Cuối kỳ 17.350.000 đ khác tiền mặt 1.700.000 đ + tiền gửi 15.600.000 đ = 17.300.000 đ (chênh -50.000 đ)") {
		t.Errorf("a cash difference: %v", err)
	}
}

func TestVoucherAmountInWords(t *testing.T) {
	// Vouchers reuse vn.MoneyInWords; the amounts a CĐCS writes most.
	for n, want := range map[int64]string{
		253_000:   "Hai trăm năm mươi ba nghìn đồng",
		1_050_000: "Một triệu không trăm năm mươi nghìn đồng",
		2_530_000: "Hai triệu năm trăm ba mươi nghìn đồng",
	} {
		if got := vn.MoneyInWords(n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
}
