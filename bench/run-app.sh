#!/usr/bin/env bash
# Starts Triangulate from the built jar on a fresh embedded database for a benchmark; prints its port.
# Usage: source bench/run-app.sh   (sets APP_PID and APP_URL; stop with: kill $APP_PID)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
(cd "$root" && ./mvnw -q -B -ntp -DskipTests package)
jar=$(ls "$root"/target/triangulate-*.jar | grep -v original | head -1)
port=${BENCH_PORT:-18080}
data=$(mktemp -d)
java -Xmx2g -jar "$jar" --server.port="$port" --triangulate.embedded-database.directory="$data/postgres" \
  --triangulate.embedded-database.port="${BENCH_DB_PORT:-0}" --triangulate.storage.directory="$data/files" \
  --logging.level.root=WARN ${BENCH_APP_ARGS:-} >"$data/app.log" 2>&1 &
APP_PID=$!
APP_URL="http://127.0.0.1:$port"
# A busy machine may need longer: BENCH_START_SECONDS (default 120).
for _ in $(seq 1 "${BENCH_START_SECONDS:-120}"); do
  if curl -fs "$APP_URL/actuator/health" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "$APP_URL/actuator/health" >/dev/null || {
  echo "Triangulate did not start; see $data/app.log" >&2
  kill "$APP_PID" 2>/dev/null || true
  exit 1
}
export APP_PID APP_URL

# Signs in through the form as a browser would (the sign-in page sets a session and carries its CSRF token) and
# prints the SESSION cookie's value. Usage: session=$(sign_in demo-lead "$work")
sign_in() {
  local username=$1 jar="$2/cookies-$1.txt" csrf landing session
  csrf=$(curl -fs -c "$jar" "$APP_URL/login" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
  [[ -n $csrf ]] || { echo "no CSRF token on the sign-in page" >&2; return 1; }
  landing=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=$username" --data-urlencode "password=triangulate-demo" "$APP_URL/login")
  [[ $landing != *"/login"* ]] || { echo "sign-in refused (redirected to $landing)" >&2; return 1; }
  session=$(awk '$6 == "SESSION" { print $7 }' "$jar" | tail -1)
  [[ -n $session ]] || { echo "no SESSION cookie after signing in" >&2; return 1; }
  echo "$session"
}
