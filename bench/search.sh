#!/usr/bin/env bash
# Benchmark: evidence search over 10,000 generated documents through the API, with several query words;
# every word matches nearly every document, so each request ranks all 10,000 (the worst case).
# Prints requests/s and p50/p95/p99 latency. Target: p95 under 100 ms.
# Usage: bench/search.sh [seconds]   (needs wrk and psql: apt-get install wrk postgresql-client)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-30}
for tool in wrk psql; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 1; }; done
export BENCH_DB_PORT=${BENCH_DB_PORT:-15432}
source "$here/run-app.sh"
trap 'kill $APP_PID 2>/dev/null || true' EXIT
echo "Seeding 10,000 documents..."
PGPASSWORD=postgres psql -q -h 127.0.0.1 -p "$BENCH_DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -f "$here/seed-documents.sql"
wrk -t2 -c20 -d5s -s "$here/search-queries.lua" "$APP_URL" >/dev/null
for connections in 4 20; do
  echo "GET /api/partnerships/stirling/evidence?q=..., 10,000 documents, $connections connections, ${seconds}s"
  wrk -t2 -c$connections -d"${seconds}s" -s "$here/search-queries.lua" "$APP_URL" | sed -n '/^requests:/,$p'
done
