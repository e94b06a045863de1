package reports

// The documents about one record of the records issue (a conference, a
// dialogue, a representative list, an agreement): which records a request can
// name, and what each document reads.

import (
	"context"
	"slices"
	"strconv"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Choices lists the records a document of this kind can be about in the
// request's period, newest first (for admission: the people admitted). An ID
// of 0 in the request means the newest (for admission: all of them).
func (k *Kind) Choices(ctx context.Context, src Sources, req Request) ([]Choice, error) {
	if k.choices == nil {
		return nil, nil
	}
	if src.Now == nil {
		src.Now = time.Now
	}
	period, err := k.PeriodOf(&req, src.Now())
	if err != nil {
		return nil, err
	}
	return k.choices(ctx, &src, period)
}

// pickRecord is the record a request is about: its ID, or the newest of the period.
func pickRecord(ctx context.Context, k *Kind, src *Sources, req *Request) (int64, error) {
	if src.Records == nil {
		return 0, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ hội nghị, đối thoại, thỏa ước"}
	}
	if req.ID != 0 {
		return req.ID, nil
	}
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return 0, err
	}
	cs, err := k.choices(ctx, src, period)
	if err != nil {
		return 0, err
	}
	if len(cs) == 0 {
		return 0, data.Errorf(data.EINVALID, "id", "Không có %s nào trong %s", k.Record, period.Label())
	}
	return cs[0].ID, nil
}

// inPeriod reports whether t is a day of p.
func inPeriod(t time.Time, p data.Period) bool {
	return !t.IsZero() && !t.Before(p.From) && !t.After(p.To)
}

// dated is a record with the day that orders it, for the choices.
type dated struct {
	Choice
	day time.Time
}

// newestFirst sorts the records newest first and returns their choices.
func newestFirst(ds []dated) []Choice {
	slices.SortStableFunc(ds, func(a, b dated) int { return b.day.Compare(a.day) })
	out := make([]Choice, len(ds))
	for i, d := range ds {
		out[i] = d.Choice
	}
	return out
}

// admittedIn maps the members admitted or readmitted in the period to the day.
func admittedIn(ctx context.Context, src *Sources, period data.Period) (map[int64]time.Time, error) {
	events, err := src.Documents.MemberEventsBetween(ctx, period.From, period.To)
	if err != nil {
		return nil, err
	}
	admitted := map[int64]time.Time{}
	for _, e := range events {
		if e.Kind == data.EventAdmitted || e.Kind == data.EventReadmitted {
			admitted[e.MemberID] = e.Date
		}
	}
	return admitted, nil
}

// admittedChoices are the people admitted in the period: those with a
// recorded decision (to print it again), and those still in the union without
// one (for a new decision). Those who left without a decision are not offered.
func admittedChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	cands, err := admissionCandidates(ctx, src, period, data.MemberFilter{})
	if err != nil {
		return nil, err
	}
	admitted, err := admittedIn(ctx, src, period)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for i := range cands {
		m := &cands[i]
		d := admitted[m.ID]
		label := m.FullName() + " — kết nạp " + vn.FormatDate(d)
		fresh := false
		switch {
		case m.DecisionNumber != "":
			label += ", " + decisionOf(m)
			if !m.DecisionDate.IsZero() {
				label += " ngày " + vn.FormatDate(m.DecisionDate)
			}
		case m.Status.InUnion():
			label += ", chưa có quyết định"
			fresh = true
		default:
			continue
		}
		ds = append(ds, dated{Choice{ID: m.ID, Label: label, New: fresh}, d})
	}
	return newestFirst(ds), nil
}

func conferenceChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	cs, err := data.Conferences.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, c := range cs {
		day := c.Date
		if day.IsZero() {
			day = time.Date(c.Year, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		if period.IsYear() && c.Year == period.Year || inPeriod(c.Date, period) {
			label := c.Title()
			if !c.Date.IsZero() && !c.Extraordinary {
				label += " (" + vn.FormatDate(c.Date) + ")"
			}
			ds = append(ds, dated{Choice{ID: c.ID, Label: label}, day})
		}
	}
	return newestFirst(ds), nil
}

// dialogueDay is the day a dialogue is known by: held, or asked for.
func dialogueDay(d *data.Dialogue) time.Time {
	if d.Date.IsZero() {
		return d.RequestDate
	}
	return d.Date
}

func dialogueChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	dls, err := data.Dialogues.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for i := range dls {
		d := &dls[i]
		if day := dialogueDay(d); inPeriod(day, period) {
			ds = append(ds, dated{Choice{ID: d.ID, Label: d.Title()}, day})
		}
	}
	return newestFirst(ds), nil
}

func repListChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	ls, err := data.RepLists.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, l := range ls {
		if !l.From.After(period.To) && !l.To.Before(period.From) {
			ds = append(ds, dated{Choice{ID: l.ID, Label: l.Title()}, l.From})
		}
	}
	return newestFirst(ds), nil
}

// agreementDay is the day an agreement's vote is known by: the vote, or the signing.
func agreementDay(a *data.Agreement) time.Time {
	if a.VoteDate.IsZero() {
		return a.Signed
	}
	return a.VoteDate
}

func agreementChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	as, err := data.Agreements.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for i := range as {
		a := &as[i]
		if day := agreementDay(a); inPeriod(day, period) {
			ds = append(ds, dated{Choice{ID: a.ID, Label: a.Name()}, day})
		}
	}
	return newestFirst(ds), nil
}

func prepareConference(resolution bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		id, err := pickRecord(ctx, k, src, req)
		if err != nil {
			return nil, err
		}
		c, err := data.Conferences.Store(src.Records).Get(ctx, id)
		if err != nil {
			return nil, err
		}
		rs, err := ruleSettings(ctx, src)
		if err != nil {
			return nil, err
		}
		build := func(m Meta) (*Document, error) { return ConferenceMinutes(m, p, c, rs) }
		if resolution {
			build = func(m Meta) (*Document, error) { return ConferenceResolution(m, p, c, rs) }
		}
		ds, err := docSettings(ctx, src, req)
		if err != nil {
			return nil, err
		}
		typ := data.DocTypeMinutes
		if resolution {
			typ = data.DocTypeResolution
		}
		// The hội nghị's own documents: its header, its own number (each
		// conference makes one biên bản and one nghị quyết; the ký hiệu is the
		// setting DocumentSettings.ConferenceSymbol), and no entry in the
		// CĐCS's sổ văn bản đi (issue 11 point 9).
		frame := func(m *Meta) {
			m.UpperLevel, m.Issuer = "", ConferenceIssuer(p)
			m.Number = data.FormatDocNumber(1, string(typ)+"-"+ds.ConferenceSymbol)
		}
		var warnings []string
		if c.Chair == "" {
			warnings = append(warnings, "Chưa ghi chủ tọa hội nghị: tên in dòng chấm để điền tay.")
		}
		return &prepared{subject: ConferenceSubject(c), date: c.Date, unnumbered: true, frame: frame,
			verdicts: ConferenceWarnings(c, rs), warnings: warnings, build: build}, nil
	}
}

func prepareDialogue(notice bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		id, err := pickRecord(ctx, k, src, req)
		if err != nil {
			return nil, err
		}
		dl, err := data.Dialogues.Store(src.Records).Get(ctx, id)
		if err != nil {
			return nil, err
		}
		ref := "dialogue:" + strconv.FormatInt(id, 10)
		if notice {
			date := dl.Informed
			if date.IsZero() {
				date = dl.Posted
			}
			return &prepared{subject: DialogueNoticeSubject(dl), ref: ref, date: date, verdicts: DialogueWarnings(dl),
				build: func(m Meta) (*Document, error) { return DialogueNotice(m, p, dl) }}, nil
		}
		ds, err := docSettings(ctx, src, req)
		if err != nil {
			return nil, err
		}
		return &prepared{subject: DialogueSubject(dl), ref: ref, date: dl.Date, verdicts: DialogueWarnings(dl),
			build: func(m Meta) (*Document, error) { return DialogueMinutes(m, p, dl, ds.MinutesCopies) }}, nil
	}
}

