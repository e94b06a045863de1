#!/usr/bin/env bash
# firstframe.sh BIN HELLO DB [RUNS] [BASE] — issue 12 §8: the time from starting the app
# on DB (100,000 members in make bench) to its first painted frame, against a Fyne
# "hello" window (scripts/hello) started the same way, alternately, in the same Xvfb,
# RUNS times each (default 5). The screen is watched by scripts/xwait (X11 polling every
# 2 ms), not by the app's own log. With BASE (an older build of the app) that one runs in
# the same rotation, for a before/after on the same machine at the same moment.
# Prints the medians of wall time and of the CPU time each process had used when its
# frame appeared (the shared machine's load stretches the first, barely the second),
# their ratios (target ≤ 1.5 × hello) and the load average.
set -euo pipefail
if [[ -z ${INSIDE_XVFB:-} ]]; then
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}; mkdir -p ~/.cache
  INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
bin=$(realpath "$1") hello=$(realpath "$2") db=$3 runs=${4:-5} base=${5:+$(realpath "$5")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -o "$work/xwait" "$(dirname "$0")/xwait/xwait.c" -lX11
# one run: "WALL CPU" seconds from exec to the first change of the screen, then that
# process is closed
first() {
  local out pid
  out=$("$work/xwait" 0 0 1366 768 30000 "$@")
  pid=$(awk '{print $3}' <<<"$out")
  sleep 0.5
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  awk '{printf "%.3f %.2f\n", $2 - $1, $4}' <<<"$out"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
"$bin" --db "$db" version >/dev/null   # page cache warm for all, as on a second start
load0=$(cut -d' ' -f1 /proc/loadavg)
for i in $(seq 1 "$runs"); do
  first "$hello" >>"$work/hello"
  first "$bin" --db "$db" >>"$work/app"
  [[ -z $base ]] || first "$base" --db "$db" >>"$work/base"
done
report() { # NAME FILE: its runs and medians; sets W and C
  W=$(cut -d' ' -f1 <"$2" | median) C=$(cut -d' ' -f2 <"$2" | median)
  printf '%-6s wall %s s → median %s s; CPU median %s s\n' "$1:" "$(cut -d' ' -f1 <"$2" | tr '\n' ' ')" "$W" "$C"
}
report hello "$work/hello"; hw=$W hc=$C
report app "$work/app"; aw=$W ac=$C
echo "first frame: app/hello = $(echo "scale=2; $aw / $hw" | bc) wall, $(echo "scale=2; $ac / $hc" | bc) CPU (target ≤ 1.5)"
if [[ -n $base ]]; then
  report base "$work/base"; bw=$W bc=$C
  echo "first frame: base/hello = $(echo "scale=2; $bw / $hw" | bc) wall, $(echo "scale=2; $bc / $hc" | bc) CPU; app/base = $(echo "scale=2; $aw / $bw" | bc) wall"
fi
echo "load average: $load0 at the start, $(cut -d' ' -f1 /proc/loadavg) at the end"
