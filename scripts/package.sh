#!/usr/bin/env bash
# package.sh — builds what a chair downloads, into dist/:
#   SoCongDoan-<version>-linux-amd64.tar.xz   fyne package -os linux (binary, .desktop, icon)
#   SoCongDoan-<version>-windows-portable.zip the .exe alone, for people who cannot run installers
#   SoCongDoan-Setup-<version>.exe            per-user NSIS installer (no admin rights)
# The Windows .exe carries its icon, version and manifest (fyne package -os windows).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh package
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
build=$(sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
dist=$PWD/dist
# fyne package rewrites FyneApp.toml (and bumps Build); the repo's copy is the one truth.
cp FyneApp.toml "$dist/.FyneApp.toml.keep" 2>/dev/null || { mkdir -p "$dist"; cp FyneApp.toml "$dist/.FyneApp.toml.keep"; }
trap 'cp "$dist/.FyneApp.toml.keep" FyneApp.toml; rm -f "$dist/.FyneApp.toml.keep" fyne_metadata_init.go' EXIT
# dist/windows holds only what is packaged: makensis matches file names without case on
# Linux, so a socongdoan.exe beside SoCongDoan.exe (make windows) broke "File /oname=…".
mkdir -p "$dist/bin" "$dist/windows"
# The fyne CLI, from its own tool module (SETUP.md: 'go install …@v1.7.0' is refused here).
(cd tools && go build -o "$dist/bin/fyne" fyne.io/tools/cmd/fyne)
fyne=$dist/bin/fyne
name=$(sed -n 's/^ *Name *= *"\(.*\)"/\1/p' FyneApp.toml)
# fyne package sets its own -ldflags, so the build date travels as app metadata.
meta="builddate=$(date -u +%Y-%m-%d)"

echo "== Linux"
"$fyne" package -os linux --release --app-build "$build" --metadata "$meta"
mv "$name.tar.xz" "$dist/SoCongDoan-$version-linux-amd64.tar.xz"

echo "== Windows"
CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CGO_LDFLAGS="-l:libssp.a" \
  "$fyne" package -os windows --release --app-id vn.socongdoan.app --app-build "$build" --metadata "$meta"
mv "$name.exe" "$dist/windows/SoCongDoan.exe"
rm -f fyne_metadata_init.go *.syso 2>/dev/null || true
(cd "$dist/windows" && rm -f ../SoCongDoan-*-windows-portable.zip && zip -q "../SoCongDoan-$version-windows-portable.zip" SoCongDoan.exe)

echo "== Installer"
convert assets/icon.png -define icon:auto-resize=256,128,64,48,32,24,16 "$dist/windows/icon.ico"
makensis -V2 -DVERSION="$version" -DEXE="$dist/windows/SoCongDoan.exe" -DICON="$dist/windows/icon.ico" \
  -DOUT="$dist/SoCongDoan-Setup-$version.exe" packaging/windows/installer.nsi
ls -l "$dist"/SoCongDoan-*
scripts/check-packages.sh "$version"
