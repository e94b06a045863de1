package data

import (
	"strconv"
)

// EmulationSettings are the values of DOMAIN-MODULES §D, §E and §F that the
// spec marks uncertain [L] or local, kept with RuleSettings (field Emulation)
// under the Key* names below.
type EmulationSettings struct {
	// ExcellentPoints, GoodPoints, DonePoints: the least total (whole points on
	// the upper level's sheet) for "hoàn thành xuất sắc", "hoàn thành tốt" and
	// "hoàn thành nhiệm vụ". HD 1294/HD-TLĐ (2019) gives no thresholds that were
	// found (DOMAIN-MODULES §D.1); the defaults are the pre-2019 scheme's 85/70/50,
	// UNVERIFIED for today: the chair sets the upper level's own.
	ExcellentPoints, GoodPoints, DonePoints int
	// GroupShare: the top level also needs every criteria group at or above this
	// share of its maximum (pre-2019: no group below 50%) [L].
	GroupShare Fraction
	// WomenCommitteeFrom: from this many female members a Ban nữ công quần chúng
	// is expected (DOMAIN-MODULES §E: 10, from a 2018–2020 quiz) [L].
	WomenCommitteeFrom int
	// OccasionLeadDays: how many days before 8/3, 1/6, Trung thu and 20/10 the
	// occasion appears in Việc cần làm (DOMAIN-MODULES §E: 2–3 weeks) [L].
	OccasionLeadDays int
	// TetPayPlanDays: the employer publishes its Tết pay and bonus plan at least
	// this many days before Tết (DOMAIN-MODULES §F, KH 34/KH-TLĐ: 20) [M].
	TetPayPlanDays int
	// TatNienPerPerson: the union's money per person for the bữa cơm tất niên
	// (DOMAIN-MODULES §F, KH 34/KH-TLĐ 2025: 70.000 đ) [M, yearly].
	TatNienPerPerson int
	// TetReportDays: the báo cáo kết quả chăm lo Tết is due this many days after
	// Tết (mùng 1) (DOMAIN-MODULES §F "report after Tết (setting)"; KH 34/KH-TLĐ
	// says only "theo quy định", so the default 15 is ours) [L].
	TetReportDays int
}

// PreEmulation2019 is the pre-2019 rating scheme (DOMAIN-MODULES §D.1: vững mạnh
// ≥ 85 with no group below 50%, khá ≥ 70, trung bình ≥ 50): a sample, not
// verified against the rules in force.
func PreEmulation2019() (excellent, good, done int, share Fraction) {
	return 85, 70, 50, Fraction{50, 100}
}

// DefaultEmulationSettings returns the defaults of DOMAIN-MODULES §D–§F.
func DefaultEmulationSettings() EmulationSettings {
	e, g, d, share := PreEmulation2019()
	return EmulationSettings{ExcellentPoints: e, GoodPoints: g, DonePoints: d, GroupShare: share,
		WomenCommitteeFrom: 10, OccasionLeadDays: 21, TetPayPlanDays: 20, TatNienPerPerson: 70_000,
		TetReportDays: 15}
}

// The settings keys of EmulationSettings.
const (
	KeyRatingExcellent    = "thi_dua.xep_loai.xuat_sac"
	KeyRatingGood         = "thi_dua.xep_loai.tot"
	KeyRatingDone         = "thi_dua.xep_loai.hoan_thanh"
	KeyRatingGroupShare   = "thi_dua.xep_loai.ty_le_nhom"
	KeyWomenCommitteeFrom = "nu_cong.ban_nu_cong.tu_so_nu"
	KeyOccasionLeadDays   = "nu_cong.ngay_nhac_truoc"
	KeyTetPayPlanDays     = "cham_lo.tet.ngay_cong_bo_luong_thuong"
	KeyTatNienPerPerson   = "cham_lo.tet.tat_nien_moi_nguoi"
	KeyTetReportDays      = "cham_lo.tet.bao_cao_sau_tet"
)

