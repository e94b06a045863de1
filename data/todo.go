package data

import (
	"cmp"
	"context"
	"slices"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// Todo is one item of Việc cần làm: a deadline the rules give, and the record it is about.
type Todo struct {
	Due     time.Time
	Title   string    // what to do, e.g. "Gửi thỏa ước đến Sở Nội vụ"
	About   string    // which record, e.g. "Thỏa ước lao động tập thể ký ngày 02/01/2024"; "" for a new one
	Record  RecordRef // opened when the chair clicks the item
	Overdue bool      // Due is before today
}

// RecordName names the record of a todo for a list: "Hội nghị người lao động năm
// 2026", or "Hội nghị người lao động: chưa có hồ sơ" when a record is still needed.
func (t Todo) RecordName() string {
	if t.Record.ID == 0 {
		return t.Record.Kind.Label() + ": chưa có hồ sơ"
	}
	return t.About
}

// TodoInput is everything Todos reads: the records (not in the trash) and the settings.
type TodoInput struct {
	Profile     *Profile
	Settings    RuleSettings
	Conferences []Conference
	RepLists    []RepList
	Dialogues   []Dialogue
	Bargainings []Bargaining
	Agreements  []Agreement
}

// Todos lists every deadline the rules of DOMAIN §1–§3 (Implications C) give for
// the records on today, soonest first; working days follow cal. It is pure: the
// same records and day give the same list, which the CLI and tests rely on.
func Todos(in TodoInput, today time.Time, cal *vn.Calendar) []Todo {
	t := &todoList{today: vn.Day(today)}
	s := in.Settings
	if s.SOEConferenceMonth == 0 { // not loaded: the defaults of DOMAIN.md
		s = DefaultRuleSettings()
	}
	t.conferences(in.Conferences, in.Profile, s)
	t.dialogues(in.Dialogues, cal)
	t.repLists(in.RepLists, in.Profile, s)
	t.bargainings(in.Bargainings, cal)
	negotiating := false
	for i := range in.Bargainings {
		negotiating = negotiating || in.Bargainings[i].Ongoing()
	}
	t.agreements(in.Agreements, negotiating, s)
	slices.SortStableFunc(t.items, func(a, b Todo) int {
		return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Title, b.Title))
	})
	return t.items
}

type todoList struct {
	today time.Time
	items []Todo
}

func (t *todoList) add(due time.Time, title, about string, ref RecordRef) {
	due = vn.Day(due)
	t.items = append(t.items, Todo{Due: due, Title: title, About: about, Record: ref, Overdue: due.Before(t.today)})
}

// conferences: the yearly conference (DOMAIN §1: every year; the state model by
// the end of March) and the six-monthly review of the latest resolution.
func (t *todoList) conferences(cs []Conference, p *Profile, s RuleSettings) {
	year := t.today.Year()
	var planned, latest *Conference
	for i := range cs {
		c := &cs[i]
		if c.Extraordinary {
			continue
		}
		if c.Year == year {
			if c.Held(t.today) {
				planned = nil
				latest = c
				break
			}
			planned = c
		}
		if c.Held(t.today) && (latest == nil || c.Date.After(latest.Date)) {
			latest = c
		}
	}
	if latest == nil || latest.Year != year {
		model, ref, about := DefaultModel(p), RecordRef{KindConference, 0}, ""
		if planned != nil {
			model, ref, about = planned.Model, RecordRef{KindConference, planned.ID}, planned.Title()
			if !planned.Date.IsZero() {
				about += ", dự kiến " + vn.FormatDate(planned.Date)
			}
		}
		t.add(EndOfMonth(year, model.DueMonth(s)), "Tổ chức Hội nghị người lao động năm "+strconv.Itoa(year), about, ref)
	}
	if latest != nil {
		// The review at 12 months falls at the next conference, which takes its place;
		// a year after the conference the item for the next one says what is due.
		nextYear := latest.Date.AddDate(1, 0, 0)
		if due := NextReviewDue(latest.Date, latest.LastReview()); due.Before(nextYear) && t.today.Before(nextYear) {
			t.add(due, "Sơ kết 6 tháng thực hiện nghị quyết hội nghị", latest.Title(), RecordRef{KindConference, latest.ID})
		}
	}
}

