#!/usr/bin/env bash
# Server CPU per round-trip: a figure that other load on a shared machine barely moves (unlike latencies).
# Starts each jar on a fresh H2 database, warms it up, then runs the closed model and prints the server's CPU time
# in the measured window divided by the round-trips in it (the driver reads /proc/PID/stat at the window's edges).
# Several jars alternate (A B A B ...), so a before/after comparison sees the same machine.
#
#   bench/cpu-per-roundtrip.sh [-n ROUNDS] [-p PORT] [-u USERS] [-d SECONDS] [-j] JAR... [-- JVM-OPTIONS]
#
#   -n rounds (1), -p port (18350), -u students of the closed model (8), -d measured seconds (30),
#   -w seconds of warm-up traffic before it (60; the JIT's compilations would otherwise count),
#   -j  record a JFR CPU profile of each measured run (settings=profile) into /tmp/lectern-cpu-<i>-<round>.jfr;
#       summarise it with: bench/jfr-top.sh FILE
# Output: one line per run "cpu-per-rt <jar> <round> <ms> ms/rt (without JIT <ms>) <round-trips/s> rt/s errors <n>
# load <loadavg>"; "without JIT" leaves out the JIT compiler threads (warm-up that a busy machine drags out).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
ROUNDS=1; PORT=18350; USERS=8; DURATION=30; WARMUP=60; JFR=
while getopts "n:p:u:d:w:j" o; do
  case $o in
    n) ROUNDS=$OPTARG ;; p) PORT=$OPTARG ;; u) USERS=$OPTARG ;; d) DURATION=$OPTARG ;; w) WARMUP=$OPTARG ;;
    j) JFR=1 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
JARS=()
while [[ $# -gt 0 && "$1" != "--" ]]; do JARS+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
JVM_OPTS=("$@")
[[ ${#JARS[@]} -gt 0 ]] || JARS=(target/lectern.jar)
DRIVER="$JAVA -jar bench/target/lectern-bench.jar"
URL=http://127.0.0.1:$PORT

for round in $(seq 1 "$ROUNDS"); do
  for i in "${!JARS[@]}"; do
    jar=${JARS[$i]}
    data=$(mktemp -d /tmp/lectern-cpu.XXXXXX)
    opts=("${JVM_OPTS[@]}")
    # every simulated student comes from 127.0.0.1: without this, the per-address limit on anonymous answers
    # (100 a minute, SaveAllowance) refuses most of them
    "$JAVA" "${opts[@]}" -jar "$jar" --server.port="$PORT" --management.server.port=$((PORT + 1)) \
      --lectern.data-dir="$data" --lectern.throttle.enabled=false > "$data/server.log" 2>&1 &
    pid=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL/" || true)" == 200 ]]; do
      kill -0 "$pid" 2>/dev/null || { echo "server $jar did not start, see $data/server.log"; exit 1; }
      sleep 1
    done
    # warm-up (JIT, caches), not counted
    $DRIVER closed --url "$URL" --users "$USERS" --ramp 2 --warmup 0 --duration "$WARMUP" > /dev/null || true
    [[ -n "$JFR" ]] && ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" JFR.start name=cpu settings=profile > /dev/null
    out=$($DRIVER closed --url "$URL" --users "$USERS" --ramp 2 --warmup 5 --duration "$DURATION" --pid "$pid" || true)
    ms=$(sed -n 's/^server CPU in window: .*; \([0-9.]*\) ms per round-trip; .*/\1/p' <<< "$out")
    nojit=$(sed -n 's/^server CPU in window: .*: \([0-9.]*\) ms per round-trip$/\1/p' <<< "$out")
    rate=$(sed -n 's/^window .* round-trips, \([0-9.]*\)\/s.*/\1/p' <<< "$out")
    errors=$(sed -n 's/^window .*errors \([0-9]*\)$/\1/p' <<< "$out")
    echo "cpu-per-rt $jar $round $ms ms/rt (without JIT $nojit) $rate rt/s errors $errors load $(cut -d' ' -f1-3 /proc/loadavg)"
    [[ -n "${VERBOSE:-}" ]] && echo "$out"
    [[ -n "$JFR" ]] && ${JAVA_HOME:+$JAVA_HOME/bin/}jcmd "$pid" JFR.stop name=cpu filename="/tmp/lectern-cpu-$i-$round.jfr" > /dev/null
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
  done
done
