package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// congressCmd runs `socongdoan congress …` (issue 15, point 7).
func congressCmd(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: congress count")
	}
	switch args[0] {
	case "count":
		return congressCount(e, args[1:])
	case "new":
		return congressNew(e, args[1:])
	case "posts":
		return congressPosts(e, args[1:])
	}
	return usagef("không có lệnh \"congress %s\"", args[0])
}

// congressCount reads a count sheet and prints, per election, who is elected and
// why (DOMAIN-MODULES §C.2). A count that does not add up prints nothing but the
// reasons and exits 1: a half-checked result must not be read out at a congress.
func congressCount(e *env, args []string) error {
	fs := newFlags("congress count")
	file := fs.String("file", "", "")
	baseFlag := fs.String("base", "", "")
	id := fs.Int64("id", 0, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file == "" {
		return usagef("congress count cần --file TỆP.csv (dòng tiêu đề: %s)", data.CountHeader)
	}
	base, err := countBase(e, *baseFlag)
	if err != nil {
		return err
	}
	t, err := xlsx.ReadFile(*file, "")
	if err != nil {
		return err
	}
	es, err := data.ParseElectionCount(t.Rows, t.Lines)
	if err != nil {
		return err
	}
	results, err := data.CountElections(es, base)
	if err != nil {
		return err
	}
	if *id != 0 {
		if err := storeCount(e, *id, es); err != nil {
			return err
		}
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		if err := printElection(e, r); err != nil {
			return err
		}
	}
	return nil
}

// countBase is the base of --base, or else the chair's setting (the default when
// there is no database yet: a count needs no register, so none is created for it).
func countBase(e *env, flag string) (data.ElectionBase, error) {
	if flag != "" {
		b, ok := data.ParseElectionBase(flag)
		if !ok {
			return "", usagef("--base là thu-ve (phiếu thu về) hoặc hop-le (phiếu hợp lệ), không phải %q", flag)
		}
		return b, nil
	}
	if _, err := os.Stat(e.dbPath); errors.Is(err, fs.ErrNotExist) {
		return data.DefaultCongressSettings().ElectionBase, nil
	}
	store, err := e.openStore()
	if err != nil {
		return "", err
	}
	defer store.Close()
	rs, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return "", err
	}
	return rs.Congress.ElectionBase, nil
}

// printElection prints one election's result as the biên bản kiểm phiếu lists it.
func printElection(e *env, r data.ElectionResult) error {
	el := r.Election
	fmt.Fprintf(e.stdout, "%s — bầu không quá %d người\n", el.Name, el.Seats)
	fmt.Fprintf(e.stdout, "Phiếu phát ra %d, thu về %d, hợp lệ %d, không hợp lệ %d.\n", el.Issued, el.Collected, el.Valid, el.Invalid)
	fmt.Fprintf(e.stdout, "Căn cứ: %d %s; trúng cử khi được quá một nửa, tức ít nhất %d phiếu.\n", r.BaseCount, r.Base.Label(), r.Needed)
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "STT\tỨng cử viên\tSố phiếu\tTỷ lệ\tKết quả\tLý do")
	for i, c := range r.Candidates {
		fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%s\t%s\n", i+1, c.Name, c.Votes, c.Percent, c.Outcome.Label(), c.Reason)
	}
	if err := w.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(e.stdout, r.Summary())
	return err
}

// storeCount puts a count that adds up on congress id (issue 15 point 7): each
// election replaces the congress's election of the same body and round. The
// congress's own checks run again on the save, so a count it refuses stores nothing.
func storeCount(e *env, id int64, es []data.Election) error {
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	st := data.Congresses.Store(store)
	c, err := st.Get(e.ctx, id)
	if err != nil {
		return err
	}
	if err := c.SetCount(es); err != nil {
		return err
	}
	if err := st.Update(data.Confirmed(e.ctx), c); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã lưu kết quả kiểm phiếu vào %s (mã %d).\n\n", lowerFirstRune(c.Title()), c.ID)
	return nil
}

func lowerFirstRune(s string) string {
	if strings.HasPrefix(s, "Đ") {
		return "đ" + s[len("Đ"):]
	}
	return s
}

// congressNew records a planned congress from the command line (issue 15
// point 7): the registry's checks run as on the form.
func congressNew(e *env, args []string) error {
	fs := newFlags("congress new")
	number := fs.Int("number", 0, "")
	term := fs.String("term", "", "")
	members := fs.Int("members", 0, "")
	called := fs.Int("called", 0, "")
	date := fs.String("date", "", "")
	place := fs.String("place", "", "")
	consent := fs.String("consent", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	c := &data.Congress{Number: *number, Members: *members, Called: *called, Place: *place, UpperConsent: *consent}
	if *term != "" {
		from, to, ok := strings.Cut(strings.ReplaceAll(*term, " ", ""), "-")
		var err1, err2 error
		c.TermFrom, err1 = strconv.Atoi(from)
		c.TermTo, err2 = strconv.Atoi(to)
		if !ok || err1 != nil || err2 != nil {
			return usagef("--term là năm bắt đầu - năm kết thúc, ví dụ 2025-2030, không phải %q", *term)
		}
	}
	if *date != "" {
		d, err := vn.ParseDate(*date)
		if err != nil {
			return usagef("--date: %v", err)
		}
		c.Date = d
	}
	c.Form = data.RequiredCongressForm(c.Members)
	if c.Form == data.FormGeneral && c.Called == 0 {
		c.Called = c.Members
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if err := data.Congresses.Store(store).Create(e.ctx, c); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã ghi %s (mã %d, %s).\n", lowerFirstRune(c.Title()), c.ID, c.Form.Label())
	return nil
}

// congressPosts writes the office holders elected at congress N into the cadre
// history (issue 15 point 6; issue 14's posts).
func congressPosts(e *env, args []string) error {
	fs := newFlags("congress posts")
	id := fs.Int64("id", 0, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *id == 0 {
		return usagef("congress posts cần --id MÃ_ĐẠI_HỘI")
	}
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	c, err := data.Congresses.Store(store).Get(e.ctx, *id)
	if err != nil {
		return err
	}
	rs, err := data.LoadRuleSettings(e.ctx, store)
	if err != nil {
		return err
	}
	posts := c.ElectedPosts(rs.Congress.ElectionBase)
	added, err := data.RecordElectedPosts(e.ctx, store, c, rs.Congress.ElectionBase)
	if err != nil {
		return err
	}
	closed, err := data.CloseReplacedPosts(e.ctx, store, c, rs.Congress.ElectionBase)
	if err != nil {
		return err
	}
	for _, p := range posts {
		fmt.Fprintf(e.stdout, "%s\t%s\ttừ %s\n", p.Name, p.Term.Post.Label(), vn.FormatDate(p.Term.From))
	}
	for _, p := range closed {
		fmt.Fprintf(e.stdout, "%s\t%s\tđến %s (không tái cử)\n", p.Name, p.Post.Label(), vn.FormatDate(p.Until))
	}
	_, err = fmt.Fprintf(e.stdout, "Trúng cử %d chức danh; đã ghi thêm %d vào lịch sử cán bộ (người đang giữ chức danh đó thì giữ nguyên); khép lại %d chức danh nhiệm kỳ trước của người không tái cử.\n", len(posts), added, len(closed))
	return err
}
