package data

import "fmt"

// CongressSettings are the congress rules DOMAIN-MODULES §C marks uncertain [L],
// kept with RuleSettings (field Congress) under the Key* names below.
type CongressSettings struct {
	// ElectionBase: what "more than one half" counts against, the ballots
	// collected (default, Điều lệ XI/XII wording [M]) or the valid ballots; the
	// khóa XIII base was not verified (§C.2).
	ElectionBase ElectionBase
	// Quorum: the share of those called who must be present (Điều lệ XI Art.
	// 12(1): 2/3; the khóa XIII wording was not re-read [L]).
	Quorum Fraction
	// BCHTable: the Code of the BCH-size table in BCHTables; KH 22 for the
	// 2025–2030 round by default.
	BCHTable string
	// BallotKeepMonths: how long the sealed ballots are kept (an older guide: 6 [L]).
	BallotKeepMonths int
}

// The settings keys of CongressSettings.
const (
	KeyElectionBase     = "quy_dinh.dai_hoi.can_cu_trung_cu"
	KeyCongressQuorum   = "quy_dinh.dai_hoi.ty_le_hop_le"
	KeyBCHTable         = "quy_dinh.dai_hoi.bang_so_luong_bch"
	KeyBallotKeepMonths = "quy_dinh.dai_hoi.thang_luu_phieu"
)

// Field names of CongressSettings at the settings form.
const (
	FieldSetElectionBase = "set_election_base"
	FieldSetCongressQuor = "set_congress_quorum"
	FieldSetBCHTable     = "set_bch_table"
	FieldSetBallotKeep   = "set_ballot_keep"
)

// DefaultCongressSettings returns the defaults of DOMAIN-MODULES §C.
func DefaultCongressSettings() CongressSettings {
	return CongressSettings{ElectionBase: BaseCollected, Quorum: Fraction{2, 3}, BCHTable: BCHTableKH22.Code, BallotKeepMonths: 6}
}

// Table returns the BCH-size table chosen, KH 22 when the code is unknown.
func (c CongressSettings) Table() BCHTable {
	if t, ok := BCHTableByCode(c.BCHTable); ok {
		return t
	}
	return BCHTableKH22
}

func (c CongressSettings) validate(ps *Problems) {
	if c.ElectionBase != BaseCollected && c.ElectionBase != BaseValid {
		ps.add(FieldSetElectionBase, "Căn cứ tính trúng cử là phiếu thu về hoặc phiếu hợp lệ")
	}
	if !c.Quorum.Valid() || c.Quorum.Num == 0 {
		ps.add(FieldSetCongressQuor, "Tỷ lệ phải dạng 2/3 hoặc 67%, lớn hơn 0 và không quá 100%")
	}
	if _, ok := BCHTableByCode(c.BCHTable); !ok {
		ps.add(FieldSetBCHTable, fmt.Sprintf("Không có bảng số lượng Ban Chấp hành %q", c.BCHTable))
	}
	if c.BallotKeepMonths < 0 || c.BallotKeepMonths > 120 {
		ps.add(FieldSetBallotKeep, "Số tháng lưu phiếu bầu phải từ 0 đến 120")
	}
}

var congressSettingEntries = []settingEntry{
	{KeyElectionBase, func(r *RuleSettings) string { return string(r.Congress.ElectionBase) },
		func(r *RuleSettings, s string) error {
			b, ok := ParseElectionBase(s)
			if !ok {
				return fmt.Errorf("căn cứ không hợp lệ: %q", s)
			}
			r.Congress.ElectionBase = b
			return nil
		}},
	fractionEntry(KeyCongressQuorum, func(r *RuleSettings) *Fraction { return &r.Congress.Quorum }),
	{KeyBCHTable, func(r *RuleSettings) string { return r.Congress.BCHTable },
		func(r *RuleSettings, s string) error { r.Congress.BCHTable = s; return nil }},
	intEntry(KeyBallotKeepMonths, func(r *RuleSettings) *int { return &r.Congress.BallotKeepMonths }),
}
