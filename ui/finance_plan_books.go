package ui

import (
	"time"

	"socongdoan/data"
)

// budgetBooks reads the books of from..to for the dự toán and quyết toán.
func (u *UI) budgetBooks(from, to time.Time) ([]data.BudgetCategory, data.BooksFigures, error) {
	return data.ReadBudgetBooks(u.ctx, u.svc.Store, from, to)
}

// cashOnHand is the cash the books hold at the end of day.
func (u *UI) cashOnHand(day time.Time) (int64, error) {
	return data.CashOnHand(u.ctx, u.svc.Store, day)
}

// The titles of the finance-plan tabs of Tài chính.
var (
	budgetPlanTitle = "Dự toán – Quyết toán"
	auditTitle      = "Công khai – Kiểm tra"
)

// financeTabIndex is the position of the tab titled title in Tài chính.
func financeTabIndex(title string) int {
	for i, t := range financeTabs() {
		if t.title == title {
			return i
		}
	}
	return 0
}
