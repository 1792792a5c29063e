#!/usr/bin/env bash
# Gateway benchmark: p50/p99 latency and throughput of a nested query (a run's personas with their
# segment and the run's survey) through the gateway, against the same data fetched from the services
# directly, with wrk (Debian package `wrk`). Needs the suite running: start ./scripts/run.sh first and
# wait for "The suite is running". Then: ./scripts/bench-gateway.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
conns=${2:-8}
kc=http://127.0.0.1:8180/realms/psychograph/protocol/openid-connect/token
token=$(curl -sf -d grant_type=password -d client_id=psychograph-cli -d username=alice -d password=alice "$kc" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
survey=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"query":"{ surveys(first: 1) { edges { node { id } } } }"}' http://127.0.0.1:8081/graphql \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
run=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"query\":\"{ runs(surveyId: \\\"$survey\\\", first: 1) { edges { node { id } } } }\"}" http://127.0.0.1:8082/graphql \
  | sed 's/.*"id":"\([^"]*\)".*/\1/')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lua() { # $1 file, $2 JSON body
  cat > "$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '$2'
done = function(summary, latency, requests)
  io.write(string.format("RESULT p50=%.2fms p99=%.2fms rps=%.1f errors=%d\\n", latency:percentile(50)/1000,
    latency:percentile(99)/1000, summary.requests/(summary.duration/1e6), summary.errors.status + summary.errors.timeout))
end
LUA
}
lua "$work/gateway.lua" "{\"query\":\"{ run(id: \\\\\"$run\\\\\") { survey { title } personas { name segment { label size } } } }\"}"
lua "$work/personas.lua" "{\"query\":\"{ personas(runId: \\\\\"$run\\\\\") { name segmentNumber } }\"}"
lua "$work/run.lua" "{\"query\":\"{ run(id: \\\\\"$run\\\\\") { segments { number label size } } }\"}"
lua "$work/survey.lua" "{\"query\":\"{ survey(id: \\\\\"$survey\\\\\") { title } }\"}"
for target in "gateway 8080" "personas 8083" "run 8082" "survey 8081"; do
  set -- $target
  wrk -t2 -c"$conns" -d"${secs}s" -s "$work/$1.lua" "http://127.0.0.1:$2/graphql" > /dev/null  # warm-up
  printf '%-9s ' "$1"; wrk -t2 -c"$conns" -d"${secs}s" -s "$work/$1.lua" "http://127.0.0.1:$2/graphql" | grep RESULT
done
echo "idle memory (RSS) and start-up of each service:"
for log in .devstack/logs/*-service.log .devstack/logs/gateway.log; do
  name=$(basename "$log" .log)
  pid=$(pgrep -f "$name/target/quarkus-app/quarkus-run.jar" | head -n 1)
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f MB", $1/1024}')
  printf '  %-22s %s, %s\n' "$name" "$rss" "$(grep -o 'started in [0-9.]*s' "$log" | tail -n 1)"
done