// dialogues: the periodic dialogue of the year (DOMAIN §2: at least once a year),
// the reply to a request, the agenda before and the publication after a meeting,
// and the follow-up actions.
func (t *todoList) dialogues(ds []Dialogue, cal *vn.Calendar) {
	year := t.today.Year()
	held := false
	var planned *Dialogue
	for i := range ds {
		d := &ds[i]
		if d.Kind == DialoguePeriodic && !d.Date.IsZero() && d.Date.Year() == year {
			if d.Held(t.today) {
				held = true
			} else {
				planned = d
			}
		}
	}
	if !held {
		ref, about := RecordRef{KindDialogue, 0}, ""
		if planned != nil {
			ref, about = RecordRef{KindDialogue, planned.ID}, planned.Title()
		}
		t.add(time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), "Tổ chức đối thoại định kỳ năm "+strconv.Itoa(year), about, ref)
	}
	for i := range ds {
		d := &ds[i]
		ref := RecordRef{KindDialogue, d.ID}
		if d.Kind == DialogueRequested && !d.RequestDate.IsZero() && d.ReplyDate.IsZero() && d.Date.IsZero() {
			t.add(DialogueReplyDue(cal, d.RequestDate), "Trả lời bằng văn bản yêu cầu đối thoại của "+lower(d.RequestedBy.Label()), d.Title(), ref)
		}
		if !d.Date.IsZero() && d.Date.After(t.today) && d.AgendaSent.IsZero() {
			t.add(DialogueAgendaDue(cal, d.Date), "Gửi nội dung đối thoại cho bên kia (trước 5 ngày làm việc)", d.Title(), ref)
		}
		if d.Held(t.today) {
			switch {
			case d.Posted.IsZero() && !d.MinutesSigned:
				t.add(DialoguePostDue(cal, d.Date), "Ký biên bản và niêm yết nội dung chính của đối thoại", d.Title(), ref)
			case d.Posted.IsZero():
				t.add(DialoguePostDue(cal, d.Date), "Niêm yết nội dung chính của đối thoại", d.Title(), ref)
			case d.Informed.IsZero():
				t.add(DialoguePostDue(cal, d.Date), "Thông báo kết quả đối thoại cho đoàn viên", d.Title(), ref)
			}
		}
		for _, a := range d.Actions {
			if !a.Done && !a.Due.IsZero() {
				title := "Thực hiện sau đối thoại: " + a.Text
				if a.Owner != "" {
					title += " (" + a.Owner + ")"
				}
				t.add(a.Due, title, d.Title(), ref)
			}
		}
	}
}

// repLists: a list at least every 2 years, of the size the headcount needs (DOMAIN §2).
func (t *todoList) repLists(ls []RepList, p *Profile, s RuleSettings) {
	var latest *RepList
	for i := range ls {
		if latest == nil || ls[i].From.After(latest.From) {
			latest = &ls[i]
		}
	}
	if latest == nil {
		t.add(t.today, "Lập danh sách thành viên đại diện đối thoại", "", RecordRef{KindRepList, 0})
		return
	}
	ref := RecordRef{KindRepList, latest.ID}
	if !t.today.Before(latest.To.AddDate(0, 0, -s.RepListNoticeDays)) {
		t.add(latest.To, "Xác định lại danh sách đại diện đối thoại (ít nhất 2 năm một lần)", latest.Title(), ref)
	}
	headcount := latest.Headcount
	if p != nil && p.WorkersTotal > 0 {
		headcount = p.WorkersTotal
	}
	if active := latest.Active(t.today); !t.today.Before(latest.From) && !t.today.After(latest.To) &&
		headcount > 0 && !RepresentativeSizeOK(len(active), headcount) {
		lo, hi := RepresentativeBand(headcount)
		t.add(t.today, "Điều chỉnh số thành viên đại diện đối thoại: có "+strconv.Itoa(len(active))+", cần "+BandText(lo, hi),
			latest.Title(), ref)
	}
}

