package data

import (
	"fmt"
	"time"

	"socongdoan/data/vn"
)

// The size and form rules of a CĐCS congress (DOMAIN-MODULES §C.1–§C.2 and
// Implications C "Rules to check"). Each check returns Problems whose message is
// Vietnamese and cites its rule, so a form can show it as the chair types. The
// numbers of Kế hoạch 22/KH-TLĐ (29/8/2025) are for the 2025–2030 round [M];
// the BCH band tables are dated data (BCHTables) and the uncertain values are
// CongressSettings.

// CongressForm is how a congress is held.
type CongressForm string

// The forms (KH 22 §D).
const (
	FormGeneral  CongressForm = "toan_the" // đại hội toàn thể: every member
	FormDelegate CongressForm = "dai_bieu" // đại hội đại biểu
)

// Label is the form as written in the congress's name.
func (f CongressForm) Label() string {
	if f == FormDelegate {
		return "đại hội đại biểu"
	}
	return "đại hội toàn thể"
}

// The numbers of KH 22 §D (DOMAIN-MODULES §C.1) [M].
const (
	DelegateFormMembers     = 200  // from 200 members: đại hội đại biểu
	MaxDelegates            = 150  // official delegates at most…
	MaxDelegatesLarge       = 200  // …or 200 where the CĐCS has…
	LargeCongressMembers    = 5000 // …5,000 members or more
	DelegateIncreasePercent = 10   // above the maximum only with upper-level consent, by ≤ 10%
	GuestPercent            = 15   // guests ≤ 15% of the official delegates called
	kh22                    = "Kế hoạch 22/KH-TLĐ, mục D"
)

// Field names of the congress checks.
const (
	FieldCongressForm      = "hinh_thuc"
	FieldCongressDelegates = "so_dai_bieu"
	FieldCongressGuests    = "khach_moi"
	FieldCongressQuorum    = "co_mat"
	FieldCongressBCH       = "so_uy_vien_bch"
	FieldCongressBTV       = "so_uy_vien_btv"
	FieldCongressUBKT      = "so_uy_vien_ubkt"
	FieldCandidate         = "ung_cu_vien"
)

// RequiredCongressForm is the form KH 22 §D gives for a member count: toàn thể
// below 200 members, đại biểu from 200.
func RequiredCongressForm(members int) CongressForm {
	if members >= DelegateFormMembers {
		return FormDelegate
	}
	return FormGeneral
}

// CheckCongressForm checks the chosen form against the member count. A CĐCS
// under 200 members that is dispersed or mobile may hold a đại hội đại biểu only
// with the upper level's consent (upperConsent recorded); from 200 members the
// congress is one of delegates.
func CheckCongressForm(members int, form CongressForm, upperConsent bool) Problems {
	var ps Problems
	switch {
	case members >= DelegateFormMembers && form != FormDelegate:
		ps.add(FieldCongressForm, fmt.Sprintf("Công đoàn có %s đoàn viên (từ 200 trở lên) tổ chức đại hội đại biểu (%s)",
			vn.FormatInt(int64(members)), kh22))
	case members < DelegateFormMembers && form == FormDelegate && !upperConsent:
		ps.add(FieldCongressForm, fmt.Sprintf("Công đoàn có %d đoàn viên (dưới 200) tổ chức đại hội toàn thể; đại hội đại biểu chỉ khi hoạt động phân tán, lưu động và được công đoàn cấp trên trực tiếp đồng ý (%s) — hãy ghi văn bản đồng ý",
			members, kh22))
	}
	return ps
}

// DelegateLimit is the most official delegates a delegate congress may have
// without the upper level's consent: 150, or 200 from 5,000 members (KH 22 §D).
func DelegateLimit(members int) int {
	if members >= LargeCongressMembers {
		return MaxDelegatesLarge
	}
	return MaxDelegates
}

// DelegateRange is the allowed number of official delegates called: at least
// half the maximum, at most the maximum, or 10% more with the upper level's consent.
func DelegateRange(members int, upperConsent bool) (lo, max int) {
	limit := DelegateLimit(members)
	max = limit
	if upperConsent {
		max = limit + limit*DelegateIncreasePercent/100
	}
	// A small CĐCS holding a delegate congress by consent cannot call more than
	// its members, so half the maximum is then at most all of them.
	return min((limit+1)/2, members), max
}

