package vn_test

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"socongdoan/data/vn"
)

func TestSplitFullName(t *testing.T) {
	tests := []struct {
		name, full      string
		ho, tenDem, ten string
	}{
		{"an empty name has no parts", "  ", "", "", ""},
		{"one word is the given name", "Quỳnh", "", "", "Quỳnh"},
		{"two words are family and given name", "Lê Quỳnh", "Lê", "", "Quỳnh"},
		{"three words put the middle one in the middle name", "Nguyễn Văn An", "Nguyễn", "Văn", "An"},
		{"more words all go to the middle name", "Nguyễn Thị Như Quỳnh", "Nguyễn", "Thị Như", "Quỳnh"},
		{"extra spaces are cleaned first", "  Tôn  Nữ\tThị   Ninh ", "Tôn", "Nữ Thị", "Ninh"},
		{"decomposed input comes back composed", nguyenNFD + " Văn An", "Nguyễn", "Văn", "An"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ho, tenDem, ten := vn.SplitFullName(tt.full)
			if ho != tt.ho || tenDem != tt.tenDem || ten != tt.ten {
				t.Errorf("SplitFullName(%q) = %q, %q, %q; want %q, %q, %q",
					tt.full, ho, tenDem, ten, tt.ho, tt.tenDem, tt.ten)
			}
		})
	}
}

func TestJoinName(t *testing.T) {
	tests := []struct {
		name, ho, tenDem, ten, want string
	}{
		{"all three parts are joined with spaces", "Nguyễn", "Thị Như", "Quỳnh", "Nguyễn Thị Như Quỳnh"},
		{"a missing middle name leaves no double space", "Lê", "", "Quỳnh", "Lê Quỳnh"},
		{"a given name alone stays alone", "", "", "Quỳnh", "Quỳnh"},
		{"nothing gives an empty name", "", "", "", ""},
		{"stray spaces in the parts are cleaned", " Lê ", "  ", "Quỳnh ", "Lê Quỳnh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := vn.JoinName(tt.ho, tt.tenDem, tt.ten); got != tt.want {
				t.Errorf("JoinName(%q, %q, %q) = %q, want %q", tt.ho, tt.tenDem, tt.ten, got, tt.want)
			}
		})
	}
}

// registerOrder is a hand-checked register: given name first, then family
// name, then middle name, by the Vietnamese alphabet
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y
// with tones ordered ngang < huyền < hỏi < ngã < sắc < nặng.
var registerOrder = [][3]string{
	{"Trần", "Văn", "An"},
	{"Dương", "Văn", "Anh"}, // "An" is a prefix of "Anh"
	{"Đỗ", "Thị", "Anh"},    // same given name: Dương before Đỗ, d before đ
	{"Lê", "Thị", "Anh"},
	{"Bùi", "", "Ánh"},  // a tone is weaker than any letter: all Anh first
	{"Ấu", "Thị", "Ân"}, // â comes after a
	{"Phan", "", "Bảo"},
	{"Mai", "Ngọc", "Bích"},
	{"Vũ", "Tiến", "Dũng"},
	{"Lý", "Thị", "Dương"}, // u before ư
	{"Hồ", "Văn", "Đạt"},   // đ after every d
	{"Cao", "Minh", "Đức"},
	{"Võ", "Thị", "Em"},
	{"Trịnh", "Hương", "Giang"},
	{"Lò", "Văn", "Ha"}, // tones: ngang, huyền, hỏi, ngã, sắc, nặng
	{"Lò", "Văn", "Hà"},
	{"Lò", "Văn", "Hả"},
	{"Lò", "Văn", "Hã"},
	{"Lò", "Văn", "Há"},
	{"Lò", "Văn", "Hạ"},
	{"Âu", "Thị", "Hải"}, // Hạ is a prefix of Hải at the letter level
	{"Kiều", "Quang", "Huy"},
	{"Đinh", "Văn", "Hưng"}, // n before ơ
	{"Lê", "Mai", "Hương"},  // same given and family name: by middle name
	{"Lê", "Thu", "Hương"},
	{"Nguyễn", "Thị", "Hương"},
	{"Vũ", "Thị", "Hương"},     // every Hương before any Hường
	{"Nguyễn", "Thị", "Hường"}, // whatever the family name
	{"Hà", "Thị", "Lan"},
	{"Quan", "Văn", "Lăng"}, // a < ă < â
	{"Tạ", "Đình", "Lâm"},
	{"Chu", "Văn", "Long"}, // o < ô < ơ
	{"Trương", "Tấn", "Lộc"},
	{"Huỳnh", "Văn", "Lợi"},
	{"Phùng", "Thị", "Tú"},
	{"Đoàn", "Thanh", "Tùng"},
	{"La", "Văn", "Tư"}, // u before ư
	{"Mạc", "Thị", "Tường"},
	{"", "", "Vy"}, // a name with only a given name
	{"Ông", "Hải", "Yến"},
}

