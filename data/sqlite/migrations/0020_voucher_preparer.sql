-- 0020: the người lập phiếu of a phiếu thu / phiếu chi (issue 13 point 3, mẫu
-- C40-BB / C41-BB of TT 107/2017/TT-BTC): typed per voucher, a new one starting
-- with the kế toán. Vouchers kept before have none: they print it dotted.
ALTER TABLE voucher ADD COLUMN preparer TEXT NOT NULL DEFAULT '';
