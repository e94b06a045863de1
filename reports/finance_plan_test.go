package reports_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/reports"
)

func sampleSettlement() *data.BudgetSettlement {
	s := &data.BudgetSettlement{Year: 2026, Workers: 480, Payroll: 3_120_000_000, Members: 452, DuesPayroll: 2_980_000_000,
		Lines: []data.BudgetLine{
			{Name: "Tài chính công đoàn tích lũy đầu kỳ", Side: data.SideOpening, Book: 12_500_000},
			{Code: "T23", Name: "Thu đoàn phí công đoàn", Side: data.SideIncome, Book: 14_900_000, Plan: 15_000_000, Approved: 14_900_000},
			{Code: "T25", Name: "Kinh phí công đoàn cấp trên cấp", Side: data.SideIncome, Book: 46_800_000, Figure: 47_000_000, Typed: true, Plan: 45_000_000},
			{Code: "C33", Name: "Chi thăm hỏi đoàn viên", Side: data.SideSpend, Book: 18_300_000, Plan: 20_000_000},
			{Code: "C31", Name: "Chi tổ chức hoạt động phong trào", Side: data.SideSpend, Book: 30_100_000, Plan: 30_000_000},
			{Code: "C37", Name: "Nộp đoàn phí về công đoàn cấp trên", Side: data.SideRemit, Book: 4_470_000, Plan: 4_500_000},
			{Name: "Tài chính công đoàn tích lũy cuối kỳ", Side: data.SideClosing, Book: 21_330_000, Figure: 21_530_000, Typed: true},
		},
		ClosingCash: 3_530_000, ClosingBank: 18_000_000, Explanation: "Thu kinh phí cấp trên cấp tăng do số lao động tăng.",
		ApprovalNo: "15/TB-LĐLĐ", ApprovalDate: day(2027, 2, 20)}
	s.Normalize()
	return s
}

func TestFinancePlanDocuments(t *testing.T) {
	t.Run("the quyết toán prints the figures as recorded, typed ones included, with the totals", func(t *testing.T) {
		d, err := reports.BudgetSettlementDoc(sampleMeta(data.DocTypeReport, 4), sampleProfile, sampleSettlement())
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		all := strings.Join(text, "\n")
		wantText(t, all, "BÁO CÁO Quyết toán thu, chi tài chính công đoàn năm 2026",
			"Lao động thuộc đối tượng đóng kinh phí công đoàn: 480 người; quỹ tiền lương đóng kinh phí công đoàn: 3.120.000.000 đ.",
			"Tài chính công đoàn tích lũy cuối kỳ 21.530.000 đ, gồm tiền mặt 3.530.000 đ và", "tiền gửi ngân hàng 18.000.000 đ. Số liệu trên khớp",
			"Thông báo duyệt số 15/TB-LĐLĐ ngày 20/02/2027.", "KẾ TOÁN")
		wantRows(t, path, 1, "II Tổng thu 60.000.000 61.900.000 14.900.000",
			"2 T25 45.000.000 47.000.000",
			"IV Nộp cấp trên 4.500.000 4.470.000")
	})
	t.Run("the dự toán has the three B14 columns and the upper level's part", func(t *testing.T) {
		e := &data.BudgetEstimate{Year: 2027, Workers: 500, Members: 460, Payroll: 3_300_000_000,
			Lines: []data.BudgetLine{{Code: "T23", Name: "Thu đoàn phí công đoàn", Side: data.SideIncome, Book: 14_900_000, Plan: 16_000_000}}}
		e.Normalize()
		d, err := reports.BudgetEstimateDoc(sampleMeta(data.DocTypeReport, 5), sampleProfile, e)
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), "Dự toán thu, chi tài chính công đoàn năm 2027", "Ước thực hiện năm 2026", "Dự toán năm 2027",
			"C. THUYẾT MINH VÀ KIẾN NGHỊ", "D. NHẬN XÉT CỦA CÔNG ĐOÀN CẤP TRÊN")
		wantRows(t, path, 1, "1 Thu đoàn phí công đoàn T23 14.900.000 16.000.000")
	})
	t.Run("the công khai notice cites Điều 34 and prints the year's figures", func(t *testing.T) {
		d, err := reports.DisclosureNotice(sampleMeta(data.DocTypeNotice, 6), sampleProfile, sampleSettlement())
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), "THÔNG BÁO Công khai tài chính công đoàn năm 2026", "Căn cứ Điều 34 Luật Công đoàn năm 2024",
			"Số dư cuối năm: tiền mặt 3.530.000 đ, tiền gửi ngân hàng 18.000.000 đ.")
		wantRows(t, path, 1, "III Tổng chi 50.000.000 48.400.000")
	})
	t.Run("the biên bản kiểm kê quỹ: denominations, counted, book, difference and its cause", func(t *testing.T) {
		c := &data.FinanceCheck{Kind: data.CheckCash, Date: day(2026, 12, 31), Checker: "Lê Văn Hải", CheckerRole: "Chủ nhiệm Ủy ban kiểm tra",
			Cashier: "Phạm Thị Hoa", Accountant: "Ngô Văn Nam", BookCash: 3_530_000, Explanation: "Phiếu chi PC041 chưa ghi sổ.",
			Counts: []data.CashCountRow{{Denomination: 500_000, Count: 6}, {Denomination: 100_000, Count: 2}, {Denomination: 10_000, Count: 3}}}
		c.Normalize()
		d, err := reports.CashCountMinutes(sampleMeta(data.DocTypeMinutes, 7), sampleProfile, c)
		if err != nil {
			t.Fatal(err)
		}
		path, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), "BIÊN BẢN Kiểm kê quỹ tiền mặt", "Lê Văn Hải, Chủ nhiệm Ủy ban kiểm tra, chủ trì kiểm kê;",
			"Số tiền thực tế kiểm kê: 3.230.000 đ (Ba triệu hai trăm ba mươi nghìn đồng).", "Số dư theo sổ quỹ: 3.530.000 đ.",
			"Chênh lệch: thiếu 300.000 đ.", "Phiếu chi PC041 chưa ghi sổ.", "THỦ QUỸ", "Phạm Thị Hoa")
		wantRows(t, path, 1, "1 500.000 6 3.000.000", "Cộng 3.230.000")
		c.CashCounted, c.Kind = false, data.CheckYearly
		if _, err := reports.CashCountMinutes(sampleMeta(data.DocTypeMinutes, 8), sampleProfile, c); err == nil {
			t.Error("a check without a count printed a biên bản kiểm kê")
		}
	})
}
