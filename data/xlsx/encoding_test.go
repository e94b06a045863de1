package xlsx_test

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"socongdoan/data"
	"socongdoan/data/xlsx"
)

// cp1258 encodes text as Excel's "CSV (Comma delimited)" does on a Vietnamese
// Windows: letters the code page has are one byte, a toned vowel is its base letter
// followed by a combining tone mark.
func cp1258(t *testing.T, s string) []byte {
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		var rest []rune
		var tone rune
		for _, x := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", x) {
				tone = x
			} else {
				rest = append(rest, x)
			}
		}
		base, err := enc.Bytes([]byte(norm.NFC.String(string(rest))))
		must(t, err)
		mark, err := enc.Bytes([]byte(string(tone)))
		must(t, err)
		out = append(append(out, base...), mark...)
	}
	return out
}

// TestCSVEncodings: Windows-1258, UTF-16 with a BOM and UTF-8 with or without one are
// read as Vietnamese; bytes that could be either old reading are not guessed: the
// chair is asked, and --encoding decides (issue 10 item 9).
func TestCSVEncodings(t *testing.T) {
	text := "Họ và tên,Ngày sinh,Giới tính,Bộ phận\nNguyễn Văn An,05/01/1990,Nam,Tổ may\nTrần Thị Hường,12/03/1992,Nữ,Phòng kế toán\n"
	for name, b := range map[string][]byte{
		"windows-1258": cp1258(t, text),
		"utf-16":       utf16LE("\uFEFF" + text),
		"utf-8 bom":    []byte("\uFEFF" + text),
		"utf-8":        []byte(text),
	} {
		tab, err := xlsx.ReadCSV("ds.csv", b)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		res := xlsx.Convert(tab, xlsx.Guess(tab, nil), today)
		if len(res.Rows) != 2 || res.Rows[0].Member.FullName() != "Nguyễn Văn An" || res.Rows[1].Member.FullName() != "Trần Thị Hường" ||
			res.Rows[1].Member.UnitName != "Phòng kế toán" {
			t.Errorf("%s (%s): rows %+v", name, tab.Encoding, res.Rows)
		}
	}
	// Two bytes that are Vietnamese letters in no reading: the file cannot tell.
	odd := []byte("Ho va ten,Ghi chu\nNguyen Van A,\xd2\xde\n")
	_, err := xlsx.ReadCSV("odd.csv", odd)
	if !errors.Is(err, xlsx.ErrEncoding) || !strings.Contains(data.ErrorMessage(err), "--encoding") {
		t.Fatalf("undecidable encoding: %v", err)
	}
	tab, err := xlsx.ReadCSVAs("odd.csv", odd, xlsx.Encoding1258)
	if err != nil || tab.Encoding != "Windows-1258" {
		t.Errorf("chosen encoding: %v %+v", err, tab)
	}
}
