package reports

import (
	"fmt"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The congress papers of issue 15 point 5 that follow the plan (see
// congress_prep.go): the giấy triệu tập and the danh sách đại biểu, the
// chương trình and the quy chế, the đề án nhân sự, the báo cáo thẩm tra tư cách
// đại biểu, the tờ trình dự toán kinh phí and the báo cáo chính trị skeleton.

// delegateWord is what the congress calls those it summons.
func delegateWord(c *data.Congress) string {
	if c.Form == data.FormDelegate {
		return "đại biểu chính thức"
	}
	return "đoàn viên"
}

var congressSummonsDoc = &congressDoc{
	subject: congressSubject("Triệu tập đại biểu dự"),
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, data.DocTypeSummons.Label(), congressSubject("Triệu tập đại biểu dự")(cd))
		if err != nil {
			return nil, err
		}
		who := "các đồng chí có tên trong danh sách kèm theo là " + delegateWord(c)
		if len(c.Delegates) == 0 {
			who = "toàn thể đoàn viên " + unionName(cd.p)
			if c.Form == data.FormDelegate {
				who = "các đại biểu chính thức" // no list kept: the counts only
			}
		}
		d.Paragraph("Thực hiện kế hoạch tổ chức " + congressTitle(cd) + ", Ban Chấp hành " + issuerName(&m) +
			" trân trọng triệu tập " + who + " dự đại hội.")
		d.Paragraph("Thời gian: " + time7h(c) + vnDate(c.Date) + ".")
		d.Paragraph("Địa điểm: " + orDots(c.Place) + ".")
		if c.Theme != "" {
			d.Paragraph("Chủ đề đại hội: \"" + c.Theme + "\".")
		}
		d.Paragraph("Đề nghị các đồng chí sắp xếp công việc, nghiên cứu trước dự thảo văn kiện và có mặt đúng giờ để đại hội thành công./.")
		d.Closing(m.Signer, m.Recipients)
		if len(c.Delegates) == 0 {
			return d, nil
		}
		// One slip per delegate, four or five to a page, to cut along the rules
		// and hand out; the general summons above is the numbered document.
		d.Annex("Giấy triệu tập từng đại biểu", m.attachedTo(data.DocTypeSummons.Label())+" — cắt theo đường kẻ")
		// Two slips a row: a row's rules are the cutting lines.
		t := Table{Columns: []Column{{Title: "Giấy triệu tập", Align: AlignCenter}, {Title: "Giấy triệu tập", Align: AlignCenter}}, NoHeaderRepeat: true, FontSize: 11}
		for i, dl := range c.Delegates {
			unit := ""
			if dl.Position != "" {
				unit = "\n" + dl.Position
			}
			slip := upper(issuerName(&m)) + "\nGIẤY TRIỆU TẬP số " + orBlank(m.Number) +
				"\nTriệu tập đồng chí: " + dl.Name + unit +
				"\nlà " + delegateWord(c) + " dự " + congressTitle(cd) +
				"\nThời gian: " + time7h(c) + vnDate(c.Date) + "\nĐịa điểm: " + orDotsShort(c.Place) +
				"\nTM. BAN CHẤP HÀNH – CHỦ TỊCH\n" + orDotsShort(m.Signer.Name)
			if i%2 == 0 {
				t.Rows = append(t.Rows, []string{slip, ""})
			} else {
				t.Rows[len(t.Rows)-1][1] = slip
			}
		}
		d.Table(t)
		return d, nil
	},
	check: func(cd *congressData) []string {
		gaps := cd.missing(cd.dateGap(), cd.placeGap())
		if len(cd.c.Delegates) == 0 {
			gaps = append(gaps, "Đại hội chưa có danh sách đại biểu: giấy triệu tập gửi chung, không có phiếu từng người.")
		}
		return append(gaps, "Giờ khai mạc chưa có trong hồ sơ: in dòng chấm để điền tay.")
	},
}

