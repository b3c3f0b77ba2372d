#!/usr/bin/env bash
# Builds a JDK AOT cache (JDK 25+, JEP 483/514) for the packaged app, the way Spring Boot's documentation
# describes ("AOT Cache"): extract the jar, run it once as training with -XX:AOTCacheOutput, use the cache with
# -XX:AOTCache. Our training run does not stop at context refresh: it serves the library and opens reader tabs
# (with the load driver when it is built), so the classes of the first requests are in the cache too.
#
#   bench/aot-cache.sh [JAR] [DEST]      (defaults: target/lectern.jar, target/extracted)
#   then: java -XX:AOTCache=target/extracted/lectern.aot -jar target/extracted/lectern.jar
#
# With Spring AOT too (about 10% less start-up CPU; docs/performance.md):
#   ./mvnw clean -Paot -DskipTests package
#   JAVA_OPTS=-Dspring.aot.enabled=true bench/aot-cache.sh
#   then: java -Dspring.aot.enabled=true -XX:AOTCache=target/extracted/lectern.aot -jar target/extracted/lectern.jar
#
# The cache is only valid for this jar and this JDK: build it again after every new jar or JDK update (the JVM
# prints a warning and starts without it otherwise).
set -euo pipefail
JAR=${1:-target/lectern.jar}
DEST=${2:-target/extracted}
PORT=${PORT:-18099}
# Options of the training run, e.g. JAVA_OPTS=-Dspring.aot.enabled=true: the cache must be made with the options it
# is used with (the JVM refuses a cache made with other module or class path options, and a cache trained without
# Spring AOT would hold the classes of the reflective start, not of the AOT one).
JAVA_OPTS=${JAVA_OPTS:-}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DRIVER=$(dirname "$0")/target/lectern-bench.jar

rm -rf "$DEST"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST"
APP=$DEST/$(basename "$JAR")
DATA=$(mktemp -d /tmp/lectern-aot.XXXXXX)
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
"$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$DEST/lectern.aot" -jar "$APP" --server.port="$PORT" --management.server.port=0 --lectern.data-dir="$DATA" \
  > "$DEST/training.log" 2>&1 &
pid=$!
until [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" == 200 ]]; do
  kill -0 "$pid" 2>/dev/null || { echo "training run exited; see $DEST/training.log" >&2; exit 1; }
  sleep 0.5
done
if [[ -f "$DRIVER" ]]; then
  "$JAVA" -jar "$DRIVER" sessions --url "http://127.0.0.1:$PORT" --users 5 | grep -E '^(OPEN|error)' || true
fi
kill -TERM "$pid"
wait "$pid" || true
rm -rf "$DATA"
ls -l "$DEST/lectern.aot"
echo "start with: $JAVA ${JAVA_OPTS:+$JAVA_OPTS }-XX:AOTCache=$DEST/lectern.aot -jar $APP"
