-- 0013: the CĐCS congress (issue 15; DOMAIN-MODULES §C): the plan, delegates,
-- candidates, each election's count and the recognition file. Who is elected
-- is computed from the counts (data.CountElection), never stored.
CREATE TABLE congress (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	number        INTEGER NOT NULL,
	term_from     INTEGER NOT NULL,
	term_to       INTEGER NOT NULL,
	form          TEXT    NOT NULL,
	upper_consent TEXT    NOT NULL DEFAULT '',
	members       INTEGER NOT NULL DEFAULT 0,
	called        INTEGER NOT NULL DEFAULT 0,
	present       INTEGER NOT NULL DEFAULT 0,
	guests        INTEGER NOT NULL DEFAULT 0,
	date          TEXT,
	place         TEXT    NOT NULL DEFAULT '',
	theme         TEXT    NOT NULL DEFAULT '',
	bch_size      INTEGER NOT NULL DEFAULT 0,
	bch_increased INTEGER NOT NULL DEFAULT 0 CHECK (bch_increased IN (0, 1)),
	btv_size      INTEGER NOT NULL DEFAULT 0,
	ubkt_size     INTEGER NOT NULL DEFAULT 0,
	ubkt_from_bch INTEGER NOT NULL DEFAULT 0,
	direct_chair  INTEGER NOT NULL DEFAULT 0 CHECK (direct_chair IN (0, 1)),
	first_bch     TEXT,
	file_sent     TEXT,
	decision_no   TEXT    NOT NULL DEFAULT '',
	decision_date TEXT,
	seal_done     INTEGER NOT NULL DEFAULT 0 CHECK (seal_done IN (0, 1)),
	bank_done     INTEGER NOT NULL DEFAULT 0 CHECK (bank_done IN (0, 1)),
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE congress_organizer (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	body        TEXT    NOT NULL DEFAULT '',
	name        TEXT    NOT NULL DEFAULT '',
	role        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX congress_organizer_parent ON congress_organizer (congress_id, pos);

-- member_id: the register's member when chosen from it (NULL when typed).
CREATE TABLE congress_delegate (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	member_id   INTEGER,
	name        TEXT    NOT NULL,
	position    TEXT    NOT NULL DEFAULT '',
	status      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX congress_delegate_parent ON congress_delegate (congress_id, pos);

CREATE TABLE congress_candidate (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	body        TEXT    NOT NULL,
	member_id   INTEGER,
	name        TEXT    NOT NULL,
	position    TEXT    NOT NULL DEFAULT '',
	nationality TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX congress_candidate_parent ON congress_candidate (congress_id, pos);

-- One election round; no is its number within the congress, which votes name.
CREATE TABLE congress_election (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	no          INTEGER NOT NULL,
	body        TEXT    NOT NULL,
	round       INTEGER NOT NULL DEFAULT 1,
	seats       INTEGER NOT NULL DEFAULT 0,
	issued      INTEGER NOT NULL DEFAULT 0,
	collected   INTEGER NOT NULL DEFAULT 0,
	valid       INTEGER NOT NULL DEFAULT 0,
	invalid     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX congress_election_parent ON congress_election (congress_id, pos);

CREATE TABLE congress_vote (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	election_no INTEGER NOT NULL,
	name        TEXT    NOT NULL,
	votes       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX congress_vote_parent ON congress_vote (congress_id, pos);

CREATE TABLE congress_budget (
	id          INTEGER PRIMARY KEY,
	congress_id INTEGER NOT NULL REFERENCES congress (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	item        TEXT    NOT NULL,
	amount      INTEGER NOT NULL DEFAULT 0,
	source      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX congress_budget_parent ON congress_budget (congress_id, pos);
