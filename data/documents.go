package data

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// DocType is the type of an outgoing document, by its abbreviation in the ký
// hiệu ("BC" in "07/BC-CĐCS"): Decree 30/2020 Phụ lục III, which QĐ 933/QĐ-TLĐ
// follows (DOMAIN §6 "Type abbreviations").
type DocType string

// The document types the app prints or a chair records by hand.
const (
	DocTypeReport     DocType = "BC"  // báo cáo
	DocTypeDecision   DocType = "QĐ"  // quyết định
	DocTypeResolution DocType = "NQ"  // nghị quyết
	DocTypeMinutes    DocType = "BB"  // biên bản
	DocTypeNotice     DocType = "TB"  // thông báo
	DocTypeList       DocType = "DS"  // danh sách (not in Decree 30's table; usual practice)
	DocTypePlan       DocType = "KH"  // kế hoạch
	DocTypeSubmission DocType = "TTr" // tờ trình
	DocTypeInvitation DocType = "GM"  // giấy mời
	DocTypeReferral   DocType = "GGT" // giấy giới thiệu
	// DocTypeRegistration is the bản đăng ký thi đua (DOMAIN-MODULES §D); not in
	// Decree 30's table, "ĐK" is the usual practice.
	DocTypeRegistration DocType = "ĐK"
	// DocTypeSummons is the giấy triệu tập (Decree 30/2020 Phụ lục III: GTT),
	// e.g. of the delegates to a congress (DOMAIN-MODULES §C.3).
	DocTypeSummons DocType = "GTT"
	// DocTypeLetter is the công văn, which has no type name: its ký hiệu is the
	// issuer's alone, "12/CĐCS" (Decree 30/2020 Phụ lục I, mục II.4).
	DocTypeLetter DocType = "CV"
)

// DocTypes lists the types in the order the register's form offers them.
var DocTypes = []DocType{DocTypeReport, DocTypeDecision, DocTypeResolution, DocTypeMinutes, DocTypeNotice, DocTypeList,
	DocTypePlan, DocTypeSubmission, DocTypeInvitation, DocTypeReferral, DocTypeRegistration, DocTypeSummons, DocTypeLetter}

// Label is the Vietnamese type name, as printed above the trích yếu.
func (t DocType) Label() string {
	switch t {
	case DocTypeReport:
		return "Báo cáo"
	case DocTypeDecision:
		return "Quyết định"
	case DocTypeResolution:
		return "Nghị quyết"
	case DocTypeMinutes:
		return "Biên bản"
	case DocTypeNotice:
		return "Thông báo"
	case DocTypeList:
		return "Danh sách"
	case DocTypePlan:
		return "Kế hoạch"
	case DocTypeSubmission:
		return "Tờ trình"
	case DocTypeInvitation:
		return "Giấy mời"
	case DocTypeReferral:
		return "Giấy giới thiệu"
	case DocTypeRegistration:
		return "Bản đăng ký"
	case DocTypeSummons:
		return "Giấy triệu tập"
	case DocTypeLetter:
		return "Công văn"
	}
	return string(t)
}

// ParseDocType reads a type code typed with or without marks ("QD", "qđ", "Quyết định").
func ParseDocType(s string) (DocType, bool) {
	f := vn.Fold(s)
	for _, t := range DocTypes {
		if f == vn.Fold(string(t)) || f == vn.Fold(t.Label()) {
			return t, true
		}
	}
	return "", false
}

// IssuerCode is the part of the ký hiệu naming the issuer: "BC-CĐCS" (DOMAIN §6).
const IssuerCode = "CĐCS"

// DefaultSymbol is the usual ký hiệu of a type: "BC-CĐCS".
func (t DocType) DefaultSymbol() string {
	if t == DocTypeLetter {
		return IssuerCode
	}
	return string(t) + "-" + IssuerCode
}

