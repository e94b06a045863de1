#!/usr/bin/env bash
# bench-finance.sh DB [BIN] — issue 13's finance targets through the real binary, whole
# processes side by side in one run, on DB (100,000 members, a year of 10,000+
# vouchers: `demo --members 100000 --vouchers 10000`); DB itself is not written.
#   1. importing this month's 100,000 salaries (finance salaries import) against
#      importing the same members into an empty register (members import): ≤ 1,0;
#   2. this year's sổ quỹ tiền mặt as PDF (report cash-book) ≤ 2 s, and against
#      LibreOffice printing the same book from .csv;
#   3. this month's đoàn phí sheet (finance dues --tsv) ≤ 1 s, the process included.
# Each is run ROUNDS times (default 2), alternating; the best wall time counts.
# Prints the figures and the ratios; exits 0 (a report, not a gate).
set -euo pipefail
cd "$(dirname "$0")/.."
db=$(realpath "$1")
bin=$(realpath "${2:-./socongdoan}")
rounds=${ROUNDS:-2}
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time không có: scripts/deps.sh test" >&2; exit 1; }
work=$(mktemp -d /tmp/bench-finance.XXXXXX)
trap 'rm -rf "$work"' EXIT
month=$(date -u +%Y-%m)
year=$(date -u +%Y)
cols=stt,ho-ten,ngay-sinh,gioi-tinh,dan-toc,quoc-tich,cccd,dien-thoai,bo-phan,chuc-danh,hop-dong,ngay-vao-cd,ma-dv

echo "Chuẩn bị tệp (tháng $month, năm $year)…"
"$bin" members export "$work/members.csv" --status tat-ca --columns "$cols" --db "$db" >/dev/null
# The salaries of this month as a kế toán's file: Họ và tên, Số CCCD, Lương đóng BHXH,
# from the sheet (each member's last salary kept); members without one are left out.
"$bin" finance dues --month "$month" --tsv --db "$db" |
  awk -F'\t' 'NR == 1 { print "STT,Họ và tên,Số CCCD,Lương đóng BHXH"; next }
    $6 != "" && $3 ~ /^[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]$/ { gsub(/\./, "", $6); print NR - 1 "," $2 "," $3 "," $6 }' >"$work/salaries.csv"
"$bin" finance book --year "$year" --cash --tsv --db "$db" | tr '\t' ';' >"$work/book.csv"
echo "Đoàn viên: $(($(wc -l <"$work/members.csv") - 1)) dòng; lương: $(($(wc -l <"$work/salaries.csv") - 1)) dòng;" \
  "sổ quỹ tiền mặt: $(($(wc -l <"$work/book.csv") - 1)) dòng; $(nproc) lõi, tải máy: $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME CMD… runs CMD under /usr/bin/time and appends "NAME wall cpu".
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >"$work/out" 2>&1 || { echo "$name thất bại:"; tail -5 "$work/out"; exit 1; }
  read -r wall user sys <"$work/t"
  echo "$name $wall $(echo "$user + $sys" | bc)" >>"$work/runs"
  printf '  %-14s %6.2f s (CPU %6.2f s)\n' "$name" "$wall" "$(echo "$user + $sys" | bc)"
}
have_lo=0
if command -v soffice >/dev/null; then
  have_lo=1
  # Once to make the profile, outside the measure.
  soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work/book.csv" >/dev/null 2>&1 || true
fi
for r in $(seq "$rounds"); do
  echo "Lượt $r:"
  rm -rf "$work/imp.db"* "$work/sal.db"* "$work/sao-luu" "$work/lo"
  cp "$db" "$work/sal.db"
  measure members-import "$bin" members import "$work/members.csv" --db "$work/imp.db"
  measure salary-import "$bin" finance salaries import "$work/salaries.csv" --month "$month" --db "$work/sal.db"
  measure cash-book-pdf "$bin" report cash-book --year "$year" --draft --db "$db" -o "$work/book.pdf"
  [[ $have_lo == 1 ]] && measure libreoffice soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work/lo" "$work/book.csv"
  measure dues-sheet "$bin" finance dues --month "$month" --tsv --db "$db"
done
best() { awk -v n="$1" '$1 == n { if (b == "" || $2 < b) { b = $2; c = $3 } } END { print b, c }' "$work/runs"; }
verdict() { awk -v x="$1" -v t="$2" 'BEGIN { print (x <= t ? "đạt" : "CHƯA ĐẠT") }'; }
read -r mi_w mi_c < <(best members-import)
read -r si_w si_c < <(best salary-import)
read -r pdf_w pdf_c < <(best cash-book-pdf)
read -r ds_w ds_c < <(best dues-sheet)
echo
echo "Tài chính (issue 13), tốt nhất của $rounds lượt:"
ratio=$(echo "$si_w / $mi_w" | bc -l)
printf '  nhập lương %.2f s / nhập đoàn viên %.2f s = %.2f (mục tiêu ≤ 1,0: %s); theo CPU %.2f / %.2f = %.2f\n' \
  "$si_w" "$mi_w" "$ratio" "$(verdict "$ratio" 1)" "$si_c" "$mi_c" "$(echo "$si_c / $mi_c" | bc -l)"
printf '  sổ quỹ tiền mặt năm %s PDF: %.2f s, %s trang (mục tiêu ≤ 2 s: %s)\n' "$year" "$pdf_w" \
  "$(pdfinfo "$work/book.pdf" 2>/dev/null | awk '/^Pages/{print $2}')" "$(verdict "$pdf_w" 2)"
if [[ $have_lo == 1 ]]; then
  read -r lo_w lo_c < <(best libreoffice)
  printf '  sổ quỹ PDF / LibreOffice in cùng sổ từ .csv: %.2f s / %.2f s = %.2f (CPU %.2f)\n' "$pdf_w" "$lo_w" \
    "$(echo "$pdf_w / $lo_w" | bc -l)" "$(echo "$pdf_c / $lo_c" | bc -l)"
fi
printf '  bảng thu đoàn phí tháng %s (cả tiến trình): %.2f s (CPU %.2f s; mục tiêu ≤ 1 s: %s)\n' "$month" "$ds_w" "$ds_c" "$(verdict "$ds_w" 1)"
echo "  (tải máy lúc đo: $(cut -d' ' -f1-3 /proc/loadavg))"
