package reports

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// AnnualSubject is the trích yếu of the báo cáo of a period: "Tổng kết công
// tác công đoàn năm 2026 và phương hướng, nhiệm vụ năm 2027" (DOMAIN §6
// example), "Sơ kết … 6 tháng đầu năm …", or a custom span.
func AnnualSubject(p data.Period) string {
	switch {
	case p.IsYear():
		return "Tổng kết công tác công đoàn năm " + itoa(p.Year) + " và phương hướng, nhiệm vụ " + p.Next()
	case p.IsHalf():
		return "Sơ kết công tác công đoàn " + p.Label() + " và phương hướng, nhiệm vụ " + p.Next()
	}
	return "Kết quả công tác công đoàn " + p.Label() + " và phương hướng, nhiệm vụ " + p.Next()
}

func itoa(n int) string { return fmt.Sprint(n) }

// Annual is the báo cáo tổng kết năm or sơ kết 6 tháng, in the structure of
// DOMAIN §7: I. đặc điểm tình hình, II. kết quả thực hiện nhiệm vụ (six
// parts), III. đánh giá chung, IV. phương hướng, nhiệm vụ, V. kiến nghị, đề
// xuất, then the biểu thống kê as an annex on its own page. Figures and facts
// come from f; what the records cannot say comes from the chair's texts n,
// printed as typed. A part with neither prints dotted lines to fill in by hand.
func Annual(m Meta, f data.AnnualFacts, n data.Narrative) (*Document, error) {
	subject := AnnualSubject(f.Period)
	d, err := m.start(false, data.DocTypeReport.Label(), subject)
	if err != nil {
		return nil, err
	}
	issuer := m.Issuer
	if issuer == "" {
		issuer = f.Profile.Name
	}
	part := func(auto []string, key string) {
		for _, p := range auto {
			d.Paragraph(p)
		}
		if t := strings.TrimSpace(n[key]); t != "" {
			d.Paragraph(t)
		} else if len(auto) == 0 {
			d.FillLines(3)
		}
	}

	d.Paragraph(fmt.Sprintf("Ban Chấp hành %s báo cáo kết quả công tác công đoàn %s và phương hướng, nhiệm vụ %s như sau:",
		issuer, f.Period.Label(), f.Period.Next()))

	d.Heading("I. ĐẶC ĐIỂM TÌNH HÌNH")
	part(situation(&f, issuer), data.NarrSituation)

	d.Heading("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ")
	d.Heading("1. Công tác đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động")
	part(representation(&f), data.NarrRepresent)
	d.Heading("2. Công tác tuyên truyền, giáo dục")
	part(nil, data.NarrPropaganda)
	d.Heading("3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn")
	part(append(append(membership(&f), trainingFacts(&f)...), partyFacts(&f)...), data.NarrOrganising)
	d.Heading("4. Hoạt động nữ công")
	part(womenFacts(&f), data.NarrWomen)
	d.Heading("5. Công tác kiểm tra, tài chính công đoàn")
	part(financeFacts(&f), data.NarrInspection)
	d.Heading("6. Công tác thi đua, khen thưởng")
	part(emulationFacts(&f), data.NarrEmulation)

	d.Heading("III. ĐÁNH GIÁ CHUNG")
	part(nil, data.NarrAssessment)
	d.Heading("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " + upper(f.Period.Next()))
	part(nil, data.NarrDirections)
	d.Heading("V. KIẾN NGHỊ, ĐỀ XUẤT")
	part(nil, data.NarrProposals)

	d.Paragraph("Trên đây là báo cáo " + lowerFirst(subject) + " của Ban Chấp hành " + issuer + "./.")
	d.Closing(m.Signer, m.Recipients)

	d.Annex(StatisticsTypeName+" "+f.Period.Label(), m.attachedTo("Báo cáo"))
	d.statisticsTables(&f, n)
	return d, nil
}

// enterpriseKind says what kind of enterprise the union is in, inside a sentence.
func enterpriseKind(t data.EnterpriseType) string {
	switch t {
	case data.EnterpriseNonState:
		return "doanh nghiệp ngoài nhà nước"
	case data.EnterpriseState:
		return "doanh nghiệp nhà nước"
	case data.EnterpriseFDI:
		return "doanh nghiệp có vốn đầu tư nước ngoài"
	}
	return ""
}

