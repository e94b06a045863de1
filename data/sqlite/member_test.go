package sqlite_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"socongdoan/data"
	"socongdoan/data/sqlite"
)

// fullMember has every field set, with Vietnamese text everywhere it can go.
func fullMember(unitID int64) *data.Member {
	return &data.Member{
		Ho: "Nguyễn", TenDem: "Thị Thu", Ten: "Hường",
		BirthDate: day(1990, 1, 1), BirthYearOnly: true, Sex: data.SexFemale,
		Ethnicity: "Tày", Nationality: "Việt Nam", IDNumber: "001190012345", Phone: "0912 345 678",
		UnitID: unitID, JobTitle: "Công nhân may bậc 3", HireDate: day(2012, 5, 2),
		Contract: data.ContractFixed, ContractMonths: 36, Manager: true,
		JoinKind: data.JoinTransferred, JoinDate: day(2013, 1, 15),
		PreviousUnion: "CĐCS Công ty May Đức Giang", DecisionNumber: "12/QĐ-CĐCS", DecisionDate: day(2013, 1, 10),
		MemberCode: "DV-0001234", CardNumber: "TH123456", CardType: data.CardLinked, CardDate: day(2014, 4, 1),
		UnionRole: "Tổ trưởng công đoàn", PartyMember: true,
		Notes: "Đã đóng đoàn phí đủ năm 2025.\nChuyển từ Hà Nội về Bắc Ninh.",
	}
}

func TestMemberRoundTrip(t *testing.T) {
	s := mustOpen(t)
	unit, err := s.CreateUnit(ctx, "Tổ Hoàn thiện")
	must(t, err)
	m := fullMember(unit)
	must(t, s.CreateMember(ctx, m))

	t.Run("create fills in the id, status, unit name and timestamps", func(t *testing.T) {
		at := today.Truncate(time.Second)
		if m.ID == 0 || m.Status != data.StatusActive || m.UnitName != "Tổ Hoàn thiện" ||
			!m.CreatedAt.Equal(at) || !m.UpdatedAt.Equal(at) {
			t.Fatalf("after create: id %d, status %q, unit %q, created %v, updated %v", m.ID, m.Status, m.UnitName, m.CreatedAt, m.UpdatedAt)
		}
	})
	t.Run("every field reads back as it was written", func(t *testing.T) {
		got, err := s.Member(ctx, m.ID)
		must(t, err)
		if d := diffFields(got, m); len(d) > 0 {
			t.Fatalf("read back differs:\n%s", strings.Join(d, "\n"))
		}
		// Not only equal to what create left in m, but to what the caller meant.
		want := fullMember(unit)
		want.ID, want.UnitName, want.Status, want.CreatedAt, want.UpdatedAt, want.Version = m.ID, "Tổ Hoàn thiện", data.StatusActive, m.CreatedAt, m.UpdatedAt, m.Version
		if d := diffFields(got, want); len(d) > 0 {
			t.Fatalf("read back differs from the input:\n%s", strings.Join(d, "\n"))
		}
	})
	t.Run("the register row carries the same values", func(t *testing.T) {
		rows, err := s.MemberRows(ctx)
		must(t, err)
		want := data.MemberRow{ID: m.ID, Name: "Nguyễn Thị Thu Hường", BirthDate: day(1990, 1, 1), BirthYearOnly: true,
			Sex: data.SexFemale, UnitID: unit, UnitName: "Tổ Hoàn thiện", UnionRole: "Tổ trưởng công đoàn",
			JoinDate: day(2013, 1, 15), Status: data.StatusActive, Nationality: "Việt Nam", IDNumber: "001190012345",
			MemberCode: "DV-0001234", SearchKey: "nguyen thi thu huong 001190012345 0912 345 678 dv-0001234"}
		if len(rows) != 1 || !reflect.DeepEqual(rows[0], want) {
			t.Fatalf("MemberRows = %+v\nwant %+v", rows, want)
		}
	})
	t.Run("the first status event is how the member joined", func(t *testing.T) {
		events, err := s.MemberEvents(ctx, m.ID)
		must(t, err)
		if len(events) != 1 {
			t.Fatalf("%d events, want 1", len(events))
		}
		e := events[0]
		if e.Kind != data.EventTransferIn || !e.Date.Equal(day(2013, 1, 15)) || e.Place != "CĐCS Công ty May Đức Giang" ||
			e.Decision != "12/QĐ-CĐCS" || e.MemberID != m.ID {
			t.Fatalf("event = %+v", e)
		}
	})
	t.Run("create is logged as one Tạo mới row", func(t *testing.T) {
		h, err := s.MemberHistory(ctx, m.ID)
		must(t, err)
		if len(h) != 1 || h[0].Field != "Tạo mới" || h[0].New != "Nguyễn Thị Thu Hường" || h[0].Entity != sqlite.EntityMember {
			t.Fatalf("history = %+v", h)
		}
	})
}