// time7h is the hour of the opening, which the record does not keep.
func time7h(*data.Congress) string { return "..... giờ ..... " }

func orBlank(s string) string {
	if s == "" {
		return "......"
	}
	return s
}

var congressDelegatesDoc = &congressDoc{
	subject: congressSubject("Đại biểu dự"),
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		if len(c.Delegates) == 0 {
			return nil, data.Errorf(data.EINVALID, data.FieldCongDelegList, "%s chưa có danh sách đại biểu: chọn đại biểu từ sổ đoàn viên ở hồ sơ đại hội", c.Title())
		}
		d, err := m.start(false, data.DocTypeList.Label(), congressSubject("Đại biểu dự")(cd))
		if err != nil {
			return nil, err
		}
		t := Table{Columns: []Column{
			{Title: "STT", Align: AlignCenter, Fit: "000"},
			{Title: "Họ và tên", Width: 35},
			{Title: "Chức vụ, đơn vị", Width: 45},
			{Title: "Ghi chú", Width: 20},
		}}
		for i, dl := range c.Delegates {
			note := ""
			if dl.MemberID == 0 {
				note = "Không có trong sổ đoàn viên"
			}
			t.Rows = append(t.Rows, []string{rowNo(i + 1), dl.Name, dl.Position, note})
		}
		d.Table(t)
		d.Paragraph(fmt.Sprintf("Tổng số: %s %s được triệu tập.", count(len(c.Delegates)), delegateWord(c)))
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
}

var congressAgendaDoc = &congressDoc{
	subject: func(*congressData) string { return "" },
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, "Chương trình", "Làm việc của đại hội")
		if err != nil {
			return nil, err
		}
		d.Paragraph("Thời gian: " + vnDate(c.Date) + ". Địa điểm: " + orDots(c.Place) + ".")
		// HD 38/HD-TLĐ §7.6 (DOMAIN-MODULES §C.2 "Agenda"), in its order.
		first := "Bầu Đoàn Chủ tịch, Đoàn Thư ký"
		if c.Form == data.FormDelegate {
			first += ", Ban Thẩm tra tư cách đại biểu"
		}
		creds := "Báo cáo thẩm tra tư cách đại biểu"
		if c.Form != data.FormDelegate {
			creds = "Báo cáo tình hình đoàn viên dự đại hội"
		}
		elect := "Bầu cử: bầu Ban Chấp hành khóa " + data.Roman(c.Number)
		if c.DirectChair {
			elect += ", bầu Chủ tịch công đoàn"
		}
		if len(c.CandidatesFor(data.BodyDelegates)) > 0 {
			elect += ", bầu đại biểu dự đại hội công đoàn cấp trên"
		}
		items := []string{
			"Chào cờ (Quốc ca, Bài hát truyền thống của Công đoàn Việt Nam)",
			"Tuyên bố lý do, giới thiệu đại biểu",
			first,
			"Thông qua chương trình, quy chế làm việc của đại hội",
			creds,
			"Diễn văn khai mạc",
			"Báo cáo tổng kết hoạt động công đoàn nhiệm kỳ " + prevTerm(c) + " và phương hướng nhiệm kỳ " + c.Term(),
			"Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành nhiệm kỳ " + prevTerm(c),
			"Thảo luận các văn kiện của đại hội và văn kiện đại hội công đoàn cấp trên",
			"Phát biểu của đại diện công đoàn cấp trên, cấp ủy đảng (nếu có)",
			elect,
			"Thông qua nghị quyết đại hội",
			"Diễn văn bế mạc",
			"Chào cờ",
		}
		t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Thời gian", Width: 15}, {Title: "Nội dung", Width: 60}, {Title: "Người thực hiện", Width: 25}}}
		for i, it := range items {
			t.Rows = append(t.Rows, []string{rowNo(i + 1), "", it, ""})
		}
		d.Table(t)
		d.Closing(Signer{Authority: "TM. Ban tổ chức đại hội", Title: "Trưởng ban"}, nil)
		return d, nil
	},
	check: func(cd *congressData) []string {
		return append(cd.missing(cd.dateGap(), cd.placeGap()), "Giờ và người thực hiện từng mục để trống: ban tổ chức ghi.")
	},
}

