-- 0009: cán bộ công đoàn (DOMAIN-MODULES §B, issue 14 point 1): one record per
-- person, the posts they held as child rows (from, until; chuyên trách; how they
-- came to it), and the ATVSLĐ certificate of an an toàn, vệ sinh viên.

CREATE TABLE cadre (
	id              INTEGER PRIMARY KEY,
	version         INTEGER NOT NULL DEFAULT 1,
	member_id       INTEGER REFERENCES member (id),
	name            TEXT    NOT NULL,
	atvsv_cert_no   TEXT    NOT NULL DEFAULT '',
	atvsv_cert_date TEXT,
	notes           TEXT    NOT NULL DEFAULT '',
	deleted_at      TEXT,
	created_at      TEXT    NOT NULL,
	updated_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX cadre_member ON cadre (member_id);

CREATE TABLE cadre_post (
	id         INTEGER PRIMARY KEY,
	cadre_id   INTEGER NOT NULL REFERENCES cadre (id) ON DELETE CASCADE,
	pos        INTEGER NOT NULL,
	post       TEXT    NOT NULL,
	unit       TEXT    NOT NULL DEFAULT '',
	from_date  TEXT,
	until_date TEXT,
	full_time  INTEGER NOT NULL DEFAULT 0 CHECK (full_time IN (0, 1)),
	how        TEXT    NOT NULL DEFAULT '',
	decision   TEXT    NOT NULL DEFAULT '',
	term       TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX cadre_post_parent ON cadre_post (cadre_id, pos);
