package data

import (
	"context"
	"slices"
	"strings"
	"time"

	"socongdoan/data/vn"
)

// Cán bộ công đoàn (DOMAIN-MODULES §B.1, Luật Công đoàn 2024 Art 4(5)): a member
// elected, appointed or designated to a union post, from tổ phó tổ công đoàn
// upward, chuyên trách or alongside a job. One Cadre record per person holds the
// history of the posts they held; the current chủ tịch signs the CĐCS's documents
// (CurrentChair), and training is counted against these posts (training.go).

// Post is a union post.
type Post string

// The posts, highest first.
const (
	PostChair       Post = "chu_tich"
	PostViceChair   Post = "pho_chu_tich"
	PostStanding    Post = "uy_vien_btv" // Ban Thường vụ (only with a BCH of ≥ 9, DOMAIN-MODULES §C)
	PostBCH         Post = "uy_vien_bch"
	PostUBKTHead    Post = "chu_nhiem_ubkt"
	PostUBKTVice    Post = "pho_chu_nhiem_ubkt"
	PostUBKT        Post = "uy_vien_ubkt"
	PostWomenHead   Post = "truong_ban_nu_cong"
	PostAccountant  Post = "ke_toan" // kế toán công đoàn, signs the phiếu thu/chi and books
	PostCashier     Post = "thu_quy" // thủ quỹ, keeps the cash and signs the phiếu thu/chi
	PostGroupLeader Post = "to_truong"
	PostGroupVice   Post = "to_pho"
	PostATVSV       Post = "atvsv" // an toàn, vệ sinh viên (Luật ATVSLĐ Art 74)
	PostOther       Post = "khac"
)

// Posts lists the posts in form order.
var Posts = []Post{PostChair, PostViceChair, PostStanding, PostBCH, PostUBKTHead, PostUBKTVice, PostUBKT,
	PostWomenHead, PostAccountant, PostCashier, PostGroupLeader, PostGroupVice, PostATVSV, PostOther}

// Label is the post as documents print it.
func (p Post) Label() string {
	switch p {
	case PostChair:
		return "Chủ tịch"
	case PostViceChair:
		return "Phó Chủ tịch"
	case PostStanding:
		return "Ủy viên Ban Thường vụ"
	case PostBCH:
		return "Ủy viên Ban Chấp hành"
	case PostUBKTHead:
		return "Chủ nhiệm Ủy ban kiểm tra"
	case PostUBKTVice:
		return "Phó Chủ nhiệm Ủy ban kiểm tra"
	case PostUBKT:
		return "Ủy viên Ủy ban kiểm tra"
	case PostWomenHead:
		return "Trưởng ban nữ công"
	case PostAccountant:
		return "Kế toán công đoàn"
	case PostCashier:
		return "Thủ quỹ"
	case PostGroupLeader:
		return "Tổ trưởng công đoàn"
	case PostGroupVice:
		return "Tổ phó công đoàn"
	case PostATVSV:
		return "An toàn, vệ sinh viên"
	case PostOther:
		return "Chức danh khác"
	}
	return string(p)
}

// PostByLabel finds a post by its label (forms, imports), false when none has it.
func PostByLabel(label string) (Post, bool) {
	for _, p := range Posts {
		if p.Label() == label {
			return p, true
		}
	}
	return "", false
}

// InBCH reports whether the post is a seat in the Ban Chấp hành: the chair and
// vice-chairs are BCH members, as are the Ban Thường vụ.
func (p Post) InBCH() bool {
	return p == PostChair || p == PostViceChair || p == PostStanding || p == PostBCH
}

// InUBKT reports whether the post is a seat in the Ủy ban kiểm tra.
func (p Post) InUBKT() bool { return p == PostUBKTHead || p == PostUBKTVice || p == PostUBKT }

// NeedsTraining reports whether a newly elected holder of the post must be
// trained within the first year of the term (DOMAIN-MODULES §B, rules to check:
// chủ tịch, phó chủ tịch, BCH and UBKT members).
func (p Post) NeedsTraining() bool { return p.InBCH() || p.InUBKT() }

// Appointment is how someone came to hold a post.
type Appointment string

// The ways to a post.
const (
	AppointElected    Appointment = "bau"       // bầu at the congress, a BCH meeting or the tổ
	AppointDesignated Appointment = "chi_dinh"  // chỉ định by the upper level
	AppointAppointed  Appointment = "bo_nhiem"  // bổ nhiệm, tuyển dụng (chuyên trách)
	AppointAssigned   Appointment = "phan_cong" // phân công by the BCH
)

