package data

import (
	"math"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Sơ kết / tổng kết thực hiện một nghị quyết (DOMAIN-MODULES §B "NQ 4a/NQ-TLĐ":
// the upper level asks each unit for a review report in five parts; "Deadlines
// to remind": due dates entered from the upper-level plan). The chair records
// the resolution, the period, the upper level's deadline, the targets with
// their values as the resolution states them, and the four written parts; the
// results of targets about cadre training are counted from the records over
// the period (ComputeTrainingStats), the others typed.

// KindResolutionReview is the kind of ResolutionReviews.
const KindResolutionReview RecordKind = "so-ket-nghi-quyet"

// ReviewStage is a sơ kết (mid-way) or a tổng kết (at the end).
type ReviewStage string

// The stages.
const (
	ReviewInterim ReviewStage = "so_ket"
	ReviewFinal   ReviewStage = "tong_ket"
)

// ReviewStages lists the stages in form order.
var ReviewStages = []ReviewStage{ReviewInterim, ReviewFinal}

// Label is the stage as a title prints it: "Sơ kết", "Tổng kết".
func (s ReviewStage) Label() string {
	switch s {
	case ReviewInterim:
		return "Sơ kết"
	case ReviewFinal:
		return "Tổng kết"
	}
	return string(s)
}

// Measure names a result the records count over the review's period; "" is a
// result the chair types.
type Measure string

// The measures counted from the cadre and course records (TrainingStats).
const (
	MeasureTyped        Measure = ""
	MeasureCourses      Measure = "so_lop"
	MeasureAttendances  Measure = "luot_nguoi"
	MeasurePeople       Measure = "so_nguoi"
	MeasureBCHTrained   Measure = "bch_pct"
	MeasureNewChairs    Measure = "chu_tich_moi_pct"
	MeasureNewOfficers  Measure = "can_bo_moi_pct"
	MeasureFullTimeDone Measure = "chuyen_trach_pct"
)

// Measures lists the measures in form order.
var Measures = []Measure{MeasureTyped, MeasureCourses, MeasureAttendances, MeasurePeople, MeasureBCHTrained,
	MeasureNewChairs, MeasureNewOfficers, MeasureFullTimeDone}

// Label names the measure in the form.
func (m Measure) Label() string {
	switch m {
	case MeasureTyped:
		return "Tự ghi kết quả"
	case MeasureCourses:
		return "Số lớp đào tạo, bồi dưỡng (theo sổ)"
	case MeasureAttendances:
		return "Số lượt cán bộ được bồi dưỡng (theo sổ)"
	case MeasurePeople:
		return "Số người được bồi dưỡng (theo sổ)"
	case MeasureBCHTrained:
		return "% ủy viên BCH được bồi dưỡng (theo sổ)"
	case MeasureNewChairs:
		return "% chủ tịch mới bầu được bồi dưỡng trong thời hạn (theo sổ)"
	case MeasureNewOfficers:
		return "% cán bộ mới bầu được bồi dưỡng trong thời hạn (theo sổ)"
	case MeasureFullTimeDone:
		return "% cán bộ chuyên trách được bồi dưỡng (theo sổ)"
	}
	return string(m)
}

// ReviewTarget is one chỉ tiêu of the resolution and its result.
type ReviewTarget struct {
	Indicator string  // "Cán bộ công đoàn cơ sở mới bầu được bồi dưỡng nghiệp vụ"
	Target    string  // as the resolution states it: "100%", "≥ 70%", "2 lớp/năm"
	Measure   Measure // where the result comes from
	Result    string  // the result typed, for MeasureTyped
	Note      string
}

// ResolutionReview is one sơ kết or tổng kết report on a resolution.
type ResolutionReview struct {
	ID         int64
	Stage      ReviewStage
	Resolution string    // "Nghị quyết số 10b/NQ-BCH ngày … của Ban Chấp hành Tổng Liên đoàn về …"
	UpperPlan  string    // the upper level's request: "Kế hoạch số 20/KH-LĐLĐ ngày 31/3/2020"
	From, To   time.Time // the period reviewed
	Due        time.Time // the upper level's deadline for the report
	Sent       time.Time // the day it was sent
	// The written parts of §B's structure: 1 leadership and dissemination,
	// 3 tasks and solutions done, 4 shortcomings, causes, lessons, 5 direction.
	// Part 2 is the targets.
	Leadership, Tasks, Shortcomings, Direction string
	Targets                                    []ReviewTarget
	Notes                                      string
	Version                                    int64
	CreatedAt                                  time.Time
	UpdatedAt                                  time.Time
}

// Title names the review: "Tổng kết Nghị quyết số 10b/NQ-BCH (2021–2025)".
func (r *ResolutionReview) Title() string {
	t := r.Stage.Label() + " " + firstLine(r.Resolution)
	if !r.From.IsZero() && !r.To.IsZero() {
		t += " (" + strconv.Itoa(r.From.Year())
		if r.To.Year() != r.From.Year() {
			t += "–" + strconv.Itoa(r.To.Year())
		}
		t += ")"
	}
	return t
}

// firstLine is the resolution's name up to its date, issuer or "về …", for
// titles: "Nghị quyết số 10b/NQ-BCH".
func firstLine(s string) string {
	cut := len(s)
	for _, w := range []string{" ngày ", " của ", " về "} {
		if i := strings.Index(s, w); i > 0 && i < cut {
			cut = i
		}
	}
	return s[:cut]
}

// Field names of a ResolutionReview at the form.
const (
	FieldRevStage      = "rev_stage"
	FieldRevResolution = "rev_resolution"
	FieldRevPeriod     = "rev_period"
	FieldRevDue        = "rev_due"
	FieldRevTargets    = "rev_targets"
)

// Normalize NFC-cleans the text and drops empty target rows.
func (r *ResolutionReview) Normalize() {
	r.Resolution, r.UpperPlan = vn.Clean(r.Resolution), vn.Clean(r.UpperPlan)
	for _, s := range []*string{&r.Leadership, &r.Tasks, &r.Shortcomings, &r.Direction, &r.Notes} {
		*s = vn.CleanMultiline(*s)
	}
	for _, t := range []*time.Time{&r.From, &r.To, &r.Due, &r.Sent} {
		if !t.IsZero() {
			*t = vn.Day(*t)
		}
	}
	targets := r.Targets[:0:0]
	for _, t := range r.Targets {
		t.Indicator, t.Target, t.Result, t.Note = vn.Clean(t.Indicator), vn.Clean(t.Target), vn.Clean(t.Result), vn.Clean(t.Note)
		if t.Indicator == "" && t.Target == "" && t.Result == "" && t.Note == "" {
			continue
		}
		if t.Measure != MeasureTyped {
			t.Result = "" // counted from the records: a typed figure would disagree with them
		}
		targets = append(targets, t)
	}
	r.Targets = targets
}

// Validate checks a review as the form does.
func (r *ResolutionReview) Validate(now time.Time) Problems {
	var ps Problems
	if r.Stage != ReviewInterim && r.Stage != ReviewFinal {
		ps.add(FieldRevStage, "Cần chọn sơ kết hoặc tổng kết")
	}
	if r.Resolution == "" {
		ps.add(FieldRevResolution, "Cần ghi nghị quyết được sơ kết, tổng kết (số, ngày, cơ quan ban hành, trích yếu)")
	}
	switch {
	case r.From.IsZero() || r.To.IsZero():
		ps.add(FieldRevPeriod, "Cần nhập thời gian thực hiện được sơ kết, tổng kết (từ ngày, đến ngày)")
	case r.To.Before(r.From):
		ps.add(FieldRevPeriod, "Đến ngày phải từ ngày bắt đầu trở đi")
	}
	if !r.Sent.IsZero() && r.Sent.After(vn.Day(now)) {
		ps.add(FieldRevDue, "Ngày gửi báo cáo không được sau ngày hôm nay")
	}
	for i, t := range r.Targets {
		n := "Chỉ tiêu " + itoa(i+1) + ": "
		switch {
		case t.Indicator == "":
			ps.add(FieldRevTargets, n+"cần ghi nội dung chỉ tiêu")
		case t.Target == "":
			ps.warn(FieldRevTargets, n+"chưa ghi mức nghị quyết đề ra: báo cáo để trống cột chỉ tiêu")
		case !knownMeasure(t.Measure):
			ps.add(FieldRevTargets, n+"cách tính kết quả không hợp lệ")
		}
	}
	return ps
}

func knownMeasure(m Measure) bool {
	for _, k := range Measures {
		if k == m {
			return true
		}
	}
	return false
}

// TargetResult is a target's result over the review's period: the figure as
// printed, and whether it is a percentage. Empty Text: nothing recorded (a
// typed result left blank, or a share of nobody), and Why says so.
type TargetResult struct {
	Text    string
	Value   float64
	Numeric bool
	Why     string
}

// ResultOf works out the result of target t from the training stats of the period.
func ResultOf(t ReviewTarget, st TrainingStats) TargetResult {
	count := func(n int) TargetResult {
		return TargetResult{Text: vn.FormatInt(int64(n)), Value: float64(n), Numeric: true}
	}
	share := func(n, of int, who string) TargetResult {
		if of == 0 {
			return TargetResult{Why: "sổ cán bộ chưa ghi " + who + " nào trong thời gian này"}
		}
		// Compared as printed (to a tenth): 69,96% prints and counts as 70%.
		v := math.Round(float64(n)*1000/float64(of)) / 10
		return TargetResult{Text: vn.Percent(int64(n), int64(of)) + " (" + itoa(n) + "/" + itoa(of) + ")", Value: v, Numeric: true}
	}
	switch t.Measure {
	case MeasureCourses:
		return count(st.Courses)
	case MeasureAttendances:
		return count(st.Attendances)
	case MeasurePeople:
		return count(st.People)
	case MeasureBCHTrained:
		return share(st.BCHTrained, st.BCH, "ủy viên Ban Chấp hành")
	case MeasureNewChairs:
		return share(st.NewChairsOK, st.NewChairs, "chủ tịch mới bầu")
	case MeasureNewOfficers:
		return share(st.NewOfficerOK, st.NewOfficers, "cán bộ mới bầu")
	case MeasureFullTimeDone:
		return share(st.FullTimeOK, st.FullTime, "cán bộ chuyên trách")
	}
	if t.Result == "" {
		return TargetResult{Why: "chưa ghi kết quả"}
	}
	v, ok := leadingNumber(t.Result)
	return TargetResult{Text: t.Result, Value: v, Numeric: ok}
}

// Compare is the "so sánh, đối chiếu" of a target and its result: "Đạt",
// "Vượt", "Chưa đạt", or "" when either is not a number (the chair compares).
// Targets read "100%", "≥ 70%", "70 %", "2 lớp".
func Compare(target string, r TargetResult) string {
	want, ok := leadingNumber(target)
	if !ok || !r.Numeric || r.Text == "" {
		return ""
	}
	switch {
	case r.Value > want:
		return "Vượt"
	case r.Value == want:
		return "Đạt"
	}
	return "Chưa đạt"
}

// leadingNumber reads the first number of s ("≥ 70%" → 70, "85,5%" → 85.5).
func leadingNumber(s string) (float64, bool) {
	start := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' })
	if start < 0 {
		return 0, false
	}
	end := start
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ',' || s[end] == '.') {
		end++
	}
	num := strings.TrimRight(s[start:end], ",.")
	// Vietnamese: "." groups thousands, "," is the decimal mark.
	num = strings.ReplaceAll(num, ".", "")
	num = strings.ReplaceAll(num, ",", ".")
	v, err := strconv.ParseFloat(num, 64)
	return v, err == nil
}

// reviewTodos is the reviews' rule for Việc cần làm (§B, deadlines to remind:
// "Review reports for a resolution (sơ kết/tổng kết), due dates entered from
// the upper-level plan"): a review with a deadline and not yet sent.
func reviewTodos(reviews []ResolutionReview, _ TodoEnv) []Todo {
	var out []Todo
	for i := range reviews {
		r := &reviews[i]
		if r.Due.IsZero() || !r.Sent.IsZero() {
			continue
		}
		out = append(out, Todo{Due: r.Due, Title: "Gửi báo cáo " + strings.ToLower(r.Stage.Label()) + " nghị quyết lên công đoàn cấp trên",
			About: r.Title(), Record: RecordRef{KindResolutionReview, r.ID}})
	}
	return out
}

// ResolutionReviews declares the sơ kết / tổng kết reports in the registry (registry.go).
var ResolutionReviews = &Kind[ResolutionReview]{
	Kind:     KindResolutionReview,
	Label:    "Sơ kết, tổng kết nghị quyết",
	Table:    "resolution_review",
	Entity:   "resolution_review",
	NotFound: "Không tìm thấy hồ sơ sơ kết, tổng kết nghị quyết",
	Columns: []Column[ResolutionReview]{
		{"stage", "Sơ kết / tổng kết", func(r *ResolutionReview) any { return (*string)(&r.Stage) }, func(r *ResolutionReview) string { return r.Stage.Label() }},
		{"resolution", "Nghị quyết", func(r *ResolutionReview) any { return &r.Resolution }, nil},
		{"upper_plan", "Văn bản yêu cầu của cấp trên", func(r *ResolutionReview) any { return &r.UpperPlan }, nil},
		{"date_from", "Từ ngày", func(r *ResolutionReview) any { return &r.From }, nil},
		{"date_to", "Đến ngày", func(r *ResolutionReview) any { return &r.To }, nil},
		{"due", "Hạn gửi báo cáo", func(r *ResolutionReview) any { return &r.Due }, nil},
		{"sent", "Ngày gửi báo cáo", func(r *ResolutionReview) any { return &r.Sent }, nil},
		{"leadership", "Lãnh đạo, quán triệt", func(r *ResolutionReview) any { return &r.Leadership }, nil},
		{"tasks", "Nhiệm vụ, giải pháp đã thực hiện", func(r *ResolutionReview) any { return &r.Tasks }, nil},
		{"shortcomings", "Hạn chế, nguyên nhân, bài học", func(r *ResolutionReview) any { return &r.Shortcomings }, nil},
		{"direction", "Phương hướng", func(r *ResolutionReview) any { return &r.Direction }, nil},
		{"notes", "Ghi chú", func(r *ResolutionReview) any { return &r.Notes }, nil},
	},
	Children: []Child[ResolutionReview]{
		Rows("resolution_target", "review_id", "Chỉ tiêu", func(r *ResolutionReview) *[]ReviewTarget { return &r.Targets },
			[]Column[ReviewTarget]{
				{"indicator", "", func(t *ReviewTarget) any { return &t.Indicator }, nil},
				{"target", "", func(t *ReviewTarget) any { return &t.Target }, nil},
				{"measure", "", func(t *ReviewTarget) any { return (*string)(&t.Measure) }, nil},
				{"result", "", func(t *ReviewTarget) any { return &t.Result }, nil},
				{"note", "", func(t *ReviewTarget) any { return &t.Note }, nil},
			},
			func(t *ReviewTarget) string {
				s := t.Indicator + ": chỉ tiêu " + t.Target
				if t.Measure != MeasureTyped {
					return s + ", kết quả " + strings.ToLower(t.Measure.Label())
				}
				return s + ", kết quả " + t.Result
			}),
	},
	Meta:      func(r *ResolutionReview) Meta { return Meta{&r.ID, &r.Version, &r.CreatedAt, &r.UpdatedAt} },
	Title:     (*ResolutionReview).Title,
	Year:      func(r *ResolutionReview) int { return r.To.Year() },
	Normalize: (*ResolutionReview).Normalize,
	Check:     func(r *ResolutionReview, env CheckEnv) Problems { return r.Validate(env.Now) },
	Todos:     reviewTodos,
}
