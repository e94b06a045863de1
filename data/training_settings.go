package data

import (
	"strings"

	"socongdoan/data/vn"
)

// TrainingSettings are the cadre-training values DOMAIN-MODULES §B leaves to the
// upper level or marks uncertain [L], kept with RuleSettings (field Training).
type TrainingSettings struct {
	// WindowMonths: a newly elected chủ tịch, phó, BCH or UBKT member is to be
	// trained within this many months of taking up the post (§B, rules to check:
	// "within the first year", the 2026 TLĐ goal; the threshold is a setting).
	WindowMonths int
	// CertMonths: how long an ATVSV's ATVSLĐ certificate is taken as valid before a
	// refresher is due (§B: "the interval is a setting"; Decree 44/2016 group 6 [L]).
	CertMonths int
	// CertNoticeDays: how long before a certificate runs out it shows in Việc cần làm.
	CertNoticeDays int
	// NeedsMonth: the month by which next year's training needs go to the upper
	// level (§B deadlines: "LĐLĐ practice is November" [L]).
	NeedsMonth int
	// ATVSVExempt names the bộ phận that are not production teams (offices,
	// văn phòng): Luật ATVSLĐ Art 74 asks an ATVSV of each tổ sản xuất, so these
	// are not warned about (§F, rules to check; training_atvsv.go).
	ATVSVExempt []string
	// Topics is the editable catalogue of course topics (§B, Implications: the
	// seed-003 list plus tổ chức, tuyên giáo, kiểm tra …).
	Topics []string
}

// The settings keys of TrainingSettings.
const (
	KeyTrainingWindow = "quy_dinh.dao_tao.thang_boi_duong_sau_bau"
	KeyCertMonths     = "quy_dinh.dao_tao.thang_hieu_luc_chung_nhan_atvsv"
	KeyCertNotice     = "quy_dinh.dao_tao.ngay_nhac_chung_nhan"
	KeyNeedsMonth     = "quy_dinh.dao_tao.thang_dang_ky_nhu_cau"
	KeyTrainingTopics = "dao_tao.danh_muc_chu_de"
	KeyATVSVExempt    = "quy_dinh.dao_tao.bo_phan_khong_can_atvsv"
)

// Field names of TrainingSettings at the settings form.
const (
	FieldSetTrainingWindow = "set_training_window"
	FieldSetCertMonths     = "set_cert_months"
	FieldSetCertNotice     = "set_cert_notice"
	FieldSetNeedsMonth     = "set_needs_month"
	FieldSetTopics         = "set_training_topics"
	FieldSetATVSVExempt    = "set_atvsv_exempt"
)

// TopicATVSLD is the catalogue topic whose certificates count for an ATVSV.
const TopicATVSLD = "An toàn, vệ sinh lao động"

// DefaultTrainingTopics is the catalogue DOMAIN-MODULES §B seeds: the topics of
// Công đoàn Công Thương's courses 2013–2015 (seed 003), then those the
// implications add.
func DefaultTrainingTopics() []string {
	return []string{
		"Hợp đồng lao động", "Thỏa ước lao động tập thể", "Chính sách mới đối với người lao động",
		"Luật Bảo hiểm xã hội", "Bộ luật Lao động", "Nghiệp vụ tài chính công đoàn", "Công tác nữ công",
		"Công tác tổ chức", "Công tác tuyên giáo", "Công tác kiểm tra", TopicATVSLD,
		"Thương lượng tập thể", "Đối thoại tại nơi làm việc", "Đại hội công đoàn", "Chuyển đổi số",
	}
}

// DefaultTrainingSettings returns the defaults of DOMAIN-MODULES §B.
func DefaultTrainingSettings() TrainingSettings {
	return TrainingSettings{WindowMonths: 12, CertMonths: 24, CertNoticeDays: 60, NeedsMonth: 11, Topics: DefaultTrainingTopics()}
}

func (t TrainingSettings) validate(ps *Problems) {
	if t.WindowMonths < 1 || t.WindowMonths > 60 {
		ps.add(FieldSetTrainingWindow, "Thời hạn bồi dưỡng sau khi bầu phải từ 1 đến 60 tháng")
	}
	if t.CertMonths < 1 || t.CertMonths > 120 {
		ps.add(FieldSetCertMonths, "Thời hạn giấy chứng nhận ATVSLĐ phải từ 1 đến 120 tháng")
	}
	if t.CertNoticeDays < 0 || t.CertNoticeDays > 365 {
		ps.add(FieldSetCertNotice, "Số ngày phải từ 0 đến 365")
	}
	if t.NeedsMonth < 1 || t.NeedsMonth > 12 {
		ps.add(FieldSetNeedsMonth, "Tháng phải từ 1 đến 12")
	}
	if len(t.Topics) == 0 {
		ps.add(FieldSetTopics, "Danh mục chủ đề đào tạo cần ít nhất một chủ đề")
	}
}

// ParseTopics reads a list as typed (the topics, the units), one a line: cleaned, blank
// lines and repeats dropped, the order kept.
func ParseTopics(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(s, "\n") {
		t := vn.Clean(line)
		if t == "" || seen[vn.Fold(t)] {
			continue
		}
		seen[vn.Fold(t)] = true
		out = append(out, t)
	}
	return out
}

var trainingSettingEntries = []settingEntry{
	intEntry(KeyTrainingWindow, func(r *RuleSettings) *int { return &r.Training.WindowMonths }),
	intEntry(KeyCertMonths, func(r *RuleSettings) *int { return &r.Training.CertMonths }),
	intEntry(KeyCertNotice, func(r *RuleSettings) *int { return &r.Training.CertNoticeDays }),
	intEntry(KeyNeedsMonth, func(r *RuleSettings) *int { return &r.Training.NeedsMonth }),
	{KeyTrainingTopics, func(r *RuleSettings) string { return strings.Join(r.Training.Topics, "\n") },
		func(r *RuleSettings, s string) error { r.Training.Topics = ParseTopics(s); return nil }},
	{KeyATVSVExempt, func(r *RuleSettings) string { return strings.Join(r.Training.ATVSVExempt, "\n") },
		func(r *RuleSettings, s string) error { r.Training.ATVSVExempt = ParseTopics(s); return nil }},
}
