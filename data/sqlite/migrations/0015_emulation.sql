-- 0015: thi đua – khen thưởng and the yearly CĐCS rating (issue 14 point 4,
-- DOMAIN-MODULES §D): the year's registration, self-assessment sheet and result;
-- award decisions with their recipients; the BCH's proposals with its votes.
CREATE TABLE emulation (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	year          INTEGER NOT NULL,
	registered    TEXT,
	titles        TEXT    NOT NULL DEFAULT '',
	pledges       TEXT    NOT NULL DEFAULT '',
	basis         TEXT    NOT NULL DEFAULT '',
	assessed      TEXT,
	upper_scored  INTEGER NOT NULL DEFAULT 0 CHECK (upper_scored IN (0, 1)),
	achievements  TEXT    NOT NULL DEFAULT '',
	level         TEXT    NOT NULL DEFAULT '',
	decision_no   TEXT    NOT NULL DEFAULT '',
	decision_date TEXT,
	announced     TEXT,
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

-- Points are tenths (25 is 2,5 điểm).
CREATE TABLE emulation_criterion (
	id           INTEGER PRIMARY KEY,
	emulation_id INTEGER NOT NULL REFERENCES emulation (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	grp          TEXT    NOT NULL DEFAULT '',
	item         TEXT    NOT NULL DEFAULT '',
	max_points   INTEGER NOT NULL DEFAULT 0,
	self_points  INTEGER NOT NULL DEFAULT 0,
	evidence     TEXT    NOT NULL DEFAULT '',
	upper_points INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX emulation_criterion_parent ON emulation_criterion (emulation_id, pos);

CREATE TABLE award (
	id            INTEGER PRIMARY KEY,
	version       INTEGER NOT NULL DEFAULT 1,
	year          INTEGER NOT NULL,
	level         TEXT    NOT NULL,
	issuer        TEXT    NOT NULL DEFAULT '',
	form          TEXT    NOT NULL DEFAULT '',
	decision_no   TEXT    NOT NULL DEFAULT '',
	decision_date TEXT,
	reason        TEXT    NOT NULL DEFAULT '',
	voucher       TEXT    NOT NULL DEFAULT '',
	notes         TEXT    NOT NULL DEFAULT '',
	deleted_at    TEXT,
	created_at    TEXT    NOT NULL,
	updated_at    TEXT    NOT NULL
) STRICT;

-- A recipient: a member of the register (member_id), a collective or someone else (NULL).
CREATE TABLE award_recipient (
	id            INTEGER PRIMARY KEY,
	award_id      INTEGER NOT NULL REFERENCES award (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	member_id     INTEGER REFERENCES member (id),
	name          TEXT    NOT NULL DEFAULT '',
	collective    INTEGER NOT NULL DEFAULT 0 CHECK (collective IN (0, 1)),
	unit          TEXT    NOT NULL DEFAULT '',
	title         TEXT    NOT NULL DEFAULT '',
	achievement   TEXT    NOT NULL DEFAULT '',
	amount        INTEGER NOT NULL DEFAULT 0,
	votes_for     INTEGER NOT NULL DEFAULT 0,
	votes_against INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX award_recipient_parent ON award_recipient (award_id, pos);
CREATE INDEX award_recipient_member ON award_recipient (member_id);

CREATE TABLE award_proposal (
	id           INTEGER PRIMARY KEY,
	version      INTEGER NOT NULL DEFAULT 1,
	year         INTEGER NOT NULL,
	meeting_date TEXT,
	place        TEXT    NOT NULL DEFAULT '',
	bch_total    INTEGER NOT NULL DEFAULT 0,
	bch_present  INTEGER NOT NULL DEFAULT 0,
	chair        TEXT    NOT NULL DEFAULT '',
	secretary    TEXT    NOT NULL DEFAULT '',
	sent         TEXT,
	sent_to      TEXT    NOT NULL DEFAULT '',
	notes        TEXT    NOT NULL DEFAULT '',
	deleted_at   TEXT,
	created_at   TEXT    NOT NULL,
	updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE award_proposal_nominee (
	id            INTEGER PRIMARY KEY,
	proposal_id   INTEGER NOT NULL REFERENCES award_proposal (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	member_id     INTEGER REFERENCES member (id),
	name          TEXT    NOT NULL DEFAULT '',
	collective    INTEGER NOT NULL DEFAULT 0 CHECK (collective IN (0, 1)),
	unit          TEXT    NOT NULL DEFAULT '',
	title         TEXT    NOT NULL DEFAULT '',
	achievement   TEXT    NOT NULL DEFAULT '',
	amount        INTEGER NOT NULL DEFAULT 0,
	votes_for     INTEGER NOT NULL DEFAULT 0,
	votes_against INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX award_proposal_nominee_parent ON award_proposal_nominee (proposal_id, pos);
CREATE INDEX award_proposal_nominee_member ON award_proposal_nominee (member_id);
