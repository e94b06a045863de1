package vn

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumberError reports a number the user typed that cannot be accepted;
// Message is Vietnamese and meant to be shown next to the field as it is.
type NumberError struct{ Input, Message string }

// Error returns the Vietnamese message, so callers can show err.Error() as is.
func (e *NumberError) Error() string { return e.Message }

// FormatInt groups thousands with dots, as Vietnamese writes numbers: 1.234.567.
func FormatInt(n int64) string {
	digits := strconv.FormatInt(n, 10)
	sign := ""
	if n < 0 {
		sign, digits = "-", digits[1:] // works for math.MinInt64 too
	}
	if len(digits) <= 3 {
		return sign + digits
	}
	var b strings.Builder
	b.Grow(len(sign) + len(digits) + len(digits)/3)
	b.WriteString(sign)
	first := len(digits) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(digits[:first])
	for i := first; i < len(digits); i += 3 {
		b.WriteByte('.')
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// FormatMoney shows an amount of đồng: "1.234.567 đ".
func FormatMoney(n int64) string {
	return FormatInt(n) + " đ"
}

// ParseInt reads a typed whole number: "1.234.567", "1 234 567" or "1234567",
// with an optional sign. Dots must separate groups of three digits, because
// "2.5" is more likely a mistyped decimal than twenty-five.
func ParseInt(s string) (int64, error) {
	in := Clean(s)
	if in == "" {
		return 0, &NumberError{Input: s, Message: "Chưa nhập số"}
	}
	body := in
	sign := ""
	if body[0] == '-' || body[0] == '+' {
		sign, body = body[:1], strings.TrimLeft(body[1:], " ")
	}
	body = strings.ReplaceAll(body, " ", "")
	if strings.ContainsAny(body, ",") {
		return 0, &NumberError{Input: s, Message: "Chỉ nhập số nguyên, không có phần thập phân: " + in}
	}
	groups := strings.Split(body, ".")
	for i, g := range groups {
		if g == "" || !allDigits(g) {
			return 0, &NumberError{Input: s, Message: "Số không hợp lệ: " + in}
		}
		if len(groups) > 1 && ((i == 0 && len(g) > 3) || (i > 0 && len(g) != 3)) {
			return 0, &NumberError{Input: s, Message: "Dấu chấm phải tách từng nhóm 3 chữ số: " + in}
		}
	}
	n, err := strconv.ParseInt(sign+strings.Join(groups, ""), 10, 64)
	if err != nil {
		return 0, &NumberError{Input: s, Message: "Số quá lớn: " + in}
	}
	return n, nil
}

// Percent shows part/whole as a Vietnamese percentage with one decimal after
// a comma ("2,5%"), dropping ",0" ("50%"). A zero whole gives "0%" rather
// than an error because an empty unit simply has no share.
func Percent(part, whole int64) string { return percent(part, whole, false) }

// Percent1 is Percent that always shows the decimal ("50,0%"), as a vote
// count's column does, so that every row of the column has the same form.
func Percent1(part, whole int64) string { return percent(part, whole, true) }

func percent(part, whole int64, keepZero bool) string {
	zero := "0%"
	if keepZero {
		zero = "0,0%"
	}
	if whole == 0 {
		return zero
	}
	f := math.Round(float64(part) * 1000 / float64(whole))
	if math.Abs(f) >= 1e18 { // only absurd inputs; avoid int64 overflow
		return strconv.FormatFloat(f/10, 'f', 0, 64) + "%"
	}
	tenths := int64(f)
	if tenths == 0 {
		return zero
	}
	sign := ""
	if tenths < 0 {
		sign, tenths = "-", -tenths
	}
	s := sign + FormatInt(tenths/10)
	if d := tenths % 10; d != 0 || keepZero {
		s += "," + strconv.FormatInt(d, 10)
	}
	return s + "%"
}

var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// MoneyInWords writes an amount the way receipts and payment slips need it:
// "Một triệu hai trăm năm mươi nghìn đồng". Inner groups are read in full
// ("một nghìn không trăm linh năm") so that no digit can be left ambiguous.
func MoneyInWords(n int64) string {
	if n == 0 {
		return "Không đồng"
	}
	var words []string
	u := uint64(n)
	if n < 0 {
		words = append(words, "âm")
		u = -u // two's complement: exact even for math.MinInt64
	}
	words = readNumber(words, u, true)
	words = append(words, "đồng")
	s := strings.Join(words, " ")
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// readNumber appends the words for n > 0. leading is false when higher
// digits have already been read, which makes a short group say "không trăm".
// Above a billion (tỷ) the count of billions is itself read as a number,
// giving "nghìn tỷ", "triệu tỷ" and so on.
func readNumber(words []string, n uint64, leading bool) []string {
	const billion = 1_000_000_000
	if n >= billion {
		words = readNumber(words, n/billion, leading)
		words = append(words, "tỷ")
		n %= billion
		leading = false
	}
	groups := [3]uint64{n / 1_000_000, n / 1000 % 1000, n % 1000}
	units := [3]string{"triệu", "nghìn", ""}
	for i, g := range groups {
		if g == 0 {
			continue
		}
		words = readGroup(words, int(g), !leading)
		if units[i] != "" {
			words = append(words, units[i])
		}
		leading = false
	}
	return words
}

// readGroup appends the words for 1..999. full reads the hundreds even when
// zero, for groups that follow a higher one (1.005 is "một nghìn không trăm linh năm").
func readGroup(words []string, g int, full bool) []string {
	h, t, u := g/100, g/10%10, g%10
	if h > 0 || full {
		words = append(words, digitWords[h], "trăm")
	}
	switch {
	case t == 0:
		if u > 0 && (h > 0 || full) {
			words = append(words, "linh")
		}
	case t == 1:
		words = append(words, "mười")
	default:
		words = append(words, digitWords[t], "mươi")
	}
	switch {
	case u == 0:
	case u == 1 && t >= 2:
		words = append(words, "mốt") // hai mươi mốt; but mười một, linh một
	case u == 4 && t >= 2:
		words = append(words, "tư") // hai mươi tư; but mười bốn, linh bốn
	case u == 5 && t >= 1:
		words = append(words, "lăm") // mười lăm, hai mươi lăm; but linh năm
	default:
		words = append(words, digitWords[u])
	}
	return words
}
