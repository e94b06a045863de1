package data

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Sex of a member. Many old lists do not record it, so it may be unknown.
type Sex string

// The values of Sex, as stored and as typed on the command line.
const (
	SexUnknown Sex = ""
	SexMale    Sex = "nam"
	SexFemale  Sex = "nu"
)

// Label is the Vietnamese word shown to a chair.
func (s Sex) Label() string {
	switch s {
	case SexMale:
		return "Nam"
	case SexFemale:
		return "Nữ"
	}
	return ""
}

// ParseSex reads "nam", "nữ", "nu", "Nữ", "x" (a tick in a "Nữ" column) and the like.
func ParseSex(s string) (Sex, bool) {
	switch vn.Fold(s) {
	case "":
		return SexUnknown, true
	case "nam", "m", "male":
		return SexMale, true
	case "nu", "f", "female", "x":
		return SexFemale, true
	}
	return SexUnknown, false
}

// JoinKind says how a member came into this CĐCS.
type JoinKind string

// The ways of joining (DOMAIN §4 "Admission").
const (
	JoinAdmitted    JoinKind = "ket_nap"    // kết nạp at this CĐCS
	JoinTransferred JoinKind = "chuyen_den" // chuyển sinh hoạt đến from another CĐCS
)

// Label is the Vietnamese word shown to a chair.
func (k JoinKind) Label() string {
	if k == JoinTransferred {
		return "Chuyển đến"
	}
	return "Kết nạp"
}

// ContractType is the kind of labour contract (Labour Code 2019 Art. 20).
type ContractType string

// The contract types.
const (
	ContractUnknown    ContractType = ""
	ContractIndefinite ContractType = "khong_xac_dinh" // không xác định thời hạn
	ContractFixed      ContractType = "xac_dinh"       // xác định thời hạn (≤ 36 months)
)

// Label is the Vietnamese word shown to a chair.
func (c ContractType) Label() string {
	switch c {
	case ContractIndefinite:
		return "Không xác định thời hạn"
	case ContractFixed:
		return "Xác định thời hạn"
	}
	return ""
}

// CardType is the kind of membership card (DOMAIN §4 "Thẻ đoàn viên").
type CardType string

// The card types.
const (
	CardNone   CardType = ""
	CardNormal CardType = "thong_thuong"
	CardLinked CardType = "lien_ket"
)

// Label is the Vietnamese word shown to a chair.
func (c CardType) Label() string {
	switch c {
	case CardNormal:
		return "Thông thường"
	case CardLinked:
		return "Liên kết"
	}
	return ""
}

// Vietnam is the nationality of Vietnamese citizens, as stored.
const Vietnam = "Việt Nam"

// Member is one đoàn viên, with every field of DOMAIN "Implications A — Đoàn viên".
type Member struct {
	ID int64

	// Identity.
	Ho, TenDem, Ten string    // family, middle and given names, stored apart for sorting
	BirthDate       time.Time // zero when unknown
	BirthYearOnly   bool      // many lists have only năm sinh
	Sex             Sex
	Ethnicity       string // dân tộc
	Nationality     string // quốc tịch; "" is taken as Việt Nam
	IDNumber        string // số CCCD (12 digits) or hộ chiếu for foreigners
	Phone           string

	// Job.
	UnitID         int64  // bộ phận / tổ công đoàn; 0 when none
	UnitName       string // filled on read
	JobTitle       string // chức danh công việc
	HireDate       time.Time
	Contract       ContractType
	ContractMonths int  // term of a fixed-term contract
	Manager        bool // người quản lý doanh nghiệp: cannot be admitted (DOMAIN §4)

	// Union history.
	JoinKind       JoinKind
	JoinDate       time.Time // ngày vào công đoàn (kết nạp or chuyển đến)
	PreviousUnion  string    // đơn vị cũ, for chuyển đến
	DecisionNumber string    // số quyết định kết nạp
	DecisionDate   time.Time

	// Card.
	MemberCode string // mã số đoàn viên (from the national software QLĐV), unique
	CardNumber string
	CardType   CardType
	CardDate   time.Time

	// Roles.
	UnionRole   string // chức vụ công đoàn
	PartyMember bool   // đảng viên
	Notes       string

	Status    Status    // derived from the status history; kept on the row for filtering
	DeletedAt time.Time // non-zero while in the trash
	Version   int64     // row version: UpdateMember refuses a stale one (ErrChangedElsewhere)
	CreatedAt time.Time
	UpdatedAt time.Time
}

