package app

import (
	"fmt"

	"socongdoan/data/demo"
	"socongdoan/data/vn"
)

func demoCmd(e *env, args []string) error {
	fs := newFlags("demo")
	n := fs.Int("members", 200, "")
	seed := fs.Uint64("seed", 1, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *n < 0 || *n > 1_000_000 {
		return usagef("--members phải từ 0 đến 1.000.000")
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if err := demo.Fill(e.ctx, store, *n, *seed, e.now()); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã tạo dữ liệu mẫu: %s đoàn viên trong %s\n", vn.FormatInt(int64(*n)), store.Path())
	return nil
}
