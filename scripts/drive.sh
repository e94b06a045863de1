#!/usr/bin/env bash
# drive.sh OUTPREFIX DB STEP... — runs the app under Xvfb (1366×768), then for each step
# ("x,y" click, "type,TEXT", "key,KEYS", "scroll,N" wheel down) acts and screenshots OUTPREFIX-N.png. Look at them.
# APP=path picks the binary (default ./socongdoan). Needs xvfb, xdotool, imagemagick.
set -u
if [[ -z ${INSIDE:-} ]]; then
  export XDG_RUNTIME_DIR=$(mktemp -d) INSIDE=1
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
out=$1; db=$2; shift 2
"${APP:-./socongdoan}" --db "$db" > "$out.log" 2>&1 &
pid=$!
sleep 3
i=0
for step in "$@"; do
  IFS=, read -r x y <<<"$step"
  if [[ $x == key ]]; then xdotool key --clearmodifiers "$y"
  elif [[ $x == type ]]; then xdotool type --delay 40 "$y"
  elif [[ $x == scroll ]]; then xdotool click --repeat "$y" --delay 30 5   # wheel down N notches
  else xdotool mousemove "$x" "$y" click 1; fi
  sleep 1.2
  i=$((i+1))
  import -window root "$out-$i.png"
done
kill $pid
