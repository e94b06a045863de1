package demo

import (
	"fmt"
	"testing"
	"time"

	"socongdoan/data"
)

func TestDemoCongressHasATieSettledInASecondRound(t *testing.T) {
	today := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	var rows []data.MemberRow
	for i := range 120 {
		rows = append(rows, data.MemberRow{ID: int64(i + 1), Name: fmt.Sprintf("Người số %d", i+1), Status: data.StatusActive})
	}
	c := makeCongress(today, rows, data.DefaultCongressSettings())
	if c == nil {
		t.Fatal("no demo congress")
	}
	if ps := c.Validate(data.DefaultRuleSettings(), today); ps.Err() != nil {
		t.Fatalf("the demo congress is refused: %v", ps)
	}
	rs, err := c.Results(data.BaseCollected)
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].TieSeats != 1 || len(rs[0].Tied) != 2 || rs[1].Elected != 1 {
		t.Errorf("round 1 tie %d seats %v, round 2 elected %d", rs[0].TieSeats, rs[0].Tied, rs[1].Elected)
	}
	if n := len(c.ElectedTo(data.BodyBCH, data.BaseCollected)); n != c.BCHSize {
		t.Errorf("%d elected to a BCH of %d", n, c.BCHSize)
	}
}
