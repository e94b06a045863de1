package sqlite

import (
	"context"
	"strconv"

	"socongdoan/data"
	"socongdoan/data/vn"
)

var bargainingTable = &recordTable[data.Bargaining]{
	table:    "bargaining",
	entity:   EntityBargaining,
	notFound: "Không tìm thấy đợt thương lượng",
	cols: []string{"requested_by", "request_date", "subject", "agreed_date", "start_date", "extended_to",
		"outcome", "end_date", "notes"},
	args: func(b *data.Bargaining) []any {
		return []any{string(b.RequestedBy), vn.ISO(b.RequestDate), b.Subject, isoArg(b.AgreedDate), isoArg(b.StartDate),
			isoArg(b.ExtendedTo), string(b.Outcome), isoArg(b.EndDate), b.Notes}
	},
	dests: func(b *data.Bargaining) []any {
		return []any{(*string)(&b.RequestedBy), dateCol(&b.RequestDate), &b.Subject, dateCol(&b.AgreedDate), dateCol(&b.StartDate),
			dateCol(&b.ExtendedTo), (*string)(&b.Outcome), dateCol(&b.EndDate), &b.Notes}
	},
	meta:  func(b *data.Bargaining) recordMeta { return recordMeta{&b.ID, &b.CreatedAt, &b.UpdatedAt} },
	title: func(b *data.Bargaining) string { return b.Title() },
	children: []childTable[data.Bargaining]{
		{"bargaining_session", "bargaining_id", []string{"date", "agreed", "disputed"},
			func(b *data.Bargaining) [][]any {
				out := make([][]any, len(b.Sessions))
				for i, s := range b.Sessions {
					out[i] = []any{vn.ISO(s.Date), s.Agreed, s.Disputed}
				}
				return out
			},
			func(b *data.Bargaining) []any {
				b.Sessions = append(b.Sessions, data.BargainSession{})
				s := &b.Sessions[len(b.Sessions)-1]
				return []any{dateCol(&s.Date), &s.Agreed, &s.Disputed}
			}},
		{"bargaining_info", "bargaining_id", []string{"date", "subject", "answered"},
			func(b *data.Bargaining) [][]any {
				out := make([][]any, len(b.InfoRequests))
				for i, r := range b.InfoRequests {
					out[i] = []any{vn.ISO(r.Date), r.Subject, isoArg(r.Answered)}
				}
				return out
			},
			func(b *data.Bargaining) []any {
				b.InfoRequests = append(b.InfoRequests, data.InfoRequest{})
				r := &b.InfoRequests[len(b.InfoRequests)-1]
				return []any{dateCol(&r.Date), &r.Subject, dateCol(&r.Answered)}
			}},
	},
	fields: []field[data.Bargaining]{
		{"Bên yêu cầu", func(b *data.Bargaining) string { return b.RequestedBy.Label() }},
		{"Ngày nhận yêu cầu", func(b *data.Bargaining) string { return vn.FormatDate(b.RequestDate) }},
		{"Nội dung đề nghị", func(b *data.Bargaining) string { return b.Subject }},
		{"Ngày thống nhất thời gian, địa điểm", func(b *data.Bargaining) string { return vn.FormatDate(b.AgreedDate) }},
		{"Phiên đầu tiên", func(b *data.Bargaining) string { return vn.FormatDate(b.StartDate) }},
		{"Gia hạn đến", func(b *data.Bargaining) string { return vn.FormatDate(b.ExtendedTo) }},
		{"Kết quả", func(b *data.Bargaining) string { return b.Outcome.Label() }},
		{"Ngày kết thúc", func(b *data.Bargaining) string { return vn.FormatDate(b.EndDate) }},
		{"Các phiên thương lượng", func(b *data.Bargaining) string {
			return joinShown(b.Sessions, func(s data.BargainSession) string {
				return vn.FormatDate(s.Date) + ": thống nhất " + s.Agreed + "; chưa thống nhất " + s.Disputed
			})
		}},
		{"Yêu cầu cung cấp thông tin", func(b *data.Bargaining) string {
			return joinShown(b.InfoRequests, func(r data.InfoRequest) string {
				s := vn.FormatDate(r.Date) + " " + r.Subject
				if !r.Answered.IsZero() {
					s += " (trả lời " + vn.FormatDate(r.Answered) + ")"
				}
				return s
			})
		}},
		{"Ghi chú", func(b *data.Bargaining) string { return b.Notes }},
	},
}

