package app_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// Phiếu thu / phiếu chi in the layout of C40-BB / C41-BB with their signers
// (issue 13 point 3): the chủ tịch from the records, the kế toán and thủ quỹ
// from Cán bộ or else Cài đặt, the người lập per voucher (the kế toán unless
// --preparer); a name nobody recorded prints dotted and the chair is told.
func TestVoucherSigners(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sign.db")
	run1 := func(args ...string) (string, string) {
		t.Helper()
		code, out, errOut := run(t, append([]string{"--db", db}, args...)...)
		if code != 0 {
			t.Fatalf("%v: code %d: %s", args, code, errOut)
		}
		return out, errOut
	}
	store, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := store.SaveProfile(ctx, &data.Profile{Name: "Công đoàn cơ sở Công ty TNHH Thử", UpperName: "Công đoàn phường Quế Võ",
		EnterpriseName: "Công ty TNHH Thử", Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hường", WorkersTotal: 10}); err != nil {
		t.Fatal(err)
	}
	store.Close()
	run1("finance", "setup", "--start", "01/01/2026", "--cash", "5.000.000")
	run1("finance", "settings", "set", data.KeyAccountant, "Trần Thị Lan")
	out, _ := run1("finance", "voucher", "add", "--kind", "chi", "--date", "05/01/2026", "--amount", "300.000", "--category", "C04",
		"--reason", "Thăm hỏi ốm đau", "--person", "Lê Văn Hùng", "--unit", "Tổ may 2", "--attachments", "2")
	if !strings.Contains(out, "PC001/2026") {
		t.Fatalf("add: %q", out)
	}
	run1("finance", "voucher", "add", "--kind", "thu", "--date", "06/01/2026", "--amount", "1.200.000", "--category", "T02",
		"--reason", "Thu đoàn phí tháng 12/2025", "--person", "Phạm Văn Tú", "--preparer", "Đỗ Minh Khoa")
	dir := t.TempDir()
	pdf := filepath.Join(dir, "pc.pdf")
	_, warn := run1("report", "voucher", "--id", "1", "-o", pdf)
	if !strings.Contains(warn, "Chưa ghi thủ quỹ") || strings.Contains(warn, "kế toán") {
		t.Errorf("told before printing: %q", warn)
	}
	text := strings.Join(pdfLayout(t, pdf), "\n")
	for _, want := range []string{"Mẫu số C41-BB", "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC", "PHIẾU CHI",
		"Liên 1: Lưu tại nơi lập phiếu", "Liên 2: Thủ quỹ giữ để ghi sổ quỹ", "Số: PC001/2026",
		"Họ và tên người nhận tiền: Lê Văn Hùng", "Địa chỉ (bộ phận): Tổ may 2", "Kèm theo: 02 chứng từ gốc",
		"Nguyễn Thị Hường", "Trần Thị Lan", "NGƯỜI LẬP PHIẾU", "THỦ QUỸ"} {
		if !strings.Contains(text, want) {
			t.Errorf("phiếu chi lacks %q:\n%s", want, text)
		}
	}
	if strings.Count(text, "Trần Thị Lan") != 4 { // kế toán and người lập, on each of the two liên
		t.Errorf("kế toán and người lập on 2 liên: %d times", strings.Count(text, "Trần Thị Lan"))
	}

	// A thủ quỹ recorded in Cán bộ signs from that day; the receipt keeps its
	// own người lập; three liên as set.
	store, err = sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	c := &data.Cadre{Name: "Vũ Thị Mơ", Posts: []data.PostTerm{{Post: data.PostCashier, From: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), How: data.AppointAssigned}}}
	if err := data.Cadres.Store(store).Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	store.Close()
	run1("finance", "settings", "set", data.KeyVoucherCopies, "3")
	docx := filepath.Join(dir, "pt.docx")
	_, warn = run1("report", "voucher", "--id", "2", "-o", docx)
	if warn != "" {
		t.Errorf("nothing missing, yet: %q", warn)
	}
	pdf = filepath.Join(dir, "pt.pdf")
	run1("report", "voucher", "--id", "2", "-o", pdf)
	text = strings.Join(pdfLayout(t, pdf), "\n")
	for _, want := range []string{"Mẫu số C40-BB", "PHIẾU THU", "Liên 3: Giao người nộp tiền", "Vũ Thị Mơ", "Đỗ Minh Khoa", "Trần Thị Lan",
		"Họ và tên người nộp tiền: Phạm Văn Tú", "(viết bằng chữ: Một triệu hai trăm nghìn đồng)"} {
		if !strings.Contains(text, want) {
			t.Errorf("phiếu thu lacks %q:\n%s", want, text)
		}
	}
}