func TestNameSortKeyFollowsTheRegisterOrder(t *testing.T) {
	for i := 1; i < len(registerOrder); i++ {
		a, b := registerOrder[i-1], registerOrder[i]
		t.Run(vn.JoinName(a[0], a[1], a[2])+" comes before "+vn.JoinName(b[0], b[1], b[2]), func(t *testing.T) {
			if got := vn.CompareNames(a, b); got != -1 {
				t.Errorf("CompareNames = %d, want -1", got)
			}
			if got := vn.CompareNames(b, a); got != 1 {
				t.Errorf("CompareNames reversed = %d, want 1", got)
			}
			// The expectation must agree with the collator itself, field by field.
			if got := collatorCompare(a, b); got != -1 {
				t.Errorf("collate compares (ten, ho, tenDem) as %d, want -1: the hand-written order is wrong", got)
			}
		})
	}
	t.Run("sorting a shuffled register by key restores the order", func(t *testing.T) {
		shuffled := slices.Clone(registerOrder)
		rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled), func(i, j int) {
			shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
		})
		slices.SortFunc(shuffled, func(a, b [3]string) int {
			return bytes.Compare(vn.NameSortKey(a[0], a[1], a[2]), vn.NameSortKey(b[0], b[1], b[2]))
		})
		if !slices.Equal(shuffled, registerOrder) {
			t.Errorf("sorted = %v\nwant     %v", shuffled, registerOrder)
		}
	})
}

// collatorCompare is the reference: Vietnamese collation of ten, then ho, then tenDem.
func collatorCompare(a, b [3]string) int {
	c := collate.New(language.Vietnamese)
	for _, i := range []int{2, 0, 1} {
		if r := c.CompareString(a[i], b[i]); r != 0 {
			return r
		}
	}
	return 0
}

func TestNameSortKey(t *testing.T) {
	t.Run("the same name gives the same key", func(t *testing.T) {
		a := vn.NameSortKey("Nguyễn", "Thị", "Hường")
		b := vn.NameSortKey("Nguyễn", "Thị", "Hường")
		if !bytes.Equal(a, b) {
			t.Errorf("keys differ: %x vs %x", a, b)
		}
	})
	t.Run("a decomposed name gives the same key as the composed one", func(t *testing.T) {
		a := vn.NameSortKey("Nguyễn", "Văn", "An")
		b := vn.NameSortKey(nguyenNFD, "Va\u0306n", "An")
		if !bytes.Equal(a, b) {
			t.Errorf("keys differ: %x vs %x", a, b)
		}
	})
	t.Run("stray spaces do not change the key", func(t *testing.T) {
		a := vn.NameSortKey("Lê", "Thị Như", "Quỳnh")
		b := vn.NameSortKey(" Lê", "Thị  Như ", "Quỳnh\t")
		if !bytes.Equal(a, b) {
			t.Errorf("keys differ: %x vs %x", a, b)
		}
	})
	t.Run("a missing middle name sorts before any middle name", func(t *testing.T) {
		if vn.CompareNames([3]string{"Lê", "", "An"}, [3]string{"Lê", "A", "An"}) != -1 {
			t.Error("empty middle name should sort first")
		}
	})
	t.Run("a missing family name sorts before any family name", func(t *testing.T) {
		if vn.CompareNames([3]string{"", "", "An"}, [3]string{"A", "", "An"}) != -1 {
			t.Error("empty family name should sort first")
		}
	})
	t.Run("the given name outweighs a longer family name", func(t *testing.T) {
		// Without the field terminator "An"+"h…" could run into "Anh".
		if vn.CompareNames([3]string{"Hà", "", "An"}, [3]string{"A", "", "Anh"}) != -1 {
			t.Error("An should sort before Anh whatever the family name")
		}
	})
	t.Run("upper and lower case sort together", func(t *testing.T) {
		if vn.CompareNames([3]string{"", "", "hương"}, [3]string{"", "", "Hường"}) != -1 ||
			vn.CompareNames([3]string{"", "", "Hương"}, [3]string{"", "", "hường"}) != -1 {
			t.Error("case should not outweigh the tone")
		}
	})
	t.Run("concurrent callers get the same keys", func(t *testing.T) {
		want := make([][]byte, len(registerOrder))
		for i, n := range registerOrder {
			want[i] = vn.NameSortKey(n[0], n[1], n[2])
		}
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range 50 {
					for i, n := range registerOrder {
						if got := vn.NameSortKey(n[0], n[1], n[2]); !bytes.Equal(got, want[i]) {
							t.Errorf("key of %v changed under concurrency", n)
							return
						}
					}
				}
			})
		}
		wg.Wait()
	})
}