// prevTerm is the term that ends: "2020 - 2025".
func prevTerm(c *data.Congress) string {
	return fmt.Sprintf("%d - %d", c.TermFrom-(c.TermTo-c.TermFrom), c.TermFrom)
}

var congressRulesDoc = &congressDoc{
	subject: func(*congressData) string { return "" },
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, "Quy chế", "Làm việc và bầu cử tại đại hội")
		if err != nil {
			return nil, err
		}
		q := cd.rs.Congress.Quorum
		d.Heading("Chương I. QUY ĐỊNH CHUNG")
		d.Paragraph("Điều 1. Đại hội làm việc theo nguyên tắc tập trung dân chủ, theo Điều lệ Công đoàn Việt Nam và Quy chế này. " +
			upperFirst(congressTitle(cd)) + " có " + delegatesSentence(c) + " được triệu tập.")
		d.Paragraph("Điều 2. Đại hội hợp lệ khi có ít nhất " + q.String() + " tổng số " + delegateWord(c) + " được triệu tập tham dự (Điều lệ Công đoàn Việt Nam).")
		d.Heading("Chương II. ĐOÀN CHỦ TỊCH, ĐOÀN THƯ KÝ" + map[bool]string{true: ", BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", false: ""}[c.Form == data.FormDelegate])
		d.Paragraph("Điều 3. Đoàn Chủ tịch do đại hội biểu quyết, điều hành đại hội theo chương trình đã được thông qua; giải quyết các vấn đề phát sinh; chủ trì công tác bầu cử.")
		d.Paragraph("Điều 4. Đoàn Thư ký do Đoàn Chủ tịch giới thiệu, đại hội biểu quyết; ghi biên bản, tổng hợp ý kiến thảo luận, dự thảo nghị quyết đại hội.")
		if c.Form == data.FormDelegate {
			d.Paragraph("Điều 5. Ban Thẩm tra tư cách đại biểu thẩm tra và báo cáo đại hội về tư cách đại biểu; đại hội biểu quyết công nhận tư cách đại biểu.")
		}
		d.Heading("Chương III. BẦU CỬ")
		d.Paragraph("Điều 6. Đại hội bầu Ban Chấp hành khóa " + data.Roman(c.Number) + " gồm " + countOrDots(c.BCHSize) +
			" ủy viên theo đề án nhân sự đã được đại hội biểu quyết thông qua." +
			map[bool]string{true: " Đại hội bầu trực tiếp Chủ tịch công đoàn (Hướng dẫn số 28/HD-TLĐ).", false: ""}[c.DirectChair])
		d.Paragraph("Điều 7. Hình thức bầu cử: bỏ phiếu kín (Hướng dẫn số 03/HD-TLĐ năm 2020, mục 8.4). Danh sách bầu cử xếp theo thứ tự chữ cái tên người ứng cử. Đại hội bầu Ban Kiểm phiếu gồm những người không có tên trong danh sách bầu cử.")
		d.Paragraph("Điều 8. Phiếu bầu không hợp lệ: phiếu không do Ban Kiểm phiếu phát ra, không đóng dấu của công đoàn; phiếu bầu quá số lượng đã được đại hội biểu quyết; phiếu ghi thêm tên người ngoài danh sách hoặc có ký hiệu riêng; phiếu gạch hết tên trong danh sách.")
		base := "tổng số phiếu thu về"
		if cd.rs.Congress.ElectionBase == data.BaseValid {
			base = "tổng số phiếu hợp lệ"
		}
		d.Paragraph("Điều 9. Người trúng cử phải có số phiếu bầu đạt quá một nửa (trên 50%) so với " + base +
			". Trường hợp số người đạt trên 50% nhiều hơn số lượng cần bầu thì lấy theo thứ tự từ người có số phiếu cao nhất đến đủ số lượng. Trường hợp ở cuối danh sách có nhiều người bằng phiếu nhau mà vượt quá số lượng cần bầu thì đại hội quyết định bầu lại trong số những người bằng phiếu nhau. Trường hợp bầu chưa đủ số lượng, đại hội thảo luận quyết định bầu tiếp hoặc không bầu đủ.")
		if cd.rs.Congress.BallotKeepMonths > 0 {
			d.Paragraph(fmt.Sprintf("Điều 10. Phiếu bầu được Ban Kiểm phiếu niêm phong, bàn giao cho Ban Chấp hành khóa mới lưu giữ %d tháng; hết thời hạn, nếu không có khiếu nại, Ban Chấp hành quyết định tiêu hủy.", cd.rs.Congress.BallotKeepMonths))
		}
		d.Heading("Chương IV. ĐIỀU KHOẢN THI HÀNH")
		d.Paragraph("Điều 11. Quy chế này được đại hội biểu quyết thông qua và có hiệu lực trong thời gian đại hội./.")
		d.Closing(Signer{Authority: "TM. Đoàn Chủ tịch đại hội", Title: " "}, nil)
		return d, nil
	},
	check: func(cd *congressData) []string {
		if cd.c.BCHSize == 0 {
			return []string{"Chưa ghi số ủy viên Ban Chấp hành: Điều 6 in dòng chấm."}
		}
		return nil
	},
}

