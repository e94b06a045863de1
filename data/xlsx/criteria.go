package xlsx

import (
	"fmt"
	"strings"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// ReadCriteria reads the upper level's self-assessment sheet (DOMAIN-MODULES §D:
// "loaded from the upper level's template: groups, items, maximum points") from
// a table: the header row names a column of criteria ("Tiêu chí", "Nội dung")
// and one of points ("Điểm tối đa", "Điểm chuẩn", "Thang điểm", "Điểm"); below
// it, a row numbered with a Roman numeral (I, II…), or without points, starts a
// group; a row with points is an item of the current group. Totals are
// skipped. A row whose points cannot be read is an error naming its line, and
// nothing is returned.
func ReadCriteria(t *Table) ([]data.Criterion, error) {
	head, itemCol, maxCol, noCol := -1, -1, -1, -1
	for r := 0; r < len(t.Rows) && r < headerScan && head < 0; r++ {
		itemCol, maxCol, noCol = -1, -1, -1
		for c, cell := range t.Rows[r] {
			f := vn.Fold(cell)
			switch {
			case itemCol < 0 && (strings.Contains(f, "tieu chi") || strings.Contains(f, "noi dung")):
				itemCol = c
			case maxCol < 0 && strings.Contains(f, "diem") && !strings.Contains(f, "tu cham") && !strings.Contains(f, "cap tren"):
				maxCol = c
			case noCol < 0 && (f == "tt" || f == "stt" || f == "so tt"):
				noCol = c
			}
		}
		if itemCol >= 0 && maxCol >= 0 {
			head = r
		}
	}
	if head < 0 {
		return nil, data.Errorf(data.EINVALID, "", "Không tìm thấy dòng tiêu đề có cột \"Tiêu chí\" (hoặc \"Nội dung\") và cột \"Điểm tối đa\" trong %d dòng đầu của tệp %s", headerScan, t.File)
	}
	var out []data.Criterion
	group := ""
	for r := head + 1; r < len(t.Rows); r++ {
		row := t.Rows[r]
		item := strings.TrimSpace(cellAt(row, itemCol))
		points := strings.TrimSpace(cellAt(row, maxCol))
		no := strings.TrimSpace(cellAt(row, noCol))
		if item == "" && points == "" {
			continue
		}
		if f := vn.Fold(item); strings.HasPrefix(f, "tong") || strings.HasPrefix(vn.Fold(no), "tong") {
			continue
		}
		if isRoman(no) || points == "" {
			group = vn.Clean(item)
			if isRoman(no) {
				group = no + ". " + group
			}
			continue
		}
		p, err := data.ParsePoints(points)
		if err != nil {
			return nil, data.Errorf(data.EINVALID, "", "Dòng %d của tệp %s: điểm tối đa %q không đọc được (cần một số, ví dụ 10 hoặc 2,5)", t.Lines[r], t.File, points)
		}
		if item == "" {
			return nil, data.Errorf(data.EINVALID, "", "Dòng %d của tệp %s: có điểm nhưng thiếu nội dung tiêu chí", t.Lines[r], t.File)
		}
		if no != "" && !isRoman(no) {
			item = strings.TrimSuffix(no, ".") + ". " + item
		}
		out = append(out, data.Criterion{Group: group, Item: vn.Clean(item), Max: p})
	}
	if len(out) == 0 {
		return nil, data.Errorf(data.EINVALID, "", "Tệp %s không có tiêu chí nào có điểm tối đa dưới dòng tiêu đề", t.File)
	}
	return out, nil
}

// isRoman reports whether s is a Roman group number: I, II, IV, "III.".
func isRoman(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if s == "" || len(s) > 5 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return true
}

// CriteriaSummary describes what ReadCriteria found: "12 tiêu chí trong 3 nhóm, tổng 100 điểm".
func CriteriaSummary(cs []data.Criterion) string {
	total := 0
	for _, c := range cs {
		total += c.Max
	}
	return fmt.Sprintf("%d tiêu chí trong %d nhóm, tổng %s điểm", len(cs), len(data.Groups(cs)), data.FormatPoints(total))
}

// cellAt is a row's cell c, "" when the row is shorter or the column absent (-1).
func cellAt(row []string, c int) string {
	if c < 0 {
		return ""
	}
	return cellRaw(row, c)
}
