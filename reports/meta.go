package reports

import (
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

// pct is part of whole as a percentage: "62,5%".
func pct(part, whole int) string { return vn.Percent(int64(part), int64(whole)) }

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

// honorific is "Ông" or "Bà" by sex, "Ông/Bà" when it is not recorded.
func honorific(s data.Sex) string {
	switch s {
	case data.SexMale:
		return "Ông"
	case data.SexFemale:
		return "Bà"
	}
	return "Ông/Bà"
}
