package data

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func giftMessages(ps Problems) string {
	var ms []string
	for _, p := range ps {
		if p.Field != FieldTetSignList || !p.Warning {
			panic("a gift check that is not a warning at the list: " + p.Field + " " + p.Message)
		}
		ms = append(ms, p.Message)
	}
	return strings.Join(ms, "\n")
}

// The campaign's union gifts against the linked ký nhận list and its phiếu chi
// (issue 14 point 6): agreement says nothing; each disagreement is named, as a
// warning, and nothing is changed.
func TestTetGiftCheck(t *testing.T) {
	camp := func() *TetCampaign {
		return &TetCampaign{LunarYear: 2027, People: []TetPerson{
			{MemberID: 7, Name: "Nguyễn Thị Hoa", Gift: 500_000, FromUnion: true},
			{Name: "Trần Văn Bình", Gift: 500_000, FromUnion: true},
			{Name: "Lê Văn Cường", Gift: 1_000_000}, // the employer's gift: not on the union's list
		}}
	}
	list := func() *SignList {
		return &SignList{ID: 3, Title: "Quà Tết", Date: d(2027, 1, 25), Rows: []SignRow{
			{MemberID: 7, Name: "Nguyễn Thị Hoa", Amount: 500_000},
			{Name: "trần văn bình", Amount: 500_000}, // the same name typed in lower case
		}}
	}
	voucher := &Voucher{Number: 12, Amount: 1_000_000, LinkKind: KindSignList, LinkID: 3}
	c, l := camp(), list()
	before := *c
	if ps := TetGiftCheck(c, l, voucher); len(ps) != 0 {
		t.Fatalf("agreeing campaign and list: %v", ps)
	}
	if len(c.People) != len(before.People) || c.People[0] != before.People[0] {
		t.Fatal("the check changed the campaign")
	}

	// No list while the union gives gifts.
	if got := giftMessages(TetGiftCheck(c, nil, nil)); !strings.Contains(got, "1.000.000") || !strings.Contains(got, "chưa có danh sách ký nhận") {
		t.Errorf("no list: %q", got)
	}
	// No list and no union gifts: nothing to say.
	c.People[0].FromUnion, c.People[1].FromUnion = false, false
	if ps := TetGiftCheck(c, nil, nil); len(ps) != 0 {
		t.Errorf("no union gifts, no list: %v", ps)
	}

	// A person on the campaign missing from the list, one on the list not on it.
	c, l = camp(), list()
	c.People[1].Name = "Trần Văn Bính"
	got := giftMessages(TetGiftCheck(c, l, voucher))
	if !strings.Contains(got, "Không có trong danh sách ký nhận: Trần Văn Bính") || !strings.Contains(got, "không có trong đợt Tết (hoặc không đánh dấu tiền công đoàn): trần văn bình") {
		t.Errorf("names differ by a mark: %q", got)
	}

	// An amount differs: the count agrees, the money does not, the person is named.
	c, l = camp(), list()
	l.Rows[0].Amount = 400_000
	voucher2 := &Voucher{Number: 12, Amount: 900_000, LinkKind: KindSignList, LinkID: 3}
	got = giftMessages(TetGiftCheck(c, l, voucher2))
	if strings.Contains(got, "Số người") || !strings.Contains(got, "khác tổng danh sách ký nhận (900.000") ||
		!strings.Contains(got, "Nguyễn Thị Hoa (500.000 đ / 400.000 đ)") {
		t.Errorf("amount differs: %q", got)
	}

	// One more person on the list than the campaign marks as union-paid.
	c, l = camp(), list()
	l.Rows = append(l.Rows, SignRow{Name: "Lê Văn Cường", Amount: 1_000_000})
	got = giftMessages(TetGiftCheck(c, l, &Voucher{Number: 12, Amount: 2_000_000}))
	if !strings.Contains(got, "(2) khác số người trong danh sách ký nhận (3)") || !strings.Contains(got, "Lê Văn Cường") {
		t.Errorf("a person more on the list: %q", got)
	}

	// The list not paid, or paid by a phiếu chi of another sum.
	c, l = camp(), list()
	if got = giftMessages(TetGiftCheck(c, l, nil)); got != "Danh sách ký nhận chưa có phiếu chi" {
		t.Errorf("unpaid list: %q", got)
	}
	if got = giftMessages(TetGiftCheck(c, l, &Voucher{Number: 12, Amount: 1_200_000})); !strings.Contains(got, "1.200.000") {
		t.Errorf("voucher of another sum: %q", got)
	}
}

