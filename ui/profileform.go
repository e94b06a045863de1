package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/demo"
	"socongdoan/data/vn"
)

// profileForm edits the union profile; used by the first-run setup and by Cài đặt.
type profileForm struct {
	name, upperName, enterprise, taxCode, address *formEntry
	upperKind, enterpriseType                     *widget.Select
	workers, female                               *formEntry
	place, chair, viceChair                       *formEntry
	termStart, termEnd                            *formEntry
	rows                                          map[string]*fieldRow
	object                                        fyne.CanvasObject
}

func labels[T interface{ Label() string }](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.Label()
	}
	return out
}

func newProfileForm(p *data.Profile) *profileForm {
	f := &profileForm{rows: map[string]*fieldRow{}}
	entry := func(placeholder string) *formEntry {
		e := newFormEntry()
		e.SetPlaceHolder(placeholder)
		return e
	}
	f.name = entry("Ví dụ: Công đoàn cơ sở Công ty TNHH May Thành Công")
	f.upperName = entry("Ví dụ: Công đoàn các Khu công nghiệp tỉnh Bắc Ninh")
	f.upperKind = widget.NewSelect(labels(data.UpperKinds), nil)
	f.upperKind.PlaceHolder = "Chọn loại công đoàn cấp trên"
	f.enterprise = entry("Tên doanh nghiệp")
	f.taxCode = entry("10 chữ số")
	f.address = entry("Số nhà, đường, xã/phường, tỉnh/thành phố (địa giới mới)")
	f.enterpriseType = widget.NewSelect(labels(data.EnterpriseTypes), nil)
	f.enterpriseType.PlaceHolder = "Chọn loại hình doanh nghiệp"
	f.workers = entry("Tổng số")
	f.female = entry("Trong đó nữ")
	f.place = entry("Ví dụ: Bắc Ninh")
	f.chair = entry("Họ và tên Chủ tịch")
	f.viceChair = entry("Họ và tên Phó Chủ tịch")
	f.termStart = entry("2025")
	f.termEnd = entry("2030")
	if p != nil {
		f.fill(p)
	}
	row := func(field, label string, input fyne.CanvasObject) *fieldRow {
		r := newFieldRow(label, input)
		f.rows[field] = r
		return r
	}
	workers := container.NewGridWithColumns(2, f.workers, f.female)
	term := container.NewGridWithColumns(2, f.termStart, f.termEnd)
	union := formSection(lang.L("Công đoàn cơ sở"),
		row(data.FieldProfileName, lang.L("Tên CĐCS *"), f.name),
		row(data.FieldProfileUpper, lang.L("Công đoàn cấp trên *"), f.upperName),
		row("upper_kind", lang.L("Loại cấp trên"), f.upperKind),
		row(data.FieldProfileChair, lang.L("Chủ tịch *"), f.chair),
		row("vice", lang.L("Phó Chủ tịch"), f.viceChair),
		row(data.FieldProfileTerm, lang.L("Nhiệm kỳ (từ – đến năm)"), term),
		row(data.FieldProfilePlace, lang.L("Địa danh trên văn bản *"), f.place),
	)
	enterprise := formSection(lang.L("Doanh nghiệp"),
		row(data.FieldProfileEnterprise, lang.L("Tên doanh nghiệp *"), f.enterprise),
		row(data.FieldProfileTaxCode, lang.L("Mã số thuế"), f.taxCode),
		row("address", lang.L("Địa chỉ"), f.address),
		row("enterprise_type", lang.L("Loại hình"), f.enterpriseType),
		row(data.FieldProfileWorkers, lang.L("Số lao động (tổng, nữ)"), workers),
	)
	f.rows[data.FieldProfileFemale] = f.rows[data.FieldProfileWorkers]
	f.object = reflowColumns(union, enterprise)
	return f
}

func (f *profileForm) fill(p *data.Profile) {
	f.name.SetText(p.Name)
	f.upperName.SetText(p.UpperName)
	f.upperKind.SetSelected(p.UpperKind.Label())
	f.enterprise.SetText(p.EnterpriseName)
	f.taxCode.SetText(p.TaxCode)
	f.address.SetText(p.Address)
	f.enterpriseType.SetSelected(p.EnterpriseType.Label())
	if p.WorkersTotal > 0 {
		f.workers.SetText(strconv.Itoa(p.WorkersTotal))
		f.female.SetText(strconv.Itoa(p.WorkersFemale))
	}
	f.place.SetText(p.Place)
	f.chair.SetText(p.ChairName)
	f.viceChair.SetText(p.ViceChairName)
	if p.TermStart > 0 {
		f.termStart.SetText(strconv.Itoa(p.TermStart))
		f.termEnd.SetText(strconv.Itoa(p.TermEnd))
	}
}

