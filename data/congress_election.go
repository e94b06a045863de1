package data

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"socongdoan/data/vn"
)

// The count of a congress election (DOMAIN-MODULES §C.2 "Who wins", Implications C
// "Rules to check"): a candidate is elected with more than one half of the base,
// the ballots collected by default or the valid ballots (a setting [L]); when more
// candidates pass than there are seats, the winners are taken in order of votes,
// and a tie at the last seat goes to a new round among the tied candidates.
// Comparisons are on integers (votes*2 > base), so "exactly half" can never be
// rounded into a win.

// ElectionBase is what "more than one half" is counted against.
type ElectionBase string

// The election bases: DOMAIN-MODULES §C.2 gives "so với tổng số phiếu thu về"
// (Điều lệ XI/XII wording) [M], and some older guides "so với số phiếu bầu" (valid) [L].
const (
	BaseCollected ElectionBase = "thu_ve"
	BaseValid     ElectionBase = "hop_le"
)

// Label is the base as a chair reads it: "phiếu thu về", "phiếu hợp lệ".
func (b ElectionBase) Label() string {
	if b == BaseValid {
		return "phiếu hợp lệ"
	}
	return "phiếu thu về"
}

// ParseElectionBase reads a base typed as "thu-ve", "thu về", "hop_le", "hợp lệ".
func ParseElectionBase(s string) (ElectionBase, bool) {
	switch strings.NewReplacer("-", " ", "_", " ").Replace(vn.Fold(s)) {
	case "thu ve", "phieu thu ve":
		return BaseCollected, true
	case "hop le", "phieu hop le":
		return BaseValid, true
	}
	return "", false
}

// Election is the count of one ballot (BCH, chủ tịch, đại biểu cấp trên…) as the
// ban kiểm phiếu writes it in the biên bản kiểm phiếu (Mẫu 4a/4d of HD 38).
type Election struct {
	Name       string // "Bầu Ban Chấp hành khóa VI"
	Seats      int    // "bầu không quá … người"
	Issued     int    // phiếu phát ra
	Collected  int    // phiếu thu về
	Valid      int    // phiếu hợp lệ
	Invalid    int    // phiếu không hợp lệ (a ballot choosing more than the seats is one)
	Candidates []CandidateVotes
}

// CandidateVotes is one line of the count.
type CandidateVotes struct {
	Name  string
	Votes int
}

// ElectionOutcome is what the count decides for one candidate.
type ElectionOutcome string

// The outcomes.
const (
	OutcomeElected    ElectionOutcome = "trung_cu"
	OutcomeNotElected ElectionOutcome = "khong_trung_cu"
	OutcomeTie        ElectionOutcome = "bang_phieu" // tied at the last seat: a new round
)

// Label is the outcome as the biên bản writes it.
func (o ElectionOutcome) Label() string {
	switch o {
	case OutcomeElected:
		return "trúng cử"
	case OutcomeTie:
		return "bằng phiếu, bầu lại"
	}
	return "không trúng cử"
}

// CandidateResult is one candidate's line of the result.
type CandidateResult struct {
	Name    string
	Votes   int
	Percent string // of the base, one decimal with a comma: "52,4%"
	Rank    int    // 1 for the most votes; tied candidates share a rank
	Outcome ElectionOutcome
	Reason  string // why, in Vietnamese, citing the rule
}

// ElectionResult is the outcome of one election.
type ElectionResult struct {
	Election   Election
	Base       ElectionBase
	BaseCount  int // the number of ballots the half is taken of
	Needed     int // the fewest votes that are more than one half of BaseCount
	Candidates []CandidateResult
	Elected    int      // candidates elected in this round
	TieSeats   int      // seats left for a new round among the tied candidates
	Tied       []string // the tied candidates, in the order of the results
	Vacant     int      // seats nobody won (too few passed the half)
}

// ElectionRule cites the winning rule in the reasons (DOMAIN-MODULES §C.2).
const ElectionRule = "Điều lệ Công đoàn Việt Nam: trúng cử khi được quá một nửa số phiếu"

// Field names of an election's consistency messages.
const (
	FieldElectionSeats      = "so_ghe"
	FieldElectionIssued     = "phieu_phat_ra"
	FieldElectionCollected  = "phieu_thu_ve"
	FieldElectionValid      = "phieu_hop_le"
	FieldElectionCandidates = "ung_cu_vien"
)