// CheckDelegates checks the number of official delegates called to a delegate
// congress, never more than the members.
func CheckDelegates(members, delegates int, upperConsent bool) Problems {
	var ps Problems
	lo, hi := DelegateRange(members, upperConsent)
	limit := DelegateLimit(members)
	switch {
	case delegates > members:
		ps.add(FieldCongressDelegates, fmt.Sprintf("Số đại biểu chính thức (%d) nhiều hơn số đoàn viên (%d)", delegates, members))
	case delegates < lo:
		ps.add(FieldCongressDelegates, fmt.Sprintf("Triệu tập ít nhất %d đại biểu chính thức, một nửa số tối đa %d (%s)", lo, limit, kh22))
	case delegates > hi && !upperConsent:
		ps.add(FieldCongressDelegates, fmt.Sprintf("Tối đa %d đại biểu chính thức; vượt số này phải được công đoàn cấp trên đồng ý và không quá 10%%, tức %d (%s)",
			limit, limit+limit*DelegateIncreasePercent/100, kh22))
	case delegates > hi:
		ps.add(FieldCongressDelegates, fmt.Sprintf("Kể cả khi công đoàn cấp trên đồng ý, số đại biểu chính thức không vượt quá %d + 10%% = %d (%s)", limit, hi, kh22))
	}
	return ps
}

// CheckGuests checks the guests against the official delegates called (for a
// toàn thể congress, the members called): at most 15% (KH 22 §D).
func CheckGuests(guests, called int) Problems {
	var ps Problems
	if guests < 0 {
		ps.add(FieldCongressGuests, "Số khách mời không được âm")
	} else if guests*100 > called*GuestPercent {
		ps.add(FieldCongressGuests, fmt.Sprintf("Khách mời không quá 15%% số đại biểu chính thức được triệu tập: tối đa %d người cho %d đại biểu (%s)",
			called*GuestPercent/100, called, kh22))
	}
	return ps
}

// CheckCongressQuorum checks the attendance: the congress is valid with at least
// the quorum share (2/3 by default, a setting) of those called (Điều lệ, DOMAIN-MODULES §C.1).
func CheckCongressQuorum(quorum Fraction, present, called int) Problems {
	var ps Problems
	if present > called {
		ps.add(FieldCongressQuorum, fmt.Sprintf("Số có mặt (%d) nhiều hơn số được triệu tập (%d)", present, called))
	} else if !quorum.AtLeast(present, called) {
		ps.add(FieldCongressQuorum, fmt.Sprintf("Đại hội chỉ hợp lệ khi có mặt ít nhất %s số được triệu tập: cần %d/%d người, mới có %d (Điều lệ Công đoàn Việt Nam)",
			quorum, quorum.Needed(called, true), called, present))
	}
	return ps
}

// BCHBand is one row of a BCH-size table: from From members (inclusive) up to
// the next row, the BCH has at least Min and at most Max members.
type BCHBand struct{ From, Min, Max int }

// BCHTable is a dated table of BCH sizes by member count (DOMAIN-MODULES §C.2).
type BCHTable struct {
	Code   string    // the settings value: "kh22-2025", "hd38-2024"
	Source string    // the act, as messages cite it
	Issued time.Time // the act's date
	Bands  []BCHBand // by From, ascending; the first From is 0
	// IncreasePercent is how much larger the BCH may be on the upper level's
	// decision after a written request (HD 38 §10(5): 10%); 0 when the act gives none.
	IncreasePercent int
}

