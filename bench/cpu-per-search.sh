#!/bin/bash
# The server's CPU time per search under the load mix, and the static baseline in the same run
# (docs/benchmarks.md, section 2, "Turns on the cores", "What a search costs the machine").
# Starts a fresh server from SERVER_DIR (selvhjelp-server.jar and lib/) on DATA (10,000 groups
# imported, see docs/load.md), warms it with the mix, then measures 25 s of the mix on 32
# connections, reading the server's CPU time from /proc around it, and 15 s of GET /widget.js,
# measured the same way. Extra server options in SERVER_OPTS; the server's output goes to $LOG.
#   SERVER_DIR=server/target DATA=/tmp/load-data bench/cpu-per-search.sh
# Prints one line: the time, then for the mix and for the static file its result, the server's
# CPU time per request (from /proc, around the run) and the client's (its own process, during the
# run); each result is | endpoint | requests | errors | requests a second | p50 ms | p99 ms | p99.9 ms |.
set -euo pipefail
fail() {
  echo "cpu-per-search: $*" >&2
  exit 2
}
[ -n "${SERVER_DIR:-}" ] || fail "set SERVER_DIR to the directory of selvhjelp-server.jar (e.g. server/target)"
[ -n "${DATA:-}" ] || fail "set DATA to the server's data directory, with the groups imported (docs/load.md)"
[ -d "$DATA/index" ] || fail "$DATA holds no index: import the groups first (docs/load.md)"
[ -f "$SERVER_DIR/selvhjelp-server.jar" ] || fail "no selvhjelp-server.jar in $SERVER_DIR (build with mvn install)"
BENCH=$(cd "$(dirname "$0")" && pwd)/target
[ -f "$BENCH/selvhjelp-bench.jar" ] || fail "no $BENCH/selvhjelp-bench.jar (build with mvn install)"
CP="$BENCH/selvhjelp-bench.jar:$BENCH/lib/*"
PORT=${PORT:-18080}
URL=http://127.0.0.1:$PORT
LOG=${LOG:-/tmp/cpu-per-search-server.log}
if curl -s -o /dev/null "$URL/health"; then
  fail "something already answers on port $PORT: stop it, or set PORT"
fi
java -Xms1g -Xmx1g -jar "$SERVER_DIR/selvhjelp-server.jar" --port "$PORT" --data "$DATA" --no-demo \
  --search-cache 0 --rate-limit 0 --trust-proxy ${SERVER_OPTS:-} > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "$URL/health" > /dev/null && break
  kill -0 "$PID" 2>/dev/null || fail "the server stopped while starting; its output: $LOG"
  sleep 1
done
curl -sf "$URL/health" > /dev/null || fail "the server did not start within 120 s; its output: $LOG"
java -cp "$CP" no.selvhjelp.finder.bench.EndpointLoad "$URL" "${WARM_SECONDS:-40}" > /dev/null
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
HZ=$(getconf CLK_TCK)
# One endpoint's run: its result line, the server's CPU per request, and the client's own.
measure() {
  local before after out requests
  before=$(ticks)
  out=$(java -cp "$CP" no.selvhjelp.finder.bench.EndpointLoad "$URL" "$1" "$2")
  after=$(ticks)
  requests=$(echo "$out" | head -1 | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3}')
  # A line on 429 answers, if any, follows the result.
  printf '%s server CPU per request: %s, client: %s%s' "$(echo "$out" | head -1)" \
    "$(awk -v t=$((after - before)) -v hz="$HZ" -v n="$requests" 'BEGIN { printf "%.2f ms", t * 1000 / hz / n }')" \
    "$(echo "$out" | grep '^client CPU' | awk '{print $5, $6}')" \
    "$(echo "$out" | grep -m1 ' were 429 ' | sed 's/^/ (/; s/$/)/' || true)"
}
SEARCH=$(measure 25 search)
STATIC=$(measure 15 static)
echo "$(date -u +%H:%M) $SEARCH $STATIC"
