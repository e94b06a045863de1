-- 0012: KPCĐ month by month (issue 13 point 2; DOMAIN-MODULES §A.1; Nghị định
-- 105/2026): one registry record per month — BHXH payroll, what the employer
-- paid and when, the share the upper level returned, a relief decision.
CREATE TABLE kpcd_month (
	id              INTEGER PRIMARY KEY,
	version         INTEGER NOT NULL DEFAULT 1,
	month           TEXT    NOT NULL,
	workers         INTEGER NOT NULL DEFAULT 0,
	payroll         INTEGER NOT NULL DEFAULT 0,
	paid            INTEGER NOT NULL DEFAULT 0,
	paid_on         TEXT,
	returned        INTEGER NOT NULL DEFAULT 0,
	relief_kind     TEXT    NOT NULL DEFAULT '',
	relief_percent  INTEGER NOT NULL DEFAULT 0,
	relief_decision TEXT    NOT NULL DEFAULT '',
	relief_date     TEXT,
	relief_from     TEXT,
	relief_to       TEXT,
	notes           TEXT    NOT NULL DEFAULT '',
	deleted_at      TEXT,
	created_at      TEXT    NOT NULL,
	updated_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX kpcd_month_month ON kpcd_month (month);
