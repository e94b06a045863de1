-- 0007: who chaired the worker conference and who took its minutes, printed
-- in its biên bản and nghị quyết instead of dotted lines (issue 11 point 4).
ALTER TABLE conference ADD COLUMN chair TEXT NOT NULL DEFAULT '';
ALTER TABLE conference ADD COLUMN secretary TEXT NOT NULL DEFAULT '';
