package app

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"socongdoan/data"
	"socongdoan/data/sqlite"
	"socongdoan/data/vn"
	"socongdoan/data/xlsx"
)

// membersImport is `members import FILE [--dry-run] [--on-duplicate skip|update]
// [--sheet TÊN] [--map C=truong,…] [--errors LOI.xlsx] [--encoding TÊN] [--no-convert]`: the preview the window shows,
// printed; nothing is written when any row is in error (exit 1) or with --dry-run.
func membersImport(e *env, args []string) error {
	fs := newFlags("members import")
	dry := fs.Bool("dry-run", false, "")
	onDup := fs.String("on-duplicate", "skip", "")
	sheet := fs.String("sheet", "", "")
	mapping := fs.String("map", "", "")
	errorsOut := fs.String("errors", "", "")
	encoding := fs.String("encoding", "", "")
	noConvert := fs.Bool("no-convert", false, "")
	file, rest := splitFile(args)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	if file == "" {
		return usagef("members import cần tên tệp .xlsx hoặc .csv")
	}
	mode := xlsx.SkipExisting
	switch vn.Fold(*onDup) {
	case "skip", "bo qua":
	case "update", "cap nhat":
		mode = xlsx.UpdateExisting
	default:
		return usagef("--on-duplicate phải là skip hoặc update")
	}
	enc, ok := xlsx.ParseEncoding(*encoding)
	if !ok {
		return usagef("--encoding phải là utf-8, utf-16, windows-1258 hoặc windows-1252 (chữ TCVN3/VNI cũ)")
	}
	t, err := xlsx.ReadFileAs(file, *sheet, enc)
	if err != nil {
		return err
	}
	open := e.openStore
	if *dry {
		open = e.openReader // a dry run writes nothing
	}
	store, err := open()
	if err != nil {
		return err
	}
	defer store.Close()
	remembered, err := xlsx.LoadRemembered(e.ctx, store)
	if err != nil {
		return err
	}
	m := xlsx.Guess(t, remembered)
	if err := applyMap(m, *mapping); err != nil {
		return err
	}
	m.KeepAllOriginal = *noConvert
	if !m.HasName() && m.HeaderRow < 0 {
		return &data.Error{Code: data.EINVALID, Message: "Không tìm thấy dòng tiêu đề (có cột \"Họ và tên\") trong " +
			sheetName(t) + "; dùng --map để chỉ cột, ví dụ --map B=ho-ten,C=ngay-sinh"}
	}
	if !m.HasName() {
		return &data.Error{Code: data.EINVALID, Message: "Chưa có cột Họ và tên; dùng --map, ví dụ --map B=ho-ten"}
	}
	res := xlsx.Convert(t, m, e.now())
	keys, err := store.MemberKeys(e.ctx)
	if err != nil {
		return err
	}
	load := func(ids []int64) (map[int64]*data.Member, error) { return store.MembersByID(e.ctx, ids) }
	p, err := xlsx.NewPreview(res, keys, mode, load)
	if err != nil {
		return err
	}
	printPreview(e.stdout, p)
	if *errorsOut != "" && p.ErrorRows > 0 {
		var b bytes.Buffer
		if err := xlsx.WriteErrors(&b, p); err != nil {
			return data.Internal(err, "ghi danh sách lỗi")
		}
		if err := writeFile(*errorsOut, b.Bytes()); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "Đã lưu các dòng lỗi vào %s để sửa rồi nhập lại.\n", *errorsOut)
	}
	if p.ErrorRows > 0 {
		return &data.Error{Code: data.EINVALID, Message: fmt.Sprintf(
			"Không ghi gì vì có %s dòng lỗi. Sửa các dòng trên trong tệp rồi nhập lại.", vn.FormatInt(int64(p.ErrorRows)))}
	}
	if *dry {
		fmt.Fprintln(e.stdout, "Chạy thử (--dry-run): chưa ghi gì vào sổ.")
		return nil
	}
	b := p.Batch()
	if len(b.Creates)+len(b.Updates) == 0 {
		fmt.Fprintln(e.stdout, "Không có gì để ghi.")
		return nil
	}
	p.Release()
	if err := store.ImportMembers(e.ctx, b); err != nil {
		return err
	}
	if err := xlsx.SaveRemembered(e.ctx, store, m); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã nhập: %s đoàn viên mới, %s đoàn viên được cập nhật.\n",
		vn.FormatInt(int64(len(b.Creates))), vn.FormatInt(int64(len(b.Updates))))
	return nil
}

