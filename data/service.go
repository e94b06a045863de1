package data

import (
	"context"
	"time"
)

// MemberService keeps the member register. Every write is one transaction that also
// appends to the audit log; bad input returns an EINVALID *Error and changes nothing.
type MemberService interface {
	// MemberRows returns every member not in the trash, in register (Vietnamese name) order.
	MemberRows(ctx context.Context) ([]MemberRow, error)
	// Member returns one member with all fields (ENOTFOUND if missing or in the trash).
	Member(ctx context.Context, id int64) (*Member, error)
	// CreateMember validates and stores a new member and its initial status event;
	// it sets m.ID. Uniqueness of CCCD and mã đoàn viên is checked (ECONFLICT names the holder).
	CreateMember(ctx context.Context, m *Member) error
	// CreateMembers stores many members in one transaction, all or nothing (imports, demo data).
	// Members with UnitID 0 and a UnitName get the unit by name, created if missing.
	CreateMembers(ctx context.Context, ms []*Member) error
	// UpdateMember validates and saves every field, logging each change.
	UpdateMember(ctx context.Context, m *Member) error
	// TrashMember moves a member to the Thùng rác (nothing is hard-deleted).
	TrashMember(ctx context.Context, id int64) error
	// RestoreMember takes a member back out of the trash.
	RestoreMember(ctx context.Context, id int64) error
	// TrashRows lists the members in the trash.
	TrashRows(ctx context.Context) ([]MemberRow, error)
	// MemberEvents returns the status history, oldest first.
	MemberEvents(ctx context.Context, memberID int64) ([]MemberEvent, error)
	// AddMemberEvent applies a status action after CheckEvent.
	AddMemberEvent(ctx context.Context, e *MemberEvent) error
	// MemberHistory returns the field changes of one member, newest first.
	MemberHistory(ctx context.Context, memberID int64) ([]AuditEntry, error)
	// MemberTally counts the members not in the trash who are in the union today,
	// the women, the suspended and the foreigners among them, without reading the rows.
	MemberTally(ctx context.Context) (MemberTally, error)
}

// UnitService keeps the list of bộ phận / tổ công đoàn.
type UnitService interface {
	// Units lists the units in Vietnamese order with their member counts.
	Units(ctx context.Context) ([]Unit, error)
	// CreateUnit adds a unit (ECONFLICT if the name exists); returns its id.
	CreateUnit(ctx context.Context, name string) (int64, error)
	// RenameUnit renames a unit.
	RenameUnit(ctx context.Context, id int64, name string) error
	// MergeUnits moves every member of from into into, then removes from.
	MergeUnits(ctx context.Context, from, into int64) error
	// UnitByName finds a unit by name, ignoring case and marks; creates it when create is true.
	UnitByName(ctx context.Context, name string, create bool) (int64, error)
}

// ProfileService keeps the union profile.
type ProfileService interface {
	// Profile returns the profile, or ENOTFOUND before the first-run setup.
	Profile(ctx context.Context) (*Profile, error)
	// SaveProfile validates and saves the profile.
	SaveProfile(ctx context.Context, p *Profile) error
}

// SettingsService keeps chair-adjustable settings: the values DOMAIN.md marks
// uncertain (with defaults in code) and remembered choices. Values are text; the
// caller parses them.
type SettingsService interface {
	// Setting returns the value of key and whether it is set.
	Setting(ctx context.Context, key string) (string, bool, error)
	// SetSetting stores a value (logged in the audit log); an empty value removes the key.
	SetSetting(ctx context.Context, key, value string) error
	// SetSettings stores several values in one transaction, all or nothing, each
	// change logged (the rule settings of Cài đặt).
	SetSettings(ctx context.Context, values map[string]string) error
	// Remember stores a remembered choice (the columns last exported, an import's
	// column mapping): like SetSetting, but not in the audit log, which is for the
	// chair's records and settings, not for what the app recalls for convenience.
	Remember(ctx context.Context, key, value string) error
}

