#!/usr/bin/env bash
# Start-up time and idle memory of each service in JVM mode. Needs the suite running (./scripts/run.sh):
# starts one more instance of each service, alone on an otherwise idle machine, with the running instance's
# settings (database, Keycloak, service URLs) on a spare port, and measures the time from launch until
# /q/health/ready answers UP (what a Kubernetes readiness probe waits for), then its RSS after 2 s idle.
# Usage: ./scripts/bench-startup.sh [extra JVM options]
# It runs the JVM the running instance runs on (JAVA=<java binary> for another) with the main job's start-up cache
# of the service (.devstack/aot/, see docs/operations.md) when there is one; CACHE=none starts without it.
# SERVICES="a b" limits the services.
set -euo pipefail
cd "$(dirname "$0")/.."
port=9301
for svc in ${SERVICES:-survey-service segmentation-service persona-service gateway}; do
  pid=$(pgrep -f "$svc/target/quarkus-app/quarkus-run.jar" | head -n 1)
  mapfile -d '' environment < "/proc/$pid/environ"
  settings=()
  for e in "${environment[@]}"; do [[ $e == QUARKUS_* || $e == PSYCHOGRAPH_* ]] && settings+=("$e"); done
  java=${JAVA:-$(readlink "/proc/$pid/exe")}
  cache=()
  if [[ ${CACHE:-} != none ]]; then
    # the same jar path as the main job's, or the JVM finds the cache does not fit
    for c in .devstack/aot/"$svc"-*.aot; do [[ -f $c ]] && cache=("-XX:AOTCache=$c" "-Xlog:aot*=error"); done
  fi
  log=$(mktemp)
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  env "${settings[@]}" QUARKUS_HTTP_PORT=$port PSYCHOGRAPH_WORKER_ENABLED=false \
    "$java" -Xmx512m "${cache[@]}" ${1:-} -jar "$PWD/$svc/target/quarkus-app/quarkus-run.jar" > "$log" 2>&1 &
  child=$!
  ready=""
  for _ in $(seq 1 1200); do
    if curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; then ready=$(date +%s.%N); break; fi
    kill -0 "$child" 2> /dev/null || break
    sleep 0.05
  done
  if [[ -z $ready ]]; then
    echo "$svc did not become ready; its log:"; tail -n 20 "$log"; kill "$child" 2> /dev/null || true; exit 1
  fi
  sleep 2
  printf '%-22s ready in %.2f s (%s%s), idle RSS %s MB\n' "$svc" "$(awk -v a="$start" -v b="$ready" 'BEGIN { print b - a }')" \
    "$(grep -o 'started in [0-9.]*s' "$log")" "${cache:+, start-up cache}" "$(ps -o rss= -p "$child" | awk '{printf "%.0f", $1/1024}')"
  kill "$child"; wait "$child" 2> /dev/null || true
  rm -f "$log"
  port=$((port + 1))
done
