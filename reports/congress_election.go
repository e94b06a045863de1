package reports

// The election half of a congress's documents (DOMAIN-MODULES §C.2, §C.3;
// issue 15 point 5): the phiếu bầu of each election and the biên bản kiểm
// phiếu of each count, under the congress headers of QĐ 933 Phụ lục IV. Every
// figure comes from the congress record; what nobody recorded prints dotted
// and is told to the chair before printing.

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func init() {
	Register(
		&Kind{Name: "congress-ballots", Of: data.KindCongress, Title: "Phiếu bầu cử", Type: data.DocTypeList, Record: "đại hội",
			Description: "Phiếu bầu cử của từng cuộc bầu (Ban Chấp hành, Chủ tịch, đại biểu dự đại hội cấp trên, và tại hội nghị Ban Chấp hành lần thứ nhất): ứng cử viên theo thứ tự a, b, c, \"bầu không quá … người\"",
			choices:     congressChoices, prepare: prepareBallots},
		&Kind{Name: "congress-count", Of: data.KindCongress, Title: "Biên bản kiểm phiếu", Type: data.DocTypeMinutes, Record: "đại hội",
			Description: "Biên bản kiểm phiếu của từng cuộc bầu đã ghi kết quả (Mẫu 4a, 4d HD 38): số phiếu, số phiếu của từng người, tỷ lệ, người trúng cử, bầu lại khi bằng phiếu",
			choices:     congressChoices, prepare: prepareCount},
	)
}

// congressChoices are every congress kept, newest first: a union holds one
// every five years, so the period does not narrow them.
func congressChoices(ctx context.Context, src *Sources, _ data.Period) ([]Choice, error) {
	if src.Records == nil {
		return nil, nil
	}
	cs, err := data.Congresses.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	ds := make([]dated, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		label := c.Title()
		if !c.Date.IsZero() {
			label += " (" + vn.FormatDate(c.Date) + ")"
		}
		ds = append(ds, dated{Choice{ID: c.ID, Label: label}, c.Date})
	}
	return newestFirst(ds), nil
}

// congressRecord reads the congress a request names, or the newest one.
func congressRecord(ctx context.Context, k *Kind, src *Sources, req *Request) (*data.Congress, error) {
	if src.Records == nil {
		return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ đại hội"}
	}
	id := req.ID
	if id == 0 {
		cs, err := congressChoices(ctx, src, data.Period{})
		if err != nil {
			return nil, err
		}
		if len(cs) == 0 {
			return nil, data.Errorf(data.EINVALID, "id", "Chưa ghi đại hội nào")
		}
		id = cs[0].ID
	}
	return data.Congresses.Store(src.Records).Get(ctx, id)
}

// electionBase is the setting "trúng cử khi quá một nửa số phiếu …" (§C.2 [L]).
func electionBase(ctx context.Context, src *Sources) (data.ElectionBase, error) {
	rs, err := ruleSettings(ctx, src)
	return rs.Congress.ElectionBase, err
}

// CongressName is the congress as its documents are headed (QĐ 933 Phụ lục
// IV; DOMAIN-MODULES §C.3): "Đại hội đại biểu Công đoàn cơ sở Công ty … lần
// thứ V, nhiệm kỳ 2025 - 2030"; "đại biểu" only for a delegate congress.
func CongressName(p *data.Profile, c *data.Congress) string {
	s := "Đại hội "
	if c.Form == data.FormDelegate {
		s += "đại biểu "
	}
	return s + unionName(p) + " lần thứ " + data.Roman(c.Number) + ", nhiệm kỳ " + c.Term()
}

// firstBCHName is the first meeting of the new BCH as its documents are headed.
func firstBCHName(p *data.Profile, c *data.Congress) string {
	return "Hội nghị Ban Chấp hành " + unionName(p) + " khóa " + data.Roman(c.Number) + " lần thứ nhất"
}

