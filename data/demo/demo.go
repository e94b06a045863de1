// Package demo makes realistic, deterministic demo data: a union profile and members
// with Vietnamese names (from the embedded MIT name list), units, dates and statuses.
package demo

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"socongdoan/assets"
	"socongdoan/data"
)

// Units are the bộ phận / tổ công đoàn of the demo enterprise, a garment factory.
var Units = []string{
	"Tổ May 1", "Tổ May 2", "Tổ May 3", "Tổ May 4", "Tổ Cắt", "Tổ Là – Đóng gói",
	"Phòng Kế toán", "Phòng Hành chính – Nhân sự", "Phòng Kỹ thuật", "Kho vận", "Tổ Bảo trì", "Tổ Chất lượng (QC)",
}

var jobTitles = map[string][]string{
	"Tổ":    {"Công nhân may", "Công nhân may", "Công nhân may", "Tổ trưởng sản xuất", "Công nhân cắt", "Công nhân hoàn thiện"},
	"Phòng": {"Nhân viên", "Kế toán viên", "Chuyên viên nhân sự", "Kỹ sư", "Trưởng phòng"},
	"Kho":   {"Thủ kho", "Nhân viên kho", "Lái xe nâng"},
}

type foreigner struct{ name, nationality string }

var foreigners = []foreigner{
	{"Kim Min Jun", "Hàn Quốc"}, {"Park Ji Hoon", "Hàn Quốc"}, {"Wang Wei", "Trung Quốc"},
	{"Tanaka Hiroshi", "Nhật Bản"}, {"Chen Mei Ling", "Đài Loan (Trung Quốc)"}, {"Somchai Phommavong", "Lào"},
}

type weighted struct {
	names []string
	cum   []int
}

