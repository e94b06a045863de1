-- 0017: chăm lo (issue 14 point 6, DOMAIN-MODULES §F): the Tết campaign with the
-- workers supported, and the introductions of outstanding members to the Party.
CREATE TABLE tet_campaign (
	id              INTEGER PRIMARY KEY,
	version         INTEGER NOT NULL DEFAULT 1,
	lunar_year      INTEGER NOT NULL,
	pay_plan        TEXT,
	tat_nien        TEXT,
	tat_nien_people INTEGER NOT NULL DEFAULT 0,
	tat_nien_union  INTEGER NOT NULL DEFAULT 0,
	alerts          TEXT    NOT NULL DEFAULT '',
	results         TEXT    NOT NULL DEFAULT '',
	reported        TEXT,
	-- the finance danh sách ký nhận that paid the union's gifts (one phiếu chi), if any
	sign_list_id    INTEGER REFERENCES sign_list (id),
	notes           TEXT    NOT NULL DEFAULT '',
	deleted_at      TEXT,
	created_at      TEXT    NOT NULL,
	updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE tet_person (
	id          INTEGER PRIMARY KEY,
	campaign_id INTEGER NOT NULL REFERENCES tet_campaign (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	member_id   INTEGER REFERENCES member (id),
	name        TEXT    NOT NULL DEFAULT '',
	unit        TEXT    NOT NULL DEFAULT '',
	hometown    TEXT    NOT NULL DEFAULT '',
	reason      TEXT    NOT NULL DEFAULT '',
	staying     INTEGER NOT NULL DEFAULT 0 CHECK (staying IN (0, 1)),
	gift        INTEGER NOT NULL DEFAULT 0,
	from_union  INTEGER NOT NULL DEFAULT 0 CHECK (from_union IN (0, 1))
) STRICT;
CREATE INDEX tet_person_parent ON tet_person (campaign_id, pos);
CREATE INDEX tet_person_member ON tet_person (member_id);

CREATE TABLE party_intro (
	id         INTEGER PRIMARY KEY,
	version    INTEGER NOT NULL DEFAULT 1,
	member_id  INTEGER REFERENCES member (id),
	name       TEXT    NOT NULL DEFAULT '',
	unit       TEXT    NOT NULL DEFAULT '',
	date       TEXT    NOT NULL,
	cell       TEXT    NOT NULL DEFAULT '',
	outcome    TEXT    NOT NULL DEFAULT '',
	admitted   TEXT,
	notes      TEXT    NOT NULL DEFAULT '',
	deleted_at TEXT,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;
CREATE INDEX party_intro_member ON party_intro (member_id);
