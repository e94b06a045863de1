package data_test

import (
	"fmt"
	"io/fs"
	"strings"
	"syscall"
	"testing"

	"socongdoan/data"
)

// TestDiskErrorsInVietnamese: a full disk and a folder that may not be written say so.
func TestDiskErrorsInVietnamese(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "write", Path: "/media/usb/sao-luu.db", Err: syscall.ENOSPC}, "Ổ đĩa đã đầy nên không thể sao lưu dữ liệu."},
		{fmt.Errorf("sqlite: %w", syscall.ENOSPC), "Ổ đĩa đã đầy"},
		{&fs.PathError{Op: "open", Path: "/media/usb/sao-luu.db", Err: syscall.EACCES}, "Không có quyền ghi vào thư mục /media/usb nên không thể sao lưu dữ liệu."},
		{&fs.PathError{Op: "open", Path: "/media/cd/sao-luu.db", Err: syscall.EROFS}, "Không có quyền ghi vào thư mục /media/cd"},
	} {
		err := data.Internal(c.err, "sao lưu dữ liệu")
		if msg := data.ErrorMessage(err); !strings.Contains(msg, c.want) || strings.Contains(msg, "Lỗi hệ thống") {
			t.Errorf("%v: %q, want %q", c.err, msg, c.want)
		}
	}
	if msg := data.ErrorMessage(data.Internal(fmt.Errorf("boom"), "sao lưu dữ liệu")); !strings.HasPrefix(msg, "Lỗi hệ thống khi sao lưu dữ liệu") {
		t.Errorf("another failure: %q", msg)
	}
}
