package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The training values in Cài đặt: defaults shown, a value out of range refused
// at its field (nothing saved), then saved with the one Lưu; the topics and the
// offices without ATVSV kept as typed; an office not in the register warned about.
func TestSettingsTrainingValues(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	if _, err := store.UnitByName(ctx, "Phòng Kế toán", true); err != nil {
		t.Fatal(err)
	}
	u.nav.Select(sectionIndex(t, u, "Cài đặt"))
	tr := u.rec.setScreen.rules.training
	s := u.rec.setScreen
	if tr.window.Text != "12" || tr.certMonths.Text != "24" || tr.certNotice.Text != "60" || tr.needsMonth.Text != "11" {
		t.Fatalf("defaults shown: %q %q %q %q", tr.window.Text, tr.certMonths.Text, tr.certNotice.Text, tr.needsMonth.Text)
	}
	if !strings.Contains(tr.topics.Text, data.TopicATVSLD) || tr.exempt.Text != "" {
		t.Fatalf("topics %q, exempt %q", tr.topics.Text, tr.exempt.Text)
	}

	tr.window.SetText("0")
	tr.certMonths.SetText("mười")
	test.Tap(s.save)
	if msg, _ := fieldMessage(s.rules.recordForm, data.FieldSetTrainingWindow); !strings.Contains(msg, "từ 1 đến 60 tháng") {
		t.Errorf("window message %q", msg)
	}
	if msg, _ := fieldMessage(s.rules.recordForm, data.FieldSetCertMonths); msg == "" {
		t.Error("no message at the certificate months")
	}
	if rs, _ := data.LoadRuleSettings(ctx, store); rs.Training.WindowMonths != 12 {
		t.Errorf("a refused save stored %d", rs.Training.WindowMonths)
	}

	tr.window.SetText("6")
	tr.certMonths.SetText("36")
	tr.topics.SetText("Công tác tổ chức\n\ncông tác tổ chức\nKỹ năng thuyết trình")
	tr.exempt.SetText("Phòng Kế toán\nPhòng Kỹ thuật")
	test.Tap(s.save)
	rs, _ := data.LoadRuleSettings(ctx, store)
	if rs.Training.WindowMonths != 6 || rs.Training.CertMonths != 36 ||
		strings.Join(rs.Training.Topics, "|") != "Công tác tổ chức|Kỹ năng thuyết trình" ||
		strings.Join(rs.Training.ATVSVExempt, "|") != "Phòng Kế toán|Phòng Kỹ thuật" {
		t.Errorf("saved %+v", rs.Training)
	}
	if msg, _ := fieldMessage(s.rules.recordForm, data.FieldSetATVSVExempt); !strings.Contains(msg, "Phòng Kỹ thuật") {
		t.Errorf("office not in the register: message %q", msg)
	}
	if s.summary.Text != "Đã lưu cài đặt." {
		t.Errorf("summary %q", s.summary.Text)
	}
}
