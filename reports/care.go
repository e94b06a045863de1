package reports

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The documents of chăm lo (DOMAIN-MODULES §F "Documents to print"): the danh
// sách đoàn viên, NLĐ cần hỗ trợ dịp Tết, the báo cáo kết quả chăm lo Tết,
// and the danh sách giới thiệu đoàn viên ưu tú cho Đảng. The danh sách ký nhận
// quà Tết is the finance sign-list the campaign links to (one money path).

func init() {
	Register(
		&Kind{Name: "tet-list", Of: data.KindTet, Title: "Danh sách cần hỗ trợ dịp Tết", Type: data.DocTypeList, Period: true, Record: "đợt Tết",
			Description: "Danh sách đoàn viên, người lao động cần hỗ trợ, ở lại dịp Tết: bộ phận, quê quán, hoàn cảnh, mức quà và nguồn",
			recipients:  reportRecipients, choices: tetChoices, prepare: prepareTet(false)},
		&Kind{Name: "tet-report", Of: data.KindTet, Title: "Báo cáo kết quả chăm lo Tết", Type: data.DocTypeReport, Period: true, Record: "đợt Tết",
			Description: "Báo cáo kết quả chăm lo Tết gửi công đoàn cấp trên: số người được hỗ trợ, tiền quà theo nguồn, tất niên, ngày công bố kế hoạch lương, thưởng Tết",
			recipients:  reportRecipients, choices: tetChoices, prepare: prepareTet(true)},
		&Kind{Name: "party-intro", Of: data.KindPartyIntro, Title: "Danh sách giới thiệu đoàn viên ưu tú cho Đảng", Type: data.DocTypeList, Period: true,
			Description: "Các đoàn viên ưu tú được giới thiệu cho Đảng trong năm: ngày, chi bộ, kết quả",
			recipients:  reportRecipients, prepare: preparePartyIntros},
	)
}

var tetChoices = yearChoices(data.TetCampaigns, func(t *data.TetCampaign) time.Time { return t.Tet() }, nil)

func prepareTet(report bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		t, err := getRecord(ctx, k, data.TetCampaigns, src, req)
		if err != nil {
			return nil, err
		}
		id := strconv.FormatInt(t.ID, 10)
		if !report {
			return &prepared{subject: "Đoàn viên, người lao động cần hỗ trợ dịp Tết " + strconv.Itoa(t.LunarYear), ref: "tet-list:" + id,
				build: func(m Meta) (*Document, error) { return TetList(m, t) }}, nil
		}
		s := data.DefaultRuleSettings()
		if src.Settings != nil {
			if s, err = data.LoadRuleSettings(ctx, src.Settings); err != nil {
				return nil, err
			}
		}
		var paid *data.SignList
		if t.SignListID != 0 {
			if paid, err = data.SignLists.Store(src.Records).Get(ctx, t.SignListID); err != nil {
				return nil, err
			}
		}
		voucher, err := voucherPaying(ctx, src, paid)
		if err != nil {
			return nil, err
		}
		// The campaign's gifts against the list and its phiếu chi: told before
		// printing, never mended (the report states the campaign's figures and
		// the list's, each as recorded).
		var verdicts []string
		for _, p := range data.TetGiftCheck(t, paid, voucher) {
			verdicts = append(verdicts, p.Message)
		}
		return &prepared{subject: "Kết quả chăm lo Tết " + strconv.Itoa(t.LunarYear), ref: "tet-report:" + id, date: t.Reported, verdicts: verdicts,
			build: func(m Meta) (*Document, error) { return TetReport(m, t, paid, s.Emulation) }}, nil
	}
}

