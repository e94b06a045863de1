package data_test

import (
	"context"
	"strings"
	"testing"

	"socongdoan/data"
)

func TestComputeDues(t *testing.T) {
	f := data.DefaultFinanceSettings()
	resolution := &data.DuesResolution{Number: "05/NQ-BCH", Date: day(2025, 9, 10), InQuyChe: true}
	cases := []struct {
		name                  string
		in                    data.DuesInput
		rounding              int64
		due, standard, excess int64
		capped                bool
	}{
		{"60,000,000 đ pays the 234,000 đ cap in 06/2026",
			data.DuesInput{Month: day(2026, 6, 15), Base: data.DuesBaseBHXH, Amount: 60_000_000}, 1, 234_000, 234_000, 0, true},
		{"60,000,000 đ pays the 253,000 đ cap in 07/2026",
			data.DuesInput{Month: day(2026, 7, 1), Base: data.DuesBaseBHXH, Amount: 60_000_000}, 1, 253_000, 253_000, 0, true},
		{"the cap switches on the first day of 07/2026, not later in the month",
			data.DuesInput{Month: day(2026, 7, 31), Base: data.DuesBaseBHXH, Amount: 60_000_000}, 1, 253_000, 253_000, 0, true},
		{"10,000,000 đ pays 50,000 đ",
			data.DuesInput{Month: day(2026, 7, 1), Base: data.DuesBaseBHXH, Amount: 10_000_000}, 1, 50_000, 50_000, 0, false},
		{"exactly at the cap is not capped",
			data.DuesInput{Month: day(2026, 6, 1), Base: data.DuesBaseBHXH, Amount: 46_800_000}, 1, 234_000, 234_000, 0, false},
		{"one đồng of salary above the cap's salary is capped",
			data.DuesInput{Month: day(2026, 6, 1), Base: data.DuesBaseBHXH, Amount: 46_800_200}, 1, 234_000, 234_000, 0, true},
		{"take-home pay of an SOE is a base like the BHXH salary",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseTakeHome, Amount: 8_765_432}, 1, 43_827, 43_827, 0, false},
		{"rounded half up to the đồng: 43,827.16 → 43,827",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 8_765_432}, 1, 43_827, 43_827, 0, false},
		{"rounded to 100 đ: 43,827 → 43,800",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 8_765_432}, 100, 43_800, 43_800, 0, false},
		{"rounded to 1,000 đ: 43,827 → 44,000",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 8_765_432}, 1000, 44_000, 44_000, 0, false},
		{"a half rounds up: 5,100,000 × 0.5% = 25,500 → 26,000 to the 1,000",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 5_100_000}, 1000, 26_000, 26_000, 0, false},
		{"just under a half rounds down: 5,099,800 × 0.5% = 25,499 → 25,000",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 5_099_800}, 1000, 25_000, 25_000, 0, false},
		{"a higher rate with its resolution: the excess above 0.5% is apart",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 10_000_000, RateBP: 100, Resolution: resolution}, 1, 100_000, 50_000, 50_000, false},
		{"a higher rate stops at the cap too",
			data.DuesInput{Month: day(2026, 1, 1), Base: data.DuesBaseBHXH, Amount: 30_000_000, RateBP: 100, Resolution: resolution}, 1, 234_000, 150_000, 84_000, true},
		{"a fixed amount for a member without a salary base",
			data.DuesInput{Month: day(2026, 7, 1), Base: data.DuesBaseFixed, Amount: 12_650}, 1, 12_650, 12_650, 0, false},
		{"an exempt member pays nothing",
			data.DuesInput{Month: day(2026, 7, 1), Base: data.DuesBaseBHXH, Amount: 10_000_000, Exemption: data.ExemptBHXHBenefit}, 1, 0, 0, 0, false},
		{"a suspended member pays nothing",
			data.DuesInput{Month: day(2026, 7, 1), Exemption: data.ExemptSuspended}, 1, 0, 0, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.DuesRounding = c.rounding
			d, err := data.ComputeDues(c.in, f)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due != c.due || d.Standard != c.standard || d.Excess != c.excess || d.Capped != c.capped {
				t.Errorf("due %d standard %d excess %d capped %v; want %d %d %d %v (%s)",
					d.Due, d.Standard, d.Excess, d.Capped, c.due, c.standard, c.excess, c.capped, d.Note)
			}
			if d.Note == "" {
				t.Error("no note")
			}
		})
	}
}

