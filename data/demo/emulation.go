package demo

import (
	"context"
	"fmt"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// DemoCriteria is a sample self-assessment sheet in the shape the upper levels
// send (three groups, HD 1294/HD-TLĐ; the items and points of one LĐLĐ's sheet
// for enterprise CĐCS are typical, not prescribed): points in tenths.
func DemoCriteria() []data.Criterion {
	g1 := "I. Đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp của đoàn viên, người lao động"
	g2 := "II. Tuyên truyền, vận động, tổ chức phong trào thi đua"
	g3 := "III. Xây dựng tổ chức công đoàn vững mạnh"
	return []data.Criterion{
		{Group: g1, Item: "1. Tổ chức hội nghị người lao động, đối thoại định kỳ tại nơi làm việc", Max: 100},
		{Group: g1, Item: "2. Thương lượng, ký kết và giám sát thực hiện thỏa ước lao động tập thể", Max: 150},
		{Group: g1, Item: "3. Chăm lo đời sống, thăm hỏi, hỗ trợ đoàn viên khó khăn; Tết Sum vầy", Max: 100},
		{Group: g1, Item: "4. Tham gia bảo đảm an toàn, vệ sinh lao động; mạng lưới an toàn, vệ sinh viên", Max: 50},
		{Group: g2, Item: "5. Tuyên truyền pháp luật, nghị quyết công đoàn cho đoàn viên", Max: 100},
		{Group: g2, Item: "6. Phong trào thi đua lao động giỏi, sáng kiến; Giỏi việc nước, đảm việc nhà", Max: 100},
		{Group: g2, Item: "7. Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp", Max: 50},
		{Group: g3, Item: "8. Phát triển đoàn viên, tỷ lệ đoàn viên trên tổng số lao động", Max: 150},
		{Group: g3, Item: "9. Thu, nộp đoàn phí, kinh phí công đoàn đúng quy định; công khai tài chính", Max: 100},
		{Group: g3, Item: "10. Hoạt động Ban nữ công quần chúng, Ủy ban kiểm tra", Max: 100},
	}
}

// scoreSheet scores the sheet at the shares of self (per mille) and upper.
func scoreSheet(cs []data.Criterion, self, upper []int) []data.Criterion {
	out := make([]data.Criterion, len(cs))
	for i, c := range cs {
		c.Self = c.Max * self[i%len(self)] / 1000
		if upper != nil {
			c.Upper = c.Max * upper[i%len(upper)] / 1000
		}
		c.Evidence = "Biên bản, báo cáo lưu tại văn phòng công đoàn"
		out[i] = c
	}
	return out
}

// fillEmulation writes last year's thi đua (registered, scored by both sides,
// rated), this year's (registered; self-scored once it is November), last
// year's awards of the BCH and of the upper level, and this year's BCH
// consideration when the year is late enough.
func fillEmulation(ctx context.Context, store Store, p *data.Profile, rows []data.MemberRow, today time.Time) error {
	year := today.Year()
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	upper := p.UpperName
	if upper == "" {
		upper = "Công đoàn cấp trên"
	}
	last := &data.Emulation{Year: year - 1, Registered: date(year-1, 2, 20),
		Titles:  "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ\nTổ công đoàn vững mạnh: 4 tổ",
		Pledges: "Kết nạp thêm 30 đoàn viên\n100% đoàn viên đóng đoàn phí đúng quy định\nGiới thiệu 2 đoàn viên ưu tú cho Đảng\nKhông để xảy ra tranh chấp lao động tập thể",
		Basis:   "Hướng dẫn chấm điểm, xếp loại công đoàn cơ sở năm " + fmt.Sprint(year-1) + " của " + upper,
		Criteria: scoreSheet(DemoCriteria(), []int{900, 880, 950, 800, 900, 850, 1000, 900, 950, 850},
			[]int{900, 850, 900, 800, 900, 850, 1000, 850, 900, 800}),
		Assessed: date(year-1, 11, 25), UpperScored: true,
		Achievements: "Tổ chức hội nghị người lao động đúng quy định, 96% đại biểu tán thành nghị quyết\n" +
			"Thương lượng bổ sung thỏa ước: hỗ trợ tiền nhà trọ 300.000 đ/tháng\n" +
			"Kết nạp 34 đoàn viên mới, vượt chỉ tiêu đăng ký\nTổ chức Tết Sum vầy cho 120 đoàn viên, người lao động",
		Level: data.RatingExcellent, DecisionNo: "152/QĐ-CĐ", DecisionDate: date(year, 1, 15), Announced: date(year, 1, 22)}
	last.Level = data.Rate(last.Criteria, data.UpperScore, data.DefaultEmulationSettings())
	this := &data.Emulation{Year: year, Registered: date(year, 2, 25),
		Titles:   "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ\nTổ công đoàn vững mạnh: 5 tổ",
		Pledges:  "Kết nạp thêm 30 đoàn viên\nThành lập, kiện toàn Ban nữ công quần chúng\nGiới thiệu 1 đoàn viên ưu tú cho Đảng",
		Criteria: DemoCriteria()}
	this.Basis = "Hướng dẫn chấm điểm, xếp loại công đoàn cơ sở năm " + fmt.Sprint(year) + " của " + upper
	if today.Month() >= time.November {
		this.Criteria = scoreSheet(this.Criteria, []int{1000, 900, 950, 900, 900, 900, 1000, 950, 1000, 900}, nil)
		this.Assessed = date(year, 11, 28)
		if this.Assessed.After(today) {
			this.Assessed = today
		}
		this.Achievements = "Ký thỏa ước lao động tập thể mới, nhiều điều khoản có lợi hơn luật\nKết nạp 31 đoàn viên mới"
	}
	if this.Registered.After(today) {
		this.Registered = time.Time{}
	}
	for _, e := range []*data.Emulation{last, this} {
		if err := data.Emulations.Store(store).Create(ctx, e); err != nil {
			return err
		}
	}

	// Members in good standing, for the awards.
	var good []data.MemberRow
	for _, r := range rows {
		if r.Status == data.StatusActive && !r.Foreign() {
			good = append(good, r)
		}
	}
	pickN := func(from, n int) []data.Awardee {
		var out []data.Awardee
		for i := from; i < len(good) && len(out) < n; i += 7 {
			out = append(out, data.Awardee{MemberID: good[i].ID, Name: good[i].Name, Unit: good[i].UnitName,
				Title: "Đoàn viên công đoàn xuất sắc", Achievement: "Hoàn thành xuất sắc nhiệm vụ, tích cực tham gia phong trào công đoàn", Amount: 300_000})
		}
		return out
	}
	own := &data.Award{Year: year - 1, Level: data.AwardByCDCS, Form: "Giấy khen", DecisionDate: date(year, 1, 10),
		Reason:     fmt.Sprintf("Đã có thành tích xuất sắc trong phong trào thi đua và hoạt động công đoàn năm %d", year-1),
		Recipients: append(pickN(3, 5), data.Awardee{Name: "Tổ công đoàn Tổ May 1", Collective: true, Title: "Tổ công đoàn vững mạnh", Amount: 500_000})}
	upperAward := &data.Award{Year: year - 1, Level: data.AwardByUpper, Issuer: upper, Form: "Giấy khen", DecisionNo: "160/QĐ-CĐ",
		DecisionDate: date(year, 1, 20), Reason: fmt.Sprintf("Đã hoàn thành xuất sắc nhiệm vụ công tác công đoàn năm %d", year-1),
		Recipients: []data.Awardee{{Name: p.Name, Collective: true, Title: "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ"}}}
	if p.Name == "" {
		upperAward.Recipients[0].Name = "Công đoàn cơ sở"
	}
	for _, a := range []*data.Award{own, upperAward} {
		if a.DecisionDate.After(today) {
			continue
		}
		if err := data.Awards.Store(store).Create(ctx, a); err != nil {
			return err
		}
	}
	if today.Month() >= time.November && len(good) > 0 {
		meeting := date(year, 11, 28)
		if meeting.After(today) {
			meeting = today
		}
		noms := pickN(5, 4)
		for i := range noms {
			noms[i].Amount = 0
			noms[i].VotesFor, noms[i].VotesAgainst = 7, 0
		}
		if len(noms) > 1 {
			noms[len(noms)-1].VotesFor, noms[len(noms)-1].VotesAgainst = 3, 4 // one not agreed
		}
		noms = append(noms, data.Awardee{Name: p.Name, Collective: true, Title: "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ",
			Achievement: "Hoàn thành xuất sắc các chỉ tiêu thi đua đã đăng ký", VotesFor: 7})
		prop := &data.Proposal{Year: year, MeetingDate: meeting, Place: "Văn phòng công đoàn", BCHTotal: 9, BCHPresent: 7,
			Chair: p.ChairName, Secretary: p.ViceChairName, Nominees: noms}
		if err := data.Proposals.Store(store).Create(ctx, prop); err != nil {
			return err
		}
	}
	if err := fillWomen(ctx, store, rows, today); err != nil {
		return err
	}
	return fillCare(ctx, store, rows, today)
}

// fillWomen writes the Ban nữ công (set up two years ago, with this year's
// plan), this year's activities that have passed (8/3 with a gift for every
// woman, 1/6, Trung thu, 20/10) and the "Giỏi việc nước, đảm việc nhà" year.
func fillWomen(ctx context.Context, store Store, rows []data.MemberRow, today time.Time) error {
	year := today.Year()
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	var women []data.MemberRow
	for _, r := range rows {
		if r.Sex == data.SexFemale && r.Status == data.StatusActive {
			women = append(women, r)
		}
	}
	if len(women) < 3 {
		return nil
	}
	c := &data.WomenCommittee{DecisionNo: "03/QĐ-CĐCS", DecisionDate: date(year-1, 3, 2), TermTo: date(year+3, 12, 31), PlanYear: year,
		Plan: "Tổ chức kỷ niệm Ngày Quốc tế Phụ nữ 8/3, tặng quà nữ đoàn viên — tháng 3 — Trưởng ban\n" +
			"Tổ chức Ngày Quốc tế Thiếu nhi 1/6 và Tết Trung thu cho con đoàn viên — tháng 6, tháng 9 — Phó trưởng ban\n" +
			"Thăm hỏi nữ đoàn viên sinh con — cả năm — các tổ công đoàn\n" +
			"Phát động phong trào \"Giỏi việc nước, đảm việc nhà\" — tháng 3 — Ban nữ công\n" +
			"Kỷ niệm Ngày Phụ nữ Việt Nam 20/10 — tháng 10 — Trưởng ban"}
	roles := []string{data.RoleCommitteeHead, data.RoleCommitteeDeputy, data.RoleCommitteeMember, data.RoleCommitteeMember, data.RoleCommitteeMember}
	for i := 0; i < len(roles) && i*11 < len(women); i++ {
		w := women[i*11]
		c.Members = append(c.Members, data.CommitteeMember{MemberID: w.ID, Name: w.Name, Unit: w.UnitName, Role: roles[i]})
	}
	if err := data.WomenCommittees.Store(store).Create(ctx, c); err != nil {
		return err
	}
	// The gifts were paid by the finance demo's danh sách ký nhận (fillGiftLists):
	// each activity links to its list instead of keeping a second one.
	lists, err := data.SignLists.Store(store).List(ctx)
	if err != nil {
		return err
	}
	listOf := func(item string) int64 {
		for _, l := range lists {
			if l.RuleItem == item && l.Date.Year() == year {
				return l.ID
			}
		}
		return 0
	}
	acts := []*data.WomenActivity{
		{Year: year, Occasion: data.OccasionWomensDay, Content: "Gặp mặt, tặng quà nữ đoàn viên nhân Ngày Quốc tế Phụ nữ", Participants: len(women), SignListID: listOf("Quà 8/3")},
		{Year: year, Occasion: data.OccasionChildrensDay, Content: "Tặng quà cho con đoàn viên dưới 15 tuổi", Participants: 96, SignListID: listOf("Quà 1/6")},
		{Year: year, Occasion: data.OccasionMidAutumn, Content: "Đêm hội trăng rằm cho con đoàn viên, phát quà Trung thu", Participants: 110, SignListID: listOf("Quà Trung thu")},
		{Year: year, Occasion: data.OccasionVNWomensDay, Content: "Hội thi \"Nữ công nhân khéo tay\", tặng hoa nữ đoàn viên", Participants: len(women) * 8 / 10, SignListID: listOf("Quà 20/10")},
	}
	for _, a := range acts {
		a.Date = data.OccasionDate(a.Occasion, year)
		if a.Date.After(today) {
			continue
		}
		if err := data.WomenActivities.Store(store).Create(ctx, a); err != nil {
			return err
		}
	}
	g := &data.GoodAtWork{Year: year, Registered: date(year, 3, 15)}
	for i := 2; i < len(women) && len(g.Registrants) < 12; i += 5 {
		g.Registrants = append(g.Registrants, data.Registrant{MemberID: women[i].ID, Name: women[i].Name, Unit: women[i].UnitName})
	}
	if today.Month() >= time.December {
		g.Reviewed = date(year, 12, 1)
		for i := range g.Registrants {
			g.Registrants[i].Result = data.ResultPassed
			if i%4 == 3 {
				g.Registrants[i].Result = data.ResultFailed
			}
		}
	}
	if g.Registered.After(today) {
		return nil
	}
	return data.GoodAtWorks.Store(store).Create(ctx, g)
}

// fillCare writes the chăm lo of DOMAIN-MODULES §F: the last Tết's campaign
// (the pay plan published in time, the union's gifts paid by the finance
// demo's Tết list, tất niên, reported), the coming Tết's list started when it
// is within 45 days, and an introduction to the Party last year (admitted) and
// this year (under consideration).
func fillCare(ctx context.Context, store Store, rows []data.MemberRow, today time.Time) error {
	var active []data.MemberRow
	for _, r := range rows {
		if r.Status == data.StatusActive {
			active = append(active, r)
		}
	}
	if len(active) < 5 {
		return nil
	}
	lists, err := data.SignLists.Store(store).List(ctx)
	if err != nil {
		return err
	}
	homes := []string{"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Thái Bình", "Sóc Trăng", "Quảng Bình"}
	reasons := []string{"Hoàn cảnh khó khăn", "Bị tai nạn lao động", "Mẹ đơn thân nuôi con nhỏ", "Ở lại trực sản xuất", "Xa quê, không đủ chi phí về quê"}
	campaign := func(year int) *data.TetCampaign {
		t := &data.TetCampaign{LunarYear: year}
		for i := 3; i < len(active) && len(t.People) < 18; i += 7 {
			r := active[i]
			p := data.TetPerson{MemberID: r.ID, Name: r.Name, Unit: r.UnitName, Hometown: homes[i%len(homes)], Reason: reasons[i%len(reasons)],
				Staying: i%3 == 0, Gift: 500_000, FromUnion: i%4 != 0}
			if p.Reason == reasons[1] {
				p.Gift = 1_000_000
			}
			t.People = append(t.People, p)
		}
		return t
	}
	last := today.Year()
	if !today.After(vn.TetDate(last)) {
		last--
	}
	tet := vn.TetDate(last)
	t := campaign(last)
	t.PayPlan = tet.AddDate(0, 0, -24)
	t.TatNien = tet.AddDate(0, 0, -10)
	t.TatNienPeople, t.TatNienUnion = len(active)*9/10, int64(len(active)*9/10)*70_000
	t.Reported = tet.AddDate(0, 0, 12)
	t.Alerts = "Không có doanh nghiệp nợ lương, thưởng Tết."
	t.Results = "Người lao động được nhận lương, thưởng Tết đầy đủ, đúng hạn.\nCác đoàn viên khó khăn, ở lại đều được thăm hỏi, tặng quà."
	for _, l := range lists {
		if l.RuleItem == "Quà Tết" && l.Date.Year() == last {
			t.SignListID = l.ID
		}
	}
	if t.Reported.After(today) {
		t.Reported = time.Time{}
	}
	if err := data.TetCampaigns.Store(store).Create(ctx, t); err != nil {
		return err
	}
	if next := vn.TetDate(last + 1); !today.Before(next.AddDate(0, 0, -45)) {
		if err := data.TetCampaigns.Store(store).Create(ctx, campaign(last+1)); err != nil {
			return err
		}
	}
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	a, b := active[12%len(active)], active[30%len(active)]
	intros := []*data.PartyIntro{
		{MemberID: a.ID, Name: a.Name, Unit: a.UnitName, Date: date(today.Year()-1, 5, 15), Cell: "Chi bộ Công ty",
			Outcome: data.IntroAdmitted, Admitted: date(today.Year()-1, 12, 2)},
		{MemberID: b.ID, Name: b.Name, Unit: b.UnitName, Date: date(today.Year(), 6, 10), Cell: "Chi bộ Công ty"},
	}
	for _, p := range intros {
		if p.Date.After(today) {
			continue
		}
		if err := data.PartyIntros.Store(store).Create(ctx, p); err != nil {
			return err
		}
	}
	return nil
}