// OutgoingDoc is one entry of the sổ văn bản đi: what number a document went
// out under. Numbers run per type and per calendar year, from 01 on 1 January
// (Decree 30/2020 Art. 15; DOMAIN Implications A "document number counters").
type OutgoingDoc struct {
	ID      int64
	Year    int     // numbering year: the year of Date
	Type    DocType // BC, QĐ, …
	Number  int     // 1, 2, …; printed with a leading zero below 10
	Symbol  string  // the ký hiệu after the slash, e.g. "BC-CĐCS"
	Date    time.Time
	Subject string // trích yếu, e.g. "Tổng kết công tác công đoàn năm 2026…"
	// Kind and Ref say which printed document this is ("annual", "2026"), so that
	// printing it again keeps its number; both are empty for an entry typed by hand.
	Kind, Ref string
	CreatedAt time.Time
}

// CheckDocOrder reports, as an ECONFIRM error, whether d would break the date
// order of the sổ văn bản đi: numbers of a type run with the dates within a
// year, so a lower number dated after d, or a higher one dated before it, is
// out of order (issue 11 point 2). docs may be in any order; the entry d
// replaces (same ID or number) is skipped. The chair confirms such a number
// by writing again with a Confirmed context.
func CheckDocOrder(docs []OutgoingDoc, d *OutgoingDoc) error {
	for i := range docs {
		e := &docs[i]
		if e.Year != d.Year || e.Type != d.Type || e.Number == d.Number || (d.ID != 0 && e.ID == d.ID) {
			continue
		}
		if e.Number < d.Number && e.Date.After(d.Date) || e.Number > d.Number && e.Date.Before(d.Date) {
			return ErrDocOrder(d, e)
		}
	}
	return nil
}

// ErrDocOrder is the ECONFIRM error of d out of order against e.
func ErrDocOrder(d, e *OutgoingDoc) error {
	return &Error{Code: ECONFIRM, Field: FieldDocNumber, Message: fmt.Sprintf(
		"Số %s ngày %s không theo thứ tự ngày trong sổ văn bản đi: số %s đã cấp ngày %s. "+
			"Kiểm tra lại ngày ban hành, hoặc xác nhận để vẫn cấp số này.",
		d.NumberText(), vn.FormatDate(d.Date), e.NumberText(), vn.FormatDate(e.Date))}
}

// NumberText is the số and ký hiệu as printed after "Số: ": "07/BC-CĐCS".
// DOMAIN §6: numbers below 10 take a leading zero.
func (d *OutgoingDoc) NumberText() string {
	return FormatDocNumber(d.Number, d.Symbol)
}

// FormatDocNumber writes a number and ký hiệu as printed: "07/BC-CĐCS".
func FormatDocNumber(n int, symbol string) string {
	return fmt.Sprintf("%02d/%s", n, symbol)
}

// Field names of the register's form.
const (
	FieldDocNumber  = "doc_number"
	FieldDocSymbol  = "doc_symbol"
	FieldDocDate    = "doc_date"
	FieldDocType    = "doc_type"
	FieldDocSubject = "doc_subject"
)

// Normalize cleans the text fields, upper-cases the ký hiệu (DOMAIN §6: "the ký
// hiệu is UPPERCASE"), fills a missing one and sets Year from Date.
func (d *OutgoingDoc) Normalize() {
	d.Symbol = strings.ToUpper(strings.ReplaceAll(vn.Clean(d.Symbol), " ", ""))
	// The type's code keeps Decree 30's spelling: "TTr", not "TTR".
	if up := strings.ToUpper(string(d.Type)); up != string(d.Type) && strings.HasPrefix(d.Symbol, up) {
		d.Symbol = string(d.Type) + d.Symbol[len(up):]
	}
	if d.Symbol == "" {
		d.Symbol = d.Type.DefaultSymbol()
	}
	d.Subject = vn.Clean(d.Subject)
	d.Kind, d.Ref = vn.Clean(d.Kind), vn.Clean(d.Ref)
	if !d.Date.IsZero() {
		d.Date = vn.Day(d.Date)
		d.Year = d.Date.Year()
	}
}

