// Package app wires Sổ Công đoàn together: it opens the store, then runs a
// command-line command or starts the window. It is the only package that imports
// the Fyne app driver and the SQLite store implementation.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// Exit codes of the command line.
const (
	exitOK    = 0
	exitUser  = 1 // a user error: bad data, a rule refused; the message says why in Vietnamese
	exitUsage = 2 // bad usage: unknown command or flag
)

// usageError is a mistake in how the command was called (exit 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// Version is what `socongdoan version` prints and the About screen shows.
type Version struct {
	Number string // "0.1.0", from FyneApp.toml
	Build  string
	Date   string // dd/mm/yyyy the binary was built, from the Makefile; "" in go run/test builds
}

// buildDate is set at link time: -ldflags "-X socongdoan/app.buildDate=YYYY-MM-DD".
var buildDate string

func (v Version) String() string {
	if v.Build != "" {
		return v.Number + " (bản dựng " + v.Build + ")"
	}
	return v.Number
}

var tomlVersion = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)
var tomlBuild = regexp.MustCompile(`(?m)^\s*Build\s*=\s*(\d+)`)

// VersionFromToml reads the version from FyneApp.toml, the one place it is kept.
func VersionFromToml(toml string) Version {
	var v Version
	if m := tomlVersion.FindStringSubmatch(toml); m != nil {
		v.Number = m[1]
	}
	if m := tomlBuild.FindStringSubmatch(toml); m != nil {
		v.Build = m[1]
	}
	if t, err := time.Parse("2006-01-02", buildDate); err == nil {
		v.Date = t.Format("02/01/2006")
	} else if t, ok := commitTime(); ok {
		// A plain "go build" has no -ldflags date: the commit's date stands in, so
		// that Giới thiệu never shows an empty "Ngày bản dựng" (issue 12 §6).
		v.Date = t.Format("02/01/2006")
	}
	return v
}

// commitTime is the time of the commit the binary was built from, which the Go
// toolchain records in a build inside a git checkout (absent in test binaries).
func commitTime() (time.Time, bool) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return time.Time{}, false
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.time" {
			t, err := time.Parse(time.RFC3339, s.Value)
			return t.Local(), err == nil
		}
	}
	return time.Time{}, false
}

// env is what a command runs with.
type env struct {
	ctx     context.Context
	dbPath  string
	dbGiven bool // --db was given: the window opens that file, not the one it remembers
	version Version
	stdout  io.Writer
	stderr  io.Writer
	now     func() time.Time
	lock    *sqlite.Lock // held by a command that writes (openStore)
}

// DefaultDBPath is os.UserConfigDir()/SoCongDoan/socongdoan.db.
func DefaultDBPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "SoCongDoan", "socongdoan.db"), nil
}

// Main runs the program with args (without the program name) and returns the exit code.
func Main(args []string, version Version, stdout, stderr io.Writer) int {
	// A soft ceiling for the Go heap: near it the collector works harder instead of
	// letting the heap double, so that importing 100,000 rows stays under 300 MB
	// (issue 5). GOMEMLIMIT in the environment overrides it.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(220 << 20)
	}
	e := &env{ctx: context.Background(), version: version, stdout: stdout, stderr: stderr, now: time.Now}
	rest, dbPath, err := extractDB(args)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return exitUsage
	}
	e.dbGiven = dbPath != ""
	if dbPath == "" {
		if dbPath, err = DefaultDBPath(); err != nil {
			fmt.Fprintln(stderr, "Không tìm thấy thư mục dữ liệu của người dùng:", err)
			return exitUser
		}
	}
	// One register, one lock, one window, however its path is spelled (a link, "..").
	if e.dbPath, err = sqlite.RealPath(dbPath); err != nil {
		fmt.Fprintln(stderr, "Đường dẫn tệp dữ liệu không dùng được:", dbPath, err)
		return exitUser
	}
	if len(rest) == 0 {
		return runGUI(e)
	}
	err = runCommand(e, rest)
	e.releaseLock()
	return report(e, err)
}