// FullName is the name as written: họ, tên đệm, tên.
func (m *Member) FullName() string { return vn.JoinName(m.Ho, m.TenDem, m.Ten) }

// SetFullName splits a name typed as one field.
func (m *Member) SetFullName(full string) { m.Ho, m.TenDem, m.Ten = vn.SplitFullName(full) }

// Foreign reports whether the member is not a Vietnamese citizen.
func (m *Member) Foreign() bool { return isForeign(m.Nationality) }

func isForeign(nationality string) bool {
	if nationality == "" || nationality == Vietnam {
		return false
	}
	switch vn.Fold(nationality) {
	case "viet nam", "vn", "vietnam":
		return false
	}
	return true
}

// Normalize NFC-cleans every text field, so what is stored is what is compared.
func (m *Member) Normalize() {
	for _, p := range []*string{&m.Ho, &m.TenDem, &m.Ten, &m.Ethnicity, &m.Nationality,
		&m.JobTitle, &m.PreviousUnion, &m.DecisionNumber, &m.MemberCode, &m.CardNumber, &m.UnionRole} {
		*p = vn.Clean(*p)
	}
	m.IDNumber = NormalizeIDNumber(m.IDNumber)
	m.Phone = vn.Clean(m.Phone)
	m.Notes = vn.CleanMultiline(m.Notes)
	if m.Nationality == "" {
		m.Nationality = Vietnam
	}
	if m.JoinKind == "" {
		m.JoinKind = JoinAdmitted
	}
	for _, d := range []*time.Time{&m.BirthDate, &m.HireDate, &m.JoinDate, &m.DecisionDate, &m.CardDate} {
		if !d.IsZero() {
			*d = vn.Day(*d)
		}
	}
	if m.Contract != ContractFixed {
		m.ContractMonths = 0
	}
}

// SearchKey is what the search box matches: folded name, CCCD, phone and member code.
func (m *Member) SearchKey() string {
	return vn.Fold(m.FullName() + " " + m.IDNumber + " " + m.Phone + " " + m.MemberCode)
}

// SortKey is the register order: given name, family name, middle name (DESIGN "Vietnamese text").
func (m *Member) SortKey() []byte { return vn.NameSortKey(m.Ho, m.TenDem, m.Ten) }

// Form field names, shared by validation and the UI so a message lands at its field.
const (
	FieldName         = "name"
	FieldBirth        = "birth"
	FieldSex          = "sex"
	FieldNationality  = "nationality"
	FieldIDNumber     = "id_number"
	FieldPhone        = "phone"
	FieldHireDate     = "hire_date"
	FieldContract     = "contract"
	FieldJoinDate     = "join_date"
	FieldDecisionDate = "decision_date"
	FieldMemberCode   = "member_code"
	FieldCardDate     = "card_date"
	FieldUnionRole    = "union_role"
	FieldManager      = "manager"
	FieldPrevious     = "previous_union"
)

var (
	cccdPattern     = regexp.MustCompile(`^[0-9]{12}$`)
	passportPattern = regexp.MustCompile(`^[A-Z0-9]{5,20}$`)
	phonePattern    = regexp.MustCompile(`^\+?[0-9 .\-]{8,15}$`)
)

// MinForeignContractMonths is the contract a foreign national needs to join
// (DOMAIN §4: Luật Công đoàn 2024 Art. 5(2), 12 months or more).
const MinForeignContractMonths = 12

