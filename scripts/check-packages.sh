#!/usr/bin/env bash
# check-packages.sh VERSION — checks what scripts/package.sh made: the installer is a PE
# file (NSIS) holding the app, the app .exe carries its icon, version and manifest, the
# portable zip holds the .exe, and the Linux archive has the binary, .desktop and icon.
set -euo pipefail
cd "$(dirname "$0")/.."
v=$1
fail() { echo "check-packages: $*" >&2; exit 1; }
setup=dist/SoCongDoan-Setup-$v.exe
exe=dist/windows/SoCongDoan.exe
file "$setup" | grep -q "PE32.*Nullsoft Installer" || fail "$setup is not an NSIS PE installer"
# Listings are read into a variable first: with pipefail, `lister | grep -q` fails at
# random when grep stops early and the lister dies of SIGPIPE (CI of stop 9 did).
setup_list=$(7z l "$setup")
grep -q " SoCongDoan.exe$" <<<"$setup_list" || fail "the installer does not contain SoCongDoan.exe"
file "$exe" | grep -q "PE32+ executable (GUI) x86-64" || fail "$exe is not a 64-bit Windows GUI program"
res=$(7z l "$exe")
grep -q ".rsrc/ICON/" <<<"$res" || fail "the .exe has no icon"
grep -q ".rsrc/MANIFEST/" <<<"$res" || fail "the .exe has no manifest"
grep -q "FileVersion: $v" <<<"$res" || fail "the .exe does not carry version $v"
zip_list=$(unzip -l "dist/SoCongDoan-$v-windows-portable.zip")
grep -q " SoCongDoan.exe$" <<<"$zip_list" || fail "the portable zip lacks the .exe"
tgz=dist/SoCongDoan-$v-linux-amd64.tar.xz
list=$(tar -tJf "$tgz")
for f in usr/local/bin/socongdoan usr/local/share/applications/vn.socongdoan.app.desktop usr/local/share/pixmaps/vn.socongdoan.app.png; do
  grep -qx "$f" <<<"$list" || fail "$tgz lacks $f"
done
desktop=$(tar -xJOf "$tgz" usr/local/share/applications/vn.socongdoan.app.desktop)
grep -q "^Name=Sổ Công đoàn$" <<<"$desktop" || fail "the .desktop file has the wrong name"
echo "check-packages: ok — installer, .exe (icon, manifest, version $v), portable zip, Linux archive"
