package data

import (
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// UpperKind is the kind of the direct upper-level union after the 2025 reorganisation (DOMAIN §8).
type UpperKind string

// The upper-level kinds.
const (
	UpperCommune  UpperKind = "xa_phuong"  // Công đoàn xã/phường/đặc khu
	UpperZone     UpperKind = "kcn_kkt"    // Công đoàn các KCN/KKT
	UpperProvince UpperKind = "ldld_tinh"  // LĐLĐ tỉnh/thành phố
	UpperSector   UpperKind = "nganh_tong" // công đoàn ngành / tổng công ty / tập đoàn
)

// UpperKinds lists the kinds in form order.
var UpperKinds = []UpperKind{UpperCommune, UpperZone, UpperProvince, UpperSector}

// Label is the Vietnamese name of the kind.
func (k UpperKind) Label() string {
	switch k {
	case UpperCommune:
		return "Công đoàn xã/phường/đặc khu"
	case UpperZone:
		return "Công đoàn các KCN/KKT"
	case UpperProvince:
		return "LĐLĐ tỉnh/thành phố"
	case UpperSector:
		return "Công đoàn ngành/tổng công ty"
	}
	return ""
}

// EnterpriseType drives the worker-conference model and the dues rule (DOMAIN Implications A).
type EnterpriseType string

// The enterprise types.
const (
	EnterpriseNonState EnterpriseType = "ngoai_nha_nuoc"
	EnterpriseState    EnterpriseType = "nha_nuoc"
	EnterpriseFDI      EnterpriseType = "fdi"
)

// EnterpriseTypes lists the types in form order.
var EnterpriseTypes = []EnterpriseType{EnterpriseNonState, EnterpriseState, EnterpriseFDI}

// Label is the Vietnamese name of the type.
func (t EnterpriseType) Label() string {
	switch t {
	case EnterpriseNonState:
		return "Ngoài nhà nước"
	case EnterpriseState:
		return "Doanh nghiệp nhà nước"
	case EnterpriseFDI:
		return "Có vốn đầu tư nước ngoài (FDI)"
	}
	return ""
}

// Profile is the union's own record: what headers, titles and signatures print.
type Profile struct {
	Name           string // tên CĐCS, e.g. "Công đoàn cơ sở Công ty TNHH May Thành Công"
	UpperName      string // công đoàn cấp trên trực tiếp
	UpperKind      UpperKind
	EnterpriseName string
	TaxCode        string
	Address        string
	EnterpriseType EnterpriseType
	WorkersTotal   int
	WorkersFemale  int
	Place          string // địa danh on documents, e.g. "Bắc Ninh"
	ChairName      string
	ViceChairName  string
	TermStart      int // nhiệm kỳ, e.g. 2025
	TermEnd        int // e.g. 2030
	UpdatedAt      time.Time
}

// Term is the nhiệm kỳ as printed, "2025–2030".
func (p *Profile) Term() string {
	if p.TermStart == 0 {
		return ""
	}
	return strconv.Itoa(p.TermStart) + "–" + strconv.Itoa(p.TermEnd)
}

// Profile field names for messages at the form.
const (
	FieldProfileName       = "profile_name"
	FieldProfileUpper      = "profile_upper"
	FieldProfileEnterprise = "profile_enterprise"
	FieldProfileTaxCode    = "profile_tax_code"
	FieldProfileWorkers    = "profile_workers"
	FieldProfileFemale     = "profile_female"
	FieldProfilePlace      = "profile_place"
	FieldProfileChair      = "profile_chair"
	FieldProfileTerm       = "profile_term"
)

// Normalize NFC-cleans the text fields.
func (p *Profile) Normalize() {
	for _, s := range []*string{&p.Name, &p.UpperName, &p.EnterpriseName, &p.TaxCode, &p.Address,
		&p.Place, &p.ChairName, &p.ViceChairName} {
		*s = vn.Clean(*s)
	}
}

// Validate checks the profile as the setup and settings forms do.
func (p *Profile) Validate() Problems {
	var ps Problems
	if p.Name == "" {
		ps.add(FieldProfileName, "Cần nhập tên công đoàn cơ sở")
	}
	if p.UpperName == "" {
		ps.add(FieldProfileUpper, "Cần nhập tên công đoàn cấp trên trực tiếp")
	}
	if p.EnterpriseName == "" {
		ps.add(FieldProfileEnterprise, "Cần nhập tên doanh nghiệp")
	}
	if p.TaxCode != "" && !taxCodeOK(p.TaxCode) {
		ps.add(FieldProfileTaxCode, "Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, dấu gạch ngang và 3 chữ số)")
	}
	if p.WorkersTotal < 0 {
		ps.add(FieldProfileWorkers, "Số lao động không được âm")
	}
	if p.WorkersFemale < 0 || p.WorkersFemale > p.WorkersTotal {
		ps.add(FieldProfileFemale, "Số lao động nữ phải từ 0 đến tổng số lao động")
	}
	if p.Place == "" {
		ps.add(FieldProfilePlace, "Cần nhập địa danh ghi trên văn bản (ví dụ: Bắc Ninh)")
	}
	if p.ChairName == "" {
		ps.add(FieldProfileChair, "Cần nhập họ tên Chủ tịch công đoàn")
	}
	if p.TermStart != 0 || p.TermEnd != 0 {
		if p.TermStart < 1990 || p.TermEnd <= p.TermStart || p.TermEnd-p.TermStart > 5 {
			ps.add(FieldProfileTerm, "Nhiệm kỳ không hợp lệ (ví dụ: 2025–2030)")
		}
	}
	return ps
}

func taxCodeOK(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' && i == 10:
		default:
			return false
		}
	}
	return len(s) == 10 && digits == 10 || len(s) == 14 && digits == 13
}

// Unit is a bộ phận / tổ công đoàn, a managed list used by the form and the filters.
type Unit struct {
	ID      int64
	Name    string
	Members int // filled on list: members currently in the unit
}

// AuditEntry is one field change in the "Lịch sử thay đổi" of a record.
type AuditEntry struct {
	At       time.Time
	Entity   string // "member", "profile", …
	EntityID int64
	Field    string // Vietnamese field label
	Old, New string
}
