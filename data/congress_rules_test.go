package data_test

import (
	"context"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// problem returns the first blocking message of ps, "" when there is none.
func problem(ps data.Problems) string {
	if err := ps.Err(); err != nil {
		return err.Error()
	}
	return ""
}

func TestCongressForm(t *testing.T) {
	cases := []struct {
		name    string
		members int
		form    data.CongressForm
		consent bool
		want    string // part of the message; "" when allowed
	}{
		{"199 members hold a general congress", 199, data.FormGeneral, false, ""},
		{"199 members may not hold a delegate congress without consent", 199, data.FormDelegate, false, "được công đoàn cấp trên trực tiếp đồng ý"},
		{"199 members may hold a delegate congress with consent", 199, data.FormDelegate, true, ""},
		{"200 members hold a delegate congress", 200, data.FormDelegate, false, ""},
		{"200 members may not hold a general congress", 200, data.FormGeneral, false, "Công đoàn có 200 đoàn viên (từ 200 trở lên) tổ chức đại hội đại biểu (Kế hoạch 22/KH-TLĐ, mục D)"},
		{"consent does not let 5,000 members meet in full", 5000, data.FormGeneral, true, "5.000 đoàn viên"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := problem(data.CheckCongressForm(c.members, c.form, c.consent))
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if data.RequiredCongressForm(199) != data.FormGeneral || data.RequiredCongressForm(200) != data.FormDelegate {
		t.Error("RequiredCongressForm at 199/200")
	}
}

func TestDelegates(t *testing.T) {
	cases := []struct {
		name               string
		members, delegates int
		consent            bool
		want               string
	}{
		{"half the maximum of 150 is the least", 300, 75, false, ""},
		{"one fewer than half is refused", 300, 74, false, "ít nhất 75 đại biểu"},
		{"the maximum is allowed", 300, 150, false, ""},
		{"one above the maximum needs consent", 300, 151, false, "phải được công đoàn cấp trên đồng ý và không quá 10%, tức 165"},
		{"10% above with consent is allowed", 300, 165, true, ""},
		{"more than 10% above is refused even with consent", 300, 166, true, "150 + 10% = 165"},
		{"4,999 members: at most 150", 4999, 151, false, "Tối đa 150"},
		{"5,000 members: 200 allowed", 5000, 200, false, ""},
		{"5,000 members: at least 100", 5000, 99, false, "ít nhất 100 đại biểu"},
		{"5,000 members: 220 with consent", 5000, 220, true, ""},
		{"never more delegates than members", 120, 121, true, "nhiều hơn số đoàn viên"},
		{"a small CĐCS by consent may call all its members", 60, 60, true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := problem(data.CheckDelegates(c.members, c.delegates, c.consent))
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestGuestsAndQuorum(t *testing.T) {
	if p := problem(data.CheckGuests(15, 100)); p != "" {
		t.Errorf("15%% refused: %s", p)
	}
	if p := problem(data.CheckGuests(16, 100)); !strings.Contains(p, "tối đa 15 người cho 100 đại biểu") {
		t.Errorf("16%% of 100: %q", p)
	}
	if p := problem(data.CheckGuests(23, 150)); !strings.Contains(p, "tối đa 22 người") {
		t.Errorf("23 of 150 (15.3%%): %q", p)
	}
	q := data.DefaultCongressSettings().Quorum
	if p := problem(data.CheckCongressQuorum(q, 100, 150)); p != "" {
		t.Errorf("2/3 exactly refused: %s", p)
	}
	if p := problem(data.CheckCongressQuorum(q, 99, 150)); !strings.Contains(p, "cần 100/150 người, mới có 99") {
		t.Errorf("one short of 2/3: %q", p)
	}
	if p := problem(data.CheckCongressQuorum(q, 151, 150)); !strings.Contains(p, "nhiều hơn số được triệu tập") {
		t.Errorf("more present than called: %q", p)
	}
}

func TestBCHBandTables(t *testing.T) {
	// Every edge of both tables: the last count of a band and the first of the next.
	cases := []struct {
		table    data.BCHTable
		members  int
		min, max int
	}{
		{data.BCHTableKH22, 0, 3, 3}, {data.BCHTableKH22, 49, 3, 3}, {data.BCHTableKH22, 50, 3, 5},
		{data.BCHTableKH22, 149, 3, 5}, {data.BCHTableKH22, 150, 3, 9}, {data.BCHTableKH22, 199, 3, 9},
		{data.BCHTableKH22, 200, 3, 9}, {data.BCHTableKH22, 499, 3, 9}, {data.BCHTableKH22, 500, 3, 11},
		{data.BCHTableKH22, 999, 3, 11}, {data.BCHTableKH22, 1000, 3, 13}, {data.BCHTableKH22, 2999, 3, 13},
		{data.BCHTableKH22, 3000, 3, 15}, {data.BCHTableKH22, 6999, 3, 15}, {data.BCHTableKH22, 7000, 3, 17},
		{data.BCHTableKH22, 9999, 3, 17}, {data.BCHTableKH22, 10000, 3, 19}, {data.BCHTableKH22, 14999, 3, 19},
		{data.BCHTableKH22, 15000, 3, 21}, {data.BCHTableKH22, 19999, 3, 21}, {data.BCHTableKH22, 20000, 3, 23},
		{data.BCHTableKH22, 24999, 3, 23}, {data.BCHTableKH22, 25000, 3, 25}, {data.BCHTableKH22, 100000, 3, 25},

		{data.BCHTableHD38, 29, 3, 3}, {data.BCHTableHD38, 30, 3, 7}, {data.BCHTableHD38, 49, 3, 7},
		{data.BCHTableHD38, 50, 3, 7}, {data.BCHTableHD38, 149, 3, 7}, {data.BCHTableHD38, 150, 3, 11},
		{data.BCHTableHD38, 199, 3, 11}, {data.BCHTableHD38, 200, 3, 11}, {data.BCHTableHD38, 499, 3, 11},
		{data.BCHTableHD38, 500, 3, 13}, {data.BCHTableHD38, 999, 3, 13}, {data.BCHTableHD38, 1000, 3, 15},
		{data.BCHTableHD38, 2999, 3, 15}, {data.BCHTableHD38, 3000, 3, 17}, {data.BCHTableHD38, 6999, 3, 17},
		{data.BCHTableHD38, 7000, 3, 19}, {data.BCHTableHD38, 9999, 3, 19}, {data.BCHTableHD38, 10000, 3, 21},
		{data.BCHTableHD38, 14999, 3, 21}, {data.BCHTableHD38, 15000, 3, 23}, {data.BCHTableHD38, 19999, 3, 23},
		{data.BCHTableHD38, 20000, 3, 25}, {data.BCHTableHD38, 24999, 3, 25}, {data.BCHTableHD38, 25000, 3, 27},
	}
	for _, c := range cases {
		b := c.table.Band(c.members)
		if b.Min != c.min || b.Max != c.max {
			t.Errorf("%s, %d members: band %d–%d, want %d–%d", c.table.Code, c.members, b.Min, b.Max, c.min, c.max)
		}
		// The checks agree with the band at both ends and one beyond.
		if p := problem(c.table.CheckBCHSize(c.members, c.max, false)); p != "" {
			t.Errorf("%s, %d members: %d refused: %s", c.table.Code, c.members, c.max, p)
		}
		if p := problem(c.table.CheckBCHSize(c.members, c.max+1, false)); !strings.Contains(p, c.table.Source) {
			t.Errorf("%s, %d members: %d allowed or uncited: %q", c.table.Code, c.members, c.max+1, p)
		}
		if p := problem(c.table.CheckBCHSize(c.members, c.min-1, false)); !strings.Contains(p, "ít nhất 3 ủy viên") {
			t.Errorf("%s, %d members: %d allowed: %q", c.table.Code, c.members, c.min-1, p)
		}
	}
	t.Run("HD 38 allows 10% more on the upper level's decision; KH 22 gives no increase", func(t *testing.T) {
		if p := problem(data.BCHTableHD38.CheckBCHSize(25000, 29, true)); p != "" {
			t.Errorf("27 + 10%% refused: %s", p)
		}
		if p := problem(data.BCHTableHD38.CheckBCHSize(25000, 30, true)); !strings.Contains(p, "tối đa 29 ủy viên") {
			t.Errorf("30 of 27+10%%: %q", p)
		}
		if p := problem(data.BCHTableHD38.CheckBCHSize(1000, 16, false)); !strings.Contains(p, "tăng thêm không quá 10%") {
			t.Errorf("the increase is not mentioned: %q", p)
		}
		if p := problem(data.BCHTableKH22.CheckBCHSize(1000, 14, true)); !strings.Contains(p, "tối đa 13 ủy viên") {
			t.Errorf("KH 22 with an increase: %q", p)
		}
		if p := problem(data.BCHTableKH22.CheckBCHSize(49, 4, false)); !strings.Contains(p, "49 đoàn viên bầu 3 ủy viên") {
			t.Errorf("under 50: %q", p)
		}
	})
	if tb := (data.CongressSettings{BCHTable: "hd38-2024"}).Table(); tb.Code != "hd38-2024" {
		t.Errorf("table by setting: %s", tb.Code)
	}
}

func TestBTVAndUBKT(t *testing.T) {
	cases := []struct {
		name string
		ps   data.Problems
		want string
	}{
		{"no BTV under 9 BCH members", data.CheckBTVSize(7, 0), ""},
		{"a BTV of 3 for a BCH of 9", data.CheckBTVSize(9, 3), ""},
		{"a BTV with a BCH of 8 is refused", data.CheckBTVSize(8, 2), "từ 9 ủy viên trở lên; Ban Chấp hành này có 8"},
		{"a BTV over a third is refused", data.CheckBTVSize(11, 4), "tối đa 3 người khi Ban Chấp hành có 11"},
		{"a UBKT of 9 is allowed", data.CheckUBKT(500, 9, 3), ""},
		{"a UBKT of 10 is refused", data.CheckUBKT(500, 10, 0), "không quá 9 ủy viên"},
		{"30 members elect a UBKT", data.CheckUBKT(30, 3, 1), ""},
		{"29 members do not", data.CheckUBKT(29, 3, 1), "dưới 30 đoàn viên (có 29)"},
		{"29 members assign one BCH member", data.CheckUBKT(29, 1, 1), ""},
		{"29 members: the one assigned must be on the BCH", data.CheckUBKT(29, 1, 0), "phân công một ủy viên Ban Chấp hành"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := problem(c.ps)
			if (c.want == "") != (got == "") || !strings.Contains(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
	if w := data.CheckUBKT(500, 5, 2).Warnings(); len(w) != 1 || !strings.Contains(w[0].Message, "không quá 1/3") {
		t.Errorf("BCH members over a third of the UBKT: %+v", w)
	}
}

func TestCandidateCitizenship(t *testing.T) {
	vnm := &data.Member{Ho: "Nguyễn", Ten: "An", Nationality: data.Vietnam}
	if p := problem(data.CheckCandidate(vnm)); p != "" {
		t.Errorf("a citizen refused: %s", p)
	}
	kr := &data.Member{Ho: "Kim", Ten: "Min-jun", Nationality: "Hàn Quốc"}
	if p := problem(data.CheckCandidate(kr)); !strings.Contains(p, "Kim Min-jun có quốc tịch Hàn Quốc: chỉ đoàn viên là công dân Việt Nam") {
		t.Errorf("a foreigner: %q", p)
	}
}

func TestRecognitionDeadlines(t *testing.T) {
	cal := vn.NewCalendar()
	// First BCH meeting Friday 12/12/2025: 10 working days is Friday 26/12/2025.
	if got := data.RecognitionDue(cal, day(2025, 12, 12)); !got.Equal(day(2025, 12, 26)) {
		t.Errorf("due %s", vn.FormatDate(got))
	}
	// Across Tết Dương lịch: meeting Monday 22/12/2025 → 1/1/2026 is a holiday → Tuesday 6/1/2026.
	if got := data.RecognitionDue(cal, day(2025, 12, 22)); !got.Equal(day(2026, 1, 6)) {
		t.Errorf("due across 1/1: %s", vn.FormatDate(got))
	}
	// Sent Monday 5/1/2026: ask again on Monday 19/1/2026.
	if got := data.RecognitionFollowUp(cal, day(2026, 1, 5)); !got.Equal(day(2026, 1, 19)) {
		t.Errorf("follow-up %s", vn.FormatDate(got))
	}
	if got := data.BallotsKeptUntil(day(2025, 12, 12), 6); !got.Equal(day(2026, 6, 12)) {
		t.Errorf("ballots kept until %s", vn.FormatDate(got))
	}
}

// memSettings is a SettingsService in memory.
type memSettings map[string]string

func (m memSettings) Setting(_ context.Context, k string) (string, bool, error) {
	v, ok := m[k]
	return v, ok, nil
}

func (m memSettings) SetSetting(_ context.Context, k, v string) error {
	if v == "" {
		delete(m, k)
	} else {
		m[k] = v
	}
	return nil
}

func (m memSettings) SetSettings(ctx context.Context, values map[string]string) error {
	for k, v := range values {
		_ = m.SetSetting(ctx, k, v)
	}
	return nil
}

func (m memSettings) Remember(ctx context.Context, k, v string) error { return m.SetSetting(ctx, k, v) }

func TestCongressSettingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	m := memSettings{}
	r := data.DefaultRuleSettings()
	r.Congress = data.CongressSettings{ElectionBase: data.BaseValid, Quorum: data.Fraction{Num: 3, Den: 4}, BCHTable: "hd38-2024", BallotKeepMonths: 12}
	if err := data.SaveRuleSettings(ctx, m, r); err != nil {
		t.Fatal(err)
	}
	got, err := data.LoadRuleSettings(ctx, m)
	if err != nil || got.Congress != r.Congress {
		t.Errorf("loaded %+v, %v", got.Congress, err)
	}
	if m[data.KeyElectionBase] != "hop_le" || m[data.KeyBCHTable] != "hd38-2024" {
		t.Errorf("stored %v", m)
	}
	// A value the app cannot read keeps the default rather than stopping the app.
	m[data.KeyBCHTable] = "kh99"
	m[data.KeyElectionBase] = "đa số"
	got, _ = data.LoadRuleSettings(ctx, m)
	if got.Congress.BCHTable != "kh22-2025" || got.Congress.ElectionBase != data.BaseCollected {
		t.Errorf("bad values loaded as %+v", got.Congress)
	}
	bad := data.DefaultRuleSettings()
	bad.Congress.Quorum = data.Fraction{Num: 0, Den: 3}
	if err := data.SaveRuleSettings(ctx, m, bad); err == nil {
		t.Error("a quorum of 0 was saved")
	}
}
