package data

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// The registry: every kind of record (hội nghị, danh sách đại diện, đối thoại,
// thương lượng, thỏa ước, and those the later modules add) is declared once, as a
// *Kind[T] next to its Go type (conference.go, dialogue.go, agreement.go), and
// listed once in registered below. From that one declaration come:
//
//   - the store: one table and one list of column descriptors (name, audit label,
//     the field it reads and writes), child tables the same way; the sqlite
//     package reads and writes every kind with the same code (data/sqlite/records.go);
//   - the audit log: changes are found by comparing values, and shown with the label;
//   - validation (Normalize, Check, Confirm), the trash title and the year a record
//     belongs to, used by the Thùng rác, the CLI (socongdoan records KIND …) and
//     the history view.
//
// Code reaches a kind's records through Kind.Store: data.Conferences.Store(db).List(ctx).

// RecordKind is the stable ASCII name of a record kind, as the CLI takes it
// ("hoi-nghi"). It is not stored in the database.
type RecordKind string

// The record kinds.
const (
	KindConference   RecordKind = "hoi-nghi"
	KindRepList      RecordKind = "dai-dien"
	KindDialogue     RecordKind = "doi-thoai"
	KindBargaining   RecordKind = "thuong-luong"
	KindAgreement    RecordKind = "thoa-uoc"
	KindCadre        RecordKind = "can-bo"           // cán bộ công đoàn (cadre.go)
	KindCourse       RecordKind = "dao-tao"          // lớp đào tạo, bồi dưỡng (training.go)
	KindTrainingPlan RecordKind = "ke-hoach-dao-tao" // kế hoạch đào tạo năm, đăng ký nhu cầu (training.go)
	KindCongress     RecordKind = "dai-hoi"          // đại hội công đoàn cơ sở (congress.go)
	// KindMember is the member register: not a registry kind (members have their
	// own service and screens), but it shares the Thùng rác, the history and the CLI.
	KindMember RecordKind = "doan-vien"
)

// Label is the Vietnamese name of the kind.
func (k RecordKind) Label() string {
	if k == KindMember {
		return "Đoàn viên"
	}
	if info := KindOf(k); info != nil {
		return info.Label
	}
	return string(k)
}

// RecordRef points at one record; ID 0 means a new record of that kind is needed.
type RecordRef struct {
	Kind RecordKind
	ID   int64
}

// Meta points at the bookkeeping fields every record type has: its id, its row
// version (optimistic concurrency: an update names the version it was read at)
// and its timestamps.
type Meta struct {
	ID                   *int64
	Version              *int64
	CreatedAt, UpdatedAt *time.Time
}

// Column is one column of a record's table, or of a child table's row.
//
// Field returns a pointer to the field the column reads and writes; the store
// knows *string, *int, *int64 (a reference: NULL when 0 if the column allows
// NULL), *bool and *time.Time (a date: NULL, or ” for a NOT NULL column, when
// zero). A named string type is passed as (*string)(&v.Field).
type Column[T any] struct {
	Name  string          // the SQL column
	Label string          // the audit log's name of the field; "" logs it under Name
	Field func(*T) any    // pointer to the field
	Show  func(*T) string // how the audit log shows the value; nil shows it by its type
}

// Child declares the rows a record owns in a child table (agenda items,
// resolutions …), kept in order. Build it with Rows.
type Child[T any] struct{ info ChildInfo }

// Rows declares a child table: rows of type C in the slice list returns, in
// table (with the foreign key parent and a pos column), audited as one field
// labelled label whose value is the rows shown one by one and joined with "; ".
func Rows[T, C any](table, parent, label string, list func(*T) *[]C, cols []Column[C], show func(*C) string) Child[T] {
	return Child[T]{ChildInfo{
		Table: table, Parent: parent, Label: label,
		Columns: eraseColumns(cols),
		Len:     func(rec any) int { return len(*list(rec.(*T))) },
		Row:     func(rec any, i int) any { return &(*list(rec.(*T)))[i] },
		Append: func(rec any) any {
			l := list(rec.(*T))
			*l = append(*l, *new(C))
			return &(*l)[len(*l)-1]
		},
		Clear: func(rec any) { *list(rec.(*T)) = nil },
		Show: func(rec any) string {
			l := *list(rec.(*T))
			parts := make([]string, len(l))
			for i := range l {
				parts[i] = show(&l[i])
			}
			return strings.Join(parts, "; ")
		},
	}}
}

