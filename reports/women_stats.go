package reports

import (
	"context"
	"fmt"
	"strconv"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The thống kê nữ công (issue 14 point 5; DOMAIN-MODULES §E "female
// statistics (lao động nữ, đoàn viên nữ, nữ in BCH/UBKT)"): counted from the
// register and the cán bộ records on the document's date
// (data.ComputeWomenStats), nothing typed.

func init() {
	Register(&Kind{Name: "women-statistics", Of: data.KindWomenCommittee, Title: "Thống kê nữ đoàn viên, nữ cán bộ công đoàn", Type: data.DocTypeReport,
		Description: "Số đoàn viên nữ và tỷ lệ theo bộ phận, theo độ tuổi; nữ trong Ban Chấp hành, Ủy ban kiểm tra, tổ trưởng công đoàn, an toàn vệ sinh viên; Ban nữ công quần chúng — đếm từ sổ đoàn viên đến ngày của văn bản",
		recipients:  reportRecipients, prepare: prepareWomenStats})
}

func prepareWomenStats(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	if src.Records == nil {
		return nil, data.Errorf(data.EINVALID, "", "Chưa mở được hồ sơ cán bộ công đoàn")
	}
	rows, err := src.Members.MemberRows(ctx)
	if err != nil {
		return nil, err
	}
	cadres, err := data.Cadres.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	cs, err := data.WomenCommittees.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	s, err := ruleSettings(ctx, src)
	if err != nil {
		return nil, err
	}
	// The verdicts are read on today's register; the document counts on its own date.
	now := data.ComputeWomenStats(rows, cadres, cs, src.Now())
	var verdicts []string
	if now.Members.Female >= s.Emulation.WomenCommitteeFrom && now.Committee == nil {
		verdicts = append(verdicts, fmt.Sprintf("Công đoàn có %s đoàn viên nữ (từ %d trở lên) nhưng chưa có quyết định thành lập Ban nữ công quần chúng còn hiệu lực",
			count(now.Members.Female), s.Emulation.WomenCommitteeFrom))
	}
	for _, l := range now.Cadres {
		if l.Unknown > 0 {
			verdicts = append(verdicts, fmt.Sprintf("%s: %s người không có trong sổ đoàn viên, không biết giới tính, không được tính là nữ", l.Label, count(l.Unknown)))
		}
	}
	return &prepared{subject: "Thống kê nữ đoàn viên, nữ cán bộ công đoàn", verdicts: verdicts,
		build: func(m Meta) (*Document, error) {
			st := data.ComputeWomenStats(rows, cadres, cs, m.Date)
			if p != nil {
				st.Workers = data.StatLine{Label: "Lao động", Total: p.WorkersTotal, Female: p.WorkersFemale}
			}
			return WomenStatistics(m, st)
		}}, nil
}

// WomenStatistics lays out the statistics: the members by bộ phận and by age,
// the women among the cán bộ, the Ban nữ công.
func WomenStatistics(m Meta, st data.WomenStats) (*Document, error) {
	if st.Members.Total == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Sổ đoàn viên chưa có đoàn viên nào đang sinh hoạt ngày %s", vn.FormatDate(st.Day))
	}
	d, err := m.start(false, data.DocTypeReport.Label(), "Thống kê nữ đoàn viên, nữ cán bộ công đoàn (tính đến ngày "+vn.FormatDate(st.Day)+")")
	if err != nil {
		return nil, err
	}
	d.Heading("I. ĐOÀN VIÊN NỮ")
	if w := st.Workers; w.Total > 0 {
		d.Paragraph(fmt.Sprintf("Tổng số lao động của đơn vị (theo hồ sơ công đoàn): %s người; lao động nữ: %s người, chiếm %s.",
			count(w.Total), count(w.Female), w.Share()))
	}
	d.Paragraph(fmt.Sprintf("Tổng số đoàn viên công đoàn: %s người; trong đó nữ: %s người, chiếm %s.",
		count(st.Members.Total), count(st.Members.Female), st.Members.Share()))
	d.Paragraph("1. Theo bộ phận")
	d.Table(statTable("Bộ phận", st.Units, &st.Members))
	d.Paragraph("2. Theo độ tuổi (tính đến ngày " + vn.FormatDate(st.Day) + ")")
	d.Table(statTable("Độ tuổi", st.Ages, &st.Members))
	d.Heading("II. NỮ CÁN BỘ CÔNG ĐOÀN")
	d.Table(statTable("Chức danh (đang đảm nhiệm)", st.Cadres, nil))
	unknown := 0
	for _, l := range st.Cadres {
		unknown += l.Unknown
	}
	if unknown > 0 {
		d.ParagraphItalic(fmt.Sprintf("Ghi chú: %s lượt cán bộ không có trong sổ đoàn viên, chưa rõ giới tính, không tính là nữ.", count(unknown)))
	}
	d.Heading("III. BAN NỮ CÔNG QUẦN CHÚNG")
	if c := st.Committee; c != nil {
		line := "Ban nữ công quần chúng được thành lập (kiện toàn) theo quyết định"
		if c.DecisionNo != "" {
			line += " số " + c.DecisionNo
		}
		line += fmt.Sprintf(" ngày %s, gồm %s thành viên (nữ: %s)", vn.FormatDate(c.DecisionDate), count(st.CommitteeMembers.Total), count(st.CommitteeMembers.Female))
		if h := c.Head(); h != "" {
			line += "; Trưởng ban: " + h
		}
		d.Paragraph(line + ".")
	} else {
		d.Paragraph("Chưa có quyết định thành lập Ban nữ công quần chúng còn hiệu lực đến ngày " + vn.FormatDate(st.Day) + ".")
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// statTable is a table of lines with their women and share, and a total row
// when total is given.
func statTable(first string, lines []data.StatLine, total *data.StatLine) Table {
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(lines), 10))},
		{Title: first, Width: 70},
		{Title: "Tổng số (người)", Align: AlignRight, Fit: "Tổng số (người)"},
		{Title: "Nữ (người)", Align: AlignRight, Fit: "Nữ (người)"},
		{Title: "Tỷ lệ nữ", Align: AlignRight, Fit: "100,0%"},
	}}
	for i, l := range lines {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), l.Label, count(l.Total), count(l.Female), l.Share()})
	}
	if total != nil {
		t.Rows = append(t.Rows, []string{"", "Cộng", count(total.Total), count(total.Female), total.Share()})
	}
	return t
}
