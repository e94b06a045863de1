package reports

import (
	"fmt"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// CardRequestSubject is the trích yếu of a danh sách đề nghị cấp thẻ.
const CardRequestSubject = "Đề nghị cấp thẻ đoàn viên công đoàn"

// CardRequest is the danh sách đề nghị cấp thẻ đoàn viên sent to the upper
// level, which prints the cards from lists it has approved (DOMAIN §4 "Thẻ
// đoàn viên"; §9). The card's printed fields were not found, so the list
// carries what identifies a member: name, birth, sex, CCCD (masked unless
// fullID), unit and the day they joined.
func CardRequest(m Meta, rows []data.MemberRow, fullID bool) (*Document, error) {
	if len(rows) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Không có đoàn viên nào cần đề nghị cấp thẻ (mọi đoàn viên đã có mã số đoàn viên)")
	}
	d, err := m.start(false, data.DocTypeList.Label(), CardRequestSubject)
	if err != nil {
		return nil, err
	}
	upperLevel := m.UpperLevel
	if upperLevel == "" {
		upperLevel = "công đoàn cấp trên"
	}
	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s đề nghị %s xem xét, cấp thẻ đoàn viên công đoàn cho %s đoàn viên có tên sau đây:",
		m.Issuer, upperLevel, count(len(rows))))
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: count(max(len(rows), 10))},
		{Title: "Họ và tên", Width: 44},
		{Title: "Ngày sinh", Align: AlignCenter, Fit: fitDate},
		{Title: "Giới tính", Align: AlignCenter, Fit: "Nam"},
		{Title: "Số CCCD/\nHộ chiếu", Align: AlignCenter, Fit: fitCCCD},
		{Title: "Bộ phận/\nTổ công đoàn", Width: 30},
		{Title: "Ngày vào\ncông đoàn", Align: AlignCenter, Fit: fitDate},
		{Title: "Ghi chú", Width: 14},
	}}
	female := 0
	for i := range rows {
		r := &rows[i]
		id := r.IDNumber
		if !fullID {
			id = MaskIDNumber(id)
		}
		note := ""
		if r.Foreign() {
			note = r.Nationality
		}
		t.Rows = append(t.Rows, []string{count(i + 1), r.Name, vn.FormatDateOrYear(r.BirthDate, r.BirthYearOnly),
			r.Sex.Label(), id, r.UnitName, vn.FormatDate(r.JoinDate), note})
		if r.Sex == data.SexFemale {
			female++
		}
	}
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Tổng số: %s đoàn viên, trong đó nữ %s đoàn viên./.", count(len(rows)), count(female)))
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}
