package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
	"socongdoan/reports"
)

// reportCmd is `socongdoan report KIND … -o FILE.pdf` and `report --list`:
// the same documents as the Báo cáo screen, through reports.Issue.
func reportCmd(e *env, args []string) error {
	if len(args) == 0 {
		return usagef("report cần loại văn bản (xem \"socongdoan report --list\") và -o TỆP.pdf hoặc -o TỆP.docx")
	}
	if args[0] == "--list" || args[0] == "-list" {
		if len(args) > 1 {
			return usagef("report --list không nhận thêm tham số")
		}
		return reportList(e)
	}
	if strings.HasPrefix(args[0], "-") {
		return usagef("report: loại văn bản phải đứng trước các tùy chọn, ví dụ: socongdoan report annual --year 2026 -o bc.pdf")
	}
	kind := reports.KindByName(args[0])
	if kind == nil {
		return usagef("không có loại văn bản \"%s\"; xem \"socongdoan report --list\"", args[0])
	}
	paceCollectorForDocument()
	fs := newFlags("report " + kind.Name)
	out := fs.String("o", "", "")
	year := fs.Int("year", 0, "")
	from := fs.String("from", "", "")
	to := fs.String("to", "", "")
	filter := fs.String("filter", "", "")
	sortBy := fs.String("sort", "", "")
	desc := fs.Bool("desc", false, "")
	columns := fs.String("columns", "", "")
	landscape := fs.Bool("landscape", false, "")
	fullID := fs.Bool("full-cccd", false, "")
	id := fs.Int64("id", 0, "")
	members := fs.String("members", "", "")
	forceOrder := fs.Bool("force-order", false, "")
	copies := fs.Int("copies", 0, "")
	signer := fs.String("signer", "chu-tich", "")
	signerName := fs.String("signer-name", "", "")
	date := fs.String("date", "", "")
	number := fs.Int("number", 0, "")
	draft := fs.Bool("draft", false, "")
	upperLevel := fs.String("upper", "", "")
	place := fs.String("place", "", "")
	recipients := fs.String("recipients", "", "")
	choices := fs.Bool("choices", false, "")
	noNotes := fs.Bool("no-notes", false, "")
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	if *out == "" && !*choices {
		return usagef("report %s cần -o TỆP.pdf hoặc -o TỆP.docx", kind.Name)
	}
	if !*choices && !strings.EqualFold(filepath.Ext(*out), ".pdf") && !reports.IsDOCX(*out) {
		return usagef("tệp ra phải có đuôi .pdf hoặc .docx (Word): %s", *out)
	}
	req := reports.Request{Kind: kind.Name, Year: *year, Desc: *desc, Landscape: *landscape, FullIDNumber: *fullID,
		ID: *id, Number: *number, Draft: *draft, NoNotes: *noNotes, UpperLevel: *upperLevel, Place: *place, SignerName: *signerName,
		OutOfOrder: *forceOrder, Copies: *copies}
	if *copies < 0 || *copies > 20 {
		return usagef("--copies phải từ 1 đến 20")
	}
	var err error
	if req.Members, err = memberIDs(*members); err != nil {
		return err
	}
	if req.From, err = cliDate("--from", *from); err != nil {
		return err
	}
	if req.To, err = cliDate("--to", *to); err != nil {
		return err
	}
	if req.Date, err = cliDate("--date", *date); err != nil {
		return err
	}
	switch vn.Fold(*signer) {
	case "chu-tich", "chu tich":
	case "pho-chu-tich", "pho chu tich":
		req.Deputy = true
	default:
		return usagef("--signer phải là chu-tich hoặc pho-chu-tich")
	}
	if *columns != "" {
		req.Columns = strings.Split(*columns, ",")
	}
	if *recipients != "" {
		req.Recipients = strings.Split(*recipients, ";")
	}
	if req.Sort, err = sortColumn(*sortBy); err != nil {
		return err
	}

	// Issuing a document takes its number from the sổ văn bản đi, so it opens the
	// register for writing, with the full check running beside the layout (see
	// openStoreCheckingBeside). A draft or the list of choices writes nothing: it
	// opens read-only, as every other command that only reads.
	open := e.openStoreCheckingBeside
	if *choices || *draft {
		open = e.openReader
	}
	store, err := open()
	if err != nil {
		return err
	}
	defer store.Close()
	if req.Filter, err = parseFilter(e, store, *filter); err != nil {
		return err
	}
	src := reports.Sources{Members: store, Profile: store, Documents: store, Records: store, Settings: store, Now: e.now}
	if *choices {
		return printChoices(e, kind, src, req)
	}
	res, err := reports.Issue(e.ctx, src, req, *out)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(e.stderr, "Lưu ý:", w)
	}
	numbered := "bản nháp, chưa lấy số"
	switch {
	case res.Number == "" && !req.Draft:
		numbered = "văn bản của đại hội, không lấy số" // a congress's own paper (QĐ 933 Phụ lục IV)
	case !req.Draft || res.Reprint:
		numbered = "số " + res.Number
	}
	if res.Reprint {
		numbered += ", in lại văn bản đã ban hành"
	}
	if res.Pages == 0 { // a Word file: Word lays out the pages
		fmt.Fprintf(e.stdout, "Đã tạo %s (%s, tệp Word): %s\n", kind.Title, numbered, *out)
		return nil
	}
	fmt.Fprintf(e.stdout, "Đã tạo %s (%s, %s trang): %s\n", kind.Title, numbered, vn.FormatInt(int64(res.Pages)), *out)
	return nil
}

