package xlsx

import (
	"fmt"
	"slices"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// RowStatus is what an import will do with a row.
type RowStatus int

// The row statuses of a preview.
const (
	RowNew       RowStatus = iota // a new member
	RowUpdate                     // matches a member in the register, whose fields the row changes
	RowUnchanged                  // matches a member in the register and changes nothing
	RowExisting                   // matches a member in the register; the chair chose to skip such rows
	RowDuplicate                  // the same person as an earlier row of the file: not imported twice
	RowError                      // cannot be imported as it is
)

// Label is the status as the preview table shows it.
func (s RowStatus) Label() string {
	switch s {
	case RowNew:
		return "Thêm mới"
	case RowUpdate:
		return "Cập nhật"
	case RowUnchanged:
		return "Không đổi"
	case RowExisting:
		return "Đã có, bỏ qua"
	case RowDuplicate:
		return "Trùng trong tệp"
	case RowError:
		return "Lỗi"
	}
	return ""
}

// OnDuplicate is the chair's choice for rows that match a member already in the register.
type OnDuplicate int

// The choices for matching rows.
const (
	SkipExisting   OnDuplicate = iota // leave the register's member as it is
	UpdateExisting                    // take the row's filled cells into the member
)

// Match is the member of the register a row was found to be.
type Match struct {
	ID   int64
	Name string // "Nguyễn Văn An (sinh 1990)"
	By   string // "CCCD", "mã đoàn viên", "họ tên và ngày sinh"
}

// Preview is a converted file checked against the register: what an import would do
// with each row, before anything is written.
type Preview struct {
	*Result
	Mode                                                   OnDuplicate
	New, Update, Unchanged, Existing, Duplicate, ErrorRows int
	updates                                                map[int]*data.Member // row index → the member as the update saves it
}

// Loader returns the full members with the given ids (only matched rows need them).
type Loader func(ids []int64) (map[int64]*data.Member, error)

// NewPreview decides each row's status. keys are the register's members; load gives
// the members that rows match, needed to check what an update would save (nil when
// mode is SkipExisting). A row whose CCCD and mã đoàn viên point at two different
// members is an error, and so is a name and birth date shared by two members without
// a CCCD or mã đoàn viên to tell them apart.
func NewPreview(res *Result, keys []data.MemberKey, mode OnDuplicate, load Loader) (*Preview, error) {
	p := &Preview{Result: res, Mode: mode, updates: map[int]*data.Member{}}
	byID, byCode := map[string]int{}, map[string]int{}
	byName := map[string][]int{}
	for i, k := range keys {
		if k.IDNumber != "" {
			byID[k.IDNumber] = i
		}
		if k.MemberCode != "" {
			byCode[k.MemberCode] = i
		}
		if !k.BirthDate.IsZero() {
			nk := vn.Fold(k.Name)
			byName[nk+"|"+birthKey(k.BirthDate, k.BirthYearOnly)] = append(byName[nk+"|"+birthKey(k.BirthDate, k.BirthYearOnly)], i)
			if !k.BirthYearOnly {
				byName[nk+"|"+birthKey(k.BirthDate, true)] = append(byName[nk+"|"+birthKey(k.BirthDate, true)], i)
			}
		}
	}
	type seenRow struct {
		line     int
		id, code string
	}
	seenID, seenCode, seenName := map[string]int{}, map[string]int{}, map[string][]seenRow{}
	matched := map[int]int{} // row index → key index
	for ri := range res.Rows {
		r := &res.Rows[ri]
		m := &r.Member
		r.Status, r.Match, r.DupLine = RowNew, Match{}, 0
		r.Problems = withoutPreviewProblems(r.Problems)
		nameKey := r.nameKey
		// The same person twice in the file: the first row counts. Same name and birth
		// date with different CCCDs or codes are namesakes, not the same person.
		dup := 0
		if m.IDNumber != "" {
			if line, ok := seenID[m.IDNumber]; ok {
				dup = line
			} else {
				seenID[m.IDNumber] = r.Line
			}
		}
		if m.MemberCode != "" {
			if line, ok := seenCode[m.MemberCode]; ok && dup == 0 {
				dup = line
			} else if !ok {
				seenCode[m.MemberCode] = r.Line
			}
		}
		if nameKey != "" {
			earlier := seenName[nameKey]
			for _, e := range earlier {
				if dup == 0 && (e.id == "" || m.IDNumber == "" || e.id == m.IDNumber) &&
					(e.code == "" || m.MemberCode == "" || e.code == m.MemberCode) {
					dup = e.line
				}
			}
			seenName[nameKey] = append(earlier, seenRow{r.Line, m.IDNumber, m.MemberCode})
		}
		if r.Errors() {
			r.Status = RowError
			continue
		}
		if dup != 0 {
			r.Status, r.DupLine = RowDuplicate, dup
			continue
		}
		// The same person as a member of the register.
		ki, by, msg := -1, "", ""
		if i, ok := byID[m.IDNumber]; ok && m.IDNumber != "" {
			ki, by = i, "CCCD"
		}
		if i, ok := byCode[m.MemberCode]; ok && m.MemberCode != "" {
			if ki >= 0 && ki != i {
				msg = fmt.Sprintf("Số CCCD là của đoàn viên %s nhưng mã số đoàn viên là của đoàn viên %s",
					holder(keys[ki]), holder(keys[i]))
			} else if ki < 0 {
				ki, by = i, "mã đoàn viên"
			}
		}
		if ki < 0 && nameKey != "" {
			var same []int
			for _, i := range byName[nameKey] {
				k := keys[i]
				// A different CCCD or code on both sides means a namesake, not the same person.
				if (k.IDNumber != "" && m.IDNumber != "" && k.IDNumber != m.IDNumber) ||
					(k.MemberCode != "" && m.MemberCode != "" && k.MemberCode != m.MemberCode) {
					continue
				}
				if !slices.Contains(same, i) {
					same = append(same, i)
				}
			}
			switch len(same) {
			case 0:
			case 1:
				ki, by = same[0], "họ tên và ngày sinh"
			default:
				msg = fmt.Sprintf("Trùng họ tên và ngày sinh với %d đoàn viên trong sổ; hãy ghi số CCCD hoặc mã số đoàn viên để phân biệt", len(same))
			}
		}
		if msg != "" {
			r.Problems = append(r.Problems, Problem{Line: r.Line, Message: msg, Value: m.FullName(), Header: previewHeader})
			r.Status = RowError
			continue
		}
		if ki < 0 {
			continue
		}
		r.Match = Match{ID: keys[ki].ID, Name: holder(keys[ki]), By: by}
		r.Status = RowExisting
		matched[ri] = ki
	}
	if mode == UpdateExisting && len(matched) > 0 {
		if err := p.mergeUpdates(matched, keys, load); err != nil {
			return nil, err
		}
	}
	p.count()
	return p, nil
}

// previewHeader marks the problems NewPreview adds, so that a new preview of the same
// rows (the chair switched between skip and update) starts from the file's own problems.
const previewHeader = "Đối chiếu với sổ"

func withoutPreviewProblems(ps []Problem) []Problem {
	out := ps[:0]
	for _, p := range ps {
		if p.Header != previewHeader {
			out = append(out, p)
		}
	}
	return out
}

// holder names a register member in a message.
func holder(k data.MemberKey) string {
	if k.BirthDate.IsZero() {
		return k.Name
	}
	return fmt.Sprintf("%s (sinh %d)", k.Name, k.BirthDate.Year())
}

// birthKey is a birth date for matching: the year alone when only the year is known.
func birthKey(t time.Time, yearOnly bool) string {
	if yearOnly {
		return fmt.Sprintf("%04d", t.Year())
	}
	return vn.ISO(t)
}

// mergeUpdates builds what each matched row would save: the register's member with
// the row's filled cells taken over (a blank cell never erases what the register
// has), checked as the form checks it.
func (p *Preview) mergeUpdates(matched map[int]int, keys []data.MemberKey, load Loader) error {
	if load == nil {
		return nil
	}
	ids := make([]int64, 0, len(matched))
	for _, ki := range matched {
		ids = append(ids, keys[ki].ID)
	}
	existing, err := load(ids)
	if err != nil {
		return err
	}
	order := make([]int, 0, len(matched))
	for ri := range matched {
		order = append(order, ri)
	}
	slices.Sort(order)
	seen := map[int64]int{} // two rows of the file updating one member: only the first
	for _, ri := range order {
		ki := matched[ri]
		r := &p.Rows[ri]
		old, ok := existing[keys[ki].ID]
		if !ok {
			continue
		}
		if line, ok := seen[old.ID]; ok {
			r.Status, r.DupLine = RowDuplicate, line
			continue
		}
		seen[old.ID] = r.Line
		merged := mergeRow(old, r)
		merged.Normalize()
		var blocking bool
		for _, pr := range merged.Validate(p.now) {
			if !pr.Warning {
				blocking = true
				r.Problems = append(r.Problems, Problem{Line: r.Line, Header: previewHeader,
					Message: "Sau khi cập nhật đoàn viên " + r.Match.Name + ": " + pr.Message})
			}
		}
		if r.Has(FieldStatus) && r.Member.Status != "" && r.Member.Status != old.Status {
			r.Problems = append(r.Problems, Problem{Line: r.Line, Header: previewHeader, Warning: true,
				Message: "Trạng thái không đổi qua nhập tệp; hãy dùng \"Thay đổi trạng thái\" ở trang đoàn viên"})
		}
		switch {
		case blocking:
			r.Status = RowError
		case sameMember(old, merged):
			r.Status = RowUnchanged
		default:
			r.Status = RowUpdate
			p.updates[ri] = merged
		}
	}
	return nil
}

// mergeRow is old with the fields the row filled in.
func mergeRow(old *data.Member, r *Row) *data.Member {
	m := *old
	n := &r.Member
	if r.Has(FieldFullName) {
		m.Ho, m.TenDem, m.Ten = n.Ho, n.TenDem, n.Ten
	}
	if r.Has(FieldBirth) {
		m.BirthDate, m.BirthYearOnly = n.BirthDate, n.BirthYearOnly
	}
	if r.Has(FieldSex) {
		m.Sex = n.Sex
	}
	copyIf := func(f Field, dst *string, src string) {
		if r.Has(f) {
			*dst = src
		}
	}
	copyIf(FieldEthnicity, &m.Ethnicity, n.Ethnicity)
	copyIf(FieldNation, &m.Nationality, n.Nationality)
	copyIf(FieldIDNumber, &m.IDNumber, n.IDNumber)
	copyIf(FieldPhone, &m.Phone, n.Phone)
	if r.Has(FieldUnit) && vn.Fold(n.UnitName) != vn.Fold(old.UnitName) {
		m.UnitID, m.UnitName = 0, n.UnitName // the store finds or creates the unit by name
	}
	copyIf(FieldJobTitle, &m.JobTitle, n.JobTitle)
	if r.Has(FieldHireDate) {
		m.HireDate = n.HireDate
	}
	if r.Has(FieldContract) {
		m.Contract, m.ContractMonths = n.Contract, n.ContractMonths
	}
	if r.Has(FieldJoinDate) {
		m.JoinDate = n.JoinDate
	}
	if r.Has(FieldPrevious) {
		m.PreviousUnion, m.JoinKind = n.PreviousUnion, data.JoinTransferred
	}
	copyIf(FieldDecision, &m.DecisionNumber, n.DecisionNumber)
	if r.Has(FieldDecDate) {
		m.DecisionDate = n.DecisionDate
	}
	copyIf(FieldCode, &m.MemberCode, n.MemberCode)
	copyIf(FieldCard, &m.CardNumber, n.CardNumber)
	if r.Has(FieldCardDate) {
		m.CardDate = n.CardDate
	}
	copyIf(FieldRole, &m.UnionRole, n.UnionRole)
	if r.Has(FieldParty) {
		m.PartyMember = n.PartyMember
	}
	copyIf(FieldNotes, &m.Notes, n.Notes)
	return &m
}

// sameMember reports whether an update would change nothing a chair can see.
func sameMember(a, b *data.Member) bool {
	x, y := *a, *b
	x.UnitID, y.UnitID = 0, 0
	x.UnitName, y.UnitName = vn.Fold(x.UnitName), vn.Fold(y.UnitName)
	return x == y
}

// count fills the totals.
func (p *Preview) count() {
	p.New, p.Update, p.Unchanged, p.Existing, p.Duplicate, p.ErrorRows = 0, 0, 0, 0, 0, 0
	for i := range p.Rows {
		switch p.Rows[i].Status {
		case RowNew:
			p.New++
		case RowUpdate:
			p.Update++
		case RowUnchanged:
			p.Unchanged++
		case RowExisting:
			p.Existing++
		case RowDuplicate:
			p.Duplicate++
		case RowError:
			p.ErrorRows++
		}
	}
}

// Summary is the preview in one line: "120 thêm mới · 5 cập nhật · 2 trùng trong tệp · 3 lỗi".
func (p *Preview) Summary() string {
	parts := []string{}
	add := func(n int, label string) {
		if n > 0 {
			parts = append(parts, vn.FormatInt(int64(n))+" "+label)
		}
	}
	add(p.New, "thêm mới")
	add(p.Update, "cập nhật")
	add(p.Unchanged, "không đổi")
	add(p.Existing, "đã có trong sổ (bỏ qua)")
	add(p.Duplicate, "trùng trong tệp (bỏ qua)")
	add(p.ErrorRows, "dòng lỗi")
	if len(parts) == 0 {
		return "Tệp không có dòng đoàn viên nào"
	}
	s := parts[0]
	for _, x := range parts[1:] {
		s += " · " + x
	}
	return s
}

// Problems lists the blocking problems of the error rows, in row order.
func (p *Preview) Problems() []Problem {
	var out []Problem
	for i := range p.Rows {
		r := &p.Rows[i]
		if r.Status != RowError {
			continue
		}
		for _, pr := range r.Problems {
			if !pr.Warning {
				out = append(out, pr)
			}
		}
	}
	return out
}

// Release lets go of what the commit does not need, before it runs: the file's cells,
// except those of the rows in error (for the error workbook). A 100,000-row file holds
// some 60 MB of them.
func (p *Preview) Release() {
	p.Table.Rows = nil
	for i := range p.Rows {
		if p.Rows[i].Status != RowError {
			p.Rows[i].Cells = nil
		}
	}
}

// Batch is what committing the preview writes: the new rows and the updates. Error,
// duplicate and skipped rows are left out.
func (p *Preview) Batch() *data.ImportBatch {
	b := &data.ImportBatch{Source: p.Table.File}
	for i := range p.Rows {
		r := &p.Rows[i]
		switch r.Status {
		case RowNew:
			// The row's own member, not a copy: the store copies what it saves, and a
			// copy of 100,000 members would cost 50 MB more during the commit.
			b.Creates = append(b.Creates, data.ImportRow{Line: r.Line, Member: &r.Member})
		case RowUpdate:
			b.Updates = append(b.Updates, data.ImportRow{Line: r.Line, Member: p.updates[i]})
		}
	}
	return b
}