// congressPeople are the people the congress record names in one of its
// bodies (the Ban tổ chức rows, whose "Ban" the chair types: "Ban kiểm
// phiếu", "Đoàn Chủ tịch", "Đoàn thư ký"), the head first.
func congressPeople(c *data.Congress, body string) []data.CongressOrganizer {
	want := vn.Fold(body)
	var out []data.CongressOrganizer
	for _, o := range c.Organizers {
		if vn.Fold(o.Body) == want {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(a, b data.CongressOrganizer) int { return headRank(a.Role) - headRank(b.Role) })
	return out
}

// headRank puts the head (trưởng ban, trưởng đoàn, chủ tịch đoàn) first, then deputies.
func headRank(role string) int {
	r := vn.Fold(role)
	switch {
	case strings.Contains(r, "pho"):
		return 1
	case strings.Contains(r, "truong") || strings.Contains(r, "chu tich"):
		return 0
	}
	return 2
}

// ballotSeats is how many an election fills: its recorded count's seats, else
// the personnel plan's; 0 when neither says.
func ballotSeats(c *data.Congress, body data.ElectionBody) int {
	for _, e := range c.Elections {
		if e.Body == body && e.Round <= 1 && e.Seats > 0 {
			return e.Seats
		}
	}
	switch body {
	case data.BodyBCH:
		return c.BCHSize
	case data.BodyBTV:
		return c.BTVSize
	case data.BodyUBKT:
		return c.UBKTSize
	case data.BodyChair, data.BodyUBKTHead:
		return 1
	}
	return 0
}

// Ballot is one phiếu bầu: what it elects and its candidates in the order of
// the list.
type Ballot struct {
	Body       data.ElectionBody
	Round      int
	Seats      int // 0: not known, "bầu không quá ..... người" to fill by hand
	Candidates []string
	AtCongress bool
}

// Ballots are the ballots of a congress, in the order the bodies are
// elected: one per body with a candidate list, then one per later round
// (bầu lại among the tied), whose candidates are those of its count.
func Ballots(c *data.Congress) []Ballot {
	var out []Ballot
	for _, body := range data.ElectionBodies {
		cands := c.CandidatesFor(body)
		if len(cands) == 0 {
			continue
		}
		b := Ballot{Body: body, Round: 1, Seats: ballotSeats(c, body), AtCongress: body.AtCongress(c.DirectChair)}
		for _, k := range cands {
			b.Candidates = append(b.Candidates, k.Name)
		}
		out = append(out, b)
		for _, e := range c.Elections {
			if e.Body != body || e.Round <= 1 {
				continue
			}
			r := Ballot{Body: body, Round: e.Round, Seats: e.Seats, AtCongress: b.AtCongress}
			for _, v := range c.Votes {
				if v.Election == e.No {
					r.Candidates = append(r.Candidates, v.Name)
				}
			}
			data.SortCandidateNames(r.Candidates)
			out = append(out, r)
		}
	}
	return out
}

// electsWhat is what a ballot elects, as its title writes it: "Ban Chấp hành
// Công đoàn cơ sở … khóa V, nhiệm kỳ 2025 - 2030".
func electsWhat(p *data.Profile, c *data.Congress, body data.ElectionBody) string {
	switch body {
	case data.BodyDelegates:
		up := "Công đoàn cấp trên"
		if p.UpperName != "" {
			up = p.UpperName
		}
		return "Đại biểu dự Đại hội " + up
	case data.BodyBCH, data.BodyBTV, data.BodyUBKT:
		return body.Label() + " " + unionName(p) + " khóa " + data.Roman(c.Number) + ", nhiệm kỳ " + c.Term()
	}
	return body.Label() + " " + unionName(p) + " khóa " + data.Roman(c.Number)
}

// ballotNote is how a delegate marks the ballot: the usual instruction of the
// congress's ban kiểm phiếu (a ballot choosing more than the seats is invalid,
// DOMAIN-MODULES Implications C).
const ballotNote = "Đồng ý người nào thì giữ nguyên họ tên người đó; không đồng ý người nào thì gạch ngang cả họ và tên người đó. Phiếu bầu quá số lượng cần bầu là phiếu không hợp lệ."

// BallotsDoc prints each ballot copies times, each on a page of its own with
// the congress (or first BCH meeting) heading and no number or date, as a
// phiếu bầu has neither.
func BallotsDoc(m Meta, p *data.Profile, c *data.Congress, ballots []Ballot, copies int) (*Document, error) {
	if len(ballots) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldCandidate, "%s chưa có danh sách ứng cử viên: ghi ứng cử viên trước khi in phiếu bầu", c.Title())
	}
	copies = max(copies, 1)
	var d *Document
	for _, b := range ballots {
		h := Header{UpperLevel: "", Issuer: CongressName(p, c), NoNumber: true, TypeName: "Phiếu bầu cử",
			Subject: electsWhat(p, c, b.Body)}
		if !b.AtCongress {
			h.UpperLevel, h.Issuer = "Ban Chấp hành "+unionName(p)+" khóa "+data.Roman(c.Number), "Hội nghị lần thứ nhất"
		}
		if b.Round > 1 {
			h.Subject += " (bầu lại, vòng " + strconv.Itoa(b.Round) + ")"
		}
		for range copies {
			if d == nil {
				var err error
				if d, err = New(h); err != nil {
					return nil, err
				}
			} else {
				d.NewFrame(h)
			}
			ballotBody(d, b)
		}
	}
	return d, nil
}