// report turns an error into a message on stderr and an exit code.
func report(e *env, err error) int {
	if err == nil {
		return exitOK
	}
	var ue *usageError
	if errors.As(err, &ue) {
		fmt.Fprintln(e.stderr, "Lỗi cú pháp:", ue.msg)
		fmt.Fprintln(e.stderr, "Gõ \"socongdoan help\" để xem hướng dẫn.")
		return exitUsage
	}
	fmt.Fprintln(e.stderr, "Lỗi:", data.ErrorMessage(err))
	if sqlite.IsDamaged(err) {
		fmt.Fprint(e.stderr, damagedAdvice(e))
	}
	if data.ErrorCode(err) == data.ECONFIRM {
		fmt.Fprintln(e.stderr, "Nếu đúng là như vậy, chạy lại lệnh với --force-order để xác nhận.")
	}
	if data.ErrorCode(err) == data.EINTERNAL {
		fmt.Fprintln(e.stderr, "Chi tiết:", err)
	}
	return exitUser
}

// extractDB pulls --db PATH (or --db=PATH) out of args, wherever it stands.
func extractDB(args []string) (rest []string, db string, err error) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--db" || a == "-db":
			if i+1 >= len(args) {
				return nil, "", usagef("--db cần đường dẫn tệp dữ liệu")
			}
			db = args[i+1]
			i++
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "-db="):
			db = a[strings.Index(a, "=")+1:]
		default:
			rest = append(rest, a)
		}
	}
	return rest, db, nil
}

