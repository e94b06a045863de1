-- 0011: đào tạo, bồi dưỡng cán bộ (DOMAIN-MODULES §B, issue 14 point 2): the
-- courses with their topics and participants, and the yearly training plan with
-- the needs registration sent to the upper level.

CREATE TABLE course (
	id         INTEGER PRIMARY KEY,
	version    INTEGER NOT NULL DEFAULT 1,
	name       TEXT    NOT NULL,
	level      TEXT    NOT NULL,
	form       TEXT    NOT NULL,
	date_from  TEXT,
	date_to    TEXT,
	days       INTEGER NOT NULL DEFAULT 0,
	hours      INTEGER NOT NULL DEFAULT 0,
	place      TEXT    NOT NULL DEFAULT '',
	cost       INTEGER NOT NULL DEFAULT 0,
	voucher    TEXT    NOT NULL DEFAULT '',
	notes      TEXT    NOT NULL DEFAULT '',
	deleted_at TEXT,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE course_topic (
	id        INTEGER PRIMARY KEY,
	course_id INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	topic     TEXT    NOT NULL
) STRICT;
CREATE INDEX course_topic_parent ON course_topic (course_id, pos);

CREATE TABLE course_participant (
	id         INTEGER PRIMARY KEY,
	course_id  INTEGER NOT NULL REFERENCES course (id) ON DELETE CASCADE,
	pos        INTEGER NOT NULL,
	member_id  INTEGER REFERENCES member (id),
	name       TEXT    NOT NULL,
	role       TEXT    NOT NULL DEFAULT '',
	attended   INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
	result     TEXT    NOT NULL DEFAULT '',
	cert_no    TEXT    NOT NULL DEFAULT '',
	cert_date  TEXT,
	essay      INTEGER NOT NULL DEFAULT 0 CHECK (essay IN (0, 1)),
	leave_days INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX course_participant_parent ON course_participant (course_id, pos);
CREATE INDEX course_participant_member ON course_participant (member_id);

CREATE TABLE training_plan (
	id         INTEGER PRIMARY KEY,
	version    INTEGER NOT NULL DEFAULT 1,
	year       INTEGER NOT NULL,
	approved   TEXT,
	goals      TEXT    NOT NULL DEFAULT '',
	needs_sent TEXT,
	notes      TEXT    NOT NULL DEFAULT '',
	deleted_at TEXT,
	created_at TEXT    NOT NULL,
	updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE training_plan_item (
	id        INTEGER PRIMARY KEY,
	plan_id   INTEGER NOT NULL REFERENCES training_plan (id) ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	topic     TEXT    NOT NULL DEFAULT '',
	audience  TEXT    NOT NULL DEFAULT '',
	level     TEXT    NOT NULL DEFAULT '',
	form      TEXT    NOT NULL DEFAULT '',
	time_text TEXT    NOT NULL DEFAULT '',
	people    INTEGER NOT NULL DEFAULT 0,
	cost      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX training_plan_item_parent ON training_plan_item (plan_id, pos);

CREATE TABLE training_need (
	id       INTEGER PRIMARY KEY,
	plan_id  INTEGER NOT NULL REFERENCES training_plan (id) ON DELETE CASCADE,
	pos      INTEGER NOT NULL,
	topic    TEXT    NOT NULL DEFAULT '',
	audience TEXT    NOT NULL DEFAULT '',
	people   INTEGER NOT NULL DEFAULT 0,
	note     TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX training_need_parent ON training_need (plan_id, pos);
