package data

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"socongdoan/data/vn"
)

// Invisible and control characters (issue 10 item 11). A NUL or BEL from an old file,
// a zero-width joiner pasted from a web page, a byte-order mark, a right-to-left
// override: none shows, yet each splits a name wrongly, hides it from search or
// reaches an export. The member form, `members add` and the importer share this check
// (through Validate), so a field holding one is refused with the character and the
// field named, and the chair removes it.

// Field names of the text fields that have no form row of their own; their messages
// show in the form's summary.
const (
	FieldEthnicity = "ethnicity"
	FieldJobTitle  = "job_title"
	FieldUnit      = "unit"
	FieldDecision  = "decision_number"
	FieldCard      = "card_number"
	FieldNotes     = "notes"
)

// Length limits of the text fields, in characters: generous for any real value, short
// enough that a pasted page is refused rather than stored.
const (
	MaxNameChars  = 100  // the full name
	MaxFieldChars = 200  // a one-line field: unit, job title, previous union…
	MaxNotesChars = 4000 // notes
)

// HiddenRune returns the first character of s that does not show: a control character
// (line breaks and tabs allowed where multiline) or a format character (zero-width
// space and joiners, BOM, bidirectional controls, soft hyphen).
func HiddenRune(s string, multiline bool) (rune, bool) {
	for _, r := range s {
		if isHidden(r, multiline) {
			return r, true
		}
	}
	return 0, false
}

func isHidden(r rune, _ bool) bool {
	if r < 0x80 { // the common case, without a table lookup
		return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F
	}
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false // allowed in notes; one-line fields turn them into spaces (vn.Clean)
	case r < 0x20 || (0x7F <= r && r < 0xA0):
		return true
	case r == utf8.RuneError:
		return false
	}
	return unicode.Is(unicode.Cf, r)
}

// RuneName names a hidden character for a message: "NUL (U+0000)".
func RuneName(r rune) string {
	names := map[rune]string{
		0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x1B: "ESC", 0x1F: "US", 0x7F: "DEL",
		0x00AD: "gạch nối mềm", 0x200B: "khoảng trắng độ rộng 0 (ZWSP)", 0x200C: "ZWNJ", 0x200D: "ký tự nối độ rộng 0 (ZWJ)",
		0x200E: "LRM", 0x200F: "RLM", 0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO",
		0x202E: "đảo chiều chữ (RLO)", 0x2060: "WJ", 0xFEFF: "BOM",
	}
	code := fmt.Sprintf("U+%04X", r)
	if n, ok := names[r]; ok {
		return n + " (" + code + ")"
	}
	if r < 0x20 || (0x7F <= r && r < 0xA0) {
		return "ký tự điều khiển " + code
	}
	return "ký tự ẩn " + code
}

// CheckText is the message for a text field holding a hidden character or past its
// length limit ("" when it is fine); label is the field as the form names it.
func CheckText(label, s string, maxChars int, multiline bool) string {
	if r, ok := HiddenRune(s, multiline); ok {
		return fmt.Sprintf("%s chứa ký tự không nhìn thấy %s; hãy xóa ký tự này rồi gõ lại", label, RuneName(r))
	}
	if n := utf8.RuneCountInString(s); n > maxChars {
		return fmt.Sprintf("%s dài %d ký tự, quá giới hạn %d ký tự", label, n, maxChars)
	}
	return ""
}

// StripControls drops the control characters other than tabs and line breaks, for
// exports made from registers that may hold them from before this check.
func StripControls(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return isHidden(r, true) && unicode.IsControl(r) }) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isHidden(r, true) && unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// checkTexts adds to ps the hidden characters and lengths of m's text fields.
func (m *Member) checkTexts(ps *Problems) {
	for _, f := range []struct {
		field, label, value string
		max                 int
		multiline           bool
	}{
		{FieldName, "Họ và tên", m.Ho + " " + m.TenDem + " " + m.Ten, MaxNameChars + 2, false},
		{FieldEthnicity, "Dân tộc", m.Ethnicity, MaxFieldChars, false},
		{FieldNationality, "Quốc tịch", m.Nationality, MaxFieldChars, false},
		{FieldIDNumber, "Số CCCD/hộ chiếu", m.IDNumber, MaxFieldChars, false},
		{FieldPhone, "Điện thoại", m.Phone, MaxFieldChars, false},
		{FieldUnit, "Bộ phận", m.UnitName, MaxFieldChars, false},
		{FieldJobTitle, "Chức danh", m.JobTitle, MaxFieldChars, false},
		{FieldPrevious, "Đơn vị cũ", m.PreviousUnion, MaxFieldChars, false},
		{FieldDecision, "Số quyết định", m.DecisionNumber, MaxFieldChars, false},
		{FieldMemberCode, "Mã số đoàn viên", m.MemberCode, MaxFieldChars, false},
		{FieldCard, "Số thẻ", m.CardNumber, MaxFieldChars, false},
		{FieldUnionRole, "Chức vụ công đoàn", m.UnionRole, MaxFieldChars, false},
		{FieldNotes, "Ghi chú", m.Notes, MaxNotesChars, true},
	} {
		if msg := CheckText(f.label, f.value, f.max, f.multiline); msg != "" {
			ps.add(f.field, msg)
		}
	}
}

// NormalizeIDNumber writes a CCCD or passport number as it is stored: no spaces, upper
// case, and a number of digits written in groups ("001 190 012 345", "001-190-012345",
// "001.190.012.345") as its digits alone, the same for the form, `members add` and
// the importer (issue 10 item 13).
func NormalizeIDNumber(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(vn.Clean(s)), ""))
	digits := strings.Map(func(r rune) rune {
		if r == '.' || r == '-' {
			return -1
		}
		return r
	}, s)
	if digits != "" && strings.Trim(digits, "0123456789") == "" {
		return digits
	}
	return s
}