// Validate checks an entry as the register's form does; call Normalize first.
// A Number of 0 is allowed: the store gives the next free one.
func (d *OutgoingDoc) Validate() Problems {
	var ps Problems
	known := false
	for _, t := range DocTypes {
		known = known || t == d.Type
	}
	if !known {
		ps.add(FieldDocType, "Loại văn bản \""+string(d.Type)+"\" không có trong danh mục")
	}
	if d.Number < 0 || d.Number > 99999 {
		ps.add(FieldDocNumber, "Số văn bản phải từ 1 đến 99.999")
	}
	if d.Date.IsZero() {
		ps.add(FieldDocDate, "Cần nhập ngày ban hành")
	}
	if strings.ContainsAny(d.Symbol, "/\\") {
		ps.add(FieldDocSymbol, "Ký hiệu không chứa dấu gạch chéo (ví dụ: BC-CĐCS)")
	}
	return ps
}

// LatestDoc returns the most recently issued entry for a printed document
// (kind and ref), or nil. docs may be in any order.
func LatestDoc(docs []OutgoingDoc, kind, ref string) *OutgoingDoc {
	var best *OutgoingDoc
	for i := range docs {
		d := &docs[i]
		if d.Kind != kind || d.Ref != ref || kind == "" {
			continue
		}
		if best == nil || d.Date.After(best.Date) || d.Date.Equal(best.Date) && d.ID > best.ID {
			best = d
		}
	}
	return best
}

// DocumentSettings are the choices of the printed documents that practice
// leaves to each union (issue 11 points 8 and 9). Each is a setting with a
// default, kept through SettingsService under its Key*; nothing here is a rule
// of law.
type DocumentSettings struct {
	// MinutesCopies is how many originals a biên bản is made in: "Biên bản
	// được lập thành 02 bản". Usual practice is one per side [L].
	MinutesCopies int
	// ConferenceSymbol is the ký hiệu of the workers' conference's own
	// documents, after the type: "NQ-HNNLĐ". They are the hội nghị's documents,
	// not the CĐCS's (QĐ 933 Phụ lục IV by analogy with a congress; DOMAIN
	// §6), so they are numbered in the conference, not in the sổ văn bản đi.
	ConferenceSymbol string
	// CardRequestCover is how the danh sách đề nghị cấp thẻ goes up: under a
	// tờ trình (TTr, the usual practice) or as the list alone (DS) [L].
	CardRequestCover DocType
}

// The settings keys of DocumentSettings.
const (
	KeyMinutesCopies    = "van_ban.so_ban_bien_ban"
	KeyConferenceSymbol = "van_ban.ky_hieu_hoi_nghi"
	KeyCardRequestCover = "van_ban.cap_the_kem_to_trinh"
)

// DefaultDocumentSettings are the usual choices.
func DefaultDocumentSettings() DocumentSettings {
	return DocumentSettings{MinutesCopies: 2, ConferenceSymbol: "HNNLĐ", CardRequestCover: DocTypeSubmission}
}

// LoadDocumentSettings reads the document settings; a value not set, or
// unreadable, keeps its default. A nil service gives the defaults.
func LoadDocumentSettings(ctx context.Context, s SettingsService) (DocumentSettings, error) {
	d := DefaultDocumentSettings()
	if s == nil {
		return d, nil
	}
	get := func(key string) (string, bool, error) {
		v, ok, err := s.Setting(ctx, key)
		return strings.TrimSpace(v), ok && strings.TrimSpace(v) != "", err
	}
	if v, ok, err := get(KeyMinutesCopies); err != nil {
		return d, err
	} else if n, perr := strconv.Atoi(v); ok && perr == nil && n >= 1 && n <= 20 {
		d.MinutesCopies = n
	}
	if v, ok, err := get(KeyConferenceSymbol); err != nil {
		return d, err
	} else if ok && !strings.ContainsAny(v, "/\\ ") {
		d.ConferenceSymbol = strings.ToUpper(vn.Clean(v))
	}
	if v, ok, err := get(KeyCardRequestCover); err != nil {
		return d, err
	} else if t, known := ParseDocType(v); ok && known && (t == DocTypeSubmission || t == DocTypeList) {
		d.CardRequestCover = t
	}
	return d, nil
}
