// Package data holds the domain of Sổ Công đoàn: types, validation, legal rules
// and the interfaces the store implements. Pure Go: no SQL, no Fyne.
package data

import (
	"errors"
	"fmt"
)

// Error codes, in the spirit of benbjohnson/wtf: the edge maps them to what a chair sees.
const (
	EINVALID  = "invalid"   // bad input; Message names the field and what is wrong
	ECONFLICT = "conflict"  // would break a uniqueness or state rule
	ENOTFOUND = "not_found" // the record does not exist (or is in the trash)
	EINTERNAL = "internal"  // a bug or an I/O failure; logged, shown as a short generic message
	// ECONFIRM: the save is allowed but needs the chair's yes first (a second yearly
	// conference for the same year). Message is the question; run the same save
	// again with a Confirmed context to go through.
	ECONFIRM = "confirm"
)

// Error is an application error with a Vietnamese message a chair understands.
type Error struct {
	Code    string // one of the E* codes
	Field   string // the form field it is about ("" when it is about the whole record)
	Message string // Vietnamese, e.g. "Ngày sinh phải trước ngày vào làm"
	Err     error  // the underlying cause, for logs
	// Current is, for an ECONFLICT from a stale save (ErrChangedElsewhere), the
	// record as stored now (a pointer: *Conference, *Member …), so the form can
	// show the new values. Nil otherwise.
	Current any
}

func (e *Error) Error() string {
	if e.Err != nil && e.Code == EINTERNAL {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

// Unwrap gives errors.Is/As access to the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf builds an *Error about one field.
func Errorf(code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Internal wraps an unexpected failure (I/O, SQL) as an EINTERNAL error.
func Internal(err error, doing string) error {
	if err == nil {
		return nil
	}
	var de *Error
	if errors.As(err, &de) {
		return err
	}
	if de := diskError(err, doing); de != nil {
		return de
	}
	return &Error{Code: EINTERNAL, Message: "Lỗi hệ thống khi " + doing, Err: err}
}

// ErrorCode returns the code of an application error, EINTERNAL for any other error, "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var de *Error
	if errors.As(err, &de) {
		return de.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message to show a chair: the Vietnamese message of an
// application error, or a short generic one for anything else.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var de *Error
	if errors.As(err, &de) {
		if de.Code == EINTERNAL {
			return de.Message + ". Vui lòng thử lại; nếu vẫn lỗi, hãy sao lưu dữ liệu và báo cho người hỗ trợ."
		}
		return de.Message
	}
	return "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại."
}

// Problems is a list of validation findings on one record; it is an error when
// any of them is an error (not just a warning).
type Problems []Problem

// Problem is one finding about one field.
type Problem struct {
	Field   string
	Message string
	Warning bool // a warning is shown but does not stop saving
}

// Err returns the first blocking problem as an *Error, or nil when there is none.
func (ps Problems) Err() error {
	for _, p := range ps {
		if !p.Warning {
			return &Error{Code: EINVALID, Field: p.Field, Message: p.Message}
		}
	}
	return nil
}

// Warnings returns only the warnings.
func (ps Problems) Warnings() Problems {
	var out Problems
	for _, p := range ps {
		if p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// ForField returns the blocking problems of one field.
func (ps Problems) ForField(field string) Problems {
	var out Problems
	for _, p := range ps {
		if p.Field == field && !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func (ps *Problems) add(field, msg string) { *ps = append(*ps, Problem{Field: field, Message: msg}) }
func (ps *Problems) warn(field, msg string) {
	*ps = append(*ps, Problem{Field: field, Message: msg, Warning: true})
}