func ballotBody(d *Document, b Ballot) {
	seats := "....."
	if b.Seats > 0 {
		seats = count(b.Seats)
	}
	d.CenteredItalic("(Bầu không quá " + seats + " người)")
	t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "000"}, {Title: "Họ và tên", Width: 10}}, FontSize: 14}
	for i, n := range b.Candidates {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), n})
	}
	d.Table(t)
	d.ParagraphItalic("Ghi chú: " + ballotNote)
}

func prepareBallots(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	ballots := Ballots(c)
	warnings := []string{"Đóng dấu của Ban Chấp hành vào góc trên bên trái mỗi phiếu bầu trước khi phát cho đại biểu."}
	for _, b := range ballots {
		if b.Seats == 0 {
			warnings = append(warnings, "Chưa ghi số lượng cần bầu "+b.Body.Label()+": dòng \"Bầu không quá … người\" in dòng chấm để điền tay.")
		}
	}
	copies := req.Copies
	return &prepared{subject: "Phiếu bầu cử " + lowerFirst(c.Title()), date: c.Date, unnumbered: true, warnings: warnings,
		frame: func(m *Meta) { m.UpperLevel, m.Issuer, m.Number = "", CongressName(p, c), "" },
		build: func(m Meta) (*Document, error) { return BallotsDoc(m, p, c, ballots, copies) }}, nil
}

// CountMinutesDoc is the biên bản kiểm phiếu of every counted election, one
// after another, each with its heading (the congress's Ban kiểm phiếu, or the
// first BCH meeting's for the elections held there; QĐ 933 Phụ lục IV), the
// ballots, each candidate's votes with the share of the base the rule counts
// against (the setting: phiếu thu về or phiếu hợp lệ), who is elected in order
// of votes within the seats, a tie at the last seat sent to a new round, and
// the signatures of the Ban kiểm phiếu (HD 38 Mẫu 4a, 4d).
func CountMinutesDoc(m Meta, p *data.Profile, c *data.Congress, base data.ElectionBase) (*Document, error) {
	var d *Document
	for _, e := range c.Elections {
		if !e.Counted() {
			continue
		}
		r, err := data.CountElection(c.Election(e.No), base)
		if err != nil {
			return nil, err
		}
		h := countHeader(m, p, c, &e)
		if d == nil {
			if d, err = New(h); err != nil {
				return nil, err
			}
		} else {
			d.NewFrame(h)
		}
		countBody(d, p, c, &e, &r)
	}
	if d == nil {
		return nil, data.Errorf(data.EINVALID, data.FieldCongElections, "%s chưa ghi kết quả kiểm phiếu cuộc bầu nào", c.Title())
	}
	return d, nil
}