// Check returns what makes a count impossible, each naming the numbers: the ban
// kiểm phiếu must recount before anyone is declared elected.
func (e *Election) Check() Problems {
	var ps Problems
	name := e.label()
	if e.Seats < 1 {
		ps.add(FieldElectionSeats, name+"số ghế cần bầu phải từ 1 trở lên")
	}
	for _, n := range []struct {
		field, label string
		v            int
	}{{FieldElectionIssued, "phiếu phát ra", e.Issued}, {FieldElectionCollected, "phiếu thu về", e.Collected},
		{FieldElectionValid, "phiếu hợp lệ", e.Valid}, {FieldElectionValid, "phiếu không hợp lệ", e.Invalid}} {
		if n.v < 0 {
			ps.add(n.field, fmt.Sprintf("%ssố %s không được âm (%d)", name, n.label, n.v))
		}
	}
	if e.Collected > e.Issued {
		ps.add(FieldElectionCollected, fmt.Sprintf("%sphiếu thu về (%d) nhiều hơn phiếu phát ra (%d)", name, e.Collected, e.Issued))
	}
	if e.Valid > e.Collected {
		ps.add(FieldElectionValid, fmt.Sprintf("%sphiếu hợp lệ (%d) nhiều hơn phiếu thu về (%d)", name, e.Valid, e.Collected))
	} else if e.Valid+e.Invalid != e.Collected {
		ps.add(FieldElectionValid, fmt.Sprintf("%sphiếu hợp lệ (%d) cộng phiếu không hợp lệ (%d) bằng %d, khác phiếu thu về (%d)",
			name, e.Valid, e.Invalid, e.Valid+e.Invalid, e.Collected))
	}
	if len(e.Candidates) == 0 {
		ps.add(FieldElectionCandidates, name+"chưa có ứng cử viên nào")
	}
	seen := map[string]bool{}
	total := 0
	for _, c := range e.Candidates {
		switch {
		case vn.Clean(c.Name) == "":
			ps.add(FieldElectionCandidates, name+"có ứng cử viên chưa có tên")
		case seen[vn.Fold(c.Name)]:
			ps.add(FieldElectionCandidates, fmt.Sprintf("%sứng cử viên %s có hai lần", name, c.Name))
		}
		seen[vn.Fold(c.Name)] = true
		if c.Votes < 0 {
			ps.add(FieldElectionCandidates, fmt.Sprintf("%s%s có số phiếu âm (%d)", name, c.Name, c.Votes))
		}
		if c.Votes > e.Valid {
			ps.add(FieldElectionCandidates, fmt.Sprintf("%s%s được %d phiếu, nhiều hơn số phiếu hợp lệ (%d)", name, c.Name, c.Votes, e.Valid))
		}
		total += c.Votes
	}
	if e.Seats >= 1 && total > e.Valid*e.Seats {
		ps.add(FieldElectionCandidates, fmt.Sprintf("%stổng số phiếu các ứng cử viên (%d) nhiều hơn phiếu hợp lệ × số ghế (%d × %d = %d): mỗi phiếu hợp lệ chọn không quá %d người",
			name, total, e.Valid, e.Seats, e.Valid*e.Seats, e.Seats))
	}
	return ps
}

// label prefixes messages with the election's name: "Bầu BCH: ".
func (e *Election) label() string {
	if n := vn.Clean(e.Name); n != "" {
		return n + ": "
	}
	return ""
}

// baseCount returns the ballots the half is taken of.
func (e *Election) baseCount(b ElectionBase) int {
	if b == BaseValid {
		return e.Valid
	}
	return e.Collected
}

