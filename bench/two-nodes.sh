#!/usr/bin/env bash
# Two Lectern nodes on one shared PostgreSQL database behind nginx with sticky sessions (bench/nginx/), then either
# a failover (MODE=failover, the default: students work through nginx, node a is stopped a third of the way in, and
# the driver reports what the students saw) or a load run (MODE=load: the open model through nginx, nothing
# stopped, with each node's CPU time per round-trip).
#
#   bench/two-nodes.sh [JAR]
#
# Needs: nginx (apt-get install nginx-light), PostgreSQL with a database for it (LECTERN_DB_URL, default
# jdbc:postgresql://localhost:5432/lectern_twonode; LECTERN_DB_USER, LECTERN_DB_PASSWORD), the load driver built.
# Options by environment: MODE (failover), USERS (20), THINK (1 s), RAMP (2 s), WARMUP (0 s), DURATION (60 s),
# PORT (18200: nginx; the nodes on PORT+1 and PORT+2, their management ports PORT+3 and PORT+4),
# NODE_OPTS (JVM options of each node, e.g. "-Xmx2g -Xlog:gc:file=node.gc.log"), DRIVER_OPTS (JVM options of the
# driver). The 2 × 2,000 run:
#   MODE=load USERS=4000 THINK=10 RAMP=240 WARMUP=30 DURATION=90 NODE_OPTS=-Xmx2g bench/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/lectern.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export LECTERN_DB_URL=${LECTERN_DB_URL:-jdbc:postgresql://localhost:5432/lectern_twonode}
export LECTERN_DB_USER=${LECTERN_DB_USER:-lectern}
export LECTERN_DB_PASSWORD=${LECTERN_DB_PASSWORD:-lectern-test}
MODE=${MODE:-failover}; USERS=${USERS:-20}; THINK=${THINK:-1}; DURATION=${DURATION:-60}
RAMP=${RAMP:-2}; WARMUP=${WARMUP:-0}; PORT=${PORT:-18200}
read -r -a NODE_OPTS <<< "${NODE_OPTS:-}"
read -r -a DRIVER_OPTS <<< "${DRIVER_OPTS:-}"
LOGS=$(mktemp -d /tmp/lectern-two-nodes.XXXXXX)
A=$((PORT + 1)); B=$((PORT + 2))

start_node() { # name port
  # every simulated student reaches the node from nginx on 127.0.0.1: the per-address limit on anonymous answers
  # (100 a minute) is for real schools behind real addresses, not for one machine playing thousands of students
  "$JAVA" "${NODE_OPTS[@]}" -jar "$JAR" --spring.profiles.active=postgres --server.port="$2" \
    --management.server.port=$(( $2 + 2 )) --lectern.data-dir="$LOGS/$1" --lectern.throttle.enabled=false \
    > "$LOGS/node-$1.log" 2>&1 &
  echo $! > "$LOGS/node-$1.pid"
}
wait_up() { # port
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/" || true)" == 200 ]]; do sleep 1; done
}
cleanup() {
  for n in a b; do [[ -f "$LOGS/node-$n.pid" ]] && kill "$(cat "$LOGS/node-$n.pid")" 2>/dev/null || true; done
  [[ -f "$LOGS/nginx.pid" ]] && kill "$(cat "$LOGS/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# nginx with this run's ports, pid file and logs (the configuration as in bench/nginx/, ports replaced)
sed -e "s/18200/$PORT/g; s/18201/$A/g; s/18202/$B/g" bench/nginx/lectern-two-nodes.conf > "$LOGS/lectern-two-nodes.conf"
sed -e "s#/tmp/lectern-nginx#$LOGS/nginx#g" bench/nginx/test-nginx.conf > "$LOGS/test-nginx.conf"

echo "# $(date -u +%FT%TZ) mode=$MODE users=$USERS think=$THINK load:$(uptime | sed 's/.*load average://'); logs in $LOGS"
start_node a "$A"; wait_up "$A"   # one after the other: the first one runs the Flyway migrations
start_node b "$B"; wait_up "$B"
nginx -p "$LOGS" -c test-nginx.conf
echo "nodes up on $A and $B; nginx on $PORT. Cookies of a first visit:"
curl -s -o /dev/null -D - "http://127.0.0.1:$PORT/" | grep -i '^set-cookie' | sed 's/;.*//'

PIDS="$(cat "$LOGS/node-a.pid"),$(cat "$LOGS/node-b.pid")"
/usr/bin/time -f "driver CPU %U s user %S s system, max RSS %M KB" \
  "$JAVA" "${DRIVER_OPTS[@]}" -jar bench/target/lectern-bench.jar open --url "http://127.0.0.1:$PORT" \
  --users "$USERS" --think "$THINK" --ramp "$RAMP" --warmup "$WARMUP" --duration "$DURATION" --pid "$PIDS" \
  > "$LOGS/driver.txt" 2>&1 &
driver=$!
if [[ "$MODE" == failover ]]; then
  sleep $(( RAMP + WARMUP + DURATION / 3 + 2 ))
  echo "$(date -u +%T) stopping node a"
  kill "$(cat "$LOGS/node-a.pid")"
fi
wait "$driver" || true
cat "$LOGS/driver.txt"
echo "requests per node (nginx access log, last 2000):"
tail -2000 "$LOGS/nginx-access.log" | awk '{print $1}' | sort | uniq -c
echo "PostgreSQL connections of the database now: $(PGPASSWORD=$LECTERN_DB_PASSWORD psql -h localhost -U "$LECTERN_DB_USER" \
  -d "${LECTERN_DB_URL##*/}" -Atc 'select count(*) from pg_stat_activity where datname = current_database()' 2>/dev/null || echo '?')"
