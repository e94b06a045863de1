-- 0003: worker conferences, dialogue-representative lists, dialogues, bargaining
-- and collective agreements (DOMAIN §1–§3, Implications A).
-- Dates are ISO 'YYYY-MM-DD' TEXT or NULL; timestamps UTC 'YYYY-MM-DDTHH:MM:SSZ'.
-- Child rows belong to one parent and are rewritten with it in one transaction;
-- pos keeps the order the chair gave them. Parents go to the trash (deleted_at),
-- never away, so the children's ON DELETE CASCADE only serves tests and repairs.

CREATE TABLE conference (
	id                 INTEGER PRIMARY KEY,
	year               INTEGER NOT NULL,
	extraordinary      INTEGER NOT NULL DEFAULT 0 CHECK (extraordinary IN (0, 1)),
	model              TEXT    NOT NULL,
	form               TEXT    NOT NULL,
	date               TEXT,
	place              TEXT    NOT NULL DEFAULT '',
	workers_total      INTEGER NOT NULL DEFAULT 0,
	delegates_summoned INTEGER NOT NULL DEFAULT 0,
	attendees          INTEGER NOT NULL DEFAULT 0,
	reps_announced     INTEGER NOT NULL DEFAULT 0 CHECK (reps_announced IN (0, 1)),
	notes              TEXT    NOT NULL DEFAULT '',
	deleted_at         TEXT,
	created_at         TEXT    NOT NULL,
	updated_at         TEXT    NOT NULL
) STRICT;

