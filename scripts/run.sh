#!/usr/bin/env bash
# The main job: build the suite, start it on an embedded default (PostgreSQL, Keycloak, the services),
# load the demo survey, segment it and print the personas. Ctrl-C stops everything.
#
# The build is skipped when nothing under a module's src/ or a pom.xml changed since the last one
# (PSYCHOGRAPH_REBUILD=1 forces it): a rebuilt service is a new build, and its start-up cache (see
# docs/operations.md, "The main job") has to be recorded again.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .devstack
stamp=.devstack/build.stamp
up_to_date() {
  [[ -f $stamp && -z ${PSYCHOGRAPH_REBUILD:-} ]] || return 1
  for jar in {survey-service,segmentation-service,persona-service,gateway}/target/quarkus-app/quarkus-run.jar \
      local-stack/target/classes/org/psychograph/stack/DemoMain.class; do
    [[ -f $jar ]] || return 1
  done
  [[ -z $(find pom.xml ./*/pom.xml ./*/src -newer "$stamp" -print -quit) ]]
}
if up_to_date; then
  echo "[psychograph] the build is up to date (nothing changed since $(date -r "$stamp" '+%F %T'))"
else
  echo "[psychograph] building the services (the first build downloads dependencies; later ones are quick)..."
  touch "$stamp.next"
  ./mvnw -B -q -DskipTests -Dquarkus.analytics.disabled=true install
  mv "$stamp.next" "$stamp"
fi
exec java -cp "local-stack/target/classes:local-stack/target/lib/*" org.psychograph.stack.DemoMain "$@"
