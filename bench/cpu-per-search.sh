#!/bin/bash
# The server's CPU time per search under the load mix, and the static baseline in the same run
# (docs/benchmarks.md, section 2, "Turns on the cores"). Starts a fresh server from SERVER_DIR
# (selvhjelp-server.jar and lib/) on DATA (10,000 groups imported, see docs/load.md), warms it
# with the mix, then measures 25 s of the mix on 32 connections, reading the server's CPU time
# from /proc around it, and 15 s of GET /widget.js. One line to stdout; extra server options in
# SERVER_OPTS.
#   SERVER_DIR=server/target DATA=/tmp/load-data bench/cpu-per-search.sh
set -euo pipefail
: "${SERVER_DIR:?the directory of selvhjelp-server.jar}" "${DATA:?the data directory of the server}"
BENCH=$(cd "$(dirname "$0")" && pwd)/target
CP="$BENCH/selvhjelp-bench.jar:$BENCH/lib/*"
PORT=${PORT:-18080}
URL=http://127.0.0.1:$PORT
java -Xms1g -Xmx1g -jar "$SERVER_DIR/selvhjelp-server.jar" --port "$PORT" --data "$DATA" --no-demo \
  --search-cache 0 --rate-limit 0 --trust-proxy ${SERVER_OPTS:-} > /tmp/cpu-per-search-server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/health" > /dev/null && break; sleep 1; done
java -cp "$CP" no.selvhjelp.finder.bench.EndpointLoad "$URL" "${WARM_SECONDS:-40}" > /dev/null
ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
HZ=$(getconf CLK_TCK)
BEFORE=$(ticks)
SEARCH=$(java -cp "$CP" no.selvhjelp.finder.bench.EndpointLoad "$URL" 25 search)
AFTER=$(ticks)
STATIC=$(java -cp "$CP" no.selvhjelp.finder.bench.EndpointLoad "$URL" 15 static)
REQUESTS=$(echo "$SEARCH" | awk -F'|' '{gsub(/[ ,]/, "", $3); print $3}')
PER_SEARCH=$(awk -v t=$((AFTER - BEFORE)) -v hz="$HZ" -v n="$REQUESTS" 'BEGIN { printf "%.2f ms", t * 1000 / hz / n }')
echo "$(date -u +%H:%M) $SEARCH server CPU per search: $PER_SEARCH $STATIC"
