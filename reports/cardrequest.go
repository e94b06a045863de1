package reports

import (
	"fmt"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// CardRequestSubject is the trích yếu of a danh sách đề nghị cấp thẻ.
const CardRequestSubject = "Đề nghị cấp thẻ đoàn viên công đoàn"

// cardListTitle is the list's title when it goes as the annex of a tờ trình.
const cardListTitle = "Danh sách đoàn viên đề nghị cấp thẻ"

// CardRequest is the đề nghị cấp thẻ đoàn viên sent to the upper level, which
// prints the cards from lists it has approved (DOMAIN §4 "Thẻ đoàn viên"; §9).
// A list sent up goes under a tờ trình (cover TTr, the usual practice: QĐ 933
// names the tờ trình for proposals to the level above; DOMAIN §6), the list
// then its annex; with cover DS it is the list alone. The card's printed
// fields were not found, so the list carries what identifies a member: name,
// birth, sex, the full CCCD (the upper level issues the card from it, so it is
// never masked here; issue 11 point 8), unit and the day they joined.
func CardRequest(m Meta, rows []data.MemberRow, cover data.DocType) (*Document, error) {
	if len(rows) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Không có đoàn viên nào cần đề nghị cấp thẻ (mọi đoàn viên đã có mã số đoàn viên)")
	}
	upperLevel := m.UpperLevel
	if upperLevel == "" {
		upperLevel = "công đoàn cấp trên"
	}
	var d *Document
	var err error
	if cover == data.DocTypeSubmission {
		if d, err = m.start(false, data.DocTypeSubmission.Label(), CardRequestSubject); err != nil {
			return nil, err
		}
		d.CenteredBold("Kính gửi: " + upperLevel)
		d.Paragraph(fmt.Sprintf("Ban Chấp hành %s kính đề nghị %s xem xét, cấp thẻ đoàn viên công đoàn cho %s đoàn viên (nữ %s) có tên trong danh sách kèm theo.",
			issuerName(&m), upperLevel, count(len(rows)), count(women(rows))))
		d.Paragraph("Kính đề nghị " + upperLevel + " xem xét, giải quyết./.")
		d.Closing(m.Signer, m.Recipients)
		d.Annex(cardListTitle, m.attachedTo(data.DocTypeSubmission.Label()))
		cardTable(d, rows)
		return d, nil
	}
	if d, err = m.start(false, data.DocTypeList.Label(), CardRequestSubject); err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s đề nghị %s xem xét, cấp thẻ đoàn viên công đoàn cho %s đoàn viên có tên sau đây:",
		issuerName(&m), upperLevel, count(len(rows))))
	cardTable(d, rows)
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// women counts the women among rows.
func women(rows []data.MemberRow) int {
	n := 0
	for i := range rows {
		if rows[i].Sex == data.SexFemale {
			n++
		}
	}
	return n
}

// cardTable is the list of members proposed for a card, and its total.
func cardTable(d *Document, rows []data.MemberRow) {
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(rows), 10))},
		{Title: "Họ và tên", Width: 44},
		{Title: "Ngày sinh", Align: AlignCenter, Fit: fitDate},
		{Title: "Giới tính", Align: AlignCenter, Fit: "Nam"},
		{Title: "Số CCCD/\nHộ chiếu", Align: AlignCenter, Fit: fitCCCD},
		{Title: "Bộ phận/\nTổ công đoàn", Width: 30},
		{Title: "Ngày vào\ncông đoàn", Align: AlignCenter, Fit: fitDate},
		{Title: "Ghi chú", Width: 14},
	}}
	for i := range rows {
		r := &rows[i]
		note := ""
		if r.Foreign() {
			note = r.Nationality
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, vn.FormatDateOrYear(r.BirthDate, r.BirthYearOnly),
			r.Sex.Label(), r.IDNumber, r.UnitName, vn.FormatDate(r.JoinDate), note})
	}
	d.Table(t)
	d.Paragraph(fmt.Sprintf("Tổng số: %s đoàn viên, trong đó nữ %s đoàn viên./.", count(len(rows)), count(women(rows))))
}