// CheckEnv is what validation may need besides the record itself.
type CheckEnv struct {
	Settings RuleSettings
	Calendar *vn.Calendar // working days around Now
	Now      time.Time
}

// Kind declares one record kind. See the top of this file.
type Kind[T any] struct {
	Kind     RecordKind // stable ASCII name: "hoi-nghi"
	Label    string     // "Hội nghị người lao động"
	Table    string     // SQL table; it has id, version, created_at, updated_at, deleted_at
	Entity   string     // audit_log.entity of its records
	NotFound string     // the ENOTFOUND message: "Không tìm thấy hội nghị"
	Columns  []Column[T]
	Children []Child[T]
	Meta     func(*T) Meta
	Title    func(*T) string // the record's name in the Thùng rác, lists and the audit log
	Year     func(*T) int    // the year a record belongs to (CLI --year), 0 when unknown
	// Normalize NFC-cleans and defaults a record before Check.
	Normalize func(*T)
	// Check validates a normalized record: errors refuse the save, warnings do not.
	Check func(*T, CheckEnv) Problems
	// Confirm, when set, finds what is allowed but asks the chair first (a second
	// yearly conference for the same year): others are the live records of the kind
	// but v. A non-nil problem makes Create and Update return an ECONFIRM *Error
	// unless the context is Confirmed.
	Confirm func(v *T, others []T) *Problem
	// Todos, when set, is the kind's rule for Việc cần làm (data/todo.go): the
	// deadlines its live records give on env.Today, citing DOMAIN §. It returns
	// Due, Title, About and Record; data.Todos sets Overdue and sorts. A rule
	// that reads another kind's records (env.Records) names it in TodoReads.
	Todos func(records []T, env TodoEnv) []Todo
	// TodoReads names the other kinds whose records Todos reads, so that they are
	// loaded too (kinds with their own Todos always are).
	TodoReads []RecordKind

	info *KindInfo
}

// KindInfo is a kind with its type erased: what the store and the CLI work with.
// Records are passed as pointers (*T) in an any.
type KindInfo struct {
	Kind                           RecordKind
	Label, Table, Entity, NotFound string
	Columns                        []ColumnInfo
	Children                       []ChildInfo
	New                            func() any
	Meta                           func(rec any) Meta
	Title                          func(rec any) string
	Year                           func(rec any) int
	prepare                        func(rec any, env CheckEnv) Problems
	confirm                        func(rec any, others []any) *Problem
	is                             func(rec any) bool
	todos                          func(recs any, env TodoEnv) []Todo // recs is a []T, or nil
	todoReads                      []RecordKind
	list                           func(ctx context.Context, db RecordDB) (any, error) // a []T
}

// ColumnInfo is a Column with its record type erased.
type ColumnInfo struct {
	Name, Label string
	Field       func(rec any) any
	Show        func(rec any) string
}

// ChildInfo is a Child with its record type erased; rec is the parent record.
type ChildInfo struct {
	Table, Parent, Label string
	Columns              []ColumnInfo // over one row (a pointer to the row)
	Len                  func(rec any) int
	Row                  func(rec any, i int) any // pointer to row i
	Append               func(rec any) any        // appends a zero row, returns its pointer
	Clear                func(rec any)
	Show                 func(rec any) string
}

func eraseColumns[T any](cols []Column[T]) []ColumnInfo {
	out := make([]ColumnInfo, len(cols))
	for i, c := range cols {
		show := func(rec any) string { return ShowValue(c.Field(rec.(*T))) }
		if c.Show != nil {
			show = func(rec any) string { return c.Show(rec.(*T)) }
		}
		label := c.Label
		if label == "" {
			label = c.Name
		}
		out[i] = ColumnInfo{Name: c.Name, Label: label, Field: func(rec any) any { return c.Field(rec.(*T)) }, Show: show}
	}
	return out
}

