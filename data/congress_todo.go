package data

import (
	"slices"
	"time"

	"socongdoan/data/vn"
)

// congressTodos are the congress's deadlines in Việc cần làm (DOMAIN-MODULES
// Implications C "Deadlines to remind"; HD 38 §10.4): the recognition file 10
// working days after the first BCH meeting, asking the upper level 10 working
// days after sending it, then the seal and signature specimens and the
// bank-account holder; and, for the latest congress, preparing the next one six
// months before its term's last year ends.
func congressTodos(cs []Congress, env TodoEnv) []Todo {
	var out []Todo
	var latest *Congress
	for i := range cs {
		c := &cs[i]
		if latest == nil || c.Number > latest.Number {
			latest = c
		}
		ref := RecordRef{Kind: KindCongress, ID: c.ID}
		about := c.Title()
		decided := c.DecisionNo != "" || !c.DecisionDate.IsZero()
		switch {
		case decided:
			since := c.DecisionDate
			if since.IsZero() {
				since = c.FileSent
			}
			if since.IsZero() {
				since = c.FirstBCH
			}
			// No act sets a day for these; ten working days after the decision
			// keeps them from being forgotten.
			due := env.Calendar.AddWorkingDays(since, RecognitionWorkingDays)
			if !c.SealDone {
				out = append(out, Todo{Due: due, Title: "Đăng ký mẫu dấu, mẫu chữ ký của Chủ tịch công đoàn mới", About: about, Record: ref})
			}
			if !c.BankDone {
				out = append(out, Todo{Due: due, Title: "Đổi chủ tài khoản ngân hàng của công đoàn theo Ban Chấp hành mới", About: about, Record: ref})
			}
		case !c.FileSent.IsZero():
			out = append(out, Todo{Due: RecognitionFollowUp(env.Calendar, c.FileSent),
				Title: "Hỏi công đoàn cấp trên về quyết định công nhận kết quả đại hội (đã gửi hồ sơ ngày " + vn.FormatDate(c.FileSent) + ")",
				About: about, Record: ref})
		case !c.FirstBCH.IsZero():
			out = append(out, Todo{Due: RecognitionDue(env.Calendar, c.FirstBCH),
				Title: "Gửi hồ sơ đề nghị công nhận Ban Chấp hành, Chủ tịch, Ủy ban kiểm tra lên công đoàn cấp trên",
				About: about, Record: ref})
		case c.Held(env.Today):
			out = append(out, Todo{Due: c.Date.AddDate(0, 0, 7),
				Title: "Ghi ngày hội nghị Ban Chấp hành lần thứ nhất (hạn gửi hồ sơ công nhận tính từ ngày này)",
				About: about, Record: ref})
		}
	}
	if latest != nil {
		out = append(out, ballotTodos(latest, env)...)
	}
	if latest != nil && latest.TermTo > 0 {
		due := time.Date(latest.TermTo, time.June, 30, 0, 0, 0, 0, time.UTC)
		if !env.Today.Before(due.AddDate(0, -3, 0)) && !hasCongressAfter(cs, latest) {
			out = append(out, Todo{Due: due, Title: "Xây dựng kế hoạch đại hội nhiệm kỳ mới (nhiệm kỳ " + latest.Term() + " kết thúc)",
				About: latest.Title(), Record: RecordRef{Kind: KindCongress}})
		}
	}
	return out
}

func hasCongressAfter(cs []Congress, c *Congress) bool {
	for i := range cs {
		if cs[i].Number > c.Number {
			return true
		}
	}
	return false
}

// Ballot reminder window: from two weeks before the sealed ballots may be
// destroyed until two months after. The record has no "destroyed" mark, so the
// reminder leaves by itself rather than staying overdue for ever.
const (
	ballotNoticeDays = 14
	ballotNoticeLast = 60
)

// ballotTodos reminds that the sealed ballots of the latest congress may be
// destroyed, on the BTV's or BCH's decision, when no complaint was made:
// kept CongressSettings.BallotKeepMonths after the congress (DOMAIN-MODULES
// §C.2: an older guide, 6 months [L]). Only a congress with a counted
// election has ballots to keep.
func ballotTodos(c *Congress, env TodoEnv) []Todo {
	months := env.Settings.Congress.BallotKeepMonths
	if months <= 0 || !c.Held(env.Today) || !slices.ContainsFunc(c.Elections, func(e CongressElection) bool { return e.Counted() }) {
		return nil
	}
	until := BallotsKeptUntil(c.Date, months)
	if env.Today.Before(until.AddDate(0, 0, -ballotNoticeDays)) || env.Today.After(until.AddDate(0, 0, ballotNoticeLast)) {
		return nil
	}
	return []Todo{{Due: until, About: c.Title(), Record: RecordRef{Kind: KindCongress, ID: c.ID},
		Title: "Phiếu bầu đại hội đã lưu đủ " + itoa(months) + " tháng: nếu không có khiếu nại, Ban Thường vụ (Ban Chấp hành) quyết định tiêu hủy"}}
}
