package reports

// What each kind of document reads before it is laid out: the period's facts,
// the chosen members, the chair's texts.

import (
	"context"
	"encoding/binary"
	"hash/fnv"
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
	cadres, err := data.Cadres.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	courses, err := data.Courses.Store(src.Records).List(ctx)
	if err != nil {
		return f, nil, err
	}
	if len(cadres) > 0 || len(courses) > 0 { // issue 14 point 4: the records, not a typed figure
		st := data.ComputeTrainingStats(cadres, courses, rs.Training, period.From, period.To)
		f.Records.Training = &st
	}
	if err := gatherFinance(ctx, src, &f, rs); err != nil { // issue 13 point 9
		return f, nil, err
	}
	if err := gatherYear(ctx, src, &f); err != nil { // issue 14 point 7
		return f, nil, err
	}
	return f, bargs, nil
}

// ruleSettings are the chair's rule settings, or the defaults.
func ruleSettings(ctx context.Context, src *Sources) (data.RuleSettings, error) {
	if src.Settings == nil {
		return data.DefaultRuleSettings(), nil
	}
	return data.LoadRuleSettings(ctx, src.Settings)
}

// docSettings are the chair's document settings, with the request's own
// choices over them.
func docSettings(ctx context.Context, src *Sources, req *Request) (data.DocumentSettings, error) {
	ds, err := data.LoadDocumentSettings(ctx, src.Settings)
	if req.Copies > 0 {
		ds.MinutesCopies = req.Copies
	}
	return ds, err
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
	if err == nil {
		err = checkFigures(narr)
	}
	return period, facts, narr, err
}

// figureWarnings tell the chair where the records override a figure she typed.
func figureWarnings(f *data.AnnualFacts, n data.Narrative) []string {
	// Every disagreement is listed: a meal warning used to return alone and hide the
	// finance and training ones (review, issue 14 point 7).
	var out []string
	typed, ok, _ := n.Figure(data.FigMeal)
	if meal := f.Records.Meal; meal > 0 && ok && typed != meal {
		out = append(out, "Giá trị bữa ăn giữa ca in theo thỏa ước lao động tập thể: "+count64(meal)+
			" đồng/suất (số đã nhập: "+count64(typed)+")")
	}
	out = append(out, financeWarnings(f, n)...)
	return append(out, trainedWarning(f, n)...)
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
	if facts.Records.Finance != nil { // the books write II.5's figures
		missing = slices.DeleteFunc(missing, func(t string) bool { return t == narrativeTitle(data.NarrInspection) })
	}
	// The records write II.4's and II.6's first paragraph when they hold something.
	for key, auto := range map[string][]string{data.NarrWomen: womenFacts(&facts), data.NarrEmulation: emulationFacts(&facts)} {
		if len(auto) > 0 {
			missing = slices.DeleteFunc(missing, func(t string) bool { return t == narrativeTitle(key) })
		}
	}
	if len(missing) > 0 {
		warnings = append(warnings, "Chưa viết (in dòng chấm để điền tay): "+strings.Join(missing, "; "))
	}
	warnings = append(warnings, figureWarnings(&facts, narr)...)
	return &prepared{subject: AnnualSubject(period), ref: periodRef(period), warnings: warnings,
		build: func(m Meta) (*Document, error) { return Annual(m, facts, narr) }}, nil
}

func prepareStatistics(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	period, facts, narr, err := periodFacts(ctx, k, src, req, p)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: StatisticsSubject(period), ref: periodRef(period), warnings: figureWarnings(&facts, narr),
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
	// The list "đến ngày" a day: the same people that day are the same list.
	ref := "list:" + vn.ISO(date) + ":" + rowsRef(rows)
	return &prepared{subject: subject, ref: ref, build: func(m Meta) (*Document, error) {
		return MemberList(m, MemberListOptions{Columns: req.Columns, Landscape: req.Landscape, FullIDNumber: req.FullIDNumber,
			Subject: subject, Note: note, Progress: func(done, total int) {
				if req.Progress != nil && total > 0 {
					req.Progress(0.1 + 0.75*float64(done)/float64(total))
				}
			}}, rows)
	}}, nil
}

