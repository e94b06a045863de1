package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"socongdoan/assets"
)

// helpTopic is one guide: its title in the list and its Markdown file in assets/help.
type helpTopic struct{ title, file string }

// helpTopics lists the guides; the first words of a section title pick its guide (F1).
var helpTopics = []helpTopic{
	{"Bắt đầu", "bat-dau.md"},
	{"Tổng quan", "tong-quan.md"},
	{"Đoàn viên", "doan-vien.md"},
	{"Hội nghị NLĐ", "hoi-nghi.md"},
	{"Đối thoại", "doi-thoai.md"},
	{"Thỏa ước", "thoa-uoc.md"},
	{"Báo cáo", "bao-cao.md"},
	{"Cài đặt", "cai-dat.md"},
	{"Các quy định áp dụng", "quy-dinh.md"},
}

// helpFor returns the index of the guide for a sidebar section, or 0 (Bắt đầu).
func helpFor(section string) int {
	for i, t := range helpTopics {
		if t.title == section {
			return i
		}
	}
	return 0
}

// showHelp opens the guides at topic i; it is reachable from every screen (sidebar, F1).
func (u *UI) showHelp(i int) {
	text := widget.NewRichText()
	text.Wrapping = fyne.TextWrapWord
	show := func(i int) {
		b, err := assets.Help.ReadFile("help/" + helpTopics[i].file)
		if err != nil {
			text.ParseMarkdown("Không đọc được hướng dẫn.")
			return
		}
		text.ParseMarkdown(strings.TrimSpace(string(b)))
	}
	list := widget.NewList(
		func() int { return len(helpTopics) },
		func() fyne.CanvasObject { return widget.NewLabel("Các quy định áp dụng") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(helpTopics[i].title) },
	)
	list.OnSelected = func(i widget.ListItemID) { show(i) }
	split := container.NewHSplit(list, container.NewVScroll(container.NewPadded(text)))
	split.Offset = 0.22
	u.help = text
	u.setBody(container.NewBorder(heading(lang.L("Hướng dẫn")), nil, nil, nil, split))
	list.Select(i)
}

// helpDialog shows one guide in a dialog, for screens outside the main window's
// sections (the first-run setup).
func (u *UI) helpDialog(i int) {
	b, _ := assets.Help.ReadFile("help/" + helpTopics[i].file)
	text := widget.NewRichTextFromMarkdown(strings.TrimSpace(string(b)))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(helpTopics[i].title, lang.L("Đóng"), container.NewVScroll(text), u.win)
	d.Resize(fyne.NewSize(820, 600))
	d.Show()
}

// closeHelp goes back from the guide to the section it was opened over
// (Escape); false when the guide is not on screen.
func (u *UI) closeHelp() bool {
	if u.help == nil || !onScreen(u.win.Content(), u.help) {
		return false
	}
	u.help = nil
	u.open(u.current)
	return true
}
