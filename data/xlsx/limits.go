package xlsx

import (
	"errors"
	"fmt"
	"io"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Limits on what a file may hold (issue 10 item 8). A hostile or broken file (a cell in
// column XFD on each of 20,000 rows, a merged area over a million rows, a 1 GB text
// node in a 1 MB zip) must be refused within seconds and with bounded memory, never
// read until the process runs out of memory. A real list of 100,000 members with 40
// columns is well inside every limit; a file of 20 MB or less that passes them is read
// in well under 300 MB.
const (
	// MaxFileBytes is the largest file read: 100,000 members make a .xlsx of about 6 MB.
	MaxFileBytes = 64 << 20
	// MaxColumns is the widest sheet read (column IV, Excel 2003's last column); a list
	// of members has a few dozen.
	MaxColumns = 256
	// MaxRows is the last row number that may hold data.
	MaxRows = 200_000
	// MaxCells bounds the cells held in memory (rows × their width).
	MaxCells = 6_000_000
	// MaxCellChars is Excel's own limit on the text of one cell.
	MaxCellChars = 32_767
	// maxTokenBytes bounds one piece of XML (a tag or the text between two tags): a
	// cell of 32,767 characters written with entities fits.
	maxTokenBytes = 8 * MaxCellChars
	// maxSheetBytes and maxSharedBytes bound a part once decompressed.
	maxSheetBytes  = 512 << 20
	maxSharedBytes = 128 << 20
	// maxSmallPartBytes bounds the workbook and relationship parts.
	maxSmallPartBytes = 4 << 20
	// MaxSharedStrings bounds the shared-strings table.
	MaxSharedStrings = 2_000_000
	// maxMerges bounds the merged areas of a sheet.
	maxMerges = 100_000
	// maxSheets bounds the sheets of a workbook.
	maxSheets = 1_000
)

// sheetCap, sharedCap and smallCap are the caps in force; the fuzz targets lower them, so that a
// mutated zip declaring a huge part costs milliseconds, not the seconds a real 512 MB
// part takes.
var sheetCap, sharedCap, smallCap int64 = maxSheetBytes, maxSharedBytes, maxSmallPartBytes

// refusal is a file refused as absurd or damaged, with the reason in Vietnamese; the
// reader turns it into a data.Error naming the file.
type refusal struct{ msg string }

func (e *refusal) Error() string { return e.msg }

func refuse(format string, args ...any) error { return &refusal{fmt.Sprintf(format, args...)} }

// errTooLong is a piece of XML past maxTokenBytes.
var errTooLong = refuse("có một ô dài quá giới hạn %s ký tự một ô của Excel (hoặc dữ liệu XML bất thường)",
	vn.FormatInt(MaxCellChars))

// fileError is err as the message a chair sees: a refusal says why, anything else
// means the file is damaged or not a spreadsheet.
func fileError(name string, err error) error {
	var r *refusal
	if errors.As(err, &r) {
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Không nhập tệp " + name + ": " + r.msg}
	}
	var de *data.Error
	if errors.As(err, &de) {
		return err
	}
	return errRead(name, err)
}

// capReader reads at most n bytes of a decompressed part and then fails, so that a
// part past its limit is refused rather than cut short and half read.
type capReader struct {
	r    io.Reader
	left int64
	what string
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var one [1]byte
		n, err := io.ReadFull(c.r, one[:])
		if n > 0 {
			return 0, refuse("phần %s của tệp khi giải nén lớn quá giới hạn (tệp bất thường hoặc bị hỏng)", c.what)
		}
		if err == io.ErrUnexpectedEOF || err == nil {
			err = io.EOF
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
