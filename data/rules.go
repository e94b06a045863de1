package data

import (
	"strconv"
	"time"

	"socongdoan/data/vn"
)

// The legal rules of worker conferences, dialogues, bargaining and collective
// agreements (DOMAIN §1–§3, Implications B–C), each a small pure function.
// Shares are compared with integers (present*10 > total*7, not 0.7*total), so
// that a boundary such as "more than 70%" can never be missed by a rounding error.

// Fraction is a share such as 2/3, kept as two integers so that boundaries are exact.
type Fraction struct{ Num, Den int }

// String shows the share as a chair reads it: "2/3", "50%" for 1/2, "70%" for 7/10.
func (f Fraction) String() string {
	if f.Den > 0 && 100%f.Den == 0 {
		return strconv.Itoa(f.Num*100/f.Den) + "%"
	}
	return strconv.Itoa(f.Num) + "/" + strconv.Itoa(f.Den)
}

// Valid reports whether the share is between 0 and 1 with a positive denominator.
func (f Fraction) Valid() bool { return f.Den > 0 && f.Num >= 0 && f.Num <= f.Den }

// AtLeast reports whether part/whole ≥ f. Nothing out of nothing is never enough.
func (f Fraction) AtLeast(part, whole int) bool {
	return whole > 0 && int64(part)*int64(f.Den) >= int64(whole)*int64(f.Num)
}

// MoreThan reports whether part/whole > f.
func (f Fraction) MoreThan(part, whole int) bool {
	return whole > 0 && int64(part)*int64(f.Den) > int64(whole)*int64(f.Num)
}

// Needed returns the least part of whole that reaches f: with atLeast, part/whole ≥ f;
// otherwise part/whole > f. It is what a message tells the chair ("cần ít nhất 67 người").
func (f Fraction) Needed(whole int, atLeast bool) int {
	if f.Den <= 0 || whole <= 0 {
		return 0
	}
	n := int(int64(whole) * int64(f.Num) / int64(f.Den)) // floor
	if atLeast && f.AtLeast(n, whole) {
		return n
	}
	for !(atLeast && f.AtLeast(n, whole) || !atLeast && f.MoreThan(n, whole)) {
		n++
	}
	return n
}

// The fixed shares of the law.
var (
	// SOEQuorum: the conference of a state enterprise needs at least 2/3 of all
	// workers or of the delegates summoned (DOMAIN §1, Law 10/2022 Arts 67–70).
	SOEQuorum = Fraction{2, 3}
	// SOEPass: a resolution passes with more than 50% of attendees (DOMAIN §1).
	SOEPass = Fraction{1, 2}
	// DialogueQuorumShare: more than 70% of the worker representatives present
	// (DOMAIN §2, Decree 145 Art. 39).
	DialogueQuorumShare = Fraction{7, 10}
	// RequestSupportShare: a worker-side dialogue request needs at least 30% of
	// the worker representatives (DOMAIN §2, Decree 145 Art. 40).
	RequestSupportShare = Fraction{3, 10}
	// SigningShare: an enterprise agreement is signed only with more than 50% of
	// all its workers in favour, not of votes cast (DOMAIN §3, Labour Code Art. 76).
	SigningShare = Fraction{1, 2}
)

// ConferenceQuorum reports whether present attendees make the quorum of a
// conference whose base is the workers (toàn thể) or the delegates summoned (đại biểu).
func ConferenceQuorum(quorum Fraction, present, base int) bool {
	return quorum.AtLeast(present, base)
}

// ResolutionPassed reports whether a resolution passed: votes for more than the
// pass share of the attendees (DOMAIN §1: > 50% for the state model).
func ResolutionPassed(pass Fraction, votesFor, attendees int) bool {
	return pass.MoreThan(votesFor, attendees)
}

// DialogueQuorum is the quorum of a periodic dialogue: the employer's legal
// representative (or the person authorised) present and more than 70% of the
// worker representatives (DOMAIN §2, Decree 145 Art. 39; Implications B).
func DialogueQuorum(legalRepPresent bool, present, total int) bool {
	return legalRepPresent && DialogueQuorumShare.MoreThan(present, total)
}

// RequestSupport reports whether a worker-side dialogue request has the agreement
// of at least 30% of the worker representatives (DOMAIN §2, Decree 145 Art. 40).
func RequestSupport(agreeing, total int) bool {
	return RequestSupportShare.AtLeast(agreeing, total)
}