// splitFile takes the first argument that is not a flag as the file name, so that the
// file may come before or after the flags.
func splitFile(args []string) (file string, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			rest = append(rest, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && takesValue(a) {
				rest = append(rest, args[i+1])
				i++
			}
			continue
		}
		if file == "" {
			file = a
		} else {
			rest = append(rest, a)
		}
	}
	return file, rest
}

// takesValue reports whether a flag of these commands is followed by a value.
func takesValue(flag string) bool {
	switch strings.TrimLeft(flag, "-") {
	case "dry-run", "full", "no-convert":
		return false
	}
	return true
}

// applyMap applies --map "B=ho-ten,E=cccd,G=-" (a column letter, then a field's short
// name, or - to skip the column).
func applyMap(m *xlsx.Mapping, spec string) error {
	if strings.TrimSpace(spec) == "" {
		return nil
	}
	for _, part := range strings.Split(spec, ",") {
		col, name, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return usagef("--map: \"%s\" phải có dạng CỘT=trường, ví dụ B=ho-ten", part)
		}
		idx := -1
		for i := 0; i < max(len(m.Fields), 702); i++ {
			if strings.EqualFold(xlsx.Column(i), strings.TrimSpace(col)) {
				idx = i
				break
			}
		}
		if idx < 0 {
			return usagef("--map: cột \"%s\" không hợp lệ", col)
		}
		f := xlsx.Skip
		if n := strings.TrimSpace(name); n != "-" && n != "" {
			var ok bool
			if f, ok = xlsx.ParseField(n); !ok {
				return usagef("--map: không có trường \"%s\"; dùng: %s", n, fieldNames())
			}
		}
		for len(m.Fields) <= idx {
			m.Fields = append(m.Fields, xlsx.Skip)
			m.Headers = append(m.Headers, "")
		}
		m.Set(idx, f)
	}
	return nil
}

// fieldNames lists the fields' short names for messages.
func fieldNames() string {
	var out []string
	for _, f := range xlsx.Fields {
		out = append(out, string(f.Field))
	}
	return strings.Join(out, ", ")
}

func sheetName(t *xlsx.Table) string {
	if t.Sheet != "" {
		return "trang \"" + t.Sheet + "\" của tệp " + t.File
	}
	return "tệp " + t.File
}