// prepareAdmission is the quyết định kết nạp of the members chosen (Request.ID
// or Members), or of the period's new admissions when none is chosen. A
// decision is issued once (issue 11 point 1): members who have a recorded
// decision print that decision, with its number and date; the others get a
// new one, whose number and date are recorded on each of them with the entry
// in the sổ văn bản đi. Nobody out of the union is ever in a new decision.
func prepareAdmission(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	ids := slices.Clone(req.Members)
	if req.ID != 0 && !slices.Contains(ids, req.ID) {
		ids = append([]int64{req.ID}, ids...)
	}
	var members []data.Member
	if len(ids) > 0 {
		for _, id := range ids {
			m, err := src.Members.Member(ctx, id)
			if err != nil {
				return nil, err
			}
			members = append(members, *m)
		}
	} else {
		period, err := k.PeriodOf(req, src.Now())
		if err != nil {
			return nil, err
		}
		cands, err := admissionCandidates(ctx, src, period, req.Filter)
		if err != nil {
			return nil, err
		}
		for _, m := range cands {
			if m.DecisionNumber == "" && m.Status.InUnion() {
				members = append(members, m)
			}
		}
		if len(members) == 0 {
			return nil, data.Errorf(data.EINVALID, "", "Không có ai kết nạp %s còn sinh hoạt mà chưa có quyết định kết nạp; "+
				"để in lại một quyết định đã có, chọn người có tên trong quyết định đó", period.Label())
		}
	}
	if members[0].DecisionNumber != "" {
		return reprintAdmission(ctx, src, members)
	}
	var refused []string
	for i := range members {
		mb := &members[i]
		switch {
		case mb.DecisionNumber != "":
			refused = append(refused, mb.FullName()+" đã có quyết định số "+mb.DecisionNumber)
		case !mb.Status.InUnion():
			refused = append(refused, mb.FullName()+" không còn sinh hoạt ("+lowerFirst(mb.Status.Label())+")")
		case mb.JoinKind == data.JoinTransferred:
			refused = append(refused, mb.FullName()+" chuyển sinh hoạt đến, không kết nạp")
		}
	}
	if len(refused) > 0 {
		return nil, data.Errorf(data.EINVALID, "members", "Không đưa vào quyết định kết nạp mới: %s", strings.Join(refused, "; "))
	}
	admits := make([]int64, len(members))
	for i := range members {
		admits[i] = members[i].ID
	}
	return &prepared{subject: AdmissionSubject, ref: admissionRef(admits), admits: admits,
		build: func(m Meta) (*Document, error) { return Admission(m, members) }}, nil
}

// admissionRef names a new decision by whom it admits, in the sổ văn bản đi,
// so that its reprint finds them all: "members:3,5,8".
func admissionRef(ids []int64) string {
	ids = slices.Clone(ids)
	slices.Sort(ids)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return "members:" + strings.Join(parts, ",")
}

