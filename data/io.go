package data

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// MemberKey is what identifies a member already in the register when a file is
// imported: CCCD, mã đoàn viên, or the same name and birth date.
type MemberKey struct {
	ID            int64
	Name          string // full name as stored
	BirthDate     time.Time
	BirthYearOnly bool
	IDNumber      string
	MemberCode    string
}

// ImportRow is one member of an import with the row of the file it came from, so that
// a refusal names the row the chair sees in Excel.
type ImportRow struct {
	Line   int
	Member *Member
}

// ImportBatch is everything one import writes: all of it in one transaction, or nothing.
type ImportBatch struct {
	Source  string      // the file's name, for the audit log
	Creates []ImportRow // new members
	Updates []ImportRow // members already in the register (Member.ID set), saved as UpdateMember does
}

// AtLine puts the file's row number in front of an application error's message.
func AtLine(line int, err error) error {
	var de *Error
	if errors.As(err, &de) {
		c := *de
		c.Message = fmt.Sprintf("Dòng %d: %s", line, de.Message)
		return &c
	}
	return err
}

// BackupReason says why a backup was made; it is part of the backup's file name.
type BackupReason string

// The reasons for a backup.
const (
	BackupDaily         BackupReason = "hang-ngay"       // the first start of a day
	BackupManual        BackupReason = "thu-cong"        // "Sao lưu ngay", `socongdoan backup`
	BackupBeforeImport  BackupReason = "truoc-khi-nhap"  // before an import writes
	BackupBeforeRestore BackupReason = "truoc-khoi-phuc" // the data a restore replaces
	BackupBeforeUpgrade BackupReason = "truoc-nang-cap"  // before a schema migration
)

// Label is the reason as a chair reads it.
func (r BackupReason) Label() string {
	switch r {
	case BackupDaily:
		return "Tự động hằng ngày"
	case BackupManual:
		return "Sao lưu thủ công"
	case BackupBeforeImport:
		return "Trước khi nhập từ Excel"
	case BackupBeforeRestore:
		return "Trước khi khôi phục"
	case BackupBeforeUpgrade:
		return "Trước khi nâng cấp phiên bản"
	}
	return "Bản sao lưu"
}

// BackupInfo describes a backup file.
type BackupInfo struct {
	Path   string
	At     time.Time // when it was made
	Reason BackupReason
	Size   int64
	// Filled by inspecting the file:
	SchemaVersion int
	Members       int    // members not in the trash
	UnionName     string // the union profile's name
}

// Summary is one line about the backup: "21/11/2026 10:30 · Tự động hằng ngày · 1.234 đoàn viên".
func (b *BackupInfo) Summary() string {
	parts := []string{b.At.Local().Format("02/01/2006 15:04"), b.Reason.Label()}
	if b.SchemaVersion > 0 {
		parts = append(parts, vn.FormatInt(int64(b.Members))+" đoàn viên")
	}
	if b.UnionName != "" {
		parts = append(parts, b.UnionName)
	}
	return strings.Join(parts, " · ")
}

// CheckReport is the result of checking a database file.
type CheckReport struct {
	Path          string
	SchemaVersion int
	Integrity     []string // "ok", or what SQLite's integrity check found
	ForeignKeys   []string // rows pointing at rows that do not exist
	// Problems are findings beyond SQLite's checks that make the file unfit to use
	// as it is: not a register of ours, objects foreign to our schema, a -wal file
	// lost with commits in it.
	Problems []string
	// Notes are worth knowing but leave the data whole (a -wal file left by a crash,
	// which the app will write back into the file).
	Notes     []string
	Members   int
	Trash     int
	Units     int
	Events    int
	AuditRows int
	Took      time.Duration
}

// OK reports whether the file passed both checks.
func (r *CheckReport) OK() bool {
	return len(r.Integrity) == 1 && r.Integrity[0] == "ok" && len(r.ForeignKeys) == 0 && len(r.Problems) == 0
}

// Text is the report as a chair reads it, one finding per line.
func (r *CheckReport) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Tệp dữ liệu: %s\n", r.Path)
	if r.OK() {
		b.WriteString("Kết quả: DỮ LIỆU TỐT — cấu trúc tệp nguyên vẹn, các liên kết đầy đủ.\n")
	} else {
		b.WriteString("Kết quả: CÓ LỖI — hãy khôi phục từ bản sao lưu gần nhất còn tốt (tệp này được giữ lại, không bị ghi đè).\n")
	}
	for _, p := range r.Problems {
		b.WriteString("Vấn đề: " + p + "\n")
	}
	for _, n := range r.Notes {
		b.WriteString("Lưu ý: " + n + "\n")
	}
	fmt.Fprintf(&b, "Phiên bản cấu trúc: %d\n", r.SchemaVersion)
	fmt.Fprintf(&b, "Đoàn viên: %s (trong thùng rác: %s); bộ phận: %s; sự kiện trạng thái: %s; dòng nhật ký: %s\n",
		vn.FormatInt(int64(r.Members)), vn.FormatInt(int64(r.Trash)), vn.FormatInt(int64(r.Units)),
		vn.FormatInt(int64(r.Events)), vn.FormatInt(int64(r.AuditRows)))
	if !(len(r.Integrity) == 1 && r.Integrity[0] == "ok") {
		b.WriteString("Kiểm tra cấu trúc tệp:\n")
		for _, s := range r.Integrity {
			b.WriteString("  - " + s + "\n")
		}
	} else {
		b.WriteString("Kiểm tra cấu trúc tệp: tốt\n")
	}
	if len(r.ForeignKeys) > 0 {
		b.WriteString("Kiểm tra liên kết giữa các bảng:\n")
		for _, s := range r.ForeignKeys {
			b.WriteString("  - " + s + "\n")
		}
	} else {
		b.WriteString("Kiểm tra liên kết giữa các bảng: tốt\n")
	}
	fmt.Fprintf(&b, "Thời gian kiểm tra: %s giây\n", strings.Replace(fmt.Sprintf("%.1f", r.Took.Seconds()), ".", ",", 1))
	return b.String()
}
