package reports_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/reports"
)

// The bảng thu đoàn phí: one table per bộ phận with its subtotal and a Ký nhận
// column, then the month's totals and the 30% remitted.
func TestDuesSheetDocument(t *testing.T) {
	rows := []data.DuesRow{
		{MemberID: 1, Name: "Nguyễn Thị Hường", IDNumber: "001190012345", UnitID: 1, UnitName: "Tổ May 1", Saved: true,
			Base: data.DuesBaseBHXH, Amount: 60_000_000, RateBP: 50, Due: 253_000, Standard: 253_000, Collected: 253_000},
		{MemberID: 2, Name: "Trần Văn Đức", UnitID: 2, UnitName: "Tổ Cắt", Saved: true,
			Base: data.DuesBaseBHXH, Amount: 10_000_000, RateBP: 50, Due: 50_000, Standard: 50_000},
		{MemberID: 3, Name: "Lê Thị Lan", UnitID: 2, UnitName: "Tổ Cắt", Saved: true, Base: data.DuesBaseBHXH, Amount: 8_000_000,
			Exemption: data.ExemptUnpaidLeave},
	}
	d, err := reports.DuesSheetDoc(sampleMeta(data.DocTypeList, 3), sampleProfile, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), rows, data.Fraction{Num: 30, Den: 100})
	if err != nil {
		t.Fatal(err)
	}
	path, text := checkDocument(t, d, 0, false)
	wantText(t, strings.Join(text, "\n"), "Thu đoàn phí tháng 07/2026", "Tổ Cắt", "Tổ May 1", "Ký nhận",
		"đoàn phí phải thu: 303.000 đ; đã thu: 253.000 đ (Hai trăm năm mươi ba nghìn đồng).",
		"Nộp công đoàn cấp trên (30% phần đoàn phí 0,5%): 75.900 đ.", "Công đoàn cơ sở được sử dụng: 177.100 đ.", "NGƯỜI LẬP BẢNG")
	wantRows(t, path, 1, "1 Trần Văn Đức 10.000.000 50.000 0",
		"2 Lê Thị Lan 8.000.000 0 0", "Không đóng: Nghỉ không",
		"Cộng Tổ Cắt 50.000 0",
		"1 Nguyễn Thị Hường 001190012345 60.000.000 253.000 253.000")
}
