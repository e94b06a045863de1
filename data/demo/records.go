package demo

import (
	"time"

	"socongdoan/data"
)

// Records are the demo's worker conferences, representative list, dialogues,
// bargaining round and agreement, dated around today so that Việc cần làm shows
// what a chair would see in a real year: a few items overdue, the agreement in
// its renegotiation window, the representative list due for renewal.
type Records struct {
	Conferences []*data.Conference
	RepList     *data.RepList
	Dialogues   []*data.Dialogue
	Bargaining  *data.Bargaining
	Agreement   *data.Agreement // BargainingID is set by the caller (it is not stored yet)
}

// MakeRecords builds the records for a union with the profile p, today, and the
// members who sit on the representative list (their names, sexes and ids).
func MakeRecords(today time.Time, p *data.Profile, reps []data.Rep) Records {
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	year := today.Year()
	workers := p.WorkersTotal
	model := data.DefaultModel(p)
	date := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	notAfter := func(t time.Time) time.Time { // a past event never lies in the future
		if t.After(today) {
			return today
		}
		return t
	}
	var r Records

	// DOMAIN §1: a yearly conference; a delegate conference for a large enterprise.
	if workers < 10 {
		workers = 10 // a union has some workers; keeps every figure below positive
	}
	form, delegates, attendees := data.FormAll, 0, workers*85/100
	if workers >= 200 {
		form, delegates, attendees = data.FormDelegates, 150, 141
	}
	agenda := []data.AgendaItem{{Topic: data.TopicBusiness}, {Topic: data.TopicImplementing}, {Topic: data.TopicConditions},
		{Topic: data.TopicWorkerRequest}, {Topic: data.TopicEmployerAsk}, {Text: "Bầu Ban Thanh tra nhân dân nhiệm kỳ mới"}}
	resolutions := func(n int) []data.Resolution {
		return []data.Resolution{
			// Shares of the attendees, so that a tiny demo workforce still votes sensibly.
			{Text: "Thông qua nghị quyết Hội nghị người lao động", For: n * 95 / 100, Against: n * 2 / 100, Abstained: n - n*95/100 - n*2/100},
			{Text: "Thông qua mức hỗ trợ tiền nhà trọ 300.000 đ/tháng", For: n * 89 / 100, Against: n * 6 / 100, Abstained: n - n*89/100 - n*6/100},
			{Text: "Thành lập quỹ tương trợ người lao động, đóng góp tự nguyện", For: n * 45 / 100, Against: n * 40 / 100, Abstained: n - n*45/100 - n*40/100},
		}
	}
	last := &data.Conference{Year: year - 1, Model: model, Form: form, Date: date(year-1, 3, 14), Place: "Hội trường nhà ăn ca",
		WorkersTotal: workers, DelegatesSummoned: delegates, Attendees: attendees, RepsAnnounced: true,
		Agenda: agenda, Resolutions: resolutions(attendees),
		Reviews: []data.ConferenceReview{{Date: date(year-1, 9, 20), Findings: "Đã thực hiện 9/12 chỉ tiêu; tiền ăn ca đã tăng từ tháng 7; còn chậm cải tạo nhà vệ sinh xưởng 3."}},
		Notes:   "Hội nghị đại biểu; nghị quyết đã niêm yết tại bảng tin các xưởng."}
	this := &data.Conference{Year: year, Model: model, Form: form, Date: notAfter(date(year, 3, 20)), Place: "Hội trường nhà ăn ca",
		Chair: p.ChairName, Secretary: "Lê Thị Thu Trang",
		WorkersTotal: workers, DelegatesSummoned: delegates, Attendees: attendees - 3, RepsAnnounced: true,
		Agenda: agenda[:5], Resolutions: resolutions(attendees - 3)}
	r.Conferences = []*data.Conference{last, this} // this year's 6-month review is not recorded: overdue

	// DOMAIN §2: a list fixed every 2 years, one replacement during the cycle.
	from := date(year-1, 1, 2)
	list := &data.RepList{From: from, Headcount: workers, Announced: date(year-1, 3, 14)}
	for i, rep := range reps {
		if rep.Role == "" {
			rep.Role = "Đại diện công đoàn"
		}
		if i == len(reps)-2 {
			rep.Until = date(year, 4, 1)
			rep.Note = "nghỉ việc"
		}
		list.Reps = append(list.Reps, rep)
	}
	list.Reps = append(list.Reps, data.Rep{Name: "Đinh Thị Mai", Female: true, Role: "Nhóm đại diện đối thoại (ngoài công đoàn)",
		From: date(year, 4, 1), Note: "thay người nghỉ việc"})
	r.RepList = list
	total := len(list.Active(today))

	// DOMAIN §2: dialogues of each kind; a request waiting for its reply and a
	// biên bản not posted make two overdue items.
	periodicLast := &data.Dialogue{Kind: data.DialoguePeriodic, AgendaSent: date(year-1, 6, 2), Date: date(year-1, 6, 12),
		Place: "Phòng họp tầng 2", EmployerCount: 4, LegalRepPresent: true, RepsTotal: total, RepsPresent: total - 2,
		Topics: []data.AgendaItem{{Topic: data.TopicConditions}, {Topic: data.TopicWorkerRequest}},
		Agreed: "Trang bị thêm quạt hơi nước cho xưởng may 2 và 3.", Disputed: "Tăng phụ cấp chuyên cần.",
		MinutesSigned: true, Posted: date(year-1, 6, 15), Informed: date(year-1, 6, 17)}
	held := notAfter(today.AddDate(0, -4, 0))
	periodic := &data.Dialogue{Kind: data.DialoguePeriodic, AgendaSent: held.AddDate(0, 0, -10), Date: held,
		Place: "Phòng họp tầng 2", EmployerCount: 3, LegalRepPresent: true, RepsTotal: total, RepsPresent: total - 3,
		Topics: []data.AgendaItem{{Topic: data.TopicBusiness}, {Topic: data.TopicConditions}, {Text: "Tiền ăn giữa ca"}},
		Agreed: "Tăng tiền ăn giữa ca lên 35.000 đ/suất từ tháng sau; sửa hệ thống thông gió xưởng cắt.", Disputed: "Thưởng chuyên cần hằng tháng.",
		Actions: []data.FollowUp{
			{Text: "Sửa hệ thống thông gió xưởng cắt", Owner: "Phòng Kỹ thuật", Due: held.AddDate(0, 1, 0), Done: true, DoneDate: held.AddDate(0, 1, -3)},
			{Text: "Trình phương án thưởng chuyên cần", Owner: "Phòng Hành chính – Nhân sự", Due: today.AddDate(0, 0, 25)},
		},
		MinutesSigned: true, Posted: held.AddDate(0, 0, 2), Informed: held.AddDate(0, 0, 3)}
	requested := &data.Dialogue{Kind: data.DialogueRequested, RequestedBy: data.SideWorkers, RequestDate: today.AddDate(0, 0, -9),
		RequestAgreed: total/2 + 1, RepsTotal: total,
		Topics: []data.AgendaItem{{Topic: data.TopicWorkerRequest, Text: "làm thêm giờ dịp cuối năm"}}}
	caseDay := today.AddDate(0, 0, -8)
	caseDlg := &data.Dialogue{Kind: data.DialogueCase, Case: data.CaseArt93, AgendaSent: caseDay.AddDate(0, 0, -9), Date: caseDay,
		Place: "Phòng họp tầng 2", EmployerCount: 3, LegalRepPresent: true, RepsTotal: total, RepsPresent: total - 1,
		Topics: []data.AgendaItem{{Text: "Định mức lao động mới của chuyền may"}},
		Agreed: "Áp dụng thử định mức mới 2 tháng tại tổ may 1.", Disputed: "Đơn giá sản phẩm vượt định mức.",
		MinutesSigned: true}
	r.Dialogues = []*data.Dialogue{periodicLast, periodic, requested, caseDlg}

	// DOMAIN §3: the agreement signed about 2.8 years ago for 3 years is inside its
	// 90-day renegotiation window; the round for the new one has started.
	signed := today.AddDate(-3, 0, 73)
	r.Agreement = &data.Agreement{Title: "Thỏa ước lao động tập thể " + p.EnterpriseName, Level: data.LevelEnterprise,
		VoteDate: signed.AddDate(0, 0, -5), Voters: workers * 95 / 100, VotesFor: workers * 95 / 100 * 78 / 100,
		Signed: signed, TermYears: 3, Sent: signed.AddDate(0, 0, 6), Published: signed.AddDate(0, 0, 2),
		Clauses: []data.Clause{
			{Group: data.ClauseMeal, Content: "Bữa ăn giữa ca", Value: "35.000 đ/suất"},
			{Group: data.ClauseBonus, Content: "Thưởng tháng lương thứ 13 cho người làm đủ năm", Value: "1 tháng lương"},
			{Group: data.ClauseHours, Content: "Nghỉ hằng năm hưởng nguyên lương", Value: "14 ngày/năm"},
			{Group: data.ClauseWelfare, Content: "Hỗ trợ tiền nhà trọ, đi lại", Value: "300.000 đ/tháng"},
			{Group: data.ClauseWomen, Content: "Khám phụ khoa định kỳ cho lao động nữ", Value: "1 lần/năm"},
		},
		Amendments: []data.Amendment{{Date: signed.AddDate(1, 0, 10), Content: "Nâng tiền ăn giữa ca từ 30.000 đ lên 35.000 đ/suất",
			Voters: workers * 97 / 100, VotesFor: workers * 97 / 100 * 71 / 100}},
	}
	for y := signed.Year(); y < year; y++ {
		grade := data.GradeB
		if y == year-1 {
			grade = data.GradeA
		}
		r.Agreement.Ratings = append(r.Agreement.Ratings, data.Rating{Year: y, Grade: grade, Reason: "Cấp trên đánh giá"})
	}
	request := today.AddDate(0, 0, -20)
	r.Bargaining = &data.Bargaining{RequestedBy: data.SideWorkers, RequestDate: request,
		Subject:    "Thương lượng ký thỏa ước lao động tập thể mới thay thỏa ước sắp hết hạn",
		AgreedDate: request.AddDate(0, 0, 4),
		InfoRequests: []data.InfoRequest{
			{Date: request.AddDate(0, 0, 2), Subject: "Báo cáo tài chính và quỹ lương năm trước", Answered: request.AddDate(0, 0, 9)},
			{Date: today.AddDate(0, 0, -14), Subject: "Kế hoạch sản xuất, tuyển dụng năm tới"},
		}}
	return r
}
