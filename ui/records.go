package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// Adding a record kind to the UI (after its registry entry in data): its form in
// ui/<kind>.go (a struct embedding *recordForm, with build, and a <kind>Screen
// func loading the record), and one case in screenOf below naming its section.
// The Thùng rác, Lịch sử thay đổi, Việc cần làm links, the unsaved-changes guard,
// stale-save and confirmation handling come with recordForm and saveRecord.

// recordsUI is the state of the record screens that outlives one screen: the
// form on screen (tests reach it here) and which tab a section shows.
type recordsUI struct {
	conference *conferenceForm
	dialogue   *dialogueForm
	repList    *repListForm
	bargaining *bargainingForm
	agreement  *agreementForm
	congress   *congressForm
	budget     *budgetForm     // dự toán or quyết toán (finance_plan.go)
	disclosure *disclosureForm // công khai tài chính (finance_audit.go)
	check      *checkForm      // kiểm tra tài chính (finance_audit.go)
	train      trainingForms   // cán bộ, lớp đào tạo, kế hoạch (cadre.go, training.go)
	voucher    *voucherForm    // phiếu thu, chi (finance_vouchers.go)
	spendRule  *spendRuleForm  // quy chế chi tiêu (finance_rules.go)
	signList   *signListForm   // danh sách ký nhận (finance_rules.go)
	// cashYear is the year the Thu – chi and Sổ sách tabs show; newVoucherKind
	// the kind of the next new voucher form, linkedVoucher a voucher prepared by
	// a ký nhận list for it.
	cashYear       int
	newVoucherKind data.VoucherKind
	linkedVoucher  *data.Voucher
	bankBook       bool             // Sổ sách shows the bank book
	cashSetup      *cashSetupDialog // the open Số dư đầu kỳ dialog
	category       *categoryDialog  // the open mục lục line (finance_category.go)
	kpcd           *kpcdForm        // a KPCĐ month (finance_kpcd.go)
	kpcdMonth      time.Time        // the month a new KPCĐ record opens on (finance_kpcd.go)
	dues           *duesTab         // the Đoàn phí tab (finance_dues.go)
	reports        *reportsScreen   // Báo cáo as last built
	duesRate       *duesRateDialog  // the open Tỷ lệ đoàn phí dialog (finance_dues_rate.go)
	duesImport     *widget.Button   // "Nhập" of the salary import's preview (finance_dues.go)
	emu            *emulationUI     // the Thi đua – Nữ công section (ui/emulation.go)

	conferences *conferenceListView
	dialogues   *dialogueListView
	agreements  *agreementListView
	overview    *overviewScreen
	settings    *rulesSettings
	setScreen   *settingsScreen // Cài đặt, whose one "Lưu" saves the rule settings too
	trash       *trashScreen    // the Thùng rác on screen, if any

	tabs map[string]int // the tab each section shows, by sidebar title
}

// recordScreen is the UI side of a record kind, declared once here beside the
// kind's registry entry in data: the sidebar section (and its tab) listing the
// kind's records, and its form. Việc cần làm, the Thùng rác, a save and "Quay
// lại danh sách" all find a kind's screens through it.
type recordScreen struct {
	section string                                    // the sidebar title
	tab     int                                       // the section's tab listing the kind
	form    func(u *UI, id int64) (recordView, error) // the form of record id, a new one for 0
}

