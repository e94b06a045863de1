package data_test

import (
	"testing"
	"time"

	"socongdoan/data"
)

var now = time.Date(2026, 11, 21, 9, 0, 0, 0, time.UTC)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func validMember() *data.Member {
	m := &data.Member{Sex: data.SexFemale, BirthDate: day(1990, 1, 5), IDNumber: "001190012345",
		HireDate: day(2012, 3, 1), JoinDate: day(2012, 9, 1), Contract: data.ContractIndefinite}
	m.SetFullName("Nguyễn Thị Hường")
	return m
}

func TestMemberValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(m *data.Member)
		field  string
		msg    string
		warn   bool
	}{
		{"a member without a name is refused", func(m *data.Member) { m.Ho, m.TenDem, m.Ten = "", "", "" },
			data.FieldName, "Họ và tên không được để trống", false},
		{"only Họ typed, Tên empty: the message names the missing Tên", func(m *data.Member) { m.Ho, m.TenDem, m.Ten = "Nguyễn", "", "" },
			data.FieldName, "Chưa có Tên (tên gọi, ví dụ: Hường)", false},
		{"Họ and tên đệm typed, Tên empty: the same", func(m *data.Member) { m.Ho, m.TenDem, m.Ten = "Nguyễn", "Thị", "" },
			data.FieldName, "Chưa có Tên (tên gọi, ví dụ: Hường)", false},
		{"a name with digits is refused", func(m *data.Member) { m.SetFullName("Nguyễn Văn 2") },
			data.FieldName, "Họ và tên có ký tự không hợp lệ", false},
		{"a birth date after today is refused", func(m *data.Member) { m.BirthDate = day(2027, 1, 1) },
			data.FieldBirth, "Ngày sinh không được sau ngày hôm nay", false},
		{"a birth year more than 100 years ago is refused", func(m *data.Member) { m.BirthDate = day(1900, 1, 1); m.BirthYearOnly = true },
			data.FieldBirth, "Năm sinh 1900 không hợp lý (quá 100 tuổi)", false},
		{"a worker under 15 is refused", func(m *data.Member) { m.BirthDate = day(2012, 1, 1) },
			data.FieldBirth, "Người lao động phải đủ 15 tuổi trở lên", false},
		{"a CCCD of 11 digits is refused", func(m *data.Member) { m.IDNumber = "00119001234" },
			data.FieldIDNumber, "Số CCCD phải gồm đúng 12 chữ số", false},
		{"a CCCD with letters is refused", func(m *data.Member) { m.IDNumber = "00119001234A" },
			data.FieldIDNumber, "Số CCCD phải gồm đúng 12 chữ số", false},
		{"a bad phone number is refused", func(m *data.Member) { m.Phone = "abc" },
			data.FieldPhone, "Số điện thoại không hợp lệ", false},
		{"a hire date before age 15 is refused", func(m *data.Member) { m.HireDate = day(2000, 1, 1) },
			data.FieldHireDate, "Ngày vào làm phải sau khi người này đủ 15 tuổi", false},
		{"a union join date in the future is refused", func(m *data.Member) { m.JoinDate = day(2026, 12, 1) },
			data.FieldJoinDate, "Ngày vào công đoàn không được sau ngày hôm nay", false},
		{"admission before the hire date is refused", func(m *data.Member) { m.JoinDate = day(2011, 1, 1) },
			data.FieldJoinDate, "Ngày kết nạp phải từ ngày vào làm trở đi", false},
		{"a card issued before joining is refused", func(m *data.Member) { m.CardDate = day(2012, 1, 1) },
			data.FieldCardDate, "Ngày cấp thẻ phải từ ngày vào công đoàn trở đi", false},
		{"a fixed-term contract over 36 months is refused", func(m *data.Member) { m.Contract = data.ContractFixed; m.ContractMonths = 48 },
			data.FieldContract, "Thời hạn hợp đồng xác định thời hạn phải từ 1 đến 36 tháng", false},
		{"a foreign national with a 6-month contract is refused", func(m *data.Member) {
			m.Nationality = "Hàn Quốc"
			m.IDNumber = "M12345678"
			m.Contract, m.ContractMonths = data.ContractFixed, 6
		}, data.FieldContract, "Người nước ngoài chỉ được gia nhập công đoàn khi có hợp đồng lao động từ 12 tháng trở lên", false},
		{"a foreign national is told they cannot stand for the BCH", func(m *data.Member) {
			m.Nationality = "Hàn Quốc"
			m.IDNumber = "M12345678"
			m.Contract, m.ContractMonths = data.ContractFixed, 12
		}, data.FieldNationality, "Đoàn viên là người nước ngoài không được ứng cử, đề cử vào Ban Chấp hành công đoàn", true},
		{"a foreign national cannot hold a BCH role", func(m *data.Member) {
			m.Nationality = "Nhật Bản"
			m.IDNumber = "TZ1234567"
			m.UnionRole = "Ủy viên Ban Chấp hành"
		}, data.FieldUnionRole, "Đoàn viên là người nước ngoài không được giữ chức vụ trong Ban Chấp hành", false},
		{"an enterprise manager gets a warning", func(m *data.Member) { m.Manager = true },
			data.FieldManager, "Người quản lý doanh nghiệp (giám đốc, thành viên HĐQT, người được ủy quyền ký HĐLĐ…) không thuộc đối tượng kết nạp công đoàn", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := validMember()
			c.change(m)
			m.Normalize()
			ps := m.Validate(now)
			found := false
			for _, p := range ps {
				if p.Field == c.field && p.Message == c.msg && p.Warning == c.warn {
					found = true
				}
			}
			if !found {
				t.Errorf("problems = %+v, want %q at %s (warning %v)", ps, c.msg, c.field, c.warn)
			}
			if !c.warn && ps.Err() == nil {
				t.Error("Err() is nil, want an error")
			}
		})
	}
	t.Run("a complete member has no problems", func(t *testing.T) {
		m := validMember()
		m.Normalize()
		if ps := m.Validate(now); len(ps) != 0 {
			t.Errorf("problems = %+v", ps)
		}
	})
	t.Run("a foreign national with an indefinite contract may join", func(t *testing.T) {
		m := validMember()
		m.Nationality, m.IDNumber = "Hàn Quốc", "M12345678"
		m.Normalize()
		if err := m.Validate(now).Err(); err != nil {
			t.Errorf("Err() = %v", err)
		}
	})
}

func TestParseSex(t *testing.T) {
	for in, want := range map[string]data.Sex{"nam": data.SexMale, "Nam": data.SexMale, "nữ": data.SexFemale,
		"Nữ": data.SexFemale, "NU": data.SexFemale, "x": data.SexFemale, "": data.SexUnknown} {
		if got, ok := data.ParseSex(in); !ok || got != want {
			t.Errorf("ParseSex(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := data.ParseSex("khác"); ok {
		t.Error("ParseSex(khác) accepted")
	}
}