// situation is the part of I. the app can write: the enterprise, its
// workforce and the union's membership at the end of the period.
func situation(f *data.AnnualFacts, issuer string) []string {
	var out []string
	p := &f.Profile
	if p.EnterpriseName != "" {
		s := p.EnterpriseName
		if k := enterpriseKind(p.EnterpriseType); k != "" {
			s += " là " + k
		}
		if p.Address != "" {
			s += ", địa chỉ: " + p.Address
		}
		s += "."
		if p.WorkersTotal > 0 {
			s += fmt.Sprintf(" Tổng số lao động: %s người, trong đó nữ %s người (%s).",
				count(p.WorkersTotal), count(p.WorkersFemale), pct(p.WorkersFemale, p.WorkersTotal))
		}
		out = append(out, s)
	}
	m := &f.Members
	s := fmt.Sprintf("Đến ngày %s, %s có %s đoàn viên, trong đó nữ %s đoàn viên (%s)",
		vn.FormatDate(f.AsOf), issuer, count(m.AtEnd), count(m.AtEndFemale), pct(m.AtEndFemale, m.AtEnd))
	if m.ForeignAtEnd > 0 {
		s += fmt.Sprintf(", đoàn viên là người nước ngoài %s", count(m.ForeignAtEnd))
	}
	if p.WorkersTotal > 0 {
		s += fmt.Sprintf("; tỷ lệ đoàn viên so với tổng số lao động đạt %s", pct(m.AtEnd, p.WorkersTotal))
	}
	if named := namedUnits(m.Units); named > 0 {
		s += fmt.Sprintf("; đoàn viên sinh hoạt tại %s bộ phận, tổ công đoàn", count(named))
	}
	return append(out, s+".")
}

// representation is the part of II.1 the records can write: the worker
// conferences, the dialogues and the representative list, bargaining and the
// collective agreement (DOMAIN §7 "Report structure").
func representation(f *data.AnnualFacts) []string {
	if !f.Records.Kept {
		return nil
	}
	out := conferencePart(f)
	out = append(out, dialoguePart(f)...)
	return append(out, agreementPart(f)...)
}

// namedUnits counts the units that have a name (members without one are not a unit).
func namedUnits(us []data.UnitFacts) int {
	n := 0
	for _, u := range us {
		if u.Name != "" {
			n++
		}
	}
	return n
}

// membership is the part of II.3 the app can write: who came in, who went
// out, and the total against the start of the period.
func membership(f *data.AnnualFacts) []string {
	m := &f.Members
	in := "chưa kết nạp được đoàn viên mới"
	if m.Admitted > 0 {
		in = fmt.Sprintf("kết nạp mới %s đoàn viên (nữ %s)", count(m.Admitted), count(m.AdmittedFemale))
	}
	if m.TransferredIn > 0 {
		in += fmt.Sprintf(", tiếp nhận %s đoàn viên chuyển đến", count(m.TransferredIn))
	}
	out := "không có đoàn viên giảm"
	if g := m.Gone(); g > 0 {
		var parts []string
		for _, p := range []struct {
			n     int
			label string
		}{{m.TransferredOut, "chuyển sinh hoạt đi"}, {m.Left, "ra khỏi tổ chức"}, {m.Removed, "xóa tên"}, {m.Expelled, "khai trừ"}} {
			if p.n > 0 {
				parts = append(parts, p.label+" "+count(p.n))
			}
		}
		out = fmt.Sprintf("giảm %s đoàn viên (%s)", count(g), strings.Join(parts, ", "))
	}
	s := fmt.Sprintf("Trong %s, Công đoàn cơ sở %s; %s.", f.Period.Label(), in, out)
	if m.SuspendedAtEnd > 0 {
		s += fmt.Sprintf(" Có %s đoàn viên đang tạm dừng sinh hoạt.", count(m.SuspendedAtEnd))
	}
	change := "không thay đổi so với đầu kỳ"
	switch diff := m.AtEnd - m.AtStart; {
	case diff > 0:
		change = fmt.Sprintf("tăng %s đoàn viên so với đầu kỳ", count(diff))
	case diff < 0:
		change = fmt.Sprintf("giảm %s đoàn viên so với đầu kỳ", count(-diff))
	}
	s += fmt.Sprintf(" Tổng số đoàn viên đến ngày %s là %s, %s.", vn.FormatDate(f.AsOf), count(m.AtEnd), change)
	return []string{s}
}

// trainingFacts is the sentence on cadre training the records give (issue 14
// point 4, DOMAIN-MODULES §B): courses, lượt người apart from people, and the
// share of the BCH trained; nothing when no cadre or course is recorded.
func trainingFacts(f *data.AnnualFacts) []string {
	t := f.Records.Training
	if t == nil {
		return nil
	}
	s := fmt.Sprintf("Công tác đào tạo, bồi dưỡng cán bộ: %s lớp với %s lượt người (%s người) tham dự", count(t.Courses), count(t.Attendances), count(t.People))
	if t.BCH > 0 {
		s += fmt.Sprintf("; %s/%s ủy viên Ban Chấp hành đã được bồi dưỡng nghiệp vụ", count(t.BCHTrained), count(t.BCH))
	}
	if t.NewChairs > 0 {
		s += fmt.Sprintf("; chủ tịch mới bầu được bồi dưỡng trong năm đầu nhiệm kỳ: %s/%s", count(t.NewChairsOK), count(t.NewChairs))
	}
	return []string{s + "."}
}
