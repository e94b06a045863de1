package reports

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"socongdoan/data"
	"socongdoan/data/vn"
)

// The thu – chi documents (issue 13 point 9; DOMAIN-MODULES §A.3 "Vouchers and
// books", Implications A "Documents to print"): phiếu thu and phiếu chi (the
// C40-BB / C41-BB content, amount in words), sổ quỹ tiền mặt (S11-H) and sổ tiền
// gửi (S12-H) with the running balance and the identity, and the danh sách ký
// nhận. They carry their own numbers (the voucher's, the book's year), never
// one of the sổ văn bản đi.

func init() {
	Register(
		&Kind{Name: "voucher", Of: data.KindVoucher, Title: "Phiếu thu, phiếu chi", Type: data.DocTypeList, Period: true, Record: "phiếu",
			Description: "Phiếu thu (mẫu C40-BB) hoặc phiếu chi (C41-BB): số tiền bằng số và bằng chữ, chữ ký chủ tịch, kế toán, người lập, thủ quỹ, người nộp/nhận; mỗi liên một trang",
			choices:     voucherChoices, prepare: prepareVoucher},
		&Kind{Name: "cash-book", Of: data.KindVoucher, Title: "Sổ quỹ tiền mặt", Type: data.DocTypeList, Period: true,
			Description: "Sổ quỹ tiền mặt của năm hoặc khoảng thời gian: từng phiếu với số tồn, cộng phát sinh, đẳng thức cân đối",
			prepare:     prepareBook(false)},
		&Kind{Name: "bank-book", Of: data.KindVoucher, Title: "Sổ tiền gửi ngân hàng", Type: data.DocTypeList, Period: true,
			Description: "Sổ tiền gửi ngân hàng của năm hoặc khoảng thời gian: từng phiếu với số dư, cộng phát sinh",
			prepare:     prepareBook(true)},
		&Kind{Name: "sign-list", Of: data.KindSignList, Title: "Danh sách ký nhận", Type: data.DocTypeList, Period: true, Record: "danh sách",
			Description: "Danh sách ký nhận tiền hoặc quà: STT, họ tên, bộ phận, số tiền, cột ký nhận, tổng bằng chữ",
			choices:     signListChoices, prepare: prepareSignList},
	)
}

// cashService is the thu – chi service of the sources' store.
func cashService(src *Sources) (data.VoucherService, error) {
	if s, ok := src.Records.(data.VoucherService); ok {
		return s, nil
	}
	return nil, &data.Error{Code: data.EINVALID, Message: "Chưa mở được sổ thu – chi"}
}

func voucherChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	svc, err := cashService(src)
	if err != nil {
		return nil, err
	}
	vs, err := svc.VouchersBetween(ctx, period.From, period.To)
	if err != nil {
		return nil, err
	}
	out := make([]Choice, 0, len(vs))
	for i := len(vs) - 1; i >= 0; i-- {
		out = append(out, Choice{ID: vs[i].ID, Label: vs[i].Title()})
	}
	return out, nil
}

func signListChoices(ctx context.Context, src *Sources, period data.Period) ([]Choice, error) {
	ls, err := data.SignLists.Store(src.Records).List(ctx)
	if err != nil {
		return nil, err
	}
	var ds []dated
	for _, l := range ls {
		if inPeriod(l.Date, period) {
			ds = append(ds, dated{Choice{ID: l.ID, Label: l.ListTitle()}, l.Date})
		}
	}
	return newestFirst(ds), nil
}

func prepareVoucher(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	v, err := data.Vouchers.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	cats := map[string]data.Category{}
	if svc, err := cashService(src); err == nil {
		cs, err := svc.FinanceCategories(ctx)
		if err != nil {
			return nil, err
		}
		cats = data.CategoryMap(cs)
	}
	rules := data.DefaultRuleSettings()
	if src.Settings != nil {
		if rules, err = data.LoadRuleSettings(ctx, src.Settings); err != nil {
			return nil, err
		}
	}
	who, err := data.OfficersOn(ctx, src.Records, p, rules.Finance, v.Date)
	if err != nil {
		return nil, err
	}
	frame := func(m *Meta) { m.Number = v.Ref() }
	return &prepared{subject: v.Title(), date: v.Date, unnumbered: true, frame: frame, verdicts: data.VoucherGaps(v, who),
		build: func(m Meta) (*Document, error) {
			return VoucherDoc(m, v, cats[v.Category], who, rules.Finance.VoucherCopies)
		}}, nil
}