func TestMemberWithUnknownDatesRoundTrips(t *testing.T) {
	s := mustOpen(t)
	m := &data.Member{Ten: "Lan"}
	must(t, s.CreateMember(ctx, m))
	got, err := s.Member(ctx, m.ID)
	must(t, err)
	if d := diffFields(got, m); len(d) > 0 {
		t.Fatalf("read back differs:\n%s", strings.Join(d, "\n"))
	}
	if got.Nationality != data.Vietnam || got.JoinKind != data.JoinAdmitted || !got.BirthDate.IsZero() {
		t.Fatalf("defaults: %+v", got)
	}
}

func TestDecomposedTextIsStoredComposed(t *testing.T) {
	s := mustOpen(t)
	// NFD, as pasted from macOS or a PDF: base letters followed by combining marks.
	m := &data.Member{Ho: "Nguye\u0302\u0303n", TenDem: "Thi\u0323", Ten: "Thu\u031Bo\u031B\u0300ng",
		UnionRole: "U\u0309y vie\u0302n Ban Cha\u0302\u0301p ha\u0300nh", Notes: "Ghi chu\u0301"}
	unit, err := s.UnitByName(ctx, "To\u0302\u0309 Ca\u0306\u0301t", true)
	must(t, err)
	m.UnitID = unit
	must(t, s.CreateMember(ctx, m))
	got, err := s.Member(ctx, m.ID)
	must(t, err)
	for _, c := range []struct{ got, want string }{
		{got.Ho, "Nguyễn"}, {got.TenDem, "Thị"}, {got.Ten, "Thường"}, {got.FullName(), "Nguyễn Thị Thường"},
		{got.UnionRole, "Ủy viên Ban Chấp hành"}, {got.Notes, "Ghi chú"}, {got.UnitName, "Tổ Cắt"},
	} {
		if c.got != c.want {
			t.Errorf("stored %q (% x), want NFC %q", c.got, c.got, c.want)
		}
	}
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if rows[0].SearchKey != "nguyen thi thuong" {
		t.Errorf("search key %q", rows[0].SearchKey)
	}
	// The composed spelling finds the unit created from the decomposed one.
	if id, err := s.UnitByName(ctx, "Tổ Cắt", false); err != nil || id != unit {
		t.Errorf("UnitByName(NFC) = %d, %v; want %d", id, err, unit)
	}
}

func TestImportedMemberWhoAlreadyLeft(t *testing.T) {
	s := mustOpen(t)
	m := member("Trần Văn Bình")
	m.Status, m.UpdatedAt = data.StatusLeft, day(2024, 9, 30)
	must(t, s.CreateMember(ctx, m))
	events, err := s.MemberEvents(ctx, m.ID)
	must(t, err)
	if m.Status != data.StatusLeft || len(events) != 2 || events[1].Kind != data.EventLeft || !events[1].Date.Equal(day(2024, 9, 30)) {
		t.Fatalf("status %q, events %+v", m.Status, events)
	}
	bad := member("Lê Văn Cường")
	bad.Status = "nghi_huu"
	wantError(t, s.CreateMember(ctx, bad), data.EINVALID, `Trạng thái "nghi_huu" không hợp lệ`)
}