// Appointments lists the ways in form order.
var Appointments = []Appointment{AppointElected, AppointDesignated, AppointAppointed, AppointAssigned}

// Label is the way as a form shows it.
func (a Appointment) Label() string {
	switch a {
	case AppointElected:
		return "Bầu"
	case AppointDesignated:
		return "Chỉ định"
	case AppointAppointed:
		return "Bổ nhiệm, tuyển dụng"
	case AppointAssigned:
		return "Phân công"
	}
	return string(a)
}

// PostTerm is one post held by a cadre, from a day until a day (zero while held).
type PostTerm struct {
	Post     Post
	Unit     string // the tổ công đoàn, bộ phận or tổ sản xuất, for tổ trưởng, tổ phó, ATVSV
	From     time.Time
	Until    time.Time // the last day held; zero while still held
	FullTime bool      // chuyên trách
	How      Appointment
	Decision string // the nghị quyết or quyết định, "05/QĐ-CĐCS ngày 02/01/2026"
	Term     string // nhiệm kỳ, "2025–2030"
}

// HeldOn reports whether the post was held on day d.
func (t *PostTerm) HeldOn(d time.Time) bool {
	d = vn.Day(d)
	return !t.From.IsZero() && !t.From.After(d) && (t.Until.IsZero() || !t.Until.Before(d))
}

// Title is the post as a list shows it: "Tổ trưởng công đoàn (Tổ May 2)".
func (t *PostTerm) Title() string {
	if t.Unit == "" {
		return t.Post.Label()
	}
	return t.Post.Label() + " (" + t.Unit + ")"
}

// Cadre is one cán bộ công đoàn and the posts they held.
type Cadre struct {
	ID       int64
	MemberID int64  // the member in the register; 0 for someone not (yet) in it
	Name     string // as printed; the register's name when picked from it
	Posts    []PostTerm
	// The ATVSLĐ certificate of an an toàn, vệ sinh viên (Luật ATVSLĐ Art 14(1)).
	ATVSVCertNo   string
	ATVSVCertDate time.Time
	// ATVSVAllowance is the phụ cấp trách nhiệm of an ATVSV, đồng a month, and
	// ATVSVRules the employer's quy chế of the network that sets it ("Quyết
	// định số 15/QĐ-CTY ngày 10/01/2026"): Luật ATVSLĐ Art 74(3)–(4), agreed
	// with the BCH (DOMAIN-MODULES §F "ATVSV network: … phụ cấp, quy chế (số, ngày)").
	ATVSVAllowance int64
	ATVSVRules     string
	Notes          string
	Version        int64 // row version: an update names the one it read (Kind.Store)
	CreatedAt      time.Time
	UpdatedAt      time.Time
}

// Title names the cadre by the post taken up last: "Nguyễn Thị Hường – Chủ tịch".
func (c *Cadre) Title() string {
	var last *PostTerm
	for i := range c.Posts {
		t := &c.Posts[i]
		if last == nil || t.From.After(last.From) || t.From.Equal(last.From) && postRank(t.Post) < postRank(last.Post) {
			last = t
		}
	}
	if last == nil {
		return c.Name
	}
	return c.Name + " – " + last.Title()
}

// PostsOn returns the posts held on day d, highest first.
func (c *Cadre) PostsOn(d time.Time) []PostTerm {
	var out []PostTerm
	for _, t := range c.Posts {
		if t.HeldOn(d) {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b PostTerm) int { return postRank(a.Post) - postRank(b.Post) })
	return out
}

// Holds reports whether the cadre held post p on day d.
func (c *Cadre) Holds(p Post, d time.Time) bool {
	for _, t := range c.Posts {
		if t.Post == p && t.HeldOn(d) {
			return true
		}
	}
	return false
}

// PostsText is the posts held on d joined for a list: "Phó Chủ tịch, Tổ trưởng công đoàn (Tổ May 2)".
func (c *Cadre) PostsText(d time.Time) string {
	var parts []string
	for _, t := range c.PostsOn(d) {
		parts = append(parts, t.Title())
	}
	return strings.Join(parts, ", ")
}

func postRank(p Post) int {
	if i := slices.Index(Posts, p); i >= 0 {
		return i
	}
	return len(Posts)
}

// Cadre field names for messages at the form.
const (
	FieldCadreName  = "cadre_name"
	FieldCadrePosts = "cadre_posts"
	FieldCadreCert  = "cadre_cert"
)

