-- An award's tiền thưởng is now paid by a phiếu chi of the books linked to it
-- (phieu-thu-chi link_kind 'khen-thuong', issue 14 point 4). The number typed
-- before in award.voucher is kept, visible, at the end of the notes.
UPDATE award SET notes = CASE WHEN notes = '' THEN 'Phiếu chi (đã ghi trước đây): ' || voucher
	ELSE notes || char(10) || 'Phiếu chi (đã ghi trước đây): ' || voucher END
WHERE voucher <> '';
ALTER TABLE award DROP COLUMN voucher;
