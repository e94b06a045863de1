package reports_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/reports"
)

// The chăm lo documents read back with pdftotext: the care list with its
// totals by source, the Tết report judging the pay plan by the settings (late
// on Tết − 19 days), and the Party list with its count.
func TestCareDocuments(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tet := &data.TetCampaign{LunarYear: 2027, PayPlan: day(2027, 1, 18), TatNien: day(2027, 1, 30), TatNienPeople: 200, TatNienUnion: 14_000_000,
		People: []data.TetPerson{
			{Name: "Nguyễn Thị Hoa", Unit: "Tổ May 1", Hometown: "Thanh Hóa", Reason: "Bị tai nạn lao động", Staying: true, Gift: 1_000_000, FromUnion: true},
			{Name: "Trần Văn Nam", Unit: "Kho vận", Hometown: "Nghệ An", Reason: "Hoàn cảnh khó khăn", Gift: 500_000},
		}}
	check := func(t *testing.T, d *reports.Document, err error, want ...string) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		_, text := checkDocument(t, d, 0, false)
		wantText(t, strings.Join(text, "\n"), want...)
	}
	t.Run("danh sách cần hỗ trợ dịp Tết", func(t *testing.T) {
		d, err := reports.TetList(sampleMeta(data.DocTypeList, 3), tet)
		check(t, d, err, "Đoàn viên, người lao động cần hỗ trợ dịp Tết 2027", "Nguyễn Thị Hoa", "Thanh Hóa", "1.000.000", "Công đoàn",
			"Trong đó: quà bằng tiền công đoàn 1.000.000 đồng; quà của doanh nghiệp, nhà tài trợ 500.000 đồng.")
	})
	t.Run("báo cáo kết quả chăm lo Tết", func(t *testing.T) {
		d, err := reports.TetReport(sampleMeta(data.DocTypeReport, 4), tet, nil, data.DefaultEmulationSettings())
		check(t, d, err, "Kết quả chăm lo Tết 2027", "danh sách 2 đoàn viên, người lao động cần hỗ trợ dịp Tết (Tết ngày 06/02/2027), trong đó 1 người ở lại",
			"cho 200 người ngày 30/01/2027, tiền công đoàn chi 14.000.000 đồng.",
			"ngày 18/01/2027, chậm so với yêu cầu (chậm nhất ngày 17/01/2027, trước Tết 20 ngày).")
	})
	t.Run("danh sách giới thiệu cho Đảng", func(t *testing.T) {
		in := []data.PartyIntro{{Name: "Lê Thị Mai", Unit: "Tổ Cắt", Date: day(2026, 5, 10), Cell: "Chi bộ Công ty", Outcome: data.IntroAdmitted, Admitted: day(2026, 11, 2)}}
		d, err := reports.PartyIntroList(sampleMeta(data.DocTypeList, 5), data.YearPeriod(2026), in)
		check(t, d, err, "Đoàn viên ưu tú giới thiệu cho Đảng năm 2026", "Lê Thị Mai", "Đã được kết nạp Đảng ngày 02/11/2026",
			"Tổng số: 1 đoàn viên được giới thiệu, 1 đã được kết nạp Đảng.")
	})
}
