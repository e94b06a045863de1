package app

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
)

// The records and trash commands are generated from the registry (data.Kinds): a
// kind added there is listed, shown, trashed and restored here without a line of
// its own.
//
//	socongdoan records --kinds
//	socongdoan records KIND list [--year N] [--tsv]
//	socongdoan records KIND show ID
//	socongdoan records KIND history ID
//	socongdoan records KIND trash ID
//	socongdoan trash list [--tsv]
//	socongdoan trash restore KIND ID

// recordsCmd runs `socongdoan records …`.
func recordsCmd(e *env, args []string) error {
	if len(args) == 1 && args[0] == "--kinds" {
		w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(w, "Loại\tTên")
		for _, k := range data.Kinds() {
			fmt.Fprintf(w, "%s\t%s\n", k.Kind, k.Label)
		}
		fmt.Fprintf(w, "%s\t%s (chỉ history, trash; danh sách: members list)\n", data.KindMember, data.KindMember.Label())
		return w.Flush()
	}
	if len(args) < 2 {
		return usagef("cách dùng: records --kinds | records LOẠI list|show|history|trash …")
	}
	kind := data.RecordKind(args[0])
	switch args[1] {
	case "history":
		id, err := oneID(kind, "records "+args[0]+" history", args[2:])
		if err != nil {
			return err
		}
		return recordHistory(e, data.RecordRef{Kind: kind, ID: id})
	case "trash":
		id, err := oneID(kind, "records "+args[0]+" trash", args[2:])
		if err != nil {
			return err
		}
		return trashRecord(e, data.RecordRef{Kind: kind, ID: id}, true)
	}
	k, err := registered(kind)
	if err != nil {
		return err
	}
	switch args[1] {
	case "list":
		return recordsList(e, k, args[2:])
	case "show":
		id, err := oneID(kind, "records "+args[0]+" show", args[2:])
		if err != nil {
			return err
		}
		return recordShow(e, k, id)
	}
	return usagef("không có lệnh \"records %s %s\" (list, show, history, trash)", args[0], args[1])
}

// trashCmd runs `socongdoan trash list|restore`.
func trashCmd(e *env, args []string) error {
	if len(args) < 1 {
		return usagef("thiếu lệnh con: trash list | trash restore LOẠI MÃ")
	}
	switch args[0] {
	case "list":
		return trashList(e, args[1:])
	case "restore":
		if len(args) < 2 {
			return usagef("cách dùng: trash restore LOẠI MÃ (xem: trash list)")
		}
		kind := data.RecordKind(args[1])
		id, err := oneID(kind, "trash restore", args[2:])
		if err != nil {
			return err
		}
		return trashRecord(e, data.RecordRef{Kind: kind, ID: id}, false)
	}
	return usagef("không có lệnh \"trash %s\"", args[0])
}

// kindNames lists the kinds the commands take, for messages.
func kindNames(withMembers bool) string {
	var names []string
	for _, k := range data.Kinds() {
		names = append(names, string(k.Kind))
	}
	if withMembers {
		names = append(names, string(data.KindMember))
	}
	return strings.Join(names, ", ")
}

// registered returns the registry's kind named k, or a usage error naming the kinds.
func registered(k data.RecordKind) (*data.KindInfo, error) {
	if info := data.KindOf(k); info != nil {
		return info, nil
	}
	if k == data.KindMember {
		return nil, usagef("đoàn viên: dùng \"socongdoan members list\" để xem danh sách")
	}
	return nil, usagef("không có loại hồ sơ \"%s\"; các loại: %s", k, kindNames(false))
}

// oneID checks the kind (members allowed) and reads the one ID argument.
func oneID(kind data.RecordKind, cmd string, args []string) (int64, error) {
	if kind != data.KindMember && data.KindOf(kind) == nil {
		return 0, usagef("không có loại hồ sơ \"%s\"; các loại: %s", kind, kindNames(true))
	}
	if len(args) != 1 {
		return 0, usagef("%s cần đúng một mã hồ sơ (cột Mã của danh sách)", cmd)
	}
	id, err := strconv.ParseInt(args[0], 10, 64)
	if err != nil || id <= 0 {
		return 0, usagef("%s: mã hồ sơ \"%s\" không phải là số", cmd, args[0])
	}
	return id, nil
}

// openList parses a list command's flags (fs with its own, plus --tsv) and
// opens the store to read; the caller closes it.
func openList(e *env, fs *flag.FlagSet, args []string) (tsv *bool, store *sqlite.Store, err error) {
	tsv = fs.Bool("tsv", false, "")
	if err := parseFlags(fs, args); err != nil {
		return nil, nil, err
	}
	store, err = e.openReader()
	return tsv, store, err
}

