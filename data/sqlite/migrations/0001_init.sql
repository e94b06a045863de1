-- 0001: the first schema of Sổ Công đoàn.
-- Dates are ISO 'YYYY-MM-DD' TEXT or NULL; timestamps are UTC 'YYYY-MM-DDTHH:MM:SSZ' TEXT.
-- Columns are declared TEXT, never DATE, so that the driver hands back the stored text
-- untouched instead of guessing a time.Time.

-- The union's own record: one row, id 1.
CREATE TABLE profile (
	id              INTEGER PRIMARY KEY CHECK (id = 1),
	name            TEXT    NOT NULL DEFAULT '',
	upper_name      TEXT    NOT NULL DEFAULT '',
	upper_kind      TEXT    NOT NULL DEFAULT '',
	enterprise_name TEXT    NOT NULL DEFAULT '',
	tax_code        TEXT    NOT NULL DEFAULT '',
	address         TEXT    NOT NULL DEFAULT '',
	enterprise_type TEXT    NOT NULL DEFAULT '',
	workers_total   INTEGER NOT NULL DEFAULT 0,
	workers_female  INTEGER NOT NULL DEFAULT 0,
	place           TEXT    NOT NULL DEFAULT '',
	chair_name      TEXT    NOT NULL DEFAULT '',
	vice_chair_name TEXT    NOT NULL DEFAULT '',
	term_start      INTEGER NOT NULL DEFAULT 0,
	term_end        INTEGER NOT NULL DEFAULT 0,
	updated_at      TEXT    NOT NULL
);

-- Bộ phận / tổ công đoàn. search_key (the folded name) is unique too, so that
-- "Tổ May 1" and "to may 1" cannot both exist.
CREATE TABLE unit (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	sort_key   BLOB NOT NULL,
	search_key TEXT NOT NULL UNIQUE
);
CREATE INDEX unit_sort ON unit (sort_key);

CREATE TABLE member (
	id              INTEGER PRIMARY KEY,
	ho              TEXT    NOT NULL DEFAULT '',
	ten_dem         TEXT    NOT NULL DEFAULT '',
	ten             TEXT    NOT NULL DEFAULT '',
	full_name       TEXT    NOT NULL DEFAULT '',
	birth_date      TEXT,
	birth_year_only INTEGER NOT NULL DEFAULT 0,
	sex             TEXT    NOT NULL DEFAULT '',
	ethnicity       TEXT    NOT NULL DEFAULT '',
	nationality     TEXT    NOT NULL DEFAULT '',
	id_number       TEXT    NOT NULL DEFAULT '',
	phone           TEXT    NOT NULL DEFAULT '',
	unit_id         INTEGER REFERENCES unit (id),
	job_title       TEXT    NOT NULL DEFAULT '',
	hire_date       TEXT,
	contract        TEXT    NOT NULL DEFAULT '',
	contract_months INTEGER NOT NULL DEFAULT 0,
	manager         INTEGER NOT NULL DEFAULT 0,
	join_kind       TEXT    NOT NULL DEFAULT '',
	join_date       TEXT,
	previous_union  TEXT    NOT NULL DEFAULT '',
	decision_number TEXT    NOT NULL DEFAULT '',
	decision_date   TEXT,
	member_code     TEXT    NOT NULL DEFAULT '',
	card_number     TEXT    NOT NULL DEFAULT '',
	card_type       TEXT    NOT NULL DEFAULT '',
	card_date       TEXT,
	union_role      TEXT    NOT NULL DEFAULT '',
	party_member    INTEGER NOT NULL DEFAULT 0,
	notes           TEXT    NOT NULL DEFAULT '',
	status          TEXT    NOT NULL DEFAULT 'dang_sinh_hoat',
	search_key      TEXT    NOT NULL DEFAULT '',
	sort_key        BLOB    NOT NULL,
	deleted_at      TEXT,
	created_at      TEXT    NOT NULL,
	updated_at      TEXT    NOT NULL,
	-- What the register table shows (data.MemberRow), joined into one text with the byte
	-- 0xFF, which never occurs in UTF-8. Computed by SQLite on every write and stored
	-- only in member_sort below. Read and cut apart by MemberRows in rows.go: keep the
	-- two in step. COALESCE because concat_ws would skip a NULL and shift the rest.
	register_row    TEXT GENERATED ALWAYS AS (concat_ws(CAST(x'ff' AS TEXT),
		COALESCE(unit_id, 0), birth_year_only, full_name, COALESCE(birth_date, ''), sex, union_role,
		COALESCE(join_date, ''), status, nationality, id_number, member_code, search_key)) VIRTUAL
);
-- The register, in its order (ORDER BY sort_key, id), for MemberRows. Carrying
-- register_row makes it covering: the whole register is one sequential walk of this
-- index, never 100,000 look-ups into the table, and one column per row instead of
-- twelve for the driver to copy (on the 2-core dev machine: ~75 ms for 100,000 rows,
-- against ~120 ms with twelve columns). id comes second so that namesakes, whose
-- sort keys are equal, come in id order.
CREATE INDEX member_sort ON member (sort_key, id, register_row) WHERE deleted_at IS NULL;
-- Serves the foreign key, MergeUnits, and the member counts of Units() without
-- touching the table.
CREATE INDEX member_unit ON member (unit_id, status, deleted_at);
-- The trash is small: index only it, for TrashRows.
CREATE INDEX member_trash ON member (deleted_at) WHERE deleted_at IS NOT NULL;
-- One CCCD and one mã đoàn viên per member, ignoring blanks and the trash; the store
-- checks first to name the holder, these indexes are the last line of defence.
CREATE UNIQUE INDEX member_id_number ON member (id_number)
	WHERE id_number <> '' AND deleted_at IS NULL;
CREATE UNIQUE INDEX member_member_code ON member (member_code)
	WHERE member_code <> '' AND deleted_at IS NULL;
-- search_key is not indexed: the register is searched in memory over MemberRows,
-- and a B-tree cannot serve a match in the middle of a name anyway.

-- Status history, oldest first by id.
CREATE TABLE member_event (
	id        INTEGER PRIMARY KEY,
	member_id INTEGER NOT NULL REFERENCES member (id),
	kind      TEXT    NOT NULL,
	date      TEXT,
	until     TEXT,
	reason    TEXT    NOT NULL DEFAULT '',
	place     TEXT    NOT NULL DEFAULT '',
	decision  TEXT    NOT NULL DEFAULT '',
	note      TEXT    NOT NULL DEFAULT '',
	at        TEXT    NOT NULL
);
CREATE INDEX member_event_member ON member_event (member_id);

-- Every change, as a chair reads it: Vietnamese field label, old and new shown values.
CREATE TABLE audit_log (
	id        INTEGER PRIMARY KEY,
	at        TEXT    NOT NULL,
	entity    TEXT    NOT NULL,
	entity_id INTEGER NOT NULL,
	field     TEXT    NOT NULL,
	old       TEXT    NOT NULL DEFAULT '',
	new       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