// RepresentativeBand returns how many worker representatives a dialogue needs
// for a headcount (DOMAIN §2 table, Decree 145 Art. 38); max 0 means no upper bound.
func RepresentativeBand(headcount int) (min, max int) {
	switch {
	case headcount < 50:
		return 3, 0
	case headcount < 150:
		return 4, 8
	case headcount < 300:
		return 9, 13
	case headcount < 500:
		return 14, 18
	case headcount < 1000:
		return 19, 23
	}
	return 24, 0
}

// RepresentativeSizeOK reports whether n representatives fit the band of the headcount.
func RepresentativeSizeOK(n, headcount int) bool {
	lo, hi := RepresentativeBand(headcount)
	return n >= lo && (hi == 0 || n <= hi)
}

// BandText shows a band as the law's table does: "4–8 người", "ít nhất 24 người".
func BandText(min, max int) string {
	if max == 0 {
		return "ít nhất " + strconv.Itoa(min) + " người"
	}
	return strconv.Itoa(min) + "–" + strconv.Itoa(max) + " người"
}

// RepListYears is the longest a dialogue-representative list may stand before
// it is fixed again (DOMAIN §2, Decree 145 Art. 38(3): at least every 2 years).
const RepListYears = 2

// RepListEnd is the last day of a representative list that starts on from.
func RepListEnd(from time.Time) time.Time { return vn.Day(from).AddDate(RepListYears, 0, -1) }

// AgreementSigningAllowed reports whether an agreement (or an amendment) may be
// signed: votes for more than 50% of all workers of the enterprise, not of the
// votes cast (DOMAIN §3, Labour Code Art. 76; Art. 82 for amendments).
func AgreementSigningAllowed(votesFor, allWorkers int) bool {
	return SigningShare.MoreThan(votesFor, allWorkers)
}

// The term of an agreement (DOMAIN §3, Labour Code Art. 78).
const (
	MinAgreementYears = 1
	MaxAgreementYears = 3
)

// AgreementTermOK reports whether a term in years is allowed: 1 to 3.
func AgreementTermOK(years int) bool { return years >= MinAgreementYears && years <= MaxAgreementYears }

// AgreementEffective is the date an agreement takes effect: the agreed date, or
// the signing date when none was agreed (DOMAIN §3, Labour Code Art. 78).
func AgreementEffective(signed, agreed time.Time) time.Time {
	if agreed.IsZero() {
		return signed
	}
	return agreed
}

// AgreementExpiry is the last day an agreement with a term of years is in
// force: effective 01/01/2024 for 3 years runs to 31/12/2026. Zero when the
// effective date is unknown or the term is not allowed.
func AgreementExpiry(effective time.Time, years int) time.Time {
	if effective.IsZero() || !AgreementTermOK(years) {
		return time.Time{}
	}
	return vn.Day(effective).AddDate(years, 0, -1)
}

// RenegotiationOpens is the first day of the window for negotiating an
// extension or a new agreement: days (90 by default) before the expiry
// (DOMAIN §3, Labour Code Art. 83(1)).
func RenegotiationOpens(expiry time.Time, days int) time.Time {
	return vn.Day(expiry).AddDate(0, 0, -days)
}

// GraceEnds is the last day an expired agreement stays in force while the
// parties are still negotiating: days (90 by default) after the expiry
// (DOMAIN §3, Labour Code Art. 83(2)).
func GraceEnds(expiry time.Time, days int) time.Time {
	return vn.Day(expiry).AddDate(0, 0, days)
}

// AgreementState is where an agreement stands on a day, derived from its dates.
type AgreementState string

// The agreement states.
const (
	AgreementDraft    AgreementState = "du_thao"       // not signed yet
	AgreementNotYet   AgreementState = "chua_hieu_luc" // signed, takes effect later
	AgreementInForce  AgreementState = "dang_hieu_luc"
	AgreementExpiring AgreementState = "sap_het_han"    // inside the renegotiation window
	AgreementGrace    AgreementState = "het_han_con_hl" // expired, kept ≤ 90 days while negotiating
	AgreementEnded    AgreementState = "het_hieu_luc"
)

// Label is the Vietnamese state shown to a chair.
func (s AgreementState) Label() string {
	switch s {
	case AgreementDraft:
		return "Dự thảo, chưa ký"
	case AgreementNotYet:
		return "Chưa đến ngày có hiệu lực"
	case AgreementInForce:
		return "Đang hiệu lực"
	case AgreementExpiring:
		return "Sắp hết hạn"
	case AgreementGrace:
		return "Hết hạn, còn hiệu lực tối đa 90 ngày khi đang thương lượng"
	case AgreementEnded:
		return "Hết hiệu lực"
	}
	return string(s)
}

// InForce reports whether the agreement binds on that day (in force, expiring or in grace).
func (s AgreementState) InForce() bool {
	return s == AgreementInForce || s == AgreementExpiring || s == AgreementGrace
}

