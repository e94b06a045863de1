-- 0021: the an toàn, vệ sinh viên's phụ cấp trách nhiệm (đồng a month) and the
-- employer's quy chế of the network that sets it (Luật ATVSLĐ Art 74;
-- DOMAIN-MODULES §F "ATVSV network: tổ, ATVSV, election date, phụ cấp, quy chế
-- (số, ngày), training certificate"); issue 14 point 6.
ALTER TABLE cadre ADD COLUMN atvsv_allowance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cadre ADD COLUMN atvsv_rules     TEXT    NOT NULL DEFAULT '';