// The BCH tables. KH 22 §B.1 is the one for the 2025–2030 round and the default;
// HD 38 §10(1) is the standing guidance, larger, with a +10% increase on request.
var (
	BCHTableKH22 = BCHTable{Code: "kh22-2025", Source: "Kế hoạch 22/KH-TLĐ ngày 29/8/2025, mục B.1",
		Issued: time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC),
		Bands: []BCHBand{{0, 3, 3}, {50, 3, 5}, {150, 3, 9}, {500, 3, 11}, {1000, 3, 13}, {3000, 3, 15},
			{7000, 3, 17}, {10000, 3, 19}, {15000, 3, 21}, {20000, 3, 23}, {25000, 3, 25}}}
	BCHTableHD38 = BCHTable{Code: "hd38-2024", Source: "Hướng dẫn 38/HD-TLĐ ngày 27/12/2024, mục 10",
		Issued: time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC),
		Bands: []BCHBand{{0, 3, 3}, {30, 3, 7}, {150, 3, 11}, {500, 3, 13}, {1000, 3, 15}, {3000, 3, 17},
			{7000, 3, 19}, {10000, 3, 21}, {15000, 3, 23}, {20000, 3, 25}, {25000, 3, 27}},
		IncreasePercent: 10}
	BCHTables = []BCHTable{BCHTableKH22, BCHTableHD38}
)

// BCHTableByCode returns the table of a settings value.
func BCHTableByCode(code string) (BCHTable, bool) {
	for _, t := range BCHTables {
		if t.Code == code {
			return t, true
		}
	}
	return BCHTable{}, false
}

// Band returns the band of a member count.
func (t BCHTable) Band(members int) BCHBand {
	b := t.Bands[0]
	for _, r := range t.Bands {
		if members >= r.From {
			b = r
		}
	}
	return b
}

// CheckBCHSize checks a BCH size against the table's band for the member count;
// with increased (the upper level's decision on a written request recorded) a
// table that allows it takes IncreasePercent more.
func (t BCHTable) CheckBCHSize(members, size int, increased bool) Problems {
	var ps Problems
	b := t.Band(members)
	max := b.Max
	if increased && t.IncreasePercent > 0 {
		max += b.Max * t.IncreasePercent / 100
	}
	switch {
	case size < b.Min:
		ps.add(FieldCongressBCH, fmt.Sprintf("Ban Chấp hành có ít nhất %d ủy viên (%s)", b.Min, t.Source))
	case size > max && b.Min == b.Max:
		ps.add(FieldCongressBCH, fmt.Sprintf("Công đoàn có %s đoàn viên bầu %d ủy viên Ban Chấp hành (%s)", vn.FormatInt(int64(members)), b.Max, t.Source))
	case size > max:
		ps.add(FieldCongressBCH, fmt.Sprintf("Công đoàn có %s đoàn viên bầu tối đa %d ủy viên Ban Chấp hành (%s)%s",
			vn.FormatInt(int64(members)), max, t.Source, t.increaseNote(increased)))
	}
	return ps
}

func (t BCHTable) increaseNote(increased bool) string {
	if t.IncreasePercent == 0 || increased {
		return ""
	}
	return fmt.Sprintf("; tăng thêm không quá %d%% khi công đoàn cấp trên quyết định theo đề nghị bằng văn bản", t.IncreasePercent)
}

// The BTV and UBKT limits (DOMAIN-MODULES §C.2, §A.7; KH 22 §B.2–B.3) [M].
const (
	BTVMinBCH       = 9  // a BTV only when the BCH has 9 or more members…
	MaxUBKT         = 9  // a CĐCS's UBKT has at most 9 members
	UBKTMinMembers  = 30 // under 30 members: one BCH member does the kiểm tra instead
	kh22Composition = "Kế hoạch 22/KH-TLĐ, mục B.2–B.3"
)

// CheckBTVSize checks the Ban Thường vụ: only when the BCH has 9 or more
// members, and at most a third of the BCH.
func CheckBTVSize(bch, btv int) Problems {
	var ps Problems
	switch {
	case btv < 0:
		ps.add(FieldCongressBTV, "Số ủy viên Ban Thường vụ không được âm")
	case btv > 0 && bch < BTVMinBCH:
		ps.add(FieldCongressBTV, fmt.Sprintf("Chỉ bầu Ban Thường vụ khi Ban Chấp hành có từ 9 ủy viên trở lên; Ban Chấp hành này có %d (%s)", bch, kh22Composition))
	case btv*3 > bch:
		ps.add(FieldCongressBTV, fmt.Sprintf("Ban Thường vụ không quá 1/3 số ủy viên Ban Chấp hành: tối đa %d người khi Ban Chấp hành có %d (%s)", bch/3, bch, kh22Composition))
	}
	return ps
}

