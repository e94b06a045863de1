-- 0008: dự toán (B14-TLĐ) and quyết toán (B07-TLĐ) with their lines, công khai
-- tài chính and kiểm tra tài chính with the cash count (issue 13 points 6, 7;
-- DOMAIN-MODULES §A.3, §A.6, §A.7). Each line keeps the books' figure (book)
-- beside the printed one (figure) and whether the chair typed it (typed), so a
-- reading of the books never overwrites a typed figure.
CREATE TABLE budget_estimate (
	id               INTEGER PRIMARY KEY,
	version          INTEGER NOT NULL DEFAULT 1,
	year             INTEGER NOT NULL,
	workers          INTEGER NOT NULL DEFAULT 0,
	full_time_cadres INTEGER NOT NULL DEFAULT 0,
	members          INTEGER NOT NULL DEFAULT 0,
	payroll          INTEGER NOT NULL DEFAULT 0,
	books_read       TEXT,
	explanation      TEXT    NOT NULL DEFAULT '',
	sent_date        TEXT,
	approval_no      TEXT    NOT NULL DEFAULT '',
	approval_date    TEXT,
	upper_remarks    TEXT    NOT NULL DEFAULT '',
	notes            TEXT    NOT NULL DEFAULT '',
	deleted_at       TEXT,
	created_at       TEXT    NOT NULL,
	updated_at       TEXT    NOT NULL
) STRICT;

CREATE TABLE budget_estimate_line (
	id          INTEGER PRIMARY KEY,
	estimate_id INTEGER NOT NULL REFERENCES budget_estimate (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	code        TEXT    NOT NULL DEFAULT '',
	name        TEXT    NOT NULL,
	side        TEXT    NOT NULL,
	book        INTEGER NOT NULL DEFAULT 0,
	figure      INTEGER NOT NULL DEFAULT 0,
	typed       INTEGER NOT NULL DEFAULT 0 CHECK (typed IN (0, 1)),
	plan        INTEGER NOT NULL DEFAULT 0,
	approved    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX budget_estimate_line_parent ON budget_estimate_line (estimate_id, pos);

CREATE TABLE budget_settlement (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	year          INTEGER NOT NULL,
	half          INTEGER NOT NULL DEFAULT 0 CHECK (half IN (0, 1, 2)),
	workers       INTEGER NOT NULL DEFAULT 0,
	payroll       INTEGER NOT NULL DEFAULT 0,
	members       INTEGER NOT NULL DEFAULT 0,
	dues_payroll  INTEGER NOT NULL DEFAULT 0,
	closing_cash  INTEGER NOT NULL DEFAULT 0,
	closing_bank  INTEGER NOT NULL DEFAULT 0,
	books_read    TEXT,
	explanation   TEXT    NOT NULL DEFAULT '',
	sent_date     TEXT,
	approval_no   TEXT    NOT NULL DEFAULT '',
	approval_date TEXT,
	upper_remarks TEXT    NOT NULL DEFAULT '',
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE budget_settlement_line (
	id            INTEGER PRIMARY KEY,
	settlement_id INTEGER NOT NULL REFERENCES budget_settlement (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	code          TEXT    NOT NULL DEFAULT '',
	name          TEXT    NOT NULL,
	side          TEXT    NOT NULL,
	book          INTEGER NOT NULL DEFAULT 0,
	figure        INTEGER NOT NULL DEFAULT 0,
	typed         INTEGER NOT NULL DEFAULT 0 CHECK (typed IN (0, 1)),
	plan          INTEGER NOT NULL DEFAULT 0,
	approved      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX budget_settlement_line_parent ON budget_settlement_line (settlement_id, pos);

CREATE TABLE finance_disclosure (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	year          INTEGER NOT NULL,
	date          TEXT    NOT NULL,
	at_bch        INTEGER NOT NULL DEFAULT 0 CHECK (at_bch IN (0, 1)),
	posted        INTEGER NOT NULL DEFAULT 0 CHECK (posted IN (0, 1)),
	written       INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1)),
	at_conference INTEGER NOT NULL DEFAULT 0 CHECK (at_conference IN (0, 1)),
	website       INTEGER NOT NULL DEFAULT 0 CHECK (website IN (0, 1)),
	place         TEXT    NOT NULL DEFAULT '',
	content       TEXT    NOT NULL DEFAULT '',
	evidence      TEXT    NOT NULL DEFAULT '',
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE finance_check (
	id              INTEGER PRIMARY KEY,
	version         INTEGER NOT NULL DEFAULT 1,
	kind            TEXT    NOT NULL,
	date            TEXT    NOT NULL,
	year            INTEGER NOT NULL,
	checker         TEXT    NOT NULL DEFAULT '',
	checker_role    TEXT    NOT NULL DEFAULT '',
	participants    TEXT    NOT NULL DEFAULT '',
	scope           TEXT    NOT NULL DEFAULT '',
	findings        TEXT    NOT NULL DEFAULT '',
	recommendations TEXT    NOT NULL DEFAULT '',
	cash_counted    INTEGER NOT NULL DEFAULT 0 CHECK (cash_counted IN (0, 1)),
	cashier         TEXT    NOT NULL DEFAULT '',
	accountant      TEXT    NOT NULL DEFAULT '',
	book_cash       INTEGER NOT NULL DEFAULT 0,
	explanation     TEXT    NOT NULL DEFAULT '',
	notes           TEXT    NOT NULL DEFAULT '',
	deleted_at      TEXT,
	created_at      TEXT    NOT NULL,
	updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE finance_check_count (
	id           INTEGER PRIMARY KEY,
	check_id     INTEGER NOT NULL REFERENCES finance_check (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	denomination INTEGER NOT NULL,
	count        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX finance_check_count_parent ON finance_check_count (check_id, pos);
