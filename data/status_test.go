package data_test

import (
	"strings"
	"testing"

	"socongdoan/data"
)

func TestCheckEvent(t *testing.T) {
	admitted := []data.MemberEvent{{Kind: data.EventAdmitted, Date: day(2020, 1, 10)}}
	left := append(admitted[:1:1], data.MemberEvent{Kind: data.EventLeft, Date: day(2026, 8, 1)})
	suspended := append(admitted[:1:1], data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 1, 1), Reason: data.SuspendContract})
	expelled := append(admitted[:1:1], data.MemberEvent{Kind: data.EventExpelled, Date: day(2026, 1, 1)})
	cases := []struct {
		name    string
		history []data.MemberEvent
		e       data.MemberEvent
		want    string // "" = allowed; else a part of the message
	}{
		{"an active member may be suspended for a contract suspension", admitted,
			data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 3, 1), Reason: data.SuspendContract}, ""},
		{"a suspension needs a reason", admitted,
			data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 3, 1)}, "lý do"},
		{"a job-loss suspension of 12 months is allowed", admitted,
			data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 3, 1), Until: day(2027, 3, 1), Reason: data.SuspendJobLoss}, ""},
		{"a job-loss suspension over 12 months is refused", admitted,
			data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 3, 1), Until: day(2027, 3, 2), Reason: data.SuspendJobLoss}, "tối đa 12 tháng"},
		{"a suspended member may resume", suspended, data.MemberEvent{Kind: data.EventResumed, Date: day(2026, 6, 1)}, ""},
		{"an active member cannot resume", admitted, data.MemberEvent{Kind: data.EventResumed, Date: day(2026, 6, 1)}, "Không thể"},
		{"a transfer out needs the destination", admitted, data.MemberEvent{Kind: data.EventTransferOut, Date: day(2026, 6, 1)}, "nơi chuyển đến"},
		{"a transfer out with a destination is allowed", admitted,
			data.MemberEvent{Kind: data.EventTransferOut, Date: day(2026, 6, 1), Place: "CĐCS Công ty CP May 10"}, ""},
		{"a change dated in the future is refused", admitted, data.MemberEvent{Kind: data.EventLeft, Date: day(2026, 12, 1), Note: "đơn"}, "sau ngày hôm nay"},
		{"a change dated before the previous one is refused", admitted, data.MemberEvent{Kind: data.EventLeft, Date: day(2019, 1, 1), Note: "đơn"}, "trở đi"},
		{"re-admission within 3 months of leaving is refused", left, data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 10, 31)}, "sau 3 tháng"},
		{"re-admission exactly 3 months after leaving is allowed", left, data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 11, 1)}, ""},
		{"a member who left cannot be suspended", left, data.MemberEvent{Kind: data.EventSuspended, Date: day(2026, 10, 1), Reason: data.SuspendOther}, "Không thể"},
		{"re-admitting an expelled member needs the upper level's decision", expelled, data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 6, 1)}, "công đoàn cấp trên"},
		{"re-admitting an expelled member with a decision is allowed", expelled, data.MemberEvent{Kind: data.EventReadmitted, Date: day(2026, 6, 1), Decision: "15/QĐ-CĐKCN"}, ""},
		{"a first admission of unknown date is allowed", nil, data.MemberEvent{Kind: data.EventAdmitted}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := data.CheckEvent(c.history, c.e, now).Err()
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != "" && err == nil:
				t.Errorf("allowed, want refusal mentioning %q", c.want)
			case c.want != "" && !strings.Contains(err.Error(), c.want):
				t.Errorf("message %q does not mention %q", err.Error(), c.want)
			}
		})
	}
}

func TestEventResults(t *testing.T) {
	for _, s := range append(data.Statuses, "") {
		for _, k := range data.AllowedEvents(s) {
			if k.Result() == s && s != "" {
				t.Errorf("%s from %s leaves the status unchanged", k, s)
			}
		}
	}
}
