#!/usr/bin/env bash
# fuzz.sh [TIME] — run every go test -fuzz target of the parsers for TIME each
# (default 60s): every parser of what a chair types or brings in — the CSV and xlsx
# readers, the worksheet XML scanner, the template reader, the header guesser, the
# date and number readers, the name splitter, the search fold and the legacy-encoding
# converter.
# Their seed corpora are committed under testdata/fuzz; a failure adds its input there.
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-60s}
targets=(
  data/xlsx:FuzzReadCSV
  data/xlsx:FuzzReadXLSX
  data/xlsx:FuzzSheetXML
  data/xlsx:FuzzParseDateCell
  data/xlsx:FuzzFillTemplate
  data/xlsx:FuzzGuess
  data/vn:FuzzParseDate
  data/vn:FuzzSplitFullName
  data/vn:FuzzLegacy
  data/vn:FuzzFold
  data/vn:FuzzParseInt
)
for t in "${targets[@]}"; do
  pkg=${t%%:*} name=${t#*:}
  echo "=== $name ($pkg, $time)"
  # -fuzzminimizetime: Go minimizes every new interesting input for up to a minute
  # by default, and does not count those runs: on the xlsx reader (a 7 KB zip seed)
  # that stalled the target at a handful of inputs a minute. One second each keeps
  # it at tens of thousands a minute (issue 10 §8).
  go test -run '^$' -fuzz "^${name}\$" -fuzztime "$time" -fuzzminimizetime 1s "./$pkg"
done
