package data_test

import (
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/demo"
)

func rowsOf(ms []*data.Member) []data.MemberRow {
	out := make([]data.MemberRow, len(ms))
	for i, m := range ms {
		m.Normalize()
		out[i] = data.MemberRow{ID: int64(i + 1), Name: m.FullName(), BirthDate: m.BirthDate, Sex: m.Sex,
			UnitName: m.UnitName, Status: m.Status, Nationality: m.Nationality, SearchKey: m.SearchKey()}
	}
	return out
}

func TestFilter(t *testing.T) {
	names := []struct {
		name   string
		sex    data.Sex
		status data.Status
		nat    string
		cccd   string
	}{
		{"Nguyễn Thị Hường", data.SexFemale, data.StatusActive, "", "001190012345"},
		{"Trần Văn Đức", data.SexMale, data.StatusSuspended, "", ""},
		{"Lê Thị Hương", data.SexFemale, data.StatusLeft, "", ""},
		{"Kim Min Jun", data.SexMale, data.StatusActive, "Hàn Quốc", ""},
	}
	var ms []*data.Member
	for _, n := range names {
		m := &data.Member{Sex: n.sex, Status: n.status, Nationality: n.nat, IDNumber: n.cccd}
		m.SetFullName(n.name)
		ms = append(ms, m)
	}
	rows := rowsOf(ms)
	cases := []struct {
		name string
		f    data.MemberFilter
		want int
	}{
		{"no filter shows everyone", data.MemberFilter{}, 4},
		{"current members leave out those who left", data.MemberFilter{InUnion: true}, 3},
		{"a search without marks finds the marked name", data.MemberFilter{Search: "huong"}, 2},
		{"a search with marks is folded too", data.MemberFilter{Search: "Hường"}, 2},
		{"every word must match", data.MemberFilter{Search: "nguyen huong"}, 1},
		{"duc finds Đức", data.MemberFilter{Search: "duc"}, 1},
		{"a CCCD prefix finds its holder", data.MemberFilter{Search: "0011900"}, 1},
		{"women only", data.MemberFilter{Sex: data.SexFemale}, 2},
		{"a status", data.MemberFilter{Status: data.StatusSuspended}, 1},
		{"foreign nationals only", data.MemberFilter{ForeignOnly: true}, 1},
		{"Vietnamese only", data.MemberFilter{Nationality: data.Vietnam}, 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := len(c.f.Filter(rows)); got != c.want {
				t.Errorf("%d rows, want %d", got, c.want)
			}
		})
	}
	if c := data.CountRows(rows, data.MemberFilter{}.Filter(rows)); c.Total != 4 || c.Female != 2 {
		t.Errorf("CountRows = %+v", c)
	}
}

// BenchmarkSearch100k is one keystroke of search-as-you-type over a 100,000-member
// register (target ≤ 15 ms): the register filters its loaded rows in memory.
func BenchmarkSearch100k(b *testing.B) {
	rows := rowsOf(demo.Members(100_000, 1, time.Date(2026, 11, 21, 0, 0, 0, 0, time.UTC)))
	for _, q := range []string{"nguyen thi h", "hường", "0912"} {
		b.Run(q, func(b *testing.B) {
			f := data.MemberFilter{Search: q, InUnion: true}
			for b.Loop() {
				f.Filter(rows)
			}
		})
	}
}