// CountElection decides who is elected. A count that does not add up is refused
// with EINVALID naming the numbers (Check), because a result built on it would void
// the election.
func CountElection(e Election, base ElectionBase) (ElectionResult, error) {
	if base != BaseValid {
		base = BaseCollected
	}
	if err := e.Check().Err(); err != nil {
		return ElectionResult{}, err
	}
	r := ElectionResult{Election: e, Base: base, BaseCount: e.baseCount(base)}
	r.Needed = r.BaseCount/2 + 1 // more than one half: 51 of 100, 51 of 101
	cands := slices.Clone(e.Candidates)
	sortByVotes(cands)

	passing := 0
	for _, c := range cands {
		if 2*c.Votes > r.BaseCount {
			passing++
		}
	}
	// The cut-off: the votes of the last seat. Those above it are in; those on it
	// are in only if they all fit, else they go to a new round for what is left.
	cut, above, on := 0, 0, 0
	if passing > e.Seats {
		cut = cands[e.Seats-1].Votes
		for _, c := range cands {
			switch {
			case c.Votes > cut:
				above++
			case c.Votes == cut:
				on++
			}
		}
	}
	tieRound := passing > e.Seats && above+on > e.Seats

	for i, c := range cands {
		res := CandidateResult{Name: vn.Clean(c.Name), Votes: c.Votes, Rank: rankOf(cands, i),
			Percent: vn.Percent1(int64(c.Votes), int64(r.BaseCount))}
		share := fmt.Sprintf("%d/%d %s", c.Votes, r.BaseCount, base.Label())
		switch {
		case 2*c.Votes <= r.BaseCount:
			res.Outcome = OutcomeNotElected
			res.Reason = fmt.Sprintf("Được %s, không quá một nửa (cần ít nhất %d phiếu; %s)", share, r.Needed, ElectionRule)
		case passing <= e.Seats || c.Votes > cut:
			res.Outcome = OutcomeElected
			res.Reason = fmt.Sprintf("Được %s, quá một nửa (cần ít nhất %d phiếu); xếp thứ %d, trong %d ghế cần bầu", share, r.Needed, res.Rank, e.Seats)
		case c.Votes == cut && tieRound:
			res.Outcome = OutcomeTie
			res.Reason = fmt.Sprintf("Được %s, quá một nửa nhưng bằng phiếu với người khác ở ghế cuối: %d người cùng %d phiếu cho %d ghế còn lại; đại hội quyết định bầu lại giữa những người bằng phiếu",
				share, on, cut, e.Seats-above)
		case c.Votes == cut:
			res.Outcome = OutcomeElected
			res.Reason = fmt.Sprintf("Được %s, quá một nửa (cần ít nhất %d phiếu); xếp thứ %d, trong %d ghế cần bầu", share, r.Needed, res.Rank, e.Seats)
		default:
			res.Outcome = OutcomeNotElected
			res.Reason = fmt.Sprintf("Được %s, quá một nửa nhưng xếp thứ %d, ngoài %d ghế cần bầu (người nhiều phiếu hơn trúng cử trước)", share, res.Rank, e.Seats)
		}
		switch res.Outcome {
		case OutcomeElected:
			r.Elected++
		case OutcomeTie:
			r.Tied = append(r.Tied, res.Name)
		}
		r.Candidates = append(r.Candidates, res)
	}
	if tieRound {
		r.TieSeats = e.Seats - above
	}
	r.Vacant = e.Seats - r.Elected - r.TieSeats
	return r, nil
}

// Summary says in one line what the election decided.
func (r *ElectionResult) Summary() string {
	s := fmt.Sprintf("Trúng cử %d/%d ghế.", r.Elected, r.Election.Seats)
	if r.TieSeats > 0 {
		s += fmt.Sprintf(" Bầu lại %d ghế giữa những người bằng phiếu: %s.", r.TieSeats, strings.Join(r.Tied, ", "))
	}
	if r.Vacant > 0 {
		s += fmt.Sprintf(" Còn %d ghế không ai được quá một nửa số phiếu: đại hội quyết định bầu bổ sung hay để khuyết.", r.Vacant)
	}
	return s
}

// sortByVotes orders candidates by votes, most first; equal votes in the
// Vietnamese order of names (given name first), as the register sorts.
func sortByVotes(cs []CandidateVotes) {
	keys := make(map[string][]byte, len(cs))
	for _, c := range cs {
		keys[c.Name] = candidateSortKey(c.Name)
	}
	slices.SortStableFunc(cs, func(a, b CandidateVotes) int {
		if a.Votes != b.Votes {
			return b.Votes - a.Votes
		}
		return bytes.Compare(keys[a.Name], keys[b.Name])
	})
}

// rankOf is the competition rank of cs[i] in cs sorted by votes: 1, 2, 2, 4.
func rankOf(cs []CandidateVotes, i int) int {
	for i > 0 && cs[i-1].Votes == cs[i].Votes {
		i--
	}
	return i + 1
}

func candidateSortKey(full string) []byte {
	ho, dem, ten := vn.SplitFullName(full)
	return vn.NameSortKey(ho, dem, ten)
}

// SortCandidateNames puts a candidate list in Vietnamese alphabetical order, given
// name first, then family and middle names, as the register and the phiếu bầu list
// them (DOMAIN-MODULES Implications C: "candidates in alphabetical order").
func SortCandidateNames(names []string) {
	keys := make(map[string][]byte, len(names))
	for _, n := range names {
		keys[n] = candidateSortKey(n)
	}
	slices.SortStableFunc(names, func(a, b string) int { return bytes.Compare(keys[a], keys[b]) })
}
