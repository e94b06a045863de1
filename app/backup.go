package app

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
)

// backupCmd is `backup [-o TỆP]`: a copy into the sao-luu folder, or to the file given
// (a USB stick), readable only by the user.
func backupCmd(e *env, args []string) error {
	fs := newFlags("backup")
	out := fs.String("o", "", "")
	fs.StringVar(out, "out", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(e.dbPath); err != nil {
		return &data.Error{Code: data.ENOTFOUND, Err: err, Message: "Chưa có tệp dữ liệu " + e.dbPath}
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	path := *out
	if path == "" {
		if path, err = store.AutoBackup(e.ctx, data.BackupManual); err != nil {
			return err
		}
	} else if err := store.BackupTo(e.ctx, path); err != nil {
		return err
	}
	info, err := store.InspectBackup(e.ctx, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã sao lưu %s đoàn viên vào %s (%s).\n", vn.FormatInt(int64(info.Members)), path, sizeText(info.Size))
	return nil
}

// restoreCmd is `restore TỆP`: the file is checked, the current data backed up, then
// replaced. A database so damaged that it cannot be opened is moved aside instead.
// The window must be closed: a restore under a running app is refused.
func restoreCmd(e *env, args []string) error {
	fs := newFlags("restore")
	file, rest := splitFile(args)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	if file == "" {
		return usagef("restore cần tên tệp sao lưu")
	}
	if err := e.takeLock(); err != nil {
		return err
	}
	info, err := sqlite.InspectBackup(e.ctx, file, 0)
	if err != nil {
		return err
	}
	if err := sqlite.FullCheck(e.ctx, e.dbPath); sqlite.IsDamaged(err) {
		aside, err := sqlite.ReplaceDamaged(e.ctx, e.dbPath, file)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Tệp dữ liệu bị hỏng đã được cất sang %s (không xóa).\n", aside)
	} else if err != nil {
		return err
	} else {
		store, err := e.openStore()
		if err != nil {
			if !sqlite.IsDamaged(err) {
				return err
			}
			aside, err := sqlite.ReplaceDamaged(e.ctx, e.dbPath, file)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Tệp dữ liệu bị hỏng đã được cất sang %s (không xóa).\n", aside)
		} else {
			defer store.Close()
			saved, err := store.Restore(e.ctx, file)
			if err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "Dữ liệu trước khi khôi phục đã được sao lưu vào %s.\n", saved)
		}
	}
	fmt.Fprintf(e.stdout, "Đã khôi phục từ %s: %s.\n", file, info.Summary())
	return nil
}

// checkCmd is `check`: SQLite's integrity and foreign-key checks, read-only, with a
// report a chair can read; exit 1 when anything is wrong.
func checkCmd(e *env, args []string) error {
	fs := newFlags("check")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := os.Stat(e.dbPath); errors.Is(err, os.ErrNotExist) {
		return &data.Error{Code: data.ENOTFOUND, Err: err, Message: "Chưa có tệp dữ liệu " + e.dbPath}
	}
	rep, err := sqlite.Check(e.ctx, e.dbPath)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, rep.Text())
	if !rep.OK() {
		fmt.Fprint(e.stdout, damagedAdvice(e))
		return &data.Error{Code: data.EINVALID, Message: "Tệp dữ liệu có lỗi. Hãy chạy \"socongdoan restore\" với bản sao lưu gần nhất còn tốt (trong thư mục " +
			sqlite.BackupDir(e.dbPath) + ")."}
	}
	return nil
}

// sizeText shows a file size: "1,2 MB".
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return strings.Replace(strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64), ".", ",", 1) + " MB"
	case n >= 1<<10:
		return vn.FormatInt((n+512)>>10) + " KB"
	}
	return vn.FormatInt(n) + " byte"
}
