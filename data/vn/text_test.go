package vn_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"socongdoan/data/vn"
)

// nguyenNFD is "Nguyễn" typed decomposed (e + circumflex + tilde), as macOS
// file names and some PDF copies deliver it.
const nguyenNFD = "Nguye\u0302\u0303n"

func TestCleanGivesNFC(t *testing.T) {
	if nguyenNFD == "Nguyễn" {
		t.Fatal("test input must be decomposed")
	}
	tests := []struct {
		name, in string
	}{
		{"a decomposed name becomes composed", nguyenNFD},
		{"a decomposed full name becomes composed", "Tra\u0302\u0300n Thi\u0323 Hu\u031bo\u031b\u0300ng"},
		{"decomposed upper case becomes composed", "\u0110O\u0302\u0303 VA\u0306N"},
		{"an already composed name stays as it is", "Nguyễn Văn A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := norm.NFC.String(tt.in)
			got := vn.Clean(tt.in)
			if got != want {
				t.Errorf("Clean(%+q) = %+q, want %+q", tt.in, got, want)
			}
			if !norm.NFC.IsNormalString(got) {
				t.Errorf("Clean(%+q) = %+q is not NFC", tt.in, got)
			}
		})
	}
	if got := vn.Clean(nguyenNFD); got != "Nguyễn" {
		t.Errorf("Clean(NFD Nguyễn) = %+q, want the precomposed literal", got)
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty stays empty", "", ""},
		{"only whitespace becomes empty", " \t\n\u00a0 ", ""},
		{"surrounding spaces are trimmed", "  Lê Văn Tám  ", "Lê Văn Tám"},
		{"runs of spaces collapse to one", "Lê   Văn  Tám", "Lê Văn Tám"},
		{"tabs and newlines become one space", "Lê\tVăn\r\nTám", "Lê Văn Tám"},
		{"a no-break space becomes a plain space", "Lê\u00a0Văn", "Lê Văn"},
		{"an ideographic space becomes a plain space", "Lê\u3000Văn", "Lê Văn"},
		{"invalid UTF-8 becomes a replacement character", "Lê\xffVăn", "Lê\uFFFDVăn"},
		{"a clean string is returned unchanged", "Công đoàn cơ sở", "Công đoàn cơ sở"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanMultiline(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty stays empty", "", ""},
		{"Windows line endings become \\n", "dòng 1\r\ndòng 2", "dòng 1\ndòng 2"},
		{"old Mac line endings become \\n", "dòng 1\rdòng 2", "dòng 1\ndòng 2"},
		{"trailing spaces on each line are cut", "dòng 1  \t\ndòng 2 \u00a0", "dòng 1\ndòng 2"},
		{"indentation is kept", "Kết luận:\n  - ý 1\n  - ý 2", "Kết luận:\n  - ý 1\n  - ý 2"},
		{"blank lines inside are kept", "đoạn 1\n\nđoạn 2", "đoạn 1\n\nđoạn 2"},
		{"blank lines around the text are dropped", "\n\n  \nnội dung\n \n", "nội dung"},
		{"decomposed text becomes composed", nguyenNFD + "\n" + nguyenNFD, "Nguyễn\nNguyễn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.CleanMultiline(tt.in); got != tt.want {
				t.Errorf("CleanMultiline(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a full name loses its marks", "Nguyễn Thị Hường", "nguyen thi huong"},
		{"upper-case Đ becomes d", "ĐỨC", "duc"},
		{"lower-case đ becomes d", "Đặng Văn Đạt", "dang van dat"},
		{"ư and ơ lose their horns", "Trương Ngọc Ơn", "truong ngoc on"},
		{"ư at the start loses its horn", "Ưng Hoàng Phúc", "ung hoang phuc"},
		{"ă loses its breve", "Tăng Thanh Hà", "tang thanh ha"},
		{"â with a tone loses both marks", "Phạm Thị Ẩn", "pham thi an"},
		{"ê and ô with tones lose both marks", "Lê Thị Bổn Ngộ Ệ", "le thi bon ngo e"},
		{"the dot-below tone is dropped", "Khúc Thừa Dụ", "khuc thua du"},
		{"the hook tone on y is dropped", "Quách Thị Ỷ", "quach thi y"},
		{"all upper case is lowered", "HOÀNG VĂN THỤ", "hoang van thu"},
		{"upper-case horned vowels are lowered", "TRƯƠNG ƠN", "truong on"},
		{"decomposed input folds like composed", nguyenNFD + " Thi\u0323", "nguyen thi"},
		{"decomposed đ with its tone folds to d", "\u0110a\u0323t", "dat"},
		{"whitespace is collapsed and trimmed", "  Bùi\tThị\u00a0Xuân \n", "bui thi xuan"},
		{"digits and punctuation are kept", "Tổ 12 - Phòng Kế toán", "to 12 - phong ke toan"},
		{"plain ASCII is only lowered", "Nguyen Van A", "nguyen van a"},
		{"a lone combining mark folds to nothing", "a \u0301 b", "a b"},
		{"a Hangul syllable folds like its decomposed jamo", "\uac01", "\u1100\u1161\u11a8"},
		{"empty stays empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanMapsEthToVietnameseD(t *testing.T) {
	if got := vn.Clean("Tr\u1ea7n \u00D0\u0103ng"); got != "Trần Đăng" {
		t.Errorf("Clean = %+q, want Trần Đăng with U+0110", got)
	}
	if got := vn.Fold("\u00D0\u0103ng"); got != "dang" {
		t.Errorf("Fold = %q, want dang", got)
	}
}

func TestFoldDoesNotAllocateForFoldedASCII(t *testing.T) {
	s := "nguyen thi huong"
	if n := testing.AllocsPerRun(100, func() { _ = vn.Fold(s) }); n != 0 {
		t.Errorf("Fold of an already folded string allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = vn.Fold("Nguyễn Thị Hường") }); n > 1 {
		t.Errorf("Fold of a Vietnamese name allocates %v times, want at most 1", n)
	}
}

func TestSearch(t *testing.T) {
	row := vn.Fold("Đặng Thị Hường 001190012345")
	tests := []struct {
		name, query string
		want        bool
	}{
		{"an empty query matches everything", "", true},
		{"a query without marks matches", "huong", true},
		{"a query with marks matches", "Hường", true},
		{"a query with other marks still matches", "Hưởng", true},
		{"words in any order match", "huong dang", true},
		{"word prefixes match", "dan th", true},
		{"a query typed with đ matches", "Đặng", true},
		{"a query typed with d matches đ", "Dang", true},
		{"one missing word fails the match", "huong tran", false},
		{"a different name fails the match", "Hoa", false},
		{"a query inside a word does not match", "uong", false},
		{"digits match anywhere, for the end of a CCCD", "2345", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.MatchFolded(row, vn.FoldQuery(tt.query)); got != tt.want {
				t.Errorf("MatchFolded(%q, FoldQuery(%q)) = %v, want %v", row, tt.query, got, tt.want)
			}
		})
	}
	t.Run("a query is split into folded words", func(t *testing.T) {
		got := vn.FoldQuery("  Đỗ\tHƯƠNG ")
		if strings.Join(got, "|") != "do|huong" {
			t.Errorf("FoldQuery = %q, want [do huong]", got)
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"", " ", "Nguyễn Thị Hường", "ĐỨC", nguyenNFD, "a \u0301 b", "\u0301",
		"Lê\xffVăn", "İstanbul", "\u212b", "ǅ", "한국어", "\u1100\u1161\u11a8", "ﬁ", "  x  ", "ỲỴỶỸ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := vn.Fold(s)
		if again := vn.Fold(got); again != got {
			t.Errorf("Fold is not idempotent: Fold(%+q) = %+q, Fold of that = %+q", s, got, again)
		}
		if strings.TrimSpace(got) != got || strings.Contains(got, "  ") {
			t.Errorf("Fold(%+q) = %+q has stray spaces", s, got)
		}
		if strings.ContainsAny(got, "ABCDEFGHIJKLMNOPQRSTUVWXYZđĐ\t\n") {
			t.Errorf("Fold(%+q) = %+q still has upper case, đ or control whitespace", s, got)
		}
		if !utf8.ValidString(got) {
			t.Errorf("Fold(%+q) = %+q is not valid UTF-8", s, got)
		}
		// Stored keys are folded from cleaned text, queries from raw input.
		if utf8.ValidString(s) && vn.Fold(vn.Clean(s)) != got {
			t.Errorf("Fold(Clean(%+q)) = %+q, want Fold = %+q", s, vn.Fold(vn.Clean(s)), got)
		}
		if !vn.MatchFolded(got, vn.FoldQuery(s)) {
			t.Errorf("Fold(%+q) = %+q does not match its own query", s, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	names := []string{"Nguyễn Thị Hường", "Trần Văn Đức", "Lê Hoàng Phương Anh", "Nguyen Van A"}
	for b.Loop() {
		for _, n := range names {
			_ = vn.Fold(n)
		}
	}
}
