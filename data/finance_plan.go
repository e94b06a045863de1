package data

import (
	"context"
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// Dự toán (Mẫu B14-TLĐ) and quyết toán (Mẫu B07-TLĐ) of a CĐCS, DOMAIN-MODULES
// §A.3 and "Implications for the app (A)": both are a table of lines taken from
// the books through the editable mục lục thu – chi (no TLĐ code is hard-coded:
// the lines are the catalogue's), with three money columns each. The figure the
// books give is kept beside the figure printed: the chair may type over it before
// printing, and a typed figure is marked and never recomputed over (issue 13 §6).

// LineSide is what a line of the table counts.
type LineSide string

// The sides of a line, in the order the table prints them.
const (
	SideOpening LineSide = "dau_ky"       // tài chính công đoàn tích lũy đầu kỳ (B07 Mã số 10, §A.3)
	SideIncome  LineSide = "thu"          // a revenue line of the catalogue
	SideSpend   LineSide = "chi"          // a spending line of the catalogue
	SideRemit   LineSide = "nop_cap_tren" // money sent to the upper level
	SideClosing LineSide = "cuoi_ky"      // tích lũy cuối kỳ
)

// LineSides lists the sides in table order.
var LineSides = []LineSide{SideOpening, SideIncome, SideSpend, SideRemit, SideClosing}

// Label names the side as the table's group heading.
func (s LineSide) Label() string {
	switch s {
	case SideOpening:
		return "Tài chính công đoàn tích lũy đầu kỳ"
	case SideIncome:
		return "Thu"
	case SideSpend:
		return "Chi"
	case SideRemit:
		return "Nộp cấp trên"
	case SideClosing:
		return "Tài chính công đoàn tích lũy cuối kỳ"
	}
	return string(s)
}

// BudgetLine is one line of a dự toán or quyết toán. Book is what the books gave
// when last read; Figure is what prints in the books' column (ước thực hiện năm
// trước in B14, thực hiện in B07): Book, unless Typed. Plan is the dự toán column
// (B14: dự toán năm nay; B07: the year's dự toán), Approved the cấp trên duyệt
// column, 0 until the upper level's figure is entered.
type BudgetLine struct {
	Code     string // mã số, from the catalogue
	Name     string // nội dung
	Side     LineSide
	Book     int64
	Figure   int64
	Typed    bool // Figure typed by the chair: reading the books again leaves it
	Plan     int64
	Approved int64
}

// BudgetCategory is a line of the mục lục thu – chi as the tables read it.
type BudgetCategory struct {
	Code, Name string
	Side       LineSide // SideIncome, SideSpend or SideRemit
}

// BookEntry is one voucher of the books, with its category code.
type BookEntry struct {
	Movement
	Category string
}

// BooksFigures is what the books say about a period: the opening balance and
// the vouchers in date order.
type BooksFigures struct {
	Opening CashBank
	Entries []BookEntry
}

// ComputeBudgetLines turns the books of a period into the table's lines: the
// opening balance, one line per category of the catalogue (with its total), the
// remittances, and the closing balance; Figure = Book. A voucher whose category
// is not in the catalogue gets a line of its own, named by its code, so no money
// drops out of the table. The period totals are returned for the reconciliation.
func ComputeBudgetLines(cats []BudgetCategory, books BooksFigures) ([]BudgetLine, PeriodBooks, error) {
	ms := make([]Movement, len(books.Entries))
	for i, e := range books.Entries {
		ms[i] = e.Movement
	}
	p, err := SummarizePeriod(books.Opening, ms)
	if err != nil {
		return nil, PeriodBooks{}, err
	}
	sums := map[string]int64{}
	var unknown []BudgetCategory
	known := map[string]bool{}
	for _, c := range cats {
		known[string(c.Side)+"|"+c.Code] = true
	}
	for _, e := range books.Entries {
		side := SideIncome
		switch e.Kind {
		case MoveSpend:
			side = SideSpend
		case MoveRemit:
			side = SideRemit
		case MoveDeposit, MoveWithdraw:
			continue // money moved between cash and bank: neither thu nor chi
		}
		key := string(side) + "|" + e.Category
		if !known[key] {
			known[key] = true
			name := "Mục " + e.Category
			if e.Category == "" {
				name = "Chưa phân loại"
			}
			unknown = append(unknown, BudgetCategory{Code: e.Category, Name: name, Side: side})
		}
		sums[key] += e.Amount
	}
	line := func(code, name string, side LineSide, n int64) BudgetLine {
		return BudgetLine{Code: code, Name: name, Side: side, Book: n, Figure: n}
	}
	out := []BudgetLine{line("", SideOpening.Label(), SideOpening, p.Opening)}
	all := append(append([]BudgetCategory{}, cats...), unknown...)
	remitted := int64(0)
	for _, side := range []LineSide{SideIncome, SideSpend, SideRemit} {
		for _, c := range all {
			if c.Side == side {
				n := sums[string(side)+"|"+c.Code]
				if side == SideRemit {
					remitted += n
				}
				out = append(out, line(c.Code, c.Name, side, n))
			}
		}
	}
	if p.Remitted != remitted {
		// Remittances with no remittance line in the catalogue still print.
		out = append(out, line("", SideRemit.Label(), SideRemit, p.Remitted-remitted))
	}
	out = append(out, line("", SideClosing.Label(), SideClosing, p.Closing))
	return out, p, nil
}

// MergeBudgetLines reads the books again into a table the chair may have edited:
// each fresh line takes the old line's typed figure, dự toán and approved figure;
// only Book changes, and Figure with it where not typed. An old line the books
// no longer give (a category removed, a line the chair added) stays when it
// carries anything the chair entered, so nothing typed is lost.
func MergeBudgetLines(old, fresh []BudgetLine) []BudgetLine {
	key := func(l BudgetLine) string { return string(l.Side) + "|" + l.Code + "|" + l.Name }
	byKey := map[string]int{}
	for i, l := range old {
		byKey[key(l)] = i
	}
	// Lines without a code (opening, closing) match by side and name.
	used := make([]bool, len(old))
	out := make([]BudgetLine, 0, len(fresh))
	for _, f := range fresh {
		i, ok := byKey[key(f)]
		if !ok && f.Code != "" {
			for j, l := range old {
				if !used[j] && l.Side == f.Side && l.Code == f.Code {
					i, ok = j, true
					break
				}
			}
		}
		if ok && !used[i] {
			used[i] = true
			o := old[i]
			f.Name = o.Name
			f.Plan, f.Approved, f.Typed = o.Plan, o.Approved, o.Typed
			if o.Typed {
				f.Figure = o.Figure
			}
		}
		out = append(out, f)
	}
	for i, o := range old {
		if !used[i] && (o.Typed || o.Plan != 0 || o.Approved != 0) {
			o.Book = 0
			out = insertBySide(out, o)
		}
	}
	return out
}

// insertBySide puts l after the last line of its side (or of the sides before it).
func insertBySide(ls []BudgetLine, l BudgetLine) []BudgetLine {
	rank := func(s LineSide) int {
		for i, x := range LineSides {
			if x == s {
				return i
			}
		}
		return len(LineSides)
	}
	at := len(ls)
	for i, x := range ls {
		if rank(x.Side) > rank(l.Side) {
			at = i
			break
		}
	}
	ls = append(ls, BudgetLine{})
	copy(ls[at+1:], ls[at:])
	ls[at] = l
	return ls
}

// BudgetTotals are the sums of a table's column by side.
type BudgetTotals struct {
	Opening, Income, Spend, Remit, Closing int64
}

// SumBudget totals one column (pick) of a table by side.
func SumBudget(ls []BudgetLine, pick func(BudgetLine) int64) BudgetTotals {
	var t BudgetTotals
	for _, l := range ls {
		n := pick(l)
		switch l.Side {
		case SideOpening:
			t.Opening += n
		case SideIncome:
			t.Income += n
		case SideSpend:
			t.Spend += n
		case SideRemit:
			t.Remit += n
		case SideClosing:
			t.Closing += n
		}
	}
	return t
}

// Figure, Plan and Approved pick a column for SumBudget.
func (l BudgetLine) figure() int64   { return l.Figure }
func (l BudgetLine) plan() int64     { return l.Plan }
func (l BudgetLine) approved() int64 { return l.Approved }

// Column pickers for SumBudget.
var (
	ColFigure   = BudgetLine.figure
	ColPlan     = BudgetLine.plan
	ColApproved = BudgetLine.approved
)

// Field names of the budget forms.
const (
	FieldBudgetYear     = "budget_year"
	FieldBudgetHalf     = "budget_half"
	FieldBudgetLines    = "budget_lines"
	FieldBudgetClosing  = "budget_closing"
	FieldBudgetBasics   = "budget_basics"
	FieldBudgetApproval = "budget_approval"
)

func checkBudgetLines(ls []BudgetLine, ps *Problems) {
	for i, l := range ls {
		where := "Dòng " + strconv.Itoa(i+1)
		if l.Name != "" {
			where += " (" + l.Name + ")"
		}
		if l.Side.Label() == string(l.Side) {
			ps.add(FieldBudgetLines, where+": loại dòng không hợp lệ "+strconv.Quote(string(l.Side)))
		}
		if l.Name == "" {
			ps.add(FieldBudgetLines, where+": thiếu nội dung")
		}
		if l.Figure < 0 || l.Plan < 0 || l.Approved < 0 {
			ps.add(FieldBudgetLines, where+": số tiền không được âm")
		}
	}
}

func cleanBudgetLines(ls []BudgetLine) {
	for i := range ls {
		ls[i].Code = vn.Clean(ls[i].Code)
		ls[i].Name = vn.Clean(ls[i].Name)
		if !ls[i].Typed {
			ls[i].Figure = ls[i].Book
		}
	}
}

func checkYear(year int, field string, ps *Problems) {
	if year < 2000 || year > 2100 {
		ps.add(field, "Năm phải từ 2000 đến 2100")
	}
}

// typedNote warns about the lines whose figure was typed over the books', so the
// chair sees, before printing, which figures are not the books'.
func typedNote(ls []BudgetLine, ps *Problems) {
	n := 0
	for _, l := range ls {
		if l.Typed && l.Figure != l.Book {
			n++
		}
	}
	if n > 0 {
		ps.warn(FieldBudgetLines, strconv.Itoa(n)+" dòng có số liệu gõ tay khác số liệu sổ sách")
	}
}

// BudgetEstimate is a dự toán thu, chi tài chính công đoàn (Mẫu B14-TLĐ, §A.3):
// chỉ tiêu cơ bản, the lines with ước thực hiện năm trước (Figure, from last
// year's books) / dự toán năm nay (Plan) / cấp trên duyệt (Approved), the
// CĐCS's thuyết minh (C) and the upper level's nhận xét (D).
type BudgetEstimate struct {
	ID             int64
	Year           int // the plan year
	Workers        int // số lao động
	FullTimeCadres int // số cán bộ công đoàn chuyên trách
	Members        int // số đoàn viên
	Payroll        int64
	Lines          []BudgetLine
	BooksRead      time.Time // when the books were last read into the lines
	Explanation    string    // C. Thuyết minh và kiến nghị
	SentDate       time.Time // sent to the upper level
	ApprovalNo     string    // the upper level's notice
	ApprovalDate   time.Time
	UpperRemarks   string // D. Nhận xét của công đoàn cấp trên
	Notes          string
	Version        int64
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Title names the estimate: "Dự toán năm 2027".
func (e *BudgetEstimate) Title() string { return "Dự toán thu, chi năm " + strconv.Itoa(e.Year) }

// Normalize NFC-cleans the text and keeps Figure = Book where not typed.
func (e *BudgetEstimate) Normalize() {
	cleanBudgetLines(e.Lines)
	e.Explanation = vn.CleanMultiline(e.Explanation)
	e.ApprovalNo = vn.Clean(e.ApprovalNo)
	e.UpperRemarks = vn.CleanMultiline(e.UpperRemarks)
	e.Notes = vn.CleanMultiline(e.Notes)
}

// Validate checks the estimate.
func (e *BudgetEstimate) Validate() Problems {
	var ps Problems
	checkYear(e.Year, FieldBudgetYear, &ps)
	if e.Workers < 0 || e.FullTimeCadres < 0 || e.Members < 0 || e.Payroll < 0 {
		ps.add(FieldBudgetBasics, "Chỉ tiêu cơ bản không được âm")
	}
	if e.Workers > 0 && e.Members > e.Workers {
		ps.warn(FieldBudgetBasics, "Số đoàn viên lớn hơn số lao động")
	}
	checkBudgetLines(e.Lines, &ps)
	typedNote(e.Lines, &ps)
	if !e.ApprovalDate.IsZero() && !e.SentDate.IsZero() && e.ApprovalDate.Before(e.SentDate) {
		ps.add(FieldBudgetApproval, "Ngày cấp trên duyệt trước ngày gửi dự toán")
	}
	return ps
}

// BudgetSettlement is a quyết toán thu, chi tài chính công đoàn (Mẫu B07-TLĐ,
// §A.3) of a half year (Half 1 or 2) or the year (Half 0): chỉ tiêu cơ bản, the
// lines with dự toán (Plan) / thực hiện (Figure, from the books) / cấp trên
// duyệt (Approved), the money held at the end, and the upper level's notice.
type BudgetSettlement struct {
	ID           int64
	Year         int
	Half         int   // 1, 2: six-monthly; 0: the year
	Workers      int   // lao động thuộc đối tượng đóng KPCĐ
	Payroll      int64 // quỹ tiền lương đóng KPCĐ
	Members      int   // đoàn viên cuối kỳ
	DuesPayroll  int64 // quỹ tiền lương đóng đoàn phí
	Lines        []BudgetLine
	ClosingCash  int64 // tiền mặt cuối kỳ
	ClosingBank  int64 // tiền gửi cuối kỳ
	BooksRead    time.Time
	Explanation  string
	SentDate     time.Time
	ApprovalNo   string // thông báo duyệt quyết toán
	ApprovalDate time.Time
	UpperRemarks string
	Notes        string
	Version      int64
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// PeriodName names the period: "6 tháng đầu năm 2026", "năm 2026".
func (s *BudgetSettlement) PeriodName() string { return HalfName(s.Year, s.Half) }

// HalfName names a six-monthly (half 1, 2) or yearly (0) period.
func HalfName(year, half int) string {
	switch half {
	case 1:
		return "6 tháng đầu năm " + strconv.Itoa(year)
	case 2:
		return "6 tháng cuối năm " + strconv.Itoa(year)
	}
	return "năm " + strconv.Itoa(year)
}

// HalfSpan is the first and last day of a period.
func HalfSpan(year, half int) (time.Time, time.Time) {
	from := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC)
	switch half {
	case 1:
		to = time.Date(year, time.June, 30, 0, 0, 0, 0, time.UTC)
	case 2:
		from = time.Date(year, time.July, 1, 0, 0, 0, 0, time.UTC)
	}
	return from, to
}

// Title names the settlement: "Quyết toán 6 tháng đầu năm 2026".
func (s *BudgetSettlement) Title() string { return "Quyết toán " + s.PeriodName() }

// Normalize NFC-cleans the text and keeps Figure = Book where not typed.
func (s *BudgetSettlement) Normalize() {
	cleanBudgetLines(s.Lines)
	s.Explanation = vn.CleanMultiline(s.Explanation)
	s.ApprovalNo = vn.Clean(s.ApprovalNo)
	s.UpperRemarks = vn.CleanMultiline(s.UpperRemarks)
	s.Notes = vn.CleanMultiline(s.Notes)
}

// Books are the settlement's figures as PeriodBooks, for the reconciliation.
func (s *BudgetSettlement) Books() PeriodBooks {
	t := SumBudget(s.Lines, ColFigure)
	return PeriodBooks{Opening: t.Opening, Receipts: t.Income, Spending: t.Spend, Remitted: t.Remit,
		Closing: t.Closing, Held: CashBank{s.ClosingCash, s.ClosingBank}}
}

// Validate checks the settlement; a reconciliation that fails is a warning, since
// typed figures may differ from the books on purpose, but the chair must see it
// (§A.3 "Reconciliation").
func (s *BudgetSettlement) Validate() Problems {
	var ps Problems
	checkYear(s.Year, FieldBudgetYear, &ps)
	if s.Half < 0 || s.Half > 2 {
		ps.add(FieldBudgetHalf, "Kỳ quyết toán là 6 tháng đầu năm, 6 tháng cuối năm hoặc cả năm")
	}
	if s.Workers < 0 || s.Members < 0 || s.Payroll < 0 || s.DuesPayroll < 0 {
		ps.add(FieldBudgetBasics, "Chỉ tiêu cơ bản không được âm")
	}
	if s.ClosingCash < 0 || s.ClosingBank < 0 {
		ps.add(FieldBudgetClosing, "Tiền mặt và tiền gửi cuối kỳ không được âm")
	}
	checkBudgetLines(s.Lines, &ps)
	typedNote(s.Lines, &ps)
	if len(s.Lines) > 0 {
		if err := s.Books().Check(); err != nil {
			ps.warn(FieldBudgetClosing, "Số liệu chưa khớp: "+ErrorMessage(err))
		}
	}
	if !s.ApprovalDate.IsZero() && !s.SentDate.IsZero() && s.ApprovalDate.Before(s.SentDate) {
		ps.add(FieldBudgetApproval, "Ngày cấp trên duyệt trước ngày gửi quyết toán")
	}
	return ps
}

var budgetLineRows = []Column[BudgetLine]{
	{"code", "", func(l *BudgetLine) any { return &l.Code }, nil},
	{"name", "", func(l *BudgetLine) any { return &l.Name }, nil},
	{"side", "", func(l *BudgetLine) any { return (*string)(&l.Side) }, nil},
	{"book", "", func(l *BudgetLine) any { return &l.Book }, nil},
	{"figure", "", func(l *BudgetLine) any { return &l.Figure }, nil},
	{"typed", "", func(l *BudgetLine) any { return &l.Typed }, nil},
	{"plan", "", func(l *BudgetLine) any { return &l.Plan }, nil},
	{"approved", "", func(l *BudgetLine) any { return &l.Approved }, nil},
}

func showBudgetLine(l *BudgetLine) string {
	s := l.Name + ": " + vn.FormatMoney(l.Figure)
	if l.Typed {
		s += " (gõ tay)"
	}
	if l.Plan != 0 {
		s += ", dự toán " + vn.FormatMoney(l.Plan)
	}
	if l.Approved != 0 {
		s += ", duyệt " + vn.FormatMoney(l.Approved)
	}
	return s
}

func showMoney(n *int64) string { return vn.FormatMoney(*n) }

// The budget record kinds.
const (
	KindBudgetEstimate   RecordKind = "du-toan"
	KindBudgetSettlement RecordKind = "quyet-toan"
)

// BudgetEstimates is the registry entry of the dự toán.
var BudgetEstimates = &Kind[BudgetEstimate]{
	Kind:     KindBudgetEstimate,
	Label:    "Dự toán thu, chi tài chính công đoàn",
	Table:    "budget_estimate",
	Entity:   "budget_estimate",
	NotFound: "Không tìm thấy dự toán",
	Columns: []Column[BudgetEstimate]{
		{"year", "Năm", func(e *BudgetEstimate) any { return &e.Year }, func(e *BudgetEstimate) string { return strconv.Itoa(e.Year) }},
		{"workers", "Số lao động", func(e *BudgetEstimate) any { return &e.Workers }, nil},
		{"full_time_cadres", "Số cán bộ chuyên trách", func(e *BudgetEstimate) any { return &e.FullTimeCadres }, nil},
		{"members", "Số đoàn viên", func(e *BudgetEstimate) any { return &e.Members }, nil},
		{"payroll", "Tổng quỹ tiền lương", func(e *BudgetEstimate) any { return &e.Payroll }, func(e *BudgetEstimate) string { return showMoney(&e.Payroll) }},
		{"books_read", "Ngày lấy số liệu sổ sách", func(e *BudgetEstimate) any { return &e.BooksRead }, nil},
		{"explanation", "Thuyết minh", func(e *BudgetEstimate) any { return &e.Explanation }, nil},
		{"sent_date", "Ngày gửi cấp trên", func(e *BudgetEstimate) any { return &e.SentDate }, nil},
		{"approval_no", "Số thông báo duyệt", func(e *BudgetEstimate) any { return &e.ApprovalNo }, nil},
		{"approval_date", "Ngày cấp trên duyệt", func(e *BudgetEstimate) any { return &e.ApprovalDate }, nil},
		{"upper_remarks", "Nhận xét của cấp trên", func(e *BudgetEstimate) any { return &e.UpperRemarks }, nil},
		{"notes", "Ghi chú", func(e *BudgetEstimate) any { return &e.Notes }, nil},
	},
	Children: []Child[BudgetEstimate]{
		Rows("budget_estimate_line", "estimate_id", "Các dòng dự toán",
			func(e *BudgetEstimate) *[]BudgetLine { return &e.Lines }, budgetLineRows, showBudgetLine),
	},
	Meta:      func(e *BudgetEstimate) Meta { return Meta{&e.ID, &e.Version, &e.CreatedAt, &e.UpdatedAt} },
	Title:     (*BudgetEstimate).Title,
	Year:      func(e *BudgetEstimate) int { return e.Year },
	Normalize: (*BudgetEstimate).Normalize,
	Check:     func(e *BudgetEstimate, _ CheckEnv) Problems { return e.Validate() },
	Confirm: func(e *BudgetEstimate, others []BudgetEstimate) *Problem {
		for _, o := range others {
			if o.Year == e.Year {
				return &Problem{Field: FieldBudgetYear, Message: "Đã có dự toán năm " + strconv.Itoa(e.Year) + ". Vẫn lưu thêm một dự toán cho năm này?"}
			}
		}
		return nil
	},
}

// BudgetSettlements is the registry entry of the quyết toán.
var BudgetSettlements = &Kind[BudgetSettlement]{
	Kind:     KindBudgetSettlement,
	Label:    "Quyết toán thu, chi tài chính công đoàn",
	Table:    "budget_settlement",
	Entity:   "budget_settlement",
	NotFound: "Không tìm thấy quyết toán",
	Columns: []Column[BudgetSettlement]{
		{"year", "Năm", func(s *BudgetSettlement) any { return &s.Year }, func(s *BudgetSettlement) string { return strconv.Itoa(s.Year) }},
		{"half", "Kỳ", func(s *BudgetSettlement) any { return &s.Half }, func(s *BudgetSettlement) string { return s.PeriodName() }},
		{"workers", "Số lao động", func(s *BudgetSettlement) any { return &s.Workers }, nil},
		{"payroll", "Quỹ lương đóng KPCĐ", func(s *BudgetSettlement) any { return &s.Payroll }, func(s *BudgetSettlement) string { return showMoney(&s.Payroll) }},
		{"members", "Số đoàn viên", func(s *BudgetSettlement) any { return &s.Members }, nil},
		{"dues_payroll", "Quỹ lương đóng đoàn phí", func(s *BudgetSettlement) any { return &s.DuesPayroll }, func(s *BudgetSettlement) string { return showMoney(&s.DuesPayroll) }},
		{"closing_cash", "Tiền mặt cuối kỳ", func(s *BudgetSettlement) any { return &s.ClosingCash }, func(s *BudgetSettlement) string { return showMoney(&s.ClosingCash) }},
		{"closing_bank", "Tiền gửi cuối kỳ", func(s *BudgetSettlement) any { return &s.ClosingBank }, func(s *BudgetSettlement) string { return showMoney(&s.ClosingBank) }},
		{"books_read", "Ngày lấy số liệu sổ sách", func(s *BudgetSettlement) any { return &s.BooksRead }, nil},
		{"explanation", "Thuyết minh", func(s *BudgetSettlement) any { return &s.Explanation }, nil},
		{"sent_date", "Ngày gửi cấp trên", func(s *BudgetSettlement) any { return &s.SentDate }, nil},
		{"approval_no", "Số thông báo duyệt", func(s *BudgetSettlement) any { return &s.ApprovalNo }, nil},
		{"approval_date", "Ngày cấp trên duyệt", func(s *BudgetSettlement) any { return &s.ApprovalDate }, nil},
		{"upper_remarks", "Nhận xét của cấp trên", func(s *BudgetSettlement) any { return &s.UpperRemarks }, nil},
		{"notes", "Ghi chú", func(s *BudgetSettlement) any { return &s.Notes }, nil},
	},
	Children: []Child[BudgetSettlement]{
		Rows("budget_settlement_line", "settlement_id", "Các dòng quyết toán",
			func(s *BudgetSettlement) *[]BudgetLine { return &s.Lines }, budgetLineRows, showBudgetLine),
	},
	Meta:      func(s *BudgetSettlement) Meta { return Meta{&s.ID, &s.Version, &s.CreatedAt, &s.UpdatedAt} },
	Title:     (*BudgetSettlement).Title,
	Year:      func(s *BudgetSettlement) int { return s.Year },
	Normalize: (*BudgetSettlement).Normalize,
	Check:     func(s *BudgetSettlement, _ CheckEnv) Problems { return s.Validate() },
	Todos:     settlementTodos, // finance_deadlines.go
	TodoReads: []RecordKind{KindBudgetEstimate, KindFinanceCheck, KindFinanceDisclosure, KindVoucher},
	Confirm: func(s *BudgetSettlement, others []BudgetSettlement) *Problem {
		for _, o := range others {
			if o.Year == s.Year && o.Half == s.Half {
				return &Problem{Field: FieldBudgetHalf, Message: "Đã có quyết toán " + s.PeriodName() + ". Vẫn lưu thêm một quyết toán cho kỳ này?"}
			}
		}
		return nil
	},
}

// BudgetBooksService reads the books for the dự toán and quyết toán: the mục
// lục as table lines and the period's vouchers with the opening balance.
type BudgetBooksService interface {
	BudgetBooks(ctx context.Context, from, to time.Time) ([]BudgetCategory, BooksFigures, error)
}

// ErrNoBooks is the answer of a store without the thu – chi books.
var ErrNoBooks = Errorf(ENOTFOUND, "", "Chưa có sổ thu – chi: lập phiếu thu, chi trước, hoặc gõ số liệu vào các dòng")

// ReadBudgetBooks reads the books through s when it keeps them.
func ReadBudgetBooks(ctx context.Context, s any, from, to time.Time) ([]BudgetCategory, BooksFigures, error) {
	b, ok := s.(BudgetBooksService)
	if !ok {
		return nil, BooksFigures{}, ErrNoBooks
	}
	return b.BudgetBooks(ctx, from, to)
}

// CashOnHand is the cash the books hold at the end of day (the biên bản kiểm
// kê quỹ's "tồn quỹ theo sổ").
func CashOnHand(ctx context.Context, s any, day time.Time) (int64, error) {
	_, books, err := ReadBudgetBooks(ctx, s, time.Date(day.Year(), 1, 1, 0, 0, 0, 0, time.UTC), vn.Day(day))
	if err != nil {
		return 0, err
	}
	ms := make([]Movement, len(books.Entries))
	for i, e := range books.Entries {
		ms[i] = e.Movement
	}
	p, err := SummarizePeriod(books.Opening, ms)
	return p.Held.Cash, err
}
