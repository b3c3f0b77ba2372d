#!/usr/bin/env bash
# Lighthouse 12.2.3 with Debian's Chromium, offline: median of N runs per page and form factor.
#
#   bench/lighthouse.sh [-n RUNS] URL [URL ...]
#
# Needs Lighthouse installed with npm (version 13 needs Node 22):  (cd /tmp/lh && npm i -E lighthouse@12.2.3)
# and LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse (the default), CHROME_PATH=/usr/bin/chromium (the default).
# Prints per URL and form factor: performance score, LCP, TBT, KB transferred, requests (medians).
set -euo pipefail
RUNS=5
if [[ "${1:-}" == "-n" ]]; then RUNS=$2; shift 2; fi
LH=${LIGHTHOUSE:-/tmp/lh/node_modules/.bin/lighthouse}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT=$(mktemp -d /tmp/lectern-lh.XXXXXX)
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
echo "# $(date -u +%FT%TZ) lighthouse $("$LH" --version) $("$CHROME_PATH" --version 2>/dev/null | head -1), runs: $RUNS," \
  "load:$(uptime | sed 's/.*load average://')"
printf '%-55s %-7s %5s %8s %7s %8s %5s\n' url form score "LCP ms" "TBT ms" "KB" reqs
u=0
for url in "$@"; do
  u=$((u + 1))
  for form in mobile desktop; do
    preset=(); [[ $form == desktop ]] && preset=(--preset=desktop)
    for i in $(seq 1 "$RUNS"); do
      "$LH" "$url" "${preset[@]}" --only-categories=performance --output=json --quiet \
        --output-path="$OUT/$u-$form-$i.json" --chrome-flags="$FLAGS" > /dev/null 2>&1 || true
    done
    node -e '
      const fs = require("fs");
      const [dir, form, runs, url] = process.argv.slice(1); const label = form.replace(/^[0-9]+-/, "");
      const rows = [];
      for (let i = 1; i <= +runs; i++) {
        try {
          const r = JSON.parse(fs.readFileSync(`${dir}/${form}-${i}.json`));
          rows.push({
            score: Math.round(r.categories.performance.score * 100),
            lcp: r.audits["largest-contentful-paint"].numericValue,
            tbt: r.audits["total-blocking-time"].numericValue,
            kb: r.audits["total-byte-weight"].numericValue / 1024,
            reqs: r.audits["network-requests"].details.items.length,
          });
        } catch (e) {}
      }
      const med = k => { const s = rows.map(x => x[k]).sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
      if (!rows.length) { console.log(`${url} ${label}: no successful run`); process.exit(); }
      console.log(`${url.padEnd(55)} ${label.padEnd(7)} ${String(med("score")).padStart(5)} ${med("lcp").toFixed(0).padStart(8)} ${med("tbt").toFixed(0).padStart(7)} ${med("kb").toFixed(0).padStart(8)} ${String(med("reqs")).padStart(5)}   (n=${rows.length}; scores ${rows.map(x => x.score).join(",")})`);
    ' "$OUT" "$u-$form" "$RUNS" "$url"
  done
done
echo "# load after:$(uptime | sed 's/.*load average://'); reports in $OUT"