const helpText = `Sổ Công đoàn %s — sổ sách của công đoàn cơ sở.

Cách dùng:
  socongdoan [--db TỆP]                 mở cửa sổ ứng dụng
  socongdoan members list [--search Q] [--status S] [--tsv]
                                        in danh sách đoàn viên theo thứ tự của sổ
  socongdoan members add --name "Họ và tên" [--birth dd/mm/yyyy|yyyy] [--sex nam|nữ]
                         [--cccd SỐ] [--phone SỐ] [--unit BỘ_PHẬN] [--joined dd/mm/yyyy]
                                        thêm một đoàn viên
  socongdoan members import TỆP.xlsx|.csv [--dry-run] [--on-duplicate skip|update]
                         [--sheet TRANG] [--map B=ho-ten,E=cccd,…] [--errors LOI.xlsx]
                         [--encoding utf-8|utf-16|windows-1258|windows-1252] [--no-convert]
                                        nhập đoàn viên từ Excel/CSV: in bản xem trước, các ô
                                        chữ TCVN3/VNI được chuyển (trước → sau; --no-convert
                                        giữ nguyên) và các dòng lỗi; có lỗi thì không ghi gì (mã 1)
  socongdoan members export TỆP.xlsx|.csv [--columns ho-ten,ngay-sinh,…|all]
                         [--status S] [--search Q] [--template MẪU_CẤP_TRÊN.xlsx]
                                        xuất sổ đoàn viên (theo thứ tự của sổ)
  socongdoan backup [-o TỆP]            sao lưu (mặc định vào thư mục sao-luu cạnh tệp dữ liệu)
  socongdoan restore TỆP                khôi phục từ bản sao lưu (kiểm tra tệp, sao lưu dữ liệu
                                        hiện tại trước; cửa sổ ứng dụng phải đóng)
  socongdoan check                      kiểm tra tính toàn vẹn của tệp dữ liệu
  socongdoan report --list              liệt kê các loại văn bản, báo cáo PDF
  socongdoan report LOẠI -o TỆP.pdf|TỆP.docx [--year NĂM] [--from dd/mm/yyyy --to dd/mm/yyyy]
                    [--filter status=…,unit=…,sex=…,nationality=…,search=…] [--sort CỘT] [--desc]
                    [--columns ten,ngay-sinh,…] [--landscape] [--full-cccd] [--no-notes] [--id N] [--members N,N,…]
                    [--signer chu-tich|pho-chu-tich] [--date dd/mm/yyyy] [--number N] [--draft]
                    [--force-order] [--copies N]
                    [--upper "CĐ cấp trên"] [--place "Địa danh"] [--recipients "Nơi 1;Nơi 2;Lưu: VT"]
                                        tạo văn bản PDF, hoặc Word (.docx) cùng thể thức, theo
                                        thể thức (số lấy từ sổ văn bản đi); --no-notes bỏ cột
                                        Ghi chú khi không dòng nào có ghi chú
  socongdoan report LOẠI --year NĂM --choices
                                        liệt kê hội nghị, đối thoại, thỏa ước… để chọn --id
  socongdoan todo [--on dd/mm/yyyy]     in Việc cần làm: các hạn theo luật tính từ hồ sơ, sớm nhất trước
  socongdoan congress count --file KET-QUA.csv [--base thu-ve|hop-le] [--id N]
                                        tính kết quả bầu cử từ biên bản kiểm phiếu: mỗi dòng một
                                        ứng cử viên, tiêu đề "Cuộc bầu,Số ghế,Phiếu phát ra,
                                        Phiếu thu về,Phiếu hợp lệ,Ứng cử viên,Số phiếu"; số liệu
                                        không khớp thì báo lý do (mã 1); --id lưu vào đại hội N
  socongdoan congress new --number N --term 2025-2030 --members N --date dd/mm/yyyy
                    [--called N] [--place "…"] [--consent "văn bản đồng ý của cấp trên"]
                                        ghi kế hoạch một đại hội (xem: records dai-hoi list)
  socongdoan congress posts --id N      ghi người trúng cử của đại hội N vào lịch sử cán bộ
  socongdoan finance dues --month 2026-07 [--unit BỘ_PHẬN] [--tsv]
                                        in bảng thu đoàn phí của tháng theo thứ tự của sổ: Họ và tên,
                                        Số CCCD, Bộ phận, Lương đóng BHXH, Tỷ lệ, Đoàn phí, Đã thu; tổng
                                        đã thu, nộp cấp trên (30%% phần 0,5%%), giữ lại
  socongdoan finance dues-register --year 2026 [--tsv]
                                        sổ theo dõi thu đoàn phí: từng đoàn viên, đã thu từng tháng
                                        (T01…T12; * là thu chưa đủ, "miễn"), phải thu, đã thu, còn thiếu
  socongdoan finance dues set --month M (--member MÃ|--cccd SỐ) [--salary N] [--base bhxh|thuc-linh|co-dinh]
                         [--exempt huong-bhxh|nghi-khong-luong|khong-thu-nhap|tam-dung|khong] [--collected N]
                                        ghi lương, lý do không đóng, số đã thu của một đoàn viên
  socongdoan finance dues collect --month M [--member MÃ] [--unit BỘ_PHẬN]
                                        ghi đã thu đủ cho các dòng đã lưu (cả tháng, một người, một bộ phận)
  socongdoan finance salaries import TỆP.xlsx|.csv --month 2026-07 [--dry-run] [--sheet TRANG]
                                        nhập lương của tháng: tìm đoàn viên theo số CCCD, mã đoàn viên,
                                        hoặc họ tên và ngày sinh; cột "Lương đóng BHXH" (hoặc "Tiền lương
                                        thực lĩnh", "Mức đóng cố định"); có dòng lỗi thì không ghi gì (mã 1)
  socongdoan finance salaries carry --month 2026-07
                                        lưu lương tháng trước cho người chưa có lương tháng này
  socongdoan finance kpcd --year 2026 [--tsv]
                                        in kinh phí công đoàn từng tháng: quỹ lương BHXH, 2%% phải đóng,
                                        đã đóng, hạn đóng, tình trạng (chậm đóng; không đóng sau 60 ngày),
                                        phần CĐCS được sử dụng, cấp trên cấp lại
  socongdoan finance kpcd set --month 2026-07 [--workers N] [--payroll N] [--paid N --paid-on dd/mm/yyyy]
                         [--returned N] [--relief giam|tam-dung|khong --percent N --decision SỐ
                         --decision-date dd/mm/yyyy --from 2026-07 --to 2026-12] [--notes "…"]
                                        ghi (hoặc sửa) kinh phí công đoàn của một tháng
  socongdoan finance voucher add --kind thu|chi --date dd/mm/yyyy --amount N --category MÃ
                         --reason "…" [--person "Họ tên"] [--member MÃ] [--unit BỘ_PHẬN] [--bank]
                         [--attachments N] [--rule "Khoản quy chế"] [--book-no Q]
                         [--preparer "Người lập phiếu"] (mặc định: kế toán)
                                        lập phiếu thu / phiếu chi (số phiếu tự cấp liên tục theo năm);
                                        từ chối phiếu chi làm âm quỹ, thiếu mục chi, ngày đã khóa sổ
  socongdoan finance voucher list [--year NĂM] [--tsv]
                                        in các phiếu thu, chi của năm theo thứ tự sổ
  socongdoan finance book --year NĂM [--cash|--bank] [--tsv]
                                        in sổ quỹ tiền mặt (--bank: sổ tiền gửi): Ngày, Số phiếu,
                                        Nội dung, Thu, Chi, Tồn, và kiểm tra đẳng thức cân đối
  socongdoan finance balance [--on dd/mm/yyyy]
                                        in tiền mặt, tiền gửi, tổng cuối ngày
  socongdoan finance categories [--tsv] in mục lục thu – chi: Mã, Tên, Loại thu/chi, Trạng thái, Số phiếu
  socongdoan finance category --code MÃ --name "Tên" --kind thu|chi [--flow nop-cap-tren|chuyen-quy]
                         [--retired]    thêm hoặc sửa một mục (--retired: ngừng dùng)
  socongdoan finance category retire|restore|delete MÃ
                                        ngừng dùng (ẩn khỏi phiếu mới, phiếu cũ giữ nguyên), dùng lại,
                                        hoặc xóa một mục chưa phiếu nào dùng
  socongdoan finance settings [--tsv]   in cài đặt tài chính: mã, nội dung, giá trị, mặc định (hạn
                                        dự toán, quyết toán, kiểm tra, công khai; tỷ lệ; làm tròn)
  socongdoan finance settings set MÃ GIÁ_TRỊ [MÃ GIÁ_TRỊ …] | reset [MÃ …]
                                        đổi (hoặc về mặc định) các cài đặt tài chính, kiểm tra cùng lúc
  socongdoan finance base-salary --from dd/mm/yyyy --amount N
                                        thêm mức lương cơ sở từ ngày: trần đoàn phí 10%% theo mức này
                                        (không đổi được mức của tháng đã lưu đoàn phí)
  socongdoan finance dues-rate [--tsv] in các tỷ lệ đoàn phí cao hơn 0,5%% theo nghị quyết BCH mở rộng
  socongdoan finance dues-rate add --from 2026-11 --rate 1%% --number SỐ --date dd/mm/yyyy --in-quy-che
                                        ghi nghị quyết tỷ lệ cao hơn (đã ghi vào quy chế chi tiêu);
                                        áp dụng từ sau tháng đã lưu đoàn phí cuối cùng
  socongdoan finance setup [--start dd/mm/yyyy --cash N --bank N] [--closed-through dd/mm/yyyy|none]
                                        số dư đầu kỳ khi bắt đầu sổ, khóa sổ đến ngày
  socongdoan finance settlement --year NĂM [--half 1|2] [--tsv]
                                        số liệu quyết toán theo mục lục, tính từ sổ thu – chi
  socongdoan records --kinds            liệt kê các loại hồ sơ (LOẠI): hoi-nghi, dai-dien,
                                        doi-thoai, thuong-luong, thoa-uoc, can-bo, dao-tao,
                                        ke-hoach-dao-tao, doan-vien
  socongdoan records LOẠI list [--year NĂM] [--tsv]
                                        in các hồ sơ một loại, mới nhất trước (--tsv: mọi cột,
                                        dòng đầu là tiêu đề, cột Mã là mã hồ sơ)
  socongdoan records LOẠI show MÃ       in một hồ sơ, từng mục như trên màn hình
  socongdoan records LOẠI history MÃ    in lịch sử thay đổi của một hồ sơ (cả đoàn viên)
  socongdoan records LOẠI trash MÃ      chuyển một hồ sơ vào thùng rác (cả đoàn viên)
  socongdoan trash list [--tsv]         in thùng rác: Loại, Mã, Tên, Ngày xóa, mọi loại hồ sơ
  socongdoan trash restore LOẠI MÃ      khôi phục một hồ sơ từ thùng rác
  socongdoan demo --members N [--vouchers M]
                                        tạo dữ liệu mẫu (N đoàn viên; thêm M phiếu thu, chi
                                        trong năm nay) trong tệp mới --db TỆP;
                                        từ chối tệp đã có dữ liệu thật
  socongdoan version                    in phiên bản
  socongdoan help                       in hướng dẫn này

--db TỆP dùng tệp dữ liệu khác (mặc định: %s), đặt ở bất cứ đâu trong lệnh.
Trạng thái (--status): dang-sinh-hoat, tam-dung, chuyen-di, ra-khoi, xoa-ten, khai-tru,
  tat-ca (mọi trạng thái); mặc định: đoàn viên hiện có (đang sinh hoạt và tạm dừng).
Báo cáo (report): --year/--from/--to chọn kỳ báo cáo; với danh sách đoàn viên, quyết định kết
  nạp, đề nghị cấp thẻ là những người vào công đoàn trong kỳ. Không có -o khi dùng --choices.
  Số văn bản lấy tự động (in lại cùng văn bản giữ số và ngày cũ); --draft để trống số; số làm
  sai thứ tự ngày trong sổ văn bản đi bị từ chối, trừ khi thêm --force-order. Quyết định kết
  nạp: --id N hoặc --members N,N,… chọn người (xem --choices); người đã có quyết định thì in
  lại đúng quyết định đó. --copies N: số bản của biên bản (mặc định theo cài đặt, 02).
Mã thoát: 0 thành công, 1 lỗi dữ liệu (thông báo bằng tiếng Việt), 2 sai cú pháp.
`

