#!/usr/bin/env bash
# Benchmark: the framework explorer's indicator page under 100 concurrent connections.
# Prints requests/s and p50/p95/p99 latency. Target: p95 under 50 ms on a 2-core machine.
# Usage: bench/indicator-page.sh [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-30}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
source "$here/run-app.sh"
trap 'kill $APP_PID 2>/dev/null || true' EXIT
page="$APP_URL/frameworks/qif-2018/indicators/5.2"
# Warm up the JIT and the connection pool before measuring.
wrk -t2 -c20 -d10s "$page" >/dev/null
echo "GET /frameworks/qif-2018/indicators/5.2, 100 connections, ${seconds}s"
wrk -t2 -c100 -d"${seconds}s" -s "$here/wrk-percentiles.lua" "$page" | sed -n '/^requests:/,$p'