// Normalize NFC-cleans the text and drops empty post rows.
func (c *Cadre) Normalize() {
	c.Name = vn.Clean(c.Name)
	c.ATVSVCertNo, c.ATVSVRules = vn.Clean(c.ATVSVCertNo), vn.Clean(c.ATVSVRules)
	c.Notes = vn.CleanMultiline(c.Notes)
	if !c.ATVSVCertDate.IsZero() {
		c.ATVSVCertDate = vn.Day(c.ATVSVCertDate)
	}
	posts := c.Posts[:0:0]
	for _, t := range c.Posts {
		t.Unit, t.Decision, t.Term = vn.Clean(t.Unit), vn.Clean(t.Decision), vn.Clean(t.Term)
		if t.Post == "" && t.Unit == "" && t.From.IsZero() && t.Decision == "" {
			continue
		}
		for _, d := range []*time.Time{&t.From, &t.Until} {
			if !d.IsZero() {
				*d = vn.Day(*d)
			}
		}
		posts = append(posts, t)
	}
	c.Posts = posts
}

// Validate checks a cadre as the form does.
func (c *Cadre) Validate(now time.Time) Problems {
	var ps Problems
	if c.Name == "" {
		ps.add(FieldCadreName, "Cần nhập họ và tên (hoặc chọn đoàn viên từ sổ)")
	}
	if len(c.Posts) == 0 {
		ps.add(FieldCadrePosts, "Cần ghi ít nhất một chức danh công đoàn")
	}
	today := vn.Day(now)
	for i, t := range c.Posts {
		n := "Chức danh " + itoa(i+1) + ": "
		switch {
		case t.Post == "" || postRank(t.Post) == len(Posts):
			ps.add(FieldCadrePosts, n+"cần chọn chức danh")
		case t.From.IsZero():
			ps.add(FieldCadrePosts, n+"cần nhập ngày bắt đầu giữ chức danh")
		case t.From.After(today):
			ps.add(FieldCadrePosts, n+"ngày bắt đầu không được sau ngày hôm nay")
		case !t.Until.IsZero() && t.Until.Before(t.From):
			ps.add(FieldCadrePosts, n+"ngày thôi giữ chức danh phải từ ngày bắt đầu trở đi")
		case (t.Post == PostGroupLeader || t.Post == PostGroupVice || t.Post == PostATVSV) && t.Unit == "":
			ps.warn(FieldCadrePosts, n+"nên ghi tổ công đoàn, tổ sản xuất")
		}
		for j := range i {
			o := c.Posts[j]
			if o.Post == t.Post && o.Unit == t.Unit && overlaps(o, t) {
				ps.add(FieldCadrePosts, n+"trùng thời gian với chức danh "+itoa(j+1)+" ("+t.Post.Label()+")")
			}
		}
	}
	if !c.ATVSVCertDate.IsZero() && c.ATVSVCertDate.After(today) {
		ps.add(FieldCadreCert, "Ngày cấp giấy chứng nhận không được sau ngày hôm nay")
	}
	c.checkATVSV(&ps) // training_atvsv.go
	return ps
}

func overlaps(a, b PostTerm) bool {
	if a.From.IsZero() || b.From.IsZero() {
		return false
	}
	endA, endB := a.Until, b.Until
	return (endB.IsZero() || !a.From.After(endB)) && (endA.IsZero() || !b.From.After(endA))
}

