// Package xlsx moves members in and out of Excel (.xlsx) and CSV files: reading a
// sheet (a streaming scanner of the worksheet XML, sheetxml.go), finding its header row
// under a title block, guessing which column holds which field, turning rows into
// members with Vietnamese messages per cell, a preview against the register, and
// writing exports, templates and error lists (excelize). It depends on data only:
// the store is reached through data's interfaces.
package xlsx

import (
	"strings"
	"unicode"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// Field is a member field a column can hold. Its value is the short ASCII name the
// command line uses (--columns ho-ten,ngay-sinh) and the settings remember.
type Field string

// The fields, in the order of the full export and of the template.
const (
	Skip           Field = ""             // the column is not imported
	FieldSTT       Field = "stt"          // số thứ tự: recognised so it is not mistaken for data
	FieldFullName  Field = "ho-ten"       // họ và tên in one cell, split on import
	FieldHo        Field = "ho"           // họ alone, in lists that split the name
	FieldTenDem    Field = "ten-dem"      // tên đệm alone
	FieldTen       Field = "ten"          // tên alone
	FieldBirth     Field = "ngay-sinh"    // ngày sinh or năm sinh
	FieldBirthMale Field = "sinh-nam"     // ngày sinh written under "Nam": the member is a man
	FieldBirthFem  Field = "sinh-nu"      // ngày sinh written under "Nữ": the member is a woman
	FieldSex       Field = "gioi-tinh"    // Nam / Nữ
	FieldFemale    Field = "nu"           // a "Nữ" column ticked for women
	FieldEthnicity Field = "dan-toc"      //
	FieldNation    Field = "quoc-tich"    //
	FieldIDNumber  Field = "cccd"         // số CCCD / số định danh / hộ chiếu
	FieldPhone     Field = "dien-thoai"   //
	FieldUnit      Field = "bo-phan"      // bộ phận / tổ công đoàn, created when new
	FieldJobTitle  Field = "chuc-danh"    // chức danh công việc (a bare "Chức vụ" in a staff list)
	FieldHireDate  Field = "ngay-vao-lam" //
	FieldContract  Field = "hop-dong"     // "Không xác định thời hạn", "12 tháng"
	FieldJoinDate  Field = "ngay-vao-cd"  // ngày vào công đoàn
	FieldPrevious  Field = "don-vi-cu"    // đơn vị cũ: filled for members transferred in
	FieldDecision  Field = "so-qd"        // số quyết định kết nạp
	FieldDecDate   Field = "ngay-qd"      // ngày quyết định kết nạp
	FieldCode      Field = "ma-dv"        // mã số đoàn viên
	FieldCard      Field = "so-the"       // số thẻ đoàn viên
	FieldCardDate  Field = "ngay-cap-the"
	FieldRole      Field = "chuc-vu-cd" // chức vụ công đoàn
	FieldParty     Field = "dang-vien"
	FieldStatus    Field = "trang-thai"
	FieldNotes     Field = "ghi-chu"
)

// FieldInfo describes a field: its Vietnamese column title (used by the template and
// the export) and the header texts that mean it in the lists chairs actually have.
type FieldInfo struct {
	Field    Field
	Title    string
	Synonyms []string // header texts, matched after vn.Fold and with punctuation as spaces
	Export   bool     // offered as an export column
}

// Fields lists every field in template and export order.
var Fields = []FieldInfo{
	{FieldSTT, "STT", []string{"stt", "tt", "so tt", "so thu tu", "thu tu"}, true},
	{FieldFullName, "Họ và tên", []string{"ho va ten", "ho ten", "ho va ten doan vien", "ho ten doan vien",
		"ten doan vien", "ho va ten nguoi lao dong", "ho ten nguoi lao dong", "ho va ten nld", "ho va ten cong doan vien",
		"ho va chu lot ten", "ho ten day du"}, true},
	{FieldHo, "Họ", []string{"ho"}, false},
	{FieldTenDem, "Tên đệm", []string{"ten dem", "dem", "chu lot", "ten lot"}, false},
	{FieldTen, "Tên", []string{"ten"}, false},
	{FieldBirth, "Ngày sinh", []string{"ngay sinh", "nam sinh", "ngay thang nam sinh", "ngay thang sinh", "sinh ngay",
		"ngay sinh dd mm yyyy", "ns", "thang nam sinh"}, true},
	{FieldBirthMale, "Ngày sinh (Nam)", []string{"ngay sinh nam", "nam sinh nam", "ngay thang nam sinh nam"}, false},
	{FieldBirthFem, "Ngày sinh (Nữ)", []string{"ngay sinh nu", "nam sinh nu", "ngay thang nam sinh nu"}, false},
	{FieldSex, "Giới tính", []string{"gioi tinh", "gioi", "phai", "nam nu", "gioi tinh nam nu"}, true},
	{FieldFemale, "Nữ", []string{"nu", "la nu", "nu x"}, false},
	{FieldEthnicity, "Dân tộc", []string{"dan toc"}, true},
	{FieldNation, "Quốc tịch", []string{"quoc tich"}, true},
	{FieldIDNumber, "Số CCCD", []string{"so cccd", "cccd", "so dinh danh", "so dinh danh ca nhan", "ma dinh danh",
		"cmnd", "so cmnd", "cccd cmnd", "so cccd cmnd", "cmnd cccd", "so cmnd cccd", "can cuoc", "so can cuoc",
		"can cuoc cong dan", "so can cuoc cong dan", "so cccd ho chieu", "cccd ho chieu", "so ho chieu", "ho chieu",
		"so cccd cmnd ho chieu"}, true},
	{FieldPhone, "Số điện thoại", []string{"so dien thoai", "dien thoai", "sdt", "so dt", "dt", "di dong", "dien thoai di dong",
		"so di dong"}, true},
	{FieldUnit, "Bộ phận", []string{"bo phan", "to cong doan", "to cd", "bo phan to", "bo phan to cong doan",
		"phong ban", "phong ban bo phan", "bo phan cong tac", "don vi", "don vi cong tac", "to", "phong", "xuong",
		"phan xuong", "noi lam viec", "cong doan bo phan", "to san xuat"}, true},
	{FieldJobTitle, "Chức danh công việc", []string{"chuc danh cong viec", "chuc danh", "chuc vu", "nghe nghiep",
		"cong viec", "vi tri", "vi tri cong viec", "chuc vu nghe nghiep", "cong viec dang lam", "chuc vu chuc danh"}, true},
	{FieldHireDate, "Ngày vào làm", []string{"ngay vao lam", "ngay vao cong ty", "ngay tuyen dung", "ngay bat dau lam viec",
		"ngay vao lam viec", "ngay nhan viec"}, true},
	{FieldContract, "Hợp đồng lao động", []string{"hop dong lao dong", "loai hop dong", "loai hdld", "hdld", "hop dong",
		"loai hd", "hd"}, true},
	{FieldJoinDate, "Ngày vào công đoàn", []string{"ngay vao cong doan", "ngay vao cd", "ngay ket nap", "ngay ket nap cong doan",
		"ngay ket nap cd", "ngay gia nhap cong doan", "ngay gia nhap cd", "ngay gia nhap", "ngay vao", "ngay thang nam vao cong doan",
		"ngay thang vao cong doan", "ngay vao cong doan dd mm yyyy"}, true},
	{FieldPrevious, "Đơn vị cũ", []string{"don vi cu", "noi chuyen den", "chuyen den tu", "cong doan cu"}, true},
	{FieldDecision, "Số quyết định kết nạp", []string{"so quyet dinh ket nap", "so quyet dinh", "so qd", "so qd ket nap"}, true},
	{FieldDecDate, "Ngày quyết định kết nạp", []string{"ngay quyet dinh ket nap", "ngay quyet dinh", "ngay qd", "ngay qd ket nap"}, true},
	{FieldCode, "Mã số đoàn viên", []string{"ma so doan vien", "ma doan vien", "ma dv", "ma so dv", "ma so", "ma"}, true},
	{FieldCard, "Số thẻ đoàn viên", []string{"so the doan vien", "so the", "the doan vien", "so the dv"}, true},
	{FieldCardDate, "Ngày cấp thẻ", []string{"ngay cap the", "ngay cap the doan vien"}, true},
	{FieldRole, "Chức vụ công đoàn", []string{"chuc vu cong doan", "chuc vu cd", "chuc vu trong cong doan", "chuc danh cong doan"}, true},
	{FieldParty, "Đảng viên", []string{"dang vien", "la dang vien"}, true},
	{FieldStatus, "Trạng thái", []string{"trang thai", "tinh trang", "trang thai sinh hoat"}, true},
	{FieldNotes, "Ghi chú", []string{"ghi chu", "ghi chu khac"}, true},
}

// Info returns the description of f (the zero FieldInfo for Skip and unknown names).
func Info(f Field) FieldInfo {
	for _, fi := range Fields {
		if fi.Field == f {
			return fi
		}
	}
	return FieldInfo{}
}

// Title is the Vietnamese column title of f, "(Bỏ qua)" for Skip.
func (f Field) Title() string {
	if f == Skip {
		return "(Bỏ qua)"
	}
	if fi := Info(f); fi.Field != Skip {
		return fi.Title
	}
	return string(f)
}

// ParseField reads a field's short name as typed on the command line, or its title.
func ParseField(s string) (Field, bool) {
	k := strings.ReplaceAll(vn.Fold(s), "_", "-")
	for _, fi := range Fields {
		if k == string(fi.Field) || k == vn.Fold(fi.Title) {
			return fi.Field, true
		}
	}
	return Skip, false
}

// synonyms maps every known header text (normalised) to its field, built once.
var synonyms = func() map[string]Field {
	m := map[string]Field{}
	for _, fi := range Fields {
		for _, s := range fi.Synonyms {
			m[s] = fi.Field
		}
	}
	return m
}()

// normHeader folds a header text for matching: no marks, lower case, punctuation as
// spaces, so "Số CCCD/CMND" and "SỐ CCCD - CMND" both read "so cccd cmnd".
func normHeader(s string) string {
	f := vn.Fold(s)
	var b strings.Builder
	b.Grow(len(f))
	space := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// guessField says which field a header text means. Notes in brackets are dropped
// first ("Ngày sinh (dd/mm/yyyy)"); then an exact synonym wins, else the longest synonym
// of three words or more that starts the header ("Họ và tên đoàn viên nữ"). Shorter
// synonyms must match exactly, so that "Ngày vào Đảng" is not taken for "Ngày vào".
// Headers typed in TCVN3 or VNI are tried converted too.
func guessField(header string) Field {
	header = dropBrackets(header)
	for _, h := range []string{header, vn.FromTCVN3(header), vn.FromVNI(header)} {
		if f, ok := guessNormalised(normHeader(h)); ok {
			return f
		}
	}
	return Skip
}

// dropBrackets removes (…) and […] notes from a header.
func dropBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func guessNormalised(h string) (Field, bool) {
	if h == "" {
		return Skip, false
	}
	if f, ok := synonyms[h]; ok {
		return f, true
	}
	best, bestLen := Skip, 0
	for s, f := range synonyms {
		if strings.Count(s, " ") < 2 || len(s) <= bestLen {
			continue
		}
		if strings.HasPrefix(h, s+" ") {
			best, bestLen = f, len(s)
		}
	}
	return best, bestLen > 0
}

// memberField is the data.Field* a Validate problem names, mapped to the import field
// whose column should carry the message.
var memberField = map[string][]Field{
	data.FieldName:         {FieldFullName, FieldTen, FieldHo, FieldTenDem},
	data.FieldBirth:        {FieldBirth, FieldBirthMale, FieldBirthFem},
	data.FieldSex:          {FieldSex, FieldFemale},
	data.FieldNationality:  {FieldNation},
	data.FieldIDNumber:     {FieldIDNumber},
	data.FieldPhone:        {FieldPhone},
	data.FieldHireDate:     {FieldHireDate},
	data.FieldContract:     {FieldContract},
	data.FieldJoinDate:     {FieldJoinDate},
	data.FieldDecisionDate: {FieldDecDate},
	data.FieldMemberCode:   {FieldCode},
	data.FieldCardDate:     {FieldCardDate},
	data.FieldUnionRole:    {FieldRole},
	data.FieldPrevious:     {FieldPrevious},
}