var congressPersonnelDoc = &congressDoc{
	subject: func(*congressData) string { return "" },
	body:    func(cd *congressData) string { return outgoingBCH(cd) },
	needs:   congressNeeds{members: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		d, err := m.start(false, "Đề án", "Nhân sự Ban Chấp hành "+unionName(cd.p)+" khóa "+data.Roman(c.Number)+", nhiệm kỳ "+c.Term())
		if err != nil {
			return nil, err
		}
		d.Heading("I. TIÊU CHUẨN, CƠ CẤU")
		d.Paragraph("Người được giới thiệu ứng cử là đoàn viên công đoàn, công dân Việt Nam (Điều lệ Công đoàn Việt Nam, Điều 2), có phẩm chất, năng lực, uy tín, nhiệt tình với hoạt động công đoàn.")
		d.Paragraph("Cơ cấu Ban Chấp hành bảo đảm đại diện các bộ phận, tổ công đoàn; có tỷ lệ hợp lý cán bộ nữ, cán bộ trẻ.")
		d.Heading("II. SỐ LƯỢNG")
		for _, s := range personnelSentences(cd) {
			d.Paragraph(s)
		}
		d.Heading("III. DANH SÁCH NGƯỜI ĐƯỢC GIỚI THIỆU ỨNG CỬ BAN CHẤP HÀNH")
		cands := c.CandidatesFor(data.BodyBCH)
		if len(cands) == 0 {
			d.FillLines(4)
		} else {
			surplus := ""
			if c.BCHSize > 0 && len(cands) > c.BCHSize {
				surplus = fmt.Sprintf(", nhiều hơn số cần bầu %s người", count(len(cands)-c.BCHSize))
			}
			female := 0
			for _, k := range cands {
				if mm := cd.members[k.MemberID]; mm != nil && mm.Sex == data.SexFemale {
					female++
				}
			}
			d.Paragraph(fmt.Sprintf("Tổng số %s người%s; nữ %s người (theo sổ đoàn viên). Danh sách xếp theo thứ tự chữ cái tên:",
				count(len(cands)), surplus, count(female)))
			d.Table(candidateTable(cands, cd.members))
		}
		if k := c.CandidatesFor(data.BodyChair); c.DirectChair && len(k) > 0 {
			d.Heading("IV. NGƯỜI ĐƯỢC GIỚI THIỆU ỨNG CỬ CHỦ TỊCH")
			d.Table(candidateTable(k, cd.members))
		}
		d.Paragraph("Ban Chấp hành khóa " + data.Roman(c.Number-1) + " trình đại hội xem xét, biểu quyết số lượng, cơ cấu và danh sách bầu cử Ban Chấp hành khóa " + data.Roman(c.Number) + "./.")
		d.Closing(Signer{Authority: "TM. " + upper(outgoingBCH(cd)), Title: "Chủ tịch", Name: m.Signer.Name}, nil)
		return d, nil
	},
	check: func(cd *congressData) []string {
		var out []string
		if len(cd.c.CandidatesFor(data.BodyBCH)) == 0 {
			out = append(out, "Chưa ghi người ứng cử Ban Chấp hành: danh sách in dòng chấm.")
		}
		for _, k := range cd.c.CandidatesFor(data.BodyBCH) {
			if cd.members[k.MemberID] == nil {
				out = append(out, k.Name+": không có trong sổ đoàn viên, trích ngang chỉ có họ tên và chức vụ đã ghi.")
			}
		}
		return out
	},
}

