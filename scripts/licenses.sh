#!/usr/bin/env bash
# licenses.sh — writes assets/licenses/go-modules.txt: the licence text of every Go
# module compiled into socongdoan (Windows and Linux builds), for the About screen.
# Run after changing dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
out=assets/licenses/go-modules.txt
mods=$( (go list -deps -f '{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}' .;
         GOOS=windows CGO_ENABLED=1 go list -deps -f '{{with .Module}}{{if not .Main}}{{.Path}} {{.Version}} {{.Dir}}{{end}}{{end}}' .) | sort -u)
{
  echo "Thư viện Go được biên dịch vào Sổ Công đoàn và giấy phép của chúng."
  echo "Go libraries compiled into Sổ Công đoàn, with their licences."
  echo
  while read -r path version dir; do
    [[ -z $path ]] && continue
    lic=$(ls "$dir" | grep -iE '^(licen[cs]e|copying)(\.md|\.txt)?$' | head -1 || true)
    echo "================================================================"
    echo "$path $version"
    echo "================================================================"
    if [[ -n $lic ]]; then cat "$dir/$lic"; else echo "(no licence file in the module)"; fi
    echo
  done <<<"$mods"
} >"$out"
echo "$(grep -c '^====' "$out" | awk '{print $1/2}') modules -> $out"
