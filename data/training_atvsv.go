package data

import (
	"strconv"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// The an toàn, vệ sinh viên network (DOMAIN-MODULES §F "ATVSLĐ and the ATVSV
// network"; Luật ATVSLĐ 84/2015 Art 74(1): at least one ATVSV in each tổ sản
// xuất, elected by its workers, under the BCH's guidance). The network is the
// ATVSV posts of the cadre records, each naming its unit (PostTerm.Unit); the
// units are the register's bộ phận. Units that are not production teams
// (offices) are a setting (TrainingSettings.ATVSVExempt). The certificates of
// the ATVSV serving are checked apart (ATVSVCertIssues).

// UnitGap is a unit of the register where no ATVSV serves.
type UnitGap struct {
	Unit Unit
	// Left is the last day an ATVSV served in the unit; zero when none ever did.
	Left time.Time
}

// unitGapsListed is how many units without an ATVSV get an item each in Việc
// cần làm; more are one item naming them all (a chair who has not yet entered
// the network sees one line, not twenty).
const unitGapsListed = 5

// sameUnit compares a post's unit as typed with a unit's name, blind to marks,
// case and spacing ("tổ may 2" is "Tổ May 2").
func sameUnit(typed, name string) bool {
	return typed != "" && vn.Fold(vn.Clean(typed)) == vn.Fold(vn.Clean(name))
}

// ATVSVExemptUnit reports whether the unit is one the settings list as not a
// production team.
func (t TrainingSettings) ATVSVExemptUnit(name string) bool {
	for _, e := range t.ATVSVExempt {
		if sameUnit(e, name) {
			return true
		}
	}
	return false
}

// UnitsWithoutATVSV lists, in the order of units, the units with members on
// today where no ATVSV post is held on today (a post held until today still
// counts; one ended yesterday does not), leaving out the exempt units.
func UnitsWithoutATVSV(units []Unit, cadres []Cadre, s TrainingSettings, today time.Time) []UnitGap {
	today = vn.Day(today)
	var out []UnitGap
	for _, u := range units {
		if u.Members <= 0 || s.ATVSVExemptUnit(u.Name) {
			continue
		}
		gap, served := UnitGap{Unit: u}, false
		for i := range cadres {
			for _, t := range cadres[i].Posts {
				if t.Post != PostATVSV || !sameUnit(t.Unit, u.Name) {
					continue
				}
				if t.HeldOn(today) {
					served = true
				} else if !t.Until.IsZero() && t.Until.Before(today) && t.Until.After(gap.Left) {
					gap.Left = t.Until
				}
			}
		}
		if !served {
			out = append(out, gap)
		}
	}
	return out
}

// atvsvNetworkTodos are the items of Việc cần làm for units without an ATVSV
// (§F, rules to check: "Warn for a production team (bộ phận) with no ATVSV").
// An item is due the day after the last ATVSV left, or today for a unit that
// never had one. The title names the unit (the list shows a new record's kind
// under it); it opens a new cadre record, where the ATVSV is entered.
func atvsvNetworkTodos(cadres []Cadre, env TodoEnv) []Todo {
	gaps := UnitsWithoutATVSV(env.Units, cadres, env.Settings.Training, env.Today)
	ref := RecordRef{Kind: KindCadre}
	const why = "Luật ATVSLĐ Điều 74: mỗi tổ sản xuất có ít nhất một an toàn, vệ sinh viên"
	if len(gaps) > unitGapsListed {
		names := make([]string, len(gaps))
		due := env.Today
		for i, g := range gaps {
			names[i] = g.Unit.Name
			if !g.Left.IsZero() && g.Left.AddDate(0, 0, 1).Before(due) {
				due = g.Left.AddDate(0, 0, 1)
			}
		}
		return []Todo{{Due: due, Record: ref,
			Title: "Bầu an toàn, vệ sinh viên cho " + strconv.Itoa(len(gaps)) + " bộ phận chưa có: " + strings.Join(names, ", "),
			About: why + "; bộ phận không phải tổ sản xuất ghi ở Cài đặt"}}
	}
	var out []Todo
	for _, g := range gaps {
		due, state := env.Today, "chưa có ATVSV"
		if !g.Left.IsZero() {
			due = g.Left.AddDate(0, 0, 1)
			state = "không còn ATVSV từ " + vn.FormatDate(due)
		}
		out = append(out, Todo{Due: due, Record: ref, Title: "Bầu an toàn, vệ sinh viên cho " + g.Unit.Name + ": " + state,
			About: g.Unit.Name + ", " + vn.FormatInt(int64(g.Unit.Members)) + " đoàn viên. " + why})
	}
	return out
}

// Cadre field names of the ATVSV's phụ cấp and quy chế at the form.
const (
	FieldCadreAllowance = "cadre_atvsv_allowance"
	FieldCadreRules     = "cadre_atvsv_rules"
)

// MaxATVSVAllowance bounds the phụ cấp a month: far above any real one, so a
// mistyped figure (an extra zero group) is refused rather than printed.
const MaxATVSVAllowance = 100_000_000

// checkATVSV checks the ATVSV's phụ cấp and quy chế: a negative or absurd
// phụ cấp is refused; phụ cấp or quy chế on someone who never held the ATVSV
// post is warned (it belongs to an ATVSV, Luật ATVSLĐ Art 74).
func (c *Cadre) checkATVSV(ps *Problems) {
	if c.ATVSVAllowance < 0 || c.ATVSVAllowance > MaxATVSVAllowance {
		ps.add(FieldCadreAllowance, "Phụ cấp an toàn, vệ sinh viên không hợp lệ (đồng mỗi tháng, từ 0 đến "+vn.FormatMoney(MaxATVSVAllowance)+")")
	}
	if msg := CheckText("Quy chế mạng lưới an toàn, vệ sinh viên", c.ATVSVRules, MaxFieldChars, false); msg != "" {
		ps.add(FieldCadreRules, msg)
	}
	if c.ATVSVAllowance == 0 && c.ATVSVRules == "" && c.ATVSVCertNo == "" {
		return
	}
	for _, t := range c.Posts {
		if t.Post == PostATVSV {
			return
		}
	}
	ps.warn(FieldCadreRules, "Phụ cấp, quy chế và giấy chứng nhận ATVSLĐ là của an toàn, vệ sinh viên: người này chưa có chức danh An toàn, vệ sinh viên")
}