var congressCredentialsDoc = &congressDoc{
	subject: func(*congressData) string { return "" },
	body: func(cd *congressData) string {
		if cd.c.Form == data.FormDelegate {
			return "Ban Thẩm tra tư cách đại biểu"
		}
		return "Đoàn Chủ tịch"
	},
	needs: congressNeeds{members: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		delegate := c.Form == data.FormDelegate
		subject := "Thẩm tra tư cách đại biểu"
		if !delegate {
			subject = "Tình hình đoàn viên dự đại hội"
		}
		d, err := m.start(false, data.DocTypeReport.Label(), subject)
		if err != nil {
			return nil, err
		}
		called, present := c.Attendance()
		word := delegateWord(c)
		d.Heading("I. SỐ " + upper(word) + " ĐƯỢC TRIỆU TẬP, CÓ MẶT")
		d.Paragraph(fmt.Sprintf("Tổng số %s được triệu tập: %s; có mặt: %s%s; vắng mặt: %s.",
			word, countOrDots(called), countOrDots(present), inParens(pct(present, called)), countOrDots(called-present)))
		if present > 0 && called > 0 {
			d.Paragraph(fmt.Sprintf("Theo Điều lệ Công đoàn Việt Nam, đại hội hợp lệ khi có ít nhất %s tổng số %s được triệu tập tham dự (%s người).",
				cd.rs.Congress.Quorum.String(), word, count(cd.rs.Congress.Quorum.Needed(called, true))))
		}
		var absent []data.CongressDelegate
		for _, dl := range c.Delegates {
			if dl.Status == data.DelegateAbsent {
				absent = append(absent, dl)
			}
		}
		if len(absent) > 0 {
			d.Paragraph(upperFirst(word) + " vắng mặt:")
			t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Họ và tên", Width: 35}, {Title: "Đơn vị, chức vụ", Width: 35}, {Title: "Lý do", Width: 30}}}
			for i, dl := range absent {
				t.Rows = append(t.Rows, []string{rowNo(i + 1), dl.Name, dl.Position, ""})
			}
			d.Table(t)
		}
		if len(c.Delegates) > 0 {
			d.Heading("II. CƠ CẤU " + upper(word) + " CÓ MẶT")
			st := presentStructure(cd)
			d.Paragraph(fmt.Sprintf("Nữ: %s%s; đảng viên: %s%s (theo sổ đoàn viên).", count(st.female), inParens(pct(st.female, present)), count(st.party), inParens(pct(st.party, present))))
			if st.young+st.middle+st.old > 0 {
				d.Paragraph(fmt.Sprintf("Độ tuổi (tính đến ngày đại hội): dưới 35 tuổi %s; từ 35 đến 50 tuổi %s; trên 50 tuổi %s.", count(st.young), count(st.middle), count(st.old)))
			}
			d.Heading("III. KẾT QUẢ THẨM TRA")
			d.Paragraph(fmt.Sprintf("Số %s có mặt có tên trong sổ đoàn viên, đang sinh hoạt công đoàn: %s/%s.", word, count(st.inUnion), count(present)))
		} else {
			d.Heading("II. KẾT QUẢ THẨM TRA")
		}
		if delegate {
			d.Paragraph("Ban Thẩm tra tư cách đại biểu đề nghị đại hội công nhận tư cách của ........ đại biểu chính thức có mặt.")
		}
		authority := "TM. Ban Thẩm tra tư cách đại biểu"
		title := "Trưởng ban"
		if !delegate {
			authority, title = "TM. Đoàn Chủ tịch", " "
		}
		d.Closing(Signer{Authority: authority, Title: title}, nil)
		return d, nil
	},
	check: func(cd *congressData) []string {
		c := cd.c
		var out []string
		called, present := c.Attendance()
		if present == 0 {
			out = append(out, "Chưa điểm danh (số có mặt): báo cáo in dòng chấm.")
		} else if !cd.rs.Congress.Quorum.AtLeast(present, called) {
			out = append(out, fmt.Sprintf("Số có mặt %s/%s chưa đạt %s số được triệu tập: đại hội chưa đủ điều kiện tiến hành.", count(present), count(called), cd.rs.Congress.Quorum.String()))
		}
		n := 0
		for _, dl := range c.Delegates {
			if dl.Status == data.DelegateAbsent {
				n++
			}
		}
		if n > 0 {
			out = append(out, fmt.Sprintf("Hồ sơ không ghi lý do vắng của %s người: cột Lý do để trống để ghi tay.", count(n)))
		}
		return append(out, "Số được công nhận tư cách do Ban thẩm tra kết luận: in dòng chấm.")
	},
}

