#!/usr/bin/env bash
# Part of every `./mvnw package`: makes the README's start fast. Extracts the packaged jar into target/app (lectern.jar
# with a Class-Path of lib/*.jar: no nested-jar class loading) and, on JDK 25+, trains a JDK AOT cache for it
# (JEP 483/514/515: classes already parsed and linked, and method profiles, from a real run):
#
#   target/app/lectern.jar, lib/     the extracted application
#   target/app/lectern.aot           the AOT cache (JDK 25+ only), about 150 MB
#   target/app/java.options          the JVM options that use it: java @target/app/java.options -jar target/app/lectern.jar
#
# The training run starts the app as the README does (from the project directory, the same relative class path),
# serves the library and opens reader sessions with the load driver run from source (bench/src; no build needed),
# then stops; the JVM writes the cache as it exits. On JDK 21-24, or with -Dlectern.aotCache=false, only the jar
# is extracted and java.options holds no AOT option. A failed training does not fail the build: it leaves no cache
# (and says so), and the app starts without it.
#
#   .mvn/app-aot.sh JAVA_HOME BASEDIR AOT_CACHE(true|false)
set -uo pipefail
JDK=$1
cd "$2" || exit 1
WANT_CACHE=${3:-true}
DEST=target/app
JAVA=$JDK/bin/java

started=$SECONDS
rm -rf "$DEST"
"$JAVA" -Djarmode=tools -jar target/lectern.jar extract --destination "$DEST" || exit 1
# Options for the start: the cache when there is one. IgnoreUnrecognizedVMOptions: a JDK older than 25 (run with
# another `java` than the one that built) ignores -XX:AOTCache instead of refusing to start.
printf '%s\n' '# JVM options for java @target/app/java.options -jar target/app/lectern.jar (written by .mvn/app-aot.sh)' \
  > "$DEST/java.options"

major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
if [ "$WANT_CACHE" != true ]; then
  echo "app: extracted to $DEST (no AOT cache: -Dlectern.aotCache=false)"
  exit 0
fi
if [ "${major:-0}" -lt 25 ]; then
  echo "app: extracted to $DEST; JDK $major has no AOT cache (JDK 25+ starts about 3 times faster)"
  exit 0
fi

data=$(mktemp -d /tmp/lectern-app-aot.XXXXXX)
log=target/app-aot-training.log
driver_log=target/app-aot-driver.log
"$JAVA" -XX:AOTCacheOutput="$DEST/lectern.aot" -Djava.io.tmpdir="$data" -jar "$DEST/lectern.jar" --server.port=0 \
  --management.server.port=0 --lectern.data-dir="$data" > "$log" 2>&1 &
pid=$!
port=
for _ in $(seq 1200); do
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
  [ -n "$port" ] && grep -q 'Started Application' "$log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
trained=false
if [ -n "$port" ] && kill -0 "$pid" 2>/dev/null; then
  # five reader sessions (page, Vaadin's init, the reader with its questions) and the library, each change checked
  if "$JAVA" bench/src/main/java/app/lectern/bench/LoadDriver.java sessions --url "http://127.0.0.1:$port" --users 5 \
    > "$driver_log" 2>&1 && "$JAVA" bench/src/main/java/app/lectern/bench/LoadDriver.java sessions \
    --url "http://127.0.0.1:$port" --users 2 --route "" >> "$driver_log" 2>&1; then
    trained=true
  fi
fi
kill -TERM "$pid" 2>/dev/null
wait "$pid"
rm -rf "$data"
if $trained && grep -q 'AOTCache creation is complete' "$log" && [ -s "$DEST/lectern.aot" ]; then
  echo '-XX:+IgnoreUnrecognizedVMOptions' >> "$DEST/java.options"
  echo "-XX:AOTCache=$DEST/lectern.aot" >> "$DEST/java.options"
  echo "app: extracted to $DEST with a JDK AOT cache in $((SECONDS - started))s ($(du -h "$DEST/lectern.aot" | cut -f1))"
else
  rm -f "$DEST/lectern.aot"
  echo "app: WARNING: the AOT cache training failed (see $log); target/app starts without a cache" >&2
fi
exit 0