// Field names of EmulationSettings at the settings form.
const (
	FieldSetEmuRating    = "set_rating"
	FieldSetWomenFrom    = "set_women_from"
	FieldSetOccasionLead = "set_occasion_lead"
	FieldSetTetPayDays   = "set_tet_pay_days"
	FieldSetTatNien      = "set_tat_nien"
	FieldSetTetReport    = "set_tet_report"
)

func (e EmulationSettings) validate(ps *Problems) {
	if !(e.DonePoints > 0 && e.DonePoints < e.GoodPoints && e.GoodPoints < e.ExcellentPoints && e.ExcellentPoints <= 1000) {
		ps.add(FieldSetEmuRating, "Ngưỡng điểm xếp loại phải tăng dần: hoàn thành < hoàn thành tốt < hoàn thành xuất sắc (ví dụ 50, 70, 85)")
	}
	if !e.GroupShare.Valid() {
		ps.add(FieldSetEmuRating, "Tỷ lệ điểm tối thiểu của mỗi nhóm phải dạng 50% hoặc 1/2, không quá 100%")
	}
	if e.WomenCommitteeFrom < 1 || e.WomenCommitteeFrom > 10_000 {
		ps.add(FieldSetWomenFrom, "Số đoàn viên nữ để thành lập Ban nữ công phải từ 1 trở lên")
	}
	if e.OccasionLeadDays < 1 || e.OccasionLeadDays > 90 {
		ps.add(FieldSetOccasionLead, "Số ngày nhắc trước các ngày lễ phải từ 1 đến 90")
	}
	if e.TetPayPlanDays < 1 || e.TetPayPlanDays > 90 {
		ps.add(FieldSetTetPayDays, "Số ngày công bố kế hoạch lương, thưởng Tết phải từ 1 đến 90")
	}
	if e.TatNienPerPerson < 0 || e.TatNienPerPerson > 100_000_000 {
		ps.add(FieldSetTatNien, "Mức chi tất niên mỗi người không hợp lệ")
	}
	if e.TetReportDays < 1 || e.TetReportDays > 90 {
		ps.add(FieldSetTetReport, "Số ngày sau Tết để báo cáo kết quả chăm lo Tết phải từ 1 đến 90")
	}
}

var emulationSettingEntries = []settingEntry{
	intEntry(KeyRatingExcellent, func(r *RuleSettings) *int { return &r.Emulation.ExcellentPoints }),
	intEntry(KeyRatingGood, func(r *RuleSettings) *int { return &r.Emulation.GoodPoints }),
	intEntry(KeyRatingDone, func(r *RuleSettings) *int { return &r.Emulation.DonePoints }),
	fractionEntry(KeyRatingGroupShare, func(r *RuleSettings) *Fraction { return &r.Emulation.GroupShare }),
	intEntry(KeyWomenCommitteeFrom, func(r *RuleSettings) *int { return &r.Emulation.WomenCommitteeFrom }),
	intEntry(KeyOccasionLeadDays, func(r *RuleSettings) *int { return &r.Emulation.OccasionLeadDays }),
	intEntry(KeyTetPayPlanDays, func(r *RuleSettings) *int { return &r.Emulation.TetPayPlanDays }),
	intEntry(KeyTatNienPerPerson, func(r *RuleSettings) *int { return &r.Emulation.TatNienPerPerson }),
	intEntry(KeyTetReportDays, func(r *RuleSettings) *int { return &r.Emulation.TetReportDays }),
}

// RatingThresholdsText shows the thresholds: "85 / 70 / 50 điểm, mỗi nhóm từ 50% điểm tối đa".
func (e EmulationSettings) RatingThresholdsText() string {
	return strconv.Itoa(e.ExcellentPoints) + " / " + strconv.Itoa(e.GoodPoints) + " / " + strconv.Itoa(e.DonePoints) +
		" điểm, mỗi nhóm từ " + e.GroupShare.String() + " điểm tối đa"
}
