package reports

// What each kind of document reads before it is laid out: the period's facts,
// the chosen members, the chair's texts.

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// gatherFacts reads the register and its history and computes a period's facts.
// It also returns the bargaining rounds it read (nil without records), which the
// agreement report lists.
func gatherFacts(ctx context.Context, src *Sources, p *data.Profile, period data.Period) (data.AnnualFacts, []data.Bargaining, error) {
	// The register and its history are the two long reads (about 100 ms each
	// for 100,000 members); SQLite serves them side by side on two connections.
	var events []data.MemberEvent
	var eventsErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		events, eventsErr = src.Documents.MemberEventsBetween(ctx, time.Time{}, period.To)
	}()
	rows, err := src.Members.MemberRows(ctx)
	<-done
	if err == nil {
		err = eventsErr
	}
	if err != nil {
		return data.AnnualFacts{}, nil, err
	}
	f := data.GatherFacts(p, period, rows, events, src.Now())
	if src.Records == nil {
		return f, nil, nil
	}
	rs, err := ruleSettings(ctx, src)
	if err != nil {
		return f, nil, err
	}
	confs, err := data.Conferences.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	dialogues, err := data.Dialogues.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	bargs, err := data.Bargainings.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	agrs, err := data.Agreements.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	lists, err := data.RepLists.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	data.GatherRecordFacts(&f, confs, dialogues, bargs, agrs, lists, rs)
	return f, bargs, nil
}

// ruleSettings are the chair's rule settings, or the defaults.
func ruleSettings(ctx context.Context, src *Sources) (data.RuleSettings, error) {
	if src.Settings == nil {
		return data.DefaultRuleSettings(), nil
	}
	return data.LoadRuleSettings(ctx, src.Settings)
}

// periodFacts reads what the periodic reports are built from: the request's
// period, its facts and the chair's narrative.
func periodFacts(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (data.Period, data.AnnualFacts, data.Narrative, error) {
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return period, data.AnnualFacts{}, data.Narrative{}, err
	}
	facts, _, err := gatherFacts(ctx, src, p, period)
	if err != nil {
		return period, facts, data.Narrative{}, err
	}
	narr, err := src.Documents.Narrative(ctx, period)
	return period, facts, narr, err
}

func prepareAnnual(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	period, facts, narr, err := periodFacts(ctx, k, src, req, p)
	if err != nil {
		return nil, err
	}
	var warnings []string
	missing := narr.Missing()
	if facts.Records.Kept { // the records write II.1's facts: no dotted lines there
		missing = slices.DeleteFunc(missing, func(t string) bool { return t == narrativeTitle(data.NarrRepresent) })
	}
	if len(missing) > 0 {
		warnings = append(warnings, "Chưa viết (in dòng chấm để điền tay): "+strings.Join(missing, "; "))
	}
	return &prepared{subject: AnnualSubject(period), ref: periodRef(period), warnings: warnings,
		build: func(m Meta) (*Document, error) { return Annual(m, facts, narr) }}, nil
}

func prepareStatistics(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	period, facts, narr, err := periodFacts(ctx, k, src, req, p)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: StatisticsSubject(period), ref: periodRef(period),
		build: func(m Meta) (*Document, error) { return Statistics(m, facts, narr) }}, nil
}

// joinedIn is the span of "who joined" for the lists of members, when the
// chair chose a year or dates; ok is false when every member counts.
func joinedIn(k *Kind, req *Request, today time.Time) (p data.Period, ok bool, err error) {
	if req.Year == 0 && req.From.IsZero() && req.To.IsZero() {
		return p, false, nil
	}
	p, err = k.PeriodOf(req, today)
	return p, err == nil, err
}

// selectRows reads the register in the order asked and keeps the rows that
// pass the filter, and the join span when there is one.
func selectRows(ctx context.Context, src *Sources, k *Kind, req *Request) ([]data.MemberRow, string, error) {
	rows, err := src.Members.MemberRows(ctx)
	if err != nil {
		return nil, "", err
	}
	span, bySpan, err := joinedIn(k, req, src.Now())
	if err != nil {
		return nil, "", err
	}
	note := FilterNote(req.Filter, rows)
	data.SortRows(rows, req.Sort, req.Desc)
	idx := req.Filter.Filter(rows)
	if bySpan {
		kept := idx[:0]
		for _, i := range idx {
			if j := rows[i].JoinDate; !j.Before(span.From) && !j.After(span.To) {
				kept = append(kept, i)
			}
		}
		idx = kept
		note = joinNote(note, "vào công đoàn "+span.Label())
	}
	if req.Sort != data.SortByName || req.Desc {
		note = joinNote(note, sortNote(req.Sort, req.Desc))
	}
	return data.Pick(rows, idx), note, nil
}

