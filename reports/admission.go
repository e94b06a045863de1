package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// AdmissionSubject is the trích yếu of a quyết định kết nạp.
const AdmissionSubject = "Về việc kết nạp đoàn viên công đoàn"

// Admission is the quyết định kết nạp đoàn viên of the CĐCS's BCH (DOMAIN §4
// "Admission", HD 38 §3.1), laid out as a quyết định cá biệt (QĐ 933, Mẫu
// 1.3): the issuing authority, the grounds, "QUYẾT ĐỊNH:", three articles and
// the signature. One member is named in Điều 1; several are listed in an
// annex "kèm theo" the decision, one row each.
func Admission(m Meta, members []data.Member) (*Document, error) {
	if len(members) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Không có đoàn viên nào để kết nạp trong khoảng thời gian đã chọn")
	}
	d, err := m.start(false, data.DocTypeDecision.Label(), AdmissionSubject)
	if err != nil {
		return nil, err
	}
	issuer := m.Issuer
	if issuer == "" {
		issuer = "Công đoàn cơ sở"
	}
	d.CenteredBold(upper("Ban Chấp hành " + issuer))
	one := len(members) == 1
	who := fmt.Sprintf("%s người lao động có tên trong danh sách kèm theo", count(len(members)))
	if one {
		who = honorific(members[0].Sex) + " " + members[0].FullName()
	}
	d.ParagraphItalic("Căn cứ Luật Công đoàn năm 2024;")
	d.ParagraphItalic("Căn cứ Điều lệ Công đoàn Việt Nam;")
	d.ParagraphItalic("Căn cứ Hướng dẫn số 38/HD-TLĐ ngày 27/12/2024 của Tổng Liên đoàn Lao động Việt Nam;")
	d.ParagraphItalic("Xét đơn gia nhập Công đoàn Việt Nam của " + who + ".")
	d.CenteredBold("QUYẾT ĐỊNH:")
	if one {
		d.Paragraph("Điều 1. " + admitted(&members[0]))
	} else {
		d.Paragraph("Điều 1. Kết nạp " + who + " vào Công đoàn Việt Nam; nơi sinh hoạt của từng đoàn viên ghi trong danh sách.")
	}
	d.Paragraph("Điều 2. Đoàn viên được kết nạp có quyền và nhiệm vụ theo quy định của Điều lệ Công đoàn Việt Nam. Quyết định có hiệu lực kể từ ngày ký.")
	named := who
	if !one {
		named = "các ông (bà) có tên tại Điều 1"
	}
	d.Paragraph("Điều 3. Ban Chấp hành " + issuer + ", các tổ công đoàn có liên quan và " + named + " chịu trách nhiệm thi hành Quyết định này./.")
	d.Closing(m.Signer, m.Recipients)
	if !one {
		d.Annex("Danh sách đoàn viên được kết nạp", m.attachedTo("Quyết định"))
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(members), 10))},
			{Title: "Họ và tên", Width: 42},
			{Title: "Ngày sinh", Align: AlignCenter, Fit: fitDate},
			{Title: "Giới tính", Align: AlignCenter, Fit: "Nam"},
			{Title: "Chức danh công việc", Width: 30},
			{Title: "Nơi sinh hoạt\n(tổ công đoàn)", Width: 30},
			{Title: "Ngày kết nạp", Align: AlignCenter, Fit: fitDate},
		}}
		for i := range members {
			mb := &members[i]
			t.Rows = append(t.Rows, []string{rowNo(i + 1), mb.FullName(), vn.FormatDateOrYear(mb.BirthDate, mb.BirthYearOnly),
				mb.Sex.Label(), mb.JobTitle, mb.UnitName, vn.FormatDate(mb.JoinDate)})
		}
		d.Table(t)
	}
	return d, nil
}

// admitted is Điều 1 for one new member: "Kết nạp Bà Nguyễn Thị Hường, sinh
// ngày 05/01/1990, công nhân may, vào Công đoàn Việt Nam kể từ ngày
// 01/03/2026. Nơi sinh hoạt: Tổ May 1."
func admitted(mb *data.Member) string {
	parts := []string{"Kết nạp " + honorific(mb.Sex) + " " + mb.FullName()}
	if !mb.BirthDate.IsZero() {
		if mb.BirthYearOnly {
			parts = append(parts, "sinh năm "+vn.FormatDateOrYear(mb.BirthDate, true))
		} else {
			parts = append(parts, "sinh ngày "+vn.FormatDate(mb.BirthDate))
		}
	}
	if mb.JobTitle != "" {
		parts = append(parts, lowerFirst(mb.JobTitle))
	}
	s := strings.Join(parts, ", ") + ", vào Công đoàn Việt Nam"
	if !mb.JoinDate.IsZero() {
		s += " kể từ ngày " + vn.FormatDate(mb.JoinDate)
	}
	s += "."
	if mb.UnitName != "" {
		s += " Nơi sinh hoạt: " + mb.UnitName + "."
	}
	return s
}
