package data

import (
	"time"

	"socongdoan/data/vn"
)

// Status is where a member stands now, derived from the status history
// (DOMAIN §4 "Members' status changes" and Implications B).
type Status string

// The member statuses.
const (
	StatusActive      Status = "dang_sinh_hoat"
	StatusSuspended   Status = "tam_dung"
	StatusTransferred Status = "chuyen_di"
	StatusLeft        Status = "ra_khoi"
	StatusRemoved     Status = "xoa_ten"
	StatusExpelled    Status = "khai_tru"
)

// Statuses lists every status in the order filters show them.
var Statuses = []Status{StatusActive, StatusSuspended, StatusTransferred, StatusLeft, StatusRemoved, StatusExpelled}

// Label is the Vietnamese word shown to a chair.
func (s Status) Label() string {
	switch s {
	case StatusActive:
		return "Đang sinh hoạt"
	case StatusSuspended:
		return "Tạm dừng sinh hoạt"
	case StatusTransferred:
		return "Đã chuyển đi"
	case StatusLeft:
		return "Ra khỏi tổ chức"
	case StatusRemoved:
		return "Đã xóa tên"
	case StatusExpelled:
		return "Bị khai trừ"
	}
	return string(s)
}

// ParseStatus accepts the stored code or the Vietnamese label, with or without marks.
func ParseStatus(s string) (Status, bool) {
	f := vn.Fold(s)
	for _, st := range Statuses {
		if f == string(st) || f == vn.Fold(st.Label()) {
			return st, true
		}
	}
	switch f {
	case "active", "dang sinh hoat", "sinh hoat":
		return StatusActive, true
	case "tam dung":
		return StatusSuspended, true
	case "chuyen di":
		return StatusTransferred, true
	case "ra khoi":
		return StatusLeft, true
	case "xoa ten":
		return StatusRemoved, true
	case "khai tru":
		return StatusExpelled, true
	}
	return "", false
}

// InUnion reports whether a member with this status counts as a member now.
func (s Status) InUnion() bool { return s == StatusActive || s == StatusSuspended }

// EventKind is a status change action.
type EventKind string

// The status actions.
const (
	EventAdmitted    EventKind = "ket_nap"     // kết nạp
	EventTransferIn  EventKind = "chuyen_den"  // chuyển sinh hoạt đến
	EventSuspended   EventKind = "tam_dung"    // tạm dừng sinh hoạt
	EventResumed     EventKind = "tiep_tuc"    // sinh hoạt trở lại
	EventTransferOut EventKind = "chuyen_di"   // chuyển sinh hoạt đi
	EventLeft        EventKind = "ra_khoi"     // ra khỏi tổ chức (đơn)
	EventRemoved     EventKind = "xoa_ten"     // xóa tên
	EventExpelled    EventKind = "khai_tru"    // khai trừ
	EventReadmitted  EventKind = "ket_nap_lai" // kết nạp lại
)

// Label is the Vietnamese action name.
func (k EventKind) Label() string {
	switch k {
	case EventAdmitted:
		return "Kết nạp"
	case EventTransferIn:
		return "Chuyển đến"
	case EventSuspended:
		return "Tạm dừng sinh hoạt"
	case EventResumed:
		return "Sinh hoạt trở lại"
	case EventTransferOut:
		return "Chuyển sinh hoạt đi"
	case EventLeft:
		return "Ra khỏi tổ chức"
	case EventRemoved:
		return "Xóa tên"
	case EventExpelled:
		return "Khai trừ"
	case EventReadmitted:
		return "Kết nạp lại"
	}
	return string(k)
}

// Result is the status a member has after this action.
func (k EventKind) Result() Status {
	switch k {
	case EventSuspended:
		return StatusSuspended
	case EventTransferOut:
		return StatusTransferred
	case EventLeft:
		return StatusLeft
	case EventRemoved:
		return StatusRemoved
	case EventExpelled:
		return StatusExpelled
	}
	return StatusActive
}

// SuspendReason is why a member is suspended (DOMAIN §4 "Tạm dừng sinh hoạt").
type SuspendReason string

// The suspension reasons.
const (
	SuspendContract SuspendReason = "hop_dong" // HĐLĐ tạm hoãn: employer stopped, restructuring
	SuspendHardship SuspendReason = "kho_khan" // disaster or long illness of the member or family
	SuspendJobLoss  SuspendReason = "mat_viec" // lost the job: at most 12 months
	SuspendOther    SuspendReason = "khac"     // other cases set by TLĐ
)

// SuspendReasons lists the reasons in the order the form shows them.
var SuspendReasons = []SuspendReason{SuspendContract, SuspendHardship, SuspendJobLoss, SuspendOther}

// Label is the Vietnamese reason.
func (r SuspendReason) Label() string {
	switch r {
	case SuspendContract:
		return "Tạm hoãn hợp đồng lao động"
	case SuspendHardship:
		return "Thiên tai, ốm đau dài ngày"
	case SuspendJobLoss:
		return "Mất việc làm"
	case SuspendOther:
		return "Trường hợp khác"
	}
	return string(r)
}

// MaxJobLossSuspensionMonths caps a suspension after a job loss (DOMAIN §4, HD 38 §2.2).
const MaxJobLossSuspensionMonths = 12

