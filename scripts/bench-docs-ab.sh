#!/usr/bin/env bash
# bench-docs-ab.sh OLD NEW DB DIR [ROUNDS] — issue 11's document ratios for two builds of
# the app, side by side in one run: each round runs OLD and NEW alternately (which one
# goes first alternates too), so that both see the same load; LibreOffice printing the
# same list from .xlsx runs between rounds. Prints the medians (wall and CPU = user +
# system, children included) and the ratios: PDF ≤ 0.05 × LibreOffice, .docx ≤ 2 × PDF.
#
# A numbered list is printed twice on a fresh copy of DB: the first print runs SQLite's
# full integrity check (the copy has never been checked); the second is the chair
# printing again on a file whose last state was proven (data/sqlite/checked.go).
set -euo pipefail
old=$1 new=$2 db=$3 dir=$4 rounds=${5:-5}
mkdir -p "$dir"
cols=stt,ho-ten,ngay-sinh,gioi-tinh,bo-phan,chuc-vu-cd,ngay-vao-cd
xlsx=$dir/list.xlsx
[[ -f $xlsx ]] || "$new" members export "$xlsx" --columns "$cols" --db "$db" >/dev/null 2>&1 ||
  "$new" members export "$xlsx" --db "$db" >/dev/null
lo=$dir/lo
rm -rf "$lo" && mkdir -p "$lo"
times=$dir/times.txt
: >"$times"
# run NAME KIND CMD…: appends "NAME KIND wall cpu" to $times.
run() {
  local name=$1 kind=$2
  shift 2
  /usr/bin/time -f "%e %U %S" -o "$dir/t" "$@" >/dev/null 2>&1 || { echo "FAILED: $*" >&2; return 1; }
  awk -v n="$name" -v k="$kind" '{printf "%s %s %.3f %.3f\n", n, k, $1, $2 + $3}' "$dir/t" >>"$times"
}
# one NAME BIN: the four documents of one build.
one() {
  local name=$1 bin=$2 copy=$dir/numbered-$1.db
  run "$name" draft "$bin" report members --draft --db "$db" -o "$dir/$name.pdf"
  rm -f "$copy" "$copy".*
  cp "$db" "$copy"
  run "$name" numbered-first "$bin" report members --db "$copy" -o "$dir/$name-n1.pdf"
  run "$name" numbered-again "$bin" report members --db "$copy" -o "$dir/$name-n2.pdf"
  rm -f "$copy" "$copy"-* "$copy".*
  run "$name" docx "$bin" report members --draft --db "$db" -o "$dir/$name.docx"
}
soffice -env:UserInstallation="file://$lo/profile" --headless --convert-to pdf --outdir "$lo" "$xlsx" >/dev/null 2>&1 || true
for ((i = 1; i <= rounds; i++)); do
  if ((i % 2)); then one old "$old"; one new "$new"; else one new "$new"; one old "$old"; fi
  if ((i % 2)) || ((i == rounds)); then
    run lo lo soffice -env:UserInstallation="file://$lo/profile" --headless --convert-to pdf --outdir "$lo" "$xlsx"
  fi
done
printf "Trang: LibreOffice %s, Sổ Công đoàn %s\n" "$(pdfinfo "$lo/list.pdf" | awk '/^Pages/{print $2}')" "$(pdfinfo "$dir/new.pdf" | awk '/^Pages/{print $2}')"
awk '
  { wall[$1" "$2] = wall[$1" "$2] " " $3; cpu[$1" "$2] = cpu[$1" "$2] " " $4 }
  function median(s,   a, n, i, j, t) {
    n = split(s, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    lw = median(wall["lo lo"]); lc = median(cpu["lo lo"])
    printf "LibreOffice .xlsx → PDF: %.2f s (CPU %.2f s), trung vị của %d lần\n", lw, lc, split(wall["lo lo"], x, " ")
    split("draft numbered-first numbered-again docx", kinds, " ")
    label["draft"] = "PDF bản nháp"; label["numbered-first"] = "PDF có số, lần đầu (kiểm tra đầy đủ)"
    label["numbered-again"] = "PDF có số, in tiếp (tệp đã kiểm tra)"; label["docx"] = "Word .docx (bản nháp)"
    for (v = 1; v <= 2; v++) {
      b = v == 1 ? "old" : "new"
      printf "\n%s:\n", b == "old" ? "Bản cũ (OLD)" : "Bản mới (NEW)"
      for (k = 1; k <= 4; k++) {
        key = b " " kinds[k]; w = median(wall[key]); c = median(cpu[key])
        W[key] = w; C[key] = c
        if (kinds[k] == "docx")
          printf "  %-40s %6.2f s (CPU %5.2f s)  / PDF: %.2f (CPU %.2f), mục tiêu ≤ 2: %s\n", label[kinds[k]], w, c, w / W[b " draft"], c / C[b " draft"], (c / C[b " draft"] <= 2 && w / W[b " draft"] <= 2 ? "đạt" : "CHƯA ĐẠT")
        else
          printf "  %-40s %6.2f s (CPU %5.2f s)  / LibreOffice: %.3f (CPU %.3f), mục tiêu ≤ 0,05: %s\n", label[kinds[k]], w, c, w / lw, c / lc, (c / lc <= 0.05 ? "đạt theo CPU" : "CHƯA ĐẠT theo CPU")
      }
    }
  }' "$times"
echo "(tải máy lúc đo: $(cut -d' ' -f1-3 /proc/loadavg); $rounds vòng xen kẽ)"