// Validate checks a member as the form and the importer do; call Normalize first.
// now is today's date. It returns all problems, errors and warnings alike.
func (m *Member) Validate(now time.Time) Problems {
	var ps Problems
	today := vn.Day(now)
	m.checkTexts(&ps)
	switch {
	case m.Ten == "" && m.Ho == "" && m.TenDem == "":
		ps.add(FieldName, "Họ và tên không được để trống")
	case m.Ten == "":
		// Họ (or tên đệm) typed in its own box, Tên left empty: name the part missing.
		ps.add(FieldName, "Chưa có Tên (tên gọi, ví dụ: Hường)")
	case strings.ContainsAny(m.FullName(), "0123456789@#$%^&*=+<>{}[]|\\/"):
		ps.add(FieldName, "Họ và tên có ký tự không hợp lệ")
	}
	if !m.BirthDate.IsZero() {
		switch {
		case m.BirthDate.After(today):
			ps.add(FieldBirth, "Ngày sinh không được sau ngày hôm nay")
		case m.BirthDate.Year() < today.Year()-100:
			ps.add(FieldBirth, "Năm sinh "+itoa(m.BirthDate.Year())+" không hợp lý (quá 100 tuổi)")
		case ageAt(m.BirthDate, today) < 15:
			ps.add(FieldBirth, "Người lao động phải đủ 15 tuổi trở lên")
		}
	}
	if m.Sex != SexUnknown && m.Sex != SexMale && m.Sex != SexFemale {
		ps.add(FieldSex, "Giới tính phải là Nam hoặc Nữ")
	}
	if m.IDNumber != "" {
		if m.Foreign() {
			if !passportPattern.MatchString(m.IDNumber) {
				ps.add(FieldIDNumber, "Số hộ chiếu chỉ gồm chữ và số, từ 5 đến 20 ký tự")
			}
		} else if !cccdPattern.MatchString(m.IDNumber) {
			ps.add(FieldIDNumber, "Số CCCD phải gồm đúng 12 chữ số")
		}
	}
	if m.Phone != "" && !phonePattern.MatchString(m.Phone) {
		ps.add(FieldPhone, "Số điện thoại không hợp lệ")
	}
	// checkDate refuses a date in the future or before the member was born.
	checkDate := func(field, label string, d time.Time) bool {
		switch {
		case d.IsZero():
			return true
		case d.After(today):
			ps.add(field, label+" không được sau ngày hôm nay")
		case !m.BirthDate.IsZero() && d.Before(m.BirthDate.AddDate(15, 0, 0)):
			ps.add(field, label+" phải sau khi người này đủ 15 tuổi")
		default:
			return true
		}
		return false
	}
	checkDate(FieldHireDate, "Ngày vào làm", m.HireDate)
	if checkDate(FieldJoinDate, "Ngày vào công đoàn", m.JoinDate) &&
		!m.JoinDate.IsZero() && !m.HireDate.IsZero() && m.JoinDate.Before(m.HireDate) && m.JoinKind == JoinAdmitted {
		ps.add(FieldJoinDate, "Ngày kết nạp phải từ ngày vào làm trở đi")
	}
	checkDate(FieldDecisionDate, "Ngày quyết định kết nạp", m.DecisionDate)
	checkDate(FieldCardDate, "Ngày cấp thẻ", m.CardDate)
	if !m.CardDate.IsZero() && !m.JoinDate.IsZero() && m.CardDate.Before(m.JoinDate) {
		ps.add(FieldCardDate, "Ngày cấp thẻ phải từ ngày vào công đoàn trở đi")
	}
	if m.Contract == ContractFixed && (m.ContractMonths < 1 || m.ContractMonths > 36) {
		ps.add(FieldContract, "Thời hạn hợp đồng xác định thời hạn phải từ 1 đến 36 tháng")
	}
	if m.JoinKind == JoinTransferred && m.PreviousUnion == "" {
		ps.warn(FieldPrevious, "Nên ghi đơn vị cũ của đoàn viên chuyển đến")
	}
	// DOMAIN §4 and Implications B: a foreign national joins only with a contract of 12 months or more,
	// and cannot stand for the BCH.
	if m.Foreign() {
		if !(m.Contract == ContractIndefinite || (m.Contract == ContractFixed && m.ContractMonths >= MinForeignContractMonths)) {
			ps.add(FieldContract, "Người nước ngoài chỉ được gia nhập công đoàn khi có hợp đồng lao động từ 12 tháng trở lên")
		}
		ps.warn(FieldNationality, "Đoàn viên là người nước ngoài không được ứng cử, đề cử vào Ban Chấp hành công đoàn")
		if IsLeadershipRole(m.UnionRole) {
			ps.add(FieldUnionRole, "Đoàn viên là người nước ngoài không được giữ chức vụ trong Ban Chấp hành")
		}
	}
	// DOMAIN §4 "Not admitted": managers of non-state enterprises.
	if m.Manager {
		ps.warn(FieldManager, "Người quản lý doanh nghiệp (giám đốc, thành viên HĐQT, người được ủy quyền ký HĐLĐ…) không thuộc đối tượng kết nạp công đoàn")
	}
	return ps
}

