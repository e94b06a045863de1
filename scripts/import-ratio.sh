#!/usr/bin/env bash
# import-ratio.sh [BIN] — issue 12 item 9, whole processes side by side in one run:
# importing a 100,000-row .xlsx into an empty register against LibreOffice merely
# opening the same file (soffice --convert-to csv), and `demo --members 100000` against
# the same import. Each is run ROUNDS times (default 2), alternating; the best wall time
# of each counts. Targets: import/LibreOffice ≤ 1.0, import peak ≤ 300 MB,
# demo/import ≤ 1.0. Prints the figures and the ratios; exits 0 (a report, not a gate).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-./socongdoan}")
rounds=${ROUNDS:-2}
command -v soffice >/dev/null || { echo "soffice không có: scripts/deps.sh bench" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time không có: scripts/deps.sh test" >&2; exit 1; }
work=$(mktemp -d /tmp/import-ratio.XXXXXX)
trap 'rm -rf "$work"' EXIT
cols=stt,ho-ten,ngay-sinh,gioi-tinh,dan-toc,quoc-tich,cccd,dien-thoai,bo-phan,chuc-danh,hop-dong,ngay-vao-cd,ma-dv
echo "Chuẩn bị tệp 100.000 dòng…"
"$bin" demo --members 100000 --db "$work/src.db" >/dev/null
"$bin" members export "$work/100k.xlsx" --status tat-ca --columns "$cols" --db "$work/src.db" >/dev/null
echo "Tệp: $(du -h "$work/100k.xlsx" | cut -f1), $(nproc) lõi, tải máy: $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME CMD… runs CMD under /usr/bin/time and appends "NAME wall user+sys peakKB".
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >"$work/out" 2>&1 || { echo "$name thất bại:"; cat "$work/out"; exit 1; }
  read -r wall user sys peak <"$work/t"
  echo "$name $wall $(echo "$user + $sys" | bc) $peak" >>"$work/runs"
  printf '  %-12s %6.2f s (CPU %6.2f s), bộ nhớ đỉnh %4d MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((peak / 1024))
}
for r in $(seq "$rounds"); do
  echo "Lượt $r:"
  rm -rf "$work/lo" "$work/imp.db"* "$work/demo.db"* "$work/sao-luu"
  measure libreoffice soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to csv --outdir "$work/lo" "$work/100k.xlsx"
  measure import "$bin" members import "$work/100k.xlsx" --db "$work/imp.db"
  measure demo "$bin" demo --members 100000 --db "$work/demo.db"
done
best() { awk -v n="$1" '$1 == n { if (b == "" || $2 < b) { b = $2; c = $3; m = $4 } } END { print b, c, m }' "$work/runs"; }
read -r lo_w lo_c lo_m < <(best libreoffice)
read -r im_w im_c im_m < <(best import)
read -r de_w de_c de_m < <(best demo)
echo
echo "Nhập 100.000 dòng .xlsx so với LibreOffice mở cùng tệp (tốt nhất của $rounds lượt):"
printf '  nhập %.2f s / LibreOffice %.2f s = %.2f (mục tiêu ≤ 1,0); theo CPU %.2f / %.2f = %.2f\n' \
  "$im_w" "$lo_w" "$(echo "$im_w / $lo_w" | bc -l)" "$im_c" "$lo_c" "$(echo "$im_c / $lo_c" | bc -l)"
printf '  bộ nhớ đỉnh khi nhập %d MB (mục tiêu ≤ 300 MB)\n' $((im_m / 1024))
printf '  demo --members 100000 %.2f s / nhập %.2f s = %.2f (mục tiêu ≤ 1,0)\n' "$de_w" "$im_w" "$(echo "$de_w / $im_w" | bc -l)"
