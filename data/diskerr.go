package data

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"
)

// diskError is the chair's message for the two disk failures a chair can fix without
// a specialist: a full disk and a folder the app may not write into (a write-protected
// USB stick, a folder of another user). nil for any other failure. doing says what
// could not be done ("sao lưu dữ liệu").
func diskError(err error, doing string) *Error {
	switch {
	case isDiskFull(err):
		return &Error{Code: EINVALID, Err: err,
			Message: "Ổ đĩa đã đầy nên không thể " + doing + ". Hãy xóa bớt tệp không cần hoặc chọn ổ khác còn chỗ trống rồi thử lại; dữ liệu đã có không bị thay đổi."}
	case errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS):
		where := "thư mục này"
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Path != "" {
			where = "thư mục " + filepath.Dir(pe.Path)
		}
		return &Error{Code: EINVALID, Err: err,
			Message: "Không có quyền ghi vào " + where + " nên không thể " + doing + ". Hãy chọn thư mục khác, hoặc nhờ người hỗ trợ cấp quyền ghi; dữ liệu đã có không bị thay đổi."}
	}
	return nil
}

// isDiskFull reports whether err says the disk is full (ENOSPC, or Windows'
// ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL).
func isDiskFull(err error) bool {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return false
	}
	for _, full := range diskFullErrnos {
		if errno == full {
			return true
		}
	}
	return false
}
