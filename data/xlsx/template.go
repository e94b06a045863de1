package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// FillTemplate writes members into a copy of a list template the upper level sends
// (DOMAIN D.6: "danh sách đoàn viên exportable to the upper level's template"). The
// template keeps its title block, header, column order, styles and signature block;
// its columns are recognised by their headers as an import recognises them (with the
// chair's remembered choices), and members fill the rows under the header, pushing
// the signature block down when the prepared rows are too few. It returns the
// mapping used, so the chair can see which columns were filled.
// maxTemplateBytes bounds a template's parts once decompressed, for excelize.
// 16 MB of XML is some 70,000 filled rows; excelize needs about 300 MB for it.
const maxTemplateBytes = 16 << 20

func FillTemplate(name string, tmpl []byte, w io.Writer, ms []*data.Member, remembered Remembered) (*Mapping, error) {
	t, err := ReadXLSX(name, bytes.NewReader(tmpl), "")
	if err != nil {
		return nil, err
	}
	m := Guess(t, remembered)
	if !m.HasName() {
		return m, &data.Error{Code: data.EINVALID,
			Message: "Không tìm thấy dòng tiêu đề có cột \"Họ và tên\" trong mẫu " + name}
	}
	// The reader above has refused what is absurd; excelize holds the whole template in
	// memory, so its parts are bounded too (a template is a title, a header, some
	// prepared rows and a signature block).
	f, err := excelize.OpenReader(bytes.NewReader(tmpl), excelize.Options{UnzipSizeLimit: maxTemplateBytes})
	if err != nil {
		if strings.Contains(err.Error(), "unzip size exceeds") {
			return nil, &data.Error{Code: data.EINVALID, Err: err, Message: fmt.Sprintf(
				"Không dùng được mẫu %s: khi giải nén lớn hơn %s MB, quá lớn cho một mẫu danh sách. "+
					"Mẫu chỉ cần phần tên danh sách, dòng tiêu đề cột và phần chữ ký; hãy xóa các dòng dữ liệu cũ rồi dùng lại", name, vn.FormatInt(maxTemplateBytes>>20))}
		}
		return nil, errRead(name, err)
	}
	defer f.Close()
	sheet := t.Sheet
	// The first row to fill, and the prepared rows before the end of the table.
	first := t.Lines[m.DataStart-1] + 1
	c := newConverter(t, m, time.Time{})
	// The prepared rows run to the last row with anything in it (an STT, a border)
	// before the footer; blank rows between them and the footer stay as a gap.
	footer, last := 0, first-1
	for i := m.DataStart; i < len(t.Rows) && footer == 0; i++ {
		if k := c.kind(t.Rows[i], true); k == rowFooter || k == rowTotal {
			footer = t.Lines[i]
		} else if firstCell(t.Rows[i]) != "" {
			last = t.Lines[i]
		}
	}
	prepared := last - first + 1
	if footer == 0 {
		prepared = max(len(ms), prepared)
	}
	// The style of each column's first prepared row (borders, fonts) for every row written.
	colStyle := make([]int, len(m.Fields))
	for col := range m.Fields {
		cell, _ := excelize.CoordinatesToCellName(col+1, first)
		colStyle[col], _ = f.GetCellStyle(sheet, cell)
	}
	if extra := len(ms) - prepared; extra > 0 && footer > 0 {
		if err := f.InsertRows(sheet, last+1, extra); err != nil {
			return nil, err
		}
	}
	for i, mem := range ms {
		row := first + i
		for col, fld := range m.Fields {
			if fld == Skip {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(col+1, row)
			var v any = text(value(mem, fld, i+1))
			if fld == FieldSTT {
				v = i + 1
			}
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				return nil, err
			}
			if colStyle[col] != 0 {
				if err := f.SetCellStyle(sheet, cell, cell, colStyle[col]); err != nil {
					return nil, err
				}
			}
		}
	}
	// Clear the rest of the prepared rows (an STT already typed in them, for instance).
	for row := first + len(ms); row < first+prepared; row++ {
		for col, fld := range m.Fields {
			if fld == FieldSTT {
				cell, _ := excelize.CoordinatesToCellName(col+1, row)
				if err := f.SetCellValue(sheet, cell, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	if _, err := f.WriteTo(w); err != nil {
		return nil, fmt.Errorf("write %s: %w", name, err)
	}
	return m, nil
}
