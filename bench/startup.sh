#!/usr/bin/env bash
# Startup time of the packaged app: process start -> first HTTP 200 on "/", N runs, median/min/max.
#
#   bench/startup.sh [-n RUNS] [-p PORT] [-j JAR] [-t] [-- extra java options ...]
#
# -t also prints, per run, where the CPU went until the first 200: the main thread, the JIT compiler threads
# (C1, C2), the GC threads and the rest (from /proc/PID/task/*/stat; the main thread is named "java").
#
# Every run starts on a fresh, empty H2 database in a temporary data directory (so Flyway migrates each
# time, like a first start; use -k to keep one data dir across runs, like a restart). Needs curl and
# JAVA_HOME (JDK 21+; the AOT cache options need JDK 25). Examples:
#   bench/startup.sh -n 5
#   bench/startup.sh -n 5 -- -XX:AOTCache=/tmp/lectern.aot
#   bench/startup.sh -n 5 -j target/extracted/lectern.jar -- -XX:AOTCache=target/extracted/lectern.aot
#   bench/startup.sh -n 5 -j target/app/lectern.jar -- @target/app/java.options   # the README's start
#   bench/startup.sh -n 5 -j target/app/lectern.jar -- @target/app/java.options -Xlog:aot=info  # is the cache used?
set -euo pipefail

RUNS=5
PORT=18080
JAR=target/lectern.jar
KEEP=false
THREADS=false
CONTENT=${LECTERN_CONTENT:-content}
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n) RUNS=$2; shift 2 ;;
    -p) PORT=$2; shift 2 ;;
    -j) JAR=$2; shift 2 ;;
    -k) KEEP=true; shift ;;
    -t) THREADS=true; shift ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[[ -f "$JAR" ]] || { echo "no jar at $JAR (./mvnw -DskipTests package)" >&2; exit 2; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy" >&2; exit 2; fi

echo "# $(date -u +%FT%TZ) $(nproc) cores, load:$(uptime | sed 's/.*load average://')"
echo "# $JAVA $* -jar $JAR (runs: $RUNS)"
DATA=$(mktemp -d /tmp/lectern-startup.XXXXXX)
times=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  $KEEP || { rm -rf "$DATA"; mkdir -p "$DATA"; }
  log=$DATA/run-$i.log
  start=$(date +%s%N)
  "$JAVA" "$@" -jar "$JAR" --server.port="$PORT" --management.server.port=0 --lectern.data-dir="$DATA" --lectern.content-dir="$CONTENT" \
    > "$log" 2>&1 &
  pid=$!
  code=000
  until [[ "$code" == 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "run $i: the app exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
    [[ "$code" == 200 ]] || sleep 0.05
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  # CPU time the JVM used until then (user + system): less sensitive than wall time to other load on the machine
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
  spring=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' || echo '?')
  echo "run $i: ${ms} ms to first 200, ${cpu_ms} ms CPU (Spring says: $spring)"
  if $THREADS; then
    # thread name is field 2 in parentheses (may contain spaces); utime and stime are fields 14 and 15
    for t in /proc/"$pid"/task/*/stat; do cat "$t" 2>/dev/null; echo; done | awk -v hz="$(getconf CLK_TCK)" '
      /\(/ { name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
              rest = substr($0, index($0, ")") + 2); split(rest, f, " "); ms = (f[12] + f[13]) * 1000 / hz
              k = (name == "main" || name == "java") ? "main" : name ~ /^C2 / ? "C2" : name ~ /^C1 / ? "C1" \
                : name ~ /^(GC |G1 |VM Periodic)/ ? "GC" : "other"; sum[k] += ms }
      END { printf "  threads: main %d ms, C2 %d ms, C1 %d ms, GC %d ms, other %d ms\n", sum["main"], sum["C2"], sum["C1"], sum["GC"], sum["other"] }'
  fi
  times+=("$ms"); cpus+=("$cpu_ms")
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
if (( n % 2 )); then median=${sorted[$((n/2))]}; else median=$(( (sorted[n/2-1] + sorted[n/2]) / 2 )); fi
csorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "cpu ms: median ${csorted[$((n/2))]}, min ${csorted[0]}, max ${csorted[$((n-1))]}"
echo "startup ms: median $median, min ${sorted[0]}, max ${sorted[$((n-1))]} (n=$n; load after:$(uptime | sed 's/.*load average://'))"
rm -rf "$DATA"
