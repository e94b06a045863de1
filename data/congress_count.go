package data

import (
	"fmt"
	"strings"

	"socongdoan/data/vn"
)

// A count sheet ("ket-qua.csv", issue 15 point 7): one row per candidate under the
// header Cuộc bầu, Số ghế, Phiếu phát ra, Phiếu thu về, Phiếu hợp lệ, Ứng cử viên,
// Số phiếu, and optionally Phiếu không hợp lệ (else collected − valid). The
// ballot numbers repeat on every row of an election and must agree.

// countColumns are the header cells, folded, in the order of countRow's fields.
var countColumns = []string{"cuoc bau", "so ghe", "phieu phat ra", "phieu thu ve", "phieu hop le", "ung cu vien", "so phieu"}

const countInvalidColumn = "phieu khong hop le"

// CountHeader is the header line a count sheet must have.
const CountHeader = "Cuộc bầu,Số ghế,Phiếu phát ra,Phiếu thu về,Phiếu hợp lệ,Ứng cử viên,Số phiếu"

// ParseElectionCount reads the rows of a count sheet (as data/xlsx reads a CSV
// or workbook; lines are the row numbers shown to the chair) into elections, in
// the order they first appear. Every problem is reported with its line; nothing
// is guessed.
func ParseElectionCount(rows [][]string, lines []int) ([]Election, error) {
	line := func(i int) int {
		if i < len(lines) {
			return lines[i]
		}
		return i + 1
	}
	h := -1
	for i, r := range rows {
		if !blankRow(r) {
			h = i
			break
		}
	}
	if h < 0 {
		return nil, Errorf(EINVALID, "", "Tệp kết quả kiểm phiếu trống")
	}
	cols, invalidCol, err := countHeader(rows[h])
	if err != nil {
		return nil, Errorf(EINVALID, "", "Dòng %d: %s. Dòng tiêu đề phải là: %s", line(h), err, CountHeader)
	}
	var out []Election
	index := map[string]int{}
	var ps []string
	for i := h + 1; i < len(rows); i++ {
		r := rows[i]
		if blankRow(r) {
			continue
		}
		cell := func(c int) string {
			if c >= 0 && c < len(r) {
				return vn.Clean(r[c])
			}
			return ""
		}
		num := func(c int, label string) int {
			v := cell(c)
			n, err := vn.ParseInt(v)
			if err != nil || n < 0 || n > 10_000_000 {
				ps = append(ps, fmt.Sprintf("Dòng %d, cột %q: %q không phải số phiếu (số nguyên không âm)", line(i), label, v))
				return 0
			}
			return int(n)
		}
		name := cell(cols[0])
		if name == "" {
			ps = append(ps, fmt.Sprintf("Dòng %d: chưa ghi tên cuộc bầu", line(i)))
			continue
		}
		e := Election{Name: name, Seats: num(cols[1], "Số ghế"), Issued: num(cols[2], "Phiếu phát ra"),
			Collected: num(cols[3], "Phiếu thu về"), Valid: num(cols[4], "Phiếu hợp lệ")}
		if invalidCol >= 0 {
			e.Invalid = num(invalidCol, "Phiếu không hợp lệ")
		} else {
			e.Invalid = max(0, e.Collected-e.Valid) // Check names valid > collected
		}
		cand := CandidateVotes{Name: cell(cols[5]), Votes: num(cols[6], "Số phiếu")}
		if cand.Name == "" {
			ps = append(ps, fmt.Sprintf("Dòng %d: chưa ghi tên ứng cử viên", line(i)))
		}
		key := vn.Fold(name)
		j, ok := index[key]
		if !ok {
			index[key] = len(out)
			e.Candidates = []CandidateVotes{cand}
			out = append(out, e)
			continue
		}
		first := &out[j]
		if e.Seats != first.Seats || e.Issued != first.Issued || e.Collected != first.Collected ||
			e.Valid != first.Valid || e.Invalid != first.Invalid {
			ps = append(ps, fmt.Sprintf("Dòng %d: số ghế, số phiếu phát ra, thu về, hợp lệ của cuộc bầu %q khác với dòng trước của cùng cuộc bầu", line(i), name))
		}
		first.Candidates = append(first.Candidates, cand)
	}
	if len(ps) > 0 {
		return nil, Errorf(EINVALID, "", "%s", strings.Join(ps, "\n"))
	}
	if len(out) == 0 {
		return nil, Errorf(EINVALID, "", "Tệp kết quả kiểm phiếu chưa có dòng ứng cử viên nào dưới dòng tiêu đề")
	}
	return out, nil
}

// countHeader finds the columns of the header row, by name in any order.
func countHeader(r []string) (cols []int, invalid int, err error) {
	at := map[string]int{}
	for i, c := range r {
		at[strings.Join(strings.Fields(vn.Fold(c)), " ")] = i
	}
	var missing []string
	for _, want := range countColumns {
		i, ok := at[want]
		if !ok {
			missing = append(missing, want)
		}
		cols = append(cols, i)
	}
	if len(missing) > 0 {
		names := strings.Split(CountHeader, ",")
		var shown []string
		for _, m := range missing {
			for k, c := range countColumns {
				if c == m {
					shown = append(shown, names[k])
				}
			}
		}
		return nil, 0, fmt.Errorf("thiếu cột %s", strings.Join(shown, ", "))
	}
	invalid = -1
	if i, ok := at[countInvalidColumn]; ok {
		invalid = i
	}
	return cols, invalid, nil
}

func blankRow(r []string) bool {
	for _, c := range r {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// CountElections counts each election and gathers every inconsistency, naming
// its election, into one EINVALID error: no result is given while any election
// does not add up, so that a half-checked count is never printed as the result.
func CountElections(es []Election, base ElectionBase) ([]ElectionResult, error) {
	var out []ElectionResult
	var msgs []string
	for _, e := range es {
		for _, p := range e.Check() {
			if !p.Warning {
				msgs = append(msgs, p.Message)
			}
		}
		if len(msgs) > 0 {
			continue
		}
		r, err := CountElection(e, base)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if len(msgs) > 0 {
		return nil, Errorf(EINVALID, "", "Kết quả kiểm phiếu không khớp, cần kiểm lại:\n%s", strings.Join(msgs, "\n"))
	}
	return out, nil
}
