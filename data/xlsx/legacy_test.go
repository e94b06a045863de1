package xlsx_test

import (
	"fmt"
	"strings"
	"testing"

	"socongdoan/data/xlsx"
)

// TestLegacyPerCell: in a Unicode list where a fifth of the names were pasted from
// VNI files, only those cells change; valid names never do; TCVN3 is converted before
// any cleaning; capitals stay capitals; a lone foreign name stays; every conversion is
// listed and can be kept as it was (issue 10 item 10).
func TestLegacyPerCell(t *testing.T) {
	unicode := []string{"Lê Hoàng Quân", "Ngô Thị Lý", "Đoàn Văn Toàn", "Võ Hoàng Hà", "Nguyễn Thị Ngà",
		"Trần Thị Hoa", "Phạm Văn Đồng", "Bùi Thị Thu", "Hoàng Văn Nam", "Lý Thị Mai"}
	var b strings.Builder
	b.WriteString("Họ và tên,Bộ phận\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&b, "%s,Tổ may %d\n", unicode[i%len(unicode)], i%3+1)
	}
	for _, row := range []string{
		"Buøi Thanh Hoa,Toå caét", // VNI, two cells
		"Döông Vaên Nam,Toå caét",
		"Hå ThÞ BÐ,X\u00adëng KÐo sîi", // TCVN3 with é seen as Ð
		"PHAN §øC S¬N,Tæ c¾t",          // .VnTimeH capitals
		"TrÇn ThÕ S¬n,Tæ may 1",        // stray TCVN3 cell; "Tæ" alone is TCVN3 in a TCVN3 column
		"Loïc,Tổ may 1",                // a French name
	} {
		b.WriteString(row + "\n")
	}
	tab, err := xlsx.ReadCSV("ds.csv", []byte(b.String()))
	must(t, err)
	m := xlsx.Guess(tab, nil)
	res := xlsx.Convert(tab, m, today)
	got := map[int]string{}
	for _, r := range res.Rows {
		got[r.Line] = r.Member.FullName() + " | " + r.Member.UnitName
	}
	for i := 0; i < 40; i++ {
		if want := unicode[i%len(unicode)]; !strings.HasPrefix(got[i+2], want+" |") {
			t.Errorf("row %d: %q, want the name %q unchanged", i+2, got[i+2], want)
		}
	}
	for line, want := range map[int]string{
		42: "Bùi Thanh Hoa | Tổ cắt", 43: "Dương Văn Nam | Tổ cắt", 44: "Hồ Thị Bé | Xưởng Kéo sợi",
		45: "Phan Đức Sơn | Tổ cắt", 46: "Trần Thế Sơn | Tổ may 1", 47: "Loïc | Tổ may 1",
	} {
		if got[line] != want {
			t.Errorf("row %d: %q, want %q", line, got[line], want)
		}
	}
	var list []string
	for _, c := range res.Conversions {
		list = append(list, c.Text(" → "))
	}
	if len(res.Conversions) != 10 || !strings.Contains(strings.Join(list, "\n"), "dòng 44, cột A (Họ và tên): Hå ThÞ BÐ → Hồ Thị Bé") {
		t.Errorf("conversions:\n%s", strings.Join(list, "\n"))
	}
	// The chair unticks one: that cell is read as the file has it.
	m.KeepOriginal = map[xlsx.CellKey]bool{{Line: 46, Col: 0}: true}
	res = xlsx.Convert(tab, m, today)
	for _, r := range res.Rows {
		if r.Line == 46 && r.Member.FullName() != "TrÇn ThÕ S¬n" {
			t.Errorf("kept cell read as %q", r.Member.FullName())
		}
		if r.Line == 44 && r.Member.FullName() != "Hồ Thị Bé" {
			t.Errorf("another cell not converted: %q", r.Member.FullName())
		}
	}
	kept := 0
	for _, c := range res.Conversions {
		if c.Kept {
			kept++
		}
	}
	if kept != 1 || len(res.Conversions) != 10 {
		t.Errorf("%d conversions, %d kept", len(res.Conversions), kept)
	}
}
