package sqlite_test

import (
	"strings"
	"testing"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// The cadre fixtures for kindCases: the second differs in every column and in its posts.

func cadreFixture() *data.Cadre {
	return &data.Cadre{
		Name: "Nguyễn Thị Hường",
		Posts: []data.PostTerm{{Post: data.PostChair, From: day(2025, 5, 10), FullTime: false, How: data.AppointElected,
			Decision: "Nghị quyết Đại hội ngày 10/05/2025", Term: "2025–2030"}},
		Notes: "Bầu trực tiếp tại Đại hội",
	}
}

func cadreFixture2(s *sqlite.Store) *data.Cadre {
	m := member("Trần Văn Đức")
	if err := s.CreateMember(ctx, m); err != nil {
		panic(err)
	}
	return &data.Cadre{
		MemberID: m.ID, Name: "Trần Văn Đức",
		Posts: []data.PostTerm{
			{Post: data.PostGroupLeader, Unit: "Tổ May 2", From: day(2020, 6, 1), Until: day(2025, 5, 9), How: data.AppointElected},
			{Post: data.PostATVSV, Unit: "Tổ May 2", From: day(2021, 1, 4), How: data.AppointElected},
		},
		ATVSVCertNo: "ATVSLĐ-123/2024", ATVSVCertDate: day(2024, 9, 20),
		ATVSVAllowance: 300_000, ATVSVRules: "Quyết định số 15/QĐ-CTY ngày 10/01/2021",
		Notes: "An toàn, vệ sinh viên tổ May 2",
	}
}

func TestAddPostExtendsOneHistoryPerMember(t *testing.T) {
	s := mustOpen(t)
	m := mustCreate(t, s, member("Lê Thị Thu Trang"))[0]
	bch := data.PostTerm{Post: data.PostBCH, From: day(2025, 5, 10), How: data.AppointElected, Term: "2025–2030"}
	must(t, data.AddPost(ctx, s, m.ID, "Lê Thị Thu Trang", bch))
	vice := data.PostTerm{Post: data.PostViceChair, From: day(2025, 5, 12), How: data.AppointElected, Term: "2025–2030"}
	must(t, data.AddPost(ctx, s, m.ID, "Lê Thị Thu Trang", vice))
	must(t, data.AddPost(ctx, s, m.ID, "Lê Thị Thu Trang", vice)) // the same post again writes nothing
	cs, err := data.Cadres.Store(s).List(ctx)
	must(t, err)
	if len(cs) != 1 || len(cs[0].Posts) != 2 || cs[0].Version != 2 {
		t.Fatalf("one record with two posts at version 2, got %+v", cs)
	}
}

func TestChairNameTakesThePostHistoryOverTheProfile(t *testing.T) {
	s := mustOpen(t)
	p := &data.Profile{ChairName: "Tên trong hồ sơ đơn vị"}
	name, _, err := data.Signers(ctx, s, p, day(2026, 1, 5))
	must(t, err)
	if name != p.ChairName {
		t.Errorf("no cadre recorded: %q, want the profile's", name)
	}
	must(t, data.AddPost(ctx, s, 0, "Phạm Văn Cũ", data.PostTerm{Post: data.PostChair, From: day(2020, 5, 1), Until: day(2025, 5, 9)}))
	must(t, data.AddPost(ctx, s, 0, "Nguyễn Thị Hường", data.PostTerm{Post: data.PostChair, From: day(2025, 5, 10)}))
	for _, c := range []struct {
		on   int
		want string
	}{{9, "Phạm Văn Cũ"}, {10, "Nguyễn Thị Hường"}} {
		name, _, err := data.Signers(ctx, s, p, day(2025, 5, c.on))
		must(t, err)
		if name != c.want {
			t.Errorf("chair on %d/05/2025 = %q, want %q", c.on, name, c.want)
		}
	}
	// Before anyone recorded held the post, the profile's name stands.
	name, _, _ = data.Signers(ctx, s, p, day(2019, 1, 1))
	if name != p.ChairName {
		t.Errorf("chair in 2019 = %q, want the profile's", name)
	}
}

func TestASecondCadreRecordForAMemberIsAsked(t *testing.T) {
	s := mustOpen(t)
	must(t, data.Cadres.Store(s).Create(ctx, cadreFixture()))
	err := data.Cadres.Store(s).Create(ctx, cadreFixture())
	if data.ErrorCode(err) != data.ECONFIRM {
		t.Fatalf("a second record for the same person: %v, want ECONFIRM", err)
	}
}

// Việc cần làm reads the register's units from the store: a unit whose members
// have no ATVSV is listed, one with an ATVSV serving is not.
func TestTodosReadTheUnitsForTheATVSVNetwork(t *testing.T) {
	s := mustOpen(t)
	for i, name := range []string{"Tổ May 1", "Tổ May 2"} {
		id, err := s.UnitByName(ctx, name, true)
		if err != nil {
			t.Fatal(err)
		}
		m := member([]string{"Nguyễn Văn An", "Trần Thị Bình"}[i])
		m.UnitID = id
		mustCreate(t, s, m)
	}
	if err := data.Cadres.Store(s).Create(ctx, &data.Cadre{Name: "Lê Văn Hải",
		Posts: []data.PostTerm{{Post: data.PostATVSV, Unit: "Tổ May 2", From: day(2024, 3, 1), How: data.AppointElected}}}); err != nil {
		t.Fatal(err)
	}
	in, err := data.LoadTodoInput(ctx, s, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Units) != 2 {
		t.Fatalf("units %+v", in.Units)
	}
	var got []string
	for _, td := range data.Todos(in, day(2026, 7, 22), nil) {
		if strings.HasPrefix(td.Title, "Bầu an toàn, vệ sinh viên") {
			got = append(got, td.Title)
		}
	}
	if strings.Join(got, "|") != "Bầu an toàn, vệ sinh viên cho Tổ May 1: chưa có ATVSV" {
		t.Errorf("items %q", got)
	}
}
