-- 0010: the đoàn phí ledger (issue 13 point 1; DOMAIN §5, DOMAIN-MODULES §A.1).
-- One compact row per member and month: ~720,000 rows a year at 60,000 members,
-- read a month at a time by one query joined to the register (DuesSheet), not
-- through the per-record registry engine. month is yyyymm (202607). Amounts are
-- whole đồng. due is what ComputeDues gave when the row was saved, so that a later
-- change of settings never rewrites a month already kept.
CREATE TABLE dues_month (
	member_id INTEGER NOT NULL REFERENCES member (id),
	month     INTEGER NOT NULL CHECK (month BETWEEN 200001 AND 299912),
	base_kind TEXT    NOT NULL DEFAULT 'luong_bhxh',
	base      INTEGER NOT NULL DEFAULT 0 CHECK (base >= 0),
	rate_bp   INTEGER NOT NULL DEFAULT 50,
	exemption TEXT    NOT NULL DEFAULT '',
	due       INTEGER NOT NULL DEFAULT 0 CHECK (due >= 0),
	standard  INTEGER NOT NULL DEFAULT 0 CHECK (standard BETWEEN 0 AND due), -- the 0.5% part; the rest is kept 100%
	collected INTEGER NOT NULL DEFAULT 0 CHECK (collected >= 0 AND collected <= due),
	unit_id   INTEGER REFERENCES unit (id),
	PRIMARY KEY (member_id, month)
) WITHOUT ROWID;
CREATE INDEX dues_month_month ON dues_month (month);

-- A rate above 0.5% adopted by the Ban Chấp hành mở rộng (QĐ 61/QĐ-TLĐ), in force
-- from a month until the next row.
CREATE TABLE dues_rate (
	id         INTEGER PRIMARY KEY,
	from_month INTEGER NOT NULL UNIQUE CHECK (from_month BETWEEN 200001 AND 299912),
	rate_bp    INTEGER NOT NULL,
	number     TEXT    NOT NULL DEFAULT '',
	date       TEXT,
	in_quy_che INTEGER NOT NULL DEFAULT 0,
	created_at TEXT    NOT NULL
);