-- An Art. 64 topic (topic) or a free item (topic '' and text).
CREATE TABLE conference_agenda (
	id            INTEGER PRIMARY KEY,
	conference_id INTEGER NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	topic         TEXT    NOT NULL DEFAULT '',
	text          TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX conference_agenda_parent ON conference_agenda (conference_id, pos);

CREATE TABLE conference_resolution (
	id            INTEGER PRIMARY KEY,
	conference_id INTEGER NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	text          TEXT    NOT NULL,
	votes_for     INTEGER NOT NULL DEFAULT 0,
	votes_against INTEGER NOT NULL DEFAULT 0,
	votes_abstain INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX conference_resolution_parent ON conference_resolution (conference_id, pos);

-- The six-monthly reviews of the resolution (Law 10/2022 Art. 70).
CREATE TABLE conference_review (
	id            INTEGER PRIMARY KEY,
	conference_id INTEGER NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	date          TEXT    NOT NULL,
	findings      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX conference_review_parent ON conference_review (conference_id, pos);

-- Attached files: copies kept under <db folder>/tep-dinh-kem/<conference id>/;
-- path is relative to the db folder, so the data folder can move as a whole.
CREATE TABLE conference_document (
	id            INTEGER PRIMARY KEY,
	conference_id INTEGER NOT NULL REFERENCES conference (id) ON DELETE CASCADE,
	kind          TEXT    NOT NULL,
	name          TEXT    NOT NULL,
	path          TEXT    NOT NULL,
	added_at      TEXT    NOT NULL
) STRICT;
CREATE INDEX conference_document_parent ON conference_document (conference_id);

CREATE TABLE rep_list (
	id         INTEGER PRIMARY KEY,
	valid_from TEXT    NOT NULL,
	valid_to   TEXT    NOT NULL,
	headcount  INTEGER NOT NULL DEFAULT 0,
	announced  TEXT,
	notes      TEXT    NOT NULL DEFAULT '',
	deleted_at TEXT,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;

-- A representative: a member of the register (member_id) or a non-member (NULL).
CREATE TABLE rep_list_member (
	id          INTEGER PRIMARY KEY,
	rep_list_id INTEGER NOT NULL REFERENCES rep_list (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	member_id   INTEGER REFERENCES member (id),
	name        TEXT    NOT NULL,
	female      INTEGER NOT NULL DEFAULT 0 CHECK (female IN (0, 1)),
	role        TEXT    NOT NULL DEFAULT '',
	from_date   TEXT,
	until_date  TEXT,
	note        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX rep_list_member_parent ON rep_list_member (rep_list_id, pos);
CREATE INDEX rep_list_member_member ON rep_list_member (member_id);

CREATE TABLE dialogue (
	id                INTEGER PRIMARY KEY,
	kind              TEXT    NOT NULL,
	case_type         TEXT    NOT NULL DEFAULT '',
	requested_by      TEXT    NOT NULL DEFAULT '',
	request_date      TEXT,
	request_agreed    INTEGER NOT NULL DEFAULT 0,
	reply_date        TEXT,
	agenda_sent       TEXT,
	date              TEXT,
	place             TEXT    NOT NULL DEFAULT '',
	employer_count    INTEGER NOT NULL DEFAULT 0,
	legal_rep_present INTEGER NOT NULL DEFAULT 0 CHECK (legal_rep_present IN (0, 1)),
	reps_total        INTEGER NOT NULL DEFAULT 0,
	reps_present      INTEGER NOT NULL DEFAULT 0,
	agreed            TEXT    NOT NULL DEFAULT '',
	disputed          TEXT    NOT NULL DEFAULT '',
	minutes_signed    INTEGER NOT NULL DEFAULT 0 CHECK (minutes_signed IN (0, 1)),
	posted            TEXT,
	informed          TEXT,
	notes             TEXT    NOT NULL DEFAULT '',
	deleted_at        TEXT,
	created_at        TEXT    NOT NULL,
	updated_at        TEXT    NOT NULL
) STRICT;

CREATE TABLE dialogue_topic (
	id          INTEGER PRIMARY KEY,
	dialogue_id INTEGER NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	topic       TEXT    NOT NULL DEFAULT '',
	text        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX dialogue_topic_parent ON dialogue_topic (dialogue_id, pos);

CREATE TABLE dialogue_action (
	id          INTEGER PRIMARY KEY,
	dialogue_id INTEGER NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
	pos         INTEGER NOT NULL,
	text        TEXT    NOT NULL,
	owner       TEXT    NOT NULL DEFAULT '',
	due         TEXT,
	done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
	done_date   TEXT
) STRICT;
CREATE INDEX dialogue_action_parent ON dialogue_action (dialogue_id, pos);

CREATE TABLE bargaining (
	id           INTEGER PRIMARY KEY,
	requested_by TEXT    NOT NULL,
	request_date TEXT    NOT NULL,
	subject      TEXT    NOT NULL DEFAULT '',
	agreed_date  TEXT,
	start_date   TEXT,
	extended_to  TEXT,
	outcome      TEXT    NOT NULL DEFAULT '',
	end_date     TEXT,
	notes        TEXT    NOT NULL DEFAULT '',
	deleted_at   TEXT,
	created_at   TEXT    NOT NULL,
	updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE bargaining_session (
	id            INTEGER PRIMARY KEY,
	bargaining_id INTEGER NOT NULL REFERENCES bargaining (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	date          TEXT    NOT NULL,
	agreed        TEXT    NOT NULL DEFAULT '',
	disputed      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX bargaining_session_parent ON bargaining_session (bargaining_id, pos);

CREATE TABLE bargaining_info (
	id            INTEGER PRIMARY KEY,
	bargaining_id INTEGER NOT NULL REFERENCES bargaining (id) ON DELETE CASCADE,
	pos           INTEGER NOT NULL,
	date          TEXT    NOT NULL,
	subject       TEXT    NOT NULL,
	answered      TEXT
) STRICT;
CREATE INDEX bargaining_info_parent ON bargaining_info (bargaining_id, pos);

CREATE TABLE agreement (
	id             INTEGER PRIMARY KEY,
	title          TEXT    NOT NULL DEFAULT '',
	level          TEXT    NOT NULL,
	bargaining_id  INTEGER REFERENCES bargaining (id),
	vote_date      TEXT,
	voters         INTEGER NOT NULL DEFAULT 0,
	votes_for      INTEGER NOT NULL DEFAULT 0,
	signed         TEXT,
	effective      TEXT,
	term_years     INTEGER NOT NULL DEFAULT 0,
	sent           TEXT,
	published      TEXT,
	notes          TEXT    NOT NULL DEFAULT '',
	deleted_at     TEXT,
	created_at     TEXT    NOT NULL,
	updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX agreement_bargaining ON agreement (bargaining_id);

CREATE TABLE agreement_clause (
	id           INTEGER PRIMARY KEY,
	agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	grp          TEXT    NOT NULL,
	content      TEXT    NOT NULL,
	value        TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agreement_clause_parent ON agreement_clause (agreement_id, pos);

CREATE TABLE agreement_amendment (
	id           INTEGER PRIMARY KEY,
	agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	date         TEXT,
	content      TEXT    NOT NULL,
	voters       INTEGER NOT NULL DEFAULT 0,
	votes_for    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX agreement_amendment_parent ON agreement_amendment (agreement_id, pos);

CREATE TABLE agreement_rating (
	id           INTEGER PRIMARY KEY,
	agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
	pos          INTEGER NOT NULL,
	year         INTEGER NOT NULL,
	grade        TEXT    NOT NULL,
	reason       TEXT    NOT NULL DEFAULT '',
	UNIQUE (agreement_id, year)
) STRICT;

-- MemberFlow counts the status changes of a year by kind.
CREATE INDEX member_event_date ON member_event (date, kind);
