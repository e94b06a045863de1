package reports

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
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

	ID int64 // the one record (member, conference, dialogue…) a document is about

	// The frame.
	Date       time.Time // ngày ban hành
	Number     int       // số; 0: the number it had, or the next free one
	Draft      bool      // no number ("Số: ......") and nothing written in the sổ văn bản đi
	Deputy     bool      // the vice-chair signs "KT. CHỦ TỊCH"
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

	defaultYear func(today time.Time) int
	recipients  func(p *data.Profile) []string
	choices     func(ctx context.Context, src *Sources, period data.Period) ([]Choice, error)
	prepare     func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error)
}

// Choice is a record a document can be about, for Request.ID.
type Choice struct {
	ID    int64
	Label string
}

// prepared is a document whose data has been read: what it will be called,
// how it is known in the sổ văn bản đi, and how to lay it out once the
// number is known.
type prepared struct {
	subject  string
	ref      string    // "" when every printing is a new document
	date     time.Time // the usual date of issue, e.g. a meeting's for its biên bản; zero: today
	warnings []string
	build    func(m Meta) (*Document, error)
}

// Kinds are the documents, in the order the Báo cáo screen lists them.
var Kinds = []*Kind{
	{Name: "annual", Title: "Báo cáo tổng kết năm", Type: data.DocTypeReport, Period: true, Narrative: true,
		Description: "Báo cáo tổng kết công tác công đoàn năm, kèm biểu thống kê",
		defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareAnnual},
	{Name: "half-year", Title: "Báo cáo sơ kết 6 tháng", Type: data.DocTypeReport, Period: true, Narrative: true,
		Description: "Báo cáo sơ kết công tác công đoàn 6 tháng đầu năm, kèm biểu thống kê",
		defaultYear: lastYearUntil(time.June), recipients: reportRecipients, prepare: prepareAnnual},
	{Name: "statistics", Title: "Biểu thống kê", Type: data.DocTypeReport, Period: true, Narrative: true,
		Description: "Biểu thống kê số liệu công đoàn của năm hoặc khoảng thời gian",
		defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareStatistics},
	{Name: "members", Title: "Danh sách đoàn viên", Type: data.DocTypeList, Period: true, Members: true, IDNumbers: true,
		Description: "Danh sách đoàn viên theo bộ lọc và thứ tự của sổ, chọn cột, khổ dọc hoặc ngang",
		recipients:  listRecipients, prepare: prepareMemberList},
	{Name: "admission", Title: "Quyết định kết nạp đoàn viên", Type: data.DocTypeDecision, Period: true, Record: "đoàn viên",
		Description: "Quyết định kết nạp một đoàn viên hoặc những người kết nạp trong năm/khoảng thời gian",
		recipients:  admissionRecipients, choices: admittedChoices, prepare: prepareAdmission},
	{Name: "card-request", Title: "Danh sách đề nghị cấp thẻ đoàn viên", Type: data.DocTypeList, Period: true, IDNumbers: true,
		Description: "Danh sách đề nghị cấp thẻ cho đoàn viên chưa có mã số đoàn viên",
		recipients:  listRecipients, prepare: prepareCardRequest},
	{Name: "conference-minutes", Title: "Biên bản hội nghị người lao động", Type: data.DocTypeMinutes, Period: true, Record: "hội nghị",
		Description: "Biên bản hội nghị người lao động đã chọn (mặc định: hội nghị mới nhất của năm)",
		recipients:  conferenceRecipients, choices: conferenceChoices, prepare: prepareConference(false)},
	{Name: "conference-resolution", Title: "Nghị quyết hội nghị người lao động", Type: data.DocTypeResolution, Period: true, Record: "hội nghị",
		Description: "Nghị quyết hội nghị người lao động: các nội dung đã được thông qua",
		recipients:  conferenceRecipients, choices: conferenceChoices, prepare: prepareConference(true)},
	{Name: "dialogue-minutes", Title: "Biên bản đối thoại tại nơi làm việc", Type: data.DocTypeMinutes, Period: true, Record: "đối thoại",
		Description: "Biên bản cuộc đối thoại tại nơi làm việc đã chọn (mặc định: cuộc mới nhất của năm)",
		choices:     dialogueChoices, prepare: prepareDialogue(false)},
	{Name: "dialogue-notice", Title: "Thông báo nội dung chính của đối thoại", Type: data.DocTypeNotice, Period: true, Record: "đối thoại",
		Description: "Thông báo nội dung chính của cuộc đối thoại đến đoàn viên, người lao động",
		recipients:  noticeRecipients, choices: dialogueChoices, prepare: prepareDialogue(true)},
	{Name: "dialogue-representatives", Title: "Thông báo danh sách đại diện đối thoại", Type: data.DocTypeNotice, Period: true, Record: "danh sách đại diện",
		Description: "Thông báo danh sách thành viên đại diện đối thoại của bên người lao động",
		recipients:  conferenceRecipients, choices: repListChoices, prepare: prepareRepList},
	{Name: "agreement-vote", Title: "Biên bản tổng hợp biểu quyết dự thảo thỏa ước", Type: data.DocTypeMinutes, Period: true, Record: "thỏa ước",
		Description: "Biên bản tổng hợp kết quả biểu quyết dự thảo thỏa ước lao động tập thể",
		choices:     agreementChoices, prepare: prepareAgreementVote},
	{Name: "agreement-report", Title: "Báo cáo thương lượng và thực hiện thỏa ước", Type: data.DocTypeReport, Period: true,
		Description: "Báo cáo tình hình thương lượng tập thể và thực hiện thỏa ước lao động tập thể gửi cấp trên",
		defaultYear: lastYearUntil(time.October), recipients: reportRecipients, prepare: prepareAgreementReport},
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
	Doc      data.OutgoingDoc // the entry in the sổ văn bản đi; zero for a draft
	Pages    int
	Warnings []string // e.g. the report's parts the chair has not written yet
}

