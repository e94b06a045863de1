package vn_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"socongdoan/data/vn"
)

// Known words as old files show them: TCVN3 bytes and VNI bytes read as Windows-1252.
var legacyWords = []struct{ unicode, tcvn3, vni string }{
	{"Nguyễn Thị Hường", "NguyÔn ThÞ H\u00adêng", "Nguyeãn Thò Höôøng"},
	{"Đặng Văn Đức", "§Æng V¨n §øc", "Ñaëng Vaên Ñöùc"},
	{"Trần Quốc Toản", "TrÇn Quèc To¶n", "Traàn Quoác Toaûn"},
	{"Lê Thị Thủy", "Lª ThÞ Thñy", "Leâ Thò Thuûy"},
	{"Phạm Ngọc Anh", "Ph¹m Ngäc Anh", "Phaïm Ngoïc Anh"},
	{"Tổ may 1", "Tæ may 1", "Toå may 1"},
	{"Bùi Thị Kiều Oanh", "Bïi ThÞ KiÒu Oanh", "Buøi Thò Kieàu Oanh"},
	{"Hoàng Văn Yên", "Hoµng V¨n Yªn", "Hoaøng Vaên Yeân"},
	{"Võ Thị Mỹ Dung", "Vâ ThÞ Mü Dung", "Voõ Thò Myõ Dung"},
	{"Đỗ Hữu Lợi", "§ç H÷u Lîi", "Ñoã Höõu Lôïi"},
}

