package data

import (
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// Chăm lo and the other yearly duties (DOMAIN-MODULES §F): the Tết campaign and
// the introductions of outstanding members to the Party.

// The record kinds of chăm lo.
const (
	KindTet        RecordKind = "tet"
	KindPartyIntro RecordKind = "gioi-thieu-dang"
)

// TetPerson is one worker staying or needing support at Tết, with the gift.
type TetPerson struct {
	MemberID  int64
	Name      string
	Unit      string
	Hometown  string
	Reason    string // khó khăn, tai nạn lao động, ở lại…
	Staying   bool   // không về quê
	Gift      int64  // đồng, the support planned for this person
	FromUnion bool   // the gift is union money (else the employer's or a sponsor's)
}

// TetCampaign is one Tết's care (DOMAIN-MODULES §F "Tết campaign per year").
type TetCampaign struct {
	ID            int64
	LunarYear     int       // the year Tết falls in: 2027 for Tết Đinh Mùi
	PayPlan       time.Time // the employer published the Tết pay and bonus plan
	People        []TetPerson
	TatNien       time.Time // bữa cơm tất niên
	TatNienPeople int
	TatNienUnion  int64     // union money spent on it
	Alerts        string    // reported to the upper union (difficulties, unpaid wages)
	Results       string    // for the báo cáo kết quả
	Reported      time.Time // the report sent after Tết
	// SignListID is the finance danh sách ký nhận (KindSignList) that one phiếu
	// chi paid the union's gifts by: the union's money has one path, through
	// thu – chi; the people above are the care list (who needs support, how much).
	SignListID int64
	Notes      string
	Version    int64
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Tet is the first day of the lunar year of the campaign (data/vn's calendar).
func (t *TetCampaign) Tet() time.Time { return vn.TetDate(t.LunarYear) }

// Title names it: "Chăm lo Tết 2027".
func (t *TetCampaign) Title() string { return "Chăm lo Tết " + strconv.Itoa(t.LunarYear) }

// PayPlanDue is the last day the employer may publish its Tết pay and bonus
// plan: Tết − days (DOMAIN-MODULES §F, KH 34/KH-TLĐ: at least 20 days before).
func PayPlanDue(lunarYear, days int) time.Time { return vn.TetDate(lunarYear).AddDate(0, 0, -days) }

// PayPlanLate reports whether the plan was published later than the due day.
func PayPlanLate(published time.Time, lunarYear, days int) bool {
	return !published.IsZero() && vn.Day(published).After(PayPlanDue(lunarYear, days))
}

// GiftTotals are the gift money by source.
func (t *TetCampaign) GiftTotals() (union, other int64) {
	for _, p := range t.People {
		if p.FromUnion {
			union += p.Gift
		} else {
			other += p.Gift
		}
	}
	return union, other
}

// Staying counts the people staying for Tết.
func (t *TetCampaign) Staying() int {
	n := 0
	for _, p := range t.People {
		if p.Staying {
			n++
		}
	}
	return n
}

// Tết field names for messages at the form.
const (
	FieldTetYear     = "tet_year"
	FieldTetPayPlan  = "tet_pay_plan"
	FieldTetPeople   = "tet_people"
	FieldTetTatNien  = "tet_tat_nien"
	FieldTetSignList = "tet_sign_list"
	FieldTetReported = "tet_reported"
)

// Normalize NFC-cleans the texts and drops empty rows.
func (t *TetCampaign) Normalize() {
	t.Alerts, t.Results, t.Notes = vn.CleanMultiline(t.Alerts), vn.CleanMultiline(t.Results), vn.CleanMultiline(t.Notes)
	dayAll(&t.PayPlan, &t.TatNien, &t.Reported)
	ps := t.People[:0:0]
	for _, p := range t.People {
		p.Name, p.Unit, p.Hometown, p.Reason = vn.Clean(p.Name), vn.Clean(p.Unit), vn.Clean(p.Hometown), vn.Clean(p.Reason)
		if p.Name == "" && p.MemberID == 0 && p.Unit == "" && p.Hometown == "" && p.Reason == "" && p.Gift == 0 {
			continue // an empty row; a row with anything typed stays, to be named
		}
		ps = append(ps, p)
	}
	t.People = ps
}

// Validate checks the campaign as the form does, apart from the rules that
// read the settings (SettingsWarnings).
func (t *TetCampaign) Validate(now time.Time) Problems {
	var ps Problems
	if t.LunarYear < 1990 || t.LunarYear > 2100 {
		ps.add(FieldTetYear, "Năm Tết không hợp lệ")
		return ps
	}
	tet := t.Tet()
	switch {
	case t.PayPlan.After(vn.Day(now)):
		ps.add(FieldTetPayPlan, "Ngày công bố không được sau ngày hôm nay")
	case !t.PayPlan.IsZero() && (t.PayPlan.Before(tet.AddDate(0, 0, -tetWindowDays)) || t.PayPlan.After(tet)):
		ps.add(FieldTetPayPlan, "Ngày công bố kế hoạch lương, thưởng phải trước Tết "+vn.FormatDate(tet)+" (trong vòng "+itoa(tetWindowDays)+" ngày)")
	}
	if !t.TatNien.IsZero() && (t.TatNien.Before(tet.AddDate(0, 0, -tetWindowDays)) || t.TatNien.After(tet.AddDate(0, 0, 30))) {
		ps.add(FieldTetTatNien, "Ngày tất niên phải gần Tết "+vn.FormatDate(tet)+" (từ "+itoa(tetWindowDays)+" ngày trước đến 30 ngày sau)")
	}
	switch {
	case t.Reported.After(vn.Day(now)):
		ps.add(FieldTetReported, "Ngày báo cáo không được sau ngày hôm nay")
	case !t.Reported.IsZero() && t.Reported.Before(tet.AddDate(0, 0, -tetWindowDays)):
		ps.add(FieldTetReported, "Ngày báo cáo kết quả phải sau khi bắt đầu chăm lo Tết "+strconv.Itoa(t.LunarYear))
	}
	for i, p := range t.People {
		switch {
		case p.Name == "":
			ps.add(FieldTetPeople, "Dòng "+itoa(i+1)+": cần họ và tên")
		case p.Gift < 0 || p.Gift > 1_000_000_000:
			ps.add(FieldTetPeople, "Dòng "+itoa(i+1)+": số tiền quà không hợp lệ")
		}
		checkTextFields(&ps,
			textField{FieldTetPeople, rowLabel(i, "Họ và tên"), p.Name, MaxNameChars, false},
			textField{FieldTetPeople, rowLabel(i, "Bộ phận"), p.Unit, MaxFieldChars, false},
			textField{FieldTetPeople, rowLabel(i, "Quê quán"), p.Hometown, MaxFieldChars, false},
			textField{FieldTetPeople, rowLabel(i, "Hoàn cảnh"), p.Reason, MaxFieldChars, false})
	}
	if t.SignListID < 0 {
		ps.add(FieldTetSignList, "Danh sách ký nhận không hợp lệ")
	}
	switch {
	case t.TatNienPeople < 0 || t.TatNienUnion < 0:
		ps.add(FieldTetTatNien, "Số người, số tiền tất niên không được âm")
	case t.TatNienPeople > MaxPeopleCount || t.TatNienUnion > MaxVoucherAmount:
		ps.add(FieldTetTatNien, "Số người hoặc số tiền tất niên quá lớn")
	}
	checkTextFields(&ps,
		textField{"tet_alerts", "Báo cáo khẩn cấp trên", t.Alerts, MaxNotesChars, true},
		textField{"tet_results", "Kết quả, đánh giá", t.Results, MaxNotesChars, true},
		textField{"tet_notes", "Ghi chú", t.Notes, MaxNotesChars, true})
	return ps
}

// tetWindowDays: a campaign's dates (the pay plan, the tất niên) fall within
// this many days before its Tết; a date further off is a mistyped year.
const tetWindowDays = 120

// SettingsWarnings are the campaign's warnings under the chair's settings s:
// the Tết pay plan published late (DOMAIN-MODULES §F, KH 34/KH-TLĐ: at least
// 20 days before Tết, a setting) and the union's tất niên money above its
// amount per person (70.000 đ by default, a setting).
func (t *TetCampaign) SettingsWarnings(s EmulationSettings) Problems {
	var ps Problems
	if t.LunarYear < 1990 || t.LunarYear > 2100 {
		return nil
	}
	if PayPlanLate(t.PayPlan, t.LunarYear, s.TetPayPlanDays) {
		ps.warn(FieldTetPayPlan, "Người sử dụng lao động công bố kế hoạch lương, thưởng Tết muộn: chậm nhất ngày "+
			vn.FormatDate(PayPlanDue(t.LunarYear, s.TetPayPlanDays))+" ("+strconv.Itoa(s.TetPayPlanDays)+" ngày trước Tết "+vn.FormatDate(t.Tet())+")")
	}
	if s.TatNienPerPerson > 0 && t.TatNienPeople >= 0 && t.TatNienUnion > int64(t.TatNienPeople)*int64(s.TatNienPerPerson) {
		ps.warn(FieldTetTatNien, "Tiền công đoàn chi tất niên vượt mức "+vn.FormatMoney(int64(s.TatNienPerPerson))+
			"/người (Kế hoạch 34/KH-TLĐ): tối đa "+vn.FormatMoney(int64(t.TatNienPeople)*int64(s.TatNienPerPerson)))
	}
	return ps
}

// tetTodos: from 45 days before Tết, the campaign's plan; the pay-plan check
// on Tết − 20 days until it is recorded; after Tết, the báo cáo kết quả until
// its date is recorded (DOMAIN-MODULES §F "Deadlines to remind").
func tetTodos(ts []TetCampaign, env TodoEnv) []Todo {
	var out []Todo
	s := env.Settings.Emulation
	// The coming Tết: this year's if still ahead, otherwise next year's.
	year := env.Today.Year()
	if env.Today.After(vn.TetDate(year)) {
		year++
	}
	out = append(out, tetReportTodo(ts, year-1, s.TetReportDays)...)
	tet := vn.TetDate(year)
	if env.Today.Before(tet.AddDate(0, 0, -45)) {
		return out
	}
	var rec *TetCampaign
	for i := range ts {
		if ts[i].LunarYear == year {
			rec = &ts[i]
		}
	}
	if rec == nil {
		return append(out, Todo{Due: tet.AddDate(0, 0, -45), Title: "Lập kế hoạch chăm lo Tết " + strconv.Itoa(year) + " (Tết ngày " + vn.FormatDate(tet) + ")",
			Record: RecordRef{Kind: KindTet}})
	}
	if rec.PayPlan.IsZero() {
		out = append(out, Todo{Due: PayPlanDue(year, s.TetPayPlanDays), Title: "Người sử dụng lao động công bố kế hoạch lương, thưởng Tết (trước Tết " +
			strconv.Itoa(s.TetPayPlanDays) + " ngày)", About: rec.Title(), Record: RecordRef{Kind: KindTet, ID: rec.ID}})
	}
	return out
}

// tetReportTodo: the last Tết passed (lunar year past); its campaign, when one
// is recorded and its report is not, asks for the báo cáo kết quả chăm lo Tết
// by Tết + days (the setting TetReportDays). An older campaign is not asked:
// the next Tết's campaign has begun by then.
func tetReportTodo(ts []TetCampaign, past, days int) []Todo {
	for i := range ts {
		t := &ts[i]
		if t.LunarYear == past && t.Reported.IsZero() {
			return []Todo{{Due: TetReportDue(past, days), Title: "Báo cáo kết quả chăm lo Tết " + strconv.Itoa(past) + " gửi công đoàn cấp trên",
				About: t.Title(), Record: RecordRef{Kind: KindTet, ID: t.ID}}}
		}
	}
	return nil
}

var tetPersonColumns = []Column[TetPerson]{
	{"member_id", "", func(p *TetPerson) any { return &p.MemberID }, nil},
	{"name", "", func(p *TetPerson) any { return &p.Name }, nil},
	{"unit", "", func(p *TetPerson) any { return &p.Unit }, nil},
	{"hometown", "", func(p *TetPerson) any { return &p.Hometown }, nil},
	{"reason", "", func(p *TetPerson) any { return &p.Reason }, nil},
	{"staying", "", func(p *TetPerson) any { return &p.Staying }, nil},
	{"gift", "", func(p *TetPerson) any { return &p.Gift }, nil},
	{"from_union", "", func(p *TetPerson) any { return &p.FromUnion }, nil},
}

// TetCampaigns declares the Tết campaign in the registry (registry.go).
var TetCampaigns = &Kind[TetCampaign]{
	Kind:     KindTet,
	Label:    "Chăm lo Tết",
	Table:    "tet_campaign",
	Entity:   "tet_campaign",
	NotFound: "Không tìm thấy hồ sơ chăm lo Tết",
	Columns: []Column[TetCampaign]{
		{"lunar_year", "Tết năm", func(t *TetCampaign) any { return &t.LunarYear }, func(t *TetCampaign) string { return strconv.Itoa(t.LunarYear) }},
		{"pay_plan", "Ngày công bố kế hoạch lương, thưởng Tết", func(t *TetCampaign) any { return &t.PayPlan }, nil},
		{"tat_nien", "Ngày tất niên", func(t *TetCampaign) any { return &t.TatNien }, nil},
		{"tat_nien_people", "Số người dự tất niên", func(t *TetCampaign) any { return &t.TatNienPeople }, nil},
		{"tat_nien_union", "Tiền công đoàn chi tất niên", func(t *TetCampaign) any { return &t.TatNienUnion }, nil},
		{"alerts", "Báo cáo khẩn cấp trên", func(t *TetCampaign) any { return &t.Alerts }, nil},
		{"results", "Kết quả", func(t *TetCampaign) any { return &t.Results }, nil},
		{"reported", "Ngày báo cáo", func(t *TetCampaign) any { return &t.Reported }, nil},
		{"sign_list_id", "Danh sách ký nhận quà (mã)", func(t *TetCampaign) any { return &t.SignListID }, nil},
		{"notes", "Ghi chú", func(t *TetCampaign) any { return &t.Notes }, nil},
	},
	Children: []Child[TetCampaign]{
		Rows("tet_person", "campaign_id", "Người lao động được hỗ trợ", func(t *TetCampaign) *[]TetPerson { return &t.People }, tetPersonColumns,
			func(p *TetPerson) string { return p.Name + " " + vn.FormatMoney(p.Gift) }),
	},
	Meta:      func(t *TetCampaign) Meta { return Meta{&t.ID, &t.Version, &t.CreatedAt, &t.UpdatedAt} },
	Title:     (*TetCampaign).Title,
	Year:      func(t *TetCampaign) int { return t.LunarYear },
	Normalize: (*TetCampaign).Normalize,
	Check: func(t *TetCampaign, env CheckEnv) Problems {
		return append(t.Validate(env.Now), t.SettingsWarnings(env.Settings.Emulation)...)
	},
	Todos: tetTodos,
}

// Party introduction outcomes.
const (
	IntroPending  = ""
	IntroAdmitted = "ket_nap"
	IntroNot      = "chua"
)

// IntroOutcomeLabel shows an outcome.
func IntroOutcomeLabel(o string) string {
	switch o {
	case IntroAdmitted:
		return "Đã được kết nạp Đảng"
	case IntroNot:
		return "Chưa được kết nạp"
	}
	return "Đang xem xét"
}

// PartyIntro is one outstanding member introduced to the Party (DOMAIN-MODULES
// §F "Party introductions: member, date, Party cell, outcome").
type PartyIntro struct {
	ID        int64
	MemberID  int64
	Name      string
	Unit      string
	Date      time.Time
	Cell      string // chi bộ
	Outcome   string
	Admitted  time.Time
	Notes     string
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Title names it: "Giới thiệu Nguyễn Thị Hoa (10/05/2026)".
func (p *PartyIntro) Title() string {
	return "Giới thiệu " + p.Name + " (" + vn.FormatDate(p.Date) + ")"
}

// Party introduction field names for messages at the form.
const (
	FieldPiName    = "pi_name"
	FieldPiDate    = "pi_date"
	FieldPiOutcome = "pi_outcome"
)

// Normalize NFC-cleans the texts.
func (p *PartyIntro) Normalize() {
	p.Name, p.Unit, p.Cell, p.Notes = vn.Clean(p.Name), vn.Clean(p.Unit), vn.Clean(p.Cell), vn.CleanMultiline(p.Notes)
	dayAll(&p.Date, &p.Admitted)
	if p.Outcome != IntroAdmitted {
		p.Admitted = time.Time{}
	}
}

// Validate checks an introduction as the form does.
func (p *PartyIntro) Validate(now time.Time) Problems {
	var ps Problems
	if p.Name == "" {
		ps.add(FieldPiName, "Cần chọn đoàn viên được giới thiệu")
	}
	checkTextFields(&ps,
		textField{FieldPiName, "Họ và tên", p.Name, MaxNameChars, false},
		textField{"pi_unit", "Bộ phận", p.Unit, MaxFieldChars, false},
		textField{"pi_cell", "Chi bộ", p.Cell, MaxFieldChars, false},
		textField{"pi_notes", "Ghi chú", p.Notes, MaxNotesChars, true})
	checkDates(&ps, FieldPiDate, "Ngày giới thiệu", p.Date)
	checkDates(&ps, FieldPiOutcome, "Ngày kết nạp Đảng", p.Admitted)
	if p.Admitted.After(vn.Day(now)) {
		ps.add(FieldPiOutcome, "Ngày kết nạp Đảng không được sau ngày hôm nay")
	}
	switch {
	case p.Date.IsZero():
		ps.add(FieldPiDate, "Cần nhập ngày giới thiệu")
	case p.Date.After(vn.Day(now)):
		ps.add(FieldPiDate, "Ngày giới thiệu không được sau ngày hôm nay")
	}
	if p.Outcome == IntroAdmitted && !p.Admitted.IsZero() && p.Admitted.Before(p.Date) {
		ps.add(FieldPiOutcome, "Ngày kết nạp Đảng phải sau ngày giới thiệu")
	}
	return ps
}

// partyIntroTodos: in the fourth quarter, a year with no introduction yet
// (DOMAIN-MODULES §F: the target is at least one per CĐCS per year).
func partyIntroTodos(ps []PartyIntro, env TodoEnv) []Todo {
	year := env.Today.Year()
	if env.Today.Month() < time.October {
		return nil
	}
	for _, p := range ps {
		if p.Date.Year() == year {
			return nil
		}
	}
	return []Todo{{Due: time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC),
		Title:  "Giới thiệu đoàn viên ưu tú cho Đảng: năm " + strconv.Itoa(year) + " chưa có (chỉ tiêu ít nhất 1 người mỗi năm)",
		Record: RecordRef{Kind: KindPartyIntro}}}
}

// PartyIntros declares the Party introductions in the registry (registry.go).
var PartyIntros = &Kind[PartyIntro]{
	Kind:     KindPartyIntro,
	Label:    "Giới thiệu đoàn viên ưu tú cho Đảng",
	Table:    "party_intro",
	Entity:   "party_intro",
	NotFound: "Không tìm thấy hồ sơ giới thiệu",
	Columns: []Column[PartyIntro]{
		{"member_id", "Đoàn viên (mã)", func(p *PartyIntro) any { return &p.MemberID }, nil},
		{"name", "Họ và tên", func(p *PartyIntro) any { return &p.Name }, nil},
		{"unit", "Bộ phận", func(p *PartyIntro) any { return &p.Unit }, nil},
		{"date", "Ngày giới thiệu", func(p *PartyIntro) any { return &p.Date }, nil},
		{"cell", "Chi bộ", func(p *PartyIntro) any { return &p.Cell }, nil},
		{"outcome", "Kết quả", func(p *PartyIntro) any { return &p.Outcome }, func(p *PartyIntro) string { return IntroOutcomeLabel(p.Outcome) }},
		{"admitted", "Ngày kết nạp Đảng", func(p *PartyIntro) any { return &p.Admitted }, nil},
		{"notes", "Ghi chú", func(p *PartyIntro) any { return &p.Notes }, nil},
	},
	Meta:      func(p *PartyIntro) Meta { return Meta{&p.ID, &p.Version, &p.CreatedAt, &p.UpdatedAt} },
	Title:     (*PartyIntro).Title,
	Year:      func(p *PartyIntro) int { return p.Date.Year() },
	Normalize: (*PartyIntro).Normalize,
	Check:     func(p *PartyIntro, env CheckEnv) Problems { return p.Validate(env.Now) },
	Todos:     partyIntroTodos,
}