func TestComputeDuesRefuses(t *testing.T) {
	f := data.DefaultFinanceSettings()
	jul := day(2026, 7, 1)
	cases := []struct {
		name string
		in   data.DuesInput
		want string
	}{
		{"a month before QĐ 61", data.DuesInput{Month: day(2025, 6, 30), Base: data.DuesBaseBHXH, Amount: 10_000_000},
			"Tháng 06/2025: mức đoàn phí 0,5% áp dụng từ tháng 07/2025"},
		{"a rate above 0.5% without a resolution", data.DuesInput{Month: jul, Base: data.DuesBaseBHXH, Amount: 10_000_000, RateBP: 100},
			"Tỷ lệ đoàn phí 1% cao hơn 0,5% cần nghị quyết của Ban Chấp hành mở rộng"},
		{"a resolution not written into the quy chế", data.DuesInput{Month: jul, Base: data.DuesBaseBHXH, Amount: 10_000_000, RateBP: 100,
			Resolution: &data.DuesResolution{Number: "05/NQ-BCH", Date: day(2025, 9, 10)}}, "phải được ghi vào quy chế chi tiêu nội bộ"},
		{"a rate under 0.5%", data.DuesInput{Month: jul, Base: data.DuesBaseBHXH, Amount: 10_000_000, RateBP: 40}, "Tỷ lệ đoàn phí 0,4% không hợp lệ"},
		{"no salary and no reason", data.DuesInput{Month: jul, Base: data.DuesBaseBHXH}, "Tháng 07/2026 chưa có tiền lương đóng BHXH"},
		{"a negative salary", data.DuesInput{Month: jul, Base: data.DuesBaseBHXH, Amount: -1}, "Số tiền không hợp lệ"},
		{"a fixed amount under 0.5% of mức lương cơ sở", data.DuesInput{Month: jul, Base: data.DuesBaseFixed, Amount: 12_649},
			"Mức cố định ít nhất 0,5% mức lương cơ sở (2.530.000 đ): 12.650 đ"},
		{"a fixed amount above the cap", data.DuesInput{Month: jul, Base: data.DuesBaseFixed, Amount: 253_001}, "không quá 10% mức lương cơ sở: 253.000 đ"},
		{"an unknown base", data.DuesInput{Month: jul, Base: "khac", Amount: 1}, "Căn cứ đóng đoàn phí không hợp lệ"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := data.ComputeDues(c.in, f)
			if data.ErrorCode(err) != data.EINVALID || !strings.Contains(data.ErrorMessage(err), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
	t.Run("a month before the base-salary table", func(t *testing.T) {
		g := f
		g.BaseSalaries = g.BaseSalaries[1:]
		_, err := data.ComputeDues(data.DuesInput{Month: day(2026, 6, 1), Base: data.DuesBaseBHXH, Amount: 1}, g)
		if !strings.Contains(data.ErrorMessage(err), "Chưa có mức lương cơ sở áp dụng cho tháng 06/2026") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("the fixed floor rounds up to the rounding step", func(t *testing.T) {
		g := f
		g.DuesRounding = 1000
		_, err := data.ComputeDues(data.DuesInput{Month: jul, Base: data.DuesBaseFixed, Amount: 12_650}, g)
		if !strings.Contains(data.ErrorMessage(err), "13.000 đ") {
			t.Errorf("got %v", err)
		}
	})
}

func TestSumDues(t *testing.T) {
	f := data.DefaultFinanceSettings()
	dues := func(amount int64, rate int) data.Dues {
		in := data.DuesInput{Month: day(2026, 7, 1), Base: data.DuesBaseBHXH, Amount: amount, RateBP: rate}
		if rate > 50 {
			in.Resolution = &data.DuesResolution{Number: "05/NQ-BCH", Date: day(2025, 9, 10), InQuyChe: true}
		}
		d, err := data.ComputeDues(in, f)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	lines := []data.DuesLine{
		{dues(10_000_000, 50), 50_000},   // standard 50,000
		{dues(60_000_000, 50), 253_000},  // capped
		{dues(10_000_000, 100), 100_000}, // standard 50,000 + excess 50,000
		{dues(8_000_000, 100), 50_000},   // due 80,000, collected only 50,000: 40,000 standard first
		{dues(7_000_000, 50), 0},         // not collected yet
	}
	got, err := data.SumDues(lines, f.DuesRemitShare)
	if err != nil {
		t.Fatal(err)
	}
	want := data.DuesTotals{Due: 50_000 + 253_000 + 100_000 + 80_000 + 35_000, Collected: 453_000,
		Standard: 50_000 + 253_000 + 50_000 + 40_000, Excess: 50_000 + 10_000,
		Remit: 117_900, Kept: 453_000 - 117_900}
	if got != want {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// 70% of the standard part plus all of the excess stays.
	if got.Kept != got.Standard*7/10+got.Excess {
		t.Errorf("kept %d is not 70%% of %d + %d", got.Kept, got.Standard, got.Excess)
	}
	if _, err := data.SumDues([]data.DuesLine{{dues(10_000_000, 50), 50_001}}, f.DuesRemitShare); err == nil ||
		!strings.Contains(data.ErrorMessage(err), "Dòng 1: số đã thu 50.001 đ phải từ 0 đến số phải đóng 50.000 đ") {
		t.Errorf("overpayment: %v", err)
	}
}

func TestFinanceSettingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	m := memSettings{}
	r := data.DefaultRuleSettings()
	r.Finance.DuesRounding = 1000
	r.Finance.BaseSalaries = append(r.Finance.BaseSalaries, data.BaseSalary{From: day(2027, 7, 1), Amount: 2_700_000})
	r.Finance.KPCDShare = data.Fraction{Num: 70, Den: 100}
	if err := data.SaveRuleSettings(ctx, m, r); err != nil {
		t.Fatal(err)
	}
	got, err := data.LoadRuleSettings(ctx, m)
	if err != nil {
		t.Fatal(err)
	}
	if got.Finance.DuesRounding != 1000 || len(got.Finance.BaseSalaries) != 3 || got.Finance.KPCDShare != r.Finance.KPCDShare {
		t.Errorf("loaded %+v", got.Finance)
	}
	if bs, _ := got.Finance.BaseSalaryOn(day(2027, 7, 1)); bs != 2_700_000 {
		t.Errorf("a base salary added in the settings: %d", bs)
	}
	if _, ok := m[data.KeyDuesRemitShare]; ok {
		t.Error("a default value was stored")
	}
	for _, bad := range []func(*data.FinanceSettings){
		func(f *data.FinanceSettings) { f.DuesRounding = 500 },
		func(f *data.FinanceSettings) { f.BaseSalaries = nil },
		func(f *data.FinanceSettings) { f.BaseSalaries[1].From = f.BaseSalaries[0].From },
		func(f *data.FinanceSettings) { f.BaseSalaries[0].Amount = 0 },
		func(f *data.FinanceSettings) { f.DuesRemitShare = data.Fraction{Num: 110, Den: 100} },
	} {
		r := data.DefaultRuleSettings()
		bad(&r.Finance)
		if err := data.SaveRuleSettings(ctx, memSettings{}, r); data.ErrorCode(err) != data.EINVALID {
			t.Errorf("saved %+v: %v", r.Finance, err)
		}
	}
	m[data.KeyBaseSalaries] = "hôm qua 1"
	if got, _ := data.LoadRuleSettings(ctx, m); len(got.Finance.BaseSalaries) != 2 {
		t.Errorf("an unreadable table replaced the default: %+v", got.Finance.BaseSalaries)
	}
}

func TestDuesExemptionFor(t *testing.T) {
	if data.DuesExemptionFor(data.StatusSuspended) != data.ExemptSuspended || data.DuesExemptionFor(data.StatusActive) != data.ExemptNone {
		t.Error("a suspended member owes đoàn phí, or an active one does not")
	}
}
