#!/usr/bin/env bash
# Benchmark: importing 100,000 indicator values in one file through the API
# (POST /api/partnerships/clackmannanshire/indicator-values). One partnership holds one figure per indicator and
# period, so the app is started with an extra set of 42 monthly indicators (bench/extra-indicators.sh) and the file
# has one row for each of them for every month 1901-2100, cut at 100,000 rows. Passes: all new figures, the same
# file again (all unchanged), then every figure changed (100,000 revisions). Target: under 5 s each.
# Usage: bench/import.sh   (needs curl)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
total=100000
work=$(mktemp -d)
"$here/extra-indicators.sh" 42 "$work/bench-measures.yaml"
export BENCH_APP_ARGS="${BENCH_APP_ARGS:-} --triangulate.demo=true --triangulate.performance.indicator-sets=file:$work/*.yaml"
source "$here/run-app.sh"
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$work"' EXIT

# $1 is added to every numerator, so the second file changes every figure; numerators stay under denominators.
rows() {
  echo "indicator,period,numerator,denominator"
  awk -v bump="$1" -v total="$total" 'BEGIN {
    for (i = 1; i <= 42; i++) for (y = 1901; y <= 2100; y++) for (m = 1; m <= 12; m++) {
      if (++n > total) exit
      printf "bench-%02d,%d-%02d,%d,100\n", i, y, m, n % 80 + 10 + bump
    }
  }'
}
rows 0 >"$work/new.csv"
rows 1 >"$work/changed.csv"
echo "File: $(($(wc -l <"$work/new.csv") - 1)) rows, $(wc -c <"$work/new.csv") bytes"

pass() {
  local out code time
  out=$(curl -s -o "$work/response.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer demo-lead-token" \
    -F "file=@$work/$2;type=text/csv" "$APP_URL/api/partnerships/clackmannanshire/indicator-values")
  read -r code time <<<"$out"
  [[ $code == 200 ]] || { echo "$1: answered $code: $(head -c 600 "$work/response.json")" >&2; exit 1; }
  echo "$1: ${time}s $(cat "$work/response.json")"
}
pass "new figures      " new.csv
pass "same file again  " new.csv
pass "every one revised" changed.csv