func TestFromTCVN3(t *testing.T) {
	for _, w := range legacyWords {
		t.Run("converts "+w.unicode, func(t *testing.T) {
			if got := vn.FromTCVN3(w.tcvn3); got != w.unicode {
				t.Errorf("FromTCVN3(%q) = %q, want %q", w.tcvn3, got, w.unicode)
			}
		})
	}
	t.Run("words typed in a .VnTimeH heading font become capitals", func(t *testing.T) {
		if got, want := vn.FromTCVN3("NGUYÔN THÞ H\u00adêNG"), "NGUYỄN THỊ HƯỜNG"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("a single capital starting a word does not make it upper case", func(t *testing.T) {
		if got, want := vn.FromTCVN3("Hå"), "Hồ"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("ABC fonts have no capital Á: a name typed with them starts lower case", func(t *testing.T) {
		if got, want := vn.FromTCVN3("¸nh"), "ánh"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("ASCII text is returned as it is", func(t *testing.T) {
		if got := vn.FromTCVN3("Nguyen Van A 123"); got != "Nguyen Van A 123" {
			t.Errorf("got %q", got)
		}
	})
}

func TestFromVNI(t *testing.T) {
	for _, w := range legacyWords {
		t.Run("converts "+w.unicode, func(t *testing.T) {
			if got := vn.FromVNI(w.vni); got != w.unicode {
				t.Errorf("FromVNI(%q) = %q, want %q", w.vni, got, w.unicode)
			}
		})
	}
	t.Run("upper-case words use the upper-case marks", func(t *testing.T) {
		if got, want := vn.FromVNI("NGUYEÃN THÒ HÖÔØNG"), "NGUYỄN THỊ HƯỜNG"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
}

// vniTable is the VNI-Windows layout in its published order: for each vowel the base,
// then sắc, huyền, hỏi, ngã, nặng; encoded independently of the converter under test.
var vniTable = []struct{ unicode, vni string }{}

func init() {
	rows := []struct{ uni, vni string }{
		{"a á à ả ã ạ", "a aù aø aû aõ aï"}, {"â ấ ầ ẩ ẫ ậ", "aâ aá aà aå aã aä"},
		{"ă ắ ằ ẳ ẵ ặ", "aê aé aè aú aü aë"}, {"e é è ẻ ẽ ẹ", "e eù eø eû eõ eï"},
		{"ê ế ề ể ễ ệ", "eâ eá eà eå eã eä"}, {"o ó ò ỏ õ ọ", "o où oø oû oõ oï"},
		{"ô ố ồ ổ ỗ ộ", "oâ oá oà oå oã oä"}, {"ơ ớ ờ ở ỡ ợ", "ô ôù ôø ôû ôõ ôï"},
		{"u ú ù ủ ũ ụ", "u uù uø uû uõ uï"}, {"ư ứ ừ ử ữ ự", "ö öù öø öû öõ öï"},
		{"i í ì ỉ ĩ ị", "i í ì æ ó ò"}, {"y ý ỳ ỷ ỹ ỵ", "y yù yø yû yõ î"}, {"đ", "ñ"},
		{"A Á À Ả Ã Ạ", "A AÙ AØ AÛ AÕ AÏ"}, {"Â Ấ Ầ Ẩ Ẫ Ậ", "AÂ AÁ AÀ AÅ AÃ AÄ"},
		{"Ă Ắ Ằ Ẳ Ẵ Ặ", "AÊ AÉ AÈ AÚ AÜ AË"}, {"Ê Ế Ề Ể Ễ Ệ", "EÂ EÁ EÀ EÅ EÃ EÄ"},
		{"Ơ Ớ Ờ Ở Ỡ Ợ", "Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ"}, {"Ư Ứ Ừ Ử Ữ Ự", "Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ"},
		{"I Í Ì Ỉ Ĩ Ị", "I Í Ì Æ Ó Ò"}, {"Y Ý Ỳ Ỷ Ỹ Ỵ", "Y YÙ YØ YÛ YÕ Î"}, {"Đ", "Ñ"},
	}
	for _, r := range rows {
		u, v := strings.Fields(r.uni), strings.Fields(r.vni)
		for i := range u {
			vniTable = append(vniTable, struct{ unicode, vni string }{u[i], v[i]})
		}
	}
}

func TestFromVNIEveryLetter(t *testing.T) {
	for _, l := range vniTable {
		// A consonant after the letter, as in a real syllable, so that no mark byte follows.
		if got := vn.FromVNI(l.vni + "n"); got != l.unicode+"n" {
			t.Errorf("FromVNI(%q) = %q, want %q", l.vni+"n", got, l.unicode+"n")
		}
	}
}

func TestFromTCVN3EveryLowerCaseLetter(t *testing.T) {
	// The 67 lower-case letters and đ in TCVN3 byte order (0xA8..0xFE without gaps'
	// upper-case extras), each byte read as a Windows-1252 character.
	letters := "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
	codes := []byte{0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC,
		0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4,
		0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8,
		0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9,
		0xFA, 0xFB, 0xFC, 0xFD, 0xFE}
	want := []rune(letters)
	if len(want) != len(codes) {
		t.Fatalf("test table: %d letters, %d codes", len(want), len(codes))
	}
	for i, c := range codes {
		if got := vn.FromTCVN3(string(rune(c))); got != string(want[i]) {
			t.Errorf("FromTCVN3(0x%X) = %q, want %q", c, got, string(want[i]))
		}
	}
}

func TestDetectLegacy(t *testing.T) {
	column := func(pick func(u, tc, vni string) string) []string {
		var out []string
		for _, w := range legacyWords {
			out = append(out, pick(w.unicode, w.tcvn3, w.vni))
		}
		return out
	}
	tests := []struct {
		name  string
		texts []string
		want  vn.Legacy
	}{
		{"a TCVN3 column is TCVN3", column(func(_, tc, _ string) string { return tc }), vn.LegacyTCVN3},
		{"a VNI column is VNI", column(func(_, _, v string) string { return v }), vn.LegacyVNI},
		{"a Unicode column stays Unicode", column(func(u, _, _ string) string { return u }), vn.LegacyNone},
		{"Unicode names made only of Latin-1 letters stay Unicode",
			[]string{"Hà Thị Lý", "Lê Văn Tám", "Vũ Thị Hà", "Phí Thị Yên", "Mã Văn Lò", "Tô Thị Mùi"}, vn.LegacyNone},
		{"names without marks are not converted", []string{"Nguyen Van A", "Tran Thi B"}, vn.LegacyNone},
		{"numbers and dates are not converted", []string{"001190012345", "05/01/1990", "0912 345 678"}, vn.LegacyNone},
		{"an empty column is not converted", nil, vn.LegacyNone},
		{"foreign names with Latin-1 letters are not converted", []string{"José Muñoz", "Zoë Åberg", "François Müller"}, vn.LegacyNone},
		{"a TCVN3 unit column is TCVN3", []string{"Tæ may 1", "Tæ c¾t", "Phßng kÕ to¸n", "Tæ hoµn thiÖn"}, vn.LegacyTCVN3},
		{"a Unicode column with a few VNI names stays Unicode: converting it would turn Hoàng into Hồng",
			[]string{"Hoàng Văn An", "Lê Toàn", "Ngô Thị Lý", "Buøi Thò Hoa", "Döông Vaên Nam", "Võ Hoàng Hà", "Đoàn Thế Khoa", "Hoàng Thị Ngà"}, vn.LegacyNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.DetectLegacy(tt.texts); got != tt.want {
				t.Errorf("DetectLegacy(%q) = %s, want %s", tt.texts, got.Label(), tt.want.Label())
			}
		})
	}
}

func TestRepairLegacy(t *testing.T) {
	tests := []struct {
		in, want string
		enc      vn.Legacy
	}{
		{"Buøi Thanh Hà", "Bùi Thanh Hà", vn.LegacyVNI},
		{"Döông Vaên Nam", "Dương Văn Nam", vn.LegacyVNI},
		{"NguyÔn ThÞ H\u00adêng", "Nguyễn Thị Hường", vn.LegacyTCVN3},
		{"Hoàng Văn An", "Hoàng Văn An", vn.LegacyNone},
		{"Leâ Thò Ba", "Leâ Thò Ba", vn.LegacyNone}, // "Thò" is a word too: too doubtful for one cell alone
		{"José", "José", vn.LegacyNone},
	}
	for _, tt := range tests {
		if got, enc := vn.RepairLegacy(tt.in); got != tt.want || enc != tt.enc {
			t.Errorf("RepairLegacy(%q) = %q, %s; want %q, %s", tt.in, got, enc.Label(), tt.want, tt.enc.Label())
		}
	}
}

func TestIsVietnameseWord(t *testing.T) {
	for _, w := range []string{"Nguyễn", "thị", "hường", "Đặng", "gì", "quốc", "khuyến", "nghiêng", "giữ", "oanh", "ƯỚC", "Thu\u0309y"} {
		if !vn.IsVietnameseWord(w) {
			t.Errorf("IsVietnameseWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "NguyÔn", "ThÞ", "Nguyeãn", "Höôøng", "xyz", "hàá", "Müller", "1990", "str"} {
		if vn.IsVietnameseWord(w) {
			t.Errorf("IsVietnameseWord(%q) = true, want false", w)
		}
	}
}

func FuzzLegacy(f *testing.F) {
	for _, w := range legacyWords {
		f.Add(w.tcvn3)
		f.Add(w.vni)
		f.Add(w.unicode)
	}
	for _, s := range []string{"", "\xff\xfe", "aùù", "ôôô", "\u00ad\u00ad", "NGUYÔN", "e\u0302\u0303"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, enc := range []vn.Legacy{vn.LegacyNone, vn.LegacyTCVN3, vn.LegacyVNI} {
			got := enc.Convert(s)
			if enc != vn.LegacyNone && utf8.ValidString(s) {
				if !utf8.ValidString(got) {
					t.Errorf("%s.Convert(%+q) = %+q is not valid UTF-8", enc.Label(), s, got)
				}
				if !norm.NFC.IsNormalString(got) && hasLatin1Test(s) {
					t.Errorf("%s.Convert(%+q) = %+q is not NFC", enc.Label(), s, got)
				}
			}
		}
		_ = vn.DetectLegacy([]string{s})
		if got, enc := vn.RepairLegacy(s); enc == vn.LegacyNone && got != s {
			t.Errorf("RepairLegacy(%+q) changed the text without an encoding", s)
		}
		_ = vn.IsVietnameseWord(s)
	})
}

func hasLatin1Test(s string) bool {
	for _, r := range s {
		if r >= 0x80 && r <= 0xFF {
			return true
		}
	}
	return false
}

// TestLegacyCell: old encodings are decided cell by cell, never changing a cell that
// is Vietnamese already, only when confident, keeping capitals (issue 10 item 10).
func TestLegacyCell(t *testing.T) {
	tests := []struct {
		in     string
		column vn.Legacy
		want   string
	}{
		{"Lê Hoàng Quân", vn.LegacyNone, "Lê Hoàng Quân"},
		{"Lê Hoàng Quân", vn.LegacyVNI, "Lê Hoàng Quân"},
		{"Ngô", vn.LegacyVNI, "Ngô"},
		{"Đoàn", vn.LegacyVNI, "Đoàn"},
		{"Loïc", vn.LegacyNone, "Loïc"},
		{"Loïc Martin", vn.LegacyNone, "Loïc Martin"},
		{"TrÇn ThÕ S¬n", vn.LegacyNone, "Trần Thế Sơn"},
		{"Hå ThÞ BÐ", vn.LegacyNone, "Hồ Thị Bé"},
		{"X\u00adëng KÐo sîi", vn.LegacyNone, "Xưởng Kéo sợi"},
		{"PHAN §øC S¬N", vn.LegacyNone, "PHAN ĐỨC SƠN"},
		{"N÷", vn.LegacyTCVN3, "Nữ"},
		{"N÷", vn.LegacyNone, "N÷"},
	}
	for _, tt := range tests {
		if got, _ := vn.LegacyCell(tt.in, tt.column); got != tt.want {
			t.Errorf("LegacyCell(%q, %s) = %q, want %q", tt.in, tt.column.Label(), got, tt.want)
		}
	}
}
