#!/usr/bin/env bash
# Benchmark: the pages people use once signed in, each under 10 concurrent connections, on the demo data.
# Signs in through the form as Clackmannanshire's partnership lead (CSRF token, session cookie kept), warms the
# JVM on every page, then measures each page in turn and prints one table: requests/s and p50/p95/p99 latency.
# Target: p95 under 50 ms for every page on a 2-core machine.
# Usage: bench/signed-in.sh [seconds per page] [seconds of warm-up]   (defaults 30 and 60; needs wrk)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-30}
warmup=${2:-60}
connections=${BENCH_CONNECTIONS:-10}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
# Demo mode (on by default with the embedded database) gives the demo accounts, their tokens, figures and a cycle.
export BENCH_APP_ARGS="${BENCH_APP_ARGS:-} --triangulate.demo=true"
source "$here/run-app.sh"
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$work"' EXIT

token="Authorization: Bearer demo-lead-token"
partnership="$APP_URL/partnerships/clackmannanshire"
# Until the demo data has loaded the application answers 503; wait for its readiness probe.
for _ in $(seq 1 180); do
  curl -fs "$APP_URL/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && break
  sleep 1
done

# Signed in through the form, as a browser would (sign_in, in run-app.sh).
session=$(sign_in demo-lead "$work")
signed_in="Cookie: SESSION=$session"

# The demo self-evaluation cycle with its position statement.
cycle=$(curl -fs -H "$signed_in" "$partnership/cycles" | grep -o '/cycles/[0-9][0-9]*' | head -1 | cut -d/ -f3 || true)
[[ -n $cycle ]] || { echo "the demo data did not load (no cycle on $partnership/cycles)" >&2; exit 1; }

# name | path | header ("-" for none)
pages=(
  "framework indicator, anonymous|/frameworks/qif-2018/indicators/5.2|-"
  "framework indicator, signed in|/frameworks/qif-2018/indicators/5.2|$signed_in"
  "framework indicator API, anonymous|/api/frameworks/qif-2018/indicators/5.2|-"
  "framework indicator API, API token|/api/frameworks/qif-2018/indicators/5.2|$token"
  "performance dashboard|/partnerships/clackmannanshire/performance|$signed_in"
  "indicator page with charts|/partnerships/clackmannanshire/performance/indicators/ird-to-planning-meeting|$signed_in"
  "position statement overview|/partnerships/clackmannanshire/cycles/$cycle/position-statement|$signed_in"
)

# A page's header as arguments for curl and wrk ("-" for none).
header_args() { if [[ $1 == "-" ]]; then args=(); else args=(-H "$1"); fi; }

# Each page must answer 200 (not a redirect to the sign-in page) before it is measured.
for row in "${pages[@]}"; do
  IFS='|' read -r name path header <<<"$row"
  header_args "$header"
  status=$(curl -s -o /dev/null -w '%{http_code}' "${args[@]}" "$APP_URL$path")
  [[ $status == 200 ]] || { echo "GET $path ($name) answered $status" >&2; exit 1; }
done

# Warm up the JIT, the connection pool and the caches on every page, the warm-up shared between them. wrk's own
# 2 s timeout would count a slow page as an error rather than measure it, so it is raised.
each=$(( (warmup + ${#pages[@]} - 1) / ${#pages[@]} ))
for row in "${pages[@]}"; do
  IFS='|' read -r name path header <<<"$row"
  header_args "$header"
  wrk -t2 -c"$connections" -d"${each}s" --timeout 30s "${args[@]}" "$APP_URL$path" >/dev/null
done

echo "$connections connections, ${seconds}s a page, after ${warmup}s of warm-up"
printf '%-34s %10s %7s %9s %9s %9s\n' "page" "requests/s" "errors" "p50 ms" "p95 ms" "p99 ms"
for row in "${pages[@]}"; do
  IFS='|' read -r name path header <<<"$row"
  header_args "$header"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 30s "${args[@]}" -s "$here/wrk-percentiles.lua" "$APP_URL$path" \
    >"$work/out"
  awk -v name="$name" -F': ' '
    /^requests: / { split($0, r, /[:,] /); errors = r[4] }
    /^requests\/s: / { rps = $2 }
    /^p50: / { p50 = $2 + 0 } /^p95: / { p95 = $2 + 0 } /^p99: / { p99 = $2 + 0 }
    END { printf "%-34s %10.1f %7d %9.2f %9.2f %9.2f\n", name, rps, errors, p50, p95, p99 }' "$work/out"
done
