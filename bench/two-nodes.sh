#!/usr/bin/env bash
# Two Lectern nodes on one shared PostgreSQL database behind nginx with sticky sessions (bench/nginx/), then a
# failover: students work through nginx, one node is stopped half-way, and the driver reports what the students
# saw (errors at the switch, students back with their earlier answers).
#
#   bench/two-nodes.sh [JAR]
#
# Needs: nginx (apt-get install nginx-light), PostgreSQL with a database for it (LECTERN_DB_URL, default
# jdbc:postgresql://localhost:5432/lectern_twonode; LECTERN_DB_USER, LECTERN_DB_PASSWORD), the load driver built.
# Options by environment: USERS (20), THINK (1 s), DURATION (60 s; node a is stopped at a third of it).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/lectern.jar}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
export LECTERN_DB_URL=${LECTERN_DB_URL:-jdbc:postgresql://localhost:5432/lectern_twonode}
export LECTERN_DB_USER=${LECTERN_DB_USER:-lectern}
export LECTERN_DB_PASSWORD=${LECTERN_DB_PASSWORD:-lectern-test}
USERS=${USERS:-20}; THINK=${THINK:-1}; DURATION=${DURATION:-60}
LOGS=$(mktemp -d /tmp/lectern-two-nodes.XXXXXX)

start_node() { # name port
  "$JAVA" -jar "$JAR" --spring.profiles.active=postgres --server.port="$2" --management.server.port=$(( $2 + 100 )) \
    --lectern.data-dir="$LOGS/$1" \
    > "$LOGS/node-$1.log" 2>&1 &
  echo $! > "$LOGS/node-$1.pid"
}
wait_up() { # port
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/" || true)" == 200 ]]; do sleep 1; done
}
cleanup() {
  for n in a b; do [[ -f "$LOGS/node-$n.pid" ]] && kill "$(cat "$LOGS/node-$n.pid")" 2>/dev/null || true; done
  [[ -f /tmp/lectern-nginx.pid ]] && kill "$(cat /tmp/lectern-nginx.pid)" 2>/dev/null || true
}
trap cleanup EXIT

echo "# $(date -u +%FT%TZ) load:$(uptime | sed 's/.*load average://'); logs in $LOGS"
start_node a 18201; wait_up 18201   # one after the other: the first one runs the Flyway migrations
start_node b 18202; wait_up 18202
nginx -p bench/nginx -c test-nginx.conf
echo "nodes up; nginx on 18200. Cookies of a first visit:"
curl -s -o /dev/null -D - http://127.0.0.1:18200/ | grep -i '^set-cookie' | sed 's/;.*//'

"$JAVA" -jar bench/target/lectern-bench.jar open --url http://127.0.0.1:18200 --users "$USERS" --think "$THINK" \
  --ramp 2 --warmup 0 --duration "$DURATION" > "$LOGS/driver.txt" &
driver=$!
sleep $(( DURATION / 3 + 2 ))
echo "$(date -u +%T) stopping node a"
kill "$(cat "$LOGS/node-a.pid")"
wait "$driver" || true
cat "$LOGS/driver.txt"
echo "requests per node after the stop (nginx access log, last 200):"
tail -200 /tmp/lectern-nginx-access.log | awk '{print $1}' | sort | uniq -c