// collect reads the form; number parse errors go to their fields.
func (f *profileForm) collect() (*data.Profile, data.Problems) {
	var ps data.Problems
	num := func(field, label string, e *formEntry) int {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			return 0
		}
		n, err := vn.ParseInt(s)
		if err != nil {
			ps = append(ps, data.Problem{Field: field, Message: label + " phải là số"})
		}
		return int(n)
	}
	p := &data.Profile{
		Name: f.name.Text, UpperName: f.upperName.Text, EnterpriseName: f.enterprise.Text,
		TaxCode: f.taxCode.Text, Address: f.address.Text, Place: f.place.Text,
		ChairName: f.chair.Text, ViceChairName: f.viceChair.Text,
	}
	for _, k := range data.UpperKinds {
		if k.Label() == f.upperKind.Selected {
			p.UpperKind = k
		}
	}
	for _, t := range data.EnterpriseTypes {
		if t.Label() == f.enterpriseType.Selected {
			p.EnterpriseType = t
		}
	}
	p.WorkersTotal = num(data.FieldProfileWorkers, "Số lao động", f.workers)
	p.WorkersFemale = num(data.FieldProfileFemale, "Số lao động nữ", f.female)
	p.TermStart = num(data.FieldProfileTerm, "Năm bắt đầu nhiệm kỳ", f.termStart)
	p.TermEnd = num(data.FieldProfileTerm, "Năm kết thúc nhiệm kỳ", f.termEnd)
	p.Normalize()
	return p, ps
}

// showProblems puts each message at its field; it reports whether any is blocking.
func (f *profileForm) showProblems(ps data.Problems) bool {
	for _, r := range f.rows {
		r.setError("", false)
	}
	for _, p := range ps {
		if r := f.rows[p.Field]; r != nil {
			r.setError(p.Message, p.Warning)
		}
	}
	return ps.Err() != nil
}

// save validates and stores the profile; false when something must be fixed first.
func (f *profileForm) save(u *UI) (*data.Profile, bool) {
	p, ps := f.collect()
	ps = append(ps, p.Validate()...)
	if f.showProblems(ps) {
		return nil, false
	}
	if err := u.svc.Store.SaveProfile(u.ctx, p); err != nil {
		if de := asDataError(err); de != nil && f.rows[de.Field] != nil {
			f.showProblems(data.Problems{{Field: de.Field, Message: de.Message}})
			return nil, false
		}
		u.showError(err)
		return nil, false
	}
	return p, true
}

// setupScreen is the first-run setup: the union profile, before anything else.
type setupScreen struct {
	ui   *UI
	form *profileForm
	done func(*data.Profile)
	save *widget.Button
	demo *widget.Button
}

// demoMembers is how many members "Dùng thử với dữ liệu mẫu" creates: enough to try
// every screen, quick to make.
const demoMembers = demo.TryMembers

// askDemo offers the demo union, in its own file, then shows it.
func (s *setupScreen) askDemo() { s.ui.confirmDemo(demoMembers, s.fillDemo) }

// fillDemo has the app make the demo file in the background, behind a progress bar,
// then shows it. The register on screen is not touched (issue 10, item 14).
func (s *setupScreen) fillDemo() {
	bar := widget.NewProgressBarInfinite()
	wait := dialog.NewCustomWithoutButtons(lang.L("Đang tạo dữ liệu mẫu…"), bar, s.ui.win)
	wait.Show()
	files := s.ui.svc.Files
	s.ui.background(func() {
		path, err := files.PrepareDemo(s.ui.ctx)
		fyne.Do(func() {
			bar.Stop()
			wait.Hide()
			if err != nil {
				s.ui.showError(err)
				return
			}
			s.ui.switchFile(path, false)
		})
	})
}

func newSetupScreen(u *UI, done func(*data.Profile)) *setupScreen {
	return &setupScreen{ui: u, form: newProfileForm(nil), done: done}
}

func (s *setupScreen) build() fyne.CanvasObject {
	intro := widget.NewLabel(lang.L("Chào mừng đến với Sổ Công đoàn. Trước khi bắt đầu, hãy nhập thông tin của công đoàn cơ sở: " +
		"các thông tin này được in trên tiêu đề và chữ ký của văn bản. Có thể sửa lại bất cứ lúc nào trong mục \"Cài đặt\"."))
	intro.Wrapping = fyne.TextWrapWord
	start := func() bool {
		p, ok := s.form.save(s.ui)
		if ok {
			s.done(p)
		}
		return ok
	}
	s.save = widget.NewButton(lang.L("Lưu và bắt đầu"), func() { start() })
	s.ui.guardForm(start, nil, s.form.object) // closing the window asks before the typed profile is lost
	s.save.Importance = widget.HighImportance
	guide := widget.NewButtonWithIcon(lang.L("Xem hướng dẫn"), theme.HelpIcon(), func() { s.ui.helpDialog(0) })
	actions := []fyne.CanvasObject{guide}
	if s.ui.svc.Files != nil {
		s.demo = widget.NewButtonWithIcon(lang.L("Dùng thử với dữ liệu mẫu"), theme.MediaPlayIcon(), s.askDemo)
		actions = append(actions, s.demo)
	}
	top := container.NewVBox(container.NewBorder(nil, nil, heading(lang.L("Thiết lập ban đầu")), container.NewHBox(actions...)), intro)
	bottom := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Các ô có dấu * là bắt buộc.")), s.save)
	return container.NewPadded(container.NewBorder(top, bottom, nil, nil, container.NewVScroll(s.form.object)))
}