// DocumentService keeps what the printed documents need beyond the register:
// the sổ văn bản đi (numbers per type and year, DOMAIN §6), the chair's texts
// of periodic reports, and the status history by date for their figures.
type DocumentService interface {
	// NextDocNumber is the number the next document of this type gets in year.
	NextDocNumber(ctx context.Context, year int, t DocType) (int, error)
	// IssueDoc records a document in the sổ văn bản đi and sets d.ID; a Number of
	// 0 takes the next free one. A number already used in that year and type is
	// ECONFLICT naming the holder, unless the holder is the same printed document
	// (Kind and Ref), which is then updated: printing again keeps its number.
	//
	// A new number, or a new date, that breaks the date order of its type and
	// year is ECONFIRM (CheckDocOrder) unless ctx is Confirmed.
	IssueDoc(ctx context.Context, d *OutgoingDoc) error
	// IssueDecision records a quyết định kết nạp as IssueDoc does and, in the
	// same transaction, its number and date on each member admitted (DOMAIN §4
	// "Admission"), logging the change. A member in the trash, already holding
	// a decision, or out of the union is EINVALID naming them, and nothing is written.
	IssueDecision(ctx context.Context, d *OutgoingDoc, memberIDs []int64) error
	// UpdateDoc edits an entry (number, ký hiệu, date, trích yếu), logging each change.
	UpdateDoc(ctx context.Context, d *OutgoingDoc) error
	// OutgoingDocs lists the entries of a year (0: every year), newest number first.
	OutgoingDocs(ctx context.Context, year int) ([]OutgoingDoc, error)
	// Narrative returns the chair's texts of a period (empty when none saved).
	Narrative(ctx context.Context, p Period) (Narrative, error)
	// SaveNarrative saves the texts of a period; an empty text removes its section.
	SaveNarrative(ctx context.Context, p Period, n Narrative) error
	// MemberEventsBetween returns the status changes dated from..to (a zero from:
	// since the beginning, undated ones included) of members not in the trash,
	// in the order they were recorded, which is date order within a member.
	// Only ID, MemberID, Kind and Date are filled: what reports count.
	MemberEventsBetween(ctx context.Context, from, to time.Time) ([]MemberEvent, error)
}

// RecordsService keeps the records of the registered kinds (registry.go): worker
// conferences, dialogue-representative lists, dialogues, bargaining rounds and
// collective agreements (DOMAIN §1–§3), and the Thùng rác and history of every
// record, members included. Records of a kind are read and written through its
// typed store: data.Conferences.Store(records).List(ctx). Each write is one
// transaction, parent and child rows together, with audit rows; bad input returns
// an EINVALID *Error naming the field and changes nothing.
type RecordsService interface {
	RecordDB
	TrashService
	HistoryService
	// AttachDocument copies the file at src into the app's data folder and records it.
	AttachDocument(ctx context.Context, conferenceID int64, kind DocKind, src string) (*Attachment, error)
	// RemoveDocument deletes a document's record and its copy (the chair's original is untouched).
	RemoveDocument(ctx context.Context, id int64) error
	// MemberFlow counts the members who came in (kết nạp, chuyển đến, kết nạp lại)
	// and went out (chuyển đi, ra khỏi, xóa tên, khai trừ) in a year, from the status history.
	MemberFlow(ctx context.Context, year int) (MemberFlow, error)
}

// MemberFlow is the movement of members in a year, for the year at a glance.
type MemberFlow struct{ Joined, Left int }

// ImportService is what importing from Excel and exporting to it need of the store.
type ImportService interface {
	// MemberKeys lists what identifies each member not in the trash, for matching import rows.
	MemberKeys(ctx context.Context) ([]MemberKey, error)
	// MembersByID returns the members not in the trash among ids, by id.
	MembersByID(ctx context.Context, ids []int64) (map[int64]*Member, error)
	// ImportMembers writes new and updated members in one transaction, all or nothing,
	// after backing the database up; a refusal names the file's row.
	ImportMembers(ctx context.Context, b *ImportBatch) error
}

// BackupService keeps the database safe: copies, checks and restores.
type BackupService interface {
	// BackupTo writes a consistent copy of the database to path (0600), replacing the file.
	BackupTo(ctx context.Context, path string) error
	// Backups lists the automatic backups, newest first.
	Backups() ([]BackupInfo, error)
	// InspectBackup checks that a file is a sound backup of this app that this version can
	// open (integrity, our tables, schema version) and describes it.
	InspectBackup(ctx context.Context, path string) (*BackupInfo, error)
	// Restore replaces the data with the backup at path, after inspecting it and backing
	// up the current data; it returns the backup of the current data.
	Restore(ctx context.Context, path string) (saved string, err error)
	// Check runs the full integrity and foreign-key checks.
	Check(ctx context.Context) (*CheckReport, error)
}
