package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/assets"
)

// showAbout is Giới thiệu: version, build date, where the data lives, and the licences
// of everything we ship (fonts, the names data set, the Go libraries).
func (u *UI) showAbout() {
	icon := widget.NewIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	iconBox := container.NewGridWrap(fyne.NewSize(96, 96), icon)
	title := heading(lang.L("Sổ Công đoàn"))
	version := widget.NewLabel(lang.L("Phiên bản ") + u.svc.Version)
	built := widget.NewLabel(lang.L("Ngày bản dựng: ") + orDash(u.svc.BuildDate))
	intro := widget.NewLabel(lang.L("Sổ sách điện tử cho công đoàn cơ sở tại doanh nghiệp: sổ đoàn viên, hội nghị người lao động, đối thoại, thương lượng và thỏa ước lao động tập thể, báo cáo PDF đúng thể thức. Chạy hoàn toàn trên máy, không cần mạng."))
	intro.Wrapping = fyne.TextWrapWord

	dir := filepath.Dir(u.svc.DBPath)
	path := widget.NewLabel(u.svc.DBPath)
	path.Wrapping = fyne.TextWrapBreak
	open := widget.NewButtonWithIcon(lang.L("Mở thư mục dữ liệu"), theme.FolderOpenIcon(), func() { u.openFile(dir) })
	licence := func(title, text string) *widget.Button {
		return widget.NewButton(title, func() {
			t := widget.NewLabel(text)
			t.Wrapping = fyne.TextWrapWord
			d := dialog.NewCustom(title, lang.L("Đóng"), container.NewVScroll(t), u.win)
			d.Resize(fyne.NewSize(760, 560))
			d.Show()
		})
	}
	licences := container.NewVBox(
		licence(lang.L("Phông chữ Liberation Serif (SIL Open Font License 1.1)"), assets.FontLicense),
		licence(lang.L("Danh sách tên tiếng Việt dùng cho dữ liệu mẫu (MIT)"), assets.NamesLicense),
		licence(lang.L("Các thư viện Go (Fyne, go-sqlite3, gofpdf, excelize, x/text…)"), assets.GoModuleLicenses),
	)
	body := container.NewVBox(
		container.NewBorder(nil, nil, iconBox, nil, container.NewVBox(title, version, built)),
		intro,
		subheading(lang.L("Dữ liệu")),
		widget.NewLabel(lang.L("Tệp dữ liệu (chỉ tài khoản của bạn đọc được):")), path,
		container.NewHBox(open),
		subheading(lang.L("Giấy phép")),
		licences,
	)
	u.setBody(container.NewVScroll(body))
}
