#!/usr/bin/env bash
# bench.sh — the speed targets of the issues, as Go benchmarks on a 100,000-member database,
# plus the real window's time to first frame with that database (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${XDG_CACHE_HOME:-$HOME/.cache}/socongdoan-bench
mkdir -p "$cache"
# The cache is named after the schema: a database made before a migration changed
# (even a reserved one being filled in) would lack its tables.
schema=$(cat data/sqlite/migrations/*.sql | sha1sum | cut -c1-8)
db=$cache/100k-$schema.db
if [[ ! -f $db ]]; then
  echo "Tạo cơ sở dữ liệu 100.000 đoàn viên: $db"
  ./socongdoan demo --members 100000 --db "$db"
fi
export SOCONGDOAN_BENCH_DB=$db
go test -run '^$' -bench . -benchmem -benchtime=${BENCHTIME:-1s} ./... | grep -E '^(Benchmark|ok|FAIL|---)' | tee "$cache/bench.txt"
if [[ -x /usr/bin/time ]]; then
  echo
  echo "Bộ nhớ đỉnh khi in danh sách 100.000 đoàn viên ra PDF (mục tiêu ≤ 400 MB):"
  go test -c -o "$cache/app.test" ./app
  /usr/bin/time -v "$cache/app.test" -test.run '^$' -test.bench 'MemberListPDF100k$' -test.benchtime=1x 2>&1 |
    grep -E '^Benchmark|Maximum resident' | tee -a "$cache/bench.txt"
fi
if [[ -x /usr/bin/time ]]; then
  # Issue 5 through the real binary, whole process: import a 100,000-row .xlsx into an
  # empty register (≤ 5 s, ≤ 300 MB), export the register again (≤ 2 s).
  echo
  echo "Nhập và xuất 100.000 dòng Excel bằng dòng lệnh (mục tiêu ≤ 5 s và ≤ 300 MB; xuất ≤ 2 s):"
  cols=stt,ho-ten,ngay-sinh,gioi-tinh,dan-toc,quoc-tich,cccd,dien-thoai,bo-phan,chuc-danh,hop-dong,ngay-vao-cd,ma-dv
  xlsx=$cache/100k-$schema.xlsx
  [[ -f $xlsx ]] || ./socongdoan members export "$xlsx" --status tat-ca --columns "$cols" --db "$db" >/dev/null
  imp=$cache/import.db
  rm -rf "$imp" "$imp"-* "$cache/sao-luu"
  /usr/bin/time -f "nhập: %e s, bộ nhớ đỉnh %M KB" ./socongdoan members import "$xlsx" --db "$imp" 2>&1 | tail -2 | tee -a "$cache/bench.txt"
  /usr/bin/time -f "xuất: %e s, bộ nhớ đỉnh %M KB" ./socongdoan members export "$cache/out.xlsx" --status tat-ca --columns "$cols" --db "$imp" 2>&1 | tail -1 | tee -a "$cache/bench.txt"
  rm -rf "$imp" "$imp"-* "$cache/sao-luu" "$cache/out.xlsx"
fi
if [[ -x /usr/bin/time ]] && command -v soffice >/dev/null; then
  # Issue 11: the 100,000-member list as PDF ≤ 0.05 × LibreOffice printing the same list
  # from .xlsx, and as .docx ≤ 2 × the PDF; measured side by side, whole processes.
  echo
  echo "Danh sách 100.000 đoàn viên: PDF và Word so với LibreOffice in từ .xlsx (mục tiêu PDF ≤ 0,05 × LibreOffice; Word ≤ 2 × PDF):"
  scripts/bench-docs.sh "$db" "$cache" | tee -a "$cache/bench.txt"
fi
if command -v soffice >/dev/null; then
  # Issue 12 item 9: the import against LibreOffice opening the same file, and the
  # demo against the import, whole processes side by side.
  echo
  scripts/import-ratio.sh ./socongdoan 2>&1 | tee -a "$cache/bench.txt"
fi
shot=../shared/tools/shot.sh
if [[ -x $shot ]]; then
  echo
  echo "Cửa sổ thật với 100.000 đoàn viên (Xvfb):"
  cp "$db" "$cache/shot.db"
  for i in 1 2 3; do "$shot" "$cache/first-frame.png" 1366x768 -- ./socongdoan --db "$cache/shot.db"; done
fi
