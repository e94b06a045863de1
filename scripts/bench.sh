#!/usr/bin/env bash
# bench.sh — the speed targets of the issues, as Go benchmarks on a 100,000-member database,
# plus the real window's time to first frame with that database (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
cache=${XDG_CACHE_HOME:-$HOME/.cache}/socongdoan-bench
mkdir -p "$cache"
db=$cache/100k.db
if [[ ! -f $db ]]; then
  echo "Tạo cơ sở dữ liệu 100.000 đoàn viên: $db"
  ./socongdoan demo --members 100000 --db "$db"
fi
export SOCONGDOAN_BENCH_DB=$db
go test -run '^$' -bench . -benchmem -benchtime=${BENCHTIME:-1s} ./... | grep -E '^(Benchmark|ok|FAIL|---)' | tee "$cache/bench.txt"
shot=../shared/tools/shot.sh
if [[ -x $shot ]]; then
  echo
  echo "Cửa sổ thật với 100.000 đoàn viên (Xvfb):"
  cp "$db" "$cache/shot.db"
  for i in 1 2 3; do "$shot" "$cache/first-frame.png" 1366x768 -- ./socongdoan --db "$cache/shot.db"; done
fi