type structure struct{ female, party, young, middle, old, inUnion int }

// presentStructure counts the present delegates by the register.
func presentStructure(cd *congressData) structure {
	var s structure
	for _, dl := range cd.c.Delegates {
		if dl.Status != data.DelegatePresent {
			continue
		}
		m := cd.members[dl.MemberID]
		if m == nil {
			continue
		}
		if m.Sex == data.SexFemale {
			s.female++
		}
		if m.PartyMember {
			s.party++
		}
		if m.Status.InUnion() {
			s.inUnion++
		}
		if !m.BirthDate.IsZero() && !cd.c.Date.IsZero() {
			switch age := ageOn(m.BirthDate, cd.c.Date); {
			case age < 35:
				s.young++
			case age <= 50:
				s.middle++
			default:
				s.old++
			}
		}
	}
	return s
}

var congressBudgetDoc = &congressDoc{
	subject: congressSubject("Phê duyệt dự toán kinh phí tổ chức"),
	needs:   congressNeeds{finance: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		if len(c.Budget) == 0 {
			return nil, data.Errorf(data.EINVALID, data.FieldCongBudget, "%s chưa có dòng dự toán kinh phí: nhập ở hồ sơ đại hội trước khi in tờ trình", c.Title())
		}
		d, err := m.start(false, data.DocTypeSubmission.Label(), congressSubject("Phê duyệt dự toán kinh phí tổ chức")(cd))
		if err != nil {
			return nil, err
		}
		d.CenteredBold("Kính gửi: " + upperName(cd.p))
		d.Paragraph("Căn cứ Kế hoạch tổ chức " + congressTitle(cd) + "; thực hiện quy định lập dự toán tổng thể kinh phí chi đại hội trình công đoàn cấp trên phê duyệt (Kế hoạch số 22/KH-TLĐ, mục III.6), Ban Chấp hành " +
			issuerName(&m) + " kính trình dự toán kinh phí tổ chức đại hội như sau:")
		t := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Nội dung chi", Width: 50}, {Title: "Số tiền (đồng)", Align: AlignRight, Fit: "000.000.000"}, {Title: "Nguồn", Width: 30}}}
		for i, b := range c.Budget {
			t.Rows = append(t.Rows, []string{rowNo(i + 1), b.Item, vn.FormatInt(b.Amount), b.Source})
		}
		total := c.BudgetTotal()
		t.Rows = append(t.Rows, []string{"", "Tổng cộng", vn.FormatInt(total), ""})
		d.Table(t)
		d.Paragraph("Bằng chữ: " + vn.MoneyInWords(total) + ".")
		if e := cd.estimate; e != nil {
			s := "Phần chi từ nguồn tài chính công đoàn nằm trong " + lowerFirst(e.Title())
			if e.ApprovalNo != "" {
				s += " đã được công đoàn cấp trên duyệt (" + e.ApprovalNo
				if !e.ApprovalDate.IsZero() {
					s += " ngày " + vn.FormatDate(e.ApprovalDate)
				}
				s += ")"
			}
			d.Paragraph(s + ".")
		}
		if len(cd.vouchers) > 0 {
			var spent, got int64
			d.Paragraph("Các khoản đã thu, chi cho đại hội theo sổ thu – chi:")
			vt := Table{Columns: []Column{{Title: "STT", Align: AlignCenter, Fit: "00"}, {Title: "Phiếu", Fit: "PC000/0000"}, {Title: "Ngày", Align: AlignCenter, Fit: "00/00/0000"}, {Title: "Nội dung", Width: 50}, {Title: "Số tiền (đồng)", Align: AlignRight, Fit: "000.000.000"}}}
			for i, v := range cd.vouchers {
				vt.Rows = append(vt.Rows, []string{rowNo(i + 1), v.Ref(), vn.FormatDate(v.Date), v.Reason, vn.FormatInt(v.Amount)})
				if v.Kind == data.VoucherPayment {
					spent += v.Amount
				} else {
					got += v.Amount
				}
			}
			d.Table(vt)
			s := "Đã chi: " + vn.FormatInt(spent) + " đồng"
			if got > 0 {
				s += "; đã thu: " + vn.FormatInt(got) + " đồng"
			}
			d.Paragraph(s + ".")
		}
		d.Paragraph("Kính đề nghị " + upperName(cd.p) + " xem xét, phê duyệt./.")
		d.Closing(m.Signer, m.Recipients)
		return d, nil
	},
	check: func(cd *congressData) []string {
		if cd.estimate == nil {
			return []string{fmt.Sprintf("Chưa có dự toán thu, chi năm %d trong Tài chính: tờ trình không dẫn dự toán năm.", cd.c.Date.Year())}
		}
		return nil
	},
}

