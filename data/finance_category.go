package data

import (
	"context"
	"fmt"
	"strings"
)

// The mục lục thu – chi as the kế toán edits it (issue 13 point 3, DOMAIN-MODULES
// Implications A: "an editable, versioned table … never hard-code codes"). A line
// that records already name keeps its code and kind for good — the books, the
// dự toán and the quyết toán add the past vouchers up under it — so it is never
// deleted: it is retired (hidden from the pickers of new vouchers, lists and quy
// chế items, still shown and counted wherever it was used) and may be brought back.

// CategoryUse counts what names one mục lục code. Trashed vouchers count: one
// restored from the Thùng rác needs its line back.
type CategoryUse struct {
	Vouchers    int // phiếu thu / phiếu chi, trash included
	Lists       int // danh sách ký nhận
	RuleItems   int // khoản of the quy chế chi tiêu nội bộ
	BudgetLines int // lines of a dự toán or quyết toán
}

// InUse is true when a record names the code.
func (u CategoryUse) InUse() bool { return u.Vouchers+u.Lists+u.RuleItems+u.BudgetLines > 0 }

// String says what uses the code: "12 phiếu, 1 danh sách ký nhận".
func (u CategoryUse) String() string {
	var parts []string
	for _, p := range []struct {
		n     int
		label string
	}{{u.Vouchers, "phiếu"}, {u.Lists, "danh sách ký nhận"}, {u.RuleItems, "khoản quy chế chi tiêu"}, {u.BudgetLines, "dòng dự toán, quyết toán"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.label))
		}
	}
	return strings.Join(parts, ", ")
}

// CheckCategoryChange is the rule for changing line old into c, given what uses
// old's code: a used line keeps its code, its kind (thu/chi) and its flow; a
// new code must not be another line's. cats is the whole mục lục.
func CheckCategoryChange(cats map[string]Category, old, c *Category, use CategoryUse) error {
	if c.Code != old.Code {
		if use.InUse() {
			return Errorf(ECONFLICT, FieldCatCode, "Mục %s đã có %s: không đổi mã được (các phiếu cũ ghi mã này); hãy lập mục mới và ngừng dùng mục này", old.Code, use)
		}
		if x, ok := cats[c.Code]; ok {
			return DuplicateCategory(x)
		}
	}
	if (old.Kind != c.Kind || old.Flow != c.Flow) && use.InUse() {
		return Errorf(ECONFLICT, FieldCatKind, "Mục %s đã có %s: không đổi loại thu/chi hay nghiệp vụ được; hãy lập mục mới và ngừng dùng mục này", old.Code, use)
	}
	return nil
}

// DuplicateCategory is the refusal of a second line with x's code.
func DuplicateCategory(x Category) error {
	return Errorf(ECONFLICT, FieldCatCode, "Mã %s đã có trong mục lục (%s – %s); hãy chọn mã khác", x.Code, x.Code, x.Name)
}

// CategoryService edits the mục lục line by line, each change in the audit log.
type CategoryService interface {
	// FinanceCategoryUses counts, per code, the records that name it.
	FinanceCategoryUses(ctx context.Context) (map[string]CategoryUse, error)
	// AddFinanceCategory adds a line; a code already in the mục lục is refused.
	AddFinanceCategory(ctx context.Context, c *Category) error
	// ChangeFinanceCategory changes the line with code into c (CheckCategoryChange).
	ChangeFinanceCategory(ctx context.Context, code string, c *Category) error
	// DeleteFinanceCategory removes a line nothing uses; a used one is refused
	// with what uses it (retire it instead).
	DeleteFinanceCategory(ctx context.Context, code string) error
}
