package data

import (
	"fmt"
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
)

// DocTypes lists the types in the order the register's form offers them.
var DocTypes = []DocType{DocTypeReport, DocTypeDecision, DocTypeResolution, DocTypeMinutes, DocTypeNotice, DocTypeList,
	DocTypePlan, DocTypeSubmission, DocTypeInvitation, DocTypeReferral}

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
func (t DocType) DefaultSymbol() string { return string(t) + "-" + IssuerCode }

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