// screenOf is the UI side of kind k, and whether it has one. (A function, not a
// table: the forms reach back here when they save, which a package variable
// cannot be initialised with.)
func screenOf(k data.RecordKind) (recordScreen, bool) {
	switch k {
	case data.KindConference:
		return recordScreen{lang.L("Hội nghị NLĐ"), 0, conferenceScreen}, true
	case data.KindCongress:
		return recordScreen{lang.L("Đại hội"), 0, congressScreen}, true
	case data.KindDialogue:
		return recordScreen{lang.L("Đối thoại"), 0, dialogueScreen}, true
	case data.KindRepList:
		return recordScreen{lang.L("Đối thoại"), 1, repListScreen}, true
	case data.KindAgreement:
		return recordScreen{lang.L("Thỏa ước"), 0, agreementScreen}, true
	case data.KindBargaining:
		return recordScreen{lang.L("Thỏa ước"), 1, bargainingScreen}, true
	case data.KindBudgetEstimate:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(budgetPlanTitle), estimateScreen}, true
	case data.KindBudgetSettlement:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(budgetPlanTitle), settlementScreen}, true
	case data.KindFinanceDisclosure:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(auditTitle), disclosureScreen}, true
	case data.KindFinanceCheck:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(auditTitle), checkScreen}, true
	case data.KindCadre:
		return recordScreen{lang.L("Cán bộ – Đào tạo"), 0, cadreScreen}, true
	case data.KindCourse:
		return recordScreen{lang.L("Cán bộ – Đào tạo"), 1, courseScreen}, true
	case data.KindTrainingPlan:
		return recordScreen{lang.L("Cán bộ – Đào tạo"), 2, planScreen}, true
	case data.KindResolutionReview:
		return recordScreen{lang.L("Cán bộ – Đào tạo"), 3, reviewScreen}, true
	case data.KindVoucher:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(cashTitle), voucherScreen}, true
	case data.KindSpendRule:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(rulesTitle), spendRuleScreen}, true
	case data.KindSignList:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(rulesTitle), signListScreen}, true
	case data.KindKPCD:
		return recordScreen{lang.L("Tài chính"), financeTabIndex(kpcdTitle), kpcdScreen}, true
	case data.KindEmulation:
		return recordScreen{emulationSectionTitle(), 0, emulationScreen}, true
	case data.KindAward:
		return recordScreen{emulationSectionTitle(), 1, awardScreen}, true
	case data.KindProposal:
		return recordScreen{emulationSectionTitle(), 2, proposalScreen}, true
	case data.KindWomenCommittee:
		return recordScreen{emulationSectionTitle(), 10, womenCommitteeScreen}, true
	case data.KindWomenActivity:
		return recordScreen{emulationSectionTitle(), 11, womenActivityScreen}, true
	case data.KindGoodAtWork:
		return recordScreen{emulationSectionTitle(), 12, goodAtWorkScreen}, true
	case data.KindTet:
		return recordScreen{emulationSectionTitle(), 20, tetScreen}, true
	case data.KindPartyIntro:
		return recordScreen{emulationSectionTitle(), 21, partyIntroScreen}, true
	}
	return recordScreen{}, false
}

// recordView is a record's form: the shared frame (recordForm) and its content.
type recordView interface {
	base() *recordForm
	build() fyne.CanvasObject
}

func (f *recordForm) base() *recordForm { return f }

// loadRecord reads record id of kind k for its form; nil for a new one (id 0).
func loadRecord[T any](u *UI, k *data.Kind[T], id int64) (*T, error) {
	if id == 0 {
		return nil, nil
	}
	return k.Store(u.svc.Store).Get(u.ctx, id)
}

// sectionOf is the sidebar title of the section showing records of a kind.
func sectionOf(k data.RecordKind) string {
	if k == data.KindMember {
		return lang.L("Đoàn viên")
	}
	rs, _ := screenOf(k)
	return rs.section
}

// selectSection highlights a section in the sidebar without rebuilding its screen.
func (u *UI) selectSection(title string) {
	for i, s := range u.sections {
		if s.title == title {
			u.highlight(i)
			return
		}
	}
}

// highlight makes section i the current one in the sidebar without rebuilding its screen.
func (u *UI) highlight(i int) {
	u.current = i
	if u.nav != nil {
		f := u.nav.OnSelected
		u.nav.OnSelected = nil
		u.nav.Select(i)
		u.nav.OnSelected = f
	}
}

// openRecord shows the form of a record (a new one for ID 0), in its section,
// and returns it (nil when the record cannot be read; the error is shown).
func (u *UI) openRecord(ref data.RecordRef) *recordForm {
	rs, ok := screenOf(ref.Kind)
	if !ok {
		return nil
	}
	v, err := rs.form(u, ref.ID)
	if err != nil {
		u.showError(err)
		return nil
	}
	u.selectSection(rs.section)
	u.setBody(v.build())
	return v.base()
}

// backToSection shows the list of a kind's section again, on the kind's tab.
func (u *UI) backToSection(k data.RecordKind) {
	rs, _ := screenOf(k)
	u.rec.tabs[rs.section] = rs.tab
	u.selectSection(rs.section)
	u.setBody(u.sections[u.current].build())
}