func runCommand(e *env, args []string) error {
	switch args[0] {
	case "help", "--help", "-h":
		fmt.Fprintf(e.stdout, helpText, e.version, e.dbPath)
		return nil
	case "version", "--version":
		fmt.Fprintln(e.stdout, "Sổ Công đoàn", e.version)
		if e.version.Date != "" {
			fmt.Fprintln(e.stdout, "Ngày bản dựng:", e.version.Date)
		}
		return nil
	case "members":
		if len(args) < 2 {
			return usagef("thiếu lệnh con: members list | add | import | export")
		}
		switch args[1] {
		case "list":
			return membersList(e, args[2:])
		case "add":
			return membersAdd(e, args[2:])
		case "import":
			return membersImport(e, args[2:])
		case "export":
			return membersExport(e, args[2:])
		}
		return usagef("không có lệnh \"members %s\"", args[1])
	case "demo":
		return demoCmd(e, args[1:])
	case "backup":
		return backupCmd(e, args[1:])
	case "restore":
		return restoreCmd(e, args[1:])
	case "check":
		return checkCmd(e, args[1:])
	case "todo":
		return todoCmd(e, args[1:])
	case "report":
		return reportCmd(e, args[1:])
	case "congress":
		return congressCmd(e, args[1:])
	case "finance":
		return financeCmd(e, args[1:])
	case "records":
		return recordsCmd(e, args[1:])
	case "trash":
		return trashCmd(e, args[1:])
	}
	return usagef("không có lệnh \"%s\"", args[0])
}
