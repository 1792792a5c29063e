#!/bin/bash
# Runs once, when the postgres image initialises an empty data directory
# (/docker-entrypoint-initdb.d). One database per service, owned by that service's role; nobody
# else may connect. The services create their tables themselves (Flyway at start).
set -euo pipefail

create_database() {
  local database="$1" role="$2" password="$3"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=database="$database" --set=role="$role" --set=password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database survey "$SURVEY_DB_USERNAME" "$SURVEY_DB_PASSWORD"
create_database segmentation "$SEGMENTATION_DB_USERNAME" "$SEGMENTATION_DB_PASSWORD"
create_database persona "$PERSONA_DB_USERNAME" "$PERSONA_DB_PASSWORD"