// Cadres declares the cán bộ công đoàn in the registry (registry.go).
var Cadres = &Kind[Cadre]{
	Kind:     KindCadre,
	Label:    "Cán bộ công đoàn",
	Table:    "cadre",
	Entity:   "cadre",
	NotFound: "Không tìm thấy hồ sơ cán bộ",
	Columns: []Column[Cadre]{
		{"member_id", "Đoàn viên (mã trong sổ)", func(c *Cadre) any { return &c.MemberID }, nil},
		{"name", "Họ và tên", func(c *Cadre) any { return &c.Name }, nil},
		{"atvsv_cert_no", "Số giấy chứng nhận huấn luyện ATVSLĐ", func(c *Cadre) any { return &c.ATVSVCertNo }, nil},
		{"atvsv_cert_date", "Ngày cấp giấy chứng nhận ATVSLĐ", func(c *Cadre) any { return &c.ATVSVCertDate }, nil},
		{"atvsv_allowance", "Phụ cấp an toàn, vệ sinh viên (đồng/tháng)", func(c *Cadre) any { return &c.ATVSVAllowance }, nil},
		{"atvsv_rules", "Quy chế mạng lưới an toàn, vệ sinh viên", func(c *Cadre) any { return &c.ATVSVRules }, nil},
		{"notes", "Ghi chú", func(c *Cadre) any { return &c.Notes }, nil},
	},
	Children: []Child[Cadre]{
		Rows("cadre_post", "cadre_id", "Chức danh",
			func(c *Cadre) *[]PostTerm { return &c.Posts },
			[]Column[PostTerm]{
				{"post", "", func(t *PostTerm) any { return (*string)(&t.Post) }, nil},
				{"unit", "", func(t *PostTerm) any { return &t.Unit }, nil},
				{"from_date", "", func(t *PostTerm) any { return &t.From }, nil},
				{"until_date", "", func(t *PostTerm) any { return &t.Until }, nil},
				{"full_time", "", func(t *PostTerm) any { return &t.FullTime }, nil},
				{"how", "", func(t *PostTerm) any { return (*string)(&t.How) }, nil},
				{"decision", "", func(t *PostTerm) any { return &t.Decision }, nil},
				{"term", "", func(t *PostTerm) any { return &t.Term }, nil},
			},
			func(t *PostTerm) string {
				s := t.Title() + " từ " + vn.FormatDate(t.From)
				if !t.Until.IsZero() {
					s += " đến " + vn.FormatDate(t.Until)
				}
				if t.FullTime {
					s += ", chuyên trách"
				}
				if t.How != "" {
					s += ", " + strings.ToLower(t.How.Label())
				}
				if t.Decision != "" {
					s += ", " + t.Decision
				}
				return s
			}),
	},
	Meta:      func(c *Cadre) Meta { return Meta{&c.ID, &c.Version, &c.CreatedAt, &c.UpdatedAt} },
	Title:     (*Cadre).Title,
	Normalize: (*Cadre).Normalize,
	Check:     func(c *Cadre, env CheckEnv) Problems { return c.Validate(env.Now) },
	Todos:     cadreTodos, // training_rules.go
	TodoReads: []RecordKind{KindCourse},
	// One history per person: a second record for the same member is asked about.
	Confirm: func(c *Cadre, others []Cadre) *Problem {
		for _, o := range others {
			if c.MemberID != 0 && o.MemberID == c.MemberID || c.MemberID == 0 && o.MemberID == 0 && o.Name == c.Name {
				return &Problem{Field: FieldCadreName, Message: "Đã có hồ sơ cán bộ của " + o.Name +
					": nên thêm chức danh vào hồ sơ đó thay vì lập hồ sơ thứ hai."}
			}
		}
		return nil
	},
}

// HolderOn returns the name of who held post p on day d as the cadre records
// hold it, "" when none records one. When two records overlap (a hand-over typed
// on the same day) the one who started later holds it.
func HolderOn(cadres []Cadre, p Post, d time.Time) string {
	name, from := "", time.Time{}
	for _, c := range cadres {
		for _, t := range c.Posts {
			if t.Post == p && t.HeldOn(d) && !t.From.Before(from) {
				name, from = c.Name, t.From
			}
		}
	}
	return name
}

// Signers are who sign for the BCH on day d, the chủ tịch and a phó chủ tịch:
// each as the cadre records hold it when one is recorded for that day, the
// profile's otherwise (issue 14 point 1: the post history wins; no document
// names someone nobody recorded).
func Signers(ctx context.Context, db RecordDB, p *Profile, d time.Time) (chair, vice string, err error) {
	if p != nil {
		chair, vice = p.ChairName, p.ViceChairName
	}
	if db == nil {
		return chair, vice, nil
	}
	cs, err := Cadres.Store(db).List(ctx)
	if err != nil {
		return chair, vice, err
	}
	if n := HolderOn(cs, PostChair, d); n != "" {
		chair = n
	}
	if n := HolderOn(cs, PostViceChair, d); n != "" {
		vice = n
	}
	return chair, vice, nil
}

// AddPost records that a member took up a post: it is added to their cadre
// record, or a new record is made for them. The congress module uses it for
// the office holders it elects. Nothing is written when the post is already
// recorded with the same start day.
func AddPost(ctx context.Context, db RecordDB, memberID int64, name string, t PostTerm) error {
	st := Cadres.Store(db)
	cs, err := st.List(ctx)
	if err != nil {
		return err
	}
	for i := range cs {
		c := &cs[i]
		if memberID != 0 && c.MemberID == memberID || memberID == 0 && c.MemberID == 0 && c.Name == vn.Clean(name) {
			for _, o := range c.Posts {
				if o.Post == t.Post && o.Unit == vn.Clean(t.Unit) && o.From.Equal(vn.Day(t.From)) {
					return nil
				}
			}
			c.Posts = append(c.Posts, t)
			return st.Update(ctx, c)
		}
	}
	return st.Create(ctx, &Cadre{MemberID: memberID, Name: name, Posts: []PostTerm{t}})
}
