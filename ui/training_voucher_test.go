package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"socongdoan/data"
)

// A course's cost and its phiếu chi: the voucher made from the saved course
// carries its cost and is linked to it; a cost typed that differs from what
// the linked vouchers paid is told at the cost field on save, and "Lấy theo
// phiếu chi" makes them agree.
func TestCourseCostLinkedToAVoucher(t *testing.T) {
	u, store := newTestUI(t)
	if err := store.SaveCashSetup(u.ctx, data.CashSetup{Start: day(2026, 1, 1), Opening: data.CashBank{Cash: 5_000_000}}); err != nil {
		t.Fatal(err)
	}
	course := &data.Course{Name: "Tập huấn nghiệp vụ tài chính", Level: data.CourseUpper, Form: data.FormOnsite, From: day(2026, 3, 10), Cost: 1_200_000}
	if err := data.Courses.Store(store).Create(u.ctx, course); err != nil {
		t.Fatal(err)
	}
	u.openRecord(data.RecordRef{Kind: data.KindCourse, ID: course.ID})
	f := u.rec.train.course
	if !strings.Contains(f.vouchers.shown.Text, "Chưa liên kết") || f.vouchers.make.Disabled() {
		t.Fatalf("before: %q", f.vouchers.shown.Text)
	}
	test.Tap(f.vouchers.make)
	vf := u.rec.voucher
	if vf == nil || vf.amount.Text != "1.200.000" || !strings.Contains(vf.reason.Text, "tập huấn nghiệp vụ tài chính") {
		t.Fatalf("voucher form from the course: %+v", vf)
	}
	vf.person.SetText("Trần Văn Đức")
	vf.category.set("C04")
	vf.amount.SetText("1.000.000") // the receipts came to less than planned
	if !vf.submit() {
		t.Fatalf("voucher not saved: %q", vf.summary.Text)
	}
	vs, _ := data.Vouchers.Store(store).List(u.ctx)
	if len(vs) != 1 || vs[0].LinkKind != data.KindCourse || vs[0].LinkID != course.ID {
		t.Fatalf("stored %+v", vs)
	}

	u.openRecord(data.RecordRef{Kind: data.KindCourse, ID: course.ID})
	f = u.rec.train.course
	if !strings.Contains(f.vouchers.shown.Text, "PC001/2026") {
		t.Errorf("linked: %q", f.vouchers.shown.Text)
	}
	f.notes.SetText("Đã quyết toán")
	test.Tap(f.save)
	f = u.rec.train.course
	// Saved (a warning), and the disagreement is said at the cost field.
	if c, _ := data.Courses.Store(store).Get(u.ctx, course.ID); c.Notes != "Đã quyết toán" {
		t.Error("a warning stopped the save")
	}
	if msg, _ := fieldMessage(f.recordForm, data.FieldCourseCost); !strings.Contains(msg, "1.200.000 đ nhưng phiếu chi PC001/2026 chi 1.000.000 đ") {
		t.Errorf("cost message %q", msg)
	}
	test.Tap(f.vouchers.useSums)
	test.Tap(f.save)
	f = u.rec.train.course
	if c, _ := data.Courses.Store(store).Get(u.ctx, course.ID); c.Cost != 1_000_000 {
		t.Errorf("cost %d after Lấy theo phiếu chi", c.Cost)
	}
	if msg, _ := fieldMessage(f.recordForm, data.FieldCourseCost); msg != "" {
		t.Errorf("still a message: %q", msg)
	}
}