// VoucherDoc is a phiếu thu or phiếu chi in the layout of mẫu C40-BB / C41-BB
// (TT 107/2017/TT-BTC) adapted to a CĐCS: the đơn vị, quyển số and số, who,
// from which bộ phận, why, how much in figures and in words, the chứng từ gốc
// attached, and the five signatures — chủ tịch (thủ trưởng đơn vị), kế toán,
// người lập phiếu, thủ quỹ, người nộp (nhận) tiền. A name nobody recorded
// prints dotted, to be written by hand (VoucherGaps tells the chair first).
//
// One liên per A4 page, the same text on each with its liên named: the
// document engine lays the PDF and the Word file out from the same blocks, the
// five signatures (in two rows) need the A4 width at the body's 13 pt, and
// the chair's printer takes A4 without cutting (on an A5 half, a row of three
// signatures would have 40 mm each and names would break).
func VoucherDoc(m Meta, v *data.Voucher, cat data.Category, who data.VoucherOfficers, copies int) (*Document, error) {
	form := "Mẫu số C40-BB"
	person, why, signer, keeper := "Họ và tên người nộp tiền", "Lý do nộp", "Người nộp tiền", "Giao người nộp tiền"
	if v.Kind == data.VoucherPayment {
		form, person, why, signer, keeper = "Mẫu số C41-BB", "Họ và tên người nhận tiền", "Lý do chi", "Người nhận tiền", "Giao người nhận tiền"
	}
	liens := []string{"Liên 1: Lưu tại nơi lập phiếu", "Liên 2: Thủ quỹ giữ để ghi sổ quỹ", "Liên 3: " + keeper}
	copies = min(max(copies, 1), len(liens))
	h := Header{UpperLevel: m.UpperLevel, Issuer: m.Issuer, NoNumber: true, TypeName: v.Kind.Label(),
		Form: []string{form, "(Ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày 10/10/2017 của Bộ Tài chính)"}}
	d, err := New(h)
	if err != nil {
		return nil, err
	}
	for i := range copies {
		if i > 0 {
			d.NewFrame(h)
		}
		d.CenteredItalic(upperFirst(vnDate(v.Date)) + "\n" + liens[i])
		d.CenteredBold("Quyển số: " + orDotsShort(v.BookNo) + "\nSố: " + v.Ref())
		d.Paragraph(person + ": " + orDots(v.Person))
		d.Paragraph("Địa chỉ (bộ phận): " + orDots(v.Unit))
		d.Paragraph(why + ": " + v.Reason)
		d.Paragraph("Số tiền: " + count64(v.Amount) + " đồng (viết bằng chữ: " + v.AmountInWords() + ").")
		how := "Tiền mặt"
		if v.Bank {
			how = "Chuyển khoản qua tài khoản tiền gửi ngân hàng"
		}
		line := "Hình thức: " + how + "."
		if cat.Code != "" {
			line += " Mục: " + cat.Code + " – " + cat.Name + "."
		}
		d.Paragraph(line)
		d.Paragraph(fmt.Sprintf("Kèm theo: %s chứng từ gốc.", twoDigits(v.Attachments)))
		// Two rows: five blocks side by side would be 33 mm each at 13 pt,
		// and "NGƯỜI NHẬN TIỀN" or a three-word name would break.
		d.Signatures(Signer{Title: "Chủ tịch", Name: orDotsShort(who.Chair)}, Signer{Title: "Kế toán", Name: orDotsShort(who.Accountant)},
			Signer{Title: "Người lập phiếu", Name: orDotsShort(v.Preparer)})
		d.Signatures(Signer{Title: "Thủ quỹ", Name: orDotsShort(who.Cashier)}, Signer{Title: signer, Name: orDotsShort(v.Person)})
		d.Paragraph("Đã nhận đủ số tiền (viết bằng chữ): ........................................................")
	}
	return d, nil
}

