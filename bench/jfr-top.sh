#!/usr/bin/env bash
# Summarises a JFR recording's CPU samples (jdk.ExecutionSample): the share of samples per area of the code
# (by the first frame on the stack that matches a package, from the top), and the hottest top frames.
#
#   bench/jfr-top.sh FILE.jfr [TOP-N]
set -euo pipefail
JFR=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
FILE=$1; TOP=${2:-25}
"$JFR" print --events jdk.ExecutionSample --stack-depth 64 "$FILE" | python3 -c '
import re, sys, collections
top = int(sys.argv[1])
samples = []; cur = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        cur = []; samples.append(cur)
    elif cur is not None:
        m = re.match(r"\s+([\w$.<>/]+)\(", line)
        if m: cur.append(m.group(1))
areas = [("app.lectern", "lectern"), ("org.h2", "H2"), ("com.vaadin", "Vaadin"), ("org.springframework.security", "Spring Security"),
         ("org.springframework", "Spring"), ("org.apache.catalina", "Tomcat"), ("org.apache.coyote", "Tomcat"), ("org.apache.tomcat", "Tomcat"),
         ("org.hibernate", "Hibernate"), ("com.zaxxer", "Hikari"), ("tools.jackson", "Jackson"), ("com.fasterxml", "Jackson")]
def area_of(stack):
    for f in stack:
        for p, a in areas:
            if f.startswith(p): return a
    return "JDK/other"
n = len(samples)
print(f"{n} samples")
c = collections.Counter(area_of(s) for s in samples)
for a, k in c.most_common(): print(f"  {100*k/n:5.1f}%  {a} (first non-JDK frame from the top)")
inclusive = collections.Counter()
for s in samples:
    for f in set(s): inclusive[f] += 1
print("top frames (self):")
for f, k in collections.Counter(s[0] for s in samples if s).most_common(top): print(f"  {100*k/n:5.1f}%  {f}")
print("inclusive (any frame on the stack), lectern/spring/vaadin/h2 methods:")
for f, k in [(f,k) for f,k in inclusive.most_common(4000) if re.match(r"(app.lectern|org.h2|com.vaadin|org.springframework|org.apache)", f)][:top]:
    print(f"  {100*k/n:5.1f}%  {f}")
' "$TOP"
