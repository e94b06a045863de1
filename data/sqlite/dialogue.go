package sqlite

import (
	"context"
	"fmt"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// topicShown shows agenda items in the audit log.
func topicShown(items []data.AgendaItem) string { return joinShown(items, data.AgendaItem.Title) }

var dialogueTable = &recordTable[data.Dialogue]{
	table:    "dialogue",
	entity:   EntityDialogue,
	notFound: "Không tìm thấy cuộc đối thoại",
	cols: []string{"kind", "case_type", "requested_by", "request_date", "request_agreed", "reply_date",
		"agenda_sent", "date", "place", "employer_count", "legal_rep_present", "reps_total", "reps_present",
		"agreed", "disputed", "minutes_signed", "posted", "informed", "notes"},
	args: func(d *data.Dialogue) []any {
		return []any{string(d.Kind), string(d.Case), string(d.RequestedBy), isoArg(d.RequestDate), d.RequestAgreed,
			isoArg(d.ReplyDate), isoArg(d.AgendaSent), isoArg(d.Date), d.Place, d.EmployerCount, d.LegalRepPresent,
			d.RepsTotal, d.RepsPresent, d.Agreed, d.Disputed, d.MinutesSigned, isoArg(d.Posted), isoArg(d.Informed), d.Notes}
	},
	dests: func(d *data.Dialogue) []any {
		return []any{(*string)(&d.Kind), (*string)(&d.Case), (*string)(&d.RequestedBy), dateCol(&d.RequestDate), &d.RequestAgreed,
			dateCol(&d.ReplyDate), dateCol(&d.AgendaSent), dateCol(&d.Date), &d.Place, &d.EmployerCount, &d.LegalRepPresent,
			&d.RepsTotal, &d.RepsPresent, &d.Agreed, &d.Disputed, &d.MinutesSigned, dateCol(&d.Posted), dateCol(&d.Informed), &d.Notes}
	},
	meta:  func(d *data.Dialogue) recordMeta { return recordMeta{&d.ID, &d.CreatedAt, &d.UpdatedAt} },
	title: func(d *data.Dialogue) string { return d.Title() },
	children: []childTable[data.Dialogue]{
		{"dialogue_topic", "dialogue_id", []string{"topic", "text"},
			func(d *data.Dialogue) [][]any {
				out := make([][]any, len(d.Topics))
				for i, a := range d.Topics {
					out[i] = []any{string(a.Topic), a.Text}
				}
				return out
			},
			func(d *data.Dialogue) []any {
				d.Topics = append(d.Topics, data.AgendaItem{})
				a := &d.Topics[len(d.Topics)-1]
				return []any{(*string)(&a.Topic), &a.Text}
			}},
		{"dialogue_action", "dialogue_id", []string{"text", "owner", "due", "done", "done_date"},
			func(d *data.Dialogue) [][]any {
				out := make([][]any, len(d.Actions))
				for i, a := range d.Actions {
					out[i] = []any{a.Text, a.Owner, isoArg(a.Due), a.Done, isoArg(a.DoneDate)}
				}
				return out
			},
			func(d *data.Dialogue) []any {
				d.Actions = append(d.Actions, data.FollowUp{})
				a := &d.Actions[len(d.Actions)-1]
				return []any{&a.Text, &a.Owner, dateCol(&a.Due), &a.Done, dateCol(&a.DoneDate)}
			}},
	},
	fields: []field[data.Dialogue]{
		{"Loại đối thoại", func(d *data.Dialogue) string { return d.Kind.Label() }},
		{"Vụ việc", func(d *data.Dialogue) string {
			if d.Case == "" {
				return ""
			}
			return d.Case.Label()
		}},
		{"Bên yêu cầu", func(d *data.Dialogue) string {
			if d.RequestedBy == "" {
				return ""
			}
			return d.RequestedBy.Label()
		}},
		{"Ngày nhận yêu cầu", func(d *data.Dialogue) string { return vn.FormatDate(d.RequestDate) }},
		{"Số đại diện đồng ý yêu cầu", func(d *data.Dialogue) string { return count(d.RequestAgreed) }},
		{"Ngày trả lời", func(d *data.Dialogue) string { return vn.FormatDate(d.ReplyDate) }},
		{"Ngày gửi nội dung", func(d *data.Dialogue) string { return vn.FormatDate(d.AgendaSent) }},
		{"Ngày đối thoại", func(d *data.Dialogue) string { return vn.FormatDate(d.Date) }},
		{"Địa điểm", func(d *data.Dialogue) string { return d.Place }},
		{"Số người bên sử dụng lao động", func(d *data.Dialogue) string { return count(d.EmployerCount) }},
		{"Người đại diện theo pháp luật có mặt", func(d *data.Dialogue) string { return yesNo(d.LegalRepPresent) }},
		{"Tổng số thành viên đại diện", func(d *data.Dialogue) string { return count(d.RepsTotal) }},
		{"Số thành viên đại diện có mặt", func(d *data.Dialogue) string { return count(d.RepsPresent) }},
		{"Nội dung đối thoại", func(d *data.Dialogue) string { return topicShown(d.Topics) }},
		{"Nội dung đã thống nhất", func(d *data.Dialogue) string { return d.Agreed }},
		{"Nội dung còn ý kiến khác nhau", func(d *data.Dialogue) string { return d.Disputed }},
		{"Việc cần làm sau đối thoại", func(d *data.Dialogue) string {
			return joinShown(d.Actions, func(a data.FollowUp) string {
				s := a.Text
				if a.Owner != "" {
					s += " — " + a.Owner
				}
				if !a.Due.IsZero() {
					s += ", hạn " + vn.FormatDate(a.Due)
				}
				if a.Done {
					s += " (đã xong " + vn.FormatDate(a.DoneDate) + ")"
				}
				return s
			})
		}},
		{"Biên bản đã ký", func(d *data.Dialogue) string { return yesNo(d.MinutesSigned) }},
		{"Ngày niêm yết", func(d *data.Dialogue) string { return vn.FormatDate(d.Posted) }},
		{"Ngày thông báo đoàn viên", func(d *data.Dialogue) string { return vn.FormatDate(d.Informed) }},
		{"Ghi chú", func(d *data.Dialogue) string { return d.Notes }},
	},
}

// checkDialogue normalises and validates a dialogue with the working-day calendar.
func (s *Store) checkDialogue(ctx context.Context, d *data.Dialogue) error {
	d.Normalize()
	_, cal, err := s.validationSettings(ctx)
	if err != nil {
		return err
	}
	return d.Validate(cal, s.now()).Err()
}

// Dialogues lists the dialogues not in the trash, newest first.
func (s *Store) Dialogues(ctx context.Context) ([]data.Dialogue, error) {
	return listRecords(ctx, s, dialogueTable, "đọc danh sách đối thoại")
}

// Dialogue returns one dialogue.
func (s *Store) Dialogue(ctx context.Context, id int64) (*data.Dialogue, error) {
	return getRecord(ctx, s, dialogueTable, id, "đọc cuộc đối thoại")
}

// CreateDialogue validates and stores a new dialogue; it sets d.ID.
func (s *Store) CreateDialogue(ctx context.Context, d *data.Dialogue) error {
	if err := s.checkDialogue(ctx, d); err != nil {
		return data.Internal(err, "lưu cuộc đối thoại")
	}
	return createRecord(ctx, s, dialogueTable, d, "lưu cuộc đối thoại")
}

// UpdateDialogue validates and saves a dialogue, its topics and follow-up actions.
func (s *Store) UpdateDialogue(ctx context.Context, d *data.Dialogue) error {
	if err := s.checkDialogue(ctx, d); err != nil {
		return data.Internal(err, "lưu cuộc đối thoại")
	}
	return updateRecord(ctx, s, dialogueTable, d, "lưu cuộc đối thoại")
}

var repListTable = &recordTable[data.RepList]{
	table:    "rep_list",
	entity:   EntityRepList,
	notFound: "Không tìm thấy danh sách đại diện",
	cols:     []string{"valid_from", "valid_to", "headcount", "announced", "notes"},
	args: func(l *data.RepList) []any {
		return []any{vn.ISO(l.From), vn.ISO(l.To), l.Headcount, isoArg(l.Announced), l.Notes}
	},
	dests: func(l *data.RepList) []any {
		return []any{dateCol(&l.From), dateCol(&l.To), &l.Headcount, dateCol(&l.Announced), &l.Notes}
	},
	meta:  func(l *data.RepList) recordMeta { return recordMeta{&l.ID, &l.CreatedAt, &l.UpdatedAt} },
	title: func(l *data.RepList) string { return l.Title() },
	children: []childTable[data.RepList]{
		{"rep_list_member", "rep_list_id", []string{"member_id", "name", "female", "role", "from_date", "until_date", "note"},
			func(l *data.RepList) [][]any {
				out := make([][]any, len(l.Reps))
				for i, r := range l.Reps {
					out[i] = []any{idArg(r.MemberID), r.Name, r.Female, r.Role, isoArg(r.From), isoArg(r.Until), r.Note}
				}
				return out
			},
			func(l *data.RepList) []any {
				l.Reps = append(l.Reps, data.Rep{})
				r := &l.Reps[len(l.Reps)-1]
				return []any{nullID{&r.MemberID}, &r.Name, &r.Female, &r.Role, dateCol(&r.From), dateCol(&r.Until), &r.Note}
			}},
	},
	fields: []field[data.RepList]{
		{"Từ ngày", func(l *data.RepList) string { return vn.FormatDate(l.From) }},
		{"Đến ngày", func(l *data.RepList) string { return vn.FormatDate(l.To) }},
		{"Số lao động", func(l *data.RepList) string { return count(l.Headcount) }},
		{"Ngày công bố", func(l *data.RepList) string { return vn.FormatDate(l.Announced) }},
		{"Thành viên", func(l *data.RepList) string {
			return joinShown(l.Reps, func(r data.Rep) string {
				s := r.Name
				if r.Role != "" {
					s += " (" + r.Role + ")"
				}
				if !r.From.IsZero() {
					s += " từ " + vn.FormatDate(r.From)
				}
				if !r.Until.IsZero() {
					s += " đến " + vn.FormatDate(r.Until)
				}
				return s
			})
		}},
		{"Ghi chú", func(l *data.RepList) string { return l.Notes }},
	},
}

// nullID scans a nullable foreign key; NULL is 0.
type nullID struct{ id *int64 }

func (n nullID) Scan(v any) error {
	switch x := v.(type) {
	case nil:
		*n.id = 0
	case int64:
		*n.id = x
	default:
		return fmt.Errorf("member_id holds %T", v)
	}
	return nil
}

func (s *Store) checkRepList(l *data.RepList) error {
	l.Normalize()
	return l.Validate(s.now()).Err()
}

// RepLists lists the representative lists not in the trash, newest first.
func (s *Store) RepLists(ctx context.Context) ([]data.RepList, error) {
	return listRecords(ctx, s, repListTable, "đọc danh sách đại diện đối thoại")
}

// RepList returns one list.
func (s *Store) RepList(ctx context.Context, id int64) (*data.RepList, error) {
	return getRecord(ctx, s, repListTable, id, "đọc danh sách đại diện đối thoại")
}

// CreateRepList validates and stores a new list; it sets l.ID.
func (s *Store) CreateRepList(ctx context.Context, l *data.RepList) error {
	if err := s.checkRepList(l); err != nil {
		return err
	}
	return createRecord(ctx, s, repListTable, l, "lưu danh sách đại diện đối thoại")
}

// UpdateRepList validates and saves a list and its representatives.
func (s *Store) UpdateRepList(ctx context.Context, l *data.RepList) error {
	if err := s.checkRepList(l); err != nil {
		return err
	}
	return updateRecord(ctx, s, repListTable, l, "lưu danh sách đại diện đối thoại")
}