// CheckUBKT checks the inspection body: from 30 members a UBKT of at most 9,
// with BCH members at most a third of it (a warning: Điều lệ XI/XII wording [M]);
// under 30 members no UBKT but one BCH member assigned to kiểm tra.
func CheckUBKT(members, ubkt, bchOnUBKT int) Problems {
	var ps Problems
	switch {
	case ubkt < 0 || bchOnUBKT < 0 || bchOnUBKT > ubkt:
		ps.add(FieldCongressUBKT, "Số ủy viên Ủy ban kiểm tra không hợp lệ")
	case members < UBKTMinMembers && ubkt > 1:
		ps.add(FieldCongressUBKT, fmt.Sprintf("Công đoàn dưới 30 đoàn viên (có %d) không bầu Ủy ban kiểm tra mà phân công một ủy viên Ban Chấp hành làm công tác kiểm tra (Điều lệ Công đoàn Việt Nam)", members))
	case members < UBKTMinMembers && ubkt == 1 && bchOnUBKT != 1:
		ps.add(FieldCongressUBKT, "Công đoàn dưới 30 đoàn viên phân công một ủy viên Ban Chấp hành làm công tác kiểm tra (Điều lệ Công đoàn Việt Nam)")
	case members >= UBKTMinMembers && ubkt > MaxUBKT:
		ps.add(FieldCongressUBKT, fmt.Sprintf("Ủy ban kiểm tra công đoàn cơ sở không quá 9 ủy viên (%s)", kh22Composition))
	case members >= UBKTMinMembers && bchOnUBKT*3 > ubkt:
		ps.warn(FieldCongressUBKT, fmt.Sprintf("Ủy viên Ban Chấp hành tham gia Ủy ban kiểm tra không quá 1/3: tối đa %d trên %d người (Điều lệ khóa XI–XII; kiểm tra lại với Điều lệ hiện hành)", ubkt/3, ubkt))
	}
	return ps
}

// CheckCandidate refuses a candidate who is not a Vietnamese citizen (Điều lệ
// khóa XIII Art. 2; DOMAIN §4, DOMAIN-MODULES §C.2).
func CheckCandidate(m *Member) Problems {
	var ps Problems
	if m.Foreign() {
		ps.add(FieldCandidate, fmt.Sprintf("%s có quốc tịch %s: chỉ đoàn viên là công dân Việt Nam được ứng cử, đề cử vào Ban Chấp hành (Điều lệ Công đoàn Việt Nam, Điều 2)",
			m.FullName(), m.Nationality))
	}
	return ps
}

// The recognition deadlines (HD 38 §10.4; DOMAIN §4, DOMAIN-MODULES §C.2) [M].
const (
	RecognitionWorkingDays = 10 // the file goes up within 10 working days after the first BCH meeting
	DecisionWorkingDays    = 10 // the upper level decides within 10 working days of a complete file
)

// RecognitionDue is the last day to send the recognition file, counted on the
// app's working-day calendar from the first BCH meeting.
func RecognitionDue(cal *vn.Calendar, firstBCHMeeting time.Time) time.Time {
	return cal.AddWorkingDays(firstBCHMeeting, RecognitionWorkingDays)
}

// RecognitionFollowUp is when to ask the upper level if no decision came: 10
// working days after the file was sent.
func RecognitionFollowUp(cal *vn.Calendar, sent time.Time) time.Time {
	return cal.AddWorkingDays(sent, DecisionWorkingDays)
}

// BallotsKeptUntil is the last day the sealed ballots are kept before the BTV or
// BCH may decide to destroy them, when there is no complaint (an older guide: 6
// months [L], so CongressSettings.BallotKeepMonths).
func BallotsKeptUntil(congress time.Time, months int) time.Time {
	return vn.Day(congress).AddDate(0, months, 0)
}