// AgreementStatus derives the state of an agreement on today from its signing,
// effective and expiry dates (DOMAIN §3, Labour Code Arts 78 and 83): inside the
// window of windowDays before expiry it is expiring; after expiry it stays in
// force for up to graceDays only while the parties are negotiating.
func AgreementStatus(signed, effective, expiry time.Time, negotiating bool, today time.Time, windowDays, graceDays int) AgreementState {
	d := vn.Day(today)
	switch {
	case signed.IsZero():
		return AgreementDraft
	case d.Before(vn.Day(effective)):
		return AgreementNotYet
	case expiry.IsZero():
		return AgreementInForce // a term not filled in yet: nothing to count down
	case !d.After(expiry):
		if d.Before(RenegotiationOpens(expiry, windowDays)) {
			return AgreementInForce
		}
		return AgreementExpiring
	case negotiating && !d.After(GraceEnds(expiry, graceDays)):
		return AgreementGrace
	}
	return AgreementEnded
}

// Deadlines of the procedures, from DOMAIN §2–§3 and Implications C. Those in
// working days skip weekends and public holidays through the calendar.
const (
	DialogueAgendaWorkingDays = 5  // agenda sent ≥ 5 working days before (Decree 145 Art. 39)
	DialogueReplyWorkingDays  = 5  // a request answered within 5 working days (Art. 40)
	DialoguePostWorkingDays   = 3  // main contents posted within 3 working days (Arts 39–41)
	BargainAgreeWorkingDays   = 7  // time and place agreed within 7 working days (Labour Code Art. 70)
	BargainStartDays          = 30 // talks start within 30 days of the request (Art. 70)
	BargainMaxDays            = 90 // talks last at most 90 days (Art. 70)
	BargainInfoDays           = 10 // the employer answers information requests within 10 days (Art. 70)
	AgreementSendDays         = 10 // a copy to the Sở Nội vụ within 10 days of signing (Art. 77)
	ReviewMonths              = 6  // the resolution is reviewed every 6 months (DOMAIN §1, Law 10/2022 Art. 70)
)

// DialogueAgendaDue is the last day to send the agenda of a dialogue held on meeting.
func DialogueAgendaDue(cal *vn.Calendar, meeting time.Time) time.Time {
	return cal.AddWorkingDays(meeting, -DialogueAgendaWorkingDays)
}

// DialogueReplyDue is the last day to answer a dialogue request received on request.
func DialogueReplyDue(cal *vn.Calendar, request time.Time) time.Time {
	return cal.AddWorkingDays(request, DialogueReplyWorkingDays)
}

// DialoguePostDue is the last day to post the main contents of a dialogue held on meeting.
func DialoguePostDue(cal *vn.Calendar, meeting time.Time) time.Time {
	return cal.AddWorkingDays(meeting, DialoguePostWorkingDays)
}

// BargainAgreeDue is the last day to agree on the time and place of bargaining requested on request.
func BargainAgreeDue(cal *vn.Calendar, request time.Time) time.Time {
	return cal.AddWorkingDays(request, BargainAgreeWorkingDays)
}

// BargainStartDue is the last day for bargaining requested on request to start.
func BargainStartDue(request time.Time) time.Time {
	return vn.Day(request).AddDate(0, 0, BargainStartDays)
}

// BargainEndDue is the last day of bargaining that started on start, unless the
// parties agreed a later end (extendedTo).
func BargainEndDue(start, extendedTo time.Time) time.Time {
	if !extendedTo.IsZero() {
		return vn.Day(extendedTo)
	}
	return vn.Day(start).AddDate(0, 0, BargainMaxDays)
}

// BargainInfoDue is the last day for the employer to answer an information request made on asked.
func BargainInfoDue(asked time.Time) time.Time { return vn.Day(asked).AddDate(0, 0, BargainInfoDays) }

// AgreementSendDue is the last day to send a copy of an agreement signed on signed to the Sở Nội vụ.
func AgreementSendDue(signed time.Time) time.Time {
	return vn.Day(signed).AddDate(0, 0, AgreementSendDays)
}

// NextReviewDue is when the next six-monthly review of a conference resolution
// falls: 6 months after the last review, or after the conference when there is none.
func NextReviewDue(conference, lastReview time.Time) time.Time {
	from := conference
	if lastReview.After(from) {
		from = lastReview
	}
	return vn.Day(from).AddDate(0, ReviewMonths, 0)
}

// EndOfMonth is the last day of a month of a year.
func EndOfMonth(year int, month time.Month) time.Time {
	return time.Date(year, month+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
}