// countHeader heads the biên bản of one election with the body that counted it.
func countHeader(m Meta, p *data.Profile, c *data.Congress, e *data.CongressElection) Header {
	h := Header{UpperLevel: CongressName(p, c), Issuer: "Ban kiểm phiếu", Place: m.Place, Date: c.Date,
		TypeName: data.DocTypeMinutes.Label(), Subject: "Kiểm phiếu " + lowerFirst(e.Name(c))}
	if !e.Body.AtCongress(c.DirectChair) {
		h.UpperLevel, h.Date = firstBCHName(p, c), c.FirstBCH
	}
	return h
}

func countBody(d *Document, p *data.Profile, c *data.Congress, e *data.CongressElection, r *data.ElectionResult) {
	at, day := lowerFirst(CongressName(p, c)), c.Date
	if !e.Body.AtCongress(c.DirectChair) {
		at, day = lowerFirst(firstBCHName(p, c)), c.FirstBCH
	}
	place := c.Place
	if place == "" || !e.Body.AtCongress(c.DirectChair) {
		place = "......................................"
	}
	d.Paragraph(fmt.Sprintf("Vào hồi ..... giờ ..... %s, tại %s, Ban kiểm phiếu của %s gồm:", vnDate(day), place, at))
	var members []data.CongressOrganizer
	if e.Body.AtCongress(c.DirectChair) { // the first BCH meeting chooses its own
		members = congressPeople(c, "Ban kiểm phiếu")
	}
	if len(members) == 0 {
		d.FillLines(3)
	}
	for i, o := range members {
		role := o.Role
		if role == "" {
			role = "Ủy viên"
		}
		d.Paragraph(fmt.Sprintf("%d. %s - %s", i+1, o.Name, role))
	}
	d.Paragraph("Đã tiến hành kiểm phiếu " + lowerFirst(e.Name(c)) + ", kết quả như sau:")
	el := &r.Election
	d.Heading("1. Số lượng")
	d.Paragraph(fmt.Sprintf("Số lượng cần bầu: %s người. Số người trong danh sách bầu cử: %s người.", count(el.Seats), count(len(el.Candidates))))
	if e.Body.AtCongress(c.DirectChair) {
		called, present := c.Attendance()
		if called > 0 {
			who := "đại biểu"
			if c.Form != data.FormDelegate {
				who = "đoàn viên"
			}
			d.Paragraph(fmt.Sprintf("Tổng số %s được triệu tập: %s; có mặt: %s.", who, count(called), count(present)))
		}
	}
	d.Heading("2. Số phiếu")
	d.Bullet("Số phiếu phát ra: " + count(el.Issued) + " phiếu.")
	d.Bullet("Số phiếu thu về: " + count(el.Collected) + " phiếu.")
	d.Bullet("Số phiếu hợp lệ: " + count(el.Valid) + " phiếu.")
	d.Bullet("Số phiếu không hợp lệ: " + count(el.Invalid) + " phiếu.")
	d.Heading("3. Số phiếu bầu cho từng người")
	d.Paragraph(fmt.Sprintf("Người trúng cử phải được quá một nửa so với tổng số %s (%s phiếu), tức ít nhất %s phiếu.",
		r.Base.Label(), count(r.BaseCount), count(r.Needed)))
	byName := slices.Clone(r.Candidates)
	order := make([]string, len(byName))
	for i, cr := range byName {
		order[i] = cr.Name
	}
	data.SortCandidateNames(order)
	pos := map[string]int{}
	for i, n := range order {
		pos[n] = i
	}
	slices.SortStableFunc(byName, func(a, b data.CandidateResult) int { return pos[a.Name] - pos[b.Name] })
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 40},
		{Title: "Số phiếu", Align: AlignRight, Width: 10},
		{Title: "Tỷ lệ so với " + r.Base.Label(), Align: AlignRight, Width: 14},
		{Title: "Kết quả", Width: 20, Align: AlignCenter},
	}}
	for i, cr := range byName {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), cr.Name, count(cr.Votes), cr.Percent, upperFirst(cr.Outcome.Label())})
	}
	d.Table(t)
	d.Heading("4. Kết quả bầu cử")
	var elected []string
	for _, cr := range r.Candidates { // in order of votes
		if cr.Outcome == data.OutcomeElected {
			elected = append(elected, fmt.Sprintf("%s (%s phiếu, đạt %s)", cr.Name, count(cr.Votes), cr.Percent))
		}
	}
	switch len(elected) {
	case 0:
		d.Paragraph("Không có người nào trúng cử.")
	case 1:
		d.Paragraph(fmt.Sprintf("Căn cứ kết quả kiểm phiếu, đồng chí %s trúng cử %s.", elected[0], e.Body.Label()))
	default:
		d.Paragraph(fmt.Sprintf("Căn cứ kết quả kiểm phiếu, các đồng chí sau đây trúng cử %s (xếp theo số phiếu từ cao xuống thấp):", e.Body.Label()))
		for i, s := range elected {
			d.Paragraph(fmt.Sprintf("%d. %s.", i+1, s))
		}
	}
	if r.TieSeats > 0 {
		who := "Đại hội"
		if !e.Body.AtCongress(c.DirectChair) {
			who = "Hội nghị"
		}
		d.Paragraph(fmt.Sprintf("Các đồng chí %s bằng phiếu nhau ở vị trí cuối: đề nghị %s bầu lại giữa những người bằng phiếu cho %s vị trí còn lại.",
			strings.Join(r.Tied, ", "), who, count(r.TieSeats)))
	}
	if r.Vacant > 0 {
		d.Paragraph(fmt.Sprintf("Còn %s vị trí không có người được quá một nửa số phiếu.", count(r.Vacant)))
	}
	d.Paragraph("Biên bản kết thúc vào hồi ..... giờ ..... cùng ngày. Ban kiểm phiếu thống nhất ký tên dưới đây./.")
	d.Signatures(countSigners(members)...)
}