// memberIDs reads --members 3,5,8: the people of a quyết định kết nạp.
func memberIDs(s string) ([]int64, error) {
	var out []int64
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		id, err := strconv.ParseInt(part, 10, 64)
		if err != nil || id <= 0 {
			return nil, usagef("--members: \"%s\" không phải mã đoàn viên (số ở cột đầu của --choices)", part)
		}
		out = append(out, id)
	}
	return out, nil
}

// printChoices prints the records a kind can be about in the period, one
// per line: the --id to give, then what it is; the first is the default.
func printChoices(e *env, k *reports.Kind, src reports.Sources, req reports.Request) error {
	if k.Record == "" {
		return usagef("report %s không chọn bản ghi (--choices dùng cho văn bản về một %s)", k.Name, "hội nghị, đối thoại, thỏa ước hoặc đoàn viên")
	}
	cs, err := k.Choices(e.ctx, src, req)
	if err != nil {
		return err
	}
	if len(cs) == 0 {
		fmt.Fprintf(e.stdout, "Không có %s nào trong kỳ đã chọn.\n", k.Record)
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	for _, c := range cs {
		fmt.Fprintf(tw, "%d\t%s\n", c.ID, c.Label)
	}
	return tw.Flush()
}

// reportList prints the documents grouped by what they are about: a heading
// per group ("Hội nghị người lao động:"), then one document per indented line,
// its name, then what it is.
func reportList(e *env) error {
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	for _, g := range reports.Groups() {
		fmt.Fprintf(tw, "%s:\n", g.Label)
		for _, k := range g.Docs {
			fmt.Fprintf(tw, "  %s\t%s\n", k.Name, k.Description)
		}
	}
	return tw.Flush()
}

// cliDate reads a dd/mm/yyyy option; "" is the zero time.
func cliDate(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := vn.ParseDate(s)
	if err != nil {
		return time.Time{}, data.Errorf(data.EINVALID, flag, "%s: %s", flag, err.Error())
	}
	return t, nil
}

// sortKeys are the --sort values, the column keys of the printed list.
var sortKeys = map[string]data.SortColumn{
	"ten": data.SortByName, "ngay-sinh": data.SortByBirth, "gioi-tinh": data.SortBySex, "bo-phan": data.SortByUnit,
	"chuc-vu": data.SortByRole, "ngay-vao": data.SortByJoinDate, "trang-thai": data.SortByStatus,
}

func sortColumn(s string) (data.SortColumn, error) {
	if s == "" {
		return data.SortByName, nil
	}
	col, ok := sortKeys[strings.ReplaceAll(vn.Fold(s), " ", "-")]
	if !ok {
		return 0, usagef("--sort \"%s\" không có; dùng: ten, ngay-sinh, gioi-tinh, bo-phan, chuc-vu, ngay-vao, trang-thai", s)
	}
	return col, nil
}

// unitFinder is what parseFilter needs of the store.
type unitFinder interface {
	UnitByName(ctx context.Context, name string, create bool) (int64, error)
}

// parseFilter reads --filter "status=tam-dung,unit=Tổ May 1,sex=nu,
// nationality=nuoc-ngoai,search=…": the register's filters, by name. Without
// a status the list is of current members, as the register shows them.
func parseFilter(e *env, units unitFinder, s string) (data.MemberFilter, error) {
	f := data.MemberFilter{InUnion: true}
	if strings.TrimSpace(s) == "" {
		return f, nil
	}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(part, "=")
		k, v = vn.Fold(k), vn.Clean(v)
		if !ok || v == "" {
			return f, usagef("--filter: \"%s\" phải có dạng khóa=giá-trị (status, unit, sex, nationality, search)", part)
		}
		switch k {
		case "status", "trang-thai", "trang thai":
			st, err := statusFilter(v)
			if err != nil {
				return f, err
			}
			f.Status, f.InUnion = st.Status, st.InUnion
		case "unit", "bo-phan", "bo phan":
			if vn.Fold(v) == "khong" || vn.Fold(v) == "none" {
				f.UnitID = -1
				continue
			}
			id, err := units.UnitByName(e.ctx, v, false)
			if err != nil {
				return f, err
			}
			f.UnitID = id
		case "sex", "gioi-tinh", "gioi tinh":
			sex, ok := data.ParseSex(v)
			if !ok || sex == data.SexUnknown {
				return f, usagef("--filter sex phải là nam hoặc nu")
			}
			f.Sex = sex
		case "nationality", "quoc-tich", "quoc tich":
			switch vn.Fold(v) {
			case "nuoc-ngoai", "nuoc ngoai", "foreign":
				f.ForeignOnly = true
			default:
				f.Nationality = v
			}
		case "search", "tim":
			f.Search = v
		default:
			return f, usagef("--filter: không có khóa \"%s\"; dùng status, unit, sex, nationality, search", k)
		}
	}
	return f, nil
}
