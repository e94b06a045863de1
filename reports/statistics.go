package reports

import (
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// StatisticsTypeName is the type name printed on a biểu thống kê.
const StatisticsTypeName = "Biểu thống kê"

// StatisticsSubject is the trích yếu of the biểu thống kê of a period.
func StatisticsSubject(p data.Period) string {
	return "Số liệu công tác công đoàn " + p.Label()
}

// statSize is the text size of the statistics tables: small enough that the
// usual annex (two dozen indicators, a dozen units) stays on one page.
const statSize = 10

// Statistics is the biểu thống kê on its own (DOMAIN Implications D.2): the
// figures of the period from the records and those the chair typed, then the
// members by unit, signed by the BCH.
func Statistics(m Meta, f data.AnnualFacts, n data.Narrative) (*Document, error) {
	d, err := m.start(false, StatisticsTypeName, StatisticsSubject(f.Period))
	if err != nil {
		return nil, err
	}
	d.statisticsTables(&f, n)
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// statisticsTables draws the two tables of the biểu thống kê.
func (d *Document) statisticsTables(f *data.AnnualFacts, n data.Narrative) {
	d.Heading("I. SỐ LIỆU CHUNG")
	d.Table(Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Chỉ tiêu", Width: 70},
		{Title: "Đơn vị tính", Width: 22, Align: AlignCenter},
		{Title: "Số lượng", Width: 24, Align: AlignRight},
		{Title: "Ghi chú", Width: 38},
	}, Rows: statisticsRows(f, n), FontSize: statSize})

	d.Heading("II. ĐOÀN VIÊN THEO BỘ PHẬN, TỔ CÔNG ĐOÀN (ĐẾN NGÀY " + vn.FormatDate(f.AsOf) + ")")
	t := Table{FontSize: statSize, Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Bộ phận, tổ công đoàn", Width: 80},
		{Title: "Số đoàn viên", Width: 26, Align: AlignRight},
		{Title: "Trong đó nữ", Width: 26, Align: AlignRight},
		{Title: "Tỷ lệ nữ", Width: 22, Align: AlignRight},
	}}
	total, female := 0, 0
	for i, u := range f.Members.Units {
		name := u.Name
		if name == "" {
			name = "(Chưa xếp bộ phận)"
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), name, count(u.Members), count(u.Female), pct(u.Female, u.Members)})
		total += u.Members
		female += u.Female
	}
	t.Rows = append(t.Rows, []string{"", "Cộng", count(total), count(female), pct(female, total)})
	d.Table(t)
}

