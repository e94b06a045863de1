package reports

import (
	"context"
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The figures of the báo cáo tổng kết / sơ kết and the biểu thống kê on cadre
// training, awards, the Ban nữ công and Party introductions, from the records
// (issue 14 point 7, data.YearRecords); each part is called by one line of
// annual.go, statistics.go and prepare.go, as the finance figures are.

// gatherYear reads the period's awards, Ban nữ công and Party introductions.
func gatherYear(ctx context.Context, src *Sources, f *data.AnnualFacts) error {
	awards, err := data.Awards.Store(src.Records).List(ctx)
	if err != nil {
		return err
	}
	committees, err := data.WomenCommittees.Store(src.Records).List(ctx)
	if err != nil {
		return err
	}
	intros, err := data.PartyIntros.Store(src.Records).List(ctx)
	if err != nil {
		return err
	}
	f.Records.Year = data.GatherYearRecords(awards, committees, intros, f.Period.From, f.Period.To)
	return nil
}

// trainedFigure is the statistics cell of cadres trained: the records' lượt
// người when the chair typed none; hers when she did, with the records' in the
// note when they differ (DOMAIN-MODULES §B: lượt người apart from people).
func trainedFigure(f *data.AnnualFacts, n data.Narrative, value, note string) (string, string) {
	t := f.Records.Training
	if t == nil {
		return value, note
	}
	how := fmt.Sprintf("theo sổ đào tạo: %s lớp, %s lượt người, %s người", count(t.Courses), count(t.Attendances), count(t.People))
	if t.BCH > 0 {
		how += fmt.Sprintf("; %s/%s ủy viên BCH đã được bồi dưỡng (%s)", count(t.BCHTrained), count(t.BCH), pct(t.BCHTrained, t.BCH))
	}
	typed, isTyped, _ := n.Figure(data.FigTrained)
	switch {
	case !isTyped:
		return count(t.Attendances), how
	case typed != int64(t.Attendances):
		return value, "số đã nhập; " + how
	}
	return value, how
}

// trainedWarning tells the chair, before printing, where her typed figure and
// the training records differ (both print; hers stands).
func trainedWarning(f *data.AnnualFacts, n data.Narrative) []string {
	t := f.Records.Training
	if typed, isTyped, _ := n.Figure(data.FigTrained); t != nil && isTyped && typed != int64(t.Attendances) {
		return []string{fmt.Sprintf("Cán bộ công đoàn được tập huấn: in số đã nhập %s lượt người; theo sổ đào tạo là %s lượt người (in cả hai)",
			count64(typed), count(t.Attendances))}
	}
	return nil
}

// womenFacts is what the records write in II.4: the Ban nữ công in force.
func womenFacts(f *data.AnnualFacts) []string {
	y := &f.Records.Year
	c := y.Committee
	if c == nil {
		if y.CommitteeKept {
			return []string{"Đến ngày " + vn.FormatDate(f.AsOf) + ", Ban nữ công quần chúng đã hết nhiệm kỳ, chưa có quyết định kiện toàn."}
		}
		return nil
	}
	s := "Ban nữ công quần chúng được Ban Chấp hành thành lập theo Quyết định"
	if c.DecisionNo != "" {
		s += " số " + c.DecisionNo
	}
	s += " ngày " + vn.FormatDate(c.DecisionDate) + ", gồm " + count(len(c.Members)) + " thành viên"
	if h := c.Head(); h != "" {
		s += ", Trưởng ban là " + h
	}
	return []string{s + "."}
}

// emulationFacts is what the records write in II.6: the awards of the period by level.
func emulationFacts(f *data.AnnualFacts) []string {
	y := &f.Records.Year
	if len(y.Awards) == 0 {
		return nil
	}
	var parts []string
	for _, c := range y.Awards {
		parts = append(parts, c.Level.Label()+" khen thưởng "+collectivesPeople(c))
	}
	t := y.AwardsTotal()
	s := fmt.Sprintf("Trong %s, tập thể và đoàn viên công đoàn được khen thưởng: %s", f.Period.Label(), strings.Join(parts, "; "))
	if t.Amount > 0 {
		s += fmt.Sprintf("; tổng tiền thưởng %s đồng", count64(t.Amount))
	}
	return []string{s + "."}
}

// collectivesPeople is "2 tập thể, 5 cá nhân", naming only what there is.
func collectivesPeople(c data.AwardLevelCount) string {
	var parts []string
	if c.Collectives > 0 {
		parts = append(parts, count(c.Collectives)+" tập thể")
	}
	if c.People > 0 {
		parts = append(parts, count(c.People)+" cá nhân")
	}
	return strings.Join(parts, ", ")
}

// partyFacts is the sentence of II.3 on members introduced to the Party.
func partyFacts(f *data.AnnualFacts) []string {
	y := &f.Records.Year
	if !y.IntrosKept {
		return nil
	}
	if y.Intros == 0 {
		return []string{"Trong " + f.Period.Label() + ", Công đoàn cơ sở chưa giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp."}
	}
	return []string{fmt.Sprintf("Giới thiệu %s đoàn viên ưu tú cho Đảng xem xét kết nạp; %s.", count(y.Intros), introOutcomes(y))}
}

func introOutcomes(y *data.YearRecords) string {
	var parts []string
	for _, p := range []struct {
		n     int
		label string
	}{{y.IntrosAdmitted, "đã được kết nạp"}, {y.Intros - y.IntrosAdmitted - y.IntrosNot, "đang xem xét"}, {y.IntrosNot, "chưa được kết nạp"}} {
		if p.n > 0 {
			parts = append(parts, p.label+" "+count(p.n))
		}
	}
	return strings.Join(parts, ", ")
}

// yearStatRows are the rows of these records in the statistics table.
func yearStatRows(f *data.AnnualFacts, top, sub func(label, unit, value, note string)) {
	y := &f.Records.Year
	if y.CommitteeKept {
		value, note := "Không", "hết nhiệm kỳ, chưa kiện toàn"
		if c := y.Committee; c != nil {
			value, note = "Có", "quyết định ngày "+vn.FormatDate(c.DecisionDate)+"; "+count(len(c.Members))+" thành viên"
			if h := c.Head(); h != "" {
				note += "; trưởng ban " + h
			}
		}
		top("Ban nữ công quần chúng", "", value, note)
	}
	if y.AwardsKept {
		t := y.AwardsTotal()
		top("Tập thể, cá nhân được khen thưởng trong kỳ", "lượt", count(t.Collectives+t.People),
			strings.TrimPrefix(collectivesPeople(t)+"; theo sổ khen thưởng", "; "))
		for _, c := range y.Awards {
			sub(c.Level.Label(), "lượt", count(c.Collectives+c.People), collectivesPeople(c))
		}
	}
	if y.IntrosKept {
		note := ""
		if y.Intros > 0 {
			note = introOutcomes(y)
		}
		top("Đoàn viên ưu tú giới thiệu cho Đảng", "người", count(y.Intros), note)
	}
}