func TestUniqueness(t *testing.T) {
	// holder is the first member of every case: born 1990, CCCD and code set.
	holder := func() *data.Member {
		m := member("Nguyễn Văn An")
		m.IDNumber, m.MemberCode = "001090000001", "DV-1"
		return m
	}
	other := func(idNumber, code string) *data.Member {
		m := member("Trần Thị Bích")
		m.BirthDate = day(1995, 7, 7)
		m.IDNumber, m.MemberCode = idNumber, code
		return m
	}
	tests := []struct {
		name     string
		run      func(t *testing.T, s *sqlite.Store, a *data.Member) error
		wantCode string
		wantMsg  string
	}{
		{"a second member with the same CCCD is refused, naming the holder", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			return s.CreateMember(ctx, other("001090000001", ""))
		}, data.ECONFLICT, "Số CCCD 001090000001 đã có ở đoàn viên Nguyễn Văn An (sinh 1990)"},
		{"a second member with the same mã đoàn viên is refused, naming the holder", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			return s.CreateMember(ctx, other("", "DV-1"))
		}, data.ECONFLICT, "Mã số đoàn viên DV-1 đã có ở đoàn viên Nguyễn Văn An (sinh 1990)"},
		{"a CCCD typed with spaces is still the same CCCD", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			return s.CreateMember(ctx, other("001 090 000 001", ""))
		}, data.ECONFLICT, "Số CCCD 001090000001 đã có ở đoàn viên Nguyễn Văn An (sinh 1990)"},
		{"changing a member's CCCD to one already held is refused", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			b := other("001095000002", "")
			must(t, s.CreateMember(ctx, b))
			b.IDNumber = "001090000001"
			return s.UpdateMember(ctx, b)
		}, data.ECONFLICT, "Số CCCD 001090000001 đã có ở đoàn viên Nguyễn Văn An (sinh 1990)"},
		{"saving a member with its own CCCD is no conflict", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			a.Phone = "0987654321"
			return s.UpdateMember(ctx, a)
		}, "", ""},
		{"a trashed member's CCCD and code can be given to someone else", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			must(t, s.TrashMember(ctx, a.ID))
			return s.CreateMember(ctx, other("001090000001", "DV-1"))
		}, "", ""},
		{"restoring a member whose CCCD was taken meanwhile is refused, naming the new holder", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			must(t, s.TrashMember(ctx, a.ID))
			must(t, s.CreateMember(ctx, other("001090000001", "")))
			return s.RestoreMember(ctx, a.ID)
		}, data.ECONFLICT, "Số CCCD 001090000001 đã có ở đoàn viên Trần Thị Bích (sinh 1995)"},
		{"restoring a member whose numbers are free succeeds", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			must(t, s.TrashMember(ctx, a.ID))
			return s.RestoreMember(ctx, a.ID)
		}, "", ""},
		{"an import row with a CCCD already in the register is refused, naming row and holder", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			return s.CreateMembers(ctx, []*data.Member{other("001095000002", ""), other("001090000001", "")})
		}, data.ECONFLICT, "Dòng 2: Số CCCD 001090000001 đã có ở đoàn viên Nguyễn Văn An (sinh 1990)"},
		{"an import repeating a mã đoàn viên in two rows is refused, naming both", func(t *testing.T, s *sqlite.Store, a *data.Member) error {
			return s.CreateMembers(ctx, []*data.Member{other("", "DV-7"), member("Lê Văn Cường"), other("", "DV-7")})
		}, data.ECONFLICT, "Dòng 3: Mã số đoàn viên DV-7 trùng với dòng 1 (Trần Thị Bích)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustOpen(t)
			a := holder()
			must(t, s.CreateMember(ctx, a))
			err := tt.run(t, s, a)
			if tt.wantCode == "" {
				must(t, err)
				return
			}
			wantError(t, err, tt.wantCode, tt.wantMsg)
		})
	}
}

