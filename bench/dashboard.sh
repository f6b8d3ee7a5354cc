#!/usr/bin/env bash
# Benchmark: a partnership's performance dashboard (every indicator with its latest figure, signals and
# comparators) under 20 concurrent connections, signed in as Clackmannanshire's partnership lead. Besides the
# shipped indicators with the demo data's figures, the app reads an extra set of 38 monthly indicators
# (bench/extra-indicators.sh) and every partnership gets 48 months of figures for each, so the page shows 50
# indicators. Prints how many it showed, one request alone, then requests/s and p50/p95/p99 latency.
# Target: under 200 ms.
# Usage: bench/dashboard.sh [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-30}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
# Demo mode (on by default with the embedded database) gives the demo accounts and every partnership's figures.
"$here/extra-indicators.sh" 38 "$work/bench-measures.yaml"
export BENCH_APP_ARGS="${BENCH_APP_ARGS:-} --triangulate.demo=true --triangulate.performance.indicator-sets=file:$work/*.yaml"
source "$here/run-app.sh"
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$work"' EXIT

# 48 months of figures for every extra indicator, for every partnership, so comparators have data.
for p in $(curl -fs -H "Authorization: Bearer demo-admin-token" "$APP_URL/api/partnerships" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
  awk -v seed="${#p}" 'BEGIN { srand(seed); print "indicator,period,numerator,denominator"
    for (i = 1; i <= 38; i++) for (k = 0; k < 48; k++) {
      y = 2022 + int((k + 10) / 12); m = (k + 10) % 12 + 1; d = 20 + int(rand() * 20)
      printf "bench-%02d,%d-%02d,%d,%d\n", i, y, m, int(d * (0.6 + rand() * 0.35)), d
    } }' >"$work/$p.csv"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer demo-admin-token" \
    -F "file=@$work/$p.csv;type=text/csv" "$APP_URL/api/partnerships/$p/indicator-values")
  [[ $code == 200 ]] || { echo "importing $p's figures answered $code" >&2; exit 1; }
done

# Signed in through the form, as a browser would (sign_in, in run-app.sh).
session=$(sign_in demo-lead "$work")

page="$APP_URL/partnerships/clackmannanshire/performance"
status=$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: SESSION=$session" "$page")
[[ $status == 200 ]] || { echo "GET $page answered $status" >&2; exit 1; }
shown=$(grep -o 'id="indicator-[a-z0-9-]*"' "$work/page.html" | wc -l)
empty=$(sed -n '/id="without-data"/,/<\/ul>/p' "$work/page.html" | grep -c '<li' || true)
echo "The dashboard shows $shown indicators with figures and lists $empty without ($(wc -c <"$work/page.html") bytes)"

# Warm up the JIT and the connection pool before measuring. wrk's own 2 s timeout would count a slow page as an
# error rather than measure it, so it is raised.
wrk -t2 -c20 -d10s --timeout 30s -H "Cookie: SESSION=$session" "$page" >/dev/null
echo "One request alone: $(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: SESSION=$session" "$page") s"
echo "GET /partnerships/clackmannanshire/performance, signed in, 20 connections, ${seconds}s"
wrk -t2 -c20 -d"${seconds}s" --timeout 30s -H "Cookie: SESSION=$session" -s "$here/wrk-percentiles.lua" "$page" \
  | sed -n '/^requests:/,$p'
