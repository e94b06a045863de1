package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// The ATVSV's phụ cấp and quy chế go through the cadre form (issue 14 point
// 6): a negative phụ cấp is refused at its field; a good one is stored with
// the quy chế. The Cán bộ tab names the ATVSV without a certificate — not
// whoever the sort by post moved into her place (the flags were found before
// the list was sorted and pointed at other people).
func TestATVSVAllowanceAndFlags(t *testing.T) {
	u, store := newTestUI(t)
	ctx := context.Background()
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	// Stored first, listed last: the ATVSV sorts after the chair.
	atvsv := &data.Cadre{Name: "Lê Thị Mai", Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ Cắt", From: day(2025, 2, 1), How: data.AppointElected}}}
	chair := &data.Cadre{Name: "Nguyễn Thị Hường", Posts: []data.PostTerm{{Post: data.PostChair, From: day(2025, 5, 10), How: data.AppointElected}}}
	for _, c := range []*data.Cadre{chair, atvsv} {
		if err := data.Cadres.Store(store).Create(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	u.openRecord(data.RecordRef{Kind: data.KindCadre, ID: atvsv.ID})
	f := u.rec.train.cadre
	f.allowance.SetText("-300.000")
	test.Tap(f.save)
	if msg, _ := fieldMessage(f.recordForm, data.FieldCadreAllowance); !strings.Contains(msg, "không hợp lệ") {
		t.Errorf("negative phụ cấp: %q", msg)
	}
	f.allowance.SetText("300.000")
	f.rules.SetText("Quyết định số 15/QĐ-CTY ngày 10/01/2025")
	test.Tap(f.save)
	noErrors(t, u.rec.train.cadre.recordForm)
	got, err := data.Cadres.Store(store).Get(ctx, atvsv.ID)
	if err != nil || got.ATVSVAllowance != 300_000 || got.ATVSVRules != "Quyết định số 15/QĐ-CTY ngày 10/01/2025" {
		t.Fatalf("stored %+v (%v)", got, err)
	}

	u.backToSection(data.KindCadre)
	s := newTrainingSection(u)
	s.build()
	if !strings.Contains(s.flags.Text, "Lê Thị Mai: chưa có giấy chứng nhận") || strings.Contains(s.flags.Text, "Nguyễn Thị Hường: chưa có giấy") {
		t.Errorf("flags: %q", s.flags.Text)
	}
}
