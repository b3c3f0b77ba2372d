#!/usr/bin/env bash
# Holds N PostgreSQL connections open for SECONDS, as another application on the same server would, to check that
# the test suite stays green with fewer free connections (issue 10: with 50 of the default 100 taken).
#
#   bench/hold-pg-connections.sh N SECONDS      (N <= 90, SECONDS <= 3600)
#
# Connects like the tests do: LECTERN_TEST_PG_URL (jdbc:postgresql://host:port/db), LECTERN_TEST_PG_USER,
# LECTERN_TEST_PG_PASSWORD. Each connection is a psql session running select pg_sleep(SECONDS); all are ended when
# the time is up or the script is interrupted.
set -euo pipefail
N=${1:?usage: $0 N SECONDS}
SECONDS_TO_HOLD=${2:?usage: $0 N SECONDS}
if ! [[ $N =~ ^[0-9]+$ && $SECONDS_TO_HOLD =~ ^[0-9]+$ ]] || ((N < 1 || N > 90 || SECONDS_TO_HOLD < 1 || SECONDS_TO_HOLD > 3600)); then
  echo "N must be 1..90 and SECONDS 1..3600" >&2
  exit 2
fi
url=${LECTERN_TEST_PG_URL:-jdbc:postgresql://localhost:5432/lectern_test}
url=${url#jdbc:}
url=${url%%\?*}
export PGUSER=${LECTERN_TEST_PG_USER:-lectern}
export PGPASSWORD=${LECTERN_TEST_PG_PASSWORD:-}
export PGAPPNAME=hold-pg-connections

pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # a killed psql leaves its server backend sleeping until the time is up: end those too
  psql -X -qtA -d "$url" -c "select count(pg_terminate_backend(pid)) from pg_stat_activity
    where application_name = '$PGAPPNAME' and usename = current_user and pid <> pg_backend_pid()" >/dev/null 2>&1 || true
}
trap stop EXIT INT TERM

for _ in $(seq "$N"); do
  psql -X -q -d "$url" -c "select pg_sleep($SECONDS_TO_HOLD)" >/dev/null &
  pids+=($!)
done
sleep 2
held=$(psql -X -qtA -d "$url" -c "select count(*) from pg_stat_activity where application_name = 'hold-pg-connections'")
total=$(psql -X -qtA -d "$url" -c "select count(*) || ' of ' || current_setting('max_connections') from pg_stat_activity")
echo "hold-pg-connections: holding $((held - 1)) connections for ${SECONDS_TO_HOLD}s (server: $total in use)"
wait "${pids[@]}" 2>/dev/null || true
