package data

import "context"

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
}