func joinNote(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

// FilterNote describes a register filter in words for the list's subtitle:
// "đoàn viên hiện có; bộ phận: Tổ May 1; nữ". The usual list (current members,
// nobody left out) needs no note and gets "".
func FilterNote(f data.MemberFilter, rows []data.MemberRow) string {
	var parts []string
	switch {
	case f.Status != "":
		parts = append(parts, "trạng thái: "+lowerFirst(f.Status.Label()))
	case !f.InUnion:
		parts = append(parts, "mọi trạng thái")
	}
	switch f.Sex {
	case data.SexFemale:
		parts = append(parts, "đoàn viên nữ")
	case data.SexMale:
		parts = append(parts, "đoàn viên nam")
	}
	switch {
	case f.UnitID < 0:
		parts = append(parts, "chưa có bộ phận")
	case f.UnitID > 0:
		for i := range rows {
			if rows[i].UnitID == f.UnitID {
				parts = append(parts, "bộ phận: "+rows[i].UnitName)
				break
			}
		}
	}
	switch {
	case f.ForeignOnly:
		parts = append(parts, "người nước ngoài")
	case f.Nationality != "":
		parts = append(parts, "quốc tịch: "+f.Nationality)
	}
	if s := vn.Clean(f.Search); s != "" {
		parts = append(parts, "tìm: \""+s+"\"")
	}
	return strings.Join(parts, "; ")
}

// sortNote names the order of a list.
func sortNote(col data.SortColumn, desc bool) string {
	title := "họ và tên"
	for _, c := range data.RegisterColumns {
		if c.Sort == col {
			title = lowerFirst(c.Title)
		}
	}
	s := "xếp theo " + title
	if desc {
		s += " (giảm dần)"
	}
	return s
}

// MemberListSubject is the trích yếu of a member list issued on date.
func MemberListSubject(date time.Time) string {
	return "Đoàn viên công đoàn đến ngày " + vn.FormatDate(date)
}

func prepareMemberList(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	rows, note, err := selectRows(ctx, src, k, req)
	if err != nil {
		return nil, err
	}
	if _, err := memberColumns(req.Columns); err != nil {
		return nil, err
	}
	date := req.Date
	if date.IsZero() {
		date = src.Now()
	}
	if note != "" {
		note = "(" + upperFirst(note) + ")"
	}
	subject := MemberListSubject(date)
	return &prepared{subject: subject, build: func(m Meta) (*Document, error) {
		return MemberList(m, MemberListOptions{Columns: req.Columns, Landscape: req.Landscape, FullIDNumber: req.FullIDNumber,
			Subject: subject, Note: note, Progress: func(done, total int) {
				if req.Progress != nil && total > 0 {
					req.Progress(0.1 + 0.75*float64(done)/float64(total))
				}
			}}, rows)
	}}, nil
}

func prepareAdmission(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	var members []data.Member
	var ref string
	if req.ID != 0 {
		m, err := src.Members.Member(ctx, req.ID)
		if err != nil {
			return nil, err
		}
		members, ref = []data.Member{*m}, "member:"+strconv.FormatInt(req.ID, 10)
	} else {
		period, err := k.PeriodOf(req, src.Now())
		if err != nil {
			return nil, err
		}
		admitted, err := admittedIn(ctx, src, period)
		if err != nil {
			return nil, err
		}
		rows, err := src.Members.MemberRows(ctx)
		if err != nil {
			return nil, err
		}
		f := req.Filter
		f.InUnion, f.Status = false, "" // whoever was admitted then, wherever they are now
		for _, i := range f.Filter(rows) {
			if _, ok := admitted[rows[i].ID]; !ok {
				continue
			}
			m, err := src.Members.Member(ctx, rows[i].ID)
			if err != nil {
				return nil, err
			}
			members = append(members, *m)
		}
		ref = "period:" + periodRef(period)
	}
	return &prepared{subject: AdmissionSubject, ref: ref,
		build: func(m Meta) (*Document, error) { return Admission(m, members) }}, nil
}

func prepareCardRequest(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	r := *req
	if r.Filter.Status == "" {
		r.Filter.InUnion = true // cards are for current members
	}
	rows, _, err := selectRows(ctx, src, k, &r)
	if err != nil {
		return nil, err
	}
	// A member has a card once the upper level has approved them in the national
	// software, which gives the mã số đoàn viên (DOMAIN §9).
	kept := rows[:0]
	for _, row := range rows {
		if row.MemberCode == "" {
			kept = append(kept, row)
		}
	}
	return &prepared{subject: CardRequestSubject,
		build: func(m Meta) (*Document, error) { return CardRequest(m, kept, req.FullIDNumber) }}, nil
}

// narrativeTitle is the title of a narrative section.
func narrativeTitle(key string) string {
	for _, s := range data.NarrativeSections {
		if s.Key == key {
			return s.Title
		}
	}
	return key
}
