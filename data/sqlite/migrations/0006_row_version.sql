-- 0006: row versions (issue 10 item 7). Every record a form edits carries a
-- version, raised by each write; a save names the version it read, and a save
-- of an older one is refused ("Hồ sơ này vừa được thay đổi ở nơi khác") instead
-- of silently putting back what another window or the CLI just changed.
ALTER TABLE member     ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE conference ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rep_list   ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE dialogue   ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE bargaining ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agreement  ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
