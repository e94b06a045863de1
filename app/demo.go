package app

import (
	"fmt"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/vn"
)

func demoCmd(e *env, args []string) error {
	fs := newFlags("demo")
	n := fs.Int("members", 200, "")
	seed := fs.Uint64("seed", 1, "")
	more := fs.Int("vouchers", 0, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 0 || *n > 1_000_000 {
		return usagef("--members phải từ 0 đến 1.000.000")
	}
	if *more < 0 || *more > 100_000 {
		return usagef("--vouchers phải từ 0 đến 100.000")
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	real, err := demo.HoldsRealData(e.ctx, store, store, store)
	if err != nil {
		return err
	}
	if real {
		return &data.Error{Code: data.EINVALID, Message: "Tệp " + store.Path() + " đã có dữ liệu thật (thông tin công đoàn hoặc đoàn viên), " +
			"nên không tạo dữ liệu mẫu vào đó. Dữ liệu mẫu cần một tệp riêng: thêm --db TỆP_MỚI.db. Không có gì bị thay đổi."}
	}
	if err := demo.Mark(e.ctx, store); err != nil {
		return err
	}
	if err := demo.Fill(e.ctx, store, *n, *seed, e.now()); err != nil {
		return err
	}
	if err := demo.MoreVouchers(e.ctx, store, *more, e.now()); err != nil { // issue 13's 10,000-voucher sổ quỹ
		return err
	}
	fmt.Fprintf(e.stdout, "Đã tạo dữ liệu mẫu: %s đoàn viên trong %s\n", vn.FormatInt(int64(*n)), store.Path())
	return nil
}
