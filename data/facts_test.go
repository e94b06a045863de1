package data_test

import (
	"strings"
	"testing"

	"socongdoan/data"
)

// Issue 11 point 3: a dialogue whose record says it could not proceed is not
// counted as held; one with no attendance recorded is not judged at all.
func TestDialogueNotHeldIsNotCounted(t *testing.T) {
	held := data.Dialogue{Kind: data.DialoguePeriodic, Date: d(2026, 6, 1), EmployerCount: 3, LegalRepPresent: true, RepsTotal: 10, RepsPresent: 9}
	short := held
	short.Date, short.RepsPresent = d(2026, 7, 1), 5
	blank := data.Dialogue{Kind: data.DialoguePeriodic, Date: d(2026, 8, 1), RepsTotal: 10}
	f := data.AnnualFacts{Period: data.YearPeriod(2026), AsOf: d(2026, 12, 31)}
	data.GatherRecordFacts(&f, nil, []data.Dialogue{held, short, blank}, nil, nil, nil, data.DefaultRuleSettings())
	if f.Records.Dialogues != 2 || f.Records.DialoguesNotHeld != 1 {
		t.Errorf("held %d, not held %d; want 2 and 1", f.Records.Dialogues, f.Records.DialoguesNotHeld)
	}
	if data.DialogueAttendanceRecorded(&blank) || !data.DialogueAttendanceRecorded(&short) {
		t.Error("attendance recorded wrongly")
	}
}

// Issue 11 point 4: the meal value from the agreement's clause, the latest grade.
func TestAgreementFiguresFromTheRecord(t *testing.T) {
	a := data.Agreement{Signed: d(2024, 2, 2), TermYears: 3,
		Clauses: []data.Clause{{Group: data.ClauseBonus, Value: "1 tháng lương"}, {Group: data.ClauseMeal, Content: "Bữa ăn giữa ca", Value: "35.000 đ/suất"}},
		Ratings: []data.Rating{{Year: 2024, Grade: data.GradeB}, {Year: 2025, Grade: data.GradeA}}}
	if v, ok := data.MealValue(&a); !ok || v != 35000 {
		t.Errorf("meal %d %v", v, ok)
	}
	f := data.AnnualFacts{Period: data.YearPeriod(2026), AsOf: d(2026, 12, 31)}
	data.GatherRecordFacts(&f, nil, nil, nil, []data.Agreement{a}, nil, data.DefaultRuleSettings())
	if f.Records.Meal != 35000 || f.Records.Rating == nil || f.Records.Rating.Year != 2025 || f.Records.Rating.Grade != data.GradeA {
		t.Errorf("meal %d rating %+v", f.Records.Meal, f.Records.Rating)
	}
	a.Clauses[1].Value = "theo bảng giá"
	if _, ok := data.MealValue(&a); ok {
		t.Error("a value without a number read as one")
	}
}

// Issue 11 point 5: typed figures are whole numbers; a comma is a decimal separator.
func TestTypedFiguresAreNumbers(t *testing.T) {
	n := data.Narrative{data.FigDues: "125.400.000", data.FigKPCD: "98400000", data.FigSelfRating: "Hoàn thành tốt, nhiệm vụ"}
	if err := n.Validate(); err != nil {
		t.Fatal(err)
	}
	if v, ok, _ := n.Figure(data.FigDues); !ok || v != 125400000 {
		t.Errorf("dues %d", v)
	}
	n[data.FigAverageWages] = "312,450,000"
	err := n.Validate()
	if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), "Thu nhập bình quân") ||
		!strings.Contains(data.ErrorMessage(err), "dấu phẩy là dấu thập phân") || !strings.Contains(data.ErrorMessage(err), "312.450.000") {
		t.Errorf("comma figure: %v", err)
	}
	n[data.FigAverageWages] = "khoảng 8 triệu"
	if data.ErrorCode(n.Validate()) != data.EINVALID {
		t.Error("words accepted as a figure")
	}
}
