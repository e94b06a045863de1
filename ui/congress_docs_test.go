package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"socongdoan/data"
)

// The congress form's "In văn bản đại hội" opens Báo cáo on the congress's
// ballots with that congress chosen (not the newest), and prints it.
func TestCongressFormOpensItsDocuments(t *testing.T) {
	u, store := newTestUI(t, "Nguyễn Văn An", "Lê Thị Hoa")
	dir := t.TempDir()
	var opened []string
	u.savePDFPath = func(_, name string, done func(string)) { done(filepath.Join(dir, name)) }
	u.showPDF = func(path string) { opened = append(opened, path) }
	ctx := data.Confirmed(context.Background())
	var ids []int64
	for _, n := range []int{4, 5} {
		c := &data.Congress{Number: n, TermFrom: 2015 + 5*(n-4), TermTo: 2020 + 5*(n-4), Members: 2, Date: day(2015+5*(n-4), 11, 20),
			Candidates: []data.CongressCandidate{{Body: data.BodyBCH, Name: "Nguyễn Văn An"}, {Body: data.BodyBCH, Name: "Lê Thị Hoa"}}}
		if err := data.Congresses.Store(store).Create(ctx, c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	f := u.openRecord(data.RecordRef{Kind: data.KindCongress, ID: ids[0]})
	if f == nil {
		t.Fatal("no congress form")
	}
	var visit func(o fyne.CanvasObject, f func(fyne.CanvasObject))
	visit = func(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
		walk(o, func(x fyne.CanvasObject) {
			f(x)
			if tabs, ok := x.(*container.AppTabs); ok {
				for _, it := range tabs.Items {
					visit(it.Content, f)
				}
			}
		})
	}
	button := func(text string) *widget.Button {
		var found *widget.Button
		visit(u.body, func(o fyne.CanvasObject) {
			if b, ok := o.(*widget.Button); ok && b.Text == text {
				found = b
			}
		})
		if found == nil {
			t.Fatalf("no button %q", text)
		}
		return found
	}
	if u.rec.congress == nil || u.rec.congress.docs == nil {
		t.Fatal("no 'In văn bản đại hội' button on a saved congress")
	}
	test.Tap(u.rec.congress.docs)
	if u.sections[u.current].title != "Báo cáo" {
		t.Fatalf("section %q, want Báo cáo", u.sections[u.current].title)
	}
	var title, chosen string
	visit(u.body, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			if w.Text == "Phiếu bầu cử" {
				title = w.Text
			}
		case *widget.Select:
			if strings.Contains(w.Selected, "Đại hội lần thứ") {
				chosen = w.Selected
			}
		}
	})
	if title == "" || !strings.Contains(chosen, "lần thứ IV") {
		t.Fatalf("Báo cáo opened on %q about %q, want Phiếu bầu cử about congress IV", title, chosen)
	}
	test.Tap(button("Tạo PDF"))
	if len(opened) != 1 || !strings.HasSuffix(opened[0], ".pdf") {
		t.Fatalf("opened %v", opened)
	}
}
