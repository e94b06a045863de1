#!/usr/bin/env bash
# firstframe.sh BIN HELLO DB [RUNS] — issue 12 §8: the time from starting the app on DB
# (100,000 members in make bench) to its first painted frame, against a Fyne "hello"
# window (scripts/hello) started the same way, alternately, in the same Xvfb, RUNS
# times each (default 5). The screen is watched by scripts/xwait (X11 polling every ms),
# not by the app's own log. Prints the medians and their ratio (target ≤ 1.5).
set -euo pipefail
if [[ -z ${INSIDE_XVFB:-} ]]; then
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}; mkdir -p ~/.cache
  INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
bin=$(realpath "$1") hello=$(realpath "$2") db=$3 runs=${4:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/xwait" "$(dirname "$0")/xwait/xwait.c" -lX11
# one run: seconds from exec to the first change of the screen, then that process is closed
first() {
  local out pid
  out=$("$work/xwait" 0 0 1366 768 30000 "$@")
  pid=$(awk '{print $3}' <<<"$out")
  sleep 0.5
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  awk '{printf "%.3f\n", $2 - $1}' <<<"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
"$bin" --db "$db" version >/dev/null   # page cache warm for both, as on a second start
for i in $(seq 1 "$runs"); do
  first "$hello" >>"$work/hello"
  first "$bin" --db "$db" >>"$work/app"
done
h=$(median <"$work/hello") a=$(median <"$work/app")
echo "hello: $(tr '\n' ' ' <"$work/hello")s  → median ${h}s"
echo "app:   $(tr '\n' ' ' <"$work/app")s  → median ${a}s"
echo "first frame: app/hello = $(echo "scale=2; $a / $h" | bc) (target ≤ 1.5)"