// Info is the kind with its type erased.
func (k *Kind[T]) Info() *KindInfo {
	if k.info != nil {
		return k.info
	}
	info := &KindInfo{
		Kind: k.Kind, Label: k.Label, Table: k.Table, Entity: k.Entity, NotFound: k.NotFound,
		Columns: eraseColumns(k.Columns),
		New:     func() any { return new(T) },
		is:      func(rec any) bool { _, ok := rec.(*T); return ok },
		Meta:    func(rec any) Meta { return k.Meta(rec.(*T)) },
		Title:   func(rec any) string { return k.Title(rec.(*T)) },
		Year: func(rec any) int {
			if k.Year == nil {
				return 0
			}
			return k.Year(rec.(*T))
		},
		prepare: func(rec any, env CheckEnv) Problems {
			v := rec.(*T)
			if k.Normalize != nil {
				k.Normalize(v)
			}
			if k.Check == nil {
				return nil
			}
			return k.Check(v, env)
		},
	}
	for _, c := range k.Children {
		info.Children = append(info.Children, c.info)
	}
	info.list = func(ctx context.Context, db RecordDB) (any, error) { return k.Store(db).List(ctx) }
	if k.Todos != nil {
		info.todos = func(recs any, env TodoEnv) []Todo {
			return k.Todos(k.In(RecordSet{k.Kind: recs}), env)
		}
	}
	info.todoReads = k.TodoReads
	if k.Confirm != nil {
		info.confirm = func(rec any, others []any) *Problem {
			os := make([]T, len(others))
			for i, o := range others {
				os[i] = *o.(*T)
			}
			return k.Confirm(rec.(*T), os)
		}
	}
	k.info = info
	return info
}

// Prepare normalizes and validates a record (a pointer of the kind's type).
func (k *KindInfo) Prepare(rec any, env CheckEnv) Problems { return k.prepare(rec, env) }

// NeedsConfirm reports the question a record raises among the live records of
// its kind (others, rec excluded), nil when there is none.
func (k *KindInfo) NeedsConfirm(rec any, others []any) *Problem {
	if k.confirm == nil {
		return nil
	}
	return k.confirm(rec, others)
}

// HasConfirm reports whether the kind asks questions on save, so the store knows
// to read the other records.
func (k *KindInfo) HasConfirm() bool { return k.confirm != nil }

// registered lists the record kinds in the order the Thùng rác, the CLI and the
// reports show them. A new kind is added here and nowhere else in data.
var registered = []*KindInfo{
	Conferences.Info(),
	RepLists.Info(),
	Dialogues.Info(),
	Bargainings.Info(),
	Agreements.Info(),
	Vouchers.Info(),
	SpendingRules.Info(),
	SignLists.Info(),
	BudgetEstimates.Info(),
	BudgetSettlements.Info(),
	FinanceDisclosures.Info(),
	FinanceChecks.Info(),
	Cadres.Info(),
	Courses.Info(),
	TrainingPlans.Info(),
	ResolutionReviews.Info(),
	KPCDs.Info(),
	Congresses.Info(),
	Emulations.Info(), Awards.Info(), Proposals.Info(),
	WomenCommittees.Info(), WomenActivities.Info(), GoodAtWorks.Info(),
	TetCampaigns.Info(), PartyIntros.Info(),
}

// Kinds lists the registered record kinds (members are not one: see KindMember).
func Kinds() []*KindInfo { return registered }

// KindOf returns the registered kind named k, nil when there is none.
func KindOf(k RecordKind) *KindInfo {
	for _, info := range registered {
		if info.Kind == k {
			return info
		}
	}
	return nil
}

// KindOfRecord returns the registered kind of a record (a *Conference …), nil
// for anything else.
func KindOfRecord(rec any) *KindInfo {
	for _, info := range registered {
		if info.is(rec) {
			return info
		}
	}
	return nil
}

// Change is one field that differs between two versions of a record, as the
// audit log shows it.
type Change struct{ Field, Old, New string }

