package reports_test

import (
	"fmt"
	"time"

	"socongdoan/reports"
)

// sampleHeader is the header of the sample báo cáo used across the tests.
func sampleHeader() reports.Header {
	return reports.Header{
		UpperLevel: "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
		Issuer:     "Công đoàn cơ sở Công ty TNHH ABC",
		Number:     "07/BC-CĐCS",
		Place:      "Bắc Ninh",
		Date:       time.Date(2027, time.January, 5, 0, 0, 0, 0, time.UTC),
		TypeName:   "Báo cáo",
		Subject:    "Tổng kết công tác công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027",
	}
}

// sampleColumns are the columns of the sample member list. The weights are
// the widths in millimetres on a portrait page (they add up to 165).
var sampleColumns = []reports.Column{
	{Title: "STT", Width: 14, Align: reports.AlignCenter},
	{Title: "Họ và tên", Width: 38},
	{Title: "Ngày sinh", Width: 21, Align: reports.AlignCenter},
	{Title: "Giới tính", Width: 12, Align: reports.AlignCenter},
	{Title: "Bộ phận", Width: 24},
	{Title: "Ngày vào\nCông đoàn", Width: 21, Align: reports.AlignCenter},
	{Title: "Đoàn phí (đồng)", Width: 17, Align: reports.AlignRight},
	{Title: "Ghi chú", Width: 18},
}

var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"}
	middleNames = []string{"Thị", "Văn", "Hữu", "Đức", "Thị Thu", "Minh", "Quang", "Ngọc", "Thanh", "Xuân"}
	givenNames  = []string{"Anh", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hương", "Khánh", "Linh", "Mai", "Nga", "Phúc", "Quỳnh", "Sơn", "Thảo", "Trang", "Tuấn", "Vy", "Yến"}
	departments = []string{"Xưởng may 1", "Xưởng may 2", "Kho vận", "Hành chính", "Kiểm hàng", "Cơ điện"}
)

// memberRows builds n rows of the sample member list, as a report would from
// its data: a few strings per member formatted on the fly.
func memberRows(n int) [][]string {
	rows := make([][]string, n)
	for i := range rows {
		birth := time.Date(1970+i%35, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		joined := time.Date(2010+i%16, time.Month(1+(i/7)%12), 1+(i/3)%28, 0, 0, 0, 0, time.UTC)
		sex := "Nam"
		if i%3 != 0 {
			sex = "Nữ"
		}
		note := ""
		if i%50 == 7 {
			note = "Chuyển đến từ CĐCS Công ty cổ phần may Đáp Cầu"
		}
		rows[i] = []string{
			fmt.Sprint(i + 1),
			familyNames[i%len(familyNames)] + " " + middleNames[(i/3)%len(middleNames)] + " " + givenNames[(i/7)%len(givenNames)],
			birth.Format("02/01/2006"),
			sex,
			departments[i%len(departments)],
			joined.Format("02/01/2006"),
			fmt.Sprintf("%d.000", 50+i%40),
			note,
		}
	}
	return rows
}
