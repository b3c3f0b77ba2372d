#!/usr/bin/env bash
# Live heap per reader session, as Vaadin's docs prescribe: the growth of the heap that survives a full GC
# with N sessions open, divided by N.
#
#   bench/memory.sh <app pid> <app url> <N> [<N> ...]
#
# The app must be running (java -jar target/lectern.jar) and reachable at the url; the load driver must be built
# (./mvnw -f bench/pom.xml package). 20 warm-up sessions are opened first (class loading, caches), then for each
# N: full GC twice, heap used before, N reader sessions opened (bootstrap, init, navigation to the reader; the
# tabs stay open on the server), full GC twice, heap used after. ROUTE=<route> opens that route instead of the
# reader (ROUTE= for the library).
set -euo pipefail
PID=$1; URL=$2; shift 2
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
DRIVER=$(dirname "$0")/target/lectern-bench.jar

used_kb() {
  "$JCMD" "$PID" GC.run > /dev/null; sleep 1; "$JCMD" "$PID" GC.run > /dev/null; sleep 1
  "$JCMD" "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}

echo "# $(date -u +%FT%TZ) load:$(uptime | sed 's/.*load average://')"
"$JAVA" -jar "$DRIVER" sessions --url "$URL" --users 20 > /dev/null
for N in "$@"; do
  before=$(used_kb)
  "$JAVA" -jar "$DRIVER" sessions --url "$URL" --users "$N" ${ROUTE+--route "$ROUTE"} | grep -E '^(OPEN|error)'
  after=$(used_kb)
  per=$(( (after - before) / N ))
  echo "N=$N: live heap ${before} KB -> ${after} KB, +$((after - before)) KB, ${per} KB per session," \
    "$(( 1024 * 1024 / (per > 0 ? per : 1) )) sessions per GB"
done
echo "# load after:$(uptime | sed 's/.*load average://')"