// reprintAdmission prints the recorded decision of members[0] again, as it
// was issued: its number and date, and everyone it admitted when the app
// issued it (its entry names them); a decision typed into a member's record
// prints with the members chosen who hold the same number.
func reprintAdmission(ctx context.Context, src *Sources, chosen []data.Member) (*prepared, error) {
	first := &chosen[0]
	for i := range chosen[1:] {
		mb := &chosen[i+1]
		if mb.DecisionNumber != first.DecisionNumber || !mb.DecisionDate.Equal(first.DecisionDate) {
			return nil, data.Errorf(data.EINVALID, "members",
				"%s thuộc quyết định số %s, %s thuộc %s: mỗi lần in một quyết định; chọn những người cùng một quyết định, hoặc những người chưa có quyết định",
				first.FullName(), first.DecisionNumber, mb.FullName(), decisionOf(mb))
		}
	}
	members := chosen
	var warnings []string
	entry, err := decisionEntry(ctx, src, first)
	if err != nil {
		return nil, err
	}
	if entry != nil {
		members = nil
		for _, s := range strings.Split(strings.TrimPrefix(entry.Ref, "members:"), ",") {
			id, err := strconv.ParseInt(s, 10, 64)
			if err != nil {
				continue
			}
			m, err := src.Members.Member(ctx, id)
			if data.ErrorCode(err) == data.ENOTFOUND {
				continue // in the trash since
			}
			if err != nil {
				return nil, err
			}
			if m.DecisionNumber == first.DecisionNumber {
				members = append(members, *m)
			}
		}
	} else {
		warnings = append(warnings, "Quyết định số "+first.DecisionNumber+" được ghi tay trong hồ sơ đoàn viên, không có trong sổ văn bản đi: "+
			"bản in lại chỉ ghi những người đã chọn.")
	}
	if first.DecisionDate.IsZero() {
		warnings = append(warnings, "Hồ sơ chưa ghi ngày của quyết định số "+first.DecisionNumber+": ngày in dòng chấm để điền tay.")
	}
	return &prepared{subject: AdmissionSubject, warnings: warnings,
		issued: &issuedDoc{number: first.DecisionNumber, date: first.DecisionDate},
		build:  func(m Meta) (*Document, error) { return Admission(m, members) }}, nil
}

// decisionOf names a member's decision in a message.
func decisionOf(m *data.Member) string {
	if m.DecisionNumber == "" {
		return "chưa có quyết định"
	}
	return "quyết định số " + m.DecisionNumber
}

// decisionEntry is the entry of the sổ văn bản đi that issued m's decision, if
// the app issued it.
func decisionEntry(ctx context.Context, src *Sources, m *data.Member) (*data.OutgoingDoc, error) {
	if m.DecisionDate.IsZero() {
		return nil, nil
	}
	docs, err := src.Documents.OutgoingDocs(ctx, m.DecisionDate.Year())
	if err != nil {
		return nil, err
	}
	for i := range docs {
		d := &docs[i]
		if d.Kind == "admission" && d.Type == data.DocTypeDecision && d.NumberText() == m.DecisionNumber &&
			strings.HasPrefix(d.Ref, "members:") {
			return d, nil
		}
	}
	return nil, nil
}

// admissionCandidates are the members admitted (or readmitted) in the period
// who pass the filter's unit, sex and nationality, whatever their status now,
// in register order, each with every field.
func admissionCandidates(ctx context.Context, src *Sources, period data.Period, filter data.MemberFilter) ([]data.Member, error) {
	admitted, err := admittedIn(ctx, src, period)
	if err != nil {
		return nil, err
	}
	rows, err := src.Members.MemberRows(ctx)
	if err != nil {
		return nil, err
	}
	f := filter
	f.InUnion, f.Status = false, ""
	var out []data.Member
	for _, i := range f.Filter(rows) {
		if _, ok := admitted[rows[i].ID]; !ok {
			continue
		}
		m, err := src.Members.Member(ctx, rows[i].ID)
		if err != nil {
			return nil, err
		}
		out = append(out, *m)
	}
	return out, nil
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
	ds, err := docSettings(ctx, src, req)
	if err != nil {
		return nil, err
	}
	return &prepared{subject: CardRequestSubject, ref: "card:" + rowsRef(kept), docType: ds.CardRequestCover,
		build: func(m Meta) (*Document, error) { return CardRequest(m, kept, ds.CardRequestCover) }}, nil
}

// rowsRef names a list by who is on it, in its order, for the sổ văn bản đi:
// printing the same people again is the same document and keeps its number
// (issue 11 point 2); another choice of columns or paper is still the same list.
func rowsRef(rows []data.MemberRow) string {
	h := fnv.New64a()
	var b [8]byte
	for i := range rows {
		binary.LittleEndian.PutUint64(b[:], uint64(rows[i].ID))
		h.Write(b[:])
	}
	return strconv.Itoa(len(rows)) + "-" + strconv.FormatUint(h.Sum64(), 36)
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
