package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
)

// TestHiddenCharacters: a field holding a control or invisible character is refused
// with the character and the field named, and over-long fields are refused (issue 10
// item 11); the form, `members add` and the importer all validate through this.
func TestHiddenCharacters(t *testing.T) {
	now := time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		set  func(m *data.Member)
		want string
	}{
		{"NUL in name", func(m *data.Member) { m.SetFullName("Nguyễn Văn\x00 An") }, "Họ và tên chứa ký tự không nhìn thấy NUL (U+0000)"},
		{"BEL in unit", func(m *data.Member) { m.UnitName = "Tổ\x07 May" }, "Bộ phận chứa ký tự không nhìn thấy BEL (U+0007)"},
		{"US in job", func(m *data.Member) { m.JobTitle = "Công\x1fnhân" }, "Chức danh chứa ký tự không nhìn thấy US (U+001F)"},
		{"ZWJ in name", func(m *data.Member) { m.SetFullName("Nguyễn Văn\u200dAn") }, "ZWJ) (U+200D)"},
		{"ZWSP in name", func(m *data.Member) { m.SetFullName("Nguyễn\u200b Văn An") }, "(ZWSP) (U+200B)"},
		{"BOM in ethnicity", func(m *data.Member) { m.Ethnicity = "\ufeffKinh" }, "Dân tộc chứa ký tự không nhìn thấy BOM (U+FEFF)"},
		{"RLO in notes", func(m *data.Member) { m.Notes = "ghi \u202echú" }, "Ghi chú chứa ký tự không nhìn thấy đảo chiều chữ (RLO) (U+202E)"},
		{"long name", func(m *data.Member) { m.SetFullName("Nguyễn " + strings.Repeat("Văn ", 40) + "An") }, "Họ và tên dài"},
		{"long notes", func(m *data.Member) { m.Notes = strings.Repeat("a", data.MaxNotesChars+1) }, "Ghi chú dài"},
	} {
		m := &data.Member{}
		m.SetFullName("Nguyễn Văn An")
		c.set(m)
		m.Normalize()
		err := m.Validate(now).Err()
		if err == nil || !strings.Contains(data.ErrorMessage(err), c.want) {
			t.Errorf("%s: want %q, got %v", c.name, c.want, err)
		}
	}
	ok := &data.Member{Notes: "dòng 1\r\ndòng 2\tcột"}
	ok.SetFullName("Nguyễn Văn An")
	ok.Normalize()
	if err := ok.Validate(now).Err(); err != nil {
		t.Errorf("line breaks and tabs in notes: %v", err)
	}
	if got := data.StripControls("a\x00b\x07c\nd\te"); got != "abc\nd\te" {
		t.Errorf("StripControls = %q", got)
	}
}

// TestIDNumberSeparators: a CCCD written in groups is stored as its digits, by the
// form and `members add` (Normalize) as by the importer (issue 10 item 13).
func TestIDNumberSeparators(t *testing.T) {
	for in, want := range map[string]string{
		"001190012345": "001190012345", "001 190 012 345": "001190012345", "001-190-012345": "001190012345",
		"001.190.012.345": "001190012345", " b1234567 ": "B1234567", "C-123": "C-123",
	} {
		m := &data.Member{IDNumber: in}
		m.Normalize()
		if m.IDNumber != want {
			t.Errorf("%q → %q, want %q", in, m.IDNumber, want)
		}
	}
}