func prepareRepList(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	l, err := data.RepLists.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: RepListSubject, ref: "replist:" + strconv.FormatInt(id, 10), date: l.Announced,
		build: func(m Meta) (*Document, error) { return RepListNotice(m, p, l) }}, nil
}

func prepareAgreementVote(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	a, err := data.Agreements.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	ds, err := docSettings(ctx, src, req)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: AgreementVoteSubject, ref: "agreement:" + strconv.FormatInt(id, 10), date: a.VoteDate,
		verdicts: AgreementVoteWarnings(a),
		build:    func(m Meta) (*Document, error) { return AgreementVote(m, p, a, ds.MinutesCopies) }}, nil
}

func prepareAgreementReport(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	if src.Records == nil {
		return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ hội nghị, đối thoại, thỏa ước"}
	}
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return nil, err
	}
	facts, bargs, err := gatherFacts(ctx, src, p, period) // the rounds read once, for the facts and the list
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(bargs, func(a, b data.Bargaining) int { return a.RequestDate.Compare(b.RequestDate) })
	return &prepared{subject: AgreementReportSubject(period), ref: periodRef(period),
		build: func(m Meta) (*Document, error) { return AgreementReport(m, facts, bargs) }}, nil
}

// The documents of the record kinds of DOMAIN §1–§3, grouped under their kind
// (Kind.Of) on the Báo cáo screen and in `report --list`.
func init() {
	Register(
		&Kind{Name: "conference-minutes", Of: data.KindConference, Title: "Biên bản hội nghị người lao động", Type: data.DocTypeMinutes, Period: true, Record: "hội nghị",
			Description: "Biên bản hội nghị người lao động: hội nghị chọn, hoặc hội nghị mới nhất của năm",
			recipients:  conferenceRecipients, choices: conferenceChoices, prepare: prepareConference(false)},
		&Kind{Name: "conference-resolution", Of: data.KindConference, Title: "Nghị quyết hội nghị người lao động", Type: data.DocTypeResolution, Period: true, Record: "hội nghị",
			Description: "Nghị quyết hội nghị người lao động: các nội dung đã được thông qua",
			recipients:  conferenceRecipients, choices: conferenceChoices, prepare: prepareConference(true)},
		&Kind{Name: "dialogue-minutes", Of: data.KindDialogue, Title: "Biên bản đối thoại tại nơi làm việc", Type: data.DocTypeMinutes, Period: true, Record: "đối thoại",
			Description: "Biên bản đối thoại tại nơi làm việc: cuộc đối thoại chọn, hoặc cuộc mới nhất của năm",
			choices:     dialogueChoices, prepare: prepareDialogue(false)},
		&Kind{Name: "dialogue-notice", Of: data.KindDialogue, Title: "Thông báo nội dung chính của đối thoại", Type: data.DocTypeNotice, Period: true, Record: "đối thoại",
			Description: "Thông báo nội dung chính của cuộc đối thoại đến đoàn viên, người lao động",
			recipients:  noticeRecipients, choices: dialogueChoices, prepare: prepareDialogue(true)},
		&Kind{Name: "dialogue-representatives", Of: data.KindRepList, Title: "Thông báo danh sách đại diện đối thoại", Type: data.DocTypeNotice, Period: true, Record: "danh sách đại diện",
			Description: "Thông báo danh sách thành viên đại diện đối thoại của bên người lao động",
			recipients:  conferenceRecipients, choices: repListChoices, prepare: prepareRepList},
		&Kind{Name: "agreement-vote", Of: data.KindAgreement, Title: "Biên bản tổng hợp biểu quyết dự thảo thỏa ước", Type: data.DocTypeMinutes, Period: true, Record: "thỏa ước",
			Description: "Biên bản tổng hợp kết quả biểu quyết dự thảo thỏa ước lao động tập thể",
			choices:     agreementChoices, prepare: prepareAgreementVote},
		&Kind{Name: "agreement-report", Of: data.KindAgreement, Title: "Báo cáo thương lượng và thực hiện thỏa ước", Type: data.DocTypeReport, Period: true,
			Description: "Báo cáo tình hình thương lượng tập thể và thực hiện thỏa ước lao động tập thể gửi cấp trên",
			defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareAgreementReport},
	)
}