// bargainings: the limits of Labour Code Art. 70 (DOMAIN §3) for each round still going on.
func (t *todoList) bargainings(bs []Bargaining, cal *vn.Calendar) {
	for i := range bs {
		b := &bs[i]
		if !b.Ongoing() || b.RequestDate.IsZero() {
			continue
		}
		ref := RecordRef{KindBargaining, b.ID}
		if b.AgreedDate.IsZero() {
			t.add(BargainAgreeDue(cal, b.RequestDate), "Thống nhất thời gian, địa điểm thương lượng (7 ngày làm việc)", b.Title(), ref)
		}
		if b.StartDate.IsZero() {
			t.add(BargainStartDue(b.RequestDate), "Bắt đầu thương lượng (trong 30 ngày kể từ ngày yêu cầu)", b.Title(), ref)
		} else {
			t.add(BargainEndDue(b.StartDate, b.ExtendedTo), "Kết thúc thương lượng (tối đa 90 ngày)", b.Title(), ref)
		}
		for _, r := range b.InfoRequests {
			if r.Answered.IsZero() && !r.Date.IsZero() {
				t.add(BargainInfoDue(r.Date), "Người sử dụng lao động cung cấp thông tin: "+r.Subject, b.Title(), ref)
			}
		}
	}
}

// agreements: the copy to the Sở Nội vụ (10 days), the renegotiation window and
// the 90-day grace (Art. 83), and the yearly rating (DOMAIN §3).
func (t *todoList) agreements(as []Agreement, negotiating bool, s RuleSettings) {
	var latest *Agreement
	for i := range as {
		a := &as[i]
		if a.Signed.IsZero() {
			continue
		}
		if latest == nil || a.Signed.After(latest.Signed) {
			latest = a
		}
		st := a.Status(t.today, negotiating, s)
		if a.Sent.IsZero() && st != AgreementEnded {
			t.add(AgreementSendDue(a.Signed), "Gửi thỏa ước đến Sở Nội vụ (10 ngày kể từ ngày ký)", a.Name(), RecordRef{KindAgreement, a.ID})
		}
	}
	if latest == nil {
		return
	}
	ref := RecordRef{KindAgreement, latest.ID}
	expiry := latest.Expiry()
	switch latest.Status(t.today, negotiating, s) {
	case AgreementExpiring:
		t.add(expiry, "Thương lượng gia hạn hoặc ký thỏa ước mới (hết hạn "+vn.FormatDate(expiry)+")", latest.Name(), ref)
	case AgreementGrace:
		t.add(GraceEnds(expiry, s.GraceDays), "Ký thỏa ước mới: thỏa ước cũ hết hạn, chỉ còn hiệu lực khi đang thương lượng", latest.Name(), ref)
	case AgreementEnded:
		if !expiry.IsZero() && t.today.Before(expiry.AddDate(1, 0, 0)) {
			t.add(expiry, "Thỏa ước đã hết hiệu lực: thương lượng ký thỏa ước mới", latest.Name(), ref)
		}
	}
	if latest.Status(t.today, negotiating, s).InForce() {
		year := t.today.Year()
		if _, ok := latest.RatingOf(year); !ok {
			t.add(EndOfMonth(year, time.Month(s.RatingMonth)), "Đánh giá, xếp loại thỏa ước năm "+strconv.Itoa(year), latest.Name(), ref)
		}
	}
}

// LoadTodoInput reads, through the services, every record and the rule settings
// that Todos needs; p is the union profile (nil before the first-run setup).
func LoadTodoInput(ctx context.Context, r RecordDB, s SettingsService, p *Profile) (TodoInput, error) {
	in := TodoInput{Profile: p}
	var err error
	if in.Settings, err = LoadRuleSettings(ctx, s); err != nil {
		return in, err
	}
	if in.Conferences, err = Conferences.Store(r).List(ctx); err != nil {
		return in, err
	}
	if in.RepLists, err = RepLists.Store(r).List(ctx); err != nil {
		return in, err
	}
	if in.Dialogues, err = Dialogues.Store(r).List(ctx); err != nil {
		return in, err
	}
	if in.Bargainings, err = Bargainings.Store(r).List(ctx); err != nil {
		return in, err
	}
	in.Agreements, err = Agreements.Store(r).List(ctx)
	return in, err
}