// Changes compares two versions of a record by value, column by column and child
// row by child row, and lists what differs, shown as the audit log shows it. A
// column without an audit label is compared like any other (and logged under its
// SQL name), so no column is ever left unsaved for want of a label.
func (k *KindInfo) Changes(old, new any) []Change {
	var cs []Change
	for _, c := range k.Columns {
		if !SameValue(c.Field(old), c.Field(new)) {
			cs = append(cs, Change{c.Label, c.Show(old), c.Show(new)})
		}
	}
	for _, ch := range k.Children {
		if !sameRows(ch, old, new) {
			cs = append(cs, Change{ch.Label, ch.Show(old), ch.Show(new)})
		}
	}
	return cs
}

func sameRows(ch ChildInfo, a, b any) bool {
	n := ch.Len(a)
	if n != ch.Len(b) {
		return false
	}
	for i := range n {
		ra, rb := ch.Row(a, i), ch.Row(b, i)
		for _, c := range ch.Columns {
			if !SameValue(c.Field(ra), c.Field(rb)) {
				return false
			}
		}
	}
	return true
}

// SameValue compares the values two field pointers point at (dates by instant).
func SameValue(a, b any) bool {
	switch x := a.(type) {
	case *time.Time:
		y, ok := b.(*time.Time)
		return ok && x.Equal(*y)
	case *string:
		y, ok := b.(*string)
		return ok && *x == *y
	case *int:
		y, ok := b.(*int)
		return ok && *x == *y
	case *int64:
		y, ok := b.(*int64)
		return ok && *x == *y
	case *bool:
		y, ok := b.(*bool)
		return ok && *x == *y
	}
	panic(fmt.Sprintf("data: a column field of type %T", a))
}

// ShowValue shows a field by its type, as a form shows it: a date dd/mm/yyyy,
// a number 1.234 (blank when 0: not filled in), a yes/no Có/Không.
func ShowValue(p any) string {
	switch x := p.(type) {
	case *string:
		return *x
	case *int:
		return ShowCount(*x)
	case *int64:
		if *x == 0 {
			return ""
		}
		return strconv.FormatInt(*x, 10)
	case *bool:
		return YesNo(*x)
	case *time.Time:
		return vn.FormatDate(*x)
	}
	panic(fmt.Sprintf("data: a column field of type %T", p))
}

// YesNo shows a boolean field.
func YesNo(b bool) string {
	if b {
		return "Có"
	}
	return "Không"
}

// ShowCount shows a number field, blank when 0 (not filled in).
func ShowCount(n int) string {
	if n == 0 {
		return ""
	}
	return vn.FormatInt(int64(n))
}

// RecordDB is what the store implements once for every kind, with the record
// type erased (records are pointers in an any). Code uses it through Store[T].
type RecordDB interface {
	// ListRecords returns the live records of a kind, newest first.
	ListRecords(ctx context.Context, k *KindInfo) ([]any, error)
	// GetRecord returns one live record (ENOTFOUND if missing or in the trash).
	GetRecord(ctx context.Context, k *KindInfo, id int64) (any, error)
	// CreateRecord validates and stores a new record and its child rows, in one
	// transaction with its audit row; it sets the id, version and timestamps.
	CreateRecord(ctx context.Context, k *KindInfo, rec any) error
	// UpdateRecord validates and saves a record and its child rows, logging each
	// changed field. A record read at another version than the stored one is
	// refused with an ECONFLICT *Error whose Current is the stored record.
	UpdateRecord(ctx context.Context, k *KindInfo, rec any) error
}

// Store reads and writes the records of one kind: data.Conferences.Store(db).
type Store[T any] struct {
	db   RecordDB
	kind *Kind[T]
}

// Store is the typed store of the kind's records in db.
func (k *Kind[T]) Store(db RecordDB) Store[T] { return Store[T]{db, k} }

// List returns the live records, newest first (by id).
func (s Store[T]) List(ctx context.Context) ([]T, error) {
	recs, err := s.db.ListRecords(ctx, s.kind.Info())
	if err != nil {
		return nil, err
	}
	out := make([]T, len(recs))
	for i, r := range recs {
		out[i] = *r.(*T)
	}
	return out, nil
}

