package sqlite_test

import (
	"testing"

	"socongdoan/data"
)

// The fixtures of the finance kinds for kindCases (registry_test.go): each pair
// differs in every column and child table.

func estimateFixture() *data.BudgetEstimate {
	return &data.BudgetEstimate{Year: 2027, Workers: 500, FullTimeCadres: 1, Members: 450, Payroll: 3_000_000_000,
		Lines: []data.BudgetLine{{Name: "Tài chính công đoàn tích lũy đầu kỳ", Side: data.SideOpening, Book: 10_000_000, Figure: 10_000_000, Plan: 12_000_000},
			{Code: "T1", Name: "Thu đoàn phí", Side: data.SideIncome, Book: 80_000_000, Figure: 85_000_000, Typed: true, Plan: 90_000_000, Approved: 88_000_000}},
		BooksRead: day(2026, 12, 1), Explanation: "Tăng đoàn viên", SentDate: day(2026, 12, 10), ApprovalNo: "12/TB-LĐLĐ",
		ApprovalDate: day(2027, 1, 15), UpperRemarks: "Đồng ý", Notes: "Bản đầu"}
}

func estimateFixture2() *data.BudgetEstimate {
	return &data.BudgetEstimate{Year: 2028, Workers: 600, FullTimeCadres: 2, Members: 550, Payroll: 4_000_000_000,
		Lines:     []data.BudgetLine{{Code: "C1", Name: "Chi thăm hỏi", Side: data.SideSpend, Book: 5_000_000, Figure: 5_000_000, Plan: 6_000_000}},
		BooksRead: day(2027, 12, 1), Explanation: "Giữ nguyên", SentDate: day(2027, 12, 12), ApprovalNo: "20/TB-LĐLĐ",
		ApprovalDate: day(2028, 1, 20), UpperRemarks: "Điều chỉnh chi", Notes: "Bản hai"}
}

func settlementFixture() *data.BudgetSettlement {
	return &data.BudgetSettlement{Year: 2026, Half: 1, Workers: 500, Payroll: 1_500_000_000, Members: 450, DuesPayroll: 1_400_000_000,
		Lines: []data.BudgetLine{{Name: "Tài chính công đoàn tích lũy đầu kỳ", Side: data.SideOpening, Book: 10_000_000, Figure: 10_000_000},
			{Name: "Tài chính công đoàn tích lũy cuối kỳ", Side: data.SideClosing, Book: 10_000_000, Figure: 10_000_000}},
		ClosingCash: 4_000_000, ClosingBank: 6_000_000, BooksRead: day(2026, 7, 2), Explanation: "Đúng dự toán",
		SentDate: day(2026, 7, 10), ApprovalNo: "5/TB", ApprovalDate: day(2026, 8, 1), UpperRemarks: "Duyệt", Notes: "Kỳ 1"}
}

func settlementFixture2() *data.BudgetSettlement {
	return &data.BudgetSettlement{Year: 2025, Half: 0, Workers: 480, Payroll: 2_900_000_000, Members: 430, DuesPayroll: 2_800_000_000,
		Lines:       []data.BudgetLine{{Code: "T1", Name: "Thu đoàn phí", Side: data.SideIncome, Book: 1, Figure: 2, Typed: true, Plan: 3, Approved: 4}},
		ClosingCash: 1_000_000, ClosingBank: 2_000_000, BooksRead: day(2026, 1, 5), Explanation: "Cả năm",
		SentDate: day(2026, 1, 20), ApprovalNo: "9/TB", ApprovalDate: day(2026, 3, 1), UpperRemarks: "Duyệt cả năm", Notes: "Năm"}
}

func disclosureFixture() *data.FinanceDisclosure {
	return &data.FinanceDisclosure{Year: 2025, Date: day(2026, 3, 10), AtBCH: true, Posted: true, Place: "Bảng tin nhà ăn",
		Content: "Quyết toán năm 2025", Evidence: "Ảnh chụp bảng tin", Notes: "Niêm yết 30 ngày"}
}

func disclosureFixture2() *data.FinanceDisclosure {
	return &data.FinanceDisclosure{Year: 2026, Date: day(2027, 1, 20), Written: true, AtConference: true, Website: true, Place: "Hội trường",
		Content: "Dự toán 2027", Evidence: "Biên bản hội nghị", Notes: "Đọc tại hội nghị"}
}

func checkFixture() *data.FinanceCheck {
	return &data.FinanceCheck{Kind: data.CheckCash, Date: day(2026, 6, 30), Year: 2026, Checker: "Lê Văn Hải", CheckerRole: "Chủ nhiệm UBKT",
		Participants: "Thủ quỹ, kế toán", Scope: "Quỹ tiền mặt", Findings: "Khớp", Recommendations: "Không", CashCounted: true,
		Cashier: "Phạm Thị Hoa", Accountant: "Ngô Văn Nam", BookCash: 1_200_000,
		Counts: []data.CashCountRow{{Denomination: 500_000, Count: 2}, {Denomination: 100_000, Count: 2}}, Explanation: "Khớp sổ", Notes: "Đột xuất"}
}

func checkFixture2() *data.FinanceCheck {
	return &data.FinanceCheck{Kind: data.CheckYearly, Date: day(2027, 1, 10), Year: 2025, Checker: "Trần Thị Lan", CheckerRole: "Ủy viên BCH",
		Participants: "Chủ tịch", Scope: "Chứng từ cả năm", Findings: "Thiếu chữ ký", Recommendations: "Bổ sung", CashCounted: false,
		Cashier: "Vũ Thị Thu", Accountant: "Đặng Văn Tú", BookCash: 0, Counts: nil, Explanation: "", Notes: "Định kỳ"}
}

func TestFinanceKindsAreRegistered(t *testing.T) {
	for _, k := range []data.RecordKind{data.KindBudgetEstimate, data.KindBudgetSettlement, data.KindFinanceDisclosure, data.KindFinanceCheck} {
		if data.KindOf(k) == nil {
			t.Errorf("%s is not registered", k)
		}
	}
}