// ReadmissionWaitMonths is the wait before re-admission (DOMAIN §4 "Re-admission", HD 38 §3.1).
const ReadmissionWaitMonths = 3

// MemberEvent is one entry of a member's status history.
type MemberEvent struct {
	ID       int64
	MemberID int64
	Kind     EventKind
	Date     time.Time     // the day it takes effect; zero only for an initial admission of unknown date
	Until    time.Time     // end of a suspension
	Reason   SuspendReason // for a suspension
	Place    string        // destination (chuyển đi) or origin (chuyển đến)
	Decision string        // số quyết định / đơn
	Note     string
	At       time.Time // when it was recorded
}

// Event field names for messages at the form.
const (
	FieldEventKind  = "event_kind"
	FieldEventDate  = "event_date"
	FieldEventUntil = "event_until"
	FieldEventPlace = "event_place"
	FieldEventNote  = "event_note"
)

// AllowedEvents lists the actions allowed from a status (the state machine of Implications B).
func AllowedEvents(s Status) []EventKind {
	switch s {
	case StatusActive:
		return []EventKind{EventSuspended, EventTransferOut, EventLeft, EventRemoved, EventExpelled}
	case StatusSuspended:
		return []EventKind{EventResumed, EventTransferOut, EventLeft, EventRemoved, EventExpelled}
	case StatusTransferred:
		return []EventKind{EventTransferIn, EventReadmitted}
	case StatusLeft, StatusRemoved, StatusExpelled:
		return []EventKind{EventReadmitted}
	case "":
		return []EventKind{EventAdmitted, EventTransferIn}
	}
	return nil
}

// CheckEvent validates an action against the member's history (oldest first) and today.
func CheckEvent(history []MemberEvent, e MemberEvent, now time.Time) Problems {
	var ps Problems
	current := Status("")
	var last MemberEvent
	if n := len(history); n > 0 {
		last = history[n-1]
		current = last.Kind.Result()
	}
	allowed := false
	for _, k := range AllowedEvents(current) {
		if k == e.Kind {
			allowed = true
		}
	}
	if !allowed {
		from := "chưa có trạng thái"
		if current != "" {
			from = "đang ở trạng thái \"" + current.Label() + "\""
		}
		ps.add(FieldEventKind, "Không thể \""+e.Kind.Label()+"\" khi đoàn viên "+from)
		return ps
	}
	today := vn.Day(now)
	if e.Date.IsZero() {
		if len(history) > 0 {
			ps.add(FieldEventDate, "Cần nhập ngày")
			return ps
		}
	} else if e.Date.After(today) {
		ps.add(FieldEventDate, "Ngày không được sau ngày hôm nay")
	} else if !last.Date.IsZero() && e.Date.Before(last.Date) {
		ps.add(FieldEventDate, "Ngày phải từ "+vn.FormatDate(last.Date)+" (lần thay đổi trước) trở đi")
	}
	switch e.Kind {
	case EventSuspended:
		if e.Reason == "" {
			ps.add(FieldEventKind, "Cần chọn lý do tạm dừng sinh hoạt")
		}
		if !e.Until.IsZero() && !e.Date.IsZero() && !e.Until.After(e.Date) {
			ps.add(FieldEventUntil, "Ngày kết thúc phải sau ngày bắt đầu tạm dừng")
		}
		// DOMAIN §4: after a job loss, suspension lasts at most 12 months.
		if e.Reason == SuspendJobLoss {
			if e.Until.IsZero() {
				ps.add(FieldEventUntil, "Tạm dừng vì mất việc làm cần có ngày kết thúc (tối đa 12 tháng)")
			} else if e.Until.After(e.Date.AddDate(0, MaxJobLossSuspensionMonths, 0)) {
				ps.add(FieldEventUntil, "Tạm dừng sinh hoạt vì mất việc làm tối đa 12 tháng (đến "+vn.FormatDate(e.Date.AddDate(0, MaxJobLossSuspensionMonths, 0))+")")
			}
		}
	case EventTransferOut:
		if e.Place == "" {
			ps.add(FieldEventPlace, "Cần ghi nơi chuyển đến")
		}
	case EventLeft:
		if e.Note == "" && e.Decision == "" {
			ps.warn(FieldEventNote, "Nên ghi số, ngày đơn xin ra khỏi tổ chức")
		}
	case EventReadmitted:
		// DOMAIN §4 "Re-admission": only 3 months after leaving, or after the end of discipline.
		if !last.Date.IsZero() && !e.Date.IsZero() {
			earliest := last.Date.AddDate(0, ReadmissionWaitMonths, 0)
			if e.Date.Before(earliest) {
				ps.add(FieldEventDate, "Chỉ được kết nạp lại sau 3 tháng kể từ ngày "+vn.FormatDate(last.Date)+" (sớm nhất "+vn.FormatDate(earliest)+")")
			}
		}
		if current == StatusExpelled && e.Decision == "" {
			ps.add(FieldEventNote, "Kết nạp lại người đã bị khai trừ cần quyết định của công đoàn cấp trên: ghi số quyết định")
		}
	}
	return ps
}
