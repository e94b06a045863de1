package reports

import (
	"slices"
	"testing"
)

// A document's ký hiệu keeps its hyphen whole in the Word file, where Word
// would break a line after it; other hyphens stay ordinary.
func TestSplitSymbolHyphens(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Kế hoạch số 22/KH-TLĐ, mục III.6", []string{"Kế hoạch số 22/KH", "TLĐ, mục III.6"}},
		{"Nghị định 145/2020/NĐ-CP ngày", []string{"Nghị định 145/2020/NĐ", "CP ngày"}},
		{"Đoàn kết - Đổi mới", []string{"Đoàn kết - Đổi mới"}},
		{"Tổ Là-Đóng gói", []string{"Tổ Là-Đóng gói"}},
		{"2020 - 2025", []string{"2020 - 2025"}},
		{"a/b-", []string{"a/b-"}},
	} {
		if got := splitSymbolHyphens(c.in); !slices.Equal(got, c.want) {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}
