package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// A member form opened before an import (or another window) changed the member
// does not put the old values back: the save is refused with the message, and
// nothing the chair typed is lost without their word (issue 10 item 7).
func TestAStaleMemberFormIsNotSaved(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An")
	ctx := context.Background()
	rows, err := store.MemberRows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	m, err := store.Member(ctx, rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	u.openMemberForm(m)
	f := currentForm(t, u)
	// Meanwhile the CLI changes the phone.
	other, err := store.Member(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	other.Phone = "0912345678"
	if err := store.UpdateMember(ctx, other); err != nil {
		t.Fatal(err)
	}
	f.notes.SetText("ghi chú gõ trên form cũ")
	test.Tap(f.save)
	if shown := overlayTexts(u.win); !strings.Contains(shown, data.MsgChangedElsewhere) ||
		!strings.Contains(shown, "Số điện thoại: đang lưu «0912345678»") {
		t.Fatalf("no conflict dialog; overlays:\n%s", shown)
	}
	got, err := store.Member(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Phone != "0912345678" || got.Notes != "" {
		t.Errorf("the stale form wrote: phone %q, notes %q", got.Phone, got.Notes)
	}
	if f.notes.Text != "ghi chú gõ trên form cũ" {
		t.Errorf("the typed text is gone: %q", f.notes.Text)
	}
}