func TestTrash(t *testing.T) {
	s := mustOpen(t)
	ms := mustCreate(t, s, member("Nguyễn Văn An"), member("Trần Thị Bích"))
	must(t, s.TrashMember(ctx, ms[0].ID))

	t.Run("a trashed member leaves the register and appears in the trash", func(t *testing.T) {
		rows, err := s.MemberRows(ctx)
		must(t, err)
		trash, err := s.TrashRows(ctx)
		must(t, err)
		if names(rows) != "Trần Thị Bích" || names(trash) != "Nguyễn Văn An" {
			t.Fatalf("register %q, trash %q", names(rows), names(trash))
		}
	})
	t.Run("a trashed member cannot be read, edited or trashed again", func(t *testing.T) {
		_, err := s.Member(ctx, ms[0].ID)
		wantError(t, err, data.ENOTFOUND, "Không tìm thấy đoàn viên")
		wantError(t, s.UpdateMember(ctx, ms[0]), data.ENOTFOUND, "")
		wantError(t, s.TrashMember(ctx, ms[0].ID), data.ENOTFOUND, "")
		wantError(t, s.AddMemberEvent(ctx, &data.MemberEvent{MemberID: ms[0].ID, Kind: data.EventSuspended, Reason: data.SuspendOther, Date: day(2026, 1, 1)}), data.ENOTFOUND, "")
	})
	t.Run("a member not in the trash cannot be restored", func(t *testing.T) {
		wantError(t, s.RestoreMember(ctx, ms[1].ID), data.ENOTFOUND, "")
	})
	t.Run("restore brings the member back and both moves are logged", func(t *testing.T) {
		must(t, s.RestoreMember(ctx, ms[0].ID))
		if _, err := s.Member(ctx, ms[0].ID); err != nil {
			t.Fatal(err)
		}
		h, err := s.MemberHistory(ctx, ms[0].ID)
		must(t, err)
		if len(h) != 3 || h[0].Field != "Khôi phục từ Thùng rác" || h[1].Field != "Chuyển vào Thùng rác" || h[2].Field != "Tạo mới" {
			t.Fatalf("history = %+v", h)
		}
	})
	t.Run("an unknown member is not found", func(t *testing.T) {
		_, err := s.Member(ctx, 9999)
		wantError(t, err, data.ENOTFOUND, "Không tìm thấy đoàn viên")
		_, err = s.MemberEvents(ctx, 9999)
		wantError(t, err, data.ENOTFOUND, "")
	})
}

func TestBadMemberChangesNothing(t *testing.T) {
	tests := []struct {
		name string
		edit func(m *data.Member)
		msg  string
	}{
		{"a member without a name", func(m *data.Member) { m.Ho, m.TenDem, m.Ten = "", "", "" }, "Họ và tên không được để trống"},
		{"a CCCD of eleven digits", func(m *data.Member) { m.IDNumber = "00109000000" }, "Số CCCD phải gồm đúng 12 chữ số"},
		{"a birth date after today", func(m *data.Member) { m.BirthDate = day(2027, 1, 1) }, "Ngày sinh không được sau ngày hôm nay"},
		{"a fixed-term contract of 40 months", func(m *data.Member) { m.Contract, m.ContractMonths = data.ContractFixed, 40 },
			"Thời hạn hợp đồng xác định thời hạn phải từ 1 đến 36 tháng"},
		{"a unit that does not exist", func(m *data.Member) { m.UnitID = 999 }, "Bộ phận đã chọn không còn tồn tại"},
	}
	for _, tt := range tests {
		for _, op := range []string{"create", "update", "import"} {
			t.Run(op+" of "+tt.name+" is refused and writes nothing", func(t *testing.T) {
				s := mustOpen(t)
				existing := mustCreate(t, s, member("Nguyễn Văn An"))[0]
				before := tableCounts(t, s)
				m := member("Trần Thị Bích")
				var err error
				switch op {
				case "create":
					tt.edit(m)
					err = s.CreateMember(ctx, m)
				case "update":
					m = existing
					tt.edit(m)
					err = s.UpdateMember(ctx, m)
				case "import":
					tt.edit(m)
					err = s.CreateMembers(ctx, []*data.Member{member("Lê Văn Cường"), m})
				}
				msg := tt.msg
				if op == "import" {
					msg = "Dòng 2: " + msg
				}
				wantError(t, err, data.EINVALID, msg)
				if after := tableCounts(t, s); !reflect.DeepEqual(before, after) {
					t.Fatalf("rows before %v, after %v", before, after)
				}
				if got, err := s.Member(ctx, existing.ID); err != nil || got.FullName() != "Nguyễn Văn An" || !got.BirthDate.Equal(day(1990, 3, 12)) {
					t.Fatalf("existing member now %+v, %v", got, err)
				}
			})
		}
	}
}