// countSigners are the Ban kiểm phiếu's signatures: its members, the head on
// the right; blank blocks when the record names nobody.
func countSigners(members []data.CongressOrganizer) []Signer {
	if len(members) == 0 {
		return []Signer{{Title: "Các thành viên Ban kiểm phiếu"}, {Title: "Trưởng Ban kiểm phiếu"}}
	}
	head, rest := members[0], members[1:]
	var out []Signer
	if len(rest) <= 2 {
		for _, o := range rest {
			out = append(out, Signer{Title: "Thành viên", Name: o.Name})
		}
	} else {
		out = append(out, Signer{Title: "Các thành viên Ban kiểm phiếu"})
	}
	return append(out, Signer{Title: "Trưởng Ban kiểm phiếu", Name: head.Name})
}

func prepareCount(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	c, err := congressRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	base, err := electionBase(ctx, src)
	if err != nil {
		return nil, err
	}
	var warnings []string
	if len(congressPeople(c, "Ban kiểm phiếu")) == 0 {
		warnings = append(warnings, "Chưa ghi Ban kiểm phiếu (trong Ban tổ chức, tiểu ban: dòng có tên ban \"Ban kiểm phiếu\"): họ tên in dòng chấm để điền tay.")
	}
	warnings = append(warnings, "Giờ bắt đầu và kết thúc kiểm phiếu chưa được ghi: in dòng chấm để điền tay.")
	var verdicts []string
	for _, e := range c.Elections {
		if !e.Counted() {
			continue
		}
		if r, err := data.CountElection(c.Election(e.No), base); err == nil && (r.TieSeats > 0 || r.Vacant > 0) {
			verdicts = append(verdicts, e.Name(c)+": "+r.Summary())
		}
	}
	return &prepared{subject: "Kiểm phiếu " + lowerFirst(c.Title()), date: c.Date, unnumbered: true, warnings: warnings, verdicts: verdicts,
		frame: func(m *Meta) { m.UpperLevel, m.Issuer, m.Number = CongressName(p, c), "Ban kiểm phiếu", "" },
		build: func(m Meta) (*Document, error) { return CountMinutesDoc(m, p, c, base) }}, nil
}
