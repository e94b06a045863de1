package app_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// Thu – chi on the command line (issue 13 points 3, 4, 10).
func TestFinanceVoucherCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cash.db")
	ok := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, append([]string{"--db", db, "finance"}, args...)...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", args, code, errOut)
		}
		return out
	}
	fails := func(wantMsg string, args ...string) {
		t.Helper()
		code, _, errOut := run(t, append([]string{"--db", db, "finance"}, args...)...)
		if code != 1 || !strings.Contains(errOut, wantMsg) {
			t.Errorf("%v: code %d, stderr %q; want code 1 and %q", args, code, errOut, wantMsg)
		}
	}
	store, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SaveProfile(context.Background(), &data.Profile{Name: "Công đoàn cơ sở Công ty TNHH Thử", UpperName: "Công đoàn phường Quế Võ",
		EnterpriseName: "Công ty TNHH Thử", Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hường", WorkersTotal: 10}); err != nil {
		t.Fatal(err)
	}
	store.Close()
	ok("setup", "--start", "01/01/2025", "--cash", "1.000.000", "--bank", "5.000.000")
	out := ok("voucher", "add", "--kind", "thu", "--date", "10/01/2025", "--amount", "2.500.000", "--category", "T02",
		"--reason", "Thu đoàn phí tháng 12/2024", "--person", "Trần Thị Mai")
	if !strings.Contains(out, "PT001/2025") || !strings.Contains(out, "Hai triệu năm trăm nghìn đồng") {
		t.Errorf("add thu: %q", out)
	}
	fails("cần chọn mục chi", "voucher", "add", "--kind", "chi", "--date", "11/01/2025", "--amount", "100000", "--reason", "Thăm hỏi", "--person", "A")
	fails("làm quỹ tiền mặt âm", "voucher", "add", "--kind", "chi", "--date", "11/01/2025", "--amount", "3.500.001",
		"--category", "C04", "--reason", "Thăm hỏi", "--person", "A")
	fails("tiền gửi ngân hàng âm", "voucher", "add", "--kind", "chi", "--date", "11/01/2025", "--amount", "5.000.001",
		"--category", "N01", "--reason", "Nộp cấp trên", "--person", "LĐLĐ", "--bank")
	ok("voucher", "add", "--kind", "chi", "--date", "11/01/2025", "--amount", "3.500.000", "--category", "C04", "--reason", "Thăm hỏi ốm đau", "--person", "Lê Văn Hùng")
	ok("voucher", "add", "--kind", "chi", "--date", "12/01/2025", "--amount", "750.000", "--category", "N01", "--reason", "Nộp đoàn phí", "--person", "LĐLĐ", "--bank")
	book := ok("book", "--year", "2025", "--tsv")
	want := "Ngày\tSố phiếu\tNội dung\tThu\tChi\tTồn\n" +
		"10/01/2025\tPT001/2025\tThu đoàn phí tháng 12/2024\t2500000\t0\t3500000\n" +
		"11/01/2025\tPC001/2025\tThăm hỏi ốm đau\t0\t3500000\t0\n"
	if book != want {
		t.Errorf("cash book:\n%s\nwant\n%s", book, want)
	}
	if bank := ok("book", "--year", "2025", "--bank", "--tsv"); !strings.Contains(bank, "PC002/2025\tNộp đoàn phí\t0\t750000\t4250000") {
		t.Errorf("bank book:\n%s", bank)
	}
	text := ok("book", "--year", "2025")
	if !strings.Contains(text, "Đầu kỳ 6.000.000 đ + thu 2.500.000 đ - chi 3.500.000 đ - nộp cấp trên 750.000 đ = cuối kỳ 4.250.000 đ = tiền mặt 0 đ + tiền gửi 4.250.000 đ") ||
		!strings.Contains(text, "Sổ cân") {
		t.Errorf("book text:\n%s", text)
	}
	if bal := ok("balance", "--on", "10/01/2025"); !strings.Contains(bal, "3.500.000 đ") || !strings.Contains(bal, "8.500.000 đ") {
		t.Errorf("balance:\n%s", bal)
	}
	cats := ok("categories", "--tsv")
	if !strings.HasPrefix(cats, "Mã\tTên\tLoại\t") || !strings.Contains(cats, "C04\tThăm hỏi đoàn viên") {
		t.Errorf("categories:\n%s", cats)
	}
	// The documents (issue 13 point 9): the exact Vietnamese comes back out of the PDF.
	dir := t.TempDir()
	report := func(args ...string) string {
		t.Helper()
		code, out, errOut := run(t, append([]string{"--db", db, "report"}, args...)...)
		if code != 0 {
			t.Fatalf("report %v: %d %s", args, code, errOut)
		}
		return out
	}
	report("voucher", "--id", "2", "-o", filepath.Join(dir, "pc.pdf"))
	pc := strings.Join(pdfLayout(t, filepath.Join(dir, "pc.pdf")), "\n")
	for _, want := range []string{"PHIẾU CHI", "Số: PC001/2025", "Họ và tên người nhận tiền: Lê Văn Hùng", "Lý do chi: Thăm hỏi ốm đau",
		"Số tiền: 3.500.000 đồng (viết bằng chữ: Ba triệu năm trăm nghìn đồng)", "NGƯỜI NHẬN TIỀN", "THỦ QUỸ"} {
		if !strings.Contains(pc, want) {
			t.Errorf("phiếu chi lacks %q:\n%s", want, pc)
		}
	}
	report("cash-book", "--year", "2025", "-o", filepath.Join(dir, "sq.pdf"))
	sq := strings.Join(pdfLayout(t, filepath.Join(dir, "sq.pdf")), "\n")
	for _, want := range []string{"SỔ QUỸ TIỀN MẶT", "PT001/2025", "PC001/2025", "Thu đoàn phí tháng 12/2024", "3.500.000", "Số dư cuối kỳ",
		"cuối kỳ 4.250.000 đ = tiền mặt 0 đ"} {
		if !strings.Contains(sq, want) {
			t.Errorf("sổ quỹ lacks %q:\n%s", want, sq)
		}
	}
	report("bank-book", "--year", "2025", "-o", filepath.Join(dir, "tg.docx"))
	ok("setup", "--closed-through", "31/01/2025")
	fails("đã khóa sổ", "voucher", "add", "--kind", "thu", "--date", "20/01/2025", "--amount", "1000", "--category", "T05", "--reason", "X", "--person", "A")
	code, _, errOut := run(t, "--db", db, "records", "phieu-thu-chi", "trash", "2")
	if code != 1 || !strings.Contains(errOut, "khóa sổ") {
		t.Errorf("trash in a closed period: %d %q", code, errOut)
	}
}
