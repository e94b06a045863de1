package ui

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// backupSection is the "Sao lưu và khôi phục" part of Cài đặt: back up now to a
// chosen file (a USB stick), restore from a backup, check the data file.
func (u *UI) backupSection() fyne.CanvasObject {
	last := widget.NewLabel("")
	last.Wrapping = fyne.TextWrapWord
	u.showLastBackup(last)
	backupNow := widget.NewButtonWithIcon(lang.L("Sao lưu ngay…"), theme.DocumentSaveIcon(), func() { u.backupNow(last) })
	restore := widget.NewButtonWithIcon(lang.L("Khôi phục…"), theme.HistoryIcon(), u.showRestore)
	check := widget.NewButtonWithIcon(lang.L("Kiểm tra tệp dữ liệu có bị hỏng không"), theme.InfoIcon(), u.checkData)
	note := widget.NewLabel(lang.L("Phần mềm tự sao lưu mỗi ngày khi mở, và trước mỗi lần nhập từ Excel, khôi phục hoặc nâng cấp; " +
		"mỗi bản đều được kiểm tra trước khi giữ. Giữ mọi bản của hôm nay, bản mới nhất của 30 ngày gần nhất có sao lưu và mỗi tháng một bản trong 24 tháng. Nên sao lưu thêm ra USB định kỳ."))
	note.Wrapping = fyne.TextWrapWord
	return container.NewVBox(subheading(lang.L("Sao lưu và khôi phục")), note, last,
		container.NewHBox(backupNow, restore, check))
}

// showLastBackup says when the newest backup was made.
func (u *UI) showLastBackup(l *widget.Label) {
	list, err := u.svc.Store.Backups()
	switch {
	case err != nil:
		l.SetText(data.ErrorMessage(err))
	case len(list) == 0:
		l.SetText(lang.L("Chưa có bản sao lưu tự động nào."))
	default:
		l.SetText(fmt.Sprintf(lang.L("Bản sao lưu gần nhất: %s · %s. Thư mục: %s"),
			formatStamp(list[0].At), list[0].Reason.Label(), filepath.Dir(list[0].Path)))
	}
}

// backupNow copies the data to a file the chair chooses.
func (u *UI) backupNow(last *widget.Label) {
	name := "socongdoan-sao-luu-" + u.svc.Now().Format("2006-01-02") + ".db"
	u.pickSavePath(name, func(path string) {
		prog := dialog.NewCustomWithoutButtons(lang.L("Đang sao lưu…"), widget.NewProgressBarInfinite(), u.win)
		prog.Show()
		u.background(func() {
			err := u.svc.Store.BackupTo(u.ctx, path)
			var info *data.BackupInfo
			if err == nil {
				info, err = u.svc.Store.InspectBackup(u.ctx, path)
			}
			fyne.Do(func() {
				prog.Hide()
				if err != nil {
					u.showError(err)
					return
				}
				u.showLastBackup(last)
				dialog.ShowInformation(lang.L("Đã sao lưu"), fmt.Sprintf(lang.L("Đã sao lưu %s đoàn viên vào %s."),
					vn.FormatInt(int64(info.Members)), path), u.win)
			})
		})
	})
}

// showRestore lists the automatic backups to restore from, or another file.
func (u *UI) showRestore() {
	list, err := u.svc.Store.Backups()
	if err != nil {
		u.showError(err)
		return
	}
	var d dialog.Dialog
	pick := func(path string) {
		if d != nil {
			d.Hide()
		}
		u.confirmRestore(path)
	}
	items := widget.NewList(
		func() int { return len(list) },
		func() fyne.CanvasObject { return widget.NewLabel("21/11/2026 10:30 · Trước khi nhập từ Excel") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			b := list[i]
			o.(*widget.Label).SetText(formatStamp(b.At) + " · " + b.Reason.Label())
		})
	items.OnSelected = func(i widget.ListItemID) { pick(list[i].Path) }
	other := widget.NewButtonWithIcon(lang.L("Chọn tệp sao lưu khác (USB…)…"), theme.FolderOpenIcon(), func() {
		u.pickOpenPath([]string{".db", ".bak"}, pick)
	})
	intro := widget.NewLabel(lang.L("Chọn bản sao lưu để khôi phục. Tệp được kiểm tra trước; dữ liệu hiện tại được sao lưu lại trước khi thay, nên luôn có thể quay lại."))
	intro.Wrapping = fyne.TextWrapWord
	var body fyne.CanvasObject = items
	if len(list) == 0 {
		body = widget.NewLabel(lang.L("Chưa có bản sao lưu tự động nào."))
	}
	content := container.NewBorder(intro, other, nil, nil, body)
	d = dialog.NewCustom(lang.L("Khôi phục dữ liệu"), lang.L("Hủy"), content, u.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
}

// confirmRestore inspects a backup, shows what it holds and restores after a yes.
func (u *UI) confirmRestore(path string) {
	u.background(func() {
		info, err := u.svc.Store.InspectBackup(u.ctx, path)
		fyne.Do(func() {
			if err != nil {
				u.showError(err)
				return
			}
			msg := fmt.Sprintf(lang.L("Khôi phục dữ liệu từ bản sao lưu:\n%s\n\nMọi thay đổi sau thời điểm đó sẽ không còn trong sổ; "+
				"dữ liệu hiện tại được sao lưu trước khi thay."), info.Summary())
			d := dialog.NewConfirm(lang.L("Khôi phục dữ liệu?"), msg, func(ok bool) {
				if ok {
					u.restore(path)
				}
			}, u.win)
			d.SetConfirmText(lang.L("Khôi phục"))
			d.SetDismissText(lang.L("Hủy"))
			d.Show()
		})
	})
}

// restore replaces the data and shows the app again on it.
func (u *UI) restore(path string) {
	prog := dialog.NewCustomWithoutButtons(lang.L("Đang khôi phục…"), widget.NewProgressBarInfinite(), u.win)
	prog.Show()
	u.background(func() {
		saved, err := u.svc.Store.Restore(u.ctx, path)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(err)
				return
			}
			u.register = nil
			u.Show() // the profile, the register and every screen from the restored data
			if u.profile != nil && u.nav != nil {
				u.nav.Select(1) // the register: the chair sees at once the members that came back
			}
			dialog.ShowInformation(lang.L("Đã khôi phục"), lang.L("Đã khôi phục dữ liệu. Dữ liệu trước khi khôi phục được lưu tại:\n")+saved, u.win)
		})
	})
}

