-- 0014: thu – chi of the CĐCS (issue 13 points 3–5, DOMAIN-MODULES §A.2, §A.3,
-- Implications A): the editable mục lục thu – chi, phiếu thu / phiếu chi with
-- numbers that are never issued twice, the quy chế chi tiêu nội bộ and the danh
-- sách ký nhận that a phiếu chi pays.

-- The mục lục: codes the chair edits. The rows below are an example to check
-- with the upper level, not a TLĐ list (DOMAIN-MODULES Implications A: "never
-- hard-code codes"). flow says what a line does to the books besides thu/chi:
-- 'nop_cap_tren' (money sent up: the identity's "nộp cấp trên") or 'chuyen_quy'
-- (cash paid into the bank on a phiếu chi, bank money drawn into cash on a phiếu
-- thu: neither thu nor chi of the union). A retired code stays for old vouchers.
CREATE TABLE finance_category (
	code       TEXT    PRIMARY KEY,
	name       TEXT    NOT NULL,
	kind       TEXT    NOT NULL CHECK (kind IN ('thu', 'chi')),
	flow       TEXT    NOT NULL DEFAULT '' CHECK (flow IN ('', 'nop_cap_tren', 'chuyen_quy')),
	parent     TEXT    NOT NULL DEFAULT '',
	from_year  INTEGER NOT NULL DEFAULT 0,
	source     TEXT    NOT NULL DEFAULT '',
	pos        INTEGER NOT NULL DEFAULT 0,
	retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;

INSERT INTO finance_category (code, name, kind, flow, pos, source, created_at, updated_at) VALUES
	('T01', 'Kinh phí công đoàn được sử dụng tại CĐCS', 'thu', '', 1, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('T02', 'Đoàn phí công đoàn', 'thu', '', 2, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('T03', 'Kinh phí cấp trên hỗ trợ', 'thu', '', 3, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('T04', 'Chuyên môn (doanh nghiệp) hỗ trợ', 'thu', '', 4, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('T05', 'Thu khác', 'thu', '', 5, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('T09', 'Rút tiền gửi ngân hàng nhập quỹ', 'thu', 'chuyen_quy', 9, 'Mẫu', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C01', 'Phụ cấp cán bộ công đoàn', 'chi', '', 11, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C02', 'Quản lý hành chính', 'chi', '', 12, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C03', 'Tuyên truyền, đào tạo cán bộ', 'chi', '', 13, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C04', 'Thăm hỏi đoàn viên (ốm đau, hiếu, hỉ, khó khăn)', 'chi', '', 14, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C05', 'Quà lễ, Tết cho đoàn viên (Tết, 8/3, 1/6, Trung thu, 20/10)', 'chi', '', 15, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C06', 'Văn hóa, thể thao, tham quan', 'chi', '', 16, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C07', 'Thi đua, khen thưởng', 'chi', '', 17, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C08', 'Chi khác', 'chi', '', 18, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('N01', 'Nộp công đoàn cấp trên (đoàn phí, kinh phí)', 'chi', 'nop_cap_tren', 21, 'Mẫu, cần đối chiếu với công đoàn cấp trên', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
	('C09', 'Nộp tiền mặt vào tài khoản ngân hàng', 'chi', 'chuyen_quy', 29, 'Mẫu', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

-- A phiếu thu or phiếu chi. (kind, year, number) is unique over every row, the
-- trashed ones too, and numbers come from voucher_counter, which only grows: a
-- number is never issued twice nor reused after its voucher went to the trash.
CREATE TABLE voucher (
	id          INTEGER PRIMARY KEY,
	version     INTEGER NOT NULL DEFAULT 1,
	kind        TEXT    NOT NULL CHECK (kind IN ('thu', 'chi')),
	year        INTEGER NOT NULL,
	number      INTEGER NOT NULL CHECK (number > 0),
	book_no     TEXT    NOT NULL DEFAULT '',
	date        TEXT    NOT NULL,
	person      TEXT    NOT NULL DEFAULT '',
	member_id   INTEGER REFERENCES member (id),
	unit        TEXT    NOT NULL DEFAULT '',
	reason      TEXT    NOT NULL,
	amount      INTEGER NOT NULL CHECK (amount > 0),
	bank        INTEGER NOT NULL DEFAULT 0 CHECK (bank IN (0, 1)),
	category    TEXT    NOT NULL DEFAULT '',
	attachments INTEGER NOT NULL DEFAULT 0 CHECK (attachments >= 0),
	link_kind   TEXT    NOT NULL DEFAULT '',
	link_id     INTEGER NOT NULL DEFAULT 0,
	rule_item   TEXT    NOT NULL DEFAULT '',
	notes       TEXT    NOT NULL DEFAULT '',
	deleted_at  TEXT,
	created_at  TEXT    NOT NULL,
	updated_at  TEXT    NOT NULL
) STRICT;
CREATE UNIQUE INDEX voucher_number ON voucher (kind, year, number);
CREATE INDEX voucher_date ON voucher (date, id) WHERE deleted_at IS NULL;
CREATE INDEX voucher_link ON voucher (link_kind, link_id) WHERE deleted_at IS NULL AND link_id <> 0;

-- The last number issued per kind and year.
CREATE TABLE voucher_counter (
	kind TEXT    NOT NULL,
	year INTEGER NOT NULL,
	last INTEGER NOT NULL,
	PRIMARY KEY (kind, year)
) STRICT;

-- Quy chế chi tiêu nội bộ: the amounts the BCH adopted, each version with the
-- resolution that adopted it (DOMAIN-MODULES §A.2).
CREATE TABLE spending_rule (
	id          INTEGER PRIMARY KEY,
	version     INTEGER NOT NULL DEFAULT 1,
	doc_number  TEXT    NOT NULL DEFAULT '',
	adopted     TEXT    NOT NULL,
	body        TEXT    NOT NULL DEFAULT '',
	valid_from  TEXT    NOT NULL,
	notes       TEXT    NOT NULL DEFAULT '',
	deleted_at  TEXT,
	created_at  TEXT    NOT NULL,
	updated_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE spending_rule_item (
	id               INTEGER PRIMARY KEY,
	spending_rule_id INTEGER NOT NULL REFERENCES spending_rule (id) ON DELETE CASCADE,
	pos              INTEGER NOT NULL,
	name             TEXT    NOT NULL,
	amount           INTEGER NOT NULL DEFAULT 0,
	category         TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX spending_rule_item_parent ON spending_rule_item (spending_rule_id, pos);

-- Danh sách ký nhận: money or gifts handed to many members, paid by one phiếu
-- chi (the voucher links back with link_kind 'ky-nhan').
CREATE TABLE sign_list (
	id          INTEGER PRIMARY KEY,
	version     INTEGER NOT NULL DEFAULT 1,
	date        TEXT    NOT NULL,
	title       TEXT    NOT NULL,
	category    TEXT    NOT NULL DEFAULT '',
	rule_item   TEXT    NOT NULL DEFAULT '',
	gift        TEXT    NOT NULL DEFAULT '',
	bank        INTEGER NOT NULL DEFAULT 0 CHECK (bank IN (0, 1)),
	notes       TEXT    NOT NULL DEFAULT '',
	deleted_at  TEXT,
	created_at  TEXT    NOT NULL,
	updated_at  TEXT    NOT NULL
) STRICT;

CREATE TABLE sign_list_row (
	id           INTEGER PRIMARY KEY,
	sign_list_id INTEGER NOT NULL REFERENCES sign_list (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	member_id    INTEGER,
	name         TEXT    NOT NULL,
	unit         TEXT    NOT NULL DEFAULT '',
	amount       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX sign_list_row_parent ON sign_list_row (sign_list_id, pos);
