package data

import (
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Công khai tài chính (DOMAIN-MODULES §A.6, Luật Công đoàn 2024 Điều 34) and
// kiểm tra tài chính by the Ủy ban kiểm tra or the BCH member assigned to it,
// with the cash count (§A.7).

// FinanceDisclosure records one publication of the year's finance figures: at
// the BCH conference, and in at least one of the four forms of Art. 34.
type FinanceDisclosure struct {
	ID           int64
	Year         int       // the year whose figures were published
	Date         time.Time // when
	AtBCH        bool      // at the BCH conference (Art. 34: every year)
	Posted       bool      // niêm yết tại trụ sở
	Written      bool      // thông báo bằng văn bản
	AtConference bool      // at the hội nghị người lao động
	Website      bool      // on the enterprise's website
	Place        string    // where posted, or which meeting
	Content      string    // what was published
	Evidence     string    // where the proof is kept (biên bản, ảnh, đường dẫn)
	Notes        string
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Field names of the disclosure form.
const (
	FieldDiscYear  = "disc_year"
	FieldDiscDate  = "disc_date"
	FieldDiscForms = "disc_forms"
)

// Forms lists the forms used, as a sentence part: "niêm yết tại trụ sở, hội nghị người lao động".
func (d *FinanceDisclosure) Forms() string {
	var out []string
	for _, f := range []struct {
		on   bool
		name string
	}{
		{d.AtBCH, "hội nghị Ban Chấp hành"},
		{d.Posted, "niêm yết tại trụ sở"},
		{d.Written, "thông báo bằng văn bản"},
		{d.AtConference, "hội nghị người lao động"},
		{d.Website, "trang thông tin điện tử của doanh nghiệp"},
	} {
		if f.on {
			out = append(out, f.name)
		}
	}
	return strings.Join(out, ", ")
}

// Title names the disclosure.
func (d *FinanceDisclosure) Title() string {
	t := "Công khai tài chính năm " + strconv.Itoa(d.Year)
	if !d.Date.IsZero() {
		t += " (" + vn.FormatDate(d.Date) + ")"
	}
	return t
}

// Normalize NFC-cleans the texts.
func (d *FinanceDisclosure) Normalize() {
	d.Place = vn.Clean(d.Place)
	d.Content = vn.CleanMultiline(d.Content)
	d.Evidence = vn.CleanMultiline(d.Evidence)
	d.Notes = vn.CleanMultiline(d.Notes)
	if !d.Date.IsZero() {
		d.Date = vn.Day(d.Date)
	}
}

// Validate checks a disclosure against Art. 34.
func (d *FinanceDisclosure) Validate() Problems {
	var ps Problems
	checkYear(d.Year, FieldDiscYear, &ps)
	if d.Date.IsZero() {
		ps.add(FieldDiscDate, "Nhập ngày công khai")
	} else if d.Date.Year() < d.Year {
		ps.add(FieldDiscDate, "Ngày công khai trước năm có số liệu được công khai")
	}
	if !d.AtBCH && !d.Posted && !d.Written && !d.AtConference && !d.Website {
		ps.add(FieldDiscForms, "Chọn ít nhất một hình thức công khai")
	} else if !d.Posted && !d.Written && !d.AtConference && !d.Website {
		ps.warn(FieldDiscForms, "Điều 34 Luật Công đoàn: ngoài hội nghị Ban Chấp hành còn phải công khai bằng ít nhất một hình thức: niêm yết, văn bản, hội nghị người lao động hoặc trang thông tin điện tử")
	}
	return ps
}

// CheckKind is what a kiểm tra was.
type CheckKind string

// The kinds of check (§A.7 "Yearly work").
const (
	CheckYearly   CheckKind = "dinh_ky"     // kiểm tra tài chính cùng cấp, at least once a year
	CheckSurprise CheckKind = "dot_xuat"    // kiểm tra đột xuất
	CheckCash     CheckKind = "kiem_ke_quy" // kiểm kê quỹ tiền mặt only
)

// CheckKinds lists the kinds in form order.
var CheckKinds = []CheckKind{CheckYearly, CheckSurprise, CheckCash}

// Label names the kind.
func (k CheckKind) Label() string {
	switch k {
	case CheckYearly:
		return "Kiểm tra tài chính định kỳ"
	case CheckSurprise:
		return "Kiểm tra đột xuất"
	case CheckCash:
		return "Kiểm kê quỹ tiền mặt"
	}
	return string(k)
}

// CashCountRow is one denomination of a cash count.
type CashCountRow struct {
	Denomination int64 // mệnh giá, đồng
	Count        int   // số tờ
}

// DefaultDenominations are the Vietnamese banknotes a cash box holds, largest first.
var DefaultDenominations = []int64{500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500}

// FinanceCheck is one check of the CĐCS's finance by its Ủy ban kiểm tra (or the
// BCH member assigned where there are fewer than 30 members, §A.7), with its
// cash count (biên bản kiểm kê quỹ) when the cash was counted.
type FinanceCheck struct {
	ID              int64
	Kind            CheckKind
	Date            time.Time
	Year            int    // the year whose finance was checked
	Checker         string // who led the check
	CheckerRole     string // chủ nhiệm UBKT, ủy viên BCH được phân công…
	Participants    string // the others present (thủ quỹ, kế toán…)
	Scope           string // nội dung kiểm tra
	Findings        string // kết quả
	Recommendations string // kiến nghị
	CashCounted     bool   // the cash was counted
	Cashier         string // thủ quỹ
	Accountant      string // kế toán
	BookCash        int64  // tồn quỹ theo sổ
	Counts          []CashCountRow
	Explanation     string // why counted and book differ
	Notes           string
	Version         int64
	CreatedAt       time.Time
	UpdatedAt       time.Time
}

// Field names of the check form.
const (
	FieldCheckKind    = "check_kind"
	FieldCheckDate    = "check_date"
	FieldCheckYear    = "check_year"
	FieldCheckChecker = "check_checker"
	FieldCheckCounts  = "check_counts"
	FieldCheckExplain = "check_explain"
)

// Counted is the money counted: Σ denomination × count.
func (c *FinanceCheck) Counted() int64 {
	var n int64
	for _, r := range c.Counts {
		n += r.Denomination * int64(r.Count)
	}
	return n
}

// Difference is counted minus book: positive when there is more cash than the book says.
func (c *FinanceCheck) Difference() int64 { return c.Counted() - c.BookCash }

// Title names the check: "Kiểm kê quỹ tiền mặt 31/12/2026".
func (c *FinanceCheck) Title() string {
	t := c.Kind.Label()
	if !c.Date.IsZero() {
		t += " " + vn.FormatDate(c.Date)
	}
	return t
}

// Normalize NFC-cleans the texts, drops count rows with no banknote and, for a cash count
// alone, marks the cash counted.
func (c *FinanceCheck) Normalize() {
	for _, s := range []*string{&c.Checker, &c.CheckerRole, &c.Cashier, &c.Accountant} {
		*s = vn.Clean(*s)
	}
	for _, s := range []*string{&c.Participants, &c.Scope, &c.Findings, &c.Recommendations, &c.Explanation, &c.Notes} {
		*s = vn.CleanMultiline(*s)
	}
	if !c.Date.IsZero() {
		c.Date = vn.Day(c.Date)
		if c.Year == 0 {
			c.Year = c.Date.Year()
		}
	}
	if c.Kind == CheckCash {
		c.CashCounted = true
	}
	rows := c.Counts[:0]
	for _, r := range c.Counts {
		if r.Count != 0 { // a banknote not in the box is no line of the count
			rows = append(rows, r)
		}
	}
	c.Counts = rows
	if !c.CashCounted {
		c.Counts, c.BookCash, c.Explanation = nil, 0, ""
	}
}

// Validate checks a check and its cash count.
func (c *FinanceCheck) Validate() Problems {
	var ps Problems
	if c.Kind.Label() == string(c.Kind) {
		ps.add(FieldCheckKind, "Chọn loại kiểm tra")
	}
	if c.Date.IsZero() {
		ps.add(FieldCheckDate, "Nhập ngày kiểm tra")
	}
	checkYear(c.Year, FieldCheckYear, &ps)
	if c.Checker == "" {
		ps.add(FieldCheckChecker, "Nhập người chủ trì kiểm tra (chủ nhiệm Ủy ban kiểm tra hoặc ủy viên Ban Chấp hành được phân công)")
	} else if same := vn.Fold(c.Checker); same == vn.Fold(c.Cashier) || same == vn.Fold(c.Accountant) {
		// §A.7 [L]: no chủ tài khoản or finance staff on the UBKT.
		ps.warn(FieldCheckChecker, "Người kiểm tra cũng là thủ quỹ hoặc kế toán: không nên tự kiểm tra phần việc của mình")
	}
	if !c.CashCounted {
		return ps
	}
	if c.BookCash < 0 {
		ps.add(FieldCheckCounts, "Tồn quỹ theo sổ không được âm")
	}
	seen := map[int64]bool{}
	for i, r := range c.Counts {
		where := "Dòng " + strconv.Itoa(i+1)
		switch {
		case r.Denomination <= 0:
			ps.add(FieldCheckCounts, where+": mệnh giá phải lớn hơn 0")
		case r.Count < 0:
			ps.add(FieldCheckCounts, where+": số tờ không được âm")
		case seen[r.Denomination]:
			ps.add(FieldCheckCounts, where+": mệnh giá "+vn.FormatMoney(r.Denomination)+" đã có ở dòng trên")
		}
		seen[r.Denomination] = true
	}
	if c.Difference() != 0 && c.Explanation == "" {
		ps.warn(FieldCheckExplain, "Tiền thực tế "+vn.FormatMoney(c.Counted())+" khác sổ "+vn.FormatMoney(c.BookCash)+
			" (chênh "+vn.FormatMoney(c.Difference())+"): ghi rõ nguyên nhân")
	}
	return ps
}

// The kinds of record.
const (
	KindFinanceDisclosure RecordKind = "cong-khai"
	KindFinanceCheck      RecordKind = "kiem-tra"
)

// FinanceDisclosures is the registry entry of the công khai records.
var FinanceDisclosures = &Kind[FinanceDisclosure]{
	Kind:     KindFinanceDisclosure,
	Label:    "Công khai tài chính",
	Table:    "finance_disclosure",
	Entity:   "finance_disclosure",
	NotFound: "Không tìm thấy lần công khai tài chính",
	Columns: []Column[FinanceDisclosure]{
		{"year", "Năm số liệu", func(d *FinanceDisclosure) any { return &d.Year }, func(d *FinanceDisclosure) string { return strconv.Itoa(d.Year) }},
		{"date", "Ngày công khai", func(d *FinanceDisclosure) any { return &d.Date }, nil},
		{"at_bch", "Tại hội nghị Ban Chấp hành", func(d *FinanceDisclosure) any { return &d.AtBCH }, nil},
		{"posted", "Niêm yết", func(d *FinanceDisclosure) any { return &d.Posted }, nil},
		{"written", "Thông báo bằng văn bản", func(d *FinanceDisclosure) any { return &d.Written }, nil},
		{"at_conference", "Tại hội nghị người lao động", func(d *FinanceDisclosure) any { return &d.AtConference }, nil},
		{"website", "Trang thông tin điện tử", func(d *FinanceDisclosure) any { return &d.Website }, nil},
		{"place", "Nơi công khai", func(d *FinanceDisclosure) any { return &d.Place }, nil},
		{"content", "Nội dung công khai", func(d *FinanceDisclosure) any { return &d.Content }, nil},
		{"evidence", "Lưu bằng chứng", func(d *FinanceDisclosure) any { return &d.Evidence }, nil},
		{"notes", "Ghi chú", func(d *FinanceDisclosure) any { return &d.Notes }, nil},
	},
	Meta:      func(d *FinanceDisclosure) Meta { return Meta{&d.ID, &d.Version, &d.CreatedAt, &d.UpdatedAt} },
	Title:     (*FinanceDisclosure).Title,
	Year:      func(d *FinanceDisclosure) int { return d.Year },
	Normalize: (*FinanceDisclosure).Normalize,
	Check:     func(d *FinanceDisclosure, _ CheckEnv) Problems { return d.Validate() },
}

// FinanceChecks is the registry entry of the kiểm tra records.
var FinanceChecks = &Kind[FinanceCheck]{
	Kind:     KindFinanceCheck,
	Label:    "Kiểm tra tài chính",
	Table:    "finance_check",
	Entity:   "finance_check",
	NotFound: "Không tìm thấy lần kiểm tra",
	Columns: []Column[FinanceCheck]{
		{"kind", "Loại kiểm tra", func(c *FinanceCheck) any { return (*string)(&c.Kind) }, func(c *FinanceCheck) string { return c.Kind.Label() }},
		{"date", "Ngày kiểm tra", func(c *FinanceCheck) any { return &c.Date }, nil},
		{"year", "Năm tài chính", func(c *FinanceCheck) any { return &c.Year }, func(c *FinanceCheck) string { return strconv.Itoa(c.Year) }},
		{"checker", "Người chủ trì", func(c *FinanceCheck) any { return &c.Checker }, nil},
		{"checker_role", "Chức vụ người chủ trì", func(c *FinanceCheck) any { return &c.CheckerRole }, nil},
		{"participants", "Thành phần", func(c *FinanceCheck) any { return &c.Participants }, nil},
		{"scope", "Nội dung kiểm tra", func(c *FinanceCheck) any { return &c.Scope }, nil},
		{"findings", "Kết quả", func(c *FinanceCheck) any { return &c.Findings }, nil},
		{"recommendations", "Kiến nghị", func(c *FinanceCheck) any { return &c.Recommendations }, nil},
		{"cash_counted", "Có kiểm kê quỹ", func(c *FinanceCheck) any { return &c.CashCounted }, nil},
		{"cashier", "Thủ quỹ", func(c *FinanceCheck) any { return &c.Cashier }, nil},
		{"accountant", "Kế toán", func(c *FinanceCheck) any { return &c.Accountant }, nil},
		{"book_cash", "Tồn quỹ theo sổ", func(c *FinanceCheck) any { return &c.BookCash }, func(c *FinanceCheck) string { return showMoney(&c.BookCash) }},
		{"explanation", "Nguyên nhân chênh lệch", func(c *FinanceCheck) any { return &c.Explanation }, nil},
		{"notes", "Ghi chú", func(c *FinanceCheck) any { return &c.Notes }, nil},
	},
	Children: []Child[FinanceCheck]{
		Rows("finance_check_count", "check_id", "Kiểm kê theo mệnh giá",
			func(c *FinanceCheck) *[]CashCountRow { return &c.Counts },
			[]Column[CashCountRow]{
				{"denomination", "", func(r *CashCountRow) any { return &r.Denomination }, nil},
				{"count", "", func(r *CashCountRow) any { return &r.Count }, nil},
			},
			func(r *CashCountRow) string {
				return vn.FormatMoney(r.Denomination) + " x " + strconv.Itoa(r.Count) + " tờ"
			}),
	},
	Meta:      func(c *FinanceCheck) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*FinanceCheck).Title,
	Year:      func(c *FinanceCheck) int { return c.Year },
	Normalize: (*FinanceCheck).Normalize,
	Check:     func(c *FinanceCheck, _ CheckEnv) Problems { return c.Validate() },
}
