package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The Thống kê nữ tab of Nữ công (issue 14 point 5, DOMAIN-MODULES §E "Female
// counts computed automatically"): the women and their share by bộ phận and
// age, among the cán bộ, and the Ban nữ công, counted from the register today
// (data.LoadWomenStats) off the UI goroutine.

func womenStatsList() emuList {
	return emuList{title: lang.L("Thống kê nữ"), view: womenStatsView}
}

// womenStatsRows are the table's lines: a heading row (no figures) per part.
func womenStatsRows(st data.WomenStats) [][]string {
	line := func(l data.StatLine) []string {
		return []string{"   " + l.Label, vn.FormatInt(int64(l.Total)), vn.FormatInt(int64(l.Female)), orDash(l.Share())}
	}
	rows := [][]string{line(st.Members)}
	rows[0][0] = st.Members.Label
	part := func(title string, ls []data.StatLine) {
		rows = append(rows, []string{title, "", "", ""})
		for _, l := range ls {
			rows = append(rows, line(l))
		}
	}
	part(lang.L("Theo bộ phận"), st.Units)
	part(lang.L("Theo độ tuổi"), st.Ages)
	part(lang.L("Cán bộ công đoàn đang đảm nhiệm"), st.Cadres)
	committee := lang.L("Ban nữ công quần chúng: chưa có quyết định còn hiệu lực")
	if st.Committee != nil {
		committee = lang.L("Ban nữ công quần chúng") + " (" + vn.FormatDate(st.Committee.DecisionDate) + ")"
	}
	rows = append(rows, []string{committee, "", "", ""})
	if st.Committee != nil {
		rows = append(rows, line(data.StatLine{Label: lang.L("Thành viên"), Total: st.CommitteeMembers.Total, Female: st.CommitteeMembers.Female}))
	}
	return rows
}

func womenStatsView(u *UI) fyne.CanvasObject {
	var rows [][]string
	status := widget.NewLabel(lang.L("Đang đếm từ sổ đoàn viên…"))
	table := recordTable([]string{lang.L("Chỉ tiêu"), lang.L("Tổng số"), lang.L("Nữ"), lang.L("Tỷ lệ nữ")}, []float32{380, 100, 100, 100},
		func() [][]string { return rows }, func(int) {})
	print := widget.NewButtonWithIcon(lang.L("In thống kê"), theme.DocumentPrintIcon(), func() { u.openReports("women-statistics", 0) })
	help := lang.L("Đếm từ sổ đoàn viên (đang sinh hoạt, tạm dừng) và hồ sơ cán bộ công đoàn đến hôm nay; không nhập tay. Cán bộ không có trong sổ không biết giới tính nên không tính là nữ.")
	u.background(func() {
		st, err := data.LoadWomenStats(u.ctx, u.svc.Store, u.svc.Now())
		u.toUI(func() {
			if err != nil {
				status.SetText("")
				u.showError(err)
				return
			}
			rows = womenStatsRows(st)
			status.SetText(lang.L("Tính đến ngày") + " " + vn.FormatDate(st.Day))
			table.Refresh()
		})
	})
	return container.NewBorder(status, nil, nil, nil, listScreen(lang.L("Thống kê nữ"), help, table, false, print))
}
