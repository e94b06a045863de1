package data

import (
	"slices"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// The rules DOMAIN-MODULES §B gives for cadre training ("Rules to check",
// "Deadlines to remind") and the counts its reports print.

// samePerson matches a participant row to a cadre: by the member when both name
// one, otherwise by the name as typed (NFC-cleaned on save).
func samePerson(c *Cadre, p *Participant) bool {
	if c.MemberID != 0 && p.MemberID != 0 {
		return c.MemberID == p.MemberID
	}
	return c.Name != "" && vn.Fold(c.Name) == vn.Fold(p.Name)
}

// personKey identifies a participant for counting distinct people.
func personKey(p *Participant) string {
	if p.MemberID != 0 {
		return "#" + strconv.FormatInt(p.MemberID, 10)
	}
	return vn.Fold(p.Name)
}

// FirstTrained returns the last day of the first course the cadre attended that
// ended on or after from and on or before to (zero to: any time), zero if none.
func FirstTrained(c *Cadre, courses []Course, from, to time.Time) time.Time {
	var first time.Time
	for i := range courses {
		co := &courses[i]
		end := co.End()
		if end.IsZero() || end.Before(from) || !to.IsZero() && end.After(to) {
			continue
		}
		for j := range co.Participants {
			if p := &co.Participants[j]; p.Attended && samePerson(c, p) && (first.IsZero() || end.Before(first)) {
				first = end
			}
		}
	}
	return first
}

// NewlyElected reports whether term i of the cadre is a first election to a post
// that must be trained (§B: chủ tịch, phó, BCH, UBKT): elected, and the same post
// not held before (a re-elected chair is not "newly elected").
func (c *Cadre) NewlyElected(i int) bool {
	t := c.Posts[i]
	if t.How != AppointElected || !t.Post.NeedsTraining() {
		return false
	}
	for j, o := range c.Posts {
		if j != i && o.Post == t.Post && !o.From.IsZero() && o.From.Before(t.From) {
			return false
		}
	}
	return true
}

// TrainingDue is the last day a newly elected post holder may be trained on: the
// window (TrainingSettings.WindowMonths) from the day the post was taken up.
func TrainingDue(from time.Time, s TrainingSettings) time.Time {
	months := s.WindowMonths
	if months <= 0 {
		months = DefaultTrainingSettings().WindowMonths
	}
	return vn.Day(from).AddDate(0, months, 0)
}

// TrainingGap is a newly elected post holder not yet trained (§B, rules to check).
type TrainingGap struct {
	Cadre *Cadre
	Post  PostTerm
	Due   time.Time // TrainingDue of the post
}

// UntrainedNewlyElected lists the posts held on today by newly elected chủ tịch,
// phó, BCH and UBKT members who attended no course since they took the post up,
// the earliest due first. Training after the due day still takes one off the
// list (it is late, which TrainingStats counts); before, the item is a reminder.
func UntrainedNewlyElected(cadres []Cadre, courses []Course, s TrainingSettings, today time.Time) []TrainingGap {
	today = vn.Day(today)
	var out []TrainingGap
	for i := range cadres {
		c := &cadres[i]
		for j, t := range c.Posts {
			if !t.HeldOn(today) || !c.NewlyElected(j) {
				continue
			}
			if FirstTrained(c, courses, t.From, today).IsZero() {
				out = append(out, TrainingGap{Cadre: c, Post: t, Due: TrainingDue(t.From, s)})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b TrainingGap) int { return a.Due.Compare(b.Due) })
	return out
}

// ATVSVCertificate is the newest ATVSLĐ certificate a cadre holds: the one on
// their record or one given at an ATVSLĐ course they attended. Zero date: none.
func ATVSVCertificate(c *Cadre, courses []Course) (no string, date time.Time) {
	no, date = c.ATVSVCertNo, c.ATVSVCertDate
	for i := range courses {
		co := &courses[i]
		if !co.HasTopic(TopicATVSLD) {
			continue
		}
		for j := range co.Participants {
			p := &co.Participants[j]
			if p.Attended && samePerson(c, p) && !p.CertDate.IsZero() && p.CertDate.After(date) {
				no, date = p.CertNo, p.CertDate
			}
		}
	}
	return no, date
}

// CertIssue is an ATVSV whose certificate is missing or runs out (Luật ATVSLĐ Art 14(1)).
type CertIssue struct {
	Cadre   *Cadre
	Unit    string
	Missing bool      // no certificate recorded
	Expires time.Time // the day it runs out (CertDate + CertMonths), for one held
}

// ATVSVCertIssues lists the an toàn, vệ sinh viên serving on today with no
// certificate, or one that runs out within CertNoticeDays or has run out.
func ATVSVCertIssues(cadres []Cadre, courses []Course, s TrainingSettings, today time.Time) []CertIssue {
	today = vn.Day(today)
	var out []CertIssue
	for i := range cadres {
		c := &cadres[i]
		var unit string
		held := false
		for _, t := range c.Posts {
			if t.Post == PostATVSV && t.HeldOn(today) {
				held, unit = true, t.Unit
			}
		}
		if !held {
			continue
		}
		_, date := ATVSVCertificate(c, courses)
		if date.IsZero() {
			out = append(out, CertIssue{Cadre: c, Unit: unit, Missing: true})
			continue
		}
		expires := date.AddDate(0, s.CertMonths, 0)
		if !expires.After(today.AddDate(0, 0, s.CertNoticeDays)) {
			out = append(out, CertIssue{Cadre: c, Unit: unit, Expires: expires})
		}
	}
	return out
}

// cadreTodos is the cadres' rule for Việc cần làm (§B: rules to check): newly
// elected office holders to train by the end of the window, ATVSV certificates
// missing or running out; and (§F) units with no ATVSV. It reads the courses (TodoReads).
func cadreTodos(cadres []Cadre, env TodoEnv) []Todo {
	s := env.Settings.Training
	if s.WindowMonths == 0 {
		s = DefaultTrainingSettings()
	}
	today := vn.Day(env.Today)
	courses := Courses.In(env.Records)
	var out []Todo
	add := func(due time.Time, title, about string, id int64) {
		out = append(out, Todo{Due: due, Title: title, About: about, Record: RecordRef{KindCadre, id}})
	}
	for _, g := range UntrainedNewlyElected(cadres, courses, s, today) {
		add(g.Due, "Bồi dưỡng nghiệp vụ cho "+g.Post.Post.Label()+" mới bầu: "+g.Cadre.Name,
			g.Cadre.Name+", "+g.Post.Title()+" từ "+vn.FormatDate(g.Post.From), g.Cadre.ID)
	}
	for _, ci := range ATVSVCertIssues(cadres, courses, s, today) {
		about := ci.Cadre.Name + ", an toàn, vệ sinh viên"
		if ci.Unit != "" {
			about += " " + ci.Unit
		}
		if ci.Missing {
			// Luật ATVSLĐ Art 14(1): trained and certified; due since the post was taken up.
			from := today
			for _, t := range ci.Cadre.Posts {
				if t.Post == PostATVSV && t.HeldOn(today) && t.From.Before(from) {
					from = t.From
				}
			}
			add(from, "Huấn luyện ATVSLĐ, cấp giấy chứng nhận cho ATVSV "+ci.Cadre.Name, about+": chưa có giấy chứng nhận", ci.Cadre.ID)
			continue
		}
		add(ci.Expires, "Huấn luyện lại ATVSLĐ cho ATVSV "+ci.Cadre.Name, about+": giấy chứng nhận hết hạn "+vn.FormatDate(ci.Expires), ci.Cadre.ID)
	}
	return append(out, atvsvNetworkTodos(cadres, env)...) // training_atvsv.go
}

// planTodos is the training plans' rule for Việc cần làm (§B, deadlines to
// remind): next year's needs registration to the upper level by the end of
// NeedsMonth, until a plan of next year records the day it was sent.
func planTodos(plans []TrainingPlan, env TodoEnv) []Todo {
	s := env.Settings.Training
	if s.NeedsMonth == 0 {
		s = DefaultTrainingSettings()
	}
	year := env.Today.Year()
	next := year + 1
	var plan *TrainingPlan
	for i := range plans {
		if plans[i].Year == next {
			plan = &plans[i]
		}
	}
	if plan != nil && !plan.NeedsSent.IsZero() {
		return nil
	}
	ref, about := RecordRef{KindTrainingPlan, 0}, ""
	if plan != nil {
		ref, about = RecordRef{KindTrainingPlan, plan.ID}, plan.Title()
	}
	return []Todo{{Due: EndOfMonth(year, time.Month(s.NeedsMonth)),
		Title: "Gửi đăng ký nhu cầu đào tạo năm " + strconv.Itoa(next) + " lên công đoàn cấp trên", About: about, Record: ref}}
}

// TopicCount is one line of the by-topic table.
type TopicCount struct {
	Topic       string
	Courses     int // số lớp
	Attendances int // lượt người
	People      int // số người (distinct)
}

// TrainingStats are the figures of the báo cáo kết quả đào tạo, bồi dưỡng (§B:
// số lớp, lượt người, by topic, % BCH trained, % newly elected chairs trained).
// Attendances ("lượt người") and People (distinct) are always counted apart.
type TrainingStats struct {
	Courses     int // courses held in the period (ended in it, and begun by its end)
	Attendances int // lượt người: attended participant rows
	People      int // distinct people among them
	Certified   int // attendances with a certificate number
	Essays      int // bài thu hoạch submitted
	Cost        int64
	ByTopic     []TopicCount
	ByLevel     map[CourseLevel]int // courses by organiser level

	BCH, BCHTrained           int // BCH members on the period's end; those trained since taking up their post
	UBKT, UBKTTrained         int
	NewChairs, NewChairsOK    int // chairs newly elected whose window overlaps the period; trained within it
	NewOfficers, NewOfficerOK int // newly elected chủ tịch/phó/BCH/UBKT posts likewise
	FullTime, FullTimeOK      int // chuyên trách cadres on the period's end; trained since taking up the post
}

// Percent is n of total as a whole percentage, 0 when total is 0.
func Percent(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

// ComputeTrainingStats counts the courses that ended between from and to and
// the cadres on to, with topics in the order of the catalogue, then any other.
func ComputeTrainingStats(cadres []Cadre, courses []Course, s TrainingSettings, from, to time.Time) TrainingStats {
	if s.WindowMonths == 0 {
		s = DefaultTrainingSettings()
	}
	from, to = vn.Day(from), vn.Day(to)
	st := TrainingStats{ByLevel: map[CourseLevel]int{}}
	people := map[string]bool{}
	topics := map[string]*TopicCount{}
	var order []string
	topicPeople := map[string]map[string]bool{}
	for _, t := range s.Topics {
		order = append(order, t)
		topics[vn.Fold(t)] = &TopicCount{Topic: t}
	}
	for i := range courses {
		co := &courses[i]
		end := co.End()
		if end.IsZero() || end.Before(from) || end.After(to) {
			continue
		}
		st.Courses++
		st.Cost += co.Cost
		st.ByLevel[co.Level]++
		attended := 0
		for j := range co.Participants {
			p := &co.Participants[j]
			if !p.Attended {
				continue
			}
			attended++
			people[personKey(p)] = true
			if p.CertNo != "" {
				st.Certified++
			}
			if p.Essay {
				st.Essays++
			}
		}
		st.Attendances += attended
		for _, t := range co.Topics {
			k := vn.Fold(t.Topic)
			tc := topics[k]
			if tc == nil {
				tc = &TopicCount{Topic: t.Topic}
				topics[k] = tc
				order = append(order, t.Topic)
			}
			tc.Courses++
			tc.Attendances += attended
			if topicPeople[k] == nil {
				topicPeople[k] = map[string]bool{}
			}
			for j := range co.Participants {
				if p := &co.Participants[j]; p.Attended {
					topicPeople[k][personKey(p)] = true
				}
			}
		}
	}
	st.People = len(people)
	for _, t := range order {
		tc := topics[vn.Fold(t)]
		tc.People = len(topicPeople[vn.Fold(t)])
		if tc.Courses > 0 {
			st.ByTopic = append(st.ByTopic, *tc)
		}
	}
	for i := range cadres {
		c := &cadres[i]
		st.countCadre(c, courses, s, from, to)
	}
	return st
}

func (st *TrainingStats) countCadre(c *Cadre, courses []Course, s TrainingSettings, from, to time.Time) {
	var inBCH, inUBKT, fullTime bool
	var bchFrom, ubktFrom, ftFrom time.Time
	earliest := func(cur *time.Time, t time.Time) {
		if cur.IsZero() || t.Before(*cur) {
			*cur = t
		}
	}
	for j, t := range c.Posts {
		if t.HeldOn(to) {
			if t.Post.InBCH() {
				inBCH = true
				earliest(&bchFrom, t.From)
			}
			if t.Post.InUBKT() {
				inUBKT = true
				earliest(&ubktFrom, t.From)
			}
			if t.FullTime {
				fullTime = true
				earliest(&ftFrom, t.From)
			}
		}
		if !c.NewlyElected(j) {
			continue
		}
		due := TrainingDue(t.From, s)
		if t.From.After(to) || due.Before(from) {
			continue
		}
		last := due
		if to.Before(last) {
			last = to
		}
		ok := !FirstTrained(c, courses, t.From, last).IsZero()
		st.NewOfficers++
		if ok {
			st.NewOfficerOK++
		}
		if t.Post == PostChair {
			st.NewChairs++
			if ok {
				st.NewChairsOK++
			}
		}
	}
	trained := func(since time.Time) bool { return !FirstTrained(c, courses, since, to).IsZero() }
	if inBCH {
		st.BCH++
		if trained(bchFrom) {
			st.BCHTrained++
		}
	}
	if inUBKT {
		st.UBKT++
		if trained(ubktFrom) {
			st.UBKTTrained++
		}
	}
	if fullTime {
		st.FullTime++
		if trained(ftFrom) {
			st.FullTimeOK++
		}
	}
}
