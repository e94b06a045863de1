package app

import (
	"fmt"
	"strings"

	"socongdoan/data"
)

// The mục lục thu – chi from the command line (issue 13 points 3, 10):
//
//	socongdoan finance categories [--tsv]
//	socongdoan finance category --code C --name "…" --kind thu|chi [--flow nop-cap-tren|chuyen-quy] [--retired]
//	socongdoan finance category retire|restore|delete MÃ
//
// A code some record uses is retired, never deleted (data/finance_category.go).

func init() {
	financeCommands["categories"] = categoriesCmd
	financeCommands["category"] = categoryCmd
}

// categoryState is how a line's state reads in listings and messages.
func categoryState(c data.Category) string {
	if c.Retired {
		return "Ngừng dùng"
	}
	return "Đang dùng"
}

func categoriesCmd(e *env, args []string) error {
	fs := newFlags("finance categories")
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	cs, err := store.FinanceCategories(e.ctx)
	if err != nil {
		return err
	}
	uses, err := store.FinanceCategoryUses(e.ctx)
	if err != nil {
		return err
	}
	w, flush := tableOut(e, *tsv)
	fmt.Fprintln(w, "Mã\tTên\tLoại\tNghiệp vụ\tTrạng thái\tSố phiếu")
	for _, c := range cs {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\n", c.Code, c.Name, c.KindLabel(), c.Flow.Label(), categoryState(c), uses[c.Code].Vouchers)
	}
	return flush()
}

func categoryCmd(e *env, args []string) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		return categoryStateCmd(e, args)
	}
	return categorySetCmd(e, args)
}

// categoryStateCmd retires, restores or deletes the line named by code.
func categoryStateCmd(e *env, args []string) error {
	verb := args[0]
	if verb != "retire" && verb != "restore" && verb != "delete" {
		return usagef("không có lệnh \"finance category %s\" (retire, restore, delete, hoặc --code …)", verb)
	}
	if len(args) != 2 {
		return usagef("finance category %s cần đúng một mã mục", verb)
	}
	code := strings.ToUpper(strings.TrimSpace(args[1]))
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if verb == "delete" {
		if err := store.DeleteFinanceCategory(e.ctx, code); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã xóa mục %s.\n", code)
		return nil
	}
	cs, err := store.FinanceCategories(e.ctx)
	if err != nil {
		return err
	}
	c, ok := data.CategoryMap(cs)[code]
	if !ok {
		return data.Errorf(data.ENOTFOUND, data.FieldCatCode, "Không có mục %s trong mục lục thu – chi", code)
	}
	c.Retired = verb == "retire"
	if err := store.ChangeFinanceCategory(e.ctx, code, &c); err != nil {
		return err
	}
	if c.Retired {
		fmt.Fprintf(e.stdout, "Mục %s – %s: ngừng dùng (không còn trong danh sách chọn của phiếu mới; phiếu, sổ, dự toán, quyết toán cũ vẫn giữ và hiện mục này).\n", c.Code, c.Name)
	} else {
		fmt.Fprintf(e.stdout, "Mục %s – %s: dùng lại.\n", c.Code, c.Name)
	}
	return nil
}

func categorySetCmd(e *env, args []string) error {
	fs := newFlags("finance category")
	code := fs.String("code", "", "")
	name := fs.String("name", "", "")
	kind := fs.String("kind", "", "")
	flow := fs.String("flow", "", "")
	retired := fs.Bool("retired", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c := &data.Category{Code: *code, Name: *name, Kind: data.VoucherKind(strings.ToLower(*kind)), Retired: *retired}
	switch strings.ToLower(*flow) {
	case "":
	case "nop-cap-tren":
		c.Flow = data.FlowRemit
	case "chuyen-quy":
		c.Flow = data.FlowTransfer
	default:
		return usagef("finance category --flow: nop-cap-tren hoặc chuyen-quy, không phải %q", *flow)
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.SaveFinanceCategory(e.ctx, c); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu mục %s – %s (%s).\n", c.Code, c.Name, strings.ToLower(c.KindLabel()))
	return nil
}