var congressReportDoc = &congressDoc{
	subject: func(*congressData) string { return "" },
	needs:   congressNeeds{facts: true},
	build: func(m Meta, cd *congressData) (*Document, error) {
		c := cd.c
		f := &cd.facts
		d, err := m.start(false, data.DocTypeReport.Label(), "Kết quả hoạt động công đoàn nhiệm kỳ "+prevTerm(c)+"; phương hướng, nhiệm vụ nhiệm kỳ "+c.Term())
		if err != nil {
			return nil, err
		}
		if c.Theme != "" {
			d.CenteredItalic("Chủ đề đại hội: \"" + c.Theme + "\"")
		}
		d.ParagraphItalic("Số liệu do phần mềm tổng hợp từ sổ sách " + f.Period.Label() + "; các mục chưa có số liệu để Ban Chấp hành viết.")
		d.CenteredBold("PHẦN THỨ NHẤT\nKẾT QUẢ HOẠT ĐỘNG CÔNG ĐOÀN NHIỆM KỲ " + prevTerm(c))
		d.Heading("I. ĐẶC ĐIỂM TÌNH HÌNH")
		d.Paragraph(fmt.Sprintf("%s có %s lao động; đầu nhiệm kỳ công đoàn có %s đoàn viên.",
			upperFirst(enterpriseName(cd.p)), countOrDots(cd.p.WorkersTotal), count(f.Members.AtStart)))
		d.Paragraph("1. Thuận lợi:")
		d.FillLines(2)
		d.Paragraph("2. Khó khăn:")
		d.FillLines(2)
		d.Heading("II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ " + prevTerm(c))
		d.Heading("1. Công tác đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động")
		for _, s := range representation(f) {
			d.Paragraph(termSentence(s))
		}
		d.FillLines(2)
		d.Heading("2. Công tác tuyên truyền, giáo dục")
		d.FillLines(3)
		d.Heading("3. Công tác phát triển đoàn viên, xây dựng tổ chức công đoàn")
		for _, s := range membership(f) {
			d.Paragraph(termSentence(s))
		}
		d.FillLines(1)
		d.Heading("4. Công tác đào tạo, bồi dưỡng cán bộ công đoàn")
		for _, s := range trainingFacts(f) {
			d.Paragraph(s)
		}
		d.FillLines(1)
		d.Heading("5. Công tác thi đua, khen thưởng")
		if s := awardsSentence(cd.awards, f.Period); s != "" {
			d.Paragraph(s)
		}
		d.FillLines(2)
		d.Heading("6. Công tác nữ công")
		d.FillLines(2)
		d.Heading("7. Công tác kiểm tra, tài chính công đoàn")
		d.FillLines(2)
		d.Heading("III. ĐÁNH GIÁ CHUNG")
		for _, h := range []string{"1. Ưu điểm:", "2. Hạn chế, nguyên nhân:", "3. Bài học kinh nghiệm:"} {
			d.Paragraph(h)
			d.FillLines(2)
		}
		d.CenteredBold("PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ " + c.Term())
		d.Heading("I. PHƯƠNG HƯỚNG CHUNG")
		d.FillLines(3)
		d.Heading("II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU")
		d.FillLines(4)
		d.Heading("III. NHIỆM VỤ, GIẢI PHÁP")
		d.FillLines(4)
		d.Closing(Signer{Authority: "TM. " + upper(outgoingBCH(cd)), Title: "Chủ tịch", Name: m.Signer.Name}, nil)
		return d, nil
	},
	check: func(cd *congressData) []string {
		return []string{"Báo cáo chính trị là khung: các mục đặc điểm, đánh giá, phương hướng để Ban Chấp hành viết (dòng chấm)."}
	},
}

