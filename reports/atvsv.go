package reports

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The danh sách mạng lưới an toàn, vệ sinh viên (DOMAIN-MODULES §F
// "Documents to print: Quyết định/danh sách mạng lưới ATVSV"; Luật ATVSLĐ
// Art 74): every ATVSV serving on the document's date with the tổ, how and
// when chosen, the phụ cấp, the quy chế and the ATVSLĐ certificate, as the
// cán bộ records hold them; then the bộ phận with no ATVSV.

func init() {
	Register(&Kind{Name: "atvsv-network", Of: data.KindCadre, Title: "Danh sách mạng lưới an toàn, vệ sinh viên", Type: data.DocTypeList,
		Description: "Các an toàn, vệ sinh viên đang làm nhiệm vụ theo tổ, bộ phận: ngày bầu, phụ cấp, quy chế, giấy chứng nhận huấn luyện ATVSLĐ; bộ phận chưa có an toàn, vệ sinh viên",
		recipients:  reportRecipients, prepare: prepareATVSVNetwork})
}

// ATVSVLine is one ATVSV on the list.
type ATVSVLine struct {
	Name, Unit string
	Post       data.PostTerm
	Allowance  int64
	Rules      string
	CertNo     string
	CertDate   time.Time
}

// ATVSVNetwork is what the list prints on a day.
type ATVSVNetwork struct {
	Day     time.Time
	Lines   []ATVSVLine
	Missing []data.UnitGap // bộ phận with members and no ATVSV (exempt offices left out)
}

// NetworkOn gathers the ATVSV serving on day, by unit then name (given name
// first, as every list), with their certificates from the records and courses.
func NetworkOn(cadres []data.Cadre, courses []data.Course, units []data.Unit, s data.TrainingSettings, day time.Time) ATVSVNetwork {
	day = vn.Day(day)
	n := ATVSVNetwork{Day: day, Missing: data.UnitsWithoutATVSV(units, cadres, s, day)}
	for i := range cadres {
		c := &cadres[i]
		for _, t := range c.PostsOn(day) {
			if t.Post != data.PostATVSV {
				continue
			}
			no, date := data.ATVSVCertificate(c, courses)
			n.Lines = append(n.Lines, ATVSVLine{Name: c.Name, Unit: t.Unit, Post: t, Allowance: c.ATVSVAllowance, Rules: c.ATVSVRules,
				CertNo: no, CertDate: date})
		}
	}
	slices.SortStableFunc(n.Lines, func(a, b ATVSVLine) int {
		if c := bytes.Compare(vn.SortKey(a.Unit), vn.SortKey(b.Unit)); c != 0 {
			return c
		}
		ah, am, at := vn.SplitFullName(a.Name)
		bh, bm, bt := vn.SplitFullName(b.Name)
		return vn.CompareNames([3]string{ah, am, at}, [3]string{bh, bm, bt})
	})
	return n
}

func prepareATVSVNetwork(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	if src.Records == nil {
		return nil, data.Errorf(data.EINVALID, "", "Chưa mở được hồ sơ cán bộ công đoàn")
	}
	cadres, err := data.Cadres.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	courses, err := data.Courses.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var units []data.Unit
	if us, ok := src.Records.(interface {
		Units(context.Context) ([]data.Unit, error)
	}); ok {
		if units, err = us.Units(ctx); err != nil {
			return nil, err
		}
	}
	s, err := ruleSettings(ctx, src)
	if err != nil {
		return nil, err
	}
	now := NetworkOn(cadres, courses, units, s.Training, src.Now())
	var verdicts []string
	if len(now.Missing) > 0 {
		var names []string
		for _, g := range now.Missing {
			names = append(names, g.Unit.Name)
		}
		verdicts = append(verdicts, "Bộ phận chưa có an toàn, vệ sinh viên (Luật ATVSLĐ Điều 74): "+strings.Join(names, ", "))
	}
	for _, l := range now.Lines {
		if l.CertDate.IsZero() {
			verdicts = append(verdicts, l.Name+" ("+l.Unit+"): chưa ghi giấy chứng nhận huấn luyện ATVSLĐ")
		}
	}
	return &prepared{subject: "Mạng lưới an toàn, vệ sinh viên", verdicts: verdicts,
		build: func(m Meta) (*Document, error) {
			return ATVSVNetworkList(m, NetworkOn(cadres, courses, units, s.Training, m.Date))
		}}, nil
}

// ATVSVNetworkList lays the network out: one row per ATVSV, the quy chế under
// the table, then the bộ phận still without one.
func ATVSVNetworkList(m Meta, n ATVSVNetwork) (*Document, error) {
	if len(n.Lines) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Chưa có an toàn, vệ sinh viên nào đang làm nhiệm vụ ngày %s (ghi ở hồ sơ cán bộ công đoàn, chức danh An toàn, vệ sinh viên)", vn.FormatDate(n.Day))
	}
	d, err := m.start(false, data.DocTypeList.Label(), "Mạng lưới an toàn, vệ sinh viên (đến ngày "+vn.FormatDate(n.Day)+")")
	if err != nil {
		return nil, err
	}
	t := Table{Columns: []Column{
		{Title: "STT", Align: AlignCenter, Fit: rowNo(max(len(n.Lines), 10))},
		{Title: "Họ và tên", Width: 50},
		{Title: "Tổ, bộ phận", Width: 34},
		{Title: "Từ ngày", Align: AlignCenter, Fit: "00/00/0000"},
		{Title: "Cách chọn", Fit: "Chỉ định"},
		{Title: "Phụ cấp (đồng/tháng)", Align: AlignRight, Fit: "Phụ cấp (đồng"},
		{Title: "Giấy chứng nhận ATVSLĐ", Width: 34},
	}}
	var total int64
	rules := map[string]bool{}
	var ruleList []string
	for i, l := range n.Lines {
		cert := ""
		if !l.CertDate.IsZero() {
			cert = strings.TrimSpace(l.CertNo + " ngày " + vn.FormatDate(l.CertDate))
		}
		allowance := ""
		if l.Allowance > 0 {
			allowance = count64(l.Allowance)
			total += l.Allowance
		}
		t.Rows = append(t.Rows, []string{rowNo(i + 1), l.Name, l.Unit, vn.FormatDate(l.Post.From), l.Post.How.Label(), allowance, cert})
		if l.Rules != "" && !rules[l.Rules] {
			rules[l.Rules] = true
			ruleList = append(ruleList, l.Rules)
		}
	}
	d.Table(t)
	line := fmt.Sprintf("Tổng số: %s an toàn, vệ sinh viên", count(len(n.Lines)))
	if total > 0 {
		line += fmt.Sprintf("; tổng phụ cấp %s đồng/tháng", count64(total))
	}
	d.Paragraph(line + ".")
	if len(ruleList) > 0 {
		d.Paragraph("Phụ cấp trách nhiệm theo quy chế hoạt động của mạng lưới an toàn, vệ sinh viên: " + strings.Join(ruleList, "; ") + ".")
	}
	if len(n.Missing) > 0 {
		var names []string
		for _, g := range n.Missing {
			names = append(names, g.Unit.Name)
		}
		d.Paragraph("Bộ phận chưa có an toàn, vệ sinh viên: " + strings.Join(names, ", ") + ".")
	}
	d.Closing(m.Signer, m.Recipients)
	return d, nil
}
