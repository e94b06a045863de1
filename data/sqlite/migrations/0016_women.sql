-- 0016: nữ công (issue 14 point 5, DOMAIN-MODULES §E): the Ban nữ công quần
-- chúng with its members and plan; the activities of 8/3, 1/6, Trung thu, 20/10
-- with their gift lists; "Giỏi việc nước, đảm việc nhà" registrations and results.
CREATE TABLE women_committee (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	decision_no   TEXT    NOT NULL DEFAULT '',
	decision_date TEXT    NOT NULL,
	term_from     TEXT,
	term_to       TEXT,
	plan_year     INTEGER NOT NULL DEFAULT 0,
	plan          TEXT    NOT NULL DEFAULT '',
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE women_committee_member (
	id           INTEGER PRIMARY KEY,
	committee_id INTEGER NOT NULL REFERENCES women_committee (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	member_id    INTEGER REFERENCES member (id),
	name         TEXT    NOT NULL DEFAULT '',
	role         TEXT    NOT NULL DEFAULT '',
	unit         TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX women_committee_member_parent ON women_committee_member (committee_id, pos);
CREATE INDEX women_committee_member_member ON women_committee_member (member_id);

CREATE TABLE women_activity (
	id           INTEGER PRIMARY KEY,
	version      INTEGER NOT NULL DEFAULT 1,
	year         INTEGER NOT NULL,
	occasion     TEXT    NOT NULL,
	date         TEXT,
	content      TEXT    NOT NULL DEFAULT '',
	participants INTEGER NOT NULL DEFAULT 0,
	-- the finance danh sách ký nhận that paid its gifts (one phiếu chi), if any
	sign_list_id INTEGER REFERENCES sign_list (id),
	notes        TEXT    NOT NULL DEFAULT '',
	deleted_at   TEXT,
	created_at   TEXT    NOT NULL,
	updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE good_at_work (
	id         INTEGER PRIMARY KEY,
	version    INTEGER NOT NULL DEFAULT 1,
	year       INTEGER NOT NULL,
	registered TEXT,
	reviewed   TEXT,
	notes      TEXT    NOT NULL DEFAULT '',
	deleted_at TEXT,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE good_at_work_registrant (
	id              INTEGER PRIMARY KEY,
	good_at_work_id INTEGER NOT NULL REFERENCES good_at_work (id) ON DELETE CASCADE,
	pos             INTEGER NOT NULL,
	member_id       INTEGER REFERENCES member (id),
	name            TEXT    NOT NULL DEFAULT '',
	unit            TEXT    NOT NULL DEFAULT '',
	result          TEXT    NOT NULL DEFAULT '',
	note            TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX good_at_work_registrant_parent ON good_at_work_registrant (good_at_work_id, pos);
CREATE INDEX good_at_work_registrant_member ON good_at_work_registrant (member_id);