// checkData runs the full check and shows its report.
func (u *UI) checkData() {
	prog := dialog.NewCustomWithoutButtons(lang.L("Đang kiểm tra dữ liệu…"), widget.NewProgressBarInfinite(), u.win)
	prog.Show()
	u.background(func() {
		rep, err := u.svc.Store.Check(u.ctx)
		fyne.Do(func() {
			prog.Hide()
			if err != nil {
				u.showError(err)
				return
			}
			text := widget.NewLabel(rep.Text())
			text.Wrapping = fyne.TextWrapWord
			title := lang.L("Dữ liệu tốt")
			if !rep.OK() {
				title = lang.L("Dữ liệu có lỗi")
			}
			d := dialog.NewCustom(title, lang.L("Đóng"), container.NewVScroll(text), u.win)
			d.Resize(fyne.NewSize(720, 420))
			d.Show()
		})
	})
}

// ShowDamaged fills the window when the data file failed the start-up check: what
// happened in plain words, that the damaged file is kept, and the newest good backup
// to restore (restore is nil when there is none). quit closes the app.
func ShowDamaged(w fyne.Window, detail, backup string, restore func() error, quit func()) {
	title := heading(lang.L("Tệp dữ liệu bị hỏng"))
	msg := widget.NewLabel(lang.L("Khi khởi động, Sổ Công đoàn kiểm tra tệp dữ liệu và thấy tệp bị hỏng, nên không mở nó để tránh hỏng thêm. "+
		"Nguyên nhân thường gặp: máy tắt đột ngột, ổ đĩa lỗi, hoặc tệp bị chép dở.\n\n"+
		"Tệp bị hỏng được giữ nguyên, không bị ghi đè, để người hỗ trợ có thể xem lại.\nChi tiết: ") + detail)
	msg.Wrapping = fyne.TextWrapWord
	quitBtn := widget.NewButton(lang.L("Thoát"), quit)
	var actions fyne.CanvasObject
	if restore == nil {
		none := widget.NewLabel(lang.L("Không tìm thấy bản sao lưu nào còn tốt. Hãy liên hệ người hỗ trợ và đừng xóa tệp dữ liệu."))
		none.Wrapping = fyne.TextWrapWord
		actions = container.NewVBox(none, container.NewHBox(quitBtn))
	} else {
		info := widget.NewLabel(lang.L("Bản sao lưu gần nhất còn tốt: ") + backup)
		info.Wrapping = fyne.TextWrapWord
		errLabel := widget.NewLabel("")
		errLabel.Importance = widget.DangerImportance
		errLabel.Wrapping = fyne.TextWrapWord
		errLabel.Hide()
		var restoreBtn *widget.Button
		restoreBtn = widget.NewButtonWithIcon(lang.L("Khôi phục bản sao lưu này"), theme.HistoryIcon(), func() {
			restoreBtn.Disable()
			if err := restore(); err != nil {
				errLabel.SetText(data.ErrorMessage(err))
				errLabel.Show()
				restoreBtn.Enable()
			}
		})
		restoreBtn.Importance = widget.HighImportance
		actions = container.NewVBox(info, container.NewHBox(restoreBtn, quitBtn), errLabel)
	}
	w.SetContent(container.NewPadded(container.NewVBox(title, msg, widget.NewSeparator(), actions)))
}