func (s *Store) checkBargaining(ctx context.Context, b *data.Bargaining) error {
	b.Normalize()
	_, cal, err := s.validationSettings(ctx)
	if err != nil {
		return err
	}
	return b.Validate(cal, s.now()).Err()
}

// Bargainings lists the bargaining rounds not in the trash, newest first.
func (s *Store) Bargainings(ctx context.Context) ([]data.Bargaining, error) {
	return listRecords(ctx, s, bargainingTable, "đọc danh sách thương lượng")
}

// Bargaining returns one round.
func (s *Store) Bargaining(ctx context.Context, id int64) (*data.Bargaining, error) {
	return getRecord(ctx, s, bargainingTable, id, "đọc đợt thương lượng")
}

// CreateBargaining validates and stores a new round; it sets b.ID.
func (s *Store) CreateBargaining(ctx context.Context, b *data.Bargaining) error {
	if err := s.checkBargaining(ctx, b); err != nil {
		return data.Internal(err, "lưu đợt thương lượng")
	}
	return createRecord(ctx, s, bargainingTable, b, "lưu đợt thương lượng")
}

// UpdateBargaining validates and saves a round, its sessions and information requests.
func (s *Store) UpdateBargaining(ctx context.Context, b *data.Bargaining) error {
	if err := s.checkBargaining(ctx, b); err != nil {
		return data.Internal(err, "lưu đợt thương lượng")
	}
	return updateRecord(ctx, s, bargainingTable, b, "lưu đợt thương lượng")
}