func TestSortKey(t *testing.T) {
	alphabet := strings.Fields("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y")
	for i := 1; i < len(alphabet); i++ {
		a, b := alphabet[i-1], alphabet[i]
		t.Run(a+" comes before "+b, func(t *testing.T) {
			if bytes.Compare(vn.SortKey(a), vn.SortKey(b)) != -1 {
				t.Errorf("SortKey(%q) >= SortKey(%q)", a, b)
			}
		})
	}
	units := []string{"Ban Giám đốc", "Phòng Điều hành", "Phòng Hành chính", "Phòng Kế toán", "Tổ Bảo vệ", "Tổ Bếp", "Xưởng Cơ khí"}
	for i := 1; i < len(units); i++ {
		a, b := units[i-1], units[i]
		t.Run("unit "+a+" comes before "+b, func(t *testing.T) {
			if bytes.Compare(vn.SortKey(a), vn.SortKey(b)) != -1 {
				t.Errorf("SortKey(%q) >= SortKey(%q)", a, b)
			}
			if collate.New(language.Vietnamese).CompareString(a, b) != -1 {
				t.Errorf("collate disagrees: the hand-written order is wrong")
			}
		})
	}
	t.Run("a prefix sorts first", func(t *testing.T) {
		if bytes.Compare(vn.SortKey("Tổ"), vn.SortKey("Tổ 1")) != -1 {
			t.Error("Tổ should sort before Tổ 1")
		}
	})
}

func FuzzSplitFullName(f *testing.F) {
	for _, s := range []string{
		"", " ", "Quỳnh", "Lê Quỳnh", "Nguyễn Thị Như Quỳnh", "  Tôn  Nữ\tThị   Ninh ",
		nguyenNFD + " Văn An", "a \u0301 b", "Lê\xffVăn", "\u00a0\u2003x\u3000y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ho, tenDem, ten := vn.SplitFullName(s)
		if got, want := vn.JoinName(ho, tenDem, ten), vn.Clean(s); got != want {
			t.Errorf("JoinName(SplitFullName(%+q)) = %+q, want Clean = %+q", s, got, want)
		}
		if strings.Contains(ho, " ") || strings.Contains(ten, " ") {
			t.Errorf("SplitFullName(%+q): family %+q or given %+q has a space", s, ho, ten)
		}
		if (ten == "") != (vn.Clean(s) == "") {
			t.Errorf("SplitFullName(%+q): given name %+q should be empty only for an empty name", s, ten)
		}
		for _, p := range []string{ho, tenDem, ten} {
			if vn.Clean(p) != p {
				t.Errorf("SplitFullName(%+q): part %+q is not clean", s, p)
			}
		}
		_ = vn.NameSortKey(ho, tenDem, ten)
	})
}

func BenchmarkNameSortKey(b *testing.B) {
	for b.Loop() {
		_ = vn.NameSortKey("Nguyễn", "Thị Như", "Quỳnh")
	}
}

func TestNameCase(t *testing.T) {
	for in, want := range map[string]string{
		"nguyễn thị hường": "Nguyễn Thị Hường",
		"NGUYỄN THỊ HƯỜNG": "Nguyễn Thị Hường",
		"đặng  văn ánh ":   "Đặng  Văn Ánh ", // spaces kept: the form calls it while the chair types
		"Lê McDonald":      "Lê McDonald",
		"":                 "",
		"ư":                "Ư",
		"trần thị\tthu hà": "Trần Thị\tThu Hà",
	} {
		if got := vn.NameCase(in); got != want {
			t.Errorf("vn.NameCase(%q) = %q, want %q", in, got, want)
		}
	}
}
