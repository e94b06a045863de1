package data_test

import (
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

func TestKPCDStates(t *testing.T) {
	share := data.DefaultFinanceSettings().KPCDShare
	jul := day(2026, 7, 1)
	// July 2026 is due by 31/08/2026; "không đóng" from the 61st day after: 31/10/2026.
	unpaid := data.KPCDMonth{Month: jul, Payroll: 500_000_000}
	paid := func(on time.Time) data.KPCDMonth {
		m := unpaid
		m.Paid, m.PaidOn = 10_000_000, on
		return m
	}
	cases := []struct {
		name  string
		m     data.KPCDMonth
		today time.Time
		want  data.KPCDState
	}{
		{"unpaid before the deadline is not due", unpaid, day(2026, 8, 31), data.KPCDNotDue},
		{"unpaid the day after the deadline is late", unpaid, day(2026, 9, 1), data.KPCDLate},
		{"unpaid on the 60th day after the deadline is still late", unpaid, day(2026, 10, 30), data.KPCDLate},
		{"unpaid on the 61st day is không đóng", unpaid, day(2026, 10, 31), data.KPCDNotPaid},
		{"paid on the deadline is on time", paid(day(2026, 8, 31)), day(2026, 12, 1), data.KPCDOnTime},
		{"paid the day after is paid late", paid(day(2026, 9, 1)), day(2026, 12, 1), data.KPCDPaidLate},
		{"paid on the 60th day after is paid late", paid(day(2026, 10, 30)), day(2026, 12, 1), data.KPCDPaidLate},
		{"paid on the 61st day is paid after 60 days", paid(day(2026, 10, 31)), day(2026, 12, 1), data.KPCDPaidAfter60},
		{"short by one đồng after 60 days is không đóng",
			data.KPCDMonth{Month: jul, Payroll: 500_000_000, Paid: 9_999_999, PaidOn: day(2026, 8, 20)}, day(2026, 10, 31), data.KPCDNotPaid},
		{"a suspension: nothing due", data.KPCDMonth{Month: jul, Payroll: 500_000_000, Relief: &data.KPCDRelief{Kind: data.ReliefSuspend,
			Decision: "12/QĐ-LĐLĐ", DecisionDate: day(2026, 6, 20), From: day(2026, 6, 1), To: day(2026, 11, 1)}}, day(2027, 1, 1), data.KPCDSuspended},
		{"no payroll: nothing arises", data.KPCDMonth{Month: jul}, day(2027, 1, 1), data.KPCDNone},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := data.KPCDOn(c.m, c.today, share)
			if err != nil {
				t.Fatal(err)
			}
			if s.State != c.want {
				t.Errorf("%s, want %s (%s)", s.State.Label(), c.want.Label(), s.Note)
			}
		})
	}
	s, _ := data.KPCDOn(unpaid, day(2026, 9, 1), share)
	if s.Due != 10_000_000 || !s.Deadline.Equal(day(2026, 8, 31)) || !s.NotPaidFrom.Equal(day(2026, 10, 31)) ||
		s.Shortfall != 10_000_000 || !strings.Contains(s.Note, "từ 31/10/2026 là không đóng") || !s.State.Overdue() {
		t.Errorf("late: %+v", s)
	}
	s, _ = data.KPCDOn(paid(day(2026, 8, 10)), day(2026, 9, 1), share)
	if s.Share != 7_500_000 || s.Shortfall != 0 || s.State.Overdue() {
		t.Errorf("the CĐCS's 75%%: %+v", s)
	}
	// December's deadline is the end of January of the next year.
	if d := data.KPCDDeadline(day(2026, 12, 5)); !d.Equal(day(2027, 1, 31)) {
		t.Errorf("December due %s", vn.FormatDate(d))
	}
	// January's is the end of February, 28 days in 2027.
	if d := data.KPCDDeadline(day(2027, 1, 31)); !d.Equal(day(2027, 2, 28)) {
		t.Errorf("January due %s", vn.FormatDate(d))
	}
}

func TestKPCDReliefAndRefusals(t *testing.T) {
	share := data.DefaultFinanceSettings().KPCDShare
	reduce := &data.KPCDRelief{Kind: data.ReliefReduce, Percent: 20, Decision: "15/QĐ-LĐLĐ", DecisionDate: day(2026, 6, 20),
		From: day(2026, 7, 1), To: day(2026, 12, 1)}
	s, err := data.KPCDOn(data.KPCDMonth{Month: day(2026, 7, 1), Payroll: 500_000_000, Relief: reduce}, day(2026, 8, 1), share)
	if err != nil || s.Due != 8_000_000 || !strings.Contains(s.Note, "Giảm 20% theo quyết định 15/QĐ-LĐLĐ ngày 20/06/2026") {
		t.Errorf("a 20%% reduction: %+v %v", s, err)
	}
	// The relief does not reach a month outside its period.
	s, _ = data.KPCDOn(data.KPCDMonth{Month: day(2027, 1, 1), Payroll: 500_000_000, Relief: reduce}, day(2027, 1, 5), share)
	if s.Due != 10_000_000 {
		t.Errorf("outside the period: %d", s.Due)
	}
	bad := []struct {
		name string
		r    data.KPCDRelief
		want string
	}{
		{"a reduction above 20%", data.KPCDRelief{Kind: data.ReliefReduce, Percent: 21, Decision: "1", DecisionDate: day(2026, 1, 1),
			From: day(2026, 1, 1), To: day(2026, 2, 1)}, "Mức giảm từ 1% đến 20%"},
		{"a reduction for 7 months", data.KPCDRelief{Kind: data.ReliefReduce, Percent: 10, Decision: "1", DecisionDate: day(2026, 1, 1),
			From: day(2026, 1, 1), To: day(2026, 7, 1)}, "Giảm đóng tối đa 6 tháng"},
		{"a suspension for 13 months", data.KPCDRelief{Kind: data.ReliefSuspend, Decision: "1", DecisionDate: day(2026, 1, 1),
			From: day(2026, 1, 1), To: day(2027, 1, 1)}, "Tạm dừng đóng tối đa 12 tháng"},
		{"no decision", data.KPCDRelief{Kind: data.ReliefSuspend, From: day(2026, 1, 1), To: day(2026, 1, 1)}, "Ghi số và ngày quyết định"},
		{"an end before the start", data.KPCDRelief{Kind: data.ReliefSuspend, Decision: "1", DecisionDate: day(2026, 1, 1),
			From: day(2026, 3, 1), To: day(2026, 2, 1)}, "từ tháng phải trước"},
	}
	for _, c := range bad {
		if p := problem(c.r.Validate()); !strings.Contains(p, c.want) {
			t.Errorf("%s: %q", c.name, p)
		}
	}
	if p := problem((&data.KPCDRelief{Kind: data.ReliefSuspend, Decision: "1", DecisionDate: day(2026, 1, 1),
		From: day(2026, 1, 1), To: day(2026, 12, 31)}).Validate()); p != "" {
		t.Errorf("12 months of suspension refused: %s", p)
	}
	for name, m := range map[string]data.KPCDMonth{
		"a payment dated after today": {Month: day(2026, 7, 1), Payroll: 1, Paid: 1, PaidOn: day(2026, 9, 2)},
		"a payment without a date":    {Month: day(2026, 7, 1), Payroll: 1, Paid: 1},
		"a negative payroll":          {Month: day(2026, 7, 1), Payroll: -1},
		"a negative payment":          {Month: day(2026, 7, 1), Payroll: 1, Paid: -1},
	} {
		if _, err := data.KPCDOn(m, day(2026, 9, 1), share); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
}
