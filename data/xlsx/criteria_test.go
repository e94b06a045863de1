package xlsx

import (
	"testing"

	"socongdoan/data"
)

func TestReadCriteria(t *testing.T) {
	tb := &Table{File: "tieu-chi.xlsx", Rows: [][]string{
		{"BẢNG CHẤM ĐIỂM CÔNG ĐOÀN CƠ SỞ"},
		{"TT", "Nội dung tiêu chí", "Điểm tối đa", "Điểm tự chấm"},
		{"I", "Đại diện, chăm lo, bảo vệ quyền lợi", "40"},
		{"1", "Tổ chức hội nghị người lao động", "10"},
		{"2", "Ký thỏa ước lao động tập thể", "12.5"},
		{"II", "Phát triển đoàn viên", ""},
		{"1", "Kết nạp đoàn viên mới", "20"},
		{"", "Tổng cộng", "42.5"},
	}, Lines: []int{1, 2, 3, 4, 5, 6, 7, 8}}
	cs, err := ReadCriteria(tb)
	if err != nil {
		t.Fatal(err)
	}
	want := []data.Criterion{
		{Group: "I. Đại diện, chăm lo, bảo vệ quyền lợi", Item: "1. Tổ chức hội nghị người lao động", Max: 100},
		{Group: "I. Đại diện, chăm lo, bảo vệ quyền lợi", Item: "2. Ký thỏa ước lao động tập thể", Max: 125},
		{Group: "II. Phát triển đoàn viên", Item: "1. Kết nạp đoàn viên mới", Max: 200},
	}
	if len(cs) != len(want) {
		t.Fatalf("got %+v", cs)
	}
	for i := range want {
		if cs[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, cs[i], want[i])
		}
	}
	if s := CriteriaSummary(cs); s != "3 tiêu chí trong 2 nhóm, tổng 42,5 điểm" {
		t.Errorf("summary %q", s)
	}
	tb.Rows[4][2] = "mười"
	if _, err := ReadCriteria(tb); err == nil || data.ErrorMessage(err) != `Dòng 5 của tệp tieu-chi.xlsx: điểm tối đa "mười" không đọc được (cần một số, ví dụ 10 hoặc 2,5)` {
		t.Errorf("bad points: %v", err)
	}
	if _, err := ReadCriteria(&Table{File: "x.xlsx", Rows: [][]string{{"a", "b"}}, Lines: []int{1}}); err == nil {
		t.Error("a sheet without the header was read")
	}
}