func TestUpdateMemberLogsEachChange(t *testing.T) {
	s := mustOpen(t)
	may, err := s.CreateUnit(ctx, "Tổ May 1")
	must(t, err)
	cat, err := s.CreateUnit(ctx, "Tổ Cắt")
	must(t, err)
	m := member("Nguyễn Văn An")
	m.IDNumber, m.UnitID = "001090000001", may
	must(t, s.CreateMember(ctx, m))

	later := today.Add(time.Hour)
	s2 := mustOpenAt(t, s.Path(), sqlite.WithNow(func() time.Time { return later }))
	edit, err := s2.Member(ctx, m.ID)
	must(t, err)
	edit.SetFullName("Nguyễn Văn Ân")
	edit.BirthDate = day(1991, 4, 5)
	edit.Sex = data.SexFemale
	edit.IDNumber = "001191000002"
	edit.UnitID = cat
	edit.PartyMember = true
	edit.Contract, edit.ContractMonths = data.ContractFixed, 12
	must(t, s2.UpdateMember(ctx, edit))

	t.Run("each changed field has one row with its label and old and new values as shown", func(t *testing.T) {
		h, err := s2.MemberHistory(ctx, m.ID)
		must(t, err)
		got := map[string][2]string{}
		for _, e := range h[:len(h)-1] {
			got[e.Field] = [2]string{e.Old, e.New}
			if !e.At.Equal(later) {
				t.Errorf("%s logged at %v, want %v", e.Field, e.At, later)
			}
		}
		want := map[string][2]string{
			"Họ và tên":                 {"Nguyễn Văn An", "Nguyễn Văn Ân"},
			"Ngày sinh":                 {"12/03/1990", "05/04/1991"},
			"Giới tính":                 {"Nam", "Nữ"},
			"Số CCCD":                   {"001090000001", "001191000002"},
			"Bộ phận":                   {"Tổ May 1", "Tổ Cắt"},
			"Loại hợp đồng":             {"", "Xác định thời hạn"},
			"Thời hạn hợp đồng (tháng)": {"", "12"},
			"Đảng viên":                 {"Không", "Có"},
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("changes logged:\n%v\nwant\n%v", got, want)
		}
		if last := h[len(h)-1]; last.Field != "Tạo mới" {
			t.Fatalf("oldest entry %+v, want Tạo mới", last)
		}
	})
	t.Run("the member reads back with the changes and the new update time", func(t *testing.T) {
		got, err := s2.Member(ctx, m.ID)
		must(t, err)
		if d := diffFields(got, edit); len(d) > 0 {
			t.Fatalf("read back differs:\n%s", strings.Join(d, "\n"))
		}
		if !got.UpdatedAt.Equal(later) || !got.CreatedAt.Equal(today) || got.UnitName != "Tổ Cắt" {
			t.Fatalf("updated %v created %v unit %q", got.UpdatedAt, got.CreatedAt, got.UnitName)
		}
	})
	t.Run("saving without changes logs nothing", func(t *testing.T) {
		before := rawCount(t, s.Path(), "audit_log")
		must(t, s2.UpdateMember(ctx, edit))
		if after := rawCount(t, s.Path(), "audit_log"); after != before {
			t.Fatalf("audit rows %d -> %d", before, after)
		}
	})
	t.Run("correcting the join date moves the first status event with it", func(t *testing.T) {
		edit.JoinDate = day(2016, 2, 1)
		must(t, s2.UpdateMember(ctx, edit))
		events, err := s2.MemberEvents(ctx, m.ID)
		must(t, err)
		if len(events) != 1 || !events[0].Date.Equal(day(2016, 2, 1)) {
			t.Fatalf("events %+v", events)
		}
	})
}

func TestMemberRowsAreInVietnameseOrder(t *testing.T) {
	// Hand-checked: given name first (a < ă < â, d < đ, u < ư; unmarked before marked),
	// then family name, then middle name; a bare given name before any family name.
	want := []string{
		"Nguyễn Văn An",
		"Phạm Thị Anh",
		"Trần Thị Ánh",
		"Lê Văn Bình",
		"Nguyễn Thị Bình",
		"Hoàng Văn Dũng",
		"Đỗ Minh Đức",
		"Bùi Thị Hà",
		"Vũ Thị Hải",
		"Dương Văn Long",
		"Đặng Văn Long",
		"Tâm",
		"Nguyễn Anh Tú",
		"Nguyễn Văn Tú",
		"Lê Thị Uyên",
		"Đinh Văn Ước",
	}
	ms := make([]*data.Member, len(want))
	for i, p := range rand.New(rand.NewPCG(1, 2)).Perm(len(want)) {
		ms[i] = member(want[p])
	}
	s := mustOpen(t)
	must(t, s.CreateMembers(ctx, ms))
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if got := names(rows); got != strings.Join(want, ", ") {
		t.Fatalf("order:\n%s\nwant\n%s", got, strings.Join(want, ", "))
	}
}

