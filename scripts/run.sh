#!/usr/bin/env bash
# The main job: build the suite, start it on an embedded default (PostgreSQL, Keycloak, the services),
# load the demo survey, segment it and print the personas. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[psychograph] building the services (the first build downloads dependencies; later ones are quick)..."
./mvnw -B -q -DskipTests -Dquarkus.analytics.disabled=true install
exec java -cp "local-stack/target/classes:local-stack/target/lib/*" org.psychograph.stack.DemoMain "$@"
