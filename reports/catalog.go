package reports

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Sources are the services a document's data is read from. The command line
// and the Báo cáo screen both print through Issue, so that the same choices
// give the same document.
type Sources struct {
	Members   data.MemberService
	Profile   data.ProfileService
	Documents data.DocumentService
	// Records keeps conferences, dialogues and agreements; nil leaves their
	// documents unavailable and the periodic reports without their facts.
	Records data.RecordsService
	// Settings holds the rule settings (quorums, pass shares); nil: the defaults.
	Settings data.SettingsService
	Now      func() time.Time
}

// Request is what the chair chose for one document. Zero values mean the
// defaults: the kind's usual year, today's date, the next number, the
// profile's upper level, place and chair, the kind's recipients.
type Request struct {
	Kind string // Kind.Name

	// Year selects the period: the year of a report, or for lists of members
	// those who joined in it. From and To, when both set, give a span instead.
	Year     int
	From, To time.Time

	// Which members and how, for the kinds about members.
	Filter       data.MemberFilter
	Sort         data.SortColumn
	Desc         bool
	Columns      []string // MemberColumns keys
	Landscape    bool
	FullIDNumber bool // print CCCD numbers in full
	NoNotes      bool // leave out the Ghi chú column where no row has a note

	ID int64 // the one record (member, conference, dialogue…) a document is about
	// Members are the people a quyết định kết nạp is about, with ID.
	Members []int64

	// The frame.
	Date   time.Time // ngày ban hành
	Number int       // số; 0: the number it had, or the next free one
	Draft  bool      // no number ("Số: ....../BC-CĐCS") and nothing written in the sổ văn bản đi
	// OutOfOrder confirms a number that breaks the date order of the sổ văn
	// bản đi; without it such a number is refused with data.ECONFIRM.
	OutOfOrder bool
	Deputy     bool // the vice-chair signs "KT. CHỦ TỊCH"
	Copies     int  // originals of a biên bản; 0: the setting (DocumentSettings.MinutesCopies)
	UpperLevel string
	Place      string
	SignerName string
	Recipients []string

	// Progress, when set, is called with the share done, 0 to 1.
	Progress func(float64)
}

// Kind is a document the app prints.
type Kind struct {
	Name        string // on the command line: "annual"
	Title       string // on the Báo cáo screen
	Description string // one line for `report --list` and the Báo cáo screen: no CLI flags here
	Type        data.DocType

	// What the Báo cáo screen asks for.
	Period    bool   // a year or span: the report's period, or who joined in it
	Members   bool   // the register's filter and order, columns, orientation
	IDNumbers bool   // whether CCCD numbers print in full
	Narrative bool   // the chair's texts of the period
	Record    string // what ID names ("đoàn viên", "hội nghị"…), "" when none

	// Of is the record kind the document belongs to, which groups it on the
	// Báo cáo screen and in `report --list`: data.KindMember, data.KindConference …;
	// "" for the union-wide reports.
	Of data.RecordKind

	defaultYear func(today time.Time) int
	recipients  func(p *data.Profile) []string
	choices     func(ctx context.Context, src *Sources, period data.Period) ([]Choice, error)
	prepare     func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error)
}

// Choice is a record a document can be about, for Request.ID.
type Choice struct {
	ID    int64
	Label string
	// New marks, for an admission, someone still a member without a decision:
	// who can go into a new one (Request.Members).
	New bool
}

// prepared is a document whose data has been read: what it will be called,
// how it is known in the sổ văn bản đi, and how to lay it out once the
// number is known.
type prepared struct {
	subject  string
	ref      string       // "" when every printing is a new document
	docType  data.DocType // the type when not the kind's (a list going up under a tờ trình)
	date     time.Time    // the usual date of issue, e.g. a meeting's for its biên bản; zero: today
	warnings []string     // told after printing, e.g. the parts left dotted
	// verdicts are what the records say against the document (a quorum not
	// met, a vote short of the share): told before printing (Check), never
	// printed in it (issue 11 point 3).
	verdicts []string
	build    func(m Meta) (*Document, error)

	// issued is a document issued before (a recorded quyết định kết nạp): it
	// prints with its number and date, and nothing new is recorded.
	issued *issuedDoc
	// admits are the members a new quyết định kết nạp admits: its number and
	// date are recorded on each with the entry (DocumentService.IssueDecision).
	admits []int64
	// unnumbered documents are not the CĐCS's (the hội nghị's own): frame
	// sets their issuer and number, and the sổ văn bản đi does not record them.
	unnumbered bool
	frame      func(m *Meta)
}

