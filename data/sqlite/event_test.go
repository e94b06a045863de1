package sqlite_test

import (
	"testing"

	"socongdoan/data"
)

func TestAddMemberEvent(t *testing.T) {
	// step is one action and whether the store takes it ("" = accepted).
	type step struct {
		e        data.MemberEvent
		wantCode string
	}
	tests := []struct {
		name       string
		steps      []step
		wantStatus data.Status
	}{
		{"a suspension then a resumption are both allowed", []step{
			{data.MemberEvent{Kind: data.EventSuspended, Reason: data.SuspendHardship, Date: day(2026, 1, 10)}, ""},
			{data.MemberEvent{Kind: data.EventResumed, Date: day(2026, 3, 1)}, ""},
		}, data.StatusActive},
		{"resuming a member who is not suspended is refused", []step{
			{data.MemberEvent{Kind: data.EventResumed, Date: day(2026, 3, 1)}, data.EINVALID},
		}, data.StatusActive},
		{"re-admission before three months have passed is refused", []step{
			{data.MemberEvent{Kind: data.EventLeft, Date: day(2026, 3, 1), Decision: "Đơn ngày 25/02/2026"}, ""},
			{data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 4, 1)}, data.EINVALID},
		}, data.StatusLeft},
		{"re-admission after three months is allowed", []step{
			{data.MemberEvent{Kind: data.EventLeft, Date: day(2026, 1, 5), Decision: "Đơn ngày 02/01/2026"}, ""},
			{data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 6, 1)}, ""},
		}, data.StatusActive},
		{"a job-loss suspension longer than twelve months is refused", []step{
			{data.MemberEvent{Kind: data.EventSuspended, Reason: data.SuspendJobLoss, Date: day(2026, 1, 10), Until: day(2027, 2, 10)}, data.EINVALID},
		}, data.StatusActive},
		{"a job-loss suspension of exactly twelve months is allowed", []step{
			{data.MemberEvent{Kind: data.EventSuspended, Reason: data.SuspendJobLoss, Date: day(2026, 1, 10), Until: day(2027, 1, 10)}, ""},
		}, data.StatusSuspended},
		{"an action dated after today is refused", []step{
			{data.MemberEvent{Kind: data.EventTransferOut, Place: "CĐCS Công ty Samsung", Date: day(2026, 6, 16)}, data.EINVALID},
		}, data.StatusActive},
		{"an action dated before the previous one is refused", []step{
			{data.MemberEvent{Kind: data.EventSuspended, Reason: data.SuspendOther, Date: day(2026, 2, 1)}, ""},
			{data.MemberEvent{Kind: data.EventResumed, Date: day(2026, 1, 1)}, data.EINVALID},
		}, data.StatusSuspended},
		{"a transfer out then back in is allowed", []step{
			{data.MemberEvent{Kind: data.EventTransferOut, Place: "CĐCS Công ty Samsung", Date: day(2025, 1, 1)}, ""},
			{data.MemberEvent{Kind: data.EventTransferIn, Place: "CĐCS Công ty Samsung", Date: day(2026, 1, 1)}, ""},
		}, data.StatusActive},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			m := mustCreate(t, s, member("Nguyễn Văn An"))[0]
			accepted := 0
			for i, st := range tt.steps {
				e := st.e
				e.MemberID = m.ID
				err := s.AddMemberEvent(ctx, &e)
				if st.wantCode == "" {
					if err != nil {
						t.Fatalf("step %d (%s): %v", i+1, e.Kind.Label(), err)
					}
					accepted++
					if e.ID == 0 || !e.At.Equal(today) {
						t.Fatalf("step %d: id %d at %v", i+1, e.ID, e.At)
					}
					continue
				}
				wantError(t, err, st.wantCode, "")
				t.Logf("step %d refused: %s", i+1, data.ErrorMessage(err))
			}
			got, err := s.Member(ctx, m.ID)
			must(t, err)
			if got.Status != tt.wantStatus {
				t.Fatalf("status %q, want %q", got.Status, tt.wantStatus)
			}
			events, err := s.MemberEvents(ctx, m.ID)
			must(t, err)
			history, err := s.MemberHistory(ctx, m.ID)
			must(t, err)
			if len(events) != 1+accepted || len(history) != 1+accepted {
				t.Fatalf("%d events and %d log rows, want %d", len(events), len(history), 1+accepted)
			}
			for _, h := range history[:accepted] {
				if h.Field != "Trạng thái" {
					t.Fatalf("log row %+v, want Trạng thái", h)
				}
			}
		})
	}
}

func TestStatusChangeIsLoggedAsAChairReadsIt(t *testing.T) {
	s := mustOpen(t)
	m := mustCreate(t, s, member("Nguyễn Văn An"))[0]
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: m.ID, Kind: data.EventSuspended, Reason: data.SuspendHardship, Date: day(2026, 1, 10)}))
	must(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: m.ID, Kind: data.EventResumed, Date: day(2026, 3, 1)}))
	h, err := s.MemberHistory(ctx, m.ID)
	must(t, err)
	want := [][3]string{
		{"Trạng thái", "Tạm dừng sinh hoạt", "Đang sinh hoạt — Sinh hoạt trở lại từ 01/03/2026"},
		{"Trạng thái", "Đang sinh hoạt", "Tạm dừng sinh hoạt từ 10/01/2026"},
		{"Tạo mới", "", "Nguyễn Văn An"},
	}
	if len(h) != len(want) {
		t.Fatalf("history %+v", h)
	}
	for i, w := range want {
		if got := [3]string{h[i].Field, h[i].Old, h[i].New}; got != w {
			t.Errorf("entry %d = %q, want %q", i, got, w)
		}
	}
}
