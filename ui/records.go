package ui

import (
	"fyne.io/fyne/v2/lang"

	"socongdoan/data"
)

// recordsUI is the state of the record screens that outlives one screen: the
// form on screen (tests reach it here) and which tab a section shows.
type recordsUI struct {
	conference *conferenceForm
	dialogue   *dialogueForm
	repList    *repListForm
	bargaining *bargainingForm
	agreement  *agreementForm

	conferences *conferenceListView
	dialogues   *dialogueListView
	agreements  *agreementListView
	overview    *overviewScreen
	settings    *rulesSettings
	setScreen   *settingsScreen // Cài đặt, whose one "Lưu" saves the rule settings too
	trash       *trashScreen    // the Thùng rác on screen, if any

	dialogueTab  int // 0: dialogues, 1: representative lists
	agreementTab int // 0: agreements, 1: bargaining
}

// sectionOf is the sidebar title of the section showing records of a kind.
func sectionOf(k data.RecordKind) string {
	switch k {
	case data.KindConference:
		return lang.L("Hội nghị NLĐ")
	case data.KindDialogue, data.KindRepList:
		return lang.L("Đối thoại")
	}
	return lang.L("Thỏa ước")
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

// openRecord shows the form of a record (a new one for ID 0), as a click in
// Việc cần làm does.
func (u *UI) openRecord(ref data.RecordRef) {
	u.selectSection(sectionOf(ref.Kind))
	switch ref.Kind {
	case data.KindConference:
		u.openConference(ref.ID)
	case data.KindDialogue:
		u.openDialogue(ref.ID)
	case data.KindRepList:
		u.openRepList(ref.ID)
	case data.KindBargaining:
		u.openBargaining(ref.ID)
	case data.KindAgreement:
		u.openAgreement(ref.ID)
	}
}

// backToSection shows a section's list again, on the tab of kind.
func (u *UI) backToSection(k data.RecordKind) {
	switch k {
	case data.KindRepList:
		u.rec.dialogueTab = 1
	case data.KindDialogue:
		u.rec.dialogueTab = 0
	case data.KindBargaining:
		u.rec.agreementTab = 1
	case data.KindAgreement:
		u.rec.agreementTab = 0
	}
	u.selectSection(sectionOf(k))
	u.setBody(u.sections[u.current].build())
}