func TestCreateMembers(t *testing.T) {
	batch := func() []*data.Member {
		var ms []*data.Member
		for i := range 20 {
			m := member([]string{"Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"}[i%4])
			m.IDNumber = sprintf("0010900%05d", i)
			m.UnitName = []string{"Tổ May 1", "to may 1", "TỔ MAY 1", "Tổ Cắt"}[i%4]
			ms = append(ms, m)
		}
		return ms
	}
	t.Run("a good batch stores every member and makes each unit once, ignoring case and marks", func(t *testing.T) {
		s := mustOpen(t)
		ms := batch()
		must(t, s.CreateMembers(ctx, ms))
		rows, err := s.MemberRows(ctx)
		must(t, err)
		units, err := s.Units(ctx)
		must(t, err)
		if len(rows) != 20 || len(units) != 2 || units[0].Name != "Tổ Cắt" || units[0].Members != 5 ||
			units[1].Name != "Tổ May 1" || units[1].Members != 15 {
			t.Fatalf("%d rows, units %+v", len(rows), units)
		}
		if ms[1].ID == 0 || ms[1].UnitName != "Tổ May 1" || ms[1].UnitID != units[1].ID {
			t.Fatalf("member after import %+v", ms[1])
		}
		if n := rawCount(t, s.Path(), "member_event"); n != 20 {
			t.Fatalf("%d events, want 20", n)
		}
	})
	t.Run("one bad row writes nothing, not even units, and the message names the row", func(t *testing.T) {
		s := mustOpen(t)
		ms := batch()
		ms[11].IDNumber = "0012345"
		wantError(t, s.CreateMembers(ctx, ms), data.EINVALID, "Dòng 12: Số CCCD phải gồm đúng 12 chữ số")
		for table, n := range tableCounts(t, s) {
			if n != 0 {
				t.Errorf("%s has %d rows", table, n)
			}
		}
		if ms[0].ID != 0 || ms[0].UnitID != 0 {
			t.Fatalf("caller's member changed: id %d unit %d", ms[0].ID, ms[0].UnitID)
		}
	})
	t.Run("a row that fails inside the transaction rolls back the rows before it", func(t *testing.T) {
		s := mustOpen(t)
		ms := batch()
		ms[15].UnitName, ms[15].UnitID = "", 999 // found only while inserting
		wantError(t, s.CreateMembers(ctx, ms), data.EINVALID, "Dòng 16: Bộ phận đã chọn không còn tồn tại")
		for table, n := range tableCounts(t, s) {
			if n != 0 {
				t.Errorf("%s has %d rows", table, n)
			}
		}
		if ms[0].ID != 0 || ms[0].UnitID != 0 {
			t.Fatalf("caller's member changed: id %d unit %d", ms[0].ID, ms[0].UnitID)
		}
	})
	t.Run("an empty batch is fine", func(t *testing.T) {
		must(t, mustOpen(t).CreateMembers(ctx, nil))
	})
}

func TestInvalidUTF8CannotBreakTheRegister(t *testing.T) {
	s := mustOpen(t)
	// 0xFF separates the register's fields on the way out of SQLite; input bytes
	// like it are replaced on the way in, so it can never appear inside a field.
	m := member("Nguyễn Văn \xffAn")
	m.MemberCode = "DV\xff1"
	must(t, s.CreateMember(ctx, m))
	rows, err := s.MemberRows(ctx)
	must(t, err)
	if len(rows) != 1 || rows[0].Name != "Nguyễn Văn \uFFFDAn" || rows[0].MemberCode != "DV\uFFFD1" {
		t.Fatalf("rows %+v", rows)
	}
}
