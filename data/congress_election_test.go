package data_test

import (
	"slices"
	"strings"
	"testing"

	"socongdoan/data"
)

// cands builds a candidate list from name, votes pairs.
func cands(pairs ...any) []data.CandidateVotes {
	var out []data.CandidateVotes
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, data.CandidateVotes{Name: pairs[i].(string), Votes: pairs[i+1].(int)})
	}
	return out
}

// outcomes maps each candidate to its outcome.
func outcomes(r data.ElectionResult) map[string]data.ElectionOutcome {
	m := map[string]data.ElectionOutcome{}
	for _, c := range r.Candidates {
		m[c.Name] = c.Outcome
	}
	return m
}

const (
	in  = data.OutcomeElected
	out = data.OutcomeNotElected
	tie = data.OutcomeTie
)

func TestCountElection(t *testing.T) {
	cases := []struct {
		name     string
		e        data.Election
		base     data.ElectionBase
		want     map[string]data.ElectionOutcome
		elected  int
		tieSeats int
		vacant   int
	}{
		{"exactly half of the ballots collected is not elected",
			data.Election{Seats: 1, Issued: 100, Collected: 100, Valid: 100, Candidates: cands("Nguyễn Văn An", 50)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Nguyễn Văn An": out}, 0, 0, 1},
		{"half plus one is elected",
			data.Election{Seats: 1, Issued: 100, Collected: 100, Valid: 100, Candidates: cands("Nguyễn Văn An", 51)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Nguyễn Văn An": in}, 1, 0, 0},
		{"half of an odd base rounded up is more than half",
			data.Election{Seats: 1, Issued: 101, Collected: 101, Valid: 101, Candidates: cands("Nguyễn Văn An", 51)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Nguyễn Văn An": in}, 1, 0, 0},
		{"half of an odd base rounded down is not",
			data.Election{Seats: 1, Issued: 101, Collected: 101, Valid: 101, Candidates: cands("Nguyễn Văn An", 50)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Nguyễn Văn An": out}, 0, 0, 1},
		{"a single-candidate chủ tịch election with a clear majority",
			data.Election{Name: "Bầu Chủ tịch", Seats: 1, Issued: 9, Collected: 9, Valid: 9, Candidates: cands("Trần Thị Bình", 8)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Trần Thị Bình": in}, 1, 0, 0},
		{"a single-candidate chủ tịch election lost at exactly half",
			data.Election{Name: "Bầu Chủ tịch", Seats: 1, Issued: 10, Collected: 10, Valid: 10, Candidates: cands("Trần Thị Bình", 5)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Trần Thị Bình": out}, 0, 0, 1},
		{"invalid ballots count in the base of ballots collected",
			// 100 collected, 10 invalid: 50 of 100 is not more than half…
			data.Election{Seats: 1, Issued: 100, Collected: 100, Valid: 90, Invalid: 10, Candidates: cands("Lê Văn Cường", 50)},
			data.BaseCollected, map[string]data.ElectionOutcome{"Lê Văn Cường": out}, 0, 0, 1},
		{"invalid ballots do not count in the base of valid ballots",
			// …but 50 of 90 valid is.
			data.Election{Seats: 1, Issued: 100, Collected: 100, Valid: 90, Invalid: 10, Candidates: cands("Lê Văn Cường", 50)},
			data.BaseValid, map[string]data.ElectionOutcome{"Lê Văn Cường": in}, 1, 0, 0},
		{"exactly half of the valid ballots is not elected either",
			data.Election{Seats: 1, Issued: 100, Collected: 100, Valid: 90, Invalid: 10, Candidates: cands("Lê Văn Cường", 45)},
			data.BaseValid, map[string]data.ElectionOutcome{"Lê Văn Cường": out}, 0, 0, 1},
		{"more passing candidates than seats: the most votes win",
			data.Election{Seats: 3, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 90, "Bình", 80, "Cường", 60, "Dũng", 55, "Em", 15)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": in, "Cường": in, "Dũng": out, "Em": out}, 3, 0, 0},
		{"a tie at the last seat goes to a new round",
			data.Election{Seats: 3, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 90, "Bình", 70, "Cường", 60, "Dũng", 60, "Em", 20)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": in, "Cường": tie, "Dũng": tie, "Em": out}, 2, 1, 0},
		{"a three-way tie for the last two seats leaves both for the new round",
			data.Election{Seats: 3, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 90, "Bình", 70, "Cường", 70, "Dũng", 70)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": tie, "Cường": tie, "Dũng": tie}, 1, 2, 0},
		{"a tie that fits in the seats elects all the tied",
			data.Election{Seats: 3, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 90, "Bình", 70, "Cường", 70, "Dũng", 60)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": in, "Cường": in, "Dũng": out}, 3, 0, 0},
		{"a tie below the half is no tie: nobody of them passes",
			data.Election{Seats: 2, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 90, "Bình", 40, "Cường", 40)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": out, "Cường": out}, 1, 0, 1},
		{"a tie of passing candidates when there are seats for all",
			data.Election{Seats: 5, Issued: 100, Collected: 100, Valid: 100,
				Candidates: cands("An", 60, "Bình", 60, "Cường", 60)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": in, "Bình": in, "Cường": in}, 3, 0, 2},
		{"no ballots collected elects nobody",
			data.Election{Seats: 1, Issued: 10, Collected: 0, Valid: 0, Candidates: cands("An", 0)},
			data.BaseCollected, map[string]data.ElectionOutcome{"An": out}, 0, 0, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := data.CountElection(c.e, c.base)
			if err != nil {
				t.Fatal(err)
			}
			got := outcomes(r)
			for name, want := range c.want {
				if got[name] != want {
					t.Errorf("%s: %s, want %s", name, got[name].Label(), want.Label())
				}
			}
			if r.Elected != c.elected || r.TieSeats != c.tieSeats || r.Vacant != c.vacant {
				t.Errorf("elected %d, tie seats %d, vacant %d; want %d, %d, %d", r.Elected, r.TieSeats, r.Vacant, c.elected, c.tieSeats, c.vacant)
			}
			for _, cr := range r.Candidates {
				if cr.Reason == "" {
					t.Errorf("%s has no reason", cr.Name)
				}
			}
		})
	}
}

func TestCountElectionExplains(t *testing.T) {
	e := data.Election{Name: "Bầu BCH", Seats: 3, Issued: 120, Collected: 118, Valid: 115, Invalid: 3,
		Candidates: cands("Phạm Văn Dũng", 59, "Nguyễn Thị Hoa", 100, "Trần Minh Khoa", 61, "Lê Văn An", 61, "Vũ Thị Lan", 64)}
	r, err := data.CountElection(e, data.BaseCollected)
	if err != nil {
		t.Fatal(err)
	}
	if r.BaseCount != 118 || r.Needed != 60 {
		t.Errorf("base %d needed %d, want 118 and 60", r.BaseCount, r.Needed)
	}
	var order []string
	for _, c := range r.Candidates {
		order = append(order, c.Name)
	}
	// Most votes first; the tied in given-name order: An before Khoa.
	if want := []string{"Nguyễn Thị Hoa", "Vũ Thị Lan", "Lê Văn An", "Trần Minh Khoa", "Phạm Văn Dũng"}; !slices.Equal(order, want) {
		t.Errorf("order %v, want %v", order, want)
	}
	first, tied, low := r.Candidates[0], r.Candidates[2], r.Candidates[4]
	if first.Percent != "84,7%" || first.Rank != 1 || !strings.Contains(first.Reason, "100/118 phiếu thu về") {
		t.Errorf("first: %+v", first)
	}
	if tied.Outcome != data.OutcomeTie || tied.Rank != 3 || r.Candidates[3].Rank != 3 ||
		!strings.Contains(tied.Reason, "2 người cùng 61 phiếu cho 1 ghế còn lại") {
		t.Errorf("tied: %+v", tied)
	}
	if low.Percent != "50,0%" || low.Outcome != data.OutcomeNotElected || !strings.Contains(low.Reason, "cần ít nhất 60 phiếu") {
		t.Errorf("exactly half: %+v", low)
	}
	if s := r.Summary(); s != "Trúng cử 2/3 ghế. Bầu lại 1 ghế giữa những người bằng phiếu: Lê Văn An, Trần Minh Khoa." {
		t.Errorf("summary %q", s)
	}
}

func TestCountElectionRefusesInconsistentCounts(t *testing.T) {
	ok := data.Election{Name: "Bầu BCH", Seats: 2, Issued: 100, Collected: 98, Valid: 95, Invalid: 3,
		Candidates: cands("An", 90, "Bình", 80)}
	cases := []struct {
		name   string
		change func(e *data.Election)
		want   string
	}{
		{"more collected than issued", func(e *data.Election) { e.Collected, e.Valid = 101, 98 },
			"Bầu BCH: phiếu thu về (101) nhiều hơn phiếu phát ra (100)"},
		{"valid and invalid not adding up to collected", func(e *data.Election) { e.Invalid = 2 },
			"phiếu hợp lệ (95) cộng phiếu không hợp lệ (2) bằng 97, khác phiếu thu về (98)"},
		{"more valid than collected", func(e *data.Election) { e.Valid, e.Invalid = 99, 0 },
			"phiếu hợp lệ (99) nhiều hơn phiếu thu về (98)"},
		{"a candidate with more votes than valid ballots", func(e *data.Election) { e.Candidates[0].Votes = 96 },
			"An được 96 phiếu, nhiều hơn số phiếu hợp lệ (95)"},
		{"more votes than valid ballots × seats", func(e *data.Election) {
			e.Candidates = append(e.Candidates, cands("Cường", 30)...)
		}, "tổng số phiếu các ứng cử viên (200) nhiều hơn phiếu hợp lệ × số ghế (95 × 2 = 190)"},
		{"no seats", func(e *data.Election) { e.Seats = 0 }, "số ghế cần bầu phải từ 1 trở lên"},
		{"no candidates", func(e *data.Election) { e.Candidates = nil }, "chưa có ứng cử viên nào"},
		{"a candidate twice", func(e *data.Election) { e.Candidates[1].Name = "an" }, "ứng cử viên an có hai lần"},
		{"negative votes", func(e *data.Election) { e.Candidates[1].Votes = -1 }, "Bình có số phiếu âm (-1)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := ok
			e.Candidates = slices.Clone(ok.Candidates)
			c.change(&e)
			_, err := data.CountElection(e, data.BaseCollected)
			if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), c.want) {
				t.Errorf("got %v, want EINVALID with %q", err, c.want)
			}
		})
	}
	if _, err := data.CountElection(ok, data.BaseValid); err != nil {
		t.Errorf("the consistent count was refused: %v", err)
	}
}

func TestSortCandidateNames(t *testing.T) {
	names := []string{"Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Đỗ Thị An", "Nguyễn Văn Đức", "Phạm Văn Dũng"}
	data.SortCandidateNames(names)
	// Given name first (An, Ánh, Bình, Dũng, Đức), then family name (Đ after D, before L).
	want := []string{"Đỗ Thị An", "Lê Văn An", "Nguyễn Thị Ánh", "Trần Văn Bình", "Phạm Văn Dũng", "Nguyễn Văn Đức"}
	if !slices.Equal(names, want) {
		t.Errorf("got %v\nwant %v", names, want)
	}
}

func TestParseElectionCount(t *testing.T) {
	rows := [][]string{
		{},
		{"Cuộc bầu", "Số ghế", "Phiếu phát ra", "Phiếu thu về", "Phiếu hợp lệ", "Ứng cử viên", "Số phiếu"},
		{"Bầu BCH", "3", "120", "118", "115", "Nguyễn Thị Hoa", "100"},
		{"Bầu Chủ tịch", "1", "120", "118", "118", "Nguyễn Thị Hoa", "110"},
		{"Bầu BCH", "3", "120", "118", "115", "Lê Văn An", "1.0"},
	}
	_, err := data.ParseElectionCount(rows, []int{1, 2, 3, 4, 5})
	if msg := data.ErrorMessage(err); !strings.Contains(msg, `Dòng 5, cột "Số phiếu": "1.0" không phải số phiếu`) {
		t.Errorf("a bad number: %v", err)
	}
	rows[4][6] = "80"
	es, err := data.ParseElectionCount(rows, []int{1, 2, 3, 4, 5})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Name != "Bầu BCH" || len(es[0].Candidates) != 2 || es[0].Invalid != 3 || es[1].Seats != 1 {
		t.Errorf("parsed %+v", es)
	}

	t.Run("an election's ballot numbers must agree on every row", func(t *testing.T) {
		bad := slices.Clone(rows)
		bad[4] = []string{"bầu bch", "3", "120", "117", "115", "Lê Văn An", "80"}
		_, err := data.ParseElectionCount(bad, nil)
		if !strings.Contains(data.ErrorMessage(err), `Dòng 5: số ghế, số phiếu phát ra, thu về, hợp lệ của cuộc bầu "bầu bch" khác`) {
			t.Errorf("got %v", err)
		}
	})
	t.Run("a missing column is named", func(t *testing.T) {
		_, err := data.ParseElectionCount([][]string{{"Cuộc bầu", "Số ghế", "Phiếu phát ra", "Phiếu hợp lệ", "Ứng cử viên", "Số phiếu"}}, nil)
		if !strings.Contains(data.ErrorMessage(err), "Dòng 1: thiếu cột Phiếu thu về") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("an optional invalid-ballot column is checked against the others", func(t *testing.T) {
		r := [][]string{{"Ứng cử viên", "Số phiếu", "Cuộc bầu", "Số ghế", "Phiếu phát ra", "Phiếu thu về", "Phiếu hợp lệ", "Phiếu không hợp lệ"},
			{"An", "60", "Bầu Chủ tịch", "1", "100", "100", "98", "1"}}
		es, err := data.ParseElectionCount(r, nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = data.CountElections(es, data.BaseCollected)
		if !strings.Contains(data.ErrorMessage(err), "Bầu Chủ tịch: phiếu hợp lệ (98) cộng phiếu không hợp lệ (1) bằng 99, khác phiếu thu về (100)") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("only a header is refused", func(t *testing.T) {
		_, err := data.ParseElectionCount(rows[:2], nil)
		if data.ErrorCode(err) != data.EINVALID {
			t.Errorf("got %v", err)
		}
	})
}

func TestElectionBaseSetting(t *testing.T) {
	for in, want := range map[string]data.ElectionBase{"thu-ve": data.BaseCollected, "Hợp lệ": data.BaseValid, "hop_le": data.BaseValid} {
		if got, ok := data.ParseElectionBase(in); !ok || got != want {
			t.Errorf("ParseElectionBase(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := data.ParseElectionBase("đa số"); ok {
		t.Error("an unknown base was accepted")
	}
	if d := data.DefaultRuleSettings(); d.Congress.ElectionBase != data.BaseCollected || len(d.Validate()) != 0 {
		t.Errorf("defaults %+v", d.Congress)
	}
}