// voucherPaying is the live phiếu chi paying the list l (nil: no list, no
// voucher, or a register without the books).
func voucherPaying(ctx context.Context, src *Sources, l *data.SignList) (*data.Voucher, error) {
	if l == nil {
		return nil, nil
	}
	svc, err := cashService(src)
	if err != nil {
		return nil, nil // no books in this register: nothing to compare
	}
	vs, err := svc.VouchersBetween(ctx, time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	for i := range vs {
		if vs[i].LinkKind == data.KindSignList && vs[i].LinkID == l.ID {
			return &vs[i], nil
		}
	}
	return nil, nil
}

// TetList is the danh sách đoàn viên, người lao động cần hỗ trợ dịp Tết.
func TetList(m Meta, t *data.TetCampaign) (*Document, error) {
	if len(t.People) == 0 {
		return nil, data.Errorf(data.EINVALID, data.FieldTetPeople, "Danh sách cần hỗ trợ dịp Tết chưa có ai")
	}
	d, err := m.start(false, data.DocTypeList.Label(), fmt.Sprintf("Đoàn viên, người lao động cần hỗ trợ dịp Tết %d", t.LunarYear))
	if err != nil {
		return nil, err
	}
	tb := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(t.People), 10))},
		{Title: "Họ và tên", Width: 48},
		{Title: "Bộ phận", Width: 28},
		{Title: "Quê quán", Width: 24},
		{Title: "Hoàn cảnh", Width: 36},
		{Title: "Ở lại", Align: AlignCenter, Fit: "Ở lại"},
		{Title: "Mức quà (đồng)", Align: AlignRight, Fit: "10.000.000"},
		{Title: "Nguồn", Width: 22},
	}}
	for i, p := range t.People {
		stay, src := "", "Doanh nghiệp"
		if p.Staying {
			stay = "x"
		}
		if p.FromUnion {
			src = "Công đoàn"
		}
		tb.Rows = append(tb.Rows, []string{rowNo(i + 1), p.Name, p.Unit, p.Hometown, p.Reason, stay, moneyCell(p.Gift), src})
	}
	union, other := t.GiftTotals()
	tb.Rows = append(tb.Rows, []string{"", "Cộng", count(len(t.People)) + " người", "", "", count(t.Staying()), moneyCell(union + other), ""})
	d.Table(tb)
	d.Paragraph(fmt.Sprintf("Trong đó: quà bằng tiền công đoàn %s đồng; quà của doanh nghiệp, nhà tài trợ %s đồng.", vn.FormatInt(union), vn.FormatInt(other)))
	d.Signatures(Signer{Authority: "NGƯỜI LẬP DANH SÁCH", Title: " "}, m.Signer)
	return d, nil
}

