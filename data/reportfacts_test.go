package data_test

import (
	"reflect"
	"testing"
	"time"

	"socongdoan/data"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

func TestPeriod(t *testing.T) {
	cases := []struct {
		p           data.Period
		label, next string
	}{
		{data.YearPeriod(2026), "năm 2026", "năm 2027"},
		{data.HalfYearPeriod(2026), "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"},
		{data.CustomPeriod(d(2026, 3, 1), d(2026, 9, 30)), "từ ngày 01/03/2026 đến ngày 30/09/2026", "thời gian tới"},
	}
	for _, c := range cases {
		if got := c.p.Label(); got != c.label {
			t.Errorf("Label = %q, want %q", got, c.label)
		}
		if got := c.p.Next(); got != c.next {
			t.Errorf("Next = %q, want %q", got, c.next)
		}
	}
	if err := data.CustomPeriod(d(2026, 3, 1), d(2026, 2, 1)).Validate(); err == nil {
		t.Error("a period ending before it starts was accepted")
	}
}

func TestGatherMemberFacts(t *testing.T) {
	rows := []data.MemberRow{
		{ID: 1, Name: "Nguyễn Thị Hường", Sex: data.SexFemale, UnitName: "Tổ May 1", Status: data.StatusActive},
		{ID: 2, Name: "Trần Văn Đức", Sex: data.SexMale, UnitName: "Tổ Cắt", Status: data.StatusTransferred},
		{ID: 3, Name: "Lê Thị Mai", Sex: data.SexFemale, UnitName: "Tổ May 1", Status: data.StatusSuspended},
		{ID: 4, Name: "Kim Min Jun", Sex: data.SexMale, Nationality: "Hàn Quốc", Status: data.StatusActive},
		{ID: 5, Name: "Phạm Văn Bình", Sex: data.SexMale, UnitName: "Tổ Cắt", Status: data.StatusActive, JoinDate: d(2025, 5, 1)},
		{ID: 6, Name: "Đỗ Thị Lan", Sex: data.SexFemale, UnitName: "Tổ Cắt", Status: data.StatusActive},
	}
	events := []data.MemberEvent{
		{MemberID: 1, Kind: data.EventAdmitted},                         // undated: an old member
		{MemberID: 2, Kind: data.EventAdmitted, Date: d(2020, 1, 1)},    //
		{MemberID: 3, Kind: data.EventTransferIn, Date: d(2026, 2, 10)}, // came in during 2026
		{MemberID: 4, Kind: data.EventAdmitted, Date: d(2026, 3, 1)},    // admitted in 2026
		{MemberID: 2, Kind: data.EventTransferOut, Date: d(2026, 8, 1)}, // left in 2026
		{MemberID: 3, Kind: data.EventSuspended, Date: d(2026, 9, 1)},   // suspended in 2026
		{MemberID: 6, Kind: data.EventAdmitted, Date: d(2027, 1, 3)},    // after the period
		{MemberID: 99, Kind: data.EventAdmitted, Date: d(2026, 1, 3)},   // not in the rows (trash)
	}
	f := data.GatherMemberFacts(rows, events, data.YearPeriod(2026))
	want := data.MemberFacts{
		AtStart: 3, // 1, 2 and 5 (no history: by its join date)
		AtEnd:   4, AtEndFemale: 2, SuspendedAtEnd: 1, ForeignAtEnd: 1,
		Admitted: 1, TransferredIn: 1, TransferredOut: 1, Suspensions: 1,
	}
	units := f.Units
	f.Units = nil
	if !reflect.DeepEqual(f, want) {
		t.Errorf("facts = %+v\nwant    %+v", f, want)
	}
	wantUnits := []data.UnitFacts{{Name: "Tổ Cắt", Members: 1}, {Name: "Tổ May 1", Members: 2, Female: 2}, {Name: "", Members: 1}}
	if len(units) != len(wantUnits) {
		t.Fatalf("units = %+v, want %+v", units, wantUnits)
	}
	for i := range units {
		if units[i] != wantUnits[i] {
			t.Errorf("unit %d = %+v, want %+v", i, units[i], wantUnits[i])
		}
	}

	t.Run("ids far apart give the same facts", func(t *testing.T) {
		const far = 1_000_000_000
		sparseRows := append([]data.MemberRow(nil), rows...)
		for i := range sparseRows {
			sparseRows[i].ID *= far
		}
		sparseEvents := append([]data.MemberEvent(nil), events...)
		for i := range sparseEvents {
			sparseEvents[i].MemberID *= far
		}
		got := data.GatherMemberFacts(sparseRows, sparseEvents, data.YearPeriod(2026))
		want := data.GatherMemberFacts(rows, events, data.YearPeriod(2026))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("sparse ids: %+v\nwant %+v", got, want)
		}
	})
	t.Run("the first half counts only what happened by 30/06", func(t *testing.T) {
		h := data.GatherMemberFacts(rows, events, data.HalfYearPeriod(2026))
		if h.AtEnd != 5 || h.TransferredOut != 0 || h.Suspensions != 0 || h.Joined() != 2 || h.Gone() != 0 {
			t.Errorf("first half: %+v", h)
		}
	})
}

