#!/usr/bin/env bash
# deps.sh — install the Debian packages the build, the tests and the screenshots need.
# Idempotent: apt runs only when a package is missing (see ../shared/SETUP.md).
# usage: scripts/deps.sh [build|test|windows|wine|package|bench|all]   (default: all)
set -euo pipefail
want=${1:-all}
build=(ca-certificates gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev
  libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev libxkbcommon-dev)
test=(xvfb xauth x11-utils x11-apps imagemagick dbus-x11 xdotool poppler-utils qpdf bc time
  libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation)
windows=(gcc-mingw-w64-x86-64)
package=(nsis zip unzip p7zip-full imagemagick file)
# Windows smoke run (scripts/wine-smoke.sh): 64-bit Wine 8 only, no i386 architecture needed.
wine=(wine wine64 gcc-mingw-w64-x86-64 xvfb xauth imagemagick poppler-utils bc)
bench=(libreoffice-calc-nogui) # make bench only: the reference of the import ratio (issue 12 item 9)
case $want in
  build) pkgs=("${build[@]}") ;;
  test) pkgs=("${build[@]}" "${test[@]}") ;;
  windows) pkgs=("${build[@]}" "${windows[@]}") ;;
  package) pkgs=("${build[@]}" "${windows[@]}" "${package[@]}") ;;
  wine) pkgs=("${wine[@]}") ;;
  bench) pkgs=("${build[@]}" "${test[@]}" "${bench[@]}") ;;
  all) pkgs=("${build[@]}" "${test[@]}" "${windows[@]}") ;;
  *) echo "usage: $0 [build|test|windows|wine|package|bench|all]" >&2; exit 2 ;;
esac
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "Cài đặt gói còn thiếu / installing: ${missing[*]}"
sudo=; [[ $(id -u) -ne 0 ]] && sudo=sudo
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
