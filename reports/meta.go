package reports

import (
	"context"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Meta is the frame of one document as the chair confirms it before printing:
// the issuing union and its upper level, number, place, date, signer and
// recipients. It starts from the union profile (MetaFromProfile) and every
// field may be changed for one document (DOMAIN §8: the upper level's name
// changed in 2025 and may change again).
type Meta struct {
	UpperLevel string    // công đoàn cấp trên trực tiếp
	Issuer     string    // the CĐCS
	Number     string    // "07/BC-CĐCS"; "" prints "Số: ......" to fill in by hand
	Place      string    // địa danh
	Date       time.Time // ngày ban hành
	Signer     Signer
	Recipients []string // Nơi nhận, one entry each, "Lưu: VT" last
}

// AuthorityBCH is the signing capacity of a CĐCS's documents (DOMAIN §6).
const AuthorityBCH = "TM. BAN CHẤP HÀNH"

// MetaFromProfile is the frame the union profile gives a document dated
// date, signed by the chair, or by the vice-chair "KT. CHỦ TỊCH" when deputy.
func MetaFromProfile(p *data.Profile, date time.Time, deputy bool) Meta {
	m := Meta{UpperLevel: p.UpperName, Issuer: p.Name, Place: p.Place, Date: date,
		Signer: Signer{Authority: AuthorityBCH, Title: "Chủ tịch", Name: p.ChairName}}
	if deputy {
		m.Signer.Deputy = true
		m.Signer.Name = p.ViceChairName
	}
	return m
}

// header is the first-page frame of a document of this type and trích yếu.
func (m *Meta) header(typeName, subject string) Header {
	return Header{UpperLevel: m.UpperLevel, Issuer: m.Issuer, Number: m.Number, Place: m.Place,
		Date: m.Date, TypeName: typeName, Subject: subject}
}

// start begins a document in portrait, or landscape for wide tables.
func (m *Meta) start(landscape bool, typeName, subject string) (*Document, error) {
	if landscape {
		return NewLandscape(m.header(typeName, subject))
	}
	return New(m.header(typeName, subject))
}

// attachedTo is the note under an annex's title: "(Kèm theo Báo cáo số
// 07/BC-CĐCS ngày 05/01/2027 của Ban Chấp hành Công đoàn cơ sở …)".
func (m *Meta) attachedTo(typeName string) string {
	s := "(Kèm theo " + typeName
	if m.Number != "" {
		s += " số " + m.Number
	}
	if !m.Date.IsZero() {
		s += " ngày " + vn.FormatDate(m.Date)
	}
	if m.Issuer != "" {
		s += " của Ban Chấp hành " + m.Issuer
	}
	return s + ")"
}

// count writes a number of people as Vietnamese prints it: "1.234".
func count(n int) string { return vn.FormatInt(int64(n)) }

// count64 writes an amount as Vietnamese prints it: "312.450.000".
func count64(n int64) string { return vn.FormatInt(n) }

// rowNo is a row's number in the STT column: "1234", without the thousands
// dot, which is for quantities, not for ordinals (issue 11 point 8).
func rowNo(i int) string { return strconv.Itoa(i) }

// pct is part of whole as a percentage, by one rule in every document: one
// decimal after a comma, always written, and cut rather than rounded, so that
// a share just under a threshold never prints as reaching it: "62,5%",
// "80,0%", "66,6%" for 2/3. A zero whole has no share and gives "".
func pct(part, whole int) string {
	if whole <= 0 {
		return ""
	}
	tenths := int64(part) * 1000 / int64(whole)
	sign := ""
	if tenths < 0 {
		sign, tenths = "-", -tenths
	}
	return sign + vn.FormatInt(tenths/10) + "," + strconv.FormatInt(tenths%10, 10) + "%"
}

// inParens is " (62,5%)" after a figure, or nothing when there is no share.
func inParens(share string) string {
	if share == "" {
		return ""
	}
	return " (" + share + ")"
}

// lowerFirst lowers the first letter, to use a title inside a sentence.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// upperFirst capitalises the first letter, to start a sentence with a phrase.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// MaskIDNumber hides a CCCD or passport number but its last 4 characters,
// "********1234": a list printed for the upper level rarely needs more, and
// the register is personal data (README "Dữ liệu nằm ở đâu").
func MaskIDNumber(s string) string {
	r := []rune(s)
	if len(r) <= 4 {
		return s
	}
	return strings.Repeat("*", len(r)-4) + string(r[len(r)-4:])
}

// honorific is "ông", "bà" or "ông (bà)" when sex is not recorded, as
// written inside a sentence: "Kết nạp bà …" (issue 11 point 8).
func honorific(s data.Sex) string {
	switch s {
	case data.SexMale:
		return "ông"
	case data.SexFemale:
		return "bà"
	}
	return "ông (bà)"
}

// signFromCadres puts the chủ tịch (or phó chủ tịch, for KT. CHỦ TỊCH) the
// cadre records hold on the document's date in place of the profile's name
// (issue 14 point 1); the profile's stands when no one is recorded.
func signFromCadres(ctx context.Context, src *Sources, m *Meta, date time.Time) error {
	if src.Records == nil {
		return nil
	}
	if date.IsZero() {
		date = src.Now()
	}
	chair, vice, err := data.Signers(ctx, src.Records, nil, date)
	if err != nil {
		return err
	}
	if m.Signer.Deputy {
		chair = vice
	}
	if chair != "" {
		m.Signer.Name = chair
	}
	return nil
}