func TestOutgoingDoc(t *testing.T) {
	doc := data.OutgoingDoc{Type: data.DocTypeReport, Number: 7, Symbol: " bc-cđcs ", Date: d(2027, 1, 5)}
	doc.Normalize()
	if doc.NumberText() != "07/BC-CĐCS" || doc.Year != 2027 {
		t.Errorf("NumberText = %q, year %d", doc.NumberText(), doc.Year)
	}
	if err := doc.Validate().Err(); err != nil {
		t.Error(err)
	}
	doc = data.OutgoingDoc{Type: "XX", Symbol: "A/B"}
	if ps := doc.Validate(); len(ps) != 3 {
		t.Errorf("problems = %+v, want type, date and symbol", ps)
	}
	if ty, ok := data.ParseDocType("qd"); !ok || ty != data.DocTypeDecision {
		t.Errorf("ParseDocType(qd) = %q, %v", ty, ok)
	}
	if data.DocTypeDecision.DefaultSymbol() != "QĐ-CĐCS" {
		t.Error(data.DocTypeDecision.DefaultSymbol())
	}
}

func TestGatherRecordFacts(t *testing.T) {
	f := data.AnnualFacts{Period: data.YearPeriod(2026), AsOf: d(2026, 11, 21)}
	confs := []data.Conference{
		{ID: 1, Year: 2025, Date: d(2025, 3, 1), Reviews: []data.ConferenceReview{{Date: d(2025, 9, 1)}, {Date: d(2026, 3, 2)}}},
		{ID: 2, Year: 2026, Date: d(2026, 3, 20)},
		{ID: 3, Year: 2026}, // planned, no date
	}
	dialogues := []data.Dialogue{
		{ID: 1, Kind: data.DialoguePeriodic, Date: d(2026, 7, 21), Posted: d(2026, 7, 23),
			Actions: []data.FollowUp{{Text: "a", Done: true}, {Text: "b"}}},
		{ID: 2, Kind: data.DialogueRequested, RequestDate: d(2026, 11, 12)}, // asked for, not held
		{ID: 3, Kind: data.DialogueCase, Date: d(2026, 11, 13)},
		{ID: 4, Kind: data.DialoguePeriodic, Date: d(2025, 7, 1)},
	}
	bargs := []data.Bargaining{{RequestDate: d(2026, 11, 1)}, {RequestDate: d(2023, 11, 1), Outcome: data.BargainAgreed}}
	agrs := []data.Agreement{
		{ID: 1, Signed: d(2021, 1, 1), TermYears: 3}, // ended
		{ID: 2, Signed: d(2024, 2, 2), TermYears: 3, Clauses: []data.Clause{{Group: data.ClauseMeal, Content: "x"}},
			Ratings: []data.Rating{{Year: 2025, Grade: data.GradeA}, {Year: 2026, Grade: data.GradeB}}},
		{ID: 3}, // a draft
	}
	lists := []data.RepList{{ID: 1, From: d(2023, 1, 1), To: d(2024, 12, 31)}, {ID: 2, From: d(2025, 1, 2), To: d(2027, 1, 1)}}
	data.GatherRecordFacts(&f, confs, dialogues, bargs, agrs, lists, data.DefaultRuleSettings())
	r := f.Records
	switch {
	case !r.Kept:
		t.Error("not kept")
	case len(r.Conferences) != 1 || r.Conferences[0].ID != 2 || r.Reviews != 1:
		t.Errorf("conferences %+v, reviews %d", r.Conferences, r.Reviews)
	case r.Dialogues != 2 || r.DialoguesByKind[data.DialoguePeriodic] != 1 || r.DialoguesByKind[data.DialogueCase] != 1 ||
		r.DialoguesPosted != 1 || r.Actions != 2 || r.Done != 1:
		t.Errorf("dialogues %d %v posted %d actions %d/%d", r.Dialogues, r.DialoguesByKind, r.DialoguesPosted, r.Done, r.Actions)
	case r.Bargainings != 1 || r.BargainsAgreed != 0:
		t.Errorf("bargainings %d agreed %d", r.Bargainings, r.BargainsAgreed)
	case r.Agreement == nil || r.Agreement.ID != 2 || !r.AgreementState.InForce() || r.AgreementClauses != 1:
		t.Errorf("agreement %+v %s", r.Agreement, r.AgreementState)
	case r.Rating == nil || r.Rating.Grade != data.GradeB:
		t.Errorf("rating %+v", r.Rating)
	case r.RepList == nil || r.RepList.ID != 2:
		t.Errorf("rep list %+v", r.RepList)
	}
}
