#!/usr/bin/env bash
# bench-docs.sh DB DIR — the member list of DB (every current member, default columns)
# printed three ways, side by side in one run: LibreOffice printing the same list from
# .xlsx to PDF (the reference), the app's PDF (a draft, and numbered: the number taken
# from the sổ văn bản đi of a copy of DB, so DB itself is not written), the app's .docx.
# Prints the times (wall and CPU = user + system, children included) and the ratios
# issue 11 asks for: PDF ≤ 0.05 × LibreOffice, .docx ≤ 2 × PDF, each marked đạt / chưa đạt.
set -euo pipefail
db=$1
dir=$2
bin=${BIN:-./socongdoan}
mkdir -p "$dir"
cols=stt,ho-ten,ngay-sinh,gioi-tinh,bo-phan,chuc-vu-cd,ngay-vao-cd
xlsx=$dir/list.xlsx
"$bin" members export "$xlsx" --columns "$cols" --db "$db" >/dev/null 2>&1 ||
  "$bin" members export "$xlsx" --db "$db" >/dev/null
lo=$dir/lo
rm -rf "$lo" && mkdir -p "$lo"
# measure NAME CMD…: prints "wall cpu" seconds of the whole process tree.
measure() {
  local out=$dir/time.$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$out" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$out"
}
# LibreOffice once to make its profile, then the measured run.
soffice -env:UserInstallation="file://$lo/profile" --headless --convert-to pdf --outdir "$lo" "$xlsx" >/dev/null 2>&1 || true
read -r lo_wall lo_cpu < <(measure lo soffice -env:UserInstallation="file://$lo/profile" --headless --convert-to pdf --outdir "$lo" "$xlsx")
read -r pdf_wall pdf_cpu < <(measure pdf "$bin" report members --draft --db "$db" -o "$dir/list.pdf")
cp "$db" "$dir/numbered.db"
read -r num_wall num_cpu < <(measure num "$bin" report members --db "$dir/numbered.db" -o "$dir/numbered.pdf")
# Printed again: the file's last state was proven, its digest matches (data/sqlite/checked.go).
read -r again_wall again_cpu < <(measure again "$bin" report members --db "$dir/numbered.db" -o "$dir/numbered.pdf")
rm -f "$dir/numbered.db"*
read -r docx_wall docx_cpu < <(measure docx "$bin" report members --draft --db "$db" -o "$dir/list.docx")
printf "LibreOffice .xlsx → PDF: %6.2f s (CPU %6.2f s), %s trang\n" "$lo_wall" "$lo_cpu" "$(pdfinfo "$lo/list.pdf" 2>/dev/null | awk '/^Pages/{print $2}')"
printf "Sổ Công đoàn PDF:        %6.2f s (CPU %6.2f s), %s trang\n" "$pdf_wall" "$pdf_cpu" "$(pdfinfo "$dir/list.pdf" | awk '/^Pages/{print $2}')"
printf "Sổ Công đoàn PDF có số:  %6.2f s (CPU %6.2f s), lần đầu (kiểm tra toàn vẹn đầy đủ)\n" "$num_wall" "$num_cpu"
printf "Sổ Công đoàn PDF có số:  %6.2f s (CPU %6.2f s), in tiếp (tệp đã được kiểm tra)\n" "$again_wall" "$again_cpu"
printf "Sổ Công đoàn .docx:      %6.2f s (CPU %6.2f s)\n" "$docx_wall" "$docx_cpu"
awk -v lw="$lo_wall" -v lc="$lo_cpu" -v pw="$pdf_wall" -v pc="$pdf_cpu" -v nw="$num_wall" -v nc="$num_cpu" -v aw="$again_wall" -v ac="$again_cpu" -v dw="$docx_wall" -v dc="$docx_cpu" 'BEGIN {
  printf "PDF / LibreOffice: %.3f (CPU %.3f), mục tiêu ≤ 0,05: %s\n", pw / lw, pc / lc, (pw / lw <= 0.05 ? "đạt" : "CHƯA ĐẠT")
  printf "PDF có số, lần đầu / LibreOffice: %.3f (CPU %.3f), mục tiêu ≤ 0,05: %s\n", nw / lw, nc / lc, (nw / lw <= 0.05 ? "đạt" : "CHƯA ĐẠT")
  printf "PDF có số, in tiếp / LibreOffice: %.3f (CPU %.3f), mục tiêu ≤ 0,05: %s\n", aw / lw, ac / lc, (aw / lw <= 0.05 ? "đạt" : "CHƯA ĐẠT")
  printf ".docx / PDF:       %.2f (CPU %.2f), mục tiêu ≤ 2: %s\n", dw / pw, dc / pc, (dw / pw <= 2 ? "đạt" : "CHƯA ĐẠT")
}'