// IsLeadershipRole reports whether a union role sits in the BCH/BTV/UBKT.
func IsLeadershipRole(role string) bool {
	f := vn.Fold(role)
	for _, k := range []string{"chu tich", "uy vien", "bch", "ban chap hanh", "ubkt", "thuong vu"} {
		if strings.Contains(f, k) {
			return true
		}
	}
	return false
}

// UnionRoles are the usual chức vụ công đoàn, offered as suggestions.
var UnionRoles = []string{
	"Chủ tịch", "Phó Chủ tịch", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành",
	"Chủ nhiệm UBKT", "Ủy viên UBKT", "Tổ trưởng công đoàn", "Tổ phó công đoàn",
	"Chủ tịch công đoàn bộ phận", "Trưởng ban nữ công",
}

func ageAt(birth, on time.Time) int {
	age := on.Year() - birth.Year()
	if on.Month() < birth.Month() || (on.Month() == birth.Month() && on.Day() < birth.Day()) {
		age--
	}
	return age
}

func itoa(n int) string { return strconv.Itoa(n) }

// MemberFields are the fields of a member as the form labels and shows them
// ("12/03/1990", "Nữ", "Có"): what the audit log records and what a refused
// stale save shows the chair.
var MemberFields = []struct {
	Label string
	Show  func(*Member) string
}{
	{"Họ và tên", func(m *Member) string { return m.FullName() }},
	{"Ngày sinh", func(m *Member) string { return vn.FormatDateOrYear(m.BirthDate, m.BirthYearOnly) }},
	{"Giới tính", func(m *Member) string { return m.Sex.Label() }},
	{"Dân tộc", func(m *Member) string { return m.Ethnicity }},
	{"Quốc tịch", func(m *Member) string { return m.Nationality }},
	{"Số CCCD", func(m *Member) string { return m.IDNumber }},
	{"Số điện thoại", func(m *Member) string { return m.Phone }},
	{"Bộ phận", func(m *Member) string { return m.UnitName }},
	{"Chức danh công việc", func(m *Member) string { return m.JobTitle }},
	{"Ngày vào làm", func(m *Member) string { return vn.FormatDate(m.HireDate) }},
	{"Loại hợp đồng", func(m *Member) string { return m.Contract.Label() }},
	{"Thời hạn hợp đồng (tháng)", func(m *Member) string { return ShowCount(m.ContractMonths) }},
	{"Người quản lý doanh nghiệp", func(m *Member) string { return YesNo(m.Manager) }},
	{"Hình thức vào công đoàn", func(m *Member) string { return m.JoinKind.Label() }},
	{"Ngày vào công đoàn", func(m *Member) string { return vn.FormatDate(m.JoinDate) }},
	{"Đơn vị cũ", func(m *Member) string { return m.PreviousUnion }},
	{"Số quyết định kết nạp", func(m *Member) string { return m.DecisionNumber }},
	{"Ngày quyết định kết nạp", func(m *Member) string { return vn.FormatDate(m.DecisionDate) }},
	{"Mã số đoàn viên", func(m *Member) string { return m.MemberCode }},
	{"Số thẻ đoàn viên", func(m *Member) string { return m.CardNumber }},
	{"Loại thẻ", func(m *Member) string { return m.CardType.Label() }},
	{"Ngày cấp thẻ", func(m *Member) string { return vn.FormatDate(m.CardDate) }},
	{"Chức vụ công đoàn", func(m *Member) string { return m.UnionRole }},
	{"Đảng viên", func(m *Member) string { return YesNo(m.PartyMember) }},
	{"Ghi chú", func(m *Member) string { return m.Notes }},
}

// MemberChanges lists the fields whose shown value differs between two versions
// of a member.
func MemberChanges(old, new *Member) []Change {
	var cs []Change
	for _, f := range MemberFields {
		if o, n := f.Show(old), f.Show(new); o != n {
			cs = append(cs, Change{f.Label, o, n})
		}
	}
	return cs
}
