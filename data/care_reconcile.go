package data

import (
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// The Tết campaign against the money that paid it (issue 14 point 6): the
// union's gifts on the campaign's care list are paid through one finance danh
// sách ký nhận and its phiếu chi (DOMAIN-MODULES §A.3, one money path). The
// two are typed apart, so they can disagree; a disagreement is shown, never
// corrected: the chair decides which side is wrong.

// TetGiftCheck compares the campaign's union gifts with the linked list l (nil:
// none linked) and the phiếu chi paying it (nil: none found). Each disagreement
// is a warning at FieldTetSignList, naming the people and the money.
func TetGiftCheck(t *TetCampaign, l *SignList, paid *Voucher) Problems {
	var ps Problems
	union, _ := t.GiftTotals()
	var onCampaign []TetPerson
	for _, p := range t.People {
		if p.FromUnion {
			onCampaign = append(onCampaign, p)
		}
	}
	if l == nil {
		if union > 0 {
			ps.warn(FieldTetSignList, "Quà bằng tiền công đoàn "+vn.FormatMoney(union)+" của "+itoa(len(onCampaign))+
				" người chưa có danh sách ký nhận (và phiếu chi) ở mục Tài chính")
		}
		return ps
	}
	if len(onCampaign) != len(l.Rows) {
		ps.warn(FieldTetSignList, "Số người nhận quà tiền công đoàn trong đợt Tết ("+itoa(len(onCampaign))+
			") khác số người trong danh sách ký nhận ("+itoa(len(l.Rows))+")")
	}
	if union != l.Total() {
		ps.warn(FieldTetSignList, "Tiền quà công đoàn trong đợt Tết ("+vn.FormatMoney(union)+
			") khác tổng danh sách ký nhận ("+vn.FormatMoney(l.Total())+")")
	}
	// Person by person: a member by the register's id, otherwise by the name
	// as typed (NFC, blind to case only: "Hà" and "Hạ" are two people).
	key := func(id int64, name string) string {
		if id != 0 {
			return "#" + strconv.FormatInt(id, 10)
		}
		return strings.ToLower(vn.Clean(name))
	}
	listed := map[string]int64{}
	for _, r := range l.Rows {
		listed[key(r.MemberID, r.Name)] += r.Amount
	}
	var missing, differ, extra []string
	seen := map[string]int64{}
	for _, p := range onCampaign {
		seen[key(p.MemberID, p.Name)] += p.Gift
	}
	for _, p := range onCampaign {
		k := key(p.MemberID, p.Name)
		got, ok := listed[k]
		switch {
		case !ok:
			missing = append(missing, p.Name)
		case got != seen[k]:
			differ = append(differ, p.Name+" ("+vn.FormatMoney(seen[k])+" / "+vn.FormatMoney(got)+")")
			listed[k] = seen[k] // named once
		}
	}
	for _, r := range l.Rows {
		if _, ok := seen[key(r.MemberID, r.Name)]; !ok {
			extra = append(extra, r.Name)
		}
	}
	if len(missing) > 0 {
		ps.warn(FieldTetSignList, "Không có trong danh sách ký nhận: "+nameList(missing))
	}
	if len(extra) > 0 {
		ps.warn(FieldTetSignList, "Có trong danh sách ký nhận nhưng không có trong đợt Tết (hoặc không đánh dấu tiền công đoàn): "+nameList(extra))
	}
	if len(differ) > 0 {
		ps.warn(FieldTetSignList, "Mức quà khác nhau (đợt Tết / danh sách ký nhận): "+nameList(differ))
	}
	switch {
	case paid == nil:
		ps.warn(FieldTetSignList, "Danh sách ký nhận chưa có phiếu chi")
	case paid.Amount != l.Total():
		ps.warn(FieldTetSignList, "Phiếu chi "+paid.Ref()+" ("+vn.FormatMoney(paid.Amount)+") khác tổng danh sách ký nhận ("+vn.FormatMoney(l.Total())+")")
	}
	return ps
}

// nameList joins names, the first eight and "và N người khác".
func nameList(names []string) string {
	const most = 8
	s := ""
	for i, n := range names {
		if i == most {
			return s + " và " + itoa(len(names)-most) + " người khác"
		}
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}

// TetReportDue is the day the báo cáo kết quả chăm lo Tết is expected by the
// upper union: Tết + days (DOMAIN-MODULES §F "report after Tết (setting)"; KH
// 34/KH-TLĐ names no date, the default is a setting).
func TetReportDue(lunarYear, days int) time.Time { return vn.TetDate(lunarYear).AddDate(0, 0, days) }