// issuedDoc is the number and date a document was issued under.
type issuedDoc struct {
	number string // as recorded: "20/QĐ-CĐCS"
	date   time.Time
}

// Kinds are the documents, in the order the Báo cáo screen and `report --list`
// show them: grouped by what they are about (Groups), the union-wide reports
// first, then the members', then each record kind's in registry order. The
// union-wide and member documents are here; a record kind's documents are
// registered from its own file (Register in records.go), never added here.
var Kinds []*Kind

func init() {
	Register(
		&Kind{Name: "annual", Title: "Báo cáo tổng kết năm", Type: data.DocTypeReport, Period: true, Narrative: true,
			Description: "Báo cáo tổng kết công tác công đoàn năm, kèm biểu thống kê",
			defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareAnnual},
		&Kind{Name: "half-year", Title: "Báo cáo sơ kết 6 tháng", Type: data.DocTypeReport, Period: true, Narrative: true,
			Description: "Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm, kèm biểu thống kê",
			defaultYear: lastYearUntil(time.June), recipients: reportRecipients, prepare: prepareAnnual},
		&Kind{Name: "statistics", Title: "Biểu thống kê", Type: data.DocTypeReport, Period: true, Narrative: true,
			Description: "Biểu thống kê số liệu công đoàn của năm hoặc khoảng thời gian",
			defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareStatistics},
		&Kind{Name: "members", Of: data.KindMember, Title: "Danh sách đoàn viên", Type: data.DocTypeList, Period: true, Members: true, IDNumbers: true,
			Description: "Danh sách đoàn viên theo bộ lọc và thứ tự của sổ, chọn cột, khổ dọc hoặc ngang",
			recipients:  listRecipients, prepare: prepareMemberList},
		&Kind{Name: "admission", Of: data.KindMember, Title: "Quyết định kết nạp đoàn viên", Type: data.DocTypeDecision, Period: true, Record: "đoàn viên",
			Description: "Quyết định kết nạp đoàn viên: cấp mới cho những người chọn, hoặc in lại quyết định đã ghi",
			recipients:  admissionRecipients, choices: admittedChoices, prepare: prepareAdmission},
		&Kind{Name: "card-request", Of: data.KindMember, Title: "Đề nghị cấp thẻ đoàn viên", Type: data.DocTypeList, Period: true,
			Description: "Tờ trình kèm danh sách đề nghị cấp thẻ cho đoàn viên chưa có mã số đoàn viên (in đầy đủ số CCCD)",
			recipients:  listRecipients, prepare: prepareCardRequest},
	)
}

// Register adds documents to the catalog, keeping Kinds grouped (Groups). A
// record kind's file registers its documents from an init function, each with
// Of naming the kind, so that adding a kind never edits this file.
func Register(docs ...*Kind) {
	for _, d := range docs {
		if KindByName(d.Name) != nil {
			panic("reports: two documents named " + d.Name)
		}
	}
	Kinds = append(Kinds, docs...)
	slices.SortStableFunc(Kinds, func(a, b *Kind) int { return groupRank(a.Of) - groupRank(b.Of) })
}

// groupRank orders the groups: the union-wide reports, the members', then the
// record kinds in registry order, then any other kind.
func groupRank(k data.RecordKind) int {
	switch k {
	case "":
		return 0
	case data.KindMember:
		return 1
	}
	for i, info := range data.Kinds() {
		if info.Kind == k {
			return 2 + i
		}
	}
	return 2 + len(data.Kinds())
}