// statisticsRows are the rows of the first table: numbered indicators with
// their "- …" details under them.
func statisticsRows(f *data.AnnualFacts, n data.Narrative) [][]string {
	var rows [][]string
	no := 0
	top := func(label, unit, value, note string) {
		no++
		rows = append(rows, []string{strconv.Itoa(no), label, unit, value, note})
	}
	sub := func(label, unit, value, note string) {
		rows = append(rows, []string{"", "- " + label, unit, value, note})
	}
	m := &f.Members
	w, wf := f.Profile.WorkersTotal, f.Profile.WorkersFemale
	top("Tổng số lao động trong doanh nghiệp", "người", count(w), "")
	sub("Trong đó: lao động nữ", "người", count(wf), pct(wf, w))
	ofWorkers := ""
	if w > 0 {
		ofWorkers = pct(m.AtEnd, w) + " số lao động"
	}
	top("Tổng số đoàn viên đến ngày "+vn.FormatDate(f.AsOf), "người", count(m.AtEnd), ofWorkers)
	sub("Trong đó: đoàn viên nữ", "người", count(m.AtEndFemale), pct(m.AtEndFemale, m.AtEnd))
	sub("Đoàn viên là người nước ngoài", "người", count(m.ForeignAtEnd), "")
	sub("Đoàn viên tạm dừng sinh hoạt", "người", count(m.SuspendedAtEnd), "")
	top("Đoàn viên đầu kỳ (ngày "+vn.FormatDate(f.Period.From)+")", "người", count(m.AtStart), "")
	top("Đoàn viên tăng trong kỳ", "người", count(m.Joined()), "")
	sub("Kết nạp mới", "người", count(m.Admitted), "nữ: "+count(m.AdmittedFemale))
	sub("Chuyển đến", "người", count(m.TransferredIn), "")
	top("Đoàn viên giảm trong kỳ", "người", count(m.Gone()), "")
	sub("Chuyển sinh hoạt đi", "người", count(m.TransferredOut), "")
	sub("Ra khỏi tổ chức", "người", count(m.Left), "")
	sub("Xóa tên", "người", count(m.Removed), "")
	sub("Khai trừ", "người", count(m.Expelled), "")
	if r := &f.Records; r.Kept {
		var dates []string
		for _, c := range r.Conferences {
			dates = append(dates, vn.FormatDate(c.Date))
		}
		note := "chưa tổ chức"
		if len(dates) > 0 {
			note = "ngày " + strings.Join(dates, ", ")
		}
		top("Hội nghị người lao động đã tổ chức", "hội nghị", count(len(r.Conferences)), note)
		top("Đối thoại tại nơi làm việc", "cuộc", count(r.Dialogues), "")
		for _, k := range data.DialogueKinds {
			sub(k.Label(), "cuộc", count(r.DialoguesByKind[k]), "")
		}
		top("Thương lượng tập thể", "cuộc", count(r.Bargainings), "thống nhất dự thảo: "+count(r.BargainsAgreed))
		value, note := "Không", ""
		if a := r.Agreement; a != nil && r.AgreementState.InForce() {
			value = "Có"
			if exp := a.Expiry(); !exp.IsZero() {
				note = "hiệu lực đến " + vn.FormatDate(exp)
			}
			if r.Rating != nil {
				note = strings.TrimPrefix(note+"; "+ratingText(r.Rating), "; ")
			}
		}
		top("Thỏa ước lao động tập thể còn hiệu lực", "", value, note)
	}
	for _, fig := range []struct{ key, label, unit string }{
		{data.FigAverageWages, "Thu nhập bình quân của người lao động", "đồng/người/\ntháng"},
		{data.FigMeal, "Giá trị bữa ăn giữa ca", "đồng/suất"},
		{data.FigDues, "Đoàn phí công đoàn đã thu", "đồng"},
		{data.FigKPCD, "Kinh phí công đoàn doanh nghiệp đã đóng", "đồng"},
		{data.FigTrained, "Cán bộ công đoàn được tập huấn", "lượt người"},
	} {
		value, note := "", ""
		// Validated before printing (checkFigures); a figure left empty stays blank.
		if v, ok, _ := n.Figure(fig.key); ok {
			value = count64(v)
		}
		if fig.key == data.FigTrained {
			// The courses recorded (issue 14 points 4, 7): lượt người, and people apart; a typed figure stays hers.
			value, note = trainedFigure(f, n, value, note)
		}
		if fig.key == data.FigMeal && f.Records.Meal > 0 {
			// The agreement's clause is the fact (issue 11 point 4).
			value, note = count64(f.Records.Meal), "theo thỏa ước lao động tập thể"
		}
		value, note = financeFigure(f, n, fig.key, value, note)
		top(fig.label, fig.unit, value, note)
	}
	financeStatRows(f, top, sub)
	yearStatRows(f, top, sub)
	// The rating is words, not a number: it goes in the wide column.
	top("Tự đánh giá, xếp loại công đoàn cơ sở", "", "", n[data.FigSelfRating])
	return rows
}

// ratingText is an agreement's grade with its year: "xếp loại A (năm 2025)".
func ratingText(rt *data.Rating) string {
	if rt.Grade == data.GradeNone {
		return lowerFirst(rt.Grade.Label()) + " (năm " + itoa(rt.Year) + ")"
	}
	return "xếp loại " + strings.TrimPrefix(rt.Grade.Label(), "Loại ") + " (năm " + itoa(rt.Year) + ")"
}

// checkFigures refuses to print figures typed before they were checked as
// numbers, naming the first: a "312,450,000" printed would read as 312 đồng.
func checkFigures(n data.Narrative) error { return n.Validate() }