func (w *weighted) pick(r *rand.Rand) string {
	n := r.IntN(w.cum[len(w.cum)-1])
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if w.cum[mid] > n {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return w.names[lo]
}

func families() *weighted {
	w := &weighted{}
	total := 0
	for _, line := range strings.Split(strings.TrimSpace(assets.FamilyNames), "\n") {
		name, count, _ := strings.Cut(line, "\t")
		n, _ := strconv.Atoi(count)
		total += n
		w.names = append(w.names, name)
		w.cum = append(w.cum, total)
	}
	return w
}

func lines(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") }

// Profile is the demo union profile.
func Profile() *data.Profile {
	return &data.Profile{
		Name:           "Công đoàn cơ sở Công ty TNHH May Thành Công",
		UpperName:      "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh",
		UpperKind:      data.UpperZone,
		EnterpriseName: "Công ty TNHH May Thành Công",
		TaxCode:        "2300123456",
		Address:        "Lô C5, KCN Quế Võ, phường Quế Võ, tỉnh Bắc Ninh",
		EnterpriseType: data.EnterpriseFDI,
		Place:          "Bắc Ninh",
		ChairName:      "Nguyễn Thị Hường",
		ViceChairName:  "Trần Văn Đức",
		TermStart:      2025,
		TermEnd:        2030,
	}
}

// girlName turns about half of the two-word girls' names into the "Thị" name most
// women of a garment workforce carry ("Hoài An" → "Thị An"), as chairs' registers
// show (issue 12 §6). It uses no random draw, so a seed keeps giving the same people.
func girlName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || len(name)%2 == 0 {
		return name
	}
	return "Thị " + words[len(words)-1]
}

// Members makes n demo members, the same for the same seed. today bounds every date.
func Members(n int, seed uint64, today time.Time) []*data.Member {
	r := rand.New(rand.NewPCG(seed, seed^0x5eed))
	fam := families()
	boys, girls := lines(assets.BoyNames), lines(assets.GirlNames)
	today = time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	day := func(from, to time.Time) time.Time {
		span := int(to.Sub(from).Hours() / 24)
		if span <= 0 {
			return from
		}
		return from.AddDate(0, 0, r.IntN(span))
	}
	usedCCCD := map[string]bool{}
	out := make([]*data.Member, 0, n)
	for i := 0; i < n; i++ {
		m := &data.Member{Ethnicity: "Kinh", Nationality: data.Vietnam}
		female := r.IntN(100) < 62 // garment workforces are mostly women
		if female {
			m.Sex = data.SexFemale
			m.SetFullName(fam.pick(r) + " " + girlName(girls[r.IntN(len(girls))]))
		} else {
			m.Sex = data.SexMale
			m.SetFullName(fam.pick(r) + " " + boys[r.IntN(len(boys))])
		}
		if r.IntN(40) == 0 {
			m.Ethnicity = []string{"Tày", "Nùng", "Mường", "Thái", "Dao", "Hoa"}[r.IntN(6)]
		}
		birth := day(today.AddDate(-58, 0, 0), today.AddDate(-19, 0, 0))
		m.BirthDate = birth
		if r.IntN(8) == 0 {
			m.BirthDate = time.Date(birth.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
			m.BirthYearOnly = true
		}
		unit := Units[r.IntN(len(Units))]
		if r.IntN(3) > 0 {
			unit = Units[r.IntN(4)] // most people work on the sewing lines
		}
		m.UnitName = unit
		kind := strings.Fields(unit)[0]
		titles := jobTitles[kind]
		if titles == nil {
			titles = jobTitles["Tổ"]
		}
		m.JobTitle = titles[r.IntN(len(titles))]
		earliestHire := birth.AddDate(18, 0, 0)
		if y := today.AddDate(-20, 0, 0); earliestHire.Before(y) {
			earliestHire = y
		}
		m.HireDate = day(earliestHire, today.AddDate(0, -1, 0))
		if r.IntN(3) == 0 {
			m.Contract = data.ContractFixed
			m.ContractMonths = []int{12, 24, 36}[r.IntN(3)]
		} else {
			m.Contract = data.ContractIndefinite
		}
		m.JoinDate = day(m.HireDate, m.HireDate.AddDate(0, 6, 0))
		if m.JoinDate.After(today) {
			m.JoinDate = today
		}
		m.JoinKind = data.JoinAdmitted
		if r.IntN(12) == 0 {
			m.JoinKind = data.JoinTransferred
			m.PreviousUnion = "CĐCS Công ty " + []string{"TNHH Hanesbrands", "CP May 10", "TNHH Samsung Display", "TNHH Foxconn"}[r.IntN(4)]
		} else {
			m.DecisionNumber = fmt.Sprintf("%02d/QĐ-CĐCS", 1+r.IntN(40))
			m.DecisionDate = m.JoinDate
		}
		for {
			c := fmt.Sprintf("0%02d%d%02d%06d", 1+r.IntN(96), r.IntN(4), birth.Year()%100, r.IntN(1000000))
			if !usedCCCD[c] {
				usedCCCD[c] = true
				m.IDNumber = c
				break
			}
		}
		if r.IntN(5) > 0 {
			m.Phone = fmt.Sprintf("09%d%07d", r.IntN(10), r.IntN(10000000))
		}
		if r.IntN(4) > 0 {
			m.MemberCode = fmt.Sprintf("CD%08d", 24000000+i)
			m.CardType = data.CardNormal
			m.CardNumber = m.MemberCode
			m.CardDate = day(m.JoinDate, m.JoinDate.AddDate(0, 3, 0))
			if m.CardDate.After(today) {
				m.CardDate = today
			}
		}
		if r.IntN(15) == 0 {
			m.PartyMember = true
		}
		m.Status = data.StatusActive
		switch p := r.IntN(100); {
		case p < 3:
			m.Status = data.StatusSuspended
		case p < 6:
			m.Status = data.StatusTransferred
		case p < 8:
			m.Status = data.StatusLeft
		}
		if m.Status != data.StatusActive {
			m.UpdatedAt = day(m.JoinDate, today)
		}
		out = append(out, m)
	}
	// A few foreign workers with long contracts, allowed since Luật Công đoàn 2024 (DOMAIN §4).
	for i := 0; i < len(foreigners) && i < n/300; i++ {
		m := out[len(out)-1-i]
		f := foreigners[i]
		m.SetFullName(f.name)
		m.Nationality = f.nationality
		m.Ethnicity = ""
		m.IDNumber = fmt.Sprintf("M%08d", 10000000+r.IntN(89999999))
		m.Contract = data.ContractIndefinite
		m.ContractMonths = 0
		m.UnitName = "Phòng Kỹ thuật"
		m.JobTitle = "Chuyên gia kỹ thuật"
		m.UnionRole = ""
	}
	assignRoles(out)
	return out
}

// assignRoles gives the BCH and union-group roles to the first members, as a real register has.
func assignRoles(ms []*data.Member) {
	roles := []string{"Chủ tịch", "Phó Chủ tịch", "Ủy viên Ban Chấp hành", "Ủy viên Ban Chấp hành",
		"Ủy viên Ban Chấp hành", "Chủ nhiệm UBKT", "Trưởng ban nữ công"}
	names := []string{Profile().ChairName, Profile().ViceChairName}
	for i, role := range roles {
		if i >= len(ms) {
			return
		}
		m := ms[i]
		m.UnionRole = role
		m.Nationality = data.Vietnam
		m.Status = data.StatusActive
		if i < len(names) {
			m.SetFullName(names[i])
			m.Sex = data.SexFemale
			if i == 1 {
				m.Sex = data.SexMale
			}
		}
	}
	for i, u := range Units[:4] {
		if k := len(roles) + i; k < len(ms) {
			ms[k].UnionRole = "Tổ trưởng công đoàn"
			ms[k].UnitName = u
			ms[k].Nationality = data.Vietnam
		}
	}
}
