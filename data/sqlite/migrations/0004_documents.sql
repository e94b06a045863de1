-- 0004: the outgoing-document register (sổ văn bản đi) and the chair's texts of
-- periodic reports (issue 4).

-- One row per document that went out under a number. Numbers run per type and
-- calendar year (Decree 30/2020; DOMAIN §6), so (year, type, number) is unique.
-- kind and ref name the printed document ("annual", "2026") so that printing it
-- again keeps its number; both are '' for an entry typed by hand.
CREATE TABLE outgoing_doc (
	id         INTEGER PRIMARY KEY,
	year       INTEGER NOT NULL,
	type       TEXT    NOT NULL,
	number     INTEGER NOT NULL CHECK (number > 0),
	symbol     TEXT    NOT NULL,
	date       TEXT    NOT NULL,
	subject    TEXT    NOT NULL DEFAULT '',
	kind       TEXT    NOT NULL DEFAULT '',
	ref        TEXT    NOT NULL DEFAULT '',
	created_at TEXT    NOT NULL,
	UNIQUE (year, type, number)
);
CREATE INDEX outgoing_doc_kind ON outgoing_doc (kind, ref);

-- The texts of a báo cáo tổng kết năm (half 0) or sơ kết 6 tháng (half 1) that
-- the chair writes: đánh giá, phương hướng, kiến nghị… (DOMAIN §7), one row per section.
CREATE TABLE report_narrative (
	year       INTEGER NOT NULL,
	half       INTEGER NOT NULL CHECK (half IN (0, 1)),
	section    TEXT    NOT NULL,
	text       TEXT    NOT NULL,
	updated_at TEXT    NOT NULL,
	PRIMARY KEY (year, half, section)
);
