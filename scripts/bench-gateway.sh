#!/usr/bin/env bash
# Gateway benchmark: latency and throughput of a nested query (a run with its survey's title and its
# personas, each with its segment) through the gateway, against the same data fetched from the services
# directly, with wrk (Debian package `wrk`). Needs the suite running: start ./scripts/run.sh first and wait
# for "The suite is running". Then: ./scripts/bench-gateway.sh [seconds-per-measurement] [warm-up-seconds]
#
# The direct side sends the very requests the gateway sends for that query (same selections): run, then
# personasOfRuns and surveysByIds (one level, in parallel through the gateway), then runsByIds for the
# personas' segments. The gateway's overhead is its latency minus that of its critical path
# (run + personasOfRuns + runsByIds), measured one request at a time (-c1) so that queueing on the shared
# 2 cores does not count as overhead; throughput is measured with 8 connections.
#
# Then a client that fetches the same data from the services directly, sending those four requests in the order
# their data forces (scripts/bench/GatewayVsDirect.java), alternates with the gateway query one exchange at a
# time: the gateway's overhead against a real direct client. The sum above understates the direct side: each
# request measured back to back by wrk finds its service hot, which a client's dependent requests do not.
#
# The JVMs must be warm: the first minute under load is mostly JIT compilation on 2 cores (a cold gateway
# measures 10-30 times slower), hence the long warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-15}
warm=${2:-60}
kc=http://127.0.0.1:8180/realms/psychograph/protocol/openid-connect/token
token=$(curl -sf -d grant_type=password -d client_id=psychograph-cli -d username=alice -d password=alice "$kc" \
  | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
ask() { # $1 port, $2 query (JSON-escaped)
  curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"query\":\"$2\"}" \
    "http://127.0.0.1:$1/graphql"
}
survey=$(ask 8081 '{ surveys(first: 1) { edges { node { id } } } }' | sed 's/.*"id":"\([^"]*\)".*/\1/')
run=$(ask 8082 "{ runs(surveyId: \\\"$survey\\\", first: 1) { edges { node { id } } } }" | sed 's/.*"id":"\([^"]*\)".*/\1/')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lua() { # $1 name, $2 query (with \" for quotes)
  local body=${2//\\\"/\\\\\"}
  cat > "$work/$1.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '{"query":"$body"}'
done = function(summary, latency, requests)
  io.write(string.format("%.2f %.2f %.1f %d\\n", latency:percentile(50)/1000, latency:percentile(99)/1000,
    summary.requests/(summary.duration/1e6), summary.errors.status + summary.errors.timeout))
end
LUA
}
scripts() { # (re)writes the request files with a fresh token: Keycloak's access tokens live 5 minutes
  token=$(curl -sf -d grant_type=password -d client_id=psychograph-cli -d username=alice -d password=alice "$kc" \
    | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  lua gateway "{ run(id: \\\"$run\\\") { survey { title } personas { name segment { label size } } } }"
  lua run "query run { run(id: \\\"$run\\\") { id surveyId } }"
  lua personasOfRuns "query personasOfRuns { personasOfRuns(runIds: [\\\"$run\\\"]) { id runId segmentId name } }"
  lua runsByIds "query runsByIds { runsByIds(ids: [\\\"$run\\\"]) { id surveyId segments { id runId label size } } }"
  lua surveysByIds "query surveysByIds { surveysByIds(ids: [\\\"$survey\\\"]) { id title } }"
}
port() { case $1 in gateway) echo 8080;; run|runsByIds) echo 8082;; personasOfRuns) echo 8083;; *) echo 8081;; esac; }
measure() { # $1 target, $2 connections, $3 seconds -> "p50 p99 rps errors"
  scripts
  wrk -t1 -c"$2" -d"$3s" -s "$work/$1.lua" "http://127.0.0.1:$(port "$1")/graphql" | tail -n 1
}
echo "warming up (${warm}s through the gateway, then 10s per direct request)..."
for ((w = 0; w < warm; w += 60)); do measure gateway 8 60 > /dev/null; done  # fresh token each minute
for t in run personasOfRuns runsByIds surveysByIds; do measure "$t" 8 10 > /dev/null; done

printf '%-15s %10s %10s %12s %12s\n' target "p50 (c1)" "p99 (c1)" "req/s (c1)" "req/s (c8)"
declare -A p50 p99
for t in gateway run personasOfRuns runsByIds surveysByIds; do
  read -r a b r1 e1 < <(measure "$t" 1 "$secs")
  read -r _ _ r8 e8 < <(measure "$t" 8 "$secs")
  p50[$t]=$a; p99[$t]=$b
  printf '%-15s %8s ms %8s ms %12s %12s%s\n' "$t" "$a" "$b" "$r1" "$r8" \
    "$( (( e1 + e8 > 0 )) && echo "  ($((e1 + e8)) errors)")"
done
awk -v g50="${p50[gateway]}" -v g99="${p99[gateway]}" \
    -v r50="${p50[run]}" -v p50="${p50[personasOfRuns]}" -v b50="${p50[runsByIds]}" \
    -v r99="${p99[run]}" -v p99="${p99[personasOfRuns]}" -v b99="${p99[runsByIds]}" \
    'BEGIN { d50 = r50 + p50 + b50; d99 = r99 + p99 + b99;
             printf "direct critical path (run + personasOfRuns + runsByIds): p50 %.2f ms, p99 %.2f ms\n", d50, d99;
             printf "gateway overhead against that sum: p50 %.2f ms, p99 %.2f ms\n", g50 - d50, g99 - d99 }'
echo
echo "against a client fetching the same data directly (one exchange at a time, alternating, ${secs}s x 4):"
java scripts/bench/GatewayVsDirect.java "$run" $((secs * 4)) 10
