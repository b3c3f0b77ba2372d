#!/usr/bin/env bash
# The gradebook of one assignment with N students: seeds a fresh H2 database through SQL (bench/gradebook-seed.py)
# while the app runs (AUTO_SERVER), then opens and sorts the gradebook as the teacher (bench/gradebook-measure.mjs).
#
#   bench/gradebook.sh <lectern.jar> <port> <students> [rounds]
#
# Needs python3 with PyYAML, node with playwright-core resolvable from the current directory or NODE_PATH,
# chromium, and the H2 jar in ~/.m2 (H2_JAR=... to change). Prints server CPU ms and request ms per step, with load.
set -euo pipefail
JAR=$1; PORT=$2; N=$3; ROUNDS=${4:-5}
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
H2_JAR=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)}
DATA=$(mktemp -d /tmp/gradebook-bench.XXXX)
DB="jdbc:h2:file:$DATA/lectern;AUTO_SERVER=TRUE;WRITE_DELAY=0"
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --management.server.port=$((PORT + 1)) --lectern.data-dir="$DATA" --spring.datasource.url="$DB" \
  > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 1; done
# a jar with V22 stores each attempt's totals: the seed writes them too (as the app would have)
TOTALS=$(python3 -c 'import sys, zipfile; print("--totals" if any(n.endswith("V22__attempt_totals.sql") for n in zipfile.ZipFile(sys.argv[1]).namelist()) else "")' "$JAR")
python3 "$HERE/gradebook-seed.py" $TOTALS --students "$N" --tag s$N --module "$ROOT/content/china-russia-ukraine/module.yaml" \
  > "$DATA/seed.sql"
t0=$(date +%s)
"$JAVA" -cp "$H2_JAR" org.h2.tools.RunScript -url "$DB" -user sa -script "$DATA/seed.sql"
ID=$("$JAVA" -cp "$H2_JAR" org.h2.tools.Shell -url "$DB" -user sa \
  -sql "select id from assignment where title = 'Gradebook bench s$N'" | sed -n 2p | tr -d ' ')
echo "# seeded $N students in $(( $(date +%s) - t0 )) s: assignment $ID, jar $JAR"
node "$HERE/gradebook-measure.mjs" "http://127.0.0.1:$PORT" "$APP" "gb-teacher-s$N" bench-password-1 "$ID" "$ROUNDS"