// awardsSentence counts the awards recorded in the term's years.
func awardsSentence(as []data.Award, p data.Period) string {
	if len(as) == 0 {
		return ""
	}
	by := map[string]int{}
	var order []string
	people := 0
	for _, a := range as {
		form := a.Form
		if form == "" {
			form = "khen thưởng"
		}
		if by[form] == 0 {
			order = append(order, form)
		}
		by[form]++
		people += len(a.Recipients)
	}
	var parts []string
	for _, f := range order {
		parts = append(parts, fmt.Sprintf("%s %s quyết định", lowerFirst(f), count(by[f])))
	}
	return fmt.Sprintf("Theo sổ khen thưởng, trong các năm %d - %d có %s quyết định khen thưởng (%s) với %s lượt tập thể, cá nhân được khen.",
		p.From.Year(), p.To.Year(), count(len(as)), strings.Join(parts, "; "), count(people))
}

// ageOn is the age in whole years on day.
func ageOn(birth, day time.Time) int {
	a := day.Year() - birth.Year()
	if day.Month() < birth.Month() || day.Month() == birth.Month() && day.Day() < birth.Day() {
		a--
	}
	return a
}

// termSentence reads an annual report's sentence over the term: "Trong từ
// ngày …" (a year's "Trong năm 2026") becomes "Từ ngày …".
func termSentence(s string) string {
	return strings.Replace(s, "Trong từ ngày", "Từ ngày", 1)
}
