#!/usr/bin/env bash
# Assembles the container image's file system in ROOT (default target/jib-root) for the -Pimage build; Jib then
# packs ROOT as the image's layers on top of the empty "scratch" base (no registry, no Docker daemon):
#
#   /opt/java        a Java runtime jlinked from the build JDK with only the modules Lectern needs
#   /lib, /lib64...  the glibc shared libraries that runtime loads, copied from the build machine
#   /etc             passwd and group with the user lectern (10001), nsswitch.conf
#   /app             the extracted application (lectern.jar + lib/), the bundled modules (content/), the JDK AOT
#                    cache (lectern.aot) trained here with the same runtime and the same relative class path
#   /data, /tmp      writable for everyone (the data volume and java.io.tmpdir)
#
#   .mvn/image-runtime.sh JAVA_HOME JAR CONTENT_DIR ROOT
set -euo pipefail
JDK=$1
JAR=$2
CONTENT=$3
ROOT=$(realpath -m "$4")

# java.desktop: java.beans (Spring's bean introspection). java.compiler: javax.lang.model (Spring Data's AOT
# repository processor at start-up). jdk.localedata: Ukrainian dates and numbers.
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,\
jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs

rm -rf "$ROOT"
mkdir -p "$ROOT"/opt "$ROOT"/etc "$ROOT"/app "$ROOT"/data "$ROOT"/tmp

started=$SECONDS
"$JDK/bin/jlink" --add-modules "$MODULES" --include-locales=en,uk --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$ROOT/opt/java"
# headless: no X11 windows, sound or splash screen, so none of the X and ALSA libraries they would load
rm -f "$ROOT"/opt/java/lib/{libawt_xawt,libjsound,libsplashscreen}.so
echo "image: jlinked runtime in $((SECONDS - started))s, $(du -sh "$ROOT/opt/java" | cut -f1)"

# Shared libraries: what the launcher and every native library of the runtime link against (ldd resolves
# the whole tree), copied to the same paths, symbolic links kept as links.
copy_lib() {
  local path=$1
  while :; do
    [ -e "$ROOT$path" ] || { mkdir -p "$ROOT$(dirname "$path")"; cp -a "$path" "$ROOT$path"; }
    [ -L "$path" ] || break
    local target
    target=$(readlink "$path")
    case $target in /*) path=$target ;; *) path=$(dirname "$path")/$target ;; esac
  done
}
mapfile -t libs < <(find "$ROOT/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | grep -oE '(=> )?/[^ ]+ \(0x' | sed -E 's/^=> //; s/ \(0x$//' | grep -v "^$ROOT" | sort -u)
for lib in "${libs[@]}"; do
  # the runtime's own libraries resolve inside $ROOT; everything else comes from the build machine
  [ -e "$lib" ] && copy_lib "$lib"
done

cat > "$ROOT/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/sbin/nologin
lectern:x:10001:10001:Lectern:/data:/sbin/nologin
EOF
cat > "$ROOT/etc/group" <<'EOF'
root:x:0:
lectern:x:10001:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$ROOT/etc/nsswitch.conf"

# The application as Spring Boot extracts it: lectern.jar (classes, manifest Class-Path lib/...) and lib/
"$JDK/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$ROOT/app"
cp -r "$CONTENT" "$ROOT/app/content"

# Jib gives every file this modification time (1970-01-01T00:00:01Z); the AOT cache records the jars' times and
# refuses a jar whose time differs, so the training run sees the same times as the image.
find "$ROOT" -exec touch -h -d @1 {} +

# The AOT cache (JEP 483/514): one training run with the image's runtime, the image's working directory layout
# (cwd app/, -jar lectern.jar, so the class path is the relative lectern.jar + lib/...) and the image's options.
if [ "${LECTERN_IMAGE_AOT:-true}" = true ]; then
  started=$SECONDS
  data=$(mktemp -d /tmp/lectern-image-aot.XXXXXX)
  log=$(dirname "$ROOT")/jib-aot-training.log
  # Like bench/aot-cache.sh: start, serve the library page and a module's page (the classes of the first requests
  # are in the cache too), then stop; the JVM writes the cache on exit.
  (cd "$ROOT/app" && exec ../opt/java/bin/java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError \
    -Djava.io.tmpdir="$data" -XX:AOTCacheOutput=lectern.aot -jar lectern.jar --server.port=0 \
    --management.server.port=0 --lectern.data-dir="$data" --lectern.content-dir=content) > "$log" 2>&1 &
  pid=$!
  port=
  for _ in $(seq 600); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -1)
    [ -n "$port" ] && grep -q 'Started Application' "$log" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  # a few tries: the probe waits 3 s, and a loaded build machine's first request (JIT still cold) can take longer
  probe() {
    for _ in 1 2 3 4 5; do
      "$JDK/bin/java" -cp "$ROOT/app/lectern.jar" app.lectern.ops.HealthProbe "http://127.0.0.1:$port$1" && return 0
      sleep 2
    done
    return 1
  }
  if [ -z "$port" ] || ! probe / || ! probe /modules/china-russia-ukraine; then
    kill "$pid" 2>/dev/null || true
    echo "image: the AOT training run did not serve the app, see $log" >&2
    exit 1
  fi
  kill -TERM "$pid"
  wait "$pid" || true
  rm -rf "$data"
  grep -q 'AOTCache creation is complete' "$log" && [ -s "$ROOT/app/lectern.aot" ] \
    || { echo "image: no AOT cache written, see $log" >&2; exit 1; }
  touch -d @1 "$ROOT/app/lectern.aot"
  echo "image: AOT cache in $((SECONDS - started))s, $(du -h "$ROOT/app/lectern.aot" | cut -f1)"
fi
chmod 777 "$ROOT/data" "$ROOT/tmp"
echo "image: file system in $ROOT, $(du -sh "$ROOT" | cut -f1)"
