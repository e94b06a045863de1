-- 0005: import/export and backups (issue 5) need no table of their own.
-- The column mapping a chair chose is remembered in the setting table (0002) under
-- "nhap_excel.cot"; each import appears in audit_log as entity 'import' (one row
-- naming the file and the counts) besides the members' own rows; the backups are
-- files in the sao-luu folder beside the database, listed by their names.
-- This file stays so that the version numbers run without a gap.
SELECT 1;