// Issue prints one document to path: it reads the data, takes the number
// (the one this document had, or the next free one), lays the document out,
// writes it beside path and records it in the sổ văn bản đi, then moves it
// into place. Nothing is recorded when writing fails, and no file appears when
// recording fails.
func Issue(ctx context.Context, src Sources, req Request, path string) (*Result, error) {
	k := KindByName(req.Kind)
	if k == nil {
		return nil, data.Errorf(data.EINVALID, "kind", "Không có loại văn bản \"%s\"", req.Kind)
	}
	if src.Now == nil {
		src.Now = time.Now
	}
	progress := func(f float64) {
		if req.Progress != nil {
			req.Progress(f)
		}
	}
	progress(0)
	p, err := src.Profile.Profile(ctx)
	if err != nil {
		return nil, err
	}
	prep, err := k.prepare(ctx, k, &src, &req, p)
	if err != nil {
		return nil, err
	}
	progress(0.1)

	date := req.Date
	if date.IsZero() {
		// The record's own day (a meeting's, for its biên bản), if it is past.
		date = prep.date
		if date.IsZero() || date.After(src.Now()) {
			date = src.Now()
		}
	}
	date = vn.Day(date)
	m := MetaFromProfile(p, date, req.Deputy)
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

	doc := data.OutgoingDoc{Type: k.Type, Number: req.Number, Date: date, Subject: prep.subject, Kind: k.Name, Ref: prep.ref}
	if !req.Draft {
		if err := number(ctx, src.Documents, &doc); err != nil {
			return nil, err
		}
		m.Number = doc.NumberText()
	}
	d, err := prep.build(m)
	if err != nil {
		return nil, err
	}
	pages := d.PageCount() // lays the pages out, moving the progress bar
	progress(0.85)
	if err := writeAndRecord(ctx, src.Documents, d, path, &doc, req.Draft); err != nil {
		return nil, err
	}
	progress(1)
	res := &Result{Pages: pages, Warnings: prep.warnings}
	if !req.Draft {
		res.Doc = doc
	}
	return res, nil
}

// number gives doc its number before it is laid out: the one asked for, the
// one this same document had this year, or the next free one.
func number(ctx context.Context, ds data.DocumentService, doc *data.OutgoingDoc) error {
	doc.Normalize()
	if doc.Number != 0 {
		return nil
	}
	if doc.Ref != "" {
		docs, err := ds.OutgoingDocs(ctx, doc.Year)
		if err != nil {
			return err
		}
		if l := data.LatestDoc(docs, doc.Kind, doc.Ref); l != nil && l.Type == doc.Type {
			doc.Number, doc.Symbol = l.Number, l.Symbol
			return nil
		}
	}
	n, err := ds.NextDocNumber(ctx, doc.Year, doc.Type)
	doc.Number = n
	return err
}

// writeAndRecord writes d to a temporary file beside path, records doc
// (unless a draft), then renames the file to path.
func writeAndRecord(ctx context.Context, ds data.DocumentService, d *Document, path string, doc *data.OutgoingDoc, draft bool) error {
	fail := func(err error) error { return data.Internal(err, "ghi tệp PDF") }
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &data.Error{Code: data.EINVALID, Message: "Không tạo được thư mục " + dir, Err: err}
	}
	f, err := os.CreateTemp(dir, ".socongdoan-*.pdf")
	if err != nil {
		return &data.Error{Code: data.EINVALID, Message: "Không ghi được vào thư mục " + dir, Err: err}
	}
	tmp := f.Name()
	defer os.Remove(tmp) // a no-op once renamed
	bw := bufio.NewWriterSize(f, 1<<20)
	err = d.Output(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if !draft {
		if err := ds.IssueDoc(ctx, doc); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fail(err)
	}
	return nil
}