// recordsList prints the live records of a kind, newest first: a short table, or
// with --tsv every column (header row first, column Mã = the id).
func recordsList(e *env, k *data.KindInfo, args []string) error {
	fs := newFlags("records " + string(k.Kind) + " list")
	year := fs.Int("year", 0, "")
	tsv, store, err := openList(e, fs, args)
	if err != nil {
		return err
	}
	defer store.Close()
	recs, err := store.ListRecords(e.ctx, k)
	if err != nil {
		return err
	}
	var shown []any
	for _, r := range recs {
		if *year == 0 || k.Year(r) == *year {
			shown = append(shown, r)
		}
	}
	if *tsv {
		header := []string{"Mã", "Tên"}
		for _, c := range k.Columns {
			header = append(header, c.Label)
		}
		for _, c := range k.Children {
			header = append(header, c.Label)
		}
		fmt.Fprintln(e.stdout, strings.Join(header, "\t"))
		for _, r := range shown {
			cells := []string{strconv.FormatInt(*k.Meta(r).ID, 10), k.Title(r)}
			for _, c := range k.Columns {
				cells = append(cells, c.Show(r))
			}
			for _, c := range k.Children {
				cells = append(cells, c.Show(r))
			}
			for i := range cells {
				cells[i] = oneLine(cells[i])
			}
			fmt.Fprintln(e.stdout, strings.Join(cells, "\t"))
		}
		return nil
	}
	if len(shown) == 0 {
		fmt.Fprintf(e.stdout, "Chưa có hồ sơ %s nào%s.\n", strings.ToLower(k.Label), inYear(*year))
		return nil
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "Mã\tNăm\tTên\tCập nhật")
	for _, r := range shown {
		m := k.Meta(r)
		y := ""
		if n := k.Year(r); n > 0 {
			y = strconv.Itoa(n)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\n", *m.ID, y, oneLine(k.Title(r)), vn.FormatDate(m.UpdatedAt.Local()))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%d hồ sơ%s.\n", len(shown), inYear(*year))
	return nil
}

func inYear(y int) string {
	if y == 0 {
		return ""
	}
	return " năm " + strconv.Itoa(y)
}

// oneLine keeps a cell on one line of a table or TSV.
func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\r\n", " / ", "\n", " / ").Replace(s)
}

// recordShow prints one record, field by field as the form labels them.
func recordShow(e *env, k *data.KindInfo, id int64) error {
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	r, err := store.GetRecord(e.ctx, k, id)
	if err != nil {
		return err
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\n", k.Label, k.Title(r))
	fmt.Fprintf(w, "Mã\t%d\n", id)
	for _, c := range k.Columns {
		fmt.Fprintf(w, "%s\t%s\n", c.Label, oneLine(c.Show(r)))
	}
	for _, c := range k.Children {
		fmt.Fprintf(w, "%s\t%s\n", c.Label, oneLine(c.Show(r)))
	}
	m := k.Meta(r)
	fmt.Fprintf(w, "Tạo lúc\t%s\n", m.CreatedAt.Local().Format("02/01/2006 15:04"))
	fmt.Fprintf(w, "Sửa lần cuối\t%s (phiên bản %d)\n", m.UpdatedAt.Local().Format("02/01/2006 15:04"), *m.Version)
	return w.Flush()
}

// recordHistory prints the Lịch sử thay đổi of one record, newest first.
func recordHistory(e *env, ref data.RecordRef) error {
	store, err := e.openReader()
	if err != nil {
		return err
	}
	defer store.Close()
	h, err := store.History(e.ctx, ref)
	if err != nil {
		return err
	}
	if len(h) == 0 {
		return &data.Error{Code: data.ENOTFOUND, Message: fmt.Sprintf("Không có lịch sử thay đổi của %s mã %d",
			strings.ToLower(ref.Kind.Label()), ref.ID)}
	}
	w := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "Lúc\tNội dung\tTrước\tSau")
	for _, a := range h {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", a.At.Local().Format("02/01/2006 15:04"), a.Field, oneLine(a.Old), oneLine(a.New))
	}
	return w.Flush()
}

// trashRecord moves a record to the trash (trash) or takes it back out.
func trashRecord(e *env, ref data.RecordRef, trash bool) error {
	store, err := e.openStore()
	if err != nil {
		return err
	}
	defer store.Close()
	if trash {
		if err := store.TrashRecord(e.ctx, ref); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã chuyển vào thùng rác: %s mã %d. Khôi phục: socongdoan trash restore %s %d\n",
			strings.ToLower(ref.Kind.Label()), ref.ID, ref.Kind, ref.ID)
		return nil
	}
	if err := store.RestoreRecord(e.ctx, ref); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã khôi phục: %s mã %d.\n", strings.ToLower(ref.Kind.Label()), ref.ID)
	return nil
}

// trashList prints the Thùng rác: every kind, members included.
func trashList(e *env, args []string) error {
	tsv, store, err := openList(e, newFlags("trash list"), args)
	if err != nil {
		return err
	}
	defer store.Close()
	items, err := store.TrashList(e.ctx)
	if err != nil {
		return err
	}
	var w io.Writer = e.stdout
	var tw *tabwriter.Writer
	if !*tsv {
		if len(items) == 0 {
			fmt.Fprintln(e.stdout, "Thùng rác trống.")
			return nil
		}
		tw = tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
		w = tw
	}
	fmt.Fprintln(w, "Loại\tMã\tTên\tNgày xóa")
	for _, it := range items {
		fmt.Fprintf(w, "%s\t%d\t%s\t%s\n", it.Ref.Kind, it.Ref.ID, oneLine(it.Title), vn.FormatDate(it.DeletedAt.Local()))
	}
	if tw != nil {
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d hồ sơ trong thùng rác. Khôi phục: socongdoan trash restore LOẠI MÃ\n", len(items))
	}
	return nil
}