// The báo cáo kết quả chăm lo Tết in Việc cần làm: after Tết, for the
// campaign of the Tết just passed, due Tết + 15 days (a setting), until the
// date of the report is recorded.
func TestTetReportTodo(t *testing.T) {
	s := DefaultRuleSettings()
	if s.Emulation.TetReportDays != 15 {
		t.Fatalf("default report days %d", s.Emulation.TetReportDays)
	}
	report := func(today time.Time, ts ...TetCampaign) []Todo {
		var out []Todo
		for _, td := range tetTodos(ts, TodoEnv{Today: today, Settings: s}) {
			if strings.HasPrefix(td.Title, "Báo cáo kết quả chăm lo Tết") {
				out = append(out, td)
			}
		}
		return out
	}
	c := TetCampaign{ID: 9, LunarYear: 2027, PayPlan: d(2027, 1, 10)}
	// Tết 2027 is 06/02: on Tết itself nothing yet, the day after the report is asked.
	if got := report(d(2027, 2, 6), c); len(got) != 0 {
		t.Errorf("on Tết: %+v", got)
	}
	got := report(d(2027, 2, 7), c)
	if len(got) != 1 || !got[0].Due.Equal(d(2027, 2, 21)) || got[0].Record.ID != 9 {
		t.Fatalf("after Tết: %+v", got)
	}
	// Still asked when late, until recorded.
	if got = report(d(2027, 11, 30), c); len(got) != 1 {
		t.Errorf("late, unrecorded: %+v", got)
	}
	c.Reported = d(2027, 2, 20)
	if got = report(d(2027, 2, 25), c); len(got) != 0 {
		t.Errorf("recorded: %+v", got)
	}
	// No campaign recorded for the Tết passed: nothing is asked (no fact to report).
	if got = report(d(2027, 3, 1)); len(got) != 0 {
		t.Errorf("no campaign: %+v", got)
	}
	// The setting moves the due day.
	s.Emulation.TetReportDays = 30
	c.Reported = time.Time{}
	if got = report(d(2027, 2, 10), c); len(got) != 1 || !got[0].Due.Equal(d(2027, 3, 8)) {
		t.Errorf("30 days: %+v", got)
	}
}

// Bad input on the chăm lo and nữ công forms: refused with the field and the
// row named, nothing stored silently.
func TestCareAndWomenRefuseBadInput(t *testing.T) {
	now := d(2027, 3, 1)
	has := func(ps Problems, field, want string) bool {
		for _, p := range ps {
			if p.Field == field && !p.Warning && strings.Contains(p.Message, want) {
				return true
			}
		}
		return false
	}
	// A Ban nữ công row with a unit but no name is refused with its line, not dropped.
	wc := WomenCommittee{DecisionDate: d(2027, 1, 5), Members: []CommitteeMember{
		{Name: "Nguyễn Thị Hoa", Role: RoleCommitteeHead},
		{Role: RoleCommitteeMember, Unit: "Tổ May 2"},
		{Role: RoleCommitteeMember}, // an untouched row: dropped
	}}
	wc.Normalize()
	if len(wc.Members) != 2 {
		t.Fatalf("rows kept: %+v", wc.Members)
	}
	if ps := wc.Validate(now); !has(ps, FieldWcMembers, "Dòng 2: cần họ và tên") {
		t.Errorf("empty name: %v", ps)
	}
	// A name pasted with a tab and a line break is one line; NFD is stored NFC.
	nfd := norm.NFD.String("Trần Thị Ánh")
	wc = WomenCommittee{DecisionDate: d(2027, 1, 5), Members: []CommitteeMember{{Name: nfd + "\t\n", Role: RoleCommitteeHead}}}
	wc.Normalize()
	if wc.Members[0].Name != "Trần Thị Ánh" {
		t.Errorf("NFD name stored as %q", wc.Members[0].Name)
	}
	// A very long name, a hidden character, a date of year 0026.
	wc = WomenCommittee{DecisionDate: d(26, 1, 5), Members: []CommitteeMember{
		{Name: strings.Repeat("Nguyễn ", 30), Role: RoleCommitteeHead}, {Name: "Lê\u200bThị Mai"}}}
	wc.Normalize()
	ps := wc.Validate(now)
	if !has(ps, FieldWcMembers, "Dòng 1: Họ và tên dài") || !has(ps, FieldWcMembers, "Dòng 2: Họ và tên chứa ký tự không nhìn thấy") ||
		!has(ps, FieldWcDecision, "trước năm 1990") {
		t.Errorf("long, hidden, year 26: %v", ps)
	}

	// Tết: amounts, counts and dates out of range.
	tc := TetCampaign{LunarYear: 2027, TatNienPeople: 2_000_000, People: []TetPerson{{Name: "A", Gift: -1}, {Name: "B\u202e", Gift: 5}}}
	ps = tc.Validate(now)
	if !has(ps, FieldTetPeople, "Dòng 1: số tiền quà không hợp lệ") || !has(ps, FieldTetPeople, "Dòng 2: Họ và tên chứa") || !has(ps, FieldTetTatNien, "quá lớn") {
		t.Errorf("tết amounts: %v", ps)
	}
	tc = TetCampaign{LunarYear: 2027, PayPlan: d(2026, 1, 10), TatNien: d(2028, 1, 20), Reported: d(2027, 3, 2)}
	ps = tc.Validate(now)
	if !has(ps, FieldTetPayPlan, "trước Tết 06/02/2027") || !has(ps, FieldTetTatNien, "gần Tết") || !has(ps, FieldTetReported, "sau ngày hôm nay") {
		t.Errorf("tết dates: %v", ps)
	}
	tc = TetCampaign{LunarYear: 2027, PayPlan: d(2027, 1, 10), TatNien: d(2027, 1, 30), Reported: d(2027, 2, 20)}
	if ps = tc.Validate(now); ps.Err() != nil {
		t.Errorf("a good campaign refused: %v", ps)
	}
	// Activities and movement: counts and years out of range.
	a := WomenActivity{Year: 9999, Occasion: OccasionWomensDay, Participants: 5_000_000}
	ps = a.Validate(now)
	if !has(ps, FieldWaYear, "Năm không hợp lệ") || !has(ps, "wa_participants", "không hợp lệ") {
		t.Errorf("activity: %v", ps)
	}
	pi := PartyIntro{Name: "Lê Văn An", Date: d(2027, 1, 2), Outcome: IntroAdmitted, Admitted: d(2027, 5, 1)}
	if ps = pi.Validate(now); !has(ps, FieldPiOutcome, "sau ngày hôm nay") {
		t.Errorf("admitted in the future: %v", ps)
	}
}