var agreementTable = &recordTable[data.Agreement]{
	table:    "agreement",
	entity:   EntityAgreement,
	notFound: "Không tìm thấy thỏa ước",
	cols: []string{"title", "level", "bargaining_id", "vote_date", "voters", "votes_for", "signed", "effective",
		"term_years", "sent", "published", "notes"},
	args: func(a *data.Agreement) []any {
		return []any{a.Title, string(a.Level), idArg(a.BargainingID), isoArg(a.VoteDate), a.Voters, a.VotesFor,
			isoArg(a.Signed), isoArg(a.Effective), a.TermYears, isoArg(a.Sent), isoArg(a.Published), a.Notes}
	},
	dests: func(a *data.Agreement) []any {
		return []any{&a.Title, (*string)(&a.Level), nullID{&a.BargainingID}, dateCol(&a.VoteDate), &a.Voters, &a.VotesFor,
			dateCol(&a.Signed), dateCol(&a.Effective), &a.TermYears, dateCol(&a.Sent), dateCol(&a.Published), &a.Notes}
	},
	meta:  func(a *data.Agreement) recordMeta { return recordMeta{&a.ID, &a.CreatedAt, &a.UpdatedAt} },
	title: func(a *data.Agreement) string { return a.Name() },
	children: []childTable[data.Agreement]{
		{"agreement_clause", "agreement_id", []string{"grp", "content", "value"},
			func(a *data.Agreement) [][]any {
				out := make([][]any, len(a.Clauses))
				for i, c := range a.Clauses {
					out[i] = []any{string(c.Group), c.Content, c.Value}
				}
				return out
			},
			func(a *data.Agreement) []any {
				a.Clauses = append(a.Clauses, data.Clause{})
				c := &a.Clauses[len(a.Clauses)-1]
				return []any{(*string)(&c.Group), &c.Content, &c.Value}
			}},
		{"agreement_amendment", "agreement_id", []string{"date", "content", "voters", "votes_for"},
			func(a *data.Agreement) [][]any {
				out := make([][]any, len(a.Amendments))
				for i, m := range a.Amendments {
					out[i] = []any{isoArg(m.Date), m.Content, m.Voters, m.VotesFor}
				}
				return out
			},
			func(a *data.Agreement) []any {
				a.Amendments = append(a.Amendments, data.Amendment{})
				m := &a.Amendments[len(a.Amendments)-1]
				return []any{dateCol(&m.Date), &m.Content, &m.Voters, &m.VotesFor}
			}},
		{"agreement_rating", "agreement_id", []string{"year", "grade", "reason"},
			func(a *data.Agreement) [][]any {
				out := make([][]any, len(a.Ratings))
				for i, r := range a.Ratings {
					out[i] = []any{r.Year, string(r.Grade), r.Reason}
				}
				return out
			},
			func(a *data.Agreement) []any {
				a.Ratings = append(a.Ratings, data.Rating{})
				r := &a.Ratings[len(a.Ratings)-1]
				return []any{&r.Year, (*string)(&r.Grade), &r.Reason}
			}},
	},
	fields: []field[data.Agreement]{
		{"Tên thỏa ước", func(a *data.Agreement) string { return a.Title }},
		{"Cấp", func(a *data.Agreement) string { return a.Level.Label() }},
		{"Ngày biểu quyết", func(a *data.Agreement) string { return vn.FormatDate(a.VoteDate) }},
		{"Tổng số người lao động", func(a *data.Agreement) string { return count(a.Voters) }},
		{"Số tán thành", func(a *data.Agreement) string { return count(a.VotesFor) }},
		{"Ngày ký", func(a *data.Agreement) string { return vn.FormatDate(a.Signed) }},
		{"Ngày có hiệu lực", func(a *data.Agreement) string { return vn.FormatDate(a.Effective) }},
		{"Thời hạn (năm)", func(a *data.Agreement) string { return count(a.TermYears) }},
		{"Ngày gửi Sở Nội vụ", func(a *data.Agreement) string { return vn.FormatDate(a.Sent) }},
		{"Ngày công bố", func(a *data.Agreement) string { return vn.FormatDate(a.Published) }},
		{"Điều khoản có lợi hơn", func(a *data.Agreement) string {
			return joinShown(a.Clauses, func(c data.Clause) string {
				s := c.Group.Label() + ": " + c.Content
				if c.Value != "" {
					s += " (" + c.Value + ")"
				}
				return s
			})
		}},
		{"Sửa đổi, bổ sung", func(a *data.Agreement) string {
			return joinShown(a.Amendments, func(m data.Amendment) string {
				return vn.FormatDate(m.Date) + " " + m.Content + " (tán thành " + strconv.Itoa(m.VotesFor) + "/" + strconv.Itoa(m.Voters) + ")"
			})
		}},
		{"Xếp loại", func(a *data.Agreement) string {
			return joinShown(a.Ratings, func(r data.Rating) string {
				s := strconv.Itoa(r.Year) + ": " + r.Grade.Label()
				if r.Reason != "" {
					s += " (" + r.Reason + ")"
				}
				return s
			})
		}},
		{"Ghi chú", func(a *data.Agreement) string { return a.Notes }},
	},
}

func (s *Store) checkAgreement(a *data.Agreement) error {
	a.Normalize()
	return a.Validate(s.now()).Err()
}

// Agreements lists the agreements not in the trash, newest first.
func (s *Store) Agreements(ctx context.Context) ([]data.Agreement, error) {
	return listRecords(ctx, s, agreementTable, "đọc danh sách thỏa ước")
}

// Agreement returns one agreement.
func (s *Store) Agreement(ctx context.Context, id int64) (*data.Agreement, error) {
	return getRecord(ctx, s, agreementTable, id, "đọc thỏa ước")
}

// CreateAgreement validates and stores a new agreement; it sets a.ID.
func (s *Store) CreateAgreement(ctx context.Context, a *data.Agreement) error {
	if err := s.checkAgreement(a); err != nil {
		return err
	}
	return createRecord(ctx, s, agreementTable, a, "lưu thỏa ước")
}

// UpdateAgreement validates and saves an agreement, its clauses, amendments and ratings.
func (s *Store) UpdateAgreement(ctx context.Context, a *data.Agreement) error {
	if err := s.checkAgreement(a); err != nil {
		return err
	}
	return updateRecord(ctx, s, agreementTable, a, "lưu thỏa ước")
}