// TetReport is the báo cáo kết quả chăm lo Tết to the upper union (KH
// 34/KH-TLĐ; DOMAIN-MODULES §F): every figure is from the record; the pay
// plan's date is judged under the settings; what the chair did not record is
// not stated.
func TetReport(m Meta, t *data.TetCampaign, paid *data.SignList, s data.EmulationSettings) (*Document, error) {
	d, err := m.start(false, data.DocTypeReport.Label(), fmt.Sprintf("Kết quả chăm lo Tết %d cho đoàn viên, người lao động", t.LunarYear))
	if err != nil {
		return nil, err
	}
	union, other := t.GiftTotals()
	d.Heading("I. KẾT QUẢ THỰC HIỆN")
	d.Paragraph(fmt.Sprintf("1. Công đoàn cơ sở lập danh sách %s đoàn viên, người lao động cần hỗ trợ dịp Tết (Tết ngày %s), trong đó %s người ở lại không về quê.",
		count(len(t.People)), vn.FormatDate(t.Tet()), count(t.Staying())))
	d.Paragraph(fmt.Sprintf("2. Quà hỗ trợ những người trên trị giá %s đồng: tiền công đoàn %s đồng, doanh nghiệp và nhà tài trợ %s đồng.",
		vn.FormatInt(union+other), vn.FormatInt(union), vn.FormatInt(other)))
	if paid != nil {
		d.Paragraph(fmt.Sprintf("Quà Tết bằng tiền công đoàn được chi theo %s: %s người ký nhận, %s đồng.",
			paid.ListTitle(), count(len(paid.Rows)), vn.FormatInt(paid.Total())))
	}
	if !t.TatNien.IsZero() || t.TatNienPeople > 0 {
		line := fmt.Sprintf("3. Tổ chức \"Bữa cơm tất niên Công đoàn\" cho %s người", count(t.TatNienPeople))
		if !t.TatNien.IsZero() {
			line += " ngày " + vn.FormatDate(t.TatNien)
		}
		if t.TatNienUnion > 0 {
			line += fmt.Sprintf(", tiền công đoàn chi %s đồng", vn.FormatInt(t.TatNienUnion))
		}
		d.Paragraph(line + ".")
	}
	due := data.PayPlanDue(t.LunarYear, s.TetPayPlanDays)
	switch {
	case t.PayPlan.IsZero():
		d.Paragraph("4. Chưa ghi nhận ngày người sử dụng lao động công bố kế hoạch trả lương, thưởng Tết.")
	case data.PayPlanLate(t.PayPlan, t.LunarYear, s.TetPayPlanDays):
		d.Paragraph(fmt.Sprintf("4. Người sử dụng lao động công bố kế hoạch trả lương, thưởng Tết ngày %s, chậm so với yêu cầu (chậm nhất ngày %s, trước Tết %d ngày).",
			vn.FormatDate(t.PayPlan), vn.FormatDate(due), s.TetPayPlanDays))
	default:
		d.Paragraph(fmt.Sprintf("4. Người sử dụng lao động công bố kế hoạch trả lương, thưởng Tết ngày %s, trước Tết ít nhất %d ngày theo yêu cầu.",
			vn.FormatDate(t.PayPlan), s.TetPayPlanDays))
	}
	if t.Alerts != "" {
		d.Paragraph("5. Những việc đã báo cáo khẩn công đoàn cấp trên: " + t.Alerts)
	}
	d.Heading("II. ĐÁNH GIÁ")
	if t.Results != "" {
		for _, l := range data.Lines(t.Results) {
			d.Paragraph(l)
		}
	} else {
		d.Paragraph("…………………………………………………………………………………………")
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}

// preparePartyIntros lists the introductions made in the period.
func preparePartyIntros(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	period, err := k.PeriodOf(req, src.Now())
	if err != nil {
		return nil, err
	}
	all, err := data.PartyIntros.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var in []data.PartyIntro
	for _, pi := range all {
		if !pi.Date.Before(period.From) && !pi.Date.After(period.To) {
			in = append(in, pi)
		}
	}
	return &prepared{subject: "Đoàn viên ưu tú giới thiệu cho Đảng " + period.Label(), date: period.To,
		build: func(m Meta) (*Document, error) { return PartyIntroList(m, period, in) }}, nil
}

// PartyIntroList is the danh sách giới thiệu đoàn viên ưu tú cho Đảng, oldest first.
func PartyIntroList(m Meta, period data.Period, in []data.PartyIntro) (*Document, error) {
	if len(in) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Chưa có đoàn viên nào được giới thiệu cho Đảng %s", period.Label())
	}
	d, err := m.start(false, data.DocTypeList.Label(), "Đoàn viên ưu tú giới thiệu cho Đảng "+period.Label())
	if err != nil {
		return nil, err
	}
	tb := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: "00"},
		{Title: "Họ và tên", Width: 40},
		{Title: "Bộ phận", Width: 28},
		{Title: "Ngày giới thiệu", Align: AlignCenter, Fit: "00/00/0000"},
		{Title: "Chi bộ", Width: 30},
		{Title: "Kết quả", Width: 34},
	}}
	admitted := 0
	for i := len(in) - 1; i >= 0; i-- { // the store lists newest first
		pi := in[i]
		res := data.IntroOutcomeLabel(pi.Outcome)
		if pi.Outcome == data.IntroAdmitted {
			admitted++
			if !pi.Admitted.IsZero() {
				res += " ngày " + vn.FormatDate(pi.Admitted)
			}
		}
		tb.Rows = append(tb.Rows, []string{rowNo(len(tb.Rows) + 1), pi.Name, pi.Unit, vn.FormatDate(pi.Date), pi.Cell, res})
	}
	d.Table(tb)
	d.Paragraph(fmt.Sprintf("Tổng số: %s đoàn viên được giới thiệu, %s đã được kết nạp Đảng.", count(len(in)), count(admitted)))
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}
