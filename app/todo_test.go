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

func TestTodoCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "todo.db")
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	store, err := sqlite.Open(db, sqlite.WithNow(func() time.Time { return day(2026, 11, 21) }))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(store.SaveProfile(ctx, &data.Profile{Name: "CĐCS Công ty Thử", UpperName: "Công đoàn phường Quế Võ",
		EnterpriseName: "Công ty Thử", Place: "Bắc Ninh", ChairName: "Nguyễn Thị Hường", WorkersTotal: 120}))
	request := &data.Dialogue{Kind: data.DialogueRequested, RequestedBy: data.SideEmployer, RequestDate: day(2026, 11, 16)}
	must(data.Dialogues.Store(store).Create(ctx, request))
	agreement := &data.Agreement{Level: data.LevelEnterprise, Voters: 120, VotesFor: 61, Signed: day(2026, 11, 2), TermYears: 2}
	must(data.Agreements.Store(store).Create(ctx, agreement))
	store.Close()

	t.Run("todo --on lists the deadlines of that day, soonest first, with the record", func(t *testing.T) {
		code, out, errOut := run(t, "--db", db, "todo", "--on", "21/11/2026")
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if !strings.HasPrefix(lines[0], "Hạn") {
			t.Errorf("no header: %q", lines[0])
		}
		want := []string{
			// Signed Mon 2/11 + 10 days.
			"12/11/2026  QUÁ HẠN 9 ngày",
			// No representative list yet: due today.
			"21/11/2026  hôm nay",
			// Mon 16/11 + 5 working days.
			"23/11/2026  còn 2 ngày",
		}
		for i, w := range want {
			if i+1 >= len(lines) || !strings.HasPrefix(lines[i+1], w) {
				t.Errorf("line %d = %q, want it to start with %q\n%s", i+1, lines[i+1], w, out)
			}
		}
		for _, part := range []string{
			"Gửi thỏa ước đến Sở Nội vụ", "Trả lời bằng văn bản yêu cầu đối thoại của người sử dụng lao động",
			"Đối thoại theo yêu cầu (yêu cầu ngày 16/11/2026) (#1)",
			"Hội nghị người lao động: chưa có hồ sơ", "Danh sách đại diện đối thoại: chưa có hồ sơ",
			"việc, 1 quá hạn (tính đến 21/11/2026)",
		} {
			if !strings.Contains(out, part) {
				t.Errorf("output lacks %q:\n%s", part, out)
			}
		}
	})
	t.Run("another day gives other deadlines", func(t *testing.T) {
		_, out, _ := run(t, "--db", db, "todo", "--on", "24/11/2026")
		if !strings.Contains(out, "23/11/2026  QUÁ HẠN 1 ngày") {
			t.Errorf("the reply is not overdue on 24/11:\n%s", out)
		}
	})
	t.Run("a bad date is bad usage", func(t *testing.T) {
		code, _, errOut := run(t, "--db", db, "todo", "--on", "31/02/2026")
		if code != 2 || !strings.Contains(errOut, "--on") {
			t.Errorf("code %d, stderr %q", code, errOut)
		}
	})
}

func TestDemoRecordsGiveTodos(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	if code, _, errOut := run(t, "demo", "--members", "300", "--db", db); code != 0 {
		t.Fatalf("demo: code %d: %s", code, errOut)
	}
	code, out, errOut := run(t, "--db", db, "todo")
	if code != 0 {
		t.Fatalf("todo: code %d: %s", code, errOut)
	}
	// The demo is dated around today: its overdue items and the agreement's
	// renegotiation window show whatever the day.
	for _, part := range []string{
		"QUÁ HẠN", "Trả lời bằng văn bản yêu cầu đối thoại", "Niêm yết nội dung chính của đối thoại",
		"Người sử dụng lao động cung cấp thông tin", "Thương lượng gia hạn hoặc ký thỏa ước mới",
		"Đánh giá, xếp loại thỏa ước năm",
	} {
		if !strings.Contains(out, part) {
			t.Errorf("todo after demo lacks %q:\n%s", part, out)
		}
	}
}
