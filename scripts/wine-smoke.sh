#!/usr/bin/env bash
# wine-smoke.sh [EXE] — the real Windows build (dist/exe/socongdoan.exe) run under
# Wine 8 (Debian 12) in a fresh Wine prefix, with Windows paths (C:\Users\…):
#   version, demo, members list, report -o X.pdf, export + import, backup + restore,
#   the one-writer lock (a CLI restore while the window holds the file is refused),
#   and the window itself under Xvfb on a 2,000-member demo (screenshot not blank,
#   the register showed its rows).
# Wine 8 lacks bcryptprimitives.dll (ProcessPrng), which Go >= 1.22 needs: a test-only
# shim (scripts/wine/processprng.c) is built with mingw and copied into the prefix's
# system32. It is never shipped. What this proves and does not: README, "Windows".
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$(realpath "${1:-dist/exe/socongdoan.exe}")
[[ -f $exe ]] || { echo "wine-smoke: no $exe (make windows)"; exit 1; }
scripts/deps.sh wine
work=$(mktemp -d)
mkdir -p "$work/home/Documents"
# A home of its own: Wine links C:\Users\<user>\Documents to $HOME/Documents, and the
# smoke run must not write into the real one.
export HOME=$work/home WINEPREFIX=$work/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
cleanup() { wineserver -k 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
t0=$(date +%s.%N)
lap() { printf '  %-44s %5.1f s\n' "$1" "$(echo "$(date +%s.%N) - $t0" | bc)"; }
fail() { echo "wine-smoke: $*"; exit 1; }

x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" \
  scripts/wine/processprng.c scripts/wine/processprng.def -ladvapi32
wineboot -i >/dev/null 2>&1
cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
lap "Wine prefix ready (cold wineboot)"

user=$(id -un)
win='C:\Users\'$user'\Documents'                       # what the app is given
unix=$HOME/Documents                                   # where Wine keeps it
[[ -d $WINEPREFIX/drive_c/users/$user/Documents ]] || fail "no C:\\Users\\$user\\Documents in the prefix"
db="$win\\So Cong doan\\socongdoan.db"                  # a space in the path, as chairs have
run() { wine "$exe" "$@"; }

out=$(run version) || fail "version failed"
echo "$out" | grep -q "Sổ Công đoàn" || fail "version printed: $out"
lap "version: $(echo "$out" | head -1)"

run demo --members 2000 --db "$db" >/dev/null || fail "demo failed"
[[ -f "$unix/So Cong doan/socongdoan.db" ]] || fail "demo did not write C:\\Users\\…\\socongdoan.db"
lap "demo --members 2000 (C:\\Users\\…)"

n=$(run members list --tsv --db "$db" | wc -l)
[[ $n -gt 1000 ]] || fail "members list gave $n lines"
lap "members list: $n lines"

run report members -o "$win\\danh sach.pdf" --db "$db" >/dev/null || fail "report failed"
txt=$(pdftotext "$unix/danh sach.pdf" -)
grep -q "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" <<<"$txt" && grep -q "Đoàn viên công đoàn đến ngày" <<<"$txt" ||
  fail "the PDF lacks its Vietnamese heading"
lap "report members -o C:\\…\\danh sach.pdf (text checked)"

run members export "$win\\xuat.xlsx" --status tat-ca --db "$db" >/dev/null || fail "export failed"
run members import "$win\\xuat.xlsx" --db "$win\\moi.db" >/dev/null || fail "import failed"
m=$(run members list --tsv --status tat-ca --db "$win\\moi.db" | wc -l)
k=$(run members list --tsv --status tat-ca --db "$db" | wc -l)
[[ $m -eq $k ]] || fail "imported $m lines, the register has $k"
lap "export + import of $((k - 1)) members"

run backup -o "$win\\sao luu.db" --db "$db" >/dev/null || fail "backup failed"
run members add --name "Nguyễn Thị Hường" --db "$db" >/dev/null || fail "members add failed"
run restore "$win\\sao luu.db" --db "$db" >/dev/null || fail "restore failed"
r=$(run members list --tsv --status tat-ca --db "$db" | wc -l)
[[ $r -eq $k ]] || fail "after restore $r lines, want $k (the member added after the backup is gone)"
lap "backup + restore"

# The window: under Xvfb, on the 2,000-member demo; then the lock while it runs. The
# wineserver of the commands above has no display: end it so the window gets one.
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
cat >"$work/inside.sh" <<'INNER'
#!/usr/bin/env bash
set -u
exe=$1 db=$2 backup=$3 out=$4
wine "$exe" --db "$db" >"$out.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  grep -q "register: [1-9][0-9]* rows shown" "$out.log" 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "the window exited early:"; cat "$out.log"; exit 1; }
  sleep 0.1
done
sleep 1
import -window root "$out"
# The lock: a second writer while the window holds the file is refused, nothing changed.
wine "$exe" restore "$backup" --db "$db" >"$out.lock" 2>&1
echo "exit=$?" >>"$out.lock"
kill $pid; wineserver -k 2>/dev/null
true
INNER
chmod +x "$work/inside.sh"
xvfb-run -a -s "-screen 0 1366x768x24" "$work/inside.sh" "$exe" "$db" "$win\\sao luu.db" "$work/shot.png"
grep -q "register: [1-9][0-9]* rows shown" "$work/shot.png.log" || fail "the window did not show the register"
colors=$(convert "$work/shot.png" -format "%k" info:)
[[ $colors -gt 50 ]] || fail "the screenshot looks blank ($colors colours)"
mkdir -p dist && cp "$work/shot.png" dist/wine-smoke.png
lap "window: register shown, $colors colours (dist/wine-smoke.png)"
grep -q "exit=1" "$work/shot.png.lock" && grep -q "đang được mở" "$work/shot.png.lock" ||
  fail "a restore while the window runs was not refused: $(cat "$work/shot.png.lock")"
lap "lock: restore refused while the window runs"
echo "wine-smoke: ok"