// Group is the documents about one kind of record, as the Báo cáo screen and
// `report --list` show them under a heading.
type Group struct {
	Kind  data.RecordKind // "" for the union-wide reports
	Label string          // the heading: "Báo cáo chung", "Đoàn viên", "Hội nghị người lao động" …
	Docs  []*Kind
}

// Groups returns Kinds grouped by what they are about, in Kinds' order.
func Groups() []Group {
	var gs []Group
	for _, k := range Kinds {
		if len(gs) == 0 || gs[len(gs)-1].Kind != k.Of {
			label := "Báo cáo chung"
			if k.Of != "" {
				label = k.Of.Label()
			}
			gs = append(gs, Group{Kind: k.Of, Label: label})
		}
		gs[len(gs)-1].Docs = append(gs[len(gs)-1].Docs, k)
	}
	return gs
}

// KindByName finds a kind by its command-line name.
func KindByName(name string) *Kind {
	for _, k := range Kinds {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// DefaultYear is the year a kind covers when none is chosen: the annual
// report's year stays the last one until October, when this year's is
// written; the six-month report's until June.
func (k *Kind) DefaultYear(today time.Time) int {
	if k.defaultYear == nil {
		return today.Year()
	}
	return k.defaultYear(today)
}

func lastYearUntil(month time.Month) func(time.Time) int {
	return func(today time.Time) int {
		if today.Month() < month {
			return today.Year() - 1
		}
		return today.Year()
	}
}

// DefaultRecipients is the kind's Nơi nhận for a union (DOMAIN §6 example).
func (k *Kind) DefaultRecipients(p *data.Profile) []string {
	if k.recipients == nil {
		return []string{"Lưu: VT"}
	}
	return k.recipients(p)
}

func upperName(p *data.Profile) string {
	if p.UpperName == "" {
		return "Công đoàn cấp trên"
	}
	return p.UpperName
}

func reportRecipients(p *data.Profile) []string {
	return []string{upperName(p) + " (để báo cáo)", "Ban Chấp hành CĐCS", "Lưu: VT, BCH"}
}

func listRecipients(p *data.Profile) []string {
	return []string{upperName(p), "Lưu: VT"}
}

func conferenceRecipients(p *data.Profile) []string {
	return []string{"Người sử dụng lao động", "Các tổ công đoàn", upperName(p) + " (để báo cáo)", "Lưu: VT"}
}

func noticeRecipients(*data.Profile) []string {
	return []string{"Các tổ công đoàn", "Bảng tin doanh nghiệp", "Lưu: VT"}
}

func admissionRecipients(p *data.Profile) []string {
	return []string{"Như Điều 3", upperName(p) + " (để báo cáo)", "Lưu: VT, hồ sơ đoàn viên"}
}

// PeriodOf is the span a request covers: From..To when both are set, otherwise
// the year (the first half of it for the six-month report).
func (k *Kind) PeriodOf(req *Request, today time.Time) (data.Period, error) {
	if !req.From.IsZero() || !req.To.IsZero() {
		p := data.CustomPeriod(req.From, req.To)
		if req.From.IsZero() || req.To.IsZero() {
			return p, data.Errorf(data.EINVALID, "period", "Cần cả ngày bắt đầu và ngày kết thúc")
		}
		return p, p.Validate()
	}
	year := req.Year
	if year == 0 {
		year = k.DefaultYear(today)
	}
	if year < 1990 || year > 9999 {
		return data.Period{}, data.Errorf(data.EINVALID, "year", "Năm %d không hợp lệ", year)
	}
	if k.Name == "half-year" {
		return data.HalfYearPeriod(year), nil
	}
	return data.YearPeriod(year), nil
}

// periodRef names a period in the sổ văn bản đi: "2026", "2026-H1", or the span.
func periodRef(p data.Period) string {
	switch {
	case p.IsYear():
		return strconv.Itoa(p.Year)
	case p.IsHalf():
		return strconv.Itoa(p.Year) + "-H1"
	}
	return vn.ISO(p.From) + ".." + vn.ISO(p.To)
}

// Result is what Issue made.
type Result struct {
	Doc      data.OutgoingDoc // the entry in the sổ văn bản đi; zero for a draft or a document not the CĐCS's
	Number   string           // the số, ký hiệu as printed
	Reprint  bool             // a document issued before, printed again as it was (a recorded decision)
	Pages    int              // of the PDF; 0 for a Word file, which Word lays out
	Warnings []string         // e.g. the report's parts the chair has not written yet
}

// Issue prints one document to path, a PDF or, for a .docx path, a Word file: it reads the data, takes the number
// (the one this document had, or the next free one), lays the document out,
// writes it beside path and records it in the sổ văn bản đi, then moves it
// into place. Nothing is recorded when writing fails, and no file appears when
// recording fails.
func Issue(ctx context.Context, src Sources, req Request, path string) (*Result, error) {
	progress := func(f float64) {
		if req.Progress != nil {
			req.Progress(f)
		}
	}
	progress(0)
	if req.OutOfOrder {
		ctx = data.Confirmed(ctx)
	}
	k, p, prep, err := prepareRequest(ctx, &src, &req)
	if err != nil {
		return nil, err
	}
	progress(0.1)

	doc := data.OutgoingDoc{Type: k.Type, Number: req.Number, Subject: prep.subject, Kind: k.Name, Ref: prep.ref}
	if prep.docType != "" {
		doc.Type = prep.docType
	}
	var earlier *data.OutgoingDoc // this same document, issued before
	if !req.Draft && prep.ref != "" && prep.issued == nil {
		docs, err := src.Documents.OutgoingDocs(ctx, 0)
		if err != nil {
			return nil, err
		}
		if l := data.LatestDoc(docs, doc.Kind, doc.Ref); l != nil && l.Type == doc.Type {
			earlier = l
		}
	}
	date := req.Date
	switch {
	case prep.issued != nil:
		date = prep.issued.date // a document issued before prints as it was; zero: dotted
	case earlier != nil && date.IsZero() && (req.Number == 0 || req.Number == earlier.Number):
		// Printing it again keeps its number and its date (issue 11 point 2).
		date = earlier.Date
	case date.IsZero():
		// The record's own day (a meeting's, for its biên bản), if it is past.
		date = prep.date
		if date.IsZero() || date.After(src.Now()) {
			date = src.Now()
		}
	}
	if !date.IsZero() {
		date = vn.Day(date)
	}
	doc.Date = date
	m := MetaFromProfile(p, date, req.Deputy)
	if err := signFromCadres(ctx, &src, &m, date); err != nil {
		return nil, err
	}
	for _, o := range []struct {
		to *string
		v  string
	}{
		{&m.UpperLevel, req.UpperLevel}, {&m.Place, req.Place}, {&m.Signer.Name, req.SignerName},
	} {
		if v := vn.Clean(o.v); v != "" {
			*o.to = v
		}
	}
	m.Recipients = req.Recipients
	if m.Recipients == nil {
		m.Recipients = k.DefaultRecipients(p)
	}
	if prep.frame != nil {
		prep.frame(&m)
	}

	record := !req.Draft && prep.issued == nil && !prep.unnumbered
	switch {
	case prep.issued != nil:
		m.Number = prep.issued.number
		if !req.Date.IsZero() && !vn.Day(req.Date).Equal(prep.issued.date) || req.Number != 0 {
			return nil, data.Errorf(data.EINVALID, "date", "Quyết định số %s đã ban hành ngày %s: in lại giữ nguyên số và ngày",
				prep.issued.number, vn.FormatDate(prep.issued.date))
		}
	case prep.unnumbered:
		// Numbered by prep.frame, outside the sổ văn bản đi.
	case req.Draft:
		doc.Normalize()
		m.Number = "......./" + doc.Symbol // the type and issuer stay printed (issue 11 point 8)
	default:
		if err := number(ctx, src.Documents, &doc, earlier); err != nil {
			return nil, err
		}
		if err := checkOrder(ctx, src.Documents, &doc); err != nil {
			return nil, err
		}
		m.Number = doc.NumberText()
	}
	d, err := prep.build(m)
	if err != nil {
		return nil, err
	}
	word := IsDOCX(path)
	if req.NoNotes {
		d.DropEmptyNotes()
	}
	pages := 0
	if !word {
		pages = d.PageCount() // lays the pages out, moving the progress bar
	}
	progress(0.85)
	var recordFn func() error
	if record {
		recordFn = func() error {
			if len(prep.admits) > 0 {
				return src.Documents.IssueDecision(ctx, &doc, prep.admits)
			}
			return src.Documents.IssueDoc(ctx, &doc)
		}
	}
	if err := writeAndRecord(d, path, recordFn); err != nil {
		return nil, err
	}
	progress(1)
	res := &Result{Pages: pages, Warnings: append(slices.Clone(prep.verdicts), prep.warnings...)}
	if record {
		res.Doc = doc
	}
	res.Number, res.Reprint = m.Number, prep.issued != nil
	return res, nil
}

// Check reads what a document would print and returns what the chair must be
// told before printing it: the legal verdicts the records allow, which the
// document does not state (issue 11 point 3). Nothing is written.
func Check(ctx context.Context, src Sources, req Request) ([]string, error) {
	_, _, prep, err := prepareRequest(ctx, &src, &req)
	if err != nil {
		return nil, err
	}
	return prep.verdicts, nil
}

// prepareRequest finds the kind, reads the profile and the document's data.
func prepareRequest(ctx context.Context, src *Sources, req *Request) (*Kind, *data.Profile, *prepared, error) {
	k := KindByName(req.Kind)
	if k == nil {
		return nil, nil, nil, data.Errorf(data.EINVALID, "kind", "Không có loại văn bản \"%s\"", req.Kind)
	}
	if src.Now == nil {
		src.Now = time.Now
	}
	p, err := src.Profile.Profile(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	prep, err := k.prepare(ctx, k, src, req, p)
	return k, p, prep, err
}

// number gives doc its number before it is laid out: the one asked for, the
// one this same document had (earlier), or the next free one.
func number(ctx context.Context, ds data.DocumentService, doc *data.OutgoingDoc, earlier *data.OutgoingDoc) error {
	doc.Normalize()
	if doc.Number != 0 {
		return nil
	}
	if earlier != nil && earlier.Year == doc.Year {
		doc.Number, doc.Symbol = earlier.Number, earlier.Symbol
		return nil
	}
	n, err := ds.NextDocNumber(ctx, doc.Year, doc.Type)
	doc.Number = n
	return err
}

// checkOrder refuses, until the chair confirms (Request.OutOfOrder), a
// number that would break the date order of its type and year in the sổ văn
// bản đi: a lower number dated later, or a higher one dated earlier (issue 11
// point 2). The store checks again when it records.
func checkOrder(ctx context.Context, ds data.DocumentService, doc *data.OutgoingDoc) error {
	if data.IsConfirmed(ctx) {
		return nil
	}
	docs, err := ds.OutgoingDocs(ctx, doc.Year)
	if err != nil {
		return err
	}
	return data.CheckDocOrder(docs, doc)
}

// IsDOCX reports whether path names a Word file (.docx), which Issue
// writes instead of a PDF.
func IsDOCX(path string) bool {
	return strings.EqualFold(filepath.Ext(path), ".docx")
}

// writeAndRecord writes d (a PDF, or Word by path's extension) to a
// temporary file beside path, records it (when record is set), then renames
// the file to path.
func writeAndRecord(d *Document, path string, record func() error) error {
	output, ext := d.Output, ".pdf"
	if IsDOCX(path) {
		output, ext = d.OutputDOCX, ".docx"
	}
	fail := func(err error) error { return data.Internal(err, "ghi tệp "+ext) }
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &data.Error{Code: data.EINVALID, Message: "Không tạo được thư mục " + dir, Err: err}
	}
	f, err := os.CreateTemp(dir, ".socongdoan-*"+ext)
	if err != nil {
		return &data.Error{Code: data.EINVALID, Message: "Không ghi được vào thư mục " + dir, Err: err}
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	bw := bufio.NewWriterSize(f, 1<<20)
	err = output(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if record != nil {
		if err := record(); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	return nil
}