// printPreview prints what an import would do, as the window's preview shows it.
func printPreview(w io.Writer, p *xlsx.Preview) {
	t, m := p.Table, p.Mapping
	where := sheetName(t)
	if m.HeaderRow >= 0 && m.HeaderRow < len(t.Lines) {
		where += fmt.Sprintf(", dòng tiêu đề %d", t.Lines[m.HeaderRow])
	}
	fmt.Fprintf(w, "Tệp: %s\n", where)
	var cols []string
	for i, f := range m.Fields {
		if m.Headers[i] == "" && f == xlsx.Skip {
			continue
		}
		cols = append(cols, fmt.Sprintf("%s \"%s\" → %s", xlsx.Column(i), m.Headers[i], f.Title()))
	}
	fmt.Fprintf(w, "Cột: %s\n", strings.Join(cols, "; "))
	for _, c := range p.Converted {
		fmt.Fprintf(w, "Chuyển mã: %s\n", c.Text())
	}
	for _, c := range p.Conversions {
		if c.Kept {
			fmt.Fprintf(w, "  Giữ nguyên (--no-convert): %s\n", c.Text(" → "))
		} else {
			fmt.Fprintf(w, "  %s\n", c.Text(" → "))
		}
	}
	if len(p.Conversions) > 0 && !m.KeepAllOriginal {
		fmt.Fprintln(w, "  (Để giữ nguyên chữ như trong tệp, chạy lại với --no-convert.)")
	}
	for _, s := range p.Skipped {
		fmt.Fprintf(w, "Bỏ qua dòng %d: %s", s.Line, s.Message)
		if s.Value != "" {
			fmt.Fprintf(w, " (\"%s\")", s.Value)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "Kết quả: %s\n", p.Summary())
	for _, r := range p.Rows {
		switch r.Status {
		case xlsx.RowDuplicate:
			fmt.Fprintf(w, "Trùng trong tệp: dòng %d (%s) giống dòng %d\n", r.Line, r.Member.FullName(), r.DupLine)
		case xlsx.RowUpdate:
			fmt.Fprintf(w, "Cập nhật: dòng %d → %s (trùng %s)\n", r.Line, r.Match.Name, r.Match.By)
		case xlsx.RowExisting:
			fmt.Fprintf(w, "Đã có trong sổ: dòng %d → %s (trùng %s)\n", r.Line, r.Match.Name, r.Match.By)
		}
	}
	if probs := p.Problems(); len(probs) > 0 {
		fmt.Fprintln(w, "Lỗi:")
		for _, pr := range probs {
			place := fmt.Sprintf("Dòng %d", pr.Line)
			if pr.Column != "" {
				place += fmt.Sprintf(", cột %s (%s)", pr.Column, pr.Header)
			}
			if pr.Value != "" {
				place += fmt.Sprintf(" \"%s\"", pr.Value)
			}
			fmt.Fprintf(w, "  %s: %s\n", place, pr.Message)
		}
	}
}

// membersExport is `members export FILE [--columns a,b|all] [--status S] [--search Q]
// [--template MẪU.xlsx]`: the register in its order, to .xlsx or .csv, or into the
// upper level's template.
func membersExport(e *env, args []string) error {
	fs := newFlags("members export")
	columns := fs.String("columns", "", "")
	memberFilter := filterFlags(fs)
	template := fs.String("template", "", "")
	file, rest := splitFile(args)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	if file == "" {
		return usagef("members export cần tên tệp .xlsx hoặc .csv")
	}
	ext := strings.ToLower(filepath.Ext(file))
	if ext != ".xlsx" && ext != ".csv" {
		return usagef("members export: tệp phải có đuôi .xlsx hoặc .csv")
	}
	cols, err := parseColumns(*columns)
	if err != nil {
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
	ids, err := exportIDs(e, store, filter)
	if err != nil {
		return err
	}
	ms := xlsx.Members(e.ctx, store, ids)
	var b bytes.Buffer
	switch {
	case *template != "":
		tmpl, err := os.ReadFile(*template)
		if err != nil {
			return &data.Error{Code: data.EINVALID, Err: err, Message: "Không đọc được tệp mẫu " + *template}
		}
		remembered, err := xlsx.LoadRemembered(e.ctx, store)
		if err != nil {
			return err
		}
		var list []*data.Member
		for m, err := range ms {
			if err != nil {
				return err
			}
			list = append(list, m)
		}
		m, err := xlsx.FillTemplate(filepath.Base(*template), tmpl, &b, list, remembered)
		if err != nil {
			return err
		}
		var used []string
		for i, f := range m.Fields {
			if f != xlsx.Skip {
				used = append(used, fmt.Sprintf("%s \"%s\"", xlsx.Column(i), m.Headers[i]))
			}
		}
		fmt.Fprintf(e.stdout, "Điền theo mẫu các cột: %s\n", strings.Join(used, "; "))
	case ext == ".csv":
		err = xlsx.WriteCSVSeq(&b, ms, cols)
	default:
		err = xlsx.WriteXLSXSeq(&b, ms, xlsx.ExportOptions{Columns: cols, Subtitle: exportSubtitle(e, store, len(ids))})
	}
	if err != nil {
		return data.Internal(err, "ghi tệp xuất")
	}
	if err := writeFile(file, b.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Đã xuất %s đoàn viên ra %s\n", vn.FormatInt(int64(len(ids))), file)
	return nil
}

// exportSubtitle is the line under an export's title: the union and the date.
func exportSubtitle(e *env, store data.ProfileService, n int) string {
	s := "Ngày xuất: " + vn.FormatDate(e.now()) + " · " + vn.FormatInt(int64(n)) + " đoàn viên"
	if p, err := store.Profile(e.ctx); err == nil && p.Name != "" {
		s = p.Name + " · " + s
	}
	return s
}

// exportIDs returns the ids of the members the filter keeps, in register order.
func exportIDs(e *env, store *sqlite.Store, filter data.MemberFilter) ([]int64, error) {
	all, err := store.MemberRows(e.ctx)
	if err != nil {
		return nil, err
	}
	idx := filter.Filter(all)
	ids := make([]int64, len(idx))
	for i, j := range idx {
		ids[i] = all[j].ID
	}
	return ids, nil
}

// parseColumns reads --columns: short names separated by commas, or "all".
func parseColumns(s string) ([]xlsx.Field, error) {
	s = strings.TrimSpace(s)
	switch vn.Fold(s) {
	case "":
		return xlsx.RegisterColumns, nil
	case "all", "tat ca", "tat-ca":
		return xlsx.AllColumns(), nil
	}
	var out []xlsx.Field
	for _, name := range strings.Split(s, ",") {
		f, ok := xlsx.ParseField(strings.TrimSpace(name))
		if !ok || f == xlsx.Skip {
			return nil, usagef("--columns: không có cột \"%s\"; dùng: %s", name, fieldNames())
		}
		out = append(out, f)
	}
	return out, nil
}

// writeFile writes a file the user asked for, readable only by them: exports hold
// personal data (CCCD, phone numbers).
func writeFile(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return &data.Error{Code: data.EINVALID, Err: err, Message: "Không ghi được tệp " + path + ": " + err.Error()}
	}
	return nil
}
