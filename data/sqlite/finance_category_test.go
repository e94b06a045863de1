package sqlite_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The mục lục editor at its edges (issue 13 point 3): a line in use is retired,
// never deleted nor recoded; a rename keeps the past vouchers under their line.
func TestCategoryInUseIsRetiredNotDeleted(t *testing.T) {
	s := mustOpen(t)
	must(t, s.AddFinanceCategory(ctx, &data.Category{Code: "C10", Name: "Hỗ trợ đào tạo", Kind: data.VoucherPayment}))
	must(t, vouchers(s).Create(ctx, voucherFixture()))
	paid := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 3), Person: "A", Reason: "Lớp tập huấn", Amount: 200_000, Category: "C10"}
	must(t, vouchers(s).Create(ctx, paid))
	must(t, s.TrashRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: paid.ID}))
	uses, err := s.FinanceCategoryUses(ctx)
	must(t, err)
	if uses["C10"].Vouchers != 1 || uses["T02"].Vouchers != 1 {
		t.Fatalf("uses (a trashed voucher counts: it may come back): %+v", uses)
	}
	must(t, s.RestoreRecord(ctx, data.RecordRef{Kind: data.KindVoucher, ID: paid.ID}))

	err = s.DeleteFinanceCategory(ctx, "C10")
	if data.ErrorCode(err) != data.ECONFLICT || !strings.Contains(data.ErrorMessage(err), "Mục C10 đã có 1 phiếu") {
		t.Fatalf("deleting a used line: %v", err)
	}
	for _, c := range []data.Category{
		{Code: "C11", Name: "Hỗ trợ đào tạo", Kind: data.VoucherPayment},
		{Code: "C10", Name: "Hỗ trợ đào tạo", Kind: data.VoucherReceipt},
	} {
		err := s.ChangeFinanceCategory(ctx, "C10", &c)
		if data.ErrorCode(err) != data.ECONFLICT || !strings.Contains(data.ErrorMessage(err), "1 phiếu") {
			t.Fatalf("recoding %+v: %v", c, err)
		}
	}

	retired := data.Category{Code: "C10", Name: "Hỗ trợ đào tạo, tập huấn", Kind: data.VoucherPayment, Retired: true}
	must(t, s.ChangeFinanceCategory(ctx, "C10", &retired))
	again := &data.Voucher{Kind: data.VoucherPayment, Date: day(2026, 3, 4), Person: "A", Reason: "B", Amount: 1000, Category: "C10"}
	if err := vouchers(s).Create(ctx, again); !strings.Contains(data.ErrorMessage(err), "đã ngừng dùng") {
		t.Fatalf("a new voucher on a retired line: %v", err)
	}
	// The past voucher stays under its line, now shown with the new name, and
	// can still be edited.
	b, err := data.LoadBooks(ctx, s, day(2026, 1, 1), day(2026, 12, 31))
	must(t, err)
	if b.ByCategory["C10"] != 200_000 {
		t.Fatalf("books after retiring: %+v", b.ByCategory)
	}
	lines := data.BudgetCategories(mustCats(t, s))
	if !hasLine(lines, "C10", "Hỗ trợ đào tạo, tập huấn") {
		t.Fatalf("the dự toán/quyết toán lines lost the retired line: %+v", lines)
	}
	got, err := vouchers(s).Get(ctx, paid.ID)
	must(t, err)
	got.Reason = "Lớp tập huấn ATVSLĐ"
	must(t, vouchers(s).Update(ctx, got))

	retired.Retired = false
	must(t, s.ChangeFinanceCategory(ctx, "C10", &retired))
	must(t, vouchers(s).Create(ctx, again))
}

func TestCategoryCodesAreUnique(t *testing.T) {
	s := mustOpen(t)
	err := s.AddFinanceCategory(ctx, &data.Category{Code: "c04", Name: "Thăm hỏi", Kind: data.VoucherPayment})
	if data.ErrorCode(err) != data.ECONFLICT || !strings.Contains(data.ErrorMessage(err), "Mã C04 đã có trong mục lục (C04 – Thăm hỏi đoàn viên") {
		t.Fatalf("a second C04: %v", err)
	}
	must(t, s.AddFinanceCategory(ctx, &data.Category{Code: "C10", Name: "Hỗ trợ", Kind: data.VoucherPayment}))
	err = s.ChangeFinanceCategory(ctx, "C10", &data.Category{Code: "C05", Name: "Hỗ trợ", Kind: data.VoucherPayment})
	if data.ErrorCode(err) != data.ECONFLICT || !strings.Contains(data.ErrorMessage(err), "Mã C05 đã có") {
		t.Fatalf("recoding onto C05: %v", err)
	}
	// Unused, a line may take a free code, change kind, and go.
	must(t, s.ChangeFinanceCategory(ctx, "C10", &data.Category{Code: "T10", Name: "Thu hỗ trợ", Kind: data.VoucherReceipt}))
	if !hasLine(data.BudgetCategories(mustCats(t, s)), "T10", "Thu hỗ trợ") {
		t.Fatal("recoded line missing")
	}
	must(t, s.DeleteFinanceCategory(ctx, "T10"))
	if err := s.DeleteFinanceCategory(ctx, "T10"); data.ErrorCode(err) != data.ENOTFOUND {
		t.Fatalf("deleting twice: %v", err)
	}
	for _, c := range mustCats(t, s) {
		if c.Code == "T10" || c.Code == "C10" {
			t.Fatalf("still there: %+v", c)
		}
	}
}

func mustCats(t *testing.T, s *sqlite.Store) []data.Category {
	t.Helper()
	cs, err := s.FinanceCategories(ctx)
	must(t, err)
	return cs
}

func hasLine(lines []data.BudgetCategory, code, name string) bool {
	for _, l := range lines {
		if l.Code == code && l.Name == name {
			return true
		}
	}
	return false
}
