package app

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// newFlags makes a flag set whose mistakes become usage errors (exit 2), not prints.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return usagef("%s: %v", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return usagef("%s: thừa tham số \"%s\"", fs.Name(), strings.Join(fs.Args(), " "))
	}
	return nil
}

// statusFilter reads --status: empty means current members, "tat-ca" means every status.
func statusFilter(s string) (data.MemberFilter, error) {
	s = strings.ReplaceAll(vn.Fold(s), "-", " ")
	switch s {
	case "":
		return data.MemberFilter{InUnion: true}, nil
	case "tat ca", "all":
		return data.MemberFilter{}, nil
	}
	st, ok := data.ParseStatus(s)
	if !ok {
		return data.MemberFilter{}, usagef("trạng thái \"%s\" không có; dùng: dang-sinh-hoat, tam-dung, chuyen-di, ra-khoi, xoa-ten, khai-tru, tat-ca", s)
	}
	return data.MemberFilter{Status: st}, nil
}

// filterFlags adds --status and --search to fs; the function it returns reads
// them, once fs is parsed, as the register's filter.
func filterFlags(fs *flag.FlagSet) func() (data.MemberFilter, error) {
	status := fs.String("status", "", "")
	search := fs.String("search", "", "")
	return func() (data.MemberFilter, error) {
		f, err := statusFilter(*status)
		f.Search = vn.Clean(*search)
		return f, err
	}
}

func membersList(e *env, args []string) error {
	fs := newFlags("members list")
	memberFilter := filterFlags(fs)
	tsv := fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	filter, err := memberFilter()
	if err != nil {
		return err
	}
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	all, err := store.MemberRows(e.ctx)
	if err != nil {
		return err
	}
	idx := filter.Filter(all)
	rows := data.Pick(all, idx)
	sep := "\t"
	var w io.Writer = e.stdout
	var tw *tabwriter.Writer
	if !*tsv {
		tw = tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
		w = tw
	}
	header := []string{"STT"}
	for _, c := range data.RegisterColumns {
		header = append(header, c.Title)
	}
	fmt.Fprintln(w, strings.Join(header, sep))
	cells := make([]string, len(header))
	for i := range rows {
		cells[0] = vn.FormatInt(int64(i + 1))
		for j, c := range data.RegisterColumns {
			cells[j+1] = strings.ReplaceAll(c.Text(&rows[i]), "\t", " ")
		}
		fmt.Fprintln(w, strings.Join(cells, sep))
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return err
		}
		c := data.CountRows(all, idx)
		fmt.Fprintf(e.stdout, "%s đoàn viên · %s nữ\n", vn.FormatInt(int64(c.Total)), vn.FormatInt(int64(c.Female)))
	}
	return nil
}

func membersAdd(e *env, args []string) error {
	fs := newFlags("members add")
	name := fs.String("name", "", "")
	birth := fs.String("birth", "", "")
	sex := fs.String("sex", "", "")
	cccd := fs.String("cccd", "", "")
	phone := fs.String("phone", "", "")
	unit := fs.String("unit", "", "")
	joined := fs.String("joined", "", "")
	code := fs.String("code", "", "")
	nationality := fs.String("nationality", "", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if strings.TrimSpace(*name) == "" {
		return usagef("members add cần --name \"Họ và tên\"")
	}
	m := &data.Member{IDNumber: *cccd, Phone: *phone, MemberCode: *code, Nationality: *nationality}
	m.SetFullName(*name)
	var err error
	if *birth != "" {
		if m.BirthDate, m.BirthYearOnly, err = vn.ParseDateOrYear(*birth); err != nil {
			return data.Errorf(data.EINVALID, data.FieldBirth, "Ngày sinh: %s", err.Error())
		}
	}
	var ok bool
	if m.Sex, ok = data.ParseSex(*sex); !ok {
		return data.Errorf(data.EINVALID, data.FieldSex, "Giới tính phải là \"nam\" hoặc \"nữ\", không phải \"%s\"", *sex)
	}
	if *joined != "" {
		if m.JoinDate, err = vn.ParseDate(*joined); err != nil {
			return data.Errorf(data.EINVALID, data.FieldJoinDate, "Ngày vào công đoàn: %s", err.Error())
		}
	}
	// The store resolves the unit by name inside the same transaction, creating it
	// when new, so a refused member leaves no stray unit behind.
	m.UnitName = vn.Clean(*unit)
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if err := store.CreateMember(e.ctx, m); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã thêm đoàn viên %s (mã %d).\n", m.FullName(), m.ID)
	return nil
}