// twoDigits writes a small count as vouchers do: "02".
func twoDigits(n int) string {
	if n >= 0 && n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func prepareBook(bank bool) func(context.Context, *Kind, *Sources, *Request, *data.Profile) (*prepared, error) {
	return func(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
		svc, err := cashService(src)
		if err != nil {
			return nil, err
		}
		period, err := k.PeriodOf(req, src.Now())
		if err != nil {
			return nil, err
		}
		b, err := data.LoadBooks(ctx, svc, period.From, period.To)
		if err != nil {
			return nil, err
		}
		book := &b.Cash
		symbol := "SQTM"
		if bank {
			book, symbol = &b.Bank, "STGNH"
		}
		subject := upperFirst(period.Label())
		var verdicts []string
		if err := b.Period.Check(); err != nil {
			verdicts = append(verdicts, "Sổ không cân: "+data.ErrorMessage(err))
		}
		frame := func(m *Meta) { m.Number = strconv.Itoa(period.To.Year()) + "/" + symbol }
		return &prepared{subject: book.Title() + " " + period.Label(), date: period.To, unnumbered: true, frame: frame, verdicts: verdicts,
			build: func(m Meta) (*Document, error) { return BookDoc(m, subject, book, &b, req.Progress) }}, nil
	}
}

// BookDoc is the sổ quỹ tiền mặt or sổ tiền gửi: one row per voucher with the
// balance after it, between the opening and closing balances, then the period's
// identity and the signatures.
func BookDoc(m Meta, subject string, book *data.AccountBook, b *data.Books, progress func(float64)) (*Document, error) {
	d, err := m.start(true, book.Title(), subject)
	if err != nil {
		return nil, err
	}
	t := Table{Columns: []Column{
		{Title: "Ngày", Fit: "00/00/0000", Align: AlignCenter},
		{Title: "Số phiếu\nthu", Fit: "PT0000/0000", Align: AlignCenter},
		{Title: "Số phiếu\nchi", Fit: "PC0000/0000", Align: AlignCenter},
		{Title: "Diễn giải", Width: 6},
		{Title: "Thu (gửi vào)", Fit: "000.000.000.000", Align: AlignRight},
		{Title: "Chi (rút ra)", Fit: "000.000.000.000", Align: AlignRight},
		{Title: "Tồn (còn lại)", Fit: "000.000.000.000", Align: AlignRight},
	}, FontSize: 10}
	t.Rows = make([][]string, 0, len(book.Lines)+3)
	t.Rows = append(t.Rows, []string{"", "", "", "Số dư đầu kỳ", "", "", count64(book.Opening)})
	for _, l := range book.Lines {
		in, out := "", ""
		if strings.HasPrefix(l.Ref, "PT") {
			in = l.Ref
		} else {
			out = l.Ref
		}
		t.Rows = append(t.Rows, []string{vn.FormatDate(l.Date), in, out, l.Text, blank64(l.In), blank64(l.Out), count64(l.Balance)})
	}
	t.Rows = append(t.Rows, []string{"", "", "", "Cộng phát sinh", count64(book.TotalIn), count64(book.TotalOut), ""},
		[]string{"", "", "", "Số dư cuối kỳ", "", "", count64(book.Closing)})
	if progress != nil {
		total := len(t.Rows)
		t.Progress = func(done int) { progress(0.1 + 0.7*float64(done)/float64(total)) }
	}
	d.Table(t)
	d.Paragraph("Đối chiếu: " + b.Period.String() + ".")
	d.Signatures(Signer{Title: "Thủ quỹ"}, Signer{Title: "Kế toán"}, Signer{Authority: AuthorityBCH, Title: "Chủ tịch", Name: m.Signer.Name})
	return d, nil
}

func blank64(n int64) string {
	if n == 0 {
		return ""
	}
	return count64(n)
}

func prepareSignList(ctx context.Context, k *Kind, src *Sources, req *Request, p *data.Profile) (*prepared, error) {
	id, err := pickRecord(ctx, k, src, req)
	if err != nil {
		return nil, err
	}
	l, err := data.SignLists.Store(src.Records).Get(ctx, id)
	if err != nil {
		return nil, err
	}
	ref := ""
	if svc, err := cashService(src); err == nil {
		vs, err := svc.VouchersBetween(ctx, time.Time{}, time.Time{})
		if err != nil {
			return nil, err
		}
		for _, v := range vs {
			if v.LinkKind == data.KindSignList && v.LinkID == l.ID {
				ref = v.Ref()
			}
		}
	}
	frame := func(m *Meta) { m.Number = "" }
	if ref != "" {
		frame = func(m *Meta) { m.Number = "kèm phiếu chi " + ref }
	}
	return &prepared{subject: l.Title, date: l.Date, unnumbered: true, frame: frame,
		build: func(m Meta) (*Document, error) { return SignListDoc(m, l) }}, nil
}

// SignListDoc is the danh sách ký nhận: each person, the money or gift, and a
// column to sign; the total in figures and words.
func SignListDoc(m Meta, l *data.SignList) (*Document, error) {
	d, err := m.start(false, "Danh sách ký nhận", l.Title)
	if err != nil {
		return nil, err
	}
	amount := "Số tiền (đồng)"
	if l.Gift != "" {
		d.Paragraph("Quà: " + l.Gift + ".")
		amount = "Giá trị (đồng)"
	}
	t := Table{Columns: []Column{
		{Title: "STT", Fit: "0000", Align: AlignCenter},
		{Title: "Họ và tên", Width: 4},
		{Title: "Bộ phận", Width: 3},
		{Title: amount, Fit: "00.000.000.000", Align: AlignRight},
		{Title: "Ký nhận", Width: 3},
	}}
	for i, r := range l.Rows {
		t.Rows = append(t.Rows, []string{rowNo(i + 1), r.Name, r.Unit, count64(r.Amount), ""})
	}
	t.Rows = append(t.Rows, []string{"", "Cộng", count(len(l.Rows)) + " người", count64(l.Total()), ""})
	d.Table(t)
	d.Paragraph("Tổng số tiền (viết bằng chữ): " + vn.MoneyInWords(l.Total()) + ".")
	d.Signatures(Signer{Title: "Người lập danh sách"}, Signer{Title: "Kế toán"}, Signer{Authority: AuthorityBCH, Title: "Chủ tịch", Name: m.Signer.Name})
	return d, nil
}