// Get returns one live record (ENOTFOUND if it is missing or in the trash).
func (s Store[T]) Get(ctx context.Context, id int64) (*T, error) {
	r, err := s.db.GetRecord(ctx, s.kind.Info(), id)
	if err != nil {
		return nil, err
	}
	return r.(*T), nil
}

// Create validates and stores a new record; it sets its id, version and timestamps.
// Bad input is an EINVALID *Error naming the field; a question (Kind.Confirm) is
// an ECONFIRM *Error unless ctx is Confirmed.
func (s Store[T]) Create(ctx context.Context, v *T) error {
	return s.db.CreateRecord(ctx, s.kind.Info(), v)
}

// Update validates and saves a record read earlier. When the record was changed
// elsewhere since (its version differs), nothing is written and the error is an
// ECONFLICT *Error "Hồ sơ này vừa được thay đổi ở nơi khác" whose Current holds
// the stored record (a *T): see ConflictCurrent.
func (s Store[T]) Update(ctx context.Context, v *T) error {
	return s.db.UpdateRecord(ctx, s.kind.Info(), v)
}

// MsgChangedElsewhere is the message of a save refused because the record was
// changed elsewhere since it was read (another window, the CLI).
const MsgChangedElsewhere = "Hồ sơ này vừa được thay đổi ở nơi khác"

// ErrChangedElsewhere is the ECONFLICT *Error of a stale save; current is the
// record as stored now (a pointer), for the form to show.
func ErrChangedElsewhere(current any) *Error {
	return &Error{Code: ECONFLICT, Message: MsgChangedElsewhere + " (cửa sổ khác hoặc dòng lệnh) sau khi bạn mở nó; " +
		"những gì bạn vừa nhập chưa được lưu.", Current: current}
}

// ConflictCurrent returns the stored record carried by a stale-save error, as a
// *T, and whether err is one.
func ConflictCurrent[T any](err error) (*T, bool) {
	var de *Error
	if !errors.As(err, &de) || de.Code != ECONFLICT || de.Current == nil {
		return nil, false
	}
	v, ok := de.Current.(*T)
	return v, ok
}

type confirmedKey struct{}

// Confirmed marks ctx as carrying the chair's yes to the question an earlier save
// returned as an ECONFIRM *Error; the same save run again with it goes through.
func Confirmed(ctx context.Context) context.Context {
	return context.WithValue(ctx, confirmedKey{}, true)
}

// IsConfirmed reports whether ctx carries the chair's confirmation.
func IsConfirmed(ctx context.Context) bool {
	v, _ := ctx.Value(confirmedKey{}).(bool)
	return v
}

// TrashItem is one record in the Thùng rác.
type TrashItem struct {
	Ref       RecordRef
	Title     string // as the record's kind names it: "Hội nghị người lao động năm 2026", a member's name
	DeletedAt time.Time
}

// TrashService is the Thùng rác across every kind, members included. Nothing is
// ever hard-deleted: a record in the trash is hidden from lists and reports and
// is one RestoreRecord from back. Each move is in the record's history.
type TrashService interface {
	// TrashList lists what is in the trash, by kind (members first, then the kinds
	// in registry order), the most recently deleted first within a kind.
	TrashList(ctx context.Context) ([]TrashItem, error)
	// TrashRecord moves a record to the trash (ENOTFOUND if missing or already there).
	TrashRecord(ctx context.Context, ref RecordRef) error
	// RestoreRecord takes a record back out of the trash (ENOTFOUND if it is not there;
	// ECONFLICT for a member whose CCCD or mã đoàn viên was taken meanwhile).
	RestoreRecord(ctx context.Context, ref RecordRef) error
}

// HistoryService gives the audit log of any record, members included.
type HistoryService interface {
	// History lists the changes of one record, newest first: when, which field,
	// the value before and after (creation, trash and restore included).
	History(ctx context.Context, ref RecordRef) ([]AuditEntry, error)
}
