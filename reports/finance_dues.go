package reports

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The bảng thu đoàn phí of a month (issue 13 points 1, 9; DOMAIN §5): one table
// per bộ phận with a column for each member's signature, its subtotal, then the
// month's totals with the split of DOMAIN-MODULES §A.1 (30% upward, 70% kept,
// the excess above 0.5% kept 100%). Request.ID is the month as yyyymm.

func init() {
	Register(&Kind{Name: "dues-sheet", Title: "Bảng thu đoàn phí", Type: data.DocTypeList, Period: true, Record: "tháng",
		Description: "Bảng thu đoàn phí của một tháng theo từng bộ phận, có cột ký nhận; tổng thu, nộp cấp trên, để lại",
		defaultYear: func(today time.Time) int { return today.Year() }, choices: duesChoices, prepare: prepareDuesSheet})
}

// duesService is the store's ledger, when the sources hold it.
func duesService(src *Sources) (data.DuesService, error) {
	if s, ok := src.Records.(data.DuesService); ok {
		return s, nil
	}
	return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ thu đoàn phí"}
}

// duesChoices are the months of the period with kept rows, newest first.
func duesChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	s, err := duesService(src)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for y := period.From.Year(); y <= period.To.Year(); y++ {
		months, err := s.DuesYear(ctx, y)
		if err != nil {
			return nil, err
		}
		for _, m := range months {
			if inPeriod(m.Month, period) || inPeriod(m.Month.AddDate(0, 1, -1), period) {
				ds = append(ds, dated{Choice{ID: int64(data.MonthKey(m.Month)),
					Label: fmt.Sprintf("Tháng %s: %s đoàn viên, đã thu %s", data.MonthLabel(m.Month), vn.FormatInt(int64(m.Rows)), vn.FormatMoney(m.Totals.Collected))}, m.Month})
			}
		}
	}
	return newestFirst(ds), nil
}

func prepareDuesSheet(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	s, err := duesService(src)
	if err != nil {
		return nil, err
	}
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	if id < 200001 || id > 299912 || id%100 < 1 || id%100 > 12 {
		return nil, data.Errorf(data.EINVALID, "id", "Tháng %d không hợp lệ: ghi dạng 202607 (năm và tháng)", id)
	}
	month := data.MonthFromKey(int(id))
	rows, err := s.DuesSheet(ctx, month)
	if err != nil {
		return nil, err
	}
	var kept []data.DuesRow
	for _, r := range rows {
		if r.Saved {
			kept = append(kept, r)
		}
	}
	if len(kept) == 0 {
		return nil, data.Errorf(data.EINVALID, "id", "Tháng %s chưa có dòng đoàn phí nào được lưu", data.MonthLabel(month))
	}
	rules := data.DefaultRuleSettings()
	if src.Settings != nil {
		if rules, err = data.LoadRuleSettings(ctx, src.Settings); err != nil {
			return nil, err
		}
	}
	var warnings []string
	if n := len(rows) - len(kept); n > 0 {
		warnings = append(warnings, fmt.Sprintf("%d đoàn viên chưa có dòng đoàn phí tháng %s đã lưu: không có trong bảng", n, data.MonthLabel(month)))
	}
	return &prepared{subject: "Thu đoàn phí tháng " + data.MonthLabel(month), ref: "dues:" + strconv.FormatInt(id, 10), warnings: warnings,
		build: func(m Meta) (*Document, error) { return DuesSheetDoc(m, p, month, kept, rules.Finance.DuesRemitShare) }}, nil
}

// DuesSheetDoc lays out the bảng thu đoàn phí of month from its kept rows.
func DuesSheetDoc(m Meta, p *data.Profile, month time.Time, rows []data.DuesRow, remit data.Fraction) (*Document, error) {
	d, err := m.start(false, data.DocTypeList.Label(), "Thu đoàn phí tháng "+data.MonthLabel(month))
	if err != nil {
		return nil, err
	}
	d.Paragraph(fmt.Sprintf("Đoàn phí công đoàn tháng %s của đoàn viên %s: 0,5%% tiền lương làm căn cứ đóng, tối đa 10%% mức lương cơ sở (QĐ 61/QĐ-TLĐ). Đơn vị tính: đồng.",
		data.MonthLabel(month), issuerName(&m)))
	for _, u := range data.ByUnit(rows, remit) {
		d.Heading(u.UnitName)
		t := Table{FontSize: 10, Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "000"},
			{Title: "Họ và tên", Width: 34},
			{Title: "Số CCCD", Align: AlignCenter, Fit: "000000000000"},
			{Title: "Lương đóng BHXH", Align: AlignRight, Fit: "00.000.000.000"},
			{Title: "Đoàn phí", Align: AlignRight, Fit: "000.000"},
			{Title: "Đã thu", Align: AlignRight, Fit: "000.000"},
			{Title: "Ký nhận", Width: 18},
			{Title: "Ghi chú", Width: 20},
		}}
		for i, r := range u.Rows {
			note := ""
			if r.Exemption != data.ExemptNone {
				note = "Không đóng: " + r.Exemption.Label()
			} else if r.Base != data.DuesBaseBHXH {
				note = r.Base.Label()
			}
			amount := ""
			if r.Amount > 0 {
				amount = vn.FormatInt(r.Amount)
			}
			t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.IDNumber, amount, vn.FormatInt(r.Due), vn.FormatInt(r.Collected), "", note})
		}
		t.Rows = append(t.Rows, []string{"", "Cộng " + u.UnitName, "", "", vn.FormatInt(u.Totals.Due), vn.FormatInt(u.Totals.Collected), "", ""})
		d.Table(t)
	}
	tot := data.SheetTotals(rows, remit)
	d.Heading("Tổng hợp")
	d.Bullet(fmt.Sprintf("Số đoàn viên: %s; đoàn phí phải thu: %s; đã thu: %s (%s).", vn.FormatInt(int64(len(rows))),
		vn.FormatMoney(tot.Due), vn.FormatMoney(tot.Collected), vn.MoneyInWords(tot.Collected)))
	d.Bullet(fmt.Sprintf("Nộp công đoàn cấp trên (%s phần đoàn phí 0,5%%): %s.", remit, vn.FormatMoney(tot.Remit)))
	d.Bullet(fmt.Sprintf("Công đoàn cơ sở được sử dụng: %s.", vn.FormatMoney(tot.Kept)))
	if tot.Excess > 0 {
		d.Bullet(fmt.Sprintf("Trong đó phần thu trên mức 0,5%% theo nghị quyết Ban Chấp hành, công đoàn cơ sở sử dụng 100%%: %s.", vn.FormatMoney(tot.Excess)))
	}
	chair := ""
	if p != nil {
		chair = p.ChairName
	}
	d.Signatures(Signer{Title: "NGƯỜI LẬP BẢNG", Name: ""}, Signer{Authority: "TM. BAN CHẤP HÀNH", Title: "CHỦ TỊCH", Name: chair})
	return d, nil
}
