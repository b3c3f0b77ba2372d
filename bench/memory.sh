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
#
# What a visit is, and so what the figure means:
#   (default)     a first visit: a new browser (no cookies: a new HTTP session, VaadinSession, learner cookie,
#                 CSRF token) with one reader tab, doing what Chromium does on a first visit (page, init, navigation,
#                 the answer to the script the page runs): the per-session figure
#   TABS=<t>      N tabs in N/t browsers of t tabs each (TABS=100: the cost of a tab without its session)
#   SCRIPTS=false a client that runs no script (a crawler or a flood replaying requests): Flow then keeps the whole
#                 navigation reply per tab; the worst case an anonymous visitor can cost
# bench/memory-browser.js does the same with real Chromium visits (checks that the driver's figure is a browser's).
set -euo pipefail
PID=$1; URL=$2; shift 2
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JCMD=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
DRIVER=$(dirname "$0")/target/lectern-bench.jar

used_kb() {
  "$JCMD" "$PID" GC.run > /dev/null; sleep 1; "$JCMD" "$PID" GC.run > /dev/null; sleep 1
  "$JCMD" "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}

echo "# $(date -u +%FT%TZ) tabs per session: ${TABS:-1}, scripts answered: ${SCRIPTS:-true}," \
  "load:$(uptime | sed 's/.*load average://')"
"$JAVA" -jar "$DRIVER" sessions --url "$URL" --users 20 > /dev/null || true
for N in "$@"; do
  before=$(used_kb)
  if [ -n "${HISTO:-}" ]; then
    "$JCMD" "$PID" GC.class_histogram > "$HISTO.$N.before" # HISTO=<prefix>: what grew, class by class
  fi
  "$JAVA" -Dlectern.bench.scripts="${SCRIPTS:-true}" -jar "$DRIVER" sessions --url "$URL" \
    --users "$(( N / ${TABS:-1} ))" --tabs "${TABS:-1}" ${ROUTE+--route "$ROUTE"} | grep -E '^(OPEN|error)' || true
  after=$(used_kb)
  per=$(( (after - before) / N ))
  unit=$([ "${TABS:-1}" = 1 ] && echo "session (with its tab)" || echo tab)
  echo "N=$N: live heap ${before} KB -> ${after} KB, +$((after - before)) KB, ${per} KB per $unit," \
    "$(( 1024 * 1024 / (per > 0 ? per : 1) )) per GB"
  if [ -n "${HISTO:-}" ]; then
    "$JCMD" "$PID" GC.class_histogram > "$HISTO.$N.after"
  fi
done
echo "# load after:$(uptime | sed 's/.*load average://')"
