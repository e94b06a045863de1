-- 0018: sơ kết / tổng kết thực hiện một nghị quyết (issue 14 point 3,
-- DOMAIN-MODULES §B): the resolution, the period, the upper level's deadline,
-- the four written parts and the targets with their results.
CREATE TABLE resolution_review (
	id           INTEGER PRIMARY KEY,
	version      INTEGER NOT NULL DEFAULT 1,
	stage        TEXT    NOT NULL DEFAULT '',
	resolution   TEXT    NOT NULL DEFAULT '',
	upper_plan   TEXT    NOT NULL DEFAULT '',
	date_from    TEXT,
	date_to      TEXT,
	due          TEXT,
	sent         TEXT,
	leadership   TEXT    NOT NULL DEFAULT '',
	tasks        TEXT    NOT NULL DEFAULT '',
	shortcomings TEXT    NOT NULL DEFAULT '',
	direction    TEXT    NOT NULL DEFAULT '',
	notes        TEXT    NOT NULL DEFAULT '',
	deleted_at   TEXT,
	created_at   TEXT    NOT NULL,
	updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE resolution_target (
	id        INTEGER PRIMARY KEY,
	review_id INTEGER NOT NULL REFERENCES resolution_review (id) ON DELETE CASCADE,
	pos       INTEGER NOT NULL,
	indicator TEXT    NOT NULL DEFAULT '',
	target    TEXT    NOT NULL DEFAULT '',
	measure   TEXT    NOT NULL DEFAULT '',
	result    TEXT    NOT NULL DEFAULT '',
	note      TEXT    NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX resolution_target_parent ON resolution_target (review_id, pos);
